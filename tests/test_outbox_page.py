"""The Outbox page: a subject for every message, and a message view that never shows a
token (a token acts for its recipient only, not for the admin reading the page)."""

from __future__ import annotations

import re

from sqlalchemy import select

from okr import queue
from okr.extensions import db
from okr.models import MailKind, MailState, OutboxMessage
from okr.web.mailadmin import without_tokens
from tests.conftest import make_kr, make_person, sign_in
from tests.replies import reply_to, sent_forms

TOKEN_IN_ADDRESS = re.compile(rb"\+([A-Za-z0-9]{20,})@")
TOKEN_IN_LINK = re.compile(rb"/(?:status|signin/link)/([^\s\"'<>?#]+)")


def _rows() -> list[OutboxMessage]:
    db.session.rollback()
    return list(db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def _tokens(raw: bytes) -> set[str]:
    found = {m.decode() for m in TOKEN_IN_ADDRESS.findall(raw)}
    found |= {m.decode() for m in TOKEN_IN_LINK.findall(raw)}
    return {token for token in found if len(token) >= 16}


def _week_with_a_confirmation(app, runner, tmp_path):
    dana = make_person("dana@example.com", "Dana Scully")
    kr = make_kr(dana, "Sign 5 design partners")
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    reply = tmp_path / "reply.eml"
    reply.write_bytes(reply_to(sent_forms(app)["dana@example.com"], f"{kr.ref} red - slipped"))
    assert runner.invoke(args=["ingest", str(reply)]).exit_code == 0
    return dana


def test_every_row_has_a_subject_and_a_view(app, runner, client, admin, tmp_path):
    _week_with_a_confirmation(app, runner, tmp_path)
    form, confirmation = _rows()
    assert form.subject == "Weekly status, week 47: 1 key result"  # recorded when composed
    assert confirmation.subject.startswith("Re: Weekly status")
    sign_in(client, admin)
    page = client.get("/admin/mail/outbox").get_data(as_text=True)
    for row in (form, confirmation):
        assert f'href="/admin/mail/outbox/{row.id}"' in page
        assert row.subject in page


def test_the_message_view_shows_the_text_without_any_token(app, runner, client, admin, tmp_path):
    _week_with_a_confirmation(app, runner, tmp_path)
    confirmation = _rows()[1]
    raw = db.session.scalar(select(OutboxMessage.raw).where(OutboxMessage.id == confirmation.id))
    tokens = _tokens(raw)
    assert tokens, "a confirmation carries the reply token"
    sign_in(client, admin)

    page = client.get(f"/admin/mail/outbox/{confirmation.id}").get_data(as_text=True)

    assert "red - slipped" in page and "status+…@" in page
    for token in tokens:
        assert token not in page


def test_a_sign_in_message_is_never_shown(app, client, admin):
    dana = make_person("dana@example.com", "Dana Scully")
    make_kr(dana)
    client.post("/signin", data={"link-email": dana.email})
    assert queue.wait_for_background(app)  # the link is sent from a background thread
    row = next(r for r in _rows() if r.kind is MailKind.SIGNIN)
    raw = db.session.scalar(select(OutboxMessage.raw).where(OutboxMessage.id == row.id))
    sign_in(client, admin)

    page = client.get(f"/admin/mail/outbox/{row.id}").get_data(as_text=True)

    assert "never shown" in page
    for token in _tokens(raw or b""):
        assert token not in page


def test_a_weekly_mail_not_yet_sent_says_it_is_composed_when_sent(app, client, admin):
    dana = make_person("dana@example.com", "Dana Scully")
    db.session.add(
        OutboxMessage(
            dedupe_key="form:1:2026-W47",
            kind=MailKind.FORM,
            person_id=dana.id,
            recipient=dana.email,
            week="2026-W47",
            message_id="<form.x@example.com>",
            state=MailState.QUEUED,
        )
    )
    db.session.commit()
    sign_in(client, admin)
    page = client.get("/admin/mail/outbox/1").get_data(as_text=True)
    assert "Composed when it is sent" in page


def test_the_message_view_is_for_admins_only(app, runner, client, tmp_path):
    dana = _week_with_a_confirmation(app, runner, tmp_path)
    sign_in(client, dana)
    assert client.get("/admin/mail/outbox/2").status_code == 403


def test_without_tokens_keeps_ordinary_text():
    text = "Reply to status+AAAABAH5IY6KYKSK3AMKZ7GWEZQ@okr.example.com or open https://okr.example.com/status/eyJhbGciOi.x-y_z?flag=red"
    shown = without_tokens(text)
    assert (
        shown
        == "Reply to status+…@okr.example.com or open https://okr.example.com/status/…?flag=red"
    )
    assert without_tokens("#12 red - vendor slipped, need a decision") == (
        "#12 red - vendor slipped, need a decision"
    )
