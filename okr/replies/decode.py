"""Decoding a raw message: parse it without ever failing, read its headers, find its text.

Pure: bytes in, text out. Everything here must survive whatever arrives by mail:
malformed MIME, 8-bit headers, lying charsets, absurd nesting. Nothing raises; what went
wrong is written into `BodyText.problems` instead.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import errors as email_errors
from email import policy
from email.header import decode_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses
from html.parser import HTMLParser
from typing import Literal

MAX_TEXT_CHARS = 1_000_000  # the text a later step reads; more is cut, with a problem noted
MAX_HTML_CHARS = 4_000_000  # HTML is cut before conversion so a huge page cannot stall us
MAX_DEPTH = 100  # MIME nesting we walk; deeper parts are ignored
FALLBACK_CHARSETS = ("utf-8", "windows-1252", "latin-1")

# Labels mail clients use that Python does not know, or knows by a narrower name.
CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-sjis": "shift_jis",
    "sjis": "shift_jis",
    "x-gbk": "gbk",
    "gb2312": "gbk",  # GBK is a superset; senders labelling GBK as GB2312 are common
    "cp-850": "cp850",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8",
    "x-unknown": "",
    "unknown-8bit": "",
    "x-user-defined": "",
}
# Python codecs that are no mail charset: a message must not pick them by its label.
REFUSED_CODECS = {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined"}
# Multi-byte legacy charsets: text in them is practically never also valid UTF-8.
CJK_CODECS = {
    "big5",
    "big5hkscs",
    "cp950",
    "gb2312",
    "gbk",
    "gb18030",
    "hz",
    "euc_jp",
    "euc_jis_2004",
    "euc_jisx0213",
    "euc_kr",
    "cp949",
    "johab",
    "shift_jis",
    "shift_jis_2004",
    "shift_jisx0213",
    "cp932",
    "iso2022_jp",
    "iso2022_jp_1",
    "iso2022_jp_2",
    "iso2022_jp_2004",
    "iso2022_jp_3",
    "iso2022_jp_ext",
    "iso2022_kr",
}
UNICODE_CODECS = {"utf-8", "utf-8-sig", "utf-7", "utf-16", "utf-16-le", "utf-16-be", "utf-32"}


class ParseFallback(email_errors.MessageDefect):
    """parse() could not read the MIME structure and fell back to something simpler."""


@dataclass
class BodyText:
    text: str
    source: Literal["plain", "html", "none"]
    charset_used: str
    problems: list[str] = field(default_factory=list)


# --- parsing -------------------------------------------------------------------------------


def header_block(raw: bytes) -> bytes:
    """The bytes up to the first empty line, where the headers end at the latest: reading
    a header or two from them costs a fraction of parsing the whole message."""
    ends = [at + len(mark) for mark in (b"\n\n", b"\n\r\n", b"\r\r") if (at := raw.find(mark)) >= 0]
    return raw[: min(ends)] if ends else raw


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


# --- headers -------------------------------------------------------------------------------


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
            out.append(_decode_bytes(chunk, charset, [])[0])
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


# --- charsets ------------------------------------------------------------------------------

_C1_CONTROLS = re.compile("[\u0080-\u009f]")
# Each byte 0x80-0xBF (a UTF-8 continuation byte) as it looks when read as cp1252/latin-1.
_CONT = "".join(
    sorted(
        {bytes([b]).decode("latin-1") for b in range(0x80, 0xC0)}
        | {bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)} - {""}
    )
)
_CONT_NO_NBSP = _CONT.replace("\u00a0", "")
_C = "[" + re.escape(_CONT) + "]"
_CN = "[" + re.escape(_CONT_NO_NBSP) + "]"
# UTF-8 read as cp1252/latin-1 ("Ã©" for "é", "â€™" for "’", "ðŸŸ¢" for "🟢"). Only lead
# bytes whose single-byte reading is rare next to such symbols; NBSP after other leads is
# ordinary French typography ("é »"), so it is not evidence there.
_MOJIBAKE = re.compile(
    f"[\u00c2\u00c3]{_C}"
    f"|[\u00c4\u00c5\u00ce\u00cf\u00d0\u00d1\u00d7\u00d8\u00d9]{_CN}"
    f"|[\u00e2-\u00ef]{_CN}{_C}"
    f"|\u00f0{_CN}{_C}{_C}"
)


def _codec(label: str | None) -> str | None:
    """Python's codec name for a charset label; None if unknown or refused."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = CHARSET_ALIASES.get(label, label)
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError, TypeError):
        return None
    if name in REFUSED_CODECS or name.endswith("_codec"):
        return None
    return name


def _badness(text: str) -> int:
    return text.count("\ufffd") + len(_C1_CONTROLS.findall(text)) + len(_MOJIBAKE.findall(text))


def _valid_utf8_with_non_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _repair_double_encoding(text: str) -> str:
    """Undo UTF-8 that was read as cp1252 and encoded again ("cafÃ©" back to "café")."""

    def fix(match: re.Match[str]) -> str:
        chunk = match.group(0)
        data = bytearray()
        for char in chunk:
            try:
                data += char.encode("cp1252")
            except UnicodeEncodeError:
                try:
                    data += char.encode("latin-1")
                except UnicodeEncodeError:
                    return chunk
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return chunk

    return _MOJIBAKE.sub(fix, text)


def _decode_bytes(data: bytes, declared: str | None, problems: list[str]) -> tuple[str, str]:
    """Text and the charset used: the declared one if it reads well, else a fallback."""
    if not data:
        return "", (declared or "us-ascii").strip().lower() or "us-ascii"
    label = (declared or "").strip().strip("\"'").lower()
    codec = _codec(label) if label else "ascii"
    if label and codec is None:
        problems.append(f"unknown charset {label[:40]!r}")
    if codec is not None:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError) as error:
            if label:
                problems.append(f"the bytes are not valid {label[:40]} ({type(error).__name__})")
            else:
                problems.append("no charset declared, but the text is not plain ASCII")
        else:
            verdict = _suspicious(text, data, codec)
            if not verdict:
                return text, label or "us-ascii"
            if codec in UNICODE_CODECS and _MOJIBAKE.search(text):
                repaired = _repair_double_encoding(text)
                if _badness(repaired) < _badness(text):
                    problems.append("repaired UTF-8 that had been decoded and encoded twice")
                    return repaired, label
            problems.append(f"text declared {label or 'us-ascii'} {verdict}")
    best: tuple[int, str, str] | None = None
    for fallback in FALLBACK_CHARSETS:
        if codecs.lookup(fallback).name == codec:
            continue
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            continue
        score = _badness(text)
        if score == 0:
            problems.append(f"decoded as {fallback}")
            return text, fallback
        if best is None or score < best[0]:
            best = (score, text, fallback)
    if best is not None:
        problems.append(f"decoded as {best[2]}; the text may still be garbled")
        return best[1], best[2]
    problems.append("decoded as utf-8 with replacement characters")  # pragma: no cover
    return data.decode("utf-8", "replace"), "utf-8"  # pragma: no cover


def _suspicious(text: str, data: bytes, codec: str) -> str:
    """Why a successful decode still looks wrong, or "" if it looks right."""
    legacy = codec not in UNICODE_CODECS
    if (
        legacy
        and _valid_utf8_with_non_ascii(data)
        and (codec in CJK_CODECS or _MOJIBAKE.search(text) or _C1_CONTROLS.search(text))
    ):
        return "is really UTF-8"
    if "\ufffd" in text:
        return "contains replacement characters"
    if _C1_CONTROLS.search(text):
        return "contains control characters (probably cp1252)"
    if _MOJIBAKE.search(text):
        return "looks garbled (mojibake)"
    return ""


# --- choosing the body ---------------------------------------------------------------------

_PLACEHOLDER = re.compile(
    r"^\s*(this (is an? )?(html|multi-?part)[^\n]{0,80}|"
    r"your (email|mail) (client|program|reader) does not support html[^\n]{0,80})\s*$",
    re.IGNORECASE,
)


def _is_attachment(part: Message, top: bool) -> bool:
    try:
        disposition = part.get_content_disposition()
    except Exception:
        disposition = None
    if disposition == "attachment":
        return True
    if top or disposition == "inline":
        return False
    try:
        return bool(part.get_filename())
    except Exception:
        return False


def walk(msg: Message) -> Iterator[tuple[Message, Message | None, int]]:
    """(part, parent, depth) in document order, iteratively, never entering attached
    messages (a forwarded mail is not the sender's text). Attachments are yielded too."""
    stack: list[tuple[Message, Message | None, int]] = [(msg, None, 0)]
    while stack:
        part, parent, depth = stack.pop()
        if depth > MAX_DEPTH:
            continue
        yield part, parent, depth
        try:
            if not part.is_multipart() or part.get_content_maintype() == "message":
                continue
            children = part.get_payload()
        except Exception:  # noqa: S112 - a broken branch is skipped, the rest is read
            continue
        if not isinstance(children, list):
            continue
        for child in reversed(children):
            if isinstance(child, Message):
                stack.append((child, part, depth + 1))


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "application/octet-stream"


def _payload_bytes(part: Message, problems: list[str]) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as error:
        problems.append(f"could not undo the transfer encoding ({type(error).__name__})")
        try:
            payload = part.get_payload()
        except Exception:
            return b""
        if isinstance(payload, str):
            return payload.encode("utf-8", "surrogateescape")
        return b""
    if data is None:
        return b""
    if isinstance(data, str):  # pragma: no cover - defensive
        return data.encode("utf-8", "surrogateescape")
    return bytes(data)


def _charset_of(part: Message) -> str | None:
    try:
        charset = part.get_param("charset")
    except Exception:
        return None
    if isinstance(charset, tuple):  # RFC 2231 form
        charset = charset[2] if len(charset) > 2 else None
    if charset is None:
        return None
    return str(charset)


_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.I
)


def _part_text(part: Message, problems: list[str], html: bool) -> tuple[str, str]:
    data = _payload_bytes(part, problems)
    declared = _charset_of(part)
    if declared is None and html:
        found = _META_CHARSET.search(data[:4096])
        if found:
            declared = found.group(1).decode("ascii")
    return _decode_bytes(data, declared, problems)


def _normalise(text: str, problems: list[str]) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
        problems.append("removed NUL characters")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


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
        if depth == MAX_DEPTH and _content_type(part).startswith("multipart/"):
            problems.append(f"MIME parts nested deeper than {MAX_DEPTH} were ignored")
        if _is_attachment(part, top=parent is None):
            continue
        kind = _content_type(part)
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
        plain = _alternative_plain(html, parents)
    if plain is not None:
        text, charset = _plain_text(plain, parents.get(id(plain)), problems)
        if (text.strip() and not _PLACEHOLDER.match(text)) or html is None:
            return BodyText(_cut(text, problems), "plain", charset, problems)
        problems.append("the text/plain part is empty or a placeholder; the HTML was used")
    if html is not None:
        raw_html, charset = _part_text(html, problems, html=True)
        raw_html = _normalise(raw_html, problems)
        if len(raw_html) > MAX_HTML_CHARS:
            problems.append(f"HTML cut at {MAX_HTML_CHARS:,} characters before conversion")
            raw_html = raw_html[:MAX_HTML_CHARS]
        return BodyText(_cut(html_to_text(raw_html), problems), "html", charset, problems)
    return BodyText("", "none", "", problems)


def _alternative_plain(html: Message, parents: dict[int, Message | None]) -> Message | None:
    node = parents.get(id(html))
    while node is not None and _content_type(node) != "multipart/alternative":
        node = parents.get(id(node))
    if node is None:
        return None
    for part, parent, _ in walk(node):
        if _content_type(part) == "text/plain" and not _is_attachment(part, top=parent is None):
            return part
    return None


def _plain_text(part: Message, parent: Message | None, problems: list[str]) -> tuple[str, str]:
    """The text of a text/plain part; in multipart/mixed, inline text/plain siblings that
    follow are joined to it (Apple Mail splits a body around an inline image)."""
    parts = [part]
    if parent is not None and _content_type(parent) == "multipart/mixed":
        try:
            siblings = parent.get_payload()
        except Exception:
            siblings = []
        if isinstance(siblings, list) and part in siblings:
            for sibling in siblings[siblings.index(part) + 1 :]:
                if (
                    isinstance(sibling, Message)
                    and _content_type(sibling) == "text/plain"
                    and not _is_attachment(sibling, top=False)
                ):
                    parts.append(sibling)
    texts: list[str] = []
    charset = ""
    for one in parts:
        text, used = _part_text(one, problems, html=False)
        text = _normalise(text, problems)
        if _is_flowed(one):
            text = unflow(text, _delsp(one))
        texts.append(text)
        charset = charset or used
    if len(parts) == 1:
        return texts[0], charset
    problems.append(f"joined {len(parts)} inline text/plain parts")
    return "\n".join(t.rstrip("\n") for t in texts) + "\n", charset


def _is_flowed(part: Message) -> bool:
    try:
        return str(part.get_param("format") or "").lower() == "flowed"
    except Exception:
        return False


def _delsp(part: Message) -> bool:
    try:
        return str(part.get_param("delsp") or "").lower() == "yes"
    except Exception:
        return False


def unflow(text: str, delsp: bool = False) -> str:
    """Join the soft line breaks of RFC 3676 format=flowed text (quote depth kept)."""
    out: list[str] = []
    pending: tuple[int, str] | None = None
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        soft = content.endswith(" ") and content != "-- "
        if pending is not None and pending[0] == depth:
            content = pending[1] + content
            pending = None
        elif pending is not None:
            out.append(_flowed_line(*pending))
            pending = None
        if soft:
            pending = (depth, content[:-1] if delsp else content)
        else:
            out.append(_flowed_line(depth, content))
    if pending is not None:
        out.append(_flowed_line(*pending))
    return "\n".join(out)


def _flowed_line(depth: int, content: str) -> str:
    return ">" * depth + " " + content if depth else content


# --- HTML to text --------------------------------------------------------------------------

VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
SKIPPED_TAGS = {"script", "style", "title", "template", "head", "noscript", "svg", "object"}
HEAD_TAGS = {"head", "meta", "link", "base", "style", "script", "title", "noscript", "template"}
LINE_TAGS = {
    "address",
    "article",
    "aside",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dt",
    "fieldset",
    "figcaption",
    "footer",
    "form",
    "header",
    "li",
    "main",
    "nav",
    "section",
    "summary",
    "tr",
    "caption",
    "tbody",
    "thead",
    "tfoot",
}
PARAGRAPH_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "pre",
    "blockquote",
    "figure",
    "hr",
}
# Elements whose content is quoted text, by class (any token) or id.
QUOTE_CLASSES = {
    "gmail_quote",
    "gmail_quote_container",
    "yahoo_quoted",
    "moz-cite-prefix",
    "protonmail_quote",
    "zmail_extra",
    "outlookmessageheader",
}
# Signature blocks: a "-- " line is written before them, the usual signature delimiter.
SIGNATURE_CLASSES = {"gmail_signature", "moz-signature"}
SIGNATURE_IDS = {"signature", "applemailsignature", "ms-outlook-mobile-signature"}
# Soft wrappers: a blockquote right inside one does not add a second level of quoting.
SOFT_QUOTE_CLASSES = {"gmail_quote", "gmail_quote_container", "yahoo_quoted", "protonmail_quote"}
# Elements after which everything to the end of the document is quoted (Outlook, Hotmail).
REST_QUOTED_IDS = {
    "divrplyfwdmsg",
    "x_divrplyfwdmsg",
    "appendonsend",
    "olk_src_body_section",
    "stopspelling",
    "zwchr",
}


def _is_outlook_separator(style: str) -> bool:
    """Outlook's reply header block: `border:none;border-top:solid #E1E1E1 1.0pt;padding…`."""
    s = re.sub(r"\s+", "", style.lower())
    if "border-top:solid" in s and ("border:none" in s or "padding:3.0pt" in s):
        return True
    return "border-top-style:solid" in s and "padding-top" in s


MAX_QUOTE_LEVEL = 10  # deeper quotes are written at this depth


class _HtmlToText(HTMLParser):
    """A single pass; every step is O(1) amortised, however deep or broken the nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self.current: list[str] = []
        self.current_level = 0
        self.current_pre = False
        self.blank_pending = False
        self.tight = False
        # (tag, role); role: "", skip, quote, soft, soft-used, merged, list, sublist, line
        self.stack: list[tuple[str, str]] = []
        self.open_counts: dict[str, int] = {}
        self.quote_marks: list[int] = []  # stack indexes of quote, soft and merged entries
        self.quote_level = 0
        self.skip = 0
        self.head_skips = 0
        self.pre = 0
        self.rest_quoted = False
        self.lists: list[list] = []  # [ordered, counter]

    def level(self) -> int:
        return min(self.quote_level + (1 if self.rest_quoted else 0), MAX_QUOTE_LEVEL)

    # -- output -----------------------------------------------------------------------------

    def end_line(self, blank_if_empty: bool = False) -> None:
        text = "".join(self.current)
        self.current = []
        if self.current_pre:
            line = text.replace("\xa0", " ").rstrip()
        else:
            line = text.replace("\xa0", " ").strip()
        if line == "--":
            line = "-- "  # the signature delimiter keeps its space
        if not line:
            if blank_if_empty or "\xa0" in text:
                self.blank_pending = True
            return
        self.lines.append((self.current_level, line))

    def paragraph(self) -> None:
        self.end_line()
        if self.lines:
            self.blank_pending = True

    def add(self, text: str, raw: bool = False) -> None:
        if not text:
            return
        if not self.current:
            if not raw:
                text = text.lstrip(" ")
                if not text:
                    return
            if self.blank_pending and self.lines and not self.tight:
                level = min(self.lines[-1][0], self.level())
                self.lines.append((level, ""))
            self.blank_pending = False
            self.tight = False
            self.current_level = self.level()
            self.current_pre = self.pre > 0 or raw
        elif not raw and self.current[-1].endswith(" ") and text.startswith(" "):
            text = text.lstrip(" ")
            if not text:
                return
        self.current.append(text)

    # -- the element stack ------------------------------------------------------------------

    def push(self, tag: str, role: str) -> None:
        self.stack.append((tag, role))
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        if role in ("quote", "soft", "merged"):
            self.quote_marks.append(len(self.stack) - 1)
            if role != "merged":
                self.quote_level += 1
        if role == "skip":
            self.skip += 1
            if tag == "head":
                self.head_skips += 1

    def pop(self) -> tuple[str, str]:
        tag, role = self.stack.pop()
        self.open_counts[tag] -= 1
        if self.quote_marks and self.quote_marks[-1] == len(self.stack):
            self.quote_marks.pop()
            if role in ("quote", "soft", "soft-used"):
                self.quote_level -= 1
        if role == "skip":
            self.skip -= 1
            if tag == "head":
                self.head_skips -= 1
        return tag, role

    # -- parser callbacks -------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self.skip and self.skip == self.head_skips and tag not in HEAD_TAGS:
            self.handle_endtag("head")  # a <head> never closed ends where content starts
        if self.skip:
            if tag not in VOID_TAGS:
                self.push(tag, "skip" if tag in SKIPPED_TAGS else "")
            return
        if tag in SKIPPED_TAGS:
            self.push(tag, "skip")
            return
        attributes = {k.lower(): (v or "") for k, v in attrs}
        classes = set(attributes.get("class", "").lower().split())
        ident = attributes.get("id", "").lower()
        if ident in REST_QUOTED_IDS or (
            tag == "div" and _is_outlook_separator(attributes.get("style", ""))
        ):
            self.end_line()
            if not self.rest_quoted:
                self.paragraph()
                self.rest_quoted = True
        if tag == "br":
            self.end_line(blank_if_empty=True)
            return
        if tag == "img":
            alt = attributes.get("data-emoji") or attributes.get("alt", "")
            if alt and len(alt) <= 8 and not any(c.isascii() for c in alt):
                self.add(alt)  # emoji drawn as images (Gmail, Yahoo): keep the emoji
            return
        if tag in VOID_TAGS:
            if tag == "hr":
                self.paragraph()
            return
        role = ""
        if tag == "blockquote":
            role = self._blockquote_role()
        elif classes & SOFT_QUOTE_CLASSES:
            role = "soft"
        elif classes & QUOTE_CLASSES:
            role = "quote"
        elif tag in ("ul", "ol"):
            role = "list" if not self.lists else "sublist"  # a nested list is no paragraph
            self.lists.append([tag == "ol", 0])
        elif tag == "p" and "msonormal" in classes:
            role = "line"  # Outlook writes every line as a paragraph with no margin
        elif classes & SIGNATURE_CLASSES or ident in SIGNATURE_IDS:
            role = "line"
            self.end_line()
            if self.lines and self.lines[-1][1].strip() != "--":
                self.add("-- ", raw=True)
                self.end_line()
            self.tight = True  # no blank line between the delimiter and the signature
        if tag in PARAGRAPH_TAGS and role not in ("line", "sublist"):
            self.paragraph()
        elif tag in LINE_TAGS or role:
            self.end_line()
        self.push(tag, role)
        if tag == "pre":
            self.pre += 1
        if tag == "li":
            depth = max(len(self.lists), 1)
            marker = "- "
            if self.lists and self.lists[-1][0]:
                self.lists[-1][1] += 1
                marker = f"{self.lists[-1][1]}. "
            self.add("  " * min(depth - 1, 10) + marker, raw=True)
        elif tag in ("td", "th") and self.current:
            self.add(" ")

    def _blockquote_role(self) -> str:
        """A blockquote right inside Gmail's quote div is the same quote, not a deeper one."""
        if not self.quote_marks:
            return "quote"
        index = self.quote_marks[-1]
        open_tag, role = self.stack[index]
        if role in ("soft", "soft-used"):
            self.stack[index] = (open_tag, "soft-used")
            return "merged"
        return "quote"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in VOID_TAGS:
            if tag == "br":
                self.handle_starttag("br", [])
            return
        if not self.open_counts.get(tag):
            return
        while self.stack:
            open_tag, role = self.pop()
            self._close(open_tag, role)
            if open_tag == tag:
                break

    def _close(self, tag: str, role: str) -> None:
        if self.skip or role == "skip":
            return
        if role in ("list", "sublist") and self.lists:
            self.lists.pop()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in PARAGRAPH_TAGS and role not in ("line", "sublist"):
            self.paragraph()
        elif tag in LINE_TAGS or role:
            self.end_line()

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        if self.pre:
            pieces = data.split("\n")
            for i, piece in enumerate(pieces):
                if i:
                    self.end_line(blank_if_empty=True)
                self.add(piece.replace("\t", "    "), raw=True)
            return
        self.add(re.sub(r"[ \t\n\r\f\v]+", " ", data))

    def result(self) -> str:
        self.end_line()
        out: list[str] = []
        for level, line in self.lines:
            prefix = "> " * level
            out.append((prefix + line) if line else prefix.rstrip())
        return "\n".join(out).strip("\n") + ("\n" if out else "")


def _defuse(html: str) -> str:
    """Remove comments and marked sections, and escape `<` that no `>` follows.

    Python's HTMLParser rescans to the end of the document for every unterminated
    construct, which is quadratic on hostile input; after this pass none is left.
    """
    out: list[str] = []
    last_gt = html.rfind(">")
    i = 0
    while True:
        j = html.find("<", i)
        if j < 0 or j > last_gt:
            out.append(html[i:].replace("<", "&lt;"))
            break
        out.append(html[i:j])
        for opener, closer in (("<!--", "-->"), ("<![", "]>")):
            if html.startswith(opener, j):
                end = html.find(closer, j + len(opener))
                i = len(html) if end < 0 else end + len(closer)  # unclosed: runs to the end
                break
        else:
            out.append("<")
            i = j + 1
            continue
        if i >= len(html):
            break
    return "".join(out)


def html_to_text(html: str) -> str:
    """Readable text from an HTML body: paragraphs, line breaks and lists kept; scripts,
    styles, head and images dropped; quoted blocks as `> ` lines."""
    parser = _HtmlToText()
    try:
        parser.feed(_defuse(html))
        parser.close()
    except Exception:  # noqa: S110 - keep whatever was read before the parser gave up
        pass
    return parser.result()
