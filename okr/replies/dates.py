"""Dates people type in a reply's commands ("#12 due 2026-12-15", "push to Jan 13")."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})\b")
_MONTH_DAY = re.compile(r"^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", re.I)
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?(?:,?\s+(\d{4}))?\b", re.I)


def parse_date(text: str, today: date) -> tuple[date, int] | None:
    """A date at the start of `text` (ISO, "Dec 15", "15 December 2026"): (date, length).

    Without a year, the next such day from today is meant; numeric d/m forms are refused
    because 03/04 means different days on two sides of the Atlantic.
    """
    text = text.strip()
    if match := _ISO_DATE.match(text):
        try:
            return date(int(match[1]), int(match[2]), int(match[3])), match.end()
        except ValueError:
            return None
    for pattern, month_group, day_group in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        match = pattern.match(text)
        if not match or match[month_group].lower() not in MONTHS:
            continue
        month, day = MONTHS[match[month_group].lower()], int(match[day_group])
        try:
            if match[3]:
                return date(int(match[3]), month, day), match.end()
            candidate = date(today.year, month, day)
            if candidate < today:
                candidate = date(today.year + 1, month, day)
            return candidate, match.end()
        except ValueError:
            return None
    return None
