""" "all green", "everything on track", "green across the board" and their exceptions
("all green except #13 red"), with the commands on the same line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import blanket_words, grammar
from .grammar import COLOURS, GREEN, UNSURE, Word
from .phrases import (
    BLANKETS,
    EMOJI,
    agrees,
    decoration_at,
    flag_at,
    fold,
    head_ends,
    note_text,
    phrase_at,
    phrase_table,
    skip_space,
)
from .readings import Head, Parsed, Reading
from .results import Command
from .trim import is_closing

_EXCEPT = phrase_table(blanket_words.EXCEPT_WORDS)
_EXCEPT_AFTER = phrase_table(blanket_words.EXCEPT_AFTER_WORDS)
_FILLERS = phrase_table(blanket_words.BLANKET_FILLERS)
# Exception words too loose after a status said alone ("fine but #13 …", "fine, only #13").
_LOOSE_EXCEPT = frozenset(
    {"but", "only", "however", "though", "although", "nur", "seulement", "solo", "sólo", "só",
     "alleen", "bara", "tylko"}
)  # fmt: skip


def _count(words: str) -> int:
    """How many exceptions "two:", "these three:" announce (2 for "these:", at least)."""
    for n, names in enumerate(blanket_words.COUNTS, start=1):
        if any(re.search(rf"(?<!\w){name}(?!\w)", words) for name in names):
            return n
    return 2


# After an exception word, a count of what follows on the lines below: "apart from two:".
_COUNTED = re.compile(
    rf"(?:(?:these|those|the following|the)\s+)?(?:{blanket_words.COUNT_WORDS}|these|"
    r"the following|following)(?:\s+(?:ones?|things?|items?|key results?))?\s*:\s*"
)
_RELATIVES = sorted(blanket_words.RELATIVES, key=len, reverse=True)  # "que están" before "que está"
_BLANKET_AFTER = phrase_table(blanket_words.BLANKET_AFTER)
_SET_APART = phrase_table(blanket_words.SET_APART_WORDS)
_SET_APART_FILLERS = phrase_table(blanket_words.SET_APART_FILLERS)
_CORRECTED_TO = phrase_table(blanket_words.CORRECTED_TO)
_UNSAID = phrase_table(
    (
        *blanket_words.PROSE_MODALS,
        *grammar.HEDGES,
        *grammar.QUALIFIERS,
        *grammar.NEGATIONS,
        *grammar.AWAY_FROM,
    )
)
_CHANGED = phrase_table(blanket_words.CHANGED)
# A few words describing a key result, then its reference in brackets: "the partner portal
# (#42)" after an exception word.
_DESCRIBED_REF = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){1,6}?(?=[(（]\s*#\s?\d)")
_WORD_AT = re.compile(r"(?<!\w)\w")
_WAS = phrase_table((*grammar.WAS, "were", "had been"))
_VERB_FINAL = phrase_table(blanket_words.VERB_FINAL)
_CHANGED_WHEN = phrase_table(blanket_words.CHANGED_WHEN)
_APART_LEADS = phrase_table((*blanket_words.SET_APART_WORDS, "only", "but", "except", "however"))
_INCLUDED = phrase_table(blanket_words.INCLUDED)
_HEDGES = phrase_table(grammar.HEDGES)
# What narrows a blanket to the key results after it: "all good on #101", "tutto ok su #101".
_SCOPE_LINKS = phrase_table(blanket_words.SCOPE_LINKS)
# After an exception word and an article, a key result's bare number: "salvo el 44".
_NUMBER = re.compile(r"(?P<n>\d{1,9})(?![\d/%]|[.,]\d)")
_WE_ALL = ("we're all", "we are all", "we’re all")
_TOKEN = re.compile(r"[^\s.,;!?()\[\]]+")
_DASHES = ("- ", "– ", "— ")
_PROSE_WORDS = 5  # words of prose a set-apart reference's flag may come after
# "and" before a further answer or command after a blanket (never "but": an exception).
_CONJUNCTION = re.compile(r"(?:and|also|plus|und|et|y|e|en|och|og|i|и)\s+(?=#|kr\b|(?:i|we)\b)")


def _in_title(folded: str, at: int, word: str, title: str) -> bool:
    """Whether the flag word at `at` is typed as part of the key result's title: a word of
    the title next to the title's own word before or after it ("cut blocked deploys" for
    "Cut blocked deploys"; but "Red alerts (#14) are still red" gives a flag)."""
    title_words = fold(title).split()
    if word not in title_words:
        return False
    k = title_words.index(word)
    before = folded[:at].split()[-1:]
    after = folded[at + len(word) :].split()[:1]
    return (k > 0 and before == title_words[k - 1 : k]) or (
        k + 1 < len(title_words) and after == title_words[k + 1 : k + 2]
    )


class BlanketReader:
    """Blanket answers; a mixin of the line reader (uses its naming and answers)."""

    if TYPE_CHECKING:  # what the line reader brings: names.py, heads.py, lines.py
        title_of: dict[str, str]

        def refs_at(self, folded: str, at: int) -> tuple[list[str], int, str | None]: ...
        def refs_in(self, line: str) -> set[str]: ...
        def title_at(self, text: str, folded: str, at: int) -> tuple[str | None, int, bool]: ...
        def title_words_in(self, text: str, folded: str, at: int) -> tuple[str | None, int]: ...
        def skip_title(self, text: str, folded: str, at: int, ref: str) -> int: ...
        def connectors(self, folded: str, at: int) -> int: ...
        def head(
            self, text: str, folded: str, at: int, short: bool, lead: Word | None = None
        ) -> Head: ...
        @staticmethod
        def _skip_separator(folded: str, at: int, dots: bool = False) -> int: ...
        def named(
            self,
            text: str,
            folded: str,
            i: int,
            raw: str,
            parsed: Parsed,
            context: str | None,
            context_rule: str,
            correction: bool,
            lead: Word | None,
            stop: int | None = None,
        ) -> Parsed: ...
        def further(self, text: str, folded: str, at: int) -> list[tuple[int, Parsed]]: ...
        def _due_verb_in(self, text: str, folded: str, at: int, raw: str) -> Parsed | None: ...
        def flag_first(
            self,
            text: str,
            folded: str,
            i: int,
            raw: str,
            lead: Word | None,
            stop: int | None = None,
        ) -> Parsed | None: ...

    # -- "all green", "all green except #13 red" -------------------------------------------
    def _fine_except(self, folded: str, at: int, flag: tuple[str, Word]) -> bool:
        """Whether a green status said alone ("Nothing to report", "Rien à signaler") is
        followed by an exception naming a key result: then it is said of all the others."""
        if flag[1].meaning != GREEN or flag[1].short or flag[1].guess or flag[0] in EMOJI:
            return False
        k = self._skip_separator(folded, at + len(flag[0]))
        while filler := phrase_at(folded, k, _FILLERS):
            k = self._skip_separator(folded, k + len(filler))
        exception = phrase_at(folded, k, _EXCEPT)
        if exception is None or exception in _LOOSE_EXCEPT:
            return False
        return bool(grammar.REF.match(folded, self._skip_separator(folded, k + len(exception))))

    def scoped_blanket(self, text: str, folded: str, at: int, raw: str) -> Parsed | None:
        """ "All good on #101", "Tutto ok su #101, #102 rosso", "Alles gut bei #101 und #103":
        a blanket's words said of the key results named right after them, not of all."""
        i = self._scope_at(folded, at)
        return None if i is None else self.flag_first(text, folded, i, raw, None)

    def _scope_at(self, folded: str, at: int) -> int | None:
        """Where the flag of a blanket narrowed to the references after it starts."""
        phrase = phrase_at(folded, at, BLANKETS)
        if phrase is None:
            return None
        i = self.connectors(folded, at + len(phrase))
        flag = flag_at(folded, i, False)
        if flag is None or flag[1].meaning not in COLOURS or flag[1].short or flag[1].guess:
            return None
        j = skip_space(folded, i + len(flag[0]))
        if j == i + len(flag[0]) or not (link := phrase_at(folded, j, _SCOPE_LINKS)):
            return None
        k = skip_space(folded, j + len(link))
        k = article.end() if (article := grammar.LINK_ARTICLE.match(folded, k)) else k
        if not (grammar.REF.match(folded, k) or folded[k : k + 1].isdigit()):
            return None
        return i

    def blanket(
        self,
        text: str,
        folded: str,
        at: int,
        raw: str,
        nested: bool = False,
        commands: list[Command] | None = None,
    ) -> list[Reading] | None:
        """ "all green", "everything is on track", "green across the board", and its
        exceptions: "all green except #13 red". Commands on the line ("All green. #13 due
        2027-01-20") go to `commands`."""
        commands = [] if commands is None else commands
        phrase = phrase_at(folded, at, BLANKETS)
        if phrase is not None:
            i = self.connectors(folded, at + len(phrase))
            flag = flag_at(folded, i, False)
            if flag is None:
                return None
            end = i + len(flag[0])
        else:
            flag = flag_at(folded, at, False)
            if flag is None:
                return None
            after = skip_space(folded, at + len(flag[0]))
            across = phrase_at(folded, after, _BLANKET_AFTER)
            if across:
                end = after + len(across)
            elif self._fine_except(folded, at, flag):
                end = at + len(flag[0])  # "Rien à signaler de mon côté, sauf #32 …"
            else:
                return None
        word = flag[1]
        if word.meaning not in (*COLOURS, UNSURE) or word.short or word.guess:
            return None
        if phrase is not None and self._scope_at(folded, at) is not None:
            return None  # "All good on #101": said of #101, not of all
        if phrase in _WE_ALL and word.meaning != GREEN:
            return None  # "We're all behind on this": about the people, not the key results
        reading = Reading([], word.meaning, None, [], "all", raw.strip(), blanket=True)
        reading.void = word.meaning == UNSURE
        readings = [reading]
        j = end
        while True:
            k = self._skip_separator(folded, j)
            filler = phrase_at(folded, k, _FILLERS) or decoration_at(folded, k)
            symbol = flag_at(folded, k, False)
            if not filler and symbol and symbol[0] in EMOJI and agrees(symbol[1], word):
                filler = symbol[0]  # "All green 👍"
            elif (
                not filler
                and symbol
                and word.meaning == GREEN == symbol[1].meaning
                and not symbol[1].short
                and not symbol[1].guess
            ):
                filler = symbol[0]  # "Allt bra, inga konstigheter": green said twice
            if not filler:
                break
            j = k + len(filler)
        k = self._skip_separator(folded, j, dots=True)
        if folded[k : k + 1] == "!":
            k = self._skip_separator(folded, k + 1, dots=True)
        if k >= len(folded.rstrip(" .!")):
            return readings
        if phrase_at(folded, k, _HEDGES):  # "Todo en verde, creo": hedged, asked
            reading.void = True
            return readings
        if conjunction := _CONJUNCTION.match(folded, k):  # "All green, and #215 pushed to …"
            k = conjunction.end()
        if due := self._due_verb_in(text, folded, k, raw):  # "All fine. We'll push #106 to …"
            commands += due.commands
            return readings
        exception = phrase_at(folded, k, _EXCEPT)
        apart = phrase_at(folded, k, _SET_APART)
        if (
            apart
            and len(apart) > len(exception or "")
            and self._set_apart(text, folded, k, raw, readings, commands)
        ):  # "All green. Actually #13 should be red", "Alles grün, allerdings ist #13 rot"
            return readings
        if not exception and (trailing := self._except_after(folded, k)):
            # "#214 hariç: kırmızı", "#214以外": the word follows the exception; read it
            # as if it came first, with the word blanked out.
            start, stop = trailing
            blank = " " * (stop - start)
            text = text[:start] + blank + text[stop:]
            folded = folded[:start] + blank + folded[stop:]
            exception = ""
        if exception is not None:
            reading.rule = "all-except"
            k = self._skip_separator(folded, k + len(exception))
            counted = _COUNTED.fullmatch(folded, k)
            if k >= len(folded.rstrip(" .!:")) or counted:
                reading.awaits = True  # "all green except:", "apart from two:", the lines below
                if counted:
                    reading.expects = _count(counted.group())
                return readings
            for _ in range(2):  # "except for #13", "só o #13", "nur bei #13"
                skip = phrase_at(folded, k, _SET_APART_FILLERS)
                if skip is None or not grammar.REF.match(folded, skip_space(folded, k + len(skip))):
                    break
                k = skip_space(folded, k + len(skip))
            if described := _DESCRIBED_REF.match(folded, k):  # "salvo el portal (#42), que …"
                words = folded[k : described.end()]
                if not any(flag_at(words, w.start(), False) for w in _WORD_AT.finditer(words)):
                    k = described.end()
            article = grammar.REF_ARTICLE.match(folded, k)
            if (
                article
                and not grammar.REF.match(folded, k)
                and (number := _NUMBER.match(folded, article.end()))
            ):
                numbered = f"#{int(number['n'])}"  # "salvo el 44: lo cancelamos – …"
                if numbered in self.title_of:
                    text = f"{text[:k]}{numbered}{text[number.end() :]}"
                    folded = f"{folded[:k]}{numbered}{folded[number.end() :]}"
            if not grammar.REF.match(folded, k):  # "except the ICP licence, which is red"
                ref, stop = self.title_words_in(text, folded, k)
                if ref is not None:
                    text = f"{text[:k]}{ref}{text[stop:]}"
                    folded = f"{folded[:k]}{ref}{folded[stop:]}"
            segment = self.exception(text, folded, k, raw)
            if segment is None and self._excepted_after_prose(
                text, folded, k, raw, readings, commands
            ):
                return readings  # "sauf peut-être #104", "apart from one: #106, …"
            if segment is None:
                reading.void = True
                return readings
            exception_readings, excluded, asked, exception_commands = segment
            commands += exception_commands
            reading.excluded |= excluded
            reading.asked |= asked
            readings += exception_readings
            return readings
        if (
            not nested
            and folded[j:k].strip()
            and (grammar.REF.match(folded, k) or phrase_at(folded, k, BLANKETS))
            and (parts := self.further(text, folded, k))
        ):
            for _, part in parts:  # "All green; #13 red"
                readings += part.readings
                commands += part.commands
            return readings
        if grammar.REF.search(folded, k) and self._set_apart(
            text, folded, k, raw, readings, commands
        ):
            return readings  # "All good; #13 I'm not sure about", "All green. Not sure about #14"
        if is_closing(text[k:]):  # "All green, thanks!"
            return readings
        if word.closed:
            return None  # "All good here, thanks for asking": a pleasantry, not an answer
        rest = folded[k:]
        if grammar.REF.search(rest) or any(
            flag_at(rest, m.start(), False) for m in re.finditer(r"(?<!\w)\w", rest)
        ):
            reading.void = True
            return readings
        note = note_text(text[j:])
        if note:
            reading.note.append(note)
        return readings

    def _set_apart(
        self,
        text: str,
        folded: str,
        at: int,
        raw: str,
        readings: list[Reading],
        commands: list[Command],
    ) -> bool:
        """Prose after a blanket that names key results: each is left out of the blanket
        and gets the flag the prose clearly gives it ("Actually #13 should be red", "only
        #14 I'd call yellow"), or is asked about ("Not sure about #14"). False when it
        cannot be read at all (then the blanket is unclear)."""
        reading = readings[0]
        i, correcting = at, False
        if word := phrase_at(folded, i, _SET_APART):
            correcting = word in blanket_words.CORRECTING_WORDS
            i = self._skip_separator(folded, i + len(word))
        for _ in range(2):  # "Só o #13", "allerdings ist #13"
            filler = phrase_at(folded, i, _SET_APART_FILLERS)
            if filler is None or grammar.REF.match(folded, i):
                break
            i = skip_space(folded, i + len(filler))
        if not grammar.REF.match(folded, i):
            named = self.refs_in(text[at:])
            if not named or grammar.REF.search(folded, at) is None:
                return False
            reading.rule = "all-except"
            reading.excluded |= named
            lead = self._plain_lead(folded, i)
            if lead is None:  # "Red team exercise on #13 went well", "Not sure about #14"
                reading.asked |= named
                return True
            i = lead  # "One thing though: #104 is red", "Seul bémol : #102 est rouge"
        refs, end, problem = self.refs_at(folded, i)
        if problem or not refs:  # "#99", not on the form: which one was meant?
            return False
        j = self._skip_separator(folded, end)
        if phrase_at(folded, j, _INCLUDED):  # "All green, #13 included": which does it cover?
            return False
        if correcting and (should := phrase_at(folded, j, _CORRECTED_TO)):
            blank = " " * len(should)  # "Actually #13 should be red": the correction's flag
            text = text[:j] + blank + text[j + len(should) :]
            folded = folded[:j] + blank + folded[j + len(should) :]
        segment = self.exception(text, folded, i, raw)
        if segment is None:
            reading.asked |= set(refs)
            return True
        exception_readings, excluded, asked, exception_commands = segment
        reading.rule = "all-except"
        reading.excluded |= excluded | set(refs)
        reading.asked |= asked
        readings += exception_readings
        commands += exception_commands
        return True

    def _excepted_after_prose(
        self,
        text: str,
        folded: str,
        at: int,
        raw: str,
        readings: list[Reading],
        commands: list[Command],
    ) -> bool:
        """After an exception word, a few words before the reference: plain ones ("apart from
        one: #106, which is yellow") or only a hedge ("sauf peut-être #104": asked). Anything
        else ("apart from hiring (#14)") leaves the blanket unclear."""
        first = grammar.REF.search(folded, at)
        if first is None:
            return False
        if self._plain_lead(folded, at) is not None:
            return self._set_apart(text, folded, at, raw, readings, commands)
        i = at
        while i < first.start():
            hedge = phrase_at(folded, i, _UNSAID)
            if hedge is None:
                return False
            i = self._skip_separator(folded, i + len(hedge))
        if i != first.start():
            return False
        return self._set_apart(text, folded, at, raw, readings, commands)

    def _plain_lead(self, folded: str, at: int) -> int | None:
        """Where the reference after a few plain words of prose starts ("One thing though:
        #104", "The exception is #101"): none when a flag, a modal or hedge comes first."""
        first = grammar.REF.search(folded, at)
        if first is None or folded[first.start()] in "([":
            return None  # "apart from hiring (#14)": a name of its own, not plain prose
        i = at
        for _ in range(_PROSE_WORDS):
            i = skip_space(folded, self._skip_separator(folded, i))
            if i >= first.start():
                return first.start()
            if flag_at(folded, i, False) or phrase_at(folded, i, _UNSAID):
                return None
            token = _TOKEN.match(folded, i)
            if token is None:
                return None
            i = token.end()
        return (
            first.start()
            if skip_space(folded, self._skip_separator(folded, i)) >= first.start()
            else None
        )

    def set_apart_line(self, text: str, folded: str, raw: str) -> Parsed | None:
        """A line that sets one key result apart in prose ("Only #14 I'd call yellow now",
        "Aber #13 ist seit gestern rot"): the flag the prose clearly gives it, if any."""
        word = phrase_at(folded, 0, _APART_LEADS)
        if word is None:
            return None
        i = self._skip_separator(folded, len(word))
        for _ in range(2):
            filler = phrase_at(folded, i, _SET_APART_FILLERS)
            if filler is None or grammar.REF.match(folded, i):
                break
            i = skip_space(folded, i + len(filler))
        return self.prose_answer(text, folded, i, raw, "ref-line")

    def prose_answer(
        self, text: str, folded: str, at: int, raw: str, rule: str, colour_from: int | None = None
    ) -> Parsed | None:
        """The one key result named at `at` with the flag a few words of prose give it (from
        `colour_from`, or right after the reference), as a line's answer, or None."""
        refs, end, problem = self.refs_at(folded, at)
        if len(refs) != 1 or problem:
            return None
        start = end if colour_from is None else colour_from
        reading = self.prose_flag(text, folded, start, refs[0], raw, rule)
        if reading is None:
            return None
        return Parsed(readings=[reading], named=True, closed=True, explicit=True)

    def prose_flag(
        self, text: str, folded: str, at: int, ref: str, raw: str, rule: str = "all-except"
    ) -> Reading | None:
        """The flag a few words of prose after a set-apart reference give it: "#14 I'd call
        yellow now", "ist #13 seit gestern rot", "#13 est passé au rouge". None when a word
        on the way leaves it unsaid (a modal, a hedge, a negation) or no colour comes."""
        i, moved = at, False
        for _ in range(_PROSE_WORDS):
            i = skip_space(folded, i)
            moved = moved or bool(phrase_at(folded, i, _CHANGED))
            if i >= len(folded) or folded[i] in ".;!?,()[]" or folded.startswith(_DASHES, i):
                return None
            flag = flag_at(folded, i, False)
            if flag is not None:
                word = flag[1]
                if word.meaning not in COLOURS or word.short or word.guess:
                    return None
                if _in_title(folded, i, flag[0], self.title_of.get(ref, "")):
                    return None  # "#24 cut blocked deploys": a word of its title, not a flag
                after = skip_space(folded, i + len(flag[0]))
                verb = phrase_at(folded, after, _VERB_FINAL)
                if verb and head_ends(folded, after + len(verb)):
                    blank = " " * len(verb)  # "#103 nu rood is": the verb ends the clause
                    text = text[:after] + blank + text[after + len(verb) :]
                    folded = folded[:after] + blank + folded[after + len(verb) :]
                if moved and (when := phrase_at(folded, after, _CHANGED_WHEN)):
                    blank = " " * len(when)  # "moved to red yesterday": when it changed
                    text = text[:after] + blank + text[after + len(when) :]
                    folded = folded[:after] + blank + folded[after + len(when) :]
                head = self.head(text, folded, i, short=False)
                if head.meaning not in COLOURS:
                    return None
                note = note_text(text[head.rest :])
                return Reading(
                    [ref], head.meaning, head.score, [note] if note else [], rule, raw.strip(),
                )  # fmt: skip
            if phrase_at(folded, i, _UNSAID):
                return None
            if phrase_at(folded, i, _WAS):  # "was red last week, now green": as a head reads it
                head = self.head(text, folded, i, short=False)
                if head.meaning not in COLOURS or head.guess:
                    return None
                note = note_text(text[head.rest :])
                return Reading(
                    [ref], head.meaning, head.score, [note] if note else [], rule, raw.strip(),
                )  # fmt: skip
            token = _TOKEN.match(folded, i)
            if token is None:
                return None
            i = token.end()
        return None

    def _except_after(self, folded: str, at: int) -> tuple[int, int] | None:
        """Where an exception word that follows its key results is ("#214 hariç")."""
        if not grammar.REF.match(folded, at):
            return None
        refs, end, problem = self.refs_at(folded, at)
        if not refs or problem:
            return None
        j = skip_space(folded, end)
        word = phrase_at(folded, j, _EXCEPT_AFTER)
        return (j, j + len(word)) if word else None

    def exception(
        self, text: str, folded: str, at: int, raw: str
    ) -> tuple[list[Reading], set[str], set[str], list[Command]] | None:
        """The exceptions after "all green except": readings, the refs they name, and the
        refs named without a flag (asked about). None when they cannot be read."""
        refs, end, problem = self.refs_at(folded, at)
        if problem:
            return None
        if not refs:
            ref, end, _ = self.title_at(text, folded, at)
            if ref is None:
                return None
            refs = [ref]
        parsed = self.named(text, folded, at, raw, Parsed(), None, "", False, None)
        if len(refs) == 1:  # "except #24 cut blocked deploys, which is red": past the title
            end = self.skip_title(text, folded, end, refs[0])
        j = skip_space(folded, end)
        for phrase in _RELATIVES:
            if folded.startswith(phrase, self._skip_separator(folded, j)):
                k = self._skip_separator(folded, j) + len(phrase)
                retry = self.head(text, folded, k, short=True)
                if retry.meaning is not None and not parsed.readings:
                    note = note_text(text[retry.rest :])
                    parsed.readings.append(
                        Reading(list(refs), retry.meaning, retry.score, [note] if note else [],
                                 "all-except", raw.strip(), guess=retry.guess, reason=retry.reason)
                    )  # fmt: skip
                break
        named = {r for reading in parsed.readings for r in reading.refs}
        named |= {c.ref for c in parsed.commands if c.ref}
        if len(refs) == 1 and not named:  # "except that #12 moved to red yesterday"
            prose = self.prose_flag(text, folded, end, refs[0], raw)
            if prose is not None:
                parsed.readings.append(prose)
                named.add(refs[0])
        for reading in parsed.readings:
            if reading.rule in ("ref-line", "ref-list", "title-prefix", "title-words"):
                reading.rule = "all-except"
        # "except #14 (red, …) and #15," wrapped: #15 is set apart too, never the blanket's
        mentioned = set(refs) | self.refs_in(text[at:])
        return parsed.readings, mentioned | named, mentioned - named, parsed.commands
