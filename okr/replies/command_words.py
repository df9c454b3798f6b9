"""The reply grammar's command words: a new date, away, dependencies, watching, lessons.

Beside `grammar.py` (the flag words and reference forms), so each table stays short; the
README's grammar lists them all.
"""

from __future__ import annotations

DUE_PHRASES = (
    "new due date", "new date", "due date", "new deadline", "deadline moved to", "deadline",
    "moved to", "move to", "moving to", "push to", "pushed to", "pushing to", "push out to",
    "pushed out to", "moves to", "slips to", "slipped to", "slip to", "slipping to", "delayed to",
    "delay to", "postponed to", "postpone to", "rescheduled to", "reschedule to", "now due",
    "moving the date to", "moving it to", "move it to", "moved it to", "pushing it to",
    "pushed it to", "pushing back to", "pushed back to", "push back to", "moved out to",
    "moving out to", "move out to", "moved back to", "shifted to", "slid to",
    # other languages: "verschoben auf 2. Februar", "reporté au 2 février", "aplazado al …"
    "verschoben auf", "verschoben zum", "verschoben bis", "verschieben auf", "neues datum",
    "neuer termin", "neue frist", "fällig am", "reporté au", "reporté à", "reportée au",
    "reportée à", "décalé au", "décalée au", "repoussé au", "repoussée au",
    "nouvelle échéance", "nouvelle date", "aplazado al", "aplazada al", "aplazado hasta el",
    "pospuesto al", "pospuesta al", "retrasado al", "movido al", "nueva fecha",
    "la movemos al", "lo movemos al", "movemos al", "la pasamos al", "lo pasamos al",
    "movida al", "se mueve al", "la spostiamo al", "lo spostiamo al", "on le décale au",
    "on la décale au", "décalé à", "wir verschieben auf", "verschieben wir auf",
    "passa para", "mudado para", "we verschuiven naar", "schuift naar", "verschuift naar",
    "verschoven tot",
    "adiado para", "adiada para", "nova data", "novo prazo", "remarcado para",
    # "p/" is how Portuguese writers abbreviate "para": "adiado p/ 20/01"
    "adiado p/", "adiada p/", "remarcado p/", "remarcada p/", "passa p/", "mudado p/",
    "empurrado p/", "empurrada p/", "movido p/", "movida p/",
    "uitgesteld naar", "uitgesteld tot", "verschoven naar", "nieuwe datum", "nieuwe deadline",
    "rinviato al", "rinviata al", "posticipato al", "posticipata al", "spostato al",
    "spostata al", "nuova data", "nuova scadenza", "flyttad till", "flyttat till",
    "framflyttad till", "nytt datum", "utsatt til", "flyttet til", "ny dato",
    "przesunięte na", "przesunięty na", "przesunięta na", "nowy termin", "nowa data",
    "przesuwamy na", "przesuwam na", "przekładamy na", "przenosimy na", "przesuwamy to na",
    "przeniesione na", "przeniesiony na", "przeniesiona na", "przełożone na",
    "przełożony na", "przełożona na", "utsatt till", "uppskjutet till", "uppskjuten till",
    "udsat til", "skubbet til", "rykket til", "перенесли на", "отложено до",
    "延期到", "延期至", "推迟到", "推迟至", "改到", "改期到", "新日期", "新截止日期",
    "截止日期改为",
    "перенесено на", "перенесён на", "перенесен на", "новый срок", "ertelendi", "yeni tarih",
    "перенос на", "переносим на", "переносится на", "переношу на", "сдвигаем на",
    "сдвинули на", "сдвинуто на", "перенесено до", "переносимо на", "новая дата",
    "новый дедлайн", "новая дата сдачи", "нова дата", "новий термін", "新的截止日期",
    "新的日期", "新的期限", "截止日期改到", "新しい期日", "新しい締め切り", "新しい納期",
    "pushing this out to", "pushing it out to", "push it out to", "pushed it out to",
    "pushing this to", "bumping it to", "bumped it to", "bumping to", "bumped to", "bump to",
    "land it by", "landing it by", "will land it by", "will now land on", "now landing on",
    "now lands on", "schieben es auf", "schieben das auf", "schieben wir es auf",
    "schieben wir das auf", "schieben auf", "geschoben auf",
    "empurrar para", "empurramos para", "empurrado para", "passamos para",
    "schuiven het naar", "schuiven naar", "geschoven naar",
    "new eta", "eta moved to", "new target date", "target date moved to", "new target",
    "skjuter fram det till", "skjuter det till", "skjuter till", "skjuts fram till",
    "skjuts till", "flyttar det till", "flyttar till", "ny deadline", "nytt slutdatum",
    "skyver det til", "skyver til", "utsetter til", "utsetter det til", "ny frist",
    # the verb first, then "we": "skyver vi til 31. januar", "skjuter vi till"
    "skyver vi til", "skyver vi det til", "flytter vi til", "utsetter vi til",
    "udskyder vi til", "rykker vi til", "skjuter vi till", "skjuter vi det till",
    "flyttar vi till", "verschieben wir es auf",
    # the first person plural, with the key result as "it": "lo aplazamos al 30 de abril"
    "lo aplazamos al", "la aplazamos al", "aplazamos al", "lo aplazamos hasta el",
    "lo posponemos al", "la posponemos al", "posponemos al", "lo retrasamos al",
    "la retrasamos al", "lo pasamos para el", "adiamos para", "vamos adiar para",
    "vamos adiá-lo para", "o adiamos para", "a adiamos para", "lo rinviamo al",
    "la rinviamo al", "rinviamo al", "lo posticipiamo al", "la posticipiamo al",
    "on le repousse au", "on la repousse au", "on le reporte au", "on la reporte au",
    "nous le reportons au", "wir verschieben es auf den", "wir verschieben auf den",
    "we schuiven het op naar", "we stellen het uit tot", "vi skjuter upp det till",
    "przesuwamy na", "przesuwamy to na", "przekładamy na", "переносим его на",
    "откладываем до", "ertelediğimiz tarih", "erteliyoruz",
    "rykker det til", "udskyder til", "udskyder det til", "flytter det til", "flytter til",
    "期限を", "期限", "新しい期限", "締め切りを", "締切を", "納期を", "期日を",
    "hedef tarihini", "hedef tarihi", "yeni hedef tarihi", "teslim tarihi", "son tarih",
    "yeni son tarih", "bitiş tarihi",
    "due",
)  # fmt: skip
# After the date, in languages that put the verb last: "20 Ocak'a ertelendi", "1月20日に延期".
DUE_AFTER_DATE = (
    "ertelendi", "erteledik", "kaydırıldı", "kaydırdık", "ötelendi",
    "öteledik", "に延期", "へ延期", "まで延期", "に変更", "へ変更", "に後ろ倒し", "に再設定",
)  # fmt: skip
# Before a date phrase: the date is not decided yet ("might push to Jan 20").
UNDECIDED_WORDS = (
    "might", "may", "could", "considering", "thinking about", "thinking of", "if", "unless",
    "hoping to", "hope to", "könnten", "könnte", "pourrait", "pourrions", "podría",
    "podríamos", "poderia", "potrebbe", "zou kunnen",
)  # fmt: skip
AWAY_PHRASES = (
    "away until", "out until", "on leave until", "ooo until", "out of office until",
    "on vacation until", "on holiday until", "off until",
)  # fmt: skip
AWAY_LEAD_INS = ("i'm", "i am", "i’m", "i will be", "i'll be", "i’ll be")

# Lines of their own that change what a key result depends on, or who watches it (issue 17):
# "#40 depends on #12", "#40 needs #12 and #15", "#40 no longer depends on #12",
# "watch #12", "unwatch #12". Only a whole line of references counts: "#12 green - depends
# on the vendor" is a green with its note, never a command.
DEPEND_WORDS = ("depends on", "depend on", "needs", "need", "requires", "relies on")
UNDEPEND_WORDS = (
    "no longer depends on", "no longer depend on", "no longer needs", "no longer need",
    "does not depend on", "doesn't depend on", "doesn’t depend on", "does not need",
    "doesn't need", "doesn’t need", "no longer requires", "no longer relies on",
)  # fmt: skip
WATCH_WORDS = ("watch", "watching", "follow")
UNWATCH_WORDS = ("unwatch", "stop watching", "no longer watch", "unfollow", "stop following")
# "#12 lesson attention - I stopped checking the vendor's dates": what kind of miss it was,
# and what changes next time. The kinds, each with the words that name it.
LESSON_WORDS = ("lesson", "lessons", "lesson learned", "lesson learnt")
LESSON_KINDS = {
    "information": "information", "info": "information", "courage": "courage",
    "skill": "skill", "skills": "skill", "attention": "attention", "bold bet": "bet",
    "bet": "bet",
}  # fmt: skip
LESSON_KIND_NAMES = {  # as the answers and the digest say them
    "information": "information", "courage": "courage", "skill": "skill",
    "attention": "attention", "bet": "bold bet",
}  # fmt: skip
# Right after a done word, when it was done: "#13 finished last Friday", "concluído ontem"
# (the note; a done word with other words after it is prose: "done with QA, release next").
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DONE_WHEN = (  # only the past: "done on Friday" and "fertig am Freitag" may be to come
    "yesterday", "today", "this morning", "last week", "earlier this week",
    *(f"last {d}" for d in _DAYS),
    "gestern", "heute", "heute morgen", "letzte woche", "letzten montag", "letzten freitag",
    "hier", "aujourd'hui", "ce matin", "la semaine dernière", "lundi dernier",
    "vendredi dernier", "ayer", "hoy", "esta mañana", "la semana pasada", "el lunes pasado",
    "el viernes pasado", "ontem", "hoje", "na semana passada", "na sexta passada", "ieri",
    "oggi", "stamattina", "la settimana scorsa", "lunedì scorso", "venerdì scorso",
    "gisteren", "vandaag", "vanochtend", "vorige week", "afgelopen maandag",
    "afgelopen vrijdag", "vorige vrijdag", "hier soir", "anoche", "ieri sera", "gisteravond",
    "gestern abend", "last night", *(f"since {d}" for d in _DAYS), "since last week",
    "seit montag", "seit dienstag", "seit mittwoch", "seit donnerstag", "seit freitag",
    "seit letzter woche", "depuis lundi", "depuis mardi", "depuis mercredi", "depuis jeudi",
    "depuis vendredi", "depuis la semaine dernière", "desde el lunes", "desde el martes",
    "desde el miércoles", "desde el jueves", "desde el viernes", "desde la semana pasada",
    "desde segunda", "desde a semana passada", "da lunedì", "dalla settimana scorsa",
    "sinds maandag", "sinds dinsdag", "sinds woensdag", "sinds donderdag", "sinds vrijdag",
    "sinds vorige week", "i går", "igår", "i dag", "idag", "i morse", "i morges",
    "förra veckan", "forrige uke", "sidste uge", "wczoraj", "dzisiaj", "dziś", "dzis",
    "w zeszłym tygodniu", "вчера", "сегодня", "на прошлой неделе", "dün", "bugün",
    "geçen hafta", "昨日", "今日", "先週", "昨天", "今天", "上周",
)  # fmt: skip
# After a done word and a space, the note ("erledigt alle Konten umgezogen", "完成 合同已签"),
# unless the next word makes the done word part of a phrase ("fertig mit der Migration",
# "klaar met testen", "terminé avec les tests"), says it is not yet or not all, or to come.
# English done words are left out: "completed 3 of 5 steps", "finished the design".
DONE_THEN_NOTE_NOT_AFTER = (
    "done", "shipped", "complete", "completed", "finished", "delivered", "launched",
    "achieved", "wrapped up", "all done", "closed", "closed out", "can be closed", "can close",
    "closing it", "closing it out", "ist durch", "sind durch", "kann zu", "pode fechar",
    "podemos fechar", "podemos cerrar", "possiamo chiudere", "kan dicht", "on peut fermer",
)  # fmt: skip
DONE_NOTE_BLOCKERS = frozenset(
    {"with", "mit", "met", "med", "avec", "con", "com", "z", "ze", "с", "з", "by", "bis", "until",
     "till", "tot", "jusqu'à", "hasta", "até", "fino", "do", "до", "except", "außer", "ausser",
     "sauf", "salvo", "excepto", "exceto", "tranne", "behalve", "utom", "undtagen", "unntatt",
     "oprócz", "kromě", "кроме", "крім", "but", "aber", "mais", "pero", "mas", "ma", "maar",
     "men", "ale", "но", "але", "soon", "bald", "bientôt", "pronto", "presto", "binnenkort",
     "snart", "wkrótce", "brzy", "скоро", "almost", "fast", "presque", "casi", "quasi",
     "bijna", "nästan", "næsten", "nesten", "prawie", "téměř", "почти", "майже", "noch",
     "encore", "todavía", "ainda", "ancora", "nog", "ännu", "endnu", "ennå", "jeszcze",
     "ještě", "ещё", "еще", "ще", "nicht", "pas", "no", "não", "non", "niet", "inte", "ikke",
     "nie", "ne", "не", "not", "für", "pour", "para", "per", "voor", "för", "for", "na",
     "на", "zum", "zur", "auf", "au", "al", "ao", "aan", "til", "im", "dans", "en",
     "in", "i", "w", "v", "в", "у", "si", "wenn", "falls", "se", "als", "om", "jeśli",
     "если", "якщо", "sobald", "dès", "cuando", "quando", "wanneer", "när", "når", "kiedy",
     "když", "когда", "коли", "de", "der", "die", "das", "den", "le", "la", "les", "el",
     "lo", "los", "las", "il", "gli", "o", "os", "as", "het", "bis auf", "zu", "morgen",
     "demain", "mañana", "amanhã", "domani", "imorgon", "jutro", "zítra", "завтра", "nächste",
     "nächsten", "prochaine", "prochain", "próxima", "próximo", "prossima", "prossimo",
     "volgende", "nästa", "neste", "næste", "przyszły", "příští", "следующей", "наступного",
     "op", "på", "am", "um", "ce", "this", "vóór", "avant", "antes", "prima", "före", "innan",
     "przed", "před", "før", "tegen", "uiterlijk", "spätestens", "senast", "najpóźniej"}
)  # fmt: skip
# "hecho los tres renovados": a plural article and a count or "all" is the note.
DONE_NOTE_COUNTS = frozenset(
    {"dos", "tres", "cuatro", "todos", "todas", "deux", "trois", "quatre", "tous", "toutes",
     "zwei", "drei", "vier", "alle", "dois", "duas", "três", "quatro", "due", "tre", "quattro",
     "tutti", "tutte", "twee", "drie"}
)  # fmt: skip
# A done word, then only part of it: "completed 3 of 5 steps", "erledigt: 3 von 5",
# "terminé à 80 %", "done, apart from legal". Asked, never closed: closing the key result
# would hide what is left. The fraction's "of" and the exception's lead-in, per language.
PART_OF = (
    "of", "out of", "von", "de", "sur", "su", "di", "van", "van de", "av", "af", "z", "ze",
    "из", "з", "/",
)  # fmt: skip
PART_EXCEPT = (
    "except", "except for", "apart from", "aside from", "other than", "besides", "save for",
    "außer", "ausser", "bis auf", "abgesehen von", "sauf", "à part", "hormis", "excepto",
    "salvo", "menos", "aparte de", "exceto", "tirando", "tranne", "eccetto", "a parte",
    "behalve", "utom", "förutom", "bortsett från", "undtagen", "bortset fra", "unntatt",
    "bortsett fra", "oprócz", "poza", "z wyjątkiem", "kromě", "až na", "кроме",
    "за исключением", "крім", "окрім", "除了", "以外", "hariç", "paitsi",
)  # fmt: skip
