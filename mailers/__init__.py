"""Composing every email the system sends: one Markdown template and one subject per kind.

Each kind has its module here (form, digest, confirmation, question, signin) that turns
its data into a template context; all of them make their message with `build`, the one
place that sets headers, threading, week numbers, encodings and line lengths. Views and
jobs call the per-kind modules and never assemble a message by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email.charset import QP, Charset
from email.mime.text import MIMEText
from typing import Any

from flask import current_app, render_template
from flask_mail import Message as _FlaskMailMessage

from okr import addresses

from . import mime
from .render import render_parts

_QP_UTF8 = Charset("utf-8")
_QP_UTF8.body_encoding = QP


class Message(_FlaskMailMessage):
    """A Flask-Mail message whose parts are quoted-printable.

    Flask-Mail sends UTF-8 as 8bit, which cannot carry a line over SMTP's 998 octets;
    an HTML part with inlined styles, or a long note, easily has one. Quoted-printable
    wraps every line and keeps the text readable.
    """

    def _mimetext(self, text: str | None, subtype: str = "plain") -> MIMEText:
        # typeshed allows only a name; MIMEText passes the Charset on to set_payload.
        return MIMEText(text or "", _subtype=subtype, _charset=_QP_UTF8)  # type: ignore[arg-type]

    def as_bytes(self) -> bytes:
        """Our messages' one shape written directly (mailers/mime.py); anything else,
        such as an attachment, through Flask-Mail and the `email` package."""
        if self.attachments or set(self.alts) - {"html"}:
            return super().as_bytes()
        return mime.write(
            sender=self.sender,
            to=list(self.recipients),
            cc=list(self.cc or []),
            reply_to=self.reply_to,
            subject=self.subject or "",
            text=self.body or "",
            html=self.html,
            message_id=self.msgId,
            date=self.date,
            extra_headers=self.extra_headers,
        )


@dataclass(frozen=True)
class Kind:
    """One kind of mail: the template set it is made from and how it marks itself as
    automatic (RFC 3834), so that auto-responders leave it alone."""

    template: str  # templates/email/<template>.md and .subject.txt
    auto_submitted: str  # "auto-generated", or "auto-replied" for an answer to a mail
    suppress: str | None = "OOF, AutoReply"  # X-Auto-Response-Suppress (Exchange)
    id_word: str | None = None  # in its Message-ID, when not the template's name


# Every kind of mail the system sends. `build` refuses any other, and
# tests/test_mail_kinds.py composes each of these with long and non-ASCII input.
KINDS: dict[str, Kind] = {
    "form": Kind("form", "auto-generated"),
    "reminder": Kind("reminder", "auto-generated"),
    "digest": Kind("digest", "auto-generated"),
    "confirmation": Kind("confirmation", "auto-replied", "All"),
    "question": Kind("question", "auto-generated"),
    "question-confirmation": Kind("question", "auto-replied", "All", "confirmation"),
    "signin": Kind("signin", "auto-generated", None),
}
MAX_SUBJECT = 250  # characters; a header is folded, but a subject is read at a glance


def week_number(week: str) -> int:
    """`2026-W47` -> 47, as every mail says it."""
    return int(week.split("-W")[1])


def build(
    kind: str,
    *,
    to: str,
    context: dict[str, Any],
    week: str | None = None,
    subject: str | None = None,
    reply_to: str | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    extra_css: str | None = None,
) -> Message:
    """The one way a mail is made: text and HTML from `templates/email/<kind>.md`, the
    subject from its `.subject.txt` (or the one given, for an answer), the sender from the
    settings, the automatic-mail and threading headers, quoted-printable parts (no line
    over 76 octets) and headers encoded and folded (mailers/mime.py).

    `week` gives the templates `week_number`; `in_reply_to` and `references` thread the
    mail (References nearest last)."""
    spec = KINDS[kind]
    if week is not None:
        context = {"week_number": week_number(week), **context}
    if subject is None:
        subject = render_template(f"email/{spec.template}.subject.txt", **context)
    text, html = render_parts(spec.template, extra_css=extra_css, **context)
    headers = {"Auto-Submitted": spec.auto_submitted}
    if spec.suppress:
        headers["X-Auto-Response-Suppress"] = spec.suppress
    if in_reply_to:
        headers["In-Reply-To"] = in_reply_to
    if references:
        headers["References"] = " ".join(references)
    message = Message(
        subject=" ".join(subject.split())[:MAX_SUBJECT],  # a header never carries a break
        recipients=[to],
        body=text,
        html=html,
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
        reply_to=reply_to,
        extra_headers=headers,
    )
    # Set after: Flask-Mail would add a second Message-ID from extra headers.
    message.msgId = message_id or addresses.new_message_id(spec.id_word or spec.template)
    return message


@dataclass(frozen=True)
class Outgoing:
    """A composed message as the outbox keeps and sends it: its bytes, its first recipient
    as composed, and the SMTP envelope's recipients as they go on the wire."""

    raw: bytes
    to: str
    envelope: list[str]
    subject: str = ""  # for the Outbox page: weekly mail has none until it is composed


def envelope(message: Message) -> list[str]:
    """Every To and Cc address, first recipient first, each as written on the wire
    (mailers/mime.py); our messages never carry Bcc, and none that carries a token has a
    second recipient (tests/test_mail_tokens.py)."""
    found: list[str] = []
    seen: set[str] = set()
    for value in [*message.recipients, *(message.cc or [])]:
        address = mime.parse_address(value)[1] if isinstance(value, str) else value[1]
        if not address:
            continue
        wire = mime.mailbox(address)
        if wire.lower() not in seen:
            found.append(wire)
            seen.add(wire.lower())
    return found


def outgoing(message: Message) -> Outgoing:
    """Write the message; raises mime.UnsendableAddress or mime.HeaderInjection when it
    cannot be written."""
    raw = message.as_bytes()
    to = message.recipients[0]
    if not isinstance(to, str):  # Flask-Mail's (name, address) pair: `build` never makes one
        raise TypeError(f"a message's recipient is one string, not {to!r}")
    return Outgoing(raw, to, envelope(message), message.subject or "")
