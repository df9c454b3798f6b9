"""Authentication-Results (RFC 8601): which server said what about a message.

A receiving server writes `authserv-id [version]; method=result [reason=...] ptype.property=
value ...; ...`, with comments in parentheses and quoted strings anywhere a value may be.
Parts of it are the sender's own text, copied in by the server (`smtp.mailfrom=` is the
envelope sender, `header.from=` the From domain, comments repeat both), so a regular
expression looking for `dmarc=` finds whatever the sender put first. This module reads the
header as the grammar says: a `dmarc=` inside a comment, a quoted string or a property value
is never a result.

It is tolerant where the sender could otherwise hide a result: each `;`-separated result is
read on its own (a broken one is skipped, the others stay), and an opening `(` or `"` that
is never closed is read as an ordinary character instead of swallowing the rest of the
header. Pure: strings in, data out; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_HEADER_CHARS = 100_000  # far longer than any real one; more is not read
MAX_RESULTS = 200

# Characters that end a word: RFC 2045's tspecials that the grammar gives a meaning here.
_WORD = re.compile(r'[^\s()";=\\]+')


@dataclass(frozen=True)
class Result:
    """One `method=result` with what the server said about it."""

    method: str  # lower case, without a /version
    result: str  # lower case
    reason: str | None = None
    properties: tuple[tuple[str, str, str], ...] = ()  # (ptype, property, value); ptype "" if none


@dataclass(frozen=True)
class AuthenticationResults:
    """One header: its authserv-id (lower case, no trailing dot), its results in order, and
    the text of its comments and quoted strings (never results, but kept for a check)."""

    authserv_id: str | None
    version: int | None = None
    results: tuple[Result, ...] = ()
    quoted_text: tuple[str, ...] = field(default=(), repr=False)
    problems: tuple[str, ...] = ()
    cut: bool = False  # too long or too many results: not all of it was read


@dataclass(frozen=True)
class _Token:
    kind: str  # "word", "quoted", or a special character: ";", "="
    text: str
    spaced: bool  # whitespace or a comment came right before it


def _tokens(value: str, quoted_text: list[str]) -> list[_Token]:
    """Words, quoted strings and the specials `;` and `=`, comments dropped (their text is
    added to `quoted_text`, as is that of quoted strings)."""
    comment_ends, quote_ends = _comment_ends(value), _quote_ends(value)
    tokens: list[_Token] = []
    i, end = 0, len(value)
    spaced = True
    while i < end:
        char = value[i]
        if char.isspace():
            spaced = True
            i += 1
            continue
        if char == "(" and i in comment_ends:
            closed = comment_ends[i]
            quoted_text.append(value[i + 1 : closed - 1])
            spaced, i = True, closed
            continue
        if char == '"' and (quote_end := quote_ends[i + 1]) is not None:
            closed = quote_end
            text = re.sub(r"\\(.)", r"\1", value[i + 1 : closed - 1])
            quoted_text.append(text)
            tokens.append(_Token("quoted", text, spaced))
            spaced, i = False, closed
            continue
        if char in ";=":
            tokens.append(_Token(char, char, spaced))
            spaced, i = False, i + 1
            continue
        # A word; an unclosed "(" or '"', or a stray ")" or "\", is read as part of one.
        match = _WORD.match(value, i)
        stop = match.end() if match else i + 1
        tokens.append(_Token("word", value[i:stop], spaced))
        spaced, i = False, stop
    return tokens


def _comment_ends(value: str) -> dict[int, int]:
    """For each `(` that a `)` closes, the index after that `)`: comments nest and take
    quoted pairs. One pass, so a header of unclosed parentheses costs no more than any."""
    ends: dict[int, int] = {}
    opened: list[int] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            i += 2
            continue
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            ends[opened.pop()] = i + 1
        i += 1
    return ends


def _quote_ends(value: str) -> list[int | None]:
    """For each start position, the index after the first `"` that a quoted string
    begun just before it would end at (quoted pairs skipped); None when there is none."""
    ends: list[int | None] = [None] * (len(value) + 2)
    for i in range(len(value) - 1, -1, -1):
        char = value[i]
        if char == '"':
            ends[i] = i + 1
        elif char == "\\":
            ends[i] = ends[i + 2]
        else:
            ends[i] = ends[i + 1]
    return ends


def _split(tokens: list[_Token]) -> list[list[_Token]]:
    parts: list[list[_Token]] = [[]]
    for token in tokens:
        if token.kind == ";":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def parse(value: str) -> AuthenticationResults:
    """The header's authserv-id and results. A header without an authserv-id (Microsoft 365
    writes none) has `authserv_id` None: no receiving server can be trusted by it."""
    value = str(value)
    cut = len(value) > MAX_HEADER_CHARS
    quoted_text: list[str] = []
    head, *rest = _split(_tokens(value[:MAX_HEADER_CHARS], quoted_text))
    problems: list[str] = ["too long: cut"] if cut else []
    if len(rest) > MAX_RESULTS:
        cut = True
        problems.append(f"more than {MAX_RESULTS} results: the rest not read")
    authserv_id, version = _authserv(head)
    if authserv_id is None:
        problems.append("no authserv-id")
        rest = [head, *rest]  # it may be a result itself: read it, but trust it to no one
    results: list[Result] = []
    for part in rest[:MAX_RESULTS]:
        if not part:
            continue  # a stray ";"
        if len(part) == 1 and part[0].kind == "word" and part[0].text.lower() == "none":
            continue  # no-result
        result = _resinfo(part)
        if result is None:
            problems.append("unreadable result: " + " ".join(t.text for t in part)[:80])
        else:
            results.append(result)
    return AuthenticationResults(
        authserv_id, version, tuple(results), tuple(quoted_text), tuple(problems), cut
    )


def _authserv(head: list[_Token]) -> tuple[str | None, int | None]:
    """`authserv-id [version]`: a value, then maybe digits, and nothing else."""
    if not head or head[0].kind not in ("word", "quoted") or any(t.kind == "=" for t in head):
        return None, None
    if len(head) > 2 or (len(head) == 2 and not head[1].text.isdigit()):
        return None, None
    authserv_id = head[0].text.strip().lower().rstrip(".")
    version = int(head[1].text) if len(head) == 2 else None
    return authserv_id or None, version


def _resinfo(part: list[_Token]) -> Result | None:
    """`method[/version] = result [reason=value] [ptype.property=value ...]`; None when the
    method or result is not a keyword (junk after them is skipped, not fatal)."""
    equals = next((i for i, token in enumerate(part) if token.kind == "="), None)
    if not equals or equals + 1 >= len(part) or part[equals + 1].kind != "word":
        return None
    method_text = re.sub(r"\s*/\s*", "/", " ".join(token.text for token in part[:equals]))
    method, _, method_version = method_text.lower().partition("/")
    result = part[equals + 1].text.lower()
    if not _keyword(method) or (method_version and not method_version.isdigit()):
        return None
    if not _keyword(result):
        return None
    reason: str | None = None
    properties: list[tuple[str, str, str]] = []
    i = equals + 2
    while i < len(part):
        name = part[i]
        if name.kind != "word" or i + 1 >= len(part) or part[i + 1].kind != "=":
            i += 1  # junk between properties: skipped, the rest still read
            continue
        i += 2
        pieces: list[str] = []  # a value: the words and quoted strings that touch
        while i < len(part) and part[i].kind != "=" and not (pieces and part[i].spaced):
            pieces.append(part[i].text)
            i += 1
        key, text = name.text.lower(), "".join(pieces)
        if key == "reason" and reason is None:
            reason = text
            continue
        ptype, dot, prop = key.partition(".")
        properties.append((ptype, prop, text) if dot else ("", key, text))
    return Result(method, result, reason, tuple(properties))


_KEYWORD = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")


def _keyword(text: str) -> bool:
    return bool(_KEYWORD.match(text))


# --- what a trusted server said ------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """What the trusted servers' headers say about one method."""

    results: tuple[str, ...]  # every result of the method, topmost header first
    headers: int  # how many headers carried the trusted authserv-id
    # A trusted header that could not be read whole, or that has the words `method=fail`
    # only in comments or quoted strings and no result of that method of its own.
    doubtful: bool


def trusted_ids(setting: str | Iterable[str] | None) -> frozenset[str]:
    """OKR_TRUSTED_AUTHSERV_ID as a set: one id, or several separated by commas."""
    if not setting:
        return frozenset()
    items = setting.split(",") if isinstance(setting, str) else setting
    return frozenset(one.strip().lower().rstrip(".") for one in items if one and one.strip())


def verdict(values: Iterable[str], trusted: frozenset[str], method: str = "dmarc") -> Verdict:
    """The results of `method` in every header stamped by a trusted authserv-id.

    Every such header counts, not only the topmost: one server often writes several (a
    DKIM, an SPF and a DMARC filter each add their own). A header claiming a trusted id
    that the sender wrote can therefore add a result but never remove one; the caller
    decides on the worst.
    """
    results: list[str] = []
    headers = 0
    doubtful = False
    pattern = re.compile(rf"\b{re.escape(method)}\s*=\s*fail\b", re.IGNORECASE)
    for value in values:
        parsed = parse(value)
        if parsed.authserv_id is None or parsed.authserv_id not in trusted:
            continue
        headers += 1
        found = [r.result for r in parsed.results if r.method == method]
        results += found
        if parsed.cut or (not found and any(pattern.search(t) for t in parsed.quoted_text)):
            doubtful = True
    return Verdict(tuple(results), headers, doubtful)
