"""Confirmations (issue 15, item 3): the grammar told with the person's own key results,
its lines never read as answers when they come back in a later reply; remarks answered
as remarks, not as "not understood"; who sees the answers and when the next digest goes."""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
from pathlib import Path

import pytest

from mailers.confirmation import confirmation
from okr.extensions import db
from okr.models import MailKind
from okr.replies.read import read_text
from okr.services import schedule
from okr.services.audience import Audiences
from okr.services.reply_record import form_entries
from tests.conftest import NOW, make_kr, make_person
from tests.replies import reply_to, sent_forms

SECRET = "inbound-test-secret"
WEEK = "2026-W47"


@pytest.fixture
def app_config(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


@pytest.fixture
def company(app, runner):
    top = make_person("top@example.com", "Tina Top", digest_depth=1)  # sees one level only
    vp = make_person("vp@example.com", "Victor Vp", manager=top, digest_depth=None)
    boss = make_person("boss@example.com", "Mona Manager", manager=vp)
    dana = make_person("dana@example.com", "Dana Scully", manager=boss)
    first = make_kr(dana, "Sign 5 design partners", objective="Alpha customers")
    second = make_kr(dana, "Ship the beta", objective="Beta launch")
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    return {"dana": dana, "boss": boss, "krs": (first, second), "sent": sent_forms(app)}


def _post(client, raw: bytes) -> None:
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    response = client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )
    assert response.status_code == 202, response.get_json()


def _answers(app) -> list[email.message.EmailMessage]:
    found = []
    for path in Path(app.config["OUTBOX_DIR"]).glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["Subject"].startswith("Re:"):
            found.append(message)
    return found


def _text(message) -> str:
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def _not_understood(company, client, app) -> str:
    _post(client, reply_to(company["sent"]["dana@example.com"], "#1 blorp frobnicate the wug."))
    (answer,) = _answers(app)
    return _text(answer)


def test_not_understood_explains_the_grammar_with_the_persons_own_key_results(company, client, app):
    first, second = company["krs"]
    text = _not_understood(company, client, app)
    assert "we could not understand your reply" in text
    assert f"    {first.ref} green - signed 4 of 5" in text
    assert f"    {second.ref} red 0.3 - vendor slipped, need a decision" in text
    assert f"{first.ref} done" in text and f"{first.ref} drop - and the reason" in text
    assert f"{first.ref} due 2026-12-03" in text  # a date two weeks ahead
    assert f"* {first.ref} Sign 5 design partners" in text
    for generic in ("#12", "#13", "#14"):
        assert generic not in text


def test_the_grammar_lines_quoted_back_are_not_read_as_answers(company, client, app):
    """The person answers the "not understood" mail, quoting it (as clients do) or pasting
    it back without quotes: only what they typed is read."""
    first, second = company["krs"]
    text = _not_understood(company, client, app)
    entries = form_entries(company["dana"])
    typed = f"{second.ref} yellow - waiting on QA\n\n"
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
    for body in (typed + quoted, typed + text):
        understanding = read_text(body, entries, NOW.date()).understanding
        assert [(a.ref, a.status) for a in understanding.items] == [(second.ref, "yellow")]
        assert understanding.commands == [] and understanding.ambiguous == []


def test_the_grammar_lines_quoted_back_record_nothing_end_to_end(company, client, app):
    first, second = company["krs"]
    _not_understood(company, client, app)
    (answer,) = _answers(app)
    _post(client, reply_to(answer, f"{second.ref} yellow - waiting on QA"))
    db.session.expire_all()
    assert first.state.value == "active" and first.due.isoformat() == "2026-12-15"
    assert [(c.key_result_id, c.flag.value) for c in second.check_ins] == [(second.id, "yellow")]
    assert not first.check_ins


def test_a_reply_of_remarks_only_is_not_called_not_understood(company):
    message = confirmation(
        company["dana"],
        WEEK,
        email.message_from_bytes(b"Subject: Re: x\r\n\r\nThanks!\r\n", policy=email.policy.default),
        recorded_lines=[],
        missing=[],
        unmatched=[],
        problems=[],
        titles={kr.ref: kr.title for kr in company["krs"]},
        only_remarks=True,
    )
    text = message.body
    assert "thank you for your note" in text
    assert "could not understand" not in text and "not understood" not in text
    assert "signed 4 of 5" not in text  # no grammar lesson for a thank-you


def test_every_confirmation_says_who_sees_the_answers_and_when(company, client, app):
    first, _ = company["krs"]
    _post(client, reply_to(company["sent"]["dana@example.com"], f"{first.ref} green"))
    (answer,) = _answers(app)
    text = " ".join(_text(answer).split())
    # Tina's digest reaches one level down: Dana is three below her.
    assert (
        "Who sees your answers: your manager chain, Mona Manager (your manager) and Victor Vp, "
        "in their weekly digest; the next one goes out Friday 20 November, 11:00 (your time)."
    ) in text
    assert "Tina Top" not in text


def test_the_audience_follows_the_schedule_and_the_persons_timezone(company):
    dana = company["dana"]
    dana.timezone = "Asia/Tokyo"
    schedule.set_slot(MailKind.DIGEST, 4, "09:00")
    audience = Audiences([dana.id]).of(dana, WEEK)
    assert audience.next_digest.isoformat() == "2026-11-20T18:00:00+09:00"
    schedule.set_slot(MailKind.DIGEST, 4, "09:00", enabled=False)
    assert Audiences([dana.id]).of(dana, WEEK).next_digest is None


def test_someone_without_a_manager_is_told_so(app):
    alone = make_person("solo@example.com", "Solo")
    audience = Audiences([alone.id]).of(alone, WEEK)
    assert audience.readers == () and audience.next_digest is None


@pytest.mark.parametrize("body", ["Thanks!", "Thank you!\n\nCheers,", "Have a great weekend"])
def test_a_thank_you_reply_gets_no_not_understood_answer(company, client, app, body):
    form = company["sent"]["dana@example.com"]
    _post(client, reply_to(form, body, quote=False))
    (answer,) = _answers(app)
    text = _text(answer)
    assert "thank you for your note" in text
    assert "could not understand" not in text
    assert "Still missing:" in text  # what is still to answer, with the person's refs


@pytest.mark.parametrize("body", ["", "#1 blorp.\nThanks!"])
def test_an_empty_or_unclear_reply_is_still_not_understood(company, client, app, body):
    form = company["sent"]["dana@example.com"]
    _post(client, reply_to(form, body, quote=False))
    (answer,) = _answers(app)
    assert "we could not understand your reply" in _text(answer)
