"""Reading one line of a reply against one form: a reference, a title or the quoted item
above names the key results; the head gives flag, score and note; further answers on the
same line, answers after prose, and commands (done, drop, a new date, away).
"""

from __future__ import annotations

import re

from . import blanket_words, closings, command_words, grammar, new_dates
from .blankets import BlanketReader
from .closing_colour import closing_colour
from .dictation import undictated
from .grammar import COLOURS, DONE, DROP, UNSURE, Word
from .heads import EARLIER_WEEK, LATER_WEEK, QUESTION, HeadReader
from .names import NameReader
from .negated import concluded
from .one_signal import one_signal
from .phrases import (
    BLANKETS,
    ELLIPSIS,
    EMOJI,
    WORD_OR_CJK,
    agrees,
    clean,
    flag_at,
    fold,
    head_ends,
    note_text,
    one_edit,
    phrase_at,
    phrase_table,
    skip_space,
)
from .prose import (
    bare_numbers,
    bracketed_sentences,
    bracketed_subject,
    no_change_except,
    only_changed,
    ref_after_so,
)
from .readings import Parsed, Reading
from .results import Command, Source
from .weighed import CONDITIONS, answered, now_clause, overruled

_TRIAL = 200  # characters a trial reading of a further answer on a line looks at
_MAX_PER_LINE = 100  # answers on one line (a form has a few); the rest is the last note
_SCAN_LIMIT = 5000  # no answer starts this far into a line
_OTHERS = phrase_table(blanket_words.BLANKETS_OF_THE_REST)
_LEAD_INS = phrase_table(grammar.LEAD_INS)
_AFTERTHOUGHTS = phrase_table(grammar.AFTERTHOUGHTS)
_CORRECTION_LEAD_INS = phrase_table(grammar.CORRECTION_LEAD_INS)
_FIXED = phrase_table(blanket_words.CORRECTED_TO)
# Prose, then answers on the same line: "Quick update. #12 green, #13 red".
_PROSE_BREAK = re.compile(r"(?:[.!?:;]|\s[-–—])\s+")
# "push #14 to Jan 20", "new date for #14: 2027-01-20": a new date named after its verb.
_SPLIT_AT = re.compile(r"#|\b(?:kr|key result)\b|\b\d|(?<!\w)[^\W\d_]")
_SPLIT_BEFORE = re.compile(
    r"(?:[,;|/，；、。！!)）]|\.|\s[-–—]|\s(?:and|but|while|whereas|though|although|however|yet|&|\+"
    r"|und|aber|et|mais|y|pero|e|mas|ma|però|en|maar|och|men|og|i|ale|oraz|и))"
    # an article before the reference: ", le #14 est rouge", "y el #13 en amarillo"
    r"(?:\s*(?:the|der|die|das|le|la|les|el|los|las|o|os|a|as|il|lo|de|het)\s)?\s*$"
)
# After a dash, a reference starts a further answer only if one is read there: "#12 green —
# #13 red", but "#12 green - #13 is the blocker" is a note.
_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")
# An article before a bare number after a separator: ", el 44 …", "; le 32 …", "e il 62".
_ARTICLE_BEFORE = re.compile(
    r"[,;]\s*(?:(?:and|y|et|e|und|en|och|og|i|и)\s+)?(?:le|la|el|il|lo|o|der|die|das|het)"
    r"\s+$"
)
# A line whose answers name their key results by bare numbers ("71 en 73 op schema, …"),
# and a further number of two digits or more after a comma in it, not a count or amount.
_COMMA_BEFORE = re.compile(r"[,;]\s*$")
_BARE_LINE = re.compile(r"\s*\d{2,9}(?![\d.,/%])")
_LIST_NUMBER = re.compile(
    r"\d{2,9}(?![\d.,/%])(?:\s*[:)-]|\s+(?!of\b|van\b|von\b|de\b|z\b|из\b|su\b|sur\b)[^\W\d_])"
)
# "22 – …", "72 is gezakt …": a bare number set off by a dash, or said to be something
_SET_OFF = re.compile(
    r"\d\s*[-–—)]\s*\S?$|\d\s+(?:is|ist|est|er|är|jest|es|è|é|está|staat|steht|ligger)\s+\S?$"
)
_WEEK_LABEL = re.compile(
    r"(?:status |update |report )?(?:for )?(?:week|wk|kw|w) ?\d{1,2}\s*[:\-–—]\s*(?=\S)"
)
_AWAY = phrase_table(command_words.AWAY_PHRASES)
_AWAY_LEAD = phrase_table(command_words.AWAY_LEAD_INS)
_FLAG_FIRST_LINKS = phrase_table((":", "-", "–", "—", *blanket_words.SCOPE_LINKS))
# A key result's own reference in brackets after its title: "Stop-ship bugs (#113): …".
_OWN_REF = re.compile(r"\s*[(\[]\s*#\s?(?P<n>\d{1,9})\s*[)\]]")
# A bare number ending the line after a link word: "Todo en orden con el 103."
_LAST_NUMBER = re.compile(r"(?P<n>\d{1,9})\s*[.!]?\s*$")
_WORD = re.compile(r"[^\W_]+")
_DASH_AFTER = re.compile(r"\s+[-–—]\s")  # a bare number set off by a spaced dash
# A bare number, then a count in Chinese or Japanese: "112 2月26日…", "112 2社目…".
_CJK_COUNT_AFTER = re.compile(r"\s+\d{1,4}\s*[\u3040-\u30ff\u3400-\u9fff]")
# A bare number, then a measure: "53 110/120, amarelo", "72 4,6 - groen", "12 40% done"
# (a whole number after it may be a count of that many, or another key result: asked).
_MEASURE_AFTER = re.compile(r"\s+\d+(?:[.,/]\d+\s*%?|\s*%)(?:\s|[,;:]|$)")
# Exception words that may open a line before the blanket they qualify.
_EXCEPT_LEADS = phrase_table(blanket_words.EXCEPT_FIRST_WORDS)
_WORD_START = re.compile(r"(?<!\w)\S")
_EXCEPT_AFTER = phrase_table(blanket_words.EXCEPT_AFTER_WORDS)
_THIS_WEEK_LEADS = phrase_table(("今週は", "今週も", "今週", "本周", "这周", "bu hafta"))
_PARTICLES = phrase_table(("は", "の", "では", "、", "，", ","))
# Words and the punctuation of a sentence, nothing else: "Sorry, late again!"
_SENTENCE = re.compile(r"^\(?[^\W\d_]+(?:[\s,.;:!?'’()\-–—…]+[^\W\d_]+)*[\s.:!?…。！)]*$")


# A short clause, then a comma and a reference: "rereading the numbers, #14 …".
_CLAUSE_THEN_REF = re.compile(r"[^,，.。:;#\d]{2,60}[,，]\s*(?=#\s?\d)")


def _answered_apart(folded: str, at: int, refs: list[str], end: int) -> tuple[list[str], int]:
    """A list after a flag said first whose last references carry their own answer ("Green
    for #101 and #103, #104 red"): the list up to the comma before them."""
    ends = [m.end() for m in grammar.REF.finditer(folded, at, end)]
    if len(ends) != len(refs):  # a range ("#12-#14") or bare numbers: left as it is
        return refs, end
    for k in range(len(ends) - 1, 0, -1):
        if folded[ends[k - 1] : ends[k - 1] + 1] == "," and head_ends(folded, ends[k - 1]):
            return refs[:k], ends[k - 1]
    return refs, end


def _ref_after_clause(folded: str, at: int) -> int:
    """Where a reference starts after a short clause at `at`, or `at`."""
    clause = _CLAUSE_THEN_REF.match(folded, at)
    return clause.end() if clause and not flag_at(folded[at : clause.end()], 0, False) else at


def _near_flag(word: str) -> bool:
    """A typo of a flag word ("gren", "yelow") or a word made from one ("greenfield"): a
    line holding one may be meant as an answer, so it is reported if it reads nothing."""
    if any(word.startswith(flag) for flag in grammar.GUESSABLE):  # "greenfield", "greenish"
        return True
    return len(word) >= 4 and any(one_edit(word, flag) for flag in grammar.GUESSABLE)


class LineReader(NameReader, HeadReader, BlanketReader):
    """Reads lines against one form."""

    # -- commands -------------------------------------------------------------------------
    def due_in(self, text: str, folded: str, at: int, stop: int) -> str | None:
        return new_dates.due_in(text, folded, at, stop, self.today)

    def away(self, text: str, folded: str) -> str | None:
        i = 0
        lead = phrase_at(folded, 0, _AWAY_LEAD)
        if lead:
            i = skip_space(folded, len(lead))
        phrase = phrase_at(folded, i, _AWAY)
        if phrase is None:
            return None
        parsed = grammar.parse_date(text[i + len(phrase) :], self.today)
        return parsed[0].isoformat() if parsed else None

    # -- chatter ------------------------------------------------------------------------
    def chatter(self, raw: str) -> bool:
        """A line that cannot be an answer: no reference (nor a bare number starting it), no
        word of a title, no flag or status word, no command and no date anywhere in it
        ("Sorry, late again.", "Quick one this week.", "Thanks, will answer on Monday").
        Such a line is neither a note nor an error; anything that might be an answer is
        still reported as not understood."""
        text = clean(raw, self.ref_set, self.acronyms)
        folded = fold(text)
        if not folded or grammar.REF.search(folded) or self.bare_ref_at(folded, 0)[0]:
            return False
        if not _SENTENCE.match(text):  # undecodable bytes, symbols: not a remark either
            return False
        if self.title_at(text, folded, 0)[0] or new_dates.DUE.search(folded):
            return False
        titles = self._title_words()
        for word in _WORD.findall(folded):  # "signed" for "Sign 5 design partners"
            if len(word) >= 4 and any(word.startswith(t) or t.startswith(word) for t in titles):
                return False
        for start in _WORD_START.finditer(folded):
            flag = flag_at(folded, start.start(), False)
            if flag is not None and not flag[1].short:
                return False
        return not any(_near_flag(word) for word in _WORD.findall(folded))

    def _title_words(self) -> frozenset[str]:
        words = getattr(self, "_title_word_set", None)
        if words is None:
            words = frozenset(
                w for title, _ in self.titles for w in _WORD.findall(title) if len(w) >= 4
            )
            self._title_word_set = words
        return words

    # -- a whole line ---------------------------------------------------------------------
    def read(self, raw: str, context: str | None, context_rule: str) -> Parsed:
        # "#14 …, so this one is done."
        text = closings.closing_line(clean(undictated(raw), self.ref_set, self.acronyms))
        folded = fold(text)
        parsed = Parsed()
        if when := self.away(text, folded):
            parsed.commands.append(Command("away", None, when, Source(raw.strip(), "away")))
            parsed.named = parsed.closed = parsed.explicit = True
            return parsed
        i, correction = 0, False
        lead_in = phrase_at(folded, 0, _CORRECTION_LEAD_INS)
        if lead_in:
            j = self._skip_separator(folded, len(lead_in))
            j = _ref_after_clause(folded, j)  # "更正：上一封邮件写错了，#121 应该是黄色"
            named = (
                grammar.REF.match(folded, j)
                or self.title_at(text, folded, j)[0]
                or self.bare_ref_at(folded, j)[0]  # "perdón, el 43 es amarillo"
            )
            if named or (context and flag_at(folded, j, False)):  # quoted item: "actually red"
                i, correction = j, True
        if label := _WEEK_LABEL.match(folded, i):
            i = label.end()
        typed = grammar.TYPED_OVER.match(folded, i)
        if typed and phrase_at(folded, typed.end(), BLANKETS):  # "Status: all green"
            i = typed.end()
        lead_in = phrase_at(folded, i, _LEAD_INS)
        if lead_in:
            j = self._skip_separator(folded, i + len(lead_in))
            if lead_in in ("ps", "p.s.", "pps"):  # "PS: rereading the numbers, #14 is …"
                j = _ref_after_clause(folded, j)
            if grammar.REF.match(folded, j) or phrase_at(folded, j, BLANKETS):
                i = j
        if (after := phrase_at(folded, i, _AFTERTHOUGHTS)) and self.bare_answer_at(
            folded, j := self._skip_separator(folded, i + len(after))
        ):
            i = j  # "oh and 14 still red", "ah esqueci: 53 tá indo bem", "对了 122 还是红"
        lead: Word | None = None
        if (flag := flag_at(folded, i, False)) and flag[0] in EMOJI:
            j = skip_space(folded, i + len(flag[0]))
            if grammar.REF.match(folded, j) or flag_at(folded, j, False):
                lead, i = flag[1], j
        if scoped := self.scoped_blanket(text, folded, i, raw):
            return scoped.from_line(raw.strip())  # "All good on #101"
        if blanket := self.blanket(text, folded, i, raw, commands=parsed.commands):
            parsed.readings += blanket
            parsed.named = parsed.closed = True
            return parsed.from_line(raw.strip())
        if blanket := self._exception_after_first(text, folded, i, raw, parsed.commands):
            parsed.readings += blanket  # "今週は#113以外はすべて順調です"
            parsed.named = parsed.closed = True
            return parsed.from_line(raw.strip())
        if blanket := self._exception_first(text, folded, i, raw, parsed.commands):
            parsed.readings += blanket
            parsed.named = parsed.closed = True
            return parsed.from_line(raw.strip())
        parsed = self.named(
            text, folded, i, raw, parsed, context, context_rule, correction, lead, line_start=True
        )
        if parsed.empty and not parsed.header and (prose := self.set_apart_line(text, folded, raw)):
            parsed = prose  # "Only #14 I'd call yellow now", under "All green this week."
        if parsed.empty and not parsed.header and "#" in folded:  # "Only #14 changed: red"
            parsed = only_changed(self, text, folded, raw) or parsed
            parsed = no_change_except(self, text, folded, raw) or parsed
            if parsed.empty:  # "Design partners (#12): green."
                parsed = bracketed_subject(self, text, folded, raw) or parsed
            if parsed.empty:  # "Localisation (#111) is green, …. Customers (#112): yellow."
                parsed = bracketed_sentences(self, text, folded, raw) or parsed
            if parsed.empty:  # "Churn came in at 1.9%, so #32 is finally green"
                parsed = ref_after_so(self, text, folded, raw) or parsed
        unsure = all(not r.refs and r.meaning == UNSURE for r in parsed.readings)
        if (
            (parsed.empty or unsure)
            and not parsed.problem
            and not parsed.header
            and not self._opens_with_number(folded, i)  # "81: Vipps live – allt enligt plan"
        ):
            parsed = self._after_prose(text, folded, i, raw) or parsed  # also "Late, sorry: …"
        return parsed.from_line(raw.strip())

    def _exception_first(
        self, text: str, folded: str, at: int, raw: str, commands: list[Command]
    ) -> list[Reading] | None:
        """ "Apart from #13 (red), all green", "Except for #13, which is red, all on track":
        read as the blanket with its exception after it."""
        lead = phrase_at(folded, at, _EXCEPT_LEADS)
        if lead is None or not grammar.REF.match(folded, skip_space(folded, at + len(lead))):
            return None
        for comma in re.finditer(r"[,;]\s*", folded[at + len(lead) : at + _TRIAL]):
            j = at + len(lead) + comma.end()
            if phrase_at(folded, j, BLANKETS) is None and flag_at(folded, j, False) is None:
                continue
            swapped = f"{text[j:].rstrip(' .!')} {text[at : at + len(lead) + comma.start()]}"
            found = self.blanket(swapped, fold(swapped), 0, raw, commands=commands)
            if found and any(r.rule == "all-except" for r in found):
                return found
        return None

    def _exception_after_first(
        self, text: str, folded: str, at: int, raw: str, commands: list[Command]
    ) -> list[Reading] | None:
        """ "#113以外はすべて順調です", "#214 hariç hepsi yeşil": the exception word after its
        key results, then the blanket; read as the blanket with its exception after it."""
        if lead := phrase_at(folded, at, _THIS_WEEK_LEADS):  # "今週は"
            at = skip_space(folded, at + len(lead))
        refs, end, problem = self.refs_at(folded, at)
        if not refs or problem:
            return None
        j = skip_space(folded, end)
        word = phrase_at(folded, j, _EXCEPT_AFTER)
        if word is None:
            return None
        k = j + len(word)
        k = skip_space(folded, k + len(phrase_at(folded, k, _PARTICLES) or ""))
        k = self._skip_separator(folded, k)
        if phrase_at(folded, k, BLANKETS) is None:
            return None
        swapped = f"{text[k:].rstrip(' .。!')} except {text[at:end]}"
        found = self.blanket(swapped, fold(swapped), 0, raw, commands=commands)
        if found and any(r.rule == "all-except" for r in found):
            return found
        return None

    def _after_prose(self, text: str, folded: str, at: int, raw: str) -> Parsed | None:
        """Answers after a sentence on the same line: "Quick update. #12 green, #13 red",
        "Kurz: #12 grün", "Short version — all green". The sentence is neither."""
        if due := self._due_verb_in(text, folded, at, raw):
            return due
        for match in _PROSE_BREAK.finditer(folded, at, min(len(folded), _SCAN_LIMIT)):
            i = match.end()
            closed = closings.closed_by_verb(text[i:])  # "… five of five. Closing #12."
            if closed is not None and match.group().strip() in (".", "!", ";"):
                parsed = self.named(closed, fold(closed), 0, raw, Parsed(), None, "", False, None)
                if parsed.readings or parsed.commands:
                    return parsed
            if not (grammar.REF.match(folded, i) or phrase_at(folded, i, BLANKETS)):
                if (
                    match.group().strip() in (".", "!")
                    and grammar.REF_ARTICLE.match(folded, i)
                    and self.bare_answer_at(folded, i)
                ):  # "Esta semana solo cambian dos cosas. El 44 pasa a amarillo: …"
                    parsed = self.named(
                        text, folded, i, raw, Parsed(), None, "", False, None, line_start=True
                    )
                    if parsed.readings or parsed.commands:
                        return parsed
                if found := bare_numbers(self, text, folded, i, raw):
                    return found  # "Sorry, late again. 21 done, 22 yellow, 23 green"
                if match.group().strip() in (".", "!") and (
                    self.title_words_at(text, folded, i)[0]
                    or self.title_words_in(text, folded, i)[0]
                ):  # "Sorry, late. Istanbul migration going well. Deploys: red."
                    parsed = self.named(
                        text, folded, i, raw, Parsed(), None, "", False, None, line_start=True
                    )
                    if parsed.readings or parsed.commands:
                        return parsed
                continue
            if scoped := self.scoped_blanket(text, folded, i, raw):
                return scoped  # "Quick one. All good on #101."
            parsed = Parsed()
            if blanket := self.blanket(text, folded, i, raw, commands=parsed.commands):
                parsed.readings += blanket
                parsed.named = parsed.closed = True
                return parsed
            parsed = self.named(text, folded, i, raw, parsed, None, "", False, None)
            if parsed.readings or parsed.commands:
                return parsed
        return None

    def _number_then_flag(self, folded: str, at: int) -> bool:
        """Whether a key result's bare number starts at `at`, right after a flag word that
        ends the answer before it, and a flag follows it: a phone run-on with no commas
        ("41 bien 42 lanzado ayer 43 en plazo")."""
        if not folded[at : at + 1].isdigit() or folded[at - 1 : at] != " ":
            return False
        refs, end = self.bare_refs_at(folded, at)
        if len(refs) != 1:
            return False
        if flag_at(folded, self.connectors(folded, end), False) is None:
            return False
        before = folded[:at].rstrip(" !.")
        return self.bare_answer_at(folded, 0) is not None or any(  # bare numbers and flags
            (flag := flag_at(before, m.start(), False)) is not None
            and m.start() + len(flag[0]) == len(before)
            for m in WORD_OR_CJK.finditer(before, max(0, len(before) - 30))
        )

    def bare_answer_at(self, folded: str, at: int) -> str | None:
        """The key result whose bare number starts at `at` with a flag after it, or None."""
        refs, end = self.bare_refs_at(folded, at)
        if len(refs) == 1 and flag_at(folded, self.connectors(folded, end), False) is not None:
            return refs[0]
        return None

    def _opens_with_number(self, folded: str, at: int) -> bool:
        """Whether the line opens with a key result's number set off as a label ("81: …",
        "#81 …"): what follows is that key result's, never a blanket for all of them."""
        if grammar.REF.match(folded, at):
            return True
        refs, end = self.bare_refs_at(folded, at)
        said = folded[at:end].rstrip() + folded[end : end + 1]
        return bool(refs) and any(mark in said for mark in (":", ")", "-", "–", "—", "："))

    def _another_title_next(self, text: str, folded: str, at: int, ref: str) -> bool:
        """Whether the words after one title's words start another's, or end in a label's
        colon ("beta hiring: red"): then the sentence does not name one key result."""
        clause = re.match(r"[^,.;:!?]*", folded[at:])
        stop = at + (clause.end() if clause else 0)
        if folded[stop : stop + 1] == ":" and not folded[at:stop].strip(" -–—").count(" ") > 2:
            return True
        for word in _WORD_START.finditer(folded, at, stop):
            other, _ = self.title_words_in(text, folded, word.start())
            if other is not None and other != ref:
                return True
        return False

    def _due_verb_in(self, text: str, folded: str, at: int, raw: str) -> Parsed | None:
        """A new date named after its verb in the prose that starts at `at`, before any
        other reference: "We agreed to push #14 to Jan 13", "I'm moving #215 to Feb 2"."""
        first_ref = grammar.REF.search(folded, at)
        if first_ref is None:
            return None
        for start in _WORD_START.finditer(folded, at, first_ref.start()):
            if due := self._due_verb(text, folded, start.start(), raw):
                return due
        return None

    def _due_verb(self, text: str, folded: str, at: int, raw: str) -> Parsed | None:
        """ "push #14 to Jan 20", "new date for #14: 2027-01-20"."""
        verb = new_dates.DUE_VERB.match(folded, at)
        if verb is None:
            return None
        refs, end, problem = self.refs_at(folded, verb.end())
        if len(refs) != 1 or problem:
            return None
        gap = new_dates.DUE_AFTER_REF.match(folded, end)
        k = gap.end() if gap else end  # always matches
        when = grammar.parse_date(text[k : k + 40], self.today)
        if when is None:
            return None
        source = Source(raw.strip(), "due-verb")
        return Parsed(
            commands=[Command("due", refs[0], when[0].isoformat(), source)],
            named=True,
            closed=True,
            explicit=True,
        )

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
        line_start: bool = False,
    ) -> Parsed:
        """The answer that starts at `i`. Further answers on the line are looked for after
        it, unless this is one of them (`stop`: where the next one starts). Words of a title
        name a key result only at the start of the line (`line_start`)."""
        refs, end, problem = self.refs_at(folded, i)
        rule = "ref-line" if len(refs) == 1 else "ref-list"
        label: str | None = None  # the hint of a label before an unnamed answer
        if problem:
            parsed.problem = problem
            return parsed
        bare = False
        if not refs:
            refs, end = self.bare_refs_at(folded, i)  # "13 red", "13 and 14 red"
            bare = bool(refs)
            rule = "ref-line" if len(refs) <= 1 else "ref-list"
        if not refs:
            ref, end, whole = self.title_at(text, folded, i)
            if ref:
                refs, rule = [ref], "title-prefix"
                own = _OWN_REF.match(folded, end)  # "Stop-ship bugs (#113): …"
                if own and f"#{int(own['n'])}" == ref:
                    end = own.end()
                ellipsis = ELLIPSIS.match(folded, end)
                end = ellipsis.end() if ellipsis else end
                if whole and not folded[end:].strip(" .:-–—"):
                    parsed.header = ref
                    return parsed
        if not refs and (clash := self.title_clash(text, i)):  # asked which, never guessed
            why = f"the words start the titles of {' and '.join(clash)}: say which"
            reading = Reading(clash, UNSURE, None, [], "title-prefix", raw.strip(), reason=why)
            return Parsed(readings=[reading], named=True, closed=True)
        if not refs and not context and line_start:  # "SOC 2 audit - red": words of a title
            ref, after = self.title_words_at(text, folded, i)
            labelled = folded[:after].rstrip().endswith((":", "："))  # "Telenor: new date …"
            if ref and (
                labelled
                or self.head(text, folded, after, short=False).meaning
                or new_dates.opens_due(folded, self.connectors(folded, after))
            ):  # "SOC 2 audit - red", "Phishing drill przesuwamy na 20 stycznia"
                refs, rule, end = [ref], "title-words", after
            elif ref is None and "#" not in folded:  # "Stop-ship bugs hit zero …, so done."
                ref, after = self.title_words_in(text, folded, i)
                if (
                    ref
                    and self.strong_title_words(folded, i, after, ref)
                    and not self._another_title_next(text, folded, after, ref)
                    and (concluded(self, text, folded, after) or one_signal(text, folded, after))
                ):
                    refs, rule, end = [ref], "title-words", after
        if not refs:
            first = self.flag_first(text, folded, i, raw, lead, stop)
            if first is not None:
                return first
        if len(refs) == 1 and rule == "ref-line":
            end = self.skip_title(text, folded, end, refs[0])
            end = self.skip_title_words(folded, end, refs[0])
            if not folded[end:].strip(" .:-–—"):
                parsed.header = refs[0]
                parsed.explicit = True
                return parsed
        named_here = bool(refs)
        if refs:
            parsed.explicit = rule in ("ref-line", "ref-list") and not bare
            owner_rule = rule
        elif context:
            refs, owner_rule = [context], context_rule
            typed = grammar.TYPED_OVER.match(folded, i)
            own_title, after = self.title_words_at(text, folded, i) if line_start else (None, i)
            if typed:
                owner_rule = "typed-over-form" if folded.startswith("last", i) else owner_rule
                end = typed.end()
            elif own_title == context and folded[:after].rstrip().endswith((":", "：")):
                end = after  # "Telenor: stadig rød" under #92, its own title's word as a label
            else:
                end = i
        else:
            refs, owner_rule, end = [], "by-order", i
            typed = grammar.TYPED_OVER.match(folded, i)
            end = typed.end() if typed else end
            if (
                not typed
                and line_start
                and (answer_label := self.answer_label(folded, i))
                and not phrase_at(folded, answer_label[0], BLANKETS)  # "Smooth week – all …"
            ):
                end, label = answer_label  # "Gelbe Seiten: fertig": counted in form order
        if correction and refs and (should := phrase_at(folded, skip_space(folded, end), _FIXED)):
            end = skip_space(folded, end) + len(should)  # "Correction: #121 should be green"
        head = self.head(text, folded, end, short=bool(refs) or bool(context), lead=lead)
        labelled = bare and (
            folded[:end].rstrip().endswith((":", "：", ")", " -", " –", " —"))
            or _MEASURE_AFTER.match(folded, end) is not None  # "52 8/10 assinados, verde"
            or _CJK_COUNT_AFTER.match(folded, end) is not None  # "112 2月26日→3月12日に延期"
        )
        of_another_week = head.reason in (EARLIER_WEEK, LATER_WEEK)
        asked = head.reason == QUESTION
        if (head.meaning is None or of_another_week or asked) and (
            refs or context or label is not None
        ):
            start = self._skip_separator(folded, end)  # "QA found a crash, so red."
            by_sentence = answered(self, text, folded, start)  # "red?? No, … – green"
            if by_sentence is None and not asked:
                by_sentence = (
                    (concluded(self, text, folded, start) if not of_another_week else None)
                    or overruled(self, text, folded, start)
                    or now_clause(self, text, folded, start)
                    or (one_signal(text, folded, start) if rule == "title-words" else None)
                )
            if (of_another_week or asked) and by_sentence is None:
                by_sentence = head  # "was yellow" and no colour of now: still asked
            word = _WORD.match(folded, skip_space(folded, end))
            set_off = bare and (
                _SET_OFF.search(folded[: skip_space(folded, end) + 1]) is not None
                or word is not None
                and _SET_OFF.search(folded[: word.end() + 2]) is not None
            )
            if by_sentence is not None and (
                not bare or labelled or set_off and by_sentence.note_to is not None
            ):
                head = by_sentence  # a bare number set off: "22 – …, im Plan", not "92 people"
        set_apart = bare and (
            _DASH_AFTER.match(folded, end) is not None  # "51 – …, verde"
            or head.meaning is not None  # "21 fast fertig, gelb": a status right after it
        )
        closing = (
            closing_colour(self, text, folded, self._skip_separator(folded, end), stop)
            if (head.meaning in (None, DONE) or head.meaning == UNSURE and not head.correction)
            and (named_here or context and not self.answer_label(folded, i))
            and (not bare or labelled or set_apart)
            else None
        )  # under a quoted item, not a line with a label of its own ("Churn : …, donc rouge")
        if closing is not None and (head.meaning != DONE or closing.meaning in COLOURS):
            head = closing  # "#13 not green, not even close: red.", "finished 95%, … – yellow"
        if (
            head.meaning == UNSURE
            and len(refs) == 1
            and new_dates.opens_due(
                folded, self.connectors(folded, self._skip_separator(folded, end))
            )
        ):
            head.meaning, head.rest = None, end  # "#13 delayed to Jan 20", "est reporté au …"
        if (
            bare
            and not head.closed
            and (stop is None or head.meaning != UNSURE)
            and not (
                len(refs) == 1
                and (
                    new_dates.opens_due(
                        folded, self.connectors(folded, self._skip_separator(folded, end))
                    )
                    or labelled
                    and self.due_in(text, folded, end, len(text)) is not None
                )  # "42) Lo dejamos para enero: nueva fecha 15/01/2027."
            )
        ):
            return Parsed(problem=None)  # a count ("12 people"), unless "…, 13 maybe red"
        rest = parsed.head_end = head.rest
        further = stop is None and refs and head.meaning != UNSURE
        segments = self.further(text, folded, rest) if further else []
        if stop is None and refs and head.meaning == UNSURE:
            segments = self._others_after_unsure(text, folded, end, refs)
        note_end = segments[0][0] if segments else (stop or len(text))
        noted = text[rest:note_end]
        if head.note_to is not None and rest <= head.note_to < note_end:
            # "#14 - no hires yet, red": the note ends before "red" and its separator
            noted = text[rest : head.note_to].rstrip(" \t:：,，、;；-–—→>=")
        note = note_text(noted, split=note_end < len(text))
        parsed.named = owner_rule in ("ref-line", "ref-list", "title-prefix", "title-words")
        parsed.closed = head.closed
        if note and phrase_at(fold(note), 0, _CORRECTION_LEAD_INS):
            head.correction = True
        line = raw.strip()
        source = Source(line, owner_rule)
        if head.meaning in (DONE, DROP) and not refs and not head.closed:
            return Parsed()
        if head.meaning == DROP:
            if not note:
                ref = refs[0] if refs else "#12"
                parsed.problem = (
                    f"say why {ref} is dropped, for example: {ref} drop - no longer needed"
                )
                return parsed
            parsed.readings.append(
                Reading(
                    list(refs), DROP, None, [note], owner_rule, raw.strip(),
                    correction=correction or head.correction,
                )
            )  # fmt: skip
        elif head.meaning == DONE:
            notes = [note] if note else []  # shared: a continuation line goes to both
            said = (
                [(head.colour, head.score), (DONE, None)] if head.colour else [(DONE, head.score)]
            )
            for meaning, score in said:  # a done's own score ("completed 60%") is only part
                parsed.readings.append(
                    Reading(
                        list(refs), meaning, score, notes, owner_rule, line,
                        correction=correction or head.correction,
                    )
                )  # fmt: skip
        elif head.meaning is not None:
            if not refs and not head.closed and label is None:
                return Parsed()
            parsed.readings.append(
                Reading(
                    list(refs),
                    head.meaning,
                    head.score,
                    [note] if note else [],
                    owner_rule,
                    raw.strip(),
                    correction=correction or head.correction,
                    guess=head.guess,
                    reason=head.reason,
                    settled=head.settled,
                )
            )
        for reading in parsed.readings if label is not None else ():
            reading.label = label
        if refs and len(refs) == 1 and head.meaning not in (DROP,):
            when = self.due_in(text, folded, rest if head.meaning else end, note_end)
            if when:
                parsed.commands.append(Command("due", refs[0], when, source))
        for _start, segment in segments:
            if head.meaning is None and refs and not parsed.commands:
                for blanket in (r for r in segment.readings if r.blanket):
                    blanket.excluded |= set(refs)  # "#13 matters most, the rest is green"
                    blanket.asked |= set(refs)
            parsed.readings += segment.readings
            parsed.commands += segment.commands
            parsed.unread += segment.unread
        if parsed.empty and refs and (owner_rule != context_rule or not context):
            what = refs[0] if len(refs) == 1 else " and ".join(refs)
            parsed.problem = f"no flag for {what}: add green, yellow or red"
            if two_way := new_dates.two_way_date(folded, end):
                parsed.problem = (
                    f"{two_way} for {what} can be two days: write the month as a word (3 April)"
                )
            elif off := new_dates.weekday_off(text, folded, end, self.today):
                parsed.problem = f"{off}: which day do you mean for {what}?"
            elif two := new_dates.weekday_two_ways(text, folded, end, self.today):
                parsed.problem = f"{two}: write the day you mean for {what} as a date"
        return parsed

    def flag_first(
        self,
        text: str,
        folded: str,
        i: int,
        raw: str,
        lead: Word | None,
        stop: int | None = None,
    ) -> Parsed | None:
        """ "Green for #12 and #14, red for #13", "✅ done: #12"."""
        flag = flag_at(folded, i, False)
        if flag is None:
            return None
        phrase, word = flag
        j = skip_space(folded, i + len(phrase))
        link = phrase_at(folded, j, _FLAG_FIRST_LINKS)
        j = skip_space(folded, j + len(link)) if link else j
        if link and link.isalpha() and (article := grammar.LINK_ARTICLE.match(folded, j)):
            j = article.end()  # "Tout va bien sur le #101", "Todo bien con el #101"
        refs, end, problem = self.refs_at(folded, j)
        if len(refs) > 1 and not problem and not head_ends(folded, end):
            refs, end = _answered_apart(folded, j, refs, end)  # "Green for #12, #13 red"
        if not refs and link and not problem:  # "RAS sur 31 et 32, tout roule"
            refs, end = self.bare_refs_at(folded, j)
        if not refs and link and link.isalpha() and not problem:  # "Todo en orden con el 103"
            last = _LAST_NUMBER.match(folded, j)
            if last and (number := f"#{int(last['n'])}") in self.refs:
                refs, end = [number], last.end("n")
        if not refs and link and link.isalpha() and not problem and word.meaning in COLOURS:
            ref, after = self.title_words_in(text, folded, j)  # "Rojo para el red team: …"
            if ref is not None and self.strong_title_words(folded, j, after, ref):
                refs, end = [ref], after
        if not refs or problem or not head_ends(folded, end):
            return None  # "Red for #13 was the right call" is prose
        parsed = Parsed(named=True, closed=True, explicit=True, head_end=end)
        segments = self.further(text, folded, end) if stop is None else []
        note_end = segments[0][0] if segments else (stop or len(text))
        note = note_text(text[end:note_end], note_end < len(text))
        meaning = word.meaning
        if lead is not None and not agrees(lead, word):
            meaning = UNSURE
        if meaning in COLOURS and phrase_at(fold(note), 0, CONDITIONS):
            meaning = UNSURE  # "Green for #13, if legal signs": of a later week, maybe
        why = None
        if meaning in COLOURS and folded[skip_space(folded, end) :][:1] in ("?", "？"):
            meaning, why = UNSURE, QUESTION  # "All good on #101? Not really"
        if meaning == DROP and not note:
            return Parsed(problem=f"say why {refs[0]} is dropped")
        if meaning in (DONE, DROP):
            parsed.readings.append(
                Reading(list(refs), meaning, None, [note] if note else [], "flag-first", raw)
            )
        else:
            parsed.readings.append(
                Reading(list(refs), meaning, None, [note] if note else [], "flag-first",
                         raw.strip(), guess=phrase if word.guess else None, reason=why)
            )  # fmt: skip
        for _start, segment in segments:
            parsed.readings += segment.readings
            parsed.commands += segment.commands
            parsed.unread += segment.unread
        return parsed

    def further(self, text: str, folded: str, at: int) -> list[tuple[int, Parsed]]:
        """Further answers on the same line, each with its note up to the next one:
        ", #13 red", "; the rest green", ". #14 yellow", " #13 red" right after an answer,
        ", red for #13". Found one after the other (never by recursion: a line may hold
        thousands)."""
        starts: list[int] = []
        unclear = False  # after an unclear answer only a reference starts the next one
        while len(starts) < _MAX_PER_LINE and at < _SCAN_LIMIT:
            if (found := self._next(text, folded, at)) is None:
                break
            start, trial = found
            if unclear and not grammar.REF.match(folded, start):
                at = start + 1  # "#13 a bit behind, maybe red, #14 red": not "maybe red"
                continue
            starts.append(start)
            unclear = bool(trial.readings) and all(r.meaning == UNSURE for r in trial.readings)
            if not (trial.readings or trial.commands):
                at = start + 1  # "…, 32 pareil, 33 toujours bloqué": #32 unread, #33 still read
                continue
            if trial.head_end <= at:
                break
            at = start + 1 if unclear else trial.head_end
        if not starts:
            return []
        bounds = [*starts[1:], None]
        return [
            (start, self._segment(text, folded, start, stop or len(text)))
            for start, stop in zip(starts, bounds, strict=True)
        ]

    def _others_after_unsure(
        self, text: str, folded: str, at: int, refs: list[str]
    ) -> list[tuple[int, Parsed]]:
        """After an unclear answer, the answers of other key results named by reference
        on the same line ("#13 a bit behind, #14 red"): #14's answer is its own, not lost
        with #13's. What lies between stays #13's."""
        segments = self.further(text, folded, at)
        for index, (start, _segment) in enumerate(segments):
            ref = grammar.REF.match(folded, start)
            if ref is not None and f"#{int(ref['n'])}" not in refs:
                return segments[index:]
        return []

    def _next(self, text: str, folded: str, at: int) -> tuple[int, Parsed] | None:
        """Where the next answer on the line starts after `at`, and a trial reading of it.

        A reference inside a note ("blocked by #14") stays in the note: only one after a
        separator that starts an answer of its own does.
        """
        text_from = skip_space(folded, at)
        for match in _SPLIT_AT.finditer(folded, at):
            start = match.start()
            has_text = start > text_from  # the note has begun: a separator must come first
            if (
                has_text
                and not _SPLIT_BEFORE.search(folded[max(at, start - 12) : start])
                and not self._number_then_flag(folded, start)  # "41 bien 42 lanzado …"
            ):
                continue
            char = folded[start]
            if (
                char.isdigit()
                and folded[start - 1 : start] in (".", ",")
                and folded[start - 2 : start - 1].isdigit()
            ):
                continue  # "2.6%", "2,6 %": the decimals of a number, not a key result
            trial_stop = min(len(text), start + _TRIAL)  # a trial needs the head only
            if char == "#" or folded.startswith(("kr", "key result"), start) or char.isdigit():
                trial = self._segment(text, folded, start, trial_stop)
                if trial.readings or trial.commands:
                    return start, trial
                if char.isdigit() and self._number_then_flag(folded, start):
                    return start, self._segment(text, folded, start, len(text))  # "… 23 blockiert
                    # bis Finance Zugriff gibt": read whole, never the note of the answer before
                dash = _DASH_BEFORE.search(folded[max(at, start - 12) : start])
                if has_text and trial.unread and not dash:
                    return start, trial  # ", #14 not so much": its own answer, not this note
                continue
            if not has_text:
                continue
            trial = self._segment(text, folded, start, trial_stop)
            if trial.readings or trial.commands or trial.named and trial.unread:
                return start, trial
        return None

    def _segment(self, text: str, folded: str, start: int, stop: int) -> Parsed:
        """One further answer on a line, its note ending at `stop`."""
        char = folded[start]
        if char == "#" or folded.startswith(("kr", "key result"), start) or char.isdigit():
            parsed = self.named(text, folded, start, text, Parsed(), None, "", False, None, stop)
            if parsed.problem and not parsed.readings and not char.isdigit():
                parsed.unread.append(f"{text[start:stop].strip(' ,;')}  ({parsed.problem})")
                parsed.problem = None
            elif (
                not (parsed.readings or parsed.commands)
                and (
                    _ARTICLE_BEFORE.search(folded[max(0, start - 12) : start])
                    or self._number_then_flag(folded, start)  # a phone run-on: "… 23 blockiert"
                    or (
                        _COMMA_BEFORE.search(folded[max(0, start - 4) : start])
                        and _BARE_LINE.match(folded)
                        and _LIST_NUMBER.match(folded, start)
                    )
                )
            ):  # "…, el 44 lo movemos a abril", "71 en 73 op schema, 72 zakt …": #44's and
                # #72's, never the note of the answer before
                ref, _end = self.bare_ref_at(folded, start)
                if ref is not None:
                    why = f"no flag for {ref}: add green, yellow or red"
                    parsed.unread.append(f"{text[start:stop].strip(' ,;')}  ({why})")
                    parsed.named = True
            return parsed
        sentence = folded[:start].rstrip()[-1:] in (".", ";", "!")  # "#13 due …. All green."
        phrase = phrase_at(folded, start, _OTHERS)
        phrase = phrase or (phrase_at(folded, start, BLANKETS) if sentence else None)
        if phrase:
            commands: list[Command] = []
            blanket = self.blanket(
                text[:stop], folded[:stop], start, text, nested=True, commands=commands
            )
            if blanket:  # "rest green; #215 due …": further answers may follow its flag
                i = self.connectors(folded, start + len(phrase))
                flag = flag_at(folded, i, False)
                end = i + len(flag[0]) if flag else len(text)
                return Parsed(
                    readings=blanket, commands=commands, named=True, closed=True, head_end=end
                )
        if sentence:  # "Partners: fine. Beta: late, two weeks.": a title's words, labelled
            ref, after = self.title_words_at(text, folded, start)
            if ref and folded[:after].rstrip().endswith((":", "：")):
                parsed = self.named(
                    text, folded, start, text, Parsed(), None, "", False, None, stop, True
                )
                if parsed.readings or parsed.commands:
                    return parsed
                # "…. Telenor: new contract signed yesterday.": #92's, unread, never the note
                # of the answer before it
                unread = (
                    f"{text[start:stop].strip()}  (no flag for {ref}: add green, yellow or red)"
                )
                return Parsed(unread=[unread], named=True, head_end=after)
            if ref is None and self.title_words_in(text, folded, start)[0]:
                # "…, so green. The API docs slipped again, so red.": a title's words, then
                # a sentence that concludes with a colour or done
                parsed = self.named(
                    text, folded, start, text, Parsed(), None, "", False, None, stop, True
                )
                if parsed.readings or parsed.commands:
                    return parsed
        first = self.flag_first(text, folded, start, text, None, stop)
        return first if first is not None else Parsed()
