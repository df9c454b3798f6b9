"""Deciding per key result from all readings of a reply: an explicit answer beats a
blanket one, a correction beats what it corrects, disagreement and unsure words are asked
about, flags without names count in form order only when they match one for one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .done_days import only_part
from .drop_clauses import dropped_after_flag
from .grammar import COLOURS, DONE, DROP, REF, SAME, UNSURE
from .phrases import fold, without_sign_off
from .readings import Reading
from .results import Ambiguity, Answer, Command, FormEntry, Guess, Source, Understanding
from .second_thoughts import second_thought

MAX_UNMATCHED = 20  # lines reported as not understood, so an answer stays readable


def _title(reading: Reading, titles: dict[str, str]) -> str:
    """The title of the one key result a reading names ("" for several or none)."""
    return titles.get(reading.refs[0], "") if len(reading.refs) == 1 else ""


# A check mark alone says "fine" or "finished": green or done, and the two differ.
_CHECK_MARKS = frozenset({"✅", "✔", "✓", "☑"})


def _bare_check_mark(reading: Reading) -> bool:
    """ "#12 ✅" and nothing more on its line: asked (with words after it, "✅ on track" or
    "✔ signed 4 of 5", it is read; a line below is no word of the check mark's)."""
    if reading.guess is None or reading.guess.rstrip("\ufe0f") not in _CHECK_MARKS:
        return False
    after = reading.line.partition(reading.guess.rstrip("\ufe0f"))[2]
    return reading.score is None and not _says_something(after)


def _says_something(note: str) -> bool:
    """A note of only symbols ("🟢" after a green) is kept for second_thoughts.py to
    read, not to show."""
    return any(c.isalnum() for c in note)


# --------------------------------------------------------------------------------------
# Deciding per key result
# --------------------------------------------------------------------------------------
def resolve(
    readings: list[Reading],
    commands: list[Command],
    unmatched: list[str],
    entries: list[FormEntry],
    flagless: set[str] | frozenset[str] = frozenset(),
) -> Understanding:
    """The answer per key result. `flagless`: key results named on a line that gave them no
    flag ("#14 pushed to next quarter"): "all green" does not answer them either. A key
    result named only inside another one's note ("except #14 (red) and #15" wrapped, its
    flag on the next line) is asked about rather than covered by "all green": the person
    said something of it that was not read."""
    # the same line is reported once, whichever reading found it unclear first
    result = Understanding(commands=list(commands), unmatched=list(dict.fromkeys(unmatched)))
    explicit: dict[str, list[Reading]] = {}
    blankets: list[Reading] = []
    unnamed: list[Reading] = []
    ordered: list[tuple[str | None, Reading]] = []  # the answers in the reply's order
    closing: dict[tuple[str, str], Command] = {}  # (kind, ref): the latest done or drop
    titles = {entry.ref: entry.title for entry in entries}
    last_flags = {entry.ref: entry.last_flag for entry in entries}
    for reading in [one for said in readings for one in _carried(said, last_flags)]:
        if reading.meaning == DONE and only_part(reading.note_text(), reading.score):
            reading = replace(
                reading, meaning=UNSURE, reason="it says done, and part of it is still open"
            )
        elif reading.meaning == DONE and (doubt := _done_word_doubted(reading, titles)):
            reading = replace(reading, meaning=UNSURE, reason=doubt)
        elif (
            reading.meaning in COLOURS
            and reading.refs
            and not reading.blanket
            and (reason := dropped_after_flag(reading.note_text())) is not None
        ):  # "#104 red, so we're dropping it: the customer left"
            reading = (
                replace(reading, meaning=DROP, note=[reason], wrapped=set())
                if reason
                else replace(reading, meaning=UNSURE, reason="it says dropped, and not why")
            )
        elif (
            not reading.blanket
            and not reading.settled  # others' and other times' colours already weighed
            and (turn := second_thought(reading.note, reading.meaning, _title(reading, titles)))
        ):
            reading = replace(reading, meaning=UNSURE, reason=turn)  # "green, or rather red"
        elif not reading.blanket and _bare_check_mark(reading):
            reading = replace(
                reading, meaning=UNSURE, reason=f"{reading.guess} can mean on track or done"
            )
        if any(not _says_something(line) for line in reading.note):  # "green - 🟢"
            kept = [i for i, n in enumerate(reading.note) if _says_something(n)]
            reading = replace(
                reading,
                note=[reading.note[i] for i in kept],
                wrapped={kept.index(i) for i in reading.wrapped if i in kept},
            )
        if not reading.blanket:
            ordered.append((reading.refs[0] if len(reading.refs) == 1 else "", reading))
        if reading.meaning in (DONE, DROP) and not reading.refs:
            unnamed.append(reading)  # "Done!" answering a form of one key result
            continue
        if reading.meaning in (DONE, DROP):
            for ref in reading.refs:
                if reading.correction:  # "#33 red …" then "#33 correction: drop - …"
                    explicit.pop(ref, None)
                note = without_sign_off(reading.note_text().strip())
                closing[(reading.meaning, ref)] = Command(
                    reading.meaning, ref, note, Source(reading.line, reading.rule)
                )
            continue
        if reading.blanket:
            blankets.append(reading)
        elif not reading.refs:
            unnamed.append(reading)
        else:
            for ref in reading.refs:
                explicit.setdefault(ref, []).append(reading)
    result.commands += list(closing.values())
    closed = {ref for _, ref in closing}
    # A key result named only with a new date: "all green" does not answer it.
    commanded = {c.ref for c in commands if c.kind == "due" and c.ref}
    answers: dict[str, tuple[Reading, str]] = {}
    for entry in entries:
        ref = entry.ref
        if ref in explicit:
            chosen, problem = _decide(explicit[ref])
            if problem:
                result.ambiguous.append(Ambiguity((ref,), problem[0], problem[1]))
            elif chosen is not None:
                answers[ref] = (chosen, chosen.rule)
            continue
        if ref in closed or ref in commanded or ref in flagless or not blankets:
            continue
        covering = [b for b in blankets if ref not in b.excluded]
        asked = [b for b in blankets if ref in b.asked]
        if covering and not asked and (inside := _named_in_a_note(ref, readings)):
            result.ambiguous.append(
                Ambiguity((ref,), inside.line, f"the reply names {ref} but gives it no flag")
            )
            continue
        if asked:
            result.ambiguous.append(
                Ambiguity((ref,), asked[0].line, f"the reply excepts {ref} without its flag")
            )
            continue
        if not covering:
            continue
        named = len(set(explicit) | closed | commanded | set(flagless))
        if any(b.void or b.awaits and (not explicit or named < b.expects) for b in covering):
            void = next(b for b in covering if b.void or b.awaits)
            result.ambiguous.append(
                Ambiguity((ref,), void.line, "it is not clear which key results it covers")
            )
            continue
        meanings = {b.meaning for b in covering}
        if len(meanings) > 1:
            result.ambiguous.append(
                Ambiguity((ref,), covering[-1].line, "two answers for all key results disagree")
            )
            continue
        answers[ref] = (covering[-1], covering[-1].rule)
    if unnamed and not blankets and (placed := _labelled_in_order(ordered, entries)):
        unnamed = []  # "Gelbe Seiten: fertig" / "Ledger-Migration läuft" / "…: blockiert"
        for entry, reading in placed:
            _place(entry, reading, answers, result, "by-label")
    if unnamed:
        _by_order(unnamed, entries, answers, result, bool(explicit or blankets or closed))
    order = {e.ref: n for n, e in enumerate(entries)}
    for ref in sorted(answers, key=lambda r: order.get(r, len(order))):
        reading, rule = answers[ref]
        note = without_sign_off(reading.note_text().strip())
        answer = Answer(ref, reading.meaning, reading.score, note, Source(reading.line, rule))
        answer.carried = reading.carried
        if reading.guess:
            answer.guess = reading.guess
            result.guesses.append(Guess(ref, reading.guess, reading.meaning))
        result.items.append(answer)
    result.ambiguous = _merged(result.ambiguous)
    if len(result.unmatched) > MAX_UNMATCHED:
        more = len(result.unmatched) - MAX_UNMATCHED
        result.unmatched[MAX_UNMATCHED:] = [f"(and {more} more lines not understood)"]
    return result


_HEAD_OF_LINE = re.compile(r"\s[-–—]\s|:")  # where a line's note starts
# A done word that may not close the key result it names, by the title: (the word, a title
# pattern, whether the word is doubted when the title matches it or when it does not).
_CLOSE = re.compile(r"(?<!\w)clos(?:e|ed|es|ing)(?!\w)")
_DOUBTED_DONE = (
    # "#104 closed - Acme signed" for "Close 3 enterprise deals": one deal, or the key result?
    (_CLOSE, _CLOSE, True, "“closed” may be about what the title counts"),
    # "#41 lancé" for "Cut time on track 3": started; for "Launch the partner portal": done.
    (
        re.compile(
            r"(?<!\w)(?:lanzad[oa]|lançad[oa]|lanciat[oa]|lancée?|gelanceerd|lanserad|lansert|"
            r"lanceret)(?!\w)"
        ),
        re.compile(r"(?<!\w)(?:launch|ship|release|lanc|lanz|lanç|go live)"),
        False,
        "“launched” may mean started",
    ),
)


def _done_word_doubted(reading: Reading, titles: dict[str, str]) -> str | None:
    """Why a done said in the answer's own words ("closed", "lancé") may not close the key
    result it names, or None ("#104 done - we closed the third" says done first)."""
    head = _HEAD_OF_LINE.split(fold(reading.line), maxsplit=1)[0]
    title = fold(_title(reading, titles))
    for word, title_words, when_matched, doubt in _DOUBTED_DONE:
        if word.search(head) and bool(title_words.search(title)) == when_matched:
            return doubt
    return None


def _carried(reading: Reading, last_flags: dict[str, str | None]) -> list[Reading]:
    """ "#16 unchanged": last week's flag for each key result it names, said to be carried
    over; asked when last week had none, or when no key result is named."""
    if reading.meaning != SAME:
        return [reading]
    if not reading.refs:
        return [replace(reading, meaning=UNSURE, reason="it does not say which key result")]
    readings = []
    for ref in reading.refs:
        flag = last_flags.get(ref)
        if flag in COLOURS:
            readings.append(replace(reading, refs=[ref], meaning=flag, carried=True))
        else:
            reason = f"it says {ref} is as last week, and last week had no flag for it"
            readings.append(replace(reading, refs=[ref], meaning=UNSURE, reason=reason))
    return readings


def _decide(claims: list[Reading]) -> tuple[Reading | None, tuple[str, str] | None]:
    """One key result's explicit readings, in order: the answer, or why it is unclear."""
    current: Reading | None = None
    conflict: tuple[str, str] | None = None
    for claim in claims:
        if current is None or claim.correction:
            current, conflict = claim, None
            continue
        if claim.meaning == current.meaning:
            if not current.note and claim.note:
                current = claim
            continue
        conflict = (claim.line, f"it reads as {current.meaning} and as {claim.meaning}")
        if UNSURE in (claim.meaning, current.meaning):  # "…, then on reflection, red"
            unsure = claim if claim.meaning == UNSURE else current
            conflict = (unsure.line, unsure.reason or "the word can mean two colours")
    if conflict:
        return None, conflict
    if current is not None and current.meaning == UNSURE:
        return None, (current.line, current.reason or "the word can mean two colours")
    if current is not None and current.meaning not in COLOURS:
        return None, None
    return current, None


def _labelled_in_order(
    ordered: list[tuple[str | None, Reading]], entries: list[FormEntry]
) -> list[tuple[FormEntry, Reading]] | None:
    """Labelled answers without a number, among answers naming their key result, one per
    key result ("Swish & Vipps: går enligt plan", "Prisexperimentet: lite efter, gult"):
    each label whose words point to one key result answers it. The order of the lines
    never decides (people put the bad news first), and neither does elimination: a label
    whose words point nowhere ("Budget: red") leaves every label unplaced, and asked."""
    if len(ordered) != len(entries) or not any(r.label is not None for _, r in ordered):
        return None
    refs = {entry.ref: entry for entry in entries}
    taken: dict[str, Reading] = {}
    for ref, reading in ordered:
        target = ref if reading.refs else reading.label
        if reading.meaning == UNSURE or target not in refs or target in taken:
            return None  # unclear, pointing nowhere or to several, or two for one
        taken[target] = reading
    return [(refs[ref], r) for ref, r in taken.items() if not r.refs]


def _place(
    entry: FormEntry,
    reading: Reading,
    answers: dict[str, tuple[Reading, str]],
    result: Understanding,
    rule: str = "by-order",
) -> None:
    """An unnamed answer given to the key result it was placed with."""
    if reading.meaning in (DONE, DROP):
        note = without_sign_off(reading.note_text().strip())
        result.commands.append(
            Command(reading.meaning, entry.ref, note, Source(reading.line, rule))
        )
    else:
        answers[entry.ref] = (reading, rule)


def _by_order(
    unnamed: list[Reading],
    entries: list[FormEntry],
    answers: dict[str, tuple[Reading, str]],
    result: Understanding,
    named: bool,
) -> None:
    """Flags without names count in form order only when they match one for one."""
    if (
        not named
        and len(unnamed) == len(entries)
        and all(r.meaning != UNSURE for r in unnamed)
        and all(r.label is None for r in unnamed)
    ):  # labelled lines are placed by their words only (_labelled_in_order), never by order
        for entry, reading in zip(entries, unnamed, strict=True):
            _place(entry, reading, answers, result)
        return
    example = entries[0].ref if entries else "#12"
    for reading in unnamed:
        result.unmatched.append(
            f"{reading.line}  (which key result? start the line with its number, "
            f"e.g. {example} green)"
        )


def _merged(ambiguous: list[Ambiguity]) -> list[Ambiguity]:
    """One question per line and reason, naming all the key results it is about."""
    merged: dict[tuple[str, str], list[str]] = {}
    for one in ambiguous:
        merged.setdefault((one.line, one.reason), []).extend(one.refs)
    return [Ambiguity(tuple(refs), line, reason) for (line, reason), refs in merged.items()]


def _named_in_a_note(ref: str, readings: list[Reading]) -> Reading | None:
    """The first answer whose note names `ref`, a key result it is not an answer for."""
    number = int(ref.lstrip("#"))
    for reading in readings:
        if ref in reading.refs:
            continue
        for line in reading.note:
            if any(int(m["n"]) == number for m in REF.finditer(fold(line)[:5000])):
                return reading
    return None
