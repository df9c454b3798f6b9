"""Field rules for what people type: one place, so the page, the CSV and the CLI agree."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date
from functools import cache

from .. import clock
from ..errors import InvalidInput

_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
_PERIOD = re.compile(r"^\d{4}(-(Q[1-4]|H[12]))?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def email(raw: str | None, field: str = "email") -> str:
    value = (raw or "").strip().lower()
    if not value:
        raise InvalidInput("an email address is required", field)
    if len(value) > 254 or not _EMAIL.match(value) or _CONTROL.search(value):
        raise InvalidInput(f"{raw!r} is not an email address", field)
    return value


def line(raw: str | None, field: str, what: str, max_len: int = 200) -> str:
    """A one-line text: names and titles end up in mail headers, so no line breaks."""
    value = (raw or "").strip()
    if not value:
        raise InvalidInput(f"{what} is required", field)
    if _CONTROL.search(value):
        raise InvalidInput(f"{what} must be one line without control characters", field)
    if len(value) > max_len:
        raise InvalidInput(f"{what} is longer than {max_len} characters", field)
    return value


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def timezone(raw: str | None, field: str = "timezone") -> str:
    value = (raw or "").strip() or "UTC"
    if value not in _zones():
        raise InvalidInput(
            f"{value!r} is not an IANA timezone (for example Europe/Berlin or America/New_York)",
            field,
        )
    return value


def day(
    raw: str | date | None, field: str, what: str = "date", required: bool = True
) -> date | None:
    if isinstance(raw, date):
        return raw
    value = (raw or "").strip()
    if not value:
        if required:
            raise InvalidInput(f"{what} is required (YYYY-MM-DD)", field)
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{value!r} is not a date; write it as YYYY-MM-DD", field) from None


# A due date is set from a year ago (a late entry of a recent goal) to ten years ahead:
# outside that it is a typo (0001-01-02, 9999-12-31), and the form would say "overdue by
# 739,952 days". The same window for the admin page, CSV import and replies.
DUE_YEARS_BACK = 1
DUE_YEARS_AHEAD = 10


def _years_after(day: date, years: int) -> date:
    """The same day `years` later (or earlier); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def due_window(today: date | None = None) -> tuple[date, date]:
    """The first and last due date that can be set today, both included."""
    today = today or clock.today()
    return _years_after(today, -DUE_YEARS_BACK), _years_after(today, DUE_YEARS_AHEAD)


def due_date(raw: str | date | None, field: str = "due", today: date | None = None) -> date:
    """A new or moved due date: a date (YYYY-MM-DD) within `due_window`."""
    value = day(raw, field, "the due date")
    first, last = due_window(today)
    if not first <= value <= last:
        raise InvalidInput(
            f"the due date {value.isoformat()} is out of range; choose one from "
            f"{first.isoformat()} (a year ago) to {last.isoformat()} (ten years ahead)",
            field,
        )
    return value


def period(raw: str | None, field: str = "period") -> str:
    value = (raw or "").strip().upper()
    if not _PERIOD.match(value):
        raise InvalidInput(
            f"{raw!r} is not a period; write it as YYYY-Qn (2026-Q4), YYYY-Hn or YYYY", field
        )
    return value
