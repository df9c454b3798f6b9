"""Composing every email the system sends: one subject/text/HTML template set per kind.

Views and jobs call these builders and never assemble a message by hand, so headers
that mark automatic mail are set in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.charset import QP, Charset
from email.mime.text import MIMEText
from email.utils import parseaddr
from typing import Any

from flask import current_app, render_template
from flask_mail import Message as _FlaskMailMessage

from okr import addresses

from . import mime

_QP_UTF8 = Charset("utf-8")
_QP_UTF8.body_encoding = QP


class Message(_FlaskMailMessage):
    """A Flask-Mail message whose parts are quoted-printable.

    Flask-Mail sends UTF-8 as 8bit, which cannot carry a line over SMTP's 998 octets;
    an HTML part with inlined styles, or a long note, easily has one. Quoted-printable
    wraps every line and keeps the text readable.
    """

    def _mimetext(self, text: str | None, subtype: str = "plain") -> MIMEText:
        return MIMEText(text or "", _subtype=subtype, _charset=_QP_UTF8)

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


def compose(kind: str, to: str, **context: Any) -> Message:
    """Render `templates/email/<kind>.{subject,txt,html}` into one multipart message."""
    subject = render_template(f"email/{kind}.subject.txt", **context).strip()
    subject = " ".join(subject.split())  # a header never carries a line break
    text = render_template(f"email/{kind}.txt", **context)
    html = render_template(f"email/{kind}.html", **context)
    message = Message(
        subject=subject,
        recipients=[to],
        body=text,
        html=html,
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
        extra_headers={"Auto-Submitted": "auto-generated"},
    )
    message.msgId = addresses.new_message_id(kind)  # our domain, recorded in the outbox
    return message


@dataclass(frozen=True)
class Outgoing:
    """A composed message as the outbox keeps and sends it: its bytes, its first recipient
    as composed, and the SMTP envelope's recipients as they go on the wire."""

    raw: bytes
    to: str
    envelope: list[str]


def envelope(message: Message) -> list[str]:
    """Every To and Cc address, first recipient first, each as written on the wire
    (mailers/mime.py); our messages never carry Bcc, and none that carries a token has a
    second recipient (tests/test_mail_tokens.py)."""
    found: list[str] = []
    seen: set[str] = set()
    for value in [*message.recipients, *(message.cc or [])]:
        address = parseaddr(value)[1] if isinstance(value, str) else value[1]
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
    return Outgoing(raw, message.recipients[0], envelope(message))
