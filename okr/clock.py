"""The one clock of the system, so tests can move time instead of waiting for it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_frozen: datetime | None = None


def now() -> datetime:
    """Current time as an aware UTC datetime."""
    return _frozen if _frozen is not None else datetime.now(UTC)


def today() -> date:
    return now().date()


def zone(name: str | None) -> ZoneInfo:
    """A person's timezone; an unknown or empty name is UTC rather than an error."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def day_in(zone_name: str | None, moment: datetime | None = None) -> date:
    """The date in a person's own calendar at `moment` (now by default): "done on Friday"
    and "Jan 13" in a reply are said there, not in the server's."""
    return (moment or now()).astimezone(zone(zone_name)).date()


def freeze(moment: datetime | None) -> None:
    """Pin the clock (tests, `okr demo`); `None` lets it run again."""
    global _frozen
    if moment is not None and moment.tzinfo is None:
        raise ValueError("freeze() needs an aware datetime")
    _frozen = moment
