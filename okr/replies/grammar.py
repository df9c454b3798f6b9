"""The reply grammar in one table: words for each flag, command words, reference forms.

Everything a person may type to mean something lives here, so the README's grammar and
the parser cannot drift apart.
"""

from __future__ import annotations

import re
from datetime import date

# Longest phrases first: "off track" must win over a lone "track".
FLAG_WORDS: dict[str, str] = {
    "off track": "red",
    "off-track": "red",
    "blocked": "red",
    "behind": "red",
    "red": "red",
    "r": "red",
    "🔴": "red",
    "at risk": "yellow",
    "at-risk": "yellow",
    "yellow": "yellow",
    "amber": "yellow",
    "y": "yellow",
    "a": "yellow",
    "🟠": "yellow",
    "🟡": "yellow",
    "on track": "green",
    "on-track": "green",
    "green": "green",
    "g": "green",
    "🟢": "green",
    "done": "done",
    "shipped": "done",
    "complete": "done",
    "completed": "done",
}
# One-letter flags only count right after a reference ("#12 G"), never inside prose.
SHORT_FLAGS = {"r", "y", "a", "g"}

DROP_WORDS = ("drop", "dropped", "dropping")
DUE_PHRASES = ("new due date", "new date", "due date", "moved to", "due")
AWAY_PHRASES = ("away until", "out until", "on leave until", "ooo until")
ALL_PHRASES = ("all", "everything", "everything else", "all others", "rest", "the rest")

# "#12", "KR 12", "KR#12", "12:" or "12)" at the start of a line; "12:30" is a time of day.
REF_AT_START = re.compile(
    r"^\s*(?:(?:kr\s*#?\s*|#)(?P<a>\d{1,9})\b[\s:.)\]-]*|(?P<b>\d{1,9})\s*(?::(?!\d)|\))\s*)",
    re.IGNORECASE,
)
BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}\.)\s+")
SCORE = re.compile(
    r"^\s*(?:score\s*[:=]?\s*)?\(?\s*(?P<num>(?:0?\.\d+|1(?:\.0+)?|0)|(?P<pct>\d{1,3}(?:\.\d+)?)\s*%)\s*\)?(?=\s|$|[,;:-])",
    re.IGNORECASE,
)
SEPARATOR = re.compile(r"^\s*(?:[-–—:,;.]+\s*)?")

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


def grammar_help() -> str:
    """The short grammar shown in confirmations when a reply could not be understood."""
    return (
        "One line per key result: its number, a flag, an optional score, and a note.\n"
        "  #12 green - signed 4 of 5\n"
        "  #13 red 0.3 - vendor slipped, need a decision\n"
        "  #14 yellow 70% at risk, waiting for legal\n"
        "Flags: green / on track, yellow / amber / at risk, red / off track / blocked / behind,\n"
        "done / shipped / complete. Short forms G, Y, A, R and the coloured circles work too.\n"
        "Commands: #12 drop - reason | #12 due 2026-12-15 (or: new date Dec 15) |\n"
        "away until 2026-12-01 | all green (every key result you did not name).\n"
        "You may also type your answer under each key result of the quoted form."
    )
