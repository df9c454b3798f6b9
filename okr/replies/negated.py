""" "#12 not on plan: yellow", "#12 nicht im Plan – rot": a negated status says something
is wrong but not how wrong (asked about), unless the colour follows it plainly after a
colon or a dash; then that colour is the flag (the explicit colour wins).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from . import grammar
from .grammar import GREEN, RED, YELLOW
from .phrases import WORD, flag_at, phrase_at, phrase_table, skip_space

if TYPE_CHECKING:
    from .readings import Head

# "no" and "ne" only here: "no va según lo previsto", "ne va pas" (elsewhere "no" corrects).
_NEGATIONS = phrase_table((*grammar.NEGATIONS, "no", "ne", "nicht mehr", "n'est pas"))
_SEPARATORS = (":", "- ", "– ", "— ", "-- ")


class _Reader(Protocol):
    def head(self, text: str, folded: str, at: int, short: bool) -> Head: ...
    @staticmethod
    def _skip_separator(folded: str, at: int, dots: bool = False) -> int: ...


def colour_after_negation(reader: _Reader, text: str, folded: str, at: int) -> Head | None:
    """The yellow or red said after a negated status ("not on track - red"), or None."""
    negation = phrase_at(folded, at, _NEGATIONS)
    if negation is None:
        return None
    i = skip_space(folded, at + len(negation))
    for _ in range(3):  # "no va según lo previsto", "n'est pas dans les temps"
        flag = flag_at(folded, i, False)
        if flag is not None:
            break
        word = WORD.match(folded, i)
        if word is None:
            return None
        i = skip_space(folded, word.end())
    else:
        return None
    if flag[1].meaning != GREEN or flag[1].short:  # only a status negated: "not on plan"
        return None
    j = skip_space(folded, i + len(flag[0]))
    if not folded.startswith(_SEPARATORS, j):
        return None
    said = reader.head(text, folded, reader._skip_separator(folded, j), short=False)
    if said.meaning not in (YELLOW, RED) or said.guess:
        return None
    return said
