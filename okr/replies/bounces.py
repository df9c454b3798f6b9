"""Reading a bounce: the delivery-status report (RFC 3464) or a non-standard bounce text,
for the original Message-ID, the failed recipient, the status and whether it is permanent.

Apart from `classify.py` because bounce text is parsed with its own bounded regexes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email.message import Message

from . import decode
from .classify_words import DAEMON_SENDERS, DELAY_WORDS, MACHINE_SENDERS

_ATOM = r"[^\s<>\"'(),;:@\[\]]"
# Regexes here read bounce text of any size: each starts only at a line or token start and
# never backtracks into a run, so none is quadratic.
ADDRESS = re.compile(rf"(?<!{_ATOM}){_ATOM}++@{_ATOM}++")
MESSAGE_ID_LINE = re.compile(
    r"^[> \t]{0,20}Message-?ID:[ \t]*\n?[ \t]*(<[^<>\s]{3,995}>)", re.I | re.M
)
ANY_ID = re.compile(r"<[^<>\s@]{1,500}@[^<>\s@]{1,300}>")
_STATUS = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
_SMTP_CODE = re.compile(
    r"(?:said|response|error|reply|code|status)[ \t]{0,5}[:=]?[ \t]{0,5}\(?([45]\d\d)\b"
    r"|^[ \t]{0,20}([45]\d\d)[ -]",
    re.I | re.M,
)
RECIPIENT_PATTERNS = (
    re.compile(r"^[ \t]{0,20}<([^<>\s@]{1,200}@[^<>\s@]{1,200})>[ \t]*:", re.M),  # Postfix, qmail
    re.compile(
        r"^[ \t]{0,20}Final-Recipient:[ \t]*\w{1,40}[ \t]*;[ \t]*<?"
        r"([^<>\s@]{1,200}@[^<>\s@]{1,200}?)>?[ \t]*$",
        re.I | re.M,
    ),
    re.compile(
        r"(?:delivered to|delivery to|could not be delivered to|recipients? failed:?"
        r"|following (?:recipients?|address(?:es)?)[^:\n]{0,40}:)\s{0,20}<?"
        r"([^<>\s@]{1,200}@[A-Za-z0-9.-]{0,200}[A-Za-z0-9])",
        re.I,
    ),
)


def safe_call(check: Callable[[list[str]], bool], ids: list[str]) -> bool:
    try:
        return bool(check(ids))
    except Exception:
        return False


def content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "application/octet-stream"


def report_type_of(msg: Message) -> str:
    if content_type(msg) != "multipart/report":
        return ""
    try:
        return str(msg.get_param("report-type") or "").strip().lower()
    except Exception:
        return ""


def is_delivery_status(part: Message) -> bool:
    return content_type(part) in (
        "message/delivery-status",
        "message/global-delivery-status",
        "text/delivery-status",
    )


def raw_payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    try:
        payload = part.get_payload()
    except Exception:
        return b""
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogateescape")
    if isinstance(payload, list):
        try:
            return b"\n".join(sub.as_bytes() for sub in payload if isinstance(sub, Message))
        except Exception:
            return b""
    return b""


def dsn_blocks(part: Message) -> list[dict[str, str]]:
    """The field blocks of a delivery-status part, names lower-cased."""
    blocks: list[dict[str, str]] = []
    try:
        payload = part.get_payload()
    except Exception:
        payload = None
    if isinstance(payload, list):
        for sub in payload:
            if not isinstance(sub, Message):
                continue
            block: dict[str, str] = {}
            try:
                items = list(sub.raw_items())
            except Exception:
                items = []
            for name, _ in items:
                key = str(name).lower()
                block.setdefault(key, decode.header(sub, key))
            blocks.append(block)
            try:
                rest = sub.get_payload()
            except Exception:
                rest = None
            if isinstance(rest, str) and rest.strip():
                blocks += _parse_blocks(rest)
        return blocks
    return _parse_blocks(raw_payload(part).decode("utf-8", "replace"))


def _parse_blocks(text: str) -> list[dict[str, str]]:
    blocks: list[dict[str, str]] = []
    for chunk in re.split(r"\r?\n\s*\r?\n", text.replace("\r\n", "\n")):
        block: dict[str, str] = {}
        last = ""
        for line in chunk.split("\n"):
            if line[:1] in (" ", "\t") and last:
                block[last] += " " + line.strip()
                continue
            name, colon, value = line.partition(":")
            if colon and name.strip() and " " not in name.strip():
                last = name.strip().lower()
                block.setdefault(last, value.strip())
        if block:
            blocks.append(block)
    return blocks


def is_recipient(block: dict[str, str]) -> bool:
    return "final-recipient" in block or "original-recipient" in block


def choose_recipient(blocks: list[dict[str, str]]) -> dict[str, str]:
    for wanted in ("failed", "delayed"):
        for block in blocks:
            if (block.get("action", "").split() or [""])[0].lower() == wanted:
                return block
    return blocks[0] if blocks else {}


def after_type(value: str) -> str:
    """`rfc822; user@example.com` → `user@example.com`; `smtp; 550 …` → `550 …`."""
    value = " ".join(value.split())
    kind, semicolon, rest = value.partition(";")
    return rest.strip() if semicolon and " " not in kind.strip() else value


def address_of(value: str | None) -> str | None:
    if not value:
        return None
    found = ADDRESS.search(after_type(value))
    return found.group(0).lower().strip(".") if found else None


def status_code(value: str) -> str | None:
    found = _STATUS.search(value or "")
    return found.group(1) if found else None


def first_status(text: str) -> str | None:
    found = _STATUS.search(text)
    return found.group(1) if found else None


def first_smtp_code(text: str) -> str | None:
    found = _SMTP_CODE.search(text)
    return (found.group(1) or found.group(2)) if found else None


def line_with(text: str, needle: str | None) -> str | None:
    if not needle:
        return None
    for line in text.splitlines():
        if needle in line:
            return " ".join(line.split())[:500] or None
    return None  # pragma: no cover - the needle was found in the text


def is_permanent(status: str | None, action: str, subject: str) -> bool:
    if status:
        return status.startswith("5")
    if action:
        return action != "delayed"
    lowered = subject.lower()
    return not any(word in lowered for word in DELAY_WORDS)


def _local_part(address: str) -> str:
    return address.rpartition("@")[0].partition("+")[0]


def is_daemon(address: str) -> bool:
    return bool(DAEMON_SENDERS.match(_local_part(address)))


def is_machine(address: str) -> bool:
    local = _local_part(address)
    return bool(DAEMON_SENDERS.match(local) or MACHINE_SENDERS.match(local))
