"""When weekly mail is due, in each person's own local time (zoneinfo, DST-correct)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .. import weeks
from ..errors import InvalidInput
from ..extensions import db
from ..models import MailKind, Schedule

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DEFAULTS: dict[MailKind, tuple[int, str]] = {
    MailKind.FORM: (3, "16:00"),
    MailKind.REMINDER: (4, "10:00"),
    MailKind.DIGEST: (4, "09:00"),
}
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Slot:
    kind: MailKind
    weekday: int
    local_time: time
    enabled: bool

    def describe(self) -> str:
        return f"{DAYS[self.weekday]} {self.local_time.strftime('%H:%M')}"


def get(kind: MailKind) -> Slot:
    row = db.session.get(Schedule, kind)
    weekday, hhmm = (row.weekday, row.local_time) if row else DEFAULTS[kind]
    return Slot(kind, weekday, time.fromisoformat(hhmm), row.enabled if row else True)


def set_slot(kind: MailKind, weekday: int, hhmm: str, enabled: bool = True) -> Slot:
    """Change a schedule (admin page); the caller commits."""
    if kind not in DEFAULTS:
        raise InvalidInput(f"{kind} mail has no schedule", "kind")
    if not 0 <= weekday <= 6:
        raise InvalidInput("the day must be Monday to Sunday", "weekday")
    if not _HHMM.match(hhmm or ""):
        raise InvalidInput(f"{hhmm!r} is not a time; write it as HH:MM, 24-hour", "local_time")
    row = db.session.get(Schedule, kind) or Schedule(kind=kind)
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
    Sunday slot that was missed while the system was down.
    """
    if not slot.enabled:
        return None
    local_week = weeks.of(now.astimezone(ZoneInfo(timezone)).date())
    for week in (local_week, weeks.shift(local_week, -1)):
        start = moment(slot, week, timezone)
        if start <= now <= start + grace:
            return week
    return None
