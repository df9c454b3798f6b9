"""The fifth fresh batch, sixth in all (written on 2026-12-06 by someone who read neither
the parser, its tests nor its development corpus, and who ran neither on it), five replies
per person of the company, in phrasings, clients and languages chosen without knowing what
the parser does with them. Measured alone (`--only fresh5-`) and with the rest.

Tagged as the earlier batches are: `grammar` for the plain form the README documents in
English (a ref or a title, an English flag word, a capital letter or a flag emoji, a
score, a note; English done, drop and due as its examples write them), `everyday` for
everything else (other languages, status phrases, exceptions, hedges, corrections,
labels and initials, arrows, one-line lists, lower-case letters). Lines people typed
longer than this file's 100 columns are written as joined strings."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

DISCLAIMER_EN = """
CONFIDENTIALITY: this e-mail and any files sent with it are intended solely for the
named addressee. If you received it in error, please tell the sender and delete it.
Halvard Labs Ltd, registered in England and Wales, no. 09876543.
"""
DISCLAIMER_IT = """
Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente
al destinatario indicato. Se lo avete ricevuto per errore, vi preghiamo di cancellarlo
e di darne comunicazione al mittente. Halvard Labs S.r.l.
"""
DISCLAIMER_NL = """
Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke
informatie bevatten. Heeft u dit bericht per vergissing ontvangen, verwijder het dan
en laat het de afzender weten. Halvard Labs B.V., KvK 12345678.
"""
DISCLAIMER_ES = """
AVISO LEGAL: este mensaje se dirige exclusivamente a su destinatario y puede contener
información confidencial. Si lo ha recibido por error, comuníquelo al remitente y
bórrelo. Halvard Labs S.L.
"""

CASES = [
    # Dana Whitfield, London: #12 design partners (due Dec 18), #13 Green-light the data
    # platform, #14 Reduce red alerts, #15 Hire 2 SREs (overdue), #16 newsletter.
    # Her form lists 14, 15, 16, then 12, 13. Last week: 12 g, 13 y, 14 r, 15 r, 16 g.
    Case(
        "fresh5-dana-alpine-noquote-letters",
        "dana",
        "alpine",
        layout="noquote",
        text=(
            "Hi,\n"
            "\n"
            "#12 g - fifth partner's paperwork is with their procurement now\n"
            "#13 y 0.6 - redlines back from the vendor, two clauses left. Could you join the "
            "call with their GC on Tuesday?\n"
            "#14 R. Alert volume went up again after the CDN change; the amber pages alone "
            "doubled.\n"
            "#15 due 2027-01-29 - recruiter has two finalists, offers go out next week\n"
            "#16 G\n"
            "\n"
            "Cheers\n"
            "Dana\n"
        ),
        expect={
            12: e("green", note="procurement"),
            13: e("yellow", 0.6, note="redlines"),
            14: g("red", note="CDN change"),
            15: due(G, "2027-01-29"),
            16: g("green"),
        },
        clean=("Cheers", "Dana"),
        tags=("letters", "question", "colour-in-note"),
    ),
    Case(
        "fresh5-dana-notes-inline-initials",
        "dana",
        "lotus_notes",
        layout="inline",
        text={
            "^": "Answers below in blue.",
            "#14": "DW: amber. Down to 22 pages a week, still short of half.",
            "#15": "DW: new date 26 Feb 2027 - the second hire starts after her notice period",
            "#12": "DW: green",
            "#13": "DW: green - contract signed Wednesday, kickoff in January",
        },
        expect={
            14: e("yellow", note="22 pages"),
            15: due(E, "2027-02-26"),
            12: e("green"),
            13: e("green", note="kickoff"),
        },
        disclaimer=DISCLAIMER_EN,
        tags=("initials", "colour-in-prose"),
    ),
    Case(
        "fresh5-dana-gmail-android-all-good-apart",
        "dana",
        "gmail_android",
        text="""
        All good this end apart from #14 - still red, the CDN migration doubled the noise.
        #15 done and dusted, both SREs started on Monday.
        """,
        footer="Sent from my Pixel",
        expect={
            12: e("green"),
            13: e("green"),
            16: e("green"),
            14: e("red", note="CDN migration"),
            15: done(E, note="SREs"),
        },
        tags=("all-except", "status-words", "done-words"),
    ),
    Case(
        "fresh5-dana-yahoo-android-r50-partial",
        "dana",
        "yahoo_android",
        form="R50",
        text="""
        Sorry, back-to-back all week.
        #12 and #13 both green
        #14 yellow, 0.4
        #16 nothing to report
        """,
        expect={
            12: e("green"),
            13: e("green"),
            14: g("yellow", 0.4),
            16: e("green"),
        },
        tags=("two-refs-one-flag", "status-words", "partial"),
    ),
    Case(
        "fresh5-dana-evolution-amber-to-red",
        "dana",
        "evolution",
        text="""
        #13 honestly somewhere in the amber-to-red zone, I'll know after Monday's call
        #12 green
        #14 red - 31 pages, no improvement
        #16 green
        """,
        sig="""
        --
        Dana Whitfield | Halvard Labs
        """,
        expect={13: amb(), 12: g("green"), 14: g("red", note="no improvement"), 16: g("green")},
        tags=("ambiguous", "sig-dashes"),
    ),
    # Jonas Becker, Berlin (no answer for week 49): #21 Yellow pages cleanup (due Dec 4, so
    # overdue in week 50), #22 ledger migration, #23 Blocked-payment alerts (due Dec 21).
    Case(
        "fresh5-jonas-gmx-late-w49",
        "jonas",
        "gmx",
        lang="de",
        form="W49",
        layout="bottom",
        text="""
        Hallo,

        sorry, die Mail ist letzte Woche untergegangen. Nachträglich für KW 49:

        #21 gelb – noch 40 Einträge offen, wird knapp bis Freitag
        #22 läuft nach Plan
        #23 rot, wir haben immer noch keinen Zugriff auf die Zahlungslogs

        Viele Grüße
        Jonas
        """,
        expect={
            21: e("yellow", note="40 Einträge"),
            22: e("green"),
            23: e("red", note="Zahlungslogs"),
        },
        clean=("Viele Grüße",),
        tags=("status-words", "late-apology"),
    ),
    Case(
        "fresh5-jonas-outlook-plain-de-erledigt",
        "jonas",
        "outlook_plain",
        lang="de",
        text="""
        #21 ist erledigt, die letzten Dubletten sind am Montag raus.
        #22 verschieben wir auf den 15.03.2027, Finance braucht vorher das neue Kontenschema.
        #23 grün

        Gruß
        Jonas Becker
        """,
        expect={
            21: done(E, note="Dubletten"),
            22: due(E, "2027-03-15"),
            23: e("green"),
        },
        clean=("Gruß", "Jonas Becker"),
        tags=("done-words", "new-date-local", "name-as-last-line"),
    ),
    Case(
        "fresh5-jonas-webde-mislabelled-gleb",
        "jonas",
        "webde",
        lang="de",
        charset="utf-8",
        mislabel="iso-8859-1",
        text="""
        #21 neues Datum 08.01.2027, der Vertrieb liefert die Korrekturen erst nach den Feiertagen
        #22 gleb, Abstimmung mit Finance dauert
        #23 rot: Logs fehlen weiterhin, das Ticket beim Zahlungsanbieter ist eskaliert
        """,
        expect={
            21: due(E, "2027-01-08"),
            22: near("yellow", note="Abstimmung"),
            23: e("red", note="eskaliert"),
        },
        tags=("near-miss", "new-date-local"),
    ),
    Case(
        "fresh5-jonas-k9-en-make-that-red",
        "jonas",
        "k9",
        lang="de",
        prose="en",
        text="""
        Quick one from the train:
        21 drop - the yellow pages vendor is gone, nothing left to clean
        22 yellow... hang on, make that red: finance pulled their sign-off this morning
        23 red - still waiting on the PSP for log access
        """,
        expect={
            21: drop(G, "vendor is gone"),
            22: e("red", note="finance pulled"),
            23: g("red", note="PSP"),
        },
        tags=("refs-without-hash", "correction", "colour-in-note"),
    ),
    Case(
        "fresh5-jonas-thunderbird-html-inline-de",
        "jonas",
        "thunderbird_html",
        lang="de",
        layout="inline",
        text={
            "^": "Antworten direkt unter den Punkten.",
            "#21": "Neuer Termin: 18.12.2026, die letzten 30 Einträge brauchen Rückmeldung "
            "vom Vertrieb.",
            "#22": "Gelb. Das Schema steht, aber die Übernahme der Altdaten hakt noch.",
            "#23": "Leider weiterhin rot – siehe Ticket PAY-311.",
            "$": "Schöne Grüße aus Berlin",
        },
        expect={
            21: due(E, "2026-12-18"),
            22: e("yellow", note="Altdaten"),
            23: e("red", note="PAY-311"),
        },
        clean=("Schöne Grüße",),
        tags=("new-date-local",),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 customer
    # forum (overdue since Oct 30). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh5-amelie-orange-fr-on-abandonne",
        "amelie",
        "orange",
        lang="fr",
        text="""
        Bonjour,

        31 : vert, 14 comptes embarqués depuis novembre
        32 : jaune, on est à 2,3 %
        33 : on abandonne – la communauté passera par Discord, décision du comité produit

        Bonne journée,
        Amélie
        """,
        expect={
            31: e("green", note="14 comptes"),
            32: e("yellow", note="2,3"),
            33: drop(E, "Discord"),
        },
        clean=("Bonne journée",),
        tags=("refs-without-hash", "drop-words"),
    ),
    Case(
        "fresh5-amelie-outlook-web-fr-tirant",
        "amelie",
        "outlook_web",
        lang="fr",
        text="""
        #31 vert
        #32 jaune tirant sur le rouge, franchement je ne sais pas
        #33 nouvelle date : 31/03/2027
        """,
        expect={31: e("green"), 32: amb(), 33: due(E, "2027-03-31")},
        tags=("ambiguous", "new-date-local"),
    ),
    Case(
        "fresh5-amelie-apple-mail-thanks-away",
        "amelie",
        "apple_mail",
        lang="fr",
        prose="en",
        text="""
        Thanks! I'm off until 4 January, Camille will send the update for me next week.

        Amélie
        """,
        expect={},
        tags=("thanks-only", "out-of-office"),
    ),
    Case(
        "fresh5-amelie-zimbra-over-fr",
        "amelie",
        "zimbra",
        lang="fr",
        layout="over",
        text={
            "#31": "Cette semaine : vert, 3 nouveaux comptes",
            "#32": "Cette semaine : jaune 0,5",
            "#33": "Cette semaine : toujours rouge, aucun modérateur trouvé",
        },
        expect={
            31: e("green", note="3 nouveaux"),
            32: e("yellow", 0.5),
            33: e("red", note="modérateur"),
        },
        tags=("typed-over", "decimal-comma"),
    ),
    Case(
        "fresh5-amelie-roundcube-fr-semicolons",
        "amelie",
        "roundcube",
        lang="fr",
        text="""
        Point rapide : #31 vert ; #32 jaune (2,2 %) ; #33 rouge, toujours pas de modérateur.
        """,
        expect={
            31: e("green"),
            32: e("yellow", note="2,2"),
            33: e("red", note="modérateur"),
        },
        tags=("one-line-list",),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 partner portal (due Dec 11),
    # #43 Red team the login flow (due Dec 17), #44 Amber rollout for every service.
    # Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh5-lucia-gmail-web-es-titles",
        "lucia",
        "gmail_web",
        lang="es",
        text="""
        Hola:

        Cut time on track 3: verde, ya vamos por 4 días
        Red team the login flow: amarillo, el proveedor del pentest pidió una semana más
        Amber rollout: rojo 0,2 – lo paramos otra vez tras el incidente del martes
        Partner portal: lanzado ayer 🎉

        Saludos,
        Lucía
        """,
        disclaimer=DISCLAIMER_ES,
        expect={
            41: e("green", note="4 días"),
            43: e("yellow", note="pentest"),
            44: e("red", 0.2, note="incidente"),
            42: done(E),
        },
        clean=("Saludos",),
        tags=("title-prefix", "decimal-comma", "emoji", "done-words"),
    ),
    Case(
        "fresh5-lucia-samsung-es-r50-retrasado",
        "lucia",
        "samsung",
        lang="es",
        form="R50",
        text="""
        Perdona el retraso!
        #41 en plazo
        #42 retrasado al 22/12/2026, faltan las claves de la API del partner
        #43 bien
        #44 amarillo
        """,
        expect={
            41: e("green"),
            42: due(E, "2026-12-22"),
            43: e("green"),
            44: e("yellow"),
        },
        tags=("status-words", "new-date-local"),
    ),
    Case(
        "fresh5-lucia-outlook-mobile-yelow",
        "lucia",
        "outlook_mobile",
        lang="es",
        prose="en",
        text="""
        #41 green
        #42 red - keys promised for Monday, again
        #43 yelow, pentest report due next week
        #44 amber
        """,
        expect={
            41: g("green"),
            42: g("red", note="promised"),
            43: near("yellow", note="pentest report"),
            44: g("yellow"),
        },
        tags=("near-miss",),
    ),
    Case(
        "fresh5-lucia-proton-noquote-lo-cancelamos",
        "lucia",
        "proton",
        layout="noquote",
        prose="es",
        text="""
        #44 lo cancelamos: seguridad prefiere despliegues canary y ya no tiene sentido seguir
        #41 verde
        #43 verde, informe de pentest limpio salvo dos hallazgos menores
        """,
        expect={
            44: drop(E, "canary"),
            41: e("green"),
            43: e("green", note="hallazgos"),
        },
        tags=("drop-words", "partial"),
    ),
    Case(
        "fresh5-lucia-mutt-star-inline-es",
        "lucia",
        "mutt_star",
        prose="es",
        layout="inline",
        text={
            "#41": "verde, 4 días",
            "#42": "sigue bloqueado, sin claves de API",
            "#43": "rojo — encontraron una inyección SQL en el login",
            "$": "Un saludo,\nLucía",
        },
        expect={
            41: e("green", note="4 días"),
            42: e("red", note="claves"),
            43: e("red", note="inyección"),
        },
        clean=("Un saludo",),
        tags=("status-words", "partial"),
    ),
    # Mariana Costa, São Paulo (no answer for week 49): #51 São Paulo office, #52 10
    # reseller agreements, #53 Portuguese help centre (due Dec 4).
    Case(
        "fresh5-mariana-uol-late-w49",
        "mariana",
        "uol",
        lang="pt",
        form="W49",
        text="""
        Oi,

        desculpa, só vi agora. Segue a semana passada:

        #51 amarelo – o contrato do aluguel volta do jurídico na quinta
        #52 verde, 8 de 10 assinados
        #53 concluído! os 120 artigos estão publicados

        Abraços,
        Mariana
        """,
        expect={
            51: e("yellow", note="aluguel"),
            52: e("green", note="8 de 10"),
            53: done(E, note="publicados"),
        },
        clean=("Abraços",),
        tags=("done-words", "late-apology"),
    ),
    Case(
        "fresh5-mariana-gmail-ios-tudo-verde-menos",
        "mariana",
        "gmail_ios",
        lang="pt",
        text="""
        Tudo verde, menos o #53: novo prazo 29/01/2027, faltam 30 artigos de faturamento.
        """,
        expect={51: e("green"), 52: e("green"), 53: due(E, "2027-01-29")},
        tags=("all-except", "new-date-local"),
    ),
    Case(
        "fresh5-mariana-samsung-pt-emoji",
        "mariana",
        "samsung",
        lang="pt",
        text="""
        #51 🟡 aguardando assinatura do proprietário
        #52 🟢 9/10 assinados
        #53 🔴 ainda faltam 25 artigos
        """,
        expect={
            51: g("yellow", note="proprietário"),
            52: g("green", note="assinados"),
            53: g("red", note="25 artigos"),
        },
        tags=("emoji", "fraction-in-note"),
    ),
    Case(
        "fresh5-mariana-ios-mail-r50-slipping",
        "mariana",
        "ios_mail",
        lang="pt",
        prose="en",
        form="R50",
        text="""
        #52 green, 9 signed, the last one is with their lawyers
        #51 slipping – landlord wants a five-year term, we want three
        """,
        expect={52: g("green", note="lawyers"), 51: amb()},
        tags=("ambiguous", "status-words", "partial"),
    ),
    Case(
        "fresh5-mariana-outlook-desktop-inline-pt",
        "mariana",
        "outlook_desktop",
        lang="pt",
        layout="inline",
        text={
            "#51": "MC: verde – contrato assinado ontem, as obras começam em janeiro",
            "#52": "MC: amarelo, dois revendedores pediram mais prazo",
            "#53": "MC: cancelado. O suporte vai usar a central em espanhol com tradução "
            "automática.",
        },
        expect={
            51: e("green", note="obras"),
            52: e("yellow", note="revendedores"),
            53: drop(E, "tradução"),
        },
        tags=("initials", "drop-words"),
    ),
    # Giulia Rossi, Istanbul: #61 Istanbul region to the new cluster, #62 On-track deploys:
    # 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh5-giulia-libero-it-blue-green",
        "giulia",
        "libero",
        lang="it",
        text="""
        Ciao,
        #61 verde, finestra di migrazione confermata per il 12 gennaio
        #62 rosso – lo switch blue/green è fallito due volte, 92% questo mese
        Buon weekend!
        Giulia
        """,
        disclaimer=DISCLAIMER_IT,
        expect={
            61: e("green", note="12 gennaio"),
            62: e("red", note="fallito"),
        },
        clean=("Buon weekend",),
        tags=("colour-in-note", "disclaimer"),
    ),
    Case(
        "fresh5-giulia-gmail-web-tr-artik",
        "giulia",
        "gmail_web",
        lang="tr",
        text="""
        Merhaba,
        #61 sarı — geçiş penceresi yine kaydı, müşteri onayı bekleniyor
        #62 artık kırmızı değil, sarı: bu ay %94
        """,
        expect={61: e("yellow", note="müşteri onayı"), 62: e("yellow", note="%94")},
        tags=("negation-then-flag",),
    ),
    Case(
        "fresh5-giulia-yandex-noquote-letters",
        "giulia",
        "yandex",
        lang="tr",
        prose="en",
        layout="noquote",
        text="""
        Hello,

        61 - G
        62 - R - two rollbacks on Tuesday, both DB migrations

        Giulia
        """,
        expect={61: g("green"), 62: g("red", note="DB migrations")},
        tags=("letters", "refs-without-hash"),
    ),
    Case(
        "fresh5-giulia-the-bat-over-tr",
        "giulia",
        "the_bat",
        lang="en",
        prose="tr",
        charset="iso-8859-9",
        layout="over",
        text={
            "#61": "Bu hafta: yeşil, küme hazır, trafiğin %30'u taşındı",
            "#62": "Bu hafta: sarı, 6/10",
        },
        expect={61: e("green", note="%30"), 62: e("yellow", 0.6)},
        tags=("typed-over", "score-out-of-ten"),
    ),
    Case(
        "fresh5-giulia-spark-question-marks",
        "giulia",
        "spark",
        prose="it",
        text="""
        #61 verde
        #62 giallo? rosso? dipende da come va il deploy di stasera
        """,
        expect={61: e("green"), 62: amb()},
        tags=("ambiguous", "question"),
    ),
    # Sanne de Vries, Amsterdam: #71 mobile app 2.0 (due Dec 15), #72 rating above 4.5,
    # #73 Behind-the-login analytics dashboard. Last week: 71 yellow, 72 green, 73 green.
    Case(
        "fresh5-sanne-apple-mail-nl-klaar",
        "sanne",
        "apple_mail",
        lang="nl",
        text="""
        Hoi,

        #71 staat sinds dinsdag live in beide stores, dus die is klaar.
        #72 groen, 4,6
        #73 geel: de export naar Looker loopt nog vast

        Groetjes,
        Sanne
        """,
        expect={
            71: done(E),
            72: e("green", note="4,6"),
            73: e("yellow", note="Looker"),
        },
        clean=("Groetjes",),
        tags=("done-words", "done-in-sentence"),
    ),
    Case(
        "fresh5-sanne-outlook-web-nl-behalve",
        "sanne",
        "outlook_web",
        lang="nl",
        cc="Dana Whitfield <dana@halvard.example>",
        text="""
        Alles op groen deze week, behalve #73: rood, de data-export ligt al drie dagen plat.
        """,
        disclaimer=DISCLAIMER_NL,
        expect={71: e("green"), 72: e("green"), 73: e("red", note="drie dagen")},
        tags=("all-except", "disclaimer"),
    ),
    Case(
        "fresh5-sanne-superhuman-wrapped",
        "sanne",
        "superhuman",
        wrap=72,
        text=(
            "#71 yellow - iOS build is through review but Android is stuck on a crash in the "
            "payment sheet that only shows up on Samsung devices running One UI 6; we have a "
            "fix in QA and if it holds we ship Monday\n"
            "#72 green\n"
            "#73 green, although I'd love a second pair of eyes on the retention chart before "
            "we show it to the board\n"
        ),
        expect={
            71: g("yellow", note="Samsung"),
            72: g("green"),
            73: g("green", note="retention"),
        },
        tags=("hard-wrapped-note",),
    ),
    Case(
        "fresh5-sanne-fastmail-forward",
        "sanne",
        "fastmail",
        layout="forward",
        text="""
        Replying by forward, my reply button throws an error on this one.

        #71 new date 22 Dec 2026 - Apple review queue is backed up
        #72 green
        #73 green
        """,
        expect={71: due(G, "2026-12-22"), 72: g("green"), 73: g("green")},
        tags=("forwarded",),
    ),
    Case(
        "fresh5-sanne-roundcube-over-r50-gel",
        "sanne",
        "roundcube",
        lang="nl",
        form="R50",
        layout="over",
        text={
            "#71": "Deze week: gel, wachten op Apple",
            "#72": "Deze week: groen",
            "#73": "Deze week: groen",
        },
        expect={71: near("yellow", note="Apple"), 72: e("green"), 73: e("green")},
        tags=("typed-over", "near-miss"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (due Dec 20), #82
    # Greenfield pricing experiment. Last week: 81 green, 82 green.
    Case(
        "fresh5-erik-thunderbird-sv-ledig",
        "erik",
        "thunderbird",
        lang="sv",
        text="""
        Hej! Snabbt svar innan jag går på ledighet (borta 21/12–6/1).

        #81 grönt, Vipps godkänt i produktion igår
        #82 gult – ekonomi vill se fler kohorter innan vi höjer priset

        Mvh
        Erik
        """,
        expect={81: e("green", note="Vipps"), 82: e("yellow", note="kohorter")},
        clean=("Mvh",),
        tags=("out-of-office", "flag-word-inflected"),
    ),
    Case(
        "fresh5-erik-outlook-mac-titles-thread",
        "erik",
        "outlook_mac",
        to="thread",
        text=(
            "Greenfield pricing: red. The experiment was paused by legal (consumer pricing "
            "rules in Norway), nothing runs until they sign off. Do you want me to park it "
            "until Q1?\n"
            "Swish and Vipps: on track, both live for 10% of traffic\n"
        ),
        sig="""
        Erik Lindqvist
        Payments, Halvard Labs Stockholm
        """,
        expect={
            82: g("red", note="consumer pricing"),
            81: e("green", note="10%"),
        },
        tags=("title-prefix", "question", "status-words"),
    ),
    Case(
        "fresh5-erik-hey-arrows",
        "erik",
        "hey",
        text="""
        #81 → done, Swish and Vipps both live for everyone since Wednesday
        #82 → yellow
        """,
        expect={81: done(E, note="everyone"), 82: e("yellow")},
        tags=("arrow", "done-words"),
    ),
    Case(
        "fresh5-erik-em-client-noquote-sv",
        "erik",
        "em_client",
        prose="sv",
        layout="noquote",
        text="""
        #82 flyttad till 2027-02-14, vi väntar på nya prislistor från leverantören
        #81 grön
        """,
        expect={82: due(E, "2027-02-14"), 81: e("green")},
        tags=("new-date-local",),
    ),
    Case(
        "fresh5-erik-mutt-bottom-flowed",
        "erik",
        "mutt",
        layout="bottom",
        flowed=True,
        text="""
        #81 green 0.9
        #82 amber - waiting for finance to approve the third price point

        /Erik
        """,
        expect={81: g("green", 0.9), 82: g("yellow", note="third price point")},
        clean=("/Erik",),
        tags=("amber",),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook (due Dec 22), #92 Renew the
    # Telenor contract (overdue since Nov 27), #93 Partner NPS above 40.
    # Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh5-mette-gmail-web-da-dropper",
        "mette",
        "gmail_web",
        lang="da",
        text="""
        Hej Sanne,

        #91 gul – salg vil stadig have en kortere udgave
        #92 den dropper vi – Telenor har valgt en anden leverandør
        #93 grøn, 41 i seneste måling

        Mvh. Mette
        """,
        expect={
            91: e("yellow", note="kortere udgave"),
            92: drop(E, "anden leverandør"),
            93: e("green", note="seneste måling"),
        },
        clean=("Mvh. Mette",),
        tags=("drop-words",),
    ),
    Case(
        "fresh5-mette-outlook-desktop-no-inline-trim",
        "mette",
        "outlook_desktop",
        lang="no",
        layout="inline",
        trim_quote=True,
        text={
            "#91": "MS: i rute, ny versjon sendt til salg i går",
            "#92": "MS: ny dato 15. januar 2027, Telenor vil ha juridisk gjennomgang først",
            "#93": "MS: grønn",
        },
        expect={
            91: e("green", note="ny versjon"),
            92: due(E, "2027-01-15"),
            93: e("green"),
        },
        tags=("initials", "status-words", "new-date-local"),
    ),
    Case(
        "fresh5-mette-ios-mail-da-hard-to-say",
        "mette",
        "ios_mail",
        lang="da",
        text="""
        91 grøn, eller gul – svært at sige før salg har læst den
        93 grøn
        """,
        expect={91: amb(), 93: e("green")},
        tags=("ambiguous", "refs-without-hash", "partial"),
    ),
    Case(
        "fresh5-mette-blackberry-red-and-date",
        "mette",
        "blackberry",
        text="""
        #92 still red – the bridge deal runs to the end of January. New date 2027-01-31.
        #91 green
        #93 green, touch wood
        """,
        expect={
            92: due(E, "2027-01-31", flag="red"),
            91: g("green"),
            93: e("green"),
        },
        tags=("flag-and-date", "hedge-not-on-flag"),
    ),
    Case(
        "fresh5-mette-gmail-ios-no-bottom-crlf",
        "mette",
        "gmail_ios",
        lang="no",
        layout="bottom",
        crlf=True,
        text="""
        Hei,
        #91 grønn – playbooken er godkjent av salg
        #92 fremdeles rød, ingen svar fra Telenor
        #93 gul, 38 etter siste runde
        Hilsen Mette
        """,
        expect={
            91: e("green", note="godkjent"),
            92: e("red", note="ingen svar"),
            93: e("yellow", note="38"),
        },
        clean=("Hilsen Mette",),
    ),
    # Olga Kowalczyk, Warsaw (no answer for week 49): #101 SOC 2 audit, #102 Rotate all
    # production secrets (due Dec 10), #103 Phishing drill (due Dec 18).
    Case(
        "fresh5-olga-wp-pl-late-w49",
        "olga",
        "wp_pl",
        lang="pl",
        form="W49",
        text="""
        Dzień dobry,

        z opóźnieniem za zeszły tydzień:
        #101 żółty – audytor dalej czeka na dowody z backupów
        #102 zielony, 24 z 30 serwisów
        #103 zielony

        Pozdrawiam
        """,
        sig="""
        Olga Kowalczyk
        Security Lead | Halvard Labs Sp. z o.o.
        """,
        expect={
            101: e("yellow", note="backupów"),
            102: e("green", note="24 z 30"),
            103: e("green"),
        },
        clean=("Pozdrawiam",),
        tags=("late-apology", "fraction-in-note"),
    ),
    Case(
        "fresh5-olga-the-bat-ru-koi8",
        "olga",
        "the_bat",
        lang="ru",
        charset="koi8-r",
        from_name="Ольга Ковальчик",
        text="""
        Здравствуйте!

        #101 жёлтый, аудитор запросил логи доступа за полгода
        #102 готово, все секреты ротированы во вторник
        #103 перенесено на 22 января 2027, HR просит провести после праздников

        С уважением,
        Ольга
        """,
        expect={
            101: e("yellow", note="логи доступа"),
            102: done(E),
            103: due(E, "2027-01-22"),
        },
        clean=("С уважением",),
        tags=("done-words", "new-date-local"),
    ),
    Case(
        "fresh5-olga-mailru-ru-numbers",
        "olga",
        "mailru",
        lang="ru",
        text="""
        101 в зоне риска
        102 зелёный
        103 по графику, рассылка запланирована на 17 декабря
        """,
        expect={
            101: e("yellow"),
            102: e("green"),
            103: e("green", note="17 декабря"),
        },
        tags=("status-words", "refs-without-hash"),
    ),
    Case(
        "fresh5-olga-outlook-plain-forward-yellw",
        "olga",
        "outlook_plain",
        lang="pl",
        prose="en",
        layout="forward",
        text="""
        #101 yellw - evidence pack 3 of 5 done
        #102 done
        #103 green
        """,
        expect={
            101: near("yellow", note="evidence pack"),
            102: done(G),
            103: g("green"),
        },
        tags=("near-miss", "forwarded"),
    ),
    Case(
        "fresh5-olga-thunderbird-over-pl",
        "olga",
        "thunderbird",
        lang="pl",
        layout="over",
        text={
            "#101": "Ten tydzień: zielony... nie, jednak żółty, audytor zmienił zakres",
            "#102": "Ten tydzień: zakończone",
            "#103": "Ten tydzień: zielony",
        },
        expect={
            101: e("yellow", note="zakres"),
            102: done(E),
            103: e("green"),
        },
        tags=("typed-over", "correction", "done-words"),
    ),
    # Kenji Watanabe, Tokyo (no answer for week 49): #111 Japanese localisation, #112 three
    # launch customers, #113 Stop-ship bugs to zero (due Dec 12), #114 Red-carpet onboarding.
    Case(
        "fresh5-kenji-becky-late-w49",
        "kenji",
        "becky",
        lang="ja",
        form="W49",
        text="""
        お疲れ様です。先週分を遅れて送ります。

        #111 緑 翻訳率90%
        #112 黄色 先方が赤字決算で稟議がストップ
        #113 赤 残り9件
        #114 緑

        渡辺
        """,
        expect={
            111: e("green", note="翻訳率"),
            112: e("yellow", note="稟議"),
            113: e("red", note="残り9件"),
            114: e("green"),
        },
        clean=("渡辺",),
        tags=("colour-in-note", "late-apology"),
    ),
    Case(
        "fresh5-kenji-gmail-web-ja-crlf",
        "kenji",
        "gmail_web",
        lang="ja",
        crlf=True,
        text="""
        #111 順調です
        #112 要注意：2社目が来年度予算待ち
        #113 完了しました！ストップシップはゼロになりました
        #114 緑 (0.8)
        よろしくお願いします。
        """,
        expect={
            111: e("green"),
            112: e("yellow", note="予算待ち"),
            113: done(E),
            114: e("green", 0.8),
        },
        clean=("よろしくお願いします",),
        tags=("status-words", "done-words", "score-in-brackets"),
    ),
    Case(
        "fresh5-kenji-outlook-mobile-red-new-date",
        "kenji",
        "outlook_mobile",
        prose="en",
        text="""
        #113 we're not going to make it by the 12th, 4 bugs left. Red, new date 2026-12-19
        #111 green
        #112 yellow - third customer wants a pilot first
        #114 G
        """,
        expect={
            113: due(E, "2026-12-19", flag="red"),
            111: g("green"),
            112: g("yellow", note="pilot"),
            114: g("green"),
        },
        tags=("flag-and-date", "letters"),
    ),
    Case(
        "fresh5-kenji-apple-mail-ja-bimyou",
        "kenji",
        "apple_mail",
        lang="ja",
        charset="shift_jis",
        text="""
        #111 緑
        #112 微妙なところです。来週の商談次第。
        #113 赤
        #114 緑
        """,
        expect={111: e("green"), 112: amb(), 113: e("red"), 114: e("green")},
        tags=("ambiguous",),
    ),
    Case(
        "fresh5-kenji-gmail-ios-bottom-dropped",
        "kenji",
        "gmail_ios",
        lang="ja",
        prose="en",
        layout="bottom",
        text=(
            "#114 dropped - partners asked for self-serve onboarding instead, so the "
            "red-carpet programme is off\n"
            "#111 green 0.85\n"
            "#112 yellow\n"
            "#113 red, 5 open\n"
        ),
        expect={
            114: drop(E, "self-serve"),
            111: g("green", 0.85),
            112: g("yellow"),
            113: g("red", note="5 open"),
        },
        tags=("drop-words", "colour-in-note"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue since Nov 20). Last week: 121 green, 122 red.
    Case(
        "fresh5-wei-foxmail-zh-upper-token",
        "wei",
        "foxmail",
        lang="zh",
        to="token-upper",
        text="""
        您好，
        #121 绿色，第三家渠道商下周签约
        #122 依然是红色，材料已补交，等待管局审核
        谢谢！
        """,
        sig="""
        张伟
        Halvard Labs 上海 | +86 21 5555 0199
        """,
        expect={121: e("green", note="第三家"), 122: e("red", note="管局")},
        clean=("谢谢",),
        tags=("signature-phone",),
    ),
    Case(
        "fresh5-wei-netease-bottom-zh-due",
        "wei",
        "netease",
        lang="zh",
        layout="bottom",
        text="""
        #122 延期到2027年2月28日，管局要求补充材料
        #121 按计划进行
        """,
        expect={122: due(E, "2027-02-28"), 121: e("green")},
        tags=("new-date-local", "status-words"),
    ),
    Case(
        "fresh5-wei-outlook-desktop-inline-gb2312",
        "wei",
        "outlook_desktop",
        lang="zh",
        charset="gb2312",
        layout="inline",
        text={
            "#121": "黄色：第二家渠道商的系统对接延迟了两周",
            "#122": "完成，许可证上周五已批下来",
        },
        expect={121: e("yellow", note="系统对接"), 122: done(E, note="许可证")},
        tags=("done-words",),
    ),
    Case(
        "fresh5-wei-yahoo-r50-blocked",
        "wei",
        "yahoo",
        prose="en",
        form="R50",
        text="""
        Hi, sorry for the delay!
        #121 on schedule, 2 of 3 live
        #122 blocked – the bureau wants a new server location document
        """,
        expect={121: e("green", note="2 of 3"), 122: e("red", note="server location")},
        tags=("status-words",),
    ),
    Case(
        "fresh5-wei-gmail-android-noquote-thanks",
        "wei",
        "gmail_android",
        lang="zh",
        layout="noquote",
        text="""
        收到，谢谢！周一补上。
        """,
        expect={},
        tags=("thanks-only",),
    ),
]
