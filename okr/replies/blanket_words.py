"""The reply grammar's words around blankets and prose: "all green", its exceptions, a key
result set apart after it, and a change said in prose ("Only #14 changed: now yellow").

Beside `grammar.py` (the flag words and reference forms), so each table stays short; the
README's grammar lists them all.
"""

from __future__ import annotations

# "all green": answers every key result the reply does not name otherwise.
BLANKETS = (
    "everything else", "all else", "everything", "all the rest", "all the others",
    "all others", "all other krs", "all other key results", "all other items", "all remaining",
    "all items", "all krs", "all key results", "all of them", "all of mine", "all mine",
    "all my krs", "all three", "all four", "all five", "all six", "all 2", "all 3", "all 4",
    "all 5", "all 6", "all", "the rest",
    "rest", "the others", "others", "remaining", "alles", "todo", "todos", "tout",
    "tutto", "allt", "alt", "wszystko", "vše", "všetko", "всё", "все", "усе", "全部",
    "すべて", "全て", "tudo", "toda", "todas", "tous", "toutes", "alle", "wszystkie",
    "所有", "一切", "hepsi", "her şey", "herşey", "tümü", "we're all", "we are all",
    "we’re all", "都是", "全都", "都",
)  # fmt: skip
# Blankets that may follow an answer on the same line: "#13 red, everything else green".
BLANKETS_OF_THE_REST = (
    "everything else", "all the rest", "all the others", "all others", "all other krs",
    "all other key results", "all other items", "all remaining", "the rest", "rest",
    "the others", "others", "remaining", "all else", "the other ones",
)  # fmt: skip
# Flag-first blankets: "green across the board", "green for everything else".
BLANKET_AFTER = (
    "across the board", "everywhere", "for everything else", "for everything",
    "on everything else", "on everything", "on all fronts", "on all counts",
    "for the rest", "for all the others", "for all others", "for all", "on all",
)  # fmt: skip
# After "all green", these introduce exceptions: "except #13 red".
EXCEPT_WORDS = (
    "with the exception of", "except for", "except", "apart from", "aside from",
    "other than", "besides", "but", "save for", "save", "excluding", "bar", "barring",
    "only", "however", "though", "although", "außer", "ausser", "bis auf", "sauf", "nur",
    "seulement", "solo", "sólo", "só", "alleen", "bara", "tylko",
    "excepté", "excepto", "salvo", "menos", "tranne", "eccetto", "exceto", "behalve",
    "utom", "förutom", "unntatt", "bortsett fra", "undtagen", "bortset fra", "oprócz",
    "poza", "kromě", "okrem", "кроме", "за исключением", "крім", "除了", "除", "以外",
    "только", "лишь", "kun", "sadece", "yalnızca", "solamente", "apenas", "soltanto",

)  # fmt: skip
# Exception words that may open a line, before the blanket: "Apart from #13 (red), all green".
EXCEPT_FIRST_WORDS = (
    "except", "except for", "with the exception of", "apart from", "aside from", "other than",
    "besides", "außer", "ausser", "bis auf", "abgesehen von", "sauf", "à part", "excepto",
    "salvo", "aparte de", "tranne", "eccetto", "a parte", "exceto", "além de", "behalve",
    "utom", "förutom", "bortsett från", "oprócz", "poza", "kromě", "кроме", "за исключением",
    "крім", "除了",
)  # fmt: skip
# Exception words that follow the key results they except: "Hepsi yeşil, #214 hariç: kırmızı".
EXCEPT_AFTER_WORDS = ("hariç", "dışında", "以外", "を除いて", "除外", "除く")
# Words after "all green" that add nothing: "all green this week", "all green again".
BLANKET_FILLERS = (
    "this week", "again", "so far", "for now", "as before", "as last week", "still",
    "here", "too", "as well", "today", "otherwise", "overall", "for me", "from my side",
    "on my side", "as usual", "as always", "diese woche", "cette semaine", "esta semana",
    "from me", "on my end", "de mon côté", "pour ma part", "von meiner seite",
    "meinerseits", "por mi parte", "de mi parte", "da minha parte", "do meu lado",
    "da parte mia", "per quanto mi riguarda", "van mijn kant", "från min sida",
    "fra min side", "z mojej strony", "с моей стороны", "benim tarafımda",
    "questa settimana", "deze week", "denna vecka", "w tym tygodniu", "this time",
    "です", "por aqui", "por aquí", "ici", "bei uns", "bei mir", "aqui", "aquí", "qui",
    "nothing to report", "nothing else to report", "nichts zu berichten", "rien à signaler",
    "nada que reportar", "sin novedades", "niente da segnalare", "niets te melden",
)  # fmt: skip
# After a blanket, words that set a key result apart in prose, when a reference follows
# ("All green. Actually #13 should be red", "Alles grün, allerdings ist #13 rot"): the
# blanket leaves it out, and it gets the flag the prose gives it, or is asked about.
SET_APART_WORDS = (
    "actually", "in fact", "that said", "having said that", "just", "only exception",
    "the only exception", "one exception", "except that", "apart from that", "although",
    "aber", "allerdings", "jedoch", "nur", "außer dass", "ausser dass", "eigentlich",
    "mais", "par contre", "cependant", "toutefois", "sauf que", "en fait", "seul", "seule",
    "pero", "aunque", "eso sí", "eso si", "sin embargo", "excepto que", "salvo que", "de hecho",
    "mas", "porém", "contudo", "exceto que", "só", "na verdade", "maar", "echter", "alleen",
    "behalve dat", "eigenlijk", "ma", "però", "tuttavia", "tranne che", "eccetto che",
    "solo", "in realtà", "men", "dock", "ale", "jednak", "tylko", "aber nur", "einzig",
    "lediglich", "bloß", "seul bémol", "seule exception", "única excepción", "única exceção",
    "enige uitzondering", "unica eccezione", "einzige ausnahme", "the exception is",
    "the only exception is", "with one caveat", "one caveat", "one thing though",
    "one thing", "except one", "apart from one", "but one",
)  # fmt: skip
# Between such a word and the reference: "Só o #13", "nur bei #13", "allerdings ist #13".
SET_APART_FILLERS = (
    "the", "for", "with", "that", "o", "a", "el", "la", "le", "il", "lo", "het", "de", "bei",
    "für", "pour", "para", "per", "voor", "is", "ist", "est", "es", "está", "è", "que", "bij",
    "dat", "att", "dass", "che", "at", "że",
)  # fmt: skip
# Words that correct ("Actually #13 should be red"): after them "should be" gives the flag.
CORRECTING_WORDS = (
    "actually", "in fact", "eigentlich", "en fait", "de hecho", "na verdade", "eigenlijk",
    "in realtà",
)  # fmt: skip
CORRECTED_TO = (
    "should be", "should go", "must be", "needs to be", "sollte", "müsste", "devrait être",
    "debería estar", "debería ser", "deveria estar", "dovrebbe essere", "zou moeten",
    "moet", "ska vara", "skal være", "skal vere", "bør være", "powinien być", "powinno być",
    "должен быть", "должно быть", "olmalı", "应该是", "应该", "应当是", "应是", "べき",
)  # fmt: skip
# In prose about a set-apart key result, before its flag: these leave the flag unsaid
# ("#13 could turn red if QA slips", "#14 would be yellow if ...").
PROSE_MODALS = (
    "could", "might", "may", "would", "will", "'ll", "’ll", "won't", "if", "unless", "once",
    "when", "risk", "soon", "könnte", "würde", "wird", "falls", "wenn", "pourrait", "si",
    "podría", "sería", "poderia", "seria", "potrebbe", "sarebbe", "zou", "kan", "kunnen",
    "should", "sollte", "devrait", "debería", "deveria", "dovrebbe", "not", "no", "nicht",
    "pas", "niet", "não", "non", "sure", "unsure", "unsicher", "sûr", "seguro", "zeker",
    "sicuro", "call it", "hard", "difficult", "tough", "i'd", "i’d", "i would", "we'd",
    "we’d", "we would", "can't", "can’t", "cannot", "yet", "watch",
    "würde ich", "je dirais", "diría", "diria", "direi", "zou ik",
)  # fmt: skip
# After a reference that follows a blanket, words that put it under the blanket rather than
# apart ("All green, #13 included"): the blanket stays unclear, as before.
INCLUDED = (
    "included", "including", "too", "as well", "also", "inclusive", "eingeschlossen",
    "inbegriffen", "auch", "compris", "inclus", "aussi", "incluido", "incluida", "también",
    "incluído", "incluída", "também", "inbegrepen", "ook", "incluso", "inclusa", "anche",
)  # fmt: skip
# After a flag at the end of a clause, a verb that closes it: "behalve dat #103 nu rood is".
VERB_FINAL = ("is", "ist", "sind", "zijn", "är", "wird", "wordt", "is geworden", "geworden ist")
# After a flag that a transition led to, when it changed (not an earlier week's flag):
# "#12 moved to red yesterday".
CHANGED_WHEN = (
    "yesterday", "gestern", "hier", "ayer", "ontem", "gisteren", "ieri", "igår", "after",
    "nach", "après", "después de", "depois de", "dopo", "na",
)  # fmt: skip
# Transitions that say the flag changed already ("went red after the outage"), as opposed
# to one still under way ("recovering"): only after these is CHANGED_WHEN a time.
CHANGED = (
    "went", "went to", "turned", "has turned", "moved to", "moved", "has gone", "gone",
    "dropped to", "fell to", "slipped to", "slid to", "switched", "changed", "downgraded to",
    "upgraded to", "passé", "est passé", "passé au", "est passé au", "pasó", "pasó a",
    "ha pasado a", "passou", "passou a", "è passato", "è passato a", "gegaan", "ging",
    "gick", "wechselte", "gewechselt",
)  # fmt: skip
# "Thanks for the reminder! Only #14 changed: now yellow": one key result said to have
# changed, its answer after the colon (the others stay missing, never green).
ONLY_WORDS = (
    "only", "just", "nur", "seul", "seule", "seulement", "solo", "sólo", "solamente",
    "só", "só o", "só a", "apenas", "apenas o", "alleen", "soltanto", "solo il", "solo la",
    "enkel", "bara", "tylko", "только", "лишь", "kun", "sadece", "yalnızca",
)  # fmt: skip
CHANGE_LEADS = (  # "The only change is #14: yellow"
    "the only change is", "only change is", "the one change is", "the only change:",
    "die einzige änderung ist", "le seul changement est", "el único cambio es",
    "l'unico cambiamento è", "a única mudança é", "de enige wijziging is",
)  # fmt: skip
# "Nothing new except #14: yellow now": the others unchanged (not green: never recorded).
NO_CHANGE_WORDS = (
    "nothing new", "nothing changed", "no changes", "no change", "same as last week",
    "as last week", "nichts neues", "keine änderungen", "keine änderung", "wie letzte woche",
    "rien de neuf", "pas de changement", "aucun changement", "comme la semaine dernière",
    "nada nuevo", "sin cambios", "como la semana pasada", "niente di nuovo",
    "nessun cambiamento", "come la settimana scorsa", "nada de novo", "sem mudanças",
    "sem alterações", "como na semana passada", "niets nieuws", "geen wijzigingen",
    "zoals vorige week",
    # the rest as last week, then the one that changed: "The rest is unchanged, only #14: …"
    "the rest is unchanged", "the rest unchanged", "rest unchanged", "everything else is unchanged",
    "everything else unchanged", "rest unverändert", "der rest ist unverändert",
    "der rest unverändert", "alles andere unverändert", "le reste est inchangé",
    "le reste inchangé", "le reste ne change pas", "el resto sin cambios", "lo demás sin cambios",
    "o resto sem alterações", "o resto sem mudanças", "il resto invariato",
    "il resto è invariato", "de rest ongewijzigd", "de rest is ongewijzigd", "resten oförändrat",
    "resten är oförändrat", "resten uendret", "resten er uendret", "resten uændret",
    "resten er uændret", "reszta bez zmian", "остальное без изменений",
    "всё остальное без изменений", "все остальное без изменений", "geri kalanı aynı",
    "diğerleri aynı",
)  # fmt: skip
CHANGE_VERBS = (
    "changed", "has changed", "moved", "has moved", "is different", "hat sich geändert",
    "hat sich bewegt", "ist anders", "a changé", "a bougé", "a évolué", "cambió",
    "ha cambiado", "se movió", "mudou", "se mexeu", "è cambiato", "è cambiata", "si è mosso",
    "is veranderd", "is gewijzigd", "veranderde", "har ändrats", "zmienił się", "zmieniło się",
)  # fmt: skip
# How many exceptions follow on the lines below: "all good apart from two:".
COUNTS = (
    ("one", "1", "eins", "einen", "une", "un", "uno", "una", "um", "uma", "een", "en", "ett",
     "jeden", "одного", "один"),
    ("two", "2", "zwei", "deux", "dos", "dois", "duas", "due", "twee", "två", "to", "dwa",
     "два", "две"),
    ("three", "3", "drei", "trois", "tres", "três", "tre", "drie", "trzy", "три"),
    ("four", "4", "vier", "quatre", "cuatro", "quatro", "quattro", "fyra", "fire", "cztery",
     "четыре"),
)  # fmt: skip
COUNT_WORDS = "|".join(w for names in COUNTS for w in names)
# "all green except #13, which is red": words between an exception and its flag.
RELATIVES = (
    "which is", "which are", "that is", "that's", "being", "which", "who", "som är",
    # "… still": "which is still red", "som stadig er rød", "die immer noch rot ist"
    "which is still", "which are still", "that is still", "som stadig er", "som fortsatt er",
    "der er stadig", "der stadig er", "der er", "som er stadig",
    "som fortfarande är", "som stadig är", "der immer noch", "die immer noch", "das immer noch",
    "qui est toujours", "qui reste", "que sigue siendo", "que continua", "que continúa",
    "che è ancora", "che resta", "die nog steeds", "dat nog steeds", "który nadal jest",
    "która nadal jest", "które nadal jest",
    "som er", "der ist", "die ist", "das ist", "qui est", "que está", "que es", "que está",
    "che è", "die is", "dat is", "który jest", "która jest", "które jest",
    "both are", "are both", "both", "all are", "are all", "each", "beide", "beide sind",
    "sind beide", "les deux", "tous les deux", "ambos", "ambas", "entrambi", "allebei", "båda",
    # several key results: "sauf #32 et #33 qui sont jaunes", "außer #13 und #14, die sind gelb"
    "die sind", "die zijn", "qui sont", "que están", "que son", "que estão", "que são",
    "che sono", "som är", "som er", "które są", "kteří jsou", "které jsou", "которые",
    # a pronoun or "both" in a clause of its own: "#13 and #14 – both are red", "— он красный"
    "les deux sont", "tous les deux sont", "que siguen en", "que siguen", "que sigue en",
    "que sigue", "die staan allebei", "die staan", "die staat", "staan allebei", "da sind wir",
    "da ist es", "dort sind wir", "it's", "it is", "it’s", "they're", "they are", "they’re",
    "they're both", "they are both", "sie sind", "sie sind beide", "ils sont", "elles sont",
    "ambos em", "ambos en", "ambos están", "ambos são", "ambos estão", "entrambi sono",
    "sono entrambi", "båda är", "begge er", "begge", "beide zijn", "zijn allebei", "он",
    "она", "оно", "они", "оба", "обе", "jest", "są", "oba są", "obie są", "oba", "obie",
    "il est", "elle est", "er ist", "sie ist", "es ist", "hij is", "ze is", "het is",
    "den är", "det är", "den er", "det er", "to jest", "lui è", "ele está", "ela está",
)  # fmt: skip
# "The rest as last week", "De rest zoals vorige week": the others unchanged. Last week's
# flags are not carried over, so such a line is answered, never an answer's note.
REST_WORDS = (
    "the rest", "rest", "everything else", "all the rest", "the others", "all others",
    "der rest", "alles andere", "die anderen", "le reste", "tout le reste", "les autres",
    "el resto", "lo demás", "todo lo demás", "los demás", "il resto", "tutto il resto",
    "gli altri", "o resto", "tudo o resto", "os outros", "de rest", "de andere", "de anderen",
    "resten", "reszta", "pozostałe", "остальное", "всё остальное", "все остальное",
    "остальные", "решта", "інше", "el resto", "everything else", "the remaining ones",
    "others", "all else", "the other ones",
)  # fmt: skip
UNCHANGED_WORDS = (
    "as last week", "same as last week", "like last week", "as before", "unchanged",
    "no change", "no changes", "the same", "same", "wie letzte woche", "wie gehabt",
    "wie vorher", "unverändert", "comme la semaine dernière", "comme avant", "inchangé",
    "inchangés", "inchangée", "inchangées", "sans changement", "pareil",
    "como la semana pasada", "como antes", "sin cambios", "igual", "come la settimana scorsa",
    "come prima", "invariato", "invariati", "senza cambiamenti", "uguale",
    "como na semana passada", "sem alterações", "sem mudanças", "zoals vorige week",
    "zoals eerder", "ongewijzigd", "onveranderd", "hetzelfde",
    # round 8: "The rest is unchanged from last week.", "Le reste ne change pas."
    "unchanged from last week", "unchanged since last week", "the same as last week",
    "ne change pas", "ne changent pas", "n'a pas changé", "n’a pas changé",
    "hasn't changed", "has not changed", "didn't change", "did not change",
    "som förra veckan", "oförändrat", "oförändrad", "som forrige uke", "som sidste uge",
    "uendret", "uændret", "bez zmian", "без изменений", "без змін", "gleich", "wie zuvor",
)  # fmt: skip

# After a blanket, what says it is about the key results named next ("All good on #101",
# "Alles gut bei #101", "Tutto ok su #101"): a scope, not an exception.
SCOPE_LINKS = (
    "on", "with", "for", "in", "about", "regarding", "bei", "mit", "für", "zu", "sur", "pour",
    "avec", "côté", "con", "en", "para", "sobre", "com", "no", "na", "em", "su", "sul",
    "sulla", "per", "nel", "nella", "op", "bij", "met", "voor", "med", "för", "på", "z", "w",
    "przy", "dla", "по", "с", "для", "в", "на",
)  # fmt: skip
