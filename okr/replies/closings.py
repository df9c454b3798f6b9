"""A sentence about a key result that ends by saying where it stands: "#14 both hires
started on Monday, so this one is done.", "#12 signed four, we're good". The closing
clause is the answer and the sentence before it is its note. Also a key result closed by a
verb before it: "Closing #12 - shipped on Tuesday", "Please mark #12 as done.".

Read by rewriting the line into the grammar's own order ("#14 done - both hires started on
Monday") before the line reader sees it, only when nothing else on the line could be a
flag and nothing in the sentence hedges, negates or speaks of later: a wrong reading must
not be possible, so anything unusual leaves the line as typed (then asked or not
understood, as before).
"""

from __future__ import annotations

import re

from . import blanket_words, grammar
from .phrases import flag_at, fold

_DONE_WORDS = [w for w, word in grammar.FLAG_WORDS.items() if word.meaning == grammar.DONE]
# Words joining the sentence and its closing clause: "so", "damit", "donc", "así que".
_SO = (
    "so", "and so", "which means", "damit", "somit", "also", "donc", "alors", "du coup",
    "así que", "por lo tanto", "então", "portanto", "quindi", "dus", "daarmee", "så",
    "więc", "czyli", "так что", "значит", "所以", "因此",
)  # fmt: skip
# The subject and verb before the done word: "this one is", "c'est", "ist es", "dit is".
_THIS_IS = (
    "this one is", "that one is", "this one's", "that one's", "that's", "that is", "this is",
    "it's", "it is", "it’s", "that’s", "ist es", "ist das", "das ist", "es ist", "c'est",
    "c’est", "ceci est", "está", "ya está", "esto está", "eso está", "isto está", "fica",
    "è", "questo è", "dit is", "dat is", "het is", "is het", "är det", "det är", "er det",
    "det er", "to jest", "jest", "это", "这个", "die is", "deze is", "die is nu", "den är",
    "den er", "ten jest", "ta jest", "он", "она", "bu", "bu da", "o da",
)  # fmt: skip
# Said closing an answer, these are green: "#12 signed four, we're good".
_GOOD = (
    "we're good", "we are good", "we’re good", "we're fine", "we are fine", "all good",
    "all fine", "alles gut", "alles bestens", "tout va bien", "tout est bon", "todo bien",
    "tudo certo", "tudo bem", "tutto a posto", "tutto bene", "alles goed", "allt bra",
    "alt godt", "alt bra", "wszystko dobrze", "всё хорошо", "все хорошо", "всё в порядке",
    "все в порядке",
)  # fmt: skip


def _alternation(phrases: tuple[str, ...] | list[str]) -> str:
    return "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))


_CLOSING = re.compile(
    r"^(?P<ref>#\s?\d{1,9})\s+(?P<note>\S.*?)\s*(?:[,;]|\s[-–—])\s*"
    rf"(?:(?P<good>{_alternation(_GOOD)})"
    rf"|(?:(?P<so>{_alternation(_SO)})\s+)?(?P<this>(?:{_alternation(_THIS_IS)})\s+)?"
    rf"(?P<done>{_alternation(_DONE_WORDS)}))"
    r"\s*[.!]*$",
    re.IGNORECASE,
)
# Anything in the sentence that leaves it unsaid: a hedge, a negation, a modal, later.
_NOT_YET = (
    "noch", "encore", "todavía", "ainda", "ancora", "nog", "fortfarande", "jeszcze", "ещё",
    "еще", "almost", "nearly", "fast", "presque", "casi", "quasi", "bijna", "until", "bis",
    "once", "sobald",
)  # fmt: skip
_UNSAID_WORDS = (
    *grammar.HEDGES, *grammar.NEGATIONS, *blanket_words.PROSE_MODALS, *_NOT_YET,
    "não", "nem", "ni", "nicht mehr", "не",  # "nem todos assinaram, então concluído"
)  # fmt: skip
_UNSAID = re.compile(rf"(?<!\w)(?:{_alternation(_UNSAID_WORDS)})(?!\w)")


# "Closing #12.", "We can close out #12 - shipped", "Mark #12 as done": done, said as a verb
# before the reference. Only at the start of the line, with a note after a separator.
# A line that names a key result, then closes it in its last sentence.
_LAST_SENTENCE = re.compile(
    r"^(?P<ref>#\s?\d{1,9})\s+(?P<note>[^.!?]+[.!])\s+(?P<closing>[^.!?]*#\s?\d{1,9}[^.!?]*[.!]?)$"
)
# The words those endings end with: a line that ends with none of them is no closing.
_LAST_WORDS = frozenset(fold(p.split()[-1]) for p in (*_GOOD, *_DONE_WORDS))
_CLOSE_VERB = re.compile(
    r"^(?:(?:please|we can|you can|let's|lets|i'm|i am|go ahead and|ok to)\s+)?"
    r"(?:closing|close|mark|marking"
    # in the other languages: "Pode fechar o #53", "Można zamykać #102", "On peut fermer le
    # #31", "Podemos cerrar el #42", "Possiamo chiudere il #61", "Можно закрывать #102"
    r"|(?:pode|podem|podemos|vamos) fechar(?: o| a)?|fechando o|fechamos o"
    r"|(?:puedes|podéis|podemos|se puede) cerrar(?: el| la)?|cerramos el|cerrando el"
    r"|(?:on peut|vous pouvez|tu peux) (?:fermer|clore|clôturer)(?: le| la)?"
    r"|je (?:ferme|clos|clôture)(?: le| la)?"
    r"|(?:possiamo|puoi|potete|si può) chiudere(?: il| la)?|chiudiamo il|chiudo il"
    r"|(?:je kunt|we kunnen) (?:sluiten|afsluiten)|(?:vi kan) (?:stänga|avsluta|lukke)"
    r"|można (?:zamykać|zamknąć)|zamykam|zamykamy"
    r"|можно (?:закрывать|закрыть)|закрываем|закрываю)"
    r"(?:\s+out)?\s+(?P<ref>#\s?\d{1,9})"
    r"(?:\s+(?:out|off))?(?:\s+as\s+(?:done|complete|completed|finished))?"
    r"(?:\s*(?:[.!:;,]|\s[-–—])\s*(?P<note>.*?))?\s*$",
    re.IGNORECASE,
)


def closed_by_verb(text: str) -> str | None:
    """ "Closing #12 - shipped" as "#12 done - shipped"; None when the line is not that, or
    its note speaks of later, hedges or negates ("Closing #12 next week", "… if QA passes")."""
    match = _CLOSE_VERB.match(text)
    if match is None or "?" in text:
        return None
    note = match["note"] or ""
    if _UNSAID.search(fold(note)) or grammar.LATER_IN_SENTENCE.search(fold(note)):
        return None
    return f"{match['ref']} done - {note}" if note else f"{match['ref']} done"


def closing_line(text: str) -> str:
    """The line in the grammar's order when it ends with a clause saying it is done or
    fine ("#14 done - both hires started on Monday"); otherwise the line as it is."""
    if (closed := closed_by_verb(text)) is not None:
        return closed
    if (ends := _LAST_SENTENCE.match(text)) and (
        closed := closed_by_verb(ends["closing"])
    ) is not None:  # "#113 zero stop-ship bugs since Tuesday. Closing #113."
        ref, said = closed.split()[0], fold(ends["note"])
        if fold(ends["ref"]).replace(" ", "") == ref.replace(" ", "") and not any(
            flag_at(said, m.start(), False) for m in re.finditer(r"(?<!\w)\w", said)
        ):  # (not "#13 red – QA failed. Closing #13.": asked, as it reads)
            return f"{ends['ref']} done - {ends['note']}"
    last = text.rstrip(" .!").rsplit(None, 1)[-1:]
    if not last or ord(last[0][-1]) < 0x2E80 and fold(last[0]) not in _LAST_WORDS:
        return text  # (the pattern below is slow to fail on a long line)
    match = _CLOSING.match(text)
    if match is None or "?" in text:
        return text
    if not (match["good"] or match["this"] or match["so"]):
        return text  # "#12 signed, done": read by the grammar as before
    note = match["note"]
    folded = fold(note)
    if _UNSAID.search(folded):
        return text
    if any(flag_at(folded, m.start(), False) for m in re.finditer(r"(?<!\w)\w", folded)):
        return text  # a flag word in the sentence: the line is read as typed
    answer = "green" if match["good"] else "done"
    return f"{match['ref']} {answer} - {note}"
