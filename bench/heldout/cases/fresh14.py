"""A fourteenth batch (written on 2026-12-07 by an outside author who read neither the parser,
its tests nor its development corpus, and who ran neither on it; sealed and unregistered until
it is measured once, at the end of a round), five replies per person of the company, on THE
MESSY THREAD: replies as busy people really send them, about half in the README's grammar and
half in everyday phrasings.

Themes: phone replies with no punctuation and autocorrect slips ("15 still ref", "amarilo",
"amarello", "x fin", Polish typed without diacritics), several answers on one line or in one
sentence ("12 and 13 fine 14 slipping", "El 41 y el 43 van bien, el 44 …", "111 113 順調 112
黄色", "121进展顺利 122还是红色"); replies that restate the whole form with the person's edits
(titles holding "on track", "Red team", "Amber", "At-risk"; pasted "Last week: [RED]" lines);
answers typed under or over the quoted form in Outlook, Apple, Gmail, Samsung, Lotus Notes,
Yandex, UOL, Zimbra, Roundcube and Evolution styles, with initials and "Réponse :" /
"Respuesta:" labels; forwards to a deputy, once endorsed by the owner (counts), once a request
to the deputy with a hedge (nothing recorded) and once a forward saying only "see the
attachment"; a second mail the same week correcting the first ("Ignore my last mail", "Nachtrag
… ist doch rot", "Negeer mijn vorige mail", "Strunta i mitt förra mejl", "先ほどのメールは無視して
ください") and "as before" said of that earlier mail; long notes hard-wrapped by hand so that a
continuation starts with a flag word ("rosso solo se …", "stadig …"), a number ("2025er",
"40+", even the key result's own number "23 Minuten") or a bracketed reference ("(#33) est
enfin lancé"); notes that mention another key result ("#111の翻訳修正待ち") or other
people's and teams' colours ("zijn prijsexperiment staat op groen", "ICPは赤"); managers'
prose paragraphs in English, French, Dutch, Russian and English mixed with Chinese;
out-of-office openers followed by real answers; replies with only thanks, only a question or
only an attachment; "unchanged" where last week had a flag and where it had none; scores as
0.9, "score 0.9", 0,5, 0,6, 0,8, 8/10, 60% and (0.8), ratings and percentages that are notes;
new dates as "29 January", 15/01/2027, "15. januar 2027", "22 января", "2027年1月29日", a
release that "schuift naar 12 januari", relative dates a human can place ("来週の金曜日", Friday
of week 51) and ones they cannot ("vendredi prochain", "two weeks, not one", "finales de abril",
"ungefär en månad"); all-green-except lines in English, French, Dutch and Danish (an exception
named by a title word).

All 42 clients and all 15 languages; layouts: 24 top, 11 bottom, 12 inline, 4 typed over
"Last week:", 4 forwarded, 5 with the quote deleted (one inline with the quote trimmed); four
late answers to week 49 (Jonas, Mariana, Olga, Kenji) and ten to the week-50 reminder; UTF-8
in quoted-printable, base64 and 8bit, ISO-8859-1, -2 and -15, windows-1251, -1252 and -1254,
KOI8-R, ISO-2022-JP, Shift_JIS, GB2312, GBK, GB18030 and UTF-8 declared ISO-8859-1;
format=flowed, hard wrapping at 72 and 76 columns, CRLF, an upper-cased `+TOKEN` twice, two Cc;
sign-offs in all fifteen languages, names and CJK names as last lines, signature blocks and
disclaimers in eight languages, all given as `clean=` fragments that no note may hold.

Phrasing tags as in fresh10: `grammar` for what the README's grammar table documents in any
of its languages, `everyday` for the rest (run-on phone lines without separators, inflected
colours, idioms, labels in the person's own words, corrections in other words). 156 answers:
84 `grammar` (67 flags, 12 done, 2 drops, 3 new dates) and 72 `everyday` (46 flags, 5 done,
4 new dates, 14 ambiguous and 3 near-misses); three of the new dates come with a flag; 29 key
results are left unanswered, and three replies record nothing at all. The 14 ambiguous
answers: "slipping", a monthly newsletter's issue "done", a deferred answer, "unchanged" and
"sem alterações" with no flag last week (twice), "as before" of an earlier mail (twice), a
question with two alternatives, "vendredi prochain", "finales de abril", "two weeks, not one",
a hedged "может, зелёный", a deputy asked to confirm a guess, a key result named only in
another one's note. The 3 near-misses: "ref", "amarilo", "amarello"."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
--
Dana Whitfield | COO
Halvard Labs, 21 Cheapside, London EC2V 6AA
"""
DISCLAIMER_EN = """
CONFIDENTIALITY NOTICE: this message and anything attached to it are meant solely for
the named recipient. If you are not that person, please let the sender know and erase it.
"""
SIG_JONAS = """
Jonas Becker
Leiter Datenqualität · Halvard Labs GmbH · Berlin
"""
DISCLAIMER_FR = """
Ce courriel est confidentiel et destiné uniquement à son destinataire. Toute diffusion
non autorisée est interdite ; si vous l'avez reçu par erreur, merci de le détruire.
"""
SIG_AMELIE = """
Amélie Laurent · Customer Success
Halvard Labs, 12 rue de la Paix, 75002 Paris
"""
SIG_MARIANA = """
--
Mariana Costa | Halvard Labs Brasil
Av. Paulista 1000, São Paulo
"""
DISCLAIMER_PT = """
Esta mensagem é confidencial e destina-se apenas ao destinatário indicado. Se a recebeu
por engano, avise o remetente e elimine-a sem a copiar nem divulgar.
"""
DISCLAIMER_TR = """
Bu e-posta gizlidir ve yalnızca alıcısına yöneliktir. Yanlışlıkla size ulaştıysa lütfen
gönderene haber verip silin.
"""
SIG_SANNE = """
Sanne de Vries · Head of Mobile
Halvard Labs B.V., Keizersgracht 100, Amsterdam
"""
DISCLAIMER_NL = """
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing
ontvangen, laat het de afzender weten en verwijder het bericht.
"""
SIG_ERIK = """
Erik Lindqvist
Nordiska betalningar · Halvard Labs AB, Stockholm
"""
DISCLAIMER_JA = """
本メールは機密情報を含む場合があります。誤って受信された場合は、
送信者にお知らせのうえ削除してください。
"""
DISCLAIMER_ZH = """
此邮件及其附件仅供收件人使用，可能含有保密信息。如误收本邮件，请通知发件人并删除。
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners (due Dec 18), #13 Green-light the
    # data platform, #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16
    # Shipped-features newsletter every month. Last week: 12 green, 13 yellow, 14 red,
    # 15 red, 16 green.
    Case(
        "fresh14-dana-gmail_ios-top-phone-runon",
        "dana",
        "gmail_ios",
        text=(
            "12 and 13 fine 14 slipping 15 still ref\n"
            "dec issue of the newsletter done went out tues\n"
            "sorry typing this on the tube"
        ),
        expect={
            12: e("green"),
            13: e("green"),
            14: amb(),
            15: near("red"),
            16: amb(),
        },
        clean=("on the tube",),
        tags=(
            "phone",
            "no-punctuation",
            "several-on-one-line",
            "slipping",
            "autocorrect",
            "done-of-a-part",
        ),
    ),
    Case(
        "fresh14-dana-outlook_desktop-inline-prose",
        "dana",
        "outlook_desktop",
        layout="inline",
        text={
            "^": "Answers under each item – mostly good news.",
            "#12": "Green, score 0.9 – Kestrel countersigned on Tuesday; I'll close it once the "
            "paperwork is filed.",
            "#13": "DW: yellow. The vendor answered the DPA questions, procurement still wants a "
            "third quote.",
            "#14": "Down to 19 alerts this week from 30+, the best week since August. I'm "
            "calling it yellow.",
            "#15": "Pushed to 29 January – the second hire can only start after her notice period.",
        },
        sig=SIG_DANA,
        disclaimer=DISCLAIMER_EN,
        expect={
            12: g("green", 0.9, note="Kestrel", not_in=("DPA",)),
            13: g("yellow", note="third quote", not_in=("DW:",)),
            14: e("yellow", note="19 alerts"),
            15: due(G, "2027-01-29"),
        },
        clean=("Answers under each item",),
        tags=("initials", "future-done-in-note", "score", "flag-at-end-of-prose", "date-moved"),
    ),
    Case(
        "fresh14-dana-superhuman-noquote-ignore-last",
        "dana",
        "superhuman",
        layout="noquote",
        text=(
            "Ignore my last mail, I pasted the alert numbers from the wrong sheet.\n"
            "\n"
            "#14 is actually red: 33 alerts this week, not 19.\n"
            "And #15 moves out two weeks, not one – I'll confirm the exact date with HR.\n"
            "\n"
            "Everything else stands as I sent it.\n"
            "\n"
            "Dana"
        ),
        expect={
            14: g("red", note="33 alerts"),
            15: amb(),
        },
        clean=("Everything else stands", "wrong sheet", "Dana"),
        tags=("second-reply-correction", "relative-date-vague", "rest-as-before"),
    ),
    Case(
        "fresh14-dana-hey-bottom-ooo-opener",
        "dana",
        "hey",
        form="R50",
        layout="bottom",
        text=(
            "Automatic reply: I'm out of the office until Monday with limited access to email. "
            "For anything urgent please contact ops@halvard.example.\n"
            "\n"
            "That said, answering from the airport lounge:\n"
            "#12 green, 0.9 – Kestrel's countersignature arrived this morning\n"
            "#13 amber – the third quote lands Monday\n"
            "#15 still behind, interviews restart in January\n"
            "\n"
            "D."
        ),
        expect={
            12: g("green", 0.9, note="Kestrel"),
            13: g("yellow", note="third quote"),
            15: g("red", note="interviews restart"),
        },
        clean=("Automatic reply", "ops@halvard.example", "airport lounge"),
        tags=("out-of-office-opener", "score", "amber", "status-word", "some-answered"),
    ),
    Case(
        "fresh14-dana-fastmail-top-all-but-hiring",
        "dana",
        "fastmail",
        to="token-upper",
        flowed=True,
        text=(
            "Smooth week – everything's on course apart from hiring (#15), which is still red "
            "until somebody accepts an offer.\n"
            "\n"
            "For context, since Jonas asked on Slack: the ledger migration on his side is "
            "yellow and Amélie's forum is still red, but neither touches mine.\n"
            "\n"
            "Best,\n"
            "Dana"
        ),
        expect={
            12: e("green", not_in=("ledger",)),
            13: e("green", not_in=("ledger",)),
            14: e("green", not_in=("forum",)),
            15: e("red"),
            16: e("green", not_in=("forum",)),
        },
        clean=("Best,", "Dana", "since Jonas asked"),
        tags=("all-green-except", "other-teams-colours", "managers-prose", "everyday-idiom"),
    ),
    # Jonas Becker, Berlin: #21 Yellow pages cleanup (due Dec 4), #22 Migrate billing to the
    # new ledger, #23 Blocked-payment alerts in under 5 minutes (due Dec 21). He did not
    # answer week 49, so his week-50 form has no flags of last week; week 48: 21 green,
    # 22 yellow, 23 red.
    Case(
        "fresh14-jonas-gmx-top-late-w49",
        "jonas",
        "gmx",
        form="W49",
        lang="de",
        text=(
            "Sorry, die Mail ist bei mir untergegangen – hier noch die Antworten für letzte "
            "Woche:\n"
            "\n"
            "#21 ist durch, alle Einträge bereinigt und abgenommen\n"
            "#22 gelb – Finance hat das Schema immer noch nicht freigegeben\n"
            "#23 rot, weiterhin kein Zugriff auf die Payment-Logs\n"
            "\n"
            "Schöne Grüße\n"
            "Jonas"
        ),
        expect={
            21: done(E, note="bereinigt"),
            22: g("yellow", note="Finance"),
            23: g("red", note="Payment-Logs"),
        },
        clean=("Schöne Grüße", "Jonas", "untergegangen"),
        tags=("late-answer", "done-colloquial", "apology-opener"),
    ),
    Case(
        "fresh14-jonas-webde-bottom-phone-unchanged-no-flag",
        "jonas",
        "webde",
        lang="de",
        layout="bottom",
        charset="iso-8859-1",
        text=(
            "Kurz vom Handy: 22 unverändert, 23 jetzt gelb - die Alerts kommen nach 7 statt 5 "
            "Minuten. Zu 21 melde ich mich Montag.\n"
            "\n"
            "VG Jonas"
        ),
        expect={
            21: amb(),
            22: amb(),
            23: g("yellow", note="7 statt 5"),
        },
        clean=("VG Jonas", "Kurz vom Handy"),
        tags=("phone", "several-on-one-line", "unchanged-without-last-week", "answer-deferred"),
    ),
    Case(
        "fresh14-jonas-outlook_mac-inline-wrapped-number",
        "jonas",
        "outlook_mac",
        lang="de",
        layout="inline",
        text={
            "#21": "Ist seit letzter Woche durch, die Abnahme durch den Vertrieb ist erfolgt.",
            "#22": "JB: gelb. Finance hat das Schema abgenommen, aber die Übernahme der\n"
            "2025er Rechnungen dauert länger als geplant, wir stehen bei etwa 60 Prozent.",
            "#23": "Rot. Wir haben jetzt Zugriff auf die Payment-Logs, aber die Alerts brauchen\n"
            "23 Minuten im Schnitt, Ziel sind 5.",
        },
        sig=SIG_JONAS,
        expect={
            21: done(E, note="Abnahme"),
            22: g("yellow", note="Schema abgenommen", not_in=("JB:",)),
            23: g("red", note="Payment-Logs"),
        },
        tags=(
            "hard-wrap-by-hand",
            "continuation-starts-with-number",
            "initials",
            "done-colloquial",
        ),
    ),
    Case(
        "fresh14-jonas-proton-forward-deputy-endorsed",
        "jonas",
        "proton",
        lang="de",
        layout="forward",
        cc="Lena Vogt <lena.vogt@halvard.example>",
        text=(
            "Hallo,\n"
            "\n"
            "ich bin bis Mittwoch im Urlaub. Lena vertritt mich und hat mir ihre Einschätzung "
            "geschickt; ich habe sie gelesen und übernehme sie so:\n"
            "\n"
            "#22 grün – Testmigration der Rechnungen abgeschlossen\n"
            "#23 gelb – Alerts im Schnitt nach 6 Minuten\n"
            "\n"
            "Danke Lena!\n"
            "Jonas"
        ),
        expect={
            22: g("green", note="Testmigration"),
            23: g("yellow", note="6 Minuten"),
        },
        clean=("Danke Lena", "im Urlaub", "Einschätzung"),
        tags=("forward", "deputy-endorsed-by-owner", "done-word-in-note", "cc"),
    ),
    Case(
        "fresh14-jonas-k9-top-second-mail-correction",
        "jonas",
        "k9",
        form="R50",
        lang="de",
        text=(
            "Nachtrag zu meiner Mail von gestern Abend: #23 ist doch rot, nicht gelb – der Fix "
            "für die Log-Pipeline wurde heute früh zurückgerollt.\n"
            "#21 und #22 wie gehabt."
        ),
        expect={
            21: amb(),
            22: amb(),
            23: g("red", note="zurückgerollt"),
        },
        clean=("Nachtrag zu meiner Mail",),
        tags=("second-reply-correction", "as-before-refers-to-earlier-mail", "phone"),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2% (due Dec 31),
    # #33 Launch the customer forum (overdue since Oct 30). Last week: 31 green, 32 yellow,
    # 33 red.
    Case(
        "fresh14-amelie-orange-top-wrapped-prose",
        "amelie",
        "orange",
        lang="fr",
        charset="iso-8859-15",
        cte="8bit",
        text=(
            "Bonjour,\n"
            "\n"
            "Pour l'onboarding (#31), tout va bien : quatorze comptes accompagnés ce\n"
            "mois-ci, je mets vert. Le churn (#32) reste en jaune à 2,3 % ; on saura en\n"
            "janvier si on repasse au rouge, tout dépend des renouvellements. Le forum\n"
            "(#33) est enfin lancé depuis mardi, on peut le clôturer.\n"
            "\n"
            "Bien à vous,\n"
            "Amélie"
        ),
        expect={
            31: g("green", note="quatorze comptes"),
            32: e("yellow", not_in=("forum",)),
            33: done(G),
        },
        clean=("Bien à vous", "Amélie", "Bonjour"),
        tags=(
            "managers-prose",
            "hard-wrap-by-hand",
            "continuation-starts-with-ref",
            "future-colour-in-note",
            "launch-done",
        ),
    ),
    Case(
        "fresh14-amelie-apple_mail-inline-next-friday",
        "amelie",
        "apple_mail",
        lang="fr",
        layout="inline",
        text={
            "#31": "Réponse : vert",
            "#32": "Réponse : jaune – 2,2 % en novembre, on vise 2 % fin décembre",
            "#33": "Réponse : reporté à vendredi prochain, le modérateur commence lundi",
            "$": "Bonne journée,\nAmélie",
        },
        expect={
            31: g("green"),
            32: g("yellow", note="2,2 %"),
            33: amb(),
        },
        clean=("Bonne journée", "Amélie"),
        tags=("answer-label", "relative-date-vague", "next-friday"),
    ),
    Case(
        "fresh14-amelie-yahoo-top-question-only",
        "amelie",
        "yahoo",
        form="R50",
        lang="fr",
        text=(
            "Bonjour,\n"
            "\n"
            "Petite question avant de répondre : le forum (#33) est en retard depuis octobre, "
            "est-ce que je le passe en rouge ou est-ce que je change la date ? Je vous redis "
            "lundi.\n"
            "\n"
            "Merci,\n"
            "Amélie"
        ),
        expect={33: amb()},
        clean=("Merci,", "Je vous redis lundi", "Amélie"),
        tags=("question-only", "alternative", "nothing-recorded"),
    ),
    Case(
        "fresh14-amelie-roundcube-bottom-all-green-except",
        "amelie",
        "roundcube",
        lang="fr",
        layout="bottom",
        text=(
            "Rien à signaler de mon côté, sauf #32 qui passe au rouge : deux gros clients ont "
            "résilié cette semaine, on remonte à 2,8 %.\n"
            "\n"
            "Amélie"
        ),
        sig=SIG_AMELIE,
        expect={
            31: e("green"),
            32: g("red", note="résilié"),
            33: e("green"),
        },
        tags=("all-green-except", "nothing-to-report-except", "flowed"),
    ),
    Case(
        "fresh14-amelie-zimbra-over-this-week",
        "amelie",
        "zimbra",
        lang="fr",
        layout="over",
        text={
            "#31": "Cette semaine : ça roule, 3 nouveaux comptes",
            "#32": "Cette semaine : toujours jaune, 2,4 %",
            "#33": "Cette semaine : abandonné – on passe par la communauté Slack des clients à "
            "la place",
        },
        disclaimer=DISCLAIMER_FR,
        expect={
            31: e("green", note="3 nouveaux comptes"),
            32: g("yellow"),
            33: drop(G, "communauté Slack"),
        },
        tags=("typed-over-last-week", "this-week-label", "drop", "everyday-idiom"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # Dec 11), #43 Red team the login flow (due Dec 17), #44 Amber rollout for every
    # service. Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh14-lucia-gmail_android-top-phone-runon",
        "lucia",
        "gmail_android",
        lang="es",
        text="41 bien 42 lanzado ayer x fin!! 43 en plazo 44 sigue en amarilo",
        expect={
            41: e("green"),
            42: done(E),
            43: e("green"),
            44: near("yellow"),
        },
        tags=(
            "phone",
            "no-punctuation",
            "several-on-one-line",
            "sms-abbreviation",
            "near-miss",
            "launch-done",
        ),
    ),
    Case(
        "fresh14-lucia-samsung-inline-answer-label",
        "lucia",
        "samsung",
        lang="es",
        layout="inline",
        text={
            "#42": "Respuesta: lanzado el miércoles, tres partners ya dentro",
            "#43": "Respuesta: todo bien por aquí, el equipo rojo entregó su informe",
            "#44": "Respuesta: amarillo 0,5 – 12 de 24 servicios migrados",
        },
        expect={
            42: done(G, note="tres partners"),
            43: e("green", note="informe"),
            44: g("yellow", 0.5, note="24 servicios"),
        },
        tags=("answer-label", "colour-names-a-team", "score-comma", "launch-done"),
    ),
    Case(
        "fresh14-lucia-outlook_mobile-top-thanks-only",
        "lucia",
        "outlook_mobile",
        form="R50",
        lang="es",
        text=(
            "¡Gracias por el recordatorio! Ya lo contesté ayer desde el portátil.\n"
            "\n"
            "Un abrazo,\n"
            "Lucía"
        ),
        expect={},
        clean=("Un abrazo", "Lucía"),
        tags=("thanks-only", "nothing-recorded"),
    ),
    Case(
        "fresh14-lucia-thunderbird-bottom-one-sentence-mislabelled",
        "lucia",
        "thunderbird",
        lang="es",
        layout="bottom",
        charset="utf-8",
        mislabel="iso-8859-1",
        text=(
            "El 41 y el 43 van bien, el 44 lo movemos a finales de abril y el portal (#42) ya "
            "está lanzado.\n"
            "\n"
            "Saludos,\n"
            "Lucía"
        ),
        expect={
            41: e("green"),
            42: done(G),
            43: e("green"),
            44: amb(),
        },
        clean=("Saludos",),
        tags=("several-in-one-sentence", "date-without-day", "launch-done"),
    ),
    Case(
        "fresh14-lucia-spark-noquote-restated-form",
        "lucia",
        "spark",
        prose="es",
        layout="noquote",
        text=(
            "#41 Cut time on track 3 – verde, 8/10\n"
            "#42 Launch the partner portal – rojo, las claves de la API llegaron tarde; nueva "
            "fecha 15/01/2027\n"
            "#43 Red team the login flow – hecho, informe entregado el lunes\n"
            "#44 Amber rollout for every service – amarillo, 14 de 24 servicios\n"
            "\n"
            "Un saludo,\n"
            "Lucía"
        ),
        expect={
            41: g("green", 0.8),
            42: due(G, "2027-01-15", flag="red"),
            43: done(G, note="informe"),
            44: g("yellow", note="14 de 24"),
        },
        clean=("Un saludo", "Lucía"),
        tags=("restated-form", "title-holds-status-word", "score-fraction", "flag-and-date"),
    ),
    # Mariana Costa, São Paulo: #51 Open the São Paulo office, #52 10 reseller agreements
    # signed (due Dec 31), #53 Portuguese help centre complete (due Dec 4). She did not
    # answer week 49; week 48: 51 yellow, 52 green, 53 yellow.
    Case(
        "fresh14-mariana-outlook_plain-over-late-w49",
        "mariana",
        "outlook_plain",
        form="W49",
        lang="pt",
        layout="over",
        text={
            "^": "Desculpem o atraso, seguem as respostas da semana passada.",
            "#51": "amarelo – o contrato de aluguel ainda está em negociação",
            "#52": "verde, 8 de 10 assinados",
            "#53": "tudo traduzido e publicado, pode fechar",
            "$": "Abraços,\nMariana",
        },
        expect={
            51: g("yellow", note="aluguel"),
            52: g("green", note="8 de 10"),
            53: done(E),
        },
        clean=("Abraços", "Mariana", "Desculpem o atraso"),
        tags=("late-answer", "typed-over-last-week", "done-colloquial"),
    ),
    Case(
        "fresh14-mariana-ios_mail-top-phone-typo",
        "mariana",
        "ios_mail",
        lang="pt",
        text=(
            "51 amarello, o proprietário pediu mais uma garantia\n52 verde 0.9\n53 sem alterações"
        ),
        expect={
            51: near("yellow", note="garantia"),
            52: g("green", 0.9),
            53: amb(),
        },
        tags=("phone", "near-miss", "score", "unchanged-without-last-week"),
    ),
    Case(
        "fresh14-mariana-samsung-bottom-ooo-opener",
        "mariana",
        "samsung",
        form="R50",
        lang="pt",
        layout="bottom",
        text=(
            "Resposta automática: estou viajando até segunda-feira, com acesso limitado ao "
            "e-mail.\n"
            "\n"
            "Mas já que estou aqui:\n"
            "51 – contrato assinado ontem, a obra começa em janeiro, verde\n"
            "52 – 10 de 10, concluído!\n"
            "\n"
            "Mariana"
        ),
        expect={
            51: g("green", note="contrato assinado"),
            52: done(G),
        },
        clean=("Resposta automática", "acesso limitado", "Mariana"),
        tags=("out-of-office-opener", "colour-closes-line", "done", "some-answered"),
    ),
    Case(
        "fresh14-mariana-uol-inline-feito",
        "mariana",
        "uol",
        lang="pt",
        layout="inline",
        text={
            "#51": "Tudo certo por aqui – a obra termina dia 20.",
            "#52": "Amarelo – 9 de 10 assinados, o último revendedor pediu mais prazo",
            "#53": "Feito ✅ todos os artigos publicados",
        },
        sig=SIG_MARIANA,
        disclaimer=DISCLAIMER_PT,
        expect={
            51: e("green", note="obra termina"),
            52: g("yellow", note="9 de 10"),
            53: done(G, note="artigos publicados"),
        },
        tags=("inline", "emoji", "everyday-idiom", "signature", "disclaimer"),
    ),
    Case(
        "fresh14-mariana-outlook_desktop-forward-to-deputy",
        "mariana",
        "outlook_desktop",
        lang="pt",
        layout="forward",
        cc="Rafael Lima <rafael.lima@halvard.example>",
        text=(
            "Rafael, você pode responder esse por mim essa semana? Acho que o #52 está verde, "
            "mas confirma com o comercial antes de mandar.\n"
            "\n"
            "Obrigada!\n"
            "Mariana"
        ),
        expect={52: amb()},
        clean=("Obrigada", "Mariana"),
        tags=("forward", "request-to-deputy", "hedge", "nothing-recorded"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh14-giulia-libero-top-two-on-a-line",
        "giulia",
        "libero",
        lang="it",
        text=(
            "Il 61 è verde, il cutover è andato liscio martedì notte. Il 62 resta rosso: 93% "
            "questo mese, due rollback.\n"
            "\n"
            "Un saluto,\n"
            "Giulia"
        ),
        expect={
            61: g("green", note="cutover", not_in=("93%",)),
            62: e("red", note="93%"),
        },
        clean=("Un saluto", "Giulia"),
        tags=("several-on-one-line", "article-before-number", "still-word"),
    ),
    Case(
        "fresh14-giulia-gmail_web-top-turkish-unchanged",
        "giulia",
        "gmail_web",
        form="R50",
        lang="tr",
        text=("Merhaba,\n\n61 ve 62 için değişiklik yok.\n\nİyi çalışmalar,\nGiulia"),
        expect={
            61: g("yellow"),
            62: g("red"),
        },
        clean=("İyi çalışmalar", "Giulia", "Merhaba"),
        tags=("unchanged", "two-refs-one-answer", "reply-to-reminder"),
    ),
    Case(
        "fresh14-giulia-thunderbird-bottom-wrapped-flag-word",
        "giulia",
        "thunderbird",
        lang="it",
        layout="bottom",
        text=(
            "62: giallo. Questo mese siamo al 94% senza rollback, manca poco al 95,\n"
            "rosso solo se il rilascio di venerdì va storto.\n"
            "61: completato, tutto il traffico è sul nuovo cluster da mercoledì.\n"
            "\n"
            "Grazie,\n"
            "Giulia"
        ),
        expect={
            61: done(G, note="traffico"),
            62: g("yellow", note="94%"),
        },
        clean=("Grazie,", "Giulia"),
        tags=(
            "hard-wrap-by-hand",
            "continuation-starts-with-flag-word",
            "condition-in-note",
            "done",
        ),
    ),
    Case(
        "fresh14-giulia-outlook_desktop-inline-turkish-initials",
        "giulia",
        "outlook_desktop",
        lang="tr",
        layout="inline",
        charset="windows-1254",
        crlf=True,
        text={
            "#61": "GR: sorunsuz ilerliyor, sadece DNS geçişi kaldı",
            "#62": "GR: sarı, rollback'siz oran %94",
            "$": "Saygılarımla,\nGiulia",
        },
        disclaimer=DISCLAIMER_TR,
        expect={
            61: e("green", note="DNS", not_in=("GR:",)),
            62: g("yellow", note="%94", not_in=("GR:",)),
        },
        clean=("Saygılarımla", "Giulia"),
        tags=("initials", "everyday-idiom", "turkish-percent", "crlf"),
    ),
    Case(
        "fresh14-giulia-samsung-forward-deputy-endorsed",
        "giulia",
        "samsung",
        lang="it",
        layout="forward",
        text=(
            "Inoltro le risposte di Murat, che mi sostituisce questa settimana. Le ho "
            "controllate e sono d'accordo:\n"
            "\n"
            "61 verde\n"
            "62 rosso – ancora due rollback questo mese\n"
            "\n"
            "Grazie,\n"
            "Giulia"
        ),
        expect={
            61: g("green"),
            62: g("red", note="due rollback"),
        },
        clean=("Grazie,", "Giulia", "Inoltro le risposte"),
        tags=("forward", "deputy-endorsed-by-owner", "bare-numbers"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store
    # rating above 4.5, #73 Behind-the-login analytics dashboard. Last week: 71 yellow,
    # 72 green, 73 green.
    Case(
        "fresh14-sanne-gmail_web-top-all-green-except",
        "sanne",
        "gmail_web",
        lang="nl",
        text=(
            "Alles groen behalve #71: geel, de iOS-review loopt nog. Als Apple maandag "
            "goedkeurt, halen we de vijftiende.\n"
            "\n"
            "Groetjes,\n"
            "Sanne"
        ),
        expect={
            71: g("yellow", note="iOS-review"),
            72: g("green"),
            73: g("green"),
        },
        clean=("Groetjes", "Sanne"),
        tags=("all-green-except", "condition-in-note"),
    ),
    Case(
        "fresh14-sanne-outlook_web-inline-trimmed-release-moves",
        "sanne",
        "outlook_web",
        lang="nl",
        layout="inline",
        trim_quote=True,
        text={
            "#71": "SdV: rood. De crash op Android 14 is terug; de release schuift naar 12 "
            "januari.",
            "#72": "SdV: groen, 4,6 deze week",
            "#73": "SdV: ongewijzigd",
        },
        sig=SIG_SANNE,
        disclaimer=DISCLAIMER_NL,
        expect={
            71: due(E, "2027-01-12", flag="red"),
            72: g("green", note="4,6"),
            73: g("green"),
        },
        tags=("initials", "flag-and-date", "rating-not-score", "unchanged", "trimmed-quote"),
    ),
    Case(
        "fresh14-sanne-thunderbird_html-bottom-ignore-last",
        "sanne",
        "thunderbird_html",
        form="R50",
        lang="nl",
        layout="bottom",
        charset="windows-1252",
        text=(
            "Negeer mijn vorige mail: daar stond #73 per ongeluk op rood. Dat moet groen zijn, "
            "het dashboard draait gewoon.\n"
            "\n"
            "Groetjes,\n"
            "Sanne"
        ),
        expect={73: e("green")},
        clean=("Groetjes", "Sanne"),
        tags=("second-reply-correction", "some-answered"),
    ),
    Case(
        "fresh14-sanne-roundcube-over-deze-week",
        "sanne",
        "roundcube",
        lang="nl",
        layout="over",
        text={
            "#71": "Deze week: geel, 60% – iOS-review ingediend, de Android-build is groen op CI",
            "#72": "Deze week: prima, 4,6 gemiddeld",
            "#73": "Deze week: klaar – live sinds dinsdag",
        },
        expect={
            71: g("yellow", 0.6, note="iOS-review"),
            72: e("green", note="4,6"),
            73: done(G),
        },
        tags=(
            "typed-over-last-week",
            "this-week-label",
            "score-percent",
            "colour-word-in-note",
            "done",
        ),
    ),
    Case(
        "fresh14-sanne-apple_mail-noquote-manager-prose",
        "sanne",
        "apple_mail",
        lang="nl",
        layout="noquote",
        wrap=76,
        text=(
            "Voor de volledigheid, omdat Erik ernaar vroeg: zijn prijsexperiment staat op "
            "groen, maar dat is zijn KR, niet de mijne.\n"
            "\n"
            "Van mijn kant: de app (#71) hangt nog op de iOS-review, dus oranje. De rating "
            "(#72) zakte naar 4,4 – ik zet hem op geel. Dashboard: niets bijzonders.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Sanne"
        ),
        expect={
            71: e("yellow"),
            72: g("yellow", note="4,4"),
            73: g("green"),
        },
        clean=("Met vriendelijke groet", "Sanne", "Voor de volledigheid"),
        tags=("managers-prose", "other-teams-colours", "orange-word", "title-word-label"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (due Dec 20), #82
    # Greenfield pricing experiment. Last week: 81 green, 82 green.
    Case(
        "fresh14-erik-em_client-top-phone-runon",
        "erik",
        "em_client",
        prose="sv",
        charset="iso-8859-1",
        text="81 grönt vipps live i prod sen igår 82 lite efter pga finans men gult\n\n/E",
        expect={
            81: e("green"),
            82: e("yellow"),
        },
        tags=("phone", "no-punctuation", "several-on-one-line", "inflected-colour"),
    ),
    Case(
        "fresh14-erik-gmail_web-forward-attachment-only",
        "erik",
        "gmail_web",
        prose="sv",
        layout="forward",
        text=(
            "Hej!\n"
            "\n"
            "Vidarebefordrar formuläret – veckans status finns i bifogade filen "
            "(status_v50.xlsx).\n"
            "\n"
            "Hälsningar\n"
            "Erik"
        ),
        expect={},
        clean=("Hälsningar", "Erik"),
        tags=("attachment-only", "nothing-recorded", "forward"),
    ),
    Case(
        "fresh14-erik-outlook_desktop-inline-vague-slip",
        "erik",
        "outlook_desktop",
        lang="sv",
        layout="inline",
        text={
            "#81": "Swish och Vipps är live i produktion sedan i måndags, inga fel hittills. "
            "Klart.",
            "#82": "Gult. Finans vill vänta på decembersiffrorna, så slutdatumet flyttas nog "
            "ungefär en månad.",
        },
        sig=SIG_ERIK,
        expect={
            81: done(G, note="sedan i måndags"),
            82: e("yellow", note="decembersiffrorna"),
        },
        tags=("done-closing-sentence", "inflected-colour", "vague-date-in-note"),
    ),
    Case(
        "fresh14-erik-evolution-over-den-har-veckan",
        "erik",
        "evolution",
        lang="sv",
        layout="over",
        text={
            "#81": "Den här veckan: grön (0.8) – Vipps live i prod",
            "#82": "Den här veckan: gul, finans vill se decembersiffrorna först",
        },
        expect={
            81: g("green", 0.8, note="Vipps"),
            82: g("yellow", note="decembersiffrorna"),
        },
        tags=("typed-over-last-week", "this-week-label", "score-in-brackets"),
    ),
    Case(
        "fresh14-erik-ios_mail-top-ignore-last",
        "erik",
        "ios_mail",
        lang="sv",
        text=(
            "Strunta i mitt förra mejl – #82 är faktiskt gul, inte grön. Finans har inte gett "
            "klartecken för januari."
        ),
        expect={82: e("yellow", note="klartecken")},
        tags=("second-reply-correction", "x-not-y", "some-answered"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook (due Dec 22), #92 Renew the
    # Telenor contract (overdue), #93 Partner NPS above 40. Last week: 91 yellow, 92 red,
    # 93 green.
    Case(
        "fresh14-mette-alpine-top-all-green-except-title",
        "mette",
        "alpine",
        prose="da",
        to="token-upper",
        text=(
            "Alt kører efter planen, bortset fra Telenor – den er stadig rød, juristerne har "
            "ikke svaret på broaftalen.\n"
            "\n"
            "Venlig hilsen\n"
            "Mette"
        ),
        expect={
            91: e("green"),
            92: e("red", note="broaftalen"),
            93: e("green"),
        },
        clean=("Venlig hilsen", "Mette"),
        tags=("all-green-except", "exception-by-title-word", "token-upper"),
    ),
    Case(
        "fresh14-mette-lotus_notes-inline-norwegian-drop",
        "mette",
        "lotus_notes",
        prose="no",
        layout="inline",
        text={
            "#91": "MS: gul fortsatt – salg vil ha en kortere versjon",
            "#92": "MS: vi legger det ned – Telenor har valgt en annen leverandør",
            "#93": "MS: ser bra ut, 0,8 – 41 i siste måling",
            "$": "Mvh\nMette",
        },
        expect={
            91: g("yellow", note="kortere versjon", not_in=("MS:",)),
            92: drop(G, "annen leverandør"),
            93: g("green", 0.8, note="41 i siste"),
        },
        clean=("Mvh", "Mette"),
        tags=("initials", "drop", "score-comma", "still-after-colour"),
    ),
    Case(
        "fresh14-mette-thunderbird-bottom-wrapped-continuations",
        "mette",
        "thunderbird",
        lang="da",
        layout="bottom",
        charset="iso-8859-1",
        text=(
            "#91 gul – salg har godkendt den korte version, men den lange mangler\n"
            "stadig gennemlæsning fra juridisk.\n"
            "#93 grøn – NPS på 42 i decembermålingen, op fra 38. Vi regner med\n"
            "40+ igen i januar.\n"
            "#92 ny dato 15. januar 2027, broaftalen løber indtil da.\n"
            "\n"
            "Vh Mette"
        ),
        expect={
            91: g("yellow", note="korte version"),
            92: due(E, "2027-01-15"),
            93: g("green", note="NPS på 42"),
        },
        clean=("Vh Mette",),
        tags=(
            "hard-wrap-by-hand",
            "continuation-starts-with-still",
            "continuation-starts-with-number",
            "date-moved",
            "local-date",
        ),
    ),
    Case(
        "fresh14-mette-mutt-top-restated-form",
        "mette",
        "mutt",
        prose="da",
        text=(
            "#91 At-risk accounts playbook\n"
            "Last week: [YELLOW] sales wants a shorter version\n"
            "Denne uge: grøn, salg har godkendt den korte version\n"
            "\n"
            "#92 Renew the Telenor contract\n"
            "Last week: [RED] contract expired, working on a bridge\n"
            "Denne uge: stadig rød, broaftale til januar\n"
            "\n"
            "#93 Partner NPS above 40\n"
            "Denne uge: uændret\n"
            "\n"
            "Mange hilsner\n"
            "Mette"
        ),
        expect={
            91: e("green", note="korte version", not_in=("shorter version",)),
            92: e("red", note="broaftale", not_in=("working on a bridge",)),
            93: e("green"),
        },
        clean=("Mange hilsner", "Mette"),
        tags=("restated-form", "pasted-last-week", "title-holds-status-word", "unchanged"),
    ),
    Case(
        "fresh14-mette-spark-top-one-sentence",
        "mette",
        "spark",
        prose="da",
        text=(
            "91 og 93 er grønne, 92 er stadig rød – Telenor har ikke skrevet under endnu.\n"
            "\n"
            "Mange hilsner\n"
            "Mette"
        ),
        expect={
            91: e("green"),
            92: g("red", note="skrevet under"),
            93: e("green"),
        },
        clean=("Mange hilsner", "Mette"),
        tags=("several-on-one-line", "inflected-colour", "plural-colour"),
    ),
    # Olga Kowalczyk, Warsaw: #101 Complete the SOC 2 audit, #102 Rotate all production
    # secrets (due Dec 10), #103 Phishing drill for all staff (due Dec 18). She did not
    # answer week 49; week 48: 101 yellow, 102 green, 103 green.
    Case(
        "fresh14-olga-wp_pl-top-late-w49",
        "olga",
        "wp_pl",
        form="W49",
        lang="pl",
        text=(
            "Przepraszam za opóźnienie, odpowiedź za zeszły tydzień:\n"
            "#101 żółty 0,6 - audytor prosi o dodatkowe dowody\n"
            "#102 zielony, 80% usług już zrotowanych\n"
            "#103 bez zmian\n"
            "\n"
            "Pozdrawiam,\n"
            "Olga"
        ),
        expect={
            101: g("yellow", 0.6, note="dodatkowe dowody"),
            102: g("green", note="80%"),
            103: g("green"),
        },
        clean=("Pozdrawiam", "Olga", "Przepraszam"),
        tags=("late-answer", "score-comma", "percent-is-note", "unchanged"),
    ),
    Case(
        "fresh14-olga-the_bat-bottom-russian-prose",
        "olga",
        "the_bat",
        lang="ru",
        layout="bottom",
        wrap=76,
        text=(
            "Аудит SOC 2 (#101) по-прежнему жёлтый: аудитор запросил ещё три документа. "
            "Ротация секретов (#102) завершена во вторник, все сервисы переключены. "
            "Фишинговую рассылку (#103) сдвигаем на 22 января - отдел кадров просил не "
            "трогать людей перед праздниками.\n"
            "\n"
            "С уважением,\n"
            "Ольга"
        ),
        expect={
            101: g("yellow", note="три документа"),
            102: done(E),
            103: due(E, "2027-01-22"),
        },
        clean=("С уважением", "Ольга"),
        tags=("managers-prose", "hard-wrap", "inflected-done", "date-moved"),
    ),
    Case(
        "fresh14-olga-yandex-inline-hedge",
        "olga",
        "yandex",
        form="R50",
        lang="ru",
        layout="inline",
        charset="koi8-r",
        text={
            "#101": "Жёлтый. Аудитор доволен, но ждём два отчёта от подрядчика",
            "#102": "Готово, все секреты заменены",
            "#103": "Пока не знаю, HR ещё не решил - может, зелёный",
        },
        expect={
            101: g("yellow", note="два отчёта"),
            102: done(G),
            103: amb(),
        },
        tags=("inline", "hedge", "done"),
    ),
    Case(
        "fresh14-olga-mailru-noquote-question-only",
        "olga",
        "mailru",
        lang="ru",
        layout="noquote",
        text=(
            "Коллеги, а почему в форме нет моего нового KR про резервные копии? На остальное "
            "отвечу в понедельник.\n"
            "\n"
            "Спасибо,\n"
            "Ольга"
        ),
        expect={},
        clean=("Спасибо", "Ольга"),
        tags=("question-only", "nothing-recorded"),
    ),
    Case(
        "fresh14-olga-outlook_plain-top-ascii-polish",
        "olga",
        "outlook_plain",
        lang="pl",
        crlf=True,
        text=(
            "101 zolty, audytor chce jeszcze logi z listopada\n"
            "102 gotowe\n"
            "103 zgodnie z planem, termin 18.12 aktualny\n"
            "\n"
            "Pozdrawiam\n"
            "Olga"
        ),
        expect={
            101: e("yellow", note="logi z listopada"),
            102: done(G),
            103: g("green"),
        },
        clean=("Pozdrawiam", "Olga"),
        tags=("no-diacritics", "date-that-is-not-a-move", "crlf", "bare-numbers"),
    ),
    # Kenji Watanabe, Tokyo: #111 Localise the product into Japanese, #112 Sign 3 launch
    # customers in Japan, #113 Stop-ship bugs to zero (due Dec 12), #114 Red-carpet
    # onboarding for launch partners. He did not answer week 49; week 48: 111 green,
    # 112 yellow, 113 red, 114 green.
    Case(
        "fresh14-kenji-becky-top-late-w49",
        "kenji",
        "becky",
        form="W49",
        lang="ja",
        text=(
            "遅くなってすみません。先週分です。\n"
            "#111 順調、翻訳は90%まで来ました\n"
            "#112 要注意：2社目の契約が法務で止まっています\n"
            "#113 赤、ストップシップのバグが残り9件\n"
            "#114 先週と同じ\n"
            "\n"
            "以上、よろしくお願いします。\n"
            "渡辺"
        ),
        expect={
            111: g("green", note="90%"),
            112: g("yellow", note="法務"),
            113: g("red", note="残り9件"),
            114: g("green"),
        },
        clean=("以上、よろしくお願いします。", "渡辺", "遅くなってすみません"),
        tags=("late-answer", "status-word", "unchanged", "cjk"),
    ),
    Case(
        "fresh14-kenji-gmail_web-inline-next-weeks-friday",
        "kenji",
        "gmail_web",
        lang="ja",
        layout="inline",
        text={
            "#111": "予定通り",
            "#112": "1社署名済み、2社と交渉中。黄色。",
            "#113": "黄色。残り3件なので、来週の金曜日まで延期させてください。",
        },
        expect={
            111: g("green"),
            112: g("yellow", note="交渉中"),
            113: due(E, "2026-12-18", flag="yellow"),
        },
        tags=("inline", "flag-ends-note", "relative-date-exact", "flag-and-date"),
    ),
    Case(
        "fresh14-kenji-blackberry-top-phone-runon",
        "kenji",
        "blackberry",
        prose="ja",
        charset="shift_jis",
        text="111 113 順調 112 黄色 114 特になし\n\n渡辺",
        expect={
            111: e("green"),
            112: e("yellow"),
            113: e("green"),
            114: e("green"),
        },
        clean=("渡辺",),
        tags=("phone", "no-punctuation", "several-on-one-line", "two-refs-no-joiner"),
    ),
    Case(
        "fresh14-kenji-apple_mail-bottom-ignore-last-mentions-other",
        "kenji",
        "apple_mail",
        form="R50",
        lang="ja",
        layout="bottom",
        text=(
            "先ほどのメールは無視してください。#113は赤ではなく黄色です。"
            "残りのバグ3件は#111の翻訳修正待ちです。\n"
            "\n"
            "渡辺 健二"
        ),
        expect={
            111: amb(),
            113: e("yellow"),
        },
        clean=("渡辺 健二",),
        tags=("second-reply-correction", "x-not-y", "other-kr-in-note"),
    ),
    Case(
        "fresh14-kenji-outlook_web-top-status-label",
        "kenji",
        "outlook_web",
        lang="ja",
        cte="qp",
        text=(
            "ウェイさんのICPは赤だそうですが、こちらは以下の通りです。\n"
            "#114 問題なし、パートナー3社の受け入れ準備完了\n"
            "#112 引き続き黄色\n"
            "#113 完了しました。バグゼロを確認済みです。\n"
            "\n"
            "以上、よろしくお願いします。"
        ),
        disclaimer=DISCLAIMER_JA,
        expect={
            112: g("yellow"),
            113: done(G),
            114: e("green", note="受け入れ準備"),
        },
        clean=("以上、よろしくお願いします。",),
        tags=("other-teams-colours", "done-word-in-note", "still-word", "disclaimer"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue). Last week: 121 green, 122 red.
    Case(
        "fresh14-wei-foxmail-top-both-unchanged",
        "wei",
        "foxmail",
        lang="zh",
        text="121 和 122 都和上周一样。\n\n谢谢！\n张伟",
        expect={
            121: g("green"),
            122: g("red"),
        },
        clean=("谢谢", "张伟"),
        tags=("unchanged", "two-refs-one-answer", "cjk"),
    ),
    Case(
        "fresh14-wei-netease-bottom-wrapped-cjk",
        "wei",
        "netease",
        lang="zh",
        layout="bottom",
        text=(
            "#122 红色：材料已第三次提交，管理局说还需要一份\n"
            "网络安全评估报告，预计一月中旬才有结果。\n"
            "#121 没什么问题，第三家经销商下周上线\n"
            "\n"
            "祝好\n"
            "张伟"
        ),
        expect={
            121: e("green", note="下周上线"),
            122: g("red", note="第三次提交"),
        },
        clean=("祝好", "张伟"),
        tags=("hard-wrap-by-hand", "everyday-idiom", "cjk"),
    ),
    Case(
        "fresh14-wei-apple_mail-inline-reminder-date",
        "wei",
        "apple_mail",
        form="R50",
        lang="zh",
        layout="inline",
        text={
            "#121": "绿灯。第三家已签约，测试环境已打通",
            "#122": "延期到2027年1月29日，审批机关要求补充材料",
        },
        disclaimer=DISCLAIMER_ZH,
        expect={
            121: g("green", note="测试环境"),
            122: due(G, "2027-01-29"),
        },
        tags=("inline", "date-moved", "cjk", "disclaimer"),
    ),
    Case(
        "fresh14-wei-yahoo_android-top-phone-no-spaces",
        "wei",
        "yahoo_android",
        prose="zh",
        charset="gb2312",
        cte="base64",
        text="121进展顺利 122还是红色 等材料中",
        expect={
            121: e("green"),
            122: g("red", note="等材料"),
        },
        tags=("phone", "no-punctuation", "several-on-one-line", "cjk"),
    ),
    Case(
        "fresh14-wei-mutt_star-noquote-summary-prose",
        "wei",
        "mutt_star",
        layout="noquote",
        text=(
            "Kenji asked for a one-line summary, so the same for Flagpost: the ICP licence is "
            "still blocked (红灯), and the partners are fine - two live, the third signs on "
            "Tuesday.\n"
            "\n"
            "Wei"
        ),
        expect={
            121: e("green", note="two live"),
            122: e("red", not_in=("partners",)),
        },
        clean=("Wei",),
        tags=("managers-prose", "title-words-in-prose", "mixed-languages", "colour-in-brackets"),
    ),
]
