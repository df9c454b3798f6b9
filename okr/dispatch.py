"""Turning schedules into outbox rows: who is due for which weekly mail, set-based.

A row per (kind, person, week) under a unique key, inserted with ON CONFLICT DO NOTHING,
makes a second trigger of the same week (a second tick, a second worker, `send-forms`
run twice) insert nothing.

What follows a form waits for people to have had time to answer it (the answer window,
OKR_ANSWER_WINDOW_HOURS): a reminder goes only to someone whose form went out at least
that long ago, and a week's digests only once that week's first forms have. So forms
caught up late are not chased by a reminder a minute later, and a scheduler first started
on a Friday sends no digest of a week whose forms never went out ("no report" for all).

A manager's digest also waits for the people it covers: it goes once the digest's hour has
come in the manager's timezone and in every timezone of the people within their digest
depth, so everyone's reminder window (reminder Friday 08:00, digest 11:00 by default, each
in their own time) has closed before their manager reads about them. A Tokyo manager of a
team in New York gets the digest on New York's Friday 11:00.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import aliased

from . import addresses, clock, weeks
from .extensions import db
from .models import CheckIn, KeyResult, KRState, MailKind, MailState, OutboxMessage, Person
from .orgtree import MAX_DEPTH
from .services import schedule

# The kinds the tick queues on their schedule; the digest goes to managers on Friday.
WEEKLY_KINDS = (MailKind.FORM, MailKind.REMINDER, MailKind.DIGEST)
_INSERT_CHUNK = 500
# The same wall time is at most 26 hours apart on Earth (UTC-12 to UTC+14), plus a DST
# hour: a digest waiting for its people's timezones waits at most this long.
ZONE_SPREAD = timedelta(hours=27)


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


def eligible(
    kind: MailKind,
    week: str,
    today: date,
    timezones: list[str] | None = None,
    forms_sent_before: datetime | None = None,
):
    """People who should get `kind` for `week` and have not got it yet.

    `forms_sent_before`: a reminder only for a form sent by then (the schedule's answer
    window; `--now` passes None and sends to every form sent).
    """
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
        if forms_sent_before is not None:
            form_sent = form_sent.where(OutboxMessage.sent_at <= forms_sent_before)
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


def answer_window() -> timedelta:
    return timedelta(hours=current_app.config["ANSWER_WINDOW_HOURS"])


def _due_groups(
    kind: MailKind, now: datetime, extra: timedelta = timedelta(0)
) -> dict[tuple[str, date], list[str]]:
    """(week, local date) -> the timezones whose slot for `kind` has come, within the grace
    period (and `extra`) and since the schedule started.

    "Away until" is a date where the person is: in Auckland Friday has begun while it is
    still Thursday in UTC, so zones are grouped by their local date as well as the week.
    """
    slot = schedule.started(kind, now)
    grace = timedelta(hours=current_app.config["SCHEDULE_GRACE_HOURS"]) + extra
    groups: dict[tuple[str, date], list[str]] = {}
    for zone in _zones():
        week = schedule.due_week(slot, zone, now, grace)
        if week is not None:
            local_today = now.astimezone(ZoneInfo(zone)).date()
            groups.setdefault((week, local_today), []).append(zone)
    return groups


def _extra(kind: MailKind) -> timedelta:
    """A digest may wait for its people's timezones past its own slot's grace period."""
    return ZONE_SPREAD if kind is MailKind.DIGEST else timedelta(0)


def due_weeks(kind: MailKind, now: datetime) -> list[str]:
    """The weeks whose slot for `kind` has come somewhere: `send-forms` finishes their rows."""
    return sorted({week for week, _ in _due_groups(kind, now, _extra(kind))})


def covered_zones(manager_ids: list[int]) -> dict[int, set[str]]:
    """manager id -> the timezones of the active people within their digest depth: one
    recursive statement for all of them."""
    depth = Person.digest_depth
    limit = case(
        (depth.is_(None), literal(MAX_DEPTH)),
        (depth < 1, literal(1)),
        (depth > MAX_DEPTH, literal(MAX_DEPTH)),
        else_=depth,
    )
    tree = (
        select(
            Person.id.label("root"),
            Person.id.label("id"),
            literal(0).label("level"),
            limit.label("depth"),
        )
        .where(Person.id.in_(manager_ids))
        .cte("digest_zones", recursive=True)
    )
    child = aliased(Person)
    tree = tree.union_all(
        select(tree.c.root, child.id, tree.c.level + 1, tree.c.depth).where(
            child.manager_id == tree.c.id, tree.c.level < tree.c.depth
        )
    )
    rows = db.session.execute(
        select(tree.c.root, Person.timezone)
        .join(Person, Person.id == tree.c.id)
        .where(tree.c.level > 0, Person.active.is_(True))
        .distinct()
    )
    found: dict[int, set[str]] = {}
    for root, zone in rows:
        found.setdefault(root, set()).add(zone)
    return found


def _after_their_people(
    recipients: list[Recipient], zone: str, week: str, now: datetime
) -> list[Recipient]:
    """The managers (of one timezone) whose digest's hour has come in every timezone of
    the people they cover, and not longer ago than the grace period."""
    if not recipients:
        return []
    slot = schedule.get(MailKind.DIGEST)
    grace = timedelta(hours=current_app.config["SCHEDULE_GRACE_HOURS"])
    zones = covered_zones([r.person_id for r in recipients])
    moments: dict[str, datetime] = {}
    ready = []
    for recipient in recipients:
        latest = max(
            moments.setdefault(z, schedule.moment(slot, week, z))
            for z in {zone} | zones.get(recipient.person_id, set())
        )
        if latest <= now <= latest + grace:
            ready.append(recipient)
    return ready


def forms_out_since(week: str) -> datetime | None:
    """When the first form of `week` was sent, if one was."""
    return db.session.scalar(
        select(func.min(OutboxMessage.sent_at)).where(
            OutboxMessage.kind == MailKind.FORM,
            OutboxMessage.week == week,
            OutboxMessage.state == MailState.SENT,
        )
    )


def _forms_had_their_window(week: str, now: datetime) -> bool:
    """A week's digests wait until its forms have been out for the answer window; with
    forms paused on the schedule (sent by hand, or not at all) they do not wait."""
    if not schedule.get(MailKind.FORM).enabled:
        return True
    first = forms_out_since(week)
    return first is not None and first <= now - answer_window()


def due_now(kind: MailKind, now: datetime) -> list[Recipient]:
    """Everyone whose local time has reached the slot for `kind`, within the grace period,
    and (reminders, digests) whose forms have had their answer window."""
    recipients: list[Recipient] = []
    for (week, local_today), group_zones in _due_groups(kind, now, _extra(kind)).items():
        if kind is MailKind.DIGEST and not _forms_had_their_window(week, now):
            continue
        window_start = now - answer_window() if kind is MailKind.REMINDER else None
        if kind is not MailKind.DIGEST:
            rows = db.session.execute(
                eligible(kind, week, local_today, group_zones, forms_sent_before=window_start)
            )
            recipients.extend(Recipient(pid, address, week) for pid, address in rows)
            continue
        by_zone: dict[str, list[Recipient]] = {}
        stmt = eligible(kind, week, local_today, group_zones).add_columns(Person.timezone)
        for pid, address, zone in db.session.execute(stmt):
            by_zone.setdefault(zone, []).append(Recipient(pid, address, week))
        for zone, found in by_zone.items():  # a digest waits for the timezones of its people
            recipients.extend(_after_their_people(found, zone, week, now))
    return sorted(recipients, key=lambda r: r.person_id) if kind is MailKind.DIGEST else recipients


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


def next_slot(kind: MailKind, now: datetime) -> tuple[datetime, str] | None:
    """The next moment after `now` the schedule of `kind` comes for someone, and in which
    of the people's timezones; None when it is paused or nobody is active."""
    slot = schedule.get(kind)
    if not slot.enabled:
        return None
    moments = []
    for zone in _zones():
        local_week = weeks.of(now.astimezone(ZoneInfo(zone)).date())
        for week in (local_week, weeks.shift(local_week, 1)):
            at = schedule.moment(slot, week, zone)
            if at > now and (slot.starts_at is None or at >= slot.starts_at):
                moments.append((at, zone))
                break
    return min(moments, default=None)


def _zones() -> list[str]:
    return list(
        db.session.scalars(select(Person.timezone).where(Person.active.is_(True)).distinct())
    )


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
