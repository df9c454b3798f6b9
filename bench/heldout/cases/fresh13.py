"""A thirteenth batch (written on 2026-12-07 for measurement once, at the end of a round, by an
outside author who read neither the parser, its tests nor its development corpus, and who ran
neither on it; sealed and unregistered until then), five replies per person of the company, on
PEOPLE WRITING IN THEIR OWN LANGUAGE AND THEIR OWN WORDS: status idioms and colloquialisms
("ticking along nicely", "passt soweit", "hängt fest", "wackelt", "ça roule", "on est dans les
clous", "c'est mal barré", "tranquilo", "va como un tiro", "vamos justitos", "de boa", "tá no
caminho certo", "deu ruim", "procede spedito", "siamo messi male", "tıkırında", "biraz
sıkıntılı", "loopt lekker", "zit wel snor", "på rätt spår", "det knakar", "kører derudad",
"står i stampe", "ligger bra til", "i faresonen", "idzie jak z płatka", "stoi w miejscu",
"норм", "есть риски", "いい感じです", "黄信号", "止まっています", "进展顺利", "卡住了",
"有点悬"), key results named by their titles translated or paraphrased ("Portal de partners",
"Escritório SP", "Revendas", "Rotacja sekretów", "日本語化", "導入顧客", "分销伙伴",
"prisexperimentet"), English and the person's language mixed in one reply, local date styles
for new due dates ("31.03.2027", "15/01/2027", "15 janvier", "1 de março", "12 januari", "на 20
января", "12月22日", "2027年2月28日"), decimal commas ("2,1 %", "95,5%", "4,6"), done and drop
in local words and idioms ("ist durch", "c'est bouclé", "concluída", "klart", "i boks",
"avklart", "zrobione", "закрыли", "搞定了", "in the bag"; "on laisse tomber", "vi lägger ner",
"отменили", "見送り", "不做了", "binning"), a "lo dejamos para enero" that is a new date and no
drop, dates inside notes that are no new due date, ratings that are no score, sign-offs, names,
signatures and disclaimers in their languages and pleasantries that are no notes. Ten honest
ambiguities ("touch and go", "so lala", "c'est chaud", "sem alterações" with no flag last week,
"boh", "loopt wat achter", "сделано наполовину", "w miarę", "ちょっと厳しいかも", "不好说") and
four near-miss spellings ("amarilo", "vermlho", "gialo", "czerowny").

All 42 clients and all 15 languages; 23 top, 11 bottom, 11 inline under the quoted items, 3
typed over "Last week:", 3 forwarded, 9 with the quote deleted; 4 late answers to week 49 and
10 to the reminder; 50 of the 60 replies written mostly in a language other than English. UTF-8
in quoted-printable, base64 and 8bit, ISO-8859-1, -2 and -9, windows-1250, -1251 and -1252,
KOI8-R, ISO-2022-JP, Shift_JIS, GB2312, GBK, GB18030 and UTF-8 declared ISO-8859-1;
format=flowed, hard wrapping at 72 and 76 columns, CRLF, two upper-cased `+TOKEN`s, two Ccs.

Phrasing tags as in fresh10: `grammar` for what the README's grammar table documents in any of
its languages, `everyday` for the rest (undocumented idioms, inflected colours, translated
titles, prose). 173 answers: 57 `grammar` (36 flags, 13 done, 0 drops, 8 new dates) and 116
`everyday` (80 flags, 12 done, 6 drops, 4 new dates, 10 ambiguous and 4 near-misses); 12 key
results are left unanswered."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
Dana Whitfield
COO · Halvard Labs · London
"""
DISCLAIMER_EN = """
This message is intended only for the named recipient and may contain confidential
material. If you are not that person, please delete it and let the sender know.
"""
SIG_JONAS = """
--
Jonas Becker
Teamleiter Datenplattform | Halvard Labs GmbH
"""
DISCLAIMER_DE = """
Diese E-Mail enthält vertrauliche Informationen und ist nur für den genannten
Empfänger bestimmt. Wenn Sie sie irrtümlich erhalten haben, löschen Sie sie bitte.
"""
SIG_AMELIE = """
Amélie Laurent
Directrice Succès Client – Halvard Labs Paris
"""
DISCLAIMER_FR = """
Ce message et ses éventuelles pièces jointes sont confidentiels. Si vous n'en êtes pas
le destinataire, merci de le détruire et d'en informer l'expéditeur.
"""
SIG_LUCIA = """
Lucía Fernández
Responsable de Entregas · Halvard Labs Madrid
"""
SIG_GIULIA = """
Giulia Rossi
SRE Lead · Halvard Labs İstanbul
"""
DISCLAIMER_IT = """
Le informazioni contenute in questo messaggio sono riservate. Se non siete i destinatari,
vi preghiamo di cancellarlo e di avvisare il mittente.
"""
SIG_SANNE = """
Sanne de Vries
Teamlead Mobile – Halvard Labs Amsterdam
"""
DISCLAIMER_NL = """
Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing
ontvangen, verwijder het dan en laat het de afzender weten.
"""
DISCLAIMER_PL = """
Ta wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie jesteś
adresatem, usuń ją i poinformuj nadawcę.
"""
SIG_OLGA_RU = """
Ольга Ковальчик
Руководитель направления ИБ, Halvard Labs
"""
SIG_KENJI = """
渡辺 健二
Halvard Labs 株式会社 日本事業責任者
"""
DISCLAIMER_JA = """
本メールは機密情報を含む場合があります。誤って受信された場合は、
送信者にご連絡のうえ削除してください。
"""
DISCLAIMER_ZH = """
此邮件及其附件仅供收件人使用，可能含有保密信息。如误收，请通知发件人并删除。
"""

CASES = [
    # Dana Whitfield, London (English only): #12 Sign 5 design partners (due Dec 18), #13
    # Green-light the data platform, #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue),
    # #16 Shipped-features newsletter. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh13-dana-gmail_web-top-britishisms",
        "dana",
        "gmail_web",
        lang="en-gb",
        text=(
            "Morning all,\n"
            "\n"
            "#12 ticking along nicely – Kestrel's lawyers are happy, signature pencilled in for "
            "the 16th\n"
            "#13 a bit wobbly, the vendor wants to reopen the SLA\n"
            "#14 still in the red, 27 alerts this week\n"
            "#15 new date 22 Jan – the second SRE starts after her notice period\n"
            "#16 no dramas, the December issue went out on Tuesday\n"
            "\n"
            "Cheers,\n"
            "Dana"
        ),
        expect={
            12: e("green", note="pencilled in"),
            13: e("yellow", note="reopen the SLA"),
            14: e("red", note="27 alerts"),
            15: due(G, "2027-01-22"),
            16: e("green", note="December issue", not_in=("December draft done",)),
        },
        clean=("Morning all", "Cheers,", "Dana"),
        tags=("idiom-en", "date-moved", "greeting", "signoff"),
    ),
    Case(
        "fresh13-dana-superhuman-noquote-inthebag",
        "dana",
        "superhuman",
        form="R50",
        layout="noquote",
        text=(
            "Oops, this slipped. Partners: in the bag – Kestrel countersigned this morning, "
            "that's five.\n"
            "Data platform still amber, legal is chewing on the DPA.\n"
            "Alerts: 19 this week, on course for the halving.\n"
            "\n"
            "– Dana"
        ),
        expect={
            12: done(E, note="Kestrel"),
            13: g("yellow", note="DPA"),
            14: e("green", note="19 this week"),
        },
        clean=("Oops, this slipped", "– Dana"),
        tags=("reminder", "title-words", "done-idiom", "idiom-en", "partial-answer"),
    ),
    Case(
        "fresh13-dana-hey-bottom-binning",
        "dana",
        "hey",
        layout="bottom",
        text=(
            "#14 red, no two ways about it – the Black Friday pager storm undid November's gains\n"
            "#15 we're binning the second SRE req – budget moved to the observability contract\n"
            "#12 all good\n"
            "#13 touch and go whether legal signs before Christmas\n"
            "\n"
            "Thanks, and have a lovely weekend\n"
            "Dana"
        ),
        expect={
            14: g("red", note="pager storm"),
            15: drop(E, "observability contract"),
            12: g("green", not_in=("4 of 5 signed",)),
            13: amb(),
        },
        clean=("have a lovely weekend", "Dana"),
        tags=("bottom-post", "drop-idiom", "ambiguous", "pleasantry", "partial-answer"),
    ),
    Case(
        "fresh13-dana-outlook_desktop-inline-swimmingly",
        "dana",
        "outlook_desktop",
        layout="inline",
        cc="jonas.becker@halvard.example",
        text={
            "^": "Replies under each item below.",
            "#14": "Struggling – 24 alerts, still miles off half. Red.",
            "#15": "Finally done – the second SRE signed yesterday and starts on 4 January.",
            "#16": "Out the door on Tuesday as usual, January's in the works.",
            "#12": "Green. Four signed, Kestrel's countersignature due Monday.",
            "#13": "Going swimmingly now – the vendor accepted our DPA redlines.",
        },
        sig=SIG_DANA,
        disclaimer=DISCLAIMER_EN,
        expect={
            14: g("red", note="24 alerts", not_in=("still 30+ red alerts a week",)),
            15: done(G, note="4 January"),
            16: e("green", note="as usual", not_in=("December draft done",)),
            12: g("green", note="Kestrel", not_in=("4 of 5 signed",)),
            13: e("green", note="DPA redlines", not_in=("vendor shortlist done",)),
        },
        clean=("Replies under each item",),
        tags=("inline", "cc", "signature", "disclaimer", "idiom-en", "sentence-concludes"),
    ),
    Case(
        "fresh13-dana-mutt-top-terse",
        "dana",
        "mutt",
        text=(
            "12: green, Kestrel signs Monday\n"
            "13: no movement, still yellow\n"
            "14: stubbornly red, the noisy queue check is the worst offender\n"
            "15: push to 29 Jan\n"
            "16: nothing to flag\n"
            "\n"
            "--\n"
            "Dana Whitfield · COO"
        ),
        expect={
            12: g("green", note="Kestrel"),
            13: g("yellow"),
            14: e("red", note="noisy queue check"),
            15: due(G, "2027-01-29"),
            16: e("green"),
        },
        clean=("Dana Whitfield",),
        tags=("bare-numbers", "idiom-en", "date-moved", "signature"),
    ),
    # Jonas Becker, Berlin (German, English): #21 Yellow pages cleanup (due Dec 4, overdue),
    # #22 Migrate billing to the new ledger, #23 Blocked-payment alerts in under 5 minutes.
    # No answer for week 49, so this week's form says "no report"; week 49's form shows week
    # 48: 21 green, 22 yellow, 23 red.
    Case(
        "fresh13-jonas-gmx-top-passt",
        "jonas",
        "gmx",
        lang="de",
        text=(
            "Hallo zusammen,\n"
            "\n"
            "#21 ist durch, alle Einträge bereinigt und das Archiv gelöscht.\n"
            "#22 passt soweit, Finance hat das Schema abgenickt.\n"
            "#23 hängt leider fest – wir haben immer noch keinen Zugriff auf die Payment-Logs.\n"
            "\n"
            "Viele Grüße\n"
            "Jonas"
        ),
        expect={
            21: done(E, note="Einträge bereinigt"),
            22: e("green", note="Schema abgenickt"),
            23: e("red", note="Payment-Logs"),
        },
        clean=("Hallo zusammen", "Viele Grüße", "Jonas"),
        tags=("idiom-de", "done-idiom", "html-only"),
    ),
    Case(
        "fresh13-jonas-webde-inline-w49-wackelt",
        "jonas",
        "webde",
        form="W49",
        lang="de",
        layout="inline",
        text={
            "^": "Sorry, die Antwort für letzte Woche kommt spät – ich war im Urlaub.",
            "#21": "Läuft rund, fast alle Einträge sind sauber.",
            "#22": "Wackelt noch, Finance hat sich nicht gemeldet.",
            "#23": "Im grünen Bereich seit der neuen Alarmkette: 3 Minuten im Schnitt.",
        },
        expect={
            21: e("green", note="Einträge", not_in=("60% of listings",)),
            22: e("yellow", note="Finance", not_in=("ledger schema at risk",)),
            23: e("green", note="3 Minuten", not_in=("no access to the payment logs",)),
        },
        clean=("die Antwort für letzte Woche kommt spät",),
        tags=("late-w49", "inline", "idiom-de", "inflected-colour"),
    ),
    Case(
        "fresh13-jonas-lotus_notes-bottom-zieltermin",
        "jonas",
        "lotus_notes",
        lang="de",
        layout="bottom",
        text=(
            "#22 neuer Zieltermin 31.03.2027 - Finance will erst den Jahresabschluss sehen\n"
            "#23 alles im Lot, die Alarme kommen nach ~4 Min. raus\n"
            "\n"
            "Gruß\n"
            "Jonas"
        ),
        sig=SIG_JONAS,
        expect={
            22: due(E, "2027-03-31"),
            23: e("green", note="4 Min"),
        },
        clean=("Gruß", "Jonas"),
        tags=("bottom-post", "date-dotted", "idiom-de", "signature", "partial-answer"),
    ),
    Case(
        "fresh13-jonas-k9-noquote-handy",
        "jonas",
        "k9",
        form="R50",
        lang="de",
        layout="noquote",
        crlf=True,
        text=(
            "Kurz vom Handy: 21 erledigt, 22 im Plan, 23 gefährdet (die Logs fehlen immer noch)."
        ),
        expect={
            21: done(G),
            22: g("green"),
            23: g("yellow", note="Logs fehlen"),
        },
        tags=("reminder", "bare-numbers", "one-line", "crlf", "status-word-de"),
    ),
    Case(
        "fresh13-jonas-thunderbird-top-solala",
        "jonas",
        "thunderbird",
        lang="de",
        prose="en",
        text=(
            "Quick update, Deutsch und English gemischt, sorry:\n"
            "- Yellow pages: finally wrapped up, the last 40 listings are clean now\n"
            "- Ledger migration: so lala, the finance sign-off is dragging\n"
            "- Payment alerts: läuft, p95 jetzt bei 4 Minuten\n"
            "\n"
            "Grüße aus Berlin\n"
            "Jonas"
        ),
        expect={
            21: done(G, note="40 listings"),
            22: amb(),
            23: e("green", note="p95"),
        },
        clean=("Grüße aus Berlin", "Jonas", "Deutsch und English gemischt"),
        tags=("mixed-language", "title-words", "ambiguous", "flowed", "bullets"),
    ),
    # Amélie Laurent, Paris (French, English): #31 Done-for-you onboarding, #32 Cut churn to
    # 2%, #33 Launch the customer forum (due Oct 30, overdue). Last week: 31 green, 32 yellow,
    # 33 red.
    Case(
        "fresh13-amelie-orange-top-caroule",
        "amelie",
        "orange",
        lang="fr",
        wrap=76,
        text=(
            "Bonjour,\n"
            "\n"
            "#31 ça roule, 15 comptes embarqués depuis le début du mois\n"
            "#32 on est dans les clous : 2,1 % en novembre\n"
            "#33 c'est mal barré, toujours pas de modérateur et le prestataire ne répond plus\n"
            "\n"
            "Bonne journée,\n"
            "Amélie"
        ),
        expect={
            31: e("green", note="15 comptes"),
            32: e("green", note="2,1 %"),
            33: e("red", note="modérateur"),
        },
        clean=("Bonne journée", "Amélie"),
        tags=("idiom-fr", "decimal-comma", "wrap-76"),
    ),
    Case(
        "fresh13-amelie-zimbra-inline-nickel",
        "amelie",
        "zimbra",
        lang="fr",
        layout="inline",
        text={
            "#31": "RAS",
            "#32": "Nickel, 2,2 % et ça baisse encore.",
            "#33": "On laisse tomber le forum – la communauté passera par notre serveur Discord.",
        },
        sig=SIG_AMELIE,
        disclaimer=DISCLAIMER_FR,
        expect={
            31: g("green", not_in=("12 accounts onboarded",)),
            32: e("green", note="2,2 %", not_in=("on track to 2%",)),
            33: drop(E, "Discord"),
        },
        tags=("inline", "idiom-fr", "drop-idiom", "signature", "disclaimer"),
    ),
    Case(
        "fresh13-amelie-samsung-noquote-toutbaigne",
        "amelie",
        "samsung",
        form="R50",
        lang="fr",
        layout="noquote",
        text=(
            "Désolée pour le retard !\n"
            "L'onboarding clé en main (#31) : tout baigne, trois comptes de plus cette semaine.\n"
            "Le churn (#32) : c'est tendu, 2,3 % – on reste en jaune.\n"
            "\n"
            "Merci et bonne soirée,\n"
            "Amélie"
        ),
        expect={
            31: e("green", note="trois comptes"),
            32: e("yellow", note="2,3 %"),
        },
        clean=("Désolée pour le retard", "bonne soirée", "Amélie"),
        tags=("reminder", "ref-in-brackets", "idiom-fr", "partial-answer", "footer-galaxy"),
    ),
    Case(
        "fresh13-amelie-apple_mail-bottom-boucle",
        "amelie",
        "apple_mail",
        lang="fr",
        layout="bottom",
        text=(
            "#33 : forum en ligne depuis lundi, c'est bouclé 🎉\n"
            "#31 : nickel\n"
            "#32 : ça se dégrade, 2,6 % ce mois-ci – rouge\n"
            "\n"
            "Amélie"
        ),
        expect={
            33: done(E, note="en ligne"),
            31: e("green", not_in=("12 accounts onboarded",)),
            32: g("red", note="2,6 %"),
        },
        clean=("Amélie",),
        tags=("bottom-post", "done-idiom", "emoji", "idiom-fr", "decimal-comma"),
    ),
    Case(
        "fresh13-amelie-roundcube-top-franglais",
        "amelie",
        "roundcube",
        lang="fr",
        to="token-upper",
        text=(
            "Quick one en franglais :\n"
            "#31 on track, on a 14 clients onboardés\n"
            "#32 c'est chaud – 2,5 %, the December renewals will decide\n"
            "#33 new go-live date: 15 janvier\n"
            "\n"
            "A+\n"
            "Amélie"
        ),
        expect={
            31: g("green", note="14 clients"),
            32: amb(),
            33: due(E, "2027-01-15"),
        },
        clean=("Quick one en franglais", "A+", "Amélie"),
        tags=("mixed-language", "ambiguous", "date-words-fr", "token-upper", "flowed"),
    ),
    # Lucía Fernández, Madrid (Spanish, English): #41 Cut time on track 3, #42 Launch the
    # partner portal (due Dec 11), #43 Red team the login flow, #44 Amber rollout for every
    # service. Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh13-lucia-yahoo-top-tranquilo",
        "lucia",
        "yahoo",
        lang="es",
        text=(
            "Hola,\n"
            "\n"
            "#41 tranquilo, el track 3 ya está en 4 días\n"
            "#42 el portal sigue atascado, sin las API keys del partner no arrancamos\n"
            "#43 el red team va como un tiro, ya han encontrado dos fallos menores\n"
            "#44 vamos justitos, 5 de 12 servicios con el rollout nuevo\n"
            "\n"
            "Un abrazo,\n"
            "Lucía"
        ),
        expect={
            41: e("green", note="4 días"),
            42: e("red", note="API keys"),
            43: e("green", note="dos fallos"),
            44: e("yellow", note="5 de 12"),
        },
        clean=("Hola,", "Un abrazo", "Lucía"),
        tags=("idiom-es", "flag-word-in-title"),
    ),
    Case(
        "fresh13-lucia-gmail_android-inline-lanzado",
        "lucia",
        "gmail_android",
        form="R50",
        lang="es",
        layout="inline",
        text={
            "#42": "Lanzado el martes 🚀 por fin llegaron las claves del partner",
            "#43": "Sin problemas, el pentest acaba el día 16",
        },
        expect={
            42: done(G, note="claves"),
            43: e("green", note="pentest", not_in=("pen test started",)),
        },
        tags=("reminder", "inline", "launch-done", "emoji", "partial-answer"),
    ),
    Case(
        "fresh13-lucia-outlook_web-bottom-lodejamos",
        "lucia",
        "outlook_web",
        lang="es",
        layout="bottom",
        text=(
            "Buenas:\n"
            "\n"
            "41) Seguimos en verde, 4 días de media.\n"
            "42) Lo dejamos para enero: nueva fecha 15/01/2027.\n"
            "43) Todo en orden.\n"
            "44) Lo del rollout está parado desde el incidente del lunes, así que rojo.\n"
            "\n"
            "Saludos,\n"
            "Lucía"
        ),
        sig=SIG_LUCIA,
        expect={
            41: g("green", note="4 días"),
            42: due(G, "2027-01-15"),
            43: g("green"),
            44: g("red", note="incidente"),
        },
        clean=("Buenas:", "Saludos,", "Lucía"),
        tags=("bottom-post", "bare-numbers", "date-slash", "drop-word-trap", "signature"),
    ),
    Case(
        "fresh13-lucia-spark-noquote-titulos",
        "lucia",
        "spark",
        lang="es",
        layout="noquote",
        text=(
            "Perdona, voy con prisa.\n"
            "Portal de partners: ya está live, lo lanzamos ayer 🎉\n"
            "Login red team: sin novedades, todo según lo previsto\n"
            "Amber: en riesgo, dos servicios no aguantan el canary\n"
            "\n"
            "Lucía"
        ),
        expect={
            42: done(E, note="live"),
            43: g("green"),
            44: g("yellow", note="canary"),
        },
        clean=("Perdona, voy con prisa", "Lucía"),
        tags=("translated-title", "title-words", "flag-word-in-title", "mixed-language"),
    ),
    Case(
        "fresh13-lucia-em_client-top-amarilo",
        "lucia",
        "em_client",
        lang="es",
        text=(
            "#41 amarilo, medio equipo de QA está de baja\n"
            "#44 va sobre ruedas: 8 de 12 servicios\n"
            "#43 terminado, informe entregado al CISO\n"
            "\n"
            "Gracias,\n"
            "Lucía Fernández"
        ),
        expect={
            41: near("yellow", note="de baja"),
            44: e("green", note="8 de 12"),
            43: done(G, note="CISO"),
        },
        clean=("Gracias,", "Lucía Fernández"),
        tags=("near-miss", "idiom-es", "done-word-es", "partial-answer"),
    ),
    # Mariana Costa, São Paulo (Portuguese, English): #51 Open the São Paulo office, #52 10
    # reseller agreements signed, #53 Portuguese help centre complete (due Dec 4, overdue). No
    # answer for week 49 ("no report" on this week's form); week 49's form shows week 48: 51
    # yellow, 52 green, 53 yellow.
    Case(
        "fresh13-mariana-uol-top-deboa",
        "mariana",
        "uol",
        lang="pt",
        crlf=True,
        text=(
            "Oi pessoal,\n"
            "\n"
            "#51 de boa, o contrato do escritório foi assinado semana passada\n"
            "#52 tá no caminho certo, 8 de 10 assinados\n"
            "#53 concluído! os 120 artigos estão no ar\n"
            "\n"
            "Abraços,\n"
            "Mariana"
        ),
        expect={
            51: e("green", note="contrato"),
            52: e("green", note="8 de 10"),
            53: done(G, note="120 artigos"),
        },
        clean=("Oi pessoal", "Abraços", "Mariana"),
        tags=("idiom-pt", "done-word-pt", "crlf", "latin-1"),
    ),
    Case(
        "fresh13-mariana-ios_mail-bottom-w49-noamarelo",
        "mariana",
        "ios_mail",
        form="W49",
        lang="pt",
        layout="bottom",
        text=(
            "Desculpa o atraso, respondendo a semana passada:\n"
            "\n"
            "51 - tá no amarelo, o proprietário sumiu de novo\n"
            "52 - tranquilo, 7 assinados\n"
            "53 - 90 de 120 traduzidos, nova data 18/12/2026\n"
            "\n"
            "Bjs,\n"
            "Mariana"
        ),
        expect={
            51: e("yellow", note="proprietário"),
            52: e("green", note="7 assinados"),
            53: due(G, "2026-12-18"),
        },
        clean=("Desculpa o atraso", "Bjs,", "Mariana"),
        tags=("late-w49", "bottom-post", "bare-numbers", "idiom-pt", "date-slash"),
    ),
    Case(
        "fresh13-mariana-gmail_ios-inline-semalteracoes",
        "mariana",
        "gmail_ios",
        lang="pt",
        layout="inline",
        text={
            "^": "Respostas abaixo 👇",
            "#51": "Tudo certo, a mudança está marcada para 20 de janeiro.",
            "#52": "Sem alterações",
            "#53": "Deu ruim: a tradutora saiu e faltam 30 artigos.",
        },
        expect={
            51: e("green", note="mudança"),
            52: amb(),
            53: e("red", note="tradutora"),
        },
        clean=("Respostas abaixo",),
        tags=("inline", "unchanged-without-last-week", "ambiguous", "idiom-pt", "date-in-note"),
    ),
    Case(
        "fresh13-mariana-outlook_mobile-noquote-vermlho",
        "mariana",
        "outlook_mobile",
        lang="pt",
        layout="noquote",
        text=(
            "Rapidinho do celular:\n"
            "Escritório SP: vermlho, a obra atrasou e o alvará não saiu\n"
            "Revendas: 9 de 10, quase lá, verde\n"
            "Central de ajuda: concluída ontem\n"
        ),
        expect={
            51: near("red", note="alvará"),
            52: e("green", note="9 de 10"),
            53: done(E),
        },
        clean=("Rapidinho do celular",),
        tags=("near-miss", "translated-title", "done-word-pt", "footer-outlook"),
    ),
    Case(
        "fresh13-mariana-yahoo_android-top-fechamos",
        "mariana",
        "yahoo_android",
        form="R50",
        lang="pt",
        prose="en",
        text=(
            "Oi! Respondendo o reminder:\n"
            "#52 signed the 10th one today – fechamos as 10 revendas!! 🎉\n"
            "#51 moving to 1 de março, the landlord needs more time\n"
            "\n"
            "bjs, Mari"
        ),
        expect={
            52: done(E, note="10 revendas"),
            51: due(G, "2027-03-01"),
        },
        clean=("Respondendo o reminder", "bjs, Mari"),
        tags=("reminder", "mixed-language", "done-idiom", "date-words-pt", "partial-answer"),
    ),
    # Giulia Rossi, Istanbul (Italian, Turkish, English): #61 Move the Istanbul region to the
    # new cluster, #62 On-track deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh13-giulia-libero-top-spedito",
        "giulia",
        "libero",
        lang="it",
        text=(
            "Ciao,\n"
            "#61 procede spedito, la finestra di migrazione è confermata per il 12 gennaio\n"
            "#62 siamo messi male: 92%, due rollback questa settimana\n"
            "Un saluto,\n"
            "Giulia"
        ),
        disclaimer=DISCLAIMER_IT,
        expect={
            61: e("green", note="finestra"),
            62: e("red", note="due rollback"),
        },
        clean=("Ciao,", "Un saluto", "Giulia"),
        tags=("idiom-it", "date-in-note", "disclaimer", "latin-1"),
    ),
    Case(
        "fresh13-giulia-fastmail-bottom-tikirinda",
        "giulia",
        "fastmail",
        lang="en",
        prose="tr",
        layout="bottom",
        text=(
            "Merhaba,\n"
            "#61 tıkırında gidiyor, trafiğin yarısı yeni kümede\n"
            "#62 biraz sıkıntılı – hedefin hemen altındayız, bu hafta bir rollback oldu\n"
            "İyi çalışmalar,\n"
            "Giulia"
        ),
        expect={
            61: e("green", note="yeni kümede"),
            62: e("yellow", note="rollback"),
        },
        clean=("Merhaba", "İyi çalışmalar", "Giulia"),
        tags=("bottom-post", "idiom-tr"),
    ),
    Case(
        "fresh13-giulia-outlook_plain-inline-kirmizidan",
        "giulia",
        "outlook_plain",
        form="R50",
        lang="tr",
        layout="inline",
        charset="iso-8859-9",
        text={
            "#62": "Kırmızıdan sarıya geçtik: hedefe yaklaştık ama bir rollback daha oldu.",
            "#61": "Hâlâ sarı, müşteri bakım penceresini onaylamadı.",
        },
        expect={
            62: e("yellow", note="hedefe yaklaştık"),
            61: g("yellow", note="bakım penceresini"),
        },
        tags=("reminder", "inline", "from-to-colour", "status-word-tr", "latin-5"),
    ),
    Case(
        "fresh13-giulia-samsung-forward-inlinea",
        "giulia",
        "samsung",
        lang="it",
        layout="forward",
        text=(
            "Ciao! Two lines, scusate il forward:\n"
            "Istanbul migration — done, tutto il traffico è sul nuovo cluster da lunedì\n"
            "Deploys: stiamo al 95,5%, finalmente in linea con l'obiettivo\n"
            "\n"
            "Giulia"
        ),
        expect={
            61: done(G, note="nuovo cluster"),
            62: e("green", note="95,5%"),
        },
        clean=("scusate il forward", "Giulia"),
        tags=("forward", "title-words", "mixed-language", "idiom-it", "decimal-comma"),
    ),
    Case(
        "fresh13-giulia-proton-top-boh",
        "giulia",
        "proton",
        lang="en",
        prose="it",
        cc="jonas.becker@halvard.example",
        text=(
            "#61 gialo, il cliente non ha ancora firmato la finestra di manutenzione\n"
            "#62 boh, dipende dal rilascio di venerdì\n"
        ),
        sig=SIG_GIULIA,
        expect={
            61: near("yellow", note="non ha ancora firmato"),
            62: amb(),
        },
        tags=("ambiguous", "near-miss", "idiom-it", "cc", "signature", "footer-proton"),
    ),
    # Sanne de Vries, Amsterdam (Dutch, English): #71 Ship the mobile app 2.0 (due Dec 15),
    # #72 App store rating above 4.5, #73 Behind-the-login analytics dashboard. Last week: 71
    # yellow, 72 green, 73 green.
    Case(
        "fresh13-sanne-thunderbird_html-top-lekker",
        "sanne",
        "thunderbird_html",
        lang="nl",
        text=(
            "Hoi,\n"
            "\n"
            "#71 loopt lekker, de iOS-review is door en de release staat voor maandag\n"
            "#72 rating 4,6 – zit wel snor\n"
            "#73 geen zorgen, het tweede dashboard staat live\n"
            "\n"
            "Groetjes,\n"
            "Sanne"
        ),
        expect={
            71: e("green", note="iOS-review"),
            72: e("green", note="4,6"),
            73: e("green", note="tweede dashboard"),
        },
        clean=("Hoi,", "Groetjes", "Sanne"),
        tags=("idiom-nl", "rating-not-score", "flag-word-in-title"),
    ),
    Case(
        "fresh13-sanne-outlook_mac-inline-watachter",
        "sanne",
        "outlook_mac",
        lang="en",
        prose="nl",
        layout="inline",
        text={
            "#71": "Gelanceerd! 2.0 staat sinds dinsdag in beide stores.",
            "#72": "Blijft groen, 4,6 gemiddeld",
            "#73": "Loopt wat achter, de data-export van het BI-team is er nog niet",
        },
        sig=SIG_SANNE,
        disclaimer=DISCLAIMER_NL,
        expect={
            71: done(G, note="beide stores"),
            72: g("green", note="gemiddeld"),
            73: amb(),
        },
        tags=("inline", "launch-done", "ambiguous", "signature", "disclaimer"),
    ),
    Case(
        "fresh13-sanne-apple_mail-bottom-uitgesteld",
        "sanne",
        "apple_mail",
        form="R50",
        lang="nl",
        layout="bottom",
        text=(
            "Sorry, helemaal vergeten!\n"
            "\n"
            "App 2.0: de release is uitgesteld naar 12 januari, Apple keurt de build pas na de "
            "feestdagen goed.\n"
            "Rating: prima in orde, we zitten op 4,6 sterren.\n"
            "\n"
            "Fijn weekend!\n"
            "Sanne"
        ),
        expect={
            71: due(G, "2027-01-12"),
            72: e("green", note="4,6 sterren"),
        },
        clean=("helemaal vergeten", "Fijn weekend", "Sanne"),
        tags=("reminder", "bottom-post", "title-words", "date-words-nl", "partial-answer"),
    ),
    Case(
        "fresh13-sanne-evolution-over-dezeweek",
        "sanne",
        "evolution",
        lang="en",
        prose="nl",
        layout="over",
        text={
            "#71": "Deze week: op schema, release maandag",
            "#72": "Deze week: zit goed, nog steeds 4,6",
            "#73": "Deze week: krap, de BI-export is vertraagd",
        },
        expect={
            71: g("green", note="release maandag"),
            72: e("green", note="4,6"),
            73: e("yellow", note="BI-export"),
        },
        tags=("typed-over-last-week", "idiom-nl", "status-word-nl"),
    ),
    Case(
        "fresh13-sanne-roundcube-top-doorelkaar",
        "sanne",
        "roundcube",
        lang="nl",
        text=(
            "Hi, Nederlands en English door elkaar:\n"
            "Mobile app 2.0 – klaar, live in both stores sinds dinsdag\n"
            "App store rating – still 4.6, prima\n"
            "Analytics dashboard – loopt volgens planning, 3 of 4 views live\n"
            "\n"
            "Groet,\n"
            "Sanne"
        ),
        expect={
            71: done(G, note="both stores"),
            72: g("green", note="4.6"),
            73: e("green", note="3 of 4 views"),
        },
        clean=("Nederlands en English door elkaar", "Groet,", "Sanne"),
        tags=("mixed-language", "title-words", "done-word-nl", "flowed"),
    ),
    # Erik Lindqvist, Stockholm (Swedish, English): #81 Swish and Vipps at checkout (due Dec
    # 20), #82 Greenfield pricing experiment. Last week: 81 green, 82 green.
    Case(
        "fresh13-erik-thunderbird-top-rattspar",
        "erik",
        "thunderbird",
        lang="sv",
        text=(
            "Hej!\n"
            "\n"
            "#81 på rätt spår, Vipps går live i produktion på tisdag\n"
            "#82 det knakar lite – finans vill se fler datapunkter innan vi skalar upp\n"
            "\n"
            "Hälsningar\n"
            "Erik"
        ),
        expect={
            81: e("green", note="Vipps går live"),
            82: e("yellow", note="datapunkter"),
        },
        clean=("Hej!", "Hälsningar", "Erik"),
        tags=("idiom-sv", "flowed"),
    ),
    Case(
        "fresh13-erik-ios_mail-noquote-rullarpa",
        "erik",
        "ios_mail",
        form="R50",
        lang="sv",
        layout="noquote",
        text=(
            "Svar på påminnelsen: Swish/Vipps rullar på, men prisexperimentet står helt still "
            "sedan budgetfrysen."
        ),
        expect={
            81: e("green"),
            82: e("red", note="budgetfrysen"),
        },
        tags=("reminder", "one-line", "two-answers-one-sentence", "translated-title", "idiom-sv"),
    ),
    Case(
        "fresh13-erik-alpine-inline-lovande",
        "erik",
        "alpine",
        lang="en",
        prose="sv",
        layout="inline",
        text={
            "#81": "Klart! Båda betalsätten är live sedan i måndags.",
            "#82": "Ser lovande ut, konverteringen har ökat i testgruppen",
            "$": "/Erik",
        },
        expect={
            81: done(G, note="betalsätten"),
            82: e("green", note="konverteringen", not_in=("finance gave the green light",)),
        },
        clean=("/Erik",),
        tags=("inline", "done-word-sv", "idiom-sv", "flowed", "us-ascii-fallback"),
    ),
    Case(
        "fresh13-erik-gmail_web-bottom-laggerner",
        "erik",
        "gmail_web",
        lang="sv",
        layout="bottom",
        charset="utf-8",
        mislabel="iso-8859-1",
        text=(
            "81: Vipps is live, Swish next week – allt enligt plan\n"
            "82: vi lägger ner experimentet – ledningen vill köra fast prissättning under 2027\n"
            "\n"
            "/Erik"
        ),
        expect={
            81: g("green", note="Swish next week"),
            82: drop(E, "fast prissättning"),
        },
        clean=("/Erik",),
        tags=("bottom-post", "bare-numbers", "drop-idiom", "mislabelled-charset", "mixed-language"),
    ),
    Case(
        "fresh13-erik-gmail_android-top-gront",
        "erik",
        "gmail_android",
        lang="sv",
        text=(
            "#81 grönt – Vipps-certifieringen blev klar i går\n"
            "#82 gul, vi väntar på Q1-budgeten\n"
            "\n"
            "Mvh Erik"
        ),
        expect={
            81: e("green", note="Vipps-certifieringen"),
            82: g("yellow", note="Q1-budgeten"),
        },
        clean=("Mvh Erik",),
        tags=("inflected-colour", "done-word-in-note", "base64"),
    ),
    # Mette Sørensen, Oslo (Danish, Norwegian, English): #91 At-risk accounts playbook, #92
    # Renew the Telenor contract (due Nov 27, overdue), #93 Partner NPS above 40. Last week:
    # 91 yellow, 92 red, 93 green.
    Case(
        "fresh13-mette-outlook_desktop-top-derudad",
        "mette",
        "outlook_desktop",
        lang="da",
        text=(
            "Hej,\n"
            "\n"
            "#91 kører derudad, salg har godkendt den korte udgave\n"
            "#92 Telenor står stadig i stampe – juristerne svarer ikke\n"
            "#93 ser fint ud, 41 i seneste måling\n"
            "\n"
            "Venlig hilsen\n"
            "Mette"
        ),
        expect={
            91: e("green", note="korte udgave", not_in=("sales wants a shorter version",)),
            92: e("red", note="juristerne"),
            93: e("green", note="seneste måling"),
        },
        clean=("Hej,", "Venlig hilsen", "Mette"),
        tags=("idiom-da", "flag-word-in-title", "windows-1252"),
    ),
    Case(
        "fresh13-mette-apple_mail-bottom-iboks",
        "mette",
        "apple_mail",
        lang="no",
        layout="bottom",
        text=(
            "#92 Telenor-avtalen er i boks! Signert i går, gjelder til 2029.\n"
            "#91 ligger bra til, siste utkast ligger hos salg\n"
            "#93 i faresonen, 39 i siste måling\n"
            "\n"
            "Mvh\n"
            "Mette"
        ),
        expect={
            92: done(E, note="2029"),
            91: e("green", note="siste utkast"),
            93: e("yellow", note="39"),
        },
        clean=("Mvh", "Mette"),
        tags=("bottom-post", "done-idiom", "idiom-no"),
    ),
    Case(
        "fresh13-mette-blackberry-noquote-avklart",
        "mette",
        "blackberry",
        form="R50",
        lang="en",
        prose="no",
        layout="noquote",
        text=(
            "Telenor: avklart, ny avtale signert i dag.\n"
            "NPS: holder seg over 40, alt på stell.\n"
            "\n"
            "Mette"
        ),
        expect={
            92: done(E, note="ny avtale"),
            93: e("green", note="over 40"),
        },
        clean=("Mette",),
        tags=("reminder", "title-words", "done-idiom", "idiom-no", "footer-blackberry"),
    ),
    Case(
        "fresh13-mette-mutt_star-over-initials",
        "mette",
        "mutt_star",
        lang="en",
        prose="da",
        layout="over",
        charset="iso-8859-1",
        text={
            "#91": "MS: halter lidt, salg vil have den endnu kortere",
            "#92": "MS: uændret",
            "#93": "MS: grøn - 42 i decembermålingen",
        },
        expect={
            91: e("yellow", note="endnu kortere"),
            92: g("red", not_in=("contract expired",)),
            93: g("green", note="decembermålingen"),
        },
        tags=("typed-over-last-week", "initials", "unchanged", "idiom-da", "latin-1"),
    ),
    Case(
        "fresh13-mette-spark-forward-lufthavn",
        "mette",
        "spark",
        lang="en",
        layout="forward",
        text=(
            "Hi – quick one, skrevet i lufthavnen:\n"
            "Playbook: færdig, sendt til alle account managers i går\n"
            "Telenor: we're moving the deadline to 31 January, jura har brug for mere tid\n"
            "NPS: green, 42 points in the December survey\n"
            "\n"
            "Mette"
        ),
        expect={
            91: done(G, note="account managers"),
            92: due(G, "2027-01-31"),
            93: g("green", note="42 points"),
        },
        clean=("skrevet i lufthavnen", "Mette"),
        tags=("forward", "mixed-language", "title-words", "done-word-da", "date-moved"),
    ),
    # Olga Kowalczyk, Warsaw (Polish, Russian, English): #101 Complete the SOC 2 audit, #102
    # Rotate all production secrets (due Dec 10), #103 Phishing drill for all staff (due Dec
    # 18). No answer for week 49 ("no report" on this week's form); week 49's form shows week
    # 48: 101 yellow, 102 green, 103 green.
    Case(
        "fresh13-olga-wp_pl-top-zplatka",
        "olga",
        "wp_pl",
        lang="pl",
        to="token-upper",
        text=(
            "Cześć,\n"
            "\n"
            "#101 idzie jak z płatka, audytor dostał wszystkie dowody\n"
            "#102 zrobione - wszystkie sekrety zrotowane w poniedziałek\n"
            "#103 stoi w miejscu, HR nie zatwierdził scenariusza\n"
            "\n"
            "Pozdrawiam\n"
            "Olga"
        ),
        expect={
            101: e("green", note="dowody"),
            102: done(E, note="zrotowane"),
            103: e("red", note="scenariusza"),
        },
        clean=("Cześć", "Pozdrawiam", "Olga"),
        tags=("idiom-pl", "done-idiom", "token-upper", "latin-2"),
    ),
    Case(
        "fresh13-olga-the_bat-over-w49-norm",
        "olga",
        "the_bat",
        form="W49",
        lang="ru",
        layout="over",
        text={
            "#101": "норм, аудитор доволен",
            "#102": "сделано наполовину, остальное на этой неделе",
            "#103": "всё по плану",
            "$": "С уважением,\nОльга",
        },
        expect={
            101: e("green", note="аудитор доволен"),
            102: amb(),
            103: g("green", not_in=("Last week",)),
        },
        clean=("С уважением", "Ольга"),
        tags=("late-w49", "typed-over-last-week", "idiom-ru", "partial-done", "windows-1251"),
    ),
    Case(
        "fresh13-olga-yandex-inline-otmenili",
        "olga",
        "yandex",
        lang="ru",
        layout="inline",
        text={
            "#101": "Есть риски: аудитор запросил ещё три документа",
            "#102": "Всё, закрыли: последние ключи ротированы вчера",
            "#103": "Отменили: HR решил заменить учения обязательным онлайн-курсом.",
        },
        sig=SIG_OLGA_RU,
        expect={
            101: e("yellow", note="три документа"),
            102: done(E, note="ключи"),
            103: drop(E, "онлайн-курсом"),
        },
        tags=("inline", "idiom-ru", "done-idiom", "drop-word-ru", "signature"),
    ),
    Case(
        "fresh13-olga-mailru-forward-perenosim",
        "olga",
        "mailru",
        lang="ru",
        layout="forward",
        charset="koi8-r",
        text=(
            "#103 переносим учения на 20 января, HR не успевает согласовать текст письма\n"
            "#101 в зоне риска, аудитор просит доп. доказательства\n"
            "#102 готово\n"
            "\n"
            "Спасибо!\n"
            "Ольга"
        ),
        expect={
            103: due(E, "2027-01-20"),
            101: g("yellow", note="доказательства"),
            102: done(G),
        },
        clean=("Спасибо!", "Ольга"),
        tags=("forward", "date-words-ru", "status-word-ru", "koi8-r", "base64"),
    ),
    Case(
        "fresh13-olga-outlook_web-top-wmiare",
        "olga",
        "outlook_web",
        lang="pl",
        charset="windows-1250",
        text=(
            "Audyt SOC 2: na dobrym torze, zostały dwa wywiady z audytorem\n"
            "Rotacja sekretów: czerowny, dwa serwisy legacy nie obsługują nowych kluczy\n"
            "Phishing: w miarę\n"
            "\n"
            "Pozdrawiam,\n"
            "Olga Kowalczyk"
        ),
        disclaimer=DISCLAIMER_PL,
        expect={
            101: e("green", note="dwa wywiady"),
            102: near("red", note="legacy"),
            103: amb(),
        },
        clean=("Pozdrawiam", "Olga Kowalczyk"),
        tags=("translated-title", "title-words", "near-miss", "ambiguous", "disclaimer"),
    ),
    # Kenji Watanabe, Tokyo (Japanese, English): #111 Localise the product into Japanese, #112
    # Sign 3 launch customers in Japan, #113 Stop-ship bugs to zero (due Dec 12), #114
    # Red-carpet onboarding for launch partners. No answer for week 49 ("no report" on this
    # week's form); week 49's form shows week 48: 111 green, 112 yellow, 113 red, 114 green.
    Case(
        "fresh13-kenji-becky-top-kishingo",
        "kenji",
        "becky",
        lang="en",
        prose="ja",
        text=(
            "お疲れさまです。\n"
            "\n"
            "#111 いい感じです。翻訳はほぼ終わりました。\n"
            "#112 黄信号です。2社目の稟議が年明けにずれ込みそうです。\n"
            "#113 完了しました。ストップシップのバグはゼロです。\n"
            "#114 問題ありません。\n"
            "\n"
            "以上、よろしくお願いします。\n"
            "渡辺"
        ),
        expect={
            111: e("green", note="翻訳"),
            112: e("yellow", note="稟議"),
            113: done(G, note="ゼロ"),
            114: e("green"),
        },
        clean=("お疲れさまです", "以上、よろしくお願いします", "渡辺"),
        tags=("idiom-ja", "done-word-ja", "iso-2022-jp", "flag-word-in-title"),
    ),
    Case(
        "fresh13-kenji-gmail_web-inline-w49-iinagare",
        "kenji",
        "gmail_web",
        form="W49",
        lang="ja",
        layout="inline",
        text={
            "#111": "順調です。用語集もお客様に確定してもらいました。",
            "#112": "2社目と契約しました。いい流れです。",
            "#113": "止まっています。QAの人手が足りません。",
            "#114": "特に変化なし",
        },
        expect={
            111: g("green", note="用語集", not_in=("82% of strings",)),
            112: e("green", note="2社目", not_in=("one customer signed",)),
            113: e("red", note="QAの人手", not_in=("14 stop-ship bugs",)),
            114: g("green", not_in=("plan agreed",)),
        },
        tags=("late-w49", "inline", "idiom-ja", "unchanged"),
    ),
    Case(
        "fresh13-kenji-apple_mail-noquote-yakushita",
        "kenji",
        "apple_mail",
        lang="ja",
        layout="noquote",
        text=(
            "日本語化：予定通り。残りはヘルプ記事だけです。\n"
            "導入顧客：3社目と契約締結しました！これで3社、完了です。\n"
            "ストップシップバグ：残り3件。期限を12月22日に延期します。\n"
            "レッドカーペット・オンボーディング：特に問題なし\n"
        ),
        expect={
            111: e("green", note="ヘルプ記事"),
            112: done(E, note="3社目"),
            113: due(E, "2026-12-22"),
            114: e("green"),
        },
        tags=("translated-title", "katakana-title", "done-word-ja", "date-words-ja"),
    ),
    Case(
        "fresh13-kenji-outlook_desktop-bottom-miokuri",
        "kenji",
        "outlook_desktop",
        lang="ja",
        layout="bottom",
        charset="shift_jis",
        text=(
            "#113 間に合いません。残り5件、年内は厳しいです。\n"
            "#114 見送りにします。パートナー側の体制が整わないため、来期に再検討。\n"
            "#111 順調\n"
            "#112 要注意：1社が予算凍結\n"
            "\n"
            "よろしくお願いします。\n"
            "渡辺 健二"
        ),
        disclaimer=DISCLAIMER_JA,
        expect={
            113: g("red", note="残り5件"),
            114: drop(E, "パートナー側"),
            111: g("green"),
            112: g("yellow", note="予算凍結"),
        },
        clean=("よろしくお願いします", "渡辺 健二"),
        tags=("bottom-post", "drop-idiom", "status-word-ja", "shift_jis", "disclaimer"),
    ),
    Case(
        "fresh13-kenji-thunderbird_html-top-kibishii",
        "kenji",
        "thunderbird_html",
        lang="ja",
        prose="en",
        text=(
            "Hi, English this time (mostly):\n"
            "#111 going smoothly, the customer signed off the glossary\n"
            "#112 2 of 3 signed; the third is waiting for their board, so yellow\n"
            "#113 down to 2 bugs, ちょっと厳しいかも\n"
            "#114 no worries there\n"
            "\n"
            "Kenji"
        ),
        expect={
            111: e("green", note="glossary"),
            112: g("yellow", note="their board"),
            113: amb(),
            114: e("green"),
        },
        clean=("English this time", "Kenji"),
        tags=("mixed-language", "ambiguous", "idiom-en", "sentence-concludes"),
    ),
    # Wei Zhang, Shanghai (Chinese, English): #121 Three distribution partners live, #122 ICP
    # licence approved (due Nov 20, overdue). Last week: 121 green, 122 red.
    Case(
        "fresh13-wei-foxmail-top-kazhule",
        "wei",
        "foxmail",
        lang="zh",
        text=(
            "各位好，\n"
            "\n"
            "#121 进展顺利，第三家经销商下周上线\n"
            "#122 还是卡住了，管理局又要补材料\n"
            "\n"
            "谢谢！\n"
            "张伟"
        ),
        expect={
            121: e("green", note="第三家经销商"),
            122: e("red", note="补材料"),
        },
        clean=("各位好", "谢谢！", "张伟"),
        tags=("idiom-zh", "gb18030", "cjk-name"),
    ),
    Case(
        "fresh13-wei-netease-inline-gaodingle",
        "wei",
        "netease",
        lang="zh",
        layout="inline",
        text={
            "#121": "稳步推进，三家里两家已经上线",
            "#122": "搞定了！许可证昨天批下来了",
        },
        disclaimer=DISCLAIMER_ZH,
        expect={
            121: e("green", note="两家已经上线", not_in=("second partner live",)),
            122: done(E, note="许可证"),
        },
        tags=("inline", "idiom-zh", "done-idiom", "gbk", "disclaimer"),
    ),
    Case(
        "fresh13-wei-gmail_android-noquote-youdianxuan",
        "wei",
        "gmail_android",
        form="R50",
        lang="zh",
        layout="noquote",
        charset="gb2312",
        text=(
            "补一下：\n分销伙伴：有点悬，第三家的合同还没签\nICP：新的截止日期改到2027年2月28日\n"
        ),
        expect={
            121: e("yellow", note="合同还没签"),
            122: due(G, "2027-02-28"),
        },
        clean=("补一下",),
        tags=("reminder", "translated-title", "acronym-title", "date-words-zh", "gb2312"),
    ),
    Case(
        "fresh13-wei-ios_mail-bottom-buzuole",
        "wei",
        "ios_mail",
        lang="zh",
        layout="bottom",
        text=(
            "#122 不做了，改为和持牌合作伙伴合作，我们不再自己申请\n"
            "#121 不好说，要看春节前能不能签下来\n"
        ),
        expect={
            122: drop(E, "持牌合作伙伴"),
            121: amb(),
        },
        tags=("bottom-post", "drop-idiom", "ambiguous", "footer-iphone"),
    ),
    Case(
        "fresh13-wei-outlook_mobile-top-mixed",
        "wei",
        "outlook_mobile",
        lang="zh",
        prose="en",
        text=(
            "#121 on track 👍 第三家 partner 下周 go live\n"
            "#122 still red, waiting for the bureau 的回复\n"
            "\n"
            "Thanks,\n"
            "Wei"
        ),
        expect={
            121: g("green", note="go live"),
            122: g("red", note="bureau"),
        },
        clean=("Thanks,", "Wei"),
        tags=("mixed-language", "emoji", "footer-outlook", "base64"),
    ),
]
