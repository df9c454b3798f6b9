"""Admin pages for OKRs: one person's objectives and key results, and changing them."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
from sqlalchemy import func, select

from okr.extensions import db
from okr.models import ChangeSource, DeadlineChange, KeyResult, KRState, Objective, Person
from okr.services import okrs
from tests.conftest import counted_statements, make_kr, make_person

XSS = "<script>alert(1)</script>"
ESCAPED_XSS = "&lt;script&gt;alert(1)&lt;/script&gt;"


def stored_kr(kr_id: int):
    """The key result as committed, read on a connection of its own."""
    with db.engine.connect() as conn:
        return conn.execute(
            select(
                KeyResult.title,
                KeyResult.owner_id,
                KeyResult.due,
                KeyResult.state,
                KeyResult.drop_reason,
            ).where(KeyResult.id == kr_id)
        ).one()


def stored_objective(objective_id: int):
    with db.engine.connect() as conn:
        return conn.execute(
            select(Objective.title, Objective.period, Objective.description).where(
                Objective.id == objective_id
            )
        ).one()


def count(model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def stored_changes(kr_id: int) -> list:
    with db.engine.connect() as conn:
        return conn.execute(
            select(
                DeadlineChange.old_due,
                DeadlineChange.new_due,
                DeadlineChange.source,
                DeadlineChange.author_id,
            )
            .where(DeadlineChange.key_result_id == kr_id)
            .order_by(DeadlineChange.id)
        ).all()


def text_of(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def label_of(page: str, field: str) -> str:
    """The <label> around the named input: where its error message belongs."""
    return page[page.index(f'name="{field}"') :].split("</label>")[0]


@pytest.fixture
def dana(app) -> Person:
    return make_person("dana@example.com", "Dana Doe")


@pytest.fixture
def kr(dana) -> KeyResult:
    return make_kr(dana, title="Sign 5 design partners", due=date(2026, 12, 15))


# The page


def test_page_lists_objectives_newest_first_with_key_results(admin_client, dana):
    make_kr(dana, title="Old result", objective="Last year goal", period="2025-Q4")
    make_kr(dana, title="New result", objective="This quarter goal", period="2026-Q4")
    page = admin_client.get(f"/admin/people/{dana.id}/okrs").get_data(as_text=True)
    assert page.index("This quarter goal") < page.index("Last year goal")
    assert page.index("New result") < page.index("Old result")
    assert "2025-Q4" in page and "2026-Q4" in page


def test_page_shows_each_key_result_detail(admin_client, admin, dana, kr):
    okrs.change_due(kr, date(2026, 12, 20), ChangeSource.ADMIN, admin)  # slip
    okrs.change_due(kr, date(2026, 12, 18), ChangeSource.ADMIN, admin)  # earlier: no slip
    okrs.change_due(kr, date(2026, 12, 30), ChangeSource.REPLY)  # slip
    dropped = make_kr(dana, title="Host a meetup")
    okrs.drop(dropped, "No budget this quarter")
    db.session.commit()
    page = admin_client.get(f"/admin/people/{dana.id}/okrs").get_data(as_text=True)
    row = page[page.index(f'id="kr-{kr.id}"') :].split("</tr>")[0]
    assert f"#{kr.id}" in row
    assert "Sign 5 design partners" in row
    assert "Dana Doe" in row
    assert "2026-12-30" in row
    assert ">active<" in row
    assert "3 / 2" in row  # three deadline changes, two of them slips
    assert "Mark done" in row and "Drop" in row and "Reopen" not in row
    dropped_row = page[page.index(f'id="kr-{dropped.id}"') :].split("</tr>")[0]
    assert ">dropped<" in dropped_row
    assert "No budget this quarter" in dropped_row
    assert "Reopen" in dropped_row and "Mark done" not in dropped_row


def test_page_shows_results_others_own_and_results_owned_elsewhere(admin_client, dana):
    sam = make_person("sam@example.com", "Sam Helper")
    ours = okrs.create_objective(dana, "Dana's goal", "2026-Q4")
    okrs.create_key_result(ours, sam, "Sam works for Dana", date(2026, 12, 1))
    theirs = okrs.create_objective(sam, "Sam's goal", "2026-Q4")
    okrs.create_key_result(theirs, dana, "Dana works for Sam", date(2026, 12, 2))
    okrs.create_key_result(theirs, sam, "Sam alone", date(2026, 12, 3))
    db.session.commit()

    page = admin_client.get(f"/admin/people/{dana.id}/okrs").get_data(as_text=True)
    assert "Sam works for Dana" in page
    elsewhere = page[page.index("owns under other people") :]
    assert "Dana works for Sam" in elsewhere
    assert "Sam&#39;s goal" in elsewhere
    assert "Sam alone" not in page

    sams = admin_client.get(f"/admin/people/{sam.id}/okrs").get_data(as_text=True)
    assert "Sam works for Dana" in sams[sams.index("owns under other people") :]


def test_page_query_count_does_not_grow_with_key_results(admin_client, admin, dana):
    url = f"/admin/people/{dana.id}/okrs"

    def queries_for_page() -> int:
        db.session.expunge_all()  # as in production: nothing cached from earlier work
        with counted_statements() as statements:
            assert admin_client.get(url).status_code == 200
        return len(statements)

    dana_id = dana.id

    def add_results(n: int, start: int) -> None:
        other = Person(name=f"Other {start}", email=f"other{start}@example.com")
        mine = Objective(owner_id=dana_id, title=f"Goal {start}", period="2026-Q4")
        theirs = Objective(owner=other, title=f"Their goal {start}", period="2026-Q4")
        for i in range(start, start + n):
            helper = Person(name=f"Helper {i}", email=f"h{i}@example.com")
            kr_mine = KeyResult(
                objective=mine, owner=helper, title=f"KR {i}", due=date(2026, 12, 1)
            )
            kr_theirs = KeyResult(
                objective=theirs, owner_id=dana_id, title=f"X {i}", due=date(2026, 12, 1)
            )
            db.session.add_all([kr_mine, kr_theirs])
            db.session.flush()
            for kr in (kr_mine, kr_theirs):
                okrs.change_due(kr, date(2026, 12, 9), ChangeSource.ADMIN, None)
        db.session.commit()

    add_results(1, 0)
    small = queries_for_page()
    for start in range(10, 60, 10):
        add_results(10, start)
    assert queries_for_page() == small


def test_unknown_person_is_404(admin_client):
    assert admin_client.get("/admin/people/999/okrs").status_code == 404


def test_titles_and_descriptions_are_escaped(admin_client, dana):
    objective = okrs.create_objective(dana, XSS, "2026-Q4", description=XSS)
    okrs.create_key_result(objective, dana, XSS, date(2026, 12, 1))
    db.session.commit()
    page = admin_client.get(f"/admin/people/{dana.id}/okrs").get_data(as_text=True)
    assert XSS not in page
    assert page.count(ESCAPED_XSS) >= 3
    edit = admin_client.get(f"/admin/objectives/{objective.id}/edit").get_data(as_text=True)
    assert XSS not in edit and ESCAPED_XSS in edit


# Objectives


def test_new_objective(admin_client, dana):
    response = admin_client.post(
        f"/admin/people/{dana.id}/objectives",
        data={"title": "Be the default choice", "period": "2027-q1", "description": "Why: x"},
    )
    assert response.status_code == 302
    assert response.location == f"/admin/people/{dana.id}/okrs"
    objective = db.session.scalar(select(Objective).where(Objective.owner_id == dana.id))
    assert stored_objective(objective.id) == ("Be the default choice", "2027-Q1", "Why: x")
    assert "Be the default choice" in admin_client.get(response.location).get_data(as_text=True)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": ""}, "the objective is required"),
        ({"title": "Two\nlines"}, "the objective must be one line"),
        ({"period": "next quarter"}, "'next quarter' is not a period"),
        ({"period": "2026-Q5"}, "'2026-Q5' is not a period"),
    ],
)
def test_new_objective_refuses_bad_input(admin_client, dana, change, message):
    data = {"title": "Goal", "period": "2026-Q4", "description": "", **change}
    response = admin_client.post(f"/admin/people/{dana.id}/objectives", data=data)
    assert response.status_code == 400
    assert message in label_of(text_of(response), next(iter(change)))
    assert count(Objective) == 0


def test_edit_objective(admin_client, dana, kr):
    objective_id = kr.objective_id
    page = admin_client.get(f"/admin/objectives/{objective_id}/edit").get_data(as_text=True)
    assert 'value="Win the first customers"' in page
    response = admin_client.post(
        f"/admin/objectives/{objective_id}/edit",
        data={"title": "Win ten customers", "period": "2026-H2", "description": ""},
    )
    assert response.status_code == 302
    assert response.location == f"/admin/people/{dana.id}/okrs"
    assert stored_objective(objective_id) == ("Win ten customers", "2026-H2", None)


def test_edit_objective_refuses_bad_period(admin_client, kr):
    before = stored_objective(kr.objective_id)
    response = admin_client.post(
        f"/admin/objectives/{kr.objective_id}/edit",
        data={"title": "Changed", "period": "Q4", "description": "changed"},
    )
    assert response.status_code == 400
    assert "'Q4' is not a period" in label_of(text_of(response), "period")
    assert stored_objective(kr.objective_id) == before


# Adding key results


def test_add_key_result_for_someone_else(admin_client, dana, kr):
    sam = make_person("sam@example.com", "Sam")
    response = admin_client.post(
        f"/admin/objectives/{kr.objective_id}/krs",
        data={"title": "Close 3 deals", "owner_email": "SAM@example.com", "due": "2026-12-31"},
    )
    assert response.status_code == 302
    assert response.location == f"/admin/people/{dana.id}/okrs"
    new = db.session.scalar(select(KeyResult).where(KeyResult.title == "Close 3 deals"))
    assert stored_kr(new.id) == ("Close 3 deals", sam.id, date(2026, 12, 31), KRState.ACTIVE, None)


def test_add_key_result_form_defaults_owner_to_the_person(admin_client, dana, kr):
    page = admin_client.get(f"/admin/people/{dana.id}/okrs").get_data(as_text=True)
    form = page[page.index(f'action="/admin/objectives/{kr.objective_id}/krs"') :]
    form = form.split("</form>")[0]
    assert 'name="owner_email"' in form and 'value="dana@example.com"' in form
    due = re.search(r'<input[^>]*name="due"[^>]*>', form).group(0)
    assert 'placeholder="YYYY-MM-DD"' in due and 'type="date"' not in due  # ISO, not the locale's


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"owner_email": "nobody@example.com"}, "no person with email nobody@example.com"),
        ({"owner_email": ""}, "an email address is required"),
        ({"title": ""}, "the key result is required"),
        ({"due": ""}, "the due date is required"),
        ({"due": "31/12/2026"}, "'31/12/2026' is not a date"),
    ],
)
def test_add_key_result_refuses_bad_input(admin_client, dana, kr, change, message):
    data = {"title": "New KR", "owner_email": "dana@example.com", "due": "2026-12-31", **change}
    response = admin_client.post(f"/admin/objectives/{kr.objective_id}/krs", data=data)
    assert response.status_code == 400
    page = text_of(response)
    form = page[page.index(f'action="/admin/objectives/{kr.objective_id}/krs"') :]
    assert message in label_of(form, next(iter(change)))
    assert count(KeyResult) == 1


def test_an_owner_can_be_picked_by_name(admin_client, dana, kr):
    data = {"title": "New KR", "owner_email": "dana doe", "due": "2026-12-31"}
    response = admin_client.post(f"/admin/objectives/{kr.objective_id}/krs", data=data)
    assert response.status_code == 302
    assert db.session.scalar(select(KeyResult).where(KeyResult.title == "New KR")).owner == dana
    data["owner_email"] = "Nobody Here"
    refused = admin_client.post(f"/admin/objectives/{kr.objective_id}/krs", data=data)
    assert refused.status_code == 400
    assert "nobody active is named Nobody Here" in text_of(refused)


def test_add_key_result_to_unknown_objective_is_404(admin_client):
    data = {"title": "x", "owner_email": "admin@example.com", "due": "2026-12-31"}
    assert admin_client.post("/admin/objectives/999/krs", data=data).status_code == 404


# Editing a key result


def test_edit_form_has_the_named_fields(admin_client, kr):
    page = admin_client.get(f"/admin/krs/{kr.id}/edit").get_data(as_text=True)
    assert '<span>Title</span>\n  <input autocomplete="off" id="title" name="title"' in page
    owner = re.search(r'<input[^>]*name="owner_email"[^>]*>', page).group(0)
    assert 'list="people-options"' in owner and '<datalist id="people-options">' in page
    due = re.search(r'<input[^>]*name="due"[^>]*>', page).group(0)
    assert 'value="2026-12-15"' in due and 'type="text"' in due
    assert 'value="Sign 5 design partners"' in page
    assert 'value="dana@example.com"' in page
    assert '<button type="submit">Save</button>' in page


def test_edit_key_result_changes_title_owner_and_due(admin_client, admin, dana, kr):
    sam = make_person("sam@example.com", "Sam")
    response = admin_client.post(
        f"/admin/krs/{kr.id}/edit",
        data={"title": "Sign 7 partners", "owner_email": "sam@example.com", "due": "2027-01-10"},
    )
    assert response.status_code == 302
    assert response.location == f"/admin/people/{dana.id}/okrs"
    assert stored_kr(kr.id) == ("Sign 7 partners", sam.id, date(2027, 1, 10), KRState.ACTIVE, None)
    assert stored_changes(kr.id) == [
        (date(2026, 12, 15), date(2027, 1, 10), ChangeSource.ADMIN, admin.id)
    ]
    assert "Saved #" in admin_client.get(response.location).get_data(as_text=True)


def test_changing_the_due_date_twice_keeps_both_changes(admin_client, admin, kr):
    for due in ("2026-12-20", "2026-12-28"):
        data = {"title": kr.title, "owner_email": "dana@example.com", "due": due}
        assert admin_client.post(f"/admin/krs/{kr.id}/edit", data=data).status_code == 302
    assert stored_changes(kr.id) == [
        (date(2026, 12, 15), date(2026, 12, 20), ChangeSource.ADMIN, admin.id),
        (date(2026, 12, 20), date(2026, 12, 28), ChangeSource.ADMIN, admin.id),
    ]
    page = admin_client.get(f"/admin/krs/{kr.id}/edit").get_data(as_text=True)
    assert page.count(">slip<") == 2


def test_saving_the_same_due_date_records_no_change(admin_client, kr):
    data = {"title": "Renamed", "owner_email": "dana@example.com", "due": "2026-12-15"}
    assert admin_client.post(f"/admin/krs/{kr.id}/edit", data=data).status_code == 302
    assert stored_kr(kr.id).title == "Renamed"
    assert stored_changes(kr.id) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"owner_email": "nobody@example.com"}, "no person with email nobody@example.com"),
        ({"owner_email": "nobody"}, "nobody active is named nobody; type their email"),
        ({"title": " "}, "the key result is required"),
        ({"title": "a\tb"}, "the key result must be one line"),
        ({"due": ""}, "the due date is required"),
        ({"due": "2026-02-30"}, "'2026-02-30' is not a date"),
    ],
)
def test_edit_key_result_refuses_bad_input_and_changes_nothing(admin_client, kr, change, message):
    make_person("sam@example.com", "Sam")
    before = stored_kr(kr.id)
    data = {"title": "Changed", "owner_email": "sam@example.com", "due": "2027-03-01", **change}
    response = admin_client.post(f"/admin/krs/{kr.id}/edit", data=data)
    assert response.status_code == 400
    assert message in label_of(text_of(response), next(iter(change)))
    assert stored_kr(kr.id) == before
    assert stored_changes(kr.id) == []


def test_edit_unknown_key_result_is_404(admin_client):
    assert admin_client.get("/admin/krs/999/edit").status_code == 404
    assert admin_client.get("/admin/objectives/999/edit").status_code == 404


# Done, drop, reopen


def test_mark_done(admin_client, dana, kr):
    response = admin_client.post(f"/admin/krs/{kr.id}/done")
    assert response.status_code == 302
    assert response.location == f"/admin/people/{dana.id}/okrs"
    assert stored_kr(kr.id).state == KRState.DONE
    assert f"Marked #{kr.id} done" in admin_client.get(response.location).get_data(as_text=True)


def test_drop_with_reason(admin_client, kr):
    response = admin_client.post(f"/admin/krs/{kr.id}/drop", data={"reason": " Market moved "})
    assert response.status_code == 302
    row = stored_kr(kr.id)
    assert (row.state, row.drop_reason) == (KRState.DROPPED, "Market moved")


@pytest.mark.parametrize("reason", ["", "   "])
def test_drop_without_reason_is_refused(admin_client, dana, kr, reason):
    response = admin_client.post(f"/admin/krs/{kr.id}/drop", data={"reason": reason})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    drop_form = page[page.index(f'action="/admin/krs/{kr.id}/drop"') :].split("</form>")[0]
    assert "say why the key result is dropped" in drop_form
    assert stored_kr(kr.id).state == KRState.ACTIVE


def test_drop_without_reason_field_is_refused(admin_client, kr):
    assert admin_client.post(f"/admin/krs/{kr.id}/drop").status_code == 400
    assert stored_kr(kr.id).state == KRState.ACTIVE


def test_reopen_a_dropped_key_result(admin_client, kr):
    okrs.drop(kr, "later")
    db.session.commit()
    assert admin_client.post(f"/admin/krs/{kr.id}/reopen").status_code == 302
    assert stored_kr(kr.id)[3:] == (KRState.ACTIVE, None)


def test_actions_return_to_the_page_they_were_on(admin_client, dana):
    sam = make_person("sam@example.com", "Sam")
    objective = okrs.create_objective(dana, "Dana's goal", "2026-Q4")
    shared = okrs.create_key_result(objective, sam, "Sam's part", date(2026, 12, 1))
    db.session.commit()
    response = admin_client.post(f"/admin/krs/{shared.id}/done", data={"back": str(sam.id)})
    assert response.location == f"/admin/people/{sam.id}/okrs"
    response = admin_client.post(f"/admin/krs/{shared.id}/reopen", data={"back": "evil.com"})
    assert response.location == f"/admin/people/{dana.id}/okrs"


@pytest.mark.parametrize("action", ["done", "drop", "reopen"])
def test_actions_on_unknown_key_result_are_404(admin_client, action):
    response = admin_client.post(f"/admin/krs/999/{action}", data={"reason": "x"})
    assert response.status_code == 404


@pytest.mark.parametrize("action", ["done", "drop", "reopen"])
def test_actions_are_post_only(admin_client, kr, action):
    assert admin_client.get(f"/admin/krs/{kr.id}/{action}").status_code == 405
