""" "#12 das lassen wir – kein Budget": drop said as a verb clause. Such verbs also mean
"we leave it" ("lo dejamos – por ahora" is a pause, not a drop), so the clause is a drop
only when the reason after it neither hedges nor says "for now" or "until later".
"""

from __future__ import annotations

import re

from . import grammar
from .negated import SO
from .phrases import fold, phrase_at, phrase_table, skip_space
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
_IF = re.compile(r"si|se")


def drop_held(phrase: str, folded: str, end: int) -> bool:
    """Whether a drop said as a verb clause is held back by what follows it: a hedge, "for
    now", a time to come ("lo dejamos – por ahora", "das lassen wir – vielleicht")."""
    return phrase in _CLAUSES and _held(folded, end)


def _held(folded: str, end: int) -> bool:
    i = skip_space(folded, end)
    while i < len(folded) and folded[i] in "-–—:,;":
        i = skip_space(folded, i + 1)
    rest = folded[i:]
    return bool(phrase_at(folded, i, _HELD) or _later(rest) or "?" in rest)


def _later(rest: str) -> bool:
    """A time to come or a condition in the reason; a bare "se"/"si" only as its first word
    ("se o cliente voltar"), since later it is mostly a pronoun ("el cliente se fue")."""
    for match in _LATER.finditer(rest):
        if match.start() == 0 or not _IF.fullmatch(match.group()):
            return True
    return False


# After a flag, the decision to drop the key result itself ("#104 red, so we're dropping it:
# the customer left"): the drop is what the answer says, the colour only led to it.
_AFTER_A_FLAG = phrase_table(
    (*DROP_CLAUSES, "we're dropping it", "we are dropping it", "we’re dropping it",
     "dropping it", "we'll drop it", "we will drop it", "we decided to drop it",
     "decided to drop it", "we've decided to drop it",
     "wir streichen es", "wir streichen das", "wir lassen es fallen", "on abandonne",
     "on laisse tomber", "lo dejamos caer", "vamos a cancelarlo", "vamos a dejarlo",
     "vamos desistir", "vamos largar", "lo abbandoniamo", "la abbandoniamo", "we schrappen het",
     "we laten het vallen", "vi stryker det", "vi dropper det", "rezygnujemy z tego",
     "porzucamy to", "закрываем его", "vazgeçtik", "やめます", "見送ります", "放弃")
)  # fmt: skip
_MARKS = "-–—:,;. "


def dropped_after_flag(note: str) -> str | None:
    """The reason when a flag's note opens with the decision to drop the key result ("so
    we're dropping it: the customer left"); "" when it gives none; None when the note says
    no such thing, or holds the drop back ("dropping it for now")."""
    folded = fold(note)
    i = skip_space(folded, 0)
    if so := phrase_at(folded, i, SO):
        i = skip_space(folded, i + len(so))
        while i < len(folded) and folded[i] in ",:":
            i = skip_space(folded, i + 1)
    phrase = phrase_at(folded, i, _AFTER_A_FLAG)
    if phrase is None:
        return None
    end = i + len(phrase)
    if end < len(folded) and folded[end] not in _MARKS:
        return None  # "dropping it to the second vendor"? not a clause of its own
    if _held(folded, end):
        return None
    return note[end:].strip(_MARKS)
