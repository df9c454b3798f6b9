"""Understanding the new text of a reply: which key result, which flag, score, note, command.

Pure, in small steps over the lines of the text, each step in its own module:

1. `understand` (here) sorts a line: quoted (the form; only its item headers matter), the
   form's own lines pasted unquoted, greetings, remarks about the mail, sign-offs and
   signatures (`signature.py`), or text to read.
2. `lines.LineReader.read` reads a text line into readings: for which key results
   (`names.py`: a reference, a list of them, a title, the quoted item above; `blankets.py`:
   "all green", its exceptions), a flag, score and note (`heads.py`), and the rule that
   named them; plus commands (done, drop, a new date, away); `prose.py`: answers inside
   prose after a remark ("Only #14 changed: now yellow", "Sorry! 12 done, 13 red"). The
   words come from the one table in `grammar.py`, compiled in `phrases.py`.
3. A line that reads nothing continues the last note, or is reported as not understood;
   unless it is chatter: no reference, title word, flag, command or date anywhere in it
   ("Sorry, late again.", "Quick one this week."), kept as a remark, neither note nor error.
4. `decide.resolve` decides per key result. An explicit reading (its reference, its title,
   an answer under its quoted item, an exception to "all green") overrides a blanket one
   ("all green"); a key result named only by a command (a new date) gets no blanket flag.
   Two explicit readings that disagree record nothing and are asked about, unless the
   later one is marked as a correction ("Correction: #12 yellow", "green, no wait, red"). A
   word that can mean two colours, a negation ("not on track"), a qualifier or hedge
   ("mostly green", "vielleicht gelb", "緑か黄色") is asked about too. A flag word inside a
   note never becomes a flag.

Quoted lines are never read for flags (last week's flag is printed in the quoted form):
they only tell which key result an inline answer under them is for.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from . import blanket_words, grammar
from .decide import resolve
from .grammar import COLOURS, DONE, DROP, UNSURE
from .line_commands import read_command_line
from .lines import LineReader
from .phrases import WORD_OR_CJK, clean, flag_at, fold, head_ends, names_a_thing, title_key
from .readings import Parsed, Reading
from .remarks import form_fragment, wrapped_last_week
from .results import Ambiguity, Answer, Command, FormEntry, Guess, Source, Understanding
from .signature import (
    QUOTE_LINE,
    cjk_name,
    greeting,
    is_contact,
    is_dashed_name,
    is_farewell,
    is_own,
    is_remark,
    names_own,
    own_names,
    signature_at,
    signature_line,
)
from .trim import is_closing
from .unmarked import joined_heading

__all__ = [  # what other code imports from here; the data lives in results.py
    "Ambiguity",
    "Answer",
    "Command",
    "FormEntry",
    "Guess",
    "MAX_LINES",
    "Source",
    "Understanding",
    "understand",
]

_TABLE_RULE = re.compile(r"^[|:\-–—=+ ]+$")
_CONTINUES = re.compile(r"[^.!?:;)\]]$")
_NO_FLAG = "no flag for"  # the problem of a line that names a key result and reads no flag
_BRACKETED_REF = re.compile(r"[(（]\s*#\s?(?P<n>\d{1,9})\s*[)）]")
# Rules that name a key result on the line itself: a quoted item above no longer counts.
_NAMING_RULES = ("ref-line", "ref-list", "title-prefix", "title-words", "ref-in-prose")
_WRAP_WIDTH = 50  # a line this long that ends mid-sentence was probably wrapped by the client

_AS_BEFORE = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(blanket_words.REST_WORDS, key=len, reverse=True)))})"
    r"(?:\s+(?:is|are|ist|sind|bleibt|bleiben|est|sont|reste|restent|es|son|sigue|siguen|è|är|er|jest|continua|continuam|continúa|continúan"
    r"|sono|resta|restano|é|são|fica|ficam|blijft|blijven|zijn)(?!\w))?\s*(?:[:,\-–—]\s*)?"
    rf"(?:{'|'.join(map(re.escape, sorted(blanket_words.UNCHANGED_WORDS, key=len, reverse=True)))})"
    r"[\s.!]*$"
)
_AS_BEFORE_ANSWER = "last week's flags are not carried over: say the others' flags, e.g. all green"

MAX_LINES = 1000  # lines of a reply that are read (quoted ones included): a form has a few


def understand(
    text: str, entries: list[FormEntry], today: date, names: tuple[str, ...] = ()
) -> Understanding:
    """Read a reply's new text against the key results its form listed.

    `names` are the sender's name and first name: a line that is only one of them (or
    their initials) is a signature, not part of the last note.
    """
    reader = _reader(tuple(entries), today)
    own = own_names(tuple(names))
    objectives = frozenset(title_key(e.objective) for e in entries if e.objective.strip())
    readings: list[Reading] = []
    commands: list[Command] = []
    flagless: set[str] = set()  # key results named on lines that gave them no flag
    unmatched: list[str] = []
    remarks: list[str] = []  # lines that are no answer and need none
    context: str | None = None  # the key result of the quoted (or pasted) item above
    context_rule = "inline-under-quote"
    current: Reading | None = None  # where continuation lines go
    previous = ""  # the last text line, to tell a wrapped note from a new answer
    ended = False  # after a sign-off only lines naming a key result count
    pasted = False  # the form's instructions were pasted: its example answers follow
    in_section = False  # under a heading of the form's own news or thanks, pasted
    line_before = ""  # the non-blank line above, as typed or quoted

    lines = (text or "").splitlines()
    lines = lines[: signature_at(lines)]
    read = 0
    joined_into = -1  # a line joined to the one above it (a sentence the client wrapped)
    for number, raw in enumerate(lines):
        line = raw.strip()
        if number == joined_into:
            continue
        if not line or not line.strip(" >"):
            previous = ""
            continue
        read += 1
        if read > MAX_LINES:
            rest = sum(1 for more in lines[number:] if more.strip())
            unmatched.append(f"(the reply goes on for {rest} more lines, which were not read)")
            break
        if wrapped_last_week(line_before, line):
            line_before, previous = "", ""
            continue  # "… Last week:" / "YELLOW Android crash fixed": the form's, wrapped
        if _FORM_BUTTONS.match(fold(line_before)) and _ALL_GREEN_BUTTON.match(fold(line)):
            line_before, previous = "", ""
            continue  # "Open my status page" / "All green this week": the form's buttons
        line_before = line
        if QUOTE_LINE.match(line):
            inner = clean(line.lstrip(" >"))
            header = reader.header(inner)
            if header:
                context, context_rule, current, ended = header, "inline-under-quote", None, False
            elif context and (typed := _typed_over(reader, inner, context, line)):
                readings.append(typed)
                current = typed
            previous = ""
            continue
        line = _without_own_initials(line, own)
        cleaned = clean(line)
        pasted = pasted or bool(grammar.FORM_INTRO.match(fold(cleaned)))
        if pasted and _in_form_section(cleaned, in_section, reader):
            in_section, previous = True, ""  # the form's news of others' key results
            continue
        in_section = False
        if (heading := joined_heading(cleaned, entries)) is not None:
            context, context_rule, current, previous = heading, "under-title-line", None, ""
            continue  # "#12 Title Due 15 Dec 2026, … Last week: …": the form's, pasted
        if _form_echo(cleaned, pasted, objectives):
            previous = ""
            continue
        if (found := read_command_line(cleaned, context)) is not None:
            # "#40 depends on #12", "watch #12", "#12 lesson ...": never a flag nor a note
            if found.problem:
                unmatched.append(f"{line}  ({found.problem})")
            commands += [c for c in found.commands if c not in commands]
            flagless |= found.refs
            current, previous = None, ""
            continue
        answered = bool(readings or commands)
        if answered and (
            is_closing(cleaned)
            or is_closing(cleaned.split("|")[0])  # "Kind regards, Dana Smith | VP Sales | …"
            or is_own(cleaned, own)
            or names_own(cleaned, own)  # "张伟 | Wei Zhang"
            or cjk_name(cleaned)
            and _last_words(lines, number)  # "渡辺 健二" under the answer
            or is_contact(cleaned)
            or is_dashed_name(line)
            or grammar.DISCLAIMER.match(cleaned)
        ):
            ended, current = True, None
            continue
        if (
            is_remark(cleaned) or greeting(cleaned, answered) or grammar.DISCLAIMER.match(cleaned)
        ) and not _answers_after_remark(reader, cleaned, line, context, context_rule):
            current = None
            previous = ""
            remarks.append(line)
            if answered and is_farewell(cleaned):
                ended = True
            continue
        parsed = reader.read(line, context, context_rule)
        if (
            (current is None or reader.refs_in(line) - set(current.refs))
            and not parsed.readings
            and not parsed.commands
            and not parsed.header  # "#12" / "blocked": the answer under its header
            and number + 1 < len(lines)
            and (_wrapped_into(line, lines[number + 1]) or _lone_colour(lines[number + 1]))
        ):  # "Partners: Kestrel's lawyers sent the signed copy back last night," / "that's
            # five out of five, so done.": read as one line when that reads an answer
            lone = not _wrapped_into(line, lines[number + 1])  # "…" / "Red.": a sentence
            glue = ". " if lone and not line.rstrip().endswith(_CLAUSE_MARKS) else " "
            joined = f"{line.rstrip()}{glue}{lines[number + 1].strip()}"
            again = reader.read(joined, context, context_rule)
            if again.readings or again.commands:
                line, cleaned, parsed, joined_into = joined, clean(joined), again, number + 1
        if ended and not parsed.explicit:
            continue
        if parsed.header:
            context, context_rule, current = parsed.header, "under-title-line", None
            previous = ""
            continue
        if (
            parsed.empty
            and (not parsed.problem or parsed.problem.startswith(_NO_FLAG))
            and (spoken := _coloured_elsewhere(reader, cleaned))
        ):  # also a line with no flag read: "#13 correction: yellow" (not "#13 drop": why?)
            # "On reflection, #14 should stay red" after #14's answer or under #12's: asked
            for ref in sorted(spoken):
                why = f"a line speaks of {ref} without a clear flag: “{cleaned.strip()[:80]}”"
                readings.append(Reading([ref], UNSURE, None, [], "ref-line", line, reason=why))
            current, previous = None, line
            continue
        if parsed.empty and not ended and _AS_BEFORE.match(fold(cleaned)):
            unmatched.append(f"{line}  ({_AS_BEFORE_ANSWER})")  # "The rest as last week"
            current, previous = None, line
            continue
        if current is not None and _aside(line, previous, parsed, reader):
            remarks.append(line)  # "Also, great offsite last week!" between two answers
            current, previous = None, ""
            continue
        if current is not None and current.blanket and parsed.empty and reader.refs_in(line):
            # "All green." then "Nur #3 ist gelb, eine Absage.": never the blanket's note
            unmatched.append(f"{line}  (no flag for {', '.join(sorted(reader.refs_in(line)))})")
            flagless |= reader.refs_in(line)
            current, previous = None, line
            continue
        if current is not None and _names_another(reader, cleaned, previous, parsed, current):
            # "13 R need an exec call" under #12's answer: never #12's note
            refs = reader.refs_in(line) or {reader.bare_ref_at(fold(cleaned), 0)[0] or ""}
            unmatched.append(f"{line}  (no flag for {', '.join(sorted(refs))})")
            flagless |= refs
            current, previous = None, line
            continue
        if (
            current is not None
            and parsed.empty
            and (another := _opens_another(reader, cleaned, previous, current))
        ):
            # "The red-carpet programme is on hold …" under #113's answer: a sentence about
            # #114 (its title's words), never #113's note
            unmatched.append(f"{line}  (no flag for {another}: add green, yellow or red)")
            flagless.add(another)
            current, previous = None, line
            continue
        if current is not None and parsed.empty and _unnamed_answer(cleaned, previous):
            # "Contratación: rojo, nadie aceptó" under #13's answer: an answer for a key
            # result the line does not name, never #13's note
            unmatched.append(f"{line}  ({_UNNAMED})")
            current, previous = None, line
            continue
        if (
            current is not None
            and _continues(previous, parsed, context)
            and not _answers_another(reader, cleaned, parsed, current, previous)
            and not _next_in_order(parsed, current)
        ):
            _add_to_note(current, line, previous)
            previous = line
            continue
        if parsed.problem and not parsed.readings:
            unmatched.append(f"{line}  ({parsed.problem})")
            flagless |= reader.refs_in(line)
            current, previous = None, line
            continue
        if parsed.empty:
            if current is not None:
                _add_to_note(current, line, previous)
            elif context is not None:
                unmatched.append(f"{line}  (no flag for {context}: add green, yellow or red)")
                flagless.add(context)
            elif reader.chatter(line):  # "Sorry, late again.", "Quick one this week."
                remarks.append(line)
            else:
                unmatched.append(line)
                flagless |= reader.refs_in(line)
            previous = line
            continue
        if parsed.readings and (closing := _closing_clause(parsed.readings[-1])):
            if closing[1]:  # "#13 red, the rest as last week": answered
                unmatched.append(f"{closing[0]}  ({_AS_BEFORE_ANSWER})")
            else:
                remarks.append(closing[0])
        unmatched += parsed.unread
        for unread in parsed.unread:
            flagless |= reader.refs_in(unread)
        readings += parsed.readings
        for command in parsed.commands:
            if command not in commands:
                commands.append(command)
        current = parsed.readings[-1] if parsed.readings else None
        if any(r.refs and r.rule in _NAMING_RULES for r in parsed.readings):
            context = None
        previous = line
    understanding = resolve(readings, commands, unmatched, entries, flagless)
    understanding.remarks = remarks
    return understanding


_OWN_INITIALS = re.compile(r"^[\[({]?\s*([^\W\d_]{2,3})(?:\s*[\])}])?\s*(?::|[-–—](?=\s))")


_CLAUSE_START = re.compile(r"[,;]\s*|\s[-–—]\s*")


def _closing_clause(reading: Reading) -> tuple[str, bool] | None:
    """ "#13 red, the rest as last week": a closing clause that says the others did not
    change is no part of #13's note, and is answered as on a line of its own (True); after
    a blanket, a remark about the mail ("All on track, one exception inline.") is no note
    either (False)."""
    if not reading.note:
        return None
    note = reading.note[-1]
    starts = [c.end() for c in _CLAUSE_START.finditer(note)]
    for start in [*starts, 0]:
        tail = note[start:].strip()
        as_before = bool(tail and _AS_BEFORE.match(fold(tail)))
        if as_before or (tail and reading.blanket and is_remark(tail)):
            head = note[:start].rstrip(" ,;-–—")
            if head:
                reading.note[-1] = head
            else:
                reading.note.pop()
            return tail, as_before
    return None


def _without_own_initials(line: str, own: frozenset[str]) -> str:
    """ "ds: green", "DW: still red, 24 alerts": the sender's own initials in any letter
    case before an answer, whatever follows them (other initials count only in capitals and
    before a flag, in `clean`)."""
    match = _OWN_INITIALS.match(line)
    rest = line[match.end() :].lstrip() if match else ""
    if match and match[1].lower() in own and rest:
        return rest
    return line


def _answers_after_remark(
    reader: LineReader, cleaned: str, line: str, context: str | None, context_rule: str
) -> bool:
    """ "Sorry for the delay! #104 G, #105 Y": a remark with answers after it on the line
    ("Sorry for the delay. Istanbul migration is going well.": by a title's words)."""
    parsed = reader.read(line, context, context_rule)
    if not grammar.REF.search(fold(cleaned)) and not any(c.isdigit() for c in cleaned):
        # (a number without "#" may be an answer too: "Sorry! 12 green, 13 red"); without
        # either, only a sentence naming a title ("Hope all is well" is no blanket)
        return any(r.rule == "title-words" for r in parsed.readings)
    return not parsed.empty


# A line that cannot end there: a word that wants what follows ("see", "by", "with").
_ENDS_OPEN = re.compile(
    r"(?:(?<!\w)(?:see|by|on|with|for|of|to|and|or|than|in|at|from|after|before|via|per|"
    r"like|between|the|a|an|about|under|into|until|because|as|is|are|was|were|cf|re|und|mit|"
    r"von|für|bis|vor|nach|der|die|das|de|du|des|le|la|les|et|ou|avec|pour|par|sur|el|los|"
    r"las|y|o|con|por|para|en|e|com|do|da|di|il|met|van|voor|op|och|med|av|för|på|og|til|"
    r"z|w|na|и|в|на|с|по|ve|ile)|[,:;(–—-])\s*$"
)


def _answers_another(
    reader: LineReader, cleaned: str, parsed: Parsed, current: Reading, previous: str
) -> bool:
    """A line that starts with another key result's reference: its own answer, after a
    wrapped line too, even an unclear one ("#33 rouge ou abandon") or one that reads
    nothing ("#15 we're binning the second req": asked about, never the note above)."""
    ref = grammar.REF.match(fold(cleaned).lstrip())
    if ref is None or not parsed.readings and _ENDS_OPEN.search(fold(previous)):
        return False  # "… see" / "#13 for the date": a wrapped note that names #13
    named = f"#{int(ref['n'])}"
    return named in reader.refs and named not in current.refs


# "Hiring: red", "Vendor side: done - …": a label of a few words, then a flag that ends it.
_LABEL = re.compile(
    r"\s*[^\W\d_][^\W_]*(?:[ '’-][^\W\d_][^\W_]*){0,3}\s*(?:[:：]|\s[-–—]\s)\s*"
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|/\s*10)?\s*[,;]\s*)?"  # "Rotacja sekretów - 80%, na dobrej …"
)
_UNNAMED = "which key result is this? Write its number, e.g. #12 red"


def _unnamed_answer(cleaned: str, previous: str) -> bool:
    """Whether a line that names no key result reads as an answer for one ("Hiring: red"),
    so it is shown as not understood rather than joined to the note above; a line a client
    wrapped goes on with the note."""
    if len(previous) >= _WRAP_WIDTH and _CONTINUES.search(previous):
        return False
    folded = fold(cleaned)
    label = _LABEL.match(folded)
    if label is None:
        return False
    flag = flag_at(folded, label.end(), False)
    if flag is None or flag[1].guess or flag[1].meaning not in (*COLOURS, DONE, DROP):
        return False
    end = label.end() + len(flag[0])
    return head_ends(folded, end) and not names_a_thing(cleaned, folded, label.end(), end, flag[1])


def _add_to_note(current: Reading, line: str, previous: str) -> None:
    """A line that goes on with the note: a sentence a client wrapped ("the first time
    this" / "quarter.") joins its line, anything else is a line of its own."""
    wrapped = len(previous) >= _WRAP_WIDTH and bool(_CONTINUES.search(previous))
    if wrapped and current.note and current.note[-1] and line[:1].islower():
        current.wrapped.add(len(current.note))
    current.note.append(line)


def _last_words(lines: list[str], number: int) -> bool:
    """Whether nothing but blank or quoted lines, or a signature's title, company and
    address lines, follow line `number`: a name there is the person signing, not the note
    going on. A confidentiality notice ends the message: what follows it is its own."""
    for rest in lines[number + 1 :]:
        if grammar.DISCLAIMER.match(clean(rest.strip())):
            return True  # "张伟" / "本邮件内容保密，…"
        if rest.strip() and not QUOTE_LINE.match(rest) and not signature_line(rest.strip()):
            return False
    return True


def _wrapped_into(line: str, following: str) -> bool:
    """Whether `following` goes on with the sentence of `line`, as a client wraps it: a long
    line that ends mid-sentence, then one that starts in small letters."""
    after = following.strip()
    return (
        len(line) >= _WRAP_WIDTH
        and bool(_CONTINUES.search(line))
        and not QUOTE_LINE.match(following)
        and after[:1].isalpha()
        and (after[:1].islower() or line.endswith(",") or bool(_ENDS_OPEN.search(line)))
    )  # ("… before" / "Christmas, so that one is red.")


_CLAUSE_MARKS = (".", "!", "?", ":", ";", ",", "-", "–", "—", "。", "！", "？", "：")


def _lone_colour(following: str) -> bool:
    """A line that is only a colour and a full stop ("Red."), closing the sentence of the
    line above ("Stop-ship bugs (#113): far from green - 6 left …" / "Red.")."""
    folded = fold(following.strip())
    flag = flag_at(folded, 0, False)
    return (
        flag is not None
        and flag[1].meaning in COLOURS
        and not flag[1].short
        and not folded[len(flag[0]) :].strip(" .!。！")
    )


def _aside(line: str, previous: str, parsed: Parsed, reader: LineReader) -> bool:
    """An exclamation that is chatter, on a line of its own after a note that was not
    wrapped: a remark, not the note going on."""
    if not parsed.empty or not line.rstrip().endswith("!"):
        return False
    wrapped = len(previous) >= _WRAP_WIDTH and bool(_CONTINUES.search(previous))
    return not wrapped and reader.chatter(line)


def _names_another(
    reader: LineReader, cleaned: str, previous: str, parsed: Parsed, current: Reading
) -> bool:
    """A line that starts with the number of another key result of the form, or names one
    in brackets ("A central de ajuda (#53) continua atrasada"), read as no answer: it is
    its own (not understood), not the note of the answer above, unless the line above was
    wrapped by a client."""
    folded = fold(cleaned)
    if parsed.empty and (answered := reader.bare_answer_at(folded, 0)):  # "43 verde o
        return answered not in current.refs  # amarillo, …": an answer, never a wrapped note
    if not parsed.empty or len(previous) >= _WRAP_WIDTH and _CONTINUES.search(previous):
        return False
    others = reader.refs_in(cleaned) - set(current.refs)
    if others and any(f"#{int(m['n'])}" in others for m in _BRACKETED_REF.finditer(folded)):
        return True
    ref = reader.bare_ref_at(folded, 0)[0]
    return ref is not None and ref not in current.refs


# Lines that speak of all key results, or give an example (our own help, pasted back).
_OF_ALL = re.compile(
    r"(?<!\w)(?:all green|every key result|for example|e\.g\.|zum beispiel|par exemple|"
    r"por ejemplo|per esempio|bijvoorbeeld|till exempel|for eksempel|na przykład|"
    r"still missing|noch offen|no flag for|add green)(?!\w)"
)


def _coloured_elsewhere(reader: LineReader, cleaned: str) -> set[str]:
    """The key results a line read as no answer names together with a colour word ("On
    reflection, #14 should stay red"): what it says of them may differ from their answer,
    the one above included."""
    refs = reader.refs_in(cleaned)
    folded = fold(cleaned)
    if not refs or _OF_ALL.search(folded):  # the form's help, wrapped: "…except #2 red"
        return set()
    for match in WORD_OR_CJK.finditer(folded):  # in Chinese and Japanese: every character
        found = flag_at(folded, match.start(), False)
        if found is None or found[1].short or found[1].meaning not in (*COLOURS, DONE, DROP):
            continue
        if not names_a_thing(
            cleaned, folded, match.start(), match.start() + len(found[0]), found[1]
        ):
            return refs
    return set()


def _next_in_order(parsed: Parsed, current: Reading) -> bool:
    """ "yellow 0,6 - churn …" under "green - 14 comptes …": a flag with its separator after
    an answer without a name is the next answer in the form's order, not the wrapped end of
    the note above (a wrapped note goes on "Green Energy Partners before we sign")."""
    if current.refs or current.blanket or not parsed.closed or parsed.named:
        return False
    return len(parsed.readings) == 1 and not parsed.readings[0].refs


def _opens_another(reader: LineReader, cleaned: str, previous: str, current: Reading) -> str | None:
    """The key result a sentence opens with the title words of, when it is not the one
    the note above belongs to ("Stop-ship bugs hit zero …" under another's answer); None
    for a line a client wrapped, or one that names no other title."""
    if len(previous) >= _WRAP_WIDTH and _CONTINUES.search(previous):
        return None
    folded = fold(cleaned)
    if not folded[:1].isalpha() or "#" in folded:
        return None
    ref, stop = reader.title_words_in(cleaned, folded, 0)
    if ref is None or ref in current.refs or not reader.strong_title_words(folded, 0, stop, ref):
        return None
    return ref


def _continues(previous: str, parsed: Parsed, context: str | None) -> bool:
    """Whether a line goes on with the note above rather than starting a new answer: a
    client wrapped the note ("...waiting on" / "Green Energy Partners before we sign"), or
    a line without a name whose flag word runs on into prose ("Red Hat signs Monday")."""
    if parsed.header:
        return False
    wrapped = len(previous) >= _WRAP_WIDTH and bool(_CONTINUES.search(previous))
    if parsed.problem and not parsed.readings:
        return wrapped
    if parsed.empty:
        return True
    if wrapped and parsed.named and any(c.ref for c in parsed.commands):
        return False  # "... and" / "#15, which I'm pushing to Jan 29": its own answer
    if (
        wrapped
        and parsed.closed
        and parsed.readings
        and all(r.label is not None for r in parsed.readings)
    ):
        return False  # "Rotacja sekretów - 80%, na dobrej drodze": a label's own answer
    if wrapped and (not parsed.closed or not parsed.named):
        return True
    return not parsed.named and not parsed.closed and not parsed.commands


def _typed_over(reader: LineReader, inner: str, context: str, line: str) -> Reading | None:
    """A quoted "Last week:" line whose flag the person replaced with this week's (the form
    prints it as "[YELLOW] ..." or "no report"; anything else there was typed)."""
    match = grammar.LAST_WEEK.match(inner)
    if not match or grammar.FORM_FLAG.match(match["rest"].strip()):
        return None
    parsed = reader.read(inner, context, "typed-over-form")
    readings = [r for r in parsed.readings if r.refs == [context] and r.meaning in COLOURS]
    if not readings:
        return None
    readings[0].rule, readings[0].line = "typed-over-form", line.strip()
    return readings[0]


def _in_form_section(cleaned: str, in_section: bool, reader: LineReader) -> bool:
    """A heading of the form's own sections ("What you depend on, last week", "Thanks since
    your last form", "Looking back"), or a line under one, in a form pasted without quotes
    (the caller has seen its introduction): they name other people's key results, thanks
    and examples, which are no answers. A section ends at "Your key results" (also the
    form's) or at one of the form's key results."""
    folded = fold(cleaned)
    if grammar.FORM_SECTION.match(folded):
        return True
    if not in_section:
        return False
    if grammar.FORM_ITEMS.match(folded):
        return True  # the form's heading, and the end of its sections
    return reader.header(cleaned) is None


_FORM_BUTTONS = re.compile(r"^\W*open my status page\W*$")
_ALL_GREEN_BUTTON = re.compile(r"^\W*all green this week\W*$")


def _form_echo(cleaned: str, pasted: bool, objectives: frozenset[str] = frozenset()) -> bool:
    """A line of the form pasted without quotes: its instructions, "Due ...", last week's
    flag as the form prints it, and (once its instructions were seen: `pasted`) its
    example answers."""
    folded = fold(cleaned)
    if grammar.FORM_LINES.match(folded) or _TABLE_RULE.match(cleaned):
        return True
    if form_fragment(folded):  # "drop and the reason; or due …", the rest of a wrapped line
        return True
    if title_key(cleaned) in objectives:  # an objective's heading
        return True
    match = grammar.LAST_WEEK.match(cleaned)
    if match and grammar.FORM_FLAG.match(match["rest"].strip()):
        return True
    if grammar.TABLE_HEADER.match(folded):
        return True
    if pasted and (example := grammar.REF.match(folded)):
        return folded[example.end() :].strip() in grammar.FORM_EXAMPLES
    return False


@lru_cache(maxsize=512)
def _reader(entries: tuple[FormEntry, ...], today: date) -> LineReader:
    """The reader of one form (a batch reads many replies to few distinct forms)."""
    return LineReader(list(entries), today)
