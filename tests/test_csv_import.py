"""CSV import rules: every bad row is reported with its line, and a bad file writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from okr.errors import InvalidInput
from okr.extensions import db
from okr.models import ChangeSource, DeadlineChange, KeyResult, Objective, Person
from okr.services import csvio, okrs
from tests.conftest import make_kr, make_person

PEOPLE_HEADER = "email,name,manager_email,timezone"
OKR_HEADER = "owner_email,objective,key_result,due,period"


def csv_text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def snapshot() -> tuple:
    """Everything an import may touch, to prove that a refused import changed nothing."""
    return (
        db.session.execute(
            select(Person.email, Person.name, Person.manager_id, Person.timezone).order_by(
                Person.id
            )
        ).all(),
        db.session.execute(select(Objective.title, Objective.period).order_by(Objective.id)).all(),
        db.session.execute(select(KeyResult.title, KeyResult.due).order_by(KeyResult.id)).all(),
        db.session.scalar(select(func.count(DeadlineChange.id))),
    )


def messages(plan: csvio.ImportPlan) -> list[str]:
    return [str(error) for error in plan.errors]


def person(address: str) -> Person:
    return db.session.scalar(select(Person).where(Person.email == address))


@pytest.fixture
def boss(app) -> Person:
    return make_person("boss@example.com", "Bea Boss")


# --- people: what a good file does -------------------------------------------------


def test_people_are_created_with_managers_from_the_file_in_any_order(app):
    plan = csvio.run(
        "people",
        csv_text(
            PEOPLE_HEADER,
            "Bob@Example.com,Bob Report,ann@example.com,Europe/Berlin",
            "ann@example.com,Ann Top,,",
        ),
    )
    assert plan.errors == []
    assert (plan.creates, plan.updates, plan.unchanged, plan.applied) == (2, 0, 0, True)
    bob, ann = person("bob@example.com"), person("ann@example.com")
    assert (bob.name, bob.timezone, bob.manager_id) == ("Bob Report", "Europe/Berlin", ann.id)
    assert (ann.manager_id, ann.timezone) == (None, "UTC")
    assert plan.summary() == "people: 2 created, 0 updated, 0 unchanged"


def test_people_upsert_by_email_ignoring_case_and_keep_other_fields(boss):
    make_person("dana@example.com", "Dana Old", is_admin=True, away_until=date(2026, 12, 1))
    make_person("eve@example.com", "Eve Same", manager=boss, timezone="Europe/Paris")
    plan = csvio.run(
        "people",
        csv_text(
            PEOPLE_HEADER,
            "DANA@example.com,Dana New,boss@example.com,America/New_York",
            "eve@example.com,Eve Same,boss@example.com,Europe/Paris",
            "finn@example.com,Finn,dana@example.com,",
        ),
    )
    assert (plan.creates, plan.updates, plan.unchanged) == (1, 1, 1)
    dana = person("dana@example.com")
    assert (dana.name, dana.manager_id, dana.timezone) == ("Dana New", boss.id, "America/New_York")
    assert dana.is_admin and dana.away_until == date(2026, 12, 1)
    assert person("finn@example.com").manager_id == dana.id
    assert db.session.scalar(select(func.count(Person.id))) == 4


def test_manager_can_be_removed_by_an_empty_cell(boss):
    make_person("dana@example.com", "Dana", manager=boss)
    plan = csvio.run("people", csv_text(PEOPLE_HEADER, "dana@example.com,Dana,,UTC"))
    assert plan.updates == 1
    assert person("dana@example.com").manager_id is None


def test_columns_in_any_order_extra_columns_ignored_and_header_case_free(app):
    plan = csvio.run(
        "people",
        csv_text(
            "Timezone, Name ,notes,EMAIL,manager_email",
            "Asia/Tokyo,Kenji,likes tea,kenji@example.com,",
        ),
    )
    assert plan.ok and plan.creates == 1
    kenji = person("kenji@example.com")
    assert (kenji.name, kenji.timezone) == ("Kenji", "Asia/Tokyo")


def test_utf8_bom_crlf_blank_lines_and_non_ascii_names_are_accepted(app):
    data = ("\ufeff" + PEOPLE_HEADER + "\r\n\r\nzoe@example.com,Zoë Ångström,,\r\n,,,\r\n").encode()
    plan = csvio.run("people", data)
    assert plan.ok and plan.rows == 1
    assert person("zoe@example.com").name == "Zoë Ångström"


def test_a_quote_before_a_formula_character_is_removed_on_import(app):
    plan = csvio.run("people", csv_text(PEOPLE_HEADER, "eq@example.com,'=Not A Formula,,"))
    assert plan.ok
    assert person("eq@example.com").name == "=Not A Formula"


def test_dry_run_counts_but_writes_nothing(boss):
    before = snapshot()
    plan = csvio.run(
        "people",
        csv_text(PEOPLE_HEADER, "new@example.com,New,boss@example.com,", "boss@example.com,B,,"),
        dry_run=True,
    )
    assert (plan.creates, plan.updates, plan.applied) == (1, 1, False)
    assert plan.summary(dry_run=True) == (
        "people: would create 1, would update 1, 0 unchanged (dry run, nothing written)"
    )
    db.session.rollback()
    assert snapshot() == before


# --- people: every bad input, with its message, and nothing written -----------------

PEOPLE_ROW_ERRORS = [
    pytest.param(
        ["ann@example.com,Ann,,", "ANN@example.com,Ann Again,,"],
        "line 3: email ann@example.com is already on line 2",
        id="duplicate-email",
    ),
    pytest.param(
        ["not-an-address,Ann,,"],
        "line 2: email: 'not-an-address' is not an email address: "
        "an email address must have an @-sign.",
        id="bad-email",
    ),
    pytest.param(
        [",Ann,,"],
        "line 2: email: an email address is required",
        id="missing-email",
    ),
    pytest.param(["ann@example.com,,,"], "line 2: name: the name is required", id="empty-name"),
    pytest.param(
        ['ann@example.com,"Ann', 'Bcc: everyone@example.com",,'],
        "line 2: name: the name must be one line without control characters",
        id="name-with-newline",
    ),
    pytest.param(
        ["ann@example.com,Ann\x07Bell,,"],
        "line 2: name: the name must be one line without control characters",
        id="name-with-control-character",
    ),
    pytest.param(
        ["ann@example.com,Ann,,Mars/Olympus"],
        "line 2: timezone: 'Mars/Olympus' is not an IANA timezone "
        "(for example Europe/Berlin or America/New_York)",
        id="bad-timezone",
    ),
    pytest.param(
        ["ann@example.com,Ann,,", "bob@example.com,Bob,ann@example.com,", "c@example.com,C,x@y,"],
        "line 4: manager_email: 'x@y' is not an email address: "
        "the part after the @-sign is not valid. It should have a period.",
        id="bad-manager-email",
    ),
    pytest.param(
        ["ann@example.com,Ann,,", "", "bob@example.com,Bob,boss@x.com,"],
        "line 4: manager_email boss@x.com is not in the file or the database",
        id="unknown-manager",
    ),
    pytest.param(
        ["ann@example.com,Ann,ann@example.com,"],
        "line 2: manager_email makes a reporting loop: ann@example.com reports to ann@example.com",
        id="own-manager",
    ),
    pytest.param(
        [
            "top@example.com,Top,,",
            "a@example.com,A,c@example.com,",
            "b@example.com,B,a@example.com,",
            "c@example.com,C,b@example.com,",
        ],
        "line 3: manager_email makes a reporting loop: a@example.com reports to c@example.com, "
        "who reports to b@example.com, who reports to a@example.com",
        id="loop-in-file",
    ),
    pytest.param(
        ["ann@example.com,Ann,,,surplus"],
        "line 2: the row has more values than the header has columns (4); "
        "put quotes around a value that contains a comma",
        id="too-many-values",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), PEOPLE_ROW_ERRORS)
def test_bad_people_rows_are_reported_and_nothing_is_written(app, rows, expected):
    make_person("existing@example.com")
    before = snapshot()
    plan = csvio.run("people", csv_text(PEOPLE_HEADER, *rows))
    assert messages(plan) == [expected]
    assert not plan.applied
    assert plan.summary().startswith("people: 1 error in ")
    db.session.rollback()
    assert snapshot() == before


def test_loop_through_people_already_in_the_database_is_refused(boss):
    make_person("bob@example.com", "Bob", manager=boss)
    make_person("cy@example.com", "Cy", manager=person("bob@example.com"))
    before = snapshot()
    plan = csvio.run("people", csv_text(PEOPLE_HEADER, "boss@example.com,Bea Boss,cy@example.com,"))
    assert messages(plan) == [
        "line 2: manager_email makes a reporting loop: boss@example.com reports to "
        "cy@example.com, who reports to bob@example.com, who reports to boss@example.com"
    ]
    assert plan.errors[0].column == "manager_email"
    db.session.rollback()
    assert snapshot() == before


def test_a_file_can_untangle_what_would_otherwise_loop(boss):
    """Moving boss under bob is fine when the same file moves bob out from under boss."""
    make_person("bob@example.com", "Bob", manager=boss)
    plan = csvio.run(
        "people",
        csv_text(PEOPLE_HEADER, "boss@example.com,Bea,bob@example.com,", "bob@example.com,Bob,,"),
    )
    assert plan.ok, messages(plan)
    assert person("boss@example.com").manager_id == person("bob@example.com").id


def test_a_long_loop_names_the_first_people_and_counts_the_rest(app):
    rows = [f"p{i}@example.com,P{i},p{(i + 1) % 30}@example.com," for i in range(30)]
    plan = csvio.plan("people", csv_text(PEOPLE_HEADER, *rows))
    assert len(plan.errors) == 1
    message = str(plan.errors[0])
    assert message.startswith("line 2: manager_email makes a reporting loop: p0@example.com ")
    assert "and so on through 20 more people, who reports to p0@example.com" in message


def test_every_bad_row_is_reported_in_line_order_and_good_rows_are_not_written(app):
    before = snapshot()
    plan = csvio.run(
        "people",
        csv_text(
            PEOPLE_HEADER,
            "good@example.com,Good,,",
            "bad,,,Nowhere/Land",
            "also-good@example.com,Also Good,good@example.com,",
            "late@example.com,Late,ghost@example.com,",
        ),
    )
    assert messages(plan) == [
        "line 3: email: 'bad' is not an email address: an email address must have an @-sign.",
        "line 3: name: the name is required",
        "line 3: timezone: 'Nowhere/Land' is not an IANA timezone "
        "(for example Europe/Berlin or America/New_York)",
        "line 5: manager_email ghost@example.com is not in the file or the database",
    ]
    assert [error.column for error in plan.errors] == ["email", "name", "timezone", "manager_email"]
    assert plan.summary() == "people: 4 errors in 4 rows; nothing imported"
    db.session.rollback()
    assert snapshot() == before


def test_line_numbers_count_physical_lines_after_a_multi_line_cell(app):
    plan = csvio.plan(
        "people",
        csv_text(PEOPLE_HEADER, 'a@example.com,"two', 'lines",,', "", "b@example.com,B,,Bad/Zone"),
    )
    assert [error.line for error in plan.errors] == [2, 5]


# --- file-level problems --------------------------------------------------------------

FILE_ERRORS = [
    pytest.param(b"", "the file is empty", id="empty"),
    pytest.param(b"\xef\xbb\xbf \r\n", "the file is empty", id="only-bom-and-blank"),
    pytest.param(
        "email,name,manager_email,timezone\nzoe@example.com,Zoë,,\n".encode("latin-1"),
        'line 2: the file is not UTF-8 text (byte 53 is not valid UTF-8); save it as "CSV UTF-8"',
        id="latin-1",
    ),
    pytest.param(
        "email,name,manager_email,timezone\n".encode("utf-16"),
        'line 1: the file is not UTF-8 text (byte 1 is not valid UTF-8); save it as "CSV UTF-8"',
        id="utf-16",
    ),
    pytest.param(
        b"email,name,manager_email,timezone\nab\x00cd,x,,\n",
        "the file contains NUL bytes: it is not a CSV text file",
        id="binary",
    ),
    pytest.param(
        b'email,name,manager_email,timezone\na@example.com,"Ann,,\n',
        "line 2: the file is not valid CSV (unexpected end of data)",
        id="unterminated-quote",
    ),
    pytest.param(
        b'email,name,manager_email,timezone\na@example.com,"Ann"x,,\n',
        "line 2: the file is not valid CSV (',' expected after '\"')",
        id="garbage-after-quote",
    ),
    pytest.param(
        b"email,name,manager_email,timezone\n",
        "the file has a header but no data rows",
        id="header-only",
    ),
    pytest.param(
        b"email,name\na@example.com,Ann\n",
        "line 1: the header is missing the columns manager_email, timezone "
        "(expected: email,name,manager_email,timezone)",
        id="missing-columns",
    ),
    pytest.param(
        b"email,name,manager_email\na@example.com,Ann,\n",
        "line 1: the header is missing the column timezone "
        "(expected: email,name,manager_email,timezone)",
        id="missing-one-column",
    ),
    pytest.param(
        b"a@example.com,Ann,,UTC\n",
        "line 1: the header is missing the columns email, name, manager_email, timezone "
        "(expected: email,name,manager_email,timezone)",
        id="no-header",
    ),
    pytest.param(
        b"email;name;manager_email;timezone\na@example.com;Ann;;\n",
        "line 1: the header is missing the columns email, name, manager_email, timezone "
        "(expected: email,name,manager_email,timezone); the file seems to use ';' between "
        "values: save it with commas",
        id="semicolons",
    ),
    pytest.param(
        b"email,name,manager_email,timezone,EMAIL\na@example.com,Ann,,,\n",
        "line 1: the header names the column email twice",
        id="duplicate-column",
    ),
]


@pytest.mark.parametrize(("data", "expected"), FILE_ERRORS)
def test_unusable_files_are_refused_as_a_whole(app, data, expected):
    make_person("existing@example.com")
    before = snapshot()
    with pytest.raises(csvio.CsvFileError) as caught:
        csvio.run("people", data)
    assert str(caught.value) == expected
    db.session.rollback()
    assert snapshot() == before


def test_too_many_rows_is_refused_before_checking_them(app, monkeypatch):
    monkeypatch.setattr(csvio.reading, "MAX_ROWS", 3)
    rows = [f"p{i}@example.com,P{i},," for i in range(4)]
    assert csvio.plan("people", csv_text(PEOPLE_HEADER, *rows[:3])).ok
    with pytest.raises(csvio.CsvFileError, match="more than 3 data rows; split it"):
        csvio.run("people", csv_text(PEOPLE_HEADER, *rows))
    assert db.session.scalar(select(func.count(Person.id))) == 0


# --- OKRs -------------------------------------------------------------------------------


@pytest.fixture
def dana(app) -> Person:
    return make_person("dana@example.com", "Dana")


def test_rows_with_the_same_owner_objective_and_period_share_one_objective(dana):
    plan = csvio.run(
        "okrs",
        csv_text(
            OKR_HEADER,
            "dana@example.com,Win customers,Sign 5 partners,2026-12-15,2026-Q4",
            "DANA@example.com,Win customers,Ship the beta,2026-12-01,2026-q4",
            "dana@example.com,Win customers,Hire a designer,2027-03-01,2027-Q1",
        ),
    )
    assert (plan.creates, plan.new_objectives, plan.updates) == (3, 2, 0)
    assert plan.summary() == "okrs: 3 created, 0 updated, 0 unchanged (2 new objectives)"
    objectives = db.session.scalars(select(Objective).order_by(Objective.id)).all()
    assert [(o.title, o.period, o.owner_id) for o in objectives] == [
        ("Win customers", "2026-Q4", dana.id),
        ("Win customers", "2027-Q1", dana.id),
    ]
    assert [(kr.title, kr.due, kr.owner_id) for kr in objectives[0].key_results] == [
        ("Sign 5 partners", date(2026, 12, 15), dana.id),
        ("Ship the beta", date(2026, 12, 1), dana.id),
    ]


def test_existing_objective_is_reused_and_a_moved_due_date_is_recorded(dana):
    kr = make_kr(dana, "Sign 5 partners", "Win customers", date(2026, 12, 15), "2026-Q4")
    same = make_kr(dana, "Ship the beta", "Win customers", date(2026, 12, 1), "2026-Q4")
    plan = csvio.run(
        "okrs",
        csv_text(
            OKR_HEADER,
            "dana@example.com,Win customers,Sign 5 partners,2027-01-10,2026-Q4",
            "dana@example.com,Win customers,Ship the beta,2026-12-01,2026-Q4",
            "dana@example.com,Win customers,Get 3 referrals,2026-12-20,2026-Q4",
        ),
    )
    assert (plan.creates, plan.updates, plan.unchanged, plan.new_objectives) == (1, 1, 1, 0)
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Objective.id))) == 1
    assert kr.due == date(2027, 1, 10) and same.due == date(2026, 12, 1)
    moves = db.session.scalars(select(DeadlineChange)).all()
    assert [(m.key_result_id, m.old_due, m.new_due, m.source) for m in moves] == [
        (kr.id, date(2026, 12, 15), date(2027, 1, 10), ChangeSource.IMPORT)
    ]


def test_an_objective_with_the_same_title_in_another_period_is_a_new_one(dana):
    make_kr(dana, "Sign 5 partners", "Win customers", date(2026, 12, 15), "2026-Q4")
    plan = csvio.run(
        "okrs",
        csv_text(OKR_HEADER, "dana@example.com,Win customers,Sign 5 partners,2027-06-01,2027-H1"),
    )
    assert (plan.creates, plan.updates, plan.new_objectives) == (1, 0, 1)
    assert db.session.scalar(select(func.count(DeadlineChange.id))) == 0


OKR_ROW_ERRORS = [
    pytest.param(
        "ghost@example.com,Win,Sign,2026-12-01,2026-Q4",
        "line 3: owner_email ghost@example.com is not a person in the database; "
        "import the people first",
        id="unknown-owner",
    ),
    pytest.param(
        "dana,Win,Sign,2026-12-01,2026-Q4",
        "line 3: owner_email: 'dana' is not an email address: "
        "an email address must have an @-sign.",
        id="bad-owner-email",
    ),
    pytest.param(
        "dana@example.com,Win,Sign,,2026-Q4",
        "line 3: due: the due date is required (YYYY-MM-DD)",
        id="missing-due",
    ),
    pytest.param(
        "dana@example.com,Win,Sign,12/01/2026,2026-Q4",
        "line 3: due: '12/01/2026' is not a date; write it as YYYY-MM-DD",
        id="bad-due",
    ),
    pytest.param(
        "dana@example.com,Win,Sign,2026-02-30,2026-Q4",
        "line 3: due: '2026-02-30' is not a date; write it as YYYY-MM-DD",
        id="impossible-due",
    ),
    pytest.param(
        "dana@example.com,Win,Sign,2026-12-01,2026-Q5",
        "line 3: period: '2026-Q5' is not a period; write it as YYYY-Qn (2026-Q4), YYYY-Hn or YYYY",
        id="bad-period",
    ),
    pytest.param(
        "dana@example.com,Win,Sign,2026-12-01,",
        "line 3: period: the period is required (YYYY-Qn, YYYY-Hn or YYYY)",
        id="missing-period",
    ),
    pytest.param(
        "dana@example.com, ,Sign,2026-12-01,2026-Q4",
        "line 3: objective: the objective is required",
        id="empty-objective",
    ),
    pytest.param(
        "dana@example.com,Win,,2026-12-01,2026-Q4",
        "line 3: key_result: the key result is required",
        id="empty-key-result",
    ),
    pytest.param(
        "dana@example.com,Win,Sign\x1b[31m,2026-12-01,2026-Q4",
        "line 3: key_result: the key result must be one line without control characters",
        id="control-character-in-title",
    ),
]


@pytest.mark.parametrize(("row", "expected"), OKR_ROW_ERRORS)
def test_bad_okr_rows_are_reported_and_nothing_is_written(dana, row, expected):
    make_kr(dana)
    before = snapshot()
    plan = csvio.run(
        "okrs",
        csv_text(OKR_HEADER, "dana@example.com,Win,A good one,2026-12-01,2026-Q4", row),
    )
    assert messages(plan) == [expected]
    db.session.rollback()
    assert snapshot() == before


def test_the_same_key_result_twice_in_the_file_is_an_error(dana):
    plan = csvio.run(
        "okrs",
        csv_text(
            OKR_HEADER,
            "dana@example.com,Win,Sign,2026-12-01,2026-Q4",
            "dana@example.com,Other,Sign,2026-12-01,2026-Q4",
            "dana@example.com,Win,Sign,2026-12-09,2026-q4",
        ),
    )
    assert messages(plan) == [
        "line 4: key_result 'Sign' of objective 'Win' (2026-Q4) is already on line 2"
    ]
    assert db.session.scalar(select(func.count(KeyResult.id))) == 0


def test_okr_file_missing_columns_names_them(dana):
    with pytest.raises(csvio.CsvFileError) as caught:
        csvio.run("okrs", csv_text("owner_email,objective,key_result", "dana@example.com,Win,KR"))
    assert str(caught.value) == (
        "line 1: the header is missing the columns due, period "
        "(expected: owner_email,objective,key_result,due,period)"
    )
    assert db.session.scalar(select(func.count(Objective.id))) == 0


# --- all or nothing -------------------------------------------------------------------


def test_a_failure_while_writing_rolls_everything_back(dana, monkeypatch):
    make_kr(dana, "Sign", "Win", date(2026, 12, 1), "2026-Q4")
    before = snapshot()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(okrs, "move_dues", broken)
    plan = csvio.plan(
        "okrs",
        csv_text(
            OKR_HEADER,
            "dana@example.com,New objective,New KR,2026-12-01,2026-Q4",
            "dana@example.com,Win,Sign,2027-01-01,2026-Q4",
        ),
    )
    with pytest.raises(RuntimeError, match="disk full"):
        csvio.apply(plan)
    assert snapshot() == before


def test_a_plan_with_errors_or_already_applied_cannot_be_applied(app):
    bad = csvio.plan("people", csv_text(PEOPLE_HEADER, "x,,,"))
    with pytest.raises(InvalidInput, match="nothing was written"):
        csvio.apply(bad)
    good = csvio.plan("people", csv_text(PEOPLE_HEADER, "ann@example.com,Ann,,"))
    csvio.apply(good)
    with pytest.raises(InvalidInput, match="already applied"):
        csvio.apply(good)
    assert db.session.scalar(select(func.count(Person.id))) == 1


def test_progress_is_reported_for_every_row(app):
    seen: list[int] = []
    rows = [f"p{i}@example.com,P{i},," for i in range(1234)]
    csvio.plan("people", csv_text(PEOPLE_HEADER, *rows), progress=seen.append)
    assert sum(seen) == 1234


# --- size ---------------------------------------------------------------------------------


def test_ten_thousand_people_import_in_one_go(boss):
    managers = ["boss@example.com"] + [f"p{(i - 1) // 10}@example.com" for i in range(1, 10_000)]
    rows = [f"p{i}@example.com,Person {i},{managers[i]}," for i in range(10_000)]
    plan = csvio.run("people", csv_text(PEOPLE_HEADER, *rows))
    assert plan.ok and plan.creates == 10_000
    assert db.session.scalar(select(func.count(Person.id))) == 10_001
    assert person("p9999@example.com").manager.email == "p999@example.com"
    assert person("p0@example.com").manager_id == boss.id


def test_a_row_longer_than_its_header_names_the_header_width(dana):
    plan = csvio.run(
        "okrs",
        csv_text(
            OKR_HEADER + ",notes",
            "dana@example.com,Win,Sign,2026-12-01,2026-Q4,fine",
            "dana@example.com,Win,Sign, again,2026-12-01,2026-Q4,oops",
        ),
    )
    assert messages(plan) == [
        "line 3: the row has more values than the header has columns (6); "
        "put quotes around a value that contains a comma"
    ]
    assert db.session.scalar(select(func.count(KeyResult.id))) == 0
