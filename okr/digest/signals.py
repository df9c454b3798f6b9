"""What one key result's history says: status, trend, streaks, warnings, quarter figures.

Pure functions on plain values, so each rule can be tested on a history written by hand.
A history maps a week (`2026-W47`) to the `Report` that counts for it (the newest of that
week); weeks with no report are simply absent. Functions take the digest's week and ignore
anything after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from .. import weeks
from .model import WARNINGS, Warning

TREND_WEEKS = 6
FLAGS = ("red", "yellow", "green")
CLOSED = ("done", "dropped")
NONE = "none"  # in a trend: the key result did not exist yet that week

SLIPS_TO_WARN = 2  # the due date moved later this many times
NEAR_DONE = 0.9  # a score at or above this ...
NEAR_DONE_WEEKS = 3  # ... for this many reports in a row, without being done
CLIFF_WEEKS = 2  # green, then red only in the last two weeks before the due date
OLD_RED_WEEKS = 2  # a red older than this many weeks should have been asked about
HIGH_GRADE = 0.8
TOO_EASY = 0.8  # more than this share graded high: goals may not be aggressive enough
FAR_BELOW = 0.3  # less than this share graded high


@dataclass(frozen=True)
class Report:
    """The flag (and score) that counts for one week, and when it was given."""

    flag: str  # red, yellow or green
    score: float | None
    at: datetime


History = Mapping[str, Report]


@lru_cache(maxsize=512)
def week_start(week: str) -> datetime:
    return datetime.combine(weeks.monday(week), time.min, tzinfo=UTC)


@lru_cache(maxsize=512)
def week_end(week: str) -> datetime:
    return datetime.combine(weeks.sunday(week), time.max, tzinfo=UTC)


def friday(week: str) -> date:
    return weeks.monday(week) + timedelta(days=4)


@lru_cache(maxsize=512)
def trend_weeks(week: str, length: int = TREND_WEEKS) -> tuple[str, ...]:
    """The `length` weeks ending with `week`, oldest first."""
    return tuple(weeks.shift(week, i - length + 1) for i in range(length))


def weeks_between(earlier: str, later: str) -> int:
    """Whole weeks from `earlier` to `later` (negative when `later` comes first)."""
    return (weeks.monday(later) - weeks.monday(earlier)).days // 7


def reports_until(history: History, week: str) -> list[tuple[str, Report]]:
    """(week, report) up to and including `week`, oldest first (week strings sort by time)."""
    return sorted((w, r) for w, r in history.items() if w <= week)


def status(
    week: str,
    history: History,
    *,
    created_at: datetime,
    state: str,
    closed_at: datetime | None,
    away: bool = False,
) -> str:
    """done/dropped once closed by the end of the week, else the week's flag.

    Without a report the key result is `away` when its owner is away (only known for the
    digest's own week), else `missing`; `none` before it existed.
    """
    if created_at > week_end(week):
        return NONE
    if state in CLOSED and closed_at is not None and closed_at <= week_end(week):
        return state
    report = history.get(week)
    if report is not None:
        return report.flag
    return "away" if away else "missing"


def trend(
    week: str,
    history: History,
    *,
    created_at: datetime,
    state: str,
    closed_at: datetime | None,
    away: bool = False,
    length: int = TREND_WEEKS,
) -> list[str]:
    """Statuses of the `length` weeks ending with `week`, oldest first."""
    return [
        status(
            day,
            history,
            created_at=created_at,
            state=state,
            closed_at=closed_at,
            away=away and day == week,
        )
        for day in trend_weeks(week, length)
    ]


def red_streak(history: History, week: str) -> tuple[int, str | None]:
    """Weeks in a row ending with `week` whose flag is red, and the first of them."""
    count, first, day = 0, None, week
    while (report := history.get(day)) is not None and report.flag == "red":
        count, first = count + 1, day
        day = weeks.shift(day, -1)
    return count, first


def silent_streak(last_reported: str | None, created_at: datetime, week: str) -> int:
    """Weeks in a row ending with `week` without a report, counted from the creation week."""
    first = weeks.of(created_at.date())
    if last_reported is not None and last_reported >= first:
        first = weeks.shift(last_reported, 1)
    if first > week:
        return 0
    return weeks_between(first, week) + 1


def silent_weeks(history: History, week: str, created_at: datetime) -> int:
    reported = [w for w in history if w <= week]
    return silent_streak(max(reported) if reported else None, created_at, week)


def raised_early(current: str, first_red_week: str | None, due: date) -> bool:
    """A red whose streak began in a week that ended before the due date."""
    return current == "red" and first_red_week is not None and weeks.sunday(first_red_week) < due


# Warnings a flag alone hides


def _warning(code: str, **values: object) -> Warning:
    return Warning(code=code, text=WARNINGS[code].format(**values))


def slipping(slips: int) -> Warning | None:
    """The due date moved later two or more times."""
    return _warning("slipping", count=slips) if slips >= SLIPS_TO_WARN else None


def overdue(due: date, reference: date, current: str) -> Warning | None:
    """The due date passed and it is neither done nor dropped."""
    if current in CLOSED or due >= reference:
        return None
    return _warning("overdue", days=(reference - due).days)


def stuck_near_done(history: History, week: str, current: str) -> Warning | None:
    """Scored 0.9 or more in the last three reports or more, and still not done.

    Reports without a score neither count nor break the run; weeks without a report are
    not part of the run at all.
    """
    if current in CLOSED:
        return None
    return _stuck_near_done(reports_until(history, week))


def _stuck_near_done(reports: list[tuple[str, Report]]) -> Warning | None:
    """`stuck_near_done` on reports already sorted, so a digest sorts each history once."""
    run, lowest = 0, 1.0
    for _, report in reversed(reports):
        if report.score is None:
            continue
        if report.score < NEAR_DONE:
            break
        run, lowest = run + 1, min(lowest, report.score)
    if run < NEAR_DONE_WEEKS:
        return None
    return _warning("stuck_near_done", score=lowest, weeks=run)


def green_until_deadline(history: History, week: str, due: date, current: str) -> Warning | None:
    """Every report green, then only red from a week at most two weeks before the due week."""
    if current in CLOSED:
        return None
    return _green_until_deadline(reports_until(history, week), due)


def _green_until_deadline(reports: list[tuple[str, Report]], due: date) -> Warning | None:
    """`green_until_deadline` on reports already sorted."""
    turn = next((i for i, (_, r) in enumerate(reports) if r.flag != "green"), None)
    if not turn or any(r.flag != "red" for _, r in reports[turn:]):
        return None  # never green first, never turned, or it went yellow: it warned
    first_red = reports[turn][0]
    if weeks_between(first_red, weeks.of(due)) > CLIFF_WEEKS:
        return None
    return _warning("green_until_deadline")


def warnings_for(
    history: History, week: str, *, current: str, due: date, reference: date, slips: int
) -> list[Warning]:
    """Every warning that applies, in a fixed order; none for a closed key result.

    Runs once per key result of every digest, so the history is sorted once for all rules.
    """
    if current in CLOSED:
        return []
    reports = reports_until(history, week)
    found = [
        slipping(slips),
        overdue(due, reference, current),
        _stuck_near_done(reports),
        _green_until_deadline(reports, due),
    ]
    return [warning for warning in found if warning is not None]


# Reply rates


def reply_rate(statuses: Iterable[str]) -> float | None:
    """Share of expected reports that came: flags over flags plus missing (away excused)."""
    reported = expected = 0
    for value in statuses:
        if value in FLAGS:
            reported += 1
            expected += 1
        elif value == "missing":
            expected += 1
    return reported / expected if expected else None


# Quarter end


def quarter_end(period_quarter: str) -> date:
    year, number = period_quarter.split("-Q")
    last_month = int(number) * 3
    if last_month == 12:
        return date(int(year), 12, 31)
    return date(int(year), last_month + 1, 1) - timedelta(days=1)


def _quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def closing_periods(week: str) -> tuple[str, tuple[str, ...]] | None:
    """At a quarter's last digest week: (the quarter, every period ending with it).

    The last digest week of a period is the ISO week holding its last day. A half year or
    a year ending the same day ends in the same week, so its key results count too.
    """
    for day in (weeks.monday(week), weeks.sunday(week)):
        quarter = _quarter_of(day)
        end = quarter_end(quarter)
        if weeks.of(end) != week:
            continue
        number = int(quarter[-1])
        periods = [quarter]
        if number % 2 == 0:
            periods.append(f"{end.year}-H{number // 2}")
        if number == 4:
            periods.append(str(end.year))
        return quarter, tuple(periods)
    return None


def ended_badly(history: History, week: str, *, current: str, due: date, reference: date) -> bool:
    """Ended red or late: not done or dropped, and past its due date or last flagged red."""
    if current in CLOSED:
        return False
    reports = reports_until(history, week)
    last_red = bool(reports) and reports[-1][1].flag == "red"
    return due < reference or last_red


def days_warned(history: History, week: str, due: date) -> int | None:
    """Days before the due date it first turned yellow or red; None if it never did before.

    None is a watermelon: green outside until it missed, red only inside.
    """
    first = next((r for _, r in reports_until(history, week) if r.flag != "green"), None)
    if first is None:
        return None
    days = (due - first.at.date()).days
    return days if days > 0 else None


def grade(history: History, week: str, state: str) -> float | None:
    """The last score of the period; done without any score counts as 1.0; dropped: none."""
    if state == "dropped":
        return None
    scores = [r.score for _, r in reports_until(history, week) if r.score is not None]
    if scores:
        return scores[-1]
    return 1.0 if state == "done" else None


def grade_note(share_high: float) -> str:
    if share_high > TOO_EASY:
        return "goals may not be aggressive enough"
    if share_high < FAR_BELOW:
        return "far below"
    return ""
