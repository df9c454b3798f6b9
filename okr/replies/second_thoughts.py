"""A note that takes its own flag back: "green... or rather yellow", "fine. Well, not
really: yellow", "done, actually no, still yellow", "green, or is it yellow?", "green, but
the vendor is red", or a note that opens with another colour ("green - red"). The head
says one colour and the note, at its start or after a turn of phrase, says another of
now: two readings, so the key result is asked about, never the first word kept.

A later colour of another time is no second thought: "yellow, but should be green by
Friday", "green (was red last week)", "yellow - could turn red", "up from red".
"""

from __future__ import annotations

import re

from . import blanket_words, grammar
from .grammar import COLOURS, DONE, DROP, GREEN, RED, UNSURE, YELLOW, Word
from .phrases import EMOJI, WORD, flag_at, fold, names_a_thing, phrase_at, phrase_table, skip_space

# Words that turn a sentence against what came before it.
_CONTRASTS = (
    "but", "though", "although", "however", "yet", "except", "except that", "apart from",
    "aside from", "other than", "still", "or", "or is it", "or rather", "more like",
    "not really", "well", "hmm", "then again", "on the other hand", "mind you", "aber",
    "doch", "jedoch", "allerdings", "außer", "ausser", "oder", "eher", "noch", "mais",
    "sauf", "pourtant", "cependant", "ou", "plutôt", "encore", "pero", "aunque", "excepto",
    "salvo", "o", "más bien", "todavía", "sigue", "mas", "porém", "exceto", "ou melhor",
    "ainda", "ma", "però", "tranne", "oppure", "piuttosto", "ancora", "maar", "behalve",
    "of", "eerder", "nog", "men", "utom", "eller", "snarare", "fortfarande", "ale",
    "oprócz", "albo", "raczej", "nadal", "но", "кроме", "или", "скорее", "всё ещё",
    "все еще", "але", "крім", "або", "但是", "不过", "还是", "でも", "しかし", "ただ",
    # "well", "hmm" in the other languages: "grün – naja, nicht wirklich"
    "naja", "na ja", "tja", "hm", "enfin", "bon", "bueno", "pues", "bem", "hum", "beh",
    "mah", "nou", "no cóż", "cóż", "ну", "хм", "şey", "まあ", "うーん", "嗯", "其实",
)  # fmt: skip
# Words that set what is so against what is said: "green in theory, red in practice".
_IN_TRUTH = (
    "in practice", "in reality", "really", "realistically", "honestly", "truth is",
    "the truth is", "truthfully", "frankly", "to be honest", "tbh", "if i'm honest",
    "in fact", "practically", "effectively", "de facto", "in wahrheit", "eigentlich",
    "ehrlich gesagt", "in der praxis", "realistisch", "en pratique", "en réalité", "en fait",
    "franchement", "à vrai dire", "en la práctica", "en realidad", "la verdad",
    "sinceramente", "na prática", "na verdade", "na realidade", "in pratica", "in realtà",
    "in de praktijk", "eigenlijk", "eerlijk gezegd", "i praktiken", "egentligen",
    "ärligt talat", "i praksis", "egentlig", "ærlig talt", "ærligt talt", "w praktyce",
    "właściwie", "szczerze mówiąc", "na serio", "на практике", "на самом деле",
    "честно говоря", "реально", "pratikte", "aslında", "açıkçası", "实际上", "其实",
    "说实话", "実際は", "実は", "正直",
)  # fmt: skip
_TURNS = phrase_table(
    (*_CONTRASTS, *_IN_TRUTH, *grammar.CORRECTIONS, *grammar.HEDGES, *grammar.TAKEN_BACK,
     *blanket_words.SET_APART_WORDS, *grammar.OTHERS_SAY)
)  # fmt: skip
# Right before the later colour, these put it in another time or make it a possibility.
_ELSEWHEN = phrase_table((
    *grammar.WAS, *grammar.FROM, *grammar.NEGATIONS, "no", "kein", "keine", "could",
    "could be", "might", "might be", "may", "may be", "will", "will be", "would", "would be",
    "should", "should be", "go", "goes", "going", "going to be", "turn", "turning", "become",
    "becoming", "heading", "heading for", "heading to", "tip", "tipping", "tip into",
    "risk of", "risk going", "in danger of", "close to", "near", "almost", "nearly", "soon",
    "back to", "werden", "wird", "könnte", "bald", "pourrait", "va passer", "passer au",
    "bientôt", "podría", "pasar a", "pronto", "poderia", "logo", "potrebbe", "presto", "kan",
    "kunnen", "zou", "binnenkort", "kunde", "skulle", "snart", "może", "może być", "wkrótce",
    "может", "станет", "скоро", "可能", "会",
))  # fmt: skip
_TAKEN_BACK = phrase_table(grammar.TAKEN_BACK)
# A question put back to the reader after the flag: the writer is not sure of it.
_QUESTION_TAGS = phrase_table((
    "right", "correct", "no", "yes", "isn't it", "is it", "am i right", "don't you think",
    "wouldn't you say", "agreed", "ok", "okay", "eh", "huh", "yeah", "or", "or not",
    "oder", "oder nicht", "nicht wahr", "gell", "ne", "non", "n'est-ce pas", "pas vrai",
    "hein", "verdad", "cierto", "vale", "né", "não é", "certo", "vero", "giusto",
    "toch", "of niet", "hè", "eller hur", "eller", "va", "ikke sant", "eller hva",
    "ikke", "prawda", "tak", "nie", "да", "правда", "не так ли", "верно", "değil mi",
    "吧", "对吧", "是吧", "よね", "ですよね", "でしょう", "だよね",
))  # fmt: skip
_FUTURE = re.compile(grammar.FUTURE)
_PAST = phrase_table(grammar.PAST)
_BEFORE = phrase_table((*grammar.WAS, *grammar.PAST, "were", "had been", "used to"))
# Where a later flag may start: a word, or a flag symbol ("green - 🔴").
_CANDIDATE = re.compile(rf"{WORD.pattern}|[{''.join(sorted({e[0] for e in EMOJI}))}]")
_OPENING = " -–—:,.;(…/|"  # what may stand before a colour that opens the note
_WINDOW = 8  # words between the turn and the later colour
_SENTENCE_END = re.compile(r"[.!;](?:\s|$)")
_CLAUSE_END = re.compile(r"\s*(?:$|[.!?;,:)]|[-–—]\s)")
_CLAUSE = re.compile(r"[.!;,:(]|\s[-–—]\s")


def second_thought(note: list[str], meaning: str, title: str = "") -> str | None:
    """Why the note makes the flag unclear ("it says green, then red"), or None."""
    if meaning not in (*COLOURS, DONE, DROP):
        return None
    if later := _later_colour(note, meaning, title):
        return later
    first = fold(note[0]) if note else ""
    if meaning == GREEN and (excepted := _excepted(first)):
        return f"it says green, then “{excepted}”"  # "all good except the vendor"
    if back := _taken_back(first):
        return f"it says {meaning}, then “{back}”"  # "green, but not really"
    if meaning in (GREEN, YELLOW) and (denied := _denied_after_a_turn(first, meaning)):
        return f"it says {meaning}, then “{denied}”"  # "gut, aber nicht im Plan"
    if meaning == DONE and (left := _work_left(first)):
        return f"it says done, then “{left}”"  # "done – but still 3 articles to go"
    if meaning in (*COLOURS, DONE) and (partly := _in_part(first)):
        return f"it says {meaning}, then “{partly}”"  # "done (mostly)", "green, mostly"
    if meaning in (*COLOURS, DONE) and (tag := _question_tag(first)):
        return f"it asks “{meaning}, {tag}?”"  # "done, right?"
    return None


def _later_colour(note: list[str], meaning: str, title: str) -> str | None:
    """Another colour of now, at the note's start or after a turn of phrase."""
    for index, line in enumerate(note):
        folded = fold(line)
        for start in (m.start() for m in _CANDIDATE.finditer(folded)):
            found = flag_at(folded, start, False)
            if found is None or not _contradicts(found[1], meaning):
                continue
            if names_a_thing(line, folded, start, start + len(found[0]), found[1]):
                continue
            if _of_another_time(folded, start, start + len(found[0])):
                continue
            opens = (  # a drop's reason may name the colour it had: "drop - red for months"
                index == 0
                and meaning != DROP
                and _opens(folded, start, start + len(found[0]), fold(title))
            )
            if not opens and meaning in (YELLOW, RED) and _a_part_stuck(folded, start, found[0]):
                continue  # "yellow - iOS is through review, but Android is stuck"
            if (
                opens
                or folded[:start].rstrip().endswith((":", "："))  # "On reflection: yellow"
                or _NOW_BEFORE.search(folded[max(0, start - 40) : start])  # "; today green"
                or _turned(folded, start)
                or _in_parallel(folded, start, found[0])
                or _closes_the_note(folded, start, start + len(found[0]))
            ):
                later = found[1].meaning
                if later == UNSURE:  # "slipping", "at risk": the words, not a colour
                    later = line[start : start + len(found[0])]
                return f"it says {meaning}, then {later}"
    return None


# Right before a colour in the note, a word of now: "red; today green", "rojo, ahora verde".
_NOW_BEFORE = re.compile(
    r"(?<!\w)(?:now|today|currently|this week|jetzt|heute|maintenant|aujourd'hui|ahora|hoy"
    r"|agora|hoje|ora|oggi|adesso|nu|vandaag|idag|i dag|nå|teraz|dziś|сейчас|сегодня|теперь"
    r"|şimdi|bugün|现在|今天|今は)(?:\s+(?:it'?s|it is|is|ist|est|es|está|è|é|er|är|jest|это))?\s*$"
)
_STUCK = frozenset(fold(p) for p in (*grammar.STUCK, *grammar.BLOCKED))
_TURN_WORDS = frozenset(w for p in _CONTRASTS for w in p.split())


# Between a subject and its state: "Android is stuck", "legal still blocked".
_COPULAS = frozenset(
    {"is", "are", "was", "still", "now", "currently", "also", "ist", "sind", "noch", "est",
     "sont", "encore", "está", "están", "sigue", "è", "ancora", "nog", "är", "er",
     "jest", "są", "nadal", "pořád", "всё", "еще", "ещё", "hâlâ", "da", "de"}
)  # fmt: skip
# A subject that is the key result itself: "but we're behind" says the flag is wrong.
_THE_WHOLE = frozenset(
    {"we", "we're", "we’re", "it", "it's", "it’s", "this", "that", "they", "everything",
     "all", "wir", "es", "das", "alles", "on", "nous", "c'est", "tout", "estamos", "todo",
     "estiamo", "tutto", "het", "vi", "det", "allt", "alt", "jesteśmy", "wszystko",
     "мы", "всё", "все", "biz", "her şey"}
)  # fmt: skip


def _a_part_stuck(folded: str, start: int, phrase: str) -> bool:
    """A state word after a contrast in the note of a yellow or a red, of a part of the work
    named before it ("but Android is stuck"): what the flag already says. A colour word, or
    the state of the whole ("but we're behind"), is still a second thought."""
    if fold(phrase) not in _STUCK:
        return False
    before = [w for w in WORD.findall(folded[:start]) if w not in _COPULAS]
    return bool(before) and before[-1] not in _THE_WHOLE and before[-1] not in _TURN_WORDS


def _contradicts(word: Word, meaning: str) -> bool:
    if word.short or word.guess or word.meaning not in (*COLOURS, UNSURE):
        return False
    if word.meaning == UNSURE:  # "red - vendor late" agrees; "green but slipping" does not
        return meaning in (GREEN, DONE)
    if meaning == DONE:
        return word.meaning != GREEN
    return word.meaning != meaning


def _of_another_time(folded: str, start: int, end: int) -> bool:
    after = folded[end:].lstrip(" ,")
    if _FUTURE.match(after) or phrase_at(after, 0, _PAST):
        return True
    clause = _words_before(folded, start, _WINDOW, _CLAUSE)
    if any(phrase_at(folded, at, _BEFORE) for at in clause):  # "war letzte Woche noch gelb"
        return True
    return any(phrase_at(folded, at, _ELSEWHEN) for at in clause[-2:])


def _opens(folded: str, start: int, end: int, title: str) -> bool:
    """A colour that opens the note: "green - red", "on track: red, vendor slipped",
    "green - red for the export part"; not words of the key result's own title ("green -
    blocked deploys halved" for "Cut blocked deploys by half")."""
    if folded[:start].strip(_OPENING):
        return False
    following = WORD.match(folded, skip_space(folded, end))
    if following is None or _CLAUSE_END.match(folded, end):
        return True
    run = " ".join(WORD.findall(folded[start : following.end()]))
    return f" {run} " not in f" {' '.join(WORD.findall(title))} "


# Right after a green, an exception: "#12 all good except the vendor", "vert, sauf le juridique".
_EXCEPT_FIRST = phrase_table(
    ("except", "except for", "except that", "apart from", "aside from", "other than",
     "but for", "save for", "excluding", "with the exception of", "außer", "ausser",
     "bis auf", "abgesehen von", "sauf", "à part", "excepté", "hormis", "excepto", "salvo",
     "menos", "aparte de", "exceto", "tirando", "a não ser", "tranne", "eccetto", "salvo",
     "a parte", "behalve", "utom", "förutom", "bortsett från", "unntatt",
     "bortsett fra", "undtagen", "bortset fra", "oprócz", "poza", "z wyjątkiem", "кроме",
     "за исключением", "крім", "除了", "以外")
)  # fmt: skip


def _excepted(folded: str) -> str | None:
    """The exception a note opens with after a green ("except the vendor"), or None."""
    at = len(folded) - len(folded.lstrip(_OPENING))
    word = phrase_at(folded, at, _EXCEPT_FIRST)
    if word is None:
        return None
    rest = folded[at:].split(",")[0].split(".")[0].strip()
    return rest if len(rest) > len(word) else None


def _taken_back(folded: str) -> str | None:
    """A note that is only a turn and a retraction: "but not really", "aber nicht
    wirklich", "но не совсем" (the head reads one that stands alone)."""
    at, turned = len(folded) - len(folded.lstrip(_OPENING)), False
    while True:
        back = phrase_at(folded, at, _TAKEN_BACK) if turned else None
        if back is not None and _CLAUSE_END.match(folded, at + len(back)):
            return back  # "well, not really", "well, not really, nobody starts in January"
        turn = phrase_at(folded, at, _TURNS)
        if turn is None:
            return None
        at, turned = skip_space(folded, at + len(turn)), True
        at += len(folded[at:]) - len(folded[at:].lstrip(_OPENING))


_NOT = phrase_table((*grammar.NEGATIONS, "no", "não", "nao", "non", "ne", "ni", "n'est pas"))


def _denied_after_a_turn(folded: str, meaning: str) -> str | None:
    """A note that opens with a turn and the flag's own meaning denied: "green, but not on
    track", "gut, aber nicht im Plan", "bien, pero no en plazo" (not "green, not red")."""
    at = len(folded) - len(folded.lstrip(_OPENING))
    turn = phrase_at(folded, at, _BUT)
    if turn is None:
        return None
    at = skip_space(folded, at + len(turn))
    at += len(folded[at:]) - len(folded[at:].lstrip(_OPENING))
    negation = phrase_at(folded, at, _NOT)
    if negation is None:
        return None
    i = skip_space(folded, at + len(negation))
    for _ in range(3):  # "aber nicht im Plan", "but not really on track", "mais pas du tout"
        found = flag_at(folded, i, False)
        if found is not None and not found[1].short and found[1].meaning == meaning:
            return folded[: i + len(found[0])].strip(_OPENING)
        word = WORD.match(folded, i)
        if word is None:
            return None
        i = skip_space(folded, word.end())
    return None


_IN_PART = phrase_table(
    ("mostly", "mainly", "largely", "partly", "partially", "kind of", "kinda", "sort of",
     "sorta", "somewhat", "almost", "nearly", "half", "more or less", "in principle",
     "basically", "essentially", "for the most part", "in part", "im wesentlichen",
     "größtenteils", "grösstenteils", "weitgehend", "teilweise", "zum teil", "fast", "eher",
     "ziemlich", "plutôt", "presque", "casi", "quasi", "bijna", "nästan", "prawie", "почти",
     "en grande partie", "en partie", "partiellement", "en gran parte", "en parte",
     "parcialmente", "em grande parte", "em parte", "in gran parte", "in parte", "parzialmente",
     "grotendeels", "deels", "gedeeltelijk", "mestadels", "delvis", "till stor del",
     "stort sett", "for det meste", "for en stor del", "delvist", "w większości", "częściowo",
     "w dużej mierze", "в основном", "частично", "büyük ölçüde", "kısmen", "ほぼ", "大部分", "部分",
     "基本上")
)  # fmt: skip


def _in_part(folded: str) -> str | None:
    """A note that opens with a word of part or of doubt ending its clause ("done (mostly)",
    "fertig, größtenteils", "green, mostly"): the flag holds only in part."""
    at = len(folded) - len(folded.lstrip(_OPENING))
    word = phrase_at(folded, at, _IN_PART)
    return word if word is not None and _CLAUSE_END.match(folded, at + len(word)) else None


# After done and a turn, work still left: "done – but still 3 to go", "feito, mas ainda
# faltam 3", "erledigt, aber es fehlen noch zwei".
_BUT = phrase_table(
    ("but", "though", "however", "aber", "allerdings", "mais", "pero", "mas", "porém", "ma",
     "però", "maar", "men", "ale", "но", "ama", "fakat", "但是", "但", "不过", "でも", "ただ")
)  # fmt: skip
_LEFT = re.compile(
    r"(?<!\w)(?:still|left|remaining|to go|missing|pending|open|ainda|faltam|falta|faltan"
    r"|noch|fehlen|fehlt|offen|encore|reste|restent|manque|manquent|todavía|quedan|queda"
    r"|ancora|mancano|manca|nog|ontbreken|ontbreekt|fortfarande|kvar|saknas|stadig|igjen"
    r"|mangler|tilbage|nadal|jeszcze|brakuje|zostało|ещё|еще|осталось|остались|не хватает"
    r"|hâlâ|kaldı|eksik)(?!\w)|还|剩|まだ|残り"
)


def _work_left(folded: str) -> str | None:
    """Work still left, said after done and a turn ("but still 3 to go"), or None."""
    at = len(folded) - len(folded.lstrip(_OPENING))
    turn = phrase_at(folded, at, _BUT)
    if turn is None:
        return None
    clause = re.split(r"[.;!?。；！？]", folded[at:], maxsplit=1)[0]
    return clause.strip() if _LEFT.search(clause, len(turn)) else None


def _question_tag(folded: str) -> str | None:
    """A note that only asks back: "right?", "oder?", "n'est-ce pas ?", "よね？"."""
    at = len(folded) - len(folded.lstrip(_OPENING + "¿"))
    tag = phrase_at(folded, at, _QUESTION_TAGS)
    rest = folded[at + len(tag) :].strip() if tag else ""
    return tag if tag and rest[:1] in ("?", "？") and not rest.strip("?？!") else None


# After a colour, a scope: "green for Q1, red for Q2", "green on our side, red on theirs".
_SCOPES = phrase_table(
    ("for", "on", "in", "at", "with", "from", "bei", "für", "auf", "im", "pour", "sur",
     "côté", "para", "en", "por", "per", "su", "voor", "op", "bij", "för", "på", "dla", "w",
     "na", "для", "в", "на", "için", "de", "da",
     # places: "green here, red there", "grün hier, rot dort"
     "here", "there", "hier", "dort", "ici", "là", "aquí", "allí", "ahí", "aqui", "ali", "lá",
     "qui", "lì", "här", "där", "her", "der", "tutaj", "tam", "здесь", "там", "burada",
     "orada")
)  # fmt: skip


def _in_parallel(folded: str, start: int, word: str) -> bool:
    """A colour that opens a clause and is given a scope, after the flag was given one:
    two colours of two parts ("green for Q1, red for Q2"), so which one holds is asked."""
    if folded[max(0, start - 2) : start] not in (", ", "; ") and not folded[:start].endswith(
        ("，", "、")
    ):
        return False
    return phrase_at(folded, skip_space(folded, start + len(word)), _SCOPES) is not None


def _closes_the_note(folded: str, start: int, end: int) -> bool:
    """A colour alone after a comma or as the note's last sentence, ending the note: "done -
    2 more features, red", "blocked by legal. Green." say the colour the answer is, against
    the flag before it."""
    before = folded[max(0, start - 2) : start]
    set_off = before in (", ", "; ", "– ", "- ", ". ", "! ") or before[-1:] in ("。", "！")
    return set_off and not folded[end:].strip(" .!。！")


def _turned(folded: str, start: int) -> bool:
    turns = _words_before(folded, start, _WINDOW, _SENTENCE_END)
    return any(phrase_at(folded, at, _TURNS) for at in turns)


def _words_before(folded: str, start: int, count: int, edge: re.Pattern[str]) -> list[int]:
    """Where the last `count` words before `start` begin, after the last `edge`."""
    ends = [m.end() for m in edge.finditer(folded, 0, start)]
    begin = ends[-1] if ends else 0
    starts = [m.start() for m in WORD.finditer(folded, begin, start)]
    return starts[-count:]
