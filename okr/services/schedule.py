"""When weekly mail is due, in each person's own local time (zoneinfo, DST-correct).

A schedule starts when it is first used (the first tick of an installation) or changed:
slots before its start are never caught up, so a first start on a Friday, or a slot moved
to a moment already past, sends no burst of mail that was never due while it existed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .. import clock, weeks
from ..errors import InvalidInput
from ..extensions import db
from ..models import MailKind, Schedule

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DEFAULTS: dict[MailKind, tuple[int, str]] = {
    MailKind.FORM: (3, "16:00"),
    MailKind.REMINDER: (4, "08:00"),
    MailKind.DIGEST: (4, "11:00"),
}
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Slot:
    kind: MailKind
    weekday: int
    local_time: time
    enabled: bool
    starts_at: datetime | None = None

    def describe(self) -> str:
        return f"{DAYS[self.weekday]} {self.local_time.strftime('%H:%M')}"


def get(kind: MailKind) -> Slot:
    row = db.session.get(Schedule, kind)
    if row is None:
        weekday, hhmm = DEFAULTS[kind]
        return Slot(kind, weekday, time.fromisoformat(hhmm), True)
    return Slot(kind, row.weekday, time.fromisoformat(row.local_time), row.enabled, row.starts_at)


def started(kind: MailKind, now: datetime) -> Slot:
    """The slot the scheduler follows: a schedule used for the first time starts `now`.

    The row is inserted only when missing (ON CONFLICT DO NOTHING: a tick and `okr
    send-forms` starting at once agree on one start). The caller commits.
    """
    if db.session.get(Schedule, kind) is None:
        weekday, hhmm = DEFAULTS[kind]
        insert = pg_insert if db.session.get_bind().dialect.name == "postgresql" else sqlite_insert
        db.session.execute(
            insert(Schedule)
            .values(kind=kind, weekday=weekday, local_time=hhmm, enabled=True, starts_at=now)
            .on_conflict_do_nothing(index_elements=["kind"])
        )
    return get(kind)


def set_slot(kind: MailKind, weekday: int, hhmm: str, enabled: bool = True) -> Slot:
    """Change a schedule (admin page); the caller commits."""
    if kind not in DEFAULTS:
        raise InvalidInput(f"{kind} mail has no schedule", "kind")
    if not 0 <= weekday <= 6:
        raise InvalidInput("the day must be Monday to Sunday", "weekday")
    if not _HHMM.match(hhmm or ""):
        raise InvalidInput(f"{hhmm!r} is not a time; write it as HH:MM, 24-hour", "local_time")
    row = db.session.get(Schedule, kind) or Schedule(kind=kind)
    if (row.weekday, row.local_time, row.enabled) != (weekday, hhmm, enabled):
        row.starts_at = clock.now()  # a changed schedule is a new one: nothing before it
    row.weekday, row.local_time, row.enabled = weekday, hhmm, enabled
    db.session.add(row)
    db.session.flush()
    return get(kind)


def moment(slot: Slot, week: str, timezone: str) -> datetime:
    """The UTC instant of a slot in a week for someone in `timezone`.

    A wall time that does not exist (spring forward) or happens twice (fall back) is
    resolved by zoneinfo's fold rule, so it still happens exactly once.
    """
    day = weeks.monday(week) + timedelta(days=slot.weekday)
    local = datetime.combine(day, slot.local_time, tzinfo=ZoneInfo(timezone))
    return local.astimezone(UTC)


def due_week(slot: Slot, timezone: str, now: datetime, grace: timedelta) -> str | None:
    """The week whose slot has come for `timezone` within the grace period, if any.

    Checking last week too lets a tick just after midnight on Monday still catch up a
    Sunday slot that was missed while the system was down. A slot before the schedule's
    start is not caught up: it was never due while the schedule existed.
    """
    if not slot.enabled:
        return None
    local_week = weeks.of(now.astimezone(ZoneInfo(timezone)).date())
    for week in (local_week, weeks.shift(local_week, -1)):
        start = moment(slot, week, timezone)
        if slot.starts_at is not None and start < slot.starts_at:
            continue
        if start <= now <= start + grace:
            return week
    return None
