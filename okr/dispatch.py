"""Turning schedules into outbox rows: who is due for which weekly mail, set-based.

A row per (kind, person, week) under a unique key, inserted with ON CONFLICT DO NOTHING,
makes a second trigger of the same week (a second tick, a second worker, `send-forms`
run twice) insert nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import and_, exists, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import aliased

from . import addresses, clock
from .extensions import db
from .models import CheckIn, KeyResult, KRState, MailKind, MailState, OutboxMessage, Person
from .services import schedule

# The kinds the tick queues on their schedule; the digest goes to managers on Friday.
WEEKLY_KINDS = (MailKind.FORM, MailKind.REMINDER, MailKind.DIGEST)
_INSERT_CHUNK = 500


@dataclass(frozen=True)
class Recipient:
    person_id: int
    email: str
    week: str


def dedupe_key(kind: MailKind, person_id: int, week: str) -> str:
    return f"{kind.value}:{person_id}:{week}"


def _not_away(today: date):
    return or_(Person.away_until.is_(None), Person.away_until < today)


def _already(kind: MailKind, week: str):
    return exists().where(
        OutboxMessage.person_id == Person.id, OutboxMessage.kind == kind, OutboxMessage.week == week
    )


def eligible(kind: MailKind, week: str, today: date, timezones: list[str] | None = None):
    """People who should get `kind` for `week` and have not got it yet."""
    has_active_kr = exists().where(
        KeyResult.owner_id == Person.id, KeyResult.state == KRState.ACTIVE
    )
    stmt = select(Person.id, Person.email).where(
        Person.active.is_(True), _not_away(today), ~_already(kind, week)
    )
    if kind is MailKind.FORM:
        stmt = stmt.where(has_active_kr)
    elif kind is MailKind.REMINDER:
        form_sent = exists().where(
            OutboxMessage.person_id == Person.id,
            OutboxMessage.kind == MailKind.FORM,
            OutboxMessage.week == week,
            OutboxMessage.state == MailState.SENT,
        )
        unanswered = exists().where(
            KeyResult.owner_id == Person.id,
            KeyResult.state == KRState.ACTIVE,
            ~exists().where(and_(CheckIn.key_result_id == KeyResult.id, CheckIn.week == week)),
        )
        stmt = stmt.where(form_sent, unanswered)
    elif kind is MailKind.DIGEST:
        report = aliased(Person)
        has_active_report = exists().where(report.manager_id == Person.id, report.active.is_(True))
        stmt = stmt.where(has_active_report)
    else:
        raise ValueError(f"{kind} is not a weekly kind")
    if timezones is not None:
        stmt = stmt.where(Person.timezone.in_(timezones))
    return stmt.order_by(Person.id)


def due_now(kind: MailKind, now: datetime) -> list[Recipient]:
    """Everyone whose local time has reached the slot for `kind`, within the grace period."""
    slot = schedule.get(kind)
    grace = timedelta(hours=current_app.config["SCHEDULE_GRACE_HOURS"])
    zones = _zones()
    # "Away until" is a date where the person is: in Auckland Friday has begun while it is
    # still Thursday in UTC, so zones are grouped by their local date as well as the week.
    groups: dict[tuple[str, date], list[str]] = {}
    for zone in zones:
        week = schedule.due_week(slot, zone, now, grace)
        if week is not None:
            local_today = now.astimezone(ZoneInfo(zone)).date()
            groups.setdefault((week, local_today), []).append(zone)
    recipients: list[Recipient] = []
    for (week, local_today), group_zones in groups.items():
        rows = db.session.execute(eligible(kind, week, local_today, group_zones))
        recipients.extend(Recipient(pid, address, week) for pid, address in rows)
    return recipients


def everyone(kind: MailKind, week: str) -> list[Recipient]:
    """`--now`: ignore the schedule, everyone eligible for the week (away or not by the
    date where each person is)."""
    now = clock.now()
    by_date: dict[date, list[str]] = {}
    for zone in _zones():
        by_date.setdefault(now.astimezone(ZoneInfo(zone)).date(), []).append(zone)
    recipients: list[Recipient] = []
    for local_today, zones in sorted(by_date.items()):
        rows = db.session.execute(eligible(kind, week, local_today, zones))
        recipients.extend(Recipient(pid, address, week) for pid, address in rows)
    return sorted(recipients, key=lambda r: r.person_id)


def _zones() -> list[str]:
    return db.session.scalars(
        select(Person.timezone).where(Person.active.is_(True)).distinct()
    ).all()


def _insert(rows: list[dict]) -> list[int]:
    dialect = db.engine.dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    ids: list[int] = []
    for start in range(0, len(rows), _INSERT_CHUNK):
        stmt = (
            insert(OutboxMessage)
            .values(rows[start : start + _INSERT_CHUNK])
            .on_conflict_do_nothing(index_elements=["dedupe_key"])
            .returning(OutboxMessage.id)
        )
        ids.extend(db.session.scalars(stmt).all())
    return ids


def queue_weekly(kind: MailKind, recipients: list[Recipient]) -> list[int]:
    """Insert queued rows; returns the ids actually created. The caller commits, then sends."""
    now = clock.now()
    rows = [
        {
            "dedupe_key": dedupe_key(kind, r.person_id, r.week),
            "kind": kind,
            "person_id": r.person_id,
            "recipient": r.email,
            "week": r.week,
            "message_id": addresses.new_message_id(kind.value),
            "state": MailState.QUEUED,
            "attempts": 0,
            "created_at": now,
            "next_attempt_at": now,
        }
        for r in recipients
    ]
    return _insert(rows) if rows else []
