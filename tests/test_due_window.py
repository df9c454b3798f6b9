"""Due dates stay within a sane window, the same rule at every door: from a year ago to ten
years ahead. The admin page, the CSV import and replies all refuse 0001-01-02 and
9999-12-31 with a clear message and change nothing; an unchanged old date is kept."""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
from datetime import date
from pathlib import Path

import pytest

from okr.errors import InvalidInput
from okr.extensions import db
from okr.models import ChangeSource, DeadlineChange, KeyResult
from okr.services import csvio, okrs, validate
from tests.conftest import make_kr, make_person
from tests.replies import reply_to, sent_forms

TODAY = date(2026, 11, 19)  # the tests' frozen clock
SECRET = "inbound-test-secret"

INSIDE = [
    date(2026, 11, 19),
    date(2025, 11, 19),
    date(2025, 11, 20),
    date(2027, 1, 15),
    date(2036, 11, 19),
]
OUTSIDE = [
    date(1, 1, 2),
    date(9999, 12, 31),
    date(1970, 1, 1),
    date(2000, 1, 1),
    date(2025, 11, 18),
    date(2036, 11, 20),
    date(2100, 1, 1),
]


@pytest.mark.parametrize("due", INSIDE)
def test_dates_inside_the_window_are_taken(due):
    assert validate.due_date(due, today=TODAY) == due
    assert validate.due_date(due.isoformat(), today=TODAY) == due


@pytest.mark.parametrize("due", OUTSIDE)
def test_dates_outside_the_window_are_refused_with_the_window(due):
    with pytest.raises(InvalidInput) as refused:
        validate.due_date(due.isoformat(), today=TODAY)
    message = str(refused.value)
    assert refused.value.field == "due"
    assert due.isoformat() in message and "out of range" in message
    assert "from 2025-11-19 (a year ago) to 2036-11-19 (ten years ahead)" in message


@pytest.mark.parametrize(
    "today, first, last",
    [
        (date(2026, 11, 19), date(2025, 11, 19), date(2036, 11, 19)),
        (date(2028, 2, 29), date(2027, 2, 28), date(2038, 2, 28)),
        (date(2026, 1, 1), date(2025, 1, 1), date(2036, 1, 1)),
    ],
)
def test_the_window_moves_with_today(today, first, last):
    assert validate.due_window(today) == (first, last)


def test_the_services_refuse_a_new_or_moved_date_outside_and_keep_an_unchanged_one(app):
    owner = make_person("dana@example.com", "Dana")
    kr = make_kr(owner)
    for due in OUTSIDE:
        with pytest.raises(InvalidInput, match="out of range"):
            okrs.create_key_result(kr.objective, owner, "Another", due)
        db.session.rollback()
        with pytest.raises(InvalidInput, match="out of range"):
            okrs.change_due(kr, due, ChangeSource.ADMIN)
        db.session.rollback()
    assert db.session.get(KeyResult, kr.id).due == date(2026, 12, 15)
    # A key result whose date was set long ago keeps it while other fields change.
    kr.due = date(2020, 3, 31)
    db.session.commit()
    okrs.update_key_result(kr, title="Renamed", owner=owner, due=date(2020, 3, 31))
    db.session.commit()
    assert kr.title == "Renamed" and kr.due == date(2020, 3, 31)


# --- the admin page ----------------------------------------------------------------------------


@pytest.mark.parametrize("due", ["0001-01-02", "9999-12-31", "2036-11-20"])
def test_the_admin_page_refuses_a_due_date_outside_the_window(app, admin_client, due):
    owner = make_person("dana@example.com", "Dana")
    kr = make_kr(owner)
    new = admin_client.post(
        f"/admin/objectives/{kr.objective_id}/krs",
        data={"title": "Another", "owner_email": owner.email, "due": due},
    )
    assert new.status_code == 400
    assert "out of range" in new.get_data(as_text=True)
    edit = admin_client.post(
        f"/admin/krs/{kr.id}/edit",
        data={"title": kr.title, "owner_email": owner.email, "due": due},
    )
    assert edit.status_code == 400
    assert "out of range" in edit.get_data(as_text=True)
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(KeyResult.id))) == 1
    assert db.session.get(KeyResult, kr.id).due == date(2026, 12, 15)
    assert db.session.scalar(db.select(db.func.count(DeadlineChange.id))) == 0


# --- the CSV import ----------------------------------------------------------------------------

HEADER = "owner_email,objective,key_result,due,period\n"


def test_the_csv_import_refuses_new_or_moved_dates_outside_the_window(app):
    owner = make_person("dana@example.com", "Dana")
    kr = make_kr(owner)
    text = HEADER + (
        "dana@example.com,Win the first customers,Sign 5 design partners,9999-12-31,2026-Q4\n"
        "dana@example.com,Win the first customers,A new one,0001-01-02,2026-Q4\n"
        "dana@example.com,Win the first customers,A good one,2027-03-31,2026-Q4\n"
    )
    plan = csvio.plan("okrs", text)
    assert not plan.ok
    assert [(e.line, e.column) for e in plan.errors] == [(2, "due"), (3, "due")]
    assert all("out of range" in e.message for e in plan.errors)
    assert "9999-12-31" in plan.errors[0].message
    assert db.session.get(KeyResult, kr.id).due == date(2026, 12, 15)


def test_the_csv_import_keeps_an_unchanged_old_date(app):
    """An export of history imports back: only dates it sets or moves must be in range."""
    owner = make_person("dana@example.com", "Dana")
    kr = make_kr(owner, due=date(2026, 12, 15))
    kr.due = date(2019, 6, 30)
    db.session.commit()
    text = HEADER + (
        "dana@example.com,Win the first customers,Sign 5 design partners,2019-06-30,2026-Q4\n"
    )
    plan = csvio.plan("okrs", text)
    assert plan.ok and plan.unchanged == 1, plan.errors


# --- replies -----------------------------------------------------------------------------------


@pytest.fixture
def app_config(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


def _post(client, raw: bytes):
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    return client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )


def _confirmation(app) -> str:
    for path in Path(app.config["OUTBOX_DIR"]).glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["Subject"].startswith("Re:"):
            return message.get_body(preferencelist=("plain",)).get_content()
    raise AssertionError("no confirmation")


def test_a_reply_moving_a_date_outside_the_window_changes_nothing_and_says_why(app, client, runner):
    dana = make_person("dana@example.com", "Dana")
    early, late, fine = (make_kr(dana, f"KR {n}", due=date(2026, 12, 15)) for n in range(3))
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    form = sent_forms(app)["dana@example.com"]
    body = (
        f"{early.ref} due 0001-01-02\n{late.ref} due 9999-12-31\n{fine.ref} new date 2027-01-15\n"
    )
    assert _post(client, reply_to(form, body)).status_code == 202
    db.session.expire_all()
    dues = [db.session.get(KeyResult, kr.id).due for kr in (early, late, fine)]
    assert dues == [date(2026, 12, 15), date(2026, 12, 15), date(2027, 1, 15)]
    changes = db.session.scalars(db.select(DeadlineChange)).all()
    assert [(c.key_result_id, c.new_due) for c in changes] == [(fine.id, date(2027, 1, 15))]
    confirmation = " ".join(_confirmation(app).split())
    assert "0001-01-02 is out of range" in confirmation
    assert "9999-12-31 is out of range" in confirmation
    assert "overdue by" not in confirmation
