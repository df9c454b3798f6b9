"""The one colour an answer says plainly, set off as a clause of its own, after prose that
only denies, describes or regrets: "#13 not green, not even close: red. The vendor failed
our review", "#21 immer noch nicht fertig – der Dienstleister … Rot.", "ainda não
terminado, faltam 8 artigos. Amarelo.", "遅延しています。…黄色。", "de rating is gezakt.
Rood, en ik heb hulp nodig". It is the person's own call; the prose is its note.

A done said the same way, as the answer's last sentence ("Zertifikat ist da! Endlich
fertig."), closes the key result; after a denial or a word of delay it is asked.

It is read only when nothing else could be the flag: any other colour said plainly (not
denied: "not green", "inte längre grönt", "tutt'altro che in linea"), a done or a drop
said plainly, a hedge, a condition or someone else's view anywhere in the answer, or a
colour of another time leaves the key result asked. A green after a word of delay
("delayed … green") is asked too, as the README says.
"""

from __future__ import annotations

import re
import unicodedata

from . import grammar
from .grammar import COLOURS, DONE, DROP, GREEN, RED, UNSURE, YELLOW
from .negated import NEGATED_AFTER, Reader, another_time, said_colour, unsaid_at, until_event
from .phrases import flag_at, head_ends, names_a_thing, phrase_at, phrase_table, skip_space
from .readings import Head
from .status_words import DOUBTS

# A denial, and how far it reaches: to the end of its clause ("not green, not even close").
_DENIALS = phrase_table(
    (*grammar.NEGATIONS, *grammar.AWAY_FROM, "no", "não", "nao", "non", "ne", "ni", "nada",
     "nem", "ningún", "ninguno", "nenhum", "nessun", "nessuno", "geen", "ingen", "żaden",
     "nowhere near", "anything but", "far from", "tutt'altro che", "alles andere als",
     "loin d'être", "loin d’être", "lejos de estar", "longe de estar", "ver van", "långt ifrån",
     "langt fra", "daleko od", "далеко не", "ни разу не", "hiç", "hiç de")
)  # fmt: skip
_DOUBTS = phrase_table(DOUBTS)
_FILLERS = phrase_table(grammar.AFTER_FLAG_FILLERS)
_OWN_CALL = phrase_table(grammar.OWN_CALL)
_OTHERS = frozenset(grammar.OTHERS_SAY)
_SO = phrase_table(grammar.SO_WORDS)
# Words of degree ("almost", "slightly", "presque"): they leave a colour unsaid only when
# they qualify one; hedges, conditions and someone else's view do wherever they stand.
_DEGREES = frozenset(grammar.QUALIFIERS) - frozenset(
    (*grammar.HEDGES, *grammar.CONDITIONS, *grammar.OTHERS_SAY, *grammar.AWAY_FROM,
     "could be", "might be", "may be", "should be")
)  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[,;:.!?。！？；，、]|\s[-–—]\s")
# Yesterday, as narration in a clause before the colour.
_DAY_GONE_BY = re.compile(
    r"(?<!\w)(?:yesterday|gestern|hier|ayer|ontem|ieri|gisteren|igår|i går|wczoraj|вчера|dün"
    r"|昨日|昨天)(?!\w)"
)
_CLAUSE_OR_ARROW = re.compile(r"[,;:.!?。！？；，、]|\s[-–—]\s|->|=>|→|⇒")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|[。！？；]")
_POSITIONS = re.compile(r"(?<!\w)\w|[\u3040-\u30ff\u3400-\u9fff]")
# What may stand right before the colour for it to be set off as a clause of its own.
_SET_OFF = (".", "!", "?", ":", "。", "！", "？", "：", ";", "；")
_DASHES = ("–", "—", "-")
_COMMAS = (",", "，", "、")
_ARROWS = ("→", "->", "=>", "⇒", "➜")
_LEADS = phrase_table(
    (*grammar.SO_WORDS, *grammar.OWN_CALL, "still", "overall", "all in all", "in short",
     "alas", "sadly", "unfortunately", "immer noch", "noch immer", "weiterhin", "leider",
     "insgesamt", "toujours", "bref", "hélas", "malheureusement", "sigue", "sigue en",
     "en resumen", "lamentablemente", "ainda", "resumindo", "infelizmente", "ancora",
     "purtroppo", "insomma", "nog steeds", "kortom", "helaas", "fortfarande", "kort sagt",
     "tyvärr", "fortsatt", "stadig", "dessverre", "desværre", "nadal", "wciąż", "niestety",
     "podsumowując", "всё ещё", "все еще", "по-прежнему", "увы", "итак", "в общем",
     "к сожалению", "hâlâ", "maalesef", "özetle", "还是", "依然", "整体来说", "总的来说",
     "总之", "总体来说", "全体として", "結論として", "残念ながら", "まだ", "je mets",
     "je le mets", "je la mets", "let's say", "sagen wir", "disons", "digamos", "diciamo",
     # before a done: "Endlich fertig.", "c'est fait", "finally done"
     "finally", "at last", "endlich", "enfin", "por fin", "finalmente", "eindelijk",
     "äntligen", "endelig", "wreszcie", "наконец", "nihayet", "终于", "ついに", "c'est",
     "it's", "it is", "ist", "est", "es", "è", "é", "är", "er", "jest", "это", "这个",
     # "we are": "…, on est dans le rouge", "…, we're in the red"
     "on est", "nous sommes", "we are", "we're", "wir sind", "estamos", "siamo", "we zijn",
     "vi är", "vi er", "jesteśmy", "мы", "está", "sono", "sind",
     # for now: "…; vorerst grün", "…, for now yellow", "…. Pour l'instant, jaune"
     "for now", "for the moment", "vorerst", "vorläufig", "erstmal", "derzeit",
     "pour l'instant", "pour le moment", "por ahora", "por el momento", "por enquanto",
     "per ora", "per il momento", "voorlopig", "vooralsnog", "för tillfället", "tills vidare",
     "foreløpig", "indtil videre", "na razie", "пока что", "пока", "şimdilik", "今のところ",
     "暂时", "目前")
)  # fmt: skip
_ALMOST = phrase_table(
    ("almost", "nearly", "mostly", "fast", "beinahe", "nahezu", "presque", "quasiment", "casi",
     "prácticamente", "quase", "praticamente", "quasi", "bijna", "nästan", "nesten", "næsten",
     "prawie", "почти", "neredeyse", "ほぼ", "差不多", "基本")
)  # fmt: skip
# How much of it is done: "finished 95%", "terminé à 80 %", "fertig zu 90 %".
_SHARE = re.compile(r"\s*(?:à|a|al|zu|op|till|til|do|на)?\s*\d{1,3}(?:[.,]\d+)?\s?%")
_SENTENCE_END = re.compile(r"\s*(?:$|[.!?。！？](?:\s|$))")


def closing_colour(
    reader: Reader, text: str, folded: str, at: int, stop: int | None = None
) -> Head | None:
    """The colour (or done) the answer from `at` (to `stop`) closes on, with the answer
    before it as its note, or None."""
    stop = len(folded) if stop is None else stop
    plain: list[tuple[int, int, str]] = []  # (start, end, meaning) of colours said plainly
    delayed = False
    denied_meanings: set[str] = set()
    denied_until = -1
    i = at
    for match in _POSITIONS.finditer(folded, at, stop):
        p = match.start()
        if p < i:
            continue
        if phrase_at(folded, p, _DOUBTS):
            return None  # "no idea yet - green", "nie wiem jeszcze – zielony"
        if denial := phrase_at(folded, p, _DENIALS):
            clause = _CLAUSE_BREAK.search(folded, p + len(denial), stop)
            denied_until = clause.start() if clause else stop
            i = p + len(denial)
            continue
        if p >= denied_until and (part := _part_done(folded, p)):
            i = part  # "fast fertig", "presque terminé", "finished 95%": how far, not a call
            continue
        if p >= denied_until and (unsaid := unsaid_at(folded, p)):
            after = p + len(unsaid)
            if unsaid in _DEGREES and not _flag_ahead(folded, after, stop, _CLAUSE_OR_ARROW):
                i = after  # "we are almost there, 2.1%. Yellow.": of no colour
                continue
            if unsaid in _OTHERS and not _flag_ahead(folded, after, stop, _SENTENCE_BREAK):
                i = after  # "Jonas dice que no antes de enero. Rojo.": someone else's
                continue  # word, of no colour
            if unsaid in _DEGREES and (call := _own_call_after(folded, p, stop)) is not None:
                i = call  # "loopt wat achter, dus ik zet hem op geel": the person's call
                continue  # settles a colour said by degree
            return None  # "I think", "if legal signs", "Sales says": not the person's call
        flag = flag_at(folded, p, False)
        if flag is None or flag[1].short:
            continue
        end = p + len(flag[0])
        i = end
        if names_a_thing(text, folded, p, end, flag[1]):
            continue
        denied = p < denied_until or phrase_at(folded, skip_space(folded, end), NEGATED_AFTER)
        if denied:
            denied_meanings.add(flag[1].meaning)
            continue
        meaning = flag[1].meaning
        if meaning in (*COLOURS, DONE):
            plain.append((p, end, meaning))
        elif meaning == DROP:
            return None  # a drop is said with its reason, as the README says
        elif meaning == UNSURE:
            delayed = True
    if _done_of_a_part(folded, at, plain):
        plain = [said for said in plain if said[2] != DONE]
    if (
        not plain
        or len({meaning for _, _, meaning in plain}) > 1
        or not any(c.isalnum() for c in folded[at : plain[0][0]])
    ):
        return None  # none, two ("the vendor is red. We are green."), or the head's own
    start, end, meaning = plain[-1]
    if meaning in COLOURS and (filler := phrase_at(folded, skip_space(folded, end), _FILLERS)):
        end = skip_space(folded, end) + len(filler)  # "… – rosso fino a nuovo ordine"
    if not _set_off(folded, at, start, end) or "?" in folded[at:start] or "？" in folded[at:start]:
        return None  # "not red? yellow": a question first
    if meaning == DONE:
        return _closing_done(folded, at, start, end, stop, delayed or denied_until >= 0)
    said = said_colour(reader, text, folded, start, frozenset(), strict=True)
    if said is None or said.meaning not in COLOURS or said.meaning == GREEN and delayed:
        return None
    if said.meaning in denied_meanings:
        return None  # "not on plan: green": the colour denied, then said
    sentence_from = max((m.end() for m in _SENTENCE_BREAK.finditer(folded, at, start)), default=at)
    if _of_another_time(folded, sentence_from, start, end):
        return None  # "last week - red", "by Friday we know: green", "hiring next week – im Plan"
    said.rest = at
    if not folded[end:stop].strip(" .!。！"):  # "… Rot.", "… Still red.": the colour and
        lead = _lead_before(folded, at, start)  # its lead closing the line are no part of
        said.note_to = start if lead is None else lead  # the note
    return said


def _own_call_after(folded: str, at: int, stop: int) -> int | None:
    """Where a later clause opens with the person's own call ("ik zet hem op", "I'm
    calling it", "je le passe en"), or None."""
    for clause in _CLAUSE_OR_ARROW.finditer(folded, at, stop):
        j = skip_space(folded, clause.end())
        so = phrase_at(folded, j, _SO)
        if phrase_at(folded, j, _OWN_CALL) or (
            so and phrase_at(folded, skip_space(folded, j + len(so)), _OWN_CALL)
        ):
            return clause.start()
    return None


def _flag_ahead(folded: str, at: int, stop: int, breaks: re.Pattern[str]) -> bool:
    """Whether a flag word comes after `at` before the next of `breaks`: in its clause
    ("almost green", "heading towards red": a word of degree before it leaves the colour
    unsaid) or in its sentence ("Jonas says green": someone else's colour)."""
    ends = breaks.search(folded, at, stop)
    end = ends.start() if ends else stop
    return any(flag_at(folded, m.start(), False) for m in _POSITIONS.finditer(folded, at, end))


def _of_another_time(folded: str, sentence_from: int, start: int, end: int) -> bool:
    """Whether the sentence closing on the colour at `start` speaks of another week or of
    later. A day gone by in an earlier clause tells what happened, not when the colour
    was ("contrato assinado ontem, verde"); in the colour's own clause it still counts
    ("yesterday red")."""
    clause_from = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(folded, sentence_from, start)),
        default=sentence_from,
    )
    if another_time(folded[clause_from:end]):
        return True
    earlier = _DAY_GONE_BY.sub(" ", folded[sentence_from:clause_from])
    return another_time(earlier)


def _done_of_a_part(folded: str, at: int, plain: list[tuple[int, int, str]]) -> bool:
    """Done said of something inside the answer, then a closing yellow or red: "das
    Gröbste ist geschafft – gelb", "第二家上线了，第三家还在谈。黄色". Not a done that opens
    the answer ("done. Red." is asked), and never before green (done or green: asked)."""
    last = plain[-1][2] if plain else None
    if last not in (YELLOW, RED) or {meaning for _, _, meaning in plain} != {DONE, last}:
        return False
    return all(
        any(c.isalnum() for c in folded[at:start]) for start, _, meaning in plain if meaning == DONE
    )


def _closing_done(
    folded: str, at: int, start: int, end: int, stop: int, doubted: bool
) -> Head | None:
    """Done said as the answer's last sentence ("Vertrag ist unterschrieben! Endlich
    fertig.", "… depuis lundi : c'est fait."), after no word of delay and no denial ("nem
    todos assinaram, então concluído" is asked: done in part)."""
    if doubted or folded[end:stop].strip(" .!。！🎉"):
        return None
    sentence_from = max((m.end() for m in _SENTENCE_BREAK.finditer(folded, at, start)), default=at)
    if another_time(folded[sentence_from:end]):
        return None  # "done by Friday"
    lead = _lead_before(folded, at, start)
    return Head(meaning=DONE, closed=True, rest=at, note_to=start if lead is None else lead)


def _part_done(folded: str, at: int) -> int | None:
    """The end of a done said in part at `at` ("almost done", "fast fertig", "quasi fatto",
    "finished 95%", "terminé à 80 %"), or None."""
    if qualifier := phrase_at(folded, at, _ALMOST):
        i = skip_space(folded, at + len(qualifier))
        flag = flag_at(folded, i, False)
        return i + len(flag[0]) if flag is not None and flag[1].meaning == DONE else None
    flag = flag_at(folded, at, False)
    if flag is None or flag[1].meaning != DONE:
        return None
    share = _SHARE.match(folded, at + len(flag[0]))
    return share.end() if share else None


def _set_off(folded: str, at: int, start: int, end: int) -> bool:
    """Whether the colour at `start` stands as a clause of its own: after a full stop, a
    colon or a dash (a lead word may come between: "Still red.", "Увы, красный", "整体来说，
    黄色"), or after a comma when it ends its sentence ("…, rojo.")."""
    before = folded[at:start].rstrip()
    if not before:
        return False  # the answer's first word: the head would have read it
    ends_sentence = (
        head_ends(folded, end)
        and bool(_SENTENCE_END.match(folded, end))
        or until_event(folded, skip_space(folded, end))  # "…, amarelo até a décima assinar"
    )
    lead_start = _lead_before(folded, at, start)
    if lead_start is not None:
        before = folded[at:lead_start].rstrip()
        if not before or before.endswith(_SET_OFF) or before.endswith(_COMMAS) and ends_sentence:
            return True
    if before.endswith(_ARROWS):  # "…, on y est presque → jaune": ending the answer
        return not folded[end:].strip(" .!。！")
    if before.endswith(_DASHES):  # "… – vermelho", "… -- klart!": only a spaced dash,
        spaced = before.rstrip("".join(_DASHES)).endswith(" ")  # ending the answer
        return spaced and not folded[end:].strip(" .!。！")
    if unicodedata.category(before[-1]) == "So":  # "… since Wednesday 🎉 完了!"
        return not folded[end:].strip(" .!。！")
    if before.endswith(_SET_OFF):
        return True
    return before.endswith(_COMMAS) and ends_sentence


def _lead_before(folded: str, at: int, start: int) -> int | None:
    """Where the lead words ("still", "so", "увы", "整体来说", "dus ik zet hem op") right
    before `start` begin: two of them may stand one after the other."""
    first = None
    for _ in range(2):
        found = _one_lead_before(folded, at, start)
        if found is None:
            break
        first = start = found
    return first


def _one_lead_before(folded: str, at: int, start: int) -> int | None:
    prefix = folded[at:start].rstrip(" ,，、")
    for k in range(max(at, len(prefix) + at - 24), len(prefix) + at):
        lead = phrase_at(folded, k, _LEADS)
        if lead is None or (k > at and folded[k - 1].isalnum()):
            continue
        if k + len(lead) == len(prefix) + at:
            return k
        if (  # "ik zet hem op geel": the lead's last word opens the colour's phrase
            start < k + len(lead) <= start + 4
            and folded[k + len(lead) : k + len(lead) + 1] == " "
            and flag_at(folded, k + len(lead) + 1, False) is not None
        ):
            return k
    return None
