"""A new date said as a weekday alone is counted from the day the reply was written, and
"next Friday" is asked whenever it can mean this week's Friday or the next one."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from okr.replies.dates import parse_date, two_weekdays

MONDAY = date(2026, 11, 16)
WEEK = [MONDAY + timedelta(days=n) for n in range(7)]


@pytest.mark.parametrize("today", WEEK, ids=lambda d: d.strftime("%A"))
def test_a_weekday_alone_is_the_next_such_day(today: date) -> None:
    found = parse_date("Friday", today)
    assert found is not None
    day, length = found
    assert length == len("Friday")
    assert day.weekday() == 4
    assert 1 <= (day - today).days <= 7


@pytest.mark.parametrize("today", WEEK, ids=lambda d: d.strftime("%A"))
def test_next_weeks_weekday_is_in_the_week_after_this_one(today: date) -> None:
    for said in ("Wednesday next week", "mercredi de la semaine prochaine", "来週の水曜日"):
        found = parse_date(said, today)
        assert found is not None, said
        assert found[0] == MONDAY + timedelta(days=9), said


@pytest.mark.parametrize("today", WEEK, ids=lambda d: d.strftime("%A"))
def test_next_friday_is_asked_while_this_weeks_friday_is_ahead(today: date) -> None:
    found = parse_date("next Friday", today)
    asked = two_weekdays("next Friday", today)
    if today.weekday() < 4:
        assert found is None
        assert asked == "next Friday can be 20 November or 27 November"
    else:  # this week's Friday is today or gone: only the coming one is left
        assert asked is None
        assert found is not None and found[0] == MONDAY + timedelta(days=11)


def test_a_weekday_with_a_day_after_it_is_never_just_that_weekday() -> None:
    thursday = date(2026, 11, 19)
    assert parse_date("Thursday the 16th", thursday) is None  # no Thursday 16th is near
    assert parse_date("Friday's review", thursday) is None
    assert parse_date("Fr", thursday) is None  # too short to stand alone
