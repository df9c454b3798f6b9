"""A seventh batch (written on 2026-12-07 for measurement at the end of the current round, by
someone who read neither the parser, its tests nor its development corpus, and who ran
neither on it), five replies per person of the company, on everyday writing by busy people
of every kind, as they really answer their weekly form: status words instead of colours in
every language of the company ("im Plan", "sur les rails", "en plazo", "dentro do prazo",
"yolunda", "loopt achter", "enligt plan", "i rute", "na dobrej drodze", "всё по плану",
"順調", "按计划进行"), several key results on one line, bulleted lists, exceptions ("all good
here apart from two", "tudo certo, exceto o escritório", "alt er grønt undtagen Telenor"), a
range ("#12-#14 green"), answers by key-result title instead of number (abbreviated,
translated, upper-cased, titles that start with a status or colour word), managers'
paragraphs, answers typed under the quoted items and over the form's "Last week:" lines,
corrections on the same line and on a later line, negations ("no longer red", "not green
yet", "pas encore vert", "ya no está en verde", "niet meer geel", "nicht mehr gelb"),
comparisons with last week ("unchanged", "igual que la semana pasada", "zelfde als vorige
week", "hâlâ kırmızı", "stadig rød", "还是红色"), scores as 0.9, 80%, 7/10 and decimal commas,
done, drop and new dates in many languages and local date styles (15.01.2027, 26/02/2027,
"29. januar 2027", "15 stycznia 2027", "2027年1月29日"), notes with colour words that name things
(Green Energy Partners, the red team, blue-green deploys, 红包, "el equipo rojo", the red/green
colour scheme), numbers, dates, URLs, hashtags and '#' used for PRs and tickets, hard wrapping
at 72 columns, sign-offs, signatures, mobile footers, disclaimers and out-of-office lines in
many languages, two thanks-only replies and several replies that answer only some key
results. All 42 clients and all 15 languages; every layout (top, bottom, inline, typed over
"Last week:", forwarded, quote deleted); four late answers to week 49 and nine to the
reminder. Measured alone (`--only fresh7-`) and with the rest.

Tagged as the earlier batches are: `grammar` for the plain form (a ref or a title, an
English flag word, letter or flag emoji, a score, a note; English done, drop and due),
`everyday` for everything else (174 answers: 14 `grammar`, 160 `everyday`). Six replies hold
a deliberately ambiguous answer (five whose colour cannot be told: "yellow or red, can't
tell", "verde... o rojo, según a quién preguntes", "amarelo? vermelho?", "green-ish/red", "то
ли зелёный, то ли жёлтый"; and one whose key result cannot be told, "the launch one", which
fits two titles, so seven key results expect nothing recorded), and three a near-miss
spelling ("amarilo", "greeen", "czerowny")."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

DISCLAIMER_EN = """
CONFIDENTIALITY: this message and anything attached to it are for the named recipient
only. If you are not that person, please delete it and let us know; do not copy or
forward it. Halvard Labs Ltd, 2 Finsbury Avenue, London.
"""
DISCLAIMER_DE = """
Vertraulichkeitshinweis: Der Inhalt dieser E-Mail ist nur für den genannten Empfänger
bestimmt. Falls Sie diese Nachricht versehentlich erhalten haben, löschen Sie sie bitte
und informieren Sie uns. Halvard Labs GmbH, Registergericht Berlin.
"""
DISCLAIMER_DA = """
Denne e-mail er fortrolig og kun beregnet til modtageren. Hvis du har modtaget den ved en
fejl, bedes du give afsenderen besked og slette den. Halvard Labs ApS, CVR 12345678.
"""
DISCLAIMER_PL = """
Niniejsza wiadomość jest poufna i przeznaczona tylko dla wskazanego odbiorcy. Jeżeli
otrzymali Państwo ją omyłkowo, prosimy o kontakt z nadawcą i jej usunięcie.
"""
DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除してください。
"""
DISCLAIMER_ZH = """
本邮件及其附件含有保密信息，仅限收件人使用。如果您误收了本邮件，请立即通知发件人并删除。
"""
DISCLAIMER_TR = """
Bu e-posta ve ekleri gizlidir ve yalnızca alıcısına yöneliktir. Yanlışlıkla size
ulaştıysa lütfen göndericiye bildirip siliniz.
"""
DISCLAIMER_NL = """
Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing
ontvangen, laat het de afzender weten en verwijder het bericht.
"""
DISCLAIMER_PT = """
Esta mensagem é confidencial e destinada apenas ao destinatário. Se você a recebeu por
engano, avise o remetente e apague-a.
"""
DISCLAIMER_ES = """
Este mensaje es confidencial y va dirigido solo a su destinatario. Si lo ha recibido por
error, avise al remitente y bórrelo, por favor.
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners (due Dec 18), #13 Green-light the
    # data platform, #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16
    # Shipped-features newsletter. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh7-dana-superhuman-range",
        "dana",
        "superhuman",
        text="""
        Quick one from the airport.

        #12-#14 green, alerts finally under twenty a week (first time since the summer)
        #16 unchanged
        Hiring (#15): push to 29 Jan 2027, two finalists booked for the first week back.

        D
        """,
        expect={
            12: e("green"),
            13: e("green"),
            14: e("green", note="under twenty a week"),
            16: e("green"),
            15: due(E, "2027-01-29"),
        },
        clean=("Quick one from the airport",),
        tags=("range", "unchanged", "title-word-with-ref", "date-moved"),
    ),
    Case(
        "fresh7-dana-outlook-plain-paragraphs",
        "dana",
        "outlook_plain",
        text="""
        Dana here, answering properly this week.

        The design partners are done: Kestrel Logistics countersigned on Tuesday, which
        makes five of five. Closing #12.

        Green-light the data platform: still yellow. The red team report
        (https://wiki.halvard.example/sec/redteam-2026-12) flagged two findings the vendor
        has to fix before we sign.

        #14 - down to 22 alerts this week after PR #4521 silenced the disk-space noise, so
        it's no longer red. Yellow.

        Newsletter on track.

        Regards,
        Dana Whitfield
        """,
        cc="Sanne de Vries <sanne.devries@halvard.example>",
        disclaimer=DISCLAIMER_EN,
        expect={
            12: done(E, note="Kestrel"),
            13: e("yellow", note="red team report"),
            14: e("yellow", note="PR #4521"),
            16: e("green"),
        },
        clean=("Dana here", "Regards,", "Dana Whitfield"),
        tags=("prose", "title-prefix", "negation", "url", "hash-not-ref", "partial", "cc"),
    ),
    Case(
        "fresh7-dana-alpine-bottom-correction",
        "dana",
        "alpine",
        layout="bottom",
        text="""
        #12 green - fifth partner signed, kickoff with all five on the 17th
        #13 red 0.3 - the vendor pulled its EU region, we need a decision from the board
        #16 green 80% - #shipit issue goes out Monday, three features in it
        #15 drop - we're covering on-call with the platform team instead of hiring
        #13 correction: yellow, not red. Legal found a second vendor who can start in January.

        --
        Dana
        """,
        expect={
            12: g("green", note="kickoff"),
            13: e("yellow", note="second vendor"),
            16: g("green", 0.8, note="#shipit"),
            15: drop(G, "platform team"),
        },
        tags=("correction-later-line", "hashtag", "score-percent", "sig-dashes"),
    ),
    Case(
        "fresh7-dana-mutt-star-thanks",
        "dana",
        "mutt_star",
        form="R50",
        layout="bottom",
        text="""
        Thanks for the nudge - I'll do this properly on Monday when I'm back at a desk.

        Cheers,
        Dana
        """,
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "fresh7-dana-hey-apart-from-two",
        "dana",
        "hey",
        text="""
        All good here apart from two:
        - #14: yellow or red, honestly can't tell until the January on-call numbers are in
        - #15 postponed to 26 February 2027, the second offer is out

        Sent between meetings, sorry for the brevity.
        """,
        expect={
            12: e("green"),
            13: e("green"),
            16: e("green"),
            14: amb(),
            15: due(E, "2027-02-26"),
        },
        clean=("Sent between meetings",),
        tags=("all-except", "list", "ambiguous", "postponed"),
    ),
    # Jonas Becker, Berlin (no answer for week 49): #21 Yellow pages cleanup (due Dec 4),
    # #22 Migrate billing to the new ledger, #23 Blocked-payment alerts in under 5 minutes.
    Case(
        "fresh7-jonas-gmx-late-w49-status-words",
        "jonas",
        "gmx",
        lang="de",
        form="W49",
        text="""
        Hallo zusammen,

        mein Stand für letzte Woche, leider verspätet:

        #21 läuft, 85 % der Einträge bereinigt – im Plan
        #22 hängt weiterhin an Finance, kritisch aber nicht blockiert -> gelb
        #23 blockiert, Zugriff auf die Logs fehlt immer noch (Ticket #88 bei der IT)

        Viele Grüße
        Jonas
        """,
        expect={
            21: e("green", note="Einträge"),
            22: e("yellow", note="Finance"),
            23: e("red", note="Ticket #88"),
        },
        clean=("Hallo zusammen", "leider verspätet", "Viele Grüße", "Jonas"),
        tags=("status-word", "hash-not-ref", "arrow"),
    ),
    Case(
        "fresh7-jonas-outlook-inline-initials",
        "jonas",
        "outlook_desktop",
        lang="de",
        layout="inline",
        text={
            "#21": "[JB] Erledigt – die letzten Händlerdaten sind seit Dienstag sauber.",
            "#22": "[JB] nicht mehr gelb, jetzt grün: Finance hat das Schema abgenommen.",
            "#23": "[JB] Status rot. Wir warten auf den Zugriff, siehe "
            "https://jira.halvard.example/browse/PAY-231",
        },
        sig="""
        Jonas Becker
        Teamleiter Payments | Halvard Labs GmbH
        """,
        disclaimer=DISCLAIMER_DE,
        expect={
            21: done(E, note="Händlerdaten"),
            22: e("green", note="Schema"),
            23: e("red", note="PAY-231"),
        },
        tags=("initials", "negation", "url", "disclaimer"),
    ),
    Case(
        "fresh7-jonas-k9-reminder-titles-mixed",
        "jonas",
        "k9",
        lang="de",
        form="R50",
        text="""
        Sorry, war unterwegs. Quick update:
        Yellow pages: new date 15.01.2027, die Händler aus Polen fehlen noch
        Ledger migration on track
        Blocked-payment alerts: still red
        """,
        expect={
            21: due(E, "2027-01-15"),
            22: e("green"),
            23: e("red"),
        },
        clean=("war unterwegs", "Quick update"),
        tags=("title-abbreviated", "title-starts-with-colour", "mixed-language", "date-local"),
    ),
    Case(
        "fresh7-jonas-webde-bottom-url",
        "jonas",
        "webde",
        lang="de",
        layout="bottom",
        text="""
        #21 fertig, abgeschlossen am Montag
        #22 auf Kurs, Abnahme durch Finance am Dienstag
        #23 grün, die Alerts kommen jetzt nach 3 Minuten an (Dashboard:
        https://grafana.halvard.example/d/pay-alerts?orgId=1&var-env=prod)

        Beste Grüße
        Jonas
        """,
        expect={
            21: done(E),
            22: e("green", note="Abnahme"),
            23: e("green", note="3 Minuten"),
        },
        clean=("Beste Grüße", "Jonas"),
        tags=("status-word", "url", "done-local"),
    ),
    Case(
        "fresh7-jonas-thunderbird-forward",
        "jonas",
        "thunderbird",
        lang="de",
        layout="forward",
        text="""
        Weitergeleitet, weil der Antworten-Knopf auf dem Tablet nicht geht.

        #21 dropped – die Yellow-Pages-Daten werden mit dem neuen CRM ohnehin ersetzt
        #22 7/10, grün
        #23 rot – Zugriff bekommen wir erst nach dem Audit im Januar
        """,
        expect={
            21: drop(E, "CRM"),
            22: e("green", 0.7),
            23: e("red", note="Audit"),
        },
        clean=("Weitergeleitet", "Tablet"),
        tags=("forwarded", "score-out-of-ten", "drop"),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch
    # the customer forum (overdue). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh7-amelie-orange-prose",
        "amelie",
        "orange",
        lang="fr",
        text="""
        Bonjour Dana,

        Le Done-for-you onboarding est sur les rails : 14 comptes accompagnés, je mets vert.
        Churn : on est à 2,2 % sur novembre, toujours jaune mais ça se rapproche.
        Le forum : nouvelle échéance au 26/02/2027, le prestataire de modération ne démarre
        qu'en février.

        Bonne fin de semaine,
        Amélie
        """,
        expect={
            31: e("green", note="14 comptes"),
            32: e("yellow", note="2,2 %"),
            33: due(E, "2027-02-26"),
        },
        clean=("Bonjour Dana", "Bonne fin de semaine", "Amélie"),
        tags=("title-starts-with-status-word", "title-in-sentence", "date-local", "status-word"),
    ),
    Case(
        "fresh7-amelie-zimbra-inline",
        "amelie",
        "zimbra",
        lang="fr",
        layout="inline",
        text={
            "^": "Réponses dans le texte.",
            "#31": "Toujours au vert, rien à signaler.",
            "#32": "Pas encore vert : jaune, 0,6. Deux gros comptes hésitent encore.",
            "#33": "Rouge. Aucun modérateur recruté, la fiche de poste est ici : "
            "https://jobs.halvard.example/fr/moderateur-forum",
        },
        sig="""
        Cordialement,
        Amélie Laurent
        Directrice Customer Success
        """,
        expect={
            31: e("green"),
            32: e("yellow", 0.6, note="gros comptes"),
            33: e("red", note="fiche de poste"),
        },
        clean=("Réponses dans le texte",),
        tags=("negation", "score-decimal-comma", "url", "status-word"),
    ),
    Case(
        "fresh7-amelie-yahoo-correction-done",
        "amelie",
        "yahoo",
        lang="fr",
        text="""
        #31 vert
        #32 rouge... non, pardon, jaune : 2,3 % ce mois-ci
        #33 terminé ! Le forum a ouvert mardi, 212 inscrits le premier jour 🎉

        Amélie
        """,
        footer="Envoyé de Yahoo Mail pour iPhone",
        expect={
            31: e("green"),
            32: e("yellow", note="2,3 %"),
            33: done(E, note="212 inscrits"),
        },
        clean=("Amélie",),
        tags=("correction", "done", "emoji-in-note", "mobile-footer"),
    ),
    Case(
        "fresh7-amelie-apple-forward-english",
        "amelie",
        "apple_mail",
        lang="fr",
        prose="en",
        layout="forward",
        text="""
        Hi Dana, answering in English since this goes straight into the board deck:

        All on track except churn, which is slipping - still 2.4%, the December promo
        didn't move it. Let's say yellow.
        Forum: launched on Wednesday, so that one's done.

        Amélie
        """,
        expect={
            31: e("green"),
            32: e("yellow", note="promo"),
            33: done(E),
        },
        clean=("board deck", "Amélie"),
        tags=("forwarded", "all-except", "title-word", "prose", "slipping"),
    ),
    Case(
        "fresh7-amelie-outlook-web-absence",
        "amelie",
        "outlook_web",
        lang="fr",
        text="""
        #31 vert – 3 nouveaux comptes cette semaine
        #32 à risque, 2,4 % stable
        #33 bloqué : la DSI n'a toujours pas validé l'outil de modération

        Je serai absente du 18 décembre au 4 janvier inclus. En cas d'urgence, contactez Lucía
        Fernández.
        I will be out of the office from 18 December to 4 January. For anything urgent, please
        contact Lucía Fernández.
        """,
        expect={
            31: e("green", note="nouveaux comptes"),
            32: e("yellow", note="stable"),
            33: e("red", note="DSI"),
        },
        clean=("absente", "out of the office", "Fernández", "urgent"),
        tags=("status-word", "out-of-office", "bilingual"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # Dec 11), #43 Red team the login flow, #44 Amber rollout for every service.
    # Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh7-lucia-yahoo-android-titles",
        "lucia",
        "yahoo_android",
        lang="es",
        text="""
        Cut time on track 3: verde, ya estamos en 4 días
        partner portal -> lanzado el miércoles, por fin
        RED TEAM the login flow: amarillo, el proveedor pidió otra semana
        amber rollout: sin cambios, sigue en amarillo

        Lucía
        """,
        expect={
            41: e("green", note="4 días"),
            42: done(E),
            43: e("yellow", note="otra semana"),
            44: e("yellow"),
        },
        clean=("Lucía",),
        tags=("title-prefix", "title-case", "title-starts-with-colour", "unchanged"),
    ),
    Case(
        "fresh7-lucia-samsung-near-amber",
        "lucia",
        "samsung",
        lang="es",
        text="""
        #41 en plazo
        #42 amarilo, las claves de la API llegaron pero faltan pruebas
        #43 verde - el equipo rojo encontró un bypass del 2FA y ya está corregido (ticket #311)
        #44 amarillo 70 %, 12 de 20 servicios con despliegue ámbar

        Saludos,
        Lucía
        """,
        disclaimer=DISCLAIMER_ES,
        expect={
            41: e("green"),
            42: near("yellow", note="claves"),
            43: e("green", note="bypass"),
            44: e("yellow", 0.7, note="ámbar"),
        },
        clean=("Saludos,", "Lucía"),
        tags=("near-miss", "colour-names-thing", "hash-not-ref", "score-percent"),
    ),
    Case(
        "fresh7-lucia-gmail-android-inline-same",
        "lucia",
        "gmail_android",
        lang="es",
        layout="inline",
        text={
            "#41": "Igual que la semana pasada: verde.",
            "#42": "Retrasado. Nueva fecha: 15/01/2027 (el partner cambió de proveedor de "
            "identidad).",
            "#43": "Ya no está en verde: amarillo, el pentest encontró dos fallos de sesión.",
            "#44": "igual que la semana pasada",
        },
        expect={
            41: e("green"),
            42: due(E, "2027-01-15"),
            43: e("yellow", note="pentest"),
            44: e("yellow"),
        },
        tags=("same-as-last-week", "negation", "date-local"),
    ),
    Case(
        "fresh7-lucia-outlook-mobile-reminder-amb",
        "lucia",
        "outlook_mobile",
        lang="es",
        form="R50",
        text="""
        Perdona el retraso.
        41 y 43 bien, sin novedades.
        42 verde... o rojo, según a quién preguntes: el portal está en producción pero ningún
        partner ha entrado todavía.
        44 en riesgo, seguimos con 3 servicios.

        Lucía
        """,
        expect={
            41: e("green"),
            43: e("green"),
            42: amb(),
            44: e("yellow", note="3 servicios"),
        },
        clean=("Perdona el retraso", "Lucía"),
        tags=("two-refs-one-flag", "ambiguous", "status-word", "refs-without-hash"),
    ),
    Case(
        "fresh7-lucia-thunderbird-html-english",
        "lucia",
        "thunderbird_html",
        lang="es",
        prose="en",
        layout="bottom",
        text="""
        #41 green - 4 days now; Green Energy Partners' data feed was the last slow step
        #42 red - still no API keys, escalated to their CTO on Tuesday
        #43 done - report delivered, 3 medium findings, 0 critical
        #44 yellow 0.5 - blue-green deploy now on 9 of 20 services

        Thanks,
        Lucía
        """,
        expect={
            41: g("green", note="Green Energy Partners"),
            42: g("red", note="CTO"),
            43: done(G, note="report delivered"),
            44: g("yellow", 0.5, note="blue-green"),
        },
        clean=("Thanks,", "Lucía"),
        tags=("colour-names-thing", "score"),
    ),
    # Mariana Costa, São Paulo (no answer for week 49): #51 Open the São Paulo office, #52 10
    # reseller agreements signed, #53 Portuguese help centre complete (due Dec 4).
    Case(
        "fresh7-mariana-uol-late-w49-translated-titles",
        "mariana",
        "uol",
        lang="pt",
        form="W49",
        text="""
        Oi Dana, desculpa o atraso, segue a semana passada:

        Escritório SP: em risco, o proprietário pediu mais garantias
        Revendas: 7 de 10 assinadas, dentro do prazo
        Central de ajuda: concluída! 120 artigos no ar desde sexta passada.

        Abraços,
        Mariana
        """,
        disclaimer=DISCLAIMER_PT,
        expect={
            51: e("yellow", note="garantias"),
            52: e("green", note="7 de 10"),
            53: done(E),
        },
        clean=("desculpa o atraso", "Abraços", "Mariana"),
        tags=("translated-title", "status-word", "late-reply"),
    ),
    Case(
        "fresh7-mariana-gmail-inline-trimmed",
        "mariana",
        "gmail_web",
        lang="pt",
        layout="inline",
        trim_quote=True,
        text={
            "#51": "Amarelo. Contrato de locação assinado, mas a reforma só começa em janeiro.",
            "#52": "verde, 8/10 assinados",
            "#53": "Nova data: 29/01/2027. Faltam 30 artigos de faturamento.",
        },
        expect={
            51: e("yellow", note="reforma"),
            52: e("green", note="assinados"),
            53: due(E, "2027-01-29"),
        },
        tags=("fraction-is-note", "date-local"),
    ),
    Case(
        "fresh7-mariana-ios-mail-reminder-except",
        "mariana",
        "ios_mail",
        lang="pt",
        form="R50",
        text="""
        Tudo certo, exceto o escritório: vermelho, a obra parou por falta de alvará.
        """,
        expect={
            51: e("red", note="alvará"),
            52: e("green"),
            53: e("green"),
        },
        tags=("all-except", "title-word", "translated-title"),
    ),
    Case(
        "fresh7-mariana-em-client-mixed",
        "mariana",
        "em_client",
        prose="en",
        text="""
        Hi Dana,
        #51 running behind - fit-out starts only on Jan 11
        #52 on track, 8 signed (the 9th is with legal, ticket #4471)
        #53 feito! The last 12 articles went live yesterday.
        Obrigada,
        Mariana
        """,
        expect={
            51: e("red", note="fit-out"),
            52: e("green", note="ticket #4471"),
            53: done(E),
        },
        clean=("Hi Dana", "Obrigada", "Mariana"),
        tags=("status-word", "mixed-language", "hash-not-ref"),
    ),
    Case(
        "fresh7-mariana-proton-noquote-amb",
        "mariana",
        "proton",
        lang="pt",
        layout="noquote",
        text="""
        Oi Dana,

        #51 amarelo? vermelho? Depende da prefeitura liberar o alvará até dia 18.
        #52 no prazo – 8 de 10.
        #53 adiado para 15 de janeiro de 2027.

        Beijos,
        Mariana
        """,
        expect={
            51: amb(),
            52: e("green", note="8 de 10"),
            53: due(E, "2027-01-15"),
        },
        clean=("Oi Dana", "Beijos", "Mariana"),
        tags=("ambiguous", "question", "date-words"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh7-giulia-libero-prose-ooo",
        "giulia",
        "libero",
        lang="it",
        text="""
        Ciao Jonas,

        la migrazione di Istanbul procede bene: 60% dei servizi già sul nuovo cluster, quindi
        la metto in verde.
        Sui deploy invece siamo ancora sotto: 94% senza rollback, resta rosso finché non
        superiamo il 95.

        Dal 21 dicembre al 6 gennaio sarò fuori ufficio con accesso limitato alla posta.

        Grazie,
        Giulia
        """,
        expect={
            61: e("green", note="60%"),
            62: e("red", note="94%"),
        },
        clean=("Ciao Jonas", "fuori ufficio", "Grazie,", "Giulia"),
        tags=("prose", "title-in-sentence", "out-of-office"),
    ),
    Case(
        "fresh7-giulia-roundcube-over",
        "giulia",
        "roundcube",
        lang="it",
        layout="over",
        text={
            "#61": "Questa settimana: giallo, la finestra di migrazione è slittata al 12 gennaio.",
            "#62": "Questa settimana: verde! 96% senza rollback, zero incidenti.",
        },
        expect={
            61: e("yellow", note="finestra"),
            62: e("green", note="96%"),
        },
        tags=("typed-over-last-week", "date-in-note"),
    ),
    Case(
        "fresh7-giulia-gmail-ios-turkish",
        "giulia",
        "gmail_ios",
        lang="tr",
        text="""
        Merhaba,

        #61 yolunda, servislerin yarısı yeni kümede
        #62 hâlâ kırmızı: bu hafta iki rollback oldu (PR #7812 ve #7830)

        İyi çalışmalar,
        Giulia
        """,
        disclaimer=DISCLAIMER_TR,
        expect={
            61: e("green", note="yarısı"),
            62: e("red", note="rollback"),
        },
        clean=("Merhaba", "İyi çalışmalar", "Giulia"),
        tags=("status-word", "still", "hash-not-ref", "disclaimer"),
    ),
    Case(
        "fresh7-giulia-evolution-second-thought",
        "giulia",
        "evolution",
        layout="bottom",
        text="""
        #61 green - 14 of 22 services moved
        #62 yellow 0.8 - 95.2% this month, first time above target

        Wait, I misread the dashboard: #62 is red, it's 92.5%, the 95.2 was staging. Sorry!

        Giulia
        """,
        expect={
            61: g("green", note="14 of 22"),
            62: e("red", note="92.5"),
        },
        clean=("Sorry!", "Giulia"),
        tags=("correction-later-line", "second-thought"),
    ),
    Case(
        "fresh7-giulia-spark-finished",
        "giulia",
        "spark",
        lang="it",
        text="""
        Ciao! Quick one:
        Istanbul region: finished, tutto sul nuovo cluster da martedì 🎉
        deploys -> a rischio, 94,8%
        Buon weekend
        """,
        expect={
            61: done(E),
            62: e("yellow", note="94,8%"),
        },
        clean=("Quick one", "Buon weekend"),
        tags=("title-abbreviated", "mixed-language", "decimal-percent-note", "arrow"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store
    # rating above 4.5, #73 Behind-the-login analytics dashboard. Last week: 71 yellow,
    # 72 green, 73 green.
    Case(
        "fresh7-sanne-outlook-web-paragraphs",
        "sanne",
        "outlook_web",
        lang="nl",
        text="""
        Hoi Dana,

        Korte update van mijn kant, ik zit de rest van de dag in de board-meeting.

        De app (#71) haalt de 15e niet: Apple wil eerst een nieuwe privacyverklaring zien.
        Dat is rood.
        Rating: 4,6 deze week, ruim boven de 4.5 – groen.
        Behind-the-login dashboard: loopt achter, de data-export van het datateam is twee
        weken te laat. Ik zet hem op oranje/rood... nee, gewoon rood.

        Groetjes,
        Sanne
        """,
        disclaimer=DISCLAIMER_NL,
        expect={
            71: e("red", note="privacyverklaring"),
            72: e("green", note="4,6"),
            73: e("red", note="data-export"),
        },
        clean=("Hoi Dana", "board-meeting", "Groetjes", "Sanne"),
        tags=("prose", "title-word", "title-starts-with-status-word", "correction"),
    ),
    Case(
        "fresh7-sanne-apple-mail-inline-shipped",
        "sanne",
        "apple_mail",
        lang="nl",
        layout="inline",
        text={
            "#71": "Shipped! Versie 2.0 staat sinds woensdag in beide stores.",
            "#72": "zelfde als vorige week",
            "#73": "Op schema, 3 van de 5 dashboards live.",
        },
        sig="""
        Met vriendelijke groet,
        Sanne de Vries
        Head of Mobile
        """,
        expect={
            71: done(E),
            72: e("green"),
            73: e("green", note="3 van de 5"),
        },
        tags=("shipped", "same-as-last-week", "status-word"),
    ),
    Case(
        "fresh7-sanne-fastmail-wrapped",
        "sanne",
        "fastmail",
        layout="bottom",
        wrap=72,
        text=(
            "#71 yellow - Apple rejected the build on Wednesday over the new login screen "
            "(https://appstoreconnect.apple.com/apps/1488213/review); we resubmit tomorrow and "
            "still hope to make the deadline\n"
            "#72 green 0.9\n"
            "#73 yellow - the red/green colour scheme failed the accessibility review, redesign "
            "in progress\n"
        ),
        expect={
            71: g("yellow", note="Apple rejected"),
            72: g("green", 0.9),
            73: g("yellow", note="accessibility"),
        },
        tags=("hard-wrap", "url", "colour-words-in-note"),
    ),
    Case(
        "fresh7-sanne-samsung-thanks",
        "sanne",
        "samsung",
        lang="nl",
        form="R50",
        text="""
        Dank je voor de herinnering! Ik vul het morgenochtend in vanaf kantoor.

        Sanne
        """,
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "fresh7-sanne-webde-negations",
        "sanne",
        "webde",
        prose="nl",
        text="""
        #71 niet meer geel: groen, alles staat klaar voor de release van 15/12
        #72 nog niet rood maar wel geel – 4,4 door een crash op oude Androids
        #73 behind? Nee hoor, op koers.

        Groet,
        Sanne
        """,
        expect={
            71: e("green", note="release"),
            72: e("yellow", note="4,4"),
            73: e("green"),
        },
        clean=("Groet,", "Sanne"),
        tags=("negation", "question-answered", "status-word"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (due Dec 20), #82
    # Greenfield pricing experiment. Last week: 81 green, 82 green.
    Case(
        "fresh7-erik-thunderbird-over",
        "erik",
        "thunderbird",
        lang="sv",
        layout="over",
        text={
            "#81": "Denna vecka: enligt plan, Vipps går live i produktion på måndag.",
            "#82": "Denna vecka: gul – ekonomi vill ha ett nytt underlag innan vi höjer priserna.",
            "$": "Mvh\nErik",
        },
        expect={
            81: e("green", note="Vipps"),
            82: e("yellow", note="underlag"),
        },
        clean=("Mvh", "Erik"),
        tags=("typed-over-last-week", "status-word"),
    ),
    Case(
        "fresh7-erik-ios-mail-titles",
        "erik",
        "ios_mail",
        lang="sv",
        text="""
        Swish och Vipps: klart! Båda live sedan i tisdags.
        Greenfield: grönt, 4 av 6 kunder har accepterat nya priset
        """,
        expect={
            81: done(E),
            82: e("green", note="4 av 6"),
        },
        tags=("translated-title", "title-starts-with-colour", "done"),
    ),
    Case(
        "fresh7-erik-outlook-mac-near",
        "erik",
        "outlook_mac",
        text="""
        #81 greeen - Swish in production since Monday, Vipps next week
        #82 not green yet: yellow, 60%
        """,
        sig="""
        Erik Lindqvist
        Product Manager, Payments
        Halvard Labs AB | Kungsgatan 8, Stockholm
        """,
        expect={
            81: near("green", note="Swish in production"),
            82: e("yellow", 0.6),
        },
        tags=("near-miss", "negation", "score-percent", "signature"),
    ),
    Case(
        "fresh7-erik-mutt-greenish-wrapped",
        "erik",
        "mutt",
        layout="bottom",
        text=(
            "#81 green\n"
            "#82 green-ish/red: the experiment itself is fine but the Greenfield contract with "
            "the pilot customers has a red flag from legal that nobody can explain to me yet, so "
            "I honestly can't tell you which way this goes before the 18th\n"
        ),
        expect={
            81: g("green"),
            82: amb(),
        },
        tags=("ambiguous", "hard-wrap", "colour-words-in-note"),
    ),
    Case(
        "fresh7-erik-spark-reminder-only-one",
        "erik",
        "spark",
        form="R50",
        text="""
        Only #82 changed since yesterday: now red, finance froze all price tests until Q1
        (see #pricing-freeze in Slack).
        """,
        expect={82: e("red", note="froze")},
        tags=("partial", "hashtag", "only-change"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook, #92 Renew the Telenor contract
    # (overdue), #93 Partner NPS above 40. Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh7-mette-gmail-danish-red-and-date",
        "mette",
        "gmail_web",
        lang="da",
        text="""
        Hej Sanne

        91: grøn, salg har godkendt den korte version
        92: stadig rød. Telenor vil først forhandle i januar – ny dato 29. januar 2027
        93: ser godt ud, 41 i den seneste måling

        Venlig hilsen
        Mette
        """,
        expect={
            91: e("green", note="korte version"),
            92: due(E, "2027-01-29", flag="red"),
            93: e("green", note="41"),
        },
        clean=("Hej Sanne", "Venlig hilsen", "Mette"),
        tags=("still", "date-words", "status-word", "flag-and-date"),
    ),
    Case(
        "fresh7-mette-apple-norwegian-titles",
        "mette",
        "apple_mail",
        lang="no",
        wrap=72,
        text=(
            "Hei!\n\n"
            "At-risk-playbooken: i rute, ferdig til 22. desember som planlagt.\n"
            "Telenor: vi dropper den – de har valgt en annen leverandør, og vi bruker tiden på "
            "Telia i stedet.\n"
            "NPS: gul, 37 denne runden.\n\n"
            "Hilsen Mette\n"
        ),
        expect={
            91: e("green", note="22. desember"),
            92: drop(E, "annen leverandør"),
            93: e("yellow", note="37"),
        },
        clean=("Hei!", "Hilsen Mette"),
        tags=("title-starts-with-status-word", "title-word", "future-done-word", "drop"),
    ),
    Case(
        "fresh7-mette-outlook-inline-initials-disclaimer",
        "mette",
        "outlook_desktop",
        lang="da",
        layout="inline",
        text={
            "#91": "MS: gul – salg vil stadig have en kortere udgave",
            "#92": "MS: ny dato 15.01.2027, broaftalen dækker os til da",
            "#93": "MS: grøn",
        },
        disclaimer=DISCLAIMER_DA,
        expect={
            91: e("yellow", note="kortere udgave"),
            92: due(E, "2027-01-15"),
            93: e("green"),
        },
        tags=("initials", "date-local", "disclaimer"),
    ),
    Case(
        "fresh7-mette-k9-english-correction",
        "mette",
        "k9",
        text="""
        #91 gul... no wait, green - sales signed off the short version this morning
        #92 red - Telenor legal on holiday until 4 Jan
        #93 green - 42, first time above 40

        Mette
        """,
        expect={
            91: e("green", note="short version"),
            92: g("red", note="holiday"),
            93: g("green", note="first time above"),
        },
        clean=("Mette",),
        tags=("correction", "mixed-language"),
    ),
    Case(
        "fresh7-mette-blackberry-reminder-except",
        "mette",
        "blackberry",
        prose="da",
        form="R50",
        crlf=True,
        text="""
        Alt er grønt undtagen Telenor, som stadig er rød (de har ikke svaret siden 27/11).
        """,
        expect={
            91: e("green"),
            93: e("green"),
            92: e("red", note="svaret"),
        },
        tags=("all-except", "title-word", "still"),
    ),
    # Olga Kowalczyk, Warsaw (no answer for week 49): #101 Complete the SOC 2 audit, #102
    # Rotate all production secrets (due Dec 10), #103 Phishing drill for all staff.
    Case(
        "fresh7-olga-the-bat-russian-late-w49",
        "olga",
        "the_bat",
        lang="ru",
        form="W49",
        text="""
        Статус за прошлую неделю, с опозданием:
        101 — в зоне риска, аудитор запросил ещё логи доступа за октябрь
        102 — всё по плану, ротировано 70% секретов
        103 — готово, рассылка ушла 4 декабря, кликнули 9 человек из 140

        С уважением,
        Ольга
        """,
        expect={
            101: e("yellow", note="логи"),
            102: e("green", note="секретов"),
            103: done(E),
        },
        clean=("с опозданием", "С уважением", "Ольга"),
        tags=("status-word", "refs-without-hash", "em-dash"),
    ),
    Case(
        "fresh7-olga-wp-inline-title",
        "olga",
        "wp_pl",
        lang="pl",
        layout="inline",
        inline_at="title",
        text={
            "#101": "zielony, 0,8 – audytor zaakceptował dowody",
            "#102": "Zrobione wczoraj, wszystkie sekrety zrotowane.",
            "#103": "Przesunięte na 15 stycznia 2027 – HR prosi, żeby nie robić tego przed "
            "świętami.",
        },
        sig="""
        Pozdrawiam
        Olga Kowalczyk
        """,
        disclaimer=DISCLAIMER_PL,
        expect={
            101: e("green", 0.8, note="audytor"),
            102: done(E),
            103: due(E, "2027-01-15"),
        },
        tags=("score-decimal-comma", "date-words", "disclaimer"),
    ),
    Case(
        "fresh7-olga-yandex-russian-amb",
        "olga",
        "yandex",
        lang="ru",
        text="""
        Добрый день!

        #101 жёлтый
        #102 красный — не успели ротировать ключи платёжного шлюза, новая дата 18.12.2026
        #103 то ли зелёный, то ли жёлтый — половина офиса в отпуске, посмотрим на явку

        Спасибо
        """,
        expect={
            101: e("yellow"),
            102: due(E, "2026-12-18", flag="red"),
            103: amb(),
        },
        clean=("Добрый день", "Спасибо"),
        tags=("ambiguous", "flag-and-date", "date-local"),
    ),
    Case(
        "fresh7-olga-mailru-polish-near",
        "olga",
        "mailru",
        lang="ru",
        prose="pl",
        layout="noquote",
        text="""
        Cześć,

        101 – czerowny, audytor odrzucił połowę dowodów
        102 – gotowe ✅
        103 – na dobrej drodze

        Olga
        """,
        expect={
            101: near("red", note="audytor"),
            102: done(E),
            103: e("green"),
        },
        clean=("Cześć", "Olga"),
        tags=("near-miss", "status-word", "refs-without-hash"),
    ),
    Case(
        "fresh7-olga-the-bat-polish-reminder-english",
        "olga",
        "the_bat",
        lang="pl",
        prose="en",
        form="R50",
        charset="iso-8859-2",
        text="""
        Hi Jonas,

        SOC 2 audit - red, the auditor wants a second sample of access reviews and nobody owns that
        secrets rotation - done, last batch went out yesterday at 23:40
        phishing drill: cancelled, HR is running a broader security training in January instead

        Olga
        """,
        expect={
            101: e("red", note="access reviews"),
            102: done(E),
            103: drop(E, "security training"),
        },
        clean=("Hi Jonas", "Olga"),
        tags=("title-abbreviated", "title-case", "cancelled"),
    ),
    # Kenji Watanabe, Tokyo (no answer for week 49): #111 Localise the product into
    # Japanese, #112 Sign 3 launch customers in Japan, #113 Stop-ship bugs to zero (due Dec
    # 12), #114 Red-carpet onboarding for launch partners.
    Case(
        "fresh7-kenji-becky-late-w49",
        "kenji",
        "becky",
        lang="ja",
        form="W49",
        text="""
        お疲れさまです。先週分、遅くなりました。

        #111 順調です。翻訳は91%まで進みました。
        #112 黄色、2社目の稟議が年明けにずれ込みそう。
        #113 赤。ストップシップのバグがまだ9件残っています。
        #114 緑

        よろしくお願いします。
        渡辺
        """,
        expect={
            111: e("green", note="91%"),
            112: e("yellow", note="稟議"),
            113: e("red", note="9件"),
            114: e("green"),
        },
        clean=("お疲れさまです", "遅くなりました", "よろしくお願いします", "渡辺"),
        tags=("status-word", "late-reply"),
    ),
    Case(
        "fresh7-kenji-gmail-inline-japanese",
        "kenji",
        "gmail_web",
        lang="ja",
        layout="inline",
        text={
            "#111": "完了しました！12月9日に全画面の翻訳をリリースしました。",
            "#112": "変わらず黄色です（先週と同じ）。",
            "#113": "先週の赤から黄色に改善。残り2件、週末までにゼロの見込み。",
            "#114": "リスクあり：パートナー向け資料の翻訳が遅れています。",
        },
        expect={
            111: done(E),
            112: e("yellow"),
            113: e("yellow", note="残り2件"),
            114: e("yellow", note="資料"),
        },
        tags=("done", "unchanged", "comparison", "status-word"),
    ),
    Case(
        "fresh7-kenji-outlook-plain-english-titles",
        "kenji",
        "outlook_plain",
        lang="ja",
        prose="en",
        text="""
        Dana-san,

        Localise: green, 95%
        Launch customers: 2 of 3 signed - on track (3社目は来週契約予定)
        Stop-ship bugs: zero as of this morning, so done.
        Red-carpet onboarding: no change, still green

        Kenji
        """,
        expect={
            111: e("green"),
            112: e("green", note="2 of 3"),
            113: done(E),
            114: e("green"),
        },
        clean=("Dana-san", "Kenji"),
        tags=("title-abbreviated", "title-starts-with-colour", "mixed-language", "still"),
    ),
    Case(
        "fresh7-kenji-ios-mail-reminder-one-line",
        "kenji",
        "ios_mail",
        lang="ja",
        form="R50",
        layout="noquote",
        text="""
        すみません、出張中でした。
        111と114は順調、112は要注意、113は停滞しています。
        """,
        expect={
            111: e("green"),
            114: e("green"),
            112: e("yellow"),
            113: e("red"),
        },
        clean=("出張中",),
        tags=("one-line", "status-word", "refs-without-hash"),
    ),
    Case(
        "fresh7-kenji-lotus-notes-which-one",
        "kenji",
        "lotus_notes",
        prose="ja",
        text="""
        #111 緑
        #113 0.9 緑、残り1件（PR #2210でクローズ予定）
        The launch one is red, by the way - nothing moves until their board meets after New
        Year.

        Kenji Watanabe
        """,
        disclaimer=DISCLAIMER_JA,
        expect={
            111: e("green"),
            113: e("green", 0.9, note="PR #2210"),
            112: amb(),
            114: amb(),
        },
        clean=("Kenji Watanabe",),
        tags=("ambiguous-key-result", "hash-not-ref", "score-before-flag", "disclaimer"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue). Last week: 121 green, 122 red.
    Case(
        "fresh7-wei-foxmail-still-red-date",
        "wei",
        "foxmail",
        lang="zh",
        text="""
        Kenji 你好，

        #121 按计划进行，第三家合作伙伴下周一上线
        #122 还是红色：管局要求补充材料，新的截止日期 2027年1月29日

        谢谢！
        张伟
        """,
        expect={
            121: e("green", note="第三家"),
            122: due(E, "2027-01-29", flag="red"),
        },
        clean=("你好", "谢谢", "张伟"),
        tags=("status-word", "still", "flag-and-date", "date-local"),
    ),
    Case(
        "fresh7-wei-netease-inline",
        "wei",
        "netease",
        lang="zh",
        layout="inline",
        text={
            "#121": "绿色 0.7，两家已上线，第三家在联调",
            "#122": "已完成！许可证昨天批下来了 🎉",
        },
        expect={
            121: e("green", 0.7, note="联调"),
            122: done(E),
        },
        tags=("score", "done"),
    ),
    Case(
        "fresh7-wei-gmail-android-risk-date",
        "wei",
        "gmail_android",
        lang="zh",
        text="""
        121 有风险，要看春节前能不能签下第三家
        122 延期到2027年2月26日
        """,
        expect={
            121: e("yellow", note="春节"),
            122: due(E, "2027-02-26"),
        },
        tags=("status-word", "refs-without-hash", "date-local"),
    ),
    Case(
        "fresh7-wei-outlook-web-english-fine-except",
        "wei",
        "outlook_web",
        lang="zh",
        prose="en",
        text="""
        Hi Kenji,

        All fine except the ICP licence, which is blocked again - the Beijing bureau wants a
        new server filing (ticket #5567). Red.
        """,
        sig="""
        Best regards,
        Wei Zhang
        Partnerships, Greater China
        """,
        disclaimer=DISCLAIMER_ZH,
        expect={
            121: e("green"),
            122: e("red", note="server filing"),
        },
        clean=("Hi Kenji",),
        tags=("all-except", "title-word", "hash-not-ref", "disclaimer"),
    ),
    Case(
        "fresh7-wei-apple-mail-thread-drop",
        "wei",
        "apple_mail",
        lang="zh",
        to="thread",
        text="""
        #121 正常，两家已上线，第三家下周，红包活动也按时开始了
        #122 取消 - 改为通过合作伙伴的牌照运营，不再单独申请

        张伟
        """,
        expect={
            121: e("green", note="红包"),
            122: drop(E, "牌照"),
        },
        clean=("张伟",),
        tags=("colour-names-thing", "drop", "token-lost"),
    ),
]
