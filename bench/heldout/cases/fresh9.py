"""A ninth batch (written on 2026-12-07 for measurement at the end of the current round, by
someone who read neither the parser, its tests nor its development corpus, and who ran
neither on it), five replies per person of the company, on ordinary owners in a hurry,
mostly on their phones, who write everyday language rather than the documented grammar.

The theme: one-liners typed on a phone, several key results on one line (commas, slashes,
`72 + 73`, "51 e 52 verdes", "Båda gröna"), numbers without '#', lower-case letters (`12 g,
13 y, 14 still r`), colours and status words in the person's own language ("immer noch
blockiert", "RAS", "sigue en ámbar", "no prazo", "sempre rosso", "hâlâ kırmızı", "loopt iets
achter, geel", "på god väg", "fortsatt rød", "så gul", "na dobrej drodze", "ок", "順調",
"要注意"), English mixed into German, French, Spanish, Portuguese, Russian and Japanese and the
other way round, "same as last week"-type remarks on named key results ("pareil que la
semaine dernière", "newsletter: same", "和上周一样": recorded as last week's flag, which the
quoted form shows), emoji (🟢 🟠 🔴 👍 ✅ 🎉 🚀), abbreviations ("w/", "pls", "wk", "p/", "Loc",
"Office SP"), titles shortened or translated ("partners", "platform", "alerts", "Forum",
"portal", "red team", "amber rollout", "Greenfield", "İstanbul bölgesi", "ICP"), done said in
a sentence ("donc 33 c'est fait", "avtalen ble signert i går", "Live!! Sinds woensdag in
beide stores"), a short correction on a later line ("perdón, el 43 es amarillo, no verde"),
answers typed under the quoted items (ten replies: one under the titles, one with the quote
trimmed) and over "Last week:" (four, in German, Italian, Dutch and English), notes holding
dates (29/1, 21/12, 11/01, 14 Ocak, 18.12), ticket numbers (LEG-118, IT-4410, SEC-2231,
PAY-77, PP-311, INC-5521, DATA-908, PRICE-42, and "#2" for a customer) and colour words that
name things (the Redis cluster, the Black Friday promo, el equipo rojo, the Red Flags
section, team Blauw, Hongxing 红星), done, drop and new dates in many languages and local
date styles (22.01.2027, 15/02/2027, 12 mars 2027, 20 января 2027, 1月29日, 2027年3月15日),
and a flag given with a new date on one line.

Delivered in all 42 clients and all 15 languages (quote headers and prose): 34 top-posted, 7
bottom-posted, 10 inline, 4 typed over "Last week:", 2 forwarded, 3 with the quote deleted;
four late answers to week 49 and six to the reminder; UTF-8 (quoted-printable, base64,
8bit), US-ASCII, windows-1252, ISO-8859-1, -2 and -9, windows-1251, KOI8-R, ISO-2022-JP,
Shift_JIS, GB18030, GBK, GB2312 and one mislabelled charset (UTF-8 declared ISO-8859-1);
format=flowed, hard wrapping at 72 columns, CRLF, an upper-cased `+TOKEN`, a lost `+TOKEN`
(thread only), a Cc; sign-offs in a dozen languages, four signature blocks, six disclaimers
(English, German, Portuguese, Turkish, Swedish, Russian) and the clients' mobile footers, all
checked as fragments no note may hold.

Tagged as the earlier batches are: `grammar` for the plain form (a ref, an English flag word,
letter or flag emoji, a score, a note; English done; `This week:` typed over the form),
`everyday` for everything else. Six answers are deliberately ambiguous and nothing may be
recorded for them ("red... or amber, depends whether ...", "grün oder gelb, je nachdem ...",
"ni idea todavía", "quase lá", "yellow/red, depends on ...", "grön? gul?"), three are
near-miss spellings ("gelp", "yelow", "vermelo"), and one key result is left unanswered. 184
answers: 13 `grammar` (11 flags, 2 done) and 171 `everyday` (124 flags, 21 done, 2 drops, 15
new dates of which 7 come with a flag, 6 ambiguous, 3 near-misses)."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

DISCLAIMER_EN = """
This e-mail is meant for its addressee only and may be privileged. If it reached you by
mistake, please tell the sender and delete it; any other use is not allowed.
"""
DISCLAIMER_DE = """
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, benachrichtigen Sie bitte den Absender und vernichten Sie diese Mail.
Halvard Labs GmbH, Sitz Berlin, Amtsgericht Charlottenburg.
"""
DISCLAIMER_PT = """
Aviso: este e-mail pode conter informação confidencial. Caso não seja o destinatário,
por favor apague-o e avise o remetente.
"""
DISCLAIMER_TR = """
Bu ileti gizli bilgi içerebilir. Alıcısı değilseniz lütfen iletiyi silin ve göndereni
bilgilendirin.
"""
DISCLAIMER_SV = """
Detta meddelande kan innehålla konfidentiell information. Om du har fått det av misstag,
meddela avsändaren och radera det.
"""
DISCLAIMER_RU = """
Это письмо может содержать конфиденциальную информацию. Если вы получили его по ошибке,
сообщите отправителю и удалите письмо.
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners (due Dec 18), #13 Green-light the
    # data platform, #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16
    # Shipped-features newsletter. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh9-dana-gmail-ios-letters-one-line",
        "dana",
        "gmail_ios",
        text="""
        12 g, 13 y, 14 still r (27 alerts this wk), 16 g
        15 pushed to 29/1, 2nd finalist interviews on the 6th
        """,
        expect={
            12: e("green"),
            13: e("yellow"),
            14: e("red", note="27 alerts"),
            16: e("green"),
            15: due(E, "2027-01-29"),
        },
        tags=(
            "one-line",
            "letter-flag",
            "lower-case",
            "refs-without-hash",
            "date-no-year",
            "phone",
        ),
    ),
    Case(
        "fresh9-dana-outlook-mobile-reminder-same",
        "dana",
        "outlook_mobile",
        form="R50",
        text="""
        Partners and newsletter: same as last week.
        Data platform now red - vendor wants a 3-yr lock-in, legal says no (LEG-118)
        Alerts yellow, finally under 25/wk 🙂
        """,
        expect={
            12: e("green"),
            16: e("green"),
            13: e("red", note="LEG-118"),
            14: e("yellow", note="under 25"),
        },
        tags=("same-as-last-week", "title-word", "partial", "ticket-in-note", "emoji-in-note"),
    ),
    Case(
        "fresh9-dana-ios-mail-inline-emoji",
        "dana",
        "ios_mail",
        layout="inline",
        text={
            "#14": "👍 22 this wk, lowest since Aug",
            "#15": "Done!! both signed, they start 4 Jan 🎉",
            "#16": "on track, Dec issue goes out Tue",
            "#12": "🟢 5th one signs Mon",
            "#13": "🔴 vendor ghosted us since the demo, escalating to their CFO",
        },
        expect={
            14: e("green", note="lowest since Aug"),
            15: done(E),
            16: e("green", note="Dec issue"),
            12: g("green", note="5th one"),
            13: g("red", note="CFO"),
        },
        tags=("thumbs-up", "emoji-flag", "done", "status-phrase", "phone"),
    ),
    Case(
        "fresh9-dana-fastmail-bottom-title-words",
        "dana",
        "fastmail",
        layout="bottom",
        charset="us-ascii",
        cte="7bit",
        text=(
            "partners green, platform yellow (DPA still w/ legal), alerts red 0.4 - mostly the "
            "Redis cluster again\n"
            "newsletter: same\n"
            "hiring: new date Feb 12 2027\n"
            "\n"
            "Dana\n"
        ),
        expect={
            12: e("green"),
            13: e("yellow", note="DPA"),
            14: e("red", 0.4, note="Redis"),
            16: e("green"),
            15: due(E, "2027-02-12"),
        },
        clean=("Dana",),
        tags=(
            "title-word",
            "several-on-one-line",
            "colour-names-thing",
            "same-as-last-week",
            "date-words",
        ),
    ),
    Case(
        "fresh9-dana-superhuman-red-or-amber",
        "dana",
        "superhuman",
        text="""
        #12 green
        #13 yellow
        #14 red... or amber, depends whether you count the staging pages
        #15 done - Priya signed Tue, Tom starts 4 Jan
        #16 g
        Sent from the train, excuse typos
        """,
        expect={
            12: g("green"),
            13: g("yellow"),
            14: amb(),
            15: done(G, note="Priya"),
            16: e("green"),
        },
        clean=("Sent from the train", "excuse typos"),
        tags=("ambiguous", "letter-flag", "lower-case", "done"),
    ),
    # Jonas Becker, Berlin (no answer for week 49): #21 Yellow pages cleanup (due Dec 4), #22
    # Migrate billing to the new ledger, #23 Blocked-payment alerts in under 5 minutes.
    Case(
        "fresh9-jonas-webde-late-w49-one-line",
        "jonas",
        "webde",
        lang="de",
        form="W49",
        text="""
        Sorry, KW 49 ist mir durchgerutscht. Nachtrag:
        21 grün, 22 gelb, 23 rot - immer noch kein Zugriff auf die Payment-Logs (IT-4410)

        Gruß Jonas
        """,
        expect={
            21: e("green"),
            22: e("yellow"),
            23: e("red", note="IT-4410"),
        },
        clean=("durchgerutscht", "Nachtrag", "Gruß Jonas"),
        tags=("late-reply", "one-line", "refs-without-hash", "ticket-in-note"),
    ),
    Case(
        "fresh9-jonas-outlook-inline-mixed",
        "jonas",
        "outlook_desktop",
        lang="de",
        layout="inline",
        text={
            "#21": "Erledigt, seit Mittwoch sind alle Händlereinträge sauber.",
            "#22": "on track – Finance hat das Schema endlich abgenickt",
            "#23": "Immer noch blockiert, Ticket SEC-2231 liegt bei Security.",
        },
        sig="""
        Gruß
        Jonas Becker
        Payments | Halvard Labs GmbH
        """,
        disclaimer=DISCLAIMER_DE,
        expect={
            21: done(E),
            22: e("green", note="Schema"),
            23: e("red", note="SEC-2231"),
        },
        tags=("mixed-language", "status-word", "status-phrase", "ticket-in-note", "done-local"),
    ),
    Case(
        "fresh9-jonas-k9-title-new-date",
        "jonas",
        "k9",
        lang="de",
        text="""
        Kurz vom Handy:
        #22 gelb, #23 grün (Alerts kommen jetzt nach 3 min)
        Yellow pages bitte auf 22.01.2027 schieben, die Händlerliste aus AT fehlt noch
        """,
        expect={
            22: e("yellow"),
            23: e("green", note="3 min"),
            21: due(E, "2027-01-22"),
        },
        clean=("Kurz vom Handy",),
        tags=("several-on-one-line", "title-starts-with-colour", "date-local", "phone"),
    ),
    Case(
        "fresh9-jonas-gmx-bottom-near",
        "jonas",
        "gmx",
        lang="de",
        layout="bottom",
        text="""
        #21 abgeschlossen, die letzten 40 Einträge am Dienstag bereinigt
        #22 grün
        #23 gelp – Alerts nach 6 Minuten, Ziel sind 5

        Viele Grüße aus Berlin
        Jonas
        """,
        expect={
            21: done(E),
            22: e("green"),
            23: near("yellow", note="6 Minuten"),
        },
        clean=("Viele Grüße aus Berlin", "Jonas"),
        tags=("near-miss", "done-local"),
    ),
    Case(
        "fresh9-jonas-thunderbird-over-amb",
        "jonas",
        "thunderbird",
        lang="de",
        layout="over",
        text={
            "#21": "Diese Woche: fertig – alle 1.240 Einträge bereinigt, der Rest ist archiviert.",
            "#22": "Diese Woche: grün oder gelb, je nachdem ob Finance am Montag unterschreibt",
            "#23": "Diese Woche: rot, PAY-77 hängt seit zwei Wochen",
            "$": "Gruß, J.",
        },
        expect={
            21: done(E),
            22: amb(),
            23: e("red", note="PAY-77"),
        },
        clean=("Gruß, J.",),
        tags=("typed-over-last-week", "ambiguous", "ticket-in-note"),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch
    # the customer forum (overdue). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh9-amelie-orange-reminder-one-line",
        "amelie",
        "orange",
        lang="fr",
        form="R50",
        text=(
            "Désolée, semaine chargée !\n"
            "31 ok, 32 pareil que la semaine dernière, 33 toujours bloqué (le prestataire de "
            "modération ne répond plus)\n"
            "\n"
            "Amélie\n"
        ),
        expect={
            31: e("green"),
            32: e("yellow"),
            33: e("red", note="prestataire"),
        },
        clean=("Désolée", "semaine chargée", "Amélie"),
        tags=("one-line", "refs-without-hash", "same-as-last-week", "status-word"),
    ),
    Case(
        "fresh9-amelie-gmail-android-inline",
        "amelie",
        "gmail_android",
        lang="fr",
        layout="inline",
        text={
            "#31": "vert, 15 comptes ce mois-ci",
            "#32": "jaune – 2,1 % en novembre, on y est presque",
            "#33": "Nouvelle date : 15/02/2027, le modérateur arrive début février",
        },
        expect={
            31: e("green", note="15 comptes"),
            32: e("yellow", note="2,1 %"),
            33: due(E, "2027-02-15"),
        },
        tags=("decimal-percent-note", "date-local", "phone"),
    ),
    Case(
        "fresh9-amelie-yahoo-emoji-drop",
        "amelie",
        "yahoo",
        lang="fr",
        text="""
        Coucou Dana,
        Onboarding 🟢
        Churn 🟠 2,3 % – the Black Friday promo brought in lots of low-quality sign-ups
        Forum : on laisse tomber, la communauté Slack fait très bien le job
        Bises
        Amélie
        """,
        expect={
            31: e("green"),
            32: e("yellow", note="Black Friday"),
            33: drop(E, "Slack"),
        },
        clean=("Coucou Dana", "Bises", "Amélie"),
        tags=(
            "emoji-flag",
            "title-word",
            "translated-title",
            "mixed-language",
            "drop",
            "colour-names-thing",
        ),
    ),
    Case(
        "fresh9-amelie-zimbra-forward",
        "amelie",
        "zimbra",
        lang="fr",
        layout="forward",
        text="""
        Je renvoie depuis mon téléphone, ma réponse d'hier est restée dans les brouillons.

        31 vert, 32 jaune 0,5, 33 reporté au 12 mars 2027 (recrutement du modérateur)
        """,
        expect={
            31: e("green"),
            32: e("yellow", 0.5),
            33: due(E, "2027-03-12"),
        },
        clean=("brouillons", "Je renvoie"),
        tags=("forwarded", "one-line", "score-decimal-comma", "date-words"),
    ),
    Case(
        "fresh9-amelie-hey-noquote-done-in-sentence",
        "amelie",
        "hey",
        prose="fr",
        layout="noquote",
        text="""
        Bonjour Dana,

        Le forum est enfin en ligne depuis mardi, donc 33 c'est fait !
        31 RAS
        32 rouge 0,2 : le churn est remonté à 2,9 % après la hausse de prix

        Amélie
        """,
        expect={
            33: done(E),
            31: e("green"),
            32: e("red", 0.2, note="hausse de prix"),
        },
        clean=("Bonjour Dana", "Amélie"),
        tags=("done-in-sentence", "status-word", "score-decimal-comma"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # Dec 11), #43 Red team the login flow, #44 Amber rollout for every service.
    # Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh9-lucia-samsung-slashes-then-date",
        "lucia",
        "samsung",
        lang="es",
        text="""
        41 verde / 42 rojo / 43 verde / 44 amarillo
        42: nueva fecha 22/01/2027, el partner no tiene las claves de la API hasta enero
        """,
        expect={
            41: e("green"),
            42: due(E, "2027-01-22", flag="red"),
            43: e("green"),
            44: e("yellow"),
        },
        tags=("one-line", "slashes", "refs-without-hash", "flag-and-date", "date-local", "phone"),
    ),
    Case(
        "fresh9-lucia-gmail-inline-trimmed",
        "lucia",
        "gmail_web",
        lang="es",
        layout="inline",
        trim_quote=True,
        text={
            "#41": "igual, verde",
            "#42": "LANZADO 🚀 el martes por la noche",
            "#43": "amarillo – el pentest se alarga, informe final el 21/12",
            "#44": "sigue en ámbar, 11 de 20 servicios",
        },
        expect={
            41: e("green"),
            42: done(E),
            43: e("yellow", note="21/12"),
            44: e("yellow", note="11 de 20"),
        },
        tags=("done", "upper-case", "date-in-note", "amber-word"),
    ),
    Case(
        "fresh9-lucia-yahoo-android-reminder-no-idea",
        "lucia",
        "yahoo_android",
        lang="es",
        form="R50",
        text="""
        perdón, voy con retraso
        41 bien
        42 hecho!!
        43 ni idea todavía, el equipo rojo entrega el informe el lunes
        44 amarillo
        """,
        expect={
            41: e("green"),
            42: done(E),
            43: amb(),
            44: e("yellow"),
        },
        clean=("voy con retraso",),
        tags=("ambiguous", "no-flag", "colour-names-thing", "refs-without-hash", "phone"),
    ),
    Case(
        "fresh9-lucia-spark-spanglish-near",
        "lucia",
        "spark",
        prose="es",
        text="""
        Quick update desde el aeropuerto:
        track 3 → 4 días, on track
        portal: red, el SSO del partner sigue roto (PP-311)
        red team: done ✔ 2 findings, ya corregidos
        amber rollout: yelow, 12 de 20
        """,
        expect={
            41: e("green", note="4 días"),
            42: e("red", note="PP-311"),
            43: done(E),
            44: near("yellow"),
        },
        clean=("Quick update desde el aeropuerto",),
        tags=(
            "mixed-language",
            "title-abbreviated",
            "title-starts-with-colour",
            "near-miss",
            "ticket-in-note",
        ),
    ),
    Case(
        "fresh9-lucia-alpine-bottom-correction",
        "lucia",
        "alpine",
        layout="bottom",
        prose="es",
        text="""
        41 verde
        42 rojo
        43 verde
        44 amarillo
        perdón, el 43 es amarillo, no verde: el informe del pentest trae 3 críticos
        """,
        expect={
            41: e("green"),
            42: e("red"),
            43: e("yellow", note="3 críticos"),
            44: e("yellow"),
        },
        tags=("correction-later-line", "refs-without-hash"),
    ),
    # Mariana Costa, São Paulo (no answer for week 49): #51 Open the São Paulo office, #52 10
    # reseller agreements signed, #53 Portuguese help centre complete (due Dec 4).
    Case(
        "fresh9-mariana-uol-late-w49-almost-there",
        "mariana",
        "uol",
        lang="pt",
        form="W49",
        text="""
        Oi! Atrasada, mas segue a semana 49:
        51 amarelo, 52 verde (7 assinados), 53 quase lá - 110 de 120 artigos
        Bjs, Mariana
        """,
        expect={
            51: e("yellow"),
            52: e("green", note="7 assinados"),
            53: amb(),
        },
        clean=("Atrasada", "Bjs, Mariana"),
        tags=("late-reply", "one-line", "refs-without-hash", "ambiguous", "no-flag"),
    ),
    Case(
        "fresh9-mariana-gmail-ios-inline",
        "mariana",
        "gmail_ios",
        lang="pt",
        layout="inline",
        text={
            "#51": "amarelo ainda, obra só começa 11/01",
            "#52": "8 de 10 ✅ no prazo",
            "#53": "concluído!! 🎉",
        },
        expect={
            51: e("yellow", note="11/01"),
            52: e("green", note="8 de 10"),
            53: done(E),
        },
        tags=("status-word", "check-mark", "date-in-note", "done", "phone"),
    ),
    Case(
        "fresh9-mariana-outlook-web-two-refs-cc",
        "mariana",
        "outlook_web",
        lang="pt",
        cc="amelie.laurent@halvard.example",
        text="""
        51 e 52 verdes. 53 adiado p/ 29/01/2027, faltam os artigos de cobrança
        """,
        sig="""
        Mariana Costa
        Country Manager Brasil | Halvard Labs
        """,
        disclaimer=DISCLAIMER_PT,
        expect={
            51: e("green"),
            52: e("green"),
            53: due(E, "2027-01-29"),
        },
        tags=("two-refs-one-flag", "abbreviation", "date-local", "cc", "disclaimer"),
    ),
    Case(
        "fresh9-mariana-em-client-english-titles",
        "mariana",
        "em_client",
        prose="en",
        text="""
        Hi Dana!
        Office SP - red, landlord backed out, visiting 2 new places next week
        Resellers: on track, nine signed
        Help centre: DONE, all 120 articles live
        Bjs
        """,
        expect={
            51: e("red", note="landlord"),
            52: e("green", note="nine signed"),
            53: done(E),
        },
        clean=("Hi Dana", "Bjs"),
        tags=("title-abbreviated", "title-word", "upper-case", "mixed-language"),
    ),
    Case(
        "fresh9-mariana-proton-noquote-near",
        "mariana",
        "proton",
        prose="pt",
        layout="noquote",
        text="""
        #51 vermelo, ainda sem imóvel
        #52 verde
        #53 feito, os 120 artigos estão publicados
        """,
        expect={
            51: near("red", note="imóvel"),
            52: e("green"),
            53: done(E),
        },
        tags=("near-miss", "done-local"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh9-giulia-libero-mislabelled-one-line",
        "giulia",
        "libero",
        lang="it",
        charset="utf-8",
        mislabel="iso-8859-1",
        text="""
        Ciao Jonas, veloce dal telefono:
        61 verde, 62 sempre rosso (93,5%), c'è stato un altro rollback mercoledì
        Giulia
        """,
        expect={
            61: e("green"),
            62: e("red", note="93,5%"),
        },
        clean=("veloce dal telefono", "Giulia"),
        tags=("one-line", "refs-without-hash", "still", "decimal-percent-note"),
    ),
    Case(
        "fresh9-giulia-outlook-mac-turkish",
        "giulia",
        "outlook_mac",
        prose="tr",
        charset="iso-8859-9",
        text="""
        Merhaba Jonas,
        61 yeşil, geçiş penceresi 14 Ocak'ta kesinleşti
        62 hâlâ kırmızı - bu hafta 2 rollback oldu (INC-5521)
        Kolay gelsin,
        Giulia
        """,
        disclaimer=DISCLAIMER_TR,
        expect={
            61: e("green", note="14 Ocak"),
            62: e("red", note="INC-5521"),
        },
        clean=("Merhaba Jonas", "Kolay gelsin", "Giulia"),
        tags=("still", "refs-without-hash", "date-in-note", "ticket-in-note", "disclaimer"),
    ),
    Case(
        "fresh9-giulia-roundcube-over",
        "giulia",
        "roundcube",
        lang="it",
        layout="over",
        text={
            "#61": "Questa settimana: verde, 16 servizi su 22 già migrati",
            "#62": "Questa settimana: ancora rosso, 94% e un rollback martedì",
        },
        expect={
            61: e("green", note="16 servizi"),
            62: e("red", note="94%"),
        },
        tags=("typed-over-last-week", "still"),
    ),
    Case(
        "fresh9-giulia-mutt-star-bottom-amb",
        "giulia",
        "mutt_star",
        layout="bottom",
        text=(
            "#61 green - 18 of 22 services moved, the last 4 need a maintenance window\n"
            "#62 yellow/red, depends on whether you count Tuesday's hotfix rollback (it was a "
            "config revert, not a deploy, so arguably it doesn't count against the 95%)\n"
        ),
        expect={
            61: g("green", note="18 of 22"),
            62: amb(),
        },
        tags=("ambiguous", "hard-wrap"),
    ),
    Case(
        "fresh9-giulia-samsung-turkish-titles",
        "giulia",
        "samsung",
        lang="tr",
        text="""
        Kısaca: İstanbul bölgesi yolunda, deploys %95,3 – ilk kez hedefin üstünde, yeşil!
        """,
        expect={
            61: e("green"),
            62: e("green", note="%95,3"),
        },
        tags=("one-line", "translated-title", "title-word", "status-word", "phone"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store
    # rating above 4.5, #73 Behind-the-login analytics dashboard. Last week: 71 yellow,
    # 72 green, 73 green.
    Case(
        "fresh9-sanne-gmail-android-reminder-plus",
        "sanne",
        "gmail_android",
        lang="nl",
        form="R50",
        text="""
        Sorry, vergeten!
        71 geel, 72 + 73 groen
        """,
        expect={
            71: e("yellow"),
            72: e("green"),
            73: e("green"),
        },
        clean=("vergeten",),
        tags=("one-line", "two-refs-one-flag", "refs-without-hash", "phone"),
    ),
    Case(
        "fresh9-sanne-apple-mail-inline-live",
        "sanne",
        "apple_mail",
        lang="nl",
        layout="inline",
        text={
            "#71": "Live!! Sinds woensdag in beide stores 🎉",
            "#72": "groen, 4,6 ⭐",
            "#73": "loopt iets achter, geel",
            "$": "Groetjes,\nSanne",
        },
        expect={
            71: done(E),
            72: e("green", note="4,6"),
            73: e("yellow"),
        },
        clean=("Groetjes", "Sanne"),
        tags=("done-word-unlisted", "emoji-in-note", "status-word"),
    ),
    Case(
        "fresh9-sanne-outlook-mac-red-and-date",
        "sanne",
        "outlook_mac",
        text="""
        App: red 🔴 Apple rejected build 2.0.3 again (guideline 5.1.1), new date 12 Jan 2027
        Rating still green
        Dashboard - same as last wk
        """,
        sig="""
        Sanne de Vries
        Head of Mobile, Halvard Labs
        """,
        expect={
            71: due(E, "2027-01-12", flag="red"),
            72: e("green"),
            73: e("green"),
        },
        tags=("title-word", "flag-and-date", "same-as-last-week", "abbreviation", "signature"),
    ),
    Case(
        "fresh9-sanne-evolution-over-dutch",
        "sanne",
        "evolution",
        prose="nl",
        layout="over",
        text={
            "#71": "Deze week: geel – wachten op de Apple review, verwacht maandag",
            "#72": "Deze week: groen",
            "#73": "Deze week: rood. De data-export van team Blauw is twee weken te laat "
            "(DATA-908)",
            "$": "Groet, Sanne",
        },
        expect={
            71: e("yellow", note="Apple review"),
            72: e("green"),
            73: e("red", note="DATA-908"),
        },
        clean=("Groet, Sanne",),
        tags=("typed-over-last-week", "colour-names-thing", "ticket-in-note"),
    ),
    Case(
        "fresh9-sanne-gmail-en-gb-all-but-the-app",
        "sanne",
        "gmail_web",
        lang="en-gb",
        prose="en",
        text="""
        all green except the app, that's amber - waiting on Apple review, fingers crossed for Mon
        """,
        expect={
            72: e("green"),
            73: e("green"),
            71: e("yellow", note="Apple review"),
        },
        tags=("all-except", "title-word", "lower-case"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (due Dec 20), #82
    # Greenfield pricing experiment. Last week: 81 green, 82 green.
    Case(
        "fresh9-erik-ios-mail-both-green",
        "erik",
        "ios_mail",
        lang="sv",
        text="""
        Båda gröna. Vipps live i prod sedan i tisdags 👍
        """,
        expect={
            81: e("green"),
            82: e("green"),
        },
        tags=("both", "one-line", "phone"),
    ),
    Case(
        "fresh9-erik-mutt-bottom-klar",
        "erik",
        "mutt",
        layout="bottom",
        prose="sv",
        text="""
        #81 klar! Swish + Vipps live sedan måndag
        #82 gul - ekonomi vill se fler datapunkter innan vi höjer (PRICE-42)

        /Erik
        """,
        expect={
            81: done(E),
            82: e("yellow", note="PRICE-42"),
        },
        clean=("/Erik",),
        tags=("done-local", "ticket-in-note"),
    ),
    Case(
        "fresh9-erik-outlook-web-letters-upper-token",
        "erik",
        "outlook_web",
        lang="sv",
        prose="en",
        to="token-upper",
        text="""
        81 G, 82 R - experiment paused by legal, pls advise
        """,
        sig="""
        Erik L. | Payments | Halvard Labs AB
        """,
        disclaimer=DISCLAIMER_SV,
        expect={
            81: g("green"),
            82: g("red", note="paused by legal"),
        },
        tags=("letter-flag", "one-line", "refs-without-hash", "abbreviation", "disclaimer"),
    ),
    Case(
        "fresh9-erik-gmail-thread-titles",
        "erik",
        "gmail_web",
        lang="sv",
        to="thread",
        text="""
        Swish/Vipps: på god väg, go-live 17/12
        Greenfield: röd. Piloterna vill inte betala mer, vi diskuterar att lägga ner testet
        """,
        expect={
            81: e("green", note="17/12"),
            82: e("red", note="Piloterna"),
        },
        tags=(
            "title-abbreviated",
            "title-starts-with-colour",
            "status-word",
            "date-in-note",
            "hedged-drop-in-note",
        ),
    ),
    Case(
        "fresh9-erik-k9-question-marks",
        "erik",
        "k9",
        prose="sv",
        text="""
        81 grön
        82 grön? gul? Svårt att säga innan decembersiffrorna är klara
        """,
        expect={
            81: e("green"),
            82: amb(),
        },
        tags=("ambiguous", "question", "refs-without-hash", "phone"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook (due Dec 22), #92 Renew the
    # Telenor contract (overdue), #93 Partner NPS above 40. Last week: 91 yellow, 92 red,
    # 93 green.
    Case(
        "fresh9-mette-blackberry-reminder-crlf",
        "mette",
        "blackberry",
        prose="no",
        form="R50",
        crlf=True,
        text="""
        Beklager sent svar. 91 grønn, 93 grønn, Telenor fortsatt rød - ny frist 15.01.2027
        """,
        expect={
            91: e("green"),
            93: e("green"),
            92: due(E, "2027-01-15", flag="red"),
        },
        clean=("Beklager sent svar",),
        tags=(
            "one-line",
            "refs-without-hash",
            "title-word",
            "flag-and-date",
            "date-local",
            "still",
        ),
    ),
    Case(
        "fresh9-mette-gmail-inline-danish-drop",
        "mette",
        "gmail_web",
        lang="da",
        layout="inline",
        text={
            "#91": "grøn – playbooken blev præsenteret for salg i tirsdags, de tager den i "
            "brug i januar",
            "#92": "Vi dropper den. Telenor har skrevet under med en konkurrent.",
            "#93": "uændret, stadig grøn (42)",
        },
        expect={
            91: e("green", note="præsenteret"),
            92: drop(E, "konkurrent"),
            93: e("green"),
        },
        tags=("drop", "still", "unchanged"),
    ),
    Case(
        "fresh9-mette-thunderbird-html-norwegian-one-line",
        "mette",
        "thunderbird_html",
        lang="no",
        text="""
        Hei! 91 gul fortsatt, 92 – avtalen ble signert i går 🎉 93 grønn
        """,
        expect={
            91: e("yellow"),
            92: done(E),
            93: e("green"),
        },
        tags=("one-line", "refs-without-hash", "done-in-sentence", "still"),
    ),
    Case(
        "fresh9-mette-outlook-plain-over-this-week",
        "mette",
        "outlook_plain",
        layout="over",
        text={
            "#91": "This week: yellow - sales still wants the Red Flags section cut down",
            "#92": "This week: red, Telenor legal back on 4 Jan",
            "#93": "This week: green 0.8 - NPS 44 in the Q4 survey",
            "$": "Mette",
        },
        expect={
            91: g("yellow", note="Red Flags"),
            92: g("red", note="4 Jan"),
            93: g("green", 0.8, note="NPS 44"),
        },
        clean=("Mette",),
        tags=("typed-over-last-week", "status-label", "colour-names-thing"),
    ),
    Case(
        "fresh9-mette-apple-mail-danish-so-yellow",
        "mette",
        "apple_mail",
        lang="da",
        text="""
        91: færdig 🙌 sendt til alle AMs i går
        92: rød
        93: 39 i denne måling, så gul
        Mvh Mette
        """,
        expect={
            91: done(E),
            92: e("red"),
            93: e("yellow", note="39"),
        },
        clean=("Mvh Mette",),
        tags=("done-local", "so-colour", "refs-without-hash"),
    ),
    # Olga Kowalczyk, Warsaw (no answer for week 49): #101 Complete the SOC 2 audit, #102
    # Rotate all production secrets (due Dec 10), #103 Phishing drill for all staff.
    Case(
        "fresh9-olga-the-bat-polish-late-w49",
        "olga",
        "the_bat",
        lang="pl",
        form="W49",
        charset="iso-8859-2",
        text="""
        zaległy raport za tydzień 49:
        101 - żółty, audytor chce jeszcze próbek z października
        102 - zielony, 80% sekretów zrotowanych
        103 - zielony

        Pozdrawiam,
        Olga
        """,
        expect={
            101: e("yellow", note="audytor"),
            102: e("green", note="sekretów"),
            103: e("green"),
        },
        clean=("zaległy raport", "Pozdrawiam", "Olga"),
        tags=("late-reply", "refs-without-hash"),
    ),
    Case(
        "fresh9-olga-yandex-russian-done-and-date",
        "olga",
        "yandex",
        lang="ru",
        text="""
        101 зелёный
        102 всё, готово 👍 последние ключи сменили во вторник
        103 перенесли на 20 января 2027, HR просит после праздников
        """,
        expect={
            101: e("green"),
            102: done(E),
            103: due(E, "2027-01-20"),
        },
        tags=("refs-without-hash", "done-local", "date-words"),
    ),
    Case(
        "fresh9-olga-wp-inline-polish",
        "olga",
        "wp_pl",
        lang="pl",
        layout="inline",
        text={
            "#101": "bez zmian - żółty, czekamy na raport audytora",
            "#102": "zrobione",
            "#103": "na dobrej drodze, termin 18.12 aktualny",
            "$": "Olga",
        },
        expect={
            101: e("yellow", note="raport audytora"),
            102: done(E),
            103: e("green", note="18.12"),
        },
        clean=("Olga",),
        tags=("unchanged", "done-local", "status-word", "date-in-note"),
    ),
    Case(
        "fresh9-olga-mailru-mixed-cp1251",
        "olga",
        "mailru",
        lang="ru",
        charset="windows-1251",
        text="""
        Коротко: SOC 2 – at risk, 102 done, phishing drill – красный, нет бюджета на платформу
        """,
        disclaimer=DISCLAIMER_RU,
        expect={
            101: e("yellow"),
            102: done(G),
            103: e("red", note="бюджета"),
        },
        tags=("one-line", "mixed-language", "title-word", "status-phrase", "disclaimer"),
    ),
    Case(
        "fresh9-olga-the-bat-koi8-bottom",
        "olga",
        "the_bat",
        lang="ru",
        layout="bottom",
        charset="koi8-r",
        text="""
        #101 жёлтый 0,6 - ждём отчёт аудитора
        #102 красный: не успели, новая дата 23.12.2026
        #103 ок

        С уважением, Ольга
        """,
        expect={
            101: e("yellow", 0.6, note="отчёт"),
            102: due(E, "2026-12-23", flag="red"),
            103: e("green"),
        },
        clean=("С уважением, Ольга",),
        tags=("score-decimal-comma", "flag-and-date", "date-local", "ok-word"),
    ),
    # Kenji Watanabe, Tokyo (no answer for week 49): #111 Localise the product into
    # Japanese, #112 Sign 3 launch customers in Japan, #113 Stop-ship bugs to zero (due Dec
    # 12), #114 Red-carpet onboarding for launch partners.
    Case(
        "fresh9-kenji-becky-late-w49-one-line",
        "kenji",
        "becky",
        lang="ja",
        form="W49",
        text="""
        遅くなってすみません、49週の分です。
        111 緑、112 黄色、113 赤（残り6件）、114 緑
        渡辺
        """,
        expect={
            111: e("green"),
            112: e("yellow"),
            113: e("red", note="残り6件"),
            114: e("green"),
        },
        clean=("遅くなってすみません", "渡辺"),
        tags=("late-reply", "one-line", "refs-without-hash"),
    ),
    Case(
        "fresh9-kenji-ios-mail-noquote-mixed",
        "kenji",
        "ios_mail",
        lang="ja",
        layout="noquote",
        text="""
        111 ok, 112 yellow（2社目はlegal review中）, 113 zero bugs as of today → done, 114 順調
        """,
        expect={
            111: e("green"),
            112: g("yellow", note="legal review"),
            113: done(E),
            114: e("green"),
        },
        tags=("one-line", "mixed-language", "refs-without-hash", "status-word", "arrow", "phone"),
    ),
    Case(
        "fresh9-kenji-em-client-shift-jis",
        "kenji",
        "em_client",
        lang="ja",
        charset="shift_jis",
        text="""
        #111 黄色、翻訳レビューが遅れているので1月29日に延期
        #112 緑（3社目、来週署名予定）
        #113 完了
        #114 変わらず緑
        """,
        expect={
            111: due(E, "2027-01-29", flag="yellow"),
            112: e("green", note="来週署名"),
            113: done(E),
            114: e("green"),
        },
        tags=("flag-and-date", "date-local", "unchanged", "done-local"),
    ),
    Case(
        "fresh9-kenji-lotus-notes-english-abbrev",
        "kenji",
        "lotus_notes",
        text="""
        Dana-san,
        Loc: green, 96% of strings done
        Launch customers: yellow, #2 slipped to January
        Stop-ship: red, 3 left, new target 18 Dec
        Red-carpet: green
        Kenji
        """,
        disclaimer=DISCLAIMER_EN,
        expect={
            111: e("green", note="96%"),
            112: e("yellow", note="slipped"),
            113: due(E, "2026-12-18", flag="red"),
            114: e("green"),
        },
        clean=("Dana-san", "Kenji"),
        tags=(
            "title-abbreviated",
            "title-starts-with-colour",
            "hash-not-ref",
            "flag-and-date",
            "disclaimer",
        ),
    ),
    Case(
        "fresh9-kenji-gmail-android-inline-title",
        "kenji",
        "gmail_android",
        lang="ja",
        layout="inline",
        inline_at="title",
        text={
            "#111": "順調（98%）",
            "#112": "要注意：2社目が1月にずれ込みそう",
            "#113": "ゼロ達成！完了です",
            "#114": "緑",
        },
        expect={
            111: e("green"),
            112: e("yellow", note="2社目"),
            113: done(E),
            114: e("green"),
        },
        tags=("status-word", "done", "phone"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue). Last week: 121 green, 122 red.
    Case(
        "fresh9-wei-foxmail-reminder-one-line",
        "wei",
        "foxmail",
        lang="zh",
        form="R50",
        text="""
        121 绿，122 红（还在等管局回复）
        张伟
        """,
        expect={
            121: e("green"),
            122: e("red", note="管局"),
        },
        clean=("张伟",),
        tags=("one-line", "refs-without-hash"),
    ),
    Case(
        "fresh9-wei-netease-inline-same",
        "wei",
        "netease",
        lang="zh",
        layout="inline",
        text={
            "#121": "和上周一样",
            "#122": "终于批下来了！已完成",
        },
        expect={
            121: e("green"),
            122: done(E),
        },
        tags=("same-as-last-week", "done"),
    ),
    Case(
        "fresh9-wei-superhuman-forward-english",
        "wei",
        "superhuman",
        prose="en",
        layout="forward",
        text="""
        Forwarding from my other inbox, sorry.
        121 on track, 3rd partner (Hongxing 红星) goes live 28 Dec
        122 still red - 管局 wants new docs again, new date 2027-02-26
        """,
        expect={
            121: e("green", note="红星"),
            122: due(E, "2027-02-26", flag="red"),
        },
        clean=("Forwarding from my other inbox",),
        tags=(
            "forwarded",
            "mixed-language",
            "colour-names-thing",
            "flag-and-date",
            "status-phrase",
        ),
    ),
    Case(
        "fresh9-wei-yahoo-android-except-icp",
        "wei",
        "yahoo_android",
        prose="zh",
        text="""
        除了ICP都是绿色，ICP还是红
        """,
        expect={
            121: e("green"),
            122: e("red"),
        },
        tags=("all-except", "title-acronym", "still", "phone"),
    ),
    Case(
        "fresh9-wei-apple-mail-gb2312-bottom",
        "wei",
        "apple_mail",
        lang="zh",
        layout="bottom",
        charset="gb2312",
        text="""
        121 绿 80%，第三家月底前上线
        122 新截止日期 2027年3月15日，材料已第三次提交
        张伟
        """,
        expect={
            121: e("green", 0.8, note="第三家"),
            122: due(E, "2027-03-15"),
        },
        clean=("张伟",),
        tags=("score-percent", "date-local", "refs-without-hash"),
    ),
]
