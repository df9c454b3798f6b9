"""Round 8 of the reply grammar: status said in whole phrases ("sieht gut aus", "tout va
bien", "alles op groen") and drop said as a verb clause ("das lassen wir – …").

Beside `grammar.py`, which merges these into its one table of flag words (so that module
stays under 500 lines); the README's grammar lists them all.
"""

from __future__ import annotations

# "Looks good" and "everything to plan", in the languages of the table: green.
LOOKS_GOOD = (
    "sieht gut aus", "schaut gut aus", "ça a l'air bien", "ca a l'air bien",
    "a l'air bien", "ça se présente bien", "se ve bien", "pinta bien", "parece bom",
    "parece bem", "sembra buono", "sembra bene", "sembra andare bene", "ziet er goed uit",
    "ser bra ut", "ser godt ut", "ser godt ud", "wygląda dobrze", "выглядит хорошо",
    "выглядит нормально", "виглядає добре", "看起来不错", "良さそう", "iyi görünüyor",
    "всё по плану", "все по плану", "всё идёт по плану", "все идет по плану",
    "alles nach plan", "alles im plan", "tout selon le plan", "selon le plan",
    "todo según lo previsto", "todo según el plan", "tudo conforme o planejado",
    "tutto secondo i piani", "alles volgens plan", "allt enligt plan", "alt etter planen",
    "wszystko zgodnie z planem", "we're good", "we are good", "we’re good",
)  # fmt: skip
# "No problems", "nothing to report": green only when they end the answer ("#12 no
# problems" is green; "#12 no problems with legal, the vendor is late" is a sentence).
NO_PROBLEMS = (
    "no problems", "no problem", "no issues", "no issue", "no concerns", "nothing to report",
    "kein problem", "keine probleme", "keine auffälligkeiten", "nichts zu melden",
    "pas de problème", "aucun problème", "rien à signaler", "ras", "sin problemas",
    "ningún problema", "nada que reportar", "sem problemas", "nenhum problema",
    "nada a reportar", "nessun problema", "niente da segnalare", "geen problemen",
    "geen probleem", "niets te melden", "inga problem", "inget att rapportera",
    "ingen problemer", "intet at rapportere", "ikke noe å rapportere", "bez problemów",
    "brak problemów", "nic do zgłoszenia", "без проблем", "проблем нет", "sorun yok",
    "問題なし", "問題ありません", "問題ない", "没问题", "沒問題", "没有问题", "無問題",
    "inga konstigheter", "inget konstigt", "ingen problemer her", "一切顺利", "一切正常",
    # "nothing to highlight", "nichts Besonderes": nothing worth a word, so fine
    "nothing to flag", "nothing to highlight", "nada a destacar", "nada que destacar",
    "nada a assinalar", "nichts besonderes", "rien de particulier", "niente di particolare",
    "niets bijzonders", "inget särskilt", "ikke noe spesielt", "intet særligt",
    "nic szczególnego", "ничего особенного", "特になし", "没什么特别的",
)  # fmt: skip
# Words that are green only when they end the answer ("Tout va bien", "Todo bien",
# "Alles bestens"): a word after them makes them part of a sentence.
FINE = (
    "bestens", "roule", "va bien", "bien", "bon", "certo", "a posto", "in ordnung",
    "en orden", "em ordem", "in orde", "i ordning", "i orden", "w porządku", "в порядке",
    "в норме", "у порядку", "в порядку", "en ordre", "bene",
    # "good", "fine" and "all clear" said alone in the other languages: "#12 prima"
    "gut", "prima", "alles klar", "goed", "bra", "godt", "dobrze", "хорошо", "нормально",
    "iyi", "gayet iyi", "çok iyi", "良好", "顺利", "bem", "tranquilo", "all is well", "all well",
    # running, said alone: "Alt kører", "#22 läuft", "tout roule"
    "läuft", "kører", "roule", "tout roule", "ça roule", "rullar", "rullar på", "funkar",
    "funker", "marcha", "funciona",
    # the same of several key results at once: "El 41 y el 43 van bien"
    "van bien", "vont bien", "vão bem", "vanno bene", "gaan goed", "laufen gut", "laufen",
    "idą dobrze", "идут хорошо", "идут нормально", "marchan", "funcionan",
)  # fmt: skip
# "On the right track": green, like "on track".
RIGHT_TRACK = (
    "on the right track", "well on track", "bien encaminado", "bien encaminada",
    "bem encaminhado", "bem encaminhada", "ben avviato", "ben avviata", "goed op weg",
    "op de goede weg", "auf einem guten weg", "auf gutem weg", "sur la bonne voie",
    "på god väg", "på rätt väg", "på god vei", "godt på vej", "na dobrej drodze",
    "на верном пути", "на правильном пути", "doğru yolda", "順調に進んでいます", "进展良好",
)  # fmt: skip
# Done in the neuter, closing a sentence: "så det er færdigt".
DONE_NEUTER = ("færdigt", "färdigt", "ferdigt", "ist durch", "sind durch")  # not "… durch X"
# A colour after "op" (Dutch: "alles op groen", "die staan op rood").
ON_COLOUR = {"green": ("op groen",), "yellow": ("op geel",), "red": ("op rood",)}
# "Same as last week", "unchanged", said of one key result: last week's flag again, which
# the form showed next to it. decide.py carries that flag over and the confirmation says
# so; without a flag last week it is asked. Only when the answer ends there ("#16
# unchanged", "#16 unchanged - vendor still quiet"); before a colour it is a connector
# ("unchanged, still red"). "The rest unchanged" is a blanket: nothing recorded.
SAME_AS_LAST_WEEK = (
    "same as last week", "the same as last week", "same as before", "as last week",
    "like last week", "as before", "unchanged", "unchanged from last week",
    "unchanged since last week", "no change", "no changes", "no change from last week",
    "no change since last week", "same again", "still the same", "nothing changed",
    "status quo",
    # "Nothing new", "sin novedad": no news since last week, so last week's flag again
    "nothing new", "nothing new to report", "no news", "no update", "no updates",
    "nichts neues", "rien de neuf", "nada nuevo", "sin novedad", "sin novedades",
    "nada de novo", "sem novidade", "sem novidades", "niente di nuovo", "nessuna novità",
    "niets nieuws", "inget nytt", "ingenting nytt", "intet nyt", "ikke noe nytt", "nic nowego",
    "ничего нового", "yeni bir şey yok", "特に変化なし", "没有新进展",
    "wie letzte woche", "wie in der letzten woche", "wie vorige woche", "wie gehabt",
    "unverändert", "keine änderung", "keine veränderung", "wie bisher",
    "comme la semaine dernière", "comme la semaine derniere", "inchangé", "inchangée",
    "pas de changement", "sans changement", "comme avant",
    "igual que la semana pasada", "igual que la semana anterior", "como la semana pasada",
    "sin cambios", "como antes",
    "igual à semana passada", "igual a semana passada", "como na semana passada",
    "sem alterações", "sem alteração", "sem mudanças", "sem mudança", "inalterado",
    "come la settimana scorsa", "uguale alla settimana scorsa", "invariato", "invariata",
    "nessun cambiamento", "nessuna variazione", "come prima",
    "zelfde als vorige week", "hetzelfde als vorige week", "als vorige week",
    "zoals vorige week", "ongewijzigd", "onveranderd", "geen verandering", "geen wijziging",
    "samma som förra veckan", "som förra veckan", "oförändrat", "oförändrad",
    "ingen förändring", "samme som sidste uge", "som sidste uge", "uændret",
    "ingen ændring", "ingen ændringer", "samme som forrige uke", "som forrige uke",
    "uendret", "ingen endring", "ingen endringer",
    "bez zmian", "tak jak w zeszłym tygodniu", "jak w zeszłym tygodniu",
    "jak w poprzednim tygodniu", "без изменений", "как на прошлой неделе",
    "всё так же", "все так же", "değişiklik yok", "geçen haftayla aynı",
    "geçen hafta ile aynı", "değişmedi",
    "先週と同じ", "先週と同様", "変わらず", "変化なし", "変更なし", "前回と同じ",
    "和上周一样", "与上周相同", "跟上周一样", "同上周", "没有变化", "无变化", "照旧",
    # unchanged since last week, in the other languages: "MS: uændret siden sidste uge"
    "unverändert seit letzter woche", "inchangé depuis la semaine dernière",
    "sin cambios desde la semana pasada", "sem alterações desde a semana passada",
    "invariato dalla settimana scorsa", "ongewijzigd sinds vorige week",
    "oförändrat sedan förra veckan", "uændret siden sidste uge", "uendret siden forrige uke",
    "bez zmian od zeszłego tygodnia", "без изменений с прошлой недели",
    "geçen haftadan beri değişiklik yok", "先週から変わらず", "从上周起没有变化",
)  # fmt: skip
# "Same", "ditto", "idem" alone may mean as last week or as the answer above ("#12 green,
# #13 same"): asked, never carried.
SAME_BARE = (
    "same", "the same", "ditto", "idem", "pareil", "igual", "lo mismo", "uguale", "hetzelfde",
    "samma", "samme", "to samo", "то же самое", "aynı", "同じ", "同上",
)  # fmt: skip
# Drop said as a verb clause; counted only when the clause ends there, a reason after a
# dash ("#12 das lassen wir – kein Budget"): "das lassen wir so" is no drop.
DROP_CLAUSES = (
    "we drop this one", "we drop it", "we drop this", "we're dropping this one",
    "we are dropping this one", "we’re dropping this one", "we're dropping this",
    "den dropper vi", "det dropper vi", "vi dropper den", "vi dropper det",
    "das lassen wir", "das lassen wir sein", "on l'abandonne", "on l’abandonne",
    "on la laisse tomber", "on le laisse tomber", "lo dejamos", "la dejamos",
    "lo abandonamos", "отменяем", "отказываемся", "скасовуємо", "відмовляємося",
    "rezygnujemy", "我们放弃了", "我们放弃", "放弃了", "lo lasciamo", "la lasciamo",
    "we laten het", "desistimos dele", "vazgeçiyoruz", "vi lägger ner det", "vi lägger ner",
    "vi skrotar det", "vi legger det ned", "vi legger ned", "vi lægger det ned",
    "vi lukker det ned", "vi skroter det",
    "we cancel it", "we're cancelling it", "we are cancelling it", "we're canceling it",
    "we are canceling it", "we cancelled it", "we canceled it", "wir canceln es",
    "wir brechen es ab", "wir brechen das ab", "on l'annule", "on l’annule", "on annule",
    "lo cancelamos", "la cancelamos", "lo anulamos", "la anulamos", "o cancelamos",
    "a cancelamos", "vamos cancelar", "lo cancelliamo", "la cancelliamo", "lo annulliamo",
    "we annuleren het", "we stoppen ermee", "vi ställer in det", "vi avbryter det",
    "vi avlyser det", "vi aflyser det", "anulujemy", "odwołujemy", "anulujemy to",
    "iptal ediyoruz", "iptal ettik", "中止します", "中止しました", "取消了",
)  # fmt: skip
# After a flag and ending the answer, "I don't know": the flag is a guess, and asked.
DOUBTS = (
    "not sure", "i'm not sure", "im not sure", "i am not sure", "not certain", "unsure",
    "no idea", "don't know", "dont know", "i don't know", "i dont know", "dunno",
    "hard to say", "hard to tell", "difficult to say", "can't tell", "cant tell",
    "can't say", "je ne sais pas", "je sais pas", "pas sûr", "pas sûre", "pas certain",
    "difficile à dire", "weiß nicht", "ich weiß nicht", "ich weiß es nicht", "keine ahnung",
    "nicht sicher", "schwer zu sagen", "no sé", "no lo sé", "no estoy seguro",
    "no estoy segura", "difícil de decir", "não sei", "não tenho certeza", "difícil dizer",
    "non so", "non lo so", "non sono sicuro", "non sono sicura", "difficile dirlo",
    "weet niet", "ik weet het niet", "niet zeker", "moeilijk te zeggen", "vet inte",
    "jag vet inte", "osäker", "svårt att säga", "vet ikke", "jeg vet ikke", "ved ikke",
    "jeg ved ikke", "usikker", "vanskelig å si", "svært at sige", "nie wiem",
    "nie jestem pewien", "nie jestem pewna", "trudno powiedzieć", "не знаю", "не уверен",
    "не уверена", "трудно сказать", "bilmiyorum", "emin değilim", "söylemek zor",
    "わからない", "分からない", "わかりません", "不知道", "不确定", "说不好", "不好说",
)  # fmt: skip
# Before a hedge or a doubt, "honestly" adds nothing: "jaune, franchement je ne sais pas".
FRANKLY = (
    "honestly", "frankly", "to be honest", "tbh", "truthfully", "franchement",
    "honnêtement", "ehrlich gesagt", "ehrlich", "sinceramente", "francamente",
    "la verdad", "a decir verdad", "eerlijk gezegd", "ärligt talat", "ærligt talt",
    "ærlig talt", "szczerze mówiąc", "szczerze", "честно говоря", "честно", "açıkçası",
    "dürüst olmak gerekirse", "正直", "正直なところ", "说实话", "老实说",
)  # fmt: skip
