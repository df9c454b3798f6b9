"""Questions from the digest, end to end: a manager replies to their digest with
`#12 what do you need from me?`, the owner alone gets it in their form's thread (it carries
their reply address), the manager a note of what was sent, and the owner's answer is an
ordinary status reply that answers the question."""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import hmac
import json
import re
from email.message import EmailMessage
from email.utils import getaddresses

import pytest

from okr import addresses, clock, tokens
from okr.extensions import db
from okr.models import (
    CheckIn,
    InboundMessage,
    InboundState,
    MailKind,
    MailState,
    OutboxMessage,
    Question,
    Thanks,
)
from okr.services import checkins as checkins_service
from okr.services.questions import read_questions
from tests.conftest import make_kr, make_person
from tests.replies import reply_to

SECRET = "question-test-secret"
WEEK = "2026-W47"  # the frozen clock's week
TOKEN_SECRET = "test-secret-key-that-is-long-enough-0123456789"


@pytest.fixture
def app_config(smtp_config):
    smtp_config["INBOUND_SECRET"] = SECRET
    return smtp_config


@pytest.fixture
def org(app, runner, smtp_server):
    """Mary manages Dana, who manages Eli; Olga is in another organisation."""
    mary = make_person("mary@example.com", "Mary Manager")
    dana = make_person("dana@example.com", "Dana Owner", manager=mary)
    eli = make_person("eli@example.com", "Eli Deep", manager=dana)
    olga = make_person("olga@example.com", "Olga Other")
    krs = {
        "dana": make_kr(dana, "Sign 5 design partners"),
        "eli": make_kr(eli, "Hire two engineers"),
        "olga": make_kr(olga, "Open the Lisbon office"),
        "mary": make_kr(mary, "Set the hiring plan"),
    }
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    forms = {
        m.message["To"]: m.message
        for m in smtp_server.received
        if m.message["Subject"].startswith("Weekly status")
    }
    assert set(forms) >= {"dana@example.com", "eli@example.com"}
    return {"mary": mary, "dana": dana, "eli": eli, "olga": olga, "krs": krs, "forms": forms}


def digest_for(manager, body: str = "", reply_address: str | None = None) -> EmailMessage:
    """A digest as sent: an outbox row of kind DIGEST and the message the manager got."""
    message_id = addresses.new_message_id("digest")
    digest = EmailMessage(policy=email.policy.SMTP)
    digest["From"] = "Flagpost <flagpost@okr.example.com>"
    digest["To"] = manager.email
    digest["Reply-To"] = reply_address or addresses.digest_reply_address(manager.id, WEEK)
    digest["Subject"] = "Digest week 47: 1 red, 0 no report, 0 yellow, 1 green"
    digest["Message-ID"] = message_id
    digest["References"] = message_id  # reply_to() appends the message's own id again
    digest.set_content(body or "Hi Mary,\n\nthis is your digest for week 47.\n")
    db.session.add(
        OutboxMessage(
            dedupe_key=f"digest:{manager.id}:{WEEK}",
            kind=MailKind.DIGEST,
            person=manager,
            recipient=manager.email,
            week=WEEK,
            message_id=message_id,
            subject=str(digest["Subject"]),
            state=MailState.SENT,
            sent_at=clock.now(),
        )
    )
    db.session.commit()
    return email.message_from_bytes(digest.as_bytes(), policy=email.policy.default)


def post(client, raw: bytes):
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    response = client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )
    assert response.status_code == 202, response.get_json()
    return db.session.scalar(db.select(InboundMessage).order_by(InboundMessage.id.desc()))


def received(smtp_server, subject_start: str) -> list:
    return [m for m in smtp_server.received if m.message["Subject"].startswith(subject_start)]


def questions() -> list[Question]:
    db.session.expire_all()
    return db.session.scalars(db.select(Question).order_by(Question.id)).all()


def checkins() -> list[tuple[int, str, str]]:
    return [
        (c.key_result_id, c.flag.value, c.note)
        for c in db.session.scalars(db.select(CheckIn).order_by(CheckIn.id))
    ]


def text_of(message: EmailMessage) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def ask(client, org, smtp_server, body: str) -> tuple[Question, object]:
    """Mary asks through her digest; the one question and the one question mail."""
    post(client, reply_to(digest_for(org["mary"]), body))
    asked = questions()
    assert len(asked) == 1
    sent = received(smtp_server, "Question about")
    assert len(sent) == 1
    return asked[0], sent[0]


# --- asking -----------------------------------------------------------------------------------


def test_a_question_goes_to_the_owner_alone_in_their_form_thread(client, org, smtp_server):
    kr = org["krs"]["dana"]
    digest = digest_for(org["mary"])
    row = post(client, reply_to(digest, f"Hi all,\n\n{kr.ref} what do you need from me?\n\nMary"))

    assert row.state is InboundState.PROCESSED and row.reason is None
    assert row.person_id == org["mary"].id and row.week == WEEK
    [question] = questions()
    assert (question.manager_id, question.key_result_id, question.owner_id, question.week) == (
        org["mary"].id,
        kr.id,
        org["dana"].id,
        WEEK,
    )
    assert question.text == "what do you need from me?"
    assert question.answered_at is None and question.source_inbound_id == row.id
    assert checkins() == []  # a question records no status, not even the manager's

    [mail] = received(smtp_server, "Question about")
    # Its Reply-To records status for Dana: nobody else gets this mail, not even in copy.
    assert mail.recipients == ["dana@example.com"]
    message = mail.message
    assert message["Subject"] == f"Question about {kr.ref} Sign 5 design partners from Mary Manager"
    assert message["To"] == "dana@example.com" and message["Cc"] is None
    form = org["forms"]["dana@example.com"]
    assert message["In-Reply-To"] == form["Message-ID"]
    assert message["References"].split() == [
        addresses.thread_id(org["dana"].id),
        form["Message-ID"],
    ]
    assert message["Reply-To"] == addresses.reply_address(org["dana"].id, WEEK)
    assert message["Reply-To"] == form["Reply-To"]
    body = text_of(message)
    assert "Mary Manager asks about" in body and "> what do you need from me?" in body
    assert "start a new email to mary@example.com" in body
    outbox = db.session.get(OutboxMessage, question.outbox_id)
    assert (outbox.kind, outbox.person_id, outbox.week, outbox.state) == (
        MailKind.QUESTION,
        org["dana"].id,
        WEEK,
        MailState.SENT,
    )
    assert outbox.message_id == message["Message-ID"]

    [confirmation] = received(smtp_server, "Re: Digest week 47")
    assert confirmation.recipients == ["mary@example.com"]
    confirmed = text_of(confirmation.message)
    assert f"{kr.ref} Sign 5 design partners, to Dana Owner: what do you need from me?" in confirmed
    assert "not understood" not in confirmed
    assert confirmation.message["Reply-To"] == addresses.digest_reply_address(org["mary"].id, WEEK)
    assert confirmation.message["In-Reply-To"] == email.message_from_bytes(row.raw)["Message-ID"]


def test_the_whole_tree_below_the_manager_may_be_asked_and_every_ref_form_works(
    client, org, smtp_server
):
    dana_kr, eli_kr = org["krs"]["dana"], org["krs"]["eli"]
    checkins_service.record(eli_kr, WEEK, "red", note="no candidates yet", author=org["eli"])
    db.session.commit()
    body = (
        f"KR {eli_kr.id} can we help with the interviews?\n"
        "Happy to join some of them.\n"  # continues the question above
        f"\n{dana_kr.id}: is the vendor still slipping?\n"
    )
    post(client, reply_to(digest_for(org["mary"]), body))
    asked = {q.key_result_id: q for q in questions()}
    assert set(asked) == {eli_kr.id, dana_kr.id}
    assert asked[eli_kr.id].owner_id == org["eli"].id  # two levels down
    assert asked[eli_kr.id].text == "can we help with the interviews?\nHappy to join some of them."
    assert asked[dana_kr.id].text == "is the vendor still slipping?"
    mails = {m.message["To"]: m.message for m in received(smtp_server, "Question about")}
    assert sorted(mails) == ["dana@example.com", "eli@example.com"]
    # The owner sees their last status beside the question.
    assert "Your last status (week 47): [RED] - no candidates yet" in text_of(
        mails["eli@example.com"]
    )
    assert "Your last status" not in text_of(mails["dana@example.com"])
    [confirmation] = received(smtp_server, "Re: Digest week 47")
    assert "your questions went to their owners" in text_of(confirmation.message)


def test_a_question_typed_under_a_quoted_digest_item_is_about_that_item(client, org, smtp_server):
    kr = org["krs"]["dana"]
    digest = digest_for(org["mary"])
    inline = (
        "On Fri, 20 Nov 2026 at 09:00, Flagpost <flagpost@okr.example.com> wrote:\n"
        "> Hi Mary Manager,\n>\n> RED (1)\n>\n"
        f"> 🟩🟩🟨🟥 {kr.ref} Sign 5 design partners\n"
        "> Dana Owner · due 15 Dec 2026 · red since this week\n"
        "> Ask: What would it take? Who could help?\n"
        "Who is the vendor contact? I can call them.\n"
        ">\n> GREEN (0)\n>\n> Your open questions: none\n"
    )
    post(client, reply_to(digest, inline, quote=False))
    [question] = questions()
    assert question.key_result_id == kr.id
    assert question.text == "Who is the vendor contact? I can call them."


# --- answering --------------------------------------------------------------------------------


def test_the_owners_reply_to_the_question_is_a_status_reply_and_answers_it(
    client, org, smtp_server
):
    kr = org["krs"]["dana"]
    question, mail = ask(client, org, smtp_server, f"{kr.ref} what do you need from me?")
    assert checkins() == [] and question.answered_at is None

    row = post(client, reply_to(mail.message, f"{kr.ref} yellow - need a decision on vendor"))

    assert row.state is InboundState.PROCESSED
    assert (row.person_id, row.week) == (org["dana"].id, WEEK)
    assert checkins() == [(kr.id, "yellow", "need a decision on vendor")]
    [question] = questions()
    assert question.answered_at is not None and question.answer_inbound_id == row.id
    confirmation = [m for m in received(smtp_server, "Re: Question about")]
    assert [m.recipients for m in confirmation] == [["dana@example.com"]]
    assert "yellow - need a decision on vendor" in text_of(confirmation[0].message)


def test_a_reply_to_the_weekly_form_answers_the_owners_questions_only(client, org, smtp_server):
    kr, eli_kr = org["krs"]["dana"], org["krs"]["eli"]
    ask(client, org, smtp_server, f"{kr.ref} what do you need from me?")
    post(client, reply_to(org["forms"]["eli@example.com"], f"{eli_kr.ref} green"))
    [question] = questions()
    assert question.answered_at is None  # Eli's reply does not answer Dana's question
    row = post(client, reply_to(org["forms"]["dana@example.com"], f"{kr.ref} green"))
    [question] = questions()
    assert question.answer_inbound_id == row.id


def test_a_status_reply_for_a_week_before_the_question_does_not_answer_it(client, org, smtp_server):
    kr = org["krs"]["dana"]
    question, mail = ask(client, org, smtp_server, f"{kr.ref} what do you need from me?")
    question.week = "2026-W48"  # as if asked in a later week than the form being answered
    db.session.commit()
    post(client, reply_to(org["forms"]["dana@example.com"], f"{kr.ref} green"))
    assert questions()[0].answered_at is None
    # In the question's own thread any reply answers it, even one that records nothing.
    row = post(client, reply_to(mail.message, "Let us talk on Monday."))
    assert questions()[0].answer_inbound_id == row.id


# --- refused ----------------------------------------------------------------------------------


def _token_address(local: str, person_id: int, purpose: str) -> str:
    token = tokens.make(person_id, WEEK, TOKEN_SECRET, purpose=purpose)
    return f"{local}+{token}@okr.example.com"


@pytest.mark.parametrize(
    ("local", "purpose"),
    [("digest", "status"), ("status", "digest")],
    ids=["status-token-at-digest-address", "digest-token-at-status-address"],
)
def test_a_token_of_the_other_purpose_is_quarantined(client, org, smtp_server, local, purpose):
    kr = org["krs"]["dana"]
    address = _token_address(local, org["mary"].id, purpose)
    digest = digest_for(org["mary"], reply_address=address)
    before = len(smtp_server.received)
    row = post(client, reply_to(digest, f"{kr.ref} green - what do you need from me?"))
    assert row.state is InboundState.QUARANTINED
    assert "not signed by this Flagpost" in row.reason
    assert questions() == [] and checkins() == []
    assert len(smtp_server.received) == before


def test_a_key_result_outside_the_organisation_is_not_understood(client, org, smtp_server):
    olga_kr, own_kr = org["krs"]["olga"], org["krs"]["mary"]
    body = f"{olga_kr.ref} how is Lisbon going?\n{own_kr.ref} note to self\n#999999 anyone?"
    row = post(client, reply_to(digest_for(org["mary"]), body))
    assert row.state is InboundState.PROCESSED
    assert row.reason == "no question understood in a reply to a digest"
    assert questions() == []
    assert received(smtp_server, "Question about") == []
    [confirmation] = received(smtp_server, "Re: Digest week 47")
    text = " ".join(text_of(confirmation.message).split())
    assert "no question was sent" in text
    for ref in (olga_kr.ref, own_kr.ref, "#999999"):
        assert f"({ref} is not a key result in your organisation)" in text
    assert checkins() == []  # "#<own kr> note to self" is not a status either


def test_accepted_and_refused_lines_in_one_reply(client, org, smtp_server):
    kr, olga_kr = org["krs"]["dana"], org["krs"]["olga"]
    body = f"Random remark\n\n{kr.ref} what do you need from me?\n\n{olga_kr.ref} and Lisbon?"
    row = post(client, reply_to(digest_for(org["mary"]), body))
    assert [q.key_result_id for q in questions()] == [kr.id]
    outcome = json.loads(row.outcome)
    assert [c["ref"] for c in outcome["commands"]] == [kr.ref]
    assert outcome["unmatched"] == [
        "Random remark",
        f"{olga_kr.ref} and Lisbon?  ({olga_kr.ref} is not a key result in your organisation)",
    ]
    [confirmation] = received(smtp_server, "Re: Digest week 47")
    text = text_of(confirmation.message)
    assert "These lines were not understood" in text and "Random remark" in text


def test_a_forged_sender_is_quarantined_and_nothing_is_sent(client, org, smtp_server):
    kr = org["krs"]["dana"]
    before = len(smtp_server.received)
    raw = reply_to(
        digest_for(org["mary"]), f"{kr.ref} what do you need?", sender="mallory@evil.example"
    )
    row = post(client, raw)
    assert row.state is InboundState.QUARANTINED
    assert "not from mary@example.com whose digest it answers" in row.reason
    assert questions() == []
    assert len(smtp_server.received) == before
    assert (
        db.session.scalar(
            db.select(db.func.count(OutboxMessage.id)).where(
                OutboxMessage.kind == MailKind.QUESTION
            )
        )
        == 0
    )


# --- threads without a token ------------------------------------------------------------------


def test_a_relay_that_dropped_the_token_falls_back_to_the_digest_thread(client, org, smtp_server):
    kr = org["krs"]["dana"]
    digest = digest_for(org["mary"])
    row = post(client, reply_to(digest, f"{kr.ref} any help needed?", to="digest@okr.example.com"))
    assert row.state is InboundState.PROCESSED
    assert [q.key_result_id for q in questions()] == [kr.id]
    assert checkins() == []
    # A reply to our confirmation, also without a token, is still in the digest's thread:
    # it asks, it does not record Mary's status.
    [confirmation] = received(smtp_server, "Re: Digest week 47")
    eli_kr = org["krs"]["eli"]
    post(client, reply_to(confirmation.message, f"{eli_kr.ref} green?", to="x@okr.example.com"))
    assert [q.key_result_id for q in questions()] == [kr.id, eli_kr.id]
    assert checkins() == []


def test_a_reply_to_the_confirmation_asks_more(client, org, smtp_server):
    kr = org["krs"]["dana"]
    post(client, reply_to(digest_for(org["mary"]), f"{kr.ref} what do you need from me?"))
    [confirmation] = received(smtp_server, "Re: Digest week 47")
    row = post(client, reply_to(confirmation.message, f"{kr.ref} and by when?"))
    assert row.state is InboundState.PROCESSED
    assert [q.text for q in questions()] == ["what do you need from me?", "and by when?"]
    assert len(received(smtp_server, "Question about")) == 2


# --- the parts --------------------------------------------------------------------------------


def test_reading_questions():
    drafts = read_questions(
        "Hi Dana,\n"
        "#12 what do you need\n"
        "from me?\n"
        "- KR 13: is this still the plan?\n"
        "14) who decides?\n"
        "#15\n"
        "\n"
        "Something unrelated\n"
        "> #16 Quoted item\n"
        "> 09:30 a time, not a key result\n"
        "under the quoted item\n"
        ">\n"
        "> 10:00 a time\n"
        "not under an item\n"
        "\n"
        "Thanks,\n"
        "Mary\n"
        "Head of Sales at Example\n"
    )
    assert [(d.kr_id, d.text) for d in drafts.questions] == [
        (12, "what do you need\nfrom me?"),
        (13, "is this still the plan?"),
        (14, "who decides?"),
        (15, ""),
        (16, "under the quoted item"),
    ]
    assert drafts.unmatched == ["Something unrelated", "not under an item"]


def test_an_empty_question_is_not_understood(client, org, smtp_server):
    kr = org["krs"]["dana"]
    row = post(client, reply_to(digest_for(org["mary"]), f"{kr.ref}"))
    assert questions() == []
    assert f"(no question after {kr.ref})" in row.outcome


def test_tokens_of_one_purpose_never_verify_for_another(app):
    digest_token = tokens.make(42, WEEK, TOKEN_SECRET, purpose="digest")
    status_token = tokens.make(42, WEEK, TOKEN_SECRET)
    assert digest_token != status_token
    assert len(digest_token) == tokens.TOKEN_LENGTH and digest_token == digest_token.lower()
    assert tokens.read(digest_token, TOKEN_SECRET, WEEK, 4, purpose="digest").person_id == 42
    with pytest.raises(tokens.BadToken, match="not signed"):
        tokens.read(digest_token, TOKEN_SECRET, WEEK, 4)
    with pytest.raises(tokens.BadToken, match="not signed"):
        tokens.read(status_token, TOKEN_SECRET, WEEK, 4, purpose="digest")
    with pytest.raises(ValueError, match="no token purpose"):
        tokens.make(42, WEEK, TOKEN_SECRET, purpose="other")
    # The default purpose keeps the original key: addresses already sent keep working.
    key = hmac.new(TOKEN_SECRET.encode(), b"flagpost reply token v1", hashlib.sha256).digest()
    body = tokens._LAYOUT.pack(42, 2026, 47)
    assert tokens._mac(TOKEN_SECRET, body) == hmac.new(key, body, hashlib.sha256).digest()[:10]
    # The digest address: its own local part, a digest token, the reply domain.
    address = addresses.digest_reply_address(42, WEEK)
    local, _, domain = address.partition("@")
    assert local.split("+")[0] == "digest" and domain == addresses.domain()
    token = local.split("+")[1]
    assert tokens.read(token, app.config["SECRET_KEY"], WEEK, 4, purpose="digest").week == WEEK
    assert getaddresses([address])[0][1] == address


def test_a_digest_reply_with_an_encoded_line_break_in_its_ids_is_answered_in_thread(
    client, org, smtp_server
):
    """Its Message-ID decodes to `<a@b>` CR LF `Bcc: ...`, its Subject to two lines: the
    questions are sent, and the manager's confirmation threads under the digest by clean
    ids only (tests/test_hostile_headers.py has the same for status replies)."""
    kr = org["krs"]["dana"]
    digest = digest_for(org["mary"])
    raw = reply_to(digest, f"{kr.ref} what do you need from me?")
    injected = base64.b64encode(b"<a@b>\r\nBcc: evil@example.net").decode()
    subject = base64.b64encode(b"Re: Digest week 47\r\nBcc: evil@example.net").decode()
    raw = re.sub(rb"(?m)^Message-ID: [^\r\n]*", f"Message-ID: =?utf-8?b?{injected}?=".encode(), raw)
    raw = re.sub(rb"(?m)^Subject: [^\r\n]*", f"Subject: =?utf-8?b?{subject}?=".encode(), raw)
    row = post(client, raw)
    assert row.state is InboundState.PROCESSED, row.reason
    assert len(received(smtp_server, "Question about")) == 1
    [confirmation] = received(smtp_server, "Re: Digest week 47")
    assert not any(evil.startswith("evil") for evil in confirmation.recipients)
    assert confirmation.message["Bcc"] is None and confirmation.message["In-Reply-To"] is None
    assert confirmation.message["References"].split() == [digest["Message-ID"]]
    assert confirmation.message["Subject"] == "Re: Digest week 47 Bcc: evil@example.net"


# --- thanks by reply (issue 17) ---------------------------------------------------------------


def thanks_kept() -> list[tuple[int, int, int, str]]:
    db.session.expire_all()
    return [
        (t.manager_id, t.key_result_id, t.owner_id, t.week)
        for t in db.session.scalars(db.select(Thanks).order_by(Thanks.id))
    ]


@pytest.mark.parametrize("words", ["thanks {ref}", "Thank you {ref}!", "thanks for {ref}"])
def test_thanks_in_a_digest_reply_is_kept_not_asked(client, org, smtp_server, words):
    kr = org["krs"]["dana"]
    row = post(client, reply_to(digest_for(org["mary"]), words.format(ref=kr.ref)))

    assert thanks_kept() == [(org["mary"].id, kr.id, org["dana"].id, WEEK)]
    assert questions() == [] and received(smtp_server, "Question about") == []
    assert row.state is InboundState.PROCESSED and row.reason is None
    assert json.loads(row.outcome)["commands"] == [
        {"kind": "thanks", "ref": kr.ref, "value": "to Dana Owner"}
    ]
    [confirmation] = received(smtp_server, "Re: Digest week 47")
    text = " ".join(text_of(confirmation.message).split())
    assert "your thanks is kept; no question was sent" in text
    assert f"* {kr.ref} Sign 5 design partners, to Dana Owner" in text
    assert "not understood" not in text


def test_thanks_and_questions_in_one_reply_with_the_button_rules(client, org, smtp_server):
    """Several refs on one line, a second thanks the same week kept once, a key result
    outside the organisation refused with the reason, and a question still asked."""
    dana_kr, eli_kr, olga_kr = (org["krs"][k] for k in ("dana", "eli", "olga"))
    body = (
        f"Thanks for {dana_kr.ref} and {eli_kr.ref}, raised early!\n"
        f"thanks {olga_kr.ref}\n"
        f"{eli_kr.ref} what do you need from me?\n"
    )
    digest = digest_for(org["mary"])
    post(client, reply_to(digest, body))
    assert [t[1] for t in thanks_kept()] == [dana_kr.id, eli_kr.id]
    assert [q.key_result_id for q in questions()] == [eli_kr.id]
    [confirmation] = received(smtp_server, "Re: Digest week 47")
    text = " ".join(text_of(confirmation.message).split())
    assert f"* {eli_kr.ref} Hire two engineers, to Eli Deep" in text
    assert f"thanks {olga_kr.ref} ({olga_kr.ref} is not a key result in your organisation)" in text

    post(client, reply_to(digest, f"thanks {dana_kr.ref}"))
    assert len(thanks_kept()) == 2  # once a week per key result, as the button
    later = received(smtp_server, "Re: Digest week 47")[-1]
    assert "(you thanked for it this week already)" in text_of(later.message)


def test_thanks_alone_is_a_remark_not_a_question(client, org, smtp_server):
    kr = org["krs"]["dana"]
    digest = digest_for(org["mary"], f"Hi Mary,\n\n{kr.ref} Sign 5 design partners\n")
    row = post(client, reply_to(digest, "thanks!"))
    assert thanks_kept() == [] and questions() == []
    assert json.loads(row.outcome)["unmatched"] == []


def test_reading_thanks():
    drafts = read_questions("thanks #12\nThank you for #13 & #14!\nthanks #15, what now?\nThanks!")
    assert [(d.kr_id, d.line) for d in drafts.thanks] == [
        (12, "thanks #12"),
        (13, "Thank you for #13 & #14!"),
        (14, "Thank you for #13 & #14!"),
    ]
    assert drafts.questions == [] and drafts.unmatched == ["thanks #15, what now?"]
