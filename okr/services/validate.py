"""Field rules for what people type: one place, so the page, the CSV and the CLI agree."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date
from functools import cache

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


def period(raw: str | None, field: str = "period") -> str:
    value = (raw or "").strip().upper()
    if not _PERIOD.match(value):
        raise InvalidInput(
            f"{raw!r} is not a period; write it as YYYY-Qn (2026-Q4), YYYY-Hn or YYYY", field
        )
    return value
