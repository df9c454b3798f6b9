"""Reading the answer after a name: the flag word (or a typo, a symbol), the score, and
what follows the flag: corrections (the later flag wins), hedges and alternatives (asked
about), transitions ("was yellow, now red": the flag of now), flags of another week.
"""

from __future__ import annotations

import re
from datetime import date

from . import blanket_words, command_words, grammar, new_dates
from .done_days import done_then_note, done_when
from .drop_clauses import drop_held
from .grammar import COLOURS, DONE, DROP, RED, SAME, UNSURE, YELLOW, Word
from .negated import NEGATED_AFTER, colour_after_negation, until_event
from .phrases import (
    EMOJI,
    WORD,
    agrees,
    decoration_at,
    flag_at,
    head_ends,
    is_cjk,
    letter_then_note,
    names_a_thing,
    one_edit,
    phrase_at,
    phrase_table,
    skip_space,
)
from .readings import Head
from .status_words import DOUBTS, FRANKLY

_EMOJI_NAME = {w: p for p, w in reversed(EMOJI.items())}
_DONE_WHEN = phrase_table(command_words.DONE_WHEN)  # also read after the head
_LATE = frozenset(grammar.LATE)
_SO, _ARROWS = phrase_table(grammar.SO_WORDS), ("->", "→", "=>")
_NOW_AFTER_ARROW = phrase_table(grammar.NOW_AFTER_ARROW)
_DONE_WORDS = phrase_table(w for w, word in grammar.FLAG_WORDS.items() if word.meaning == DONE)
_CONNECTORS = phrase_table(
    (*grammar.CONNECTORS, *grammar.FILLERS)
)  # and "helt", "fortsatt", "toujours"
_PAST = phrase_table(grammar.PAST)
_CHANGED_WHEN = phrase_table(blanket_words.CHANGED_WHEN)
_CHANGED = phrase_table(blanket_words.CHANGED)
_FUTURE, _LATER = re.compile(grammar.FUTURE), re.compile(grammar.HEDGED_LATER)
_NEGATIONS = phrase_table(grammar.NEGATIONS)
_QUALIFIERS = phrase_table(grammar.QUALIFIERS)
_BETWEEN = phrase_table(grammar.BETWEEN_FLAGS)
_CORRECTIONS = phrase_table(grammar.CORRECTIONS)
_MODAL_BE = ("could be", "might be", "may be", "should be", "will be", "will go")
_HEDGES = phrase_table(
    (*grammar.HEDGES, *grammar.LIKELY_AFTER, *grammar.TAKEN_BACK, *_MODAL_BE, *DOUBTS)
)
_FRANKLY = phrase_table(FRANKLY)
_BOUNDS = frozenset(grammar.BOUNDS)
_CLAUSE_ENDS = re.compile(r"\s*(?:$|[,;:.!)]|[-–—]\s)")
_OR = frozenset(grammar.ALTERNATIVES)
# After a flag and a comma, a condition: "green, if legal signs", "vert, si QA passe".
_CONDITION = re.compile(
    r"(?:if|unless|assuming|provided|providing|as long as|once(?! more| again)|when|wenn|"
    r"falls|sofern|vorausgesetzt|solange|si|à condition|pourvu|tant que|se|caso|qualora|"
    r"a condizione|mientras|siempre que|con tal de|desde que|contanto|indien|als|mits|zolang|"
    r"om|förutsatt|så länge|hvis|forutsatt|forudsat|jeśli|jeżeli|o ile|если|при условии|"
    r"eğer|yeter ki|もし|如果|只要|假如)(?!\w)"
)
_CLAUSE_BREAK = re.compile(
    r"(?:[,;.]|\s[-–—])\s+(?:(?:but|aber|mais|pero|mas|ma|maar|men|ale|но|ama)\s+)?"
)
_TODAY = phrase_table(
    ("today", "right now", "for now", "as of today", "currently", "at the moment", "now",
     "heute", "derzeit", "aktuell", "im moment", "jetzt", "aujourd'hui", "actuellement",
     "pour l'instant", "maintenant", "hoy", "por ahora", "ahora mismo", "ahora", "actualmente",
     "hoje", "por enquanto", "atualmente", "agora", "oggi", "per ora", "attualmente", "ora",
     "vandaag", "op dit moment", "momenteel", "nu", "idag", "i dag", "för närvarande",
     "just nu", "foreløpig", "lige nu", "dzisiaj", "dziś", "obecnie", "teraz", "сегодня",
     "сейчас", "пока", "bugün", "şu an", "şimdilik", "今日は", "今は", "现在", "今天", "目前")
)  # fmt: skip
_LETTER_JOINT = re.compile(r"(?:/|\||->|=>|→|⇒|➜|➔|⟶)\s*")
_ACTUALLY = phrase_table(
    ("actually", "in fact", "en fait", "en realidad", "na verdade", "in realtà", "faktiskt",
     "faktisk", "на самом деле", "correction", "corrected", "update", "updated",
     "korrektur", "berichtigung", "corrección", "correção", "correzione", "correctie",
     "rättelse", "korekta", "исправление", "düzeltme", "訂正", "更正",
     # after all: "Korrektur: #22 ist doch gelb", "#13 is toch geel", "#13 jest jednak żółty"
     "doch", "toch", "jednak", "ändå", "likevel", "alligevel", "finalement", "al final",
     "afinal", "alla fine", "after all", "все-таки", "всё-таки")
)  # fmt: skip
# Why a flag is asked: it may be of another week (lines.py then looks for one of now).
EARLIER_WEEK = "it may be the flag of an earlier week"
LATER_WEEK = "it may be the flag of a later week"
QUESTION = "it is a question"  # lines.py then looks for the question's answer
_TR_QUESTION = re.compile(r"\s+m[ıiuü](?!\w)")
_AFTER_FLAG_FILLERS = phrase_table(grammar.AFTER_FLAG_FILLERS)
_AGAIN_WORDS = frozenset(grammar.AGAIN) - frozenset(grammar.AFTER_FLAG_FILLERS)
_FILLERS_OR_AGAIN = phrase_table((*grammar.AFTER_FLAG_FILLERS, *_AGAIN_WORDS))
_JOINER_THEN_NUMBER = re.compile(
    r"\s*[,;]?\s*(?:and|e|y|et|und|en|och|og|i|и|ve|oraz|und auch)\s+#?\d", re.IGNORECASE
)
# Words that say "no" and never "not": "grøn nej rød" corrects, "amarillo no verde" denies.
_ONLY_NO = frozenset({"nej", "nei", "nee", "nein", "nope", "нет"})
# After a word of being stuck, what it is stuck on: "sigue atascado en pagos", "bloqué par
# le juridique", "blockiert durch Finance", "vast op de review".
_STUCK_ON = re.compile(
    r"\s+(?:en|por|on|in|by|at|bei|an|auf|durch|wegen|sur|dans|par|em|no|na|pelo|pela|su|da"
    r"|op|bij|door|på|av|i|w|przez|на|в|из-за|tarafından|x)\s"  # "x": phone shorthand
)
_TRANSITIONS = phrase_table(grammar.TRANSITIONS)
# After a colour, the turn of sarcasm ("going well... not") or a bad end it is on track to
# ("on track to miss the deadline", "on course for a delay"): never that colour.
_SARCASTIC_NOT = re.compile(
    r"(?:\.{2,}|…|,|!)?\s*(?:not|nicht|pas|no|não|niet|inte|ikke|nie)\s*[.!]*\s*$"
)
_BAD_END = phrase_table(
    ("to miss", "to slip", "to fail", "to overrun", "to be late", "to fall short", "to blow",
     "to lose", "to go over", "to run over", "to run late", "to come in late", "to exceed",
     "for a delay", "for a slip", "for a miss", "for failure", "for a late", "for delay",
     "for slippage", "for an overrun")
)  # fmt: skip
# After a colour, "not yet" in the languages of the table: the colour is not so yet.
_NOT_YET_AFTER = phrase_table(
    ("not yet", "still not", "noch nicht", "immer noch nicht", "nog niet", "nog steeds niet",
     "ainda não", "ainda nao", "jeszcze nie", "todavía no", "todavia no", "aún no", "aun no",
     "pas encore", "toujours pas", "non ancora", "ancora no", "inte ännu", "inte än",
     "ikke ennå", "ikke enda", "ikke endnu", "ikke ennu", "ещё нет", "еще нет", "пока нет",
     "henüz değil", "まだ", "还没有", "还没", "尚未")
)  # fmt: skip
_SAME = phrase_table(grammar.SAME_WORDS)
_ANY_SAME = phrase_table((*grammar.SAME_WORDS, *grammar.SAME_BARE_WORDS))
# After "same", another key result: the same as that one, not as last week.
_OF_ANOTHER = re.compile(r"\s*(?:as|like|wie|comme|que|als|som|jak|как|gibi)?\s*[(\[]?(?:#|kr\b)")
_WAS = phrase_table(grammar.WAS)
_NOW = phrase_table(grammar.NOW)
_BUT = phrase_table(("but", "aber", "mais", "pero", "mas", "ma", "maar", "men", "ale", "но", "але"))
_FROM = phrase_table(grammar.FROM)
_TO = phrase_table(grammar.TO)


# After a word, a question: "?", or Chinese and Japanese question particles ("完成了吗").
_ASKED = re.compile(r"\s*(?:了)?(?:[吗嗎]|(?:です)?か)?\s*[?？]|(?:了)?[吗嗎]")


# A Japanese clause that ends in a negation after a colour or status word ("順調に進んで
# いません": not going smoothly); not when what it negates is a problem or a delay
# ("順調で問題ありません").
_JA_NEGATIVE = re.compile(
    r"(?![^。、，,;！!？?\s]*(?:問題|心配|支障|遅れ|リスク))[^。、，,;！!？?\s]*?"
    r"(?:ない|ません|なかった|ず)(?:です|でした|よ|ね)?(?=[。、，,;！!？?\s]|$)"
)


class HeadReader:
    """The flag, score and note start after a name; needs only the reply's date."""

    today: date  # the reply's date (set by the reader): a past weekday after a done word

    # -- the answer after a name ----------------------------------------------------------
    def score_at(self, folded: str, at: int, strict: bool) -> tuple[float | None, int]:
        """A score at `at`; `strict`: only when the head ends after it ("green - 0.8 - ...")."""
        match = grammar.SCORE.match(folded, at)
        if not match or match.end() == at:
            return None, at
        if match["pct"] is not None:
            value = float(match["pct"].replace(",", ".")) / 100
        elif match["tenths"] is not None:
            value = int(match["tenths"]) / int(match["of"])
        else:
            value = float(match["num"].replace(",", "."))
        if not 0.0 <= value <= 1.0:
            return None, at
        end = match.end()
        after = folded[end:]
        done_word = phrase_at(folded, skip_space(folded, end), _DONE_WORDS)
        if match["pct"] is not None and done_word:  # "70% done" is a score, not done
            return round(value, 4), skip_space(folded, end) + len(done_word)
        if after and after[0].isalnum():
            return None, at
        if (strict or match["num"] in ("0", "1")) and not head_ends(folded, end):
            return None, at
        return round(value, 4), end

    def connectors(self, folded: str, at: int) -> int:
        """Skip "is", "is now", "->", ":", "status:" ... between a name and its flag."""
        i = at
        for _ in range(4):
            j = skip_space(folded, i)
            flag = flag_at(folded, j, False)
            transition = phrase_at(folded, j, _TRANSITIONS)
            if flag is None and (same := phrase_at(folded, j, _ANY_SAME)):
                k = self.connectors(folded, j + len(same))
                if flag_at(folded, k, False) is not None:
                    return k  # "sin cambios, sigue en rojo": the colour it names is the flag
                if head_ends(folded, j + len(same)):
                    return j  # "#16 unchanged": the answer itself (head() reads it)
            if flag is not None and not (transition and len(transition) > len(flag[0])):
                return j  # "#12 en plazo": the flag, not the connector "en"
            if phrase_at(folded, j, _ACTUALLY):
                return j  # "#13 est en fait jaune": "en fait" (actually), not "en" and done
            phrase = (
                phrase_at(folded, j, _CONNECTORS)
                or phrase_at(folded, j, _TRANSITIONS)
                or decoration_at(folded, j)
            )
            if phrase is None:
                return j
            i = j + len(phrase)
            i = i + 1 if folded[i : i + 1] == ":" else i
        return skip_space(folded, i)

    def typo_at(self, folded: str, at: int) -> tuple[str, str, int] | None:
        """(colour, the word, end) for one letter off "green", "yellow" or "amber"."""
        match = WORD.match(folded, at)
        if not match or len(match.group()) < 4 or match.group() in grammar.NOT_TYPOS:
            return None
        if not head_ends(folded, match.end()):
            return None
        for word, colour in grammar.GUESSABLE.items():
            if one_edit(match.group(), word):
                return colour, match.group(), match.end()
        return None

    def head(self, text: str, folded: str, at: int, short: bool, lead: Word | None = None) -> Head:
        """Flag, score and the note's start, after a name (or at the start of an answer)."""
        result = Head(rest=at)
        i = skip_space(folded, at)
        opened = folded[i : i + 1] in "(["
        i = skip_space(folded, i + 1) if opened else i
        result.score, i = self.score_at(folded, i, strict=False)
        if result.score is not None and folded[skip_space(folded, i) :][:1] == "/":
            i = skip_space(folded, i) + 1  # "62: 0.4 / red"
        i = self.connectors(folded, self._actually(folded, i, result))  # "#13 en fait rouge"
        if result.score is None and folded[i : i + 1] in "0123456789.,":  # "#31 : 7/10, vert"
            score, j = self.score_at(folded, i, strict=False)
            if score is not None and flag_at(folded, k := self.connectors(folded, j), False):
                result.score, i = score, k
        if not opened and folded[i : i + 1] in "([":
            opened, i = True, skip_space(folded, i + 1)
        i = self._actually(folded, i, result)  # "#13 is actually red"
        if unsure := self._unsure_before(folded, i):
            if (said := colour_after_negation(self, text, folded, i)) is not None:
                return said  # "#12 not on plan: yellow"
            result.meaning, result.reason = UNSURE, unsure
            result.rest = len(folded)
            return result
        i, before = self._transition(folded, i)
        if before is not None:  # "was yellow" and no flag of now
            result.meaning, result.reason = UNSURE, EARLIER_WEEK
            result.rest = len(folded)
            return result
        word, phrase, end = self._word_at(folded, i, short, result)
        if word is not None and phrase in EMOJI and not word.short:
            after = skip_space(folded, end)
            following = flag_at(folded, after, False)
            if following is not None and following[0] not in EMOJI:
                word_end = after + len(following[0])
                if following[1].closed and not head_ends(folded, word_end):
                    pass  # "🟢 done with the cut-over": the circle; the words are the note
                elif (
                    not word.guess and following[1].meaning == word.meaning and following[1].closed
                ):
                    pass  # "🟢 fine": the circle is the flag, the word is the note
                else:  # "✅ done", "⚠️ at risk", "🟢 red": the word, checked against it
                    lead, (phrase, word) = word, following
                    end = skip_space(folded, end) + len(phrase)
                    result.guess = None
        if word is not None and word.meaning in COLOURS and not word.short:
            gap = skip_space(folded, end)
            if negation := phrase_at(folded, gap, NEGATED_AFTER):  # "kırmızı değil, sarı"
                known = frozenset({word.meaning})
                if said := colour_after_negation(self, text, folded, gap + len(negation), known):
                    return said
                result.meaning, result.reason = UNSURE, "a negation does not say which colour it is"
                result.rest = len(folded)
                return result
            if is_cjk(phrase) and _JA_NEGATIVE.match(folded, end):  # "順調に進んでいません"
                result.meaning, result.reason = UNSURE, "a negation does not say which colour it is"
                result.rest = len(folded)
                return result
            if _SARCASTIC_NOT.match(folded, end) or phrase_at(folded, gap, _BAD_END):
                result.meaning, result.reason = (
                    UNSURE,
                    f"it says {word.meaning}, then takes it back",
                )
                result.rest = len(folded)
                return result
            if (not_yet := phrase_at(folded, gap, _NOT_YET_AFTER)) and head_ends(
                folded, gap + len(not_yet)
            ):  # "#13 grün noch nicht", "verde ainda não": not that colour yet
                result.meaning, result.reason = UNSURE, f"it says {word.meaning}, then not yet"
                result.rest = len(folded)
                return result
        if (
            word is None
            and short  # after a key result's name: "#16 unchanged", not "Wie letzte Woche, …"
            and (same := phrase_at(folded, i, _ANY_SAME))
            and head_ends(folded, i + len(same))
            and not _OF_ANOTHER.match(folded, i + len(same))  # "#13 same as #12": asked
        ):
            word, phrase, end = Word(SAME, closed=True), same, i + len(same)  # "unchanged"
            if phrase_at(folded, i, _SAME) != same:  # "#12 green, #13 same": as which?
                result.meaning = UNSURE
                result.reason = f"“{same}” may mean as last week or as the answer before it"
                result.rest = len(folded)
                return result
        if word is None:
            if lead is None:  # "#12 no va según lo previsto: rojo"
                return colour_after_negation(self, text, folded, i) or result
            result.meaning, result.closed, result.rest = lead.meaning, True, i
            result.guess = _EMOJI_NAME.get(lead) if lead.guess else None
            return result
        done_note = done_when(folded, end, word, self.today) or done_then_note(folded, i, end, word)
        lettered = short and (letter_then_note(text, folded, i, end, word) or done_note)
        # "42 bloq x las keys", "sigue atascado en pagos": what it is stuck on follows
        stuck = word.meaning == RED and _STUCK_ON.match(folded, end) is not None
        if (
            word.closed
            and not head_ends(folded, end)
            and not lettered
            and not done_note
            and not self._filler_ends(folded, end)  # "91 gul fortsatt"
            and not stuck
        ):
            return Head(rest=at)
        if names_a_thing(text, folded, i, end, word):
            return Head(rest=at)
        result.meaning = word.meaning
        if word.meaning == DROP and drop_held(phrase, folded, end):  # "lo dejamos – por ahora"
            result.meaning, result.reason = UNSURE, "it may be a pause, not a drop"
        result.late = phrase in _LATE
        if folded[skip_space(folded, end) : skip_space(folded, end) + 1] in ("?", "？") or (
            _TR_QUESTION.match(folded, end)  # "sarı mı kırmızı mı": Turkish asks with "mı"
        ):
            result.meaning, result.reason = UNSURE, QUESTION
        if lead is not None and not agrees(lead, word):
            result.meaning, result.reason = UNSURE, "the symbol and the word say different things"
        result.closed = head_ends(folded, end) or lettered or stuck
        if folded.startswith(("ish", "-ish"), end):
            result.meaning, result.reason = UNSURE, "it is between two colours"
        if phrase_at(folded, skip_space(folded, end), _CHANGED_WHEN):  # "moved to red yesterday"
            result.moved = any(
                phrase_at(folded, m.start(), _CHANGED) for m in WORD.finditer(folded, at, i)
            )
        end = self._after_flag(folded, end, result)
        if result.score is None:
            j = end + 1 if folded[end : end + 1] == ")" and opened else end
            strict = bool(re.match(r"\s*[-–—]", folded[j:])) or bool(folded[end:j].strip())
            k = self._skip_separator(folded, j)
            if folded[k : k + 1] == "/":  # "green / 80%"
                k = skip_space(folded, k + 1)
            score, k = self.score_at(folded, k, strict=strict or bool(folded[j:k].strip()))
            if score is not None:
                result.score, end = score, k
        if opened and folded[skip_space(folded, end) : skip_space(folded, end) + 1] in ")]":
            end = skip_space(folded, end) + 1
        result.rest = end if result.note_from is None else result.note_from
        return result

    @staticmethod
    def _filler_ends(folded: str, at: int) -> bool:
        """Whether a word that adds nothing ends the head after a flag: "gul fortsatt",
        "pausado otra vez"."""
        if _JOINER_THEN_NUMBER.match(folded, at):
            return True  # "52 de vento em popa e 53 …"
        i = skip_space(folded, at)
        filler = phrase_at(folded, i, _FILLERS_OR_AGAIN)
        return filler is not None and head_ends(folded, skip_space(folded, i + len(filler)))

    def _actually(self, folded: str, at: int, head: Head) -> int:
        """Past "actually" before a flag ("#13 is actually red"): a correction of what was
        said before, so the head says it corrects."""
        actually = phrase_at(folded, at, _ACTUALLY)
        if actually is None:
            return at
        k = self.connectors(folded, at + len(actually))
        if flag_at(folded, k, False) is None:
            return at
        head.correction = True
        return k

    def _transition(self, folded: str, at: int) -> tuple[int, str | None]:
        """ "was yellow, now red", "from yellow to red": (where the flag of now starts, or
        the flag of before when none follows). Elsewhere: (at, None)."""
        for first, then in ((_WAS, _NOW), (_FROM, _TO)):
            opening = phrase_at(folded, at, first)
            if opening is None:
                continue
            i = skip_space(folded, at + len(opening))
            earlier = flag_at(folded, i, False)
            if earlier is None or earlier[1].meaning not in (*COLOURS, UNSURE):
                continue
            j = self._skip_separator(folded, i + len(earlier[0]), dots=True)
            if past := phrase_at(folded, j, _PAST):  # "was red last week, now yellow"
                j = self._skip_separator(folded, j + len(past), dots=True)
            link = phrase_at(folded, j, then)
            if link is not None:
                k = self.connectors(folded, j + len(link))
                later = flag_at(folded, k, False)
                if later is not None and later[1].meaning in (*COLOURS, UNSURE):
                    return k, None
            if first is _WAS:
                return at, earlier[0]
        return at, None

    def _today_after(self, folded: str, at: int) -> tuple[str, int] | None:
        """After a flag of a later week, the colour said for today in a later clause of the
        same answer ("green if the cutover works; today it's yellow"): (colour, end)."""
        for brk in _CLAUSE_BREAK.finditer(folded, at):
            j = brk.end()
            today = phrase_at(folded, j, _TODAY)
            if today is None:
                continue
            k = self.connectors(folded, j + len(today))
            flag = flag_at(folded, k, False)
            if flag is None or flag[1].meaning not in COLOURS or flag[1].guess or flag[1].short:
                return None
            end = k + len(flag[0])
            return (flag[1].meaning, end) if head_ends(folded, end) else None
        return None

    def _now_after(self, folded: str, at: int) -> int | None:
        """After "red last week", where "now green" puts the flag of now, if it follows."""
        past = phrase_at(folded, at, _PAST)
        j = self._skip_separator(folded, at + len(past or ""), dots=True)
        link = phrase_at(folded, j, _NOW)
        if link is None:
            return None
        k = self.connectors(folded, j + len(link))
        later = flag_at(folded, k, False)
        return k if later is not None and later[1].meaning in (*COLOURS, UNSURE) else None

    def _colour_but_colour(self, folded: str, at: int, meaning: str | None) -> bool:
        """ "green but at risk", "grün, aber gefährdet": a colour, then "but" and another
        (not a late word: "green but slipping" stays green, with its note)."""
        but = phrase_at(folded, at, _BUT)
        if but is None or meaning not in COLOURS:
            return False
        later = flag_at(folded, self.connectors(folded, at + len(but)), False)
        return later is not None and later[1].meaning in COLOURS and later[1].meaning != meaning

    def _hedged(self, folded: str, at: int, meaning: str | None) -> bool:
        """ "red, maybe yellow", "green probably", "黄色かもしれない": the flag is a guess.
        ("green, I think we're fine" says the same twice: not hedged.)"""
        at = skip_space(folded, at + 1) if folded[at : at + 1] == "(" else at
        if frankly := phrase_at(folded, at, _FRANKLY):  # "yellow, honestly not sure"
            at = self._skip_separator(folded, at + len(frankly))
        hedge = phrase_at(folded, at, _HEDGES)
        if hedge is None:
            return False
        if hedge in _BOUNDS and _CLAUSE_ENDS.match(folded, at + len(hedge)):
            return True  # "yellow at best, the auditor wants more evidence"
        i = skip_space(folded, at + len(hedge))
        for _ in range(3):
            flag = flag_at(folded, i, False)
            if flag is not None and flag[1].meaning in (*COLOURS, UNSURE):
                after = skip_space(folded, i + len(flag[0]))  # "…, should be green by Friday"
                later = (
                    _LATER.match(folded, after)
                    or hedge in _MODAL_BE
                    and _FUTURE.match(folded, after)
                )
                return flag[1].meaning != meaning and not later  # "…, maybe red next week"
            word = WORD.match(folded, i)
            if not word:
                break
            i = skip_space(folded, word.end())
        rest = folded[at + len(hedge) :].strip(" .!?,;:)。！？")
        return not rest or is_cjk(hedge) and len(rest) <= 3

    def _word_at(
        self, folded: str, at: int, short: bool, head: Head
    ) -> tuple[Word | None, str, int]:
        """The flag word at `at` (or a typo of one, as a guess): (word, as typed, end)."""
        if (flag := flag_at(folded, at, short)) is not None:
            phrase, word = flag
            head.guess = phrase if word.guess else None
            return word, phrase, at + len(phrase)
        if (typo := self.typo_at(folded, at)) is not None:
            colour, typed, end = typo
            head.guess = typed
            return Word(colour, guess=True), typed, end
        return None, "", at

    def _after_flag(self, folded: str, end: int, head: Head) -> int:
        """What follows the flag: a correction ("red, no wait, yellow": the later one wins),
        a second flag ("red/yellow", "yellow or red": unclear), or done ("green, done")."""
        while True:
            i = skip_space(folded, end)
            if joint := _LETTER_JOINT.match(folded, i):  # "G/Y", "R→Y": two one-letter flags
                other = flag_at(folded, joint.end(), True)
                if (
                    other is not None
                    and other[1].short
                    and other[1].meaning != head.meaning
                    and head_ends(folded, joint.end() + len(other[0]))  # not "/ a few risks"
                ):
                    head.meaning, head.reason = UNSURE, "it reads as two different flags"
                    return len(folded)
            symbol = flag_at(folded, i, False)
            if symbol is not None and symbol[0] in EMOJI:  # "green ✅", "done ✅", "🟢🟢"
                if head.meaning in (*COLOURS, DONE, DROP) and not agrees(
                    symbol[1], Word(head.meaning)
                ):
                    head.meaning, head.reason = (
                        UNSURE,
                        "the word and the symbol say different things",
                    )
                end = i + len(symbol[0])
                continue
            # "#12 moved to red yesterday", "went red after the outage": when it changed
            changed = head.moved and phrase_at(folded, i, _CHANGED_WHEN) is not None
            when = phrase_at(folded, i, _DONE_WHEN) if head.meaning == DONE else None
            if when and folded[skip_space(folded, i + len(when)) :][:1] in ("?", "？"):
                head.meaning, head.reason = UNSURE, QUESTION  # "done yesterday?"
                return end
            if not changed and not when and until_event(folded, i):
                head.closed = True  # "yellow until Kestrel signs": yellow now, the rest its
                return end  # note (also after a bare number: "23 blockiert bis …")
            if not changed and not when and phrase_at(folded, i, _PAST):  # "red last week, …"
                now_at = self._now_after(folded, i)
                later = None if now_at is None else flag_at(folded, now_at, False)
                if now_at is None or later is None:  # (a flag is there when now_at is)
                    head.meaning, head.reason = UNSURE, EARLIER_WEEK
                    return end
                head.meaning, head.guess = later[1].meaning, later[0] if later[1].guess else None
                end = now_at + len(later[0])
                head.closed = head_ends(folded, end)
                continue
            if not changed and (
                _FUTURE.match(folded, i)
                or folded.startswith((",", "，", " -", " –"), i)
                and _CONDITION.match(folded, self._skip_separator(folded, i)) is not None
            ):  # "green by Friday", "green once legal signs", "grün, wenn Legal unterschreibt"
                if (today := self._today_after(folded, i)) is not None:
                    head.meaning, end = today  # "green if legal signs; today it's yellow"
                    head.note_from = i if head.note_from is None else head.note_from
                    head.closed = head_ends(folded, end)
                    continue
                head.meaning, head.reason = UNSURE, LATER_WEEK
                return end
            if _JOINER_THEN_NUMBER.match(folded, i):
                head.closed = True  # "52 de vento em popa e 53 …": the next answer follows
                return end
            filler = phrase_at(folded, i, _FILLERS_OR_AGAIN)
            if filler in _AGAIN_WORDS:
                if head_ends(folded, skip_space(folded, i + len(filler))):
                    head.closed = True  # "44 en rojo otra vez, rollback": "otra vez" its note
                    return end
                filler = None
            after = self._skip_separator(folded, i + len(filler or ""), dots=True)
            if filler and flag_at(folded, after, False) is None:
                end = i + len(filler)  # "went red this week - vendor"
                head.closed = head.closed or head_ends(folded, end)  # "43 amarillo x ahora"
                if folded[skip_space(folded, end) :][:1] in ("?", "？"):
                    head.meaning, head.reason = UNSURE, QUESTION  # "green still?"
                    return end
                continue
            k = self._skip_separator(folded, i, dots=True)
            now = phrase_at(folded, k, _NOW) or ""
            later = flag_at(folded, self.connectors(folded, k + len(now)), False) if now else None
            if later is not None and later[1].meaning in (*COLOURS, UNSURE):  # "yellow, now red"
                k = self.connectors(folded, k + len(now))
                head.meaning, head.guess = later[1].meaning, later[0] if later[1].guess else None
                head.reason = "it is between two colours" if later[1].meaning == UNSURE else None
                end = k + len(later[0])
                head.closed = head_ends(folded, end)
                continue
            if self._colour_but_colour(folded, k, head.meaning):
                head.meaning, head.reason = UNSURE, "it reads as two different flags"
                return len(folded)  # "green but at risk"
            if folded[k : k + 1] in ("?", "!", "("):
                k = self._skip_separator(folded, k + 1, dots=True)
            if self._hedged(folded, k, head.meaning):
                head.meaning, head.reason = UNSURE, "it is hedged (maybe, or)"
                return len(folded)
            correction = phrase_at(folded, k, _CORRECTIONS)
            if correction in ("不", "不是", "不对") and flag_at(folded, k + len(correction), False):
                correction = None  # "黄色，不是绿色": yellow, not green (no "no, green")
            if correction in grammar.BARE_NOS and not is_cjk(correction):
                next_char = folded[k + len(correction) : k + len(correction) + 1]
                chained = phrase_at(folded, skip_space(folded, k + len(correction)), _CORRECTIONS)
                after = skip_space(folded, k + len(correction))
                other = flag_at(folded, after, False)
                plain = (
                    correction in _ONLY_NO  # not "amarillo, no verde" (not green)
                    and other is not None
                    and other[1].meaning in COLOURS
                    and other[1].meaning != head.meaning
                    and head_ends(folded, after + len(other[0]))
                )  # "92 grøn nej rød, stadig …": a colour, "no", another colour
                if next_char not in ",;:.!-–—…" and not chained and not plain:
                    correction = None  # "no green light yet" is no correction
            if correction:
                j = self._skip_separator(folded, k + len(correction), dots=True)
                for _ in range(3):  # "no, wait, yellow", "enfin non, jaune"
                    more = phrase_at(folded, j, _CORRECTIONS)
                    if more is None or flag_at(folded, j, False) is not None:
                        break
                    j = self._skip_separator(folded, j + len(more), dots=True)
                later = flag_at(folded, j, False)
                if later is not None and names_a_thing(
                    folded, folded, j, j + len(later[0]), later[1]
                ):
                    later = None  # "no, green light from legal" is a note
                if later is not None and later[1].meaning in (*COLOURS, UNSURE):
                    head.meaning, head.correction = later[1].meaning, True
                    head.guess = later[0] if later[1].guess else None
                    head.reason = (
                        "it is between two colours" if later[1].meaning == UNSURE else None
                    )
                    end = j + len(later[0])
                    head.closed = head_ends(folded, end)
                    continue
            if head.late and (late := self._late_colour(folded, i)) is not None:
                head.meaning, head.reason, head.late, end = late[0], None, False, late[1]
                head.closed = head_ends(folded, end)
                continue  # "toujours en retard, rouge", "delayed, so red": red
            if folded[i : i + 2] in ("- ", "– ", "— ") or folded[i : i + 1] in (":", "."):
                return end  # a note follows, whatever its first word
            between = phrase_at(folded, i, _BETWEEN)
            j = skip_space(folded, i + len(between)) if between else k
            if j == i and not between:
                adjacent = flag_at(folded, i, False)  # "#12 green red": two colours
                if (
                    adjacent is not None
                    and adjacent[1].meaning in COLOURS
                    and adjacent[1].meaning != head.meaning
                    and head.meaning in COLOURS
                    and not names_a_thing(folded, folded, i, i + len(adjacent[0]), adjacent[1])
                ):
                    head.meaning, head.reason = UNSURE, "it reads as two different flags"
                    return i + len(adjacent[0])
                return end
            if between and (more := phrase_at(folded, j, _QUALIFIERS)):  # "oder eher rot"
                later = flag_at(folded, skip_space(folded, j + len(more)), False)
                if later is not None and later[1].meaning in (*COLOURS, UNSURE):
                    head.meaning, head.reason = UNSURE, "it is hedged (maybe, or)"
                    return len(folded)
            if between and (fix := phrase_at(folded, j, _CORRECTIONS)):  # "→ いや黄色"
                k2 = self._skip_separator(folded, j + len(fix), dots=True)
                later = flag_at(folded, k2, False)
                if later is not None and later[1].meaning in (*COLOURS, UNSURE):
                    head.meaning, head.correction = later[1].meaning, True
                    head.guess = later[0] if later[1].guess else None
                    end = k2 + len(later[0])
                    head.closed = head_ends(folded, end)
                    continue
            later = flag_at(folded, j, False)
            if later is None:
                return end
            meaning = later[1].meaning
            after_later = skip_space(folded, j + len(later[0]))
            now = phrase_at(folded, after_later, _NOW_AFTER_ARROW) or ""
            if between in _ARROWS and now and {meaning, head.meaning} <= set(COLOURS):
                head.meaning, head.guess = meaning, later[0] if later[1].guess else None
                end = after_later + len(now)  # "red → yellow this week": the flag of now
                head.closed = head_ends(folded, end)
                if folded[skip_space(folded, end) : skip_space(folded, end) + 1] in ("?", "？"):
                    head.meaning, head.reason = UNSURE, QUESTION
                    return end
                continue
            if not between and (
                _FUTURE.match(folded, after_later) or phrase_at(folded, after_later, _PAST)
            ):
                return end  # "yellow; red if QA fails again": a note about another time
            if meaning == DONE and head.meaning in COLOURS and not between:
                if _ASKED.match(folded, after_later):
                    return end  # "绿色。完成？还没有": asked whether done, and answered no
                head.colour, head.meaning = head.meaning, DONE
                return j + len(later[0])
            if (
                between in _OR
                and meaning != head.meaning
                and {meaning, head.meaning} & {DONE, DROP}
            ):
                head.meaning, head.reason = UNSURE, f"it reads as {head.meaning} or {meaning}"
                return j + len(later[0])  # "rouge ou abandon", "red or drop it"
            if meaning in (DONE, DROP) or head.meaning in (DONE, DROP):
                return end
            if meaning == UNSURE and not between and new_dates.opens_due(folded, j):
                return end  # "yellow, postponed to Jan 20": a new date, no second flag
            if meaning != head.meaning:
                head.meaning, head.reason = UNSURE, "it reads as two different flags"
                return j + len(later[0])
            if between:  # "amber/yellow", "red/blocked": one flag said twice
                end = j + len(later[0])
                continue
            return end

    def _late_colour(self, folded: str, at: int) -> tuple[str, int] | None:
        """After a late word, the yellow or red it is, and where it ends: ", rouge",
        ": rojo", ", so red" (not green: "delayed but green" is asked about)."""
        j = self._skip_separator(folded, at)
        if so := phrase_at(folded, j, _SO):
            j = self._skip_separator(folded, j + len(so))
        if j == at:
            return None  # "late red" runs on: no separator, no "so"
        flag = flag_at(folded, j, False)
        if flag is None or flag[1].meaning not in (YELLOW, RED) or flag[1].guess:
            return None
        end = j + len(flag[0])
        if names_a_thing(folded, folded, j, end, flag[1]):
            return None
        if folded[skip_space(folded, end) : skip_space(folded, end) + 1] in ("?", "？"):
            return None
        return flag[1].meaning, end

    @staticmethod
    def _skip_separator(folded: str, at: int, dots: bool = False) -> int:
        i = skip_space(folded, at)
        while i < len(folded) and folded[i] in ",;:-–—、，：；" + (".。…" if dots else ""):
            i += 1
        return skip_space(folded, i)

    def _unsure_before(self, folded: str, at: int) -> str | None:
        """A negation or qualifier right before a flag word: "not on track", "mostly green"
        (not when it starts a flag phrase of its own: "going fine", "not going to make it")."""
        own = flag_at(folded, at, False)
        for phrases, reason in (
            (_NEGATIONS, "a negation does not say which colour it is"),
            (_QUALIFIERS, "it is between two colours"),
        ):
            phrase = phrase_at(folded, at, phrases)
            if phrase is None or own is not None and len(own[0]) > len(phrase):
                continue
            i = skip_space(folded, at + len(phrase))
            for _ in range(2):
                if flag_at(folded, i, False) is not None:
                    return reason
                word = WORD.match(folded, i)
                if not word:
                    break
                i = skip_space(folded, word.end())
        return None
