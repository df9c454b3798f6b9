"""`okr demo` and `okr quickstart`: something to look at within a minute of installing."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import click
from alembic.runtime.migration import MigrationContext
from flask import current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade

from .. import clock
from ..errors import InvalidInput
from ..extensions import db
from ..models import MailKind, Person
from ..services import demo, people, schedule, signin
from . import setup

ADMIN_EMAIL = "admin@example.com"
ADMIN_NAME = "Flagpost Admin"


@click.command("demo")
@with_appcontext
def demo_command() -> None:
    """Fill an empty database with a demo company of 30 people and six weeks of history."""
    try:
        summary = demo.load()
    except InvalidInput as error:
        db.session.rollback()
        raise click.ClickException(str(error)) from None
    db.session.commit()
    click.echo(summary.describe())


def ensure_admin(password: str) -> Person:
    """The quickstart admin: a person of their own, outside the org chart, with no OKRs."""
    person = people.by_email(ADMIN_EMAIL)
    if person is None:
        person = people.create(email=ADMIN_EMAIL, name=ADMIN_NAME)
    person.is_admin = True
    person.active = True
    signin.set_password(person, password)
    return person


def _mail_line() -> str:
    server = current_app.config.get("MAIL_SERVER")
    if server:
        return f"Mail:      sent through the SMTP server {server}"
    outbox = current_app.config["OUTBOX_DIR"]
    return f"Mail:      not sent; every outgoing message is kept as a .eml file in {outbox}"


@contextmanager
def _logging_kept() -> Iterator[None]:
    """Alembic's env.py runs logging.fileConfig, which silences every existing logger (the
    app's too) and swaps the root handlers; the server started next must still log."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    loggers = [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.disabled
    ]
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for logger in loggers:
            logger.disabled = False


def _schema_revision() -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _migrate() -> str:
    """Apply the migrations without Alembic's line per step; say what happened in one."""
    before = _schema_revision()
    with _logging_kept():
        upgrade(directory=current_app.extensions["migrate"].directory, x_arg=["quiet=true"])
    after = _schema_revision()
    if before is None:
        return f"Database:  created ({after})"
    if before != after:
        return f"Database:  upgraded from {before} to {after}"
    return f"Database:  up to date ({after})"


def _start_schedules() -> str:
    """Start the weekly schedules now, if they have not started: the demo's first mail is
    the next slot to come, never a burst of slots that passed before it existed."""
    now = clock.now()
    slots = {kind: schedule.started(kind, now) for kind in schedule.DEFAULTS}
    start = min((s.starts_at for s in slots.values() if s.starts_at), default=None)
    since = f"; nothing due before {start:%Y-%m-%d %H:%M} UTC is sent" if start else ""
    return (
        f"Schedule:  forms {slots[MailKind.FORM].describe()}, "
        f"reminders {slots[MailKind.REMINDER].describe()}, "
        f"digests {slots[MailKind.DIGEST].describe()}, in each person's own time{since}"
    )


@click.command("quickstart")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Set everything up and print it, then stop.")
@with_appcontext
def quickstart(host: str, port: int, no_serve: bool) -> None:
    """Set up a demo you can sign in to: schema, demo company, admin account, then serve."""
    sock = None if no_serve else setup.listen(host, port, "quickstart")  # a port in use: now
    if sock is not None:
        port = sock.getsockname()[1]
    try:
        click.echo(_migrate())
        if demo.count_people() == 0:
            summary = demo.load()
            db.session.commit()
            click.echo(summary.describe())
        else:
            click.echo("The database already has people; the demo company was not loaded.")
        password = secrets.token_urlsafe(12)
        ensure_admin(password)
        schedule_line = _start_schedules()
        db.session.commit()
    except BaseException:
        if sock is not None:
            sock.close()
        raise
    click.echo("")
    click.echo("Flagpost is ready.")
    click.echo(f"  Open:      {setup.browser_url(host, port)}")
    click.echo(f"  Admin:     {ADMIN_EMAIL}")
    click.echo(f"  Password:  {password}   (a new one every time quickstart runs)")
    click.echo(f"  {_mail_line()}")
    click.echo(f"  {schedule_line}")
    click.echo("")
    if sock is not None:
        app = current_app._get_current_object()  # type: ignore[attr-defined]  # Flask types the proxy as Flask
        setup.serve_on(app, sock, host)


COMMANDS = [demo_command, quickstart]
