"""The one reading of a reply: decoded body, new text, understanding.

Processing (services/inbound.py) and `okr parse-reply` both call this, so what the
command shows is what processing records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from email.message import Message

from . import decode
from .trim import new_text
from .understand import FormEntry, Understanding, understand
from .unmarked import with_unmarked_answers


@dataclass(frozen=True)
class Reading:
    text: str  # the new text the person typed (history and signature cut)
    understanding: Understanding


def read_text(
    body: str, entries: list[FormEntry], today: date, names: tuple[str, ...] = ()
) -> Reading:
    """A plain-text body: its new text, understood against the form's key results (with
    answers typed inside the form Outlook quoted without marks)."""
    text = with_unmarked_answers(body, new_text(body), entries, names)
    return Reading(text, understand(text, entries, today, names))


def read_message(
    msg: Message, entries: list[FormEntry], today: date, names: tuple[str, ...] = ()
) -> Reading:
    """A parsed reply: its body as text (or its HTML converted), then `read_text`."""
    return read_text(decode.body_text(msg).text, entries, today, names)
