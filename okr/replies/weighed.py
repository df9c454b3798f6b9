"""Colours weighed against other colours on the same line: a question's, answered by the
owner ("#52 → verde? Ainda não: 9/10. Fica amarelo."), someone else's, overruled by
the owner's own call ("Sales calls it red; I'm calling it yellow", "渠道部说是黄色，我认为是
绿色"), and the colours of other times before a clause of now ("looked red on Tuesday …, so
green now", "estaba en amarillo hasta el lunes; ahora verde"). The colour of the owner or of
now is the flag, and the whole answer its note: the other colours in it are accounted for.
"""

from __future__ import annotations

import re

from . import grammar
from .grammar import COLOURS
from .negated import (
    SO,
    Reader,
    another_time,
    colour_on_the_way,
    concluded,
    negated_colour,
    said_colour,
    unsaid_at,
)
from .phrases import (
    WORD,
    WORD_OR_CJK,
    flag_at,
    is_cjk,
    next_answer,
    phrase_at,
    phrase_table,
    skip_space,
)
from .readings import Head

CONDITIONS = phrase_table(grammar.CONDITIONS)  # also after a flag said first (lines.py)

# Someone else's colour ("Sales calls it red", "l'équipe voulait mettre rouge"), and then
# the owner's own call, said as a decision, never as a guess ("I think", "I'd say").
_OTHERS = phrase_table(
    (*grammar.OTHERS_SAY, "writes", "reports", "report", "rates", "schreibt", "meldet",
     "écrit", "signale", "escribe", "reporta", "escreve", "reporta", "scrive", "segnala",
     "schrijft", "meldt", "rapporterar", "skriver", "rapporterer", "pisze", "raportuje",
     "пишет", "сообщает", "yazıyor", "报告", "称", "报", "wanted", "wants", "would call it",
     "would still call it",
     "voulait", "veut", "voulaient", "wollte", "wollten", "quería", "querían", "quiere",
     "queria", "queriam", "quer", "voleva", "volevano", "vuole", "wilde", "wilden", "ville",
     "vill", "ville ha", "chciał", "chciała", "chcieli", "хотел", "хотела", "хотели",
     "istedi", "istiyor")
)  # fmt: skip
_OWN_CALL = phrase_table(
    ("i'm keeping it", "i'm keeping it at", "i keep it at", "i keep it", "for us:",
     "for me:", "i disagree:", "i disagree,", "i don't agree:", "i'm not convinced",
     "i am not convinced", "je maintiens", "je garde", "je reste sur", "pour moi:",
     "pour nous:", "je ne suis pas d'accord", "ik houd het op", "ik hou het op", "ik houd hem op",
     "voor ons:", "voor mij:", "ik ben het niet eens", "оставляю", "я оставляю", "ставлю",
     "для нас:", "я не согласен", "我认为是", "我判断是", "我定为", "för oss:", "för mig:",
     "jag håller inte med", "discordo:", "discordo,", "eu mantenho", "mantenho",
     "não concordo", "mantengo", "para mí:", "para nosotros:", "no estoy de acuerdo",
     "für mich:", "für uns:", "ich sehe es", "ich sehe das anders", "sehe ich anders",
     "per me:", "per noi:", "non sono d'accordo", "lo tengo", "for os:", "for oss:",
     "jeg er uenig", "dla nas:", "nie zgadzam się",
     "i'm calling it", "i am calling it", "i call it", "i'm putting it at", "i put it at",
     "i'm marking it", "i mark it", "i'm setting it to", "i set it to", "i say", "my call:",
     "my call is", "i'm going with", "i go with", "je mets", "je le mets en", "je la mets en",
     "je préfère", "moi je dis", "je dis", "ich sage", "ich setze", "ich setze es auf",
     "ich bleibe bei", "yo digo", "lo pongo en", "yo lo pongo en", "yo lo dejo en",
     "eu digo", "eu coloco", "coloco em", "eu ponho", "io dico", "lo metto", "lo metto a",
     "ik zeg", "ik zet hem op", "ik zet het op", "jag säger", "jag sätter", "jeg sier",
     "jeg setter", "jeg siger", "jeg sætter", "ja mówię", "daję", "я ставлю", "я говорю",
     "ben diyorum", "我说", "我定为", "我给")
)  # fmt: skip
_OWN_CALL_ANY = re.compile(
    "|".join(re.escape(p) for p in sorted(_OWN_CALL.every(), key=len, reverse=True))
)


def overruled(
    reader: Reader, text: str, folded: str, at: int, negated: frozenset[str] = frozenset()
) -> Head | None:
    """The owner's colour after someone else's, overruled ("Sales calls it red; I'm
    calling it yellow", "l'équipe voulait mettre rouge, je préfère jaune", "渠道部说是黄色，
    我认为是绿色", "… says green. I'm not convinced, nobody has signed. Red."): the owner's
    call, said as a decision, after colours that someone else gave, and no other colour,
    hedge or condition after it. The note is what follows the call (the other colours in
    it would read as a second thought)."""
    if not _OWN_CALL_ANY.search(folded, at):
        return None  # most lines: no call of one's own, nothing to weigh
    others = own = None
    for match in WORD_OR_CJK.finditer(folded, at):
        m = match.start()
        if own is None and (call := phrase_at(folded, m, _OWN_CALL)):
            if others is None or not _coloured(folded, others, m):
                return None
            own = m + len(call)
            break
        if others is None and phrase_at(folded, m, _OTHERS):
            others = m
        elif others is None and colour_on_the_way(text, folded, m):
            return None  # a colour before anyone else's view: the answer's own
        if unsaid_at(folded, m) and not phrase_at(folded, m, _OTHERS):
            return None
    if own is None:
        return None
    i = reader.connectors(folded, skip_space(folded, own))
    said = said_colour(reader, text, folded, i, negated, strict=False)  # "op geel tot de review …"
    if said is not None and said.meaning in COLOURS:
        flag = flag_at(folded, i, False)
        end = i + len(flag[0]) if flag is not None else said.rest
        for match in WORD_OR_CJK.finditer(folded, end):
            if colour_on_the_way(text, folded, match.start()) or unsaid_at(folded, match.start()):
                return None  # "…, I say yellow, maybe red": not decided
    else:  # "Discordo: 9 de 10 assinados, verde.", "I'm not convinced, nobody signed. Red."
        said = concluded(reader, text, folded, own, negated)
        if said is None or said.meaning not in COLOURS:
            return None
    said.rest, said.note_to, said.settled = at, None, True  # the whole answer is the note
    return said


def _coloured(folded: str, start: int, stop: int) -> bool:
    """Whether colours, and only colours, are said between `start` and `stop`."""
    found = [
        flag
        for match in WORD_OR_CJK.finditer(folded, start, stop)
        if (flag := flag_at(folded, match.start(), False)) is not None
    ]
    return bool(found) and all(flag[1].meaning in COLOURS for flag in found)


# A clause of now after colours of other times: "looked red on Tuesday …, so green now",
# "will turn red if …. For now it's yellow", "estaba en amarillo hasta el lunes; ahora verde".
_NOW = phrase_table(
    ("now", "today", "for now", "right now", "as of today", "currently", "this week",
     "at the moment", "jetzt", "heute", "derzeit", "aktuell", "diese woche", "maintenant",
     "aujourd'hui", "pour l'instant", "cette semaine", "ahora", "hoy", "por ahora",
     "esta semana", "agora", "hoje", "por enquanto", "ora", "oggi", "per ora", "adesso",
     "questa settimana", "nu", "vandaag", "deze week", "idag", "i dag", "denna vecka", "nå",
     "denne uken", "denne uge", "teraz", "dziś", "dzisiaj", "w tym tygodniu", "сейчас",
     "сегодня", "на этой неделе", "теперь", "şimdi", "bugün", "bu hafta", "今は", "今週は",
     "今日は", "现在", "今天", "本周", "目前")
)  # fmt: skip
_NOW_ANY = re.compile("|".join(re.escape(p) for p in sorted(_NOW.every(), key=len, reverse=True)))
_CLAUSE_MARK = re.compile(r"[;.,:]\s+|[。；，]\s*|\s[-–—]\s+")
_UNTIL = re.compile(
    r"(?<!\w)(?:until|till|hasta|até|fino a|bis|jusqu|tot|till|до|kadar|まで|为止)(?!\w)"
)


def now_clause(
    reader: Reader, text: str, folded: str, at: int, negated: frozenset[str] = frozenset()
) -> Head | None:
    """The colour of a last clause that says it is of now ("…; today it is still red",
    "…, so green now"), when every colour before it is of another time (a past, a future, a
    condition): that colour, the rest of the line its note. Else None."""
    if not _NOW_ANY.search(folded, at):
        return None  # most lines: no word of now
    for mark in reversed(list(_CLAUSE_MARK.finditer(folded, at))):
        i = mark.end()
        i = skip_space(folded, i + len(so)) if (so := phrase_at(folded, i, SO)) else i
        now = phrase_at(folded, i, _NOW)
        j = reader.connectors(folded, skip_space(folded, i + len(now))) if now else i
        said = said_colour(reader, text, folded, j, negated, strict=False)
        if said is None:
            continue
        k = reader.connectors(folded, j)
        flag = flag_at(folded, k, False)
        end = k + len(flag[0]) if flag is not None else said.rest
        later_now = phrase_at(folded, skip_space(folded, end), _NOW)
        if now is None and later_now is None:
            continue  # "…, green": not said to be of now
        before = folded[at : mark.start()]
        if not _other_times_only(text, before):
            return None
        for match in WORD.finditer(folded, end):
            if unsaid_at(folded, match.start()) or (
                colour_on_the_way(text, folded, match.start()) in COLOURS
            ):
                return None  # a hedge or a colour after it: not decided
        said.rest, said.note_to, said.settled = at, None, True  # the whole answer is the note
        return said
    return None


def _other_times_only(text: str, before: str) -> bool:
    """Whether each clause of `before` that says a colour speaks of another time."""
    for clause in _CLAUSE_MARK.split(before):
        colours = [
            m.start() for m in WORD.finditer(clause) if colour_on_the_way(clause, clause, m.start())
        ]
        if not colours:
            continue
        if not (
            another_time(clause)
            or _UNTIL.search(clause)
            or any(phrase_at(clause, m.start(), CONDITIONS) for m in WORD.finditer(clause))
        ):
            return False
    return True


# The answer to a question the owner asks of their own flag: "No", "Not yet" …, then a
# mark ("Nein, …", "Pas encore, …", "いいえ、…"); "No idea" and "No wait" are no answers.
_NO = phrase_table(
    (*grammar.BARE_NOS, "not yet", "not really", "noch nicht", "pas encore", "pas vraiment",
     "todavía no", "todavia no", "aún no", "aun no", "ainda não", "ainda nao", "non ancora",
     "nog niet", "inte än", "inte ännu", "ikke ennå", "ikke enda", "ikke endnu",
     "jeszcze nie", "ещё нет", "еще нет", "пока нет", "hayır", "hayir", "henüz değil",
     "いいえ", "いや", "まだです", "不", "不是", "还没有", "还没")
)  # fmt: skip
_YES = phrase_table(
    ("yes", "yep", "yeah", "ja", "oui", "sí", "si", "sim", "sì", "tak", "да", "evet", "はい",
     "是的", "对")
)  # fmt: skip
_QUESTION_MARKS = ("?", "？")
_SENTENCE_STOPS = re.compile(r"[.!;](?:\s|$)|[。！]")
_ANSWER_MARK = re.compile(r"\s*(?:[,.:;!、。，：；]|[-–—]\s|$)")


def answered(reader: Reader, text: str, folded: str, at: int) -> Head | None:
    """The colour the owner answers their own question with ("#14 red?? No, wrong number –
    green", "23 blockiert? Nein, nicht mehr: … gelb", "#111 緑→黄？ いいえ、緑のままです"):
    a first sentence asking, a plain "no" or "not yet" (or "yes") set off by a mark, then
    one colour of now and nothing that hedges, negates or times it. A "no" leads to none
    of the colours asked about, a "yes" to one of them. The whole answer is the note."""
    q = min((j for mark in _QUESTION_MARKS if (j := folded.find(mark, at)) >= 0), default=-1)
    if q < 0 or _SENTENCE_STOPS.search(folded, at, q):
        return None  # no question, or not the answer's first sentence
    asked = {
        colour
        for match in WORD_OR_CJK.finditer(folded, at, q)
        if (colour := colour_on_the_way(text, folded, match.start())) in COLOURS
    }
    i = q
    while folded[i : i + 1] in ("?", "？", "!", " "):
        i += 1
    no, yes = phrase_at(folded, i, _NO), phrase_at(folded, i, _YES)
    word = no or yes
    if word is None or not (mark := _ANSWER_MARK.match(folded, i + len(word))):
        return None
    if not is_cjk(word[-1]) and mark.end() == i + len(word):
        return None  # "No idea", "No wait"
    colours: list[tuple[str, int]] = []
    stop = next_answer(folded, mark.end())  # "#12 green? No. #13 red": #13's
    for match in WORD_OR_CJK.finditer(folded, mark.end(), stop):
        m = match.start()
        if unsaid_at(folded, m) or negated_colour(folded, m) is not None:
            return None  # "No, maybe yellow", "No, not green either"
        if (colour := colour_on_the_way(text, folded, m)) is not None:
            if colour not in COLOURS:
                return None  # "No – done on Tuesday": not a colour
            colours.append((colour, m))
    if not colours or len({colour for colour, _ in colours}) > 1:
        return None
    colour, last = colours[-1]
    if (colour in asked) != bool(yes) or yes and not asked:
        return None  # "red? No, red." or "green? Yes, red.": asked
    clauses = [c.end() for c in _CLAUSE_MARK.finditer(folded, mark.end(), last)]
    if another_time(folded[max(clauses, default=mark.end()) : last]):
        return None  # "No, it was yellow": of another week
    said = said_colour(reader, text, folded, last, frozenset(), strict=False)
    if said is None or said.meaning != colour:
        return None
    said.rest, said.note_to, said.settled = at, None, True
    return said
