"""The digest's rules on hand-written histories: no database, one rule and its near miss each."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from okr import weeks
from okr.digest import signals as rules
from okr.digest.model import STATUSES
from okr.digest.signals import Report

WEEK = "2026-W47"  # Monday 16 November 2026 to Sunday 22 November
LONG_AGO = datetime(2026, 9, 1, tzinfo=UTC)


def at(week: str, days: int = 1) -> datetime:
    """A moment inside `week` (Tuesday by default)."""
    return datetime.combine(weeks.monday(week), datetime.min.time(), tzinfo=UTC) + timedelta(
        days=days, hours=10
    )


def history(*flags: str | tuple[str, float | None], last: str = WEEK) -> dict[str, Report]:
    """Reports for consecutive weeks ending with `last`; `None` leaves a week unreported."""
    out = {}
    for offset, entry in enumerate(reversed(flags)):
        if entry is None:
            continue
        flag, score = entry if isinstance(entry, tuple) else (entry, None)
        week = weeks.shift(last, -offset)
        out[week] = Report(flag, score, at(week))
    return out


def status(week: str, hist, **life) -> str:
    life = {"created_at": LONG_AGO, "state": "active", "closed_at": None, **life}
    return rules.status(week, hist, **life)


# Status and trend


def test_status_of_a_week():
    hist = history("green", "red")
    assert status(WEEK, hist) == "red"
    assert status("2026-W46", hist) == "green"
    assert status("2026-W45", hist) == "missing"
    assert status("2026-W45", hist, away=True) == "away"
    assert status(WEEK, hist, created_at=at("2026-W48")) == "none"
    closed = at(WEEK, days=3)
    assert status(WEEK, hist, state="done", closed_at=closed) == "done"
    assert status(WEEK, hist, state="dropped", closed_at=closed) == "dropped"
    assert status("2026-W46", hist, state="done", closed_at=closed) == "green"  # not closed yet


def test_trend_is_six_weeks_oldest_first_with_none_before_creation():
    hist = history("green", None, "yellow", "red")
    trend = rules.trend(
        WEEK, hist, created_at=at("2026-W43"), state="active", closed_at=None, away=True
    )
    assert trend == ["none", "missing", "green", "missing", "yellow", "red"]
    assert set(trend) <= set(STATUSES)
    silent = rules.trend(WEEK, {}, created_at=LONG_AGO, state="active", closed_at=None, away=True)
    assert silent == ["missing"] * 5 + ["away"]  # away is only known for the digest's week


# Streaks


def test_red_streak_counts_weeks_in_a_row_ending_this_week():
    assert rules.red_streak(history("green", "red", "red", "red"), WEEK) == (3, "2026-W45")
    assert rules.red_streak(history("red", None, "red"), WEEK) == (1, WEEK)  # a gap breaks it
    assert rules.red_streak(history("red", "yellow"), WEEK) == (0, None)
    # Later weeks do not count for an earlier digest.
    assert rules.red_streak(history("red", "red", "green"), "2026-W46") == (2, "2026-W45")


def test_silence_counts_weeks_without_a_report_since_creation():
    assert rules.silent_weeks(history("green", None, None), WEEK, LONG_AGO) == 2
    assert rules.silent_weeks(history("green"), WEEK, LONG_AGO) == 0
    assert rules.silent_weeks({}, WEEK, at("2026-W46")) == 2  # created last week, never replied
    assert rules.silent_weeks({}, WEEK, at(WEEK)) == 1
    assert rules.silent_weeks({}, WEEK, at("2026-W48")) == 0
    assert rules.silent_streak("2026-W40", LONG_AGO, WEEK) == 7
    # Across a year boundary (2026 has 53 ISO weeks).
    assert rules.silent_streak("2026-W52", LONG_AGO, "2027-W02") == 3


def test_raised_early_means_red_before_the_due_date():
    assert rules.raised_early("red", "2026-W46", date(2026, 11, 30))
    assert not rules.raised_early("red", "2026-W46", date(2026, 11, 15))  # that Sunday: too late
    assert not rules.raised_early("yellow", "2026-W46", date(2026, 11, 30))


# Warnings, each with a near miss


def test_slipping_needs_two_moves():
    warning = rules.slipping(3)
    assert warning.code == "slipping" and "moved 3 times" in warning.text
    assert rules.slipping(2) is not None
    assert rules.slipping(1) is None


def test_overdue_counts_days_since_the_due_date():
    warning = rules.overdue(date(2026, 11, 10), date(2026, 11, 19), "yellow")
    assert warning.code == "overdue" and "9 days ago" in warning.text
    assert rules.overdue(date(2026, 11, 19), date(2026, 11, 19), "red") is None  # due today
    assert rules.overdue(date(2026, 11, 10), date(2026, 11, 19), "done") is None


def test_stuck_near_done_for_three_reports():
    stuck = history(("green", 0.8), ("green", 0.9), ("green", 0.95), ("yellow", 0.99))
    warning = rules.stuck_near_done(stuck, WEEK, "yellow")
    assert warning.code == "stuck_near_done"
    assert "90% or more for 3 weeks" in warning.text
    two = history(("green", 0.8), ("green", 0.9), ("green", 0.95))
    assert rules.stuck_near_done(two, WEEK, "green") is None
    broken = history(("green", 0.9), ("green", 0.5), ("green", 0.9), ("green", 0.9))
    assert rules.stuck_near_done(broken, WEEK, "green") is None
    assert rules.stuck_near_done(stuck, WEEK, "done") is None
    # A report without a score neither counts nor breaks the run.
    unscored = history(("green", 0.9), ("green", None), ("green", 0.9), ("green", 0.92))
    assert rules.stuck_near_done(unscored, WEEK, "green") is not None


def test_green_until_the_deadline():
    due = date(2026, 11, 26)  # Thursday of the week after: red came in its last two weeks
    cliff = history("green", "green", "green", "green", "red", "red")
    warning = rules.green_until_deadline(cliff, WEEK, due, "red")
    assert warning.code == "green_until_deadline"
    # Red three weeks before the due week: it warned in time.
    early = history("green", "green", "green", "red", "red", "red")
    assert rules.green_until_deadline(early, WEEK, due, "red") is None
    # It went yellow first: the flag did its job.
    warned = history("green", "green", "green", "green", "yellow", "red")
    assert rules.green_until_deadline(warned, WEEK, due, "red") is None
    # Red from the start, or back to green: not this story.
    assert rules.green_until_deadline(history("red", "red"), WEEK, due, "red") is None
    recovered = history("green", "green", "green", "red", "green")
    assert rules.green_until_deadline(recovered, WEEK, due, "green") is None
    assert rules.green_until_deadline(cliff, WEEK, due, "done") is None


def test_warnings_for_lists_all_in_order_and_none_when_closed():
    hist = history(("green", 0.9), ("green", 0.95), ("green", 0.97), ("red", 0.97))
    found = rules.warnings_for(
        hist, WEEK, current="red", due=date(2026, 11, 18), reference=date(2026, 11, 19), slips=2
    )
    assert [w.code for w in found] == [
        "slipping",
        "overdue",
        "stuck_near_done",
        "green_until_deadline",
    ]
    assert (
        rules.warnings_for(
            hist,
            WEEK,
            current="dropped",
            due=date(2026, 11, 18),
            reference=date(2026, 11, 19),
            slips=2,
        )
        == []
    )


def test_reply_rate_excuses_away_and_ignores_closed():
    assert rules.reply_rate(["red", "green", "missing", "away", "done", "none"]) == 2 / 3
    assert rules.reply_rate(["away", "done"]) is None


# Quarter end


def test_closing_periods_is_the_week_holding_the_last_day():
    assert rules.closing_periods("2026-W53") == ("2026-Q4", ("2026-Q4", "2026-H2", "2026"))
    assert rules.closing_periods("2026-W52") is None
    assert rules.closing_periods("2026-W14") == ("2026-Q1", ("2026-Q1",))  # Tue 31 March
    assert rules.closing_periods("2026-W27") == ("2026-Q2", ("2026-Q2", "2026-H1"))
    assert rules.closing_periods("2026-W40") == ("2026-Q3", ("2026-Q3",))  # Wed 30 September
    assert rules.closing_periods(WEEK) is None


def test_days_warned_and_watermelons():
    due = date(2026, 11, 30)
    hist = history("green", "yellow", "red", "red")
    assert rules.days_warned(hist, WEEK, due) == (due - at("2026-W45").date()).days
    assert rules.days_warned(history("green", "green"), WEEK, due) is None
    # First yellow only after the due date: a watermelon too.
    assert rules.days_warned(history("green", "red"), WEEK, date(2026, 11, 1)) is None


def test_ended_badly_is_late_or_last_red():
    reference = date(2026, 11, 19)
    green = history("green")
    assert rules.ended_badly(
        green, WEEK, current="green", due=date(2026, 11, 1), reference=reference
    )
    assert not rules.ended_badly(
        green, WEEK, current="green", due=date(2026, 12, 1), reference=reference
    )
    assert rules.ended_badly(
        history("red", None), WEEK, current="missing", due=date(2026, 12, 1), reference=reference
    )
    assert not rules.ended_badly(
        history("red"), WEEK, current="done", due=date(2026, 11, 1), reference=reference
    )


def test_grade_is_the_last_score():
    assert (
        rules.grade(history(("green", 0.4), ("green", 0.7), ("green", None)), WEEK, "active") == 0.7
    )
    assert rules.grade({}, WEEK, "done") == 1.0
    assert rules.grade({}, WEEK, "active") is None
    assert rules.grade(history(("green", 0.9)), WEEK, "dropped") is None
    assert rules.grade_note(0.81) == "goals may not be aggressive enough"
    assert rules.grade_note(0.8) == ""
    assert rules.grade_note(0.29) == "far below"
    assert rules.grade_note(0.3) == ""
