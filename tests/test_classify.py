"""Classifying inbound mail: a person, an auto-reply, a bounce, or our own mail come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from okr.replies import decode
from okr.replies.classify import OUT_OF_OFFICE_PHRASES, classify

DOMAIN = "flagpost.example"
OUR_ID = "<form.0123456789abcdef01234567@flagpost.example>"
PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peer-fixtures"
DISCOURSE = PEER / "discourse"


def mail(headers: str = "", body: str = "#12 green - signed 4 of 5\n", **fields: str) -> bytes:
    """A minimal reply from a person, with extra header lines added or replaced."""
    base = {
        "From": "Ann Example <ann@example.com>",
        "To": f"status+tok@{DOMAIN}",
        "Subject": "Re: Weekly status, week 47",
        "Message-ID": "<CAF1234abcd@mail.gmail.com>",
        "In-Reply-To": OUR_ID,
        "Content-Type": "text/plain; charset=utf-8",
    }
    base.update({k.replace("_", "-"): v for k, v in fields.items()})
    lines = [f"{k}: {v}" for k, v in base.items() if v is not None]
    extra = [line for line in headers.strip().splitlines() if line]
    return ("\r\n".join(lines + extra) + "\r\n\r\n" + body).encode()


def verdict(raw: bytes, ours=None):
    return classify(decode.parse(raw), DOMAIN, ours)


# --- people --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        "",
        "X-Auto-Response-Suppress: All",
        "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply",
        "Auto-Submitted: no",
        "Auto-Submitted: No ; comment",
        "Precedence: first-class",
        "List-Id: <team.example.com>",  # a list without Precedence: list is not enough
        "X-Autoreply: no",
        "X-Mailer: Microsoft Outlook 16.0",
    ],
)
def test_people(headers: str) -> None:
    assert verdict(mail(headers)).kind == "person"


def test_auto_submitted_no_wins_over_weak_signs() -> None:
    raw = mail("Auto-Submitted: no", Subject="Out of Office: Re: Weekly status")
    assert verdict(raw).kind == "person"


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Weekly status, week 47",
        "RE: Weekly status, week 47: 3 key results",
        "AW: Weekly status, week 47",
        "Re: Weekly status — out of office next week",
        "Out of office next week",  # a person's own subject, no colon
        "Absentee report",
        "Auto-pay renewal",
        "Away from home, but #12 is green",
        "Re: Weekly status (automatic reply to follow)",
        "",
    ],
)
def test_normal_subjects_are_people(subject: str) -> None:
    assert verdict(mail(Subject=subject)).kind == "person"


def test_a_colleague_on_our_own_domain_is_a_person() -> None:
    raw = mail(
        From=f"Bob <bob@{DOMAIN}>",
        Message_ID=f"<3b6c1f2e-9d2a-4c1e-8f00-1234567890ab@{DOMAIN}>",  # Thunderbird's form
    )
    assert verdict(raw).kind == "person"


# --- auto-replies --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        "Auto-Submitted: auto-replied",
        "Auto-Submitted: auto-generated",
        "Auto-Submitted: AUTO-REPLIED; owner-email=ann@example.com",
        "Auto-Submitted: auto-notified",
        "X-Autoreply: yes",
        "X-Autorespond: Ann is away",
        "X-Autoresponder: true",
        "Precedence: bulk",
        "Precedence: junk",
        "Precedence: list",
        "Precedence: auto_reply",
        "Precedence: BULK",
        "List-Id: <news.example.com>\r\nList-Unsubscribe: <mailto:u@example.com>\r\n"
        "Precedence: list",
        "X-MS-Exchange-Inbox-Rules-Loop: ann@example.com",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        "X-Loop: vacation@example.com",
        "Return-Path: <>",
    ],
)
def test_auto_reply_headers(headers: str) -> None:
    result = verdict(mail(headers))
    assert result.kind == "auto_reply", result
    assert result.reason


@pytest.mark.parametrize(
    "sender",
    [
        "MAILER-DAEMON@mx.example.com",
        "Mail Delivery System <mailer-daemon@mx.example.com>",
        "postmaster@example.com",
        "no-reply@example.com",
        "noreply@example.com",
        "do-not-reply@example.com",
        "DoNotReply@example.com",
        "noreply+abc@example.com",
    ],
)
def test_machine_senders_are_automatic(sender: str) -> None:
    result = verdict(mail(From=sender, Subject="Your weekly digest"))
    assert result.kind == "auto_reply", result


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Re: Weekly status, week 47",
        "Out of office",
        "Automatic reply: Weekly status, week 47",
        "Autoreply: Weekly status",
        "Auto-Reply: Weekly status",
        "Away from the office: back on Monday",
        "Away from my desk",
        "Weekly status, week 47 [Auto-Reply]",
        "Re: Weekly status (Out of Office)",
        "Abwesenheitsnotiz: Weekly status, week 47",
        "AW: Abwesenheitsnotiz",
        "Automatische Antwort: Weekly status",
        "Absence du bureau : Weekly status",
        "Réponse automatique : Weekly status",
        "Respuesta automática: Weekly status",
        "Fuera de la oficina - vuelvo el lunes",
        "Automatisch antwoord: Weekly status",
        "Afwezig: Weekly status",
        "Risposta automatica: Weekly status",
        "Fuori ufficio",
        "Resposta automática: Weekly status",
        "Frånvaro: Weekly status",
        "Autosvar: Weekly status",
        "Automaattinen vastaus: Weekly status",
        "Odpowiedź automatyczna: Weekly status",
        "Автоответ: Weekly status",
        "自動応答: Weekly status",
        "自动回复: Weekly status",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    result = verdict(mail(Subject=subject))
    assert result.kind == "auto_reply", result
    assert "out-of-office" in result.reason


def test_every_listed_phrase_is_recognised_with_a_colon() -> None:
    for phrase in OUT_OF_OFFICE_PHRASES:
        assert verdict(mail(Subject=f"{phrase.title()}: Weekly status")).kind == "auto_reply", (
            phrase
        )


def test_read_receipt_is_automatic() -> None:
    raw = mail(
        Content_Type='multipart/report; report-type=disposition-notification; boundary="r"',
        body="--r\r\nContent-Type: text/plain\r\n\r\nRead.\r\n"
        "--r\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Final-Recipient: rfc822; ann@example.com\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n--r--\r\n",
    )
    assert verdict(raw).kind == "auto_reply"


# --- bounces -------------------------------------------------------------------------------


def dsn(
    status: str = "5.1.1",
    action: str = "failed",
    original: str = "message/rfc822",
    recipient: str = "ann@example.com",
) -> bytes:
    returned = (
        f"From: Flagpost <okr@{DOMAIN}>\r\nTo: {recipient}\r\nMessage-ID: {OUR_ID}\r\n"
        "Subject: Weekly status, week 47\r\nAuto-Submitted: auto-generated\r\n"
    )
    if original == "message/rfc822":
        returned += "\r\nYour weekly form.\r\n"
    body = (
        "This is a MIME-encapsulated message.\r\n\r\n"
        "--B\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.com\r\nArrival-Date: Thu, 19 Nov 2026 10:00:00 +0000\r\n"
        f"\r\nFinal-Recipient: rfc822; {recipient}\r\nOriginal-Recipient: rfc822;{recipient}\r\n"
        f"Action: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; 550 {status} <{recipient}>: Recipient address rejected:\r\n"
        " User unknown in virtual mailbox table\r\n\r\n"
        f"--B\r\nContent-Type: {original}\r\n\r\n{returned}\r\n--B--\r\n"
    )
    return mail(
        From="Mail Delivery System <MAILER-DAEMON@mx.example.com>",
        To=f"okr@{DOMAIN}",
        Subject="Undelivered Mail Returned to Sender",
        Message_ID="<20261119100000.ABC@mx.example.com>",
        In_Reply_To=None,
        Content_Type='multipart/report; report-type=delivery-status; boundary="B"',
        body=body,
    )


@pytest.mark.parametrize("original", ["message/rfc822", "text/rfc822-headers"])
def test_rfc3464_bounce(original: str) -> None:
    result = verdict(dsn(original=original))
    assert result.kind == "bounce"
    assert result.bounce is not None
    assert result.bounce.original_message_id == OUR_ID
    assert result.bounce.recipient == "ann@example.com"
    assert result.bounce.status == "5.1.1"
    assert result.bounce.permanent is True
    assert result.bounce.action == "failed"
    assert "User unknown" in (result.bounce.diagnostic or "")


def test_temporary_bounce() -> None:
    result = verdict(dsn(status="4.2.2", action="delayed"))
    assert result.kind == "bounce"
    assert result.bounce.permanent is False
    assert result.bounce.status == "4.2.2"


def test_successful_delivery_report_is_no_bounce() -> None:
    result = verdict(dsn(status="2.0.0", action="delivered"))
    assert result.kind == "auto_reply"
    assert result.bounce is None


def test_bounce_of_our_own_mail_is_a_bounce_not_a_loop() -> None:
    raw = dsn().replace(b"MAILER-DAEMON@mx.example.com", f"MAILER-DAEMON@{DOMAIN}".encode())
    assert verdict(raw, ours=lambda ids: OUR_ID in ids).kind == "bounce"


def test_postfix_style_bounce_without_report() -> None:
    body = (
        "This is the mail system at host mx.example.com.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        "<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1\r\n"
        "    <bob@example.com>: Recipient address rejected: User unknown\r\n\r\n"
        "------ This is a copy of the message, including all the headers. ------\r\n\r\n"
        f"From: okr@{DOMAIN}\r\nTo: bob@example.com\r\nMessage-ID: {OUR_ID}\r\n"
        "Subject: Weekly status, week 47\r\n\r\nYour weekly form.\r\n"
    )
    raw = mail(
        From="MAILER-DAEMON@mx.example.com (Mail Delivery System)",
        Subject="Undelivered Mail Returned to Sender",
        In_Reply_To=None,
        body=body,
    )
    result = verdict(raw)
    assert result.kind == "bounce"
    assert result.bounce.original_message_id == OUR_ID
    assert result.bounce.recipient == "bob@example.com"
    assert result.bounce.status == "5.1.1"
    assert result.bounce.permanent is True


@pytest.mark.parametrize(
    ("subject", "sender"),
    [
        (
            "Delivery Status Notification (Failure)",
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        ),
        (
            "Mail delivery failed: returning message to sender",
            "Mail Delivery System <Mailer-Daemon@mx.example.com>",
        ),
        ("Undeliverable: Weekly status, week 47", "postmaster@example.com"),
        ("failure notice", "MAILER-DAEMON@example.com"),
    ],
)
def test_common_bounce_subjects(subject: str, sender: str) -> None:
    body = (
        "Your message wasn't delivered to carol@example.com because the address couldn't "
        "be found.\r\n\r\nThe response was:\r\n\r\n550 5.1.1 The email account does not exist.\r\n"
        f"\r\n----- Original message -----\r\n\r\nMessage-ID: {OUR_ID}\r\n"
    )
    result = verdict(mail(From=sender, Subject=subject, In_Reply_To=None, body=body))
    assert result.kind == "bounce", result
    assert result.bounce.original_message_id == OUR_ID
    assert result.bounce.recipient == "carol@example.com"
    assert result.bounce.permanent is True


def test_exim_failed_recipients_header() -> None:
    raw = mail(
        "X-Failed-Recipients: dave@example.com",
        From="Mail Delivery System <Mailer-Daemon@mx.example.com>",
        Subject="Mail delivery failed: returning message to sender",
        body="  dave@example.com\r\n    mailbox is full: retry timeout exceeded\r\n",
    )
    result = verdict(raw)
    assert result.kind == "bounce"
    assert result.bounce.recipient == "dave@example.com"


def test_delay_warning_is_temporary() -> None:
    raw = mail(
        From="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        Subject="Delivery Status Notification (Delay)",
        body=f"Delivery to erin@example.com has been delayed.\r\nMessage-ID: {OUR_ID}\r\n",
    )
    result = verdict(raw)
    assert result.kind == "bounce"
    assert result.bounce.permanent is False


def test_unusual_daemon_mail_quoting_our_id_is_a_bounce_when_we_know_the_id() -> None:
    raw = mail(
        From="postmaster@example.com",
        Subject="Notice",
        body=f"Something went wrong with\r\nMessage-ID: {OUR_ID}\r\n",
    )
    assert verdict(raw).kind == "auto_reply"  # without the outbox only the sender is known
    result = verdict(raw, ours=lambda ids: OUR_ID in ids)
    assert result.kind == "bounce"
    assert result.bounce.original_message_id == OUR_ID


def test_the_id_we_sent_is_preferred_over_other_ids() -> None:
    other = "<other.message@mx.example.com>"
    raw = mail(
        From="MAILER-DAEMON@mx.example.com",
        Subject="Returned mail: see transcript for details",
        body=f"Message-ID: {other}\r\nReferences: {OUR_ID}\r\n",
    )
    assert verdict(raw).bounce.original_message_id == OUR_ID  # by its shape
    assert verdict(raw, ours=lambda ids: other in ids).bounce.original_message_id == other


# --- loops ---------------------------------------------------------------------------------


def test_a_returning_copy_of_our_form_is_a_loop() -> None:
    raw = mail(
        "Auto-Submitted: auto-generated\r\nX-Auto-Response-Suppress: OOF, AutoReply",
        From=f"Flagpost <okr@{DOMAIN}>",
        To=f"status+tok@{DOMAIN}",
        Subject="Weekly status, week 47: 3 key results",
        Message_ID=OUR_ID,
        In_Reply_To="<status-thread.1@flagpost.example>",
    )
    result = verdict(raw)
    assert result.kind == "loop"


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        ("X-Flagpost-Loop: 1", {}),
        ("", {"Message_ID": "<confirmation.00112233445566778899aabb@flagpost.example>"}),
        ("Auto-Submitted: auto-generated", {"From": f"okr@{DOMAIN}"}),
        ("Auto-Submitted: auto-generated", {"From": f"okr@mail.{DOMAIN}"}),
        (f"X-Loop: okr@{DOMAIN}", {}),
        ("Received: from a by b\r\n" * 41, {}),
    ],
)
def test_loops(headers: str, fields: dict) -> None:
    result = verdict(mail(headers, **fields))
    assert result.kind == "loop", result


def test_the_outbox_recognises_our_message_id() -> None:
    raw = mail(Message_ID="<anything@relay.example>")
    assert verdict(raw).kind == "person"
    assert verdict(raw, ours=lambda ids: "<anything@relay.example>" in ids).kind == "loop"


def test_a_failing_outbox_check_does_not_raise() -> None:
    def broken(ids: list[str]) -> bool:
        raise RuntimeError("database down")

    assert verdict(mail(), ours=broken).kind == "person"
    assert verdict(dsn(), ours=broken).kind == "bounce"


def test_auto_replied_from_a_colleague_on_our_domain_is_an_auto_reply() -> None:
    raw = mail("Auto-Submitted: auto-replied", From=f"bob@{DOMAIN}", Subject="Automatic reply: x")
    assert verdict(raw).kind == "auto_reply"


# --- the discourse fixtures ----------------------------------------------------------------

needs_discourse = pytest.mark.skipif(not DISCOURSE.is_dir(), reason="peer fixtures absent")


def fixture(name: str, ours=None):
    return classify(decode.parse((DISCOURSE / name).read_bytes()), DOMAIN, ours)


@needs_discourse
@pytest.mark.parametrize(
    "name", ["auto_reply.eml", "auto_generated_header.eml", "auto_generated_precedence.eml"]
)
def test_discourse_auto_replies(name: str) -> None:
    assert fixture(name).kind == "auto_reply"


@needs_discourse
def test_discourse_auto_generated_from_the_site_domain_is_a_loop() -> None:
    """The same fixture, seen by a Flagpost whose domain is the sender's (bar.com)."""
    result = classify(
        decode.parse((DISCOURSE / "auto_generated_header.eml").read_bytes()), "bar.com"
    )
    assert result.kind == "loop"


@needs_discourse
@pytest.mark.parametrize("name", ["bounced_email.eml", "hard_bounce_via_verp.eml"])
def test_discourse_bounces(name: str) -> None:
    result = fixture(name)
    assert result.kind == "bounce"
    assert result.bounce.recipient == "linux-admin@b-s-c.co.jp"
    assert result.bounce.status == "5.1.1"
    assert result.bounce.permanent is True
    assert result.bounce.diagnostic == 'unknown user: "linux-admin"'
    assert result.bounce.original_message_id is None  # the returned copy has no Message-ID


@needs_discourse
@pytest.mark.parametrize(
    "name",
    [
        "quirks_exchange_xars.eml",
        "text_reply.eml",
        "html_reply.eml",
        "gmail_html_reply.eml",
        "text_and_html_reply.eml",
        "chinese_reply.eml",
        "hebrew_reply.eml",
        "on_date_contact_wrote.eml",
        "reply_above.eml",
        "previous_replies.eml",
        "inline_mixed_replies.eml",
        "iphone_signature.eml",
        "original_message.eml",
        "dmarc_fail.eml",
        "missing_message_id.eml",
        "reply_user_not_matching.eml",
    ],
)
def test_discourse_people(name: str) -> None:
    assert fixture(name).kind == "person"
