"""Headers whose decoded value carries a line break or another control character.

A reply's Message-ID, In-Reply-To, References and Subject are read, stored and written
back into the confirmation's headers. An encoded word (`=?utf-8?b?DQo=?=` is CR LF) or a
raw control byte there must neither fail the reply nor add a header of the sender's to
ours: the reply is processed like any other, and the confirmation threads under it by its
clean ids only.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import hmac
import re

import pytest

from okr.extensions import db
from okr.models import CheckIn, InboundMessage, InboundState, MailKind, OutboxMessage
from okr.replies import decode
from tests.conftest import make_kr, make_person
from tests.replies import reply_to, sent_forms

SECRET = "hostile-header-test-secret"
WRITABLE_ID = re.compile(r"<[!-;=?-~]{3,248}>")
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def b64(text: str) -> bytes:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?=".encode()


def q(text: str) -> bytes:
    encoded = "".join(
        c if c.isalnum() or c in "<>@.-" else "_" if c == " " else f"={ord(c):02X}" for c in text
    )
    return f"=?utf-8?q?{encoded}?=".encode()


# (case, header, raw value): each replaces the reply's own header of that name.
CASES = [
    ("message-id-crlf", "Message-ID", b"=?utf-8?b?DQo=?="),
    ("message-id-crlf-bcc", "Message-ID", b64("<a@b>\r\nBcc: evil@example.net")),
    ("message-id-q-crlf-bcc", "Message-ID", q("<a@b>\r\nBcc: evil@example.net")),
    ("message-id-lf-only", "Message-ID", b64("<a@b>\nX-Injected: 1")),
    ("message-id-cr-only", "Message-ID", b64("<a@b>\rX-Injected: 1")),
    ("message-id-line-separator", "Message-ID", b64("<a@b>\u2028Bcc: evil@example.net")),
    ("message-id-nel", "Message-ID", b64("<a@b>\u0085Bcc: evil@example.net")),
    ("message-id-nul-byte", "Message-ID", b"<a\x00b@client.example.com>"),
    ("message-id-raw-controls", "Message-ID", b"<a\x01\x1b[31mb@client.example.com>"),
    ("message-id-8-bit", "Message-ID", "<caf\u00e9@client.example.com>".encode()),
    ("message-id-too-long", "Message-ID", b"<" + b"x" * 900 + b"@client.example.com>"),
    ("message-id-empty", "Message-ID", b""),
    ("message-id-without-brackets", "Message-ID", b"bare@client.example.com"),
    ("in-reply-to-crlf-bcc", "In-Reply-To", b64("<a@b>\r\nBcc: evil@example.net")),
    ("references-crlf-bcc", "References", b64("<a@b>\r\nBcc: evil@example.net")),
    ("references-raw-controls", "References", b"<x\x07@y.example> <z\x00@w.example>"),
    ("subject-crlf-bcc", "Subject", b64("Re: Weekly\r\nBcc: evil@example.net")),
    ("subject-q-crlf", "Subject", q("Re: Weekly\r\nX-Injected: 1")),
    ("subject-line-separators", "Subject", b64("Re:\u2028Weekly\u2029status\u0085now")),
    ("subject-nul-and-escape", "Subject", b64("Re: Weekly\x00\x1b[2J status")),
    ("subject-only-a-line-break", "Subject", b64("\r\n")),
    ("from-name-crlf", "From", b64("Dana\r\nBcc: evil@example.net") + b" <dana@example.com>"),
]


@pytest.fixture
def app_config(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


@pytest.fixture
def form(app, runner):
    dana = make_person("dana@example.com", "Dana")
    kr = make_kr(dana, "Sign 5 design partners")
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    return sent_forms(app)["dana@example.com"], kr


def replaced(raw: bytes, name: str, value: bytes) -> bytes:
    """The message with its header `name` (and its folded lines) replaced by `value`."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = re.sub(rb"\r\n[ \t]", b" ", head).split(b"\r\n")
    kept = [line for line in lines if not line.lower().startswith(name.lower().encode() + b":")]
    return b"\r\n".join([name.encode() + b": " + value, *kept]) + b"\r\n\r\n" + body


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


@pytest.mark.parametrize(("case", "name", "value"), CASES, ids=[c[0] for c in CASES])
def test_a_reply_with_a_hostile_header_is_processed_and_threads_sanely(
    client, form, case, name, value
):
    sent, kr = form
    raw = replaced(reply_to(sent, f"{kr.ref} green - on track"), name, value)
    row = post(client, raw)
    assert row.state is InboundState.PROCESSED, (case, row.state, row.reason)
    assert [(c.key_result_id, c.flag.value) for c in db.session.scalars(db.select(CheckIn))] == [
        (kr.id, "green")
    ]
    assert row.message_id is None or not CONTROL.search(row.message_id)
    check_in = db.session.scalar(db.select(CheckIn))
    assert check_in.source_message_id is None or not CONTROL.search(check_in.source_message_id)

    answer = db.session.scalar(
        db.select(OutboxMessage).where(OutboxMessage.kind == MailKind.CONFIRMATION)
    )
    assert answer is not None and answer.state.value == "sent"
    head = answer.raw.partition(b"\r\n\r\n")[0]
    names = [
        line.split(b":", 1)[0].decode().lower()
        for line in head.split(b"\r\n")
        if line and line[:1] not in b" \t"
    ]
    assert {"bcc", "x-injected"}.isdisjoint(names), names
    assert len(names) == len(set(names)), names  # no header twice
    assert set(names) <= {
        "from",
        "to",
        "reply-to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "content-type",
        "auto-submitted",
        "x-auto-response-suppress",
        "in-reply-to",
        "references",
    }, names
    assert not CONTROL.search(head.replace(b"\r\n ", b"").replace(b"\r\n", b"").decode())

    confirmation = email.message_from_bytes(answer.raw, policy=email.policy.default)
    assert confirmation["To"] == "dana@example.com"
    assert confirmation["Subject"].startswith("Re: ")
    in_reply_to = decode.raw_headers(confirmation, "In-Reply-To")
    references = " ".join(decode.raw_headers(confirmation, "References")).split()
    own = decode.thread_of(decode.parse(raw))[0]
    if own is None:
        assert in_reply_to == []
    else:
        assert in_reply_to == [own] and references[-1] == own
    assert all(WRITABLE_ID.fullmatch(one) for one in in_reply_to + references), references
    if name != "References":  # the reply's thread is kept, so the answer joins the form's
        assert sent["Message-ID"] in references


def test_the_cases_cover_every_header_we_write_back():
    assert {name for _, name, _ in CASES} >= {"Message-ID", "In-Reply-To", "References", "Subject"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"=?utf-8?b?DQo=?=", ""),
        (b64("Re: a\r\nBcc: b"), "Re: a  Bcc: b"),
        (b64("x\u2028y\u2029z\x00"), "x y z"),
        (b"plain \x07 bell", "plain   bell"),
    ],
)
def test_decoded_headers_carry_no_control_character(value, expected):
    msg = decode.parse(b"Subject: " + value + b"\r\n\r\nbody\r\n")
    assert decode.header(msg, "Subject") == expected
    assert not CONTROL.search(decode.raw_headers(msg, "Subject")[0])


def test_thread_of_keeps_only_ids_fit_to_write_back():
    raw = (
        b"Message-ID: " + b64("<a@b>\r\nBcc: x") + b"\r\n"
        b"In-Reply-To: <parent@x.example>\r\n"
        b"References: <root@x.example> <caf\xc3\xa9@x.example> <" + b"y" * 300 + b"@x.example>"
        b" <parent@x.example>\r\n\r\nbody\r\n"
    )
    assert decode.thread_of(decode.parse(raw)) == (None, ["<root@x.example>", "<parent@x.example>"])
    only_in_reply_to = decode.parse(b"Message-ID: <me@x.example>\r\nIn-Reply-To: <p@x>\r\n\r\n.")
    assert decode.thread_of(only_in_reply_to) == ("<me@x.example>", ["<p@x>"])
