"""An eleventh batch (written on 2026-12-07 for measurement once, at the end of a round, by an
outside author who read neither the parser, its tests nor its development corpus, and who ran
neither on it; sealed and unregistered until then), five replies per person of the company, on
THE ORDINARY WEEK as people really write it, weighted to everyday phrasings: short replies
typed on phones and one-word answers under the quoted items; answers by title in the person's
own language, translated, paraphrased or abbreviated ("Gelbe Seiten: fertig", "Zahlungsalarme:
blockiert", "Portal de partners", "Escritório SP", "Rotacja sekretów", "レッドカーペット",
"渠道伙伴", "Track 3 bien", "the SRE hiring"); status words and idioms in all fifteen languages
("RAS sur 31 et 32, tout roule", "alles im grünen Bereich", "tudo certo", "går enligt plan", "i
fas", "i rute", "yolunda", "iyi gidiyor", "норм", "按计划进行中", "一切顺利", "特に問題なし",
"inga konstigheter", "vamos bien", "avanti tutta", "behind", "kein Problem mehr"); several key
results in one sentence or line ("12 and 13 both fine", "71 en 73 allebei goed", "41 y 43 en
plazo", "61 yolunda, 62 hâlâ sarı", "121 绿，122 红"); managers' paragraphs in English, French
and Dutch, hard-wrapped at 72 and 76 columns so that a colour, a title or a date's month falls
at the start of a line; all-green idioms with an exception named by title, in the same or the
next sentence; abbreviations (p/, pq, b/c, wk, ETA, Tue, KW); scores as 0.8, 0,7, 0,6, 60%,
80%, 6/10 and 8/10, against measures, ratings and fractions that are notes (94%, 4,6, 8/10
assinados, 7 de 10); new dates in local styles (22/01, 15/01, 18.12., 31/1, 18/12, 29 janvier,
8 stycznia, 22 января, 31. januar, 15 Jan 2027, 1月15日) against dates that are no due change
(a lease signature "adiada p/ 20 de jan", a cutover on 12 gennaio, a drill on 14.12, "slipped
to Jan", "verschoben auf KW 3"); done and drop in local and colloquial words ("Lancé mardi",
"lanzado hoy", "concluído ontem", "klaar!", "всё, закрыли", "ゼロ達成！完了", "let's bin this
one", "снимаем с плана", "on abandonne", "lo dejamos"); "unchanged" in words the grammar does
not list ("ingen ændring", "ingen endring") and "as last week" where last week had no answer;
pleasantries, thanks, apologies and remarks about the mail (forwarding because the reply button
failed), sign-offs in every language and an initial as a sign-off, none of them notes.

All 42 clients and all 15 languages; every layout (32 top, 6 bottom, 9 inline under the quoted
items, once with the quote trimmed and once under the item's title line, 3 typed over "Last
week:", 3 forwarded, 7 with the quote deleted); four late answers to week 49 and twelve to the
reminder; UTF-8 in quoted-printable, base64 and 8bit, ISO-8859-1, -2, -9 and -15, windows-1250,
-1251, -1252 (once declared ISO-8859-1) and -1254, KOI8-R, ISO-2022-JP, Shift_JIS, GB2312, GBK,
GB18030 and US-ASCII; format=flowed, hard wrapping at 72 and 76 columns, CRLF, two upper-cased
`+TOKEN`s, two Ccs; signature blocks and disclaimers in twelve languages, all given as `clean=`
fragments that no note may hold.

Phrasing tags as in fresh10: `grammar` for what the README's grammar table documents in any of
its languages, `everyday` for the rest (translated or paraphrased titles, undocumented idioms,
inflected colours, prose without a reference, guesses such as a thumbs-up or "oranje"). 180
answers: 74 `grammar` (50 flags, 16 done, 2 drops, 6 new dates) and 106 `everyday` (79 flags, 8
done, 2 drops, 5 new dates, 8 ambiguous and 4 near-misses); 5 key results are left unanswered.
The ambiguous answers, where nothing may be recorded: a week number instead of a date, "as last
week" when last week had no answer, "delayed" with no colour, a count with no colour, a colour
offered as a question, "a bit behind but nothing dramatic", "honestly not sure yet", and a
manager who declines to give a colour. The near-misses: "ambr", "amarilo", "gaillo", "жолтый"."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
--
Dana Whitfield | COO
Halvard Labs, Kingsway House, London WC2B
"""
DISCLAIMER_EN = """
CONFIDENTIALITY: the contents of this message are private to
Halvard Labs Ltd and its intended recipients. If you are not one
of them, please let us know by return and delete it without
reading further.
"""
SIG_JONAS = """
--
Jonas Becker
Leitung Datenplattform · Halvard Labs GmbH · Berlin
"""
DISCLAIMER_DE = """
Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für
den bezeichneten Adressaten bestimmt. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail.
"""
SIG_AMELIE = """
Amélie Laurent – Directrice Customer Success
Halvard Labs France, 12 rue du Faubourg Poissonnière, Paris
"""
DISCLAIMER_FR = """
Ce message et toutes ses pièces jointes sont établis à l'intention
exclusive de ses destinataires. Toute utilisation non conforme à
leur destination est interdite.
"""
DISCLAIMER_PT = """
AVISO: esta mensagem pode conter informação confidencial. Se você
não for o destinatário, fica proibida a sua divulgação; por favor,
apague-a e avise quem a enviou.
"""
DISCLAIMER_IT = """
Le informazioni contenute in questa e-mail sono riservate. Qualora
l'abbiate ricevuta per errore, vi preghiamo di darne notizia al
mittente e di eliminarla.
"""
DISCLAIMER_TR = """
Bu e-posta gizlidir ve sadece alıcısına yöneliktir. Yanlışlıkla
size ulaştıysa lütfen gönderene haber verin ve silin.
"""
SIG_SANNE = """
--
Sanne de Vries · Head of Mobile
Halvard Labs B.V. · Keizersgracht, Amsterdam
"""
DISCLAIMER_NL = """
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde.
Indien u dit bericht onterecht ontvangt, wordt u verzocht de
inhoud niet te gebruiken en de afzender direct te informeren.
"""
DISCLAIMER_NO = """
Denne meldingen er konfidensiell og kun beregnet på adressaten.
Dersom du har mottatt den ved en feiltakelse, ber vi deg slette
den og varsle avsenderen.
"""
DISCLAIMER_PL = """
Wiadomość ta jest przeznaczona wyłącznie dla wskazanego adresata i
może zawierać informacje poufne. Jeżeli nie jesteś adresatem,
prosimy o jej usunięcie.
"""
DISCLAIMER_RU = """
Информация в этом письме конфиденциальна и предназначена только
для указанного получателя. Если письмо попало к вам случайно,
пожалуйста, удалите его.
"""
SIG_KENJI = """
--
渡辺 健二 (Kenji Watanabe)
Halvard Labs 株式会社　東京オフィス
"""
DISCLAIMER_JA = """
本メールは機密情報を含む場合があります。誤って受信された場合は、
直ちに削除のうえ、送信者までお知らせください。
"""
DISCLAIMER_ZH = """
此邮件及附件可能包含保密信息，仅限收件人使用。如误收此邮件，请立即通知发件人并删除。
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners, #13 Green-light the data platform,
    # #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16 Shipped-features
    # newsletter every month. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh11-dana-gmail_ios-top-allbut",
        "dana",
        "gmail_ios",
        text=(
            "All on track bar the SRE hiring – still behind, second offer goes out Monday.\n"
            "\n"
            "D\n"
            "Sent from my phone, excuse the typos"
        ),
        expect={15: e("red", note="second offer"), "*": e("green")},
        clean=("excuse the typos",),
        tags=("phone", "one-liner", "all-green-except", "exception-by-title", "status-idiom"),
    ),
    Case(
        "fresh11-dana-outlook_desktop-top-paragraph",
        "dana",
        "outlook_desktop",
        text=(
            "Quick one from the airport, so prose rather than the list.\n"
            "\n"
            "Design partners are in good shape: four signed and the fifth is with their "
            "lawyers, countersignature expected next week. The data platform is still amber "
            "while procurement argue about a third quote. Red alerts were 22 this week against "
            "31 the week before, so I'm calling that one yellow now. The newsletter went out on "
            "Tuesday as planned, no issues there. Hiring I'll cover separately on Monday.\n"
            "\n"
            "Dana"
        ),
        sig=SIG_DANA,
        disclaimer=DISCLAIMER_EN,
        wrap=72,
        cc="Amelie Laurent <amelie.laurent@halvard.example>",
        expect={
            12: e("green", note="fifth is with their"),
            13: e("yellow", note="third quote"),
            14: e("yellow", note="22 this week"),
            16: e("green", note="went out on"),
        },
        clean=("Quick one from the airport", "prose rather than the list"),
        tags=(
            "manager-prose",
            "hard-wrap",
            "titles-paraphrased",
            "unanswered",
            "cc",
            "signature",
            "disclaimer",
        ),
    ),
    Case(
        "fresh11-dana-ios_mail-top-reminder-phone",
        "dana",
        "ios_mail",
        form="R50",
        text=(
            "Sorry, been on the road all week!\n"
            "12 and 13 both fine\n"
            "14 yellow (19 this wk)\n"
            "16 Dec issue out Tue, all good\n"
            "hiring pushed to 22/01 b/c of her notice period"
        ),
        expect={
            12: g("green"),
            13: g("green"),
            14: g("yellow", note="19 this wk"),
            16: g("green", note="Dec issue"),
            15: due(E, "2027-01-22"),
        },
        clean=("been on the road",),
        tags=(
            "reminder",
            "phone",
            "numbers-without-hash",
            "two-in-one",
            "abbreviations",
            "title-paraphrased",
            "date-local-style",
        ),
    ),
    Case(
        "fresh11-dana-k9-over-lastweek",
        "dana",
        "k9",
        layout="over",
        text={
            "#12": "Fine, 0.8 – last one is with legal",
            "#13": "ambr still, procurement wants a 3rd quote",
            "#14": "better, not there yet – yellow",
            "#15": "let's bin this one – budget moved to the observability contract",
        },
        expect={
            12: e("green", 0.8, note="with legal"),
            13: near("yellow", note="3rd quote"),
            14: g("yellow", note="not there yet"),
            15: drop(E, "observability contract"),
        },
        tags=(
            "over-last-week",
            "score",
            "near-miss",
            "drop-idiom",
            "unanswered",
            "colour-after-dash",
        ),
    ),
    Case(
        "fresh11-dana-proton-noquote-nothingtoreport",
        "dana",
        "proton",
        layout="noquote",
        flowed=True,
        text=(
            "Hi all,\n"
            "\n"
            "Nothing to report from me this week – everything's running as planned, apart from "
            "the alerts, which are still red (the December release brought a fresh pager "
            "storm).\n"
            "\n"
            "Have a good weekend,\n"
            "Dana"
        ),
        expect={14: e("red", note="pager storm"), "*": e("green")},
        clean=("Have a good weekend",),
        tags=("all-green-except", "exception-by-title", "status-idiom", "flowed", "pleasantry"),
    ),
    # Jonas Becker, Berlin (did not answer week 49): #21 Yellow pages cleanup (overdue), #22
    # Migrate billing to the new ledger, #23 Blocked-payment alerts in under 5 minutes.
    # Week 48: 21 green, 22 yellow, 23 red; nothing for week 49.
    Case(
        "fresh11-jonas-gmx-top-late-gelbeseiten",
        "jonas",
        "gmx",
        form="W49",
        lang="de",
        charset="iso-8859-15",
        text=(
            "Sorry, letzte Woche ist das untergegangen - hier der Nachtrag:\n"
            "\n"
            "Gelbe Seiten: fertig, die letzten Einträge sind bereinigt\n"
            "Ledger-Migration läuft, alles im Plan\n"
            "Zahlungsalarme: blockiert, wir haben immer noch keinen Zugriff auf die Logs\n"
            "\n"
            "Gruß\n"
            "Jonas"
        ),
        expect={
            21: done(E, note="letzten Einträge"),
            22: e("green"),
            23: e("red", note="Zugriff auf die Logs"),
        },
        clean=("Nachtrag", "Gruß"),
        tags=("late-w49", "titles-translated", "colour-word-in-title", "done", "status-idiom"),
    ),
    Case(
        "fresh11-jonas-webde-top-neuertermin",
        "jonas",
        "webde",
        lang="de",
        charset="iso-8859-1",
        crlf=True,
        text=(
            "#21 immer noch nicht ganz fertig, der Rest kommt nächste Woche. Neuer Termin 18.12.\n"
            "#22 gelb, 6/10 - Finance hat das Schema noch nicht freigegeben\n"
            "#23 kein Problem mehr, die Alarme kommen jetzt nach 3 Min. - grün\n"
            "\n"
            "Schönes Wochenende!"
        ),
        sig=SIG_JONAS,
        expect={
            21: due(E, "2026-12-18"),
            22: g("yellow", 0.6, note="Schema"),
            23: g("green", note="3 Min"),
        },
        clean=("Schönes Wochenende",),
        tags=(
            "negated-done",
            "date-local-style",
            "score-fraction",
            "colour-after-dash",
            "crlf",
            "signature",
        ),
    ),
    Case(
        "fresh11-jonas-k9-bottom-reminder-gruenerbereich",
        "jonas",
        "k9",
        form="R50",
        lang="de",
        layout="bottom",
        text=(
            "Alles im grünen Bereich, nur die Ledger-Migration hängt: gelb, Finance braucht "
            "noch bis KW 2.\n"
            "\n"
            "Jonas"
        ),
        expect={22: e("yellow", note="KW 2"), "*": e("green")},
        tags=("reminder", "all-green-idiom", "exception-by-title", "bottom-post", "phone"),
    ),
    Case(
        "fresh11-jonas-outlook_mac-inline-kw3",
        "jonas",
        "outlook_mac",
        lang="de",
        layout="inline",
        text={
            "^": "Antworten wie immer direkt drunter.",
            "#21": "erledigt ✅ seit Mittwoch sind alle Einträge sauber",
            "#22": "verschoben auf KW 3 – die Freigabe von Finance fehlt noch",
            "#23": "läuft, 4 von 5 Alarmtypen schon unter 5 Min. → im Plan",
        },
        expect={
            21: done(G, note="alle Einträge sauber"),
            22: amb(),
            23: g("green", note="Alarmtypen"),
        },
        clean=("Antworten wie immer",),
        tags=("inline", "done", "vague-date", "week-number", "colour-after-arrow"),
    ),
    Case(
        "fresh11-jonas-thunderbird-forward-wieletztewoche",
        "jonas",
        "thunderbird",
        lang="de",
        prose="en",
        layout="forward",
        text=(
            "Forwarding – the reply button in my client ate the address, hope this still "
            "lands.\n"
            "\n"
            "21: wie letzte Woche\n"
            "22 yellow, ledger schema still waiting on finance\n"
            "23 green – p95 is now 3m40s"
        ),
        expect={
            21: amb(),
            22: g("yellow", note="ledger schema"),
            23: g("green", note="p95"),
        },
        clean=("reply button",),
        tags=(
            "forward",
            "unchanged-without-last-week",
            "mixed-language",
            "numbers-without-hash",
            "flowed",
        ),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch the
    # customer forum (overdue). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh11-amelie-orange-top-ras",
        "amelie",
        "orange",
        lang="fr",
        charset="windows-1252",
        mislabel="iso-8859-1",
        text=(
            "Bonjour,\n"
            "\n"
            "RAS sur 31 et 32, tout roule.\n"
            "Le forum : toujours en retard, rouge – la modération n’est toujours pas staffée.\n"
            "\n"
            "Bonne soirée,\n"
            "Amélie"
        ),
        expect={
            31: e("green"),
            32: e("green"),
            33: g("red", note="modération"),
        },
        clean=("Bonne soirée",),
        tags=("ras", "two-in-one", "title-word", "late-then-colour", "mislabelled-charset"),
    ),
    Case(
        "fresh11-amelie-zimbra-bottom-paragraph",
        "amelie",
        "zimbra",
        lang="fr",
        layout="bottom",
        wrap=76,
        text=(
            "Petit point rapide de mon côté, entre deux réunions. L'onboarding clé en main "
            "avance bien, quatorze comptes "
            "accompagnés depuis le début du mois. Le churn est à 2,2 % en novembre : on se "
            "rapproche, mais je le laisse en jaune tant que décembre n'est pas clos. Pour le "
            "forum, on le repousse au 29 janvier, le prestataire de modération ne démarre "
            "qu'en janvier.\n"
            "\n"
            "Amélie"
        ),
        sig=SIG_AMELIE,
        expect={
            31: e("green", note="quatorze comptes"),
            32: e("yellow", note="rapproche"),
            33: due(E, "2027-01-29"),
        },
        clean=("Petit point rapide de mon côté", "entre deux réunions"),
        tags=("manager-prose", "hard-wrap", "titles-paraphrased", "date-in-words", "signature"),
    ),
    Case(
        "fresh11-amelie-apple_mail-top-pouce",
        "amelie",
        "apple_mail",
        lang="fr",
        cte="base64",
        text=(
            "31 👍\n"
            "32 jaune, 2,2 % en novembre\n"
            "33 on abandonne le forum en l’état – on passe par la communauté Slack existante\n"
            "\n"
            "Envoyé de mon iPad"
        ),
        expect={
            31: e("green"),
            32: g("yellow", note="novembre"),
            33: drop(G, "communauté Slack"),
        },
        clean=("Envoyé de mon iPad",),
        tags=("phone", "emoji", "numbers-without-hash", "measure-not-score", "drop"),
    ),
    Case(
        "fresh11-amelie-yahoo-top-reminder-toutvabien",
        "amelie",
        "yahoo",
        form="R50",
        lang="fr",
        to="token-upper",
        text=(
            "Désolée pour le retard ! Tout va bien, sauf le churn qui glisse à 2,5 % : je le "
            "passe en rouge.\n"
            "\n"
            "Amélie"
        ),
        expect={32: g("red"), "*": g("green")},
        clean=("Désolée pour le retard",),
        tags=("reminder", "all-green-except", "exception-by-title", "token-upper"),
    ),
    Case(
        "fresh11-amelie-outlook_web-inline-lance",
        "amelie",
        "outlook_web",
        lang="fr",
        layout="inline",
        text={
            "#31": "En bonne voie, 0,7",
            "#32": "Stable à 2,3 %, toujours jaune",
            "#33": "Lancé mardi ! 🎉 Premier fil ouvert par un client dans l’heure.",
            "$": "Bien à vous,\nAmélie",
        },
        disclaimer=DISCLAIMER_FR,
        expect={
            31: g("green", 0.7),
            32: e("yellow", note="Stable"),
            33: done(G, note="Premier fil"),
        },
        clean=("Bien à vous",),
        tags=("inline", "score-comma", "launched", "still", "disclaimer"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # today, Dec 11), #43 Red team the login flow, #44 Amber rollout for every service.
    # Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh11-lucia-samsung-top-titulos",
        "lucia",
        "samsung",
        lang="es",
        text=(
            "Track 3 bien, 4 días ya\n"
            "Portal de partners: sigue bloqueado por las claves de la API, rojo\n"
            "Red team: terminado, informe enviado el martes\n"
            "Amber: 5 de 12 servicios, amarilo"
        ),
        expect={
            41: e("green", note="4 días"),
            42: e("red", note="claves de la API"),
            43: done(G, note="informe"),
            44: near("yellow", note="5 de 12"),
        },
        tags=(
            "phone",
            "titles-abbreviated",
            "titles-translated",
            "colour-word-in-title",
            "near-miss",
            "done",
        ),
    ),
    Case(
        "fresh11-lucia-gmail_android-top-todoenorden",
        "lucia",
        "gmail_android",
        lang="es",
        text=(
            "Todo en orden salvo el portal (#42), que sigue en rojo. Nueva fecha para el "
            "portal: 15/01."
        ),
        expect={42: due(E, "2027-01-15", flag="red"), "*": g("green")},
        tags=("one-liner", "all-green-except", "flag-and-date", "date-local-style"),
    ),
    Case(
        "fresh11-lucia-yahoo_android-top-reminder-lanzado",
        "lucia",
        "yahoo_android",
        form="R50",
        lang="en",
        prose="es",
        charset="iso-8859-1",
        text="Perdón, se me pasó. 41 y 43 en plazo, 42 lanzado hoy por fin!!",
        expect={41: e("green"), 43: e("green"), 42: done(G)},
        clean=("se me pasó",),
        tags=("reminder", "phone", "several-in-one-line", "launched", "unanswered"),
    ),
    Case(
        "fresh11-lucia-outlook_mobile-inline-retrasado",
        "lucia",
        "outlook_mobile",
        lang="es",
        layout="inline",
        text={
            "#41": "4 días, vamos bien",
            "#42": "Retrasado. Las claves llegaron ayer, calculamos salir la semana que viene",
            "#43": "ok",
            "#44": "lo dejamos – el equipo de plataforma lo asume en Q1",
            "$": "Saludos,\nLucía",
        },
        expect={
            41: e("green", note="4 días"),
            42: amb(),
            43: g("green"),
            44: drop(G, "plataforma"),
        },
        clean=("Saludos",),
        tags=("inline", "delayed-without-colour", "one-word", "drop", "status-idiom"),
    ),
    Case(
        "fresh11-lucia-spark-noquote-eta",
        "lucia",
        "spark",
        prose="en",
        layout="noquote",
        text=(
            "Hi Amélie, quick status from the train:\n"
            "\n"
            "- track 3: 4 days, on schedule\n"
            "- partner portal: still red, keys arrived but QA found 2 blockers. ETA 18/12\n"
            "- red team: done ✅\n"
            "- amber rollout: 60%, slipping a bit – amber\n"
            "\n"
            "Un abrazo,\n"
            "Lucía"
        ),
        expect={
            41: e("green", note="4 days"),
            42: due(E, "2026-12-18", flag="red"),
            43: done(G),
            44: e("yellow", 0.6, note="slipping"),
        },
        clean=("quick status from the train", "Un abrazo"),
        tags=(
            "list",
            "mixed-language",
            "eta",
            "score-percent",
            "colour-word-in-title",
            "titles-abbreviated",
        ),
    ),
    # Mariana Costa, São Paulo (did not answer week 49): #51 Open the São Paulo office, #52 10
    # reseller agreements signed, #53 Portuguese help centre complete (overdue).
    # Week 48: 51 yellow, 52 green, 53 yellow; nothing for week 49.
    Case(
        "fresh11-mariana-uol-top-late-tudocerto",
        "mariana",
        "uol",
        form="W49",
        lang="pt",
        crlf=True,
        text=(
            "Oi, desculpa o atraso, segue a semana passada:\n"
            "\n"
            "Escritório SP: contrato de locação assinado, tudo certo\n"
            "Revendedores: 7 de 10, no prazo\n"
            "Central de ajuda: 95 de 120 artigos traduzidos, em risco\n"
            "\n"
            "Abraços,\n"
            "Mariana"
        ),
        disclaimer=DISCLAIMER_PT,
        expect={
            51: e("green", note="locação"),
            52: e("green", note="7 de 10"),
            53: e("yellow", note="95 de 120"),
        },
        clean=("desculpa o atraso", "Abraços"),
        tags=("late-w49", "titles-translated", "status-idiom", "crlf", "disclaimer"),
    ),
    Case(
        "fresh11-mariana-ios_mail-top-concluido",
        "mariana",
        "ios_mail",
        lang="pt",
        text=("51 tá andando bem\n52 8/10 assinados, verde\n53 concluído ontem 🎉"),
        expect={
            51: e("green"),
            52: e("green", note="assinados"),
            53: done(G),
        },
        tags=("phone", "one-liners", "numbers-without-hash", "fraction-in-note", "done"),
    ),
    Case(
        "fresh11-mariana-gmail_web-forward-adiada",
        "mariana",
        "gmail_web",
        lang="pt",
        layout="forward",
        text=(
            "Encaminhando pq o celular não deixou responder direto.\n"
            "\n"
            "#51 amarelo – o proprietário pediu mais uma garantia, assinatura adiada p/ 20 de jan\n"
            "#52 tudo certo, 8 assinados\n"
            "#53 sem novidades, ainda amarelo – faltam 20 artigos"
        ),
        expect={
            51: g("yellow", note="garantia"),
            52: e("green", note="8 assinados"),
            53: e("yellow", note="faltam 20"),
        },
        clean=("Encaminhando",),
        tags=("forward", "date-in-note-not-due", "abbreviations", "still"),
    ),
    Case(
        "fresh11-mariana-samsung-top-reminder-travou",
        "mariana",
        "samsung",
        form="R50",
        lang="pt",
        text=(
            "Tudo bem por aqui, só o escritório que travou: o proprietário sumiu de novo. "
            "Vermelho.\n"
            "\n"
            "Bjs"
        ),
        expect={51: e("red", note="proprietário"), "*": e("green")},
        clean=("Bjs",),
        tags=("reminder", "all-green-except", "exception-by-title", "titles-translated"),
    ),
    Case(
        "fresh11-mariana-hey-noquote-resumo",
        "mariana",
        "hey",
        prose="pt",
        layout="noquote",
        text=(
            "Oi Amélie,\n"
            "\n"
            "Resumo da semana: escritório de SP no prazo; revendas em 9 de 10, falta só a de "
            "Curitiba; central de ajuda entregue na terça, 120/120 artigos.\n"
            "\n"
            "Bom fim de semana!"
        ),
        expect={51: e("green"), 52: amb(), 53: done(E, note="120/120")},
        clean=("Bom fim de semana",),
        tags=("prose", "semicolons", "no-colour", "done", "titles-translated"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh11-giulia-libero-top-tuttook",
        "giulia",
        "libero",
        lang="it",
        text=(
            "Ciao Jonas,\n"
            "\n"
            "cluster: tutto ok, migrazione a buon punto\n"
            "deploy: 94% senza rollback, ancora gaillo\n"
            "\n"
            "Un saluto,\n"
            "Giulia"
        ),
        disclaimer=DISCLAIMER_IT,
        expect={61: e("green", note="buon punto"), 62: near("yellow", note="94%")},
        clean=("Un saluto",),
        tags=("titles-abbreviated", "near-miss", "measure-not-score", "disclaimer"),
    ),
    Case(
        "fresh11-giulia-roundcube-bottom-neitempi",
        "giulia",
        "roundcube",
        lang="it",
        layout="bottom",
        text=(
            "Migrazione Istanbul: nei tempi, cutover confermato per il 12 gennaio.\n"
            "Deploy senza rollback: 96% a novembre, finalmente verde!\n"
            "\n"
            "Buon weekend"
        ),
        expect={61: e("green", note="cutover"), 62: e("green", note="96%")},
        clean=("Buon weekend",),
        tags=("bottom-post", "titles-translated", "date-in-note-not-due", "flowed"),
    ),
    Case(
        "fresh11-giulia-outlook_plain-top-yolunda",
        "giulia",
        "outlook_plain",
        lang="tr",
        charset="iso-8859-9",
        cte="8bit",
        text=("Merhaba,\n\n61 yolunda, 62 hâlâ sarı (%94).\n\nİyi çalışmalar,\nGiulia"),
        disclaimer=DISCLAIMER_TR,
        expect={61: g("green"), 62: g("yellow", note="%94")},
        clean=("İyi çalışmalar",),
        tags=("several-in-one-line", "numbers-without-hash", "still", "disclaimer"),
    ),
    Case(
        "fresh11-giulia-gmail_android-top-reminder-kotu",
        "giulia",
        "gmail_android",
        form="R50",
        lang="tr",
        charset="windows-1254",
        text=(
            "Kusura bakmayın, geç kaldım. İstanbul taşıması iyi gidiyor. Deploy tarafı kötü: "
            "bu hafta iki rollback daha, kırmızı."
        ),
        expect={61: e("green"), 62: e("red", note="iki rollback")},
        clean=("Kusura bakmayın",),
        tags=("reminder", "prose", "titles-translated", "one-line"),
    ),
    Case(
        "fresh11-giulia-fastmail-inline-dipende",
        "giulia",
        "fastmail",
        prose="it",
        layout="inline",
        text={
            "#61": "Avanti tutta, 8/10",
            "#62": "Rosso? Giallo? Dipende da come va il rilascio di lunedì, vi aggiorno allora.",
            "$": "G.",
        },
        expect={61: e("green", 0.8), 62: amb()},
        tags=("inline", "score-fraction", "idiom", "question", "ambiguous", "initial-sign-off"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0, #72 App store rating above 4.5,
    # #73 Behind-the-login analytics dashboard. Last week: 71 yellow, 72 green, 73 green.
    Case(
        "fresh11-sanne-outlook_desktop-top-paragraph",
        "sanne",
        "outlook_desktop",
        lang="nl",
        wrap=76,
        cc="Dana Whitfield <dana@halvard.example>",
        text=(
            "Hoi Dana, even kort van mijn kant. De app 2.0 is dinsdag de store in gegaan, dus "
            "die kunnen we afsluiten. De rating staat op 4,6 en dat ziet er goed uit. Het "
            "dashboard loopt iets achter omdat we eerst de app af wilden hebben; ik zet hem op "
            "geel, inhalen lukt in januari.\n"
            "\n"
            "Groeten,\n"
            "Sanne"
        ),
        sig=SIG_SANNE,
        disclaimer=DISCLAIMER_NL,
        expect={
            71: done(E),
            72: e("green", note="4,6"),
            73: e("yellow", note="inhalen"),
        },
        clean=("even kort van mijn kant", "Groeten"),
        tags=(
            "manager-prose",
            "hard-wrap",
            "done-in-prose",
            "titles-paraphrased",
            "cc",
            "signature",
            "disclaimer",
        ),
    ),
    Case(
        "fresh11-sanne-roundcube-over-prima",
        "sanne",
        "roundcube",
        lang="nl",
        layout="over",
        text={
            "#71": "klaar! live sinds woensdag",
            "#72": "4,6 – prima",
            "#73": "op schema",
        },
        expect={
            71: done(G, note="live sinds woensdag"),
            72: g("green", note="4,6"),
            73: g("green"),
        },
        tags=("over-last-week", "one-word", "rating-not-score", "done"),
    ),
    Case(
        "fresh11-sanne-thunderbird_html-top-reminder-oranje",
        "sanne",
        "thunderbird_html",
        form="R50",
        lang="nl",
        text=(
            "Sorry, vergeten. 71 en 73 allebei goed, 72 is gezakt naar 4,3 door een "
            "crash-bug: oranje."
        ),
        expect={71: g("green"), 73: g("green"), 72: e("yellow", note="crash-bug")},
        clean=("Sorry, vergeten",),
        tags=("reminder", "several-in-one-line", "two-in-one", "orange-as-amber"),
    ),
    Case(
        "fresh11-sanne-samsung-inline-dusgeel",
        "sanne",
        "samsung",
        lang="nl",
        layout="inline",
        text={
            "#71": "Afgerond 🎉",
            "#72": "Boven de 4,5, dus groen",
            "#73": "vertraagd, dus geel – eerst de app",
            "$": "Groetjes,\nSanne",
        },
        expect={
            71: done(G),
            72: g("green", note="Boven de 4,5"),
            73: g("yellow", note="eerst de app"),
        },
        clean=("Groetjes",),
        tags=("inline", "so-colour", "delayed-then-colour", "done", "phone"),
    ),
    Case(
        "fresh11-sanne-yahoo-noquote-nothingdramatic",
        "sanne",
        "yahoo",
        prose="en",
        layout="noquote",
        text=(
            "All fine here. App 2.0 went out to both stores on Tuesday, the rating's holding "
            "at 4.6, and the dashboard is a bit behind but nothing dramatic.\n"
            "\n"
            "Fijn weekend!\n"
            "Sanne"
        ),
        expect={71: done(E), 72: e("green"), 73: amb()},
        clean=("Fijn weekend",),
        tags=("prose", "done-in-prose", "hedge", "mixed-language", "one-line"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout, #82 Greenfield pricing
    # experiment. Last week: 81 green, 82 green.
    Case(
        "fresh11-erik-thunderbird-top-enligtplan",
        "erik",
        "thunderbird",
        lang="sv",
        text=(
            "Hej!\n"
            "\n"
            "Swish & Vipps: går enligt plan, båda i test.\n"
            "Prisexperimentet: lite efter, gult.\n"
            "\n"
            "Ha en bra helg!\n"
            "/Erik"
        ),
        expect={81: e("green", note="båda i test"), 82: e("yellow")},
        clean=("Ha en bra helg",),
        tags=("titles-translated", "inflected-colour", "status-idiom", "flowed"),
    ),
    Case(
        "fresh11-erik-mutt-bottom-klart",
        "erik",
        "mutt",
        lang="en",
        prose="sv",
        layout="bottom",
        crlf=True,
        text="81 klart, Vipps gick live i tisdags\n82 i fas, första kohorten är ute\n\n/E",
        expect={81: done(G, note="Vipps gick live"), 82: g("green", note="kohorten")},
        tags=("bottom-post", "numbers-without-hash", "done", "crlf"),
    ),
    Case(
        "fresh11-erik-apple_mail-top-reminder-allt-bra",
        "erik",
        "apple_mail",
        form="R50",
        lang="sv",
        text="Allt bra, inga konstigheter. Trevlig helg!",
        expect={"*": e("green")},
        clean=("Trevlig helg",),
        tags=("reminder", "one-liner", "all-green-idiom", "pleasantry"),
    ),
    Case(
        "fresh11-erik-outlook_web-inline-flyttad",
        "erik",
        "outlook_web",
        lang="sv",
        layout="inline",
        trim_quote=True,
        text={
            "#81": "gul 0,6 – Swish live, Vipps väntar på certifikat",
            "#82": "flyttad till 31/1, finance vill ha en kvartalssiffra först",
        },
        expect={
            81: g("yellow", 0.6, note="certifikat"),
            82: due(G, "2027-01-31"),
        },
        tags=("inline", "trimmed-quote", "score-comma", "date-local-style"),
    ),
    Case(
        "fresh11-erik-em_client-noquote-notsure",
        "erik",
        "em_client",
        layout="noquote",
        flowed=True,
        text=(
            "Checkout: on track, the Vipps cert landed yesterday.\n"
            "Pricing test – honestly not sure yet, first numbers on Monday.\n"
            "\n"
            "Erik"
        ),
        expect={81: g("green", note="Vipps cert"), 82: amb()},
        tags=("title-words", "not-sure", "ambiguous", "flowed"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook, #92 Renew the Telenor contract
    # (overdue), #93 Partner NPS above 40. Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh11-mette-gmail_ios-top-ingenaendring",
        "mette",
        "gmail_ios",
        lang="da",
        text=(
            "91 kører, salg har godkendt den korte version – grøn\n"
            "92 Telenor stadig rød, juristerne svarer ikke\n"
            "93 ingen ændring\n"
            "\n"
            "Mvh Mette"
        ),
        expect={
            91: g("green", note="korte version"),
            92: g("red", note="juristerne"),
            93: e("green"),
        },
        clean=("Mvh Mette",),
        tags=("phone", "numbers-without-hash", "unchanged-other-words", "colour-after-dash"),
    ),
    Case(
        "fresh11-mette-outlook_mobile-top-irute",
        "mette",
        "outlook_mobile",
        prose="no",
        text=(
            "Playbooken er i rute. Telenor: ny kontrakt signert i går, så den er ferdig. NPS 41 "
            "i siste måling 👌"
        ),
        disclaimer=DISCLAIMER_NO,
        expect={
            91: g("green"),
            92: done(G, note="ny kontrakt"),
            93: e("green", note="siste måling"),
        },
        tags=("one-line", "prose", "title-words", "emoji", "done", "disclaimer"),
    ),
    Case(
        "fresh11-mette-alpine-bottom-newdate",
        "mette",
        "alpine",
        prose="en",
        layout="bottom",
        text=(
            "Quick one:\n"
            "- playbook: done, sales signed it off on Tuesday\n"
            "- Telenor: bridge extended, new date 15 Jan 2027\n"
            "\n"
            "Mette"
        ),
        expect={
            91: done(G, note="sales signed it off"),
            92: due(G, "2027-01-15"),
        },
        tags=("list", "title-words", "done", "unanswered", "bottom-post"),
    ),
    Case(
        "fresh11-mette-evolution-over-skyver",
        "mette",
        "evolution",
        prose="no",
        layout="over",
        text={
            "#91": "gul fortsatt, salg vil ha en kortere versjon",
            "#92": "skyver vi til 31. januar – de trenger en ny juridisk runde",
            "#93": "ingen endring",
            "$": "Ha en fin helg\nMette",
        },
        expect={
            91: g("yellow", note="kortere versjon"),
            92: due(G, "2027-01-31"),
            93: e("green"),
        },
        clean=("Ha en fin helg",),
        tags=("over-last-week", "date-in-words", "unchanged-other-words", "still"),
    ),
    Case(
        "fresh11-mette-mutt_star-top-reminder-undtagen",
        "mette",
        "mutt_star",
        form="R50",
        prose="da",
        text="Alt kører – ingen problemer her. Undtagen Telenor, der er stadig rød.\n\n/M",
        expect={92: e("red"), "*": e("green")},
        tags=("reminder", "all-green-idiom", "exception-next-sentence", "exception-by-title"),
    ),
    # Olga Kowalczyk, Warsaw (did not answer week 49): #101 Complete the SOC 2 audit, #102
    # Rotate all production secrets (due Dec 10), #103 Phishing drill for all staff.
    # Week 48: 101 yellow, 102 green, 103 green; nothing for week 49.
    Case(
        "fresh11-olga-wp_pl-top-late-zgodnie",
        "olga",
        "wp_pl",
        form="W49",
        lang="pl",
        text=(
            "Dzień dobry, z opóźnieniem za zeszły tydzień:\n"
            "\n"
            "SOC 2 - zgodnie z planem, audytor dostał brakujące dowody\n"
            "Rotacja sekretów - 80%, na dobrej drodze\n"
            "Ćwiczenia phishingowe - zaplanowane na 14.12, bez problemów\n"
            "\n"
            "Pozdrawiam,\n"
            "Olga"
        ),
        disclaimer=DISCLAIMER_PL,
        expect={
            101: g("green", note="brakujące dowody"),
            102: e("green", 0.8),
            103: e("green", note="14.12"),
        },
        clean=("z opóźnieniem", "Pozdrawiam"),
        tags=("late-w49", "titles-translated", "score-percent", "disclaimer"),
    ),
    Case(
        "fresh11-olga-the_bat-bottom-bezzmian",
        "olga",
        "the_bat",
        lang="pl",
        layout="bottom",
        charset="windows-1250",
        text=(
            "101 bez zmian, nadal żółty – audytor czeka na logi\n"
            "102 gotowe, wszystkie sekrety zrotowane we wtorek\n"
            "103 przesunięte na 8 stycznia – za dużo urlopów w grudniu\n"
            "\n"
            "Pozdrawiam\n"
            "Olga"
        ),
        expect={
            101: g("yellow", note="logi"),
            102: done(G, note="zrotowane"),
            103: due(G, "2027-01-08"),
        },
        clean=("Pozdrawiam",),
        tags=("bottom-post", "numbers-without-hash", "still", "done", "date-in-words"),
    ),
    Case(
        "fresh11-olga-the_bat-top-reminder-snimaem",
        "olga",
        "the_bat",
        form="R50",
        lang="ru",
        text=(
            "Здравствуйте! Аудит SOC 2 идёт по плану, ротация секретов завершена, учения по "
            "фишингу снимаем с плана: половина офиса в отпуске.\n"
            "\n"
            "С уважением,\n"
            "Ольга"
        ),
        disclaimer=DISCLAIMER_RU,
        expect={
            101: e("green"),
            102: done(E),
            103: drop(E, "в отпуске"),
        },
        clean=("С уважением",),
        tags=("reminder", "several-in-one-sentence", "titles-translated", "drop", "disclaimer"),
    ),
    Case(
        "fresh11-olga-yandex-inline-norm",
        "olga",
        "yandex",
        lang="ru",
        layout="inline",
        charset="koi8-r",
        text={
            "#101": "норм, аудитор доволен",
            "#102": "всё, закрыли",
            "#103": "переносим на 22 января",
        },
        expect={
            101: e("green", note="аудитор доволен"),
            102: done(E),
            103: due(G, "2027-01-22"),
        },
        tags=("inline", "slang", "done-in-other-words", "date-in-words"),
    ),
    Case(
        "fresh11-olga-mailru-noquote-mixed",
        "olga",
        "mailru",
        lang="ru",
        prose="en",
        layout="noquote",
        text=(
            "Hi Jonas, short update:\n"
            "SOC2 — жолтый, аудитор опять просит доп. доказательства\n"
            "secrets rotation - done\n"
            "phishing drill: done, all staff went through it on Tuesday, 92% passed"
        ),
        expect={
            101: near("yellow", note="доказательства"),
            102: done(G),
            103: done(G, note="92% passed"),
        },
        tags=("mixed-language", "near-miss", "title-words", "abbreviations", "done"),
    ),
    # Kenji Watanabe, Tokyo (did not answer week 49): #111 Localise the product into Japanese,
    # #112 Sign 3 launch customers in Japan, #113 Stop-ship bugs to zero (due Dec 12), #114
    # Red-carpet onboarding for launch partners. Week 48: 111 green, 112 yellow, 113 red,
    # 114 green; nothing for week 49.
    Case(
        "fresh11-kenji-becky-top-late-junchou",
        "kenji",
        "becky",
        form="W49",
        lang="ja",
        text=(
            "先週分、遅れてすみません。\n"
            "\n"
            "#111 順調です（翻訳 90%）\n"
            "#112 要注意、2社目の契約が年明けにずれそう\n"
            "#113 残り5件、赤\n"
            "#114 予定通り\n"
            "\n"
            "渡辺"
        ),
        expect={
            111: g("green", note="翻訳"),
            112: g("yellow", note="2社目"),
            113: e("red", note="残り5件"),
            114: g("green"),
        },
        clean=("遅れてすみません",),
        tags=("late-w49", "status-idiom", "colour-after-comma", "cjk-name"),
    ),
    Case(
        "fresh11-kenji-gmail_web-top-katakana",
        "kenji",
        "gmail_web",
        lang="ja",
        charset="shift_jis",
        text=(
            "顧客：1社契約済み、あと2社。黄色\nバグ：ゼロ達成！完了\nレッドカーペット：特に問題なし"
        ),
        expect={
            112: e("yellow", note="1社契約済み"),
            113: done(E),
            114: e("green"),
        },
        tags=("phone", "titles-translated", "colour-word-in-title", "unanswered"),
    ),
    Case(
        "fresh11-kenji-outlook_desktop-top-paragraph",
        "kenji",
        "outlook_desktop",
        lang="ja",
        prose="en",
        wrap=72,
        text=(
            "Dana, a short summary instead of line items this week. Localisation is basically "
            "there, 94% of strings done and the glossary signed off, so green. Launch "
            "customers: still one signed and two in talks, yellow. Stop-ship bugs hit zero on "
            "Wednesday, so that one is done. The red-carpet programme is on hold until the "
            "launch date is fixed; I'd rather not put a colour on it today.\n"
            "\n"
            "Kenji"
        ),
        sig=SIG_KENJI,
        disclaimer=DISCLAIMER_JA,
        expect={
            111: e("green", note="glossary"),
            112: e("yellow", note="two in talks"),
            113: done(G, note="hit zero"),
            114: amb(),
        },
        clean=("a short summary instead of line items",),
        tags=(
            "manager-prose",
            "hard-wrap",
            "so-colour",
            "no-colour",
            "colour-word-in-title",
            "signature",
            "disclaimer",
        ),
    ),
    Case(
        "fresh11-kenji-blackberry-top-reminder-allgreen",
        "kenji",
        "blackberry",
        form="R50",
        text=(
            "Thanks for the reminder!\n"
            "All green except launch customers – yellow, 2nd contract slipped to Jan."
        ),
        expect={112: g("yellow", note="2nd contract"), "*": g("green")},
        clean=("Thanks for the reminder",),
        tags=("reminder", "all-green-except", "exception-by-title", "vague-date-in-note"),
    ),
    Case(
        "fresh11-kenji-lotus_notes-inline-oneword",
        "kenji",
        "lotus_notes",
        prose="ja",
        layout="inline",
        text={
            "#111": "緑",
            "#112": "黄色（2社交渉中）",
            "#113": "ゼロ件、完了しました",
            "#114": "問題なし",
        },
        expect={
            111: g("green"),
            112: g("yellow", note="交渉中"),
            113: done(G),
            114: g("green"),
        },
        tags=("inline", "one-word", "done"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue). Last week: 121 green, 122 red.
    Case(
        "fresh11-wei-foxmail-top-yiqieshunli",
        "wei",
        "foxmail",
        lang="zh",
        text="渠道伙伴：第三家下周上线，一切顺利\nICP：还在审核，红色\n\n张伟",
        disclaimer=DISCLAIMER_ZH,
        expect={121: e("green", note="第三家"), 122: e("red", note="审核")},
        clean=("张伟",),
        tags=("titles-translated", "acronym-title", "cjk-name", "disclaimer"),
    ),
    Case(
        "fresh11-wei-netease-top-reminder-ba",
        "wei",
        "netease",
        form="R50",
        lang="zh",
        to="token-upper",
        text="不好意思晚了。121 正常，122 有进展，材料已补齐，等批复，黄色吧。",
        expect={121: g("green"), 122: e("yellow", note="材料已补齐")},
        clean=("不好意思晚了",),
        tags=("reminder", "several-in-one-line", "numbers-without-hash", "token-upper"),
    ),
    Case(
        "fresh11-wei-superhuman-noquote-approved",
        "wei",
        "superhuman",
        layout="noquote",
        text=(
            "Kenji – quick one from my phone. Partners: 2 live, the 3rd goes live next wk, on "
            "track. ICP: approved today!! Finally done."
        ),
        expect={121: e("green", note="3rd goes live"), 122: done(E)},
        clean=("quick one from my phone",),
        tags=("phone", "abbreviations", "one-line", "done", "title-words"),
    ),
    Case(
        "fresh11-wei-gmail_android-inline-yanqi",
        "wei",
        "gmail_android",
        lang="zh",
        layout="inline",
        inline_at="title",
        charset="gb2312",
        text={
            "#121": "按计划进行中",
            "#122": "延期到1月15日，材料被退回一次",
        },
        expect={121: g("green"), 122: due(G, "2027-01-15")},
        tags=("inline-under-title", "date-in-words", "status-idiom"),
    ),
    Case(
        "fresh11-wei-apple_mail-forward-laoyangzi",
        "wei",
        "apple_mail",
        lang="zh",
        layout="forward",
        text="转发一下，回复按钮好像不好用。\n两个都还是老样子：121 绿，122 红。",
        expect={121: e("green"), 122: e("red")},
        clean=("回复按钮",),
        tags=("forward", "single-character-colours", "several-in-one-line"),
    ),
]
