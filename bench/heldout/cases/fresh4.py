"""A fifth batch (written at the end of the round after fresh3, 2026-12-06, by someone who
read neither the parser, its tests nor its development corpus), across every person of the
company, in phrasings, clients and languages chosen without looking at what the parser
does with them. Measured alone (`--only fresh4-`) and with the rest.

Tagged as the earlier batches are: `grammar` for the plain form (a ref or a title, an
English flag word, letter or flag emoji, a score, a note; English done, drop and due),
`everyday` for everything else (other languages, status phrases, exceptions, hedges,
corrections, labels, one-line lists)."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

DISCLAIMER_DE = """
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
Halvard Labs GmbH, Sitz Berlin, Geschäftsführung: Dana Whitfield.
"""
DISCLAIMER_FR = """
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention
exclusive de ses destinataires. Toute utilisation non conforme est interdite. Si vous
avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.
"""
DISCLAIMER_PL = """
Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Jeśli otrzymałeś
ją przez pomyłkę, poinformuj nadawcę i usuń wiadomość. Halvard Labs Sp. z o.o.
"""

CASES = [
    # Dana Whitfield, London: #12 partners, #13 Green-light, #14 red alerts, #15 SREs
    # (overdue), #16 newsletter. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh4-dana-superhuman-status-label",
        "dana",
        "superhuman",
        text="""
        #12 Status: green. The fifth partner countersigned on Tuesday.
        #13 Status: yellow. Security questionnaire is still with the vendor.
        #14 Status: red.
        """,
        expect={
            12: e("green", note="countersigned"),
            13: e("yellow", note="questionnaire"),
            14: e("red"),
        },
        tags=("status-label",),
    ),
    Case(
        "fresh4-dana-outlook-mac-hedge-score",
        "dana",
        "outlook_mac",
        text="""
        #13 yellow, I think - depends on whether legal signs off before the break
        #12 green, score 9/10
        #16 green

        Dana
        """,
        sig="""
        --
        Dana Whitfield
        VP Engineering, Halvard Labs
        +44 20 7946 0000
        """,
        expect={
            13: e("yellow", note="legal signs off"),
            12: e("green", 0.9),
            16: g("green"),
        },
        clean=("VP Engineering",),
        tags=("hedge", "score-out-of-ten", "name-as-last-line"),
    ),
    Case(
        "fresh4-dana-gmail-ios-scratch-that",
        "dana",
        "gmail_ios",
        text="""
        #14 green. Scratch that, red - the overnight pager went off two dozen times
        #15 green - well, not really, we still have nobody starting in January
        #16 green
        """,
        expect={14: e("red", note="overnight pager"), 15: amb(), 16: g("green")},
        tags=("correction", "ambiguous", "note-contradicts-flag"),
    ),
    Case(
        "fresh4-dana-thunderbird-bottom-drop",
        "dana",
        "thunderbird",
        layout="bottom",
        text="""
        #15 drop - the headcount moved to the data platform team
        #12 green
        #13 yellow 0.5
        #16 done - the December issue went out on the 9th
        """,
        expect={
            15: drop(G, "headcount"),
            12: g("green"),
            13: g("yellow", 0.5),
            16: done(G, note="December issue"),
        },
    ),
    Case(
        "fresh4-dana-fastmail-except-push",
        "dana",
        "fastmail",
        text="""
        All on track this week except #14 (red, 26 pages on Wednesday night alone) and #15,
        which I'd like to push to 2027-02-26.
        """,
        expect={
            12: e("green"),
            13: e("green"),
            16: e("green"),
            14: e("red", note="26 pages"),
            15: due(E, "2027-02-26"),
        },
        tags=("all-except",),
    ),
    Case(
        "fresh4-dana-hey-thanks",
        "dana",
        "hey",
        text="""
        Thanks - on the train without the numbers, I'll fill it in first thing Monday.
        """,
        expect={},
        tags=("thanks-only",),
    ),
    # Jonas Becker, Berlin (no answer for week 49): #21 Yellow pages cleanup (overdue),
    # #22 ledger, #23 Blocked-payment alerts.
    Case(
        "fresh4-jonas-thunderbird-html-late-w49",
        "jonas",
        "thunderbird_html",
        lang="de",
        form="W49",
        text="""
        Nachtrag für KW 49, hatte ich übersehen:
        #21 im Plan, 90 % der Einträge sauber
        #22 kritisch – Finance hat das Schema zurückgewiesen
        #23 im Plan

        Beste Grüße
        Jonas Becker
        """,
        expect={
            21: e("green", note="Einträge"),
            22: e("red", note="zurückgewiesen"),
            23: e("green"),
        },
        clean=("Beste Grüße", "Jonas Becker"),
        tags=("status-words",),
    ),
    Case(
        "fresh4-jonas-outlook-web-nur",
        "jonas",
        "outlook_web",
        lang="de",
        text="""
        Hallo zusammen,

        alles grün, nur #22 ist gelb (die Freigabe für das Ledger fehlt noch).

        Gruß, Jonas
        """,
        disclaimer=DISCLAIMER_DE,
        expect={"*": e("green"), 22: e("yellow", note="Freigabe")},
        clean=("Gruß, Jonas",),
        tags=("all-except", "disclaimer"),
    ),
    Case(
        "fresh4-jonas-gmail-neuer-termin",
        "jonas",
        "gmail_web",
        lang="de",
        text="""
        #21 neuer Termin: 29.01.2027 – die Lieferantendaten kommen erst im Januar
        #23 abgeschlossen, der Alarm kommt jetzt nach 3 Minuten
        #22 gelb 0,4
        """,
        expect={
            21: due(E, "2027-01-29"),
            23: done(E),
            22: e("yellow", 0.4),
        },
        tags=("decimal-comma",),
    ),
    Case(
        "fresh4-jonas-k9-reminder-emoji",
        "jonas",
        "k9",
        lang="de",
        form="R50",
        text="""
        #22 🔴 Finance blockiert
        #21 🟡
        #23 ✅
        """,
        expect={22: g("red", note="Finance blockiert"), 21: g("yellow"), 23: amb()},
        tags=("emoji", "ambiguous"),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 churn, #33 forum (overdue).
    # Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh4-amelie-apple-ras",
        "amelie",
        "apple_mail",
        lang="fr",
        text="""
        RAS sur le 31 et le 32.
        Le 33 a pris du retard : rouge, toujours personne pour la modération.
        """,
        expect={31: e("green"), 32: e("green"), 33: e("red", note="modération")},
        tags=("status-words", "refs-without-hash"),
    ),
    Case(
        "fresh4-amelie-outlook-abandon",
        "amelie",
        "outlook_desktop",
        lang="fr",
        text="""
        Bonjour,

        #33 on abandonne : le forum sera remplacé par un espace Slack client
        #31 vert, 14 comptes accompagnés
        #32 orange – 2,3 % en novembre
        """,
        sig="""
        Cordialement,
        Amélie Laurent
        Responsable Customer Success
        """,
        disclaimer=DISCLAIMER_FR,
        expect={
            33: drop(E, "Slack"),
            31: e("green", note="14 comptes"),
            32: e("yellow", note="novembre"),
        },
        tags=("disclaimer",),
    ),
    Case(
        "fresh4-amelie-gmail-inline-fr",
        "amelie",
        "gmail_web",
        lang="fr",
        layout="inline",
        text={
            "^": "Mes réponses sous chaque point.",
            "#32": "jaune — on remonte à 2,2 %, décembre sera décisif",
            "#33": "repoussé au 26 février",
        },
        expect={32: e("yellow", note="décisif"), 33: due(E, "2027-02-26")},
    ),
    Case(
        "fresh4-amelie-yahoo-question",
        "amelie",
        "yahoo",
        lang="fr",
        text="""
        #31 vert ? Je ne sais pas si on compte les comptes pilotes, tu me dis.
        #32 jaune
        """,
        expect={31: amb(), 32: e("yellow")},
        tags=("question", "ambiguous"),
    ),
    # Lucía Fernández, Madrid: #41 track 3, #42 partner portal (due Dec 11), #43 Red team
    # the login flow (due Dec 17), #44 Amber rollout. Last week: 41 g, 42 r, 43 g, 44 y.
    Case(
        "fresh4-lucia-gmail-android-slashes",
        "lucia",
        "gmail_android",
        lang="es",
        text="""
        #41 verde / #42 rojo (siguen sin llegar las claves) / #43 verde / #44 amarillo
        """,
        expect={
            41: e("green"),
            42: e("red", note="claves"),
            43: e("green"),
            44: e("yellow"),
        },
        tags=("one-line",),
    ),
    Case(
        "fresh4-lucia-outlook-mobile-listo",
        "lucia",
        "outlook_mobile",
        lang="es",
        text="""
        #42 ¡listo! El portal salió el miércoles 🎉
        #43 en riesgo: el proveedor del pentest va con retraso
        #41 bien encaminado
        """,
        expect={
            42: done(E),
            43: e("yellow", note="pentest"),
            41: e("green"),
        },
        tags=("status-words",),
    ),
    Case(
        "fresh4-lucia-thunderbird-bottom-names",
        "lucia",
        "thunderbird",
        lang="es",
        layout="bottom",
        text="""
        #43 verde — la prueba del Red Team terminó sin hallazgos críticos
        #44 amarillo, 5 de 12 servicios ya están en ámbar
        #41 verde 0,9

        Un saludo,
        Lucía
        """,
        expect={
            43: e("green", note="hallazgos"),
            44: e("yellow", note="servicios"),
            41: e("green", 0.9),
        },
        clean=("Un saludo",),
        tags=("colour-in-a-name", "decimal-comma"),
    ),
    Case(
        "fresh4-lucia-fastmail-reminder-letters",
        "lucia",
        "fastmail",
        form="R50",
        text="""
        Sorry, I was off sick most of the week.
        #42 done
        #41 g
        #43 g
        #44 y - two services still on the old pipeline
        """,
        expect={
            42: done(G),
            41: g("green"),
            43: g("green"),
            44: g("yellow", note="old pipeline"),
        },
    ),
    Case(
        "fresh4-lucia-outlook-forward",
        "lucia",
        "outlook_desktop",
        lang="es",
        layout="forward",
        text="""
        Os lo reenvío, la respuesta de ayer me la devolvió el servidor.

        #41 verde
        #43 amarillo, quedan dos hallazgos por cerrar
        #44 rojo... perdón, quería decir amarillo
        """,
        expect={
            41: e("green"),
            43: e("yellow", note="hallazgos"),
            44: e("yellow"),
        },
        tags=("forwarded", "correction"),
    ),
    # Mariana Costa, São Paulo (no answer for week 49): #51 office, #52 resellers,
    # #53 help centre (overdue).
    Case(
        "fresh4-mariana-uol-late-w49",
        "mariana",
        "uol",
        lang="pt",
        form="W49",
        text="""
        Segue a resposta da semana passada (atrasada, desculpem):
        #51 amarelo — o contrato de locação voltou para revisão
        #52 verde, 8 revendas assinadas
        #53 vermelho, faltam 30 artigos

        Abraços,
        Mariana
        """,
        expect={
            51: e("yellow", note="locação"),
            52: e("green", note="revendas"),
            53: e("red", note="30 artigos"),
        },
        clean=("Abraços",),
    ),
    Case(
        "fresh4-mariana-gmail-ios-nova-data",
        "mariana",
        "gmail_ios",
        lang="pt",
        text="""
        #53 nova data: 18/12/2026 — a revisão jurídica dos artigos atrasou
        #51 tudo certo, chaves entregues na segunda
        #52 verde
        """,
        expect={
            53: due(E, "2026-12-18"),
            51: e("green", note="chaves"),
            52: e("green"),
        },
        tags=("status-words",),
    ),
    Case(
        "fresh4-mariana-samsung-cancelado",
        "mariana",
        "samsung",
        lang="pt",
        text="""
        #51 cancelado — a diretoria decidiu abrir primeiro em Campinas
        #52 amarelo 60%
        #53 concluído ontem
        """,
        expect={
            51: drop(E, "Campinas"),
            52: e("yellow", 0.6),
            53: done(E),
        },
    ),
    Case(
        "fresh4-mariana-outlook-plain-near",
        "mariana",
        "outlook_plain",
        lang="pt",
        text="""
        #52 verd - mais duas revendas esta semana
        #53 amerelo
        """,
        expect={52: near("green", note="revendas"), 53: near("yellow")},
        tags=("near-miss",),
    ),
    Case(
        "fresh4-mariana-spark-reminder-one-line",
        "mariana",
        "spark",
        form="R50",
        text="""
        Status for this week: #51 yellow, #52 green, #53 done.
        """,
        expect={51: e("yellow"), 52: e("green"), 53: done(E)},
        tags=("one-line", "status-label"),
    ),
    # Giulia Rossi, Istanbul: #61 Istanbul region, #62 On-track deploys: 95% without
    # rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh4-giulia-libero-tutto-ok",
        "giulia",
        "libero",
        lang="it",
        text="""
        #61 tutto ok, il cutover è stato fatto domenica notte
        #62 ancora rosso: 93,8% senza rollback

        Ciao,
        Giulia
        """,
        expect={61: e("green", note="cutover"), 62: e("red", note="93,8")},
        clean=("Ciao,",),
        tags=("status-words",),
    ),
    Case(
        "fresh4-giulia-gmail-tr-tamamlandi",
        "giulia",
        "gmail_web",
        lang="tr",
        text="""
        #61 tamamlandı, tüm trafik yeni kümede
        #62 sarı – geri alma oranı düşüyor
        """,
        expect={61: done(E), 62: e("yellow", note="geri alma")},
    ),
    Case(
        "fresh4-giulia-em-client-tr-erteleme",
        "giulia",
        "em_client",
        prose="tr",
        text="""
        Merhaba,
        #62 hedef tarihini 15 Şubat 2027'ye erteledik
        #61 yeşil
        Saygılarımla,
        Giulia Rossi
        """,
        expect={62: due(E, "2027-02-15"), 61: e("green")},
        clean=("Saygılarımla", "Giulia Rossi"),
    ),
    Case(
        "fresh4-giulia-apple-anzi",
        "giulia",
        "apple_mail",
        lang="it",
        text="""
        #61 giallo, anzi no: verde, la migrazione è andata liscia
        #62 verde, anche se in realtà siamo ancora sotto il 95%
        """,
        expect={61: e("green", note="liscia"), 62: e("green", note="sotto il 95%")},
        tags=("correction", "note-contradicts-flag"),
    ),
    Case(
        "fresh4-giulia-thunderbird-inline-it",
        "giulia",
        "thunderbird",
        lang="it",
        layout="inline",
        text={
            "^": "Rispondo punto per punto.",
            "#61": "verde",
            "#62": "giallo, 94 e qualcosa per cento",
        },
        expect={61: e("green"), 62: e("yellow", note="94 e qualcosa")},
    ),
    # Sanne de Vries, Amsterdam: #71 mobile app 2.0 (due Dec 15), #72 rating,
    # #73 Behind-the-login dashboard. Last week: 71 yellow, 72 green, 73 green.
    Case(
        "fresh4-sanne-spark-op-schema",
        "sanne",
        "spark",
        prose="nl",
        text="""
        #71 op schema, de release staat klaar voor maandag
        #72 prima, 4,7
        #73 risico: de data-export geeft nog fouten
        """,
        expect={
            71: e("green", note="maandag"),
            72: e("green", note="4,7"),
            73: e("yellow", note="data-export"),
        },
        tags=("status-words",),
    ),
    Case(
        "fresh4-sanne-gmail-inline-afgerond",
        "sanne",
        "gmail_web",
        lang="nl",
        layout="inline",
        text={
            "^": "Antwoorden staan hieronder.",
            "#71": "Afgerond! Staat sinds gisteren in beide stores.",
            "#72": "groen",
        },
        expect={71: done(E), 72: e("green")},
    ),
    Case(
        "fresh4-sanne-mutt-noquote-letters",
        "sanne",
        "mutt",
        layout="noquote",
        text="""
        #71 Y 0.7 - Google Play review pending
        #72 G
        #73 R - export broken since the SDK upgrade
        """,
        expect={
            71: g("yellow", 0.7, note="Google Play"),
            72: g("green"),
            73: g("red", note="SDK upgrade"),
        },
    ),
    Case(
        "fresh4-sanne-proton-fingers-crossed",
        "sanne",
        "proton",
        lang="nl",
        prose="en",
        text="""
        #71 green, fingers crossed - store submission goes in on Monday
        #73 yellow, probably - depends on the export fix landing this sprint
        """,
        expect={71: e("green", note="store submission"), 73: e("yellow", note="export fix")},
        tags=("hedge",),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps (due Dec 20), #82 Greenfield pricing.
    # Last week: 81 green, 82 green.
    Case(
        "fresh4-erik-outlook-forutom",
        "erik",
        "outlook_desktop",
        lang="sv",
        text="""
        Hej!

        Allt grönt förutom #82, som är gult – vi väntar på prisdata från Norge.

        Med vänlig hälsning
        Erik
        """,
        expect={81: e("green"), 82: e("yellow", note="prisdata")},
        clean=("Med vänlig hälsning",),
        tags=("all-except",),
    ),
    Case(
        "fresh4-erik-thunderbird-klart",
        "erik",
        "thunderbird",
        lang="sv",
        text="""
        #81 klart! Vipps gick live i produktion i tisdags
        #82 gul, 50 %
        """,
        expect={81: done(E), 82: e("yellow", 0.5)},
    ),
    Case(
        "fresh4-erik-gmail-titles-en",
        "erik",
        "gmail_web",
        lang="sv",
        prose="en",
        text="""
        Greenfield pricing: red - legal paused the experiment until the terms are rewritten
        Swish and Vipps: green
        """,
        expect={81: g("green"), 82: g("red", note="legal paused")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "fresh4-erik-apple-reminder-skjuter",
        "erik",
        "apple_mail",
        lang="sv",
        form="R50",
        text="""
        #82 vi skjuter fram det till 1 februari
        #81 grönt
        """,
        expect={82: due(E, "2027-02-01"), 81: e("green")},
    ),
    # Mette Sørensen, Oslo: #91 At-risk playbook (due Dec 22), #92 Telenor (overdue),
    # #93 Partner NPS. Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh4-mette-outlook-web-aflyst",
        "mette",
        "outlook_web",
        lang="da",
        text="""
        #91 gul – salg vil stadig have færre sider
        #92 aflyst, Telenor har valgt en anden leverandør
        #93 grøn, NPS 44
        """,
        expect={
            91: e("yellow", note="færre sider"),
            92: drop(E, "anden leverandør"),
            93: e("green", note="NPS 44"),
        },
    ),
    Case(
        "fresh4-mette-k9-ferdig-no",
        "mette",
        "k9",
        prose="no",
        text="""
        #91 ferdig, spilleboka er sendt til salg
        #93 grønn
        #92 rød – Telenor svarer ikke på e-post

        Mvh
        Mette
        """,
        expect={91: done(E), 93: e("green"), 92: e("red", note="Telenor svarer")},
        clean=("Mvh",),
    ),
    Case(
        "fresh4-mette-apple-wrapped-rod-traad",
        "mette",
        "apple_mail",
        lang="da",
        wrap=72,
        text="""
        #91 gul - vi har skåret spillebogen ned til fire sider, men salgschefen vil gennemgå den med hele teamet på mødet den 17., før den kan godkendes
        #93 grøn - den røde tråd i kommentarerne er onboarding
        """,  # noqa: E501
        expect={91: e("yellow", note="salgschefen"), 93: e("green", note="røde tråd")},
        tags=("long-note-wrapped", "colour-in-a-name"),
    ),
    Case(
        "fresh4-mette-gmail-eller",
        "mette",
        "gmail_web",
        lang="da",
        text="""
        #92 rød eller gul, det afhænger af mødet i morgen
        #91 grøn
        """,
        expect={92: amb(), 91: e("green")},
        tags=("ambiguous",),
    ),
    # Olga Kowalczyk, Warsaw (no answer for week 49): #101 SOC 2, #102 secrets (due
    # Dec 10), #103 phishing drill (due Dec 18).
    Case(
        "fresh4-olga-the-bat-ru-late-w49",
        "olga",
        "the_bat",
        lang="ru",
        form="W49",
        text="""
        Отвечаю за прошлую неделю:
        #101 зелёный
        #102 жёлтый — осталось 4 сервиса
        #103 зелёный
        """,
        sig="""
        --
        Ольга Ковальчик
        Инженер по безопасности
        """,
        expect={101: e("green"), 102: e("yellow", note="4 сервиса"), 103: e("green")},
    ),
    Case(
        "fresh4-olga-wp-pl-oprocz",
        "olga",
        "wp_pl",
        lang="pl",
        text="""
        Dzień dobry,
        wszystko zielone oprócz #103 — czerwony, dostawca nie odpowiada od tygodnia.
        """,
        disclaimer=DISCLAIMER_PL,
        expect={101: e("green"), 102: e("green"), 103: e("red", note="dostawca")},
        tags=("all-except", "disclaimer"),
    ),
    Case(
        "fresh4-olga-gmail-pl-termin",
        "olga",
        "gmail_web",
        lang="pl",
        text="""
        #102 nowy termin: 8 stycznia 2027
        #101 żółty 0,5
        #103 gotowe, ćwiczenie przeszło 96% pracowników
        """,
        expect={102: due(E, "2027-01-08"), 101: e("yellow", 0.5), 103: done(E)},
        tags=("decimal-comma",),
    ),
    Case(
        "fresh4-olga-yandex-ru-near",
        "olga",
        "yandex",
        lang="ru",
        text="""
        #101 зеленный
        #103 желтый, ждём сценарий от подрядчика
        #102 сделано
        """,
        expect={101: near("green"), 103: e("yellow", note="сценарий"), 102: done(E)},
        tags=("near-miss",),
    ),
    # Kenji Watanabe, Tokyo (no answer for week 49): #111 localise, #112 customers,
    # #113 Stop-ship bugs (due Dec 12), #114 Red-carpet onboarding.
    Case(
        "fresh4-kenji-gmail-late-w49-en",
        "kenji",
        "gmail_web",
        lang="ja",
        prose="en",
        form="W49",
        text="""
        Late answer for last week, sorry:
        #111 green 0.8
        #112 yellow
        #113 red - eleven still open
        #114 green
        """,
        expect={
            111: g("green", 0.8),
            112: g("yellow"),
            113: g("red", note="eleven still open"),
            114: g("green"),
        },
    ),
    Case(
        "fresh4-kenji-becky-yochuui",
        "kenji",
        "becky",
        lang="ja",
        text="""
        #111 順調です（95%翻訳済み）
        #112 要注意、先方の稟議待ち
        #113 黄色
        #114 緑

        渡辺 健二
        """,
        expect={
            111: e("green", note="翻訳済み"),
            112: e("yellow", note="稟議待ち"),
            113: e("yellow"),
            114: e("green"),
        },
        clean=("渡辺 健二",),
        tags=("status-words", "name-as-last-line"),
    ),
    Case(
        "fresh4-kenji-outlook-ja-kigen",
        "kenji",
        "outlook_desktop",
        lang="ja",
        text="""
        お疲れ様です。
        #113 期限を12月25日に変更してください
        #111 緑、スコア0.9
        よろしくお願いします。
        """,
        expect={113: due(E, "2026-12-25"), 111: e("green", 0.9)},
        clean=("よろしくお願いします",),
    ),
    Case(
        "fresh4-kenji-ios-thanks-ja",
        "kenji",
        "ios_mail",
        lang="ja",
        text="""
        ありがとうございます。来週まとめて回答します。
        """,
        expect={},
        tags=("thanks-only",),
    ),
    # Wei Zhang, Shanghai: #121 distribution partners, #122 ICP licence (overdue).
    # Last week: 121 green, 122 red.
    Case(
        "fresh4-wei-foxmail-reminder-deng",
        "wei",
        "foxmail",
        lang="zh",
        form="R50",
        text="""
        #121 绿灯，第三家已经上线
        #122 红灯
        """,
        expect={121: e("green", note="第三家"), 122: e("red")},
    ),
    Case(
        "fresh4-wei-netease-yiwancheng",
        "wei",
        "netease",
        lang="zh",
        text="""
        #122 已完成，许可证昨天批下来了
        #121 黄色，70%
        """,
        expect={122: done(E), 121: e("yellow", 0.7)},
    ),
    Case(
        "fresh4-wei-outlook-mobile-jiezhi",
        "wei",
        "outlook_mobile",
        lang="zh",
        text="""
        #121 进展顺利
        #122 截止日期改为2027年3月1日
        """,
        expect={121: e("green"), 122: due(E, "2027-03-01")},
        tags=("status-words",),
    ),
    Case(
        "fresh4-wei-gmail-en-cjk-sig",
        "wei",
        "gmail_web",
        lang="zh",
        prose="en",
        text="""
        #121 green - all three partners have signed
        #122 yellow - documents accepted, waiting for the review

        张伟 | Wei Zhang
        """,
        expect={121: g("green", note="all three"), 122: g("yellow", note="documents accepted")},
        clean=("张伟",),
        tags=("name-as-last-line",),
    ),
]
