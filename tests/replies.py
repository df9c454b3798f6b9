"""Building realistic replies to the forms the system really sent."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from flask import Flask

from okr import clock


def sent_forms(app: Flask) -> dict[str, EmailMessage]:
    """The forms in the outbox folder, by recipient (embedded default)."""
    forms: dict[str, EmailMessage] = {}
    for path in sorted(
        Path(app.config["OUTBOX_DIR"]).glob("*.eml"), key=lambda p: p.stat().st_mtime_ns
    ):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["Subject"].startswith("Weekly status"):
            forms[message["To"]] = message
    return forms


def reply_to(
    form: EmailMessage,
    body: str,
    *,
    sender: str | None = None,
    to: str | None = None,
    quote: bool = True,
    headers: dict[str, str] | None = None,
) -> bytes:
    """A plain-text reply as a mail client writes it: new text on top, the form quoted."""
    reply = EmailMessage(policy=email.policy.SMTP)
    reply["From"] = sender or form["To"]
    reply["To"] = to or form["Reply-To"]
    reply["Subject"] = f"Re: {form['Subject']}"
    reply["Date"] = format_datetime(clock.now())
    reply["Message-ID"] = make_msgid(domain="client.example.com")
    reply["In-Reply-To"] = form["Message-ID"]
    reply["References"] = f"{form['References']} {form['Message-ID']}"
    for name, value in (headers or {}).items():
        reply[name] = value
    text = body
    if quote:
        original = form.get_body(preferencelist=("plain",)).get_content()
        quoted = "\n".join(f"> {line}" if line else ">" for line in original.splitlines())
        text = (
            f"{body}\n\nOn Thu, 19 Nov 2026 at 16:00, Flagpost <{form['From']}> wrote:\n{quoted}\n"
        )
    reply.set_content(text)
    return reply.as_bytes()
