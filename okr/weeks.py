"""ISO weeks (`2026-W47`): the unit of the weekly rhythm."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import clock

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.ASCII)
# Weeks a person may name: wide enough for any history or plan, and far enough from the
# ends of the calendar (years 1 and 9999) that every week some weeks around it exists too.
FIRST_YEAR = 1970
LAST_YEAR = 2999


class BadWeek(ValueError):
    """A week string that is not of the form YYYY-Www."""


def shown(day: date) -> str:
    """A date as mail and pages show it to people: "17 Dec 2026" (no locale's order)."""
    return f"{day.day} {day.strftime('%b %Y')}"


def of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def current() -> str:
    return of(clock.today())


def parse(text: str) -> str:
    """Validate and normalise a week given by a person; raise BadWeek with the reason."""
    shown = repr(text if len(text) <= 40 else text[:40] + "...")
    match = _WEEK.match(text.strip().upper())
    if not match:
        raise BadWeek(f"{shown} is not a week; write it as YYYY-Www, for example 2026-W47")
    year, week = int(match.group(1)), int(match.group(2))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadWeek(f"{shown} is out of range; choose a week from {FIRST_YEAR} to {LAST_YEAR}")
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise BadWeek(f"{year} has no week {week}") from None
    return f"{year}-W{week:02d}"


def asked_or_current(raw: str | None) -> str:
    """The week asked for (a page's `?week=`, a command's `--week`), or this week when none
    was; BadWeek for a malformed one."""
    raw = (raw or "").strip()
    return parse(raw) if raw else current()


def monday(week: str) -> date:
    year, number = week.split("-W")
    return date.fromisocalendar(int(year), int(number), 1)


def sunday(week: str) -> date:
    return monday(week) + timedelta(days=6)


def shift(week: str, weeks: int) -> str:
    return of(monday(week) + timedelta(weeks=weeks))
