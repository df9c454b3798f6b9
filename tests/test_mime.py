"""mailers/mime.py: what it writes parses back, with the `email` package, to what went in."""

from __future__ import annotations

import email
import email.policy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailers import Message, mime


def _parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def _content(msg: email.message.EmailMessage, kind: str) -> str:
    """A part's text as a reader gets it (line ends are CRLF on the wire)."""
    return msg.get_body((kind,)).get_content().replace("\r\n", "\n")


def _write(**overrides) -> bytes:
    fields = {
        "sender": "Flagpost <status@okr.example.com>",
        "to": ["ada@example.com"],
        "subject": "Weekly status, week 47: 3 key results",
        "text": "Hi Ada,\n\n#12 Ship it\nDue 1 Dec 2026.\n",
        "html": "<p>Hi Ada,</p>\n<p><strong>#12 Ship it</strong></p>\n",
        "message_id": "<form.1@okr.example.com>",
        "reply_to": "status+abc@okr.example.com",
        "extra_headers": {"Auto-Submitted": "auto-generated"},
    }
    fields.update(overrides)
    return mime.write(**fields)


def test_headers_and_parts_parse_back() -> None:
    msg = _parse(_write())
    assert msg["From"] == "Flagpost <status@okr.example.com>"
    assert msg["To"] == "ada@example.com"
    assert msg["Reply-To"] == "status+abc@okr.example.com"
    assert msg["Subject"] == "Weekly status, week 47: 3 key results"
    assert msg["Message-ID"] == "<form.1@okr.example.com>"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Date"] is not None and msg["MIME-Version"] == "1.0"
    assert msg.get_content_type() == "multipart/alternative"
    assert _content(msg, "plain") == "Hi Ada,\n\n#12 Ship it\nDue 1 Dec 2026.\n"
    assert _content(msg, "html") == ("<p>Hi Ada,</p>\n<p><strong>#12 Ship it</strong></p>\n")
    assert not msg.defects and all(not part.defects for part in msg.walk())


def test_text_only_is_a_single_part() -> None:
    msg = _parse(_write(html=None, text="only text\n"))
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content().replace("\r\n", "\n") == "only text\n"


def test_non_ascii_names_and_subject_are_encoded_and_decode_back() -> None:
    raw = _write(
        to=["Zoë Ångström <zoe@example.com>", "José <jose@example.com>"],
        cc=[("Müller, Jörg", "jorg@example.com")],
        subject="Wöchentlicher Status – Woche 47 ✅",
    )
    assert raw.split(b"\r\n\r\n", 1)[0].isascii()
    msg = _parse(raw)
    assert msg["Subject"] == "Wöchentlicher Status – Woche 47 ✅"
    assert [a.display_name for a in msg["To"].addresses] == ["Zoë Ångström", "José"]
    assert msg["Cc"].addresses[0].display_name == "Müller, Jörg"
    assert msg["Cc"].addresses[0].addr_spec == "jorg@example.com"


def test_an_internationalised_domain_is_written_in_ascii() -> None:
    msg = _parse(_write(to=["Ada <ada@bücher.example>"]))
    assert msg["To"].addresses[0].addr_spec == "ada@xn--bcher-kva.example"


def test_long_headers_are_folded_and_unfold_to_the_same_value() -> None:
    ids = " ".join(f"<form.{n}.{'x' * 20}@okr.example.com>" for n in range(12))
    long_subject = "A subject " + "that goes on and on " * 10
    raw = _write(extra_headers={"References": ids}, subject=long_subject)
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert all(len(line) <= 78 for line in head.split(b"\r\n"))
    msg = _parse(raw)
    assert msg["References"] == ids
    assert msg["Subject"] == " ".join(long_subject.split())


@pytest.mark.parametrize("bad", ["a\r\nBcc: x@example.com", "a\nX: y", "a\rb"])
def test_a_line_break_in_a_header_is_refused(bad: str) -> None:
    with pytest.raises(mime.HeaderInjection):
        mime.header_line("Subject", bad)


def test_no_line_is_longer_than_76_octets_in_the_body() -> None:
    text = "word " * 400 + "\n" + "x" * 3000 + "\n"
    raw = _write(text=text, html="<p>" + "y" * 5000 + "</p>")
    body = raw.split(b"\r\n\r\n", 1)[1]
    assert max(len(line) for line in body.split(b"\r\n")) <= 76
    msg = _parse(raw)
    assert _content(msg, "plain") == text
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_trailing_spaces_and_lone_carriage_returns_survive() -> None:
    msg = _parse(_write(text="keeps   \ntrailing\tspace \r\nand\rline ends\n"))
    assert _content(msg, "plain") == ("keeps   \ntrailing\tspace \nand\nline ends\n")


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    html=st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    name=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
    subject=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=120),
)
def test_any_text_round_trips(text: str, html: str, name: str, subject: str) -> None:
    raw = mime.write(
        sender="Flagpost <status@okr.example.com>",
        to=[(name, "someone@example.com")],
        subject=subject,
        text=text,
        html=html,
    )
    msg = _parse(raw)
    normalise = lambda s: s.replace("\r\n", "\n").replace("\r", "\n")  # noqa: E731
    assert _content(msg, "plain") == normalise(text)
    assert _content(msg, "html") == normalise(html)
    assert msg["To"].addresses[0].addr_spec == "someone@example.com"
    assert str(msg["Subject"]) == " ".join(subject.split())
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_message_with_an_attachment_falls_back_to_flask_mail(app) -> None:
    with app.app_context():
        message = Message(
            subject="export",
            recipients=["ada@example.com"],
            body="see attached",
            sender="Flagpost <status@okr.example.com>",
        )
        message.attach("people.csv", "text/csv", b"email,name\n")
        msg = _parse(message.as_bytes())
    assert msg.get_content_type() == "multipart/mixed"
    assert [p.get_filename() for p in msg.iter_attachments()] == ["people.csv"]


def test_message_uses_the_direct_writer_for_our_shape(app) -> None:
    with app.app_context():
        message = Message(
            subject="Weekly status",
            recipients=["ada@example.com"],
            body="text\n",
            html="<p>text</p>\n",
            sender="Flagpost <status@okr.example.com>",
            reply_to="status+abc@okr.example.com",
            extra_headers={"In-Reply-To": "<t.1@okr.example.com>"},
        )
        message.msgId = "<form.9@okr.example.com>"
        raw = message.as_bytes()
    assert b"=_flagpost_" in raw
    msg = _parse(raw)
    assert msg["Message-ID"] == "<form.9@okr.example.com>"
    assert msg["In-Reply-To"] == "<t.1@okr.example.com>"
    assert _content(msg, "html") == "<p>text</p>\n"
