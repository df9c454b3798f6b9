"""Answers inside prose after a remark, on the same line.

- One key result said to have changed: "Thanks for the reminder! Only #14 changed: now
  yellow, 19 alerts", "Nur #14 hat sich geändert: jetzt gelb", "Solo cambió #12: ahora
  amarillo". The answer after the colon is read as `#14: now yellow` would be.
- Nothing changed but one: "Nothing new except #14: yellow now", "Wie letzte Woche, nur
  #14 ist jetzt gelb" (#14 only when the prose clearly gives its colour).
- A key result named by a few words with its reference in brackets, as the subject of
  its sentence: "Design partners (#12): green.", "Red alerts (#14) are still red because
  …", "Playbooken (#91) er fortsatt gul fordi …". After a colon or a dash the answer is
  read as `#12: green` would be; a command after it as `#33 is done: …` would be
  ("The forum (#33) is done: …", "Фишинговые учения (#103) переносим на 15 января");
  otherwise only a colour a few plain words on (no modal, hedge, negation or "far from"
  on the way).
- A key result named after "so" that ends a remark: "Churn came in at 1.9%, so #32 is
  finally green", "… donc #32 passe au vert" (a colour a few plain words on, as above).
- Numbers without `#`, several: "Sorry, late again. 21 done, 22 yellow, 23 green" (only
  numbers of the form's key results, each with its flag: "3 offers" is a count).

The key results the line does not name stay missing (never green).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import blanket_words, grammar
from .grammar import DONE, DROP
from .negated import colour_after_negation, concluded
from .phrases import fold, note_text, phrase_at, phrase_table, skip_space
from .readings import Head, Parsed, Reading

if TYPE_CHECKING:
    from .lines import LineReader


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ONLY = _alternatives(blanket_words.ONLY_WORDS)
_VERB = _alternatives(blanket_words.CHANGE_VERBS)
_LEAD = _alternatives(blanket_words.CHANGE_LEADS)
# Lead or only, verb, reference, verb, then a colon, comma or dash ("Solo cambió #12:",
# "È cambiato solo #13:", "The only change is #14:"); a lead or a verb must be there.
_CHANGED = re.compile(
    rf"(?:(?P<lead>{_LEAD})\s*|(?P<only>{_ONLY})\s+)?(?:(?P<before>{_VERB})\s+(?:(?:{_ONLY})\s+)?)?"
    rf"(?P<ref>#\s?\d{{1,9}})(?!\d)(?:\s+(?P<after>{_VERB}))?\s*(?::|,|\s[-–—])\s*(?=\S)"
)
# "Nothing new except #14: yellow now", "Wie letzte Woche, nur #14 ist jetzt gelb".
_NO_CHANGE = re.compile(
    rf"(?:{_alternatives(blanket_words.NO_CHANGE_WORDS)})[\s,.;:!]*"
    rf"(?:{_alternatives(blanket_words.EXCEPT_WORDS)})\s+(?:for\s+|that\s+)?"
    r"(?P<ref>#\s?\d{1,9})(?!\d)[\s,:]*"
    rf"(?:(?:{_alternatives(blanket_words.RELATIVES)})\s+)?"
)
_CLAUSE = re.compile(r"(?:^|[.!?;]\s+)")
# A subject of a few words, then its reference in brackets: "Design partners (#12)".
_BRACKETED = re.compile(
    r"(?:^|(?<=[.!?;:]\s))(?P<subject>[^\W_][^.!?;:#()（）\[\]]{0,80}?)\s*[(（]\s*"
    r"(?P<ref>#\s?\d{1,9})\s*[)）]"
)
_SUBJECT_WORDS = 8
_ANSWER_AFTER = re.compile(r"\s*(?::|[-–—]{1,2}\s)\s*(?=\S)")
# Words in the subject that make the sentence something other than an answer.
_NOT_A_SUBJECT = phrase_table(
    (*grammar.CONDITIONS, *grammar.NEGATIONS, *grammar.HEDGES, *blanket_words.PROSE_MODALS,
     *grammar.PAST, *grammar.WAS, *grammar.OTHERS_SAY)
)  # fmt: skip
_WORD_START = re.compile(r"(?<!\w)\w")
_WORD_RUN = re.compile(r"[^\W\d_]+")
_SO = _alternatives(tuple(w for w in grammar.SO_WORDS if w not in grammar.REF_JOINERS))
_SO_REF = re.compile(rf"[,;:]\s*(?:{_SO})\s+(?=#)")
# "Nothing new on #16, it stays green", "Zum Ledger #22: das ist jetzt grün".
_IT = _alternatives(
    ("it", "this one", "that one", "es", "das", "il", "elle", "ça", "lo", "esto", "isso",
     "questo", "het", "dat", "det", "den", "to", "это", "он", "bu", "它")
)  # fmt: skip
_REF_IT = re.compile(rf"#\s?\d{{1,9}}(?!\d)\s*[,:;]\s*(?:{_IT})\s+")


def only_changed(reader: LineReader, text: str, folded: str, raw: str) -> Parsed | None:
    """The answer of the one key result a line says has changed, or None."""
    for clause in _CLAUSE.finditer(folded):
        match = _CHANGED.match(folded, clause.end())
        if match is None or not (match["before"] or match["after"] or match["lead"]):
            continue  # "Only #13: red" is read as it is elsewhere; a verb must say it changed
        if match["lead"] and folded[match.end("ref") :].lstrip()[:1] == ",":
            return None  # "The only change is #14, …" may go on about it: too loose
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


def no_change_except(reader: LineReader, text: str, folded: str, raw: str) -> Parsed | None:
    """ "Nothing new except #14: yellow now": #14 as the prose clearly says, or None."""
    match = _NO_CHANGE.match(folded)
    if match is None:
        return None
    ref = reader.refs_at(folded, match.start("ref"))[0]
    if len(ref) != 1:
        return None
    reading = reader.prose_flag(text, folded, match.end(), ref[0], raw, "ref-line")
    if reading is None:
        return None
    return Parsed(readings=[reading], named=True, closed=True, explicit=True)


def bracketed_subject(reader: LineReader, text: str, folded: str, raw: str) -> Parsed | None:
    """ "Design partners (#12): green", "Red alerts (#14) are still red because …": the
    answer of a key result named as the subject of its sentence, or None."""
    match = _BRACKETED.search(folded)
    if match is None or len(grammar.REF.findall(folded)) != 1:
        return None
    subject = match["subject"]
    label = folded[: match.start()]  # "Kort från telefonen: kassan (#81) är grön, …"
    if label and (len(label.split()) > _SUBJECT_WORDS or not label.rstrip().endswith(":")):
        label = ""  # after a sentence, not a label: that sentence is its own
    if len(subject.split()) > _SUBJECT_WORDS or any(
        phrase_at(part, word.start(), _NOT_A_SUBJECT)
        for part in (label, subject)
        for word in _WORD_START.finditer(part)
    ):
        return None  # "If the vendor signs: the beta (#13) is green"
    refs, _, problem = reader.refs_at(folded, match.start("ref"))
    if len(refs) != 1 or problem:
        return None
    if after := _ANSWER_AFTER.match(folded, match.end()):
        parsed = _read_as_answer(reader, f"{refs[0]}: {text[after.end() :]}", raw)
        return parsed if parsed.readings or parsed.commands else None
    # "The forum (#33) is done: …": a command after the subject, as "#33 is done: …" reads
    parsed = _read_as_answer(reader, f"{refs[0]} {text[match.end() :].lstrip()}", raw)
    closes = parsed.readings and all(r.meaning in (DONE, DROP) for r in parsed.readings)
    if parsed.commands and not parsed.readings or closes:
        return parsed
    reading = reader.prose_flag(text, folded, match.end(), refs[0], raw, "ref-in-prose")
    if reading is None:  # "The data platform (#13) is no longer at risk: …, so green."
        said = _negated_then_said(reader, text, folded, match.end()) or concluded(
            reader, text, folded, match.end()
        )  # "NPS-målingen (#93) ligger på 39, …, så jeg setter den til gul."
        if said is None or said.meaning is None:
            # "Stop-ship bugs (#113) dropped to red from yellow overnight: …"
            plain = _read_as_answer(reader, f"{refs[0]} {text[match.end() :].lstrip()}", raw)
            colours = [r for r in plain.readings if r.meaning in grammar.COLOURS]
            if len(colours) == len(plain.readings) == 1 and not plain.commands:
                return plain
            return None
        note = note_text(text[said.rest :])
        reading = Reading(
            [refs[0]], said.meaning, said.score, [note] if note else [], "ref-in-prose",
            raw.strip(),
        )  # fmt: skip
    return Parsed(readings=[reading], named=True, closed=True, explicit=True)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+")


def bracketed_sentences(reader: LineReader, text: str, folded: str, raw: str) -> Parsed | None:
    """A paragraph of such sentences on one line ("Localisation (#111) is green, … .
    Customers (#112): still yellow – …"): each sentence that names one key result by its
    bracketed number is read as `bracketed_subject` reads a line; None when none is."""
    if len(_BRACKETED.findall(folded)) < 2:
        return None
    found = Parsed(named=True, closed=True, explicit=True)
    starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        sentence = text[start:end].strip()
        one = bracketed_subject(reader, sentence, fold(sentence), raw)
        if one is not None:
            found.readings += one.readings
            found.commands += one.commands
    return found if found.readings or found.commands else None


def _read_as_answer(reader: LineReader, answer: str, raw: str) -> Parsed:
    """`answer` ("#12: green", "#33 is done: …") read as a line of the grammar would be, its
    readings marked as read in prose; empty when it has a problem."""
    parsed = reader.named(answer, fold(answer), 0, raw, Parsed(), None, "", False, None)
    if parsed.problem:
        return Parsed()
    parsed.explicit = True
    for reading in parsed.readings:
        reading.rule = "ref-in-prose"
    return parsed


def _negated_then_said(reader: LineReader, text: str, folded: str, at: int) -> Head | None:
    """A negation a few words after `at` that a plain colour concludes ("siamo ancora lontani
    dal verde: …, quindi rosso"), or None."""
    i = reader.connectors(folded, at)
    for _ in range(3):
        if said := colour_after_negation(reader, text, folded, i):
            return said
        word = _WORD_RUN.match(folded, i)
        if word is None:
            return None
        i = skip_space(folded, word.end())
    return None


def ref_after_so(reader: LineReader, text: str, folded: str, raw: str) -> Parsed | None:
    """ "Churn came in at 1.9% for November, so #32 is finally green", "Nothing new on #16,
    it stays green": the colour a remark gives the one key result it names, or None."""
    if len(grammar.REF.findall(folded)) != 1:
        return None
    if match := _SO_REF.search(folded):
        before, at = folded[: match.start()], match.end()
    elif match := _REF_IT.search(folded):  # the colour comes after "it": read from there
        before, at = folded[: match.start()], match.start()
    else:
        return None
    if any(phrase_at(before, w.start(), _NOT_A_SUBJECT) for w in _WORD_START.finditer(before)):
        return None  # "If churn drops, so #32 …", "Not sure, so #32 …"
    colour_from = match.end() if match.re is _REF_IT else None  # after "it"
    return reader.prose_answer(text, folded, at, raw, "ref-in-prose", colour_from)
