"""Header values: read every copy of a header, decoded, without ever failing.

Headers arrive folded, RFC 2047-encoded, in undeclared 8-bit charsets, or crafted to
smuggle a line break into a header of ours; each reader here returns plain one-line
text (or bare addresses and message ids) and tolerates the rest.
"""

from __future__ import annotations

import re
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses

from .charsets import FALLBACK_CHARSETS, decode_bytes


def header_block(raw: bytes) -> bytes:
    """The bytes up to the first empty line, where the headers end at the latest: reading
    a header or two from them costs a fraction of parsing the whole message."""
    ends = [at + len(mark) for mark in (b"\n\n", b"\n\r\n", b"\r\r") if (at := raw.find(mark)) >= 0]
    return raw[: min(ends)] if ends else raw


def raw_headers(msg: Message, name: str) -> list[str]:
    """Every value of a header as it arrived: unfolded, undecoded, bytes restored."""
    wanted = name.lower()
    values: list[str] = []
    try:
        items = list(msg.raw_items())
    except Exception:
        return values
    for key, value in items:
        try:
            if str(key).lower() != wanted:
                continue
            text = _unsurrogate(str(value))
        except Exception:  # noqa: S112 - one unreadable header must not hide the others
            continue
        text = re.sub(r"\r?\n[ \t]+", " ", text).replace("\r", "").replace("\n", " ")
        values.append(_CONTROLS.sub(" ", text))
    return values


# Control characters and line or paragraph separators: in a header value they are junk or
# an attempt to start a header of one's own, never text. Each becomes a space.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def header(msg: Message, name: str) -> str:
    """The first value of a header, RFC 2047 words decoded; "" when absent or unreadable."""
    values = headers(msg, name)
    return values[0] if values else ""


def headers(msg: Message, name: str) -> list[str]:
    """All values of a header, RFC 2047 words decoded (lenient about unknown charsets);
    a line break or other control character, also one encoded (`=?utf-8?b?DQo=?=`), is
    a space."""
    return [_CONTROLS.sub(" ", _decode_words(value)).strip() for value in raw_headers(msg, name)]


def _unsurrogate(text: str) -> str:
    """8-bit header bytes arrive as surrogate escapes: read them as UTF-8, else cp1252."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    data = text.encode("utf-8", "surrogateescape")
    for charset in FALLBACK_CHARSETS:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # pragma: no cover - latin-1 always decodes


def _decode_words(value: str) -> str:
    try:
        chunks = decode_header(value)
    except Exception:
        return value
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            try:
                out.append(chunk.decode("raw-unicode-escape"))
            except Exception:
                out.append(chunk.decode("latin-1"))
        else:
            out.append(decode_bytes(chunk, charset, [])[0])
    return "".join(out)


_ATOM = r"[^\s<>\"'(),;:@\[\]]"
# Starts only where a token starts, and never backtracks into it: linear on any input.
_ADDRESS_IN_TEXT = re.compile(rf"(?<!{_ATOM}){_ATOM}++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++")


def addresses(msg: Message, header_name: str) -> list[str]:
    """Lower-cased addr-specs from every copy of an address header; junk tolerated."""
    found: list[str] = []
    for value in raw_headers(msg, header_name):
        parsed: list[str] = []
        try:
            pairs = getaddresses([value])
        except Exception:
            pairs = []
        for _, address in pairs:
            address = address.strip().strip("<>").strip().lower()
            if _looks_like_address(address):
                parsed.append(address)
        if not parsed:  # unparseable: take anything that looks like an address
            parsed = [m.group(0).lower().rstrip(".") for m in _ADDRESS_IN_TEXT.finditer(value)]
        for address in parsed:
            if address not in found:
                found.append(address)
    return found


def _looks_like_address(address: str) -> bool:
    local, at, domain = address.rpartition("@")
    return bool(at and local and domain) and not any(c.isspace() for c in address)


_MESSAGE_ID = re.compile(r"<([^<>]{1,995})>")
_BARE_ID = re.compile(r"(?<![^\s<>,;()\"@])[^\s<>,;()\"@]++@[^\s<>,;()\"@]++")


def message_ids(msg: Message, header_name: str) -> list[str]:
    """Angle-bracketed ids from Message-ID, In-Reply-To or References, in order, deduplicated.

    Tolerant: comments and junk between ids are ignored; a bare `local@domain` without
    brackets is accepted when no bracketed id is present.
    """
    found: list[str] = []
    for value in raw_headers(msg, header_name):
        ids = ["".join(inner.split()) for inner in _MESSAGE_ID.findall(value)]
        ids = [f"<{inner}>" for inner in ids if inner]
        if not ids:
            ids = [f"<{m.group(0)}>" for m in _BARE_ID.finditer(value)]
        for one in ids:
            if one not in found:
                found.append(one)
    return found


# Ids we write into an answer's In-Reply-To and References: printable ASCII, short enough
# for one header line.
_WRITABLE_ID = re.compile(r"<[!-;=?-~]{3,248}>")


def thread_of(msg: Message) -> tuple[str | None, list[str]]:
    """The message's own Message-ID and the ids of the thread it follows (References,
    else In-Reply-To), for an answer's threading headers.

    Only ids fit to be written back are kept: read from the raw header (an encoded word
    is never decoded into an id), bracketed, printable ASCII. What a sender put there,
    an encoded line break or a header of its own, never reaches a header of ours.
    """
    own = next((i for i in message_ids(msg, "Message-ID") if _WRITABLE_ID.fullmatch(i)), None)
    chain = message_ids(msg, "References") or message_ids(msg, "In-Reply-To")
    return own, [one for one in chain if _WRITABLE_ID.fullmatch(one) and one != own]
