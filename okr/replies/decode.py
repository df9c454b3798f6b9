"""Decoding a raw message: parse it without ever failing, read its headers, find its text.

Pure: bytes in, text out. Everything here must survive whatever arrives by mail:
malformed MIME, 8-bit headers, lying charsets, absurd nesting. Nothing raises; what went
wrong is written into `BodyText.problems` instead.

This module is the entry point the rest of the code imports; the work is split by
concern: `headers` (header values, addresses, message ids), `mimeparts` (walking the
tree, reading one part), `charsets` (bytes to text when the label lies) and
`html_text` (an HTML body as plain text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import errors as email_errors
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from typing import Literal

from .headers import (
    addresses,
    header,
    header_block,
    headers,
    message_ids,
    raw_headers,
    thread_of,
)
from .html_text import html_to_text
from .mimeparts import (
    MAX_DEPTH,
    alternative_plain,
    content_type,
    is_attachment,
    normalise,
    part_text,
    plain_text,
    walk,
)

__all__ = [
    "MAX_HTML_CHARS",
    "MAX_TEXT_CHARS",
    "BodyText",
    "ParseFallback",
    "addresses",
    "body_text",
    "header",
    "header_block",
    "headers",
    "html_to_text",
    "message_ids",
    "parse",
    "raw_headers",
    "thread_of",
    "walk",
]

MAX_TEXT_CHARS = 1_000_000  # the text a later step reads; more is cut, with a problem noted
MAX_HTML_CHARS = 4_000_000  # HTML is cut before conversion so a huge page cannot stall us


class ParseFallback(email_errors.MessageDefect):
    """parse() could not read the MIME structure and fell back to something simpler."""


@dataclass
class BodyText:
    text: str
    source: Literal["plain", "html", "none"]
    charset_used: str
    problems: list[str] = field(default_factory=list)


def parse(raw: bytes) -> EmailMessage:
    """The message, parsed with the modern policy; never raises.

    If the full parse fails (absurd nesting, parser bugs), the headers are parsed alone
    and the body kept as one text payload; if even that fails, an empty message holds
    the raw bytes as its text.
    """
    if not isinstance(raw, bytes | bytearray | memoryview):
        raw = str(raw).encode("utf-8", "surrogateescape")
    raw = bytes(raw)
    try:
        return BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as error:  # RecursionError, parser bugs: fall back, never fail
        reason = f"full parse failed ({type(error).__name__})"
    try:
        # The body stays one unparsed payload (for a multipart, body_text() finds no text).
        msg = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    except Exception:
        msg = EmailMessage(policy=policy.default)
        msg.set_payload(raw.decode("latin-1"))
    msg.defects.append(ParseFallback(reason))
    return msg


# --- choosing the body ---------------------------------------------------------------------

_PLACEHOLDER = re.compile(
    r"^\s*(this (is an? )?(html|multi-?part)[^\n]{0,80}|"
    r"your (email|mail) (client|program|reader) does not support html[^\n]{0,80})\s*$",
    re.IGNORECASE,
)


def _cut(text: str, problems: list[str]) -> str:
    if len(text) > MAX_TEXT_CHARS:
        problems.append(f"text cut at {MAX_TEXT_CHARS:,} of {len(text):,} characters")
        return text[:MAX_TEXT_CHARS]
    return text


def body_text(msg: Message) -> BodyText:
    """The sender's text: the first inline text/plain, else the HTML converted to text.

    Quoted HTML (blockquote, Gmail/Outlook/Apple/Thunderbird quote blocks) comes out as
    `> ` lines. Attachments are never read. Never raises.
    """
    problems: list[str] = []
    try:
        return _body_text(msg, problems)
    except Exception as error:  # pragma: no cover - last resort, should not happen
        problems.append(f"could not read the body ({type(error).__name__})")
        return BodyText("", "none", "", problems)


def _body_text(msg: Message, problems: list[str]) -> BodyText:
    if any(isinstance(d, ParseFallback) for d in getattr(msg, "defects", [])):
        problems.append("the MIME structure could not be parsed; read as a simple message")
    parents: dict[int, Message | None] = {}
    first_kind = ""
    plain: Message | None = None
    html: Message | None = None
    for part, parent, depth in walk(msg):
        parents[id(part)] = parent
        if depth == MAX_DEPTH and content_type(part).startswith("multipart/"):
            problems.append(f"MIME parts nested deeper than {MAX_DEPTH} were ignored")
        if is_attachment(part, top=parent is None):
            continue
        kind = content_type(part)
        if kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html is None:
            html = part
        else:
            continue
        first_kind = first_kind or kind

    if html is not None and first_kind == "text/html":
        # The body is HTML; a text/plain later on is an alternative only if it is inside
        # the same multipart/alternative (else it is a footer or an inline attachment).
        plain = alternative_plain(html, parents)
    if plain is not None:
        text, charset = plain_text(plain, parents.get(id(plain)), problems)
        if (text.strip() and not _PLACEHOLDER.match(text)) or html is None:
            return BodyText(_cut(text, problems), "plain", charset, problems)
        problems.append("the text/plain part is empty or a placeholder; the HTML was used")
    if html is not None:
        raw_html, charset = part_text(html, problems, html=True)
        raw_html = normalise(raw_html, problems)
        if len(raw_html) > MAX_HTML_CHARS:
            problems.append(f"HTML cut at {MAX_HTML_CHARS:,} characters before conversion")
            raw_html = raw_html[:MAX_HTML_CHARS]
        return BodyText(_cut(html_to_text(raw_html), problems), "html", charset, problems)
    return BodyText("", "none", "", problems)
