"""The Received mail pages: what needs an admin, and flags set by hand that never replace
a newer answer silently."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from okr import clock
from okr.extensions import db
from okr.models import CheckIn, InboundMessage, InboundState
from tests.conftest import NOW, make_kr, make_person, sign_in
from tests.replies import reply_to, sent_forms
from tests.test_inbound import SECRET, post


@pytest.fixture
def app_config(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


@pytest.fixture
def forms(app, runner):
    """Dana's form for the week, with two key results."""
    dana = make_person("dana@example.com", "Dana")
    krs = [make_kr(dana, "Sign 5 design partners"), make_kr(dana, "Ship the beta", objective="B")]
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    return {"krs": krs, "sent": sent_forms(app)}


def _latest(kr_id: int) -> str:
    db.session.rollback()
    check_in = db.session.scalars(
        db.select(CheckIn).where(CheckIn.key_result_id == kr_id).order_by(CheckIn.id.desc())
    ).first()
    return check_in.flag.value


def _attention_count(client) -> int:
    page = client.get("/admin/mail/inbound/").get_data(as_text=True)
    found = re.search(r"needs attention</a>\s*<strong>(\d+)</strong>", page)
    assert found, "the needs-attention filter shows no count"
    return int(found.group(1))


def test_needs_attention_has_a_count_and_a_message_leaves_it_once_dealt_with(client, forms, admin):
    kr1 = forms["krs"][0]
    post(client, reply_to(forms["sent"]["dana@example.com"], "Things are fine, mostly."))
    row = db.session.scalar(db.select(InboundMessage))
    sign_in(client, admin)
    assert _attention_count(client) == 1

    response = client.post(f"/admin/mail/inbound/{row.id}", data={f"flag-{kr1.id}": "yellow"})

    assert response.status_code == 302
    assert _attention_count(client) == 0
    db.session.refresh(row)
    assert row.state is InboundState.PROCESSED
    assert row.reason == "flags set by hand by admin@example.com"


def test_flags_by_hand_never_replace_a_newer_answer_silently(client, forms, admin):
    kr1, kr2 = forms["krs"][0], forms["krs"][1]
    form = forms["sent"]["dana@example.com"]
    post(client, reply_to(form, "Things are fine, mostly."))
    old = db.session.scalar(db.select(InboundMessage))
    clock.freeze(NOW + timedelta(hours=2))  # Dana answers again, understood this time
    post(client, reply_to(form, f"{kr1.ref} red - the vendor slipped"))
    assert _latest(kr1.id) == "red"
    sign_in(client, admin)

    page = client.get(f"/admin/mail/inbound/{old.id}").get_data(as_text=True)
    assert "Newer answers exist" in page and "the vendor slipped" in page
    refused = client.post(
        f"/admin/mail/inbound/{old.id}",
        data={f"flag-{kr1.id}": "green", f"flag-{kr2.id}": "green"},
    )
    assert refused.status_code == 400
    assert f"Newer answers exist for {kr1.ref}" in refused.get_data(as_text=True)
    assert _latest(kr1.id) == "red"
    assert db.session.scalar(db.select(db.func.count()).where(CheckIn.key_result_id == kr2.id)) == 0

    confirmed = client.post(
        f"/admin/mail/inbound/{old.id}",
        data={f"flag-{kr1.id}": "green", "replace_newer": "1"},
    )
    assert confirmed.status_code == 302
    assert _latest(kr1.id) == "green"


def test_a_key_result_without_a_newer_answer_is_set_without_asking(client, forms, admin):
    kr1, kr2 = forms["krs"][0], forms["krs"][1]
    form = forms["sent"]["dana@example.com"]
    post(client, reply_to(form, "Things are fine, mostly."))
    old = db.session.scalar(db.select(InboundMessage))
    clock.freeze(NOW + timedelta(hours=2))
    post(client, reply_to(form, f"{kr1.ref} red"))
    sign_in(client, admin)

    response = client.post(f"/admin/mail/inbound/{old.id}", data={f"flag-{kr2.id}": "yellow"})

    assert response.status_code == 302
    assert (_latest(kr1.id), _latest(kr2.id)) == ("red", "yellow")
