"""The Friday digest by email: one Markdown source, a text part and an HTML part.

The sections come in the order of `okr.digest.model`; every key result line starts with
its six-week trend, as emoji squares in the text part and small coloured spans (with a
letter, for colour-blind readers and clients without CSS) in the HTML part.

Length is a feature: a manager reads this between meetings. Greens collapse to one line
per team when there are more than `GREEN_LIST_MAX` (the web page lists them all), away
people take one line each, and a warning is said once, in its key result's own block, so
a 70-key-result organisation fits in about 120 lines of the text part.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from itertools import groupby
from typing import Any

from flask import render_template
from markupsafe import escape

from okr import addresses, weeks
from okr.digest.model import Digest, Item
from okr.services.lessons import WrittenLesson

from . import Message, build, week_number
from .form import _week_range
from .render import markdown_source, render_parts

KIND = "digest"

# Trend squares, per status; the legend lists them in this order.
SQUARES = {
    "red": "🟥",
    "yellow": "🟨",
    "green": "🟩",
    "missing": "⬜",
    "away": "🟪",
    "done": "🟦",
    "dropped": "⬛",
    "none": "➖",  # the key result did not exist yet that week
}
LETTERS = {
    "red": "R",
    "yellow": "Y",
    "green": "G",
    "missing": "·",
    "away": "A",
    "done": "D",
    "dropped": "X",
    "none": "-",
}
LABELS = {
    "red": "red",
    "yellow": "yellow",
    "green": "green",
    "missing": "no report",
    "away": "away",
    "done": "done",
    "dropped": "dropped",
    "none": "not yet created",
}
# The headline's order; the first four are always shown, even at zero.
HEADLINE = ("red", "missing", "yellow", "green", "away", "done", "dropped")
ALWAYS = ("red", "missing", "yellow", "green")
ROLLUP_COLUMNS = ("red", "missing", "yellow", "green", "away", "done", "dropped")
GREEN_LIST_MAX = 10  # more greens than this: one line per team in the mail
OUTSIDE_MAX = 5  # risks from outside the organisation listed in the mail (the web: all)
REFS_MAX = 8  # refs named in one sentence of the record
LESSONS_MAX = 5  # lessons of the quarter listed in the mail (the web: all)

# Rules only the digest needs, inlined into its HTML part after the layout's own.
CSS = """
.sq { font: bold 11px monospace; letter-spacing: 2px; padding: 0 1px 0 3px; color: #fff; }
.sq-red { background: #c62828; }
.sq-yellow { background: #8a5a00; }  /* white letters at 4.5:1 (WCAG AA) */
.sq-green { background: #2e7d32; }
.sq-missing { background: #e4e7ec; color: #5b6472; }
.sq-away { background: #7b5ea7; }
.sq-done { background: #1565c0; }
.sq-dropped { background: #424242; }
.sq-none { color: #5b6472; }
table { border-collapse: collapse; margin: 4px 0 14px; }
th, td { padding: 3px 8px; border-bottom: 1px solid #d9dee6; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { font-size: 13px; color: #5b6472; }
"""


def squares(trend: list[str], html_mode: bool) -> str:
    """Six weeks as squares, oldest first.

    In HTML a run of weeks with the same status is one span of letters: the inlined style
    is long, and a digest of a large organisation must stay short of Gmail's clipping.
    """
    if not html_mode:
        return "".join(SQUARES.get(status, SQUARES["missing"]) for status in trend)
    spans = []
    for status, run in groupby(status if status in LETTERS else "missing" for status in trend):
        letters = LETTERS[status] * len(list(run))
        spans.append(f'<span class="sq sq-{status}">{escape(letters)}</span>')
    return '<span class="trend">' + "".join(spans) + "</span>"


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return weeks.shown(value)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def one_line(text: str | None) -> str:
    """Notes and reasons on one line: a typed '---' line must not become a delimiter."""
    return " ".join((text or "").split())


def counts_line(counts: dict[str, int]) -> str:
    """`3 red, 2 no report, 4 yellow, 20 green`, then away/done/dropped when there are any."""
    parts = [
        f"{counts.get(status, 0)} {LABELS[status]}"
        for status in HEADLINE
        if status in ALWAYS or counts.get(status, 0)
    ]
    return ", ".join(parts)


def changes_line(change: dict[str, int]) -> str:
    parts = [
        f"{LABELS[status]} {change[status]:+d}" for status in HEADLINE if change.get(status, 0)
    ]
    return ", ".join(parts)


def scope(depth: int | None) -> str:
    if depth is None:
        return "your whole organisation"
    if depth == 1:
        return "your direct reports"
    return f"{depth} levels of your organisation"


def weeks_in_red(item: Item) -> str:
    if item.weeks_in_red <= 1:
        return "red since this week"
    return f"red for {item.weeks_in_red} weeks"


def silence(item: Item) -> str:
    if item.silent_weeks <= 1:
        return "no report this week"
    return f"no report for {item.silent_weeks} weeks in a row"


def is_away(item: Item) -> bool:
    return item.status == "away" or item.away_until is not None


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def text_table(header: list[str], rows: list[list[str]], left: tuple[int, ...] = (0,)) -> list[str]:
    """Aligned columns for the text part: numbers right-aligned, words (`left`) left."""
    widths = [max(_width(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - _width(cell))
            cells.append(cell + pad if i in left else pad + cell)
        lines.append("  ".join(cells).rstrip())
    return lines


def team_digest_url(digest: Digest, person_id: int) -> str:
    """The digest page of a direct report: the manager above may read it."""
    return addresses.external_url("digest.of", person_id=str(person_id), week=digest.week)


def _rollup(digest: Digest) -> dict[str, Any]:
    """The roll-up as a text table of every column, and for HTML a table a phone can show
    (390 px): the four flags a VP compares teams by, the share reported and the rest as a
    line under the team's name."""
    header = ["Team", *(LABELS[s].capitalize() for s in ROLLUP_COLUMNS), "Reported"]
    rows = [
        [row.name, *(str(row.counts.get(s, 0)) for s in ROLLUP_COLUMNS), percent(row.reply_rate)]
        for row in digest.rollup
    ]
    links = [
        (row.name, team_digest_url(digest, row.person_id) if row.manages else None)
        for row in digest.rollup
    ]
    html_header = ["Team", *(LABELS[s].capitalize() for s in ALWAYS)]
    html_rows = [[row.name, *(str(row.counts.get(s, 0)) for s in ALWAYS)] for row in digest.rollup]
    besides = [
        " · ".join(
            [
                *([f"{percent(row.reply_rate)} reported"] if row.reply_rate is not None else []),
                *(
                    f"{row.counts[s]} {LABELS[s]}"
                    for s in ROLLUP_COLUMNS
                    if s not in ALWAYS and row.counts.get(s)
                ),
            ]
        )
        for row in digest.rollup
    ]
    return {
        "header": header,
        "rows": rows,
        "lines": text_table(header, rows),
        "links": links,
        "html_header": html_header,
        "html_rows": html_rows,
        "besides": besides,
    }


def team_of(item: Item) -> str:
    """The manager's direct report whose organisation the key result is in."""
    return item.chain[0] if item.chain else item.owner


def green_teams(digest: Digest) -> list[tuple[str, list[Item]]] | None:
    """(team, its greens) in roll-up order when there are too many greens to list one
    per line; else None. The references stay, so a manager can still ask about one."""
    if len(digest.green) <= GREEN_LIST_MAX:
        return None
    teams: dict[str, list[Item]] = {row.name: [] for row in digest.rollup}
    for item in digest.green:
        teams.setdefault(team_of(item), []).append(item)
    return [(team, items) for team, items in teams.items() if items]


def silent_people(digest: Digest) -> list[dict[str, Any]]:
    """No report, one block per person (and length of silence): silence is a person's, and
    the question about it goes to them once, whatever the number of key results."""
    blocks: dict[tuple[int, int, bool], dict[str, Any]] = {}
    for item in digest.no_report:
        key = (item.owner_id, item.silent_weeks, item.escalated)
        block = blocks.setdefault(key, {"first": item, "items": []})
        block["items"].append(item)
    return list(blocks.values())


def away_people(digest: Digest) -> list[dict[str, Any]]:
    """One entry per person away: their key results are not silence, and need no line each."""
    people: dict[int, dict[str, Any]] = {}
    for item in digest.away:
        entry = people.setdefault(
            item.owner_id, {"via": item.via, "until": item.away_until, "items": []}
        )
        entry["items"].append(item)
    return list(people.values())


def _grades(digest: Digest) -> dict[str, Any] | None:
    if digest.quarter is None or not digest.quarter.grades:
        return None
    header = ["Person", "Graded", "0.8 or higher", "Note"]
    rows = [
        [g.person, str(g.graded), percent(g.share_high), g.note or ""]
        for g in digest.quarter.grades
    ]
    return {"header": header, "rows": rows, "lines": text_table(header, rows, left=(0, 3))}


def _legend(digest: Digest) -> list[tuple[str, str]]:
    """What the squares mean; "not yet created" only when a trend shows it."""
    young = any("none" in item.trend for name in Digest.SECTIONS for item in getattr(digest, name))
    return [(status, LABELS[status]) for status in SQUARES if status != "none" or young]


def unattended_line(refs: list[str]) -> str:
    """The record's kind reminder of the reds the manager has not asked about nor thanked
    for: a question offers help, a thanks says the news was welcome."""
    count = len(refs)
    named = ", ".join(refs[:REFS_MAX])
    if count > REFS_MAX:
        named += f" and {count - REFS_MAX} more"
    reds = "1 red" if count == 1 else f"{count} reds"
    return (
        f"{reds} you have not asked about or thanked yet: {named}. A question offers help; "
        "a thanks tells the owner the bad news was welcome."
    )


def learned(digest: Digest) -> dict[str, Any] | None:
    """The quarter's "What we learned this quarter", at a quarter's last digest: the counts
    by kind in one line, and the lessons as written with bold bets first (they are
    celebrated), then by kind and key result; never by person. None in other weeks."""
    if digest.quarter is None:
        return None
    mix = digest.quarter.lessons
    ordered = [one for one in mix.lessons if one.bold] + [
        one for one in mix.lessons if not one.bold
    ]
    counts = ", ".join(f"{n} {kind}" for kind, n in mix.counts.items())
    return {"total": mix.total, "counts": counts, "lessons": ordered}


def lesson_text(lesson: WrittenLesson) -> str:
    """`#12 Sign 5 design partners, attention: I will check the vendor dates every week.`
    A bold bet says so: `#15 Open Lisbon, a bold bet worth celebrating: ...`."""
    kind = "a bold bet worth celebrating" if lesson.bold else lesson.kind
    said = one_line(lesson.text)
    line = f"{lesson.ref} {lesson.title}, {kind}"
    return (f"{line}: {said}" if said else line).rstrip(".") + "."


def example_ref(digest: Digest) -> str:
    for name in Digest.SECTIONS:
        items = getattr(digest, name)
        if items:
            return items[0].ref
    return "#12"


def context(digest: Digest) -> dict[str, Any]:
    """Everything the templates need besides the digest itself."""
    return {
        "digest": digest,
        "week_number": week_number(digest.week),
        "week_range": _week_range(digest.week),
        "counts_line": counts_line(digest.headline.counts),
        "changes_line": changes_line(digest.headline.change),
        "scope": scope(digest.depth),
        "example_ref": example_ref(digest),
        "web_url": addresses.external_url("digest.mine", week=digest.week),
        "legend": _legend(digest),
        "rollup": _rollup(digest),
        "green_teams": green_teams(digest),
        "away_people": away_people(digest),
        "silent_people": silent_people(digest),
        "grades": _grades(digest),
        "outside_max": OUTSIDE_MAX,
        "learned": learned(digest),
        "lessons_max": LESSONS_MAX,
        "lesson_text": lesson_text,
        "unattended_line": unattended_line(digest.record.reds_unattended),
        "squares": squares,
        "day": day,
        "percent": percent,
        "one_line": one_line,
        "weeks_in_red": weeks_in_red,
        "silence": silence,
        "is_away": is_away,
    }


def subject(digest: Digest) -> str:
    counts = digest.headline.counts
    return " ".join(
        render_template(
            "email/digest.subject.txt",
            week_number=week_number(digest.week),
            counts={s: counts.get(s, 0) for s in HEADLINE},
        ).split()
    )


def render(digest: Digest) -> tuple[str, str]:
    """(text, html) of the digest mail."""
    return render_parts(KIND, extra_css=CSS, **context(digest))


def markdown(digest: Digest) -> str:
    """The Markdown source of the HTML part (`okr digest --format md`)."""
    lines = [line.rstrip() for line in markdown_source(KIND, **context(digest)).splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def digest_mail(digest: Digest, *, message_id: str, reply_to: str) -> Message:
    """Compose the digest for its manager."""
    return build(
        KIND,
        to=digest.manager_email,
        context=context(digest),
        subject=subject(digest),
        reply_to=reply_to,
        message_id=message_id,
        extra_css=CSS,
    )
