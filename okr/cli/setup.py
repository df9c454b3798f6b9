"""Setting the system up: database schema, admin accounts, serving."""

from __future__ import annotations

import secrets

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade

from ..errors import InvalidInput
from ..extensions import db
from ..services import people, signin, validate


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create or upgrade the database schema by applying the migrations."""
    upgrade(directory=current_app.extensions["migrate"].directory)
    click.echo("Database is up to date.")


@click.command("create-admin")
@click.argument("email")
@click.option("--name", help="Display name (default: the part before @).")
@click.option(
    "--password",
    envvar="OKR_ADMIN_PASSWORD",
    help="Password (or OKR_ADMIN_PASSWORD); without it you are asked, or one is generated "
    "with --generate-password.",
)
@click.option("--generate-password", is_flag=True, help="Make a random password and print it.")
@with_appcontext
def create_admin(
    email: str, name: str | None, password: str | None, generate_password: bool
) -> None:
    """Make EMAIL an admin who signs in with a password (creating the person if needed)."""
    if generate_password:
        password = secrets.token_urlsafe(12)
    elif not password:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        person = people.by_email(validate.email(email))
        if person is None:
            person = people.create(email=email, name=name or email.split("@")[0])
        person.is_admin = True
        signin.set_password(person, password)
    except InvalidInput as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from None
    db.session.commit()
    click.echo(f"Admin {person.email} can sign in with a password.")
    if generate_password:
        click.echo(f"Password: {password}")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def serve(host: str, port: int) -> None:
    """Run the web app (and, without Redis, the background work) in this process."""
    from werkzeug.serving import run_simple

    from ..ticker import start_in_process

    app = current_app._get_current_object()
    ticker = start_in_process(app)
    if ticker is not None:
        click.echo(
            f"Weekly mail: checked every {ticker.interval} seconds in this process (no REDIS_URL)."
        )
    else:
        click.echo("Weekly mail: sent by `okr worker` and `okr scheduler` (REDIS_URL is set).")
    click.echo(f"Flagpost is running at http://{host}:{port}/  (Ctrl+C stops it)")
    try:
        run_simple(host, port, app, threaded=True, use_reloader=False)
    finally:
        if ticker is not None:
            ticker.stop()


COMMANDS = [init_db, create_admin, serve]
