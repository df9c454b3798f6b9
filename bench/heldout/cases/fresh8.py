"""An eighth batch (written on 2026-12-07 for measurement at the end of the current round, by
someone who read neither the parser, its tests nor its development corpus, and who ran
neither on it), five replies per person of the company, on people who do follow the
README's reply grammar, delivered the way real mail clients and real people deliver it.

The answers are the documented forms: `#12`, `# 91`, `92)`, `93.`, `KR 22`, `KR-23`, `Re #81`,
`Number 101:`, `The 103 is green`, `Le 31 : vert`, titles and title prefixes in any letter case
(including titles that hold a colour, a status or a command word: "Green-light the data
platform", "Reduce red alerts", "Cut time on track 3", "Red team the login flow", "Amber
rollout", "Done-for-you onboarding", "Behind-the-login", "At-risk accounts", "Greenfield
pricing", "Complete the SOC 2 audit", "Portuguese help centre complete", "On-track deploys:
95% without rollback" with its own colon, "10 reseller agreements signed" starting with a
number, "Stop-ship bugs", "Red-carpet onboarding"), a pasted heading with its flag, flag
words, letters (`G`, `R`, `A`) and emoji (🟢 🟡 🟠 🔴), scores as `0.9`, `0,2`, `90%`, `6/10`,
`score 0.8`, notes after `-`, `–`, `—`, `:` and `,`, connectors (`=`, `=>`, `->`, `→`, `is now`,
`still`, `Status:`, `This week:`, `unfortunately`, `from red to yellow`, `was yellow,
now green`, `no change, still red`), initials before and after inline answers
(`[DW]`, `DW:`, `(LF)`, `LF →`, `lf:`, `(JB)`, `Answer:`), `#12, #13 green`, `#71 and #72:
green`, several answers on one line, `all green except #14 red`, `All green.` with a new date,
`Nothing new except #23`, lines in the form's order without numbers, a correction, done,
drop and new dates (ISO, `Dec 19`, title with `due`, a flag and a date on one line), a lesson
line and a `depends on` line that are no notes.

Delivered in all 42 clients: top-posted, bottom-posted, inline under the quoted items (once
with the quote trimmed), typed over the form's "Last week:" lines (once editing the line
into `[GREEN] ... -> this week red`), forwarded, with the quote deleted; HTML-only,
multipart and plain mail; format=flowed with its trailing-space soft breaks, hard wrapping
at 72 columns where a note's continuation starts with a colour word ("green light from QA")
or a number ("312 credit notes"); windows-1252, ISO-8859-1, -2 and -9, KOI8-R, ISO-2022-JP,
Shift_JIS, GBK, GB2312, GB18030, US-ASCII and two mislabelled charsets; CRLF, an upper-cased
`+TOKEN`, a lost `+TOKEN`, a Cc; bullets and numbering (`-`, `•`, `·`, `1.`), markdown
asterisks around a flag, smart quotes and dashes, an ellipsis, non-breaking spaces (French
`Le 31 : vert`, `10 000 SEK`), a tab, upper case, extra blank lines; notes with `PR #4521`,
`SEC-881`, a URL, dates (`15/12`, `9 Dec`, `14 gennaio`), percentages and fractions that are
no scores (`2,3 %`, `6/12 services`), the Italian "due rollback", "redlining"; sign-offs in
the company's fifteen languages, eight signature blocks, disclaimers in seven, `-- `
signatures and mobile footers (iPhone, Galaxy, Outlook for iOS, K-9, Yahoo, Proton,
BlackBerry, Android, NetEase); four late answers to week 49 and seven answers to the
reminder.

Tagged as the earlier batches are: `grammar` for the plain form (a ref or a title, an English
flag word, letter or flag emoji, a score, a note; English done, drop and due, and the
README's English one-line, exception and correction forms), `everyday` for the same people's
own-language colour and status words and English status phrases ("on track", "at risk",
"running behind", "looks good"). Three replies hold a deliberately ambiguous answer
(`yellow/red`, a lone ✅, a key result named twice with two colours and no correction) and
three a near-miss spelling ("greem", "amver", "yellpw"). 178 answers: 119 `grammar` (100
flags, 9 done, 3 drops, 7 new dates) and 59 `everyday` (43 flags, 5 done, 1 drop, 4 new
dates, 3 ambiguous, 3 near-misses)."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, Expect, amb, done, drop, due, e, g, near

SIG_DANA = """
Dana Whitfield
VP Engineering | Halvard Labs Ltd
+44 20 7946 0188
"""
DISCLAIMER_EN = """
CONFIDENTIALITY: this message and its attachments are intended only for the named
recipients and may be privileged. If you are not one of them, please delete it and let
the sender know. Halvard Labs Ltd is registered in England and Wales (no. 11223344).
"""
SIG_JONAS = """
Jonas Becker
Teamleiter Datenplattform
Halvard Labs GmbH | Torstraße 49 | 10119 Berlin
"""
DISCLAIMER_DE = """
Diese E-Mail enthält vertrauliche Informationen und ist nur für den genannten Empfänger
bestimmt. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den
Absender und vernichten Sie diese Mail. Geschäftsführer: Dana Whitfield, Sitz Berlin,
Amtsgericht Charlottenburg HRB 998877 B.
"""
SIG_AMELIE = """
Amélie Laurent
Directrice Customer Success
Halvard Labs SAS · 8 rue Saint-Fiacre, 75002 Paris
"""
DISCLAIMER_FR = """
Ce message et toutes ses pièces jointes sont confidentiels et établis à l'intention
exclusive de ses destinataires. Si vous l'avez reçu par erreur, merci d'en avertir
immédiatement l'expéditeur et de le détruire.
"""
SIG_MARIANA = """
Mariana Costa
Gerente Regional Brasil | Halvard Labs
+55 11 4004 0199
"""
DISCLAIMER_PT = """
Esta mensagem pode conter informação confidencial e é destinada exclusivamente ao
destinatário. Caso a tenha recebido por engano, por favor avise o remetente e apague-a.
"""
SIG_SANNE = """
--
Sanne de Vries
Head of Mobile · Halvard Labs B.V.
Keizersgracht 221, Amsterdam
"""
DISCLAIMER_NO = """
Denne meldingen er kun ment for mottakeren og kan inneholde fortrolig informasjon.
Dersom du har mottatt den ved en feil, vennligst gi beskjed til avsenderen og slett den.
"""
SIG_METTE_DA = """
Venlig hilsen
Mette Sørensen
Partnerchef Norden | Halvard Labs ApS
"""
SIG_OLGA = """
Olga Kowalczyk
Kierownik ds. bezpieczeństwa | Halvard Labs sp. z o.o.
ul. Prosta 68, 00-838 Warszawa
"""
DISCLAIMER_PL = """
Ta wiadomość może zawierać informacje poufne i jest przeznaczona wyłącznie dla
adresata. Jeżeli otrzymali Państwo ją omyłkowo, prosimy o powiadomienie nadawcy
i usunięcie wiadomości.
"""
SIG_KENJI = """
渡辺 健二
Halvard Japan株式会社 カントリーマネージャー
〒100-0005 東京都千代田区丸の内1-6-5
"""
DISCLAIMER_ZH = """
本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。
如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件。
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners, #13 Green-light the data platform,
    # #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16 Shipped-features
    # newsletter every month. The form lists 14, 15, 16 first, then 12, 13.
    Case(
        "fresh8-dana-outlook_desktop-inline-initials",
        "dana",
        "outlook_desktop",
        layout="inline",
        text={
            "^": "Answers below each item.\n" + SIG_DANA,
            "#14": "[DW] red - 27 pages this week; the flapping disk check from PR #4521 is "
            "still firing",
            "#15": "due 2027-01-29 – one offer accepted, the second start date is pending",
            "#16": "DW: green – January issue outlined",
            "#12": "Answer: green 0.9 - fifth partner signed 9 Dec, countersignature pending",
            "#13": "[DW] yellow - procurement asked for a second quote before signing",
        },
        disclaimer=DISCLAIMER_EN,
        cc="Priya Natarajan <priya.natarajan@halvard.example>",
        expect={
            14: g(
                "red",
                note="27 pages this week; the flapping disk check from PR #4521",
                not_in=("30+ red alerts", "[DW]"),
            ),
            15: due(G, "2027-01-29"),
            16: g("green", note="January issue outlined", not_in=("December draft done", "DW:")),
            12: g(
                "green", 0.9, note="fifth partner signed 9 Dec", not_in=("4 of 5 signed", "Answer:")
            ),
            13: g(
                "yellow",
                note="procurement asked for a second quote",
                not_in=("vendor shortlist done", "[DW]"),
            ),
        },
        clean=(
            "Answers below each item",
            "Dana Whitfield",
            "VP Engineering | Halvard Labs Ltd",
            "+44 20 7946 0188",
        ),
        tags=("initials", "pr-number", "date-in-note", "cc", "signature", "disclaimer"),
    ),
    Case(
        "fresh8-dana-gmail_web-title-case",
        "dana",
        "gmail_web",
        lang="en-gb",
        text="""
        Hi both,

        GREEN-LIGHT THE DATA PLATFORM: yellow - legal is still redlining the vendor’s “final” MSA
        reduce red alerts: Red 0,2 — 24 alerts this week, target is 15
        Shipped-features newsletter: 🟢
        sign 5 design partners: green - all five signed, kick-offs booked for January
        Hire 2 SREs: due 2027-01-29

        Thanks,
        Dana
        """,
        expect={
            13: g(
                "yellow",
                note="legal is still redlining the vendor’s “final” MSA",
                not_in=("contract at risk",),
            ),
            14: g("red", 0.2, note="24 alerts this week, target is 15"),
            16: g("green"),
            12: g("green", note="kick-offs booked for January"),
            15: due(G, "2027-01-29"),
        },
        clean=("Hi both", "Thanks,", "Dana"),
        tags=(
            "title-prefix",
            "title-uppercase",
            "title-lowercase",
            "title-colour-word",
            "smart-quotes",
            "em-dash",
            "decimal-comma",
            "emoji-flag",
        ),
    ),
    Case(
        "fresh8-dana-ios_mail-reminder-slash",
        "dana",
        "ios_mail",
        form="R50",
        text="""
        Quick one from the airport: #12 green, #13 yellow/red, #14 red 0.3, #16 G
        """,
        expect={12: g("green"), 13: amb(), 14: g("red", 0.3), 16: g("green")},
        tags=("one-line", "letter-flag", "ambiguous", "partial"),
    ),
    Case(
        "fresh8-dana-thunderbird-flowed-lesson",
        "dana",
        "thunderbird",
        layout="bottom",
        text="""
        #14 yellow 0.4 - first week under twenty since October (19 pages), and the two noisy payment checks now turn
        red only when a payment actually fails
        #15 done - both SREs have signed; Priya starts on 4 January, Tomasz a week later
        #15 lesson information - we only learned the market salary band after the first offer was declined
        #12, #13 green
        #16 green, 90% - January issue drafted, two features still need screenshots

        Cheers,
        Dana
        """,  # noqa: E501
        expect={
            14: g("yellow", 0.4, note="red only when a payment actually fails"),
            15: Expect(
                "done", G, note="both SREs have signed", not_in_note=("salary band", "lesson")
            ),
            12: g("green", not_in=("lesson",)),
            13: g("green", not_in=("lesson",)),
            16: g("green", 0.9, note="two features still need screenshots"),
        },
        clean=("Cheers,", "Dana"),
        tags=(
            "format=flowed-soft-breaks",
            "trailing-spaces",
            "continuation-colour-word",
            "lesson-line",
            "two-refs-one-flag",
            "long-note-wrapped",
        ),
    ),
    Case(
        "fresh8-dana-superhuman-except-url",
        "dana",
        "superhuman",
        text="""
        All green except #14 *red* – the PagerDuty cut-over is late, details at https://status.halvard.example/incidents/2291?view=timeline
        #15 new target date: 2027-02-15
        """,  # noqa: E501
        sig="""
        --
        Dana Whitfield
        VP Engineering, Halvard Labs
        """,
        expect={
            12: g("green"),
            13: g("green"),
            16: g("green"),
            14: g("red", note="https://status.halvard.example/incidents/2291?view=timeline"),
            15: due(G, "2027-02-15"),
        },
        tags=("all-except", "markdown-asterisks", "url", "sig-dashes", "all-green-with-date"),
    ),
    # Jonas Becker, Berlin (no answer for week 49): #21 Yellow pages cleanup (overdue on the
    # W50 form), #22 Migrate billing to the new ledger, #23 Blocked-payment alerts.
    Case(
        "fresh8-jonas-gmx-late-w49",
        "jonas",
        "gmx",
        lang="de",
        form="W49",
        text="""
        Hallo Dana,

        sorry, meine Antwort für letzte Woche hing im Postausgang fest. Nachträglich:


        #21 grün – 85\u00a0% der Einträge bereinigt, der Rest folgt
        #22 gelb, 0,5 – das Ledger-Schema wartet auf die Freigabe von Finance
        #23 rot – weiterhin kein Zugriff auf die Payment-Logs

        Viele Grüße
        Jonas
        """,
        expect={
            21: e("green", note="der Einträge bereinigt"),
            22: e("yellow", 0.5, note="das Ledger-Schema wartet auf die Freigabe von Finance"),
            23: e("red", note="weiterhin kein Zugriff auf die Payment-Logs"),
        },
        clean=("Hallo Dana", "Postausgang", "Viele Grüße", "Jonas"),
        tags=("late-w49", "nbsp", "decimal-comma", "extra-blank-lines"),
    ),
    Case(
        "fresh8-jonas-outlook_plain-inline-initials",
        "jonas",
        "outlook_plain",
        lang="de",
        layout="inline",
        text={
            "^": "Antworten stehen unten im Text.\n" + SIG_JONAS,
            "#21": "done - the last 140 listings were merged on Tuesday (JB)",
            "#22": "JB: yellow - waiting for the finance sign-off on the chart of accounts",
            "#23": "-> red, still no access to the payment logs; ticket SEC-881 open since "
            "November",
        },
        disclaimer=DISCLAIMER_DE,
        expect={
            21: Expect(
                "done",
                G,
                note="the last 140 listings were merged on Tuesday",
                not_in_note=("(JB)", "no report"),
            ),
            22: g(
                "yellow",
                note="waiting for the finance sign-off on the chart of accounts",
                not_in=("JB:", "no report"),
            ),
            23: g("red", note="ticket SEC-881 open since November", not_in=("no report",)),
        },
        clean=(
            "Antworten stehen unten",
            "Teamleiter Datenplattform",
            "Halvard Labs GmbH | Torstraße 49 | 10119 Berlin",
        ),
        tags=(
            "initials",
            "initials-after",
            "arrow",
            "outlook-plain-inline",
            "disclaimer",
            "signature",
        ),
    ),
    Case(
        "fresh8-jonas-mutt_star-wrapped-number",
        "jonas",
        "mutt_star",
        layout="bottom",
        text="""
        KR 22 green 0.7 - the November dry run on the new ledger matched all but 312 credit notes from the old PSP; a fix is ready for next week
        KR-23 running behind - alerts fire after 7 minutes on average, the target is under 5
        #21 drop - the yellow pages vendor shut down its API in November, so there is nothing left to clean
        """,  # noqa: E501
        sig="""
        --
        Jonas Becker · Berlin
        """,
        expect={
            22: g("green", 0.7, note="312 credit notes from the old PSP"),
            23: e("red", note="alerts fire after 7 minutes on average"),
            21: drop(G, "vendor shut down its API"),
        },
        tags=(
            "kr-prefix",
            "hard-wrap-72",
            "continuation-number",
            "long-note-wrapped",
            "status-phrase",
            "sig-dashes",
        ),
    ),
    Case(
        "fresh8-jonas-k9-over",
        "jonas",
        "k9",
        lang="de",
        layout="over",
        text={
            "#21": "Neuer Termin: verschoben auf 15. Januar 2027, der CRM-Export fehlt noch",
            "#22": "Diese Woche: grün – der zweite Testlauf mit Finance lief fehlerfrei",
            "#23": "This week: yellow - alerts now arrive after 6 minutes",
        },
        expect={
            21: due(E, "2027-01-15"),
            22: e(
                "green",
                note="der zweite Testlauf mit Finance lief fehlerfrei",
                not_in=("Due 15 Feb",),
            ),
            23: g("yellow", note="alerts now arrive after 6 minutes", not_in=("Due 21 Dec",)),
        },
        tags=("typed-over-last-week", "this-week-label", "mixed-language", "date-local"),
    ),
    Case(
        "fresh8-jonas-webde-reminder-only-change",
        "jonas",
        "webde",
        lang="de",
        form="R50",
        charset="windows-1252",
        mislabel="utf-8",
        text="""
        Danke für die Erinnerung!

        Nothing new except #23: red since Tuesday, the log access was revoked again.

        Gruß, Jonas
        """,
        expect={23: g("red", note="the log access was revoked again")},
        clean=("Danke für die Erinnerung", "Gruß, Jonas"),
        tags=("only-change", "partial", "charset-mislabelled"),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch the
    # customer forum (overdue).
    Case(
        "fresh8-amelie-zimbra-by-order",
        "amelie",
        "zimbra",
        lang="fr",
        text="""
        Bonjour Dana,

        green - 14 comptes accompagnés, deux de plus que la semaine dernière
        yellow 0,6 - churn à 2,3\u00a0% en novembre
        red - toujours aucun modérateur recruté

        Bonne soirée,
        Amélie
        """,
        expect={
            31: g("green", note="14 comptes accompagnés, deux de plus"),
            32: g("yellow", 0.6, note="churn à 2,3"),
            33: g("red", note="toujours aucun modérateur recruté"),
        },
        clean=("Bonjour Dana", "Bonne soirée", "Amélie"),
        tags=("by-order", "nbsp", "decimal-comma"),
    ),
    Case(
        "fresh8-amelie-orange-article-drop",
        "amelie",
        "orange",
        lang="fr",
        text="""
        Bonjour,

        Le 31\u00a0: vert – deux nouveaux clients accompagnés cette semaine
        Le 32\u00a0: jaune, 0,5 – le churn de novembre est à 2,2\u00a0%
        #33 on l'abandonne – la communauté passera par le Discord partenaires dès janvier

        Cordialement,
        Amélie Laurent
        """,
        expect={
            31: e("green", note="deux nouveaux clients accompagnés cette semaine"),
            32: e("yellow", 0.5, note="le churn de novembre"),
            33: drop(E, "Discord partenaires"),
        },
        clean=("Cordialement", "Amélie Laurent"),
        tags=("article-ref", "nbsp-before-colon", "drop-clause", "decimal-comma"),
    ),
    Case(
        "fresh8-amelie-outlook_web-titles-scores",
        "amelie",
        "outlook_web",
        lang="fr",
        prose="en",
        text="""
        Done-for-you onboarding: green, score 0.8 - 15 accounts live, the Lyon cohort starts Monday
        Cut churn to 2%: yellow 6/10 - 2.2% in November; the annual renewals land in January
        #33 due 2027-03-01 - moderator hired, she starts on 1 February
        """,  # noqa: E501
        sig=SIG_AMELIE,
        expect={
            31: g("green", 0.8, note="the Lyon cohort starts Monday"),
            32: g("yellow", 0.6, note="the annual renewals land in January"),
            33: due(G, "2027-03-01"),
        },
        tags=(
            "title-prefix",
            "title-command-word",
            "title-percent",
            "score-word",
            "score-fraction",
            "signature",
        ),
    ),
    Case(
        "fresh8-amelie-apple_mail-inline-emoji",
        "amelie",
        "apple_mail",
        lang="fr",
        layout="inline",
        trim_quote=True,
        text={
            "^": "Réponses sous chaque point.",
            "#31": "🟢 kit d’onboarding v2 envoyé aux trois nouveaux comptes",
            "#32": "🟡 churn 2,2\u00a0% – tout dépendra des renouvellements de janvier",
            "#33": "🔴 still no moderator, HR has two interviews next week",
        },
        sig=SIG_AMELIE,
        disclaimer=DISCLAIMER_FR,
        expect={
            31: g(
                "green",
                note="kit d’onboarding v2 envoyé aux trois nouveaux comptes",
                not_in=("12 accounts onboarded",),
            ),
            32: g(
                "yellow",
                note="tout dépendra des renouvellements de janvier",
                not_in=("on track to 2%",),
            ),
            33: g("red", note="HR has two interviews next week", not_in=("no moderator hired",)),
        },
        clean=("Réponses sous chaque point",),
        tags=("emoji-flag", "trimmed-quote", "smart-quotes", "nbsp", "disclaimer"),
    ),
    Case(
        "fresh8-amelie-roundcube-correction",
        "amelie",
        "roundcube",
        lang="fr",
        layout="bottom",
        text="""
        #31 vert
        #32 red, no wait: yellow - November closed at 2.1%
        #33 terminé : le forum est ouvert depuis mardi, 40 inscrits

        Bonne fin de semaine,
        Amélie
        """,
        expect={
            31: e("green"),
            32: g("yellow", note="November closed at 2.1%"),
            33: done(E, note="40 inscrits"),
        },
        clean=("Bonne fin de semaine", "Amélie"),
        tags=("correction", "done-local", "mixed-language"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # Dec 11), #43 Red team the login flow, #44 Amber rollout for every service.
    Case(
        "fresh8-lucia-gmail_android-titles",
        "lucia",
        "gmail_android",
        lang="es",
        footer="Enviado desde mi Android",
        text="""
        Cut time on track 3: yellow - 6 días de media, subió uno por las vacaciones
        launch the partner portal: done - live since Wednesday with 4 partners
        RED TEAM THE LOGIN FLOW: green
        Amber rollout: red 0.2 - paused again after the DNS incident on the 8th
        """,
        expect={
            41: g("yellow", note="subió uno por las vacaciones"),
            42: done(G, note="live since Wednesday"),
            43: g("green"),
            44: g("red", 0.2, note="paused again after the DNS incident"),
        },
        tags=(
            "title-prefix",
            "title-status-word",
            "title-colour-word",
            "title-uppercase",
            "mobile-footer-custom",
        ),
    ),
    Case(
        "fresh8-lucia-samsung-reminder-letters",
        "lucia",
        "samsung",
        lang="es",
        form="R50",
        text="""
        Perdón por el retraso: #41 G, #43 G, #44 A, #42 R - seguimos sin las claves de la API

        Un saludo,
        Lucía
        """,
        expect={
            41: g("green"),
            43: g("green"),
            44: g("yellow"),
            42: g("red", note="seguimos sin las claves de la API"),
        },
        clean=("Perdón por el retraso", "Un saludo", "Lucía"),
        tags=("one-line", "letter-flag"),
    ),
    Case(
        "fresh8-lucia-outlook_mobile-inline-initials",
        "lucia",
        "outlook_mobile",
        lang="es",
        layout="inline",
        text={
            "#42": "(LF) red – las claves de API siguen sin llegar, lo he escalado a Amélie",
            "#43": "LF → green, el informe del pentest llega el lunes",
            "#44": "lf: yellow 0,4 - 5 de 12 servicios migrados",
        },
        expect={
            42: g("red", note="lo he escalado a Amélie", not_in=("(LF)", "partner API keys")),
            43: g(
                "green", note="el informe del pentest llega el lunes", not_in=("pen test started",)
            ),
            44: g(
                "yellow", 0.4, note="5 de 12 servicios migrados", not_in=("lf:", "rollout resumed")
            ),
        },
        tags=("initials", "initials-lowercase", "arrow", "partial", "decimal-comma"),
    ),
    Case(
        "fresh8-lucia-yahoo-near-amver",
        "lucia",
        "yahoo",
        lang="es",
        text="""
        Hola Amélie:

        #41 verde – 5 días de media
        #42 entregado: el portal salió ayer con 4 partners
        #43 green
        #44 amver - 6 de 12 servicios ya en amber

        Saludos,
        Lucía
        """,
        expect={
            41: e("green", note="5 días de media"),
            42: done(E, note="4 partners"),
            43: g("green"),
            44: near("yellow"),
        },
        clean=("Hola Amélie", "Saludos", "Lucía"),
        tags=("near-miss", "done-local"),
    ),
    Case(
        "fresh8-lucia-em_client-forward-connectors",
        "lucia",
        "em_client",
        layout="forward",
        prose="en",
        text="""
        Forwarding, because my reply from the phone never arrived.

        - #41 = green, 0.9
        - #42 => done, the portal went live for 4 partners
        - #43 is now yellow: the external team found 2 high findings
        - #44 still yellow - 6/12 services
        """,
        expect={
            41: g("green", 0.9),
            42: done(G, note="went live for 4 partners"),
            43: g("yellow", note="the external team found 2 high findings"),
            44: g("yellow", note="6/12 services"),
        },
        clean=("Forwarding, because",),
        tags=("forwarded", "bullets-dash", "connectors", "fraction-in-note"),
    ),
    # Mariana Costa, São Paulo (no answer for week 49): #51 Open the São Paulo office, #52 10
    # reseller agreements signed, #53 Portuguese help centre complete (overdue on W50).
    Case(
        "fresh8-mariana-uol-late-w49",
        "mariana",
        "uol",
        lang="pt",
        form="W49",
        text="""
        Bom dia,

        desculpem o atraso, segue a semana passada:

        #51 amarelo - contrato de locação ainda em revisão jurídica
        #52 verde 0,8 - 8 de 10 assinados
        #53 yellow - 95 de 120 artigos traduzidos

        Atenciosamente,
        Mariana Costa
        """,
        expect={
            51: e("yellow", note="contrato de locação ainda em revisão jurídica"),
            52: e("green", 0.8, note="8 de 10 assinados"),
            53: g("yellow", note="95 de 120 artigos traduzidos"),
        },
        clean=("Bom dia", "desculpem o atraso", "Atenciosamente", "Mariana Costa"),
        tags=("late-w49", "decimal-comma", "iso-8859-1"),
    ),
    Case(
        "fresh8-mariana-gmail_ios-title-number",
        "mariana",
        "gmail_ios",
        lang="pt",
        text="""
        10 reseller agreements signed: green - 9 of 10, the last one signs on 15/12
        Portuguese help centre complete: done – all 120 articles published on Tuesday
        Open the São Paulo office - yellow, 60%
        """,
        expect={
            52: g("green", note="the last one signs on 15/12"),
            53: done(G, note="all 120 articles published"),
            51: g("yellow", 0.6),
        },
        tags=("title-prefix", "title-starts-with-number", "title-command-word", "date-in-note"),
    ),
    Case(
        "fresh8-mariana-yahoo_android-reminder-all-green",
        "mariana",
        "yahoo_android",
        form="R50",
        text="""
        All green.
        #53 due 2027-01-22 - legal wants to review the last 25 articles

        Abraços,
        Mariana
        """,
        expect={51: g("green"), 52: g("green"), 53: due(G, "2027-01-22")},
        clean=("Abraços", "Mariana"),
        tags=("all-green-with-date", "mobile-footer"),
    ),
    Case(
        "fresh8-mariana-thunderbird_html-status-pt",
        "mariana",
        "thunderbird_html",
        lang="pt",
        text="""
        Olá Amélie,

        #51 bem encaminhado – a obra começa em janeiro
        #52 em risco – dois revendedores pediram mais prazo
        #53 concluído — os últimos 12 artigos foram publicados ontem

        Um abraço,
        Mariana
        """,
        sig=SIG_MARIANA,
        disclaimer=DISCLAIMER_PT,
        expect={
            51: e("green", note="a obra começa em janeiro"),
            52: e("yellow", note="dois revendedores pediram mais prazo"),
            53: done(E, note="os últimos 12 artigos"),
        },
        clean=("Olá Amélie", "Um abraço"),
        tags=("status-phrase", "done-local", "signature", "disclaimer"),
    ),
    Case(
        "fresh8-mariana-hey-noquote-check",
        "mariana",
        "hey",
        layout="noquote",
        text="""
        #51 yellow - the landlord countered on the fit-out budget
        #52 green 9/10
        #53 ✅
        """,
        expect={
            51: g("yellow", note="the landlord countered on the fit-out budget"),
            52: g("green", 0.9),
            53: amb(),
        },
        tags=("ambiguous", "check-mark-alone", "score-fraction", "html-only"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback.
    Case(
        "fresh8-giulia-libero-due-rollback",
        "giulia",
        "libero",
        lang="it",
        text="""
        Ciao Jonas,

        #61 verde, 0,7 – finestra di migrazione confermata per il 14 gennaio
        #62 rosso – 94% a novembre, due rollback

        Un saluto,
        Giulia
        """,
        expect={
            61: e("green", 0.7, note="finestra di migrazione confermata per il 14 gennaio"),
            62: e("red", note="94% a novembre, due rollback"),
        },
        clean=("Ciao Jonas", "Un saluto", "Giulia"),
        tags=("decimal-comma", "date-in-note", "command-word-in-note"),
    ),
    Case(
        "fresh8-giulia-spark-title-own-colon",
        "giulia",
        "spark",
        text="""
        On-track deploys: 95% without rollback: yellow - 94.2% over the last 30 days, one rollback on the 3rd
        Move the Istanbul region: green - DNS switch-over planned for 12 January
        """,  # noqa: E501
        expect={
            62: g("yellow", note="94.2% over the last 30 days"),
            61: g("green", note="DNS switch-over planned for 12 January"),
        },
        tags=("title-own-colon", "title-status-word", "title-prefix", "percent-in-note"),
    ),
    Case(
        "fresh8-giulia-samsung-tr-durum",
        "giulia",
        "samsung",
        lang="tr",
        charset="iso-8859-9",
        text="""
        Merhaba Jonas,

        #61 Durum: yeşil - yeni kümeye geçiş provası başarılı
        #62 hâlâ kırmızı - bu ay iki geri alma oldu

        Saygılarımla,
        Giulia Rossi
        """,
        expect={
            61: e("green", note="yeni kümeye geçiş provası başarılı"),
            62: e("red", note="bu ay iki geri alma oldu"),
        },
        clean=("Merhaba Jonas", "Saygılarımla", "Giulia Rossi"),
        tags=("status-label", "iso-8859-9", "mobile-footer"),
    ),
    Case(
        "fresh8-giulia-apple_mail-named-twice",
        "giulia",
        "apple_mail",
        lang="it",
        prose="en",
        text="""
        #61 green - cluster ready, waiting for the traffic freeze to lift
        #62 yellow

        On-track deploys: red - two rollbacks this week

        Buona serata,
        Giulia
        """,
        expect={61: g("green", note="waiting for the traffic freeze to lift"), 62: amb()},
        clean=("Buona serata", "Giulia"),
        tags=("ambiguous", "named-twice", "title-prefix"),
    ),
    Case(
        "fresh8-giulia-outlook_mobile-forward-emoji",
        "giulia",
        "outlook_mobile",
        layout="forward",
        text="""
        FYI, forwarding – my first reply is stuck in the outbox on the plane.

        #61 was yellow, now green - cut-over rehearsal passed on Tuesday
        #62 🟠 0.5 - 95.1% across the last 30 days, no rollback since the 3rd
        """,
        expect={
            61: g("green", note="cut-over rehearsal passed on Tuesday"),
            62: g("yellow", 0.5, note="no rollback since the 3rd"),
        },
        clean=("FYI, forwarding",),
        tags=("forwarded", "was-now", "emoji-flag", "mobile-footer"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store
    # rating above 4.5, #73 Behind-the-login analytics dashboard.
    Case(
        "fresh8-sanne-outlook_web-titles-bold",
        "sanne",
        "outlook_web",
        lang="nl",
        prose="en",
        text="""
        Hoi Dana,

        Ship the mobile app 2.0: yellow - Apple review takes longer than planned, Android is live
        App store rating above 4.5: **green**, 0.9
        behind-the-login: green - three dashboards live, the fourth one next sprint

        Groetjes,
        Sanne
        """,
        expect={
            71: g("yellow", note="Apple review takes longer than planned"),
            72: g("green", 0.9),
            73: g("green", note="three dashboards live"),
        },
        clean=("Hoi Dana", "Groetjes", "Sanne"),
        tags=(
            "title-prefix",
            "title-number",
            "title-command-word",
            "title-status-word",
            "markdown-asterisks",
        ),
    ),
    Case(
        "fresh8-sanne-ios_mail-status-nl",
        "sanne",
        "ios_mail",
        lang="nl",
        text="""
        #71 op schema
        #72 groen – 4,6 deze week
        #73 loopt volgens plan

        Groet, Sanne
        """,
        expect={71: e("green"), 72: e("green", note="4,6 deze week"), 73: e("green")},
        clean=("Groet, Sanne",),
        tags=("status-phrase", "mobile-footer"),
    ),
    Case(
        "fresh8-sanne-gmail_web-near-depends",
        "sanne",
        "gmail_web",
        lang="nl",
        prose="en",
        text="""
        #71 greem - Android build approved, iOS expected Monday
        #72 green
        #73 green, 70%
        #73 depends on #71
        """,
        expect={71: near("green"), 72: g("green"), 73: g("green", 0.7, not_in=("depends",))},
        tags=("near-miss", "depends-line"),
    ),
    Case(
        "fresh8-sanne-evolution-wrapped-colour",
        "sanne",
        "evolution",
        layout="bottom",
        wrap=72,
        text="""
        #71 red 0.3 - Apple rejected the build again over the new login screen; green light from QA is in and we resubmit tomorrow
        #72 Status: green
        #73 done – the last two dashboards went live on Tuesday
        """,  # noqa: E501
        sig=SIG_SANNE,
        expect={
            71: g("red", 0.3, note="green light from QA is in"),
            72: g("green"),
            73: done(G, note="the last two dashboards went live on Tuesday"),
        },
        tags=("hard-wrap-72", "continuation-colour-word", "status-label", "sig-dashes"),
    ),
    Case(
        "fresh8-sanne-blackberry-reminder-crlf",
        "sanne",
        "blackberry",
        form="R50",
        crlf=True,
        text="""
        #71 and #72: green
        #73 red - the tracking pixel is blocked by the new consent banner
        """,
        expect={
            71: g("green"),
            72: g("green"),
            73: g("red", note="the tracking pixel is blocked by the new consent banner"),
        },
        tags=("two-refs-one-flag", "crlf", "mobile-footer", "status-word-in-note"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout, #82 Greenfield pricing
    # experiment.
    Case(
        "fresh8-erik-fastmail-greenfield",
        "erik",
        "fastmail",
        charset="us-ascii",
        cte="7bit",
        text="""
        Hi Sanne,

        - greenfield pricing experiment: red - the control group is too small, we need two more weeks of traffic
        - Swish and Vipps: green

        /Erik
        """,  # noqa: E501
        expect={
            82: g("red", note="the control group is too small"),
            81: g("green"),
        },
        clean=("Hi Sanne", "/Erik"),
        tags=("title-prefix", "title-colour-word", "bullets-dash"),
    ),
    Case(
        "fresh8-erik-apple_mail-sv",
        "erik",
        "apple_mail",
        lang="sv",
        text="""
        Hej Sanne!

        #81 grön – Vipps gick live i produktion i onsdags
        #82 gul, 0,5 – kontrollgruppen är fortfarande för liten

        Med vänliga hälsningar
        Erik
        """,
        expect={
            81: e("green", note="Vipps gick live i produktion i onsdags"),
            82: e("yellow", 0.5, note="kontrollgruppen är fortfarande för liten"),
        },
        clean=("Hej Sanne", "Med vänliga hälsningar", "Erik"),
        tags=("decimal-comma",),
    ),
    Case(
        "fresh8-erik-alpine-over-arrow",
        "erik",
        "alpine",
        layout="over",
        text={
            "#81": "This week: yellow - Swish refunds fail for amounts over 10\u00a0000 SEK, "
            "fix in review",
            "#82": "Last week: [GREEN] finance gave the green light -> this week red, legal "
            "paused the test",
        },
        expect={
            81: g("yellow", note="Swish refunds fail for amounts over", not_in=("Vipps in test",)),
            82: g("red", note="legal paused the test", not_in=("finance gave the green light",)),
        },
        tags=("typed-over-last-week", "edited-last-week-line", "nbsp", "us-ascii"),
    ),
    Case(
        "fresh8-erik-thunderbird_html-re",
        "erik",
        "thunderbird_html",
        lang="sv",
        prose="en",
        text="""
        Re #81 green - 212 payments through Vipps yesterday
        Re #82 on track

        Hälsningar,
        Erik
        """,
        expect={81: g("green", note="212 payments through Vipps yesterday"), 82: e("green")},
        clean=("Hälsningar,", "Erik"),
        tags=("re-prefix", "status-phrase"),
    ),
    Case(
        "fresh8-erik-proton-drop-thread",
        "erik",
        "proton",
        to="thread",
        text="""
        #82 cancelled - finance wants the new pricing in Q2 together with the new plans, so the experiment stops here
        #81 green 80%

        /Erik
        """,  # noqa: E501
        expect={82: drop(G, "together with the new plans"), 81: g("green", 0.8)},
        clean=("/Erik",),
        tags=("drop", "address:thread", "mobile-footer"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook, #92 Renew the Telenor contract
    # (overdue), #93 Partner NPS above 40.
    Case(
        "fresh8-mette-outlook_mac-titles-due",
        "mette",
        "outlook_mac",
        text="""
        At-risk accounts playbook: green - sales signed off on the four-page version
        Renew the Telenor contract: due 2027-01-31 - the bridge agreement covers us until then
        Partner NPS: yellow, 0.6 - 37 after the December pulse survey… both detractors are resellers

        Venlig hilsen
        Mette
        """,
        expect={
            91: g("green", note="sales signed off on the four-page version"),
            92: due(G, "2027-01-31"),
            93: g("yellow", 0.6, note="37 after the December pulse survey"),
        },
        clean=("Venlig hilsen", "Mette"),
        tags=("title-prefix", "title-status-word", "due-by-title", "note-starts-with-number"),
    ),
    Case(
        "fresh8-mette-gmail_android-da",
        "mette",
        "gmail_android",
        lang="da",
        footer="Sendt fra min Android-telefon",
        text="""
        #91 grøn – salg har godkendt den korte udgave
        #92 rød, 0,2 – Telenor vil have nye priser, før de skriver under
        #93 ser godt ud
        """,
        expect={
            91: e("green", note="salg har godkendt den korte udgave"),
            92: e("red", 0.2, note="Telenor vil have nye priser"),
            93: e("green"),
        },
        tags=("status-phrase", "decimal-comma", "mobile-footer-custom"),
    ),
    Case(
        "fresh8-mette-outlook_desktop-no",
        "mette",
        "outlook_desktop",
        lang="no",
        text="""
        Hei Sanne,

        #92 skyver til 15. januar 2027 – Telenor trenger mer tid til juridisk gjennomgang
        #91 gul – salg vil ha en enda kortere versjon
        #93 grønn

        Med vennlig hilsen
        Mette Sørensen
        """,
        disclaimer=DISCLAIMER_NO,
        expect={
            92: due(E, "2027-01-15"),
            91: e("yellow", note="salg vil ha en enda kortere versjon"),
            93: e("green"),
        },
        clean=("Hei Sanne", "Med vennlig hilsen", "Mette Sørensen"),
        tags=("date-local", "disclaimer"),
    ),
    Case(
        "fresh8-mette-mutt-ref-styles",
        "mette",
        "mutt",
        layout="bottom",
        text="""
        # 91 yellow - sales wants it cut to two pages before the kick-off
        92) unfortunately red - Telenor's lawyers are back from leave on the 14th
        93. green 0.7
        """,
        sig="""
        --
        Mette Sørensen, Oslo
        """,
        expect={
            91: g("yellow", note="sales wants it cut to two pages before the kick-off"),
            92: g("red", note="lawyers are back from leave"),
            93: g("green", 0.7),
        },
        tags=("ref-space", "ref-paren", "ref-dot", "regret-word", "sig-dashes"),
    ),
    Case(
        "fresh8-mette-lotus_notes-kr-tab",
        "mette",
        "lotus_notes",
        text="""
        KR-91\tgreen
        KR-92 drop - Telenor chose another partner, nothing left to renew
        KR-93 at risk - 36 this month, two big partners unhappy with payouts
        """,
        sig=SIG_METTE_DA,
        expect={
            91: g("green"),
            92: drop(G, "Telenor chose another partner"),
            93: e("yellow", note="two big partners unhappy with payouts"),
        },
        tags=("kr-prefix", "tab", "status-phrase", "drop", "signature"),
    ),
    # Olga Kowalczyk, Warsaw (no answer for week 49): #101 Complete the SOC 2 audit, #102
    # Rotate all production secrets (due Dec 10), #103 Phishing drill for all staff.
    Case(
        "fresh8-olga-the_bat-late-w49-pl",
        "olga",
        "the_bat",
        lang="pl",
        form="W49",
        charset="iso-8859-2",
        text="""
        Dzień dobry,

        spóźniona odpowiedź za zeszły tydzień:
        #101 żółty - audytor prosi o logi dostępu z III kwartału
        #102 zielony 0,8 - 14 z 18 usług zrotowanych
        #103 green

        Pozdrawiam
        Olga
        """,
        expect={
            101: e("yellow", note="audytor prosi o logi dostępu"),
            102: e("green", 0.8, note="14 z 18 usług zrotowanych"),
            103: g("green"),
        },
        clean=("Dzień dobry", "spóźniona odpowiedź", "Pozdrawiam", "Olga"),
        tags=("late-w49", "iso-8859-2", "decimal-comma"),
    ),
    Case(
        "fresh8-olga-wp_pl-near-mislabel",
        "olga",
        "wp_pl",
        lang="pl",
        prose="en",
        charset="iso-8859-2",
        mislabel="iso-8859-1",
        text="""
        Complete the SOC 2 audit: yellow - evidence for control CC6.1 is still missing
        #102 done - all 18 services rotated, the last one on Wednesday 9 Dec
        #103 yellpw - drill set for 16 Dec, two departments still have to confirm

        Miłego weekendu!
        Olga
        """,
        expect={
            101: g("yellow", note="evidence for control CC6.1 is still missing"),
            102: done(G, note="all 18 services rotated"),
            103: near("yellow"),
        },
        clean=("Miłego weekendu", "Olga"),
        tags=("near-miss", "title-command-word", "charset-mislabelled"),
    ),
    Case(
        "fresh8-olga-mailru-ru-koi8",
        "olga",
        "mailru",
        lang="ru",
        charset="koi8-r",
        text="""
        Добрый день!

        #101 Статус: жёлтый - аудитор запросил дополнительные доказательства
        #102 готово - все секреты ротированы, последний сервис вчера
        #103 в срок

        С уважением,
        Ольга Ковальчик
        """,
        expect={
            101: e("yellow", note="аудитор запросил дополнительные доказательства"),
            102: done(E, note="все секреты ротированы"),
            103: e("green"),
        },
        clean=("Добрый день", "С уважением", "Ольга Ковальчик"),
        tags=("status-label", "status-phrase", "done-local", "koi8-r"),
    ),
    Case(
        "fresh8-olga-yandex-reminder-number",
        "olga",
        "yandex",
        form="R50",
        text="""
        Apologies, I was at a workshop all week.
        Number 101: yellow
        #102 done
        The 103 is green

        Pozdrawiam, Olga
        """,
        expect={101: g("yellow"), 102: done(G), 103: g("green")},
        clean=("Apologies, I was", "Pozdrawiam, Olga"),
        tags=("number-word-ref", "article-ref"),
    ),
    Case(
        "fresh8-olga-outlook_plain-pl-stan",
        "olga",
        "outlook_plain",
        lang="pl",
        text="""
        #101 Stan: zielony
        #103 Ten tydzień: żółty - dwa działy nie potwierdziły terminu
        #102 przesunięte na 18.12.2026 - dwa stare systemy wymagają okna serwisowego
        """,
        sig=SIG_OLGA,
        disclaimer=DISCLAIMER_PL,
        expect={
            101: e("green"),
            103: e("yellow", note="dwa działy nie potwierdziły terminu"),
            102: due(E, "2026-12-18"),
        },
        tags=("status-label", "this-week-label", "date-dotted", "signature", "disclaimer"),
    ),
    # Kenji Watanabe, Tokyo (no answer for week 49): #111 Localise the product into Japanese,
    # #112 Sign 3 launch customers in Japan, #113 Stop-ship bugs to zero (due Dec 12),
    # #114 Red-carpet onboarding for launch partners.
    Case(
        "fresh8-kenji-becky-late-w49",
        "kenji",
        "becky",
        lang="ja",
        form="W49",
        text="""
        先週分の回答が遅くなり、申し訳ありません。

        #111 緑 - 翻訳率 91%
        #112 黄色 - 1社契約済み、2社と交渉中
        #113 赤 - 残り9件
        #114 green

        よろしくお願いします。
        渡辺
        """,
        expect={
            111: e("green", note="翻訳率 91%"),
            112: e("yellow", note="2社と交渉中"),
            113: e("red", note="残り9件"),
            114: g("green"),
        },
        clean=("申し訳ありません", "よろしくお願いします", "渡辺"),
        tags=("late-w49", "iso-2022-jp"),
    ),
    Case(
        "fresh8-kenji-outlook_desktop-numbered-headings",
        "kenji",
        "outlook_desktop",
        lang="ja",
        prose="en",
        text="""
        1. #111 Localise the product into Japanese - green, 95%
        2. #112 Sign 3 launch customers in Japan - yellow - second contract is with their legal team
        3. Stop-ship bugs: from red to yellow - 4 left, all with fixes in QA
        4. red-carpet onboarding: GREEN
        """,  # noqa: E501
        sig=SIG_KENJI,
        expect={
            111: g("green", 0.95),
            112: g("yellow", note="second contract is with their legal team"),
            113: g("yellow", note="4 left, all with fixes in QA"),
            114: g("green"),
        },
        tags=(
            "numbered-list",
            "pasted-heading",
            "title-prefix",
            "from-to",
            "uppercase",
            "signature",
        ),
    ),
    Case(
        "fresh8-kenji-gmail_web-ja-notes",
        "kenji",
        "gmail_web",
        lang="ja",
        text="""
        #111 green – 残りの画面は3つだけ
        #112 yellow 0.5 – 2社目は法務確認中
        #113 red – 来週月曜にリリース判定
        #114 green
        """,
        sig=SIG_KENJI,
        expect={
            111: g("green", note="残りの画面は3つだけ"),
            112: g("yellow", 0.5, note="2社目は法務確認中"),
            113: g("red", note="来週月曜にリリース判定"),
            114: g("green"),
        },
        tags=("mixed-language", "signature"),
    ),
    Case(
        "fresh8-kenji-ios_mail-reminder-sjis",
        "kenji",
        "ios_mail",
        lang="ja",
        form="R50",
        charset="shift_jis",
        text="""
        #113 完了しました。最後のバグは水曜日に修正済みです
        #111 順調
        """,
        expect={113: done(E, note="最後のバグは水曜日に修正済みです"), 111: e("green")},
        tags=("done-local", "status-phrase", "shift_jis", "partial", "mobile-footer"),
    ),
    Case(
        "fresh8-kenji-thunderbird-flag-and-date",
        "kenji",
        "thunderbird",
        lang="ja",
        prose="en",
        text="""
        #113 red, new date Dec 19 - two crash bugs reopened on Android
        #112 🟡
        #114 looks good
        """,
        expect={
            113: due(G, "2026-12-19", flag="red"),
            112: g("yellow"),
            114: e("green"),
        },
        tags=("flag-and-date", "emoji-flag", "status-phrase", "partial"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue).
    Case(
        "fresh8-wei-foxmail-zh-due",
        "wei",
        "foxmail",
        lang="zh",
        text="""
        #121 绿色 – 杭州的合作伙伴已经完成系统对接
        #122 推迟到2027年1月15日 – 材料已补齐，等待审批

        谢谢！
        张伟
        """,
        expect={
            121: e("green", note="杭州的合作伙伴已经完成系统对接"),
            122: due(E, "2027-01-15"),
        },
        clean=("谢谢", "张伟"),
        tags=("date-local", "gb18030"),
    ),
    Case(
        "fresh8-wei-netease-bullets-upper-token",
        "wei",
        "netease",
        lang="zh",
        prose="en",
        to="token-upper",
        footer="发自网易邮箱大师",
        text="""
        · #121 green 0.8 - Hangzhou partner integrated, Chengdu signs in January
        · #122 red - the bureau asked for the server lease contract again
        """,
        expect={
            121: g("green", 0.8, note="Chengdu signs in January"),
            122: g("red", note="the bureau asked for the server lease contract again"),
        },
        tags=("bullets-middot", "address:token-upper", "mobile-footer-custom"),
    ),
    Case(
        "fresh8-wei-spark-noquote-connectors",
        "wei",
        "spark",
        layout="noquote",
        text="""
        • #121 is now green – third partner contract signed
        • #122 no change, still red
        """,
        expect={
            121: g("green", note="third partner contract signed"),
            122: g("red"),
        },
        tags=("connectors", "no-change", "bullets"),
    ),
    Case(
        "fresh8-wei-gmail_android-zh-still",
        "wei",
        "gmail_android",
        lang="zh",
        text="""
        #121 还是绿色
        #122 依然是红色，审批还在排队
        """,
        expect={121: e("green"), 122: e("red", note="审批还在排队")},
        tags=("connectors",),
    ),
    Case(
        "fresh8-wei-lotus_notes-done-disclaimer",
        "wei",
        "lotus_notes",
        charset="gb2312",
        text="""
        #122 done - ICP licence approved on Tuesday, number 沪ICP备2026012345号
        #121 G

        Best regards,
        Wei
        """,
        disclaimer=DISCLAIMER_ZH,
        expect={
            122: done(G, note="ICP licence approved on Tuesday"),
            121: g("green"),
        },
        clean=("Best regards", "Wei"),
        tags=("letter-flag", "disclaimer", "gb2312"),
    ),
]
