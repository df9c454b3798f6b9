"""MIME parts: walk a message's tree and read a text part's bytes as text.

The walk is iterative and bounded so absurd nesting cannot exhaust the stack; a part
that cannot be read is skipped, never fatal. Choosing which part is the sender's text
is `decode.body_text`'s job; this module answers questions about single parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import Message

from .charsets import decode_bytes

MAX_DEPTH = 100  # MIME nesting we walk; deeper parts are ignored


def is_attachment(part: Message, top: bool) -> bool:
    """Whether a part is an attachment: said so, or (below the top) named like a file."""
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


def content_type(part: Message) -> str:
    """The part's content type; a type header too broken to read counts as binary."""
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


def part_text(part: Message, problems: list[str], html: bool) -> tuple[str, str]:
    """A part's text and the charset used; HTML without a declared charset may name one
    in a <meta> tag."""
    data = _payload_bytes(part, problems)
    declared = _charset_of(part)
    if declared is None and html:
        found = _META_CHARSET.search(data[:4096])
        if found:
            declared = found.group(1).decode("ascii")
    return decode_bytes(data, declared, problems)


def normalise(text: str, problems: list[str]) -> str:
    """Line ends as \\n, no NUL, no byte-order mark: what the later steps expect."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
        problems.append("removed NUL characters")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def alternative_plain(html: Message, parents: dict[int, Message | None]) -> Message | None:
    """The text/plain alternative to an HTML part, if both sit in one multipart/alternative."""
    node = parents.get(id(html))
    while node is not None and content_type(node) != "multipart/alternative":
        node = parents.get(id(node))
    if node is None:
        return None
    for part, parent, _ in walk(node):
        if content_type(part) == "text/plain" and not is_attachment(part, top=parent is None):
            return part
    return None


def plain_text(part: Message, parent: Message | None, problems: list[str]) -> tuple[str, str]:
    """The text of a text/plain part; in multipart/mixed, inline text/plain siblings that
    follow are joined to it (Apple Mail splits a body around an inline image)."""
    parts = [part]
    if parent is not None and content_type(parent) == "multipart/mixed":
        try:
            siblings = parent.get_payload()
        except Exception:
            siblings = []
        if isinstance(siblings, list) and part in siblings:
            for sibling in siblings[siblings.index(part) + 1 :]:
                if (
                    isinstance(sibling, Message)
                    and content_type(sibling) == "text/plain"
                    and not is_attachment(sibling, top=False)
                ):
                    parts.append(sibling)
    texts: list[str] = []
    charset = ""
    for one in parts:
        text, used = part_text(one, problems, html=False)
        text = normalise(text, problems)
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
