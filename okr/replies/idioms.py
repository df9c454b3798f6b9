"""Everyday status idioms in the fifteen languages of the reply grammar, by meaning:
"going swimmingly", "läuft wie am Schnürchen", "tout baigne", "va sobre ruedas", "de boa",
"loopt lekker", "rullar på", "idzie jak z płatka", "норм", "tıkırında", "いい感じ", "稳步推进"
(green); "a bit tight", "wackelt", "c'est tendu", "vamos justos" (yellow); "stuck",
"hängt fest", "буксует", "卡住了" (red); "in the bag", "eingetütet", "搞定了" (done);
"shelved", "abgeblasen", "不做了" (drop).

Written once, from a brief, by a helper session that saw none of the replies the parser is
measured on: phrases whose meaning any native speaker sees without context. Phrases that
depend on context ("launched", "postponed", "so-so") are left out (AMBIGUOUS, kept here
for reference and never read). grammar.py adds each phrase that is not already one of its
own flag words, as a word that must end the answer's head ("#12 tight - …", not "#12
tight deadline …"), so negations, hedges and the rest apply to them as to any flag word.
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
    "on track", "going well", "going swimmingly", "ticking along", "all good",
    "all on track", "under control", "nothing to worry about", "smooth sailing",
    "plain sailing", "running smoothly", "going smoothly", "progressing well",
    "going great", "looking good", "no issues", "no problems", "all green",
    "on schedule", "on target", "so far so good", "humming along",
    "in good shape", "coming along nicely", "no concerns",
)
YELLOW["en"] = (
    "at risk", "a bit tight", "tight", "shaky", "some risks", "some delays",
    "a bit behind", "slightly behind", "a little behind", "some concerns",
    "touch and go", "a bit wobbly", "wobbly", "slipping", "slipping a bit",
    "running a bit late", "slightly behind schedule", "cutting it close",
    "tight timeline", "on thin ice", "needs attention", "could slip",
    "under pressure", "bit of a risk", "some slippage",
)
RED["en"] = (
    "stuck", "still stuck", "totally stuck", "blocked", "stalled", "not moving",
    "going nowhere", "off track", "badly off track", "off the rails",
    "in trouble", "in serious trouble", "failing", "went badly", "went wrong",
    "dead in the water", "at a standstill", "ground to a halt", "hit a wall",
    "way behind", "badly behind", "seriously behind", "falling apart",
    "a mess", "in a bad way",
)
DONE["en"] = (
    "finished", "completed", "complete", "closed", "in the bag",
    "signed and sealed", "signed sealed and delivered", "wrapped up",
    "all wrapped up", "all done", "done and dusted", "achieved", "delivered",
    "nailed it", "mission accomplished", "checked off", "over the line",
    "goal met", "target met", "target achieved", "fully done", "100% done",
    "completed successfully", "finished off", "job done",
    # over and past: "secrets rotation is behind us"
    "behind us", "all behind us", "behind us now", "behind me",
)
DROP["en"] = (
    "dropped", "we're dropping it", "dropping it", "dropped for good",
    "cancelled", "canceled", "shelved", "scrapped", "abandoned", "binned",
    "ditched", "not doing it", "not doing this anymore", "no longer pursuing",
    "descoped", "removed from scope", "won't do", "wont do", "off the table",
    "pulled the plug", "called off", "axed", "gave up", "given up",
    "killed off",
    # said after the thing, first person: "The phishing drill we're cancelling – …"
    "we're cancelling", "we are cancelling", "we're canceling", "we're dropping",
    "we are dropping",
    "off my list", "take it off my list", "take this one off my list", "take this off my list",
    "taking it off the list",
)
AMBIGUOUS["en"] = (
    "ok-ish", "okish", "so-so", "not bad", "could be better", "hmm",
    "interesting", "meh", "launched", "live", "ready", "postponed", "on hold",
    "paused", "parked", "deferred", "delayed", "behind", "behind schedule",
    "running late", "challenging", "tricky", "sorted", "killed it",
    "not happening", "dropped the ball", "on ice", "slow", "pending",
    "in progress", "almost done", "nearly there",
)

# --------------------------------------------------------------------- de
GREEN["de"] = (
    "läuft", "läuft gut", "läuft rund", "läuft wie am schnürchen",
    "wie am schnürchen", "läuft wie geschmiert", "alles gut",
    "alles im grünen bereich", "im grünen bereich", "im plan", "im zeitplan",
    "voll im plan", "auf kurs", "unter kontrolle", "kein grund zur sorge",
    "keine probleme", "alles im lot", "alles paletti", "geht gut voran",
    "kommt gut voran", "alles bestens", "klappt gut", "auf einem guten weg",
    "passt alles", "alles easy",
)
YELLOW["de"] = (
    "wackelt", "wackelt etwas", "etwas wackelig", "wackelig", "wacklig",
    "wird knapp", "zeitlich knapp", "etwas knapp", "wird eng", "es wird eng",
    "etwas verzug", "leichter verzug", "leicht hinter dem plan",
    "etwas hinter dem plan", "gefährdet", "einige risiken", "gewisse risiken",
    "auf der kippe", "holprig", "läuft holprig", "läuft nicht ganz rund",
    "unter druck", "angespannt", "hakt etwas", "ein paar bedenken",
)
RED["de"] = (
    "hängt fest", "steckt fest", "hakt gewaltig", "blockiert",
    "komplett blockiert", "steht still", "stockt", "geht nicht voran",
    "kommt nicht voran", "kein fortschritt", "festgefahren",
    "in schwierigkeiten", "große probleme", "läuft schlecht", "lief schlecht",
    "aus dem ruder gelaufen", "gescheitert", "liegt im argen", "es brennt",
    "stark im verzug", "massiv im verzug", "weit hinter dem plan",
    "sieht düster aus", "läuft schief", "ist schiefgelaufen",
)
DONE["de"] = (
    "fertig", "ist fertig", "komplett fertig", "zu 100% fertig", "erledigt",
    "alles erledigt", "vollständig erledigt", "abgeschlossen",
    "erfolgreich abgeschlossen", "geschafft", "ziel erreicht", "erreicht",
    "in trockenen tüchern", "unter dach und fach", "im kasten", "eingetütet",
    "abgehakt", "geliefert", "umgesetzt", "vollständig umgesetzt",
    "geschlossen", "ist geschlossen", "durchgezogen",
    "liegt hinter uns", "hinter uns",
)
DROP["de"] = (
    "gestrichen", "abgesagt", "abgebrochen", "verworfen", "fallen gelassen",
    "lassen wir fallen", "machen wir nicht mehr", "wird nicht mehr verfolgt",
    "nicht weiter verfolgt", "wird nicht umgesetzt", "nicht mehr relevant",
    "beerdigt", "begraben", "ad acta gelegt", "zu den akten gelegt",
    "haben wir aufgegeben", "gecancelt", "storniert", "entfällt", "fällt weg",
    "eingestampft", "abgeblasen", "endgültig gestoppt",
    "das lassen wir fallen", "den lassen wir fallen", "die lassen wir fallen",
)
AMBIGUOUS["de"] = (
    "geht so", "naja", "nicht schlecht", "könnte besser sein", "hakt",
    "kritisch", "verschoben", "pausiert", "auf eis gelegt", "zurückgestellt",
    "live", "gestartet", "gelauncht", "ist durch", "ist raus",
    "hat sich erledigt", "eingestellt", "gestoppt", "verzögert", "in verzug",
    "schwierig", "herausfordernd", "zäh", "knapp", "fast fertig", "in arbeit",
    "gekippt", "aufgegeben", "läuft nicht",
)

# --------------------------------------------------------------------- fr
GREEN["fr"] = (
    "ça roule", "ca roule", "tout roule", "tout baigne", "ça avance bien",
    "ça déroule", "en bonne voie", "sur la bonne voie", "dans les temps",
    "dans les clous", "sous contrôle", "sous controle", "maîtrisé",
    "rien à signaler", "nickel", "impeccable", "tout va bien",
    "ça se passe bien", "ça suit son cours", "sur les rails",
    "comme sur des roulettes", "pas de souci", "aucun souci", "ça marche bien",
    "conforme au planning",
)
YELLOW["fr"] = (
    "c'est tendu", "tendu", "un peu juste", "un peu serré", "c'est serré",
    "à risque", "a risque", "quelques risques", "des risques",
    "quelques retards", "un peu de retard", "léger retard", "un peu en retard",
    "fragile", "ça coince un peu", "sur le fil", "sous tension",
    "quelques inquiétudes", "à surveiller", "point de vigilance", "ça tangue",
    "c'est pas gagné", "pas gagné d'avance", "ça se complique un peu",
)
RED["fr"] = (
    "c'est mal barré", "mal barré", "bloqué", "c'est bloqué", "bloque",
    "coincé", "au point mort", "ça n'avance pas", "ça avance pas", "ça bloque",
    "à l'arrêt", "ça patine", "en difficulté", "en grande difficulté",
    "gros retard", "très en retard", "ça part en vrille", "on va dans le mur",
    "dans le mur", "c'est la cata", "ça s'est mal passé", "c'est la galère",
    "ça déraille", "hors de contrôle", "enlisé",
)
DONE["fr"] = (
    "terminé", "c'est terminé", "fini", "bouclé", "c'est bouclé", "clôturé",
    "cloturé", "clos", "fermé", "achevé", "réalisé", "objectif atteint",
    "c'est dans la boîte", "dans la poche", "c'est dans la poche", "plié",
    "c'est plié", "emballé c'est pesé", "c'est fait", "livré", "finalisé",
    "mission accomplie", "100% terminé", "tout est fait",
)
DROP["fr"] = (
    "abandonné", "annulé", "on laisse tomber", "laissé tomber",
    "on abandonne", "on arrête", "on ne le fait plus", "on le fait plus",
    "enterré", "mis au placard", "à la poubelle", "aux oubliettes",
    "tombé à l'eau", "supprimé", "retiré du périmètre", "hors périmètre",
    "plus d'actualité", "n'est plus d'actualité", "on jette l'éponge",
    "classé sans suite", "sans suite", "on lâche l'affaire",
    "abandonné définitivement", "annulé définitivement", "on oublie",
)
AMBIGUOUS["fr"] = (
    "bof", "mouais", "pas mal", "pas terrible", "ça pourrait être mieux",
    "moyen", "ça va", "couci-couça", "c'est juste", "limite", "ça coince",
    "galère", "c'est fini", "reporté", "en pause", "en attente", "suspendu",
    "gelé", "décalé", "en retard", "lancé", "arrêté", "compliqué",
    "ça se complique", "difficile", "délicat", "en cours", "presque fini",
    "ça tient à un fil", "ça avance", "prêt",
)

# --------------------------------------------------------------------- es
GREEN["es"] = (
    "va sobre ruedas", "sobre ruedas", "va bien", "todo bien", "todo en orden",
    "en buen camino", "según lo previsto", "segun lo previsto",
    "según el plan", "en tiempo y forma", "en plazo", "bajo control",
    "controlado", "sin problemas", "nada que preocupar", "avanzando bien",
    "va genial", "de maravilla", "viento en popa", "va viento en popa",
    "marcha bien", "en verde", "todo correcto", "va como la seda",
    "como la seda",
)
YELLOW["es"] = (
    "vamos justos", "muy justo", "un poco justo", "vamos apurados",
    "en riesgo", "algo de riesgo", "algunos riesgos", "hay riesgos",
    "algunos retrasos", "un poco atrasado", "algo atrasado", "ligero retraso",
    "un poco de retraso", "en la cuerda floja", "tambaleando", "inestable",
    "con dudas", "algunas dudas", "hay que vigilarlo", "a vigilar",
    "ajustado", "vamos ajustados", "un poco complicado", "algo complicado",
    "con alguna preocupación",
)
RED["es"] = (
    "atascado", "atascados", "estancado", "bloqueado", "no avanza",
    "no se mueve", "sin avances", "en problemas", "en serios problemas",
    "va mal", "muy mal", "fue mal", "salió mal", "se torció", "se ha torcido",
    "descarrilado", "fuera de control", "muy atrasado", "muy retrasado",
    "fracasando", "ha fracasado", "en rojo", "se fue al traste",
    "un desastre", "empantanado",
)
DONE["es"] = (
    "terminado", "acabado", "finalizado", "completado", "cerrado",
    "conseguido", "logrado", "objetivo cumplido", "cumplido",
    "misión cumplida", "entregado", "ya está hecho", "está hecho", "resuelto",
    "atado y bien atado", "en el bote", "está en el bote", "todo hecho",
    "100% completado", "finiquitado", "alcanzado", "meta alcanzada",
    "objetivo alcanzado", "completado con éxito", "cerrado con éxito",
)
DROP["es"] = (
    "cancelado", "cancelada", "descartado", "descartada", "abandonado",
    "lo abandonamos", "ya no lo hacemos", "no lo vamos a hacer", "no se hará",
    "se cancela", "se descarta", "eliminado", "dado de baja",
    "sacado del alcance", "desestimado", "se abandona", "tiramos la toalla",
    "carpetazo", "le dimos carpetazo", "enterrado", "ya no aplica",
    "suspendido definitivamente", "cancelado definitivamente",
    "lo cancelamos", "la cancelamos", "los cancelamos", "lo descartamos", "la descartamos",
)
AMBIGUOUS["es"] = (
    "más o menos", "regular", "no está mal", "no va mal", "podría ir mejor",
    "ahí vamos", "ahí va", "vamos tirando", "tirando", "complicado",
    "pende de un hilo", "parado", "pospuesto", "aplazado", "en pausa",
    "en espera", "congelado", "archivado", "al cajón", "lanzado", "listo",
    "ya está", "retrasado", "con retraso", "crítico", "difícil",
    "casi terminado", "se acabó", "sin novedad", "sin novedades",
    "lo dejamos", "fuera de alcance", "en curso",
)

# --------------------------------------------------------------------- pt
GREEN["pt"] = (
    "tá tranquilo", "ta tranquilo", "de boa", "tá de boa", "tudo certo",
    "tudo ok", "tudo nos conformes", "nos conformes", "indo bem",
    "está a correr bem", "a correr bem", "está a andar bem",
    "no caminho certo", "dentro do prazo", "no prazo", "sob controle",
    "sob controlo", "sem problemas", "nada a declarar", "andando bem",
    "avançando bem", "de vento em popa", "às mil maravilhas", "tá show",
    "tá em dia",
)
YELLOW["pt"] = (
    "apertado", "tá apertado", "prazo apertado", "meio apertado", "em risco",
    "alguns riscos", "com riscos", "há riscos", "tem riscos",
    "um pouco atrasado", "ligeiro atraso", "pequeno atraso", "alguns atrasos",
    "meio atrasado", "ligeiramente atrasado", "instável", "na corda bamba",
    "requer atenção", "alguma preocupação", "no limite", "ponto de atenção",
    "tá complicadinho", "em alerta", "um pouco complicado", "sob pressão",
)
RED["pt"] = (
    "travado", "tá travado", "travou", "empacado", "empacou", "encravado",
    "bloqueado", "não anda", "não avança", "sem avanço", "estagnado",
    "deu ruim", "deu errado", "correu mal", "está a correr mal", "vai mal",
    "indo mal", "em apuros", "problemas sérios", "fora de controle",
    "fora de controlo", "descarrilou", "muito atrasado", "falhou", "desandou",
)
DONE["pt"] = (
    "concluído", "concluido", "finalizado", "terminado", "acabado",
    "tá feito", "está feito", "já está feito", "entregue", "encerrado",
    "objetivo atingido", "meta batida", "meta atingida", "missão cumprida",
    "resolvido", "tá no papo", "no papo", "está no saco", "tudo feito",
    "100% concluído", "completo", "cumprido", "finalizamos", "concluímos",
    "fechado com sucesso",
)
DROP["pt"] = (
    "cancelado", "cancelada", "foi cancelado", "cancelamos", "abandonado",
    "abandonamos", "descartado", "desistimos", "desistimos de vez",
    "largamos", "não vamos fazer", "não vamos mais fazer",
    "não fazemos mais", "engavetado", "fora do escopo", "saiu do escopo",
    "removido do escopo", "sem continuidade", "descontinuado",
    "jogamos a toalha", "abortado", "enterrado", "não faz mais sentido",
    "deixou de fazer sentido", "foi pro lixo",
)
AMBIGUOUS["pt"] = (
    "mais ou menos", "razoável", "nada mal", "podia ser melhor",
    "poderia ser melhor", "tá indo", "vai indo", "tudo bem", "parado",
    "por um fio", "preocupante", "adiado", "em pausa", "pausado", "em espera",
    "congelado", "suspenso", "arquivado", "deixamos de lado", "lançado",
    "pronto", "fechado", "já era", "não vai rolar", "atrasado", "complicado",
    "quase pronto", "em andamento", "não vai mal", "tá puxado", "enrolado",
    "furou",
)

# --------------------------------------------------------------------- it
GREEN["it"] = (
    "procede spedito", "procede bene", "va alla grande", "alla grande",
    "tutto bene", "tutto ok", "tutto a posto", "tutto sotto controllo",
    "sotto controllo", "in linea con i tempi", "in linea con il piano",
    "nei tempi", "in tabella di marcia", "sulla buona strada",
    "senza problemi", "nessun problema", "niente di cui preoccuparsi",
    "fila liscio", "fila tutto liscio", "liscio come l'olio",
    "va a gonfie vele", "a gonfie vele", "procede regolarmente",
    "tutto regolare", "in carreggiata",
)
YELLOW["it"] = (
    "a rischio", "qualche rischio", "alcuni rischi", "un po' stretto",
    "stretti con i tempi", "tempi stretti", "siamo stretti",
    "un po' in ritardo", "leggero ritardo", "qualche ritardo",
    "lieve ritardo", "traballa", "traballante", "in bilico",
    "sul filo del rasoio", "qualche preoccupazione", "da monitorare",
    "da tenere d'occhio", "qualche difficoltà", "qualche intoppo",
    "un po' in affanno", "instabile", "sotto pressione",
    "non del tutto in linea", "un po' a rilento",
)
RED["it"] = (
    "siamo messi male", "messi male", "bloccato", "bloccata", "impantanato",
    "arenato", "si è arenato", "non si muove", "non procede",
    "non va avanti", "nessun progresso", "in difficoltà",
    "in grossa difficoltà", "in seri guai", "nei guai", "è andata male",
    "va male", "fuori controllo", "deragliato", "molto in ritardo",
    "in forte ritardo", "fallito", "un disastro", "è un casino", "in stallo",
)
DONE["it"] = (
    "finito", "terminato", "completato", "concluso", "chiuso", "è chiuso",
    "è fatta", "fatto e finito", "obiettivo raggiunto", "raggiunto",
    "traguardo raggiunto", "portato a termine", "portato a casa",
    "in cassaforte", "cosa fatta", "consegnato", "missione compiuta",
    "andato in porto", "è andato in porto", "chiuso con successo", "risolto",
    "tutto fatto", "100% completato", "completato con successo",
)
DROP["it"] = (
    "annullato", "cancellato", "abbandonato", "lasciamo perdere",
    "lasciato perdere", "non lo facciamo più", "non si fa più",
    "non si farà", "scartato", "eliminato", "depennato", "stralciato",
    "cassato", "ci rinunciamo", "abbiamo rinunciato", "rinunciamo",
    "fuori scope", "fuori perimetro", "tolto dal perimetro",
    "non più rilevante", "morto e sepolto", "interrotto definitivamente",
    "gettiamo la spugna", "stop definitivo", "abbandonato definitivamente",
    "lo cancelliamo", "la cancelliamo", "lo abbandoniamo",
)
AMBIGUOUS["it"] = (
    "così così", "insomma", "non male", "potrebbe andare meglio", "va bene",
    "non va male", "arranca", "in affanno", "in alto mare", "fermo",
    "rimandato", "posticipato", "in pausa", "sospeso", "congelato",
    "in attesa", "accantonato", "archiviato", "lanciato", "partito",
    "pronto", "in ritardo", "critico", "complicato", "quasi finito",
    "in corso", "in linea", "è finita", "a rilento",
)

# --------------------------------------------------------------------- nl
GREEN["nl"] = (
    "loopt lekker", "loopt goed", "gaat goed", "gaat prima", "zit wel snor",
    "zit goed", "alles goed", "op schema", "op koers", "ligt op koers",
    "onder controle", "alles onder controle", "geen zorgen",
    "niets aan de hand", "geen problemen", "geen issues", "loopt gesmeerd",
    "loopt als een trein", "loopt als een zonnetje", "gaat als een speer",
    "loopt vlot", "gaat de goede kant op", "goed op weg", "volgens planning",
    "volgens plan",
)
YELLOW["nl"] = (
    "krap", "wat krap", "krap in de tijd", "het wordt krap",
    "wordt spannend", "enig risico", "wat risico's", "wat risicos",
    "risicovol", "loopt risico", "wankel", "wat wankel", "lichte vertraging",
    "beetje vertraging", "wat vertraging", "iets achter", "beetje achter",
    "iets achter op schema", "onder druk", "staat onder druk",
    "aandachtspunt", "vraagt aandacht", "hapert wat", "loopt stroef",
    "wat zorgen",
)
RED["nl"] = (
    "loopt vast", "zit vast", "vastgelopen", "muurvast", "staat stil",
    "ligt stil", "geblokkeerd", "komt niet vooruit", "schiet niet op",
    "geen voortgang", "geen vooruitgang", "in de problemen", "grote problemen",
    "flinke problemen", "loopt slecht", "ging slecht", "misgegaan",
    "gaat mis", "ging mis", "ontspoord", "uit de hand gelopen", "ver achter",
    "flink achter", "in de soep gelopen", "mislukt",
)
DONE["nl"] = (
    "helemaal klaar", "klaar is kees", "het is klaar", "100% klaar",
    "afgerond", "volledig afgerond", "succesvol afgerond", "voltooid",
    "afgesloten", "gesloten", "opgeleverd", "doel gehaald", "doel bereikt",
    "bereikt", "behaald", "in kannen en kruiken", "in de pocket",
    "binnengehaald", "afgevinkt", "gefikst", "voor elkaar", "gelukt",
    "afgehandeld",
    "achter de rug",
)
DROP["nl"] = (
    "geschrapt", "gecanceld", "geannuleerd", "afgeblazen", "stopgezet",
    "we stoppen ermee", "we stoppen hiermee", "laten we vallen",
    "laten vallen", "doen we niet meer", "gaan we niet doen", "afgeschoten",
    "we geven het op", "van tafel", "van de baan", "in de prullenbak",
    "buiten scope", "uit scope", "vervallen", "komt te vervallen",
    "afgeserveerd", "begraven", "op de schroothoop", "definitief gestopt",
    "niet meer relevant",
    "die laten we vallen", "dat laten we vallen",
)
AMBIGUOUS["nl"] = (
    "gaat wel", "redelijk", "niet slecht", "kan beter", "matig", "klaar",
    "spannend", "hapert", "kantje boord", "zorgenkindje", "uitgesteld",
    "on hold", "gepauzeerd", "in de ijskast", "geparkeerd", "gestopt",
    "gelanceerd", "live", "vertraagd", "achter", "lastig", "bijna klaar",
    "geregeld", "geen prioriteit meer", "moeizaam", "opgegeven", "gehaald",
    "niet gelukt",
)

# --------------------------------------------------------------------- sv
GREEN["sv"] = (
    "rullar på", "det rullar på", "går bra", "går fint", "allt bra",
    "allt väl", "allt under kontroll", "under kontroll", "enligt plan",
    "i fas", "ligger i fas", "på rätt spår", "i tid", "inga problem",
    "inget att oroa sig för", "inga konstigheter", "flyter på",
    "det flyter på", "går som på räls", "som på räls", "går som smort",
    "tuffar på", "det tuffar på", "ser bra ut", "löper på",
)
YELLOW["sv"] = (
    "knakar", "knakar i fogarna", "lite tight", "tight", "snävt",
    "snävt om tid", "ont om tid", "lite ont om tid", "i riskzonen",
    "risk för förseningar", "vissa risker", "några risker", "lite efter",
    "något efter", "lite försenat", "något försenat", "viss försening",
    "vacklar", "skakigt", "lite skakigt", "osäkert", "pressat",
    "pressat läge", "lite oro", "bör bevakas",
)
RED["sv"] = (
    "står still", "har kört fast", "kört fast", "fastnat", "sitter fast",
    "blockerat", "blockerad", "inget händer", "ingen framdrift",
    "inga framsteg", "rör sig inte", "går inte framåt", "går dåligt",
    "gick dåligt", "havererat", "spårat ur", "stora problem",
    "allvarliga problem", "i kris", "kraftigt försenat", "långt efter",
    "rejält efter", "går åt skogen", "gick åt skogen", "gått i stå",
)
DONE["sv"] = (
    "färdigt", "färdig", "helt färdigt", "avklarat", "avslutat", "avslutad",
    "slutfört", "genomfört", "levererat", "stängt", "uppnått",
    "målet uppnått", "i hamn", "i mål", "är i mål", "fixat",
    "fixat och klart", "klappat och klart", "det är gjort", "avbockat",
    "bockat av", "100% klart",
)
DROP["sv"] = (
    "struket", "stryks", "inställt", "avbrutet", "vi avbryter", "nedlagt",
    "vi lägger ner det", "läggs ner", "skrotat", "skrotas", "avskrivet",
    "övergivet", "slopat", "slopas", "gör vi inte längre", "utgår",
    "utanför scope", "inte aktuellt längre", "inte längre aktuellt",
    "vi ger upp", "gett upp", "avbokat", "definitivt stoppat",
    "vi skippar det", "vi dumpar det",
    "vi lägger ner", "den lägger vi ner", "det lägger vi ner",
)
AMBIGUOUS["sv"] = (
    "sådär", "så där", "sisådär", "okej", "inte dåligt", "kunde vara bättre",
    "klart", "klar", "allt klart", "släppt", "vi släpper det", "lanserat",
    "uppskjutet", "pausat", "vilande", "lagt på is", "parkerat", "försenat",
    "efter", "trögt", "går trögt", "kritiskt", "besvärligt", "nästan klart",
    "pågår", "lagt ner",
)

# --------------------------------------------------------------------- no (Bokmål)
GREEN["no"] = (
    "ligger bra an", "går bra", "går fint", "alt bra", "alt vel",
    "alt under kontroll", "under kontroll", "full kontroll", "i rute",
    "ligger i rute", "etter planen", "på rett spor", "på skinner",
    "går på skinner", "går som smurt", "som smurt", "går som en klokke",
    "ingen problemer", "ingen grunn til bekymring",
    "ingenting å bekymre seg for", "det ruller og går", "ruller og går",
    "god fremdrift", "ser bra ut", "i god gjenge",
)
YELLOW["no"] = (
    "litt stramt", "stramt", "knapt med tid", "liten margin", "litt knapt",
    "i faresonen", "noe risiko", "noen risikoer", "litt risikabelt",
    "litt forsinket", "noe forsinket", "litt etter", "noe etter skjema",
    "henger litt etter", "litt bak", "usikkert", "vaklende", "det vakler",
    "på vippen", "står på vippen", "noe bekymring", "litt bekymret",
    "under press", "knirker", "må følges nøye",
)
RED["no"] = (
    "står i stampe", "står stille", "har stoppet opp", "stoppet opp",
    "sitter fast", "har kjørt seg fast", "kjørt seg fast", "låst fast",
    "blokkert", "ingen fremdrift", "ingen framdrift", "kommer ikke videre",
    "rører seg ikke", "går dårlig", "gikk dårlig", "gikk galt",
    "har gått galt", "havarert", "sporet av", "store problemer",
    "alvorlige problemer", "i krise", "langt etter", "kraftig forsinket",
    "går rett vest",
)
DONE["no"] = (
    "ferdig", "helt ferdig", "100% ferdig", "fullført", "gjennomført",
    "vel gjennomført", "avsluttet", "lukket", "levert", "oppnådd",
    "målet nådd", "mål nådd", "i boks", "er i boks", "i havn", "i mål",
    "helt i mål", "fikset", "avkrysset", "krysset av", "ferdigstilt",
    "ferdigstilt og levert", "gjort og ferdig", "alt er gjort",
)
DROP["no"] = (
    "kansellert", "avlyst", "strøket", "skrinlagt", "vi skrinlegger det",
    "legges ned", "nedlagt", "vi dropper det", "droppet", "dropper det",
    "avbrutt", "skrotet", "forkastet", "gitt opp", "vi gir opp",
    "gjør vi ikke lenger", "gjør vi ikke mer", "ikke aktuelt lenger",
    "ikke lenger aktuelt", "utgår", "tatt ut av scope", "utenfor scope",
    "avskrevet", "slettet", "definitivt stoppet",
    "vi legger ned", "den dropper vi", "vi dropper den",
)
AMBIGUOUS["no"] = (
    "sånn passe", "greit nok", "greit", "ikke dårlig", "kunne vært bedre",
    "tja", "klart", "ordnet", "lansert", "utsatt", "satt på vent", "på vent",
    "pauset", "lagt på is", "parkert", "lagt i skuffen", "forsinket",
    "etter", "tungt", "går tregt", "krevende", "kritisk", "nesten ferdig",
    "pågår", "lagt ned",
)

# --------------------------------------------------------------------- da
GREEN["da"] = (
    "kører derudad", "det kører", "går godt", "går fint", "alt godt",
    "alt er godt", "alt vel", "under kontrol", "styr på det",
    "vi har styr på det", "efter planen", "følger planen", "på sporet",
    "på rette spor", "til tiden", "går som smurt", "som smurt",
    "ingen problemer", "intet at bekymre sig om", "ingen grund til bekymring",
    "kører som det skal", "god fremdrift", "ser godt ud", "kører på skinner",
    "fuld kontrol",
)
YELLOW["da"] = (
    "halter", "halter lidt", "det halter", "lidt stramt", "stramt",
    "stram tidsplan", "knap tid", "lidt knapt", "i farezonen",
    "nogle risici", "lidt risiko", "en vis risiko", "lidt forsinket",
    "let forsinket", "lidt bagud", "en smule bagud", "usikkert", "vakler",
    "det vakler", "på vippen", "lidt bekymret", "lidt bekymring",
    "under pres", "knirker", "skal holdes øje med",
)
RED["da"] = (
    "står stille", "står i stampe", "sidder fast", "kørt fast",
    "er kørt fast", "gået i stå", "blokeret", "ingen fremdrift",
    "ingen fremskridt", "rykker sig ikke", "kommer ikke videre",
    "går dårligt", "gik dårligt", "gik galt", "er gået galt",
    "kørt af sporet", "i problemer", "store problemer", "alvorlige problemer",
    "i krise", "langt bagud", "kraftigt forsinket", "halter gevaldigt",
    "går ad helvede til", "det brænder",
)
DONE["da"] = (
    "færdig", "helt færdig", "100% færdig", "afsluttet", "fuldført",
    "gennemført", "vel gennemført", "lukket", "leveret", "opnået",
    "målet nået", "mål nået", "i hus", "er i hus", "i kassen", "i mål",
    "i land", "er i land", "klaret", "fikset", "krydset af", "afkrysset",
    "færdiggjort", "alt er gjort", "flueben sat",
)
DROP["da"] = (
    "aflyst", "annulleret", "droppet", "vi dropper det", "dropper det",
    "vi har opgivet det", "vi opgiver", "skrottet", "nedlagt", "afbrudt",
    "forkastet", "skrinlagt", "kasseret", "gør vi ikke længere",
    "gør vi ikke mere", "ikke længere aktuelt", "ikke aktuelt mere",
    "udgår", "taget af bordet", "taget ud af scope", "uden for scope",
    "afskrevet", "slettet", "definitivt stoppet", "lukket ned",
    "dropper vi", "den dropper vi", "det dropper vi", "vi dropper den",
)
AMBIGUOUS["da"] = (
    "sådan da", "nogenlunde", "ikke dårligt", "kunne være bedre", "tja",
    "på plads", "klappet og klar", "lanceret", "udskudt", "sat på pause",
    "på pause", "sat i bero", "i bero", "parkeret", "lagt på is", "stoppet",
    "forsinket", "bagud", "tungt", "går trægt", "udfordret", "kritisk",
    "næsten færdig", "i gang", "hænger i en tynd tråd", "opgivet",
)

# --------------------------------------------------------------------- pl
GREEN["pl"] = (
    "idzie jak z płatka", "jak z płatka", "idzie dobrze", "idzie gładko",
    "wszystko gra", "wszystko w porządku", "wszystko ok", "pod kontrolą",
    "wszystko pod kontrolą", "zgodnie z planem", "zgodnie z harmonogramem",
    "w harmonogramie", "w terminie", "na dobrej drodze", "bez problemów",
    "bez zastrzeżeń", "nie ma powodów do obaw", "nie ma się czym martwić",
    "idzie jak burza", "śmiga", "idzie do przodu", "jest dobrze", "jest git",
    "na zielono", "wszystko idzie dobrze",
    "idzie sprawnie", "idzie gładko", "idzie dobrze", "idzie zgodnie z planem",
)
YELLOW["pl"] = (
    "jest ryzyko", "są ryzyka", "pewne ryzyko", "zagrożony", "zagrożone",
    "trochę ciasno", "na styk", "czasowo na styk", "napięty termin",
    "napięty harmonogram", "lekkie opóźnienie", "małe opóźnienie",
    "drobne opóźnienia", "lekko opóźnione", "trochę w plecy",
    "lekko w plecy", "trochę do tyłu", "chwiejnie", "niepewnie",
    "pewne obawy", "są obawy", "wymaga uwagi", "pod presją",
    "trzeba pilnować",
)
RED["pl"] = (
    "stoi w miejscu", "utknęło", "utknęliśmy", "utknął", "zablokowane",
    "zablokowany", "nie rusza się", "nic się nie dzieje", "brak postępów",
    "zero postępu", "idzie źle", "poszło źle", "poszło nie tak",
    "źle to wygląda", "porażka", "w tarapatach", "poważne problemy",
    "duże problemy", "wymknęło się spod kontroli", "poza kontrolą",
    "mocno opóźnione", "mocno w plecy", "leży i kwiczy", "totalna klapa",
    "sypie się",
)
DONE["pl"] = (
    "zrobione", "skończone", "zakończone", "ukończone", "zamknięte",
    "wykonane", "zrealizowane", "osiągnięte", "cel osiągnięty",
    "dowiezione", "dostarczone", "załatwione", "odhaczone", "w kieszeni",
    "mamy to", "sfinalizowane", "zrobione na 100%", "misja wykonana",
    "po sprawie", "wszystko zrobione", "zakończone sukcesem", "domknięte",
    "dopięte", "całkowicie zakończone", "temat zamknięty",
)
DROP["pl"] = (
    "anulowane", "odwołane", "porzucone", "porzucamy", "rezygnujemy",
    "zrezygnowaliśmy", "odpuszczamy", "odpuściliśmy", "nie robimy tego",
    "już tego nie robimy", "nie będziemy tego robić", "skasowane",
    "wycofane", "wycofujemy", "odrzucone", "skreślone", "wykreślone",
    "poza zakresem", "usunięte z zakresu", "zarzucone", "pogrzebane",
    "do kosza", "nieaktualne", "zamknięte bez realizacji",
    "definitywnie zatrzymane",
)
AMBIGUOUS["pl"] = (
    "tak sobie", "średnio", "nie najgorzej", "mogło być lepiej",
    "jakoś idzie", "gotowe", "klepnięte", "dopięte na ostatni guzik",
    "spoko", "w porządku", "odłożone", "przełożone", "wstrzymane",
    "zawieszone", "zamrożone", "na później", "uruchomione", "wystartowało",
    "opóźnione", "w plecy", "ciężko", "trudno", "krytycznie", "na krawędzi",
    "prawie gotowe", "w toku", "kiepsko", "nie idzie", "kiepsko to wygląda",
)

# --------------------------------------------------------------------- ru
GREEN["ru"] = (
    "норм", "нормально", "всё хорошо", "все хорошо", "всё ок",
    "всё в порядке", "все в порядке", "идёт как по маслу",
    "идет как по маслу", "как по маслу", "по плану", "идём по плану",
    "в графике", "в срок", "укладываемся в сроки", "под контролем",
    "всё под контролем", "без проблем", "проблем нет", "идёт хорошо",
    "идет хорошо", "на верном пути", "всё пучком", "всё тип-топ",
    "всё штатно",
)
YELLOW["ru"] = (
    "есть риски", "есть риск", "некоторые риски", "есть небольшие риски",
    "под угрозой", "в зоне риска", "впритык", "впритык по срокам",
    "сроки поджимают", "немного отстаём", "немного отстаем",
    "слегка отстаём", "небольшое отставание", "небольшая задержка",
    "небольшие задержки", "шатко", "шаткое положение", "неустойчиво",
    "есть опасения", "требует внимания", "напряжённо", "напряженно",
    "на тонком льду", "со скрипом", "идёт со скрипом",
)
RED["ru"] = (
    "буксует", "застряло", "застряли", "встало", "всё встало",
    "стоит на месте", "стоим на месте", "заблокировано", "есть блокер",
    "не движется", "ни с места", "нет прогресса", "нет движения",
    "всё плохо", "все плохо", "идёт плохо", "пошло не так", "провал",
    "провалено", "сильно отстаём", "серьёзные проблемы", "в тупике",
    "зашли в тупик", "всё горит", "вышло из-под контроля",
)
DONE["ru"] = (
    "сделано", "выполнено", "завершено", "закончено", "закрыто",
    "доделали", "всё сделано", "все сделано", "всё сделали", "достигнуто",
    "цель достигнута", "в кармане", "дело в шляпе", "сдано", "сдали",
    "внедрено", "реализовано", "задача решена", "успешно завершено",
    "полностью выполнено", "полностью готово", "миссия выполнена", "финиш",
)
DROP["ru"] = (
    "отменено", "отменили", "отказались", "отказываемся",
    "больше не делаем", "не будем делать", "делать не будем",
    "решили не делать", "сняли с повестки", "снято с повестки",
    "похоронили", "забросили", "заброшено", "свернули", "вычеркнули",
    "убрали из скоупа", "вне скоупа", "неактуально", "больше не актуально",
    "отбой", "исключено из плана", "закрыли без реализации", "дропнули",
    "ставим крест", "поставили крест",
)
AMBIGUOUS["ru"] = (
    "так себе", "ничего", "неплохо", "могло быть лучше", "более-менее",
    "ну такое", "готово", "решено", "закрыли", "на грани", "сроки горят",
    "под вопросом", "есть вопросы", "есть сложности", "отложено",
    "отложили", "на паузе", "приостановлено", "заморожено", "перенесли",
    "запустили", "запущено", "отстаём", "отстаем", "задерживается",
    "тяжело идёт", "сложно", "критично", "почти готово", "в процессе",
    "не делаем",
)

# --------------------------------------------------------------------- tr
GREEN["tr"] = (
    "yolunda", "her şey yolunda", "iyi gidiyor", "gayet iyi gidiyor",
    "tıkırında", "her şey tıkırında", "sorun yok", "sorunsuz",
    "plana uygun", "planlandığı gibi", "planlandığı gibi gidiyor",
    "takvime uygun", "takvime göre gidiyor", "kontrol altında",
    "her şey kontrol altında", "endişelenecek bir şey yok", "rayında",
    "yağ gibi gidiyor", "iyi ilerliyor", "güzel ilerliyor", "sıkıntı yok",
    "problem yok", "doğru yolda", "tıkır tıkır", "saat gibi işliyor",
)
YELLOW["tr"] = (
    "biraz sıkıntılı", "riskli", "biraz riskli", "risk var", "riskler var",
    "bazı riskler", "risk altında", "tehlikede", "zaman dar", "süre dar",
    "zaman kısıtlı", "biraz sıkışık", "biraz gecikme", "ufak gecikme",
    "hafif gecikme", "küçük gecikmeler", "biraz geride",
    "biraz geriden geliyor", "tedirginlik var", "biraz endişeliyiz",
    "dikkat gerekiyor", "yakından izlenmeli", "biraz sallantıda",
    "sallantıda", "biraz zorlanıyoruz",
)
RED["tr"] = (
    "takıldı", "takılı kaldı", "tıkandı", "tıkalı", "yerinde sayıyor",
    "ilerlemiyor", "ilerleme yok", "hiç ilerleme yok", "bloke",
    "engellendi", "kötü gidiyor", "kötü gitti", "ters gitti",
    "işler ters gitti", "raydan çıktı", "kontrolden çıktı",
    "ciddi sorun var", "büyük sorunlar var", "başımız dertte", "çok geride",
    "ciddi gecikme", "başarısız oldu", "çıkmaza girdi", "çok sıkıntılı",
    "batıyor",
)
DONE["tr"] = (
    "tamamlandı", "bitirdik", "tamamladık", "kapatıldı", "kapattık",
    "hedefe ulaşıldı", "hedefe ulaştık", "hedef tutturuldu",
    "teslim edildi", "halledildi", "hallettik", "iş bitti", "cepte",
    "iş cepte", "iş tamam", "başarıyla tamamlandı", "yüzde yüz tamam",
    "gerçekleştirildi", "tamamen bitti", "görev tamamlandı",
    "tamamlanmıştır", "bitmiştir",
)
DROP["tr"] = (
    "iptal", "iptal edildi", "iptal ettik", "iptal oldu",
    "iptal kararı alındı", "vazgeçtik", "vazgeçildi", "vazgeçiyoruz",
    "tamamen vazgeçildi", "rafa kaldırıldı", "rafa kaldırdık",
    "artık yapmıyoruz", "yapmayacağız", "kapsam dışı", "kapsamdan çıkarıldı",
    "kapsamdan çıktı", "gündemden çıktı", "gündemden düştü",
    "artık gündemde değil", "terk edildi", "çöpe gitti",
    "artık geçerli değil",
)
AMBIGUOUS["tr"] = (
    "idare eder", "fena değil", "şöyle böyle", "eh işte",
    "daha iyi olabilirdi", "tamam", "çantada keklik", "sıkıntılı",
    "zorlanıyoruz", "belirsiz", "kıl payı", "ucu ucuna", "durdu",
    "ertelendi", "beklemede", "askıya alındı", "durduruldu", "donduruldu",
    "sonlandırıldı", "yayına alındı", "başlatıldı", "gecikmeli", "gecikti",
    "geride", "kritik", "zor", "neredeyse bitti", "devam ediyor", "bitti",
    "kapandı", "sonuçlandı", "zamanında", "bıraktık", "bırakıldı",
    "yapmıyoruz", "takıldık",
)

# --------------------------------------------------------------------- ja
GREEN["ja"] = (
    "順調", "順調です", "順調そのもの", "順調に進行中", "順調に進んでる",
    "いい感じ", "いい感じです", "問題なし", "問題ありません", "特に問題なし",
    "予定通り", "予定どおり", "計画通り", "スケジュール通り", "オンスケ",
    "オンスケジュール", "想定通り", "滞りなく", "心配なし", "懸念なし",
    "進捗良好", "ばっちり", "バッチリ", "着々と進行中", "順風満帆",
)
YELLOW["ja"] = (
    "リスクあり", "リスクがあります", "やや遅れ", "少し遅れ", "若干遅れ",
    "若干の遅れ", "少し遅れています", "ギリギリ", "ぎりぎり", "ややタイト",
    "日程が厳しい", "やや厳しい", "少し厳しい", "黄色信号", "黄信号",
    "要注意", "注意が必要", "懸念あり", "懸念があります", "不安定", "危うい",
    "雲行きが怪しい", "やや不安", "綱渡り", "予断を許さない",
)
RED["ja"] = (
    "止まっています", "止まってる", "止まっている", "停滞", "停滞中",
    "停滞しています", "進んでいません", "進んでない", "動いていない",
    "詰まっています", "詰まってる", "行き詰まり", "行き詰まっている",
    "ブロックされてる", "ブロック中", "暗礁に乗り上げた", "頓挫",
    "大幅遅延", "大幅に遅れ", "炎上", "炎上中", "失敗しました",
    "うまくいかない", "赤信号", "デッドロック",
)
DONE["ja"] = (
    "完了", "完了しました", "完了済み", "完了です", "全て完了", "全部完了",
    "無事完了", "終わりました", "全部終わった", "完成", "完成しました",
    "達成", "達成しました", "目標達成", "クローズ", "クローズしました",
    "対応済み", "対応完了", "納品済み", "片付きました", "一件落着", "完遂",
    "やり遂げました", "やりきった", "無事終了",
)
DROP["ja"] = (
    "見送り", "見送りました", "見送ります", "中止", "中止しました", "中止です",
    "中止決定", "キャンセル", "取りやめ", "取り止め", "取りやめました",
    "打ち切り", "断念", "断念しました", "廃止", "白紙撤回", "白紙に戻す",
    "お蔵入り", "やめました", "やらないことに", "対応しない", "スコープ外",
    "ボツ", "撤退", "取り下げ",
)
AMBIGUOUS["ja"] = (
    "まあまあ", "微妙", "悪くない", "なんとか", "ぼちぼち", "もう少し",
    "終わった", "終了", "リリース完了", "リリースしました", "ローンチ",
    "延期", "保留", "一旦保留", "一時停止", "凍結", "一旦見送り",
    "今回は見送り", "ペンディング", "遅れ", "遅延", "遅れています", "難航",
    "お手上げ", "厳しい", "ほぼ完了", "進行中", "問題あり", "失敗",
    "進捗なし",
)

# --------------------------------------------------------------------- zh (simplified)
GREEN["zh"] = (
    "稳步推进", "进展顺利", "顺利", "一切顺利", "一切正常", "正常推进",
    "按计划进行", "按计划推进", "符合预期", "在掌控中", "尽在掌握", "可控",
    "没问题", "没有问题", "无风险", "不用担心", "进展良好", "状态良好",
    "一切都好", "顺风顺水", "有条不紊", "如期推进", "按时推进", "步入正轨",
    "在正轨上",
)
YELLOW["zh"] = (
    "有风险", "存在风险", "有些风险", "有一定风险", "略有延迟", "稍有延迟",
    "有点延迟", "稍微落后", "略微落后", "进度偏慢", "有点紧", "时间紧",
    "时间紧张", "时间有点紧", "比较紧张", "有点悬", "不太稳", "不稳定",
    "有隐患", "需要关注", "值得关注", "需要留意", "压力较大", "黄灯",
    "有点担心",
)
RED["zh"] = (
    "卡住了", "卡住", "卡死了", "卡壳了", "停滞", "停滞不前", "没有进展",
    "毫无进展", "没进展", "推不动", "推进不下去", "被阻塞", "阻塞", "受阻",
    "进展受阻", "停摆", "严重延迟", "严重滞后", "严重落后", "出问题了",
    "出大问题了", "失控", "失败了", "完蛋了", "陷入僵局",
)
DONE["zh"] = (
    "搞定了", "搞定", "完成了", "已完成", "全部完成", "圆满完成", "顺利完成",
    "已达成", "目标达成", "达成目标", "已交付", "交付完成", "已关闭", "结项",
    "已结项", "收尾完毕", "大功告成", "拿下了", "稳稳拿下", "完工", "已完工",
    "已解决", "办妥了", "办完了", "做完了",
)
DROP["zh"] = (
    "不做了", "不搞了", "取消了", "已取消", "放弃了", "已放弃", "彻底放弃",
    "砍掉了", "被砍了", "砍掉", "废弃", "已废弃", "终止", "项目终止", "撤销",
    "已撤销", "不再推进", "不再跟进", "移出范围", "不在范围内", "作罢",
    "就此作罢", "下马", "项目下马", "不跟了",
)
AMBIGUOUS["zh"] = (
    "还行", "一般", "马马虎虎", "凑合", "还可以", "不错", "风险可控", "稳了",
    "搁浅", "黄了", "凉了", "落地了", "已上线", "上线了", "延期", "推迟",
    "暂停", "搁置", "暂缓", "先不做了", "冻结", "挂起", "延迟", "滞后",
    "落后", "有难度", "比较困难", "叫停", "停止推进", "快完成了", "进行中",
    "烂尾", "没搞定",
)

# =========================================================================
# Per-language notes (tricky cases).  General rule: longest match wins, and
# every GREEN/DONE hit needs a negation / "not yet" / "almost" check.
#
# en: negation flips GREEN ("not on track", "not going well"). "complete"
#     is inside "incomplete"/"not complete"; "not doing it" is inside "not
#     doing it yet" (that means postponed). "dropped" is inside "dropped the
#     ball" (AMBIGUOUS) and "dropped by 10%". "tight" also in "sit tight".
#     "killed it" = great success, so bare "killed" is left out.
# de: "läuft" (GREEN) is the start of "läuft schlecht/schief" (RED),
#     "läuft holprig" and "läuft nicht (ganz rund)": longest match needed.
#     Check negation: "nicht im plan", "nicht fertig", "noch nicht erledigt".
#     "fertig" is also inside "fast fertig" (AMBIGUOUS). "geschafft" can also
#     mean "exhausted". Bare "knapp"/"eng" are everyday words ("knapp 80%").
#     "hakt" alone could be YELLOW or RED; "eingestellt" = hired/configured.
# fr: "ça avance" (AMBIGUOUS) is inside "ça avance pas" (RED) and "ça avance
#     bien" (GREEN). Accents are often dropped ("ca roule", "a risque",
#     "bloque", "cloturé") - normalise or add variants. "c'est juste" means
#     "that's right" and "c'est fini" can mean "it's over" (dropped).
#     "pas de souci" is itself negated; don't treat its "pas" as negation.
#     Word-boundary match so "débloqué" does not hit "bloqué".
# es: "no va mal" (AMBIGUOUS) contains "va mal" (RED); "no va bien" must flip
#     "va bien". "listo" = ready or done; "parado" = stalled or paused;
#     "lo dejamos" often continues "para después" (postponed).
#     "fuera de alcance" can mean "out of reach" (RED) as well as out of scope.
# pt: covers BR ("tá", "de boa", "deu ruim", "no papo") and PT ("está a
#     correr bem", "encravado", "sob controlo", "está no saco"). "não vai
#     mal" contains "vai mal". "fechado" also means "deal!"; "pronto" is
#     "ready" (and a filler in PT). "apertado" is also slang for broke.
# it: "non va male" contains "va male"; "non procede bene" matches both
#     "non procede" (RED) and "procede bene" (GREEN) - treat as RED.
#     "va bene" is usually an acknowledgement ("OK"), so it is AMBIGUOUS.
#     "in linea" also means "online/live". "è finita" = "it's over".
# nl: "klaar" = done or ready (AMBIGUOUS alone). "niet gelukt" vs "gelukt";
#     "niet op schema" must flip "op schema". "opgegeven" also means "stated".
#     "iets achter op schema" (YELLOW) contains "op schema" (GREEN).
# sv: "klar/klart" = done, ready, "clear" or "of course": kept AMBIGUOUS.
#     "lagt ner" also means "put in (time/effort)"; "släpper" also means
#     "release". "i tid" must be negation-checked ("inte i tid").
# no: "lagt ned" also means "put in (work)". "etter" (AMBIGUOUS) is inside
#     "etter planen" (GREEN). "klart" as in Swedish. Check "ikke ferdig".
# da: "halter" (YELLOW) is inside "halter gevaldigt" (RED). "lukket" (DONE)
#     is inside "lukket ned" (DROP). "opgivet" also means "stated".
#     "det kører" must be negation-checked ("det kører ikke").
# pl: "jest dobrze" vs "nie jest dobrze"; "zamknięte" (DONE) is inside
#     "zamknięte bez realizacji" (DROP). "gotowe" = ready or done.
#     "dopięte" (DONE) vs "dopięte na ostatni guzik" (= fully prepared).
# ru: both ё and е spellings occur (both listed for the most common ones;
#     normalising ё->е is safer). "по плану", "в срок", "нормально" need a
#     "не" check ("не по плану", "ненормально"). "закрыли" can mean the
#     project was shut down (DROP); "готово" = ready or done; "не делаем"
#     often has "пока" (not yet). "запущено" = launched or neglected.
# tr: lowercase with Turkish rules (I->ı, İ->i) before matching. Negation is
#     a suffix/particle: "yolunda değil", "iyi gitmiyor", "tamamlanmadı".
#     "bitti" also means "ran out" ("bütçe bitti", "süre bitti") and
#     "kapandı"/"sonuçlandı" can mean shut down / ended badly: AMBIGUOUS.
#     "bıraktık" often means "left for later" ("yarına bıraktık").
#     "zamanında" also means "back in the day". "tamam" alone = "OK".
# ja: no word boundaries - use substring match + longest match. Negation
#     and modality are SUFFIXES: "順調ではない", "予定通りにいかない",
#     "完了していない", "完了予定" (scheduled), "達成見込み", "達成困難",
#     "未完了" (prefix 未) - check text after/before a GREEN/DONE hit.
#     "問題あり" (AMBIGUOUS) is a prefix of "問題ありません" (GREEN).
#     "見送り" = decided not to do it; "今回は/一旦見送り" = not this time
#     (postponed, AMBIGUOUS). "終わった" is also slang for "we're doomed".
#     "進捗なし" often just means "no update this week".
# zh: substring match + longest match. Negation PREFIXES 不/没/未/没有
#     ("不顺利", "没搞定", "未完成", "不可控"). "顺利" (GREEN) is inside
#     "顺利完成" (DONE). "先不做了" (AMBIGUOUS, not for now) contains
#     "不做了" (DROP). Bare "完成" is left out because of "未完成/完成率".
#     Slang "黄了"/"凉了" can mean failed (RED) or fell through (DROP).
# =========================================================================
# fmt: on
