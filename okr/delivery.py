"""Writing mail to the outbox folder, the embedded default when no MAIL_SERVER is set."""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from flask import current_app

from . import clock


def write_eml(raw: bytes, recipient: str) -> Path:
    """Keep a message as an .eml file a person can open in any mail program."""
    folder = Path(current_app.config["OUTBOX_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S%f")
    who = re.sub(r"[^a-z0-9]+", "-", recipient.lower()).strip("-")
    path = folder / f"{stamp}-{who}-{secrets.token_hex(4)}.eml"
    # Written under another name and renamed: whoever watches the folder (a person, a mail
    # program, a test) never opens a message half written.
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(raw)
    os.replace(partial, path)
    current_app.logger.debug("mail kept in the outbox folder: %s", path)  # outbox logs a batch
    return path
