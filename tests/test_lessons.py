"""Learning from misses (issue 17): which key results a form should ask a lesson for, the
rules of keeping one, and an organisation's mix for the quarter's last digest."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from okr import clock
from okr.errors import InvalidInput
from okr.extensions import db
from okr.models import ChangeSource, LessonKind
from okr.services import lessons, okrs
from tests.conftest import make_kr, make_person

WEEK = "2026-W47"  # the frozen clock's week (Thursday 19 November 2026)
NEXT = "2026-W48"


@pytest.fixture
def dana(app):
    return make_person("dana@example.com", "Dana Owner")


def test_the_kinds_are_read_in_their_words_and_anything_else_lists_them():
    assert lessons.kind_of("Bold bet") is LessonKind.BET
    assert lessons.kind_of("bet") is LessonKind.BET
    assert lessons.kind_of("info") is LessonKind.INFORMATION
    assert lessons.kind_of(LessonKind.SKILL) is LessonKind.SKILL
    with pytest.raises(InvalidInput, match="information, courage, skill, attention, bold bet"):
        lessons.kind_of("luck")


def test_the_form_asks_once_for_what_ended_missed_the_week_before(dana):
    missed = make_kr(dana, "Launch the beta", due=date(2026, 11, 20))  # Friday of W47
    dropped = make_kr(dana, "Open Lisbon", objective="Offices")
    late = make_kr(dana, "Sign the vendor", objective="Vendors", due=date(2026, 11, 30))
    on_time = make_kr(dana, "Hire two", objective="Team", due=date(2026, 12, 31))
    open_kr = make_kr(dana, "Cut costs", objective="Costs", due=date(2026, 12, 31))
    okrs.drop(dropped, "no budget")
    okrs.change_due(late, date(2027, 1, 10), ChangeSource.ADMIN)
    okrs.mark_done(late)
    okrs.mark_done(on_time)
    db.session.commit()

    assert lessons.eligible(dana, WEEK) == []  # all of it happened during W47
    assert [kr.id for kr in lessons.eligible(dana, NEXT)] == [missed.id, dropped.id, late.id]
    assert open_kr.id not in [kr.id for kr in lessons.eligible(dana, NEXT)]
    assert lessons.eligible(dana, "2026-W49") == []  # asked once, not every week after

    lessons.record(dana, dropped, "courage", "say it sooner", NEXT)
    assert dropped.id not in [kr.id for kr in lessons.eligible(dana, NEXT)]


def test_someone_elses_key_results_are_not_asked_of_a_person(dana):
    eli = make_person("eli@example.com", "Eli Else")
    kr = make_kr(eli, "Close the books", due=date(2026, 11, 18))
    assert lessons.eligible(dana, NEXT) == []
    with pytest.raises(InvalidInput, match=f"{kr.ref} is Eli Else's"):
        lessons.record(dana, kr, "skill", "", WEEK)


def test_a_lesson_over_the_limit_is_refused_with_its_length(dana):
    kr = make_kr(dana, "Launch the beta", due=date(2026, 11, 1))
    with pytest.raises(InvalidInput, match="keep it to one line"):
        lessons.record(dana, kr, "skill", "x" * (lessons.MAX_TEXT + 1), WEEK)


def test_the_mix_counts_kinds_and_shows_lessons_as_written_not_by_person(dana):
    eli = make_person("eli@example.com", "Eli Else")
    olga = make_person("olga@example.com", "Olga Outside")
    first = make_kr(dana, "Launch the beta", due=date(2026, 11, 1))
    second = make_kr(eli, "Hire two", objective="Team", due=date(2026, 11, 2))
    third = make_kr(dana, "Open Lisbon", objective="Offices", due=date(2026, 11, 3))
    outside = make_kr(olga, "Outside", objective="Other", due=date(2026, 11, 4))
    lessons.record(dana, first, "attention", "check the vendor's dates weekly", WEEK)
    lessons.record(eli, second, "bet", "ten hires was a stretch worth trying", WEEK)
    lessons.record(dana, third, "attention", "", WEEK)
    lessons.record(olga, outside, "skill", "not ours", WEEK)
    db.session.commit()

    mix = lessons.mix([dana.id, eli.id], "2026-Q4")
    assert mix.counts == {
        "information": 0,
        "courage": 0,
        "skill": 0,
        "attention": 2,
        "bold bet": 1,
    }
    assert mix.total == 3
    assert [(one.ref, one.kind, one.text, one.bold) for one in mix.lessons] == [
        (first.ref, "attention", "check the vendor's dates weekly", False),
        (third.ref, "attention", "", False),
        (second.ref, "bold bet", "ten hires was a stretch worth trying", True),
    ]
    assert lessons.mix([dana.id, eli.id], "2026-Q3").total == 0  # written in Q4
    assert lessons.mix([], "2026-Q4").total == 0


@pytest.mark.parametrize("quarter", ["2026-Q5", "2026", "Q4", ""])
def test_a_quarter_that_is_not_one_is_refused(app, quarter):
    with pytest.raises(InvalidInput, match="write it as 2026-Q4"):
        lessons.mix([1], quarter)


def test_a_lesson_written_later_replaces_the_first_and_keeps_one_row(dana):
    kr = make_kr(dana, "Launch the beta", due=date(2026, 11, 1))
    _, new = lessons.record(dana, kr, "skill", "first", WEEK)
    clock.freeze(datetime(2026, 11, 26, 12, tzinfo=UTC))
    lesson, again = lessons.record(dana, kr, "courage", "second", NEXT)
    assert (new, again) == (True, False)
    assert (lesson.kind, lesson.text, lesson.week) == (LessonKind.COURAGE, "second", NEXT)
    assert lessons.mix([dana.id], "2026-Q4").counts["courage"] == 1
