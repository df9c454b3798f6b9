"""The reply grammar in one table: words for each flag, command words, reference forms.

Everything a person may type to mean something lives here, so the README's grammar and
the parser cannot drift apart. The reading modules (`understand.py` and the steps it calls)
only walk lines with these tables. Two parts live beside it and are re-exported here: the
whole-line patterns of what is no answer (`remarks.py`) and typed dates (`dates.py`); the
sign-offs that end a reply are with the other mail-client words in `trim_words.VOCABULARY`.
The words of blankets, exceptions and prose (`blanket_words.py`) and of commands
(`command_words.py`) live beside it, so that each module stays under 500 lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import colloquial, idioms, sayings
from .accents import unaccented
from .dates import MONTHS as MONTHS
from .dates import parse_date as parse_date
from .remarks import CONTACT as CONTACT
from .remarks import DISCLAIMER as DISCLAIMER
from .remarks import FAREWELL_PATTERNS as FAREWELL_PATTERNS
from .remarks import FAREWELLS as FAREWELLS
from .remarks import FORM_EXAMPLES as FORM_EXAMPLES
from .remarks import FORM_FLAG as FORM_FLAG
from .remarks import FORM_INTRO as FORM_INTRO
from .remarks import FORM_ITEMS as FORM_ITEMS
from .remarks import FORM_LINES as FORM_LINES
from .remarks import FORM_SECTION as FORM_SECTION
from .remarks import GREETING as GREETING
from .remarks import LAST_WEEK as LAST_WEEK
from .remarks import MAIL_ASIDE as MAIL_ASIDE
from .remarks import MAIL_REMARK_PATTERNS as MAIL_REMARK_PATTERNS
from .remarks import REMARKS as REMARKS
from .remarks import TABLE_HEADER as TABLE_HEADER
from .remarks import TYPED_OVER as TYPED_OVER
from .status_words import (
    DONE_NEUTER,
    DROP_CLAUSES,
    FINE,
    LOOKS_GOOD,
    NO_PROBLEMS,
    ON_COLOUR,
    RIGHT_TRACK,
    SAME_AS_LAST_WEEK,
    SAME_BARE,
)

GREEN, YELLOW, RED = "green", "yellow", "red"
COLOURS = (GREEN, YELLOW, RED)
DONE, DROP = "done", "drop"
UNSURE = "unsure"  # a word that can mean two colours: never recorded, always asked
SAME = "same"  # "same as last week": last week's flag, carried over by decide.py
# Not flag words: read only right after a key result's name, where heads.py looks for them.
SAME_WORDS = SAME_AS_LAST_WEEK
SAME_BARE_WORDS = SAME_BARE  # "same", "ditto": as last week, or as the answer above? Asked.


@dataclass(frozen=True)
class Word:
    """What a word at the answer's flag position means, and how sure we are of it."""

    meaning: str  # green | yellow | red | done | drop | unsure | same
    guess: bool = False  # read, and the confirmation says it was a guess
    closed: bool = False  # counts only when the answer's head ends after it ("#12 good.")
    short: bool = False  # one letter: only right after a reference ("#12 G")


def _words(meaning: str, *phrases: str, **how: bool) -> dict[str, Word]:
    return {phrase: Word(meaning, **how) for phrase in phrases}


# The words of each flag. Multi-word phrases match before single words ("off track" before
# "track"); a word counts only at the answer's flag position, never inside a note.
# Late, in any language: wrong, but not how wrong (asked about). Followed by the colour it
# is ("en retard, rouge", "delayed, so red") that colour counts, when it is yellow or red.
LATE = (
    "delayed", "slipping", "late", "running late", "en retard", "verzögert", "verspätet",
    "im verzug", "retrasado", "retrasada", "atrasado", "atrasada", "in ritardo", "vertraagd",
    "försenad", "forsinket", "opóźniony", "opóźnione", "opóźniona", "zpožděný", "задерживается",
    "achter", "loopt achter", "loopt iets achter", "loopt wat achter", "achter op schema",
    "off plan", "off-plan",
    "отстаём", "отстаем", "gecikiyor", "gecikmeli", "遅延", "遅れ", "延迟", "延期", "滞后",
    # said with a verb: "Le 13 a pris du retard : rouge", "hat sich verzögert: rot"
    "a pris du retard", "prend du retard",
    "a du retard", "hat sich verzögert", "verzögert sich", "lleva retraso",
    "va con retraso", "tiene retraso", "está atrasando", "ha accumulato ritardo",
    "heeft vertraging", "har försenats", "har blitt forsinket", "er blevet forsinket",
    "opóźnia się", "отстаёт", "отстает", "gecikti", "遅れています", "延误",
    # stuck for now, how badly unsaid: "die Migration hängt: gelb"
    "hängt", "hakt", "stockt",
)  # fmt: skip
# Between a late word and its colour: "delayed, so red", "en retard, donc rouge".
SO_WORDS = (
    "so", "hence", "therefore", "thus", "which means", "meaning", "i.e.", "daher",
    "deshalb", "also", "d.h.", "donc", "du coup", "alors", "así que", "por lo tanto",
    "o sea", "então", "portanto", "ou seja", "quindi", "perciò", "dus", "daarom", "så",
    "and", "und", "et", "y", "e", "en", "och", "og", "i", "и",  # "late and red"
    "por isso", "por eso", "deswegen", "c'est pourquoi", "per questo", "derfor", "därför",
    "dlatego", "więc", "поэтому", "так что", "bu yüzden", "o yüzden", "所以", "因此",
    "なので", "だから",
)  # fmt: skip
# After an arrow between two colours, these make the later one the flag of now ("red →
# yellow this week"); a bare "yellow → red" may say where it is heading: asked about.
NOW_AFTER_ARROW = (
    "this week", "now", "right now", "as of today", "today", "diese woche", "jetzt",
    "cette semaine", "maintenant", "esta semana", "ahora", "questa settimana", "ora",
    "adesso", "deze week", "nu", "agora", "denna vecka", "w tym tygodniu",
)  # fmt: skip

# Red said as a state rather than a colour: in a note after a contrast it may be of a part
# ("yellow - iOS is through, but Android is stuck"), see second_thoughts.py.
STUCK = (
    "off track", "off-track", "blocked", "behind", "behind schedule", "stuck", "in trouble",
    "won't make it", "won’t make it", "wont make it", "will not make it", "running behind",
    "falling behind", "fallen behind", "not going to make it", "not gonna make it",
    "in bad shape", "off the rails", "derailed", "way behind", "far behind", "well behind",
    "badly behind", "seriously behind",
    # "won't make it" in the other languages of the table
    "schaffen wir nicht", "wird nicht klappen", "on n'y arrivera pas",
    "on ne va pas y arriver", "no llegamos", "no vamos a llegar", "no llegaremos",
    "não vamos conseguir", "não vai dar tempo", "nao vai dar tempo", "não vai dar",
    "nao vai dar", "non ce la facciamo",
    "non ce la faremo", "gaat niet lukken", "halen we niet", "gaan we niet halen",
    "kommer inte att hinna", "hinner inte", "rekker det ikke", "rekker ikke",
    "når det ikke", "når vi ikke", "nie zdążymy", "nie zdążę", "не успеваем", "не успеем",
    "yetişmeyecek", "yetiştiremeyeceğiz", "間に合いません", "間に合わない", "来不及了", "来不及",
)  # fmt: skip
BLOCKED = (
    "blockiert", "bloqué", "bloquée", "bloqueado", "bloqueada", "bloccato", "bloccata",
    "geblokkeerd", "blockerad", "blockerat", "blokkert", "blokeret", "zablokowany",
    "zablokowana", "zablokowane", "zablokované", "blokováno", "заблокирован", "заблокировано",
    "заблокирована", "заблокированы", "заблоковано", "заблокований", "停滞", "ブロック中",
    "受阻", "阻塞", "被阻塞", "engellendi", "engelli", "bloke", "takıldı",
)  # fmt: skip

# fmt: off
FLAG_WORDS: dict[str, Word] = {
    # English
    **_words(GREEN, "green", "on track", "on-track", "on schedule", "on target", "on time",
             "on plan", "on course", "ahead of schedule", "healthy", "looks good",
             "looking good", "all good", "going well", "progressing well", "in good shape",
             "in great shape", "going fine", "going great", "doing well", "doing fine",
             "all fine", "ahead of plan", "ahead of target", "🟢",
             # "going well" in the other languages
             "avanza bien", "ça avance bien", "gaat goed", "gaat prima", "loopt goed",
             "går fint", "idzie dobrze", "идёт хорошо", "идет хорошо", "iyi gidiyor",
             "avança bem", "gut unterwegs", "läuft gut", "läuft rund", "läuft nach plan",
             "läuft planmäßig", "läuft wie geplant", "va viento en popa",
             "está indo bem", "tá indo bem", "indo bem", "procede bene", "procede bem",
             "идёт нормально", "идет нормально", "問題なく進んでいます", "順調に進んでいます"),
    **_words(GREEN, "good", "fine", "ok", "okay", "ок", "окей", closed=True),
    **_words(YELLOW, "yellow", "amber", "at risk", "at-risk", "🟡", "🟠", "ámbar", "âmbar"),
    **_words(RED, "red", "🔴"), **_words(RED, *STUCK),
    **_words(GREEN, "g", short=True, closed=True),
    **_words(YELLOW, "y", "a", short=True, closed=True),
    **_words(RED, "r", short=True, closed=True),
    # Other languages (those whose quoted history trim.py knows, and a few more)
    **_words(GREEN, "grün", "gruen", "verde", "groen", "grön", "grønn", "grøn", "zielony",
             "zielona", "zielone", "zelená", "zelený", "zelene", "zelené", "zelena", "yesil",
             "зелёный", "зеленый", "зелёная", "зеленая", "зелений", "зелена", "绿色", "绿",
             "綠色", "綠", "緑", "緑色", "グリーン", "vihreä", "zöld", "yeşil", "зелёное",
             "зеленое", "зелёные", "зеленые", "зелене", "зелені", "verdes", "groene", "gröna",
             "grønne", "zielone", "verdi"),
    **_words(GREEN, "vert", "verte", "verts", "vertes", closed=True),
    **_words(GREEN, "au vert", "im grünen bereich", "in the green"),
    # a colour as a place, "in the red": Portuguese "no" there is "in the", not "no" (but
    # "no verde" is also Spanish for "not green")
    **_words(GREEN, "dans le vert", "in verde", "in het groen", "en el verde",
             "в зелёной зоне", "в зеленой зоне", "na zielono"),
    **_words(YELLOW, "in the amber", "in the yellow", "im gelben bereich", "dans le jaune",
             "no amarelo", "in giallo", "in het geel", "en el amarillo", "в жёлтой зоне",
             "в желтой зоне", "na żółto"),
    **_words(RED, "in the red", "im roten bereich", "dans le rouge", "no vermelho", "in rosso",
             "in het rood", "en el rojo", "в красной зоне", "na czerwono"),
    **_words(YELLOW, "gelb", "amarillo", "jaune", "giallo", "amarelo", "geel", "żółty",
             "żółta", "żółte", "žlutá", "žlutý", "žltá", "žltý", "жёлтый", "желтый",
             "жёлтая", "желтая", "жовтий", "жовта", "黄色", "黄", "黃色", "黃", "イエロー",
             "keltainen", "sárga", "sarı", "sari", "жёлтое", "желтое", "жёлтые", "желтые", "жовте",
             "жовті", "jaunes", "amarillos", "amarillas", "amarelos", "amarelas", "gialli",
             "gialle", "gele", "gula", "gule", "żółte", "gialla", "amarilla", "amarela"),
    **_words(YELLOW, "gul", closed=True),
    **_words(RED, "rojo", "rouge", "rosso", "vermelho", "röd", "rød", "czerwony", "czerwona",
             "czerwone", "červená", "červený", "červena", "красный", "красная", "червоний",
             "червона", "红色", "红", "紅色", "紅", "赤", "赤色", "レッド", "punainen", "piros",
             "kırmızı", "kirmizi", "красное", "красные", "червоне", "червоні", "rouges", "rojos",
             "rojas", "vermelhos", "vermelhas", "rossi", "rosse", "rode", "röda", "røde", "rossa",
             "roja", "vermelha"),
    **_words(RED, "rot", "rood", closed=True),
    **_words(GREEN, "grönt", "grønt", closed=True),
    **_words(YELLOW, "gult", closed=True),
    **_words(RED, "rött", "rødt", closed=True),
    # Status words in those languages: on track, at risk, blocked.
    **_words(GREEN, "im plan", "im zeitplan", "auf kurs", "planmäßig", "dans les temps",
             "en bonne voie", "dans les délais", "conforme au plan", "en plazo", "a tiempo",
             "según lo previsto", "según lo planeado", "según el plan", "dentro do prazo",
             "no prazo", "conforme o planejado", "conforme planeado", "nei tempi",
             "nei tempi previsti", "in linea con il piano", "in linea", "op schema",
             "op koers", "volgens plan", "volgens planning", "enligt plan", "i fas",
             "på rätt spår", "etter planen", "som planlagt", "zgodnie z planem",
             "w terminie", "podle plánu", "по плану", "順調", "予定通り", "計画通り",
             "按计划进行", "按计划", "进展顺利", "正常", "nach plan", "в срок", "по графику",
             "в графике", "идёт по плану", "за графіком", "вчасно", "planlandığı gibi",
             "plana uygun", "yolunda", "zamanında", "running to plan", "going to plan",
             "according to plan", "running according to plan", "going according to plan",
             "i rute", "come previsto", "secondo i piani", "som planlagt", "som planerat",
             "как запланировано", "за планом",
             # "as planned": "everything is running as planned", "läuft wie geplant"
             "as planned", "running as planned", "going as planned", "all as planned",
             "progressing as planned", "proceeding as planned", "running smoothly",
             "going smoothly", "wie geplant", "comme prévu", "como previsto",
             "como planeado", "como planejado", "come pianificato", "zoals gepland",
             "jak planowano", "как планировалось", "予定どおり", "如期"),
    **_words(YELLOW, "gefährdet", "à risque", "en risque", "en riesgo", "em risco",
             "a rischio", "in gevaar", "i riskzonen", "risikabel", "zagrożony", "zagrożona",
             "zagrożone", "ohrožený", "под угрозой", "リスクあり", "要注意", "有风险",
             "存在风险", "в зоне риска", "под риском", "під загрозою", "risk altında", "riskli",
             "risk var", "i fare", "i faresonen", "i fara", "i farozonen"),
    **_words(RED, *BLOCKED),
    # Symbols that suggest a colour: read, and the confirmation says what was guessed.
    **_words(GREEN, "✅", "✔", "✓", "☑", "🟩", "👍", guess=True),
    **_words(YELLOW, "⚠", "🟨", guess=True),
    **_words(RED, "❌", "✖", "✗", "✘", "🟥", "⛔", "🛑", guess=True),
    # Colours in shorthand, typed in a hurry ("12 grn 13 ylw"): read, and the confirmation
    # says what was guessed.
    **_words(GREEN, "grn", guess=True, closed=True),
    **_words(YELLOW, "ylw", "yllw", "yel", guess=True, closed=True),
    # Colours said fondly, and "all right" in shorthand: "52 verdinho", "51 td certo"
    **_words(GREEN, "verdinho", "verdinha", "verdecito", "verdecita", "td certo", "td bem",
             "tudo certo", "tá td certo", closed=True),
    **_words(YELLOW, "amarelinho", "amarelinha", "amarillito", closed=True),
    **_words(RED, "vermelhinho", "rojito", closed=True),
    # Said as Portuguese and Scandinavian writers say it: "tudo nos trilhos", "de vento em
    # popa", "saiu do forno" (done), "helt fastlåst"
    **_words(GREEN, "nos trilhos", "tudo nos trilhos", "de vento em popa", closed=True),
    **_words(DONE, "saiu do forno", "finalmente saiu do forno", closed=True),
    **_words(RED, "fastlåst", "helt fastlåst", "låst fast", "sidder fast", "står fast",
             "sitter fast"),
    # Status words in shorthand: "42 sigue bloq", "43 tranqui"
    **_words(RED, "bloq", "bloq.", closed=True),
    **_words(GREEN, "tranqui", "todo tranqui", closed=True),
    # Colours in kana, as a phone's input suggests them ("111 みどり", "112 きいろ").
    **_words(GREEN, "みどり", "ミドリ"), **_words(YELLOW, "きいろ", "キイロ"),
    # Orange is the middle light of a traffic light in French, Dutch and more: yellow, and
    # the confirmation says it was read so.
    **_words(YELLOW, "orange", "oranje", "naranja", "arancione", "laranja", "turuncu",
             "pomarańczowy", "pomarańczowa", "оранжевый", "橙色", "オレンジ", guess=True,
             closed=True),  # ("#13 Orange signed": the telecom company, not a colour)
    # Words that can mean two colours: the key result is asked about, not recorded.
    **_words(UNSURE, "青"),
    # A traffic light in Chinese: the status itself ("#121 绿灯，第三家已经上线").
    **_words(GREEN, "绿灯", "綠燈"), **_words(YELLOW, "黄灯", "黃燈"),
    **_words(RED, "红灯", "紅燈"),
    # A thumb down: something is wrong, not how wrong ("👍👎" is two readings).
    **_words(UNSURE, "👎"),
    # "Critical" and "late" in any language: wrong, but not how wrong.
    **_words(UNSURE, "critical", "kritisch", "critique", "crítico", "crítica", "critico",
             "critica", "kritiek", "kritisk", "krytyczny", "krytyczne"),
    **_words(UNSURE, *LATE),
    # Words that say something is wrong but not how wrong: asked about, not guessed.
    # Japanese says "not" after the verb: "完了していない" is not done.
    **_words(UNSURE, "完了していない", "完了してない", "完了していません", "完了できていない",
             "完成していない", "完成してない", "完成していません", "終わっていない"),
    **_words(UNSURE, "on hold", "paused", "so-so", "mixed", "tbd", "unclear", "unknown"),
    # Parked or put off: wrong, or a choice, not a colour (asked; "postponed to Jan 20" is
    # a new date).
    **_words(UNSURE, "parked", "postponed", "on ice", "pending", "rescheduled", "deferred",
             "zurückgestellt", "pausiert", "en pausa", "pausado", "pausada", "pospuesto",
             "en attente", "en pause",
             "reporté", "adiado", "em pausa", "rinviato", "in pausa", "in attesa",
             "on hold gezet", "geparkeerd", "pausad", "parkert", "wstrzymane", "отложено",
             "на паузе", "ertelendi", "beklemede", "保留", "暂停", "延期"),
    # "red flags: none" says the opposite of red: asked about, not read.
    **_words(UNSURE, "red flag", "red flags", "no red flags", "no red flag"),
    # Done: the key result is closed (no flag is recorded for it).
    **_words(DONE, "done and dusted", "done & dusted", "all wrapped up", closed=True),
    # Done in shorthand or as said in passing: "#21 erl.", "#21 endlich durch!!", "#73 is
    # af", "#121 可以收尾了"
    **_words(DONE, "erl.", "endlich durch", "is af", "helemaal af",
             "可以收尾了", "收尾了", "可以关掉了", "可以结项了", "结项了", closed=True),
    # Launched, in the other languages ("launched" is above): "#42 ¡lanzado!". ("Live" is
    # not: a beta live for some users is no done.)
    **_words(DONE, "lanzado", "lanzada", "lançado", "lançada", "lanciato", "lanciata",
             "lancé", "lancée", "gelanceerd", "lanserad", "lansert", "lanceret", closed=True),
    # Closed by its owner: "#12 closed", "#12 can be closed - all five signed".
    **_words(DONE, "closed", "closed out", "can be closed", "can close", "closing it",
             "closing it out", "mark as done", "mark it done", "mark it as done",
             "marked as done", "marked done",
             "kann geschlossen werden", "kann zu", "peut être fermé", "on peut fermer",
             "on peut clôturer", "se puede cerrar", "puede cerrarse", "podemos cerrar",
             "pode fechar", "pode ser fechado", "podemos fechar", "può essere chiuso",
             "possiamo chiudere", "kan dicht", "kan gesloten worden", "kan stängas",
             "kan lukkes", "kan stenges", "można zamknąć", "можно закрывать", "можно закрыть",
             "kapatılabilir", "クローズできます", "可以关闭", "可以关了", closed=True),
    **_words(DONE, "done", "shipped", "complete", "completed", "finished", "delivered",
             "launched", "achieved", "wrapped up", "all done", "erledigt", "geliefert", "livré",
             "livrée", "entregado", "entregada", "entregue", "consegnato", "consegnata",
             "opgeleverd", "levererat", "levert", "dostarczone", "tamamlandı", "bitti",
             "сделано", "завершено", "готов", "納品済み", "交付", "fertig", "abgeschlossen",
             "terminé",
             "terminée", "fini", "hecho", "terminado", "completado", "fatto", "completato",
             "concluído", "concluido", "klaar", "afgerond", "klart", "färdig", "ferdig",
             "færdig", "gotowe", "zrobione", "hotovo", "готово", "выполнено", "зроблено",
             "完成", "已完成", "完了", "valmis", "kész", "terminada", "concluída",
             "completata", "voltooid", "ukończone", "zakończone", "dokončeno", "feito",
             "feita", "finalizado", "finalizada", "terminato", "terminata", "concluso",
             "conclusa", "gedaan", "achevé", "achevée", "chiuso", "chiusa", "fait",
             "faite", "listo", "gereed", "finito", "finita", "alles erledigt",
             "komplett erledigt", "alles fertig", "c'est fait", "tout est fait", "ya está hecho",
             "está hecho", "está feito", "è fatto", "alles klaar", "helemaal klaar",
             "完了しました", "完了した", "完了です", "完成しました",
             "avslutad", "avslutat", "slutförd", "slutfört", "afsluttet", "fullført",
             "gennemført", "ferdigstilt", "dokončené", "dokončený", "hotové",
             "виконано", "завершено", "ukończony", "zakończony", "zakończona",
             closed=True),
    # Drop, out loud: a reason must follow.
    **_words(DROP, "drop it", "dropping it", "drop this", "shelving it", "shelve it",
             "cancel it", "cancelling it", "canceling it", "scrap it", "scrapping it",
             "bin it", "binning it"),
    **_words(DROP, "drop", "dropped", "dropping", "cancelled", "canceled", "cancel",
             "descoped", "de-scoped", "scrapped", "abandoned", "abandon", "gestrichen",
             "abgebrochen", "storniert", "abandonné", "abandonnée", "annulé", "annulée",
             "cancelado", "cancelada", "descartado", "descartada", "abandonado", "abandonada",
             "annullato", "annullata", "abbandonato", "abbandonata",
             "geschrapt", "geannuleerd", "struken", "inställd", "avbruten", "anulowane",
             "anulowany", "anulowana", "zrušeno", "отменено", "скасовано", "中止", "取消",
             "已取消", "放弃", "deprioritised", "deprioritized", "de-prioritised", "de-prioritized",
             "killed", "axed", "iptal", "iptal edildi", "vazgeçildi", "отменён", "отменен",
             "отменена", "отказались", "скасований", "laten vallen", "laat vallen",
             "fallen gelassen", "fallen lassen", "laissé tomber", "on laisse tomber",
             "lasciato perdere", "lasciamo perdere", "deixado de lado", "dejado de lado",
             "on abandonne", "wir lassen es fallen", "lassen wir fallen", "streichen wir",
             "wir streichen es", "lo abandonamos", "desistimos",
             "schrappen we", "we schrappen het", "we laten het vallen", "dropping it",
             "we're dropping it", "we are dropping it", "annulleret", "aflyst", "droppet",
             "avlyst", "kansellert", "avbrutt", "afbrudt", "zrušené", "zrezygnowano"),
    # Round 8 (status_words.py): "sieht gut aus", "tout va bien", "op rood", "das lassen wir –"
    **_words(GREEN, *LOOKS_GOOD, *RIGHT_TRACK),
    **_words(GREEN, *FINE, *NO_PROBLEMS, closed=True),
    **{phrase: Word(meaning) for meaning, phrases in ON_COLOUR.items() for phrase in phrases},
    **_words(DROP, *DROP_CLAUSES, closed=True), **_words(DONE, *DONE_NEUTER, closed=True),
}
# fmt: on

# After a colour word, these make it part of a name or a noun ("Red Hat", "red tape",
# "green light"): then it is not a flag. A capitalised word after a colour word that is not
# in capitals itself ("Green Energy Partners") counts as such a name too.
COMPOUNDS = frozenset(
    {
        "tape", "team", "teams", "light", "lights", "lit", "energy", "card", "cards", "pages",
        "page", "line", "lines", "zone", "zones", "list", "lists", "alert", "alerts",
        "carpet", "herring", "belt", "belts", "field", "fields", "hat", "cross", "wine",
        "bull", "button", "pen", "ink", "tag", "tags", "screen", "sea", "house", "room",
        "box", "shirt", "shirts", "wave", "washing", "card's", "ticket", "tickets", "bar",
        # "green light" in the other languages: "yeşil ışık aldık", "зелёный свет"
        "ışık", "işık", "licht", "lys", "ljus", "światło", "свет", "світло", "luz",
        # Italian "fine" is "end": "fine trimestre", "fine mese", "fine gennaio"
        "trimestre", "mese", "anno", "settimana", "giornata", "gennaio", "febbraio", "marzo",
        "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre",
        "dicembre",
    }
)  # fmt: skip

# Chinese and Japanese words that start with a colour character and name a thing: "红头文件"
# (an official document), "赤字" (a deficit). A traffic light ("绿灯", "红灯") is the status.
CJK_COMPOUNDS = (
    "红头文件", "红头", "红线", "红包", "红利", "红牌", "黄牌", "绿色通道",
    "红队", "绿化", "黄金", "红酒", "红海", "赤字", "黒字", "赤ペン",
    "緑化", "赤ちゃん", "赤坂", "紅包", "紅線", "紅頭文件",
)  # fmt: skip

# Words a typo may stand for (one letter off): read as a guess, never for "red" (three
# letters: "rd", "read", "bed" are too close) and never when the typo is a word itself.
GUESSABLE = {"green": GREEN, "yellow": YELLOW, "amber": YELLOW}
NOT_TYPOS = frozenset(
    {"greed", "greet", "greek", "preen", "fellow", "mellow", "bellow", "hollow", "ember", "umber",
     "aber"}  # German "but": "Aber #13 ist rot"
)  # fmt: skip

# "Maybe", in the languages of the table: before a flag word, or after one followed by
# another flag ("red, maybe yellow") or ending the answer ("黄色かもしれない"), unclear.
HEDGES = (
    "maybe", "perhaps", "possibly", "probably", "likely", "vielleicht", "eventuell",
    "wahrscheinlich", "wohl", "peut-être", "peut être", "probablement", "sans doute",
    "quizás", "quizá", "quizas", "tal vez", "probablemente", "posiblemente", "talvez",
    "provavelmente", "possivelmente", "forse", "probabilmente", "magari", "misschien",
    "waarschijnlijk", "mogelijk", "wellicht", "kanske", "troligen", "förmodligen",
    "kanskje", "måske", "może", "chyba", "prawdopodobnie", "możliwe", "možná",
    "pravděpodobně", "возможно", "может быть", "наверное", "можливо", "たぶん", "多分",
    "おそらく", "かもしれない", "かもしれません", "かも", "可能", "也许", "或许", "大概",
    "恐怕", "i think", "i guess", "i believe", "i'd say", "i would say", "i suppose",
    "glaube ich", "denke ich", "je pense", "je crois", "creo", "creo que", "penso",
    "acho", "acho que", "denk ik", "tror jag", "tror jeg", "myślę", "chyba", "と思う",
    "と思います", "だと思う", "だと思います", "かな", "でしょう", "だろう", "我觉得", "我认为",
    "应该", "应该是", "估计", "好像", "似乎", "möjligen", "möjligtvis", "eventuellt", "muligvis",
    "muligens", "vermutlich", "mutmaßlich", "belki", "galiba", "sanırım", "muhtemelen",
    "herhalde", "вероятно", "кажется", "думаю", "hopefully", "hoffentlich", "espérons",
    "j'espère", "ojalá", "esperemos", "speriamo", "hopelijk", "förhoppningsvis",
    "forhåpentligvis", "forhåbentlig", "mam nadzieję", "snad", "надеюсь", "сподіваюся",
    "может", "може",
    # not knowing: "Пока не знаю, HR ещё не решил - может, зелёный", "no idea yet - green?"
    "don't know", "do not know", "dunno", "no idea", "weiß nicht",
    "weiss nicht", "keine ahnung", "nicht sicher", "je ne sais pas", "je sais pas",
    "pas sûr", "pas sûre", "aucune idée", "no sé", "no lo sé", "ni idea", "no estoy seguro",
    "no estoy segura", "não sei", "não tenho certeza", "sem ideia", "non so", "non lo so",
    "non sono sicuro", "non sono sicura", "weet niet", "weet het niet", "geen idee",
    "niet zeker", "vet inte", "osäker", "ingen aning", "vet ikke", "ved ikke", "usikker",
    "aner ikke", "nie wiem", "nie jestem pewien", "nie jestem pewna", "не знаю",
    "не уверен", "не уверена", "bilmiyorum", "emin değilim", "わからない", "分からない",
    "わかりません", "分かりません", "不知道", "不确定", "说不好",
)  # fmt: skip

# A bound, not the colour: "yellow at best", "rouge au mieux"; after a flag, asked even when
# a note follows it ("yellow at best, the auditor wants more").
BOUNDS = (
    "at best", "at worst", "at the very best", "at the very least", "at least", "at most",
    "im besten fall", "bestenfalls", "schlimmstenfalls",
    "im schlimmsten fall", "au mieux", "au pire", "dans le meilleur des cas",
    "en el mejor de los casos", "en el peor de los casos", "como mucho", "como mínimo",
    "na melhor das hipóteses", "na pior das hipóteses", "no máximo", "no mínimo",
    "nel migliore dei casi", "nel peggiore dei casi", "al massimo", "al minimo",
    "op zijn best", "in het beste geval", "in het slechtste geval", "i bästa fall",
    "i värsta fall", "i beste fall", "i verste fall", "i bedste fald", "i værste fald",
    "w najlepszym razie", "w najgorszym razie", "в лучшем случае", "в худшем случае",
    "en iyi ihtimalle", "en kötü ihtimalle", "せいぜい", "最好的情况", "最坏的情况",
)  # fmt: skip
# After a flag word and ending the answer, these take it back or hedge it: "green (not
# really)", "green, I wish", "green on paper", "vert, pas vraiment". Asked, never recorded.
TAKEN_BACK = (
    "not really", "not quite", "not exactly", "not so much", "not at all", "just kidding",
    "kidding", "jk", "lol no", "lol, no", "haha no", "nope", "who am i kidding",
    "i wish", "if only", "in my dreams", "dream on", "yeah right", "as if", "sort of",
    "kind of", "kinda", "sorta", "more or less", "-ish", "ish", "in theory", "on paper",
    "at least on paper", "only on paper", "on paper only", "only in theory",
    "in theory only", "technically", "only technically", "allegedly", "supposedly", "nominally",
    "officially", "i doubt it", "doubtful", "or so they tell me", "or so they say",
    "nicht wirklich", "eigentlich nicht", "nicht ganz", "nicht so ganz", "theoretisch",
    "auf dem papier", "angeblich", "so halb", "pas vraiment", "pas tout à fait",
    "enfin pas vraiment", "en théorie", "sur le papier", "soi-disant", "plus ou moins",
    "no realmente", "no del todo", "no tanto", "bueno, no tanto", "en teoría",
    "sobre el papel", "más o menos", "supuestamente", "não exatamente", "não muito",
    "não bem", "em teoria", "no papel", "mais ou menos", "supostamente", "non proprio",
    "non del tutto", "non tanto", "in teoria", "sulla carta", "più o meno",
    "teoricamente", "niet echt", "niet helemaal", "in theorie", "op papier", "min of meer",
    "zogenaamd", "inte riktigt", "egentligen inte", "inte helt", "i teorin",
    "på papperet", "mer eller mindre", "ikke helt", "ikke egentlig", "ikke rigtigt",
    "i teorien", "i teorin", "på papiret", "mer eller mindre", "mere eller mindre",
    "nie do końca", "nie bardzo", "nie całkiem", "teoretycznie", "na papierze",
    "mniej więcej", "niby", "не совсем", "не очень", "не особо", "теоретически",
    "на бумаге", "более или менее", "якобы", "вроде", "не зовсім", "теоретично",
    "pek değil", "tam değil", "teoride", "kağıt üzerinde", "不太", "不完全", "理论上",
    # a turn to come: "green - but not for long", "gut, aber nicht mehr lange"
    "not for long", "not for much longer", "nicht mehr lange", "nicht für lange",
    "pas pour longtemps", "plus pour longtemps", "no por mucho tiempo", "por poco tiempo",
    "não por muito tempo", "por pouco tempo", "non per molto", "non ancora per molto",
    "niet voor lang", "niet lang meer", "inte länge till", "inte så länge till",
    "ikke lenge til", "ikke længe endnu", "ikke længe til", "nie na długo",
    "już niedługo", "ненадолго", "недолго", "uzun sürmez", "長くは続かない", "撑不了多久",
    *BOUNDS,
    "名义上", "号称", "あまり", "理論上", "一応", "いちおう", "建前上",
)  # fmt: skip

# After a flag word, these make it a guess: "red is likely", "rouge, c'est probable".
LIKELY_AFTER = (
    "is likely", "seems likely", "looks likely", "is possible", "is probable",
    "ist wahrscheinlich", "ist möglich", "c'est probable", "est probable", "es probable",
    "es posible", "é provável", "é possível", "è probabile", "è possibile",
    "is waarschijnlijk", "is mogelijk",
)  # fmt: skip

# Before a flag word, these make it unclear which colour is meant: ask instead.
QUALIFIERS = (
    "mostly", "mainly", "largely", "almost", "nearly", "kind of", "kinda", "sort of",
    "somewhat", "slightly", "a bit", "a little", "borderline", "probably", "likely",
    "possibly", "maybe", "perhaps", "partly", "partially", "between", "light", "dark",
    "pale", "leaning", "trending", "turning", "going", "heading", "becoming", "could be",
    "might be", "may be", "should be", "hopefully", "not quite", "semi", "half", "eher",
    "fast", "ziemlich", "plutôt", "presque", "casi", "quasi", "bijna", "nästan", "prawie",
    "почти", *HEDGES,
)  # fmt: skip
# Before a flag word, a negation: "not on track", "no longer blocked", "not done yet".
NEGATIONS = (
    "not", "no longer", "isn't", "isnt", "is not", "aren't", "are not", "never", "no more",
    "not yet", "hardly", "barely", "nicht", "kein", "keine", "pas", "non", "niet", "inte",
    "ikke", "nie", "не", "не є", "没有", "不",
    # "not at all", "nothing": "nada bien", "hiç iyi değil", "niente bene", "wcale nie"
    "nada", "niente", "nic", "niets", "ничего", "hiç", "wcale", "keineswegs", "nullement",
)  # fmt: skip
# Inside a phrase of several words, words of still, really, very, again, now or regret
# change nothing: "hängt leider fest" is "hängt fest", "står stadig i stampe" is "står i
# stampe", "está indo muito bem" is "está indo bem". Never a negation, a qualifier
# ("ganz", "plutôt", "pretty") or a hedge: those change what the phrase says.
FILLERS = frozenset(
    (
        "still", "really", "very", "truly", "totally", "completely", "definitely", "now",
        "again", "unfortunately", "sadly", "honestly", "finally", "currently", "already",
        "super",
        "leider", "noch", "immer", "weiterhin", "wirklich", "sehr", "total", "echt", "gerade",
        "jetzt", "momentan", "aktuell", "schon", "wieder", "nun", "halt", "völlig", "komplett",
        "toujours", "vraiment", "très", "encore", "malheureusement", "enfin", "déjà",
        "maintenant", "complètement", "totalement", "actuellement", "hélas", "franchement",
        "muy", "todavía", "aún", "realmente", "lamentablemente", "desgraciadamente", "ya",
        "ahora", "totalmente", "completamente", "súper",
        "muito", "ainda", "infelizmente", "já", "agora",
        "molto", "ancora", "davvero", "purtroppo", "già", "ora", "adesso", "proprio",
        "veramente",
        "nog", "steeds", "helaas", "erg", "heel", "nu", "alweer", "weer", "helemaal",
        "fortfarande", "fortsatt", "tyvärr", "verkligen", "väldigt", "mycket", "redan",
        "igen", "helt",
        "stadig", "fortsat", "fremdeles", "dessverre", "desværre", "virkelig", "veldig",
        "meget", "allerede", "igjen",
        "nadal", "wciąż", "niestety", "naprawdę", "bardzo", "już", "teraz", "znowu", "ciągle",
        "ещё", "еще", "по-прежнему", "реально", "очень", "уже", "сейчас", "снова", "опять",
        "hâlâ", "hala", "maalesef", "gerçekten", "çok", "yine", "tamamen",
    )
)  # fmt: skip
# Before a colour, these say where a key result is not: "far from green", "out of the
# red", "saiu do amarelo", "lontani dal verde". Asked unless the colour follows plainly.
AWAY_FROM = (
    "far from", "out of", "away from", "not far from", "weit weg von", "weit entfernt von",
    "raus aus", "aus dem", "loin du", "loin de", "sorti du", "sortis du", "sortie du",
    "lejos de", "lejos del", "lejos de la", "salió del", "salimos del", "sale del", "longe do",
    "longe de", "saiu do", "saímos do", "sai do", "longe da", "saiu da", "lontano dal",
    "lontani dal", "lontana dal", "lontane dal", "lontano da", "lontani da", "lontana da",
    "lontane da", "lontano dalla", "lontana dalla", "uscito dal", "usciti dal", "ver van",
    "uit het", "weg uit", "långt ifrån", "ut ur", "ute av", "langt fra", "ude af", "daleko od",
    "daleko do", "wyszedł z", "wyszliśmy z", "далеко от", "далеко до", "вышли из", "вышел из",
    "远离", "脱离",
)  # fmt: skip
# Someone else's view of the colour: "green - legal says red", "grün (Dana meint gelb)".
OTHERS_SAY = (
    "says", "say", "thinks", "think", "believes", "reckons", "feels", "claims", "insists",
    "would say", "calls it", "rates it", "sees it as", "considers it", "disagrees",
    "sagt", "sagen", "meint", "meinen", "findet", "finden", "hält es für", "dit", "disent",
    "pense", "pensent", "trouve", "estime", "considère", "dice", "dicen", "cree", "creen",
    "piensa", "considera", "diz", "dizem", "acha", "acham", "pensa", "ritiene", "zegt",
    "zeggen", "vindt", "vinden", "denkt", "säger", "tycker", "anser", "sier", "synes",
    "mener", "siger", "mówi", "mówią", "uważa", "twierdzi", "говорит", "говорят", "считает",
    "думает", "diyor", "düşünüyor", "说", "认为", "觉得", "と言って", "と見て",
)  # fmt: skip
# Before a key result in prose, these make what follows a condition or a question, not an
# answer: "If #13 is green by Friday…", "Whether #13 stays red…".
CONDITIONS = (
    "if", "unless", "once", "whether", "in case", "as soon as", "wenn", "falls", "sobald",
    "ob", "si", "dès que", "lorsque", "quand", "cuando", "en cuanto", "caso", "quando",
    "se", "als", "zodra", "indien", "om", "när", "så snart", "hvis", "når", "jeśli",
    "jeżeli", "gdy", "kiedy", "если", "когда", "якщо", "eğer", "もし", "如果", "要是", "假如",
)  # fmt: skip
# Words that set what follows against what came before ("but", "except", "aber", "但"): a
# sentence holding one is no plain statement of one colour (one_signal.py) and no plain
# account after a done day (done_days.py).
CONTRASTS = (
    "but", "except", "apart from", "aside from", "although", "though", "however", "yet",
    "aber", "außer", "mais", "sauf", "pero", "salvo", "excepto", "mas", "exceto", "porém",
    "ma", "però", "tranne", "maar", "behalve", "men", "utom", "bortsett från", "unntatt",
    "undtagen", "ale", "oprócz", "но", "кроме", "ama", "hariç", "但", "但是", "除了", "でも",
    "しかし", "以外",
)  # fmt: skip
# Between two flag words, these make it two answers at once ("red/yellow", "yellow or red").
# "Or" between two answers: "red or yellow", "rouge ou abandon" (asked, never either).
ALTERNATIVES = (
    "/", "or", "oder", "ou", "o", "of", "eller", "albo", "lub", "czy", "nebo", "или", "або",
    "oppure", "ou bien", "o bien", "か", "または", "もしくは", "或者", "还是", "或",
)  # fmt: skip
BETWEEN_FLAGS = (
    *ALTERNATIVES, "to", "->", "→", "=>", "and", "&", "+", "bzw.", "beziehungsweise",
    "voire", "bzw", "vs", "versus",
    # "leaning to": the flag is somewhere between the two ("jaune tirant sur le rouge")
    "verging on", "bordering on", "tending to", "tending towards", "tending toward",
    "leaning", "leaning to", "leaning towards", "leaning toward", "edging towards",
    "edging toward", "close to", "almost", "nearly", "tirant sur le", "tirant sur",
    "tirant vers le", "tirant vers", "tendant vers le", "tendant vers", "proche du",
    "presque", "tendiert zu", "tendiert richtung", "tendenz", "richtung", "eher richtung",
    "fast", "beinahe", "tirando a", "tirando para", "tendiendo a", "tendiendo al", "casi",
    "quase", "tendendo para", "tendendo a", "tendendo al", "tendente al", "quasi",
    "neigend naar", "richting", "tegen het", "bijna", "på väg mot", "nästan", "nesten",
    "næsten", "w stronę", "w kierunku", "prawie", "ближе к", "почти", "в сторону",
    "neredeyse", "寄りの", "寄り", "に近い", "偏", "接近",
    # turning into another: "green turning red", "gelb, wird rot" (asked)
    "turning", "turning to", "turning into", "going", "going to", "heading", "heading to",
    "heading for", "headed for", "headed to", "drifting", "drifting to", "drifting towards",
    "sliding", "sliding to", "sliding towards", "slipping to", "slipping towards",
    "moving to", "moving towards", "becoming", "wird", "wird gerade", "devient", "devenant",
    "virando", "vira", "volviéndose", "se vuelve", "diventando", "diventa", "wordt",
    "blir", "på väg att bli", "robi się", "staje się", "становится", "dönüyor",
)  # fmt: skip
# Marks a later flag as the person's correction of an earlier one: the later one wins.
CORRECTIONS = (
    "no wait", "wait", "actually", "sorry", "i mean", "i meant", "make that", "correction",
    # a typo owned up to: "red (typo, meant green)", "rot – Tippfehler, grün"
    "typo", "meant", "should read", "should say", "tippfehler", "vertippt", "gemeint",
    "faute de frappe", "coquille", "errata", "quise decir", "typfout", "bedoel", "bedoelde",
    "felskrivning", "skrivfel", "menade", "skrivefeil", "slåfejl", "erro de digitação",
    "quis dizer", "refuso", "literówka", "опечатка", "yazım hatası", "yanlış yazdım",
    "誤字", "打ち間違い", "打错了", "笔误",
    "corrected", "scratch that", "oops", "rather", "err", "er", "um", "no", "nope", "update",
    "edit", "eigentlich", "pardon", "en fait", "perdón", "non", "nein", "nee", "nej",
    "nei", "nie", "não", "nao", "ne", "нет", "ні", "いや", "いいえ", "不", "不对", "不是",
    "anzi", "espera", "enfin", "euh", "äh", "ähm", "eh", "ehm", "uh", "uhm", "hm",
    "korrektur", "berichtigung", "corrección", "correção", "correzione", "correctie",
    "rättelse", "korekta", "oprava", "訂正", "修正", "更正", "o sea", "quiero decir",
    "je veux dire", "ich meine", "bedoel", "ik bedoel", "intendo", "quer dizer", "digo",
    "wacht", "warte", "attends", "aspetta", "czekaj", "a nie", "待って", "等等",
    "strike that", "scrap that", "ignore that", "forget that", "doch", "sondern",
    # "sorry" and "I meant", in the languages of the table: "rojo… perdón, quería decir
    # amarillo" (the later flag wins, as with "no wait")
    "désolé", "désolée", "je voulais dire", "perdona", "disculpa", "lo siento",
    "quería decir", "quise decir", "desculpa", "desculpe", "quis dizer", "queria dizer",
    "scusa", "scusate", "volevo dire", "entschuldigung", "ich meinte", "ich wollte sagen",
    "excuus", "ik bedoelde", "förlåt", "jag menar", "jag menade", "beklager", "unnskyld",
    "undskyld", "jeg mener", "jeg mente", "przepraszam", "miałem na myśli",
    "miałam na myśli", "chciałem powiedzieć", "chciałam powiedzieć", "извините", "извини",
    "я имел в виду", "я имела в виду", "özür dilerim", "demek istedim", "すみません",
    "ごめん", "失礼", "抱歉", "不好意思", "我是说", "我的意思是",
    # "hang on" and "after all": "yellow... hang on, make that red", "nie, jednak żółty"
    "hang on", "hold on", "wait a sec", "wait a second", "one sec", "on second thought",
    "on second thoughts", "thinking about it", "warte mal", "moment mal", "moment",
    "attendez", "un momento", "momento", "aspetta un attimo", "wacht even", "vänta",
    "vent", "vent litt", "chwila", "poczekaj", "погоди", "подожди", "bekle", "dur",
    "ちょっと待って", "等一下", "jednak", "finalement", "al final", "afinal", "alla fine",
    "toch", "ändå", "likevel", "alligevel", "всё-таки", "все-таки", "всё же", "все же",
    # owning up to a slip: "vermelho. Ops, digitei errado: amarelo", "rot – vertan, gelb"
    "ops", "opa", "upps", "oups", "oeps", "hoppsan", "ups", "ой", "my bad", "my mistake",
    "wrong colour", "wrong color", "digitei errado", "escrevi errado", "me enganei", "errei",
    "escribí mal", "me equivoqué", "je me suis trompé", "je me suis trompée",
    "ich habe mich vertan", "vertan", "ho sbagliato", "ik heb me vergist", "ik vergiste me",
    "jag skrev fel", "skrev fel", "jeg skrev feil", "skrev feil", "jeg skrev forkert",
    "skrev forkert", "pomyliłem się", "pomyliłam się", "я ошибся", "я ошиблась", "ошибся",
    "ошиблась", "間違えました", "写错了",
)  # fmt: skip

# Corrections that are a bare "no": only with a separator after them ("amarillo, no, rojo"),
# since "red, no green light yet" is no correction.
BARE_NOS = frozenset(
    {"no", "nope", "non", "nein", "nee", "nej", "nei", "nie", "não", "nao", "ne", "нет", "ні",
     "a nie"}
)  # fmt: skip

# The person setting the flag: "#12 I'm calling it green", "…, so I'm calling it red".
OWN_CALL = (
    "i'm calling it", "i am calling it", "calling it", "i'm marking it", "i am marking it",
    "marking it", "i'm setting it to", "setting it to", "i'm putting it at",
    "putting it at", "i'm putting it on", "je le passe en", "je le passe au",
    "je la passe en", "je la passe au", "je le mets en", "je le mets au", "je la mets en",
    "lo pongo en", "la pongo en", "lo paso a", "lo marco en", "lo dejo en", "coloco em",
    "coloco como", "passo para", "marco como", "lo metto in", "lo metto a", "lo passo a",
    "ich setze es auf", "ich setze ihn auf", "ich setze sie auf", "setze es auf",
    "ich stelle es auf", "ik zet het op", "ik zet hem op", "zet ik op", "jag sätter den till",
    "jag sätter den på", "sätter den till", "jeg setter den til", "jeg setter den på",
    "setter den til", "jeg sætter den til", "sætter den til", "ustawiam na",
    "oznaczam jako", "ставлю", "ставлю на", "отмечаю как",
    # keeping it: "I'm keeping it yellow until …", "je le garde en jaune", "lo mantengo en"
    "i'm keeping it", "i am keeping it", "keeping it", "i'll keep it", "i keep it",
    "we're keeping it", "we keep it", "i'm leaving it", "i'm leaving it at", "leaving it at",
    "i'm leaving it on", "je le garde en", "je la garde en", "je le laisse en",
    "je la laisse en", "je le laisse au", "lo mantengo en", "la mantengo en", "lo dejo en",
    "mantenho em", "mantenho como", "deixo em", "lo lascio", "lo lascio in", "la lascio in",
    "lo tengo", "ich lasse es auf", "ich lasse es bei", "ich belasse es bei", "lasse es auf",
    "ik laat het op", "ik houd het op", "ik hou het op", "jag behåller den på",
    "jag låter den stå på", "jeg beholder den på", "jeg lar den stå på", "jeg lader den stå på",
    "zostawiam na", "zostawiam jako", "оставляю", "оставляю на",
)  # fmt: skip
# What may stand between a reference and its flag: "#12 is red", "#12 -> green".
CONNECTORS = (
    "'s", "|", ",", "rag status", "rag", "colour", "color",
    "is now", "is still", "is currently", "is looking", "is", "are", "are now", "are all",
    "all", "both", "both are", "are both", "beide", "now", "still", "currently", "remains",
    "remain", "stays", "stay", "looks",
    "we're", "we are", "it's", "it is", "its", "status is", "status", "flag is", "flag",
    "this week", "ist", "sind", "est", "sont", "está", "están", "tá", "es", "son", "è", "sono",
    "är", "er", "jest", "je", "є", "=>", "->", "→", "=", ":", "-", "–", "—", ".",
    "en", "em", "ist jetzt", "est maintenant", "ahora", "ora", "agora", "nu", "teraz",
    "liegt", "läuft", "va", "vai", "ligt", "loopt", "går", "ligger", "idzie", "sta",
    # verbs of going in the present: "#12 marche comme sur des roulettes", "#12 идёт по плану"
    # passing from one colour to another: "on passe de jaune à vert", "pasa de amarillo a verde"
    "on passe", "passe", "pasa", "pasamos", "passa", "passiamo", "wechselt", "przechodzi",
    "passe au", "passe à", "passe en", "on passe au", "on passe à", "on passe en", "pasa a",
    "pasa al", "pasamos a", "passa a", "passa al", "passa para", "passiamo a",
    "wechselt auf", "przechodzi na",
    "marche", "ça marche", "roule", "ça roule", "fila", "geht", "es geht", "gaat", "het gaat",
    "funkar", "flyter", "rullar", "kører", "det kører", "det går", "идёт", "идет", "движется",
    "gidiyor", "ilerliyor", "camina", "avanza", "avança", "andando", "procedono",
    # "we are", as "we're": "#12 siamo ancora bloccati", "#12 wir sind im Plan"
    "siamo", "siamo ancora", "estamos", "seguimos", "nous sommes", "on est", "wir sind",
    "wir sind noch", "we zijn", "we zijn nog", "vi är", "vi är fortfarande", "vi er",
    "vi er fortsatt", "jesteśmy", "nadal jesteśmy", "мы", "мы всё ещё",
    "procede", "anda", "segue", "steht auf", "steht", "staat op", "staat", "also", "too",
    "auch", "aussi", "también", "também", "ook", "anche",
    "stato", "stato attuale", "estado", "estado actual", "estado atual", "status atual",
    "durum", "stan", "статус", "状态", "狀態", "ステータス", "状況", "：",
    "situação", "situacao", "situación", "statut", "stand", "diese woche", "cette semaine",
    "esta semana", "questa settimana", "deze week", "denna vecka", "answer", "my answer",
    # Japanese and Chinese particles and copulas: "#12は順調", "#13も緑", "#14目前是黄色"
    "は", "も", "が", "については", "は現在", "は今", "の状況は", "の状態は", "是", "目前",
    "目前是", "现在", "现在是", "的状态是",
    "ten tydzień", "w tym tygodniu", "bu hafta", "den här veckan", "denne uken", "denne uge",
    "на этой неделе", "эта неделя", "今週", "今週は", "本周", "这周",
    "antwort", "réponse", "respuesta", "resposta", "risposta", "antwoord", "svar", "svaret",
    "odpowiedź", "ответ", "cevap", "回答", "答复",
    # an adverb of regret says nothing about the colour: "#12 ist leider rot"
    "unfortunately", "sadly", "leider", "malheureusement", "helaas", "purtroppo",
    "lamentablemente", "desafortunadamente", "infelizmente", "tyvärr", "dessverre",
    "desværre", "niestety", "bohužel", "к сожалению", "на жаль", "残念ながら", "hélas",
    # "finally": "#15 finally done", "Yellow pages: finally wrapped up", "#12 endlich grün"
    "finally", "at last", "endlich", "enfin", "por fin", "finalmente", "eindelijk",
    "äntligen", "endelig", "wreszcie", "наконец", "nihayet", "ついに", "终于",
    "aktuell", "derzeit", "momentan", "actuellement", "actualmente", "attualmente",
    "momenteel", "för närvarande", "obecnie",
    # a decision before a drop: "#13 we decided to drop it - …", "#122 我们决定放弃，…"
    "we decided to", "we've decided to", "we have decided to", "on a décidé de",
    "nous avons décidé de", "decidimos", "hemos decidido", "abbiamo deciso di",
    "we hebben besloten om", "vi har bestämt oss för att", "vi har besluttet at",
    "zdecydowaliśmy się", "мы решили", "karar verdik", "我们决定", "决定",
    # "everything" before a status word: "#12 alles gut", "#12 tout va bien", "#12 tudo certo"
    "alles", "tout", "todo", "tudo", "tutto", "allt", "alt", "alting", "wszystko", "всё",
    "все", "her şey", "一切", "全部", "すべて", "全て", "everything", "everything's",
    "everything is", "all is",
    # "both": "#72 en #73 allebei groen", "#12 et #13 tous les deux verts"
    "allebei", "alle twee", "beide", "alle beide", "tous les deux", "toutes les deux",
    "les deux", "ambos", "ambas", "los dos", "las dos", "os dois", "as duas", "entrambi",
    "entrambe", "tutti e due", "tutte e due", "båda", "bägge", "begge", "begge to",
    "oba", "obie", "оба", "обе", "ikisi de", "her ikisi de", "両方", "两个都", "都",
    # the person setting the flag: "I'm calling it green", "je le passe en vert"
    *OWN_CALL,
)  # fmt: skip
# Between a reference and its flag, these say the flag is the current one after a change:
# "#12 back to green", "#12 turned red", "#12 wieder grün", "#12 still red".
TRANSITIONS = (
    "back to", "is back to", "back in", "back at", "turned", "has turned", "went", "went to",
    "has gone", "gone", "moved to", "now back to", "jetzt", "nun", "wieder", "immer noch",
    "noch immer", "weiterhin", "maintenant", "désormais", "toujours", "de nouveau",
    "à nouveau", "encore", "tjs", "tjrs", "de nuevo", "otra vez", "todavía", "sigue", "sigue en",
    # passing to another colour: "El 44 pasa a amarillo", "on passe de jaune à vert"
    "pasa a", "pasa al", "pasamos a", "passe à", "passe au", "passe en", "on passe à",
    "on passe au", "on passe en", "passa a", "passa al", "passa para", "passiamo a",
    "gaat naar", "geht auf", "wechselt auf", "springt auf",
    "går till", "går över till", "går over til", "przechodzi na", "переходит в",
    "ancora", "di nuovo", "ainda", "de novo", "novamente", "weer", "nog steeds", "nog altijd",
    "igen", "fortfarande", "fortsatt", "nadal", "znowu", "wciąż", "opět", "stále",
    "stadig", "stadigvæk", "fortsat", "fremdeles", "hâlâ", "hala", "yine", "还是", "仍然是",
    "依然是", "还", "まだ",
    "снова", "всё ещё", "все еще", "знову", "досі", "まだ", "再び", "また", "仍然", "仍", "又",
    "依然", "moved", "changed", "switched", "passé", "passée", "est passé", "est passée",
    "pasó", "ha pasado", "passou", "passato", "è passato", "gegaan", "is gegaan", "gick",
    "ging", "ist gegangen", "wechselte", "gewechselt", "dropped to", "dropped back to",
    "flipped", "flipped to", "has flipped to", "switched to", "changed to", "turned to",
    "fell to", "fell back to", "downgraded to", "upgraded to", "improved to", "recovered to",
    "moved up to", "moved down to", "is recovering", "recovering", "improving", "recovered",
    "improved", "no change", "no changes", "unchanged", "slipped to", "slipped back to",
    "slid to", "passé au", "passée au", "est passé au", "est passée au", "passé à",
    "est passé à", "pasó a", "ha pasado a", "passou a", "passou para", "è passato a",
    "è passato al", "ging naar", "is gegaan naar", "passe au", "passe à", "passe en",
    "vient de passer au", "vient de passer à",
    "voltou para o", "voltou para", "voltou ao", "voltou a", "volvió a", "volvió al",
    "ha vuelto a", "de vuelta en", "tornato al", "tornato in", "tornata al", "tornato a",
    "è tornato", "è tornato al", "revenu au", "revenu à", "repassé au", "retour au",
    "terug naar", "terug op", "tillbaka till", "tillbaka på", "tilbake til", "tilbage til",
    "z powrotem na", "вернулся в", "вернулся к", "geri döndü",
    # still, in the other languages: "#42 seguimos en rojo", "#52 continua verde" (the
    # connector after them stays apart: "continúa en riesgo" keeps its flag phrase)
    "seguimos", "continúa", "se mantiene", "continua", "permanece", "resta", "rimane",
    "reste", "reste au", "on reste au", "toujours au", "bleibt", "blijft", "ligger kvar på",
    "är fortfarande", "er fortsatt", "er stadig", "ciągle", "по-прежнему", "остаётся",
    "остается", "всё так же", "引き続き", "こちらも", "依旧", "继续", "holding steady at",
    "holding at", "steady at", "stays at", "remains at", "still at",
)  # fmt: skip
# Right after a flag, words that add nothing: "#13 went red this week - vendor".
AFTER_FLAG_FILLERS = (
    "this week", "as of today", "today", "for now", "right now", "now", "en fait", "jetzt",
    "maintenant", "ahora", "agora", "adesso", "ora", "nu",
    "actually", "eigentlich", "de hecho", "in realtà", "na verdade", "eigenlijk",
    "faktiskt", "właściwie",
    "diese woche", "cette semaine", "esta semana", "questa settimana", "deze week",
    "denna vecka", "w tym tygodniu", "今週", "本周",
    "のままです", "のまま", "のままで", "です", "でした", "だ", "である", "了",
    # still, after the colour: "91 gul fortsatt", "#13 rouge encore"
    "still", "fortsatt", "fortsat", "stadig", "fortfarande", "noch", "encore", "todavía",
    "ainda", "ancora", "nog", "nadal", "wciąż",
    # so far, for the moment: "#12 no issues so far", "vert pour l'instant"
    "so far", "at the moment", "for the moment", "for the time being", "at present",
    "currently", "bisher",
    "bislang", "im moment", "derzeit", "pour l'instant", "pour le moment", "por ahora",
    "por el momento", "hasta ahora", "por enquanto", "até agora", "per ora",
    "per il momento", "finora", "tot nu toe", "voorlopig", "op dit moment", "hittills",
    "för tillfället", "så langt", "foreløpig", "indtil videre", "na razie", "jak dotąd",
    "пока что", "şimdilik", "şu ana kadar", "今のところ", "目前", "暂时",
    # until further notice: "grün bis auf Weiteres", "rouge jusqu'à nouvel ordre"
    "until further notice", "bis auf weiteres", "vorerst", "vorläufig", "erstmal",
    "jusqu'à nouvel ordre", "hasta nuevo aviso", "até segunda ordem", "fino a nuovo ordine",
    "tot nader order", "vooralsnog", "tills vidare", "inntil videre", "do odwołania",
    # there: "93 all fine there", "#12 red on that front"
    "there", "there too", "over there", "on that front", "on that one", "on this one",
    # since last week: "#93 uændret siden sidste uge", "red since last week"
    "since last week", "seit letzter woche", "seit der letzten woche", "depuis la semaine dernière",
    "desde la semana pasada", "desde a semana passada", "dalla settimana scorsa",
    "sinds vorige week", "sinds afgelopen week", "sedan förra veckan", "siden forrige uke",
    "siden sidste uge", "od zeszłego tygodnia", "od ostatniego tygodnia", "с прошлой недели",
    "geçen haftadan beri", "先週から", "从上周起", "从上周开始", "自上周以来",
    # too, and phone shorthand for "for now" and "also": "43 amarillo x ahora", "52 verde
    # tb", "71 groen hoor"
    "too", "as well", "también", "tambien", "também", "tambem", "tb", "tbm", "aussi", "auch",
    "anche", "ook", "också", "også", "też", "тоже", "x ahora", "x ora", "x el momento",
    "hoor", "hè",
    # how it goes, after a status said as an idiom: "ticking along nicely", "tıkırında gidiyor"
    "nicely", "gidiyor", "ilerliyor",
)  # fmt: skip
# Right after a flag, "again": it ends the flag's phrase and stays in the note ("#12 red
# again", "44 en rojo otra vez, rollback").
AGAIN = (
    "again", "once again", "otra vez", "de nuevo", "outra vez", "de novo", "wieder",
    "schon wieder", "di nuovo", "ancora una volta", "opnieuw", "weer", "igen", "znowu",
    "снова", "опять", "yine", "à nouveau", "de nouveau",
)  # fmt: skip
# "was yellow, now red": a flag of before, then the one of now (the later one counts).
WAS = (
    "was", "used to be", "previously", "war", "était", "etait", "era", "estaba", "estava",
    "var", "był", "była", "było", "byl", "была", "был", "было", "以前は", "之前是", "原来是",
)  # fmt: skip
NOW = (
    "now", "but now", "now it's", "now it is", "jetzt", "nun", "aber jetzt", "maintenant",
    "désormais", "ahora", "ora", "agora", "nu", "teraz", "nyní", "сейчас", "зараз", "今は",
    "现在", "现在是", "this week", "diese woche", "cette semaine", "esta semana",
    "questa settimana", "deze week", "denna vecka", "w tym tygodniu", "今週", "本周",
    "then", "and then", "but then", "dann", "danach", "puis", "ensuite", "luego", "después",
    "depois", "poi", "daarna", "sedan", "potem",
    # a contrast that names the flag of now: "late but still yellow" is yellow
    "but still", "but it's still", "but it is still", "yet still", "aber noch",
    "aber immer noch", "aber weiterhin", "mais toujours", "mais encore", "pero todavía",
    "pero aún", "pero sigue", "pero sigue en", "mas ainda", "mas continua", "ma ancora",
    "però ancora", "maar nog", "maar nog steeds", "maar nog altijd", "men fortfarande",
    "men stadig", "men fortsatt", "ale nadal", "ale wciąż", "ale stále", "но всё ещё",
    "но все еще", "але досі",
)  # fmt: skip
# "from yellow to red": the later flag counts.
FROM = ("from", "von", "de", "da", "van", "från", "fra", "z", "od", "с", "з", "从")
TO = (
    "to", "back to", "zurück auf", "wieder auf", "auf", "zu", "nach", "à", "au", "a", "para",
    "naar", "till", "til", "na", "до", "на", "到", "→", "->", "=>",
)  # fmt: skip

# Words that open a line before its reference: "Re #12 amber", "Correction: #12 red".
LEAD_INS = (
    "re", "regarding", "about", "for", "on", "ps", "p.s.", "pps", "also", "and", "only",
    "otherwise", "apart from that", "other than that",
    # an article or "both" before the references: "Both #12 and #13 are green", "Les #12 …"
    "both", "the", "der", "die", "das", "beide", "le", "la", "les", "les deux", "el", "los",
    "las", "ambos", "o", "os", "a", "as", "il", "lo", "gli", "entrambi", "de", "het", "båda",
    "begge", "oba", "оба",
)  # fmt: skip
# An afterthought before an answer, also before a key result's bare number and its flag:
# "oh and 14 still red", "ah esqueci: 53 tá indo bem", "哦对了 122 还是红".
AFTERTHOUGHTS = (
    "oh and", "oh", "ah", "and also", "btw", "by the way", "oh i forgot", "i forgot",
    "forgot", "one more", "one more thing", "oh yes", "oh yeah", "also", "and",
    "ach ja", "achso", "ach so", "übrigens", "und noch", "ah oui", "au fait", "ah et", "et",
    "ah y", "ah, y", "y", "por cierto", "ah sí", "ah e", "esqueci", "ah esqueci", "e",
    "ah sim", "a propósito", "ah già", "ah e poi", "dimenticavo", "o ja", "oh ja", "en",
    "trouwens", "åh", "förresten", "och", "forresten", "og", "i jeszcze", "aha", "a", "и",
    "кстати", "да, и", "ещё", "ah bir de", "bu arada", "ayrıca", "あと", "それと",
    "そういえば", "哦对了", "对了", "还有", "另外", "哦", "噢对了",
)  # fmt: skip
# A line or a note that starts with one of these corrects an earlier answer: it wins.
CORRECTION_LEAD_INS = (
    "correction", "corrected", "update", "updated", "actually", "sorry", "edit", "oops",
    "i mean", "i meant", "scratch that", "my mistake", "berichtigung", "korrektur",
    # in the other languages of the table: "perdón, el 43 es amarillo", "更正：#121 …"
    "entschuldigung", "rectification", "erratum", "pardon", "désolé", "désolée", "je corrige",
    "corrección", "correccion", "perdón", "perdon", "perdona", "disculpa", "rectifico",
    "correção", "correcção", "desculpa", "desculpe", "correzione", "rettifica", "scusa",
    "scusate", "scusami", "correctie", "verbetering", "excuus", "rättelse", "korrigering",
    "förlåt", "ursäkta", "rettelse", "korrektion", "undskyld", "retting", "korreksjon",
    "beklager", "unnskyld", "poprawka", "korekta", "sprostowanie", "przepraszam", "поправка",
    "исправление", "извините", "уточнение", "düzeltme", "özür dilerim", "訂正", "修正",
    "すみません", "失礼しました", "更正", "纠正", "抱歉", "不好意思",
)  # fmt: skip

DROP_WORDS = tuple(w for w, word in FLAG_WORDS.items() if word.meaning == DROP)
# Right after a flag, these make it the flag of another time: "red last week, green now".
PAST = (
    "last week", "previously", "before", "earlier", "until now", "until last week", "until",
    "till", "yesterday", "last time", "in the past", "letzte woche", "la semaine dernière",
    "la semana pasada", "la settimana scorsa", "na semana passada", "vorige week",
    "förra veckan", "forrige uke", "sidste uge", "w zeszłym tygodniu", "минулого тижня",
    "на прошлой неделе", "上周", "先週",
)  # fmt: skip
# Right after a flag, these make it a flag to come: "green by Friday", "green once legal
# signs" (but "behind by two weeks" is now).
NEXT_WEEK = (
    r"next (?:week|month|quarter|sprint)|nächste woche|(?:la )?semaine prochaine"
    r"|(?:la )?prochaine semaine|(?:la )?próxima semana|(?:la )?semana que viene"
    r"|(?:na )?próxima semana|(?:la )?prossima settimana|volgende week|nästa vecka"
    r"|w przyszłym tygodniu"
)
FUTURE = (
    r"(?:by|before|from|after|until|till|til|bis|bis zum|jusqu'au|jusqu'à|avant le|hasta el"
    r"|hasta|antes del|até|até ao|entro il|entro|tot|före|innan|innen|inden|przed|до) "
    r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|next|"
    r"the end|the \d|end|eo[dwmq]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)"
    r"|next (?:week|month|quarter|sprint|time)|soon\b|once\b|if\b|when\b|hopefully\b"
    r"|(?:si|se|wenn|falls|sofern|indien|caso|qualora)\b(?!-)"  # "rouge si QA échoue"
    r"|als (?:de|het|we|ze|er|die|dat|alles)\b"  # "groen als de dataset klopt" (not "als verwacht")
    rf"|{NEXT_WEEK}|in (?:a|one|two|three|\d+) (?:days?|weeks?|months?)"
)
# After a hedged flag, these put it in a later week: "yellow – maybe red next week" is
# yellow now (but "yellow, maybe red" and "green, probably red by Friday" are asked).
HEDGED_LATER = rf"(?:{NEXT_WEEK}|if\b)"
# Anywhere in a sentence: "Closing #12 next week", "#13 by Friday - green".
LATER_IN_SENTENCE = re.compile(rf"(?<!\w)(?:{FUTURE})", re.IGNORECASE)

# "#12 and #13: green": words that join references into one answer.
REF_JOINERS = (
    "and", "&", "+", "/", ",", "und", "et", "y", "e", "en", "och", "og", "i", "и", "ve", "と", "和",
    "及", "与", "跟", "、",
)  # fmt: skip


# "#12", "# 12", "KR 12", "KR-12", "KR#12", "key result 12", "(#12)", "[#12]".
REF = re.compile(
    r"[\[(]?(?:(?:kr|key\s+result|item|nr\.|no\.)\s*[-#]?\s*|#\s?)(?P<n>\d{1,9})(?!\d)(?![.,]\d)[\])]?",
    re.IGNORECASE,
)
# A bare number at the start of a line: "12:", "12)", "12.", "12 -" (not "12:30").
# In Chinese and Japanese the number may meet the next word ("12は順調", "14正常").
BARE_REF = re.compile(
    r"\(?(?P<n>\d{1,9})(?:\s*(?::(?!\d)|\))|\.(?=\s)|\s+[-–—](?=\s)|(?=\s)"
    r"|(?=[\u3001\u3040-\u30ff\u3400-\u9fff\uff0c\uff1a]))"
)
# An article or "number" before a bare number: "le 13", "el 13", "the 13", "número 13".
REF_ARTICLE = re.compile(
    r"(?:le|la|les|el|los|las|il|lo|gli|o|os|the|number|nummer|numéro|numero|número|nº|n°|№|номер)\s+(?=\d)"
)
# An article between a link word and the reference: "sur le #101", "con el #101".
LINK_ARTICLE = re.compile(r"(?:le|la|les|el|los|las|il|lo|o|os|the)\s+(?=#|\d)")
# Kept for the digest's question replies (services/questions.py).
REF_AT_START = re.compile(
    r"^\s*(?:(?:kr\s*#?\s*|#)(?P<a>\d{1,9})\b[\s:.)\]-]*|(?P<b>\d{1,9})\s*(?::(?!\d)|\))\s*)",
    re.IGNORECASE,
)
# A manager's thanks in a reply to the digest: "thanks #12", "thank you for #12 and #15!",
# "Thanks #12 for raising it early". A question mark makes it a question instead.
_THANKS_REF = r"(?:#\s?|kr\s*[-#]?\s*)\d{1,9}(?!\d)"
THANKS_LINE = re.compile(
    r"^(?:many\s+|big\s+)?(?:thanks|thank\s+you|thx|kudos)(?:\s+(?:so\s+much|a\s+lot))?"
    rf"(?:\s+for)?\s*[,:!-]?\s*(?P<refs>{_THANKS_REF}(?:\s*(?:,|&|\+|and)?\s*{_THANKS_REF})*)"
    r"(?P<rest>[^?]*)$",
    re.IGNORECASE,
)
THANKS_REF = re.compile(r"(\d{1,9})")
MD_EMPHASIS = re.compile(r"\*\*|__")  # **#12** in a Markdown or HTML-converted reply
BULLET = re.compile(r"^\s*(?:[-*•·‣◦▪–]|\d{1,2}\.)\s+")
SEPARATOR = re.compile(r"^\s*(?:[-–—:,;.!|/]+\s*)?")

# Scores: "0.7", ".7", "0,7", "70%", "70 %", "7/10", "70/100", "score 0.7", "(0.8)". A
# measure is no score: a percentage with decimals ("2,1 %", "99.7%"), a fraction of
# something else ("1/3 deals", "3 of 10 sites").
SCORE = re.compile(
    r"[(\[]?\s*(?:score\s*[:=]?\s*)?[(\[]?\s*(?:"
    r"(?P<pct>\d{1,3})\s*%"
    r"|(?P<tenths>\d{1,3})\s*/\s*(?P<of>10|100)(?!\d)"
    r"|(?P<num>0?[.,]\d+|1[.,]0+|[01])(?![\d.,]\d)(?!\s*/\s*\d)"
    r")(?:\s*[)\]])?",
    re.IGNORECASE,
)


def grammar_help() -> str:
    """The short grammar shown in confirmations when a reply could not be understood."""
    return (
        "One line per key result: its number, a flag, an optional score, and a note.\n"
        "  #12 green - signed 4 of 5\n"
        "  #13 red 0.3 - vendor slipped, need a decision\n"
        "  #14 yellow 70% at risk, waiting for legal\n"
        "Flags: green / on track, yellow / amber / at risk, red / off track / blocked / behind.\n"
        "Short forms G, Y, A, R and the coloured circles work too.\n"
        "Commands: #12 done | #12 drop - reason | #12 due 2026-12-15 (or: new date Dec 15) |\n"
        "away until 2026-12-01 | all green (every key result you did not name) |\n"
        "all green except #13 red | #40 depends on #12 | watch #12 | unwatch #12 |\n"
        "#12 lesson attention - what changes next time (after a miss).\n"
        "You may also type your answer under each key result of the quoted form."
    )


# Everyday idioms in the fifteen languages (idioms.py), where the table above has no word
# of its own, as words that end the answer's head ("#12 tight - …"); one that starts with a
# number ("100% done") would read as a score and is left out; one that says "all" ("alles
# im Lot") is a blanket (blankets.py reads it): its words after "all" are added.
_BEFORE_A_FLAG = frozenset((*CONNECTORS, *QUALIFIERS))


def _read_already(phrase: str) -> bool:
    """Whether the grammar reads `phrase` already: connectors or a qualifier, then one of its
    flag words ("en verde", "va bien", "a bit behind": asked, as the README says)."""
    words, i = phrase.split(), 0
    while i < len(words):
        if " ".join(words[i:]) in FLAG_WORDS:
            return True
        step = next((n for n in (2, 1) if " ".join(words[i : i + n]) in _BEFORE_A_FLAG), 0)
        if not step:
            return False
        i += step
    return False


# The second lexicon (colloquial.py) adds a phrase only when it says its meaning plainly:
# none with a negation, a hedge, a qualifier, a condition or a word of might ("gaat niet
# echt goed", "might slip": asked, as any such phrase), nor with a colour word of the table
# ("green across the board" is a blanket), nor a word of its own that ends the phrase
# already ("a bit behind schedule" reads as the grammar reads "a bit behind").
_UNPLAIN = frozenset(
    w
    for phrase in (*NEGATIONS, *HEDGES, *QUALIFIERS, *CONDITIONS)
    for w in phrase.split()
    if len(w) > 1 or ord(w[0]) >= 0x2E80
) | frozenset(
    ("no", "nicht", "nie", "ne", "n'est", "pas", "non", "niet", "geen", "inte", "ikke", "ei",
     "не", "değil", "yok", "might", "may", "could", "would", "should", "can't", "cannot",
     "won't", "könnte", "pourrait", "podría", "poderia", "potrebbe", "kan", "kunne", "kunde",
     "może", "может", "olabilir", "かも", "可能", "across", "board")
)  # fmt: skip
_COLOUR_WORDS = frozenset(  # the colours' names ("green", "vert", "gul"), not "good", "bien"
    p
    for p, w in FLAG_WORDS.items()
    if w.meaning in COLOURS and " " not in p and (not w.closed or p in ("vert", "verte", "gul"))
)


# A Turkish verb in the negative: "iyi gitmiyor" (not going well), "iyi gitmedi", "iyi
# olmayacak": a lexicon phrase ending in one is asked, as any negation is; after a colour
# word in a sentence (one_signal.py) "can't" counts too, "yetişemeyecek".
_TR_NEGATIVE = r"m[ıiuü]yor|m[ae]z|m[ae]d[ıiuü]|m[ae]y[ae]c[ae]k"
_TR_NEGATIVE_WORD = re.compile(rf"[^\W\d_]+?(?:{_TR_NEGATIVE})")
TR_NEGATIVE_VERB = re.compile(rf"[^\W\d_]+?(?:{_TR_NEGATIVE}|[ae]m[ae]y)[^\W\d_]*")
# In Chinese and Japanese a negation or a hedge sits inside the phrase: "不顺利", "進んでいない".
_CJK_UNPLAIN = ("不", "没", "未", "別", "无", "無", "ない", "ません", "かも", "可能", "也许")


def _plain(phrase: str) -> bool:
    words = phrase.replace(",", " ").split()
    if any(w in _UNPLAIN or w in _COLOUR_WORDS or _TR_NEGATIVE_WORD.fullmatch(w) for w in words):
        return False
    return not (ord(phrase[0]) >= 0x2E80 and any(c in phrase for c in _CJK_UNPLAIN))


_ALL_WORDS = tuple(
    f"{word} "
    for word in ("all", "everything", "everything's", "alles", "tout", "todo", "toda", "tudo",
                 "tutto", "allt", "alt", "alting", "wszystko", "всё", "все", "hepsi", "her şey")
)  # fmt: skip
for _lexicon, _meaning, _table in (
    (lexicon, meaning, table)
    # the second: copulas, "we" forms, spoken spellings; the third: figurative sayings
    for lexicon in (idioms, colloquial, sayings)
    for meaning, table in (
        (GREEN, lexicon.GREEN),
        (YELLOW, lexicon.YELLOW),
        (RED, lexicon.RED),
        (DONE, lexicon.DONE),
        (DROP, lexicon.DROP),
    )
):
    for _phrase in (p for phrases in _table.values() for p in phrases):
        if _phrase.startswith(_ALL_WORDS):  # "alles im Lot": "im Lot", after "alles"
            _phrase = _phrase.split(" ", 1)[1]
        if (
            not _phrase[:1].isdigit()
            and len(_phrase) > 2
            and not _read_already(_phrase)
            and (_lexicon is idioms or _plain(_phrase))
        ):
            FLAG_WORDS.setdefault(_phrase, Word(_meaning, closed=True))

# The plural and feminine of a participle that says a colour or a delay, as a team writes
# it of itself or of several things: "seguimos bloqueados", "bloquées", "bloccati",
# "atrasadas". Not of done or drop words ("hechos" are facts, "fatti" too).
_INFLECTIONS = (
    ("ado", ("ados", "ada", "adas")), ("ido", ("idos", "ida", "idas")),
    ("ato", ("ati", "ata", "ate")), ("uto", ("uti", "uta", "ute")),
    ("ito", ("iti", "ita", "ite")), ("é", ("és", "ée", "ées")),
)  # fmt: skip
for _phrase, _word in list(FLAG_WORDS.items()):
    if " " in _phrase or _word.meaning not in (*COLOURS, UNSURE) or _word.short or _word.guess:
        continue
    for _ending, _forms in _INFLECTIONS:
        if _phrase.endswith(_ending) and len(_phrase) > len(_ending) + 3:
            for _form in _forms:
                FLAG_WORDS.setdefault(_phrase[: -len(_ending)] + _form, _word)
# Typed without accents: "zolty", "gront", "laeuft nach plan", "concluido" (never over a
# phrase of its own: an unaccented form that is another word keeps that word's meaning).
for _phrase, _word in list(FLAG_WORDS.items()):
    for _form in unaccented(_phrase):
        FLAG_WORDS.setdefault(_form, _word)
