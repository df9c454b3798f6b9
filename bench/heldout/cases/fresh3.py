"""A fourth batch (written after reply round 8, 2026-12-06, by someone who did not read the
parser, its tests or its development corpus), across every person of the company, in
phrasings, clients and languages chosen without looking at what the parser does with them.
Measured alone (`--only fresh3-`) and with the rest.

Tagged as the earlier batches are: `grammar` for the plain form (a ref or a title, an
English flag word, letter or flag emoji, a score, a note; English done, drop and due),
`everyday` for everything else (other languages, status phrases, exceptions, arrows,
corrections, `Status:`)."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

DISCLAIMER_EN = """
CONFIDENTIALITY NOTICE: the contents of this message are intended for the named recipient
only and may be privileged. If you are not the intended recipient, please delete it and
tell us at once. Halvard Labs Ltd, 1 Finsbury Avenue, London.
"""
DISCLAIMER_PL = """
Ta wiadomość może zawierać informacje poufne. Jeżeli nie jesteś jej adresatem, usuń ją i
powiadom nadawcę. / This message may contain confidential information. If you are not the
addressee, delete it and notify the sender. Halvard Labs Sp. z o.o., Warszawa.
"""

CASES = [
    # Dana Whitfield, London: #12 partners, #13 Green-light, #14 red alerts, #15 SREs
    # (overdue), #16 newsletter. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh3-dana-hey-noquote-grammar",
        "dana",
        "hey",
        layout="noquote",
        text="""
        #12 green 0.8 - partner five has the contract, signature expected Monday
        #13 yellow - the infra review slipped a week
        #14 red 30% - 27 pages this week, most of them disk warnings
        #16 green
        #15 due 2027-01-22
        """,
        expect={
            12: g("green", 0.8, note="partner five"),
            13: g("yellow", note="infra review"),
            14: g("red", 0.3, note="disk warnings"),
            16: g("green"),
            15: due(G, "2027-01-22"),
        },
    ),
    Case(
        "fresh3-dana-outlook-red-tape",
        "dana",
        "outlook_desktop",
        text="""
        Hi all,

        #13 yellow - procurement red tape again, the PO is sitting with finance
        #12 green - Green Energy Partners agreed verbally, paperwork next week
        #14 red
        #16 green

        Best,
        Dana
        """,
        disclaimer=DISCLAIMER_EN,
        expect={
            13: g("yellow", note="red tape"),
            12: g("green", note="Green Energy"),
            14: g("red"),
            16: g("green"),
        },
        clean=("Best,",),
        tags=("colour-in-a-name",),
    ),
    Case(
        "fresh3-dana-gmail-sorry-correction",
        "dana",
        "gmail_web",
        text="""
        #14 red, sorry, yellow - 19 alerts, better than I feared
        #12 green
        #13 yellow
        """,
        expect={14: e("yellow", note="19 alerts"), 12: g("green"), 13: g("yellow")},
        tags=("correction",),
    ),
    Case(
        "fresh3-dana-apple-second-thought",
        "dana",
        "apple_mail",
        text="""
        #13 green... actually more like yellow, the vendor hasn't countersigned
        #12 green
        #16 green
        """,
        expect={13: amb(), 12: g("green"), 16: g("green")},
        tags=("ambiguous", "second-thought"),
    ),
    Case(
        "fresh3-dana-mutt-bottom-wrapped",
        "dana",
        "mutt",
        layout="bottom",
        text="""
        #14 yellow - alert volume is down to 21 a week since we silenced the noisy disk checks, but the new paging policy still needs a sign-off from the platform leads
        #12 green
        #13 green
        """,  # noqa: E501
        expect={14: g("yellow", note="platform leads"), 12: g("green"), 13: g("green")},
        tags=("long-note-wrapped",),
    ),
    Case(
        "fresh3-dana-ios-other-weeks",
        "dana",
        "ios_mail",
        text="""
        #13 green - was yellow last week, the vendor contract is signed now
        #14 yellow - should be green by the 18th if the new thresholds hold
        #15 drop - on-call is covered by the contractor pool from January
        """,
        expect={
            13: g("green", note="vendor contract"),
            14: g("yellow", note="thresholds"),
            15: drop(G, "contractor pool"),
        },
        tags=("other-week-colour",),
    ),
    # Jonas Becker, Berlin (no answer for week 49): #21 Yellow pages cleanup (overdue),
    # #22 ledger, #23 Blocked-payment alerts.
    Case(
        "fresh3-jonas-webde-late-w49",
        "jonas",
        "webde",
        lang="de",
        form="W49",
        text="""
        Hallo,

        sorry, die Antwort für letzte Woche ist im Entwurfsordner hängen geblieben:
        #21 grün – 80 % der Einträge bereinigt
        #22 gelb
        #23 rot – immer noch kein Zugriff auf die Zahlungslogs

        Viele Grüße aus Berlin
        Jonas
        """,
        expect={
            21: e("green", note="Einträge"),
            22: e("yellow"),
            23: e("red", note="Zahlungslogs"),
        },
        clean=("Viele Grüße",),
    ),
    Case(
        "fresh3-jonas-outlook-inline-jb",
        "jonas",
        "outlook_desktop",
        lang="de",
        layout="inline",
        text={
            "#21": "JB: erledigt, der Rest der Einträge ist seit Dienstag sauber",
            "#22": "JB: gelb – Finance prüft das Schema bis Mitte Januar",
            "#23": "JB: grün",
        },
        expect={21: done(E), 22: e("yellow", note="Finance prüft"), 23: e("green")},
    ),
    Case(
        "fresh3-jonas-k9-streichen",
        "jonas",
        "k9",
        lang="de",
        text="""
        #21 streichen wir ersatzlos – die Gelben Seiten gibt es als Datenquelle nicht mehr
        #22 gelb
        #23 grün
        """,
        expect={21: drop(E, "Datenquelle"), 22: e("yellow"), 23: e("green")},
        tags=("colour-in-a-name",),
    ),
    Case(
        "fresh3-jonas-gmail-verschieben",
        "jonas",
        "gmail_web",
        lang="de",
        text="""
        #22 verschieben wir auf den 15. März, das Ledger-Team ist im Januar ausgebucht
        #21 erledigt seit Montag
        #23 gelb, 7 Minuten im Schnitt

        Grüße
        Jonas
        """,
        expect={
            22: due(E, "2027-03-15"),
            21: done(E),
            23: e("yellow", note="7 Minuten"),
        },
        clean=("Grüße",),
    ),
    Case(
        "fresh3-jonas-thunderbird-over-kw",
        "jonas",
        "thunderbird",
        lang="de",
        layout="over",
        text={
            "#22": "KW 50: gelb – das Schema liegt noch bei Finance",
            "#23": "KW 50: grün, der Alarm kommt jetzt nach 4 Minuten",
        },
        expect={22: e("yellow", note="Schema"), 23: e("green", note="4 Minuten")},
        tags=("typed-over-last-week",),
    ),
    Case(
        "fresh3-jonas-gmx-reminder-one-line",
        "jonas",
        "gmx",
        lang="de",
        form="R50",
        text="""
        Oh, ganz vergessen. #21 fertig, #22 gelb, #23 grün. Schönes Wochenende!
        """,
        expect={21: done(E), 22: e("yellow"), 23: e("green")},
        tags=("one-line",),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 churn, #33 forum (overdue).
    # Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh3-amelie-gmail-title-done-for-you",
        "amelie",
        "gmail_web",
        lang="fr",
        prose="en",
        text="""
        Done-for-you onboarding: yellow - two enterprise accounts stuck on SSO
        Cut churn to 2%: green, 1.9% in November
        """,
        expect={31: g("yellow", note="SSO"), 32: g("green", note="1.9%")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "fresh3-amelie-orange-a-part",
        "amelie",
        "orange",
        lang="fr",
        text="""
        Bonjour,
        Tout est au vert cette semaine, à part #33 qui reste rouge.
        Bonne journée
        Amélie
        """,
        expect={"*": e("green"), 33: e("red")},
        clean=("Bonne journée",),
        tags=("all-except",),
    ),
    Case(
        "fresh3-amelie-outlook-web-virgule",
        "amelie",
        "outlook_web",
        lang="fr",
        text="""
        #31 vert 0,8
        #32 jaune 6/10 – le churn remonte à 2,5 %
        #33 nouvelle date : 26 février
        """,
        expect={
            31: e("green", 0.8),
            32: e("yellow", 0.6, note="2,5"),
            33: due(E, "2027-02-26"),
        },
        tags=("decimal-comma", "score-out-of-ten"),
    ),
    Case(
        "fresh3-amelie-proton-vert-rouge",
        "amelie",
        "proton",
        lang="fr",
        text="""
        #32 vert – rouge côté grands comptes
        #31 vert
        """,
        expect={32: amb(), 31: e("green")},
        tags=("ambiguous", "note-opens-with-colour"),
    ),
    Case(
        "fresh3-amelie-samsung-abandonne",
        "amelie",
        "samsung",
        lang="fr",
        text="""
        #33 abandonné : on passe par la communauté Slack qui existe déjà
        #31 vert
        #32 jaune
        """,
        expect={33: drop(E, "Slack"), 31: e("green"), 32: e("yellow")},
    ),
    Case(
        "fresh3-amelie-ios-merci",
        "amelie",
        "ios_mail",
        lang="fr",
        layout="noquote",
        text="""
        Merci ! Je suis en déplacement, réponse complète demain matin.
        """,
        expect={},
        tags=("thanks-only",),
    ),
    # Lucía Fernández, Madrid: #41 track 3, #42 partner portal (due Dec 11), #43 Red team,
    # #44 Amber rollout. Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh3-lucia-gmail-salvo",
        "lucia",
        "gmail_web",
        lang="es",
        text="""
        Hola:

        Todo en verde salvo el #42, que está en rojo porque el socio todavía no ha firmado.

        Saludos,
        Lucía
        """,
        expect={"*": e("green"), 42: e("red")},
        clean=("Saludos",),
        tags=("all-except",),
    ),
    Case(
        "fresh3-lucia-outlook-mobile-flechas",
        "lucia",
        "outlook_mobile",
        lang="es",
        text="""
        #41 ➝ verde (4 días)
        #43 ⇒ amarillo, el equipo rojo encontró dos fallos en el SSO
        #44 —> verde
        """,
        expect={
            41: e("green", note="4 días"),
            43: e("yellow", note="equipo rojo"),
            44: e("green"),
        },
        tags=("arrows", "colour-in-a-name"),
    ),
    Case(
        "fresh3-lucia-thunderbird-title-red-team",
        "lucia",
        "thunderbird",
        lang="es",
        prose="en",
        text="""
        Red team the login flow: green - no critical findings so far
        Amber rollout: yellow
        """,
        expect={43: g("green", note="critical findings"), 44: g("yellow")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "fresh3-lucia-yahoo-hecho",
        "lucia",
        "yahoo",
        lang="es",
        text="""
        #42 hecho: el portal se abrió el miércoles a los primeros doce socios
        #41 verde
        #43 verde
        #44 amarillo, faltan cinco servicios
        """,
        expect={
            42: done(E, note="portal"),
            41: e("green"),
            43: e("green"),
            44: e("yellow", note="cinco servicios"),
        },
    ),
    Case(
        "fresh3-lucia-spark-between",
        "lucia",
        "spark",
        lang="es",
        prose="en",
        text="""
        #44 somewhere between yellow and red, three services still on the old path
        #41 green, 4 days
        """,
        expect={44: amb(), 41: g("green", note="4 days")},
        tags=("ambiguous",),
    ),
    Case(
        "fresh3-lucia-roundcube-reminder",
        "lucia",
        "roundcube",
        lang="en",
        prose="es",
        form="R50",
        text="""
        Perdón por el retraso.
        #41 verde
        #42 terminado
        #43 amarillo - la auditoría externa empieza el lunes
        #44 amarillo
        """,
        expect={
            41: e("green"),
            42: done(E),
            43: e("yellow", note="auditoría"),
            44: e("yellow"),
        },
    ),
    # Mariana Costa, São Paulo (no answer for week 49): #51 office, #52 resellers,
    # #53 help centre (overdue).
    Case(
        "fresh3-mariana-uol-late-w49",
        "mariana",
        "uol",
        lang="pt",
        form="W49",
        text="""
        Oi, respondendo a semana passada com atraso:
        #51 amarelo – o contrato de aluguel ainda está com o jurídico
        #52 verde, 7 de 10 contratos assinados
        #53 vermelho

        Abraços,
        Mariana
        """,
        expect={
            51: e("yellow", note="aluguel"),
            52: e("green", note="7 de 10"),
            53: e("red"),
        },
        clean=("Abraços",),
    ),
    Case(
        "fresh3-mariana-gmail-android-adiado",
        "mariana",
        "gmail_android",
        lang="pt",
        text="""
        #53 adiado para 22 de janeiro, ainda faltam revisar 30 artigos
        #51 verde
        #52 verde 0,7
        """,
        expect={53: due(E, "2027-01-22"), 51: e("green"), 52: e("green", 0.7)},
        tags=("decimal-comma",),
    ),
    Case(
        "fresh3-mariana-outlook-plain-status",
        "mariana",
        "outlook_plain",
        lang="pt",
        prose="en",
        text="""
        #52 Status: amber, 7 of 10 signed, two more with legal.
        #51 on track
        #53 done - the last articles went live yesterday
        """,
        expect={
            52: e("yellow", note="7 of 10"),
            51: e("green"),
            53: done(G, note="went live"),
        },
        tags=("status-words",),
    ),
    Case(
        "fresh3-mariana-apple-pipes",
        "mariana",
        "apple_mail",
        lang="pt",
        text="""
        #51 verde | #52 amarelo | #53 concluído
        """,
        expect={51: e("green"), 52: e("yellow"), 53: done(E)},
        tags=("one-line",),
    ),
    Case(
        "fresh3-mariana-samsung-typos",
        "mariana",
        "samsung",
        lang="pt",
        text="""
        #51 verdee – contrato assinado
        #52 amarlo
        #53 concluido
        """,
        expect={51: near("green", note="contrato"), 52: near("yellow"), 53: done(E)},
        tags=("near-miss",),
    ),
    Case(
        "fresh3-mariana-proton-forward",
        "mariana",
        "proton",
        lang="pt",
        prose="en",
        layout="forward",
        text="""
        Forwarding to the status address, my reply from the phone bounced.

        #51 green
        #52 yellow - 7 of 10, the last three want a longer trial
        #53 done
        """,
        expect={51: g("green"), 52: g("yellow", note="longer trial"), 53: done(G)},
        tags=("forwarded",),
    ),
    # Giulia Rossi, Istanbul: #61 Istanbul region, #62 On-track deploys: 95% without
    # rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh3-giulia-libero-title-on-track",
        "giulia",
        "libero",
        lang="it",
        text="""
        On-track deploys: giallo, 94,5% senza rollback
        Move the Istanbul region to the new cluster: verde, il cutover è fissato per lunedì
        """,
        expect={62: e("yellow", note="94,5"), 61: e("green", note="cutover")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "fresh3-giulia-gmail-tr-durum",
        "giulia",
        "gmail_web",
        lang="tr",
        text="""
        Merhaba,

        #61 Durum: yeşil, DNS geçişi tamamlandı
        #62 Durum: kırmızı – bu ay iki kez geri aldık

        İyi çalışmalar,
        Giulia
        """,
        expect={61: e("green", note="DNS"), 62: e("red", note="geri aldık")},
        clean=("İyi çalışmalar",),
    ),
    Case(
        "fresh3-giulia-apple-tr-pardon",
        "giulia",
        "apple_mail",
        lang="tr",
        text="""
        #62 kırmızı, pardon, sarı – sadece bir geri alma oldu
        #61 yolunda
        """,
        expect={62: e("yellow", note="bir geri alma"), 61: e("green")},
        tags=("correction",),
    ),
    Case(
        "fresh3-giulia-mutt-wrapped-it",
        "giulia",
        "mutt",
        lang="en",
        prose="it",
        text="""
        #61 giallo - la migrazione della regione è slittata perché il fornitore del bilanciatore ha spostato la finestra di manutenzione a gennaio
        #62 verde
        """,  # noqa: E501
        expect={61: e("yellow", note="manutenzione a gennaio"), 62: e("green")},
        tags=("long-note-wrapped",),
    ),
    Case(
        "fresh3-giulia-outlook-mac-o",
        "giulia",
        "outlook_mac",
        lang="it",
        text="""
        #61 verde o giallo, dipende dal DNS di lunedì
        #62 verde, 96% senza rollback
        """,
        expect={61: amb(), 62: e("green", note="96%")},
        tags=("ambiguous",),
    ),
    Case(
        "fresh3-giulia-yahoo-reminder-it",
        "giulia",
        "yahoo",
        lang="it",
        form="R50",
        text="""
        Scusate il ritardo!
        #61 completato, il nuovo cluster serve tutto il traffico da martedì
        #62 giallo

        Un saluto,
        Giulia
        """,
        expect={61: done(E, note="traffico"), 62: e("yellow")},
        clean=("Un saluto",),
    ),
    # Sanne de Vries, Amsterdam: #71 mobile app 2.0 (due Dec 15), #72 rating,
    # #73 Behind-the-login dashboard. Last week: 71 yellow, 72 green, 73 green.
    Case(
        "fresh3-sanne-gmail-title-behind",
        "sanne",
        "gmail_web",
        lang="nl",
        prose="en",
        text="""
        Behind-the-login analytics: green, the second dashboard is live
        Ship the mobile app 2.0: yellow - Apple wants a new set of screenshots
        App store rating: green
        """,
        expect={
            73: g("green", note="second dashboard"),
            71: g("yellow", note="screenshots"),
            72: g("green"),
        },
        tags=("titles-with-flag-words",),
    ),
    Case(
        "fresh3-sanne-outlook-loopt-achter",
        "sanne",
        "outlook_desktop",
        lang="nl",
        text="""
        Hoi allemaal,

        #71 loopt achter: rood, Apple heeft de build afgekeurd
        #72 groen (4,6)
        #73 groen
        """,
        sig="""
        Met vriendelijke groet,
        Sanne de Vries
        Product Lead Mobile | Halvard
        """,
        expect={71: e("red", note="afgekeurd"), 72: e("green", note="4,6"), 73: e("green")},
    ),
    Case(
        "fresh3-sanne-ios-emoji-nl",
        "sanne",
        "ios_mail",
        lang="nl",
        text="""
        #71 🟠 Apple-review loopt nog
        #72 🟢 nog steeds 4,6
        #73 🟢
        """,
        expect={71: g("yellow", note="Apple-review"), 72: g("green", note="4,6"), 73: g("green")},
        tags=("emoji",),
    ),
    Case(
        "fresh3-sanne-k9-uitgesteld",
        "sanne",
        "k9",
        lang="nl",
        text="""
        #71 uitgesteld naar 12 januari – Apple wil eerst de privacylabels zien
        #72 groen, #73 geel
        """,
        expect={71: due(E, "2027-01-12"), 72: e("green"), 73: e("yellow")},
    ),
    Case(
        "fresh3-sanne-fastmail-green-red",
        "sanne",
        "fastmail",
        lang="nl",
        prose="en",
        text="""
        #73 green - red for the export part
        #72 green
        #71 yellow
        """,
        expect={73: amb(), 72: g("green"), 71: g("yellow")},
        tags=("ambiguous", "note-opens-with-colour"),
    ),
    Case(
        "fresh3-sanne-roundcube-inline-nl",
        "sanne",
        "roundcube",
        lang="nl",
        layout="inline",
        text={
            "#71": "geel, de review duurt langer dan gepland",
            "#72": "groen",
            "#73": "groen",
        },
        expect={71: e("yellow", note="review duurt"), 72: e("green"), 73: e("green")},
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps (due Dec 20), #82 Greenfield pricing.
    # Last week: 81 green, 82 green.
    Case(
        "fresh3-erik-thunderbird-bottom-grammar",
        "erik",
        "thunderbird",
        lang="sv",
        prose="en",
        layout="bottom",
        crlf=True,
        text="""
        #81 green 0.9 - Vipps passed acceptance on Wednesday
        #82 yellow 0.5 - the sample needs another two weeks
        """,
        expect={81: g("green", 0.9, note="acceptance"), 82: g("yellow", 0.5, note="sample")},
    ),
    Case(
        "fresh3-erik-gmail-utom",
        "erik",
        "gmail_web",
        lang="sv",
        text="""
        Allt grönt utom #82, den är gul – vi väntar fortfarande på ekonomi.

        Hälsningar
        Erik
        """,
        expect={"*": e("green"), 82: e("yellow")},
        clean=("Hälsningar",),
        tags=("all-except",),
    ),
    Case(
        "fresh3-erik-outlook-web-klar",
        "erik",
        "outlook_web",
        lang="sv",
        text="""
        #81 klar! Swish och Vipps är live i kassan sedan i tisdags.
        #82 gul, 40 % av testet kvar
        """,
        expect={81: done(E, note="kassan"), 82: e("yellow", note="40 %")},
    ),
    Case(
        "fresh3-erik-ios-lagger-ner",
        "erik",
        "ios_mail",
        lang="sv",
        text="""
        #82 vi lägger ner det – prissättningen bestäms centralt från januari
        #81 grön
        """,
        expect={82: drop(E, "centralt"), 81: e("green")},
    ),
    Case(
        "fresh3-erik-blackberry-name",
        "erik",
        "blackberry",
        lang="sv",
        prose="en",
        text="""
        #81 yellow - the Vipps certificate expired, renewal in progress
        #82 green
        Erik
        """,
        expect={81: g("yellow", note="certificate"), 82: g("green")},
        clean=("Erik",),
        tags=("name-as-last-line",),
    ),
    Case(
        "fresh3-erik-yahoo-typos",
        "erik",
        "yahoo",
        lang="en",
        prose="en",
        text="""
        #81 greem - Vipps live in production
        #82 yello
        """,
        expect={81: near("green", note="production"), 82: near("yellow")},
        tags=("near-miss",),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook (due Dec 22), #92 Telenor
    # (overdue), #93 Partner NPS. Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh3-mette-gmail-title-at-risk",
        "mette",
        "gmail_web",
        lang="da",
        prose="en",
        text="""
        At-risk accounts playbook: green - sales approved the short version
        Partner NPS: yellow - 37 this month
        """,
        expect={91: g("green", note="short version"), 93: g("yellow", note="37 this month")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "fresh3-mette-outlook-ny-dato",
        "mette",
        "outlook_desktop",
        lang="no",
        text="""
        Hei,

        #92 ny dato: 15. januar – Telenor vil ha en kortere avtale
        #91 grønn
        #93 gul

        Med vennlig hilsen
        Mette Sørensen
        """,
        expect={92: due(E, "2027-01-15"), 91: e("green"), 93: e("yellow")},
        clean=("Med vennlig hilsen", "Mette Sørensen"),
    ),
    Case(
        "fresh3-mette-apple-da-one-line",
        "mette",
        "apple_mail",
        lang="da",
        text="""
        #91 grøn, #92 stadig rød, #93 grøn

        Mvh Mette
        """,
        expect={91: e("green"), 92: e("red"), 93: e("green")},
        clean=("Mvh",),
        tags=("one-line",),
    ),
    Case(
        "fresh3-mette-thunderbird-da-wrapped",
        "mette",
        "thunderbird",
        lang="da",
        flowed=False,
        text="""
        #92 rød - Telenor har bedt om et nyt udkast med kortere bindingsperiode, og deres jurister holder ferie til midten af januar, så underskrift kommer tidligst i februar
        #93 grøn
        """,  # noqa: E501
        expect={92: e("red", note="tidligst i februar"), 93: e("green")},
        tags=("long-note-wrapped",),
    ),
    Case(
        "fresh3-mette-spark-inline-was-red",
        "mette",
        "spark",
        lang="da",
        prose="en",
        layout="inline",
        text={
            "#92": "yellow - was red for three weeks, Telenor finally sent a draft",
            "#91": "green",
            "#93": "green - response rate up to 44%",
        },
        expect={
            92: g("yellow", note="draft"),
            91: g("green"),
            93: g("green", note="up to 44%"),
        },
        tags=("other-week-colour",),
    ),
    Case(
        "fresh3-mette-outlook-mobile-reminder",
        "mette",
        "outlook_mobile",
        lang="no",
        form="R50",
        text="""
        Beklager, glemte det helt. Alt er i rute denne uken, bortsett fra #92: fortsatt rødt.
        """,
        expect={"*": e("green"), 92: e("red")},
        tags=("all-except",),
    ),
    Case(
        "fresh3-mette-em-client-at-risk",
        "mette",
        "em_client",
        lang="da",
        prose="en",
        text="""
        #91 at risk: sales still wants a one-pager
        #93 on target - 41 this month
        """,
        expect={91: e("yellow", note="one-pager"), 93: e("green", note="41 this month")},
        tags=("status-words",),
    ),
    # Olga Kowalczyk, Warsaw (no answer for week 49): #101 SOC 2, #102 secrets (due Dec 10),
    # #103 phishing drill (due Dec 18).
    Case(
        "fresh3-olga-wp-late-w49",
        "olga",
        "wp_pl",
        lang="pl",
        form="W49",
        text="""
        Przepraszam za spóźnienie, odpowiedź za zeszły tydzień:
        #101 żółty – audytor chce więcej dowodów
        #102 zielony
        #103 zielony, termin ćwiczenia ustalony

        Pozdrawiam
        Olga Kowalczyk
        """,
        expect={
            101: e("yellow", note="audytor"),
            102: e("green"),
            103: e("green", note="termin"),
        },
        clean=("Pozdrawiam", "Olga Kowalczyk"),
    ),
    Case(
        "fresh3-olga-mailru-ru",
        "olga",
        "mailru",
        lang="ru",
        text="""
        Добрый день!

        #101 жёлтый, 60%
        #102 выполнено, все секреты заменены в среду
        #103 красный – подрядчик сорвал сроки

        С уважением,
        Ольга
        """,
        expect={
            101: e("yellow", 0.6),
            102: done(E, note="секреты"),
            103: e("red", note="подрядчик"),
        },
        clean=("С уважением",),
    ),
    Case(
        "fresh3-olga-the-bat-pl-noquote",
        "olga",
        "the_bat",
        lang="pl",
        layout="noquote",
        text="""
        #102 zrobione, wszystkie sekrety zrotowane
        #101 żółty, audyt przesunięty o tydzień
        #103 przeniesione na 14 stycznia
        """,
        expect={
            102: done(E, note="sekrety"),
            101: e("yellow", note="audyt"),
            103: due(E, "2027-01-14"),
        },
    ),
    Case(
        "fresh3-olga-yandex-ru-arrows",
        "olga",
        "yandex",
        lang="ru",
        text="""
        #101 → зелёный
        #102 → готово, ротация закончена
        #103 → жёлтый (подрядчик задерживает сценарий)
        """,
        expect={
            101: e("green"),
            102: done(E),
            103: e("yellow", note="сценарий"),
        },
        tags=("arrows",),
    ),
    Case(
        "fresh3-olga-gmail-emoji-en",
        "olga",
        "gmail_web",
        lang="pl",
        prose="en",
        text="""
        #101 🟡 the auditor wants the access reviews again
        #102 done ✔️ all rotated
        #103 🟢
        """,
        expect={
            101: g("yellow", note="access reviews"),
            102: done(G, note="rotated"),
            103: g("green"),
        },
        tags=("emoji",),
    ),
    Case(
        "fresh3-olga-evolution-reminder",
        "olga",
        "evolution",
        lang="en",
        form="R50",
        text="""
        #103 red - the vendor cancelled the drill, no replacement slot yet
        #101 yellow
        #102 done
        """,
        disclaimer=DISCLAIMER_PL,
        expect={103: g("red", note="cancelled the drill"), 101: g("yellow"), 102: done(G)},
    ),
    # Kenji Watanabe, Tokyo (no answer for week 49): #111 localise, #112 customers,
    # #113 Stop-ship bugs (due Dec 12), #114 Red-carpet onboarding.
    Case(
        "fresh3-kenji-becky-late-w49",
        "kenji",
        "becky",
        lang="ja",
        form="W49",
        text="""
        先週分の回答が遅れてすみません。
        #111 緑
        #112 黄色、二社目の決裁が1月になりそうです
        #113 赤（残り12件）
        #114 緑
        渡辺
        """,
        expect={
            111: e("green"),
            112: e("yellow", note="決裁"),
            113: e("red", note="残り12件"),
            114: e("green"),
        },
        clean=("渡辺",),
        tags=("name-as-last-line",),
    ),
    Case(
        "fresh3-kenji-gmail-ja-status",
        "kenji",
        "gmail_web",
        lang="ja",
        text="""
        #111 予定通りです
        #112 リスクあり：先方の予算確定が4月以降
        #113 完了。昨日、最後の2件を直しました
        #114 問題なし
        """,
        expect={
            111: e("green"),
            112: e("yellow", note="予算確定"),
            113: done(E),
            114: e("green"),
        },
        tags=("status-words",),
    ),
    Case(
        "fresh3-kenji-outlook-scores",
        "kenji",
        "outlook_desktop",
        lang="ja",
        prose="en",
        text="""
        #111 green 85%
        #112 yellow 4/10 - one signed, one waiting for a board decision in January
        #113 red 0.2 - 8 stop-ship bugs left
        #114 green
        """,
        expect={
            111: g("green", 0.85),
            112: g("yellow", 0.4, note="board decision"),
            113: g("red", 0.2, note="8 stop-ship"),
            114: g("green"),
        },
        tags=("score-out-of-ten",),
    ),
    Case(
        "fresh3-kenji-thunderbird-inline-ja",
        "kenji",
        "thunderbird",
        lang="ja",
        layout="inline",
        text={
            "#112": "黄色です。2社目の稟議が止まっています",
            "#113": "赤、あと8件",
        },
        expect={112: e("yellow", note="稟議"), 113: e("red", note="あと8件")},
    ),
    Case(
        "fresh3-kenji-ios-ka",
        "kenji",
        "ios_mail",
        lang="ja",
        text="""
        #113 赤か黄色、金曜のテスト次第です
        #111 緑
        """,
        expect={113: amb(), 111: e("green")},
        tags=("ambiguous",),
    ),
    Case(
        "fresh3-kenji-lotus-reminder",
        "kenji",
        "lotus_notes",
        lang="ja",
        prose="en",
        form="R50",
        text="""
        #113 done - zero stop-ship bugs since Tuesday
        #111 green
        #112 grean
        #114 green - the red carpet kits are printed
        """,
        expect={
            113: done(G, note="zero stop-ship"),
            111: g("green"),
            112: near("green"),
            114: g("green", note="red carpet kits"),
        },
        tags=("near-miss", "colour-in-a-name"),
    ),
    # Wei Zhang, Shanghai: #121 distribution partners, #122 ICP licence (overdue).
    # Last week: 121 green, 122 red.
    Case(
        "fresh3-wei-netease-anjihua",
        "wei",
        "netease",
        lang="zh",
        text="""
        #121 按计划进行，第三家下周签约
        #122 还是红色，材料补交中
        """,
        expect={121: e("green", note="第三家"), 122: e("red", note="补交")},
    ),
    Case(
        "fresh3-wei-foxmail-quxiao",
        "wei",
        "foxmail",
        lang="zh",
        text="""
        #122 取消：改由合作伙伴申请许可证
        #121 绿色

        张伟
        """,
        expect={122: drop(E, "合作伙伴"), 121: e("green")},
        clean=("张伟",),
    ),
    Case(
        "fresh3-wei-gmail-android-grammar",
        "wei",
        "gmail_android",
        lang="zh",
        prose="en",
        text="""
        #121 green 0.7 - the second partner has traffic, the third is in UAT
        #122 due 2027-01-15
        """,
        expect={121: g("green", 0.7, note="UAT"), 122: due(G, "2027-01-15")},
    ),
    Case(
        "fresh3-wei-apple-yanqi",
        "wei",
        "apple_mail",
        lang="zh",
        text="""
        #121 黄色 – 第三家的合同卡在法务
        #122 延期到1月20日
        """,
        expect={121: e("yellow", note="法务"), 122: due(E, "2027-01-20")},
    ),
    Case(
        "fresh3-wei-outlook-web-status-words",
        "wei",
        "outlook_web",
        lang="zh",
        prose="en",
        text="""
        #121 on track - the third partner signs before Christmas
        #122 stuck - the bureau rejected our translated articles of association
        """,
        expect={121: e("green", note="Christmas"), 122: e("red", note="articles of association")},
        tags=("status-words",),
    ),
    Case(
        "fresh3-wei-foxmail-thanks",
        "wei",
        "foxmail",
        lang="zh",
        layout="noquote",
        text="""
        收到，谢谢！明天补上。
        """,
        expect={},
        tags=("thanks-only",),
    ),
]
