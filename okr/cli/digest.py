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
from ..services import people, schedule
from .mail import _week, deliver_weekly
from .words import count

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
        _print_plan(recipients, everyone=bool(ignore_schedule or week))
        return
    deliver_weekly(kind, recipients, wanted)


def _print_plan(recipients: list[dispatch.Recipient], everyone: bool) -> None:
    counts = dict(
        db.session.execute(
            select(Person.manager_id, func.count(Person.id))
            .where(Person.active.is_(True), Person.manager_id.is_not(None))
            .group_by(Person.manager_id)
        ).all()
    )
    for r in recipients:
        reports = count(counts.get(r.person_id, 0), "direct report")
        click.echo(f"{r.email}  week {r.week}  {reports}")
    click.echo(f"{count(len(recipients), 'digest')} would be sent (dry run: nothing was queued).")
    if not recipients and not everyone:
        click.echo(_next_due())


def _next_due() -> str:
    """When the scheduler sends digests next, so an empty dry run still answers "when?"."""
    slot = schedule.get(MailKind.DIGEST)
    if not slot.enabled:
        return "Digests are paused on the schedule page; send them with --now."
    upcoming = dispatch.next_slot(MailKind.DIGEST, clock.now())
    if upcoming is None:
        return "No digest is due: nobody active has a schedule to follow."
    at, zone = upcoming
    return (
        f"Next digests: {slot.describe()} in each manager's own time, the first at "
        f"{at:%Y-%m-%d %H:%M} UTC ({zone}), once that week's forms have had their answer "
        "window."
    )


COMMANDS = [digest, send_digests]
