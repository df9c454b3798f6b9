"""Bounces: only a delivery report that proves it answers our mail marks an outbox row.

Each message goes out with its own envelope sender, `bounces+TOKEN@reply-domain`, where
TOKEN is signed and names the outbox row (VERP). A report that comes back to that address
marks the row; anything else (a report quoting our Message-ID or naming a person, sent by
anyone to any address, or a bounce address with a made-up token) marks nothing and is held
for review. The remote server's text is shown escaped and labelled as its own.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date
from pathlib import Path

import pytest

from okr import addresses, tokens
from okr.config import ConfigError, load
from okr.extensions import db
from okr.models import CheckIn, InboundMessage, InboundState, MailKind, OutboxMessage
from tests.conftest import make_kr, make_person, sign_in
from tests.replies import sent_forms

SECRET = "bounce-test-inbound-secret"
PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "peer-fixtures" / "discourse"
XSS = "<script>alert(1)</script>"


@pytest.fixture
def app_config(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


@pytest.fixture
def forms(app, runner):
    dana = make_person("dana@example.com", "Dana")
    eli = make_person("eli@example.com", "Eli")
    make_kr(dana, "Sign 5 design partners", due=date(2026, 12, 15))
    make_kr(eli, "Hire two engineers")
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    sent = sent_forms(app)
    rows = {
        row.recipient: row
        for row in db.session.scalars(db.select(OutboxMessage).where(OutboxMessage.kind == "form"))
    }
    return {"sent": sent, "rows": rows}


def post(client, raw: bytes):
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    response = client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )
    assert response.status_code == 202, response.get_json()
    return db.session.get(InboundMessage, response.get_json()["id"])


def dsn(
    to: str,
    *,
    message_id: str | None,
    recipient: str,
    status: str = "5.1.1",
    diagnostic: str = "smtp; 550 5.1.1 <x>: Recipient address rejected: User unknown",
    headers: str = "",
) -> bytes:
    """An RFC 3464 delivery report as Postfix writes it, to `to`."""
    action = "failed" if status.startswith("5") else "delayed"
    returned = f"Message-ID: {message_id}\r\n" if message_id else ""
    return (
        f"{headers}From: MAILER-DAEMON@mx.remote.example (Mail Delivery System)\r\n"
        f"To: {to}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <dsn.{abs(hash((to, status, diagnostic)))}@mx.remote.example>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n'
        "\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n"
        "\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.remote.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: {diagnostic}\r\n"
        "\r\n--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"{returned}To: {recipient}\r\nSubject: Weekly status\r\n"
        "\r\n--b1--\r\n"
    ).encode()


def bounced(row: OutboxMessage) -> bool:
    db.session.refresh(row)
    return row.bounced_at is not None


# --- the bounce address -----------------------------------------------------------------


def test_each_message_goes_out_with_its_own_signed_bounce_address(
    smtp_config, app, runner, smtp_server
):
    for number in range(3):
        make_kr(make_person(f"p{number}@example.com", f"P{number}"), "Ship")
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    rows = {r.recipient: r for r in db.session.scalars(db.select(OutboxMessage))}
    senders = set()
    for received in smtp_server.received:
        row = rows[received.recipients[0]]
        local_part, _, domain = received.envelope_from.rpartition("@")
        assert re.fullmatch(r"bounces\+[a-z2-7]{29}", local_part), received.envelope_from
        assert domain == "okr.example.com"
        assert addresses.bounced_outbox_id(received.envelope_from) == row.id
        assert received.message["From"] == "Flagpost <flagpost@okr.example.com>"  # unchanged
        senders.add(received.envelope_from)
    assert len(senders) == len(smtp_server.received) == 3


def test_without_a_bounce_local_part_mail_goes_out_with_the_sender_address(
    smtp_config, app, runner, smtp_server
):
    app.config["BOUNCE_LOCAL_PART"] = None
    make_kr(make_person("dana@example.com", "Dana"), "Ship")
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    assert [r.envelope_from for r in smtp_server.received] == ["flagpost@okr.example.com"]


def test_a_bounce_token_names_its_row_and_nothing_else_verifies(app):
    secret = app.config["SECRET_KEY"]
    for outbox_id in (1, 2, 99, 2**31, 2**63 - 1):
        token = tokens.make_bounce(outbox_id, secret)
        assert len(token) == tokens.BOUNCE_TOKEN_LENGTH
        assert tokens.read_bounce(token.upper(), secret) == outbox_id  # any case
        with pytest.raises(tokens.BadToken):
            tokens.read_bounce(token, "another-secret-of-another-flagpost-0123")
        for at in range(len(token)):  # any one character changed
            other = "a" if token[at] != "a" else "b"
            with pytest.raises(tokens.BadToken):
                tokens.read_bounce(token[:at] + other + token[at + 1 :], secret)
    reply_token = tokens.make(1, "2026-W47", secret)
    for wrong in ("", "x", reply_token, reply_token + "a", "=" * 29):
        with pytest.raises(tokens.BadToken):
            tokens.read_bounce(wrong, secret)


def test_only_our_bounce_local_part_is_read_as_a_bounce_address(app):
    token = tokens.make_bounce(7, app.config["SECRET_KEY"])
    assert addresses.bounced_outbox_id(f"bounces+{token}@flagpost.test") == 7
    assert addresses.bounced_outbox_id(f"BOUNCES+{token.upper()}@Flagpost.Test") == 7
    for other in (f"status+{token}@flagpost.test", f"xbounces+{token}@x", "bounces@x", token):
        assert addresses.bounced_outbox_id(other) is None
    with pytest.raises(tokens.BadToken):
        addresses.bounced_outbox_id("bounces+made-up@flagpost.test")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "bounces"),
        ({"OKR_BOUNCE_LOCAL_PART": "return.path"}, "return.path"),
        ({"OKR_BOUNCE_LOCAL_PART": ""}, None),
        ({"OKR_BOUNCE_LOCAL_PART": "  "}, None),
    ],
)
def test_the_bounce_local_part_setting(tmp_path, env, expected):
    assert load(env, str(tmp_path))["BOUNCE_LOCAL_PART"] == expected


@pytest.mark.parametrize(
    "env",
    [
        {"OKR_BOUNCE_LOCAL_PART": "bounces+x"},
        {"OKR_BOUNCE_LOCAL_PART": "b@x"},
        {"OKR_BOUNCE_LOCAL_PART": "two words"},
        {"OKR_BOUNCE_LOCAL_PART": "status"},
        {"OKR_BOUNCE_LOCAL_PART": "Replies", "OKR_REPLY_LOCAL_PART": "replies"},
        {"OKR_BOUNCE_LOCAL_PART": "digest"},
    ],
)
def test_a_bounce_local_part_that_cannot_work_is_refused(tmp_path, env):
    with pytest.raises(ConfigError, match="OKR_BOUNCE_LOCAL_PART"):
        load(env, str(tmp_path))


# --- what a bounce may mark ---------------------------------------------------------------


def test_a_report_to_the_messages_bounce_address_marks_its_row(client, forms):
    row = forms["rows"]["dana@example.com"]
    inbound = post(
        client,
        dsn(addresses.bounce_address(row.id), message_id=row.message_id, recipient=row.recipient),
    )
    assert bounced(row) and row.bounce_reason.startswith("5.1.1 550 5.1.1")
    assert not bounced(forms["rows"]["eli@example.com"])
    assert inbound.state is InboundState.IGNORED and inbound.reason.startswith("bounce: form to")
    assert db.session.scalar(db.select(db.func.count(CheckIn.id))) == 0


def test_the_token_alone_names_the_row(client, forms):
    """A report without the returned headers (many servers send none) still marks it."""
    row = forms["rows"]["eli@example.com"]
    post(client, dsn(addresses.bounce_address(row.id), message_id=None, recipient=row.recipient))
    assert bounced(row)


def test_the_address_may_arrive_in_delivered_to_only(client, forms):
    """A mail server's pipe sees the envelope recipient in Delivered-To / X-Original-To."""
    row = forms["rows"]["dana@example.com"]
    for header in ("Delivered-To", "X-Original-To"):
        raw = dsn(
            "Flagpost <flagpost@localhost>",
            message_id=row.message_id,
            recipient=row.recipient,
            headers=f"{header}: {addresses.bounce_address(row.id)}\r\n",
            status="5.2.2" if header == "Delivered-To" else "5.2.1",
        )
        post(client, raw)
    assert bounced(row)


def _unproven(forms, kind: str) -> bytes:
    """Reports that name a real row of ours but prove nothing."""
    row = forms["rows"]["dana@example.com"]
    form = forms["sent"]["dana@example.com"]
    token = tokens.make_bounce(row.id, "not-our-secret-but-long-enough-0123456789")
    cases = {
        # Anyone can quote our Message-ID, sent to any address of ours.
        "our-message-id-to-the-sender-address": form["From"],
        "our-message-id-to-the-reply-address": form["Reply-To"],
        "our-message-id-to-a-bare-bounce-address": "bounces@flagpost.test",
        "a-token-we-did-not-make": f"bounces+{token}@flagpost.test",
        "a-token-changed-by-one-character": _changed(addresses.bounce_address(row.id)),
        "a-reply-token-as-a-bounce-token": f"bounces+{form['Reply-To'].split('+')[1]}",
        "a-bounce-token-on-the-reply-local-part": addresses.bounce_address(row.id).replace(
            "bounces+", "status+"
        ),
    }
    return dsn(cases[kind], message_id=row.message_id, recipient=row.recipient)


def _changed(address: str) -> str:
    local, _, domain = address.partition("@")
    swapped = "a" if local[-5] != "a" else "b"
    return f"{local[:-5]}{swapped}{local[-4:]}@{domain}"


UNPROVEN = [
    "our-message-id-to-the-sender-address",
    "our-message-id-to-the-reply-address",
    "our-message-id-to-a-bare-bounce-address",
    "a-token-we-did-not-make",
    "a-token-changed-by-one-character",
    "a-reply-token-as-a-bounce-token",
    "a-bounce-token-on-the-reply-local-part",
]


@pytest.mark.parametrize("kind", UNPROVEN)
def test_a_report_that_proves_nothing_marks_nothing_and_is_held(client, forms, kind):
    inbound = post(client, _unproven(forms, kind))
    assert not bounced(forms["rows"]["dana@example.com"]), kind
    assert inbound.state is InboundState.QUARANTINED, (kind, inbound.reason)
    assert "no outbox row marked" in inbound.reason
    assert db.session.scalar(db.select(db.func.count(CheckIn.id))) == 0


def test_a_report_naming_only_a_person_marks_nothing(client, forms):
    """Before, a report naming a failed recipient marked that person's latest mail."""
    inbound = post(client, dsn("flagpost@localhost", message_id=None, recipient="eli@example.com"))
    assert not bounced(forms["rows"]["eli@example.com"])
    assert inbound.state is InboundState.QUARANTINED


def test_a_token_for_one_row_returning_another_of_our_messages_marks_nothing(client, forms):
    dana, eli = forms["rows"]["dana@example.com"], forms["rows"]["eli@example.com"]
    raw = dsn(addresses.bounce_address(dana.id), message_id=eli.message_id, recipient=eli.recipient)
    inbound = post(client, raw)
    assert not bounced(dana) and not bounced(eli)
    assert inbound.state is InboundState.QUARANTINED and eli.message_id in inbound.reason


def test_reports_to_two_rows_bounce_addresses_mark_nothing(client, forms):
    dana, eli = forms["rows"]["dana@example.com"], forms["rows"]["eli@example.com"]
    raw = dsn(
        addresses.bounce_address(dana.id),
        message_id=None,
        recipient=dana.recipient,
        headers=f"Delivered-To: {addresses.bounce_address(eli.id)}\r\n",
    )
    assert post(client, raw).state is InboundState.QUARANTINED
    assert not bounced(dana) and not bounced(eli)


def test_a_delay_warning_to_the_bounce_address_marks_nothing(client, forms):
    row = forms["rows"]["dana@example.com"]
    raw = dsn(
        addresses.bounce_address(row.id),
        message_id=row.message_id,
        recipient=row.recipient,
        status="4.4.1",
    )
    inbound = post(client, raw)
    assert not bounced(row)
    assert inbound.state is InboundState.IGNORED and "delayed" in inbound.reason


def test_a_failed_copy_recipient_is_named_in_the_reason(client, forms):
    row = forms["rows"]["dana@example.com"]
    raw = dsn(addresses.bounce_address(row.id), message_id=None, recipient="boss@example.com")
    post(client, raw)
    assert bounced(row) and row.bounce_reason.startswith("for boss@example.com: 5.1.1")


def test_a_non_standard_bounce_to_the_bounce_address_marks_its_row(client, forms):
    """Not RFC 3464: qmail's and Exim's plain-text bounces."""
    row = forms["rows"]["eli@example.com"]
    raw = (
        "From: Mail Delivery System <Mailer-Daemon@mx.remote.example>\r\n"
        f"To: {addresses.bounce_address(row.id)}\r\n"
        "Subject: Mail delivery failed: returning message to sender\r\n"
        f"X-Failed-Recipients: {row.recipient}\r\n\r\n"
        "This message was created automatically by mail delivery software.\r\n\r\n"
        "A message that you sent could not be delivered to one or more of its\r\n"
        "recipients. This is a permanent error. The following address(es) failed:\r\n\r\n"
        f"  {row.recipient}\r\n    host mx.remote.example [192.0.2.1]\r\n"
        "    SMTP error from remote mail server after RCPT TO:<eli@example.com>:\r\n"
        "    550 5.1.1 User unknown\r\n"
    ).encode()
    post(client, raw)
    assert bounced(row) and "5.1.1" in row.bounce_reason


# --- what the Outbox page shows -----------------------------------------------------------


def test_the_remote_servers_text_is_escaped_and_labelled_as_its_own(client, forms, admin):
    row = forms["rows"]["dana@example.com"]
    raw = dsn(
        addresses.bounce_address(row.id),
        message_id=row.message_id,
        recipient=row.recipient,
        diagnostic=f"smtp; 550 5.1.1 {XSS} <b>click</b>\x07 http://evil.example/",
    )
    post(client, raw)
    assert bounced(row) and "\x07" not in row.bounce_reason
    sign_in(client, admin)
    page = client.get("/admin/mail/outbox").get_data(as_text=True)
    cell = re.search(rf'<tr id="message-{row.id}".*?<td class="bounce">(.*?)</td>', page, re.S)
    assert cell, page
    text = cell.group(1)
    assert "<script>" not in page and "<b>click</b>" not in page
    assert "The remote server said: <q>" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;click&lt;/b&gt;" in text


# --- Discourse's fixtures: a DSN to a VERP address, and one to a plain address -------------


def _peer(name: str) -> bytes:
    if not PEERS.is_dir():
        pytest.skip("shared/peer-fixtures is not beside the project")
    return (PEERS / name).read_bytes()


def _verp_to(raw: bytes, address: str) -> bytes:
    return re.sub(rb"foo\+verp-[0-9a-f]{32}@discourse\.org", address.encode(), raw)


def test_discourses_verp_bounce_to_our_bounce_address_marks_the_row(client, forms):
    row = forms["rows"]["dana@example.com"]
    inbound = post(
        client, _verp_to(_peer("hard_bounce_via_verp.eml"), addresses.bounce_address(row.id))
    )
    assert bounced(row), inbound.reason
    assert row.bounce_reason.startswith("for linux-admin@b-s-c.co.jp: 5.1.1")  # expected.json
    assert 'unknown user: "linux-admin"' in row.bounce_reason


@pytest.mark.parametrize("name", ["hard_bounce_via_verp.eml", "bounced_email.eml"])
def test_discourses_bounces_to_other_addresses_mark_nothing(client, forms, name):
    """Its own VERP address (another system's token), and a DSN to a plain address."""
    inbound = post(client, _peer(name))
    assert inbound.state is InboundState.QUARANTINED and "no outbox row marked" in inbound.reason
    rows = db.session.scalars(db.select(OutboxMessage)).all()
    assert rows and not any(r.bounced_at for r in rows)
    assert all(r.kind is MailKind.FORM for r in rows)  # nothing was answered
