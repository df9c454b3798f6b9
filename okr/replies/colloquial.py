"""A second lexicon of colloquial status phrases in the fifteen languages of the reply
grammar, by meaning: copula and positional-verb phrases ("looks fine", "sieht prima aus",
"ligger godt an", "ziet er prima uit", "c'est en bonne voie"), first-person plural forms
("we're on track", "wir sind im Plan", "vamos bien", "siamo in linea", "мы в графике",
"yolundayız"), spoken and phone spellings ("tá andando bem", "tô no prazo", "норм всё"),
"no worries" kinds ("kein Grund zur Panik", "sem stress", "不用操心"), and colloquial
yellow, red, done and drop phrases ("a bit shaky", "deu muito ruim", "不弄了").

Written on 2026-12-07, from a brief, by a helper session that saw none of the replies the
parser is measured on, as a complement to idioms.py: it holds only phrases idioms.py lacks.
Phrases whose meaning depends on context, that could be read as another meaning, or that
are only a hope or a hedge ("should be fine") are in AMBIGUOUS, kept for reference and
never read. grammar.py merges this file like idioms.py, but only its plain phrases
(`grammar._plain`: none with a negation, hedge, qualifier, condition, "might", a Turkish
negative verb or a colour's name, so that "sieht nicht gut aus" or "iyi gitmiyor" stay
asked as any negation is): each becomes a word that must end the answer's head, so
negations, hedges and the rest apply to them as to any flag word. After the lead's review,
"risky", "shipped it" and "c'est chaud" moved to AMBIGUOUS.
"""

from __future__ import annotations

# fmt: off
GREEN: dict[str, tuple[str, ...]] = {}
YELLOW: dict[str, tuple[str, ...]] = {}
RED: dict[str, tuple[str, ...]] = {}
DONE: dict[str, tuple[str, ...]] = {}
DROP: dict[str, tuple[str, ...]] = {}
AMBIGUOUS: dict[str, tuple[str, ...]] = {}

# --------------------------------------------------------------------- en
GREEN["en"] = (
    "looks fine", "looks good", "looks great", "looks solid", "looks healthy",
    "looking great", "looking fine", "looking solid", "looking healthy",
    "looks on track", "in good hands", "in great shape", "in good order",
    "in a good place", "in a good spot", "we're on track", "we are on track",
    "still on track", "right on track", "firmly on track", "well on track",
    "bang on track", "right on schedule", "on plan", "going to plan",
    "going according to plan", "according to plan", "tracking to plan",
    "tracking well", "tracking nicely", "on course", "on pace",
    "ahead of schedule", "ahead of plan", "on the right track",
    "no worries", "no worries at all", "no cause for concern",
    "nothing to flag", "no blockers", "no risks",
    "no issues so far", "no problems so far", "no surprises", "no drama",
    "going fine", "going really well", "going nicely", "doing well",
    "doing great", "moving along nicely", "moving along well",
    "chugging along", "cruising along", "rolling along", "making good progress",
    "good progress", "steady progress", "solid progress",
    "progressing nicely", "well under way", "well underway", "in hand",
    "well in hand", "we're on top of it", "on top of it", "we've got this",
    "we've got it covered", "still green", "solid green", "firmly green",
    "green across the board", "all systems go", "fine so far",
)
YELLOW["en"] = (
    "a bit shaky", "slightly shaky", "a little shaky", "tight but doable",
    "tight but manageable", "needs watching", "worth watching",
    "watch this one", "not out of the woods", "not out of the woods yet",
    "a little tight", "bit tight", "quite tight", "getting tight",
    "it's tight", "a little behind schedule", "a bit behind schedule",
    "bit behind", "slightly off track", "a bit off track",
    "a little off track", "drifting", "drifting a bit", "at some risk",
    "some risk", "moderate risk", "a bit risky", "bit risky",
    "at risk of slipping", "might slip", "may slip", "likely to slip",
    "some headwinds", "facing headwinds", "a few hiccups", "some hiccups",
    "hit a snag", "a few snags", "a few bumps", "a bit bumpy", "bumpy",
    "a bit rocky", "dicey", "a bit dicey", "borderline", "touch-and-go",
    "wobbling", "a bit concerned", "slightly concerned", "a little worried",
    "a bit worried", "some worries", "losing momentum", "losing steam",
    "lagging a bit", "slower than planned", "slower than expected",
    "minor delays", "a small delay", "slight delay", "slightly delayed",
    "a bit delayed", "a little delayed", "minor slippage",
    "slight slippage", "under some pressure", "coin flip", "coin toss",
    "tight squeeze", "precarious",
)
RED["en"] = (
    "going badly", "going poorly", "going terribly", "stubbornly red",
    "still red", "deep red", "firmly red", "in the red", "a disaster",
    "a total disaster", "a complete disaster", "a train wreck", "a trainwreck",
    "a total mess", "a complete mess", "a dumpster fire", "way off track",
    "completely off track", "seriously off track", "going south",
    "gone south", "went south", "going sideways", "gone sideways",
    "went sideways", "in big trouble", "in deep trouble", "in real trouble",
    "hopelessly behind", "far behind", "very behind", "massively behind",
    "badly delayed", "seriously delayed", "significantly delayed",
    "completely blocked", "fully blocked", "hard blocked", "blocked again",
    "still blocked", "stuck again", "won't make it", "wont make it",
    "not going to make it", "not gonna make it", "a lost cause",
    "lost cause", "doomed", "sinking", "crashed and burned", "up in flames",
    "going down in flames", "tanking", "tanked", "on life support",
    "at a dead end", "derailed", "fubar", "in crisis mode", "crisis mode",
    "circling the drain", "nowhere near", "falling badly behind",
)
DONE["en"] = (
    "wrapped", "shipped", "it's shipped",
    "done deal", "done and done", "finished up", "got it done", "signed off",
    "closed out", "put to bed", "put it to bed", "in the can", "it's a wrap",
    "that's a wrap", "wrapped it up", "landed it", "goal achieved",
    "goal reached", "target reached", "target hit", "hit the target",
    "met the target", "crossed the finish line", "over the finish line",
    "done and delivered", "delivered and closed", "accomplished",
    "fully complete", "all finished",
)
DROP["en"] = (
    "killed", "got killed", "we're not doing this", "we're not doing it",
    "we are not doing this", "not doing this", "we won't do it",
    "we won't do this", "won't be doing it", "not pursuing it",
    "not pursuing this", "no longer doing it", "not needed anymore",
    "no longer needed", "no longer relevant", "cut from scope",
    "cut from the plan", "out of scope", "scoped out", "canned", "nixed",
    "we scrapped it", "scrapping it", "we're scrapping it", "cancelling it",
    "canceling it", "we cancelled it", "we canceled it", "we're dropping this",
    "dropping this", "we dropped it", "dead and buried", "withdrawn",
    "taken off the list",
)
AMBIGUOUS["en"] = (
    "risky", "shipped it", "we shipped it",  # (asked: at risk or worse; shipped, or done?)
    "on fire", "we're on it", "on it", "going ok", "going okay", "good to go",
    "should be fine", "should be ok", "hopefully fine", "fingers crossed",
    "we'll see", "tbd", "wip", "running behind", "some blockers",
    "in the weeds", "killing it", "crushed it", "we killed it", "we're done",
    "mostly done", "nearly done", "deprioritized", "deprioritised",
    "no longer a priority", "ticked off", "hanging by a thread",
    "nothing to report", "no update", "no news", "not great", "not ideal",
    "could be worse", "not too bad", "decent", "in decent shape", "dead",
    "sunset", "retired", "rough", "all set", "all fine", "hairy", "dropping",
    "no red flags",
)

# --------------------------------------------------------------------- de
GREEN["de"] = (
    "sieht gut aus", "sieht prima aus", "sieht super aus", "sieht sehr gut aus",
    "sieht gut aus bisher", "schaut gut aus", "schaut super aus", "passt soweit",
    "passt so weit", "passt scho", "wir sind im plan", "wir sind im zeitplan",
    "wir liegen im plan", "liegt im plan", "liegt gut im plan", "gut im plan",
    "gut im zeitplan", "voll auf kurs", "wir sind auf kurs", "auf gutem weg",
    "ist auf einem guten weg", "läuft prima", "läuft super", "läuft bestens",
    "läuft nach plan", "läuft planmäßig", "planmäßig", "läuft einwandfrei",
    "läuft reibungslos", "reibungslos", "läuft stabil", "im soll", "voll im soll",
    "im zeitrahmen", "kein grund zur panik", "keine sorge", "keine sorgen",
    "keine bedenken", "keine auffälligkeiten", "keine besonderen vorkommnisse",
    "im griff", "wir haben das im griff", "haben es im griff", "gut unterwegs",
    "wir sind gut unterwegs", "gute fortschritte", "macht gute fortschritte",
    "bestens", "kein problem", "null problemo", "alles im rahmen", "läuft bei uns",
    "alles im plan",
)
YELLOW["de"] = (
    "ein bisschen wackelig", "bisschen wackelig", "leicht wackelig",
    "etwas wacklig", "knapp aber machbar", "eng aber machbar",
    "wird knapp aber machbar", "sportlich", "etwas sportlich",
    "ziemlich sportlich", "zeitlich sportlich", "könnte knapp werden",
    "könnte eng werden", "ist gefährdet", "leicht gefährdet", "etwas gefährdet",
    "hängt etwas hinterher", "wir hängen etwas hinterher", "hängt leicht hinterher",
    "etwas im verzug", "leicht im verzug", "minimal im verzug",
    "etwas verzögert", "leicht verzögert", "etwas hinten dran",
    "ein bisschen hinten dran", "etwas holprig", "knirscht", "es knirscht",
    "knirscht etwas", "hakt ein bisschen", "es hakt ein wenig",
    "ist auf der kippe", "steht auf der kippe", "auf messers schneide",
    "steht auf messers schneide", "im auge behalten", "unter beobachtung",
    "ein paar risiken", "etwas risiko", "leichte bedenken", "ein paar baustellen",
    "kleinere probleme", "ein paar hürden", "wird spannend", "es wird spannend",
    "etwas besorgt", "leicht besorgt", "nicht ganz im plan",
    "nicht ganz im zeitplan", "etwas zäh", "läuft etwas zäh", "etwas eng",
)
RED["de"] = (
    "kaputt", "ist kaputt", "läuft gar nicht", "läuft überhaupt nicht",
    "geht gar nicht voran", "nichts geht mehr", "da geht nichts",
    "total verfahren", "komplett festgefahren", "hängt komplett", "hängt total",
    "total blockiert", "völlig blockiert", "wir hängen fest", "wir stecken fest",
    "wir sind blockiert", "katastrophe", "eine katastrophe", "katastrophal",
    "ein desaster", "desaster", "desaströs", "im eimer", "voll im eimer",
    "im arsch", "läuft richtig schlecht", "läuft mies", "sieht schlecht aus",
    "sieht übel aus", "sieht schlimm aus", "sieht nicht gut aus",
    "schaut schlecht aus", "brennt lichterloh", "es brennt lichterloh",
    "die hütte brennt", "land unter", "tiefrot", "dunkelrot", "knallrot",
    "weit im verzug", "deutlich im verzug", "stark verzögert",
    "massiv verzögert", "deutlich hinter dem plan", "weit hinterher",
    "meilenweit hinterher", "schaffen wir nicht", "das wird nichts",
    "wird nicht klappen", "nicht zu schaffen", "keine chance", "aussichtslos",
    "an die wand gefahren", "gegen die wand gefahren", "krachend gescheitert",
    "in der krise",
)
DONE["de"] = (
    "fertig und abgenommen", "abgeschlossen und abgenommen", "ist erledigt",
    "haben wir erledigt", "komplett erledigt", "komplett abgeschlossen",
    "vollständig abgeschlossen", "ist abgeschlossen", "ausgeliefert",
    "ist ausgeliefert", "ist geliefert", "ist umgesetzt", "haken dran",
    "haken dahinter", "in sack und tüten", "im sack", "ziel erfüllt",
    "erfüllt", "übererfüllt", "ziel übertroffen", "ist eingetütet",
    "haben wir geschafft", "wir haben's geschafft", "ist gelöst",
)
DROP["de"] = (
    "das machen wir nicht mehr", "wird nicht gemacht", "wird nicht mehr gemacht",
    "wird gestrichen", "ist gestrichen", "haben wir gestrichen", "ist abgesagt",
    "haben wir abgebrochen", "lassen wir sein", "lassen wir bleiben",
    "gekillt", "ist gekillt", "haben wir gekillt", "gestorben", "ist gestorben",
    "gecancelled", "gecanceled", "aus dem scope genommen", "nicht mehr im scope",
    "hat sich erübrigt", "erübrigt sich", "obsolet", "ist obsolet",
    "nicht mehr nötig", "nicht mehr notwendig", "wird nicht weiterverfolgt",
    "verfolgen wir nicht weiter", "brechen wir ab", "wir brechen ab",
    "in die tonne getreten",
)
AMBIGUOUS["de"] = (
    "hängt hinterher", "geht voran", "macht fortschritte",
    "für die tonne", "vom tisch", "ist vom tisch", "kein thema mehr",
    "abgenommen", "fix und fertig", "können wir vergessen", "eskaliert",
    "sollte passen", "sollte klappen", "müsste passen", "mal sehen",
    "schauen wir mal", "wird schon", "passt schon", "zieht sich",
    "machen wir nicht", "grünes licht", "stabil", "ausgerollt", "ist online",
    "wir sind fertig", "lassen wir", "in die tonne", "klappt nicht",
    "passt", "durchwachsen", "geht so lala",
)

# --------------------------------------------------------------------- fr
GREEN["fr"] = (
    "on est dans les clous", "on est dans les temps", "c'est en bonne voie",
    "on avance bien", "ca avance bien", "ça roule bien", "ca roule bien",
    "ça se présente bien", "ca se presente bien", "ça s'annonce bien",
    "ça a l'air bien", "ça tient la route", "c'est bien parti", "bien parti",
    "c'est sur les rails", "on est sur les rails", "on est bons", "on est bon",
    "on est large", "on est larges", "on est en avance", "en avance",
    "c'est maîtrisé", "c'est sous contrôle", "c'est sous controle",
    "pas d'inquiétude", "pas d'inquietude", "aucune inquiétude",
    "aucune inquietude", "pas de soucis", "pas de problème", "pas de probleme",
    "aucun problème", "aucun probleme", "ras", "nickel chrome", "impec",
    "c'est nickel", "ça gaze", "ca gaze", "ça le fait", "ca le fait",
    "ça se déroule bien", "ça se passe très bien", "tout est ok",
    "tout est sous contrôle", "tout se passe bien", "ça suit le planning",
    "conforme au plan", "conforme aux attentes", "comme prévu", "comme prevu",
    "ça avance comme prévu", "c'est carré", "ça avance tranquillement",
    "on tient les délais", "on tient les delais",
    "dans les temps pour l'instant", "aucun souci à signaler",
)
YELLOW["fr"] = (
    "un peu tendu", "c'est un peu tendu", "c'est un peu juste", "un peu short",
    "c'est short", "on est un peu short", "on est un peu juste",
    "ça va être juste", "ça va être serré",
    "un peu chaud", "un peu limite", "c'est un peu limite", "en léger retard",
    "en leger retard", "léger décalage", "un peu de décalage", "petit retard",
    "un petit retard", "quelques difficultés", "quelques soucis",
    "quelques problèmes", "quelques points de vigilance", "à surveiller de près",
    "a surveiller", "on surveille", "ça patine un peu", "ça traîne un peu",
    "ça traine un peu", "ça rame un peu", "on rame un peu", "pas simple",
    "pas évident", "pas evident", "un peu fragile", "risqué", "un peu risqué",
    "c'est risqué", "incertain", "quelques incertitudes",
    "un peu à la bourre", "on est un peu à la bourre", "légèrement à la bourre",
    "un peu en retard sur le planning", "ca coince un peu", "c'est tendu niveau délais",
)
RED["fr"] = (
    "ça coince sérieusement", "ça coince grave", "ça bloque complètement",
    "complètement bloqué", "totalement bloqué", "on est bloqués", "on est bloqué",
    "on est coincés", "on est à l'arrêt", "ça n'avance plus", "ça avance plus",
    "ca avance pas", "ça n'avance pas du tout", "on n'avance pas",
    "on avance pas", "on n'avance plus", "c'est la catastrophe",
    "une catastrophe", "catastrophique", "c'est catastrophique",
    "un désastre", "c'est un désastre", "la cata", "c'est la merde",
    "c'est le bordel", "c'est foutu", "foutu", "ça craint", "ça va mal",
    "ca va mal", "ça se passe mal", "ça se passe très mal",
    "ça part en cacahuète", "ça part en sucette", "en vrille",
    "c'est la galère totale", "grosse galère", "très mal barré",
    "c'est très mal barré", "à la ramasse", "complètement à la ramasse",
    "très à la bourre", "super en retard", "vraiment en retard",
    "énorme retard", "gros problèmes", "de gros problèmes", "gros soucis",
    "de gros soucis", "on n'y arrivera pas", "on y arrivera pas",
    "ça passera pas", "ça ne passera pas", "on tiendra pas les délais",
    "on ne tiendra pas les délais", "dans le rouge", "on est dans le rouge",
    "rouge vif", "c'est l'enfer",
)
DONE["fr"] = (
    "terminé et livré", "livré et validé", "c'est livré", "c'est réglé",
    "réglé", "fini et livré", "on a fini", "on a terminé", "on a livré",
    "on a bouclé", "plié et livré", "c'est emballé", "c'est acquis",
    "objectif rempli", "objectif dépassé", "c'est clos", "fini fini",
    "dans la boite", "c'est dans la boite",
    "c'est fait et livré",
)
DROP["fr"] = (
    "on a laissé tomber", "on a abandonné", "on annule", "on a annulé",
    "c'est annulé", "c'est abandonné", "on arrête les frais", "on renonce",
    "on y renonce", "on a renoncé", "ça ne se fera pas", "ça se fera pas",
    "on ne le fera pas", "on le fera pas", "sorti du périmètre",
    "sorti du scope", "hors scope", "passé à la trappe", "à la trappe",
    "rayé de la liste", "on tire un trait dessus", "on enterre",
    "n'est plus nécessaire", "plus nécessaire", "on n'en a plus besoin",
    "caduc", "obsolète", "déprogrammé", "annule", "abandonne", "on zappe",
)
AMBIGUOUS["fr"] = (
    "c'est chaud", "ça va être chaud",  # tough: yellow or red, by the reader
    "c'est mort", "c'est le feu", "en feu", "c'est bon",
    "c'est géré", "c'est validé", "dépassé", "zappé", "on ne fait pas",
    "pas fait", "retiré", "mitigé", "ça devrait aller", "ça devrait le faire",
    "normalement ça passe", "on verra", "ça va aller", "pas mal du tout",
    "pas trop mal", "ça avance doucement", "tranquille", "on laisse",
    "laisse tomber", "on passe", "on lâche", "plus besoin",
)

# --------------------------------------------------------------------- es
GREEN["es"] = (
    "va como un tiro", "vamos bien", "vamos muy bien", "vamos genial",
    "vamos en plazo", "vamos en tiempo", "vamos según lo previsto",
    "vamos segun lo previsto", "vamos según el plan", "vamos a buen ritmo",
    "a buen ritmo", "va a buen ritmo", "bien encaminado", "bien encaminados",
    "va bien encaminado", "estamos en plazo", "estamos a tiempo",
    "estamos en tiempo", "dentro de plazo", "dentro del plazo",
    "cumpliendo plazos", "cumpliendo los plazos", "en línea con el plan",
    "en linea con el plan", "alineado con el plan", "todo en regla",
    "sin preocupación", "sin preocupacion", "sin preocupaciones",
    "sin problema", "ningún problema", "ningun problema", "pinta bien",
    "pinta muy bien", "tiene buena pinta", "se ve bien", "se ve muy bien",
    "luce bien", "va de lujo", "de lujo", "va fenomenal", "va estupendo",
    "va perfecto", "va chévere", "va chevere", "va bacán", "va joya",
    "va padrísimo", "va chido", "avanzamos bien", "avanzando a buen ritmo",
    "progresando bien", "lo tenemos controlado", "está controlado",
    "esta controlado", "controladito", "todo controladito", "encarrilado",
    "bien encarrilado", "andamos bien", "va bien hasta ahora", "todo ok hasta ahora",
)
YELLOW["es"] = (
    "vamos justitos", "justito", "va justo", "va justito", "vamos un poco justos",
    "vamos algo justos", "un poco justito", "un poquito atrasado",
    "un poquito retrasado", "algo retrasado", "un poco retrasado",
    "vamos un poco atrasados", "vamos algo retrasados", "vamos con algo de retraso",
    "con algo de retraso", "con un poco de retraso", "retraso leve",
    "leve retraso", "ligeramente retrasado", "ligeramente atrasado",
    "está en riesgo", "esta en riesgo", "corre riesgo", "hay algo de riesgo",
    "hay algún riesgo", "algo arriesgado", "un poco arriesgado", "arriesgado",
    "hay que vigilar", "a vigilar de cerca", "ojo con este",
    "preocupa un poco", "me preocupa un poco", "algo preocupante",
    "un poco preocupante", "algunas dificultades", "alguna dificultad",
    "algunos problemas", "algunos problemillas", "algún problemilla",
    "en el alambre", "cogido con pinzas", "pillado con pinzas",
    "tambaleándose", "apretado", "vamos apretados", "un poco apretado",
    "tiempo apretado", "plazos ajustados", "un poco ajustado", "algo justo",
)
RED["es"] = (
    "está fatal", "esta fatal", "va fatal", "fatal", "vamos fatal", "vamos mal",
    "vamos muy mal", "va muy mal", "está muy mal", "esta muy mal", "pinta mal",
    "pinta muy mal", "tiene mala pinta", "se ve mal", "es un desastre",
    "un caos", "es un caos", "desastroso", "catastrófico", "una catástrofe",
    "un fracaso", "es un fracaso", "estamos atascados", "estamos bloqueados",
    "totalmente bloqueado", "completamente bloqueado", "sigue bloqueado",
    "sigue atascado", "totalmente parado", "completamente parado",
    "no avanzamos", "no hay avances", "cero avances", "no tira", "no arranca",
    "muy retrasados", "vamos muy retrasados", "vamos muy atrasados",
    "con mucho retraso", "retraso grave", "retraso importante", "gran retraso",
    "se ha ido al traste", "al traste", "se fue a pique", "se hundió",
    "en crisis", "en rojo total", "no llegamos", "no vamos a llegar",
    "no llegamos a tiempo", "no da tiempo", "se nos fue de las manos",
    "se fue de las manos", "se ha ido de las manos", "una pesadilla",
    "está jodido", "la cagamos", "valió madre", "se complicó mucho",
)
DONE["es"] = (
    "listo y entregado", "hecho y entregado", "terminado y entregado",
    "ya está terminado", "ya terminamos", "lo terminamos", "ya acabamos",
    "listo y cerrado", "cerrado y entregado", "ya entregado",
    "ya lo entregamos", "lo entregamos", "ya está entregado", "está entregado",
    "está terminado", "esta terminado", "está completado", "hecho",
    "objetivo superado", "meta cumplida", "lo conseguimos", "lo logramos",
    "lo cumplimos", "objetivo logrado", "terminadito", "solucionado",
    "despachado", "ya quedó", "quedó listo",
)
DROP["es"] = (
    "lo dejamos estar", "lo dejamos correr", "lo dejamos definitivamente",
    "lo cancelamos", "lo descartamos", "descartamos",
    "hemos desistido", "renunciamos",
    "hemos renunciado", "se cancela definitivamente", "queda cancelado",
    "queda descartado", "fuera del scope", "fuera de scope", "sacado del scope",
    "lo eliminamos", "ya no tiene sentido", "ya no es necesario",
    "ya no hace falta", "ya no se hace", "lo matamos", "no va más",
    "ya no va", "lo tiramos",
)
AMBIGUOUS["es"] = (
    "tranqui", "todo tranqui", "va lento", "va lentito", "flojito",
    "va regular", "un lío", "muy complicado", "fuera del alcance",
    "lo dejamos de lado", "no lo hacemos", "no se hace", "se cae", "se cayó",
    "muerto", "se archiva", "tachado", "superado", "debería ir bien",
    "ya veremos", "ahí andamos", "en marcha", "va en marcha", "encaminado",
    "ya no es prioridad", "va saliendo", "ya casi", "en eso estamos",
    "nada que reportar", "no hace falta", "no tiene sentido seguir",
)

# --------------------------------------------------------------------- pt
GREEN["pt"] = (
    "tá andando bem", "ta andando bem", "tá indo bem", "ta indo bem",
    "tá rolando bem", "tá fluindo", "ta fluindo", "fluindo bem", "tô no prazo",
    "to no prazo", "tô dentro do prazo", "estamos no prazo",
    "estamos dentro do prazo", "estamos em dia", "tamo no prazo", "tamo bem",
    "estamos bem", "vamos bem", "tá suave", "ta suave", "de boas", "tá de boas",
    "sussa", "tá sussa", "tudo em ordem", "tudo joia",
    "tá joia", "tá beleza", "sem stress", "sem estresse",
    "sem preocupação", "sem preocupacao", "sem preocupações",
    "nada com que se preocupar", "nada pra se preocupar", "sem crise",
    "show de bola", "tá show de bola", "tá top", "tá ótimo", "ta otimo",
    "tá massa", "tá redondo", "redondinho", "tá redondinho", "correndo bem",
    "tá correndo bem", "a andar bem", "vai bem", "no ritmo certo", "em bom ritmo",
    "tá nos trilhos", "nos trilhos", "no trilho", "dentro do planejado",
    "conforme o planejado", "conforme planejado", "como planejado",
    "dentro do esperado", "dentro do previsto", "conforme previsto",
    "tá sob controle", "tá controlado", "numa boa", "tá numa boa",
    "tá tudo certo", "ta tudo certo", "tá certinho", "tudo certinho",
)
YELLOW["pt"] = (
    "tá meio apertado", "ta apertado", "tá apertadinho", "apertadinho",
    "prazo curto", "tá corrido", "meio corrido", "tá no limite",
    "no fio da navalha", "tá arriscado", "arriscado", "meio arriscado",
    "um pouco arriscado", "tem risco", "algum risco", "tá atrasadinho",
    "atrasadinho", "um pouquinho atrasado", "levemente atrasado",
    "um pouco atrasados", "estamos um pouco atrasados", "tô um pouco atrasado",
    "tá balançando", "meio instável", "tá bambo", "meio bambo",
    "merece atenção", "precisa de atenção", "tô de olho", "estou de olho",
    "tá tenso", "meio tenso", "um pouco tenso", "tá meio complicado",
    "meio complicado", "preocupa um pouco", "um pouco preocupado",
    "alguma dificuldade", "algumas dificuldades", "uns probleminhas",
    "alguns probleminhas", "pequenos problemas", "sinal amarelo",
    "acendeu o sinal amarelo", "luz amarela", "em perigo", "correndo risco",
    "meio travado", "um pouco travado", "meio devagar",
)
RED["pt"] = (
    "deu muito ruim", "tá ruim", "ta ruim", "tá muito ruim", "tá péssimo",
    "ta pessimo", "péssimo", "está péssimo", "tá feio", "a coisa tá feia",
    "tá feia a coisa", "deu merda", "deu pau", "tá um caos", "um caos",
    "é um desastre", "um desastre", "desastre", "uma catástrofe",
    "tá travadão", "totalmente travado", "completamente travado",
    "estamos travados", "tamo travado", "tá bloqueado",
    "ta bloqueado", "não sai do lugar", "nao sai do lugar",
    "não anda de jeito nenhum", "não tá andando", "nao anda", "não avançou",
    "sem progresso", "zero progresso", "atrasadíssimo", "muito atrasados",
    "estamos muito atrasados", "bem atrasado", "super atrasado", "atraso grave",
    "grande atraso", "tá pegando fogo", "pegando fogo", "afundando",
    "tá afundando", "naufragou", "deu tudo errado", "foi por água abaixo",
    "por água abaixo", "não vai dar", "nao vai dar", "não vai dar tempo",
    "não dá tempo", "não vamos conseguir", "sem chance", "fracassou",
    "um fracasso", "fora dos trilhos", "saiu dos trilhos", "descarrilhou",
    "tá uma bagunça", "tá uma zona", "vai muito mal", "tá indo mal",
    "está a correr muito mal", "encalhado", "tá encalhado", "atolado",
    "tá atolado", "emperrado", "tá emperrado",
)
DONE["pt"] = (
    "tá entregue", "ta entregue", "já entregue", "entregamos", "já entregamos",
    "entregue e aprovado", "feito e entregue", "pronto e entregue",
    "concluído e entregue", "finalizado e entregue", "fechamos",
    "tá concluído", "tá concluido", "tá finalizado", "feito", "batemos a meta",
    "meta alcançada", "objetivo alcançado", "objetivo cumprido",
    "alcançamos a meta", "superamos a meta", "meta superada", "tá resolvido",
    "resolvemos", "terminamos", "concluído com sucesso", "finalizado com sucesso",
)
DROP["pt"] = (
    "a gente desistiu", "largamos mão", "deixamos pra lá", "deixa pra lá",
    "não vai mais rolar", "nao vai mais rolar", "não rola mais",
    "cancelado de vez", "cancelamos de vez", "abortamos", "matamos o projeto",
    "tiramos do escopo", "fora de escopo", "saiu do plano", "tiramos do plano",
    "não precisa mais", "não é mais necessário", "engavetamos",
    "foi engavetado", "foi cortado", "cortamos", "riscamos da lista",
    "desistimos disso", "não vamos mais fazer isso",
)
AMBIGUOUS["pt"] = (
    "tá andando", "ta andando", "está andando", "tá tudo bem", "tá osso",
    "foi pro saco", "melou", "arquivamos", "encerramos", "tá fechado", "já foi",
    "tá parado", "tá complicado", "tá difícil", "deve dar certo",
    "vai dar certo", "vamos ver", "veremos", "tá rolando", "tá caminhando",
    "caminhando", "devagar", "indo devagar", "tá indo devagar", "tranquilo",
    "não faz sentido", "beleza", "tudo tranquilo", "cortado", "tá pronto",
)

# --------------------------------------------------------------------- it
GREEN["it"] = (
    "avanti tutta", "siamo in linea", "siamo in linea con il piano",
    "siamo nei tempi", "siamo in tabella", "in tabella", "siamo in carreggiata",
    "siamo sulla buona strada", "procediamo bene", "procede alla grande",
    "va benissimo", "va tutto bene", "tutto liscio", "nessuna preoccupazione",
    "niente paura", "zero problemi", "nessun intoppo", "senza intoppi",
    "procede senza intoppi", "nessuna criticità", "nessuna criticita",
    "nessun rischio", "sembra a posto", "sembra tutto a posto",
    "sembra andare bene", "è a posto", "tutto apposto", "apposto",
    "in buone mani", "ben avviato", "ben impostato",
    "in linea con le aspettative", "come previsto", "come da piano",
    "come da programma", "secondo i piani", "secondo programma",
    "rispettiamo i tempi", "tempi rispettati", "va spedito",
    "procede speditamente", "va a meraviglia", "a meraviglia", "benone",
    "va benone", "abbiamo tutto sotto controllo", "procede come previsto",
    "siamo avanti", "in anticipo", "siamo in anticipo", "tutto nella norma",
    "va tutto liscio", "tutto procede bene",
)
YELLOW["it"] = (
    "un pochino in ritardo", "un po' indietro", "leggermente indietro",
    "un pochino indietro", "siamo un po' indietro", "leggermente in ritardo",
    "siamo un po' in ritardo", "tempi un po' stretti", "un po' tirato",
    "tirato", "siamo tirati", "un po' tirati", "siamo al limite", "al limite",
    "un po' al limite", "un po' a rischio", "leggermente a rischio",
    "rischioso", "un po' rischioso", "qualche criticità", "qualche criticita",
    "qualche problema", "qualche problemino", "qualche grattacapo",
    "qualche incertezza", "un po' incerto", "un po' traballante",
    "traballa un po'", "vacilla", "un po' in bilico", "da seguire da vicino",
    "teniamo d'occhio", "un po' preoccupati", "un po' preoccupante",
    "un po' di preoccupazione", "va un po' a rilento", "un po' rallentato",
    "arranca un po'", "semaforo giallo", "un po' complicato", "un po' critico",
    "qualche rallentamento", "qualche slittamento", "leggero slittamento",
    "rischia di slittare", "un po' in difficoltà",
)
RED["it"] = (
    "è un disastro", "disastro", "un casino", "un gran casino", "un macello",
    "è un macello", "disastroso", "catastrofico", "una catastrofe",
    "va malissimo", "va davvero male", "malissimo", "sta andando male",
    "siamo nei guai", "siamo in difficoltà", "siamo bloccati",
    "completamente bloccato", "totalmente bloccato", "ancora bloccato",
    "è tutto fermo", "completamente fermo", "fermo da settimane",
    "non si muove niente", "non si muove nulla", "non andiamo avanti",
    "siamo fermi", "molto indietro", "parecchio indietro",
    "siamo molto indietro", "gravemente in ritardo", "in grave ritardo",
    "ritardo grave", "enorme ritardo", "non ce la facciamo", "non ce la faremo",
    "nessuna speranza", "senza speranza", "sta affondando", "colato a picco",
    "naufragato", "un fallimento", "è fallito", "in crisi", "in piena crisi",
    "allo sbando", "andato storto", "è andato storto", "va a rotoli",
    "sta andando a rotoli", "andato a rotoli", "siamo in rosso", "in rosso",
)
DONE["it"] = (
    "consegnato e chiuso", "fatto e consegnato", "finito e consegnato", "fatto",
    "fatto tutto", "abbiamo finito", "abbiamo chiuso", "abbiamo consegnato",
    "abbiamo completato", "abbiamo raggiunto l'obiettivo", "obiettivo centrato",
    "centrato l'obiettivo", "obiettivo superato", "è completato", "è concluso",
    "chiuso e consegnato", "sistemato", "tutto sistemato", "fatta",
    "è stato completato", "portato a termine con successo",
)
DROP["it"] = (
    "lasciamo stare", "abbiamo lasciato perdere", "abbiamo annullato",
    "abbiamo cancellato", "cancellato definitivamente",
    "annullato definitivamente", "non lo faremo", "non lo faremo più",
    "abbandoniamo", "abbiamo abbandonato", "abbiamo mollato", "molliamo",
    "tolto dallo scope", "fuori dallo scope", "fuori ambito", "non serve più",
    "non è più necessario", "non più necessario", "cestinato",
    "chiuso senza seguito", "rinunciato", "è stato tagliato", "killato",
    "droppato",
)
AMBIGUOUS["it"] = (
    "è finito", "superato", "non si fa", "non lo facciamo", "non si procede",
    "saltato", "è saltato", "buttato", "stoppato", "rilasciato",
    "andato in produzione", "tranquillo", "tutto tranquillo", "dovrebbe andare",
    "speriamo bene", "vediamo", "regolare", "procede", "più o meno",
    "abbastanza bene", "si va avanti", "andiamo avanti", "impossibile",
    "tagliato", "lasciato stare", "mollato",
)

# --------------------------------------------------------------------- nl
GREEN["nl"] = (
    "ziet er prima uit", "ziet er goed uit", "ziet er top uit",
    "ziet er mooi uit", "ziet er netjes uit", "prima zo", "we liggen op koers",
    "we liggen op schema", "we zitten op schema", "we zitten goed",
    "we zijn op schema", "ligt op schema", "loopt op schema",
    "loopt volgens plan", "gaat volgens plan", "gaat lekker",
    "gaat hartstikke goed", "gaat super", "gaat top", "loopt top",
    "loopt prima", "loopt als een tierelier", "als een tierelier",
    "geen zorgen hoor", "geen stress", "niks aan de hand",
    "niks aan de hand hoor", "geen problemen hoor", "geen probleem",
    "geen risico's", "geen risicos", "geen bijzonderheden", "loopt naar wens",
    "naar wens", "verloopt goed", "verloopt voorspoedig", "voorspoedig",
    "verloopt volgens planning", "ligt goed op koers", "goed op schema",
    "mooi op schema", "voor op schema", "loopt voor op schema", "we lopen voor",
    "in goede handen", "we hebben het onder controle",
    "we hebben het in de hand", "alles in orde", "alles kits",
    "goede voortgang", "mooie voortgang", "flinke voortgang", "lekker bezig",
    "we zijn lekker bezig", "zit wel goed", "dat zit wel goed", "op stoom",
    "lekker op stoom",
)
YELLOW["nl"] = (
    "beetje krap", "een beetje krap", "aan de krappe kant", "krapjes",
    "krapjes in de tijd", "het wordt spannend", "best spannend",
    "beetje spannend", "een beetje spannend", "beetje wankel", "wiebelig",
    "wat wiebelig", "een beetje achter", "licht achter",
    "iets achter op planning", "loopt iets uit", "loopt wat uit", "wat uitloop",
    "enige uitloop", "iets vertraagd", "licht vertraagd", "beetje vertraagd",
    "enige vertraging", "risico op vertraging", "kans op vertraging",
    "kan uitlopen", "schuift wat", "onzeker", "wat onzeker", "beetje onzeker",
    "twijfelachtig", "op het randje", "houden we in de gaten",
    "we houden het in de gaten", "in de gaten houden", "lichte zorgen",
    "enige zorgen", "beetje zorgen", "wat hobbels", "een paar hobbels",
    "wat haken en ogen", "wat problemen", "wat issues", "wat uitdagingen",
    "loopt wat stroef", "gaat wat stroef", "sputtert",
    "loopt wat achter op schema",
)
RED["nl"] = (
    "gaat helemaal mis", "gaat echt mis", "het gaat mis", "loopt mis",
    "loopt helemaal mis", "gaat slecht", "gaat heel slecht", "gaat niet goed",
    "zit muurvast", "we zitten vast", "we lopen vast", "we staan stil",
    "helemaal vast", "compleet vastgelopen", "totaal vastgelopen",
    "er zit geen schot in", "geen schot in", "komt geen stap verder",
    "een ramp", "het is een ramp", "rampzalig", "een drama",
    "het is een drama", "een puinhoop", "puinhoop", "een zooitje",
    "ver achter op schema", "flink achter op schema", "zwaar achter",
    "zwaar vertraagd", "flink vertraagd", "ernstig vertraagd",
    "fors vertraagd", "forse vertraging", "grote vertraging",
    "dat gaat niet lukken", "gaat niet lukken", "gaan we niet halen",
    "halen we niet", "niet haalbaar", "onhaalbaar", "kansloos", "gefaald",
    "staat in brand", "het brandt", "knalrood", "dieprood", "code rood",
    "uit de bocht gevlogen", "gaat ten onder", "in crisis", "de soep in",
)
DONE["nl"] = (
    "afgerond en opgeleverd", "opgeleverd en afgerond", "helemaal afgerond",
    "is afgerond", "klaar en opgeleverd", "is opgeleverd", "gedaan",
    "is gedaan", "gefixt", "target gehaald", "gerealiseerd",
    "is gerealiseerd", "afgetikt", "klaar en afgetikt", "is voltooid",
    "volledig opgeleverd", "succesvol opgeleverd", "klus geklaard",
    "geklaard", "vinkje erachter",
)
DROP["nl"] = (
    "we schrappen het", "we schrappen dit", "we laten het vallen",
    "laten we schieten", "gaan we niet meer doen", "we doen het niet meer",
    "wordt niet meer gedaan", "wordt geschrapt", "wordt afgeblazen",
    "is afgeblazen", "is geannuleerd", "is gecanceld",
    "is stopgezet", "wordt stopgezet", "we kappen ermee",
    "kappen ermee", "gekapt", "we trekken de stekker eruit", "stekker eruit",
    "niet meer nodig", "is niet meer nodig", "overbodig", "overbodig geworden",
    "vervalt", "uit de scope", "buiten de scope", "ingetrokken",
    "van de lijst gehaald", "opgedoekt", "gesneuveld",
)
AMBIGUOUS["nl"] = (
    "loopt niet lekker", "komt goed", "komt wel goed", "we zijn klaar",
    "is klaar", "is binnen", "dicht", "kan van de lijst", "doen we niet",
    "we stoppen", "hangt aan een zijden draadje", "brand", "moet lukken",
    "zou moeten lukken", "we zien wel", "gaat vooruit", "valt mee",
    "valt wel mee", "kapot", "drama", "chaos", "we doen het niet",
    "loopt wat achter",
)

# --------------------------------------------------------------------- sv
GREEN["sv"] = (
    "ser lovande ut", "ser fint ut", "ser riktigt bra ut", "ser jättebra ut",
    "ser toppen ut", "ser stabilt ut", "vi ligger i fas", "vi ligger bra till",
    "ligger bra till", "ligger bra i fas", "vi är i fas", "vi är i tid",
    "vi är på rätt spår", "vi ligger i tidsplanen", "går enligt plan",
    "löper enligt plan", "följer planen", "håller tidsplanen",
    "vi håller tidsplanen", "håller tiden", "ingen fara", "ingen fara alls",
    "ingen oro", "inga bekymmer", "inget att oroa sig över", "inga risker",
    "inga hinder", "allt lugnt", "lugnt och fint", "går galant",
    "går strålande", "går kanon", "kanon", "toppen", "går toppen",
    "går som tåget", "som tåget", "går som en dans", "som en dans",
    "rullar på bra", "rullar på fint", "flyter på bra", "flyter på fint",
    "vi har koll", "full koll", "vi har full koll", "har koll på läget",
    "i gott skick", "i goda händer", "före plan", "före tidsplanen",
    "vi ligger före", "bra fart", "god fart", "bra tempo", "lugnt läge",
    "läget är lugnt", "läget är bra", "inga problem alls",
)
YELLOW["sv"] = (
    "lite osäkert", "något osäkert", "lite skakig", "lite vacklande",
    "knackigt", "lite knackigt", "knapert", "lite knapert", "snålt med tid",
    "lite snålt med tid", "tajt", "lite tajt", "tajt tidsplan",
    "snäv tidsplan", "lite pressat", "lite stressigt", "lite efter schemat",
    "något efter schemat", "vi ligger lite efter", "ligger lite efter",
    "släpar lite", "släpar efter lite", "lite eftersläpning",
    "viss eftersläpning", "lite försening", "liten försening",
    "mindre förseningar", "risk för försening", "viss risk", "lite risk",
    "lite riskabelt", "riskabelt", "i farozonen", "lite oroande",
    "lite orolig", "vi är lite oroliga", "behöver bevakas",
    "vi håller ett öga på det", "gult läge", "på gränsen", "lite trögt",
    "går lite trögt", "lite motigt", "motigt", "vissa utmaningar",
    "några hinder", "lite problem", "lite strul", "visst strul",
    "strular lite", "lite tveksamt",
)
RED["sv"] = (
    "det skiter sig", "skiter sig", "det har skitit sig", "har skitit sig",
    "går åt pipan", "gick åt pipan", "åt pipan", "går åt helvete",
    "går uselt", "går riktigt dåligt", "går inte bra", "det går dåligt",
    "katastrof", "en katastrof", "katastrofalt", "totalt kaos", "helt stopp",
    "tvärstopp", "totalstopp", "står helt still", "vi står still",
    "vi har kört fast", "vi sitter fast", "helt låst", "låst läge",
    "helt blockerat", "ingenting händer", "händer ingenting",
    "inga framsteg alls", "långt efter schemat", "långt efter planen",
    "ligger långt efter", "mycket försenat", "rejält försenat",
    "stora förseningar", "kommer inte att hinna", "vi hinner inte",
    "hinner inte", "vi klarar inte", "klarar vi inte", "ingen chans",
    "inte en chans", "vi är körda", "det brinner", "rött läge", "knallrött",
    "misslyckat", "har misslyckats", "havererar", "krisläge",
)
DONE["sv"] = (
    "levererat och klart", "klart och levererat", "är levererat",
    "vi har levererat", "levererad", "klart och betat", "det är klart och betat",
    "det är fixat", "fixad", "färdigställt", "är färdigt", "avslutat och klart",
    "målet nått", "mål nått", "nått målet", "är i hamn", "det är bärgat",
    "bockat och klart", "avprickat", "prickat av", "genomfört och klart",
    "målet uppfyllt", "slutfört och levererat",
)
DROP["sv"] = (
    "vi lägger ner", "vi skrotar det", "skrotar det", "vi stryker det",
    "stryker det", "vi släpper det helt", "vi avbryter det", "avbryts",
    "vi ställer in", "ställs in", "inställd", "vi droppar det", "droppat",
    "droppas", "det blir inget", "det blir inget av det", "blir inte av",
    "det blir inte av", "vi har gett upp", "skippat", "vi skippar",
    "skippas", "struken", "nedlagd", "inte relevant längre",
    "behövs inte längre", "utanför scopet", "bortvalt", "vi väljer bort det",
    "valt bort",
)
AMBIGUOUS["sv"] = (
    "inga större problem", "håller koll", "på håret",
    "hänger på en skör tråd", "det går inte", "stopp", "låst", "i brand",
    "helt klart", "klar med det", "vi gör inte det", "ingen idé",
    "behövs inte", "nedprioriterat", "lägger ner", "borde gå bra",
    "borde funka", "det löser sig", "vi får se", "hyfsat", "helt okej",
    "rullar", "det rullar", "tufft", "jobbigt", "kaos",
)

# --------------------------------------------------------------------- no (Bokmål)
GREEN["no"] = (
    "ligger godt an", "vi ligger godt an", "ligger fint an", "vi ligger bra an",
    "vi ligger i rute", "vi er i rute", "vi er på rett spor", "ser lovende ut",
    "ser veldig bra ut", "ser kjempebra ut", "går kjempebra",
    "går knallbra", "går strålende", "går bra så langt", "så langt så godt",
    "går etter planen", "holder tidsplanen",
    "vi holder tidsplanen", "holder fristen", "vi har kontroll",
    "vi har full kontroll", "god kontroll", "i gode hender", "ingen fare",
    "ingen bekymringer", "ingen grunn til uro", "ikke noe å bekymre seg for",
    "ikke noe problem", "ingen risiko", "ingen hindringer", "alt i orden",
    "alt i skjønneste orden", "går så det suser", "i god flyt", "god flyt",
    "flyter fint", "glir fint", "foran skjema", "ligger foran skjema",
    "god framdrift", "fin fremdrift", "bra fremdrift", "bra framdrift",
    "helt fint", "kjempefint", "supert", "alt går etter planen",
)
YELLOW["no"] = (
    "det strammer seg til", "strammer seg til", "litt trangt", "trangt",
    "trang tidsplan", "litt knapp tid", "knapp tid",
    "dårlig tid", "litt dårlig tid", "litt usikkert", "noe usikkert",
    "litt ustabilt", "litt vaklende", "litt skjørt", "skjørt", "henger etter",
    "litt på etterskudd", "litt forsinkelse", "noe forsinkelse",
    "liten forsinkelse", "små forsinkelser", "risiko for forsinkelse",
    "litt risiko", "viss risiko", "litt bekymringsfullt",
    "vi er litt bekymret", "må følges opp", "må følges med", "vi følger med",
    "gult lys", "på grensen", "på kanten", "litt tungt", "går litt tungt",
    "går litt tregt", "litt trått", "går trått", "i motbakke", "motbakke",
    "noen utfordringer", "litt utfordringer", "litt krøll", "noe krøll",
    "litt trøbbel", "noe trøbbel", "litt problemer", "noen problemer",
    "halter litt", "det halter litt",
)
RED["no"] = (
    "det går dårlig", "det går skikkelig dårlig", "går elendig",
    "går helt galt", "går galt", "det går galt", "går til helvete",
    "gått til helvete", "gikk rett vest", "katastrofe", "en katastrofe",
    "helt fast", "sitter bom fast", "bom fast",
    "står bom stille", "full stopp",
    "vi står fast", "vi står stille", "ingenting skjer",
    "skjer ingenting", "null fremdrift", "null framdrift", "ingen fremgang",
    "langt bak skjema", "langt etter skjema", "langt på etterskudd",
    "kraftig på etterskudd", "mye forsinket", "veldig forsinket",
    "stor forsinkelse", "store forsinkelser", "rekker ikke", "vi rekker ikke",
    "rekker det ikke", "vi klarer det ikke", "klarer det ikke",
    "ingen sjanse", "null sjanse", "det brenner", "krisetilstand",
    "mislykket", "har feilet", "kollapset", "knallrødt", "rødt lys",
    "kjørt i grøfta", "i grøfta",
)
DONE["no"] = (
    "levert og ferdig", "ferdig og levert", "er levert", "vi har levert",
    "ferdig levert", "er ferdigstilt", "er ferdig", "fullført og levert",
    "er fullført", "vi har fullført", "det er i boks", "klart og ferdig",
    "nådd målet", "målet er nådd", "fikset og ferdig", "er fikset", "er gjort",
    "gjort", "hakket av", "huket av", "avsluttet og levert",
    "gjennomført og levert", "vel i havn",
)
DROP["no"] = (
    "vi dropper", "vi dropper dette", "dropper dette", "vi legger ned",
    "vi legger det ned", "legger det ned", "vi skroter det", "skrotes",
    "strykes", "vi kansellerer", "kanselleres", "avlyses",
    "vi avlyser", "avbrytes", "vi gir oss", "vi har gitt opp",
    "vi gir det opp", "det blir ikke noe av", "blir ikke noe av",
    "blir ikke noe av det", "ikke relevant lenger", "trengs ikke lenger",
    "ikke nødvendig lenger", "utenfor scopet", "valgt bort", "vi velger bort",
    "droppes", "skrinlegges",
)
AMBIGUOUS["no"] = (
    "ser greit ut", "før tiden", "på etterskudd", "kaos", "i brann",
    "vi er ferdige", "tatt ut", "fjernet", "lagt bort", "bør gå bra",
    "går nok bra", "det ordner seg", "vi får se", "helt ok", "topp",
    "nedprioritert", "utfordrende", "går sakte", "krise", "brenner",
)

# --------------------------------------------------------------------- da
GREEN["da"] = (
    "ser fint ud", "det ser fint ud", "ser rigtig godt ud", "ser lovende ud",
    "ser super ud", "vi er på sporet", "vi er på rette spor",
    "vi følger planen", "vi er foran planen", "foran planen",
    "foran tidsplanen", "vi overholder tidsplanen", "overholder tidsplanen",
    "overholder deadline", "det ligger godt", "vi ligger godt i tidsplanen",
    "går rigtig godt", "går super godt", "går supergodt", "går som en leg",
    "det kører bare", "kører fint", "det kører fint", "kører godt",
    "det kører godt", "kører efter planen", "ingen grund til panik",
    "ingen sorger", "intet problem", "ingen risici", "ingen forhindringer",
    "fuldt styr på det", "fuld styr på det", "vi har fuldt styr på det",
    "styr på tingene", "i god gænge", "god fart på", "der er god fart på",
    "god progression", "flot fremdrift", "i gode hænder", "super fint",
    "supergodt", "det spiller", "det spiller bare", "alt er fint",
    "ingen problemer overhovedet", "ingen bekymringer her",
)
YELLOW["da"] = (
    "lidt usikkert", "noget usikkert", "lidt vaklende", "lidt skrøbeligt",
    "skrøbeligt", "lidt ustabilt", "lidt presset", "presset tidsplan",
    "det strammer til", "lidt trangt", "lidt knap tid", "en smule forsinket",
    "lidt bagefter", "lidt bag planen", "lidt efter planen",
    "en lille forsinkelse", "mindre forsinkelser", "lidt risikabelt",
    "risikabelt", "en vis usikkerhed", "lidt usikkerhed", "lidt bekymrende",
    "bekymrende", "vi er lidt bekymrede", "skal følges tæt", "følges tæt",
    "vi holder øje med det", "på grænsen", "går lidt trægt", "lidt trægt",
    "lidt op ad bakke", "op ad bakke", "nogle udfordringer",
    "lidt udfordringer", "lidt bøvl", "noget bøvl", "lidt problemer",
    "nogle problemer", "lidt knas", "lidt rod",
)
RED["da"] = (
    "det går skidt", "går skidt", "går rigtig skidt", "går virkelig dårligt",
    "det går dårligt", "gået helt galt", "gik helt galt", "gået i vasken",
    "i vasken", "røget i vasken", "helt i stå", "gået helt i stå",
    "står helt stille", "vi sidder fast", "sidder helt fast",
    "kørt helt fast", "helt blokeret", "intet sker", "der sker ingenting",
    "nul fremdrift", "langt bagefter", "langt efter planen",
    "meget forsinket", "voldsomt forsinket", "vi når det ikke",
    "når det ikke", "det når vi ikke", "vi kan ikke nå det", "ingen chance",
    "det brænder på", "mislykkedes", "er fejlet", "kuldsejlet",
    "er kuldsejlet", "vi er på røven", "knaldrødt", "kørt i grøften",
    "i grøften", "er skredet", "helt galt",
)
DONE["da"] = (
    "leveret og afsluttet", "færdig og leveret", "er leveret",
    "vi har leveret", "er færdig", "er afsluttet", "er gennemført",
    "det er klaret", "det er fikset", "det er i hus", "målet er nået",
    "nået målet", "færdigt", "det er gjort", "gjort færdig", "afleveret",
    "er afleveret", "afsluttet med succes", "lukket og slukket", "tjekket af",
)
DROP["da"] = (
    "vi dropper den", "dropper den", "vi dropper projektet",
    "det bliver ikke til noget", "bliver ikke til noget", "vi lukker det ned",
    "lukkes ned", "vi skrotter det", "skrottes", "vi aflyser", "aflyses",
    "vi annullerer", "annulleres", "vi opgiver det", "opgives", "vi giver op",
    "vi har givet op", "er droppet", "er aflyst", "er skrottet",
    "er annulleret", "ikke relevant længere", "ikke nødvendigt længere",
    "uden for scopet", "ude af scope", "fravalgt", "vi fravælger det",
    "er fravalgt", "er kasseret",
)
AMBIGUOUS["da"] = (
    "ser fornuftigt ud", "vi når det", "lidt travlt", "presset", "kaos",
    "brænder", "krise", "vi er færdige", "vi stopper det", "ingen panik",
    "ro på", "det går nok", "skal nok gå", "vi må se", "fint nok",
    "nedprioriteret", "sat på hold", "knas",
)

# --------------------------------------------------------------------- pl
GREEN["pl"] = (
    "idzie gladko", "jesteśmy w planie", "jestesmy w planie",
    "jesteśmy w harmonogramie", "jesteśmy na czas", "jesteśmy w terminie",
    "mieścimy się w terminie", "mieścimy się w czasie", "idziemy zgodnie z planem",
    "idziemy zgodnie z harmonogramem", "wygląda dobrze", "wyglada dobrze",
    "dobrze to wygląda", "dobrze wygląda", "wygląda świetnie",
    "wygląda obiecująco", "jest ok", "jest okej", "bez obaw", "nie ma obaw",
    "bez stresu", "nie ma problemu", "żaden problem", "zaden problem",
    "bez problemu", "bez zagrożeń", "brak zagrożeń", "brak ryzyk",
    "brak problemów", "brak problemow", "bez przeszkód", "bez opóźnień",
    "bez opoznien", "jest zielono", "idzie świetnie", "idzie super",
    "idzie bardzo dobrze", "idzie jak należy", "idzie zgodnie z planem",
    "gra i buczy", "wszystko gra i buczy", "mamy to pod kontrolą",
    "panujemy nad tym", "trzymamy się planu", "trzymamy harmonogram",
    "trzymamy terminy", "niezagrożone", "niezagrożony", "przed terminem",
    "przed czasem", "jesteśmy przed czasem", "wyprzedzamy plan",
    "w dobrych rękach", "dobrze idzie", "dobre postępy", "jak ta lala",
    "śmiga jak ta lala", "nie ma się czym przejmować",
)
YELLOW["pl"] = (
    "trochę zagrożone", "trochę zagrożony", "lekko zagrożone",
    "lekko zagrożony", "częściowo zagrożone", "jest pewne ryzyko",
    "jest trochę ryzyka", "trochę ryzykowne", "ryzykowne", "ryzykownie",
    "trochę niepewnie", "trochę niepewne", "niepewne", "chwiejne",
    "trochę chwiejne", "trochę się chwieje", "chwieje się", "na granicy",
    "trochę na styk", "bardzo na styk", "ciasno z czasem", "mało czasu",
    "czas goni", "goni nas czas", "jesteśmy lekko opóźnieni",
    "lekko opóźnieni", "trochę opóźnione", "trochę opóźnień", "lekki poślizg",
    "mały poślizg", "drobny poślizg", "trochę poślizgu", "trochę z tyłu",
    "nieco z tyłu", "trochę w tyle", "lekko w tyle", "nieco w tyle",
    "trochę obaw", "mamy pewne obawy", "lekkie obawy", "do obserwacji",
    "trzeba obserwować", "trzeba uważać", "idzie trochę opornie",
    "trochę pod górkę", "pod górkę", "pewne trudności", "trochę trudności",
    "drobne problemy", "małe problemy", "żółte światło", "na żółto",
)
RED["pl"] = (
    "leży", "totalnie leży", "leży całkowicie", "totalnie stoi",
    "kompletnie stoi", "stoimy w miejscu", "utknęło w martwym punkcie",
    "w martwym punkcie", "kompletnie zablokowane", "totalnie zablokowane",
    "jesteśmy zablokowani", "jest źle", "jest bardzo źle", "bardzo źle",
    "źle idzie", "zle idzie", "idzie bardzo źle", "idzie fatalnie",
    "fatalnie", "tragicznie", "tragedia", "jest dramat", "totalny dramat",
    "katastrofa", "kompletna katastrofa", "klapa", "kompletna porażka",
    "posypało się", "się posypało", "rozsypało się", "nie wyrobimy się",
    "nie zdążymy", "nie ma szans", "bez szans", "nie damy rady",
    "nie dowieziemy", "mocno opóźnieni", "duże opóźnienie", "duże opóźnienia",
    "poważne opóźnienie", "bardzo opóźnione", "mocno w tyle", "daleko w tyle",
    "grubo w plecy", "ostro w plecy", "pali się", "mamy kryzys",
    "na czerwono", "jest czerwono", "nie idzie w ogóle", "nic nie idzie",
    "kaplica", "jest klops",
)
DONE["pl"] = (
    "oddane", "oddane i zamknięte", "oddaliśmy", "dowieźliśmy",
    "dostarczyliśmy", "zrobiliśmy to", "zrobione i oddane",
    "zrobione i zamknięte", "gotowe i oddane", "skończyliśmy",
    "zakończyliśmy", "zamknęliśmy", "domknęliśmy", "dopięliśmy",
    "sprawa załatwiona", "temat załatwiony", "cel zrealizowany",
    "zrealizowaliśmy", "osiągnęliśmy cel", "jest zrobione", "z głowy",
    "mamy z głowy", "odfajkowane", "zrobione w całości",
)
DROP["pl"] = (
    "odpuszczone", "odpuszczamy temat", "rezygnujemy z tego", "porzuciliśmy",
    "anulowaliśmy", "odwołaliśmy", "skasowaliśmy", "wycofaliśmy",
    "nie będzie robione", "nie realizujemy", "nie będziemy realizować",
    "nie kontynuujemy", "nie będziemy kontynuować", "zarzucamy",
    "zarzuciliśmy", "wykreślamy", "wykreśliliśmy", "skreślamy",
    "temat umarł", "projekt upadł", "temat upadł", "już niepotrzebne",
    "nie jest już potrzebne", "wypadło z zakresu", "wyrzucone z zakresu",
    "ubite", "ubiliśmy",
)
AMBIGUOUS["pl"] = (
    "jest spoko", "na bieżąco", "wisi na włosku", "są problemy", "stoi",
    "stoimy", "wdrożone", "jest gotowe", "nie robimy", "do szuflady",
    "po ptakach", "powinno być ok", "powinno się udać", "zobaczymy",
    "jakoś to będzie", "da się", "da radę", "idzie powoli", "powoli",
    "opornie", "dramat", "niepotrzebne", "idziemy do przodu",
)

# --------------------------------------------------------------------- ru
GREEN["ru"] = (
    "мы в графике", "идём в графике", "идем в графике", "идём по графику",
    "идем по графику", "по графику", "укладываемся в график",
    "укладываемся в срок", "в сроки укладываемся", "мы в сроках", "в сроках",
    "успеваем", "всё успеваем", "все успеваем", "всё норм", "все норм",
    "норм всё", "норм идём", "норм идем", "нормально идём", "идём нормально",
    "все ок", "всё окей", "всё отлично", "все отлично", "всё супер",
    "хорошо идём", "хорошо идем", "идём хорошо", "идем хорошо",
    "идёт по плану", "идет по плану", "выглядит хорошо", "выглядит нормально",
    "не о чем беспокоиться", "не о чем волноваться", "беспокоиться не о чем",
    "волноваться не о чем", "поводов для беспокойства нет",
    "повода для беспокойства нет", "без рисков", "рисков нет",
    "рисков не видим", "блокеров нет", "без блокеров", "всё гладко",
    "идёт гладко", "идет гладко", "всё чётко", "всё четко", "всё чики-пуки",
    "всё в ажуре", "в ажуре", "всё зашибись", "в норме", "всё в норме",
    "штатно", "идёт штатно", "идет штатно", "опережаем график", "с опережением",
    "идём с опережением", "хорошими темпами", "в хорошем темпе",
    "идёт полным ходом", "полным ходом", "движемся по плану", "на мази",
    "всё на мази", "всё схвачено", "нормас", "нормалёк", "нормалек",
    "держим под контролем",
)
YELLOW["ru"] = (
    "небольшие риски", "риски есть", "есть некоторые риски", "есть риск срыва",
    "риск срыва сроков", "может сорваться", "могут сорваться сроки",
    "сроки под угрозой", "чуть отстаём", "чуть отстаем", "немного не успеваем",
    "чуть-чуть отстаём", "слегка отстаем", "немного опаздываем",
    "чуть опаздываем", "немного выбиваемся из графика",
    "немного выбились из графика", "чуть выбились из графика",
    "немного съезжает", "сроки немного поплыли", "немного поплыли сроки",
    "сроки плывут", "есть сомнения", "некоторые сомнения", "немного тревожно",
    "тревожно", "немного беспокоит", "немного напрягает", "напрягает",
    "шатается", "немного шатко", "нестабильно", "рискованно",
    "жёлтая зона", "желтая зона", "в жёлтой зоне", "в желтой зоне",
    "надо следить", "нужно следить", "впритирку", "туговато", "идёт туго",
    "идет туго", "тяжеловато", "есть трудности", "небольшие трудности",
    "небольшие проблемы", "есть проблемки", "проблемки",
)
RED["ru"] = (
    "всё очень плохо", "очень плохо", "плохо идёт", "плохо идет",
    "идёт очень плохо", "всё печально", "печально", "полный провал",
    "провалили", "провалились", "завалили", "катастрофа", "полная катастрофа",
    "катастрофически", "капец", "полный капец", "дело труба", "хана",
    "горим", "мы встали", "встали", "застряли намертво", "намертво застряли",
    "встало намертво", "стоит намертво", "глухо", "ни туда ни сюда",
    "не двигается", "не двигается вообще", "ноль прогресса",
    "никакого прогресса", "прогресса нет", "мы заблокированы", "заблокированы",
    "сильно отстаем", "очень отстаём", "сорвали сроки", "срываем сроки",
    "сроки сорваны", "не успеваем", "точно не успеваем", "не успеем",
    "не укладываемся", "не вытянем", "не вывозим", "без шансов",
    "шансов нет", "нет шансов", "в красной зоне", "красная зона",
    "всё развалилось", "разваливается", "в кризисе",
)
DONE["ru"] = (
    "сдали и закрыли", "сделали", "сделали и сдали", "выполнили", "закончили",
    "завершили", "доделано", "готово и сдано", "готово и закрыто",
    "закрыто и сдано", "отгрузили", "доставлено", "цель выполнена",
    "достигли цели", "выполнили план", "план выполнен", "перевыполнили",
    "перевыполнено", "сделано полностью", "закрыли задачу", "вопрос закрыт",
    "справились", "мы справились", "осилили", "добили", "дожали",
)
DROP["ru"] = (
    "мы отказались", "решили отказаться", "отказываемся от этого",
    "не делаем больше", "больше не будем", "не будем этим заниматься",
    "не занимаемся больше", "забили на это", "бросили", "отменяем",
    "сняли задачу", "задача снята", "вычеркнуто", "выкинули", "выбросили",
    "не актуально", "уже не актуально", "уже неактуально", "больше не нужно",
    "уже не нужно", "дропаем", "дропнуто", "похоронено", "закопали",
    "свернули проект", "проект свернули", "свёрнуто", "свернуто",
)
AMBIGUOUS["ru"] = (
    "завал", "пожар", "горит", "сломалось", "выкатили", "зарелизили",
    "тема закрыта", "забили", "слили", "убрали", "снято", "сняли",
    "не нужно", "отказ", "на нуле", "есть нюансы", "туго", "следим",
    "держим на контроле", "неплохо идём", "выглядит неплохо", "вроде норм",
    "вроде нормально", "посмотрим", "идёт потихоньку", "потихоньку",
    "помаленьку", "двигается", "движется", "в работе", "всё пропало",
    "убили", "укладываемся", "беда", "труба",
)

# --------------------------------------------------------------------- tr
GREEN["tr"] = (
    "yolundayız", "yolundayiz", "yolunda gidiyor", "yolunda gidiyo",
    "yolunda ilerliyor", "plana uygun gidiyor", "plan dahilinde",
    "planlandığı şekilde", "takvimdeyiz", "takvime uygunuz",
    "takvim içindeyiz", "zamanında gidiyor", "zamanında ilerliyor",
    "süre içindeyiz", "programa uygun", "programdayız", "hedefteyiz",
    "rayında gidiyor", "rayında ilerliyor", "iyi görünüyor", "iyi gorunuyor",
    "gayet iyi görünüyor", "güzel görünüyor", "iyi gözüküyor", "endişe yok",
    "endise yok", "endişeye gerek yok", "endişelenmeye gerek yok",
    "merak etmeyin", "sorun görünmüyor", "herhangi bir sorun yok",
    "hiçbir sorun yok", "risk yok", "herhangi bir risk yok", "engel yok",
    "sikinti yok", "sıkıntısız", "pürüzsüz", "sorunsuz ilerliyor",
    "sorunsuz gidiyor", "problemsiz", "gayet iyi", "gayet güzel",
    "çok iyi gidiyor", "süper gidiyor", "harika gidiyor", "iyi gidiyo",
    "tıkır tıkır işliyor", "tıkır tıkır gidiyor", "kontrolümüzde",
    "iyiyiz", "iyi durumdayız", "iyi durumda", "durum iyi", "durum gayet iyi",
    "işler yolunda", "işler iyi gidiyor", "planın önündeyiz",
    "takvimin önündeyiz",
)
YELLOW["tr"] = (
    "biraz risk var", "küçük bir risk var", "ufak riskler var",
    "risk altındayız", "risk taşıyor", "biraz geride kaldık", "biraz gerideyiz",
    "az geride", "biraz gecikti", "biraz gecikmeli", "hafif gecikmeli",
    "ufak bir gecikme var", "biraz gecikme var", "biraz sarkıyor", "sarkıyor",
    "sarkma var", "biraz sarktı", "takvim biraz kaydı", "sıkışık",
    "zaman daraldı", "zaman daralıyor", "süre daralıyor", "zaman biraz dar",
    "biraz zorlu", "biraz sıkıntı var", "ufak sıkıntılar var",
    "ufak tefek sorunlar", "ufak sorunlar var", "küçük sorunlar",
    "bazı sorunlar var", "bazı sıkıntılar var", "biraz endişeliyim",
    "biraz endişe var", "endişe var", "biraz tedirginim", "tedirginiz",
    "belirsizlik var", "biraz belirsiz", "yakından takip ediyoruz",
    "takip etmek lazım", "dikkat etmek lazım", "sarı alarm", "sarı bölgede",
    "sınırda", "biraz sallanıyor", "sallanıyor", "kritik eşikte",
)
RED["tr"] = (
    "çok kötü gidiyor", "hiç iyi gitmiyor", "iyi gitmiyor", "kötü durumda",
    "durum kötü", "durum çok kötü", "berbat", "berbat gidiyor", "felaket",
    "felaket gidiyor", "tam bir felaket", "rezalet", "tam bir rezalet",
    "battı", "battık", "patladı", "patladık", "çöktü", "çöktük",
    "tamamen durdu", "tamamen durduk", "tamamen tıkandı", "tamamen takıldık",
    "tıkandık", "kilitlendi", "kilitlendik", "ilerleyemiyoruz",
    "ilerlemiyoruz", "hiç ilerlemiyor", "yerimizde sayıyoruz",
    "çok gerideyiz", "çok geride kaldık", "ciddi şekilde geride",
    "ciddi gecikme var", "büyük gecikme", "çok gecikti", "ciddi sorunlar var",
    "büyük sorun var", "büyük sıkıntı var", "ciddi sıkıntı var",
    "yetişmeyecek", "yetiştiremeyeceğiz", "yetiştiremiyoruz",
    "bitiremeyeceğiz", "şansımız yok", "hiç şans yok", "kırmızı alarm",
    "kırmızı bölgede", "yangın var", "işler karıştı", "çığırından çıktı",
    "elimizden kaçtı", "kontrolümüzden çıktı",
)
DONE["tr"] = (
    "teslim ettik", "teslim edilmiştir", "teslim tamam",
    "bitti ve teslim edildi", "bitirdik ve teslim ettik", "halloldu",
    "hallolmuştur", "çözüldü", "çözdük", "tamamlandı ve teslim edildi",
    "işi bitirdik", "işi tamamladık", "hedefi tutturduk", "hedefi yakaladık",
    "hedefi geçtik", "hedef aşıldı", "iş kapandı", "bitirildi", "tamamlandi",
    "tamamladik", "tamamladım", "bitirdim",
)
DROP["tr"] = (
    "vazgectik", "bundan vazgeçtik", "yapmaktan vazgeçtik", "iptal ettim",
    "iptal edilmiştir", "tamamen bıraktık", "çöpe attık", "çöpe atıldı",
    "artık yapılmayacak", "yapılmayacak", "yapmıyoruz artık",
    "devam etmiyoruz", "devam etmeyeceğiz", "devam edilmeyecek",
    "gerek kalmadı", "artık gerek yok", "ihtiyaç kalmadı",
    "kapsamdan çıkardık", "listeden çıkardık", "listeden çıkarıldı",
    "vazgeçilmiştir", "gömdük",
)
AMBIGUOUS["tr"] = (
    "sıkıntı yok gibi", "endişe yok gibi", "elimizde", "erken bitecek",
    "biraz zor", "yavaş ilerliyor", "biraz yavaş", "kaos", "gitti",
    "olmayacak", "imkansız", "tamamdır", "yayına aldık", "sonlandırdık",
    "öldü", "yetişir", "bakalım", "göreceğiz", "idare ediyor",
    "fena gitmiyor", "iyi sayılır", "geri çekildi", "merak etme", "yattı",
)

# --------------------------------------------------------------------- ja
GREEN["ja"] = (
    "いい流れです", "いい流れ", "良い流れです", "問題なさそうです", "問題なさそう",
    "問題ないです", "問題ございません", "特に問題ありません", "特に問題ないです",
    "全く問題なし", "全然問題ないです", "順調に進んでいます", "順調に推移",
    "順調に推移しています", "順調に来ています", "順調っす", "順調だよ",
    "いい調子", "いい調子です", "好調", "好調です", "絶好調", "快調です",
    "スムーズに進行中", "スムーズに進んでいます", "計画通り進んでいます",
    "予定通り進んでいます", "予定通りです", "スケジュール通りです", "オンスケです",
    "オンスケで進行中", "前倒しで進行中", "前倒しで進んでいます", "予定より早い",
    "心配ありません", "心配ないです", "心配無用", "ご心配なく", "懸念はありません",
    "リスクなし", "リスクはありません", "課題なし", "課題はありません",
    "ブロッカーなし", "支障なし", "支障ありません", "滞りなく進行中",
    "着実に進んでいます", "着実に進行中", "良好です", "概ね順調", "おおむね順調",
    "バッチリです", "ばっちりです", "青信号",
)
YELLOW["ja"] = (
    "ちょっと怪しい", "少し怪しい", "やや怪しい", "怪しくなってきた",
    "ちょっと危ない", "少し危ない", "やや危うい", "危なっかしい",
    "ちょっと厳しい", "少し厳しいです", "やや厳しいです", "ちょっときつい",
    "少しきつい", "タイトです", "ややタイトです", "スケジュールがタイト",
    "余裕がない", "余裕なし", "あまり余裕がない", "ギリギリです", "ぎりぎりです",
    "ちょっと遅れてます", "少し遅れてます", "やや遅れています", "若干遅れています",
    "遅れ気味", "やや遅れ気味", "遅れ気味です", "押し気味", "少し押してます",
    "ちょっと押してます", "若干リスクあり", "ややリスクあり", "リスク高め",
    "注意が必要です", "要注意です", "要ウォッチ", "懸念点あり", "懸念事項あり",
    "少し不安", "ちょっと不安", "不安が残る", "不安要素あり", "やや難航",
    "少し難航", "やや苦戦", "綱渡り状態", "予断を許さない状況", "黄色信号です",
)
RED["ja"] = (
    "厳しい状況", "厳しい状況です", "かなり厳しい", "非常に厳しい", "相当厳しい",
    "ピンチ", "大ピンチ", "ピンチです", "詰んでる", "詰んだ", "詰みました",
    "完全に詰んでる", "やばい状況", "大炎上", "炎上しています", "燃えてます",
    "火を噴いてる", "デスマ", "デスマーチ", "破綻", "破綻寸前", "崩壊",
    "崩壊寸前", "完全にストップ", "完全に止まってます", "全く進んでいない",
    "全然進んでない", "まったく進んでいません", "進捗ゼロ", "進捗ほぼゼロ",
    "手詰まり", "八方塞がり", "行き詰まってます", "大幅に遅れています",
    "大幅遅れ", "かなり遅れています", "大きく遅れています", "間に合わない",
    "間に合いません", "間に合わなさそう", "無理です", "達成困難",
    "達成は難しい", "達成不可能", "絶望的", "失敗です", "ダメでした",
    "だめでした", "全然ダメ", "全然だめ", "赤信号です", "危機的状況", "致命的",
)
DONE["ja"] = (
    "納品完了", "納品しました", "完了しております", "完了いたしました",
    "完了済みです", "終わらせました", "やり切りました", "やりきりました",
    "達成済み", "達成済みです", "目標クリア", "クリアしました",
    "片付けました", "対応済みです", "対応完了しました", "完結しました",
    "無事に終わりました", "無事に完了しました", "無事に納品しました",
    "クローズ済み", "クローズ済みです",
)
DROP["ja"] = (
    "やめます", "やめることにしました", "やらないことにしました",
    "やらないことになりました", "やめにしました", "やめになりました",
    "なしになりました", "中止になりました", "中止となりました",
    "キャンセルになりました", "キャンセルしました", "取りやめになりました",
    "取りやめとなりました", "見送ることにしました", "白紙になりました",
    "ボツになりました", "ボツです", "お蔵入りです", "お蔵入りになりました",
    "撤退します", "撤退しました", "スコープから外しました", "対象外になりました",
    "不要になりました", "必要なくなりました", "諦めました", "あきらめました",
    "断念します", "廃案", "廃案になりました", "打ち切りました", "打ち切りになりました",
)
AMBIGUOUS["ja"] = (
    "大丈夫です", "大丈夫そう", "いけそう", "ほぼ予定通り", "特になし", "要確認",
    "様子見", "苦戦中", "やばい", "マジでやばい", "怪しい", "終わってます",
    "終わってる", "リリース済み", "終了しました", "なくなりました", "なしで",
    "白紙", "無理そう", "たぶん大丈夫", "なんとかなる", "なんとかなりそう",
    "対応中", "進行中です", "スコープアウト",
)

# --------------------------------------------------------------------- zh (simplified)
GREEN["zh"] = (
    "没啥问题", "没什么问题", "挺顺利的", "挺顺利", "很顺利", "非常顺利",
    "进展很顺利", "问题不大", "稳稳的", "稳得很", "挺稳的", "稳步进行中",
    "一切都挺好", "挺好的", "很好", "非常好", "按计划走", "按计划来",
    "按部就班", "按期推进", "进度正常", "进度符合预期", "进度可控", "在计划内",
    "在计划之内", "进度超前", "比计划提前", "不用操心", "别担心", "放心吧",
    "请放心", "无需担心", "不必担心", "没什么好担心的", "没有风险", "没风险",
    "零风险", "没有阻碍", "没有卡点", "无卡点", "畅通无阻", "运转正常",
    "正常进行中", "一切如常", "一切照常", "都在掌控之中", "妥妥的", "稳妥",
    "没毛病", "完全没问题", "绝对没问题", "顺顺利利", "一帆风顺", "进展喜人",
    "势头良好", "势头很好", "节奏很好", "没啥事", "一切ok",
)
YELLOW["zh"] = (
    "有点儿悬", "有点危险", "有点险", "有点风险", "有点儿风险", "风险较高",
    "风险偏高", "存在一些风险", "有点落后", "稍微有点落后", "略微滞后",
    "稍有滞后", "有点滞后", "进度有点慢", "进度偏紧", "进度有点紧",
    "时间比较紧", "时间很紧", "工期紧", "工期偏紧", "排期紧", "排期很紧",
    "有点赶", "比较赶", "有点吃紧", "有点吃力", "比较吃力", "有些吃力",
    "压力有点大", "压力山大", "有点担忧", "有些担忧", "有点不放心", "不太放心",
    "不太乐观", "不太顺利", "不太稳定", "有些不稳定", "有点问题", "有些问题",
    "有点小问题", "有些困难", "有点困难", "需要盯一下", "需要盯着", "要盯紧",
    "需要重点关注", "需要密切关注", "有点拖", "有点拖延", "可能会延期",
    "有延期风险", "有延迟风险", "亮黄灯", "亮黄灯了", "黄灯了",
)
RED["zh"] = (
    "搞砸了", "搞不定", "搞不定了", "砸锅了", "翻车了", "炸了", "崩了", "崩盘",
    "全崩了", "一团糟", "一塌糊涂", "乱成一团", "糟透了", "很糟糕", "非常糟糕",
    "太糟了", "情况很糟", "情况不妙", "大事不妙", "很危险", "非常危险", "高危",
    "亮红灯", "亮红灯了", "红灯了", "严重拖期", "严重超期", "严重延期",
    "大幅延期", "大幅落后", "远远落后", "落后很多", "进度严重滞后", "完全卡住",
    "彻底卡住", "完全停滞", "动不了", "推不下去", "没法推进", "无法推进",
    "进行不下去", "做不下去了", "来不及了", "肯定来不及", "赶不上了", "完不成",
    "完不成了", "肯定完不成", "不可能完成", "没戏了", "没希望了", "没指望了",
    "出事了", "问题很大", "问题严重", "有大问题", "麻烦大了", "卡得死死的",
)
DONE["zh"] = (
    "交付了", "已经交付", "交付啦", "完事了", "弄完了", "搞完了", "干完了",
    "做好了", "整完了", "收工", "圆满收官", "完成啦", "全搞定了", "都搞定了",
    "已搞定", "已经搞定", "已经完成", "全部搞定", "达成了", "达标了", "已达标",
    "目标已达成", "超额完成", "提前完成", "按时完成", "闭环了", "已闭环",
    "验收通过", "已验收", "通过验收",
)
DROP["zh"] = (
    "不弄了", "不干了", "不做这个了", "这个不做了", "不做啦", "砍了",
    "被砍掉了", "砍掉啦", "直接砍了", "取消掉了", "取消啦", "已经取消",
    "pass掉了", "被毙了", "不要了", "不需要了", "不需要做了", "没必要做了",
    "作废", "已作废", "终止了", "撤了", "撤掉了", "不跟进了", "不推进了",
    "放弃推进", "不再做了", "决定不做了", "决定放弃", "算了不做了",
)
AMBIGUOUS["zh"] = (
    "进展不错", "还不错", "小问题", "需要跟进", "待观察", "凉凉", "完了",
    "彻底完了", "危险", "停了", "火烧眉毛", "交了", "结束了", "已结束",
    "关闭了", "已经关闭", "算了", "去掉了", "移除了", "废了", "中止了",
    "停掉了", "应该没问题", "应该问题不大", "估计没问题", "差不多", "还好",
    "还凑合", "状态不错", "提前了", "靠谱", "有点慢", "吃紧",
)

# =========================================================================
# Per-language notes (traps, negation forms).  As in idioms.py: longest match
# wins, and every GREEN/DONE hit needs a negation / "not yet" / "almost" check.
# grammar.py strips a leading "all" word ("alles", "tout", "todo", "tudo",
# "tutto", "allt", "alt", "wszystko", "всё", "все", "her şey"), so "all X" is
# listed only where X alone means the same ("всё норм" -> "норм").
#
# en: "on fire" means "excelling" as often as "burning" (AMBIGUOUS); "killed
#     it"/"crushing it" = success, but "killed"/"got killed" at the end of the
#     head is cancelled. "ticked off" = annoyed in British English. "we're
#     done" can mean "we give up". "out of scope" also describes a remark.
#     "no worries", "no blockers", "won't make it", "not out of the woods" are
#     themselves negated: their "no"/"not" is not a negation of a flag word.
# de: "sportlich" (ambitious = tight) is YELLOW in business German. "fertig"
#     also means exhausted ("wir sind fertig", "fix und fertig": AMBIGUOUS).
#     "abgenommen" = accepted, but also "decreased". "vom Tisch" = dropped or
#     solved. "spannend" alone = interesting; "wird spannend" = getting tight.
#     "passt schon" is often a shrug. "kein Problem"/"keine Sorge" are negated
#     phrases meaning GREEN; "nicht ganz im Plan" is YELLOW, not negated GREEN.
# fr: "c'est chaud" = it's tough (YELLOW); "c'est le feu" is slang for great.
#     "c'est mort" = hopeless (RED) or dropped. "pas de soucis", "pas simple",
#     "pas évident" carry their own "pas". "ça coince" alone stays AMBIGUOUS;
#     "ça coince grave" is RED. Accents dropped on phones: both spellings.
#     "tranquille" = calm or slow. "c'est bon" = OK, fine or done.
# es: "va como un tiro" (Spain) = going great; in Latin America "tiro" is
#     neutral, the phrase is still read as praise. "fatal" = terrible (RED).
#     "tranqui" = relax (reassurance, but also "slow"): AMBIGUOUS. "hecho"
#     also means "fact". "se cayó" = fell through (DROP) or crashed (RED).
#     "lo dejamos" alone is still AMBIGUOUS (often "para después").
#     "no llegamos", "no da tiempo" are RED, not negated GREEN.
# pt: BR spoken forms: "tá" (está), "tô" (estou), "tamo" (estamos), "pra";
#     accents often dropped ("ta", "to", "nao"). "tá andando" = in progress
#     (AMBIGUOUS); "tá andando bem" = GREEN. "tudo tranquilo" would be read as
#     bare "tranquilo" (AMBIGUOUS), so it is not in GREEN. "sem stress" and
#     "sem problemas" are GREEN. "tá osso" = tough (YELLOW or RED). "melou",
#     "foi pro saco" = fell through or failed. "feito" also in "mal feito".
# it: "avanti tutta" = full speed ahead (GREEN). "al limite" also means "at
#     worst" ("al limite lo facciamo domani"). "è finito"/"è saltato" = over /
#     fell through or broke. "tutto tranquillo" -> bare "tranquillo": AMBIG.
#     "non ce la facciamo" is RED (its "non" is part of the phrase).
# nl: "spannend" alone stays AMBIGUOUS; "best/beetje spannend" is YELLOW.
#     "kapot" = broken or exhausted; "komt (wel) goed" is a hope. "we zijn
#     klaar" = done or ready. "gaat niet goed" / "gaat niet lukken" are RED.
# sv: "ingen fara" (no danger) = no worries, GREEN. "kanon"/"toppen" = great.
#     "på håret" = barely (made it, or not). "det går inte" = it doesn't work
#     or "it can't be done". "klar" stays AMBIGUOUS as in idioms.py.
#     "det skiter sig" is vulgar but common. "ser fint ut" is Swedish and
#     Norwegian alike (listed once, under sv).
# no: "det strammer seg til" = it's getting tight (YELLOW). "dårlig tid" =
#     short of time (YELLOW), not "bad". "går så det suser" = GREEN.
#     "før tiden" = early or "before the deadline". Bokmål and Nynorsk
#     variants ("fremdrift"/"framdrift") both occur.
# da: "det spiller" = it works great (slang). "kuldsejlet" = failed (RED).
#     "lukket og slukket" = done and dusted. "vi dropper" is in no; Danish
#     spellings differ ("dårligt", "færdig", "usikkert" with -t).
# pl: "leży" (lies flat) = failed/stalled (RED); "stoi" alone = stands still
#     or "is standing" (AMBIGUOUS). "niezagrożone" = not at risk (GREEN, its
#     "nie" is a prefix, not a negation). "nie damy rady", "nie zdążymy",
#     "nie ma szans" are RED; "nie ma problemu", "bez obaw" are GREEN.
#     "z głowy" = off our plate (DONE). Diacritics often dropped on phones.
# ru: "успеваем" (GREEN) is inside "не успеваем" (RED): longest match.
#     "не о чем беспокоиться", "рисков нет", "блокеров нет" are GREEN with
#     their own negation. "беда" is also in "не беда" (= no problem) and
#     "труба" is also a pipe: AMBIGUOUS. "забили" = gave up or scored.
#     "горит" (AMBIGUOUS) vs "горим" (we are on fire, RED). "всё пропало"
#     would be read as bare "пропало" (went missing): AMBIGUOUS.
# tr: phone spellings drop ı/ş/ğ/ü and "-yor" ("iyi gidiyo", "endise yok",
#     "yolundayiz"). Negation is the suffix -me/-ma: "iyi gitmiyor" is RED.
#     "yattı" = died (slang) or lay down: AMBIGUOUS. "tamamdır" = OK or done.
#     "olmayacak" = won't happen (RED or DROP). "merak etme" = don't worry,
#     but also "don't be curious": left AMBIGUOUS, "merak etmeyin" is GREEN.
# ja: "やばい" = bad or amazing (AMBIGUOUS); "やばい状況" is RED. "終わってる"
#     = finished or hopeless. "問題なさそう(です)" = looks fine (GREEN), but
#     "大丈夫そう"/"いけそう" are hopes. "押してます" = running over (YELLOW).
#     Negation suffixes as in idioms.py: "順調ではない", "間に合わない" (RED).
#     "終わりました" is already in idioms.py (DONE).
# zh: "问题不大" = no real problem (GREEN), "有点问题" = YELLOW, "问题很大" =
#     RED: longest match. "搞不定" = can't get it done (RED); "没搞定" stays
#     AMBIGUOUS (not yet). "完了" = finished or doomed; "算了" = forget it
#     (DROP) or "counted"; "不太顺利"/"不太乐观" are YELLOW with their own 不.
#     "稳了" stays AMBIGUOUS (in idioms.py). "pass掉了" is typed in Latin.
# =========================================================================
# fmt: on
