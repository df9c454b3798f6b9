"""Setting the system up: database schema, admin accounts, serving."""

from __future__ import annotations

import errno
import secrets
import socket

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade
from werkzeug.serving import get_sockaddr, make_server, select_address_family

from ..errors import InvalidInput
from ..extensions import db
from ..services import people, signin, validate
from ..ticker import start_in_process


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


def browser_url(host: str, port: int) -> str:
    """A wildcard bind address is not something to type into a browser."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host  # noqa: S104 - compared only
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def listen(host: str, port: int, command: str = "serve") -> socket.socket:
    """Bind the web server's socket first: a port in use is one line and a non-zero exit,
    before anything says the server is ready."""
    sock = None
    try:
        family = select_address_family(host, port)
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        sock.bind(get_sockaddr(host, port, family))
        sock.listen(128)
    except OSError as error:
        if sock is not None:
            sock.close()
        if error.errno == errno.EADDRINUSE:
            raise click.ClickException(
                f"port {port} on {host} is already in use by another program; "
                f"choose another with --port, for example: okr {command} --port {port + 1}"
            ) from None
        reason = error.strerror or str(error)
        raise click.ClickException(f"cannot listen on {host} port {port}: {reason}") from None
    return sock


def point_links_here(app: Flask, host: str, port: int) -> None:
    """Without OKR_BASE_URL, links in mail (sign-in, status pages, digests) point at this
    server. Set on the app's config, which the requests and the in-process ticker share."""
    if not app.config["BASE_URL_SET"]:
        app.config["BASE_URL"] = browser_url(host, port).rstrip("/")


def serve_on(app: Flask, sock: socket.socket, host: str) -> None:
    """Serve on a bound socket, the background work in a thread unless Redis workers do it."""
    port = sock.getsockname()[1]
    point_links_here(app, host, port)
    server = make_server(host, port, app, threaded=True, fd=sock.fileno())
    sock.close()  # the server holds its own copy of the socket
    ticker = start_in_process(app)
    if ticker is not None:
        click.echo(
            f"Weekly mail: checked every {ticker.interval} seconds in this process (no REDIS_URL)."
        )
    else:
        click.echo("Weekly mail: sent by `okr worker` and `okr scheduler` (REDIS_URL is set).")
        if not app.config["BASE_URL_SET"]:
            click.echo(
                "Links in mail that workers send use their own OKR_BASE_URL "
                "(http://127.0.0.1:5000 when unset): set it for them and for this server."
            )
    click.echo(f"Flagpost is running at {browser_url(host, port)}  (Ctrl+C stops it)")
    try:
        server.serve_forever()
    finally:
        server.server_close()
        if ticker is not None:
            ticker.stop()


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@with_appcontext
def serve(host: str, port: int) -> None:
    """Run the web app (and, without Redis, the background work) in this process."""
    sock = listen(host, port)
    app = current_app._get_current_object()  # type: ignore[attr-defined]  # Flask types the proxy as Flask
    serve_on(app, sock, host)


COMMANDS = [init_db, create_admin, serve]
