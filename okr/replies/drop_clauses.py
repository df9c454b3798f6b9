""" "#12 das lassen wir – kein Budget": drop said as a verb clause. Such verbs also mean
"we leave it" ("lo dejamos – por ahora" is a pause, not a drop), so the clause is a drop
only when the reason after it neither hedges nor says "for now" or "until later".
"""

from __future__ import annotations

import re

from . import grammar
from .phrases import phrase_at, phrase_table, skip_space
from .status_words import DROP_CLAUSES

_CLAUSES = frozenset(DROP_CLAUSES)
_FOR_NOW = (
    "for now", "for the moment", "for the time being", "until", "till", "vorerst",
    "erstmal", "erst mal", "vorläufig", "bis", "pour l'instant", "pour le moment",
    "pour l’instant", "jusqu'à", "por ahora", "por el momento", "hasta", "por enquanto",
    "até", "per ora", "per il momento", "fino a", "voorlopig", "tot", "för tillfället",
    "tills vidare", "till", "foreløpig", "indtil videre", "na razie", "do", "пока",
    "до", "поки", "暂时", "先", "当面", "şimdilik", "on hold", "paused", "later", "später",
    "plus tard", "más tarde", "mais tarde", "più tardi", "later", "senare", "senere",
    "później", "позже", "пізніше",
)  # fmt: skip
_HELD = phrase_table((*grammar.HEDGES, *_FOR_NOW))
_LATER = re.compile(grammar.FUTURE)


def drop_held(phrase: str, folded: str, end: int) -> bool:
    """Whether a drop said as a verb clause is held back by what follows it: a hedge, "for
    now", a time to come ("lo dejamos – por ahora", "das lassen wir – vielleicht")."""
    if phrase not in _CLAUSES:
        return False
    i = skip_space(folded, end)
    while i < len(folded) and folded[i] in "-–—:,;":
        i = skip_space(folded, i + 1)
    rest = folded[i:]
    return bool(phrase_at(folded, i, _HELD) or _LATER.search(rest) or "?" in rest)
