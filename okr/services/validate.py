"""Field rules for what people type: one place, so the page, the CSV and the CLI agree."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date
from functools import cache
from typing import Literal, overload

from email_validator import EmailNotValidError, ValidatedEmail, validate_email

from .. import clock
from ..errors import InvalidInput

_PERIOD = re.compile(r"^\d{4}(-(Q[1-4]|H[12]))?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _checked(value: str) -> ValidatedEmail:
    """The syntax of an address, by email-validator; no DNS lookup, and no address that
    would need SMTPUTF8 (RFC 6531), which many relays do not offer."""
    return validate_email(value, check_deliverability=False, allow_smtputf8=False)


def sendable_local_part(value: str, field: str = "email") -> None:
    """Refuse an address whose part before the @ is not ASCII: mail to it needs SMTPUTF8,
    which many relays do not offer (they refuse such mail, or worse, mangle it)."""
    local = value.rpartition("@")[0]
    if not local.isascii():
        found = ", ".join(dict.fromkeys(repr(ch) for ch in local if not ch.isascii()))
        raise InvalidInput(
            f"{value!r} cannot be used: the part before the @ may only have ASCII "
            f"characters, not {found}, because many mail relays cannot deliver to such "
            "an address (an internationalised domain after the @ is fine)",
            field,
        )


def email(raw: str | None, field: str = "email") -> str:
    """An address we can send to, in the one form we store: the domain normalised (an
    internationalised one in Unicode; mail goes to its IDNA form), all lower case."""
    value = (raw or "").strip()
    if not value:
        raise InvalidInput("an email address is required", field)
    if _CONTROL.search(value):
        raise InvalidInput(
            f"{raw!r} is not an email address: it has a line break or control character", field
        )
    sendable_local_part(value, field)
    try:
        return _checked(value).normalized.lower()
    except EmailNotValidError as error:
        reason = str(error)
        reason = reason[:1].lower() + reason[1:]  # the library's sentence, after a colon
        raise InvalidInput(f"{value!r} is not an email address: {reason}", field) from None


def as_stored_now(stored: str) -> str:
    """An address from the database in the form `email` gives today, to match it with
    addresses read from a file: rows written before may hold an internationalised
    domain in its ASCII (`xn--`) form. Cheap for every other address."""
    if "xn--" not in stored:
        return stored
    try:
        return _checked(stored).normalized.lower()
    except EmailNotValidError:
        return stored


def email_spellings(raw: str | None) -> list[str]:
    """Every form in which the address `raw` may be stored, to look it up: as given (lower
    case), normalised as `email` stores it, and in its ASCII (IDNA) form, which rows
    written before the normalisation may hold. Never raises: a lookup of junk finds
    nobody."""
    value = (raw or "").strip().lower()
    spellings = [value] if value else []
    if not value or len(value) > 320 or _CONTROL.search(value):
        return spellings
    try:
        checked = _checked(value)
    except EmailNotValidError:
        return spellings
    for form in (checked.normalized.lower(), (checked.ascii_email or "").lower()):
        if form and form not in spellings:
            spellings.append(form)
    return spellings


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


@overload
def day(
    raw: str | date | None, field: str, what: str = ..., required: Literal[True] = ...
) -> date: ...
@overload
def day(raw: str | date | None, field: str, what: str = ..., *, required: bool) -> date | None: ...
def day(
    raw: str | date | None, field: str, what: str = "date", required: bool = True
) -> date | None:
    """A date typed as YYYY-MM-DD (or given as a date); None only when it may be left out."""
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
