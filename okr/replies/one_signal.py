"""A sentence that names a key result by its title's words and says one thing about it:
"The newsletter went out on Tuesday as planned, no issues there" (green), "Red alerts were
22 this week against 31, so I'm calling that one yellow now". Used only after the words of
one title open the sentence, when no separator or plain conclusion gives the flag.

The sentence must say exactly one colour, in one or more words that agree, and nothing
that makes it unsure: a negation, a hedge, a condition, someone else's view, a question,
a contrast ("but", "except"), a done or drop word, a word of later ("by Friday"), and the
clause holding the colour must not speak of another week ("was red last week").
"""

from __future__ import annotations

import re

from . import grammar
from .grammar import COLOURS
from .negated import NEGATED_AFTER, another_time, colour_on_the_way, unsaid_at
from .phrases import (
    WORD_OR_CJK,
    flag_at,
    next_answer,
    phrase_at,
    phrase_table,
    skip_space,
)
from .readings import Head

_QUALMS = phrase_table((*grammar.NEGATIONS, *grammar.CONTRASTS))
_SENTENCE_END = re.compile(r"[.!](?:\s|$)|[。！]")
_QUESTION = re.compile(r"[?？]")
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s|[，；：、]")


def one_signal(text: str, folded: str, at: int) -> Head | None:
    """The one colour the sentence from `at` says, the whole sentence its note, or None."""
    end = m.start() if (m := _SENTENCE_END.search(folded, at)) else len(folded)
    sentence = folded[at:end]
    if _QUESTION.search(sentence) or grammar.LATER_IN_SENTENCE.search(sentence):
        return None
    if next_answer(folded, at) < end:
        return None  # "Billing, #102 is red", "Uptime is fine, 102 red": another's
    colours: set[str] = set()
    last = -1
    for match in WORD_OR_CJK.finditer(folded, at, end):
        i = match.start()
        meaning = colour_on_the_way(text, folded, i)  # "going well" before "going"
        if meaning is None and (unsaid_at(folded, i) or phrase_at(folded, i, _QUALMS)):
            return None
        if meaning is None:
            continue
        flag = flag_at(folded, i, False)
        if meaning not in COLOURS or flag is None or flag[1].guess or flag[1].short:
            return None  # done, drop, an unclear word, a guess, a letter
        if phrase_at(folded, skip_space(folded, i + len(flag[0])), NEGATED_AFTER):
            return None  # "işler hiç iyi değil": the negation after the word
        if grammar.TR_NEGATIVE_VERB.match(folded, skip_space(folded, i + len(flag[0]))):
            return None  # "işler iyi gitmiyor": not going well
        colours.add(meaning)
        last = i
    if len(colours) != 1:
        return None
    clause_start = max((c.end() for c in _CLAUSE.finditer(folded, at, last)), default=at)
    clause_end = m.start() if (m := _CLAUSE.search(folded, last, end)) else end
    if another_time(folded[clause_start:clause_end]):
        return None  # "… was red last week": of another week
    head = Head(meaning=colours.pop(), closed=True, rest=at)
    head.settled = True
    head.note_to = end + 1 if end < len(folded) else None
    return head
