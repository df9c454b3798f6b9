""" "#12 not on plan: yellow", "#12 nicht mehr rot, aber auch noch nicht grün – sagen wir
gelb", "#12 kırmızı değil, sarı": a negated colour or status says something is not so, but
not what is (asked about), unless a plain colour concludes it; then that colour is the flag
(the explicit colour wins). The conclusion comes after a colon or a dash, or ends its clause
after a comma or "so" ("…, dus groen"), and is none of the colours negated before it.

`concluded` reads the same conclusion without a negation, for an answer whose head gives no
flag: "#13 QA found a crash, so red.", "… 2,0 % en novembre, donc vert."
"""

from __future__ import annotations

import re
from typing import Protocol

from . import grammar
from .dates import MONTHS, WEEKDAY_NAMES
from .done_days import counts_part
from .grammar import COLOURS, DONE
from .phrases import (
    WORD,
    flag_at,
    head_ends,
    is_cjk,
    names_a_thing,
    phrase_at,
    phrase_table,
    skip_space,
)
from .readings import Head
from .status_words import DOUBTS

# "no" and "ne" only here: "no va según lo previsto", "ne va pas" (elsewhere "no" corrects).
_AFTER_FLAG_FILLERS = phrase_table(grammar.AFTER_FLAG_FILLERS)
_NEGATIONS = phrase_table(
    (*grammar.NEGATIONS, "no", "ne", "nicht mehr", "n'est pas", "ya no", "não", "não está mais",
     "nem", "non è più", "niet meer", "inte längre", "ikke længere", "ikke lenger", "już nie",
     "больше не", "уже не", "artık", "plus", "n'est plus", "ne plus", "pas encore", "不是",
     "不再是", "已经不是", "并不是", "并非", "ni", *grammar.AWAY_FROM)
)  # fmt: skip
# After the colour: "kırmızı değil" (Turkish), "赤ではありません" (Japanese).
NEGATED_AFTER = phrase_table(
    ("değil", "degil", "ではありません", "ではない", "じゃありません", "じゃない", "ではなく",
     "じゃなく", "でない")
)  # fmt: skip
_ANY_MORE = phrase_table(
    ("any more", "anymore", "any longer", "mehr", "más", "plus", "più", "meer", "längre",
     "lenger", "længere", "больше")
)  # fmt: skip
# Between two negated colours: "not red, but not green either", "nicht rot, aber auch nicht".
_BETWEEN = phrase_table(
    ("but", "and", "aber", "und", "mais", "et", "pero", "y", "mas", "e", "ma", "maar", "en",
     "men", "og", "ale", "i", "но", "и", "also", "auch", "aussi", "también", "também", "anche",
     "ook", "också", "også", "też", "тоже", "yet", "noch", "encore", "todavía", "ainda",
     "ancora", "nog", "ännu", "ennå", "endnu", "jeszcze", "ещё", "still", "either")
)  # fmt: skip
_STILL_WORDS = (
    "still", "stays", "remains", "still at", "immer noch", "weiterhin", "toujours", "sigue",
    "sigue en", "continua", "continúa", "ancora", "nog steeds", "nog altijd", "fortfarande",
    "fortsatt", "fremdeles", "stadig", "stadigvæk", "nadal", "wciąż", "всё ещё", "все еще",
    "по-прежнему", "hâlâ", "还是", "依然", "仍然", "引き続き",
)  # fmt: skip
_STILL = frozenset(_STILL_WORDS)
_DOUBTS = phrase_table(DOUBTS)
# Before the concluding colour: "let's say", "so", "now", "just", a regret ("niestety").
_CONCLUDE = phrase_table(
    (*(w for w in grammar.SO_WORDS if w not in grammar.REF_JOINERS), *grammar.OWN_CALL,
     "let's say", "lets say",
     "let’s say", "say", "sagen wir", "disons", "digamos", "diciamo", "laten we zeggen",
     "zeg maar", "vi säger", "la oss si", "lad os sige", "powiedzmy", "скажем", "diyelim",
     "now", "jetzt", "maintenant", "ahora", "agora", "ora", "nu", "teraz", "теперь", "şimdi",
     "just", "nur", "juste", "solo", "sólo", "apenas", "alleen", "bara", "bare", "tylko",
     "только", "sadly", "unfortunately", "leider", "malheureusement", "lamentablemente",
     "infelizmente", "purtroppo", "helaas", "tyvärr", "dessverre", "desværre", "niestety",
     "к сожалению", "maalesef", "是", "而是", "现在是", "です",
     *_STILL_WORDS,  # "no movement, still yellow", "sin cambios, sigue en rojo"
     # "no longer green, rather yellow", "niet meer groen, eerder geel"
     "rather", "more like", "eher", "plutôt", "más bien", "mais bem", "piuttosto", "eerder",
     "snarare", "snarere", "nærmere", "raczej", "скорее", "daha çok", "而是",
     # the person setting the flag: "…, je mets vert" ("I'd say yellow" is a hedge: asked)
     "je mets", "je le mets", "je la mets", "je mets ça en")
)  # fmt: skip
SO = phrase_table(w for w in grammar.SO_WORDS if w not in grammar.REF_JOINERS)
# Before a colour that ends the line, these conclude like a colon: "… - red", "… -> gelb".
_ENDING_MARKS = (" - ", " – ", " — ", " -> ", " => ", " → ")
_SEPARATORS = (":", "- ", "– ", "— ", "-- ", "：")
_CLAUSE = (",", ";", "，", "、")
_SENTENCE_END = (". ", "! ", "? ", "。", "!")  # "!" as "！" ends a Chinese or Japanese one
_SENTENCE_STOP = re.compile(r"[.!?] |。|!(?=[\u3040-\u30ff\u3400-\u9fff])")
# Before a concluding colour, these leave it unsaid ("…, so red is likely" aside).
UNSAID = phrase_table(
    (*grammar.HEDGES, *grammar.QUALIFIERS, *grammar.AWAY_FROM, *grammar.CONDITIONS,
     *grammar.OTHERS_SAY, "could", "might", "may", "would", "will", "should")
)  # fmt: skip


class Reader(Protocol):
    def head(self, text: str, folded: str, at: int, short: bool) -> Head: ...
    def connectors(self, folded: str, at: int) -> int: ...
    @staticmethod
    def _skip_separator(folded: str, at: int, dots: bool = False) -> int: ...


def negated_colour(folded: str, at: int) -> tuple[str, int] | None:
    """(meaning, end) of "not on track", "nicht mehr rot", "no va según lo previsto"."""
    negation = phrase_at(folded, at, _NEGATIONS)
    if negation is None:
        return None
    i = skip_space(folded, at + len(negation))
    for _ in range(3):  # "no va según lo previsto", "n'est pas dans les temps"
        flag = flag_at(folded, i, False)
        if flag is not None:
            break
        word = WORD.match(folded, i)
        if word is None:
            return None
        i = skip_space(folded, word.end())
    else:
        return None
    if flag[1].meaning not in COLOURS or flag[1].short or flag[1].guess:
        return None
    end = i + len(flag[0])
    after = phrase_at(folded, skip_space(folded, end), NEGATED_AFTER)
    if after:  # "artık kırmızı değil": one negation, said twice
        end = skip_space(folded, end) + len(after)
    elif negation == "artık":  # "artık yeşil" is "green now"
        return None
    if more := phrase_at(folded, skip_space(folded, end), _ANY_MORE):  # "not red any more"
        end = skip_space(folded, end) + len(more)
    return flag[1].meaning, end


def _between(folded: str, at: int) -> int:
    """Past a comma and "but also not yet" between two negated colours."""
    i = skip_space(folded, at)
    if folded[i : i + 1] in _CLAUSE:
        i = skip_space(folded, i + 1)
    for _ in range(4):
        word = phrase_at(folded, i, _BETWEEN)
        if word is None:
            break
        i = skip_space(folded, i + len(word))
    return i


def colour_after_negation(
    reader: Reader, text: str, folded: str, at: int, negated: frozenset[str] = frozenset()
) -> Head | None:
    """The colour a negation leads to ("not on track - red"), or None. `negated`: the colours
    already said not to be, with `at` after them ("kırmızı değil, sarı")."""
    seen, i = set(negated), at
    for _ in range(3):  # "nicht mehr rot, aber auch noch nicht grün"
        found = negated_colour(folded, i)
        if found is None:
            break
        seen.add(found[0])
        i = found[1]
        j = _between(folded, i)
        if phrase_at(folded, j, _NEGATIONS) is None:
            break
        i = j
    if not seen:
        return None
    return _conclusion(reader, text, folded, i, frozenset(seen))


def _conclusion(
    reader: Reader, text: str, folded: str, at: int, negated: frozenset[str]
) -> Head | None:
    """The plain colour that concludes the negations before `at`, or None."""
    j = skip_space(folded, at)
    dashed = folded.startswith(_SEPARATORS, j)
    if not dashed and not folded.startswith(_CLAUSE, j):
        return None
    k = reader._skip_separator(folded, j)
    said = said_colour(reader, text, folded, k, negated, strict=not dashed)
    if said is not None:
        return said
    return concluded(reader, text, folded, k, negated)  # "…: sales approved it, so green."


def concluded(
    reader: Reader, text: str, folded: str, at: int, negated: frozenset[str] = frozenset()
) -> Head | None:
    """The colour a sentence from `at` concludes with ("QA found a crash, so I'm calling it
    red", "2,0 % en novembre, donc vert"), with no colour, hedge or condition before it, or
    None. The whole sentence is the note."""
    stop = _sentence_end(folded, at)
    seen: set[str] = set()  # colours said on the way ("kein Problem mehr, … - grün")
    done_seen = False
    for match in WORD.finditer(folded, at, stop):
        m = match.start()
        if (
            (
                _sentence(folded[at:m])  # a sentence, not a label ("xy: green")
                or _after_comma(folded, m)
                and _ends_line(folded, m)  # "struggling, red"
            )
            and (
                folded[m - 2 : m] in (": ", "：")
                or folded[m - 1 : m] in (":", "：")
                and is_cjk(folded[m - 2 : m - 1])
                or (folded[:m].endswith(_ENDING_MARKS) or _after_comma(folded, m))
                and _ends_line(folded, m)  # "#14 - no hires yet, red", "…辞退、赤"
            )
            and not another_time(folded[at:m])  # "#13 last week it was: red": asked
            and flag_at(folded, m, False)
        ):
            said = said_colour(reader, text, folded, m, negated, strict=True)  # "…: red."
            if said is None and (folded[:m].endswith(_ENDING_MARKS) or _after_comma(folded, m)):
                said = _done_at(folded, m)  # "zero bugs as of today → done", "…、完了しました"
            if said is not None and (seen - {said.meaning} or done_seen and said.meaning != DONE):
                return None  # another colour (or a done) on the way: not a conclusion
            if said is not None:
                said.rest = at
                if _ends_line(folded, m):  # the flag closing the line is no part of the note
                    said.note_to = m
            return said
        if unsaid_at(folded, m):
            return None  # a hedge on the way: not a conclusion
        if (on_the_way := colour_on_the_way(text, folded, m)) is not None:
            if on_the_way == DONE and _part_done(folded, at, m):
                continue  # "94% of strings done and the glossary signed off, so green"
            if on_the_way == DONE and not seen:
                done_seen = True  # "Ротацию закончили в среду, можно закрывать": done twice
                continue
            if on_the_way not in COLOURS or seen:
                return None  # a done word, or colours said twice: not a conclusion
            seen.add(on_the_way)  # "no problem any more, … - green" says it twice
        if folded[m - 2 : m] in (", ", "，") and (so := phrase_at(folded, m, _CONCLUDE)):
            said = said_colour(reader, text, folded, m, negated, strict=True)
            if said is None and seen:
                return None
            if said is None and phrase_at(folded, skip_space(folded, m + len(so)), _NEGATIONS):
                # "…, so not green - yellow": the colour the negation leads to
                said = colour_after_negation(
                    reader, text, folded, skip_space(folded, m + len(so)), negated
                )
            if said is None and not _negation_in(folded, at, m):
                said = _done(folded, m, stop)  # not "not all signed, so that's done"
            if said is None and so in _STILL:
                continue  # "…, still miles off half. Red.": no conclusion here
            if said is not None:
                said.rest = at  # the reason is the note: "salg har godkendt …, så grøn."
            return said
    return _last_sentence(reader, text, folded, at, stop, negated)


def _last_sentence(
    reader: Reader, text: str, folded: str, at: int, stop: int, negated: frozenset[str]
) -> Head | None:
    """A colour said as the line's last sentence, alone ("#12: 4 of 5 signed. Green."),
    after sentences that hold no colour, hedge, condition or other time."""
    end = len(folded.rstrip(" .!。！"))
    last = max(folded.rfind(mark, at, end) for mark in _SENTENCE_END)
    if last < 0 or last < stop:
        return None
    m = skip_space(folded, last + len(next(e for e in _SENTENCE_END if folded.startswith(e, last))))
    flag = flag_at(folded, m, False)
    if flag is None or m + len(flag[0]) != end or not _sentence(folded[at:last]):
        return None
    for match in WORD.finditer(folded, at, last):
        if unsaid_at(folded, match.start()) or phrase_at(folded, match.start(), _DOUBTS):
            return None  # "maybe next week. Yellow.", "not sure. Red."
        if flag_at(folded, match.start(), False):
            return None
    if another_time(folded[at:last]):
        return None
    said = said_colour(reader, text, folded, m, negated, strict=True) or _done_at(folded, m)
    if said is not None:  # "#13 zero bugs. Done.", "#113 ゼロ達成！完了です"
        said.rest, said.note_to = at, last + 1
    return said


_PAST = phrase_table(grammar.PAST)
_TIME_WORDS = frozenset(
    {"was", "were", "will", "would", "could", "might", "next", "last", "yesterday", "tomorrow",
     "war", "wird", "était", "sera", "era", "será", "fue", "foi", "sarà", "wordt", "var",
     "blir", "bliver", "był", "była", "было", "был", "была", "будет", "idi", "olacak",
     # yesterday, in the languages of the table ("Ieri rosso, oggi verde")
     "gestern", "hier", "ayer", "ontem", "ieri", "gisteren", "igår", "wczoraj", "вчера",
     "dün", "vorige", "förra", "forrige", "sidste", "pasada", "passada", "scorsa",
     "dernière", "letzte", "letzten", "zeszłym", "прошлой", "geçen"}
)  # fmt: skip


def another_time(sentence: str) -> bool:
    """Whether a sentence speaks of another week or of later ("last week", "by Friday",
    "was", "will"): then the colour ending it may not be this week's."""
    for later in grammar.LATER_IN_SENTENCE.finditer(sentence):
        if not (later.group().strip() == "se" and _french(sentence)):
            return True  # (not French "ça se dégrade")
    if any(w in _TIME_WORDS for w in WORD.findall(sentence)):
        return True
    return any(phrase_at(sentence, m.start(), _PAST) for m in WORD.finditer(sentence))


_SHADES = frozenset({"light", "dark", "pale", "semi", "half"})
# "se" is "if" in Portuguese and Italian, a reflexive pronoun in French ("ça se dégrade"):
# the words around it tell which.
_FRENCH = frozenset(
    {"ça", "ca", "les", "des", "est", "pas", "une", "nous", "cette", "avec", "dans", "très",
     "du", "au", "aux", "ce", "qui", "on", "elle", "c'est", "sont", "mais", "pour", "sur",
     "leur", "ils", "chiffres", "toujours", "encore"}
)  # fmt: skip
_PT_IT = frozenset(
    {"o", "os", "um", "uma", "não", "está", "com", "para", "já", "do", "da", "dos", "das", "em",
     "no", "na", "é", "gli", "è", "non", "con", "per", "già", "della", "del", "sono", "nel",
     "che", "ainda", "ancora", "mas", "vai", "va", "ficar", "essere", "ser"}
)  # fmt: skip


def unsaid_at(folded: str, at: int) -> str | None:
    """The hedge, qualifier, condition or someone else's view at `at` that leaves a colour
    unsaid, or None: not a shade of nothing ("the green light"), nor French "se"."""
    unsaid = phrase_at(folded, at, UNSAID)
    if unsaid is None or _shade_of_nothing(folded, at, unsaid):
        return None
    if unsaid == "se" and _french(folded):
        return None  # "les chiffres se dégradent – rouge"
    return unsaid


def _french(folded: str) -> bool:
    """Whether a line reads as French rather than Portuguese or Italian."""
    words = WORD.findall(folded)
    return sum(w in _FRENCH for w in words) > sum(w in _PT_IT for w in words)


def _shade_of_nothing(folded: str, at: int, word: str) -> bool:
    """Whether a shade ("light", "dark") at `at` qualifies no colour ("the green light")."""
    return word in _SHADES and flag_at(folded, skip_space(folded, at + len(word)), False) is None


def _part_done(folded: str, start: int, at: int) -> bool:
    """Whether the done word at `at` tells how much of a part is done ("94% of strings
    done", "8 of 10 done"): a count in the clause before it, not the key result done."""
    return counts_part(re.split(r"[,;:.]", folded[start:at])[-1])


def _negation_in(folded: str, start: int, stop: int) -> bool:
    portuguese = None  # "artigos no ar": Portuguese "no" is "in the", no negation
    for m in WORD.finditer(folded, start, stop):
        negation = phrase_at(folded, m.start(), _NEGATIONS)
        if negation == "no" and WORD.match(folded, skip_space(folded, m.end())):
            if portuguese is None:
                portuguese = _portuguese(folded)
            if portuguese:
                continue
        if negation:
            return True
    return False


def _portuguese(folded: str) -> bool:
    """Whether a line reads as Portuguese rather than Spanish ("então", "não", "são")."""
    words = WORD.findall(folded)
    return sum(w in _PORTUGUESE for w in words) > sum(w in _SPANISH for w in words)


_PORTUGUESE = frozenset(
    {"então", "não", "são", "também", "já", "ainda", "tá", "pra", "com", "uma", "os", "foi",
     "foram", "estão", "isso", "esse", "essa", "muito", "mais", "até", "ontem", "hoje"}
)  # fmt: skip
_SPANISH = frozenset(
    {"entonces", "pero", "también", "ya", "todavía", "aún", "muy", "más", "hasta", "ayer",
     "hoy", "el", "los", "las", "una", "fue", "fueron", "están", "eso", "ese", "esa", "con"}
)  # fmt: skip


def _sentence_end(folded: str, at: int) -> int:
    """Where the sentence from `at` ends: a full stop, "!" or "?" with a space, unless a
    dash or an arrow follows it ("… nach 3 Min. - grün" goes on)."""
    for match in _SENTENCE_STOP.finditer(folded, at):
        if folded[match.end() : match.end() + 1] not in ("-", "–", "—", "→"):
            return match.start()
    return len(folded)


def colour_on_the_way(text: str, folded: str, at: int) -> str | None:
    """What a flag word at `at` means, unless it is a name ("レッドカーペット施策" is the
    red-carpet project), or None."""
    flag = flag_at(folded, at, False)
    if flag is None or names_a_thing(text, folded, at, at + len(flag[0]), flag[1]):
        return None
    return flag[1].meaning


def _sentence(text: str) -> bool:
    """Whether `text` says something (two words, or four CJK characters), not a label."""
    words = text.split()
    return len(words) >= 2 or bool(words) and sum(map(is_cjk, text)) >= 4


def _after_comma(folded: str, at: int) -> bool:
    """Whether a comma comes right before `at` ("…, red", "…，红色", "…、赤")."""
    cjk = folded[at - 1 : at] in (",", "，", "、") and is_cjk(folded[at - 2 : at - 1])
    return folded[at - 2 : at] == ", " or cjk  # a folded "，" is ","


def _ends_line(folded: str, at: int) -> bool:
    """Whether the flag phrase at `at` is the last thing on the line ("… – im Plan.")."""
    flag = flag_at(folded, at, False)
    return flag is not None and not folded[at + len(flag[0]) :].strip(" .!…")


def _done(folded: str, at: int, stop: int | None = None) -> Head | None:
    """ "…, so done." ending the sentence: done, the sentence before it the note ("så den
    er ferdig": "it is" may come between)."""
    word = phrase_at(folded, at, SO)
    if word is None:
        return None
    i = skip_space(folded, at + len(word))
    if it_is := phrase_at(folded, i, _IT_IS):
        i = skip_space(folded, i + len(it_is))
    return _done_at(folded, i, stop)


def _done_at(folded: str, i: int, stop: int | None = None) -> Head | None:
    """A done word at `i` that ends the line (or the sentence, up to `stop`): done."""
    flag = flag_at(folded, i, False)
    if flag is None or flag[1].meaning != DONE or folded[i + len(flag[0]) : stop].strip(" .!…"):
        return None
    return Head(meaning=DONE, closed=True)


_IT_IS = phrase_table(
    ("it's", "it is", "it’s", "that's", "that one is", "this one is", "that one's",
     "that one is now", "this one's", "das ist", "es ist", "c'est", "está", "è", "het is",
     "den er", "det er", "den är", "det är", "to jest", "это", "es", "é")
)  # fmt: skip


# After "until", what makes it a time rather than an event: "until Tuesday", "until last
# week" (asked: it may be over), against "until Kestrel signs" (of now).
_UNTIL = phrase_table(
    ("until", "till", "bis", "jusqu'à", "jusqu’à", "jusqu'au", "hasta", "hasta que", "até",
     "até que", "fino a", "finché", "tot", "tills", "til", "dopóki", "do", "до", "пока не")
)  # fmt: skip
# "last", "next", "this", "end" make a time only before a word of time ("until the last
# one signs" is an event, "until last week" a time).
_TIME_LEADS = frozenset({"last", "next", "this", "end", "mid", "early", "late"})
_TIME_NOUNS = frozenset(
    {"week", "weeks", "month", "months", "quarter", "year", "sprint", "of", "woche", "monat",
     "semaine", "mois", "semana", "mes", "mês", "settimana", "mese", "maand", "vecka",
     "månad", "uke", "uge", "måned", "tydzień", "tygodnia", "miesiąc", "неделя", "недели",
     "месяц", "hafta", "ay", "heute", "morgen", "demain", "aujourd'hui", "mañana", "hoy",
     "amanhã", "hoje", "domani", "oggi", "vandaag", "idag", "imorgon", "jutro", "dzisiaj",
     "завтра", "сегодня", "yarın", "bugün", "ende", "fin", "fim", "fine", "eind", "slutet",
     "koniec", "конца", "sonu", "nächste", "nächsten", "prochaine", "prochain", "próxima",
     "próximo", "prossima", "prossimo", "volgende", "nästa", "neste", "næste", "przyszłego",
     "следующей", "gelecek", "nu", "jetzt", "maintenant", "ahora", "agora", "ora", "adesso",
     "nå", "teraz", "сейчас", "şimdi", *MONTHS, *WEEKDAY_NAMES}
)  # fmt: skip
_TIMES = frozenset(
    {"now", "today", "yesterday", "tomorrow", "recently", "last", "next", "this", "end", "eod",
     "eow", "mid", "early", "late", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
     "oct", "nov", "dec", "week", "weeks", "month", "ago", "then", "q1", "q2", "q3", "q4",
     "was", "were", "had", "did", "went", "came", "got"}
)  # fmt: skip
_PASSIVE = frozenset({"is", "are", "be", "been", "gets", "get", "it's", "it’s"})
_UNTIL_CLAUSE = re.compile(r"[^.;:,!?()\n–—]*")


def until_event(folded: str, at: int) -> bool:
    """Whether "until" at `at` names an event still to come ("red until someone accepts an
    offer", "yellow until the DPA is signed"): the colour is of now. Not a time or a date,
    nothing past ("until the vendor delivered"), and no other colour after it."""
    until = phrase_at(folded, at, _UNTIL)
    if until is None:
        return False
    start = skip_space(folded, at + len(until))
    clause = _UNTIL_CLAUSE.match(folded, start)
    words = clause.group().split() if clause else []
    if len(words) < 2 or not words[0][:1].isalpha():
        return False  # "until 12/12", "until Friday"
    for before, word, after in zip(["", *words], words, [*words[1:], ""], strict=False):
        if word in _TIME_LEADS and after not in _TIME_NOUNS and after not in _TIMES:
            continue  # "until the last one signs"
        if word in _TIMES or word in _TIME_NOUNS:
            return False  # "until last week", "bis Freitag", "hasta el lunes"
        if word.endswith("ed") and before not in _PASSIVE and word != "need":
            return False  # "until the vendor delivered"
    return not any(
        (flag := flag_at(folded, m.start(), False)) is not None and flag[1].meaning in COLOURS
        for m in WORD.finditer(folded, start)
    )


def said_colour(
    reader: Reader, text: str, folded: str, at: int, negated: frozenset[str], strict: bool
) -> Head | None:
    i = at
    for _ in range(2):  # "sagen wir gelb", "so, now green"
        word = phrase_at(folded, i, _CONCLUDE)
        if word is None:
            break
        i = reader._skip_separator(folded, i + len(word))
    i = reader.connectors(folded, i)  # "voltou para o verde", "is green"
    flag = flag_at(folded, i, False)
    if flag is None or flag[1].meaning not in COLOURS or flag[1].short or flag[1].guess:
        return None
    end = i + len(flag[0])
    if filler := phrase_at(folded, skip_space(folded, end), _AFTER_FLAG_FILLERS):
        end = skip_space(folded, end) + len(
            filler
        )  # "…; grøn indtil videre", "vert pour l'instant"
    if strict and not head_ends(folded, end) and not until_event(folded, skip_space(folded, end)):
        return None  # "not green, red team found issues": a name, not a conclusion
    said = reader.head(text, folded, i, short=False)
    if said.meaning not in COLOURS or said.guess or said.meaning in negated:
        return None
    return said
