"""A sixteenth batch (written on 2026-12-07 by an outside author who read neither the parser,
its tests nor its development corpus, and who ran neither on it; sealed and unregistered until
it is measured once, at the end of a round), five replies per person of the company.

Theme: THE README GRAMMAR, TYPED BY REAL PEOPLE IN REAL CLIENTS. Most answers use forms the
README's grammar table documents, in its languages: `#NN`, bare numbers with a colon or a
dash, `El 41 está en…`, numbers in brackets after a few words, title prefixes in upper, lower
and mixed case (`SIGN 5 DESIGN PARTNERS:`, `green-light the data platform:`, `At-risk:`,
`Red-carpet:`, `10 reseller agreements:`), words of one title (`Telenor:`, `NPS:`, `SOC 2`,
`Help centre:`), flag words and status words in fifteen languages, one-letter flags on a
phone run-on, scores as `0.9`, `60%`, `0,5`, `7/10` and `score 0.4`, done words (`lancé`,
`lanzado`, `feito ontem`, `klaar`, `færdig`, `завершено во вторник`, `完了しました`,
`已完成`, `Closing #113.`, `então concluído`), drops with reasons (`drop -`, `lo dejamos –`,
`den dropper vi –`), new dates in every documented style (ISO, `Jan 20`, `2/26`,
`18/12/2026`, `29.01.`, `15. März`, `15.01.2027`, `8 januari`, `31. januar`, `29 janvier`,
`22 января`, `12月18日`, `2027年3月1日`), `unchanged` in seven languages (one with no flag
last week to carry), blankets with exceptions in English, French, Spanish, Danish and Polish,
corrections (`Correction:`, `Korrektur:`, `PS : … en fait`, `zielony... nie, jednak żółty`),
two key results in one clause, and answers over the quoted form's `Last week:` lines
(`[GREEN] -> gul`). They are typed as people type them: Gmail bold and bullet lists, numbered
lists whose numbers are no key results, a Markdown table, a tab-separated paste from a sheet,
HTML-only clients, a UTF-8 reply declared ISO-8859-1, answers between the quoted items and
over them, initials, `Réponse :` and `Respuesta:` labels, long notes hard-wrapped
mid-sentence, notes that name other key results' numbers and colours, URLs, ticket and PR
numbers (`PR #14`, `JIRA-123`, `OPS-4711`, `INC-882`) and amounts, a dotted date and a
migration window's date inside notes that move no due date, sign-offs in all fifteen
languages, signature blocks and disclaimers, forwards, late answers to week 49 and answers
to the reminder. The rest is everyday writing (idioms, labels in the person's own words, done
and drop in plain words), with a few near-miss spellings and a few honest ambiguities.

All 42 clients and all 15 languages (as the client's language and as the writer's); 23
top-posted, 8 bottom-posted, 11 inline under the quoted items, 3 typed over `Last week:`, 7
forwarded and 8 with the quote deleted; 4 late answers to week 49 and 12 answers to the
reminder. Tagged as the earlier batches are (`grammar` for every form the README's table
documents in any of its languages, `everyday` for the rest). 180 answers: 145 `grammar` (109
flags, 19 done, 3 drops, 14 new dates) and 35 `everyday` (18 flags, 5 done, 1 drop, 1 new date,
6 ambiguous and 4 near-misses); 5 key results are left unanswered. The ambiguous answers, where
nothing may be recorded: `unverändert` with no flag last week to carry, `slipping a little`,
`bitti sayılır` (as good as done, two services left), `пока непонятно`, news with no colour
(`2社目が契約してくれました`) and a hedge (`可能红色`).
The near-misses: `amarleo`, `oranje –`, `rod` for rød, `yelow`.
"""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
--
Dana Whitfield
COO · Halvard Labs
+44 20 7946 0321 | halvard.example
"""
DISC_EN = """
CONFIDENTIALITY: the contents of this e-mail are intended for the named recipient(s)
only. If you have received it in error please notify us immediately and delete it.
Halvard Labs Ltd, 1 Long Lane, London SE1 4PG.
"""
SIG_JONAS = """
Jonas Becker
Teamlead Datenplattform · Halvard Labs GmbH
Tel. +49 30 901820 44
"""
DISC_DE = """
Vertraulichkeitshinweis: Diese E-Mail ist ausschließlich für den genannten Empfänger
bestimmt. Sollten Sie sie irrtümlich erhalten haben, informieren Sie uns bitte und
vernichten Sie die Nachricht. Halvard Labs GmbH, Amtsgericht Charlottenburg HRB 212345.
"""
DISC_FR = """
AVERTISSEMENT : ce message et toutes ses pièces jointes sont strictement confidentiels.
Toute diffusion non autorisée est interdite. Si vous n'êtes pas le destinataire, merci
de le détruire et d'en informer l'expéditeur.
"""
SIG_AMELIE = """
--
Amélie Laurent
Customer Success · Halvard Labs
06 12 34 56 78
"""
DISC_ES = """
AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente
y lo elimine.
"""
SIG_MARIANA = """
Mariana Costa
Country Manager Brasil · Halvard Labs
+55 11 3090 4410
"""
DISC_PT = """
AVISO: Esta mensagem é confidencial e destinada apenas ao destinatário indicado.
Se você a recebeu por engano, por favor informe o remetente e apague-a.
"""
DISC_IT = """
Le informazioni contenute in questa e-mail sono riservate. Qualora non foste i
destinatari, vi preghiamo di darne notizia al mittente e di eliminarla.
"""
DISC_TR = """
YASAL UYARI: Bu e-posta ve ekleri gizlidir ve yalnızca alıcısına yöneliktir.
Yanlışlıkla size ulaştıysa lütfen gönderene bildirip siliniz.
"""
SIG_SANNE = """
Sanne de Vries | Head of Mobile
Halvard Labs B.V. · Keizersgracht 123, Amsterdam
"""
DISC_NL = """
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht
per vergissing ontvangen, dan verzoeken wij u de afzender te informeren en het
bericht te verwijderen.
"""
SIG_ERIK = """
--
Erik Lindqvist
Halvard Labs AB | Betalningar Norden
"""
DISC_NO = """
Denne meldingen er konfidensiell og kun beregnet for adressaten. Dersom du har mottatt
den ved en feil, ber vi deg varsle avsender og slette meldingen.
"""
DISC_PL = """
Niniejsza wiadomość jest poufna i przeznaczona wyłącznie dla wskazanego adresata.
W przypadku otrzymania jej omyłkowo prosimy o powiadomienie nadawcy i jej usunięcie.
"""
DISC_RU = """
Конфиденциально: данное письмо предназначено только для указанного получателя.
Если оно попало к вам по ошибке, пожалуйста, уведомите отправителя и удалите его.
"""
SIG_KENJI = """
━━━━━━━━━━━━━━━━
渡辺 健二 (Kenji Watanabe)
Halvard Labs 株式会社 日本事業部
━━━━━━━━━━━━━━━━
"""
DISC_JA = """
本メールは機密情報を含む場合があります。誤って受信された場合は、
直ちに送信者にご連絡のうえ、本メールを削除してください。
"""
DISC_ZH = """
保密声明：本邮件及其附件仅供收件人使用，如您误收本邮件，请通知发件人并删除。
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners, #13 Green-light the data platform,
    # #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16 Shipped-features
    # newsletter every month. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh16-dana-gmail_web-top-bold-bullets",
        "dana",
        "gmail_web",
        text=(
            "Hi all, this week's numbers:\n"
            "\n"
            "* **#12** green, 0.9 - Kestrel countersigned on Wednesday, Orrin is the last one "
            "(PR #14 on the contract template merged)\n"
            "* **#13** yellow 60% - vendor DPA still with legal, see JIRA-123\n"
            "* **#14** red - 27 red alerts, up from 22; the green dashboard is misleading\n"
            "* **#15** due 2027-02-15\n"
            "* **#16** green\n"
            "\n"
            "Thanks,\n"
            "Dana"
        ),
        expect={
            12: g("green", 0.9, note="PR #14", not_in=("JIRA-123",)),
            13: g("yellow", 0.6, note="JIRA-123", not_in=("27 red alerts",)),
            14: g("red", note="green dashboard", not_in=("due 2027",)),
            15: due(G, "2027-02-15"),
            16: g("green"),
        },
        clean=("Thanks,", "Dana", "this week's numbers"),
        tags=(
            "bullets",
            "bold-markers",
            "score",
            "ticket-in-note",
            "other-ref-in-note",
            "colour-in-note",
            "date-iso",
        ),
    ),
    Case(
        "fresh16-dana-outlook_desktop-inline-initials-dates",
        "dana",
        "outlook_desktop",
        layout="inline",
        text={
            "^": "Answers below each item.",
            "#12": "Done – Orrin signed this morning, that’s 5 of 5.",
            "#13": "DW: yellow – legal is still redlining the DPA, call with the vendor on Monday",
            "#14": "DW: still red, 24 alerts this week (target 15)",
            "#15": "Pushed to 2/26 – second offer accepted, she starts late February",
        },
        sig=SIG_DANA,
        disclaimer=DISC_EN,
        expect={
            12: done(G, note="Orrin"),
            13: g("yellow", note="redlining", not_in=("DW:", "vendor shortlist done")),
            14: g("red", note="24 alerts", not_in=("DW:", "30+ red alerts a week")),
            15: due(G, "2027-02-26"),
        },
        clean=(
            "Answers below each item",
            "Dana Whitfield",
            "COO",
            "+44 20 7946",
            "CONFIDENTIALITY",
            "Long Lane",
        ),
        tags=(
            "initials",
            "inline-under-item",
            "done",
            "date-us-slash",
            "unanswered",
            "signature",
            "disclaimer",
        ),
    ),
    Case(
        "fresh16-dana-gmail_ios-top-reminder-letters",
        "dana",
        "gmail_ios",
        form="R50",
        text=(
            "Sorry, late again. 12 G, 13 Y, 14 R\n"
            "15 drop - finance froze the second SRE req, we go with one hire plus the on-call "
            "vendor\n"
            "\n"
            "Dana"
        ),
        expect={
            12: g("green"),
            13: g("yellow"),
            14: g("red"),
            15: drop(G, "froze the second SRE"),
        },
        clean=("Sorry, late again", "Dana"),
        tags=(
            "one-letter-flags",
            "bare-numbers",
            "several-on-a-line",
            "drop",
            "phone",
            "reply-to-reminder",
            "unanswered",
        ),
    ),
    Case(
        "fresh16-dana-outlook_plain-forward-all-except",
        "dana",
        "outlook_plain",
        layout="forward",
        to="token-upper",
        text=(
            "Forwarding this from my other account, the reply button kept failing on the "
            "train.\n"
            "\n"
            "All green except #14: red, 26 red alerts this week.\n"
            "#15: new ETA Jan 20, the second SRE signed on Tuesday and starts after her "
            "notice period\n"
            "\n"
            "Dana"
        ),
        expect={
            12: g("green"),
            13: g("green"),
            14: g("red", note="26 red alerts"),
            15: due(G, "2027-01-20"),
            16: g("green"),
        },
        clean=("Forwarding this", "Dana"),
        tags=(
            "forward",
            "all-green-except",
            "date-month-name",
            "command-not-covered-by-all",
            "colour-in-note",
        ),
    ),
    Case(
        "fresh16-dana-superhuman-bottom-title-case-wrapped",
        "dana",
        "superhuman",
        layout="bottom",
        wrap=72,
        cte="base64",
        text=(
            "SIGN 5 DESIGN PARTNERS: green - four signed, the fifth (Orrin) countersigns "
            "after their board meets on the 16th\n"
            "green-light the data platform: red - the vendor pulled out of the DPA talks on "
            "Tuesday and we are back to the shortlist; I will bring two options with costs "
            "to the Monday staff meeting\n"
            "Reduce red alerts: yellow, 19 this week, best since August\n"
            "hire 2 SREs - yellow, score 0.4\n"
            "shipped-features newsletter - humming along, the December issue goes out on the "
            "15th\n"
            "\n"
            "Best,\n"
            "Dana"
        ),
        expect={
            12: g("green", note="Orrin"),
            13: g("red", note="two options with costs", not_in=("Reduce red alerts",)),
            14: g("yellow", note="19 this week"),
            15: g("yellow", 0.4),
            16: e("green", note="December issue"),
        },
        clean=("Best,", "Dana"),
        tags=(
            "title-prefix",
            "upper-case-title",
            "lower-case-title",
            "flag-word-in-title",
            "hard-wrap",
            "long-note",
            "score",
            "idiom",
        ),
    ),
    # Jonas Becker, Berlin (did not answer week 49): #21 Yellow pages cleanup (overdue),
    # #22 Migrate billing to the new ledger, #23 Blocked-payment alerts in under 5 minutes.
    # Week 48: 21 green, 22 yellow, 23 red; week 49 has no flag.
    Case(
        "fresh16-jonas-gmx-top-late-w49-html-only",
        "jonas",
        "gmx",
        form="W49",
        lang="de",
        text=(
            "Hallo,\n"
            "sorry, die Antwort für letzte Woche kommt spät.\n"
            "\n"
            "#21 erledigt – alle 1.240 Einträge bereinigt, Abnahme durch den Vertrieb am 4.12.\n"
            "#22 unverändert\n"
            "#23 rot – Zugriff auf die Zahlungslogs fehlt weiterhin (Ticket OPS-4711)\n"
            "\n"
            "Viele Grüße\n"
            "Jonas"
        ),
        expect={
            21: done(G, note="1.240"),
            22: g("yellow"),
            23: g("red", note="OPS-4711", not_in=("Viele Grüße",)),
        },
        clean=("Viele Grüße", "Jonas", "kommt spät"),
        tags=(
            "html-only",
            "late-reply",
            "unchanged",
            "done",
            "ticket-in-note",
            "dotted-date-in-note",
        ),
    ),
    Case(
        "fresh16-jonas-outlook_mac-inline-initials-dotted-date",
        "jonas",
        "outlook_mac",
        layout="inline",
        lang="de",
        cc="dana@halvard.example",
        text={
            "#21": "Fertig – die letzten 80 Dubletten sind seit Dienstag raus.",
            "#22": "JB: gelb, 0,6 – Finance hat das Kontenschema noch nicht freigegeben, "
            "Mehrkosten bisher 12.400 €",
            "#23": "Wir schieben es auf den 29.01., weil das Alerting am neuen Ledger hängt.",
            "$": "Gruß\nJonas",
        },
        expect={
            21: done(G, note="Dubletten"),
            22: g("yellow", 0.6, note="12.400", not_in=("JB:", "Gruß")),
            23: due(G, "2027-01-29"),
        },
        clean=("Gruß", "Jonas"),
        tags=(
            "inline-under-item",
            "initials",
            "score-decimal-comma",
            "amount-in-note",
            "date-dotted-short",
            "done",
            "cc",
        ),
    ),
    Case(
        "fresh16-jonas-webde-top-reminder-correction",
        "jonas",
        "webde",
        form="R50",
        lang="de",
        text=(
            "22: 7/10, gelb – Ledger-Schema steht, Altdaten kommen ab 4. Januar dran\n"
            "23 - R - Freigabe für die Zahlungslogs fehlt noch\n"
            "Yellow pages cleanup: erledigt\n"
            "\n"
            "Korrektur: #23 ist doch gelb, die Freigabe kam gerade rein.\n"
            "\n"
            "Beste Grüße aus Berlin\n"
            "Jonas Becker"
        ),
        expect={
            21: done(G),
            22: g("yellow", 0.7, note="Ledger-Schema", not_in=("Yellow pages",)),
            23: g("yellow"),
        },
        clean=("Beste Grüße aus Berlin", "Jonas Becker"),
        tags=(
            "bare-numbers",
            "score-fraction",
            "one-letter-flags",
            "title-prefix",
            "flag-word-in-title",
            "correction-later-line",
            "reply-to-reminder",
        ),
    ),
    Case(
        "fresh16-jonas-gmail_android-forward-due-wobbly",
        "jonas",
        "gmail_android",
        layout="forward",
        lang="de",
        text=(
            "Leite das weiter, mein Antworten-Knopf hing.\n"
            "\n"
            "#22 verschoben auf 15. März – Finance braucht erst den Jahresabschluss\n"
            "#23 Alarm kommt jetzt nach 9 Minuten statt nach 5, noch etwas wackelig\n"
            "\n"
            "LG Jonas"
        ),
        expect={
            22: due(G, "2027-03-15"),
            23: e("yellow", note="9 Minuten"),
        },
        clean=("LG Jonas", "Leite das weiter"),
        tags=("forward", "date-month-name", "everyday-status", "unanswered"),
    ),
    Case(
        "fresh16-jonas-lotus_notes-top-unchanged-no-last-week",
        "jonas",
        "lotus_notes",
        lang="de",
        text=(
            "Hallo zusammen,\n"
            "\n"
            "Diese Woche:\n"
            "#21 – erledigt, Abnahme durch den Vertrieb am Montag\n"
            "#22 – unverändert\n"
            "#23 – gelb, 7 Minuten im Median (Ziel unter 5), Fix kommt mit PR #118\n"
            "\n"
            "Mit freundlichen Grüßen"
        ),
        sig=SIG_JONAS,
        disclaimer=DISC_DE,
        expect={
            21: done(G, note="Vertrieb"),
            22: amb(),
            23: g("yellow", note="PR #118", not_in=("Mit freundlichen",)),
        },
        clean=(
            "Mit freundlichen Grüßen",
            "Jonas Becker",
            "Teamlead",
            "+49 30",
            "Vertraulichkeitshinweis",
            "HRB 212345",
        ),
        tags=(
            "dash-after-ref",
            "unchanged-without-last-week",
            "ambiguous",
            "done",
            "pr-number-in-note",
            "signature",
            "disclaimer",
        ),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch
    # the customer forum (overdue). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh16-amelie-orange-top-launched-wrapped",
        "amelie",
        "orange",
        lang="fr",
        charset="iso-8859-15",
        cte="8bit",
        wrap=66,
        text=(
            "Bonjour,\n"
            "\n"
            "#31 : vert - 15 comptes accompagnés ce mois-ci, trois de plus que la semaine "
            "dernière, et le questionnaire de satisfaction donne 4,7 sur 5\n"
            "#32 : 0,5 jaune - churn à 2,3 % en novembre, il faut encore gagner trois "
            "dixièmes d'ici la fin du mois\n"
            "#33 : lancé ! Le forum est en ligne depuis mardi, 240 inscrits\n"
            "\n"
            "Bonne journée,\n"
            "Amélie"
        ),
        expect={
            31: g("green", note="4,7 sur 5"),
            32: g("yellow", 0.5, note="2,3 %", not_in=("lancé",)),
            33: done(G),
        },
        clean=("Bonne journée", "Amélie"),
        tags=(
            "colon-after-ref",
            "score-before-flag",
            "score-decimal-comma",
            "launched",
            "hard-wrap",
            "long-note",
            "rating-in-note",
        ),
    ),
    Case(
        "fresh16-amelie-zimbra-inline-reponse-labels",
        "amelie",
        "zimbra",
        layout="inline",
        lang="fr",
        text={
            "#31": "Réponse : vert",
            "#32": "Réponse : inchangé",
            "#33": "Réponse : rouge. La modératrice n'arrive que le 4 janvier.",
            "$": "Cordialement,\nAmélie Laurent",
        },
        disclaimer=DISC_FR,
        expect={
            31: g("green", not_in=("Réponse",)),
            32: g("yellow"),
            33: g("red", note="modératrice", not_in=("Réponse", "no moderator hired")),
        },
        clean=("Cordialement", "Amélie Laurent", "AVERTISSEMENT", "strictement confidentiels"),
        tags=("inline-under-item", "answer-label", "unchanged", "date-in-note", "disclaimer"),
    ),
    Case(
        "fresh16-amelie-thunderbird_html-bottom-reminder-ras-ps",
        "amelie",
        "thunderbird_html",
        layout="bottom",
        form="R50",
        lang="fr",
        text=(
            "Rien à signaler de mon côté, sauf #33 qui passe au rouge : l'outil de modération "
            "n'est toujours pas choisi.\n"
            "\n"
            "PS : #32 est en fait jaune, le churn de novembre est remonté à 2,4 %.\n"
            "\n"
            "Bien à vous,"
        ),
        sig=SIG_AMELIE,
        expect={
            31: g("green"),
            32: g("yellow"),
            33: g("red", note="modération", not_in=("PS :", "2,4 %")),
        },
        clean=("Bien à vous", "Amélie Laurent", "Customer Success", "06 12 34 56 78"),
        tags=(
            "all-green-except",
            "correction-later-line",
            "ps-correction",
            "sig-dashes",
            "reply-to-reminder",
        ),
    ),
    Case(
        "fresh16-amelie-yahoo-forward-two-refs-due-with-flag",
        "amelie",
        "yahoo",
        layout="forward",
        lang="fr",
        text=(
            "Je transfère le formulaire depuis ma boîte perso, la réponse directe ne partait "
            "pas.\n"
            "\n"
            "Les #31 et #32 sont verts.\n"
            "#33 rouge, reporté au 29 janvier : la modératrice ne commence que le 11.\n"
            "\n"
            "Bises,\n"
            "Amélie"
        ),
        expect={
            31: g("green"),
            32: g("green"),
            33: due(G, "2027-01-29", flag="red"),
        },
        clean=("Bises", "Amélie", "Je transfère"),
        tags=("forward", "two-refs-one-flag", "flag-and-new-date", "date-month-name"),
    ),
    Case(
        "fresh16-amelie-outlook_web-top-html-only-prose",
        "amelie",
        "outlook_web",
        lang="fr",
        parts="html",
        text=(
            "Bonjour Dana,\n"
            "\n"
            "Onboarding clé en main (#31) : ça avance très bien, 21 comptes embarqués.\n"
            "Le churn (#32) : on y est presque, 2,1 % en novembre, je reste prudente → jaune\n"
            "Forum : bouclé, il tourne depuis mardi.\n"
            "\n"
            "Belle soirée,\n"
            "Amélie"
        ),
        expect={
            31: e("green", note="21 comptes"),
            32: g("yellow", note="2,1 %"),
            33: done(E),
        },
        clean=("Belle soirée", "Amélie", "Bonjour Dana"),
        tags=(
            "html-only",
            "ref-in-brackets",
            "arrow-flag",
            "everyday-status",
            "everyday-done",
            "title-word-label",
        ),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # Dec 11), #43 Red team the login flow, #44 Amber rollout for every service.
    # Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh16-lucia-gmail_web-top-numbered-list",
        "lucia",
        "gmail_web",
        lang="es",
        text=(
            "Hola:\n"
            "\n"
            "1. #41 *verde* – 4 días de media en la pista 3\n"
            "2. #42 lanzado el miércoles 🎉 ya hay 6 partners dentro\n"
            "3. #43 amarillo, 0.7 – el red team encontró 2 fallos de sesión, parche en PR "
            "#431; es el mismo equipo que en #41\n"
            "4. #44 pasó de amarillo a rojo: el despliegue en pagos está parado hasta enero\n"
            "\n"
            "Un abrazo,\n"
            "Lucía"
        ),
        expect={
            41: g("green", note="4 días"),
            42: done(G),
            43: g("yellow", 0.7, note="PR #431", not_in=("pagos",)),
            44: g("red", note="pagos"),
        },
        clean=("Un abrazo", "Lucía"),
        tags=(
            "numbered-list",
            "bold-markers",
            "launched",
            "score",
            "other-ref-in-note",
            "flag-from-to",
            "emoji",
        ),
    ),
    Case(
        "fresh16-lucia-samsung-inline-respuesta-ambar",
        "lucia",
        "samsung",
        layout="inline",
        lang="es",
        text={
            "#41": "Vamos bien, 4 días de media",
            "#42": "nueva fecha 18/12/2026 – las claves de la API llegaron ayer, falta QA",
            "#43": "Respuesta: verde",
            "#44": "ámbar, 9 de 14 servicios con despliegue gradual",
            "$": "Saludos",
        },
        disclaimer=DISC_ES,
        expect={
            41: e("green", note="4 días"),
            42: due(G, "2026-12-18"),
            43: g("green", not_in=("Respuesta",)),
            44: g("yellow", note="9 de 14"),
        },
        clean=("Saludos", "AVISO LEGAL", "dirigido exclusivamente"),
        tags=(
            "inline-under-item",
            "answer-label",
            "amber-word",
            "flag-word-in-title",
            "date-dd-mm-yyyy",
            "everyday-status",
            "disclaimer",
        ),
    ),
    Case(
        "fresh16-lucia-yahoo_android-top-reminder-todo-bien-drop",
        "lucia",
        "yahoo_android",
        form="R50",
        lang="en",
        prose="es",
        text=(
            "Todo bien por aquí, salvo #42 que sigue en rojo: falta la firma de Legal.\n"
            "#44 lo dejamos – plataforma se pasa a despliegues canary y el rollout gradual ya "
            "no tiene sentido\n"
            "\n"
            "Lucía"
        ),
        expect={
            41: g("green"),
            42: g("red", note="Legal", not_in=("canary",)),
            43: g("green"),
            44: drop(G, "canary"),
        },
        clean=("Lucía",),
        tags=("all-green-except", "drop", "command-not-covered-by-all", "reply-to-reminder"),
    ),
    Case(
        "fresh16-lucia-spark-noquote-airport-everyday",
        "lucia",
        "spark",
        layout="noquote",
        text=(
            "Quick one from the airport:\n"
            "Track 3 time: down to 3.5 days, we're smashing it\n"
            "Partner portal went live on Wednesday, finally!\n"
            "Login red-teaming: slipping a little, the testers found more than we expected\n"
            "Amber rollout: we're shelving it, the platform team moves everyone to canary "
            "deploys instead\n"
            "\n"
            "Lucía"
        ),
        expect={
            41: e("green", note="3.5 days"),
            42: done(E),
            43: amb(),
            44: drop(E, "canary"),
        },
        clean=("Lucía", "from the airport"),
        tags=(
            "title-word-label",
            "everyday-status",
            "everyday-done",
            "everyday-drop",
            "slipping",
            "ambiguous",
            "flag-word-in-title",
        ),
    ),
    Case(
        "fresh16-lucia-thunderbird-bottom-article-number",
        "lucia",
        "thunderbird",
        layout="bottom",
        lang="es",
        text=(
            "El 41 está en verde.\n"
            "El 43 está en amarillo: el informe del red team llega el lunes.\n"
            "Amber rollout: verde, 11 de 14 servicios ya con despliegue gradual\n"
            "\n"
            "Saludos,\n"
            "Lucía Fernández\n"
            "Delivery Lead, Halvard Labs Madrid"
        ),
        expect={
            41: g("green"),
            43: g("yellow", note="informe"),
            44: g("green", note="11 de 14", not_in=("Delivery Lead",)),
        },
        clean=("Saludos,", "Lucía Fernández", "Delivery Lead"),
        tags=(
            "article-before-number",
            "title-prefix",
            "flag-word-in-title",
            "unanswered",
            "format=flowed",
        ),
    ),
    # Mariana Costa, São Paulo (did not answer week 49): #51 Open the São Paulo office,
    # #52 10 reseller agreements signed, #53 Portuguese help centre complete (overdue).
    # Week 48: 51 yellow, 52 green, 53 yellow; week 49 has no flag.
    Case(
        "fresh16-mariana-uol-top-late-w49-mislabelled",
        "mariana",
        "uol",
        form="W49",
        lang="pt",
        charset="utf-8",
        mislabel="iso-8859-1",
        text=(
            "Oi, desculpa o atraso!\n"
            "\n"
            "#51 amarelo – contrato de locação na revisão jurídica\n"
            "#52 verde – mais dois assinados essa semana, 8 de 10 no total\n"
            "#53 feito ontem: 120 de 120 artigos traduzidos\n"
            "\n"
            "Abraços,\n"
            "Mariana"
        ),
        expect={
            51: g("yellow", note="contrato"),
            52: g("green", note="8 de 10"),
            53: done(G, note="120 de 120"),
        },
        clean=("Mariana", "desculpa o atraso"),
        tags=("late-reply", "charset-mislabelled", "done-past-day", "fraction-in-note"),
    ),
    Case(
        "fresh16-mariana-gmail_android-inline-amount-near",
        "mariana",
        "gmail_android",
        layout="inline",
        lang="pt",
        text={
            "#51": "verde – assinamos o contrato da Av. Paulista, mudança em 25/01, aluguel "
            "R$ 48.000/mês",
            "#52": "amarleo – 2 revendas pediram mais prazo",
            "#53": "feito — 120 artigos publicados, revisão final concluída",
            "$": "Beijos\nMari",
        },
        expect={
            51: g("green", note="R$ 48.000", not_in=("Beijos",)),
            52: near("yellow", note="revendas"),
            53: done(G, note="120 artigos"),
        },
        clean=("Beijos",),
        tags=("inline-under-item", "amount-in-note", "date-in-note", "near-miss", "done"),
    ),
    Case(
        "fresh16-mariana-outlook_mobile-top-reminder-title-prefixes",
        "mariana",
        "outlook_mobile",
        form="R50",
        lang="pt",
        text=(
            "Respondendo ao lembrete:\n"
            "Open the São Paulo office – bem encaminhado\n"
            "10 reseller agreements: 9 de 10, amarelo até a décima assinar\n"
            "Help centre: 100% – todos os artigos no ar, então concluído.\n"
            "\n"
            "Mariana"
        ),
        expect={
            51: g("green"),
            52: g("yellow", note="9 de 10"),
            53: done(G),
        },
        clean=("Respondendo ao lembrete", "Mariana"),
        tags=(
            "title-prefix",
            "title-starting-with-number",
            "title-word-label",
            "yellow-until",
            "so-done",
            "reply-to-reminder",
        ),
    ),
    Case(
        "fresh16-mariana-apple_mail-bottom-everyday",
        "mariana",
        "apple_mail",
        layout="bottom",
        lang="pt",
        text=(
            "Oi Amélie,\n"
            "\n"
            "O escritório de SP: tá tranquilo, pegamos as chaves em janeiro.\n"
            "Revendas: fechamos a décima ontem!! 10 de 10.\n"
            "Central de ajuda: faltam revisar 15 artigos, tá apertado.\n"
            "\n"
            "Beijos,\n"
            "Mariana"
        ),
        expect={
            51: e("green", note="chaves"),
            52: done(E),
            53: e("yellow", note="15 artigos"),
        },
        clean=("Beijos", "Mariana", "Oi Amélie"),
        tags=("own-words-label", "everyday-status", "everyday-done", "idiom"),
    ),
    Case(
        "fresh16-mariana-yahoo-forward-due-slash",
        "mariana",
        "yahoo",
        layout="forward",
        lang="en",
        prose="pt",
        text=(
            "Encaminhando do meu e-mail pessoal, o corporativo está fora do ar.\n"
            "\n"
            "#51: adiado para 15/03/2027 – a reforma atrasou três semanas\n"
            "#52 assinamos mais uma, estamos bem\n"
            "#53 vermelho — a tradutora saiu, 30 artigos parados\n"
            "\n"
            "Abs,"
        ),
        sig=SIG_MARIANA,
        disclaimer=DISC_PT,
        expect={
            51: due(G, "2027-03-15"),
            52: e("green", note="mais uma"),
            53: g("red", note="tradutora", not_in=("Abs,", "Country Manager")),
        },
        clean=(
            "Abs,",
            "Mariana Costa",
            "Country Manager",
            "+55 11",
            "AVISO:",
            "destinatário indicado",
        ),
        tags=("forward", "date-dd-mm-yyyy", "everyday-status", "signature", "disclaimer"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh16-giulia-libero-top-stato-url",
        "giulia",
        "libero",
        lang="it",
        text=(
            "Ciao,\n"
            "\n"
            "#61 verde – cutover fatto martedì notte, zero downtime\n"
            "#62 Stato: rosso. 93,5% questo mese, due rollback (INC-882, INC-885), dettagli su "
            "https://grafana.halvard.example/d/deploys?orgId=1\n"
            "\n"
            "Un saluto,\n"
            "Giulia"
        ),
        disclaimer=DISC_IT,
        expect={
            61: g("green", note="zero downtime"),
            62: g("red", note="grafana.halvard.example", not_in=("Un saluto",)),
        },
        clean=("Un saluto", "Giulia", "informazioni contenute", "darne notizia"),
        tags=(
            "status-label",
            "done-word-in-note",
            "url-in-note",
            "ticket-in-note",
            "percentage-in-note",
            "flag-word-in-title",
            "disclaimer",
        ),
    ),
    Case(
        "fresh16-giulia-ios_mail-top-reminder-turkish",
        "giulia",
        "ios_mail",
        form="R50",
        lang="tr",
        charset="iso-8859-9",
        text=(
            "Merhaba,\n"
            "\n"
            "#61 planlandığı gibi, trafiğin %40'ı yeni kümede\n"
            "#62 hâlâ kırmızı - bu hafta yine bir geri alma oldu\n"
            "\n"
            "İyi çalışmalar,\n"
            "Giulia"
        ),
        disclaimer=DISC_TR,
        expect={
            61: g("green", note="%40"),
            62: g("red", note="geri alma"),
        },
        clean=("İyi çalışmalar", "Giulia", "YASAL UYARI", "gönderene bildirip"),
        tags=(
            "status-phrase",
            "still-word",
            "percentage-in-note",
            "reply-to-reminder",
            "disclaimer",
        ),
    ),
    Case(
        "fresh16-giulia-mutt-over-last-week-window-date",
        "giulia",
        "mutt",
        layout="over",
        lang="it",
        text={
            "#61": "Questa settimana giallo: la finestra di migrazione slitta al 12 gennaio per "
            "il freeze di fine anno, il resto del cluster è pronto e testato",
            "#62": "rosso 0,3 – 94% a novembre, ci serve ancora un mese",
            "$": "Ciao\nGiulia",
        },
        expect={
            61: g("yellow", note="finestra di migrazione"),
            62: g("red", 0.3, note="94%", not_in=("93%, one rollback",)),
        },
        clean=("Giulia",),
        tags=(
            "typed-over-last-week",
            "date-in-note-no-due",
            "score-decimal-comma",
            "hard-wrap",
            "long-note",
        ),
    ),
    Case(
        "fresh16-giulia-em_client-noquote-turkish-everyday",
        "giulia",
        "em_client",
        layout="noquote",
        lang="tr",
        text=(
            "Selam Jonas,\n"
            "\n"
            "İstanbul taşıması: bitti sayılır, son 2 servis pazartesi taşınıyor.\n"
            "Deploy'lar: bu ay %96, hedefin üstündeyiz.\n"
            "\n"
            "Giulia"
        ),
        expect={
            61: amb(),
            62: e("green", note="%96"),
        },
        clean=("Selam Jonas", "Giulia"),
        tags=("title-word-label", "almost-done", "ambiguous", "everyday-status"),
    ),
    Case(
        "fresh16-giulia-thunderbird_html-forward-flag-first",
        "giulia",
        "thunderbird_html",
        layout="forward",
        lang="it",
        text=(
            "Inoltro dal telefono, la risposta diretta non partiva.\n"
            "\n"
            "Tutto ok su #61.\n"
            "#62 in ritardo, quindi rosso: un rollback anche questa settimana.\n"
            "\n"
            "A presto,\n"
            "Giulia"
        ),
        expect={
            61: g("green"),
            62: g("red", note="rollback", not_in=("A presto",)),
        },
        clean=("A presto", "Giulia", "Inoltro dal telefono"),
        tags=("forward", "flag-first", "delayed-so-red"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store
    # rating above 4.5, #73 Behind-the-login analytics dashboard.
    # Last week: 71 yellow, 72 green, 73 green.
    Case(
        "fresh16-sanne-outlook_desktop-top-tab-paste",
        "sanne",
        "outlook_desktop",
        lang="nl",
        crlf=True,
        text=(
            "Hoi Dana,\n"
            "\n"
            "Uit mijn sheet geplakt:\n"
            "#71\tgeel\tiOS-review loopt nog, Android staat klaar in de store\n"
            "#72\top schema\t4,6 deze week\n"
            "#73\trood\tde data-export naar het dashboard hangt, ticket MOB-311\n"
            "\n"
            "Groetjes,"
        ),
        sig=SIG_SANNE,
        expect={
            71: g("yellow", note="iOS-review"),
            72: g("green", note="4,6"),
            73: g("red", note="MOB-311", not_in=("Groetjes", "Head of Mobile")),
        },
        clean=("Groetjes", "Sanne de Vries", "Head of Mobile", "Keizersgracht"),
        tags=(
            "tab-separated",
            "pasted-table",
            "status-phrase",
            "rating-in-note",
            "ticket-in-note",
            "flag-word-in-title",
            "signature",
            "crlf",
        ),
    ),
    Case(
        "fresh16-sanne-proton-bottom-title-prefixes",
        "sanne",
        "proton",
        layout="bottom",
        text=(
            "Ship the mobile app 2.0: shipped! Live in both stores since Tuesday.\n"
            "App store rating: green, 4.6 after the release\n"
            "behind-the-login dashboard - on track\n"
            "\n"
            "Cheers,\n"
            "Sanne"
        ),
        expect={
            71: done(G),
            72: g("green", note="4.6"),
            73: g("green"),
        },
        clean=("Cheers,", "Sanne"),
        tags=("title-prefix", "lower-case-title", "flag-word-in-title", "done", "rating-in-note"),
    ),
    Case(
        "fresh16-sanne-ios_mail-top-reminder-klaar-oranje",
        "sanne",
        "ios_mail",
        form="R50",
        lang="nl",
        text="#71 klaar 🎉\n#72 groen\n#73 oranje – export nog niet rond",
        expect={
            71: done(G),
            72: g("green"),
            73: near("yellow"),
        },
        tags=("phone", "done", "emoji", "orange-word", "near-miss", "reply-to-reminder"),
    ),
    Case(
        "fresh16-sanne-outlook_web-inline-initials-unchanged",
        "sanne",
        "outlook_web",
        layout="inline",
        lang="nl",
        text={
            "^": "Antwoorden hieronder.",
            "#71": "Uitgesteld naar 8 januari – de Apple-review loopt vertraging op door de "
            "feestdagen",
            "#72": "SdV: groen (4,7)",
            "#73": "SdV: ongewijzigd",
        },
        disclaimer=DISC_NL,
        expect={
            71: due(G, "2027-01-08"),
            72: g("green", not_in=("SdV",)),
            73: g("green"),
        },
        clean=("Antwoorden hieronder", "uitsluitend bestemd", "per vergissing"),
        tags=(
            "inline-under-item",
            "initials",
            "unchanged",
            "date-month-name",
            "rating-in-brackets",
            "disclaimer",
        ),
    ),
    Case(
        "fresh16-sanne-fastmail-noquote-dash-list",
        "sanne",
        "fastmail",
        layout="noquote",
        wrap=64,
        text=(
            "Hi, quick update without the form, I'm on the road:\n"
            "\n"
            "- App 2.0 is out in both stores since Wednesday, everyone has it now\n"
            "- Rating: amber, dipped to 4.4 after the release\n"
            "- The analytics dashboard is in a good place\n"
            "\n"
            "Sanne"
        ),
        expect={
            71: done(E),
            72: g("yellow", note="4.4"),
            73: e("green"),
        },
        clean=("Sanne", "on the road"),
        tags=(
            "dash-list",
            "title-word-label",
            "everyday-done",
            "amber-word",
            "everyday-status",
            "hard-wrap",
        ),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (due Dec 20), #82 Greenfield
    # pricing experiment. Last week: 81 green, 82 green.
    Case(
        "fresh16-erik-roundcube-top-swedish-score",
        "erik",
        "roundcube",
        lang="en",
        prose="sv",
        text=(
            "Hej!\n"
            "\n"
            "#81 grön – Vipps gick live i produktion i tisdags, Swish redan förra veckan, "
            "inga incidenter sedan dess\n"
            "#82 gul 0.4 – bara 300 av 1 000 testkunder hittills, vi behöver fler innan jul "
            "annars blir underlaget för tunt\n"
            "\n"
            "Hälsningar"
        ),
        sig=SIG_ERIK,
        expect={
            81: g("green", note="inga incidenter"),
            82: g("yellow", 0.4, note="300 av 1 000", not_in=("Hälsningar", "Erik Lindqvist")),
        },
        clean=("Hälsningar", "Erik Lindqvist", "Betalningar Norden"),
        tags=("score", "flag-word-in-title", "long-note", "format=flowed", "sig-dashes"),
    ),
    Case(
        "fresh16-erik-k9-inline-klart-den-har-veckan",
        "erik",
        "k9",
        layout="inline",
        lang="en",
        prose="sv",
        text={
            "#81": "Klart – Swish och Vipps är live i kassan sedan i måndags",
            "#82": "Den här veckan: gul, konverteringen är lägre än väntat",
        },
        expect={
            81: done(G, note="måndags"),
            82: g("yellow", note="konverteringen", not_in=("Den här veckan",)),
        },
        tags=("inline-under-item", "done", "status-label", "mobile-footer"),
    ),
    Case(
        "fresh16-erik-alpine-over-form-flag-arrow",
        "erik",
        "alpine",
        layout="over",
        lang="sv",
        text={
            "#81": "[GREEN] -> grön, Vipps i produktion sedan måndag",
            "#82": "[GREEN] -> gul – prisförsöket har för få deltagare",
            "$": "/Erik",
        },
        expect={
            81: g("green", note="Vipps i produktion"),
            82: g("yellow", note="för få deltagare", not_in=("[GREEN]",)),
        },
        clean=("/Erik",),
        tags=("typed-over-last-week", "form-flag-arrow", "flag-word-in-title"),
    ),
    Case(
        "fresh16-erik-apple_mail-top-reminder-everyday",
        "erik",
        "apple_mail",
        form="R50",
        lang="sv",
        cte="base64",
        text=(
            "Hej,\n"
            "\n"
            "Swish och Vipps: funkar klockrent i kassan.\n"
            "Prisexperimentet: knappt halvvägs, det blir tajt före jul.\n"
            "\n"
            "Mvh\n"
            "Erik"
        ),
        expect={
            81: e("green", note="klockrent"),
            82: e("yellow", note="halvvägs"),
        },
        clean=("Mvh", "Erik"),
        tags=("title-word-label", "long-word-label", "everyday-status", "reply-to-reminder"),
    ),
    Case(
        "fresh16-erik-spark-noquote-correction",
        "erik",
        "spark",
        layout="noquote",
        text=(
            "#81 and #82: green\n"
            "\n"
            "Correction: #82 yellow - only 340 sign-ups so far, I misread the dashboard\n"
            "\n"
            "/Erik"
        ),
        expect={
            81: g("green"),
            82: g("yellow", note="340 sign-ups"),
        },
        clean=("/Erik",),
        tags=("two-refs-one-flag", "correction-later-line"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook, #92 Renew the Telenor contract
    # (overdue), #93 Partner NPS above 40. Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh16-mette-apple_mail-top-markdown-table",
        "mette",
        "apple_mail",
        lang="da",
        flowed=True,
        text=(
            "Hej Sanne,\n"
            "\n"
            "| KR  | Status | Kommentar |\n"
            "|-----|--------|-----------|\n"
            "| #91 | grøn   | salg har godkendt den korte version |\n"
            "| #92 | rød    | Telenor-juristerne svarer stadig ikke |\n"
            "| #93 | grøn   | NPS 42 i denne måling |\n"
            "\n"
            "Venlig hilsen\n"
            "Mette"
        ),
        expect={
            91: g("green", note="korte version"),
            92: g("red", note="juristerne"),
            93: g("green", note="NPS 42"),
        },
        clean=("Venlig hilsen", "Mette", "Hej Sanne"),
        tags=("markdown-table", "flag-word-in-title", "format=flowed"),
    ),
    Case(
        "fresh16-mette-mutt_star-inline-norwegian-title-start",
        "mette",
        "mutt_star",
        layout="inline",
        lang="no",
        text={
            "#91": "At-risk: gul fortsatt – salg vil ha en enda kortere versjon før jul",
            "#92": "Skyver til 31. januar – ny broavtale signert, endelig kontrakt i januar",
            "#93": "MS: grønn",
            "$": "Mvh\nMette",
        },
        disclaimer=DISC_NO,
        expect={
            91: g("yellow", note="kortere versjon", not_in=("At-risk:",)),
            92: due(G, "2027-01-31"),
            93: g("green", not_in=("MS:", "Mvh")),
        },
        clean=("Mvh", "konfidensiell", "varsle avsender"),
        tags=(
            "inline-under-item",
            "title-start-status-word",
            "still-after-flag",
            "initials",
            "date-month-name",
            "disclaimer",
        ),
    ),
    Case(
        "fresh16-mette-thunderbird_html-bottom-reminder-alt-korer",
        "mette",
        "thunderbird_html",
        layout="bottom",
        form="R50",
        lang="da",
        crlf=True,
        text=("Alt kører, undtagen Telenor – den er stadig rød.\n\nHilsen\nMette"),
        expect={
            91: g("green"),
            92: g("red"),
            93: g("green"),
        },
        clean=("Hilsen", "Mette"),
        tags=("all-green-except", "exception-by-title-word", "reply-to-reminder", "crlf"),
    ),
    Case(
        "fresh16-mette-outlook_web-forward-done-drop-score",
        "mette",
        "outlook_web",
        layout="forward",
        lang="da",
        parts="html",
        text=(
            "Videresender fra min anden konto.\n"
            "\n"
            "#91 færdig – playbooken blev rullet ud til hele salg i går\n"
            "#92 den dropper vi – Telenor har valgt en anden leverandør\n"
            "#93 gul, 0,6 – kun 31 % svarprocent indtil videre\n"
            "\n"
            "Venlig hilsen\n"
            "Mette Sørensen"
        ),
        expect={
            91: done(G, note="rullet ud"),
            92: drop(G, "anden leverandør"),
            93: g("yellow", 0.6, note="31 %", not_in=("Venlig hilsen",)),
        },
        clean=("Venlig hilsen", "Mette Sørensen", "Videresender"),
        tags=("forward", "html-only", "done", "drop", "score-decimal-comma"),
    ),
    Case(
        "fresh16-mette-blackberry-noquote-labels-near",
        "mette",
        "blackberry",
        layout="noquote",
        lang="da",
        text=(
            "Playbook: vi er godt med, den korte version er klar til review\n"
            "Telenor: stadig rod, ingen svar fra deres jurister\n"
            "NPS: uændret\n"
            "\n"
            "Mette"
        ),
        expect={
            91: e("green", note="korte version"),
            92: near("red"),
            93: g("green"),
        },
        clean=("Mette",),
        tags=(
            "title-word-label",
            "everyday-status",
            "near-miss",
            "unchanged",
            "acronym-label",
            "mobile-footer",
        ),
    ),
    # Olga Kowalczyk, Warsaw (did not answer week 49): #101 Complete the SOC 2 audit,
    # #102 Rotate all production secrets (due Dec 10), #103 Phishing drill for all staff.
    # Week 48: 101 yellow, 102 green, 103 green; week 49 has no flag.
    Case(
        "fresh16-olga-the_bat-top-late-w49-russian",
        "olga",
        "the_bat",
        form="W49",
        lang="ru",
        crlf=True,
        text=(
            "Добрый день,\n"
            "\n"
            "#101 в зоне риска – аудитор запросил ещё доказательства по доступам\n"
            "#102 без изменений\n"
            "#103 идёт без сучка без задоринки, рассылка готова\n"
            "\n"
            "С уважением,\n"
            "Ольга"
        ),
        disclaimer=DISC_RU,
        expect={
            101: g("yellow", note="доказательства"),
            102: g("green"),
            103: e("green", note="рассылка"),
        },
        clean=("С уважением", "Ольга", "Конфиденциально", "уведомите отправителя"),
        tags=("late-reply", "status-phrase", "unchanged", "idiom", "disclaimer", "crlf"),
    ),
    Case(
        "fresh16-olga-wp_pl-inline-polish",
        "olga",
        "wp_pl",
        layout="inline",
        lang="pl",
        text={
            "#101": "żółty – audytor chce jeszcze logów z października (JIRA SEC-214)",
            "#102": "gotowe – wszystkie sekrety zrotowane w środę",
            "#103": "przesunięte na 15.01.2027 – HR prosi o termin po świętach",
            "$": "Pozdrawiam\nOlga",
        },
        disclaimer=DISC_PL,
        expect={
            101: g("yellow", note="SEC-214"),
            102: done(G, note="zrotowane"),
            103: due(G, "2027-01-15"),
        },
        clean=("Pozdrawiam", "Niniejsza wiadomość", "omyłkowo"),
        tags=("inline-under-item", "ticket-in-note", "done", "date-dotted-full", "disclaimer"),
    ),
    Case(
        "fresh16-olga-yandex-top-reminder-koi8",
        "olga",
        "yandex",
        form="R50",
        lang="ru",
        charset="koi8-r",
        text=(
            "#101 жёлтый, 60% - аудитор прислал второй список вопросов\n"
            "#102 завершено во вторник\n"
            "Фишинговые учения (#103): перенесено на 22 января\n"
            "\n"
            "Ольга Ковальчик"
        ),
        expect={
            101: g("yellow", 0.6, note="второй список"),
            102: done(G),
            103: due(G, "2027-01-22"),
        },
        clean=("Ольга Ковальчик",),
        tags=(
            "score-percent",
            "done-past-day",
            "ref-in-brackets",
            "date-month-name",
            "reply-to-reminder",
        ),
    ),
    Case(
        "fresh16-olga-mailru-noquote-russian-labels",
        "olga",
        "mailru",
        layout="noquote",
        lang="ru",
        text=(
            "Коллеги, коротко:\n"
            "SOC 2 — движемся, но впритык\n"
            "Секреты — всё, закрыли, ротация завершена\n"
            "Фишинг — пока непонятно, HR молчит\n"
            "\n"
            "Ольга"
        ),
        expect={
            101: e("yellow"),
            102: done(E),
            103: amb(),
        },
        clean=("Ольга", "Коллеги, коротко"),
        tags=("title-word-label", "own-words-label", "idiom", "everyday-done", "ambiguous"),
    ),
    Case(
        "fresh16-olga-gmail_web-forward-polish-except-correction",
        "olga",
        "gmail_web",
        layout="forward",
        lang="pl",
        charset="windows-1250",
        text=(
            "Przesyłam dalej, bo odpowiedź z telefonu nie doszła.\n"
            "\n"
            "Wszystko zielone poza #103: czerwony – HR wstrzymał kampanię do stycznia.\n"
            "#101 zielony... nie, jednak żółty, audytor dorzucił pytania.\n"
            "\n"
            "Pozdrawiam serdecznie\n"
            "Olga Kowalczyk"
        ),
        expect={
            101: g("yellow", note="audytor"),
            102: g("green"),
            103: g("red", note="HR wstrzymał", not_in=("zielony",)),
        },
        clean=("Pozdrawiam serdecznie", "Olga Kowalczyk", "Przesyłam dalej"),
        tags=("forward", "all-green-except", "correction-same-line", "named-overrides-all"),
    ),
    # Kenji Watanabe, Tokyo (did not answer week 49): #111 Localise the product into Japanese,
    # #112 Sign 3 launch customers in Japan, #113 Stop-ship bugs to zero (due Dec 12),
    # #114 Red-carpet onboarding for launch partners.
    # Week 48: 111 green, 112 yellow, 113 red, 114 green; week 49 has no flag.
    Case(
        "fresh16-kenji-becky-top-late-w49-japanese",
        "kenji",
        "becky",
        form="W49",
        lang="ja",
        text=(
            "お疲れさまです。遅くなりました。\n"
            "\n"
            "#111 順調、翻訳率 91%\n"
            "#112 要注意 - 2社目の稟議が年明けにずれ込みそう\n"
            "#113 赤、残り 6件\n"
            "#114 先週と同じ\n"
            "\n"
            "以上、よろしくお願いします。\n"
            "渡辺"
        ),
        expect={
            111: g("green", note="91%"),
            112: g("yellow", note="稟議"),
            113: g("red", note="6件"),
            114: g("green"),
        },
        clean=("以上、よろしくお願いします。", "渡辺", "お疲れさまです"),
        tags=(
            "late-reply",
            "status-phrase",
            "unchanged",
            "percentage-in-note",
            "flag-word-in-title",
            "cjk-name",
        ),
    ),
    Case(
        "fresh16-kenji-gmail_ios-inline-status-label",
        "kenji",
        "gmail_ios",
        layout="inline",
        lang="ja",
        text={
            "#111": "ステータス：緑（UIの翻訳は完了、ヘルプ記事が残り）",
            "#112": "黄色 0.5 – #111の翻訳が終わらないとデモができない",
            "#113": "完了しました。本日ゼロ件になりました。",
            "#114": "順調です",
        },
        expect={
            111: g("green", note="ヘルプ記事"),
            112: g("yellow", 0.5, note="デモ"),
            113: done(G),
            114: g("green"),
        },
        tags=(
            "inline-under-item",
            "status-label",
            "done-word-in-note",
            "other-ref-in-note",
            "score",
            "done",
        ),
    ),
    Case(
        "fresh16-kenji-outlook_desktop-top-reminder-particles",
        "kenji",
        "outlook_desktop",
        form="R50",
        lang="ja",
        charset="shift_jis",
        text=(
            "リマインドありがとうございます。\n"
            "\n"
            "#111と#114は順調です。#112は要注意です。\n"
            "#113 納期を12月18日に変更、残り2件はQAの確認待ち"
        ),
        sig=SIG_KENJI,
        disclaimer=DISC_JA,
        expect={
            111: g("green"),
            112: g("yellow"),
            113: due(G, "2026-12-18"),
            114: g("green"),
        },
        clean=(
            "リマインドありがとうございます",
            "渡辺 健二",
            "Kenji Watanabe",
            "日本事業部",
            "機密情報",
            "削除してください",
        ),
        tags=(
            "japanese-particles",
            "several-on-a-line",
            "date-cjk",
            "signature",
            "disclaimer",
            "reply-to-reminder",
        ),
    ),
    Case(
        "fresh16-kenji-apple_mail-bottom-japanese-everyday",
        "kenji",
        "apple_mail",
        layout="bottom",
        lang="ja",
        text=(
            "ローカライズ：いい感じです、あと少し。\n"
            "ローンチ顧客：2社目が契約してくれました！3社目は来月の予定。\n"
            "ストップシップのバグ：残り3件、ちょっと厳しいので黄色で。\n"
            "レッドカーペット施策：3月26日にずらします。\n"
            "\n"
            "渡辺"
        ),
        expect={
            111: e("green"),
            112: amb(),
            113: e("yellow", note="残り3件"),
            114: due(E, "2027-03-26"),
        },
        clean=("渡辺",),
        tags=(
            "own-words-label",
            "katakana-title",
            "no-colour",
            "ambiguous",
            "everyday-status",
            "everyday-due",
            "date-cjk",
        ),
    ),
    Case(
        "fresh16-kenji-gmail_android-noquote-narita-closing",
        "kenji",
        "gmail_android",
        layout="noquote",
        lang="ja",
        prose="en",
        to="token-upper",
        text=(
            "Quick from Narita:\n"
            "#111 on schedule\n"
            "#112 yelow – third customer wants a PoC first\n"
            "#113 zero stop-ship bugs since Tuesday. Closing #113.\n"
            "#114 Red-carpet: green, 4 partners booked\n"
            "\n"
            "Kenji"
        ),
        expect={
            111: g("green"),
            112: near("yellow", note="PoC"),
            113: done(G),
            114: g("green", note="4 partners"),
        },
        clean=("Kenji", "Quick from Narita"),
        tags=("near-miss", "closing-verb", "title-start-colon", "flag-word-in-title", "phone"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue). Last week: 121 green, 122 red.
    Case(
        "fresh16-wei-foxmail-top-chinese-still-red",
        "wei",
        "foxmail",
        lang="zh",
        text=(
            "您好，\n"
            "\n"
            "#121 进展不错，第三家经销商下周上线\n"
            "#122 还是红色 – 材料已补交，等待审批（工单 ICP-2026-118）\n"
            "\n"
            "谢谢！\n"
            "张伟"
        ),
        disclaimer=DISC_ZH,
        expect={
            121: e("green", note="第三家"),
            122: g("red", note="ICP-2026-118", not_in=("谢谢",)),
        },
        clean=("谢谢！", "张伟", "保密声明", "误收本邮件"),
        tags=("everyday-status", "still-word", "ticket-in-note", "cjk-name", "disclaimer"),
    ),
    Case(
        "fresh16-wei-netease-inline-acronym-done",
        "wei",
        "netease",
        layout="inline",
        lang="zh",
        cc="kenji.watanabe@halvard.example",
        text={
            "#121": "绿色",
            "#122": "ICP：已完成，许可证周三批下来了",
            "$": "张伟 | Wei Zhang",
        },
        expect={
            121: g("green", not_in=("张伟",)),
            122: done(G, note="许可证"),
        },
        clean=("张伟 | Wei Zhang", "Wei Zhang"),
        tags=("inline-under-item", "acronym-title", "done", "cjk-name", "cc"),
    ),
    Case(
        "fresh16-wei-hey-noquote-reminder-only-changed",
        "wei",
        "hey",
        layout="noquote",
        form="R50",
        text=(
            "Thanks for the reminder! Only #122 changed: now yellow, the bureau asked one "
            "more question and we answered it on Wednesday.\n"
            "\n"
            "Wei"
        ),
        expect={
            122: g("yellow", note="bureau"),
        },
        clean=("Wei", "Thanks for the reminder"),
        tags=("html-only", "only-one-changed", "unanswered", "reply-to-reminder"),
    ),
    Case(
        "fresh16-wei-evolution-over-chinese-date",
        "wei",
        "evolution",
        layout="over",
        lang="zh",
        charset="gb2312",
        text={
            "#121": "新截止日期 2027年3月1日 – 第三家伙伴要等春节后才能上线",
            "#122": "状态：黄灯，审批进入最后一轮",
        },
        expect={
            121: due(G, "2027-03-01"),
            122: g("yellow", note="最后一轮"),
        },
        tags=("typed-over-last-week", "date-cjk", "status-label", "traffic-light-word"),
    ),
    Case(
        "fresh16-wei-gmail_web-bottom-same-as-last-week-hedge",
        "wei",
        "gmail_web",
        layout="bottom",
        lang="zh",
        text=("#121 和上周一样\n#122 可能红色，下周一才知道\n\n谢谢\n张伟"),
        expect={
            121: g("green"),
            122: amb(),
        },
        clean=("谢谢", "张伟"),
        tags=("unchanged", "hedge", "ambiguous", "cjk-name"),
    ),
]
