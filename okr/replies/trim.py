"""Cut a plain-text email reply down to what the person just typed.

A reply to the weekly form carries the new text plus, below it, the quoted form, an
"On ... wrote:" line or an Outlook "From:/Sent:/To:" block, older history and a signature.
Only the new text may be read for flags, so this module removes the trailing history and
signatures while keeping inline answers (a quoted form line followed by the answer typed
under it), code blocks, lists and spacing.

How it works: every line gets a kind (empty, delimiter, mobile signature, attribution,
forward marker, header block, quote, text). The reply ends at the first delimiter line
(``-- ``, ``____``) and at the first history marker, unless the marker only introduces a
quote that the person answered inline. Trailing quotes and mobile signatures go last.
All language-specific words live in ``trim_words.VOCABULARY``; the line kinds are told
apart in ``trim_lines.py``; the regular expressions are
built from it once, have no nested quantifiers, and only ever see bounded pieces of text,
so the run time stays linear in the size of the message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .trim_lines import (
    BLANK,
    MAX_ATTRIBUTION,
    MAX_LINE,
    OPENER,
    STARTS_WITH_DATE,
    TIME,
    YEAR,
    header_role,
    is_attribution,
    is_blank,
    is_closing,
    is_delimiter,
    is_history_marker,
    is_mobile_signature,
    last_verb,
    normalise,
    quote_inner,
    undecorate,
)
from .trim_words import DELIMITER_CHARACTERS, VOCABULARY

__all__ = [  # the trimmer's public names, wherever they are defined
    "DELIMITER_CHARACTERS",
    "VOCABULARY",
    "is_attribution",
    "is_closing",
    "is_history_marker",
    "is_mobile_signature",
    "new_text",
    "split",
    "under_header_block",
]

_MAX_SPAN = 6  # lines an attribution may be wrapped over
_QUOTE_PREFIX = re.compile(r"^[ \t]{0,12}(?:>|[A-Z][A-Za-z]{0,9}>(?=\s|$))")
_CODE_OPEN = re.compile(r"^```")
_CODE_CLOSE = re.compile(r"^ {0,3}```\s*$")
# Line kinds.
_EMPTY, _DELIMITER, _SIGNATURE, _ATTRIBUTION, _MARKER, _HEADER, _QUOTE, _TEXT, _CODE = range(9)
_HISTORY = (_ATTRIBUTION, _MARKER, _HEADER)


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------
def new_text(text: str) -> str:
    """Return the visible new text of a plain-text reply (quotes, history, signature cut).

    The weekly reply is read for flags and notes, and the quoted form under it repeats
    last week's flags: reading the whole body would re-submit old answers. So this keeps
    what the person typed, including inline answers with the quoted lines they answer,
    and returns the quote itself when the message is nothing but a quote. It never
    raises and runs in time linear in the size of the message.
    """
    return split(text)[0]


def split(text: str) -> tuple[str, str]:
    """Return ``(kept, elided)``: the new text, and the lines that were cut, in order."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return _split(text)
    except Exception:  # a bug here must not lose a reply: keep everything instead
        return _strip_block(normalise(text).split("\n")), ""


def under_header_block(text: str) -> tuple[str, list[str]]:
    """The sender named in the first Outlook header block ("From:/Sent:/To:"), and the
    lines under it up to the next history, quote or delimiter: the message Outlook quoted
    without marking it. ``("", [])`` when there is none.

    Outlook's people type their answers inside that message, under the form's items;
    `unmarked.py` decides whether it is the form and what in it was typed. Outlook's HTML,
    turned into text, quotes the block and all under it with ">" (its border marks the
    history): a first quote that opens with such a block is read the same way, one level
    of ">" removed.
    """
    if not isinstance(text, str):
        return "", []
    lines, kinds = _classified(text)
    first = next((i for i, k in enumerate(kinds) if k in (*_HISTORY, _QUOTE)), None)
    if first is not None and kinds[first] == _QUOTE:
        end = _skip(kinds, first, len(lines), (_QUOTE, _EMPTY))
        lines = [_unquote_once(line) for line in lines[first:end]]
        kinds = _classify(lines)
        first = _skip(kinds, 0, len(lines), (_EMPTY,))
    if first is not None and first < len(lines) and kinds[first] == _MARKER:  # "---Original"
        first = _skip(kinds, first, len(lines), (_MARKER, _EMPTY))
    if first is None or first >= len(lines) or kinds[first] != _HEADER:
        return "", []
    start = _skip(kinds, first, len(lines), (_HEADER,))
    sender = next((lines[k] for k in range(first, start) if header_role(lines[k]) == "from"), "")
    end = _skip(kinds, start, len(lines), (_TEXT, _EMPTY))
    return sender, lines[start:end]


@lru_cache(maxsize=4)
def _classified(text: str) -> tuple[list[str], list[int]]:
    """The lines of a message and their kinds, once for trimming and `under_header_block`
    (reading a reply asks both of the same body). Callers never change the lists."""
    lines = normalise(text).split("\n")
    return lines, _classify(lines)


def _unquote_once(line: str) -> str:
    stripped = line.lstrip(BLANK)
    return stripped[1:].lstrip(" ") if stripped.startswith(">") else line


def _classify(lines: list[str]) -> list[int]:
    n = len(lines)
    kinds = [_TEXT] * n
    code = _code_lines(lines)
    for i, line in enumerate(lines):
        if code[i]:
            kinds[i] = _CODE
        elif is_blank(line):
            kinds[i] = _EMPTY
        elif len(line) > MAX_LINE:
            kinds[i] = _QUOTE if _QUOTE_PREFIX.match(line) else _TEXT
        elif is_delimiter(line):
            kinds[i] = _DELIMITER
        elif _QUOTE_PREFIX.match(line):
            kinds[i] = _QUOTE
        elif is_mobile_signature(line):
            kinds[i] = _SIGNATURE
        elif is_history_marker(line):
            kinds[i] = _MARKER
    _mark_attributions(lines, kinds)
    _mark_header_blocks(lines, kinds)
    return kinds


def _code_lines(lines: list[str]) -> list[bool]:
    """Lines inside closed ``` fences (an unclosed fence protects nothing)."""
    code = [False] * len(lines)
    start = None
    for i, line in enumerate(lines):
        if start is None:
            if _CODE_OPEN.match(line):
                start = i
        elif _CODE_CLOSE.match(line):
            for k in range(start, i + 1):
                code[k] = True
            start = None
    return code


def _could_close_attribution(line: str) -> bool:
    s = undecorate(line.lstrip(BLANK + ">"))
    if not s or len(s) > 300:
        return False
    if s.endswith((":", "：", ">")) or STARTS_WITH_DATE.match(s):
        return True
    last = last_verb(s)
    return last is not None and last.end() == len(s)


def _fragment(line: str) -> bool:
    """Whether a line may be a middle or first piece of a wrapped attribution."""
    s = line.strip(BLANK)
    if len(s) > 120:
        return False
    if s.endswith((".", "!", "?")):
        body = s[:-1].rstrip(BLANK)
        return not body or not body[-1].isalpha()
    return True


def _joined(lines: list[str], start: int, end: int) -> str:
    parts = [lines[start].strip(BLANK)]
    parts += [lines[k].strip(BLANK).lstrip(">- \t").strip(BLANK) for k in range(start + 1, end + 1)]
    return " ".join(p for p in parts if p)


def _mark_attributions(lines: list[str], kinds: list[int]) -> None:
    """Mark attribution lines, including ones a mail client wrapped over several lines."""
    hints: dict[int, bool] = {}  # line -> mentions a "wrote" verb or an address
    taken = -1  # last line of the last attribution found
    for j, line in enumerate(lines):
        if kinds[j] in (_CODE, _EMPTY, _DELIMITER) or not _could_close_attribution(line):
            continue
        if kinds[j] == _QUOTE and not _is_wrapped_end(lines, kinds, j):
            continue
        span = _attribution_span(lines, kinds, j, taken, hints)
        if span is not None:
            for k in range(span, j + 1):
                kinds[k] = _ATTRIBUTION
            taken = j


def _is_wrapped_end(lines: list[str], kinds: list[int], j: int) -> bool:
    """A quoted-looking "> wrote:" that ends an unquoted attribution wrapped by the client."""
    return j > 0 and kinds[j - 1] != _QUOTE and len(quote_inner(lines[j])) <= 40


def _hint(lines: list[str], k: int, hints: dict[int, bool]) -> bool:
    if k not in hints:
        hints[k] = "@" in lines[k] or last_verb(lines[k]) is not None
    return hints[k]


def _attribution_span(
    lines: list[str], kinds: list[int], j: int, taken: int, hints: dict[int, bool]
) -> int | None:
    """First line of the attribution that ends on line ``j``, or None.

    Prefers the shortest span ending on ``j`` (so a text line above a one-line attribution
    stays text), then reaches up to an opening line ("On", "Le", a date) when the client
    wrapped the attribution, as in "On <date>, <someone>" / "<address>" / "wrote:".
    """
    lowest = max(taken + 1, j - _MAX_SPAN + 1)
    if not any(_hint(lines, k, hints) for k in range(lowest, j + 1)):
        # no verb and no address nearby: only Gmail's "2016-03-03 17:21 GMT+01:00 X"
        return j if kinds[j] != _QUOTE and is_attribution(lines[j]) else None
    if header_role(lines[j]) is not None:
        return None
    shortest = None
    opener_below = False
    hinted = False  # some line of the span names a verb or an address
    for start in range(j, lowest - 1, -1):
        line = lines[start]
        if kinds[start] == _EMPTY:
            continue
        if start < j and (
            kinds[start] in (_CODE, _DELIMITER, _QUOTE)
            or not _fragment(line)
            or header_role(line) is not None
        ):
            break
        hinted = hinted or _hint(lines, start, hints)
        if start < j and not hinted:
            opener_below = opener_below or _opens_attribution(line)
            continue
        joined = _joined(lines, start, j)
        if len(joined) > MAX_ATTRIBUTION:
            break
        opens = _opens_attribution(line)
        if shortest is None:
            if (start < j or kinds[j] != _QUOTE) and is_attribution(joined):
                shortest = start
                if opens:
                    return start
        elif opener_below:
            break
        elif opens and is_attribution(joined):
            return start
        opener_below = opener_below or opens
    return shortest


def _opens_attribution(line: str) -> bool:
    """Whether a line may be the first piece of a wrapped attribution."""
    s = line.strip(BLANK)
    if OPENER.match(s) or STARTS_WITH_DATE.match(s):
        return True
    return bool(YEAR.search(s) and TIME.search(s))


def _mark_header_blocks(lines: list[str], kinds: list[int]) -> None:
    """Mark runs of three or more header lines ("From:", "Sent:", "To:", "Subject:")."""
    n = len(lines)
    i = 0
    while i < n:
        if kinds[i] not in (_TEXT, _SIGNATURE) or header_role(lines[i]) is None:
            i += 1
            continue
        roles, count, last_header, k = set(), 0, i, i
        while k < n and kinds[k] in (_TEXT, _SIGNATURE):
            role = header_role(lines[k])
            if role is not None:
                roles.add(role)
                count += 1
                last_header = k
            elif k - last_header > 1:  # at most one wrapped line between two headers
                break
            k += 1
        if count >= 3 and len(roles) >= 2:
            for m in range(i, last_header + 1):
                kinds[m] = _HEADER
        i = last_header + 1


# --------------------------------------------------------------------------------------
# Deciding what stays
# --------------------------------------------------------------------------------------
def _split(text: str) -> tuple[str, str]:
    lines, kinds = _classified(text)
    n = len(lines)
    keep = [True] * n

    # 1. A delimiter line ("-- ", "_____") ends the reply.
    end = next((i for i, k in enumerate(kinds) if k == _DELIMITER), n)

    # 2. History at the very top (a bottom-posted reply or a forward): drop the marker;
    #    drop the quote under it too when the person answered below the whole quote.
    start = _skip(kinds, 0, end, (_EMPTY,))
    if start < end and kinds[start] in _HISTORY:
        after = _skip(kinds, start, end, (*_HISTORY, _EMPTY))
        for k in range(start, after):
            keep[k] = False
        if after < end and kinds[after] == _QUOTE:
            answer = _skip(kinds, after, end, (_QUOTE, _EMPTY))
            if answer < end and kinds[answer] in (_TEXT, _CODE) and _QUOTE not in kinds[answer:end]:
                for k in range(after, answer):
                    keep[k] = False
        start = after

    # 3. The first history marker ends the reply, unless it introduces a quote that is
    #    answered inline: then only the marker goes ("On … wrote:", and a webmail's
    #    "----- Original Message -----" with its From/Sent block over a ">" quote).
    i = start
    while i < end:
        if kinds[i] not in _HISTORY:
            i += 1
            continue
        after = _skip(kinds, i, end, (*_HISTORY, _EMPTY))
        if after < end and _is_plain_quote(lines[after], kinds[after]):
            answer = _skip(kinds, after, end, (_QUOTE, _EMPTY))
            if (
                answer < end
                and kinds[answer] in (_TEXT, _CODE)
                and not _quotes_history(lines, kinds, after, answer)
            ):
                for k in range(i, after):
                    if kinds[k] in _HISTORY:
                        keep[k] = False
                i = answer
                continue
        end = i
        break

    # 4. Trailing quotes (when there is new text) and mobile signatures go.
    has_text = any(keep[k] and kinds[k] in (_TEXT, _CODE) for k in range(start, end))
    while end > start:
        kind = kinds[end - 1]
        if not keep[end - 1] or kind in (_EMPTY, _SIGNATURE) or (kind == _QUOTE and has_text):
            end -= 1
            continue
        break

    # 5. Only a quote left: it is the message, unless it holds nothing but attributions.
    kept_idx = [k for k in range(start, end) if keep[k]]
    if not has_text and not any(_quote_has_text(lines[k]) for k in kept_idx):
        kept_idx = []
    chosen = set(kept_idx)
    kept = _strip_block([lines[k] for k in kept_idx])
    elided = _strip_block([lines[k] for k in range(n) if k not in chosen])
    return kept, elided


def _is_plain_quote(line: str, kind: int) -> bool:
    """A "> " quote, as opposed to a Supercite "Name> " one (inline answers use the former)."""
    return kind == _QUOTE and line.lstrip(BLANK).startswith(">")


def _quotes_history(lines: list[str], kinds: list[int], start: int, end: int) -> bool:
    """Whether a quote block holds older history (a quoted attribution, forward or headers).

    An inline answer sits under a quoted question; a quote that carries a whole earlier
    thread is history, even when some text follows it further down.
    """
    headers = 0
    for k in range(start, end):
        if kinds[k] != _QUOTE:
            continue
        inner = quote_inner(lines[k])
        if not inner or len(inner) > MAX_ATTRIBUTION:
            continue
        if is_history_marker(inner) or is_attribution(inner):
            return True
        headers = headers + 1 if header_role(inner) else 0
        if headers >= 3:
            return True
    return False


def _skip(kinds: list[int], i: int, end: int, skipped: tuple[int, ...]) -> int:
    while i < end and kinds[i] in skipped:
        i += 1
    return i


def _quote_has_text(line: str) -> bool:
    inner = quote_inner(line)
    return bool(inner) and not is_attribution(inner) and not is_delimiter(inner)


def _strip_block(lines: list[str]) -> str:
    """Join lines, dropping blank lines at both ends and trailing whitespace at the end."""
    first = 0
    while first < len(lines) and is_blank(lines[first]):
        first += 1
    return "\n".join(lines[first:]).rstrip()
