"""The board's status filter and search find exactly the people the statuses say, in two
statements, on every page: checked against the week's statuses computed one by one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from okr import weeks
from okr.extensions import db
from okr.models import CheckIn, Flag, KeyResult, KRState, Person
from okr.services import okrs
from okr.services.status import STATUSES, board_page, status_counts, week_items
from tests.conftest import NOW, make_kr, make_person

WEEK = "2026-W47"  # NOW's week
BEFORE = "2026-W46"
QUERIES = ("", "dana", "DIAZ", "example.org", "hire", "ship", "%", "nobody")


def check_in(kr: KeyResult, week: str, flag: Flag, at) -> None:
    db.session.add(CheckIn(key_result=kr, week=week, flag=flag, note=flag.value, created_at=at))
    db.session.flush()


def old(kr: KeyResult, weeks_ago: int = 3) -> KeyResult:
    kr.created_at = NOW - timedelta(weeks=weeks_ago)
    return kr


@pytest.fixture
def company(app) -> None:
    """Every way a key result gets its status, spread over people with similar names."""
    last_week = NOW - timedelta(weeks=1)
    dana = make_person("dana@example.com", "Dana Diaz")
    erin = make_person("erin@example.org", "erin ek")  # sorts among capitals by lower()
    fred = make_person("fred@example.com", "Fred Fox")
    gail = make_person("gail@example.com", "Dana Gail")  # "dana" finds both
    make_person("idle@example.com", "Idle Ian")  # no key results: never listed

    corrected_green = old(make_kr(dana, title="Ship the beta"))
    check_in(corrected_green, WEEK, Flag.RED, NOW - timedelta(hours=2))
    check_in(corrected_green, WEEK, Flag.GREEN, NOW)  # the later reply wins
    corrected_red = old(make_kr(erin, title="Hire a designer"))
    check_in(corrected_red, WEEK, Flag.GREEN, NOW - timedelta(hours=2))
    check_in(corrected_red, WEEK, Flag.RED, NOW)
    check_in(corrected_red, BEFORE, Flag.YELLOW, last_week)
    silent = old(make_kr(erin, title="Renew Northwind"))
    check_in(silent, BEFORE, Flag.RED, last_week)  # last week only: missing this week
    yellow = old(make_kr(fred, title="Hire two engineers"))
    check_in(yellow, WEEK, Flag.YELLOW, NOW)
    done_now = old(make_kr(fred, title="Close SOC 2"))
    check_in(done_now, WEEK, Flag.RED, NOW)  # closed this week: done, not red
    okrs.mark_done(done_now)
    dropped_now = old(make_kr(gail, title="Ship the old app"))
    check_in(dropped_now, BEFORE, Flag.GREEN, last_week)
    okrs.drop(dropped_now, "Nobody uses it")
    closed_earlier = old(make_kr(gail, title="Hire an intern"), weeks_ago=6)
    closed_earlier.state = KRState.DONE
    closed_earlier.closed_at = NOW - timedelta(weeks=2)  # before last week: done there
    new = make_kr(gail, title="Ship the mobile app")  # created this week: not last week
    check_in(new, WEEK, Flag.GREEN, NOW)
    db.session.commit()


def expected(week: str, status: str | None, query: str) -> list[int]:
    """The owners, in board order, of the week's key results with that status and text."""
    people = {person.email: person for person in db.session.query(Person)}
    term = query.strip().lower()
    rank: dict[Person, int] = {}  # reds first, then silences, yellows, the rest
    for item in week_items(week):
        owner = people[item.owner]
        text = (owner.name.lower(), owner.email, item.key_result.lower())
        if (status is None or item.status == status) and any(term in part for part in text):
            mine = {"red": 0, "missing": 1, "yellow": 2}.get(item.status, 3)
            rank[owner] = min(rank.get(owner, 3), mine)
    return [p.id for p in sorted(rank, key=lambda p: (rank[p], p.name.lower(), p.id))]


def shown(week: str, status: str | None, query: str) -> tuple[list[int], int]:
    """Every page of the board, two people a page: the people in order, and the total."""
    first = board_page(week, status=status, query=query, per_page=2)
    ids: list[int] = []
    for number in range(1, first.pages + 1):
        board = board_page(week, status=status, query=query, page=number, per_page=2)
        assert (board.page, board.pages, board.total_people) == (
            number,
            first.pages,
            first.total_people,
        )
        ids += [person.id for person in board.people]
    return ids, first.total_people


@pytest.mark.parametrize("week", [WEEK, BEFORE])
def test_filters_and_search_find_exactly_the_statuses_people(company, week):
    found_something = 0
    for status in (None, *STATUSES):
        for query in QUERIES:
            ids, total = shown(week, status, query)
            assert ids == expected(week, status, query), (status, query)
            assert total == len(ids)
            found_something += bool(ids)
    assert found_something > 15  # the company exercises many combinations


def test_rows_of_a_filtered_page_have_that_status(company):
    for status in STATUSES:
        for person in board_page(WEEK, status=status).people:
            rows = [row for objective in person.objectives for row in objective.rows]
            assert rows and {row.item.status for row in rows} == {status}, status


def test_corrections_closures_and_new_key_results(company):
    def titles(week: str, status: str) -> set[str]:
        board = board_page(week, status=status)
        return {r.item.key_result for p in board.people for o in p.objectives for r in o.rows}

    assert titles(WEEK, "green") == {"Ship the beta", "Ship the mobile app"}
    assert titles(WEEK, "red") == {"Hire a designer"}
    assert titles(WEEK, "done") == {"Close SOC 2"}
    assert titles(WEEK, "dropped") == {"Ship the old app"}
    assert titles(WEEK, "missing") == {"Renew Northwind"}
    assert titles(BEFORE, "missing") == {"Ship the beta", "Hire two engineers", "Close SOC 2"}
    assert titles(BEFORE, "done") == set()  # closed two weeks ago: not on the board
    assert "Ship the mobile app" not in titles(BEFORE, "missing")
    assert titles(weeks.shift(BEFORE, -1), "done") == {"Hire an intern"}


def test_a_page_past_the_end_shows_the_last_page(company):
    last = board_page(WEEK, per_page=2, page=99)
    assert (last.page, last.pages, last.total_people) == (2, 2, 4)
    assert last.people == board_page(WEEK, per_page=2, page=2).people
    assert board_page(WEEK, per_page=2, page=-3).page == 1
    nothing = board_page(WEEK, query="nobody", page=5)
    assert (nothing.page, nothing.pages, nothing.total_people, nothing.people) == (1, 1, 0, [])


def test_two_statements_per_board_page_whatever_the_filters(company):
    """One to find the page's people, count them and count their key results by status,
    one for their key results; a status filter adds one, for the counts without it."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        for status in (None, *STATUSES):
            counts = 1 if status else 0
            for query in ("", "dana"):
                for number in (1, 2, 99):
                    db.session.expunge_all()
                    seen.clear()
                    board = board_page(WEEK, status=status, query=query, page=number, per_page=2)
                    if number > board.pages:  # an old link: counted, then the last page
                        expected = 4 if board.people else 2
                    else:
                        expected = 2 if board.people else 1
                    assert len(seen) == expected + counts, (status, query, number)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.mark.parametrize("query", ["", "dana", "nobody"])
@pytest.mark.parametrize("number", [1, 2, 99])
def test_the_counts_on_top_are_the_counts_of_every_matching_key_result(company, query, number):
    """Counted in the statement that finds the page's people, they are the same counts
    as a pass of their own, whatever page is shown, and a status filter leaves them be."""
    expected = status_counts(WEEK, query=query)
    assert board_page(WEEK, query=query, page=number, per_page=2).counts == expected
    for status in STATUSES:
        assert board_page(WEEK, query=query, status=status, per_page=2).counts == expected


def test_the_counts_of_an_organisation_are_its_own(company):
    """Within a manager's organisation (the manager included), counted in the same pass."""
    people = {p.email: p for p in db.session.scalars(db.select(Person))}
    people["erin@example.org"].manager_id = people["dana@example.com"].id
    people["fred@example.com"].manager_id = people["erin@example.org"].id
    db.session.commit()
    dana = people["dana@example.com"].id
    counts = board_page(WEEK, within=dana, per_page=2).counts
    assert counts == status_counts(WEEK, within=dana)
    assert sum(counts.values()) == 5  # Dana's one, Erin's two, Fred's two; not Gail's
    assert counts != status_counts(WEEK)


def test_the_one_person_at_the_top_sees_everyone_and_nobody_outside_their_tree(company):
    """The top of the company is read without the recursive walk: it must give exactly
    the organisation the walk gives, and stop doing so once someone else is at a top."""
    people = {p.email: p for p in db.session.scalars(db.select(Person))}
    dana = people["dana@example.com"]
    for person in people.values():
        if person is not dana:
            person.manager_id = dana.id
    db.session.commit()
    everyone = board_page(WEEK, per_page=50)
    top = board_page(WEEK, within=dana.id, per_page=50)
    assert [p.id for p in top.people] == [p.id for p in everyone.people]
    assert top.counts == everyone.counts == status_counts(WEEK, within=dana.id)

    gail = people["gail@example.com"]
    gail.manager_id = None  # a second tree: Gail's key results are not Dana's to see
    people["fred@example.com"].manager_id = gail.id
    db.session.commit()
    shown = {p.id for p in board_page(WEEK, within=dana.id, per_page=50).people}
    assert shown == {dana.id, people["erin@example.org"].id}
    for status in STATUSES:
        listed = board_page(WEEK, within=dana.id, status=status, per_page=50).people
        assert {p.id for p in listed} <= shown
    assert sum(status_counts(WEEK, within=dana.id).values()) == 3  # Dana's one, Erin's two
