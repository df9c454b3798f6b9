"""CSV export: the import's own format, stable order, streamed, and safe in a spreadsheet."""

from __future__ import annotations

import csv
import inspect
import io
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from okr.extensions import db
from okr.models import DeadlineChange, KeyResult, Objective, Person
from okr.services import csvio, okrs
from tests.conftest import make_kr, make_person


def exported(kind: str) -> str:
    return "".join(csvio.export(kind))


def test_people_export_lists_everyone_by_email_with_manager_and_timezone(app):
    boss = make_person("boss@example.com", "Bea Boss", timezone="Europe/Berlin")
    make_person("zed@example.com", "Zed", manager=boss)
    make_person("amy@example.com", "Amy, Jr.", manager=boss, active=False)
    assert exported("people") == (
        "email,name,manager_email,timezone\n"
        'amy@example.com,"Amy, Jr.",boss@example.com,UTC\n'
        "boss@example.com,Bea Boss,,Europe/Berlin\n"
        "zed@example.com,Zed,boss@example.com,UTC\n"
    )


def test_okr_export_has_every_key_result_of_every_period_and_state(app):
    dana = make_person("dana@example.com", "Dana")
    ann = make_person("ann@example.com", "Ann")
    done = make_kr(dana, "Ship beta", "Launch", date(2026, 3, 1), "2026-Q1")
    okrs.mark_done(done)
    dropped = make_kr(dana, "Old idea", "Launch", date(2026, 3, 2), "2026-Q1")
    okrs.drop(dropped, "No longer needed")
    make_kr(dana, "Sign 5", "Win customers", date(2026, 12, 15), "2026-Q4")
    make_kr(ann, "Hire", "Grow", date(2026, 12, 1), "2026")
    db.session.commit()
    assert exported("okrs") == (
        "owner_email,objective,key_result,due,period,depends_on\n"
        "ann@example.com,Grow,Hire,2026-12-01,2026,\n"
        "dana@example.com,Launch,Ship beta,2026-03-01,2026-Q1,\n"
        "dana@example.com,Launch,Old idea,2026-03-02,2026-Q1,\n"
        "dana@example.com,Win customers,Sign 5,2026-12-15,2026-Q4,\n"
    )


def test_an_empty_database_exports_just_the_header(app):
    assert exported("people") == "email,name,manager_email,timezone\n"
    assert exported("okrs") == "owner_email,objective,key_result,due,period,depends_on\n"


def test_formula_cells_are_prefixed_with_a_quote(app):
    make_person("a@example.com", '=HYPERLINK("http://evil","x")')
    make_person("b@example.com", "+1 Plus")
    make_person("c@example.com", "-Minus")
    make_person("d@example.com", "@SUM(A1)")
    make_person("e@example.com", "Plain = fine")
    text = exported("people")
    assert '"\'=HYPERLINK(""http://evil"",""x"")"' in text
    rows = list(csv.reader(io.StringIO(text)))[1:]
    assert [row[1] for row in rows] == [
        '\'=HYPERLINK("http://evil","x")',
        "'+1 Plus",
        "'-Minus",
        "'@SUM(A1)",
        "Plain = fine",
    ]


def test_escape_covers_tab_and_carriage_return_and_unescape_reverses_it():
    assert csvio.escape("\tcmd") == "'\tcmd"
    assert csvio.escape("\rcmd") == "'\rcmd"
    assert csvio.escape("'=already quoted") == "''=already quoted"
    assert csvio.escape("it's fine") == "it's fine"
    assert csvio.unescape("'=1+1") == "=1+1"
    assert csvio.unescape("'plain quote") == "'plain quote"


@given(st.text())
def test_unescape_undoes_escape_for_any_text(cell):
    assert csvio.unescape(csvio.escape(cell)) == cell
    assert csvio.escape(cell)[:1] not in csvio.FORMULA_START


def test_export_then_import_changes_nothing(app):
    boss = make_person("boss@example.com", "Bea Boss", timezone="America/New_York")
    mid = make_person("mid@example.com", '=Mid, "the" Manager', manager=boss)
    make_person("low@example.com", "-Low", manager=mid, timezone="Asia/Kolkata")
    make_kr(boss, "+10% revenue", "@Grow", date(2026, 12, 1), "2026-Q4")
    make_kr(boss, "Hire 2", "@Grow", date(2026, 11, 1), "2026-Q4")
    make_kr(mid, "Ship, finally", 'Launch "v2"', date(2027, 6, 30), "2027-H1")
    people_csv, okrs_csv = exported("people"), exported("okrs")
    counts = _counts()

    people_plan = csvio.run("people", people_csv)
    okr_plan = csvio.run("okrs", okrs_csv)

    assert (people_plan.creates, people_plan.updates, people_plan.unchanged) == (0, 0, 3)
    assert (okr_plan.creates, okr_plan.updates, okr_plan.unchanged) == (0, 0, 3)
    assert okr_plan.new_objectives == 0
    assert _counts() == counts
    assert exported("people") == people_csv and exported("okrs") == okrs_csv


def test_export_into_an_empty_database_recreates_the_same_data(app, tmp_path):
    boss = make_person("boss@example.com", "Bea", timezone="Europe/Paris")
    make_person("kid@example.com", "@Kid", manager=boss)
    make_kr(boss, "=1", "Grow", date(2026, 12, 1), "2026-Q4")
    people_csv, okrs_csv = exported("people"), exported("okrs")
    db.session.execute(db.delete(KeyResult))
    db.session.execute(db.delete(Objective))
    db.session.execute(db.update(Person).values(manager_id=None))
    db.session.execute(db.delete(Person))
    db.session.commit()

    assert csvio.run("people", people_csv).creates == 2
    assert csvio.run("okrs", okrs_csv).creates == 1
    assert exported("people") == people_csv and exported("okrs") == okrs_csv
    kr = db.session.scalar(select(KeyResult))
    assert kr.title == "=1"


def test_export_is_a_stream_of_chunks(app, monkeypatch):
    monkeypatch.setattr(csvio.exporting, "EXPORT_CHUNK", 2)
    for i in range(5):
        make_person(f"p{i}@example.com")
    chunks = csvio.export("people")
    assert inspect.isgenerator(chunks)
    pieces = list(chunks)
    assert len(pieces) == 3
    assert "".join(pieces).count("\n") == 6


def _counts() -> tuple[int, ...]:
    return tuple(
        db.session.scalar(select(func.count()).select_from(model))
        for model in (Person, Objective, KeyResult, DeadlineChange)
    )
