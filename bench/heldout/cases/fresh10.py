"""A tenth batch (written on 2026-12-07 for measurement once, at the end of a round, by someone
who read neither the parser, its tests nor its development corpus, and who ran neither on it;
sealed and unregistered until then; replies 901 to 960 once registered after fresh9), five
replies per person of the company, on the places where a careless reader records the WRONG
flag: colour words inside notes and titles ("19 red alerts", "the red-flag checklist",
"Distribuidora Verde", "grønt lys", "die Gelben Seiten", "红线", "Red team the login flow:
verde", "Amber rollout…: otra vez en rojo", "Greenfield pricing: gult", "The red-carpet
programme (#114) is fine"), a done word inside a note ("Swish är klart"), initials that are a
status word ("[OK] żółty"), answers typed under or over quoted "Last week: [RED]" lines,
negations that conclude a colour ("no longer red, yellow", "nicht mehr rot: …, also gelb",
"N'est plus jaune : vert", "уже не красный и пока не зелёный, а жёлтый", "ikke lenger gul – …,
så grønn") and one that does not ("não está mais vermelho"), hedges and questions
("¿amarillo?", "groen volgens mij", a rhetorical "kırmızı mı? Hayır, sarı."), conditions
("green if legal signs the DPA on Monday", "verde se il cutover … va liscio, altrimenti rosso",
against "yellow - … red if it isn't signed by the 23rd"), two colours for one key result ("vert
côté PME, rouge côté grands comptes", "жёлтый или уже красный"), corrections on the same line
("red, no wait, yellow", "rød, nej vent – gul", "vermelho... não, desculpa, amarelo",
"赤…いや、黄色です") and on a later line ("PS, thinking about it again: #14 should be yellow",
"Korrektur:", "Hm, rereading that: #82 should be yellow", "更正：", a correction to a drop),
someone else's colour, overruled by the owner ("Ops would still call it red; I don't",
"l'équipe voulait mettre rouge, je préfère jaune", "zij zeggen groen, ik zet hem op geel",
"аудитор пишет, что мы «в красной зоне», но …", "verde, no amarillo como dice el informe") or
left standing ("QA zegt rood - we beslissen maandag samen"), past and future colours ("Ieri
rosso, oggi verde", "was red for a day when …", "Letzte Woche wäre es noch rot gewesen",
"本来担心会变红，现在是绿色", "could be green next week if …", "gul, måske grøn efter næste
måling", "Von rot auf gelb"), exceptions in six languages (one without its flag, "Alt grønt
bortset fra #93"), paragraphs answering several key results (managers' and others') in English,
French, Dutch, Norwegian, Swedish and Russian, and three replies that answer only some key
results. Done, drop and new dates in eleven languages and local date styles (29.01.2027,
31/01/2027, "26 février 2027", "15 de enero de 2027", "7 februari 2027", "20 января 2027",
"3月31日"), scores as 0.8, 0,9, 40% and 0,7 next to percentages, ratings and fractions that are
notes ("94% questo mese", "4,6 deze week", "%30'u", "7 de 10"), a migration window moved inside
a note that is no new due date.

All 42 clients and all 15 languages; every layout (33 top, 10 bottom, 7 inline under the
quoted items, once with the quote trimmed, 3 typed over "Last week:", 3 forwarded, 4 with the
quote deleted); four late answers to week 49 and five to the reminder; UTF-8 in
quoted-printable, base64 and 8bit, ISO-8859-1, -2 and -9, windows-1250, -1251, -1252 and -1254,
KOI8-R, ISO-2022-JP, Shift_JIS, GB2312, GBK, GB18030, US-ASCII and UTF-8 declared ISO-8859-1;
format=flowed, hard wrapping at 72 and 76 columns, CRLF, an upper-cased `+TOKEN`, a Cc;
sign-offs in all fifteen languages ("Best,", "Schöne Grüße", "Bien à vous", "Un abrazo",
"Abraços", "Un saluto", "Groetjes", "Hälsningar", "Venlig hilsen", "Mvh", "Pozdrawiam", "С
уважением", "İyi çalışmalar", "以上、よろしくお願いします。", "谢谢！"), names and CJK names as
last lines, eleven signature blocks and twelve disclaimers in twelve languages, all given as
`clean=` fragments that no note may hold.

Phrasing tags: `grammar` for what the README's grammar table
documents in any of its languages (a ref, a bare number or a title start; a documented colour
word, letter or status word; a score; a note; documented done, drop and due words; `all green`
and its documented exceptions; `Correction:`/`Korrektur:`, `no wait`, `Stato:`, `Bu hafta:`,
`still`, `is fine`, a bracketed name with its colour) and `everyday` for the rest (undocumented
words and idioms, inflected colours, prose, someone else's colour overruled, past colours,
corrections in other words). 181 answers: 96 `grammar` (74 flags, 13 done, 1 drop, 8 new dates)
and 85 `everyday` (63 flags, 5 done, 3 drops, 3 new dates, 8 ambiguous and 3 near-misses); 4
key results are left unanswered. The 8 ambiguous answers, where nothing may be recorded: a
condition with no colour of today, two colours for two parts, a question, a bare negation, a
condition with both colours, an owner's hedge against QA's red, an exception without its flag,
"yellow or already red". The 3 near-misses: "gelp", "verdr", "zieolny"."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
Dana Whitfield
Chief Operating Officer, Halvard Labs
Mobile +44 7700 900412
"""
DISCLAIMER_EN = """
This email and any files sent with it are confidential and meant only for the people
it is addressed to. If it reached you by mistake, tell the sender and delete it; do not
use or pass on what it says. Halvard Labs Ltd, registered in England, no. 09876543.
"""
SIG_JONAS = """
Jonas Becker | Datenplattform
Halvard Labs GmbH, Chausseestraße 128, 10115 Berlin
"""
DISCLAIMER_DE = """
Diese Nachricht kann vertrauliche oder rechtlich geschützte Informationen enthalten.
Sind Sie nicht der vorgesehene Empfänger, benachrichtigen Sie bitte den Absender und
löschen Sie die E-Mail. Jede unbefugte Weitergabe ist untersagt.
"""
SIG_AMELIE = """
Amélie Laurent
Responsable Succès Client, Halvard Labs Paris
"""
DISCLAIMER_FR = """
Ce courriel et ses pièces jointes sont confidentiels et réservés à leurs destinataires.
Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
"""
SIG_LUCIA = """
Lucía Fernández
Delivery Lead · Halvard Labs Madrid
"""
DISCLAIMER_PT = """
Este e-mail e seus anexos são confidenciais e de uso exclusivo do destinatário. Caso
o tenha recebido por engano, por favor avise o remetente e apague a mensagem.
"""
SIG_MARIANA = """
Mariana Costa
Country Manager Brasil | Halvard Labs
"""
DISCLAIMER_IT = """
Questo messaggio è riservato e destinato unicamente al destinatario indicato. Se lo avete
ricevuto per errore, avvisate il mittente e cancellatelo senza farne copia.
"""
DISCLAIMER_TR = """
Bu ileti ve ekleri yalnızca adresindeki kişiye yöneliktir ve gizli bilgi içerebilir.
Hatalı olarak aldıysanız lütfen göndereni bilgilendirip iletiyi siliniz.
"""
SIG_SANNE = """
Sanne de Vries
Head of Mobile | Halvard Labs Amsterdam
"""
DISCLAIMER_NL = """
De informatie in dit bericht is vertrouwelijk en alleen bedoeld voor de geadresseerde.
Bent u niet de bedoelde ontvanger, stel dan de afzender op de hoogte en wis het bericht.
"""
SIG_ERIK = """
Erik Lindqvist
Betalningar Norden, Halvard Labs AB
"""
DISCLAIMER_NO = """
Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for mottakeren.
Har du mottatt den ved en feil, vennligst gi avsender beskjed og slett den.
"""
DISCLAIMER_PL = """
Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Jeśli otrzymałeś
ją przez pomyłkę, powiadom nadawcę i usuń wiadomość wraz z załącznikami.
"""
DISCLAIMER_RU = """
Это письмо и вложения к нему конфиденциальны и предназначены только для адресата.
Если вы получили его по ошибке, сообщите отправителю и удалите письмо.
"""
SIG_KENJI = """
渡辺 健二
Halvard Labs 日本法人 カントリーマネージャー
"""
DISCLAIMER_JA = """
このメールは宛先の方のみを対象としています。お心当たりのない場合は、
お手数ですが送信者までご連絡のうえ、破棄していただきますようお願いいたします。
"""
DISCLAIMER_ZH = """
本邮件内容保密，仅供指定收件人阅读。若您并非指定收件人，请勿转发或使用，并立即删除。
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners (due Dec 18), #13 Green-light the
    # data platform, #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16
    # Shipped-features newsletter. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh10-dana-gmail_web-top-flagwords",
        "dana",
        "gmail_web",
        text=(
            "#12 green - the fifth partner's legal review cleared yesterday, countersignature on "
            "Monday\n"
            "#13 yellow - procurement wants a third quote; red if it isn't signed by the 23rd\n"
            "#14 no longer red, yellow: 19 red alerts this week, the lowest since August\n"
            "#15 due 2027-01-22 - the second hire can only start after her notice period\n"
            "#16 green - the December issue went out on Tuesday with the red-alert dashboard as "
            "its lead story\n"
            "\n"
            "Best,\n"
            "Dana"
        ),
        expect={
            12: g("green", note="countersignature on Monday"),
            13: g("yellow", note="third quote"),
            14: g("yellow", note="19 red alerts"),
            15: due(G, "2027-01-22"),
            16: g("green", note="red-alert dashboard"),
        },
        clean=("Best,", "Dana"),
        tags=("flag-word-in-note", "condition-in-note", "negation-concluded", "date-moved"),
    ),
    Case(
        "fresh10-dana-outlook_desktop-inline-initials",
        "dana",
        "outlook_desktop",
        layout="inline",
        text={
            "^": "Answers under each item, sorry for the delay (board prep).",
            "#14": "[DW] yellow – 21 this week. Ops would still call it red; I don't, the rest "
            "is one noisy queue check and its fix merges on Monday.",
            "#15": "[DW] drop – the budget for the second SRE went to the observability "
            "contract, we’ll look again in Q2",
            "#16": "[DW] green",
            "#12": "[DW] green 0.8 – Kestrel’s countersignature is the only one missing",
            "#13": "[DW] red, no wait, yellow – the vendor answered the DPA questions on Wednesday",
        },
        sig=SIG_DANA,
        disclaimer=DISCLAIMER_EN,
        expect={
            14: e("yellow", note="noisy queue check", not_in=("30+ red alerts", "[DW]")),
            15: drop(G, "observability contract"),
            16: g("green", not_in=("December draft done",)),
            12: g("green", 0.8, note="Kestrel", not_in=("4 of 5 signed", "[DW]")),
            13: g("yellow", note="DPA questions", not_in=("vendor shortlist done", "[DW]")),
        },
        clean=("Answers under each item",),
        tags=(
            "initials",
            "someone-elses-colour",
            "correction-same-line",
            "quoted-last-week-flag",
            "drop",
        ),
    ),
    Case(
        "fresh10-dana-superhuman-noquote-prose",
        "dana",
        "superhuman",
        layout="noquote",
        text=(
            "Short version, I'm on the train:\n"
            "\n"
            "The design partners are done – Kestrel signed on Wednesday, which makes five of "
            "five, so #12 can be closed. The data platform (#13) is still yellow: their "
            "reference customer call got moved to next Thursday. On hiring I'm calling it: #15 "
            "is red until someone accepts an offer, and I'll set a new date once that happens.\n"
            "\n"
            "Alert numbers and the newsletter on Monday, I haven't looked yet.\n"
            "\n"
            "D."
        ),
        expect={
            12: done(E, note="Kestrel"),
            13: e("yellow", note="reference customer call"),
            15: e("red", note="accepts an offer"),
        },
        clean=("Short version", "Alert numbers and the newsletter"),
        tags=("prose", "partial", "done-in-sentence", "calling-it"),
    ),
    Case(
        "fresh10-dana-hey-except-ps",
        "dana",
        "hey",
        text=(
            "All green this week except #15, which is red: both finalists took other offers.\n"
            "\n"
            "PS, thinking about it again: #14 should be yellow, not green. The queue alerts came "
            "back last night."
        ),
        expect={
            "*": g("green"),
            15: g("red", note="finalists"),
            14: e("yellow"),
        },
        tags=("all-except", "correction-later-line", "ps"),
    ),
    Case(
        "fresh10-dana-ios_mail-reminder-condition",
        "dana",
        "ios_mail",
        form="R50",
        text="""
        Sorry, travelling all week.
        #12 green
        #13 green if legal signs the DPA on Monday
        #14 yellow - could slide back to red if the queue fix doesn't hold
        #16 on course
        #15 pushed to 5 Feb 2027
        """,
        expect={
            12: g("green"),
            13: amb(),
            14: g("yellow", note="queue fix"),
            16: e("green"),
            15: due(G, "2027-02-05"),
        },
        clean=("Sorry, travelling",),
        tags=("condition", "ambiguous", "flag-word-in-note", "date-moved"),
    ),
    # Jonas Becker, Berlin: #21 Yellow pages cleanup (overdue since Dec 4), #22 Migrate
    # billing to the new ledger, #23 Blocked-payment alerts in under 5 minutes. He did not
    # answer week 49: that form shows 21 green, 22 yellow, 23 red; this week's "no report".
    Case(
        "fresh10-jonas-thunderbird-late-negation",
        "jonas",
        "thunderbird",
        form="W49",
        lang="de",
        layout="bottom",
        text=(
            "Sorry, das ist in meinem Postfach untergegangen – hier nachträglich für letzte "
            "Woche:\n"
            "\n"
            "#21 erledigt – die letzten 40 % der Einträge wurden am Donnerstag bereinigt\n"
            "#22 gelb, Finance hat das Kontenschema immer noch nicht freigegeben\n"
            "#23 nicht mehr rot: wir haben endlich Zugriff auf die Payment-Logs, also gelb\n"
            "\n"
            "Schöne Grüße\n"
            "Jonas"
        ),
        expect={
            21: done(G, note="am Donnerstag bereinigt"),
            22: g("yellow", note="Kontenschema"),
            23: e("yellow", note="Payment-Logs"),
        },
        clean=("untergegangen", "Schöne Grüße", "Jonas"),
        tags=("negation-concluded", "done-local", "past-day"),
    ),
    Case(
        "fresh10-jonas-gmx-green-zone-except",
        "jonas",
        "gmx",
        lang="de",
        text=(
            "Hallo zusammen,\n"
            "\n"
            "alles im grünen Bereich, bis auf #23: rot. Die Freigabe für die Log-Aufbewahrung "
            "hängt seit zwei Wochen beim Datenschutz.\n"
            "\n"
            "Gruß aus Berlin\n"
            "Jonas"
        ),
        expect={
            "*": e("green"),
            23: e("red", note="Datenschutz"),
        },
        clean=("Hallo zusammen", "Gruß aus Berlin", "Jonas"),
        tags=("all-except", "colour-idiom"),
    ),
    Case(
        "fresh10-jonas-k9-over-past-colour",
        "jonas",
        "k9",
        lang="de",
        layout="over",
        text={
            "#21": "Verschoben auf den 29.01.2027 – der Export aus dem Altsystem hakt noch.",
            "#22": "Diese Woche gelb. Letzte Woche wäre es noch rot gewesen, aber Finance hat "
            "am Mittwoch das Schema abgenommen.",
            "#23": "Von rot auf gelb: die Alerts kommen jetzt nach 7 statt nach 40 Minuten.",
            "$": "Viele Grüße\nJonas",
        },
        expect={
            21: due(G, "2027-01-29"),
            22: e("yellow", note="Schema abgenommen"),
            23: e("yellow", note="7 statt nach 40 Minuten"),
        },
        clean=("Viele Grüße",),
        tags=("typed-over-last-week", "past-colour", "from-to", "date-local"),
    ),
    Case(
        "fresh10-jonas-webde-bottom-near",
        "jonas",
        "webde",
        lang="de",
        layout="bottom",
        text="""
        #21 done – die Gelben Seiten sind komplett bereinigt, 4.812 Einträge
        #22 gelp, wir warten auf den Testlauf mit Finance
        #23 grün 0,9 – Alerts kommen im Schnitt nach 3 Minuten
        """,
        expect={
            21: done(G, note="Gelben Seiten"),
            22: near("yellow"),
            23: g("green", 0.9, note="3 Minuten"),
        },
        tags=("near-miss", "colour-in-note", "score-decimal-comma", "mixed-language"),
    ),
    Case(
        "fresh10-jonas-outlook_mac-forward-korrektur",
        "jonas",
        "outlook_mac",
        lang="de",
        layout="forward",
        text="""
        Weitergeleitet, meine Antwort von gestern kam als unzustellbar zurück.

        #22 rot – die Migration hängt, weil das Kontenschema noch offen ist
        #23 unverändert gelb
        #21 abgeschlossen, alle Einträge geprüft

        Korrektur: #22 gelb, nicht rot – das Schema wurde heute Morgen freigegeben.

        Beste Grüße
        """,
        sig=SIG_JONAS,
        disclaimer=DISCLAIMER_DE,
        expect={
            22: g("yellow"),
            23: e("yellow"),
            21: done(G),
        },
        clean=("Weitergeleitet", "Beste Grüße"),
        tags=("correction-later-line", "done-local"),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch the
    # customer forum (overdue since Oct 30). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh10-amelie-orange-top-two-parts",
        "amelie",
        "orange",
        lang="fr",
        text=(
            "Bonjour,\n"
            "\n"
            "#31 au vert, 15 comptes embarqués, deux de plus que prévu\n"
            "#32 vert côté PME, rouge côté grands comptes : deux renouvellements sont encore en "
            "suspens\n"
            "#33 reporté au 26 février 2027, la modératrice commence le 4 janvier\n"
            "\n"
            "Bien à vous,\n"
            "Amélie"
        ),
        expect={
            31: e("green", note="15 comptes"),
            32: amb(),
            33: due(G, "2027-02-26"),
        },
        clean=("Bonjour", "Bien à vous", "Amélie"),
        tags=("two-parts", "ambiguous", "date-local"),
    ),
    Case(
        "fresh10-amelie-zimbra-inline-trimmed",
        "amelie",
        "zimbra",
        lang="fr",
        layout="inline",
        trim_quote=True,
        text={
            "#31": "Toujours vert. À noter : le « Done-for-you » ne couvre pas encore les "
            "comptes passés au rouge l'été dernier.",
            "#32": "N'est plus jaune : vert, 1,9 % en novembre.",
            "#33": "Rouge, et il le restera tant qu'on n'aura pas recruté de modérateur.",
            "$": "Amélie",
        },
        expect={
            31: g("green", note="comptes passés au rouge", not_in=("12 accounts onboarded",)),
            32: e("green", note="1,9 %", not_in=("on track to 2%",)),
            33: g("red", note="modérateur", not_in=("no moderator hired",)),
        },
        clean=("Amélie",),
        tags=("colour-in-note", "negation-concluded", "future-in-note"),
    ),
    Case(
        "fresh10-amelie-apple_mail-prose-team-says",
        "amelie",
        "apple_mail",
        lang="fr",
        cc="Dana Whitfield <dana@halvard.example>",
        text=(
            "Petit point rapide avant le comité de direction.\n"
            "\n"
            "Sur l'onboarding (#31), rien à signaler, on reste au vert. Le churn (#32) est "
            "repassé au-dessus de 2 % à cause de deux clients du secteur public : l'équipe "
            "voulait mettre rouge, je préfère jaune puisque les deux renouvellements sont signés "
            "pour janvier. Quant au forum (#33), on l'abandonne : le budget de modération part "
            "sur le chat en direct."
        ),
        sig=SIG_AMELIE,
        disclaimer=DISCLAIMER_FR,
        expect={
            31: e("green"),
            32: e("yellow", note="secteur public"),
            33: drop(E, "chat en direct"),
        },
        clean=("Petit point rapide",),
        tags=("prose", "someone-elses-colour", "drop-local"),
    ),
    Case(
        "fresh10-amelie-outlook_web-tout-vert-sauf",
        "amelie",
        "outlook_web",
        lang="fr",
        text=(
            "Tout est vert sauf #33, qui reste rouge : toujours pas de modérateur, deux "
            "entretiens la semaine prochaine.\n"
            "\n"
            "Bonne soirée,\n"
            "Amélie"
        ),
        expect={
            "*": g("green"),
            33: g("red", note="entretiens"),
        },
        clean=("Bonne soirée", "Amélie"),
        tags=("all-except",),
    ),
    Case(
        "fresh10-amelie-gmail_android-correction-to-drop",
        "amelie",
        "gmail_android",
        text=(
            "#31 green 0.9 - 15 accounts live, the red-flag checklist is now part of every "
            "kickoff\n"
            "#32 yellow - 2.2% in November; green by January if the two public-sector renewals "
            "land\n"
            "#33 red - the moderator we hired backed out\n"
            "#33 correction: drop - we're folding the forum into the help centre comments instead"
        ),
        expect={
            31: g("green", 0.9, note="red-flag checklist"),
            32: g("yellow", note="public-sector renewals"),
            33: drop(E, "help centre comments"),
        },
        tags=("flag-word-in-note", "future-colour-in-note", "correction-to-drop"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # Dec 11), #43 Red team the login flow, #44 Amber rollout for every service. Last week:
    # 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh10-lucia-samsung-top-question",
        "lucia",
        "samsung",
        lang="es",
        crlf=True,
        text="""
        #41 verde, 4 días de media en la vía 3
        #42 lanzado el miércoles con los tres primeros partners 🎉
        #43 ¿amarillo? El equipo rojo encontró dos fallos y todavía no sé si son graves
        #44 amarillo – 7 de 12 servicios ya en ámbar
        """,
        expect={
            41: g("green", note="4 días"),
            42: done(E, note="tres primeros partners"),
            43: amb(),
            44: g("yellow", note="7 de 12"),
        },
        tags=("question", "ambiguous", "done-local", "colour-names-thing", "emoji"),
    ),
    Case(
        "fresh10-lucia-yahoo-bottom-titles",
        "lucia",
        "yahoo",
        lang="es",
        layout="bottom",
        text=(
            "Red team the login flow: verde, el informe final llega el lunes\n"
            "Amber rollout for every service: otra vez en rojo, lo hemos pausado tras el "
            "incidente del martes\n"
            "Cut time on track 3: amarillo, subió a 6 días por las vacaciones\n"
            "Launch the partner portal: la movemos al 15 de enero de 2027, los partners piden "
            "más pruebas\n"
            "\n"
            "Un abrazo,\n"
            "Lucía"
        ),
        expect={
            43: g("green", note="informe final"),
            44: e("red", note="incidente del martes"),
            41: g("yellow", note="6 días"),
            42: due(G, "2027-01-15"),
        },
        clean=("Un abrazo", "Lucía"),
        tags=("title-prefix", "title-colour", "title-status-word", "date-local"),
    ),
    Case(
        "fresh10-lucia-thunderbird_html-reminder-not-yellow",
        "lucia",
        "thunderbird_html",
        form="R50",
        lang="es",
        text="""
        Perdona, se me pasó ayer.

        #41 verde, no amarillo como dice el informe de operaciones – 4,5 días de media
        #42 seguimos en rojo, los partners no nos han mandado las claves
        #43 verde también
        #44 amarillo – 8 de 12, el rojo de hace dos semanas queda lejos
        """,
        expect={
            41: e("green", note="informe de operaciones"),
            42: e("red", note="claves"),
            43: e("green"),
            44: g("yellow", note="8 de 12"),
        },
        clean=("Perdona, se me pasó",),
        tags=("someone-elses-colour", "past-colour-in-note", "status-still"),
    ),
    Case(
        "fresh10-lucia-gmail_ios-noquote-near",
        "lucia",
        "gmail_ios",
        lang="es",
        layout="noquote",
        text="""
        Buenas:
        41: verdr
        42: hecho, el portal está en producción desde el martes
        43: rojo, el equipo externo consiguió saltarse el MFA en el panel de administración
        44: amarillo
        Saludos
        """,
        expect={
            41: near("green"),
            42: done(G, note="producción"),
            43: g("red", note="MFA"),
            44: g("yellow"),
        },
        clean=("Buenas", "Saludos"),
        tags=("near-miss", "refs-without-hash", "done-local"),
    ),
    Case(
        "fresh10-lucia-em_client-forward-en",
        "lucia",
        "em_client",
        layout="forward",
        prose="en",
        text=(
            "Forwarding my answer – the reply from my phone keeps going to the wrong address.\n"
            "\n"
            "#41 green - 4.5 days on average\n"
            "#42 done - live for the first three partners since Tuesday\n"
            "#43 yellow - the red team found two medium issues in the password reset, nothing "
            "critical\n"
            "#44 yellow 0.6 - 7 of 12 services on amber"
        ),
        sig=SIG_LUCIA,
        expect={
            41: g("green", note="4.5 days"),
            42: done(G, note="first three partners"),
            43: g("yellow", note="password reset"),
            44: g("yellow", 0.6, note="7 of 12"),
        },
        clean=("Forwarding my answer",),
        tags=("title-colour", "flag-word-in-note", "score"),
    ),
    # Mariana Costa, São Paulo: #51 Open the São Paulo office, #52 10 reseller agreements
    # signed, #53 Portuguese help centre complete (overdue since Dec 4). She did not answer
    # week 49 (that form shows 51 yellow, 52 green, 53 yellow); this week's shows "no report".
    Case(
        "fresh10-mariana-uol-late-concluido",
        "mariana",
        "uol",
        form="W49",
        lang="pt",
        text="""
        Desculpa a demora, segue o status da semana passada:

        #51 segue amarelo - o contrato de locação voltou para revisão jurídica
        #52 continua verde, 7 de 10 assinados
        #53 concluído! Os 120 artigos estão publicados desde quinta.

        Abraços,
        Mariana
        """,
        expect={
            51: e("yellow", note="revisão jurídica"),
            52: e("green", note="7 de 10"),
            53: done(G, note="120 artigos"),
        },
        clean=("Desculpa a demora", "Abraços", "Mariana"),
        tags=("done-local", "fraction-in-note"),
    ),
    Case(
        "fresh10-mariana-outlook_mobile-no-longer-red",
        "mariana",
        "outlook_mobile",
        lang="pt",
        text="""
        #51 verde – assinamos o contrato de locação na terça 🎉
        #52 não está mais vermelho
        #53 novo prazo 31/01/2027, faltam 18 artigos
        """,
        expect={
            51: g("green", note="contrato de locação"),
            52: amb(),
            53: due(E, "2027-01-31"),
        },
        tags=("negation", "ambiguous", "date-local", "emoji"),
    ),
    Case(
        "fresh10-mariana-spark-bottom-only-one",
        "mariana",
        "spark",
        lang="en",
        prose="pt",
        layout="bottom",
        text=(
            "Por aqui tudo certo. Só o #53 está vermelho: a tradutora saiu de licença e ninguém "
            "assumiu os artigos dela."
        ),
        sig=SIG_MARIANA,
        disclaimer=DISCLAIMER_PT,
        expect={
            "*": e("green"),
            53: e("red", note="tradutora"),
        },
        tags=("all-except", "only-one"),
    ),
    Case(
        "fresh10-mariana-yahoo_android-past-red",
        "mariana",
        "yahoo_android",
        text=(
            "#51 yellow - the landlord wants a 5-year lease, we offered 3\n"
            "#52 green 0.8 - 8 of 10 signed; was red for a day when Distribuidora Verde pulled "
            "out, but they came back\n"
            "#53 done - 120 of 120 articles live"
        ),
        expect={
            51: g("yellow", note="5-year lease"),
            52: g("green", 0.8, note="Distribuidora Verde"),
            53: done(G, note="120 of 120"),
        },
        tags=("colour-names-thing", "past-colour-in-note", "score"),
    ),
    Case(
        "fresh10-mariana-proton-noquote-desculpa",
        "mariana",
        "proton",
        prose="pt",
        layout="noquote",
        text=(
            "#51 vermelho... não, desculpa, amarelo. O jurídico aprovou a minuta ontem, falta só "
            "a assinatura.\n"
            "#52 verde\n"
            "\n"
            "Mariana"
        ),
        expect={
            51: e("yellow", note="minuta"),
            52: g("green"),
        },
        clean=("Mariana",),
        tags=("correction-same-line", "partial"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster (due Jan 20),
    # #62 On-track deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh10-giulia-libero-condition",
        "giulia",
        "libero",
        lang="it",
        text="""
        Ciao,
        #61 verde se il cutover di sabato va liscio, altrimenti rosso
        #62 giallo, 94% questo mese

        Un saluto,
        Giulia
        """,
        disclaimer=DISCLAIMER_IT,
        expect={
            61: amb(),
            62: g("yellow", note="94%"),
        },
        clean=("Ciao", "Un saluto", "Giulia"),
        tags=("condition", "ambiguous", "percent-in-note"),
    ),
    Case(
        "fresh10-giulia-samsung-tr-window",
        "giulia",
        "samsung",
        lang="tr",
        charset="iso-8859-9",
        text=(
            "#61 sarı - geçen hafta kırmızıya dönmek üzereydi, şimdi küme hazır ama göç "
            "penceresi 16 Ocak'a kaydı\n"
            "#62 gayet iyi, üç haftadır hiç geri alma yok\n"
            "\n"
            "İyi çalışmalar,\n"
            "Giulia"
        ),
        disclaimer=DISCLAIMER_TR,
        expect={
            61: g("yellow", note="16 Ocak"),
            62: e("green", note="geri alma"),
        },
        clean=("İyi çalışmalar", "Giulia"),
        tags=("past-colour-in-note", "date-in-note"),
    ),
    Case(
        "fresh10-giulia-gmail_android-inline-ieri-oggi",
        "giulia",
        "gmail_android",
        lang="it",
        layout="inline",
        text={
            "#61": "Stato: giallo. Il vecchio cluster resta acceso fino a fine gennaio per "
            "sicurezza.",
            "#62": "Ieri rosso, oggi verde: il rollback di martedì era un falso allarme e "
            "l'abbiamo tolto dal conteggio (97%).",
            "$": "Giulia",
        },
        expect={
            61: g("yellow", note="vecchio cluster", not_in=("migration window moved",)),
            62: e("green", note="falso allarme", not_in=("one rollback this week",)),
        },
        tags=("status-label", "past-colour", "quoted-last-week-flag"),
    ),
    Case(
        "fresh10-giulia-outlook_plain-tr-over-question",
        "giulia",
        "outlook_plain",
        lang="tr",
        charset="windows-1254",
        layout="over",
        text={
            "#61": "Bu hafta: yeşil - yeni kümede trafiğin %30'u var",
            "#62": "Bu hafta: kırmızı mı? Hayır, sarı. İki geri alma daha oldu ama ikisi de "
            "küçüktü.",
            "$": "Kolay gelsin,\nGiulia",
        },
        expect={
            61: g("green", note="%30"),
            62: e("yellow", note="İki geri alma"),
        },
        clean=("Kolay gelsin",),
        tags=("typed-over-last-week", "rhetorical-question", "percent-in-note"),
    ),
    Case(
        "fresh10-giulia-fastmail-bottom-en",
        "giulia",
        "fastmail",
        layout="bottom",
        text=(
            "#61 green - all traffic on the new cluster since Wednesday, the old one stays as a "
            "warm standby until the 20th\n"
            "#62 red 0.4 - 92% this month, and the on-track-deploys dashboard itself broke twice"
        ),
        sig="""
        --
        Giulia Rossi
        SRE, Istanbul
        """,
        expect={
            61: g("green", note="warm standby"),
            62: g("red", 0.4, note="92% this month"),
        },
        tags=("title-word-in-note", "score", "sig-dashes"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store
    # rating above 4.5, #73 Behind-the-login analytics dashboard. Last week: 71 yellow,
    # 72 green, 73 green.
    Case(
        "fresh10-sanne-roundcube-qa-says",
        "sanne",
        "roundcube",
        lang="nl",
        text="""
        #71 groen volgens mij, QA zegt rood - we beslissen maandag samen
        #72 nog steeds groen, 4,6 deze week
        #73 geel: de tweede dashboardset wacht op het datateam

        Groetjes,
        Sanne
        """,
        expect={
            71: amb(),
            72: e("green", note="4,6"),
            73: g("yellow", note="datateam"),
        },
        clean=("Groetjes", "Sanne"),
        tags=("someone-elses-colour", "hedge", "ambiguous", "rating-in-note"),
    ),
    Case(
        "fresh10-sanne-outlook_web-prose-manager",
        "sanne",
        "outlook_web",
        lang="nl",
        text=(
            "Even een update tussen twee overleggen door.\n"
            "\n"
            "De app (#71) is niet meer geel: de iOS-review is goedgekeurd, dus groen, en dinsdag "
            "gaan we live. De rating (#72) staat op 4,6 – prima. Over het dashboard (#73) ben ik "
            "somberder dan het team: zij zeggen groen, ik zet hem op geel omdat de tweede set "
            "nog niet gebouwd is."
        ),
        sig=SIG_SANNE,
        disclaimer=DISCLAIMER_NL,
        expect={
            71: e("green", note="iOS-review"),
            72: e("green", note="4,6"),
            73: e("yellow", note="tweede set"),
        },
        clean=("Even een update",),
        tags=("prose", "negation-concluded", "someone-elses-colour"),
    ),
    Case(
        "fresh10-sanne-apple_mail-inline-en",
        "sanne",
        "apple_mail",
        lang="nl",
        prose="en",
        layout="inline",
        text={
            "#71": "red - Apple rejected the build again over the login screen. It was yellow "
            "last week; the green light from QA came too late for this review cycle.",
            "#72": "holding steady at green",
            "#73": "yellow - could be green next week if the data team delivers the events",
            "$": "Sanne",
        },
        expect={
            71: g("red", note="Apple rejected", not_in=("Android crash fixed",)),
            72: e("green", not_in=("4.5 reached",)),
            73: g("yellow", note="data team", not_in=("first dashboard live",)),
        },
        tags=("past-colour-in-note", "future-colour-in-note", "quoted-last-week-flag"),
    ),
    Case(
        "fresh10-sanne-blackberry-reminder-not-red",
        "sanne",
        "blackberry",
        form="R50",
        text="""
        71 done - live in both stores since this morning
        72 G
        73 yellow, not red: the data team found the missing events
        """,
        expect={
            71: done(G, note="both stores"),
            72: g("green"),
            73: g("yellow", note="missing events"),
        },
        tags=("refs-without-hash", "letter-flag", "not-other-colour"),
    ),
    Case(
        "fresh10-sanne-evolution-bottom-op-na",
        "sanne",
        "evolution",
        prose="nl",
        layout="bottom",
        text=(
            "Alles op groen, op #71 na – die staat op rood, de release schuift een week op door "
            "de Apple-review.\n"
            "\n"
            "Groet, Sanne"
        ),
        expect={
            "*": e("green"),
            71: e("red", note="Apple-review"),
        },
        clean=("Groet, Sanne",),
        tags=("all-except",),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (due Dec 20), #82 Greenfield
    # pricing experiment. Last week: 81 green, 82 green ("finance gave the green light").
    Case(
        "fresh10-erik-gmail_web-done-word-in-note",
        "erik",
        "gmail_web",
        lang="sv",
        charset="utf-8",
        mislabel="iso-8859-1",
        text="""
        #81 gul – Vipps kräver en ny certifiering, Swish är klart
        #82 grön, 0,7

        Hälsningar
        Erik
        """,
        expect={
            81: g("yellow", note="certifiering"),
            82: g("green", 0.7),
        },
        clean=("Hälsningar", "Erik"),
        tags=("done-word-in-note", "score-decimal-comma", "charset-mislabelled"),
    ),
    Case(
        "fresh10-erik-thunderbird-bottom-idiom-title",
        "erik",
        "thunderbird",
        lang="sv",
        layout="bottom",
        text="""
        #81 inga konstigheter, båda betalsätten rullas ut till alla kunder på måndag
        Greenfield pricing: gult, vi väntar fortfarande på juridiken

        /Erik
        """,
        expect={
            81: e("green", note="alla kunder"),
            82: e("yellow", note="juridiken"),
        },
        clean=("/Erik",),
        tags=("status-idiom", "title-prefix", "title-colour", "colour-inflected"),
    ),
    Case(
        "fresh10-erik-mutt-rereading",
        "erik",
        "mutt",
        layout="bottom",
        text=(
            "#81 green - Swish and Vipps both live behind the feature flag\n"
            "#82 red - the price test leaked into the control cohort, we have to restart it\n"
            "\n"
            "Hm, rereading that: #82 should be yellow, not red. We restart on Monday and still "
            "finish before the 10th."
        ),
        sig="""
        --
        Erik Lindqvist
        """,
        expect={
            81: g("green", note="feature flag"),
            82: e("yellow"),
        },
        tags=("correction-later-line",),
    ),
    Case(
        "fresh10-erik-outlook_desktop-forward-titles",
        "erik",
        "outlook_desktop",
        lang="sv",
        layout="forward",
        text=(
            "Vidarebefordrar, svaret fastnade i utkorgen.\n"
            "\n"
            "Swish and Vipps at checkout – klart! Båda betalsätten i produktion sedan i onsdags.\n"
            "Greenfield pricing experiment – flyttad till 7 februari 2027, vi väntar på nya "
            "prislistor från finans.\n"
            "\n"
            "Med vänliga hälsningar"
        ),
        sig=SIG_ERIK,
        expect={
            81: done(G, note="produktion"),
            82: due(G, "2027-02-07"),
        },
        clean=("Vidarebefordrar", "Med vänliga hälsningar"),
        tags=("title-full", "done-local", "date-local"),
    ),
    Case(
        "fresh10-erik-ios_mail-noquote-prose",
        "erik",
        "ios_mail",
        lang="sv",
        layout="noquote",
        text=(
            "Kort från telefonen: kassan (#81) är grön, Vipps gick live i går. Prisexperimentet "
            "(#82) är gult – inte grönt som förra veckan, testgruppen var för liten."
        ),
        expect={
            81: e("green", note="Vipps gick live"),
            82: e("yellow", note="testgruppen"),
        },
        clean=("Kort från telefonen",),
        tags=("prose", "past-colour-in-note", "colour-inflected"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook, #92 Renew the Telenor contract
    # (overdue since Nov 27), #93 Partner NPS above 40. Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh10-mette-alpine-reminder-except-no-flag",
        "mette",
        "alpine",
        form="R50",
        prose="da",
        text="""
        Alt grønt bortset fra #93, den kigger jeg på i morgen.

        Venlig hilsen
        Mette
        """,
        expect={
            "*": e("green"),
            93: amb(),
        },
        clean=("Venlig hilsen", "Mette"),
        tags=("all-except", "exception-without-flag", "ambiguous"),
    ),
    Case(
        "fresh10-mette-outlook_plain-no-prose",
        "mette",
        "outlook_plain",
        lang="no",
        wrap=76,
        text=(
            "Hei,\n"
            "\n"
            "Telenor-avtalen (#92) er endelig signert, så den er ferdig. Playbooken (#91) er "
            "ikke lenger gul – salg godkjente kortversjonen i går, så grønn. NPS (#93) står på "
            "42, godt.\n"
            "\n"
            "Mvh\n"
            "Mette"
        ),
        expect={
            92: done(E, note="signert"),
            91: e("green", note="kortversjonen"),
            93: e("green", note="42"),
        },
        clean=("Hei,", "Mvh", "Mette"),
        tags=("prose", "negation-concluded", "done-in-sentence"),
    ),
    Case(
        "fresh10-mette-mutt_star-over-green-light",
        "mette",
        "mutt_star",
        prose="no",
        layout="over",
        text={
            "#91": "Denne uken: gul, salg vil ha en enda kortere versjon",
            "#92": "Fortsatt rød. Telenor lover grønt lys «rett over nyttår», men det har vi "
            "hørt før.",
            "#93": "grønn – 44 etter siste runde",
            "$": "Ha en fin helg!\nMette",
        },
        expect={
            91: e("yellow", note="kortere versjon"),
            92: e("red", note="grønt lys"),
            93: g("green", note="44 etter"),
        },
        clean=("Ha en fin helg",),
        tags=("typed-over-last-week", "green-light-in-note"),
    ),
    Case(
        "fresh10-mette-lotus_notes-grammar",
        "mette",
        "lotus_notes",
        text="""
        #91 green - the short version is approved; the red-flag section stays in
        #92 due 2027-01-15 - Telenor legal promised the signed copy before then
        #93 yellow 0.5 - 39 this round, one point short
        """,
        sig="""
        Mette Sørensen
        Partner Manager, Halvard Labs Oslo
        """,
        disclaimer=DISCLAIMER_NO,
        expect={
            91: g("green", note="short version"),
            92: due(G, "2027-01-15"),
            93: g("yellow", 0.5, note="39 this round"),
        },
        tags=("flag-word-in-note", "score", "date-moved"),
    ),
    Case(
        "fresh10-mette-gmail_ios-bottom-nej-vent",
        "mette",
        "gmail_ios",
        lang="da",
        layout="bottom",
        text="""
        #91 grøn igen
        #92 rød, nej vent – gul. Telenor har sendt udkastet til broaftalen i dag.
        #93 gul, måske grøn efter næste måling

        Hilsen Mette
        """,
        expect={
            91: e("green"),
            92: e("yellow", note="broaftalen"),
            93: e("yellow", note="næste måling"),
        },
        clean=("Hilsen Mette",),
        tags=("correction-same-line", "future-colour-in-note"),
    ),
    # Olga Kowalczyk, Warsaw: #101 Complete the SOC 2 audit, #102 Rotate all production
    # secrets (due Dec 10), #103 Phishing drill for all staff. She did not answer week 49
    # (that form shows 101 yellow, 102 green, 103 green); this week's shows "no report".
    Case(
        "fresh10-olga-wp_pl-late-near",
        "olga",
        "wp_pl",
        form="W49",
        lang="pl",
        text="""
        Przepraszam za spóźnienie, to jeszcze za zeszły tydzień.

        #101 żółty - audytor poprosił o dodatkowe logi z października
        #102 zieolny, zostały tylko sekrety bazy danych
        #103 bez zmian, zielony

        Pozdrawiam
        Olga
        """,
        expect={
            101: g("yellow", note="logi z października"),
            102: near("green"),
            103: e("green"),
        },
        clean=("Przepraszam za spóźnienie", "Pozdrawiam", "Olga"),
        tags=("near-miss",),
    ),
    Case(
        "fresh10-olga-the_bat-ru-or",
        "olga",
        "the_bat",
        lang="ru",
        layout="bottom",
        text="""
        #101 жёлтый или уже красный — зависит от того, что скажет аудитор в понедельник
        #102 готово, все секреты заменены во вторник
        #103 перенесли на 20 января 2027, в декабре половина офиса в отпуске

        С уважением,
        Ольга
        """,
        expect={
            101: amb(),
            102: done(G, note="во вторник"),
            103: due(E, "2027-01-20"),
        },
        clean=("С уважением", "Ольга"),
        tags=("two-colours", "ambiguous", "done-local", "date-local"),
    ),
    Case(
        "fresh10-olga-yandex-koi8-not-red-not-green",
        "olga",
        "yandex",
        lang="ru",
        charset="koi8-r",
        text="""
        #101 уже не красный и пока не зелёный, а жёлтый: осталось закрыть два контроля
        #102 по-прежнему зелёный
        #103 красный - рассылку заблокировал наш же почтовый фильтр

        Спасибо, Ольга
        """,
        expect={
            101: e("yellow", note="два контроля"),
            102: e("green"),
            103: g("red", note="почтовый фильтр"),
        },
        clean=("Спасибо, Ольга",),
        tags=("negation-concluded",),
    ),
    Case(
        "fresh10-olga-mailru-prose-auditor-says",
        "olga",
        "mailru",
        lang="ru",
        text=(
            "Добрый день!\n"
            "\n"
            "По аудиту (#101): аудитор пишет, что мы «в красной зоне», но это про сроки их "
            "собственной команды. По нашей части всё по плану — зелёный.\n"
            "Ротацию секретов (#102) закончили в среду, можно закрывать.\n"
            "\n"
            "Всего доброго,\n"
            "Ольга"
        ),
        disclaimer=DISCLAIMER_RU,
        expect={
            101: e("green", note="собственной команды"),
            102: done(E, note="в среду"),
        },
        clean=("Добрый день", "Всего доброго", "Ольга"),
        tags=("prose", "someone-elses-colour", "partial", "done-in-sentence"),
    ),
    Case(
        "fresh10-olga-outlook_desktop-inline-ok-initials",
        "olga",
        "outlook_desktop",
        lang="pl",
        charset="windows-1250",
        layout="inline",
        text={
            "#101": "[OK] żółty – czekamy na raport z testów penetracyjnych",
            "#102": "[OK] zrobione, ostatnie sekrety zrotowane w środę",
            "#103": "[OK] czerwony – dział IT wstrzymał wysyłkę do poniedziałku",
            "$": "Pozdrawiam serdecznie\nOlga Kowalczyk",
        },
        disclaimer=DISCLAIMER_PL,
        expect={
            101: g("yellow", note="testów penetracyjnych", not_in=("[OK]",)),
            102: done(E, note="w środę"),
            103: g("red", note="wstrzymał wysyłkę", not_in=("[OK]",)),
        },
        clean=("Pozdrawiam serdecznie", "Olga Kowalczyk"),
        tags=("initials", "initials-status-word", "done-local"),
    ),
    # Kenji Watanabe, Tokyo: #111 Localise the product into Japanese, #112 Sign 3 launch
    # customers in Japan, #113 Stop-ship bugs to zero (due Dec 12), #114 Red-carpet onboarding
    # for launch partners. He did not answer week 49 (that form shows 111 green, 112 yellow,
    # 113 red, 114 green); this week's shows "no report".
    Case(
        "fresh10-kenji-becky-late",
        "kenji",
        "becky",
        form="W49",
        lang="ja",
        text="""
        先週分、遅くなってすみません。

        #111 緑のまま - 翻訳は91%まで進みました
        #112 黄色 - 2社目の稟議が年明けにずれ込みそうです
        #113 まだ赤 - 停止級バグは残り9件
        #114 緑

        渡辺
        """,
        expect={
            111: e("green", note="91%"),
            112: g("yellow", note="稟議"),
            113: e("red", note="残り9件"),
            114: g("green"),
        },
        clean=("遅くなってすみません", "渡辺"),
        tags=("cjk-name", "percent-in-note"),
    ),
    Case(
        "fresh10-kenji-gmail_web-iya",
        "kenji",
        "gmail_web",
        lang="ja",
        text="""
        お疲れさまです。

        #111 引き続き緑（翻訳率93%）
        #112 黄色 - 1社は契約済み、残り2社は交渉中
        #113 赤…いや、黄色です。残り3件で、うち2件は修正済み・検証待ち
        #114 こちらも緑

        以上、よろしくお願いします。
        """,
        expect={
            111: e("green", note="93%"),
            112: g("yellow", note="交渉中"),
            113: g("yellow", note="検証待ち"),
            114: e("green"),
        },
        clean=("お疲れさまです", "以上、よろしくお願いします"),
        tags=("correction-same-line", "percent-in-note"),
    ),
    Case(
        "fresh10-kenji-outlook_web-prose-en",
        "kenji",
        "outlook_web",
        lang="ja",
        prose="en",
        text=(
            "Dana,\n"
            "\n"
            "A summary rather than line by line. Localisation (#111) is green, 95% of strings "
            "done and the glossary is frozen. Customers (#112): still yellow – one signed, the "
            "second is waiting for its board on the 18th. Stop-ship bugs (#113) dropped to red "
            "from yellow overnight: a payment crash came in from the beta group. The red-carpet "
            "programme (#114) is fine.\n"
            "\n"
            "Kenji"
        ),
        disclaimer=DISCLAIMER_JA,
        expect={
            111: g("green", note="glossary"),
            112: g("yellow", note="board on the 18th"),
            113: g("red", note="payment crash"),
            114: g("green"),
        },
        clean=("Dana,", "Kenji", "A summary rather than line by line"),
        tags=("prose", "title-colour-word", "from-to"),
    ),
    Case(
        "fresh10-kenji-apple_mail-sjis-inline",
        "kenji",
        "apple_mail",
        lang="ja",
        charset="shift_jis",
        layout="inline",
        text={
            "#111": "緑。用語集も確定しました。",
            "#112": "2月26日は厳しいので、3月31日に延期します。",
            "#113": "完了しました！停止級バグはゼロです。",
            "#114": "黄色。会場がまだ決まっていません。前回の緑は楽観的すぎました。",
            "$": "渡辺",
        },
        expect={
            111: g("green", note="用語集"),
            112: due(E, "2027-03-31"),
            113: done(G, note="ゼロ"),
            114: g("yellow", note="会場"),
        },
        clean=("渡辺",),
        tags=("date-local", "past-colour-in-note", "cjk-name"),
    ),
    Case(
        "fresh10-kenji-hey-grammar",
        "kenji",
        "hey",
        to="token-upper",
        text=(
            "#111 green\n"
            "#112 yellow 40% - one signed, the second customer's board meets on the 18th\n"
            "#113 done - the last stop-ship bug was closed yesterday and QA's full re-run passed "
            "this morning\n"
            "#114 green - venue booked, the red carpet is literal this time"
        ),
        sig=SIG_KENJI,
        expect={
            111: g("green"),
            112: g("yellow", 0.4, note="board meets"),
            113: done(G, note="full re-run"),
            114: g("green", note="venue booked"),
        },
        tags=("score-percent", "colour-in-note", "signature-cjk"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue since Nov 20). Last week: 121 green, 122 red.
    Case(
        "fresh10-wei-foxmail-top",
        "wei",
        "foxmail",
        lang="zh",
        text="""
        #121 一切顺利，第三家经销商的合同已签，预计1月中旬上线
        #122 依旧红色 - 管局要求补充材料，还在等

        张伟
        """,
        disclaimer=DISCLAIMER_ZH,
        expect={
            121: e("green", note="第三家经销商"),
            122: e("red", note="补充材料"),
        },
        clean=("张伟",),
        tags=("cjk-name", "disclaimer-zh"),
    ),
    Case(
        "fresh10-wei-netease-reminder-worry",
        "wei",
        "netease",
        form="R50",
        lang="zh",
        text="""
        #121 本来担心会变红，现在是绿色：第三家伙伴已经进入联调
        #122 还是红色，材料补交后还没有回音

        谢谢！
        """,
        expect={
            121: e("green", note="联调"),
            122: g("red", note="回音"),
        },
        clean=("谢谢",),
        tags=("past-worry-colour", "status-still"),
    ),
    Case(
        "fresh10-wei-gmail_web-gb2312-gengzheng",
        "wei",
        "gmail_web",
        lang="zh",
        charset="gb2312",
        text="""
        #121 黄色，第三家的系统对接比预期慢
        #122 已完成！上周五拿到了ICP许可证。

        更正：#121 应该是绿色，刚收到消息，对接已经打通了。
        """,
        expect={
            121: e("green"),
            122: done(G, note="ICP许可证"),
        },
        tags=("correction-later-line", "done-local"),
    ),
    Case(
        "fresh10-wei-ios_mail-grammar-en",
        "wei",
        "ios_mail",
        lang="zh",
        prose="en",
        text="""
        #121 green 0.7 - 2 of 3 partners live, the third goes live in January
        #122 due 2027-01-29 - the bureau wants the revised security assessment first
        """,
        expect={
            121: g("green", 0.7, note="2 of 3 partners"),
            122: due(G, "2027-01-29"),
        },
        tags=("score", "date-moved"),
    ),
    Case(
        "fresh10-wei-outlook_desktop-inline-drop",
        "wei",
        "outlook_desktop",
        lang="zh",
        charset="utf-8",
        layout="inline",
        text={
            "#121": "[WZ] 绿色。年底前第三家能上线，合同里没有碰到任何红线。",
            "#122": "[WZ] 放弃 – 法务评估后改由上海子公司重新申请许可证，这个KR关闭",
            "$": "张伟 | Wei Zhang",
        },
        expect={
            121: g("green", note="红线", not_in=("[WZ]", "second partner live")),
            122: drop(E, "上海子公司"),
        },
        clean=("张伟 | Wei Zhang",),
        tags=("initials", "colour-in-note", "drop-local", "cjk-name"),
    ),
]
