"""Answers inside prose after a remark, on the same line.

- One key result said to have changed: "Thanks for the reminder! Only #14 changed: now
  yellow, 19 alerts", "Nur #14 hat sich geändert: jetzt gelb", "Solo cambió #12: ahora
  amarillo". The answer after the colon is read as `#14: now yellow` would be.
- Numbers without `#`, several: "Sorry, late again. 21 done, 22 yellow, 23 green" (only
  numbers of the form's key results, each with its flag: "3 offers" is a count).

The key results the line does not name stay missing (never green).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import blanket_words
from .phrases import fold
from .readings import Parsed

if TYPE_CHECKING:
    from .lines import LineReader


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ONLY = _alternatives(blanket_words.ONLY_WORDS)
_VERB = _alternatives(blanket_words.CHANGE_VERBS)
# Only, verb, reference, verb, colon ("Solo cambió #12:", "È cambiato solo #13:").
_CHANGED = re.compile(
    rf"(?:(?P<only>{_ONLY})\s+)?(?:(?P<before>{_VERB})\s+(?:(?:{_ONLY})\s+)?)?"
    rf"(?P<ref>#\s?\d{{1,9}})(?!\d)(?:\s+(?P<after>{_VERB}))?\s*:\s*(?=\S)"
)
_CLAUSE = re.compile(r"(?:^|[.!?;]\s+)")


def only_changed(reader: LineReader, text: str, folded: str, raw: str) -> Parsed | None:
    """The answer of the one key result a line says has changed, or None."""
    for clause in _CLAUSE.finditer(folded):
        match = _CHANGED.match(folded, clause.end())
        if match is None or not (match["before"] or match["after"]):
            continue  # "Only #13: red" is read as it is elsewhere; a verb must say it changed
        answer = f"{text[match.start('ref') : match.end('ref')]}: {text[match.end() :]}"
        parsed = reader.named(answer, fold(answer), 0, raw, Parsed(), None, "", False, None)
        if parsed.readings and not parsed.problem:
            parsed.explicit = True
            return parsed
        return None
    return None


def bare_numbers(reader: LineReader, text: str, folded: str, at: int, raw: str) -> Parsed | None:
    """Answers by number without `#` after a remark, when two or more key results are
    answered (one bare number in prose is too easily a count or a time)."""
    if reader.bare_ref_at(folded, at)[0] is None:
        return None
    parsed = reader.named(text, folded, at, raw, Parsed(), None, "", False, None)
    refs = {ref for r in parsed.readings for ref in r.refs} | {c.ref for c in parsed.commands}
    return parsed if len(refs) >= 2 and not parsed.problem else None
