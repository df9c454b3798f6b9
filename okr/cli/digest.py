"""The Friday digest from the command line: print one, or send the ones that are due."""

from __future__ import annotations

import json
from datetime import date, datetime

import click
from flask.cli import with_appcontext
from sqlalchemy import func, select

from mailers import digest as mail

from .. import clock, dispatch
from ..digest.build import build
from ..extensions import db
from ..models import MailKind, Person
from ..services import people
from .mail import _n, _week, deliver_weekly

FORMATS = ("text", "md", "html", "json")


def _iso(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _has_reports(person_id: int) -> bool:
    return bool(
        db.session.scalar(
            select(func.count(Person.id)).where(
                Person.manager_id == person_id, Person.active.is_(True)
            )
        )
    )


@click.command("digest")
@click.argument("manager_email")
@click.option("--week", help="ISO week, YYYY-Www (default: the current week).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text: the mail's text part; md: its Markdown source; html: its HTML part; "
    "json: the data.",
)
@with_appcontext
def digest(manager_email: str, week: str | None, fmt: str) -> None:
    """Print a manager's digest."""
    week = _week(week)
    manager = people.by_email(manager_email.strip().lower())
    if manager is None:
        raise click.ClickException(f"nobody has the email {manager_email}")
    if not _has_reports(manager.id):
        raise click.ClickException(f"{manager.email} has no reports, so no digest")
    data = build(manager.id, week)
    if fmt == "json":
        click.echo(json.dumps(data.as_json(), default=_iso, ensure_ascii=False, indent=2))
    elif fmt == "md":
        click.echo(mail.markdown(data), nl=False)
    else:
        text, html = mail.render(data)
        click.echo(text if fmt == "text" else html, nl=fmt == "html")


@click.command("send-digests")
@click.option("--week", help="ISO week, YYYY-Www (default: the current week).")
@click.option("--now", "ignore_schedule", is_flag=True, help="Send to every manager now.")
@click.option("--dry-run", is_flag=True, help="Print who would get one; send nothing.")
@with_appcontext
def send_digests(week: str | None, ignore_schedule: bool, dry_run: bool) -> None:
    """Queue and send the digests that are due (or every manager's with --now)."""
    kind = MailKind.DIGEST
    if ignore_schedule or week:
        wanted = [_week(week)]
        recipients = dispatch.everyone(kind, wanted[0])
    else:
        now = clock.now()
        recipients = dispatch.due_now(kind, now)
        wanted = dispatch.due_weeks(kind, now)
    if dry_run:
        _print_plan(recipients)
        return
    deliver_weekly(kind, recipients, wanted)


def _print_plan(recipients: list[dispatch.Recipient]) -> None:
    counts = dict(
        db.session.execute(
            select(Person.manager_id, func.count(Person.id))
            .where(Person.active.is_(True), Person.manager_id.is_not(None))
            .group_by(Person.manager_id)
        ).all()
    )
    for r in recipients:
        click.echo(f"{r.email}  week {r.week}  {counts.get(r.person_id, 0)} direct reports")
    click.echo(f"{_n(len(recipients), 'digest')} would be sent (dry run: nothing was queued).")


COMMANDS = [digest, send_digests]
