"""One verdict per key result: "thank them" never stands next to a warning or an old red."""

from __future__ import annotations

from datetime import date

import pytest

from okr.digest.model import WARNINGS, Warning
from okr.digest.verdicts import QUESTIONS, judge

TODAY = date(2026, 11, 20)
AHEAD = date(2026, 12, 31)
PASSED = date(2026, 11, 10)


def warning(code: str) -> Warning:
    values = {"count": 3, "days": 10, "score": 0.9, "weeks": 4}
    return Warning(code, WARNINGS[code].format(**values))


def red(weeks: int, *codes: str, due: date = AHEAD):
    return judge(
        status="red",
        weeks_in_red=weeks,
        warnings=[warning(c) for c in codes],
        due=due,
        reference=TODAY,
    )


@pytest.mark.parametrize("weeks", [1, 2])
def test_a_new_red_with_the_date_ahead_is_raised_early(weeks):
    verdict = red(weeks)
    assert verdict.code == "raised_early"
    assert verdict.text == "Raised early - thank them."
    assert verdict.question and verdict.question.startswith("Thanks for raising it early")


@pytest.mark.parametrize("code", ["green_until_deadline", "slipping", "overdue", "stuck_near_done"])
def test_no_thanks_next_to_a_warning(code):
    verdict = red(1, code)
    assert verdict.code == code
    assert "thank" not in verdict.text.lower()
    assert verdict.text.startswith(WARNINGS[code][:10].capitalize())


def test_green_until_the_deadline_asks_what_can_still_land_and_what_to_learn():
    verdict = red(2, "green_until_deadline")
    assert verdict.question == QUESTIONS["green_until_deadline"]
    assert "earlier" in (verdict.question or "")


def test_a_long_red_asks_whether_the_plan_works():
    verdict = red(4)
    assert verdict.code == "long_red"
    assert verdict.text == "Red for weeks: look at the plan, not the people."
    assert "re-scope" in (verdict.question or "") and "drop" in (verdict.question or "")


def test_a_long_red_that_slips_is_about_the_next_date():
    verdict = red(5, "slipping")
    assert verdict.code == "slipping"
    assert verdict.question == "What would make the next date hold?"


def test_a_long_red_beats_overdue():
    assert red(3, "overdue").code == "long_red"


def test_a_new_red_past_its_date_is_no_early_warning():
    verdict = red(1, due=PASSED)
    assert verdict.code == "red"
    assert verdict.question == "What would it take? Who could help?"
    assert red(1, due=TODAY).code == "red"  # due today is not ahead


def test_silence_asks_what_is_in_the_way_of_reporting():
    once = judge(status="missing", silent_weeks=1, due=AHEAD, reference=TODAY)
    long = judge(status="missing", silent_weeks=3, due=AHEAD, reference=TODAY)
    assert once.text == "No report this week."
    assert long.text == "No report for 3 weeks in a row."
    assert long.code == "silent"
    assert long.question == "Is something in the way of reporting? How can I help?"


def test_silence_wins_over_its_warnings():
    verdict = judge(
        status="missing", silent_weeks=2, warnings=[warning("overdue")], due=PASSED, reference=TODAY
    )
    assert verdict.code == "silent"


@pytest.mark.parametrize("status", ["away", "done", "dropped", "green"])
def test_nothing_to_ask(status):
    verdict = judge(status=status, due=AHEAD, reference=TODAY)
    assert verdict.code == status and verdict.question is None and verdict.text == ""


def test_a_yellow_or_green_with_a_warning_takes_the_warnings_verdict():
    stuck = judge(
        status="yellow", warnings=[warning("stuck_near_done")], due=AHEAD, reference=TODAY
    )
    assert stuck.code == "stuck_near_done"
    assert stuck.text.startswith("Stuck near done")
    green = judge(
        status="green",
        warnings=[warning("stuck_near_done"), warning("slipping")],
        due=AHEAD,
        reference=TODAY,
    )
    assert green.code == "slipping"  # the more telling warning names it
    plain = judge(status="yellow", due=AHEAD, reference=TODAY)
    assert plain.code == "yellow" and plain.text == ""


def test_every_verdict_code_has_its_question():
    statuses = ["red", "missing", "away", "done", "dropped", "green", "yellow"]
    for status in statuses:
        for weeks in (1, 2, 3, 6):
            for codes in ([], ["overdue"], ["slipping"], ["green_until_deadline"]):
                verdict = judge(
                    status=status,
                    weeks_in_red=weeks if status == "red" else 0,
                    silent_weeks=weeks,
                    warnings=[warning(c) for c in codes],
                    due=AHEAD,
                    reference=TODAY,
                )
                assert verdict.code in QUESTIONS
                assert verdict.question == QUESTIONS[verdict.code]
                if verdict.code == "raised_early":
                    assert not codes and weeks <= 2
