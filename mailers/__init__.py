"""Composing every email the system sends: one subject/text/HTML template set per kind.

Views and jobs call these builders and never assemble a message by hand, so headers
that mark automatic mail are set in one place.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, render_template
from flask_mail import Message

from okr import addresses


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
