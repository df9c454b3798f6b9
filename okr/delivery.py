"""Hand a composed message to SMTP, or, in the embedded default, to the outbox folder."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from flask import current_app
from flask_mail import Message

from . import clock
from .extensions import mail


def deliver(message: Message) -> str:
    """Send now. Returns where it went: 'smtp' or the path of the .eml written."""
    if current_app.config.get("MAIL_SERVER"):
        mail.send(message)
        current_app.logger.info(
            "mail sent to %s: %s", ", ".join(message.recipients), message.subject
        )
        return "smtp"
    return str(write_eml(message))


def write_eml(message: Message) -> Path:
    folder = Path(current_app.config["OUTBOX_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S%f")
    who = re.sub(r"[^a-z0-9]+", "-", (message.recipients or ["nobody"])[0].lower()).strip("-")
    path = folder / f"{stamp}-{who}-{secrets.token_hex(4)}.eml"
    path.write_bytes(message.as_bytes())
    current_app.logger.info(
        "mail kept in the outbox (no MAIL_SERVER set): %s -> %s", message.subject, path
    )
    return path
