"""A seventeenth batch (written on 2026-12-07 for measurement once, at the end of a round, by
someone who read neither the parser, its tests nor its development corpus, and who ran neither
on it; sealed and unregistered until then), five replies per person of the company, on A BAD
WEEK: most key results are in trouble and people say so in their own way, in all fifteen
languages. Delays, blockers and escalations; asking the manager for help or a decision;
vendors, landlords, partners and auditors letting people down; good news and bad news in one
paragraph; understatement, euphemism and sarcasm (a "great" or "ótimo" before the bad news, a
quoted "太好了"); negations that conclude a colour ("not green, not even close: red", "Ikke
grønt længere – gul", "inte längre grönt … så gult", "Niet groen, niet rood – dus geel") and
ones that do not; "far from done" and "far from green"; relief that one thing is finally fine;
comparisons with last week; reds and yellows said in a title's own words where the title holds
a colour or status word (Green-light…, Reduce red alerts…, On-track deploys…, At-risk…,
Red team…, Red-carpet…, Behind-the-login…, Greenfield…, Amber rollout…, Yellow pages /
Gelbe Seiten); translated titles and own labels (Prisexperimentet, Playbooken, ローカライズ,
ICP许可证, Ротация секретов); stalled and won't-make-it idioms; delay words followed by the
colour they are and delay words alone; several key results in one sentence or paragraph; done
with bad news attached, done words and "dropped the ball" inside red notes, "slipped to
January" and "neuer Termin" with no date; done, drops with their reasons and moved dates in
local styles (29.01.2027, 15/01/2027, 26 février 2027, 30 de abril de 2027, 20 Şubat 2027,
12 januari 2027, 22 января 2027, 4月15日, 2027年3月31日, …), said plainly in sentences.

All 42 clients and all 15 languages, as the client's language and as the writer's; every
layout (24 top, 13 bottom, 10 inline under the quoted items, 5 typed over "Last week:", 4
forwarded, 4 with the quote deleted); four late answers to week 49 and ten to the reminder;
initials before inline answers, bracketed refs, bare numbers, numbers with an article, one
flag for two refs, a paragraph hard-wrapped at 72 columns, a Cc, a lost `+TOKEN` (thread
only), an upper-cased `+TOKEN`, CRLF, KOI8-R, GBK declared GB2312, ISO-2022-JP and the
clients' own charsets; sign-offs, names, signatures and twelve disclaimers given as `clean=`
fragments no note may hold, and other key results' answers and the quoted form's notes as
`not_in=` fragments.

Phrasing tags: `grammar` for what the README's grammar table documents in any of its
languages, `everyday` for the rest (undocumented idioms and inflections, translated titles and
own labels, sarcasm, prose that concludes a colour in other words). 182 answers: 126 `grammar`
(101 flags, 8 done, 5 drops, 12 new dates) and 56 `everyday` (40 flags, 5 done, 1 new date, 6
ambiguous and 4 near-misses); 3 key results are left unanswered. Of the 145 flags expected
(near-misses included) 78 are red, 45 yellow and 22 green. The 6 ambiguous answers, where
nothing may be recorded: a delay with no colour, an "I'd say" guess between two colours, a
bare "not green", a yellow leaning to red, "between yellow and red", and "no longer red but
not green either". The 4 near-misses are misspelt reds and yellows in Spanish, Portuguese,
Dutch and Polish."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
Dana Whitfield | COO
Halvard Labs, 14 Leonard Street, London EC2A 4LX
"""
DISCLAIMER_EN = """
CONFIDENTIAL: this message is intended solely for its addressees. If you are not one of
them, please notify the sender immediately and destroy every copy. Halvard Labs Ltd.
"""
SIG_JONAS = """
Jonas Becker
Teamleiter Datenplattform · Halvard Labs GmbH · Berlin
"""
DISCLAIMER_DE = """
Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten
Adressaten bestimmt. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte
sofort den Absender und vernichten Sie diese E-Mail.
"""
DISCLAIMER_FR = """
Ce message et toutes ses pièces jointes sont strictement confidentiels. Toute diffusion
non autorisée est interdite. Si ce message vous est parvenu par erreur, merci de le détruire.
"""
SIG_MARIANA = """
Mariana Costa
Gerente Geral Brasil · Halvard Labs
+55 11 4000-1234
"""
DISCLAIMER_PT = """
Esta mensagem pode conter informações confidenciais. Se você não for o destinatário,
não a utilize nem a divulgue; avise o remetente e elimine-a imediatamente.
"""
DISCLAIMER_IT = """
Le informazioni contenute in questa comunicazione sono riservate. Qualora non foste i
destinatari, vi preghiamo di eliminarla e di darne notizia al mittente.
"""
DISCLAIMER_TR = """
Bu e-posta gizlidir ve yalnızca alıcısına yöneliktir. Yanlışlıkla size ulaştıysa
lütfen gönderene haber verip kalıcı olarak siliniz.
"""
SIG_SANNE = """
Sanne de Vries
Hoofd Mobiel · Halvard Labs B.V. · Amsterdam
"""
DISCLAIMER_NL = """
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Gebruik, openbaarmaking
of verspreiding door anderen is niet toegestaan.
"""
SIG_ERIK = """
Erik Lindqvist
Produktansvarig betalningar · Halvard Labs AB
"""
DISCLAIMER_NO = """
Denne meldingen er konfidensiell og kun ment for adressaten. Dersom du har mottatt den
ved en feiltakelse, ber vi deg slette den og varsle avsenderen.
"""
DISCLAIMER_PL = """
Niniejsza wiadomość jest poufna i może być objęta tajemnicą przedsiębiorstwa. Jeżeli nie
jesteś jej adresatem, prosimy o niezwłoczne usunięcie jej i poinformowanie nadawcy.
"""
DISCLAIMER_RU = """
Информация в этом сообщении является конфиденциальной. Если вы получили его по ошибке,
пожалуйста, удалите его и уведомите отправителя.
"""
SIG_KENJI = """
渡辺 健二
ハルヴァード・ラボ株式会社 日本代表
"""
DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
直ちに削除のうえ、送信者までお知らせください。
"""
DISCLAIMER_ZH = """
本邮件及其附件含有保密信息，仅限收件人使用。如您误收本邮件，请立即通知发件人并删除。
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners, #13 Green-light the data platform,
    # #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16 Shipped-features
    # newsletter every month. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh17-dana-gmail_web-top-rough-week",
        "dana",
        "gmail_web",
        lang="en-gb",
        text=(
            "Rough week, I'm afraid.\n"
            "\n"
            "#12 red – Kestrel's legal team walked away on Tuesday, so we're back to 4 of 5 "
            "with a week to go. I need 20 minutes with you on Monday to decide whether we chase "
            "Orbital instead.\n"
            "#13 not green, not even close: red. The vendor failed our security review and "
            "wants until February to fix it.\n"
            "#14 worse than last week. 38 red alerts (31 the week before), the new queue pages "
            "all night. Still red.\n"
            "#15 still behind, no second SRE. Our best candidate ghosted us after the final "
            "round.\n"
            "#16 fine – the December issue went out on Wednesday, the one thing that went "
            "right this week.\n"
            "\n"
            "Dana"
        ),
        expect={
            12: g("red", note="Kestrel", not_in=("Rough week",)),
            13: g("red", note="security review", not_in=("Kestrel",)),
            14: g("red", note="38 red alerts", not_in=("ghosted",)),
            15: g("red", note="ghosted", not_in=("December issue",)),
            16: e("green", note="December issue", not_in=("ghosted",)),
        },
        clean=("Rough week, I'm afraid",),
        tags=("bad-week", "negation-concluded", "comparison-last-week", "escalation"),
    ),
    Case(
        "fresh17-dana-outlook_desktop-inline-amber-drop",
        "dana",
        "outlook_desktop",
        layout="inline",
        text={
            "^": "Answers under each item. Not a week I'd like to repeat.",
            "#12": "Amber. Kestrel wants another round on the liability cap; if that drags past "
            "the 18th it goes red.",
            "#13": "Red 0.2 – the vendor missed the second deadline in a row. I need a decision "
            "from the exec team on whether we switch to the runner-up.",
            "#14": "No change, still red – 33 alerts, and the noise fix slipped to January.",
            "#15": "Drop – we're freezing headcount until Q2, so the second SRE role is gone "
            "for this quarter.",
        },
        sig=SIG_DANA,
        disclaimer=DISCLAIMER_EN,
        expect={
            12: g("yellow", note="liability cap", not_in=("4 of 5 signed",)),
            13: g("red", 0.2, note="runner-up", not_in=("vendor shortlist done",)),
            14: g("red", note="33 alerts", not_in=("30+ red alerts",)),
            15: drop(G, "freezing headcount"),
        },
        clean=("Not a week I'd like to repeat", "Halvard Labs Ltd", "CONFIDENTIAL"),
        tags=("bad-week", "condition-in-note", "drop", "quoted-last-week-flag", "unanswered"),
    ),
    Case(
        "fresh17-dana-superhuman-noquote-paragraph",
        "dana",
        "superhuman",
        layout="noquote",
        text=(
            "Sending from the airport, so one paragraph instead of the list.\n"
            "\n"
            "Mixed week. The newsletter shipped on Tuesday, right on schedule, and that's "
            "about it for good news. Design partners are in trouble: Kestrel walked away and "
            "nobody is lined up behind them. The data platform (#13) is red, the vendor failed "
            "the security review and wants until February. Alerts came down to 27 from 33, "
            "which is nowhere near half, so I'm calling #14 yellow. Hiring is far from done, "
            "one SRE and no second in sight: red.\n"
            "\n"
            "D."
        ),
        expect={
            12: e("red", note="Kestrel", not_in=("security review",)),
            13: g("red", note="security review", not_in=("Kestrel",)),
            14: g("yellow", note="27", not_in=("Kestrel",)),
            15: e("red", note="no second in sight", not_in=("Kestrel",)),
            16: e("green", not_in=("Kestrel",)),
        },
        clean=("Sending from the airport",),
        tags=("bad-week", "managers-paragraph", "mixed-news", "title-words", "done-word-in-note"),
    ),
    Case(
        "fresh17-dana-apple_mail-bottom-reminder",
        "dana",
        "apple_mail",
        lang="en-us",
        form="R50",
        layout="bottom",
        text=(
            "Sorry, Thursday was a write-off.\n"
            "\n"
            "#12 red, Kestrel is out. Could you introduce me to Orbital's CFO?\n"
            "#13 red as well, same vendor story as in Monday's email\n"
            "#14 yellow, trending red: 29 alerts this week\n"
            "#15 new date 31 January 2027 - the first SRE starts on 4 January, the second "
            "offer goes out next week\n"
            "Newsletter fine.\n"
            "\n"
            "Dana"
        ),
        expect={
            12: g("red", note="Orbital", not_in=("vendor story",)),
            13: e("red", note="vendor story", not_in=("Orbital",)),
            14: g("yellow", note="29 alerts", not_in=("first SRE",)),
            15: due(G, "2027-01-31"),
            16: g("green", not_in=("first SRE",)),
        },
        clean=("write-off",),
        tags=("bad-week", "date-moved", "trending", "title-words"),
    ),
    Case(
        "fresh17-dana-hey-forward-title-words",
        "dana",
        "hey",
        layout="forward",
        text=(
            "Forwarding this to the status address, the reply kept failing on the train.\n"
            "\n"
            "Short and not sweet:\n"
            "Design partners: red, Kestrel walked.\n"
            "Green-light the data platform: red – the vendor failed the security review.\n"
            "Reduce red alerts: amber, 27 this week.\n"
            "Hire 2 SREs: way behind.\n"
            "Newsletter: out on Tuesday, the only thing on this list that went to plan."
        ),
        expect={
            12: g("red", note="Kestrel", not_in=("security review",)),
            13: g("red", note="security review", not_in=("Kestrel",)),
            14: g("yellow", note="27 this week", not_in=("way behind",)),
            15: g("red", not_in=("Tuesday",)),
            16: e("green", note="Tuesday", not_in=("way behind",)),
        },
        clean=("Forwarding this", "Short and not sweet"),
        tags=("bad-week", "title-words", "colour-in-title", "forwarded"),
    ),
    # Jonas Becker, Berlin: #21 Yellow pages cleanup (overdue), #22 Migrate billing to the new
    # ledger, #23 Blocked-payment alerts in under 5 minutes. No answer for W49 (late reply
    # possible); W48: 21 green, 22 yellow, 23 red.
    Case(
        "fresh17-jonas-gmx-top-haengen-fest",
        "jonas",
        "gmx",
        lang="de",
        cc="dana@halvard.example",
        text=(
            "Hallo Dana,\n"
            "\n"
            "keine gute Woche bei uns, leider.\n"
            "\n"
            "#21 immer noch nicht fertig – der Dienstleister hat die letzten 4.000 Einträge "
            "falsch zugeordnet, wir fangen mit dem Abgleich neu an. Rot.\n"
            "#22 gelb, Tendenz rot: Finance hat die Abnahme des Schemas zum dritten Mal "
            "verschoben.\n"
            "#23 wir hängen fest, der Zugang zu den Payment-Logs fehlt immer noch. Ich brauche "
            "da bitte eine Eskalation von dir.\n"
            "\n"
            "Viele Grüße\n"
            "Jonas"
        ),
        expect={
            21: g("red", note="Abgleich", not_in=("Schemas",)),
            22: e("yellow", note="Schemas", not_in=("Payment-Logs",)),
            23: e("red", note="Payment-Logs", not_in=("Viele Grüße",)),
        },
        clean=("Viele Grüße", "keine gute Woche"),
        tags=("bad-week", "negation-concluded", "trending", "escalation", "cc"),
    ),
    Case(
        "fresh17-jonas-lotus_notes-inline-initials",
        "jonas",
        "lotus_notes",
        lang="de",
        layout="inline",
        text={
            "#21": "JB: erledigt – die letzten Einträge sind seit Mittwoch bereinigt. Endlich!",
            "#22": "JB: rot. Die Migration steht, bis Finance die Rundungsregeln klärt; ich "
            "brauche bis Dienstag eine Entscheidung, ob wir ohne sie weitermachen.",
            "#23": "JB: verschoben auf 29.01.2027 – ohne Zugriff auf die Logs ist der 21.12. "
            "nicht zu halten.",
        },
        sig=SIG_JONAS,
        disclaimer=DISCLAIMER_DE,
        expect={
            21: done(G, note="Mittwoch"),
            22: g("red", note="Rundungsregeln", not_in=("JB:",)),
            23: due(G, "2027-01-29"),
        },
        clean=("Teamleiter Datenplattform", "vertraulich"),
        tags=("bad-week", "initials", "done", "date-moved", "decision-asked"),
    ),
    Case(
        "fresh17-jonas-k9-over-late",
        "jonas",
        "k9",
        lang="de",
        form="W49",
        layout="over",
        text={
            "^": "Sorry, die Antwort auf letzte Woche kommt spät – war krank.",
            "#21": "Diese Woche: gelb – 85 % bereinigt, aber der Dienstleister liefert nur noch "
            "tröpfchenweise.",
            "#22": "Rot. Finance hat die Schema-Abnahme abgesagt, ein neuer Termin steht noch "
            "nicht fest.",
            "#23": "Weiterhin rot, wir haben immer noch keinen Zugriff auf die Logs.",
        },
        expect={
            21: g("yellow", note="tröpfchenweise", not_in=("60% of listings",)),
            22: g("red", note="Schema-Abnahme", not_in=("waiting for finance",)),
            23: g("red", note="Zugriff", not_in=("no access to the payment logs",)),
        },
        clean=("war krank",),
        tags=("bad-week", "typed-over-last-week", "late-week", "date-word-no-date"),
    ),
    Case(
        "fresh17-jonas-proton-bottom-reminder-mixed",
        "jonas",
        "proton",
        lang="de",
        form="R50",
        layout="bottom",
        text=(
            "Kurzes Update vom Handy, sorry für die Verspätung:\n"
            "\n"
            "Die Gelben Seiten (#21) sind endlich durch – alle Einträge bereinigt, die Abnahme "
            "war heute früh.\n"
            "Ledger (#22): stuck again, Finance still hasn't signed off the schema. Red.\n"
            "Blocked-payment alerts (#23): gelb. Security sagt, die Logs kommen nächste Woche – "
            "glaube ich erst, wenn ich sie sehe.\n"
            "\n"
            "Jonas"
        ),
        expect={
            21: done(E, note="bereinigt"),
            22: g("red", note="schema", not_in=("Logs kommen",)),
            23: g("yellow", note="Logs kommen", not_in=("schema",)),
        },
        clean=("Kurzes Update vom Handy",),
        tags=("bad-week", "mixed-languages", "bracketed-ref", "colour-in-title", "relief"),
    ),
    Case(
        "fresh17-jonas-outlook_mac-forward-no-longer-yellow",
        "jonas",
        "outlook_mac",
        lang="de",
        layout="forward",
        text=(
            "Dana, zur Info weitergeleitet – meine Antwort steht gleich hier oben:\n"
            "\n"
            "#21 Gelbe Seiten: abgeschlossen, die letzte Charge ist am Montag hochgeladen "
            "worden.\n"
            "#22 Rot. Seit Finance das Projekt auf Eis gelegt hat, sind wir nicht mehr gelb.\n"
            "#23 Liegt bei Security. Keine Bewegung seit drei Wochen, wir sind im Verzug.\n"
            "\n"
            "Gruß\n"
            "Jonas"
        ),
        expect={
            21: done(E, note="Charge"),
            22: g("red", note="auf Eis", not_in=("Security",)),
            23: amb(),
        },
        clean=("zur Info weitergeleitet",),
        tags=(
            "bad-week",
            "translated-title",
            "colour-in-title",
            "negated-colour-in-note",
            "ambiguous",
            "forwarded",
        ),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch the
    # customer forum (overdue). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh17-amelie-zimbra-top-dans-le-rouge",
        "amelie",
        "zimbra",
        lang="fr",
        text=(
            "Bonjour Dana,\n"
            "\n"
            "Semaine difficile, je ne vais pas enjoliver les choses.\n"
            "\n"
            "#31 : rouge. Deux clients pilotes ont quitté le programme et la moitié de l'équipe "
            "est en arrêt maladie.\n"
            "#32 : le churn est remonté à 2,9 % en novembre, on est dans le rouge.\n"
            "#33 : on abandonne – personne ne veut modérer le forum et le budget part sur le "
            "support.\n"
            "\n"
            "Bonne fin de semaine,\n"
            "Amélie"
        ),
        disclaimer=DISCLAIMER_FR,
        expect={
            31: g("red", note="clients pilotes", not_in=("churn",)),
            32: g("red", note="churn est remonté", not_in=("clients pilotes",)),
            33: drop(G, "modérer"),
        },
        clean=("Bonne fin de semaine", "strictement confidentiels", "enjoliver"),
        tags=("bad-week", "colour-as-place", "drop"),
    ),
    Case(
        "fresh17-amelie-orange-bottom-labels",
        "amelie",
        "orange",
        lang="fr",
        layout="bottom",
        text=(
            "Bonsoir,\n"
            "\n"
            "Pour cette semaine :\n"
            "- Onboarding clé en main : pas au vert, loin de là. Je dirais orange foncé.\n"
            "- Churn : toujours en retard sur l'objectif, 2,7 %, donc rouge.\n"
            "- Forum : reporté au 26 février 2027, le prestataire de modération nous a lâchés.\n"
            "\n"
            "Amélie Laurent"
        ),
        expect={
            31: amb(),
            32: g("red", note="2,7", not_in=("orange foncé",)),
            33: due(G, "2027-02-26"),
        },
        clean=("Pour cette semaine",),
        tags=("bad-week", "title-words", "ambiguous", "guess", "date-moved", "vendor"),
    ),
    Case(
        "fresh17-amelie-thunderbird-over-arbitrage",
        "amelie",
        "thunderbird",
        lang="fr",
        layout="over",
        text={
            "#31": "Cette semaine : jaune – on a rattrapé une partie du retard, mais deux "
            "comptes restent bloqués côté client.",
            "#32": "Cette semaine : toujours jaune, 2,4 % ; ni mieux ni pire.",
            "#33": "Cette semaine : rouge, et je demande l'arbitrage du comité : on continue ou "
            "on arrête ?",
        },
        expect={
            31: g("yellow", note="deux comptes", not_in=("12 accounts onboarded",)),
            32: g("yellow", note="2,4", not_in=("on track to 2%",)),
            33: g("red", note="arbitrage", not_in=("no moderator hired",)),
        },
        tags=("bad-week", "typed-over-last-week", "stuck-part-after-yellow", "decision-asked"),
    ),
    Case(
        "fresh17-amelie-yahoo-top-reminder-article",
        "amelie",
        "yahoo",
        lang="fr",
        form="R50",
        text=(
            "Désolée pour le retard, voici ma réponse.\n"
            "\n"
            "Le 31 est passé au rouge : le prestataire d'intégration a annulé trois sessions "
            "sur quatre.\n"
            "Le 32 reste au jaune, mais je ne suis pas très optimiste pour décembre.\n"
            "Le forum : rien de neuf, toujours au point mort.\n"
            "\n"
            "Amélie"
        ),
        expect={
            31: g("red", note="trois sessions", not_in=("optimiste",)),
            32: g("yellow", note="optimiste", not_in=("trois sessions",)),
            33: e("red", note="point mort", not_in=("optimiste",)),
        },
        clean=("Désolée pour le retard",),
        tags=("bad-week", "article-number", "unchanged", "stalled", "vendor"),
    ),
    Case(
        "fresh17-amelie-outlook_web-inline-not-green",
        "amelie",
        "outlook_web",
        lang="fr",
        prose="en",
        layout="inline",
        text={
            "#31": "Yellow, no better than last week – two pilot accounts are still waiting for "
            "their IT to open the firewall.",
            "#32": "Not green, obviously. 2.8% in November, and December usually hurts more.",
            "#33": "We dropped the ball on this one, honestly. Red, and I'd rather cancel it than "
            "keep reporting red every week – can we discuss it on Monday?",
        },
        expect={
            31: g("yellow", note="firewall", not_in=("12 accounts onboarded",)),
            32: amb(),
            33: e("red", note="dropped the ball", not_in=("no moderator hired",)),
        },
        tags=(
            "bad-week",
            "negated-colour",
            "ambiguous",
            "drop-word-in-note",
            "quoted-last-week-flag",
            "mixed-languages",
        ),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # Dec 11), #43 Red team the login flow, #44 Amber rollout for every service. Last week:
    # 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh17-lucia-gmail_android-top-bloqueados",
        "lucia",
        "gmail_android",
        lang="es",
        text=(
            "Hola Amélie:\n"
            "\n"
            "Semana complicada, te resumo.\n"
            "\n"
            "#41 en rojo: la pista 3 ha vuelto a 8 días por el cambio de proveedor de QA.\n"
            "#42 seguimos bloqueados, el socio no nos da las claves de la API y el portal no "
            "sale el viernes. Necesito que lo escales tú.\n"
            "#43 Red team the login flow: amarillo, el equipo externo encontró dos fallos "
            "críticos y no cerramos hasta arreglarlos.\n"
            "#44 ámbar, y no por el nombre: el despliegue sigue parado en 3 servicios.\n"
            "\n"
            "Un abrazo,\n"
            "Lucía"
        ),
        expect={
            41: e("red", note="proveedor de QA", not_in=("claves",)),
            42: g("red", note="claves", not_in=("proveedor de QA",)),
            43: g("yellow", note="dos fallos", not_in=("claves",)),
            44: g("yellow", note="3 servicios", not_in=("dos fallos",)),
        },
        clean=("Un abrazo", "te resumo"),
        tags=("bad-week", "colour-in-title", "escalation", "colour-as-place", "vendor"),
    ),
    Case(
        "fresh17-lucia-samsung-bottom-phone",
        "lucia",
        "samsung",
        lang="es",
        layout="bottom",
        text=(
            "Te cuento rápido desde el móvil:\n"
            "41 - va mal, no llegamos a los 3 días ni de broma\n"
            "42 - ¡lanzado! por fin, el lunes\n"
            "43 - amarillo tirando a rojo\n"
            "44 - sin cambios"
        ),
        expect={
            41: e("red", not_in=("lanzado",)),
            42: done(G),
            43: amb(),
            44: g("yellow", not_in=("rollout resumed",)),
        },
        clean=("Te cuento rápido",),
        tags=("bad-week", "bare-numbers", "launched", "ambiguous", "unchanged", "relief"),
    ),
    Case(
        "fresh17-lucia-outlook_mobile-top-reminder",
        "lucia",
        "outlook_mobile",
        lang="es",
        form="R50",
        text=(
            "Perdona el retraso, ha sido una semana horrible.\n"
            "\n"
            "El portal de partners (#42) sigue en rojo: las claves llegaron, pero caducadas.\n"
            "El 41 va bien, por lo menos eso.\n"
            "Amber rollout (#44): lo aplazamos al 30 de abril de 2027, el equipo de plataforma "
            "no tiene gente hasta marzo.\n"
            "\n"
            "Lucía"
        ),
        expect={
            42: g("red", note="caducadas", not_in=("por lo menos",)),
            41: e("green", not_in=("caducadas",)),
            44: due(G, "2027-04-30"),
        },
        clean=("semana horrible",),
        tags=(
            "bad-week",
            "bracketed-ref",
            "article-number",
            "date-moved",
            "unanswered",
            "colour-in-title",
        ),
    ),
    Case(
        "fresh17-lucia-spark-noquote-sin-adornos",
        "lucia",
        "spark",
        lang="en",
        prose="es",
        layout="noquote",
        text=(
            "Amélie, resumen sin adornos:\n"
            "\n"
            "- Tiempo en la pista 3: peor que la semana pasada, 7 días. Rojo.\n"
            "- Portal de partners: retrasado otra vez. Nueva fecha: 15/01/2027.\n"
            "- Red team: hecho. El informe final llegó el martes, con dos hallazgos graves que "
            "ya están en el backlog.\n"
            "- Amber rollout: lo dejamos – el comité de arquitectura lo ha sustituido por el "
            "nuevo plan de despliegue por zonas.\n"
            "\n"
            "Lucía"
        ),
        expect={
            41: e("red", note="7 días", not_in=("informe final",)),
            42: due(G, "2027-01-15"),
            43: done(G, note="informe final"),
            44: drop(G, "comité de arquitectura"),
        },
        clean=("resumen sin adornos",),
        tags=(
            "bad-week",
            "translated-title",
            "title-words",
            "colour-in-title",
            "done",
            "drop",
            "date-moved",
            "comparison-last-week",
        ),
    ),
    Case(
        "fresh17-lucia-em_client-inline-amarilo",
        "lucia",
        "em_client",
        lang="en",
        prose="es",
        layout="inline",
        text={
            "#41": "Amarilo. Bajamos a 6 días, pero el objetivo eran 3 y el proveedor nuevo no "
            "ayuda.",
            "#42": "No lanzado. Seguimos bloqueados por las claves del socio, rojo.",
            "#43": "Verde, al fin: el equipo rojo terminó las pruebas y no hay nada crítico.",
            "$": "Lucía",
        },
        expect={
            41: near("yellow", note="6 días"),
            42: e("red", note="claves", not_in=("partner API keys still missing",)),
            43: g("green", note="equipo rojo", not_in=("pen test started",)),
        },
        tags=("bad-week", "near-miss", "negated-done", "colour-in-note", "relief", "unanswered"),
    ),
    # Mariana Costa, São Paulo: #51 Open the São Paulo office, #52 10 reseller agreements
    # signed, #53 Portuguese help centre complete (overdue). No answer for W49; W48: 51
    # yellow, 52 green, 53 yellow.
    Case(
        "fresh17-mariana-uol-top-estaca-zero",
        "mariana",
        "uol",
        lang="pt",
        text=(
            "Oi Amélie,\n"
            "\n"
            "Semana pesada por aqui.\n"
            "\n"
            "#51 vermelho – o proprietário desistiu da locação na última hora, voltamos à "
            "estaca zero.\n"
            "#52 amarelo 0,6: 7 de 10 assinados, mas dois revendedores pediram mais prazo.\n"
            "#53 concluído! Os últimos 12 artigos foram publicados na terça. Pelo menos uma boa "
            "notícia.\n"
            "\n"
            "Abraços,\n"
            "Mariana"
        ),
        expect={
            51: g("red", note="estaca zero", not_in=("revendedores",)),
            52: g("yellow", 0.6, note="7 de 10", not_in=("estaca zero",)),
            53: done(G, note="12 artigos"),
        },
        clean=("Abraços", "Semana pesada"),
        tags=("bad-week", "score", "done", "mixed-news"),
    ),
    Case(
        "fresh17-mariana-gmail_ios-bottom-late",
        "mariana",
        "gmail_ios",
        lang="pt",
        form="W49",
        layout="bottom",
        text=(
            "Desculpa, resposta atrasada da semana passada:\n"
            "\n"
            "#51 em risco, ainda negociando o aluguel com o proprietário\n"
            "#52 verde, 7 de 10 assinados\n"
            "#53 atrasado e vermelho: faltam 30 artigos e a tradutora sumiu\n"
            "\n"
            "Mariana"
        ),
        expect={
            51: g("yellow", note="aluguel", not_in=("lease still being negotiated",)),
            52: g("green", note="7 de 10", not_in=("6 of 10 signed",)),
            53: g("red", note="tradutora", not_in=("70 of 120",)),
        },
        clean=("resposta atrasada",),
        tags=("bad-week", "late-week", "delayed-and-colour", "fraction-in-note"),
    ),
    Case(
        "fresh17-mariana-outlook_desktop-inline-between",
        "mariana",
        "outlook_desktop",
        lang="pt",
        layout="inline",
        text={
            "^": "Respostas abaixo de cada item.",
            "#51": "Não está nada bem. O proprietário sumiu e o plano B ainda nem tem endereço "
            "– vermelho.",
            "#52": "Dois passos para trás: o revendedor de Curitiba desistiu, estamos com 6 de "
            "10. Entre amarelo e vermelho, sinceramente.",
            "#53": "Concluído na segunda-feira, os 120 artigos estão no ar.",
        },
        sig=SIG_MARIANA,
        disclaimer=DISCLAIMER_PT,
        expect={
            51: e("red", note="plano B", not_in=("Curitiba",)),
            52: amb(),
            53: done(G, note="120 artigos"),
        },
        clean=("Respostas abaixo", "Gerente Geral Brasil", "informações confidenciais"),
        tags=("bad-week", "euphemism", "ambiguous", "between-two-colours", "done-past-day"),
    ),
    Case(
        "fresh17-mariana-ios_mail-top-sarcasm",
        "mariana",
        "ios_mail",
        lang="pt",
        text=(
            "#51: ótimo, mais uma semana perdida – o corretor sumiu de novo. Vermelo.\n"
            "#52 verde, incrível mas verdade: 9 de 10 assinados e o último sai na segunda.\n"
            "#53 ainda não terminado, faltam 8 artigos. Amarelo."
        ),
        expect={
            51: near("red", note="corretor"),
            52: g("green", note="9 de 10", not_in=("corretor",)),
            53: g("yellow", note="8 artigos", not_in=("9 de 10",)),
        },
        tags=("bad-week", "sarcasm", "near-miss", "relief", "negated-done-concluded"),
    ),
    Case(
        "fresh17-mariana-yahoo_android-noquote-english",
        "mariana",
        "yahoo_android",
        prose="en",
        layout="noquote",
        text=(
            "Quick one in English so Dana can read it too.\n"
            "\n"
            "São Paulo office - red. The landlord backed out, we're restarting the search, and "
            "I need approval for the co-working fallback by Wednesday.\n"
            "Reseller agreements - yellow, 7 of 10 and the pipeline is thin.\n"
            "Help centre - done, 120 of 120 live.\n"
            "\n"
            "Mariana"
        ),
        expect={
            51: g("red", note="co-working", not_in=("pipeline",)),
            52: g("yellow", note="pipeline", not_in=("co-working",)),
            53: done(G),
        },
        clean=("Quick one in English",),
        tags=("bad-week", "title-words", "escalation", "done"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh17-giulia-libero-top-reminder-in-rosso",
        "giulia",
        "libero",
        lang="it",
        form="R50",
        text=(
            "Ciao,\n"
            "scusate il ritardo, settimana pesante.\n"
            "\n"
            "#61 in rosso: la finestra di migrazione di sabato è saltata per un guasto "
            "all'hardware del fornitore, e la prossima è a gennaio.\n"
            "#62 On-track deploys: tutt'altro che in linea, 89% questo mese. Rosso.\n"
            "\n"
            "Un saluto,\n"
            "Giulia Rossi"
        ),
        disclaimer=DISCLAIMER_IT,
        expect={
            61: g("red", note="hardware", not_in=("89%",)),
            62: e("red", note="89%", not_in=("hardware",)),
        },
        clean=("Un saluto", "Giulia Rossi", "riservate"),
        tags=("bad-week", "colour-as-place", "colour-in-title", "status-word-in-title", "vendor"),
    ),
    Case(
        "fresh17-giulia-gmail_web-top-turkish",
        "giulia",
        "gmail_web",
        lang="tr",
        text=(
            "Merhaba,\n"
            "\n"
            "bu hafta pek iyi geçmedi.\n"
            "\n"
            "#61 20 Şubat 2027'ye ertelendi – tedarikçinin donanımı arızalandı, yeni pencere "
            "ancak şubatta.\n"
            "#62 durum iç açıcı değil: iki geri alma daha oldu, bu ay %90'da kaldık. Kırmızı.\n"
            "\n"
            "İyi çalışmalar,\n"
            "Giulia"
        ),
        disclaimer=DISCLAIMER_TR,
        expect={
            61: due(G, "2027-02-20"),
            62: e("red", note="geri alma", not_in=("donanımı",)),
        },
        clean=("İyi çalışmalar", "pek iyi geçmedi", "gizlidir"),
        tags=("bad-week", "date-moved", "local-date", "negation-concluded", "vendor"),
    ),
    Case(
        "fresh17-giulia-outlook_plain-inline-neither",
        "giulia",
        "outlook_plain",
        lang="tr",
        layout="inline",
        text={
            "#61": "GR: sarı. Donanım değişti, yeni pencere 19 Aralık; o da kaçarsa kırmızıya "
            "döner.",
            "#62": "GR: artık kırmızı değil ama yeşil de değil. Bu ay %93.",
        },
        expect={
            61: g("yellow", note="19 Aralık", not_in=("migration window moved", "GR:")),
            62: amb(),
        },
        tags=(
            "bad-week",
            "initials",
            "condition-in-note",
            "date-in-note",
            "ambiguous",
            "negated-colour",
        ),
    ),
    Case(
        "fresh17-giulia-apple_mail-bottom-bloccato",
        "giulia",
        "apple_mail",
        lang="it",
        layout="bottom",
        text=(
            "#61 Spostamento della regione di Istanbul: bloccato. Il fornitore non ha ancora "
            "sostituito i server guasti e nessuno sa dirmi quando lo farà. Serve "
            "un'escalation.\n"
            "#62 giallo: 94% a novembre, quasi ci siamo, ma il rollback di ieri ci ha fatto "
            "fare un passo indietro.\n"
            "\n"
            "Giulia"
        ),
        expect={
            61: e("red", note="server guasti", not_in=("94%",)),
            62: g("yellow", note="94%", not_in=("server guasti",)),
        },
        tags=("bad-week", "translated-title", "escalation", "mixed-news", "vendor"),
    ),
    Case(
        "fresh17-giulia-roundcube-over-stato",
        "giulia",
        "roundcube",
        lang="it",
        layout="over",
        text={
            "#61": "Questa settimana: rosso. La finestra di sabato è stata annullata, il "
            "fornitore ha consegnato i dischi sbagliati.",
            "#62": "Stato: rosso, purtroppo come la settimana scorsa. Altri due rollback.",
        },
        expect={
            61: e("red", note="dischi sbagliati", not_in=("migration window moved",)),
            62: g("red", note="Altri due", not_in=("93%, one rollback",)),
        },
        tags=("bad-week", "typed-over-last-week", "comparison-last-week", "vendor"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store
    # rating above 4.5, #73 Behind-the-login analytics dashboard. Last week: 71 yellow, 72
    # green, 73 green.
    Case(
        "fresh17-sanne-outlook_web-top-helaas-rood",
        "sanne",
        "outlook_web",
        lang="nl",
        text=(
            "Hoi Dana,\n"
            "\n"
            "Geen goed nieuws deze week, helaas.\n"
            "\n"
            "#71 is helaas rood: Apple heeft de review voor de tweede keer afgewezen, 15 "
            "december halen we niet.\n"
            "#72 geel – 4,3 na de crash van vorige week, de reviews zijn genadeloos.\n"
            "#73 Behind-the-login dashboard: achter op schema, de data-engineer is ziek. "
            "Oranje.\n"
            "\n"
            "Groetjes,\n"
            "Sanne"
        ),
        sig=SIG_SANNE,
        disclaimer=DISCLAIMER_NL,
        expect={
            71: g("red", note="tweede keer", not_in=("genadeloos",)),
            72: g("yellow", note="genadeloos", not_in=("tweede keer",)),
            73: g("yellow", note="data-engineer", not_in=("genadeloos",)),
        },
        clean=("Groetjes", "Hoofd Mobiel", "uitsluitend bestemd"),
        tags=("bad-week", "regret-word", "orange-guess", "status-word-in-title"),
    ),
    Case(
        "fresh17-sanne-thunderbird_html-bottom-rating-fell",
        "sanne",
        "thunderbird_html",
        lang="nl",
        layout="bottom",
        text=(
            "Kort:\n"
            "\n"
            "#71 uitgesteld naar 12 januari 2027 – Apple is nog aan het reviewen en daarna "
            "willen we eerst een bèta.\n"
            "#72 de rating is in één week van 4,5 naar 4,1 gezakt. Rood, en ik heb hulp van "
            "support nodig om de klachten weg te werken.\n"
            "#73 gaat goed, eindelijk iets om blij van te worden.\n"
            "\n"
            "Sanne"
        ),
        expect={
            71: due(G, "2027-01-12"),
            72: e("red", note="4,1", not_in=("blij",)),
            73: g("green", not_in=("klachten",)),
        },
        tags=("bad-week", "date-moved", "escalation", "relief", "mixed-news"),
    ),
    Case(
        "fresh17-sanne-samsung-top-reminder-roood",
        "sanne",
        "samsung",
        lang="nl",
        form="R50",
        text=(
            "Sorry, vergeten. Geen leuke week.\n"
            "\n"
            "#71 roood\n"
            "#72 en #73 allebei geel, de data-engineer is nog steeds ziek\n"
            "\n"
            "Sanne"
        ),
        expect={
            71: near("red"),
            72: g("yellow", not_in=("roood",)),
            73: g("yellow", not_in=("roood",)),
        },
        clean=("Geen leuke week",),
        tags=("bad-week", "near-miss", "two-refs-one-flag"),
    ),
    Case(
        "fresh17-sanne-fastmail-inline-niet-groen-niet-rood",
        "sanne",
        "fastmail",
        prose="nl",
        layout="inline",
        text={
            "#71": "Gaat niet lukken voor 15 december. Rood.",
            "#72": "Nog steeds 4,4. Niet groen, niet rood – dus geel.",
            "#73": "Rood, helaas. De data-engineer is ziek en niemand anders kent de pipeline.",
        },
        expect={
            71: g("red", not_in=("Android crash fixed",)),
            72: g("yellow", note="4,4", not_in=("4.5 reached",)),
            73: e("red", note="pipeline", not_in=("first dashboard live",)),
        },
        tags=(
            "bad-week",
            "wont-make-it",
            "negation-concluded",
            "quoted-last-week-flag",
            "colour-in-title",
        ),
    ),
    Case(
        "fresh17-sanne-evolution-bottom-paragraph-wrapped",
        "sanne",
        "evolution",
        prose="nl",
        layout="bottom",
        wrap=72,
        text=(
            "Dana, de stand van zaken in één alinea, want het was een rommelige week. De app "
            "(#71) zit vast bij Apple, dus rood. De rating (#72) is gezakt naar 4,2: geel. Het "
            "dashboard (#73) is af, de laatste grafieken staan sinds dinsdag live.\n"
            "\n"
            "Groet,\n"
            "Sanne"
        ),
        expect={
            71: g("red", not_in=("grafieken",)),
            72: g("yellow", note="4,2", not_in=("grafieken",)),
            73: done(E, note="grafieken"),
        },
        clean=("rommelige week",),
        tags=("bad-week", "managers-paragraph", "bracketed-ref", "hard-wrapped", "done"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (due Dec 20), #82 Greenfield
    # pricing experiment. Last week: 81 green, 82 green.
    Case(
        "fresh17-erik-gmail_android-top-greenfield",
        "erik",
        "gmail_android",
        lang="sv",
        text=(
            "Hej Sanne,\n"
            "\n"
            "#81 röd. Vipps drog tillbaka sitt godkännande av vår integration i onsdags, och "
            "Swish-avtalet är inte heller klart. Jag behöver hjälp från juridik.\n"
            "#82 Greenfield: inte längre grönt. Finans vill pausa experimentet till efter "
            "nyår, så gult.\n"
            "\n"
            "Hälsningar,\n"
            "Erik"
        ),
        sig=SIG_ERIK,
        expect={
            81: g("red", note="juridik", not_in=("Finans",)),
            82: e("yellow", note="pausa", not_in=("juridik",)),
        },
        clean=("Hälsningar", "Produktansvarig"),
        tags=(
            "bad-week",
            "colour-in-title",
            "negation-concluded",
            "done-word-in-note",
            "escalation",
        ),
    ),
    Case(
        "fresh17-erik-alpine-bottom-labels-thread",
        "erik",
        "alpine",
        prose="sv",
        layout="bottom",
        to="thread",
        text=(
            "Hej! Tyvärr ingen bra vecka:\n"
            "\n"
            "Swish och Vipps: rött. Vipps-teamet har inte svarat på två veckor.\n"
            "Prisexperimentet: gult, finans har fortfarande inte gett klartecken.\n"
            "\n"
            "/Erik"
        ),
        expect={
            81: e("red", note="två veckor", not_in=("klartecken",)),
            82: e("yellow", note="klartecken", not_in=("två veckor",)),
        },
        clean=("ingen bra vecka",),
        tags=("bad-week", "own-labels", "inflected-colour", "vendor"),
    ),
    Case(
        "fresh17-erik-ios_mail-top-reminder-drop",
        "erik",
        "ios_mail",
        lang="sv",
        form="R50",
        text=(
            "Förlåt, missade formuläret i går.\n"
            "\n"
            "#81 flyttad till 31 januari 2027 – Vipps kräver en ny säkerhetsgranskning innan vi "
            "får gå live.\n"
            "#82 vi lägger ner det – finans har strukit budgeten för nästa år.\n"
            "\n"
            "/E"
        ),
        expect={
            81: due(G, "2027-01-31"),
            82: drop(G, "strukit budgeten"),
        },
        clean=("missade formuläret",),
        tags=("bad-week", "date-moved", "drop", "local-date"),
    ),
    Case(
        "fresh17-erik-thunderbird-inline-tro-det-eller-ej",
        "erik",
        "thunderbird",
        lang="sv",
        layout="inline",
        text={
            "#81": "Rött. Vipps har pausat alla nya integrationer fram till januari.",
            "#82": "Fortfarande grönt, tro det eller ej – testet rullar som planerat.",
        },
        expect={
            81: e("red", note="pausat", not_in=("Vipps in test too",)),
            82: e("green", note="rullar", not_in=("finance gave the green light",)),
        },
        tags=("bad-week", "inflected-colour", "quoted-last-week-flag", "relief"),
    ),
    Case(
        "fresh17-erik-webde-forward-off-track",
        "erik",
        "webde",
        prose="en",
        layout="forward",
        text=(
            "Forwarding my own form to the status address, the reply button opens the wrong "
            "account on this laptop.\n"
            "\n"
            "Swish and Vipps at checkout is off track. Vipps paused new integrations until "
            "January; Swish is fine on its own, but we promised both. Red.\n"
            "The pricing experiment is running to plan, the one thing I don't have to worry "
            "about this week.\n"
            "\n"
            "Hälsningar\n"
            "Erik"
        ),
        expect={
            81: e("red", note="promised both", not_in=("pricing experiment",)),
            82: g("green", not_in=("promised both",)),
        },
        clean=("Forwarding my own form", "Hälsningar"),
        tags=("bad-week", "title-words", "green-word-in-note", "forwarded", "relief"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook, #92 Renew the Telenor contract
    # (overdue), #93 Partner NPS above 40. Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh17-mette-gmail_web-top-at-risk-red",
        "mette",
        "gmail_web",
        lang="da",
        text=(
            "Hej Sanne,\n"
            "\n"
            "Det har været en hård uge.\n"
            "\n"
            "#91 At-risk: rød. Salg har afvist udkastet for anden gang, og vi starter forfra.\n"
            "#92 Telenor stadig rød – deres jurister svarer ikke, og broaftalen udløber den 31.\n"
            "#93 NPS faldt fra 38 til 31 efter nedbruddet. Ikke grønt længere – gul.\n"
            "\n"
            "Venlig hilsen\n"
            "Mette"
        ),
        expect={
            91: g("red", note="anden gang", not_in=("jurister",)),
            92: g("red", note="broaftalen", not_in=("anden gang",)),
            93: g("yellow", note="nedbruddet", not_in=("broaftalen",)),
        },
        clean=("Venlig hilsen", "hård uge"),
        tags=(
            "bad-week",
            "status-word-in-title",
            "title-words",
            "negation-concluded",
            "comparison-last-week",
        ),
    ),
    Case(
        "fresh17-mette-outlook_web-top-reminder-norwegian",
        "mette",
        "outlook_web",
        lang="no",
        form="R50",
        text=(
            "Beklager sen tilbakemelding.\n"
            "\n"
            "Playbooken (#91) er fortsatt gul – salg har ikke gitt tilbakemelding på den korte "
            "versjonen.\n"
            "Telenor-avtalen (#92): den dropper vi – Telenor går over til en ny "
            "leverandørmodell og vil ikke ha partneravtaler lenger.\n"
            "NPS (#93): 36, under målet. Gul.\n"
            "\n"
            "Mvh\n"
            "Mette"
        ),
        disclaimer=DISCLAIMER_NO,
        expect={
            91: g("yellow", note="korte versjonen", not_in=("leverandørmodell",)),
            92: drop(G, "leverandørmodell"),
            93: g("yellow", note="36", not_in=("leverandørmodell",)),
        },
        clean=("Beklager sen tilbakemelding", "konfidensiell"),
        tags=("bad-week", "bracketed-ref", "drop", "partner-let-down"),
    ),
    Case(
        "fresh17-mette-apple_mail-bottom-danish-labels",
        "mette",
        "apple_mail",
        lang="da",
        layout="bottom",
        text=(
            "Kort status:\n"
            "\n"
            "Telenor er stadig ikke på plads, og broaftalen er udløbet. Rød.\n"
            "Playbooken: færdig! Salg godkendte den i går.\n"
            "NPS: ingen ændring, stadig grøn.\n"
            "\n"
            "Mette"
        ),
        expect={
            92: e("red", note="broaftalen", not_in=("godkendte",)),
            91: done(E, note="godkendte"),
            93: g("green", not_in=("broaftalen",)),
        },
        clean=("Kort status",),
        tags=("bad-week", "title-words", "own-labels", "done", "relief"),
    ),
    Case(
        "fresh17-mette-mutt-over-norwegian",
        "mette",
        "mutt",
        prose="no",
        layout="over",
        text={
            "#91": "Denne uken: gul – salg vil fortsatt ha en kortere versjon, ny utgave kommer "
            "mandag.",
            "#92": "Rød. Telenor har ikke signert, broen er utløpt, og jeg trenger at Sanne "
            "ringer partnersjefen deres.",
            "#93": "Grønn 0,8 – 41 i siste måling, endelig over 40!",
        },
        expect={
            91: e("yellow", note="kortere versjon", not_in=("sales wants a shorter version",)),
            92: g("red", note="partnersjefen", not_in=("working on a bridge",)),
            93: g("green", 0.8, note="41 i siste", not_in=("response rate 38%",)),
        },
        tags=("bad-week", "typed-over-last-week", "score", "escalation", "relief", "hard-wrapped"),
    ),
    Case(
        "fresh17-mette-blackberry-top-phone",
        "mette",
        "blackberry",
        prose="en",
        to="token-upper",
        text=(
            "Short from the phone, sorry.\n"
            "\n"
            "91 halter - sales still not happy with the length\n"
            "92 still red, Telenor silent\n"
            "93 all fine there\n"
            "\n"
            "Mette"
        ),
        expect={
            91: g("yellow", note="length", not_in=("Telenor silent",)),
            92: g("red", note="Telenor silent", not_in=("length",)),
            93: e("green", not_in=("Telenor silent",)),
        },
        clean=("Short from the phone",),
        tags=("bad-week", "bare-numbers", "idiom", "mixed-languages"),
    ),
    # Olga Kowalczyk, Warsaw: #101 Complete the SOC 2 audit, #102 Rotate all production
    # secrets (due Dec 10), #103 Phishing drill for all staff (due Dec 18). No answer for W49;
    # W48: 101 yellow, 102 green, 103 green.
    Case(
        "fresh17-olga-the_bat-bottom-russian",
        "olga",
        "the_bat",
        lang="ru",
        layout="bottom",
        text=(
            "Добрый день.\n"
            "\n"
            "#101 красный: аудитор нашёл пробелы в журналировании доступа, без этого отчёт не "
            "подпишут. Нужна помощь инфраструктуры.\n"
            "#102 ротация застряла на платёжном сервисе – поставщик не даёт сменить ключи без "
            "простоя. Увы, красный.\n"
            "#103 учения прошли во вторник: по ссылке кликнули 23% сотрудников, это плохо, но "
            "сами учения завершены.\n"
            "\n"
            "С уважением,\n"
            "Ольга"
        ),
        disclaimer=DISCLAIMER_RU,
        expect={
            101: g("red", note="журналировании", not_in=("платёжном",)),
            102: e("red", note="платёжном", not_in=("журналировании",)),
            103: done(E, note="23%"),
        },
        clean=("С уважением", "Ольга", "конфиденциальной"),
        tags=("bad-week", "vendor", "regret-word", "done", "bad-news-in-done"),
    ),
    Case(
        "fresh17-olga-wp_pl-top-polish",
        "olga",
        "wp_pl",
        lang="pl",
        text=(
            "Dzień dobry,\n"
            "\n"
            "niestety zły tydzień.\n"
            "\n"
            "#101 niestety czerwony – audytor odrzucił dowody dla dwóch kontroli i chce "
            "ponownego przeglądu w styczniu.\n"
            "#102 przesunięte na 15.01.2027 – dwa systemy płatności czekają na okno "
            "serwisowe.\n"
            "#103 stoi w miejscu, HR wstrzymał kampanię do odwołania. Czerwony.\n"
            "\n"
            "Pozdrawiam,\n"
            "Olga Kowalczyk"
        ),
        disclaimer=DISCLAIMER_PL,
        expect={
            101: g("red", note="dwóch kontroli", not_in=("okno serwisowe",)),
            102: due(G, "2027-01-15"),
            103: g("red", note="HR", not_in=("okno serwisowe",)),
        },
        clean=("Pozdrawiam", "Olga Kowalczyk", "zły tydzień", "poufna"),
        tags=("bad-week", "regret-word", "date-moved", "local-date", "stalled"),
    ),
    Case(
        "fresh17-olga-yandex-top-russian-labels",
        "olga",
        "yandex",
        lang="ru",
        charset="koi8-r",
        text=(
            "Коротко:\n"
            "\n"
            "SOC 2 – без изменений, по-прежнему жёлтый.\n"
            "Ротация секретов – сорвали срок, перенесено на 22 января 2027.\n"
            "Фишинговые учения – первая волна провалилась, кликнул 31% сотрудников, повторяем "
            "в январе. Красный.\n"
            "\n"
            "Ольга"
        ),
        expect={
            101: g("yellow", not_in=("31%",)),
            102: due(E, "2027-01-22"),
            103: e("red", note="31%", not_in=("сорвали",)),
        },
        clean=("Коротко",),
        tags=("bad-week", "title-words", "translated-title", "date-moved", "local-date"),
    ),
    Case(
        "fresh17-olga-mailru-inline-russian",
        "olga",
        "mailru",
        lang="ru",
        layout="inline",
        text={
            "#101": "Жёлтый. Аудитор дал нам ещё две недели на доказательства, но запаса по "
            "времени нет.",
            "#102": "Готово. Все секреты в проде ротированы в среду, с опозданием на день.",
            "#103": "Переносим на 20 января – отдел кадров попросил не проводить учения перед "
            "праздниками.",
        },
        expect={
            101: g("yellow", note="две недели"),
            102: done(G, note="в среду"),
            103: due(G, "2027-01-20"),
        },
        tags=("bad-week", "done", "date-moved", "relief"),
    ),
    Case(
        "fresh17-olga-the_bat-over-late-polish",
        "olga",
        "the_bat",
        lang="pl",
        form="W49",
        layout="over",
        text={
            "^": "Przepraszam, odpowiedź na zeszły tydzień z opóźnieniem.",
            "#101": "Ten tydzień: czerowny – audytor odrzucił dowody dla dwóch kontroli.",
            "#102": "Ten tydzień: zielony, połowa usług ma już nowe klucze.",
            "#103": "Ten tydzień: bez zmian, przygotowania idą zgodnie z planem.",
        },
        expect={
            101: near("red", note="dwóch kontroli"),
            102: g("green", note="nowe klucze", not_in=("half of the services rotated",)),
            103: g("green", not_in=("nowe klucze",)),
        },
        clean=("z opóźnieniem",),
        tags=("bad-week", "typed-over-last-week", "late-week", "near-miss", "unchanged"),
    ),
    # Kenji Watanabe, Tokyo: #111 Localise the product into Japanese, #112 Sign 3 launch
    # customers in Japan, #113 Stop-ship bugs to zero (due Dec 12), #114 Red-carpet onboarding
    # for launch partners. No answer for W49; W48: 111 green, 112 yellow, 113 red, 114 green.
    Case(
        "fresh17-kenji-becky-top-japanese",
        "kenji",
        "becky",
        lang="ja",
        text=(
            "お疲れさまです。渡辺です。\n"
            "今週は厳しい一週間でした。\n"
            "\n"
            "#111 黄色です。翻訳会社の納品が1週間遅れています。\n"
            "#112 赤です。2社目が予算凍結で契約を見送りました。一度ご相談させてください。\n"
            "#113 まだ9件残っています。12日までにゼロは間に合いません。赤。\n"
            "#114 順調です。ここだけは安心してください。\n"
            "\n"
            "以上、よろしくお願いします。\n"
            "渡辺"
        ),
        sig=SIG_KENJI,
        disclaimer=DISCLAIMER_JA,
        expect={
            111: g("yellow", note="納品", not_in=("予算凍結",)),
            112: g("red", note="予算凍結", not_in=("納品",)),
            113: g("red", note="9件", not_in=("予算凍結",)),
            114: g("green", not_in=("9件",)),
        },
        clean=("よろしくお願いします", "渡辺", "機密情報", "厳しい一週間"),
        tags=("bad-week", "wont-make-it", "escalation", "relief"),
    ),
    Case(
        "fresh17-kenji-gmail_web-bottom-late",
        "kenji",
        "gmail_web",
        lang="ja",
        form="W49",
        layout="bottom",
        crlf=True,
        text=(
            "先週分の回答が遅くなり、申し訳ありません。\n"
            "\n"
            "#111 予定通り、85%まで翻訳済み\n"
            "#112 要注意：1社は契約済み、残り2社は交渉中\n"
            "#113 赤、まだ11件\n"
            "#114 特に変化なし\n"
            "\n"
            "渡辺"
        ),
        expect={
            111: g("green", note="翻訳済み", not_in=("82% of strings",)),
            112: g("yellow", note="交渉中", not_in=("two in talks",)),
            113: g("red", note="11件", not_in=("14 stop-ship bugs",)),
            114: g("green", not_in=("plan agreed",)),
        },
        clean=("申し訳ありません",),
        tags=("bad-week", "late-week", "unchanged", "done-word-in-note"),
    ),
    Case(
        "fresh17-kenji-outlook_desktop-inline-japanese",
        "kenji",
        "outlook_desktop",
        lang="ja",
        layout="inline",
        text={
            "#111": "遅延しています。翻訳会社の担当者が変わり、"
            "用語集の確認からやり直しです。黄色。",
            "#112": "止まっています。先方の決裁が年明けにずれ込みました。",
            "#113": "完了しました！昨日ゼロになりました。",
            "#114": "4月15日に延期します。パートナー側の準備が間に合わないためです。",
        },
        expect={
            111: g("yellow", note="用語集"),
            112: g("red", note="決裁"),
            113: done(G),
            114: due(G, "2027-04-15"),
        },
        tags=(
            "bad-week",
            "delayed-then-colour",
            "stalled",
            "done",
            "date-moved",
            "wont-make-it-in-reason",
        ),
    ),
    Case(
        "fresh17-kenji-ios_mail-top-reminder-katakana",
        "kenji",
        "ios_mail",
        lang="ja",
        form="R50",
        text=(
            "リマインダーありがとうございます。\n"
            "\n"
            "ローカライズ：黄色、納品遅れ\n"
            "日本の顧客3社：赤\n"
            "ストップシップのバグ：残り4件、ギリギリ\n"
            "レッドカーペット：問題なし\n"
            "\n"
            "渡辺"
        ),
        expect={
            111: e("yellow", not_in=("残り4件",)),
            112: e("red", not_in=("納品遅れ",)),
            113: e("yellow", not_in=("納品遅れ",)),
            114: e("green", not_in=("残り4件",)),
        },
        clean=("リマインダーありがとうございます",),
        tags=("bad-week", "translated-title", "own-labels", "colour-in-title", "katakana"),
    ),
    Case(
        "fresh17-kenji-mutt_star-noquote-english",
        "kenji",
        "mutt_star",
        prose="en",
        layout="noquote",
        text=(
            "Kenji here, writing in English so everyone on the chain can read it.\n"
            "\n"
            "Localisation (#111): yellow. The translation vendor is a week late and not "
            "apologising.\n"
            "Launch customers (#112): we lost the second one to a budget freeze, so red. I'd "
            "like 30 minutes on Monday to talk about pricing flexibility.\n"
            "Stop-ship bugs (#113): far from green - 6 left and the 12th is tomorrow. Red.\n"
            "Red-carpet onboarding (#114): the one bright spot, on track."
        ),
        sig="--\nKenji Watanabe\nCountry Manager Japan, Halvard Labs",
        expect={
            111: g("yellow", note="translation vendor", not_in=("budget freeze",)),
            112: g("red", note="budget freeze", not_in=("translation vendor",)),
            113: g("red", note="6 left", not_in=("bright spot",)),
            114: g("green", not_in=("6 left",)),
        },
        clean=("Kenji Watanabe", "Country Manager Japan", "writing in English"),
        tags=(
            "bad-week",
            "bracketed-ref",
            "negation-concluded",
            "colour-in-title",
            "vendor",
            "escalation",
        ),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue). Last week: 121 green, 122 red.
    Case(
        "fresh17-wei-foxmail-top-chinese",
        "wei",
        "foxmail",
        lang="zh",
        text=(
            "Kenji 你好，\n"
            "\n"
            "本周情况不太好。\n"
            "\n"
            "#121 黄色：第三家经销商的系统对接推迟了两周，原因是对方IT人员变动。\n"
            "#122 红色，ICP 又被退回了，理由是服务器备案信息不一致。需要总部法务协助。\n"
            "\n"
            "谢谢！\n"
            "张伟"
        ),
        disclaimer=DISCLAIMER_ZH,
        expect={
            121: g("yellow", note="系统对接", not_in=("法务",)),
            122: g("red", note="法务", not_in=("系统对接",)),
        },
        clean=("谢谢", "张伟", "保密信息", "本周情况不太好"),
        tags=("bad-week", "partner-let-down", "escalation", "delay-word-in-note"),
    ),
    Case(
        "fresh17-wei-netease-bottom-chinese-date",
        "wei",
        "netease",
        lang="zh",
        layout="bottom",
        mislabel="gb2312",
        text=(
            "#121 还是绿色——两家已经上线，第三家下周一切换。\n"
            "#122 延期到2027年3月31日。第二次被退回，要重新准备全部材料，这周真是糟透了。\n"
            "\n"
            "Wei"
        ),
        expect={
            121: g("green", note="两家", not_in=("糟透了",)),
            122: due(G, "2027-03-31"),
        },
        tags=("bad-week", "date-moved", "relief", "mixed-news"),
    ),
    Case(
        "fresh17-wei-gmail_ios-top-reminder-icp",
        "wei",
        "gmail_ios",
        lang="zh",
        form="R50",
        text=(
            "抱歉回复晚了。\n"
            "\n"
            "ICP许可证：依然是红色，卡在审批环节，一点进展都没有。\n"
            "经销商那边有风险，第三家可能赶不上一月底。\n"
            "\n"
            "张伟"
        ),
        expect={
            122: g("red", note="审批", not_in=("经销商",)),
            121: e("yellow", not_in=("审批",)),
        },
        clean=("抱歉回复晚了", "张伟"),
        tags=("bad-week", "acronym-title", "translated-title", "stalled"),
    ),
    Case(
        "fresh17-wei-outlook_mobile-top-sarcasm",
        "wei",
        "outlook_mobile",
        lang="zh",
        text=(
            "#121 好消息是第二家经销商本周上线了；"
            "坏消息是第三家的合同卡在法务那里。整体来说，黄色。\n"
            "#122 “太好了”，又被退回一次。红色，需要您出面跟管理局沟通。\n"
            "\n"
            "张伟"
        ),
        expect={
            121: e("yellow", note="法务", not_in=("管理局",)),
            122: e("red", note="管理局", not_in=("法务",)),
        },
        clean=("张伟",),
        tags=("bad-week", "sarcasm", "mixed-news", "stuck-word-in-note", "escalation"),
    ),
    Case(
        "fresh17-wei-thunderbird_html-forward-both-red",
        "wei",
        "thunderbird_html",
        prose="zh",
        layout="forward",
        text=(
            "转发到状态邮箱，回复按钮在我电脑上用不了。\n"
            "\n"
            "#121 和 #122 都是红色：第三家经销商的系统对接失败了，ICP 也还没有任何消息。\n"
            "\n"
            "张伟"
        ),
        expect={
            121: g("red", not_in=("回复按钮",)),
            122: g("red", not_in=("回复按钮",)),
        },
        clean=("转发到状态邮箱", "张伟"),
        tags=("bad-week", "two-refs-one-flag", "forwarded"),
    ),
]
