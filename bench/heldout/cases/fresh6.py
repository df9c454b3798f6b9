"""A sixth batch (written on 2026-12-06 for measurement at the end of the current round, by
someone who read neither the parser, its tests nor its development corpus, and who ran
neither on it), five replies per person of the company, on how managers and senior people
write: longer prose, answers inside sentences and paragraphs, answers typed under the
quoted items, English key-result words inside German, Japanese, Spanish, French and Chinese
sentences, negations and contrasts ("no longer at risk", "far from green", "nicht mehr
rot", "もう赤ではありません"), comparisons with last week, conditions ("green if legal signs
by Friday"), reasons after "because" in many languages, colours that name things (redlines,
blue-green deployment, green light, røde tal, 红头文件), done, drop and new dates in prose and
in local date styles, corrections and second thoughts, hedges and questions to the manager,
several key results on one line, exceptions, replies that answer only some key results,
thanks-only and out-of-office replies, forwarded replies, long signatures and disclaimers,
and sign-offs in every language. Measured alone (`--only fresh6-`) and with the rest.

Tagged as the earlier batches are: `grammar` for the plain form (a ref or a title, an
English flag word, letter or flag emoji, a score, a note; English done, drop and due),
`everyday` for everything else (other languages, prose, status phrases, exceptions, hedges,
corrections, one-line lists). Five replies hold a deliberately ambiguous answer (which
colour, or which key result, cannot be told) and four a near-miss spelling."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
--
Dana Whitfield
VP Engineering | Halvard Labs Ltd
+44 20 7946 0321 | mobile +44 7700 900412
2 Finsbury Avenue, London EC2M 2PP
"""
DISCLAIMER_EN = """
This email and any files sent with it are confidential and meant only for the people it
is addressed to. If it reached you by mistake, please tell the sender and delete it.
Halvard Labs Ltd, registered in England and Wales, company number 09876543.
"""
DISCLAIMER_DE = """
Diese Nachricht ist ausschließlich für den bezeichneten Empfänger bestimmt und kann
vertrauliche Angaben enthalten. Sollten Sie sie irrtümlich erhalten haben, benachrichtigen
Sie bitte den Absender und löschen Sie die Nachricht.
Halvard Labs GmbH · Amtsgericht Charlottenburg HRB 123456 B
"""
DISCLAIMER_NO = """
Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for mottakeren.
Har du mottatt den ved en feil, ber vi deg varsle avsenderen og slette meldingen.
"""

CASES = [
    # Dana Whitfield, London: #12 design partners (due Dec 18), #13 Green-light the data
    # platform, #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16 newsletter.
    # Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh6-dana-outlook-board-memo",
        "dana",
        "outlook_desktop",
        text="""
        Hi all,

        A longer note than usual, since the board pack goes out on Monday and I would rather
        you read it here first.

        Design partners (#12): green. The fifth one, Norrland Freight, signed on Wednesday,
        so we are at five of five a week early. I'm not closing it yet because their
        security review still has to clear.

        The data platform (#13) is no longer at risk: procurement countersigned yesterday,
        so I'm calling it green.

        Red alerts (#14) are still red because the pager load hasn't moved: 33 pages this
        week against 30 the week before.

        Nothing new on #16, it stays green; the December issue is with the designers.

        Dana
        """,
        sig=SIG_DANA,
        disclaimer=DISCLAIMER_EN,
        expect={
            12: e("green", note="Norrland Freight"),
            13: e("green"),
            14: e("red", note="pager load"),
            16: e("green", note="designers"),
        },
        clean=("Hi all", "board pack", "Dana"),
        tags=("prose", "negation", "because", "partial", "signature-long", "disclaimer"),
    ),
    Case(
        "fresh6-dana-gmail-inline-conditions",
        "dana",
        "gmail_web",
        lang="en-gb",
        layout="inline",
        text={
            "^": "Answers under each one, as usual.",
            "#12": "Green. All five have signed, but I'll only call it done once the last "
            "order form is countersigned.",
            "#13": "Yellow today; green if legal signs by Friday.",
            "#14": "Far from green. Red, and honestly I don't expect it to move before January.",
            "#15": "Pushing this to 31 March 2027 - the second req only reopened on 1 December.",
        },
        expect={
            12: g("green", note="order form"),
            13: e("yellow"),
            14: e("red", note="January"),
            15: due(E, "2027-03-31"),
        },
        tags=("condition", "negation", "date-local", "done-not-yet"),
    ),
    Case(
        "fresh6-dana-blackberry-reminder-partial",
        "dana",
        "blackberry",
        form="R50",
        text="""
        Sorry, in the air all day yesterday. #12 green, #13 yellow, #16 green. The alerts
        and the hiring one I'll do properly on Monday.
        """,
        expect={12: e("green"), 13: e("yellow"), 16: e("green")},
        tags=("one-line", "partial"),
    ),
    Case(
        "fresh6-dana-thunderbird-second-thoughts",
        "dana",
        "thunderbird",
        layout="bottom",
        text="""
        #14 yellow - alerts down to 19 this week, the first week under twenty
        #16 green
        #15 drop - the second seat goes to an internal transfer from the platform team, so
        the req is closed

        On reflection, #14 should stay red: one quiet week proves nothing and the on-call
        rota is still exhausted. Sorry for the noise.

        Best,
        Dana
        """,
        expect={
            14: e("red"),
            16: g("green"),
            15: drop(G, "internal transfer"),
        },
        clean=("Best,", "Sorry for the noise", "Dana"),
        tags=("correction", "second-thought"),
    ),
    Case(
        "fresh6-dana-hey-out-of-office",
        "dana",
        "hey",
        text="""
        Thank you for your message. I am out of the office until Monday 4 January with
        limited access to email. For anything urgent about the platform, please contact
        Sanne de Vries; for hiring, contact Amélie Laurent.
        """,
        expect={},
        tags=("out-of-office",),
    ),
    # Jonas Becker, Berlin (no answer for week 49): #21 Yellow pages cleanup (overdue in
    # week 50), #22 Migrate billing to the new ledger, #23 Blocked-payment alerts.
    Case(
        "fresh6-jonas-gmx-late-w49-mixed",
        "jonas",
        "gmx",
        lang="de",
        form="W49",
        text="""
        Hallo Dana,

        sorry für die Verspätung – hier noch mein Update für KW 49.

        Das Yellow-Pages-Cleanup ist praktisch durch, aber noch nicht abgeschlossen: 92 % der
        Einträge sind sauber, deshalb gelb und nicht grün.
        Beim Ledger (#22) sind wir wieder im grünen Bereich, weil Finance das Schema am
        Dienstag abgenommen hat.
        #23 ist weiterhin rot, die Logs bekommen wir erst nach dem Audit.

        Viele Grüße aus Berlin
        Jonas
        """,
        expect={
            21: e("yellow"),
            22: e("green", note="Schema"),
            23: e("red", note="Audit"),
        },
        clean=("Viele Grüße aus Berlin", "Jonas", "Verspätung"),
        tags=("prose", "mixed-language", "title-in-sentence", "because", "negation"),
    ),
    Case(
        "fresh6-jonas-notes-inline-initials",
        "jonas",
        "lotus_notes",
        lang="de",
        layout="inline",
        text={
            "#21": "[JB] Neuer Termin: 15.01.2027. Die letzten 8 % hängen an den "
            "Händlerdaten aus Polen.",
            "#22": "[JB] von gelb auf grün, weil die Abnahme am Dienstag durch war",
            "#23": "[JB] rot. Kein Zugriff auf die Payment-Logs, das Ticket liegt seit drei "
            "Wochen bei Security.",
        },
        disclaimer=DISCLAIMER_DE,
        expect={
            21: due(E, "2027-01-15"),
            22: e("green", note="Abnahme"),
            23: e("red", note="Payment-Logs"),
        },
        tags=("initials", "date-local", "comparison", "because", "disclaimer"),
    ),
    Case(
        "fresh6-jonas-webde-nicht-mehr-rot",
        "jonas",
        "webde",
        lang="de",
        charset="windows-1252",
        text="""
        Kurz und knapp:

        #23 nicht mehr rot, aber auch noch nicht grün – sagen wir gelb. Der Zugriff auf die
        Logs ist da, die Alarme selbst fehlen noch.
        #22 gelb – Moment, Korrektur: grün, die Freigabe von Finance kam gerade rein.
        #21 erledigt, die restlichen Einträge hat das Team in Krakau am Montag bereinigt.

        Gruß
        Jonas
        """,
        expect={
            23: e("yellow", note="Alarme"),
            22: e("green", note="Freigabe"),
            21: done(E, note="Krakau"),
        },
        clean=("Kurz und knapp", "Gruß"),
        tags=("negation", "correction", "done-prose"),
    ),
    Case(
        "fresh6-jonas-gmail-forward-zwischen",
        "jonas",
        "gmail_web",
        lang="de",
        layout="forward",
        text="""
        Weitergeleitet, weil meine Antwort von gestern offenbar nie angekommen ist.

        #21 fertig ✔ – alle Einträge sind bereinigt
        #22 irgendwo zwischen gelb und grün, das hängt davon ab, ob der zweite Testlauf
        von Finance zählt
        #23 rot
        """,
        expect={21: done(E), 22: amb(), 23: e("red")},
        tags=("forwarded", "ambiguous"),
    ),
    Case(
        "fresh6-jonas-k9-over-termin",
        "jonas",
        "k9",
        lang="de",
        layout="over",
        text={
            "#21": "Termin verschoben auf den 29. Januar 2027, wir warten auf den Export "
            "aus dem CRM.",
            "#23": "Jetzt gelb (vorher rot): der Zugriff auf die Logs ist seit Mittwoch da.",
        },
        expect={21: due(E, "2027-01-29"), 23: e("yellow", note="Mittwoch")},
        tags=("typed-over-last-week", "date-local", "comparison", "partial"),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch
    # the customer forum (overdue). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh6-amelie-zimbra-prose",
        "amelie",
        "zimbra",
        lang="fr",
        wrap=72,
        text=(
            "Bonjour Dana,\n\n"
            "Petit point de la semaine, un peu plus long que d'habitude.\n\n"
            "Le Done-for-you onboarding avance bien : 15 comptes accompagnés depuis le début "
            "du trimestre, je le passe donc en vert sans hésiter.\n\n"
            "Pour le churn (#32), on est à 2,1 % en novembre. Ce n'est plus vraiment à risque, "
            "mais pas encore tout à fait au vert non plus : je reste sur jaune par prudence.\n\n"
            "Quant au forum (#33), nous l'abandonnons : le budget de modération a été réaffecté "
            "au support téléphonique, et les clients nous demandent plutôt un canal Slack.\n\n"
            "Bonne fin de semaine,\n"
            "Amélie"
        ),
        expect={
            31: e("green"),
            32: e("yellow", note="prudence"),
            33: drop(E, "modération"),
        },
        clean=("Bonne fin de semaine", "Petit point de la semaine", "Amélie"),
        tags=("prose", "mixed-language", "title-in-sentence", "negation", "drop-prose"),
    ),
    Case(
        "fresh6-amelie-orange-inline-compare",
        "amelie",
        "orange",
        lang="fr",
        layout="inline",
        text={
            "^": "Bonjour, mes réponses sont dans le texte.",
            "#31": "Toujours vert, rien de neuf.",
            "#32": "Mieux que la semaine dernière : 2,0 % pile en novembre, donc vert.",
            "#33": "Nouvelle échéance : 12/03/2027, le prestataire de modération ne démarre "
            "qu'en février.",
        },
        expect={
            31: e("green"),
            32: e("green"),
            33: due(E, "2027-03-12"),
        },
        tags=("comparison", "date-local"),
    ),
    Case(
        "fresh6-amelie-apple-je-corrige",
        "amelie",
        "apple_mail",
        lang="fr",
        text="""
        #32 vert, enfin… je corrige : jaune. Le chiffre de novembre (2,3 %) est tombé ce
        matin et il est moins bon que prévu.
        #31 vert

        Dana, est-ce qu'on peut en parler lundi ? Je ne suis pas sûre que l'objectif de 2 %
        soit encore réaliste d'ici la fin de l'année.

        Amélie
        """,
        expect={32: e("yellow", note="novembre"), 31: e("green")},
        clean=("est-ce qu'on peut en parler", "Amélie"),
        tags=("correction", "question-to-manager", "partial"),
    ),
    Case(
        "fresh6-amelie-samsung-pas-tranche",
        "amelie",
        "samsung",
        lang="fr",
        text="""
        #31 en bonne voie, 3 nouveaux comptes cette semaine
        #33 rouge ou abandon pur et simple, je n'ai pas encore tranché. On en parle jeudi ?
        """,
        expect={31: e("green", note="nouveaux comptes"), 33: amb()},
        tags=("ambiguous", "question-to-manager", "partial"),
    ),
    Case(
        "fresh6-amelie-yahoo-english-done",
        "amelie",
        "yahoo",
        prose="en",
        text="""
        Quick one from the airport.

        Churn came in at 1.9% for November, so #32 is finally green - the first time this
        quarter.
        #31 green as well.
        The forum (#33) is done: it went live on Monday with forty founding members. Two
        months late, but it's live.

        Bises,
        Amélie
        """,
        expect={
            32: e("green", note="first time this quarter"),
            31: e("green"),
            33: done(E, note="founding members"),
        },
        clean=("Bises", "Quick one from the airport", "Amélie"),
        tags=("prose", "done-prose", "comparison"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due
    # Dec 11), #43 Red team the login flow (due Dec 17), #44 Amber rollout for every
    # service. Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh6-lucia-outlook-mobile-reminder",
        "lucia",
        "outlook_mobile",
        lang="es",
        form="R50",
        text="""
        Perdona, se me pasó ayer con el comité.

        #42: ya no está bloqueado, las claves llegaron el martes; lo pongo en amarillo porque
        falta la prueba de carga.
        #41 y #43 en verde.
        """,
        expect={
            42: e("yellow", note="prueba de carga"),
            41: e("green"),
            43: e("green"),
        },
        tags=("negation", "because", "one-line", "partial"),
    ),
    Case(
        "fresh6-lucia-gmail-mixed-titles",
        "lucia",
        "gmail_web",
        lang="es",
        text="""
        Hola Amélie,

        Te resumo la semana:

        El pentest del login flow (#43) salió limpio, así que lo doy por terminado: el informe
        final llegó el miércoles.
        El Amber rollout sigue en amarillo porque dos servicios legacy no soportan el nuevo
        balanceador; no es rojo, pero tampoco lo veo verde antes de enero.
        Track 3 va según lo previsto, cuatro días de media.

        Un abrazo,
        Lucía
        """,
        expect={
            43: done(E, note="informe"),
            44: e("yellow", note="balanceador"),
            41: e("green"),
        },
        clean=("Un abrazo", "Te resumo la semana", "Lucía"),
        tags=("prose", "mixed-language", "title-in-sentence", "because", "done-prose"),
    ),
    Case(
        "fresh6-lucia-thunderbird-inline-es",
        "lucia",
        "thunderbird",
        lang="es",
        layout="inline",
        text={
            "#41": "Verde. Bajamos de cinco a cuatro días por ticket.",
            "#42": "Hecho: el portal está en producción desde ayer por la tarde.",
            "#44": "Amarillo, y no rojo como temía: los servicios en pausa ya vuelven a desplegar.",
            "#43": "verde",
        },
        expect={
            41: e("green", note="cuatro días"),
            42: done(E),
            44: e("yellow", note="en pausa"),
            43: e("green"),
        },
        tags=("contrast",),
    ),
    Case(
        "fresh6-lucia-spark-bottom-movemos",
        "lucia",
        "spark",
        lang="es",
        layout="bottom",
        text="""
        #42 lo movemos al 22/01/2027: el socio no tendrá el sandbox listo hasta después de
        Reyes.
        #43 verde — el informe no tiene ni un solo punto en rojo.
        #41 verde

        Saludos cordiales,
        Lucía Fernández
        Jefa de Ingeniería de Plataforma
        Halvard Labs · Calle de Alcalá 48, 28014 Madrid
        """,
        expect={
            42: due(E, "2027-01-22"),
            43: e("green", note="informe"),
            41: e("green"),
        },
        clean=("Saludos cordiales", "Jefa de Ingeniería", "Calle de Alcalá"),
        tags=("date-local", "colour-in-a-name", "signature-long"),
    ),
    Case(
        "fresh6-lucia-em-client-salvo",
        "lucia",
        "em_client",
        lang="es",
        text="""
        Buenas,

        Todo en verde salvo el portal de partners (#42), que sigue en rojo porque el socio no
        nos ha dado todavía las claves de producción.

        Saludos,
        Lucía
        """,
        expect={
            41: e("green"),
            43: e("green"),
            44: e("green"),
            42: e("red", note="claves"),
        },
        clean=("Saludos,", "Lucía"),
        tags=("all-except", "because"),
    ),
    # Mariana Costa, São Paulo (no answer for week 49): #51 Open the São Paulo office,
    # #52 10 reseller agreements signed, #53 Portuguese help centre complete (overdue in 50).
    Case(
        "fresh6-mariana-uol-late-w49",
        "mariana",
        "uol",
        lang="pt",
        form="W49",
        text="""
        Oi Amélie,

        com atraso, o status da semana 49:

        O escritório de São Paulo (#51) saiu do amarelo: o contrato de locação foi assinado
        na sexta, então agora está verde.
        Revendas (#52): verde, oito de dez assinados.
        A central de ajuda em português (#53) continua atrasada e, sinceramente, está
        vermelha - faltam 35 artigos e a tradutora saiu da empresa.

        Abraço,
        Mariana
        """,
        expect={
            51: e("green"),
            52: e("green", note="oito de dez"),
            53: e("red", note="tradutora"),
        },
        clean=("Abraço", "com atraso", "Mariana"),
        tags=("prose", "comparison"),
    ),
    Case(
        "fresh6-mariana-gmail-android-mixed",
        "mariana",
        "gmail_android",
        lang="pt",
        text="""
        #52 on track, nove de dez assinados, o último reseller está revisando o contrato.
        #53 feito! A central foi publicada ontem com os 120 artigos.
        #51 amarelo porque a reforma atrasou; se a obra terminar até 15/01 volta pro verde.
        """,
        expect={
            52: e("green", note="reseller"),
            53: done(E),
            51: e("yellow", note="reforma"),
        },
        tags=("mixed-language", "because", "condition"),
    ),
    Case(
        "fresh6-mariana-outlook-web-noquote",
        "mariana",
        "outlook_web",
        lang="pt",
        layout="noquote",
        text="""
        Bom dia,

        #53: adiado para 29 de janeiro de 2027. A tradutora nova só começa em janeiro.
        #51 — não está mais em risco, voltou para o verde.
        #52 vermelho; dois revendedores desistiram esta semana.
        """,
        sig="""
        Atenciosamente,
        Mariana Costa
        Country Manager Brasil | Halvard Labs
        Av. Paulista, 1000 – 10º andar – São Paulo/SP
        +55 11 4002-8922
        """,
        expect={
            53: due(E, "2027-01-29"),
            51: e("green"),
            52: e("red", note="desistiram"),
        },
        tags=("negation", "date-local", "signature-long"),
    ),
    Case(
        "fresh6-mariana-apple-near-vermleho",
        "mariana",
        "apple_mail",
        lang="pt",
        text="""
        #51 vermleho - o proprietário desistiu do contrato, voltamos à estaca zero
        #52 verde
        """,
        expect={51: near("red"), 52: e("green")},
        tags=("near-miss", "partial"),
    ),
    Case(
        "fresh6-mariana-ios-reminder-thanks",
        "mariana",
        "ios_mail",
        lang="pt",
        form="R50",
        text="""
        Obrigada pelo lembrete! Estou num evento com parceiros hoje, respondo amanhã cedo
        com os números certinhos.
        """,
        expect={},
        tags=("thanks-only",),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh6-giulia-libero-lontani",
        "giulia",
        "libero",
        lang="it",
        text="""
        Ciao Jonas,

        la migrazione della regione di Istanbul (#61) non è più in ritardo: la finestra di
        manutenzione di domenica è andata bene, quindi torno al verde.
        Sui deploy (#62) siamo ancora lontani dal verde: 93,8% senza rollback, quindi rosso
        anche questa settimana.

        Buon fine settimana,
        Giulia
        """,
        expect={61: e("green"), 62: e("red")},
        clean=("Buon fine settimana", "Giulia"),
        tags=("prose", "negation", "comparison"),
    ),
    Case(
        "fresh6-giulia-gmail-inline-tr",
        "giulia",
        "gmail_web",
        lang="tr",
        charset="iso-8859-9",
        layout="inline",
        text={
            "#61": "Yeşil - trafik pazartesiden beri yeni kümede.",
            "#62": "Artık kırmızı değil, sarı: bu ay rollback'siz oran %94,6.",
            "$": "Kolay gelsin,\nGiulia",
        },
        expect={61: e("green", note="yeni kümede"), 62: e("yellow", note="%94,6")},
        clean=("Kolay gelsin", "Giulia"),
        tags=("negation", "mixed-language"),
    ),
    Case(
        "fresh6-giulia-roundcube-blue-green",
        "giulia",
        "roundcube",
        lang="it",
        layout="bottom",
        text="""
        #62 giallo: con il blue-green deployment siamo al 94,7% senza rollback, ci manca
        pochissimo.
        #61 verde, il cutover di Istanbul è finito martedì alle tre di notte.

        Cordiali saluti,
        Giulia Rossi
        SRE Lead – Halvard Labs
        """,
        expect={62: e("yellow", note="blue-green"), 61: e("green", note="cutover")},
        clean=("Cordiali saluti", "SRE Lead"),
        tags=("colour-in-a-name",),
    ),
    Case(
        "fresh6-giulia-samsung-emin-degilim",
        "giulia",
        "samsung",
        lang="tr",
        text="""
        #62 sarı mı kırmızı mı, emin değilim: rakamlar pazartesi netleşecek.
        #61 tamamlandı, bölge artık tamamen yeni kümede çalışıyor.

        Saygılarımla,
        Giulia
        """,
        expect={62: amb(), 61: done(E)},
        clean=("Saygılarımla", "Giulia"),
        tags=("ambiguous", "hedge"),
    ),
    Case(
        "fresh6-giulia-mutt-noquote-condition",
        "giulia",
        "mutt",
        layout="noquote",
        flowed=True,
        text="""
        #62 red - 92% this month, because of the two bad releases on the 1st and the 3rd
        #61 green if the DNS cutover on Monday goes through; today it's yellow.

        G.
        """,
        expect={62: g("red", note="bad releases"), 61: e("yellow")},
        tags=("condition", "because"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store
    # rating above 4.5, #73 Behind-the-login analytics dashboard. Last week: 71 yellow,
    # 72 green, 73 green.
    Case(
        "fresh6-sanne-outlook-mac-reminder",
        "sanne",
        "outlook_mac",
        prose="nl",
        form="R50",
        text="""
        Excuses, ik zat gisteren de hele dag in de stuurgroep.

        #71 staat niet meer op geel: de iOS-review is goedgekeurd, dus groen.
        #72 en #73 allebei groen.

        Groetjes,
        Sanne
        """,
        expect={71: e("green"), 72: e("green"), 73: e("green")},
        clean=("Groetjes", "stuurgroep", "Sanne"),
        tags=("negation", "one-line"),
    ),
    Case(
        "fresh6-sanne-thunderbird-over-nl",
        "sanne",
        "thunderbird",
        lang="nl",
        layout="over",
        text={
            "#71": "Deze week: klaar! Versie 2.0 staat sinds woensdag in beide stores.",
            "#72": "Deze week: geel, we zakten naar 4,4 door de crash op oudere "
            "Android-toestellen.",
            "#73": "Deze week: die laten we vallen – het management wil eerst de nieuwe "
            "datastrategie zien.",
        },
        expect={
            71: done(E),
            72: e("yellow", note="Android"),
            73: drop(E, "datastrategie"),
        },
        tags=("typed-over-last-week", "drop-prose"),
    ),
    Case(
        "fresh6-sanne-fastmail-bottom-slip",
        "sanne",
        "fastmail",
        layout="bottom",
        wrap=72,
        text=(
            "Hi Dana,\n\n"
            "Quick summary before the holidays. The app release (#71) is not green and I won't "
            "pretend it is: we found a sync bug on Tuesday, so it's red, and I'm moving the due "
            "date to 12 January 2027.\n\n"
            "The store rating (#72) is steady at 4.6, green.\n\n"
            "Cheers,\n"
            "Sanne"
        ),
        expect={71: due(E, "2027-01-12", flag="red"), 72: e("green")},
        clean=("Cheers", "before the holidays", "Sanne"),
        tags=("prose", "negation", "date-local", "partial"),
    ),
    Case(
        "fresh6-sanne-spark-near-groem",
        "sanne",
        "spark",
        prose="nl",
        text="""
        #72 groem, 4,6 in de App Store
        #73 geel: de export naar het BI-team loopt vast op grote accounts
        """,
        expect={72: near("green"), 73: e("yellow", note="BI-team")},
        tags=("near-miss", "partial"),
    ),
    Case(
        "fresh6-sanne-gmail-ios-question",
        "sanne",
        "gmail_ios",
        text="""
        Only #73 to report: yellow. The login-wall dashboards take nine seconds to load on
        big accounts, which is too slow to show customers. Should I borrow someone from
        Erik's team for this, or keep it in mine?
        """,
        expect={73: e("yellow", note="nine seconds")},
        tags=("partial", "question-to-manager"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (due Dec 20), #82
    # Greenfield pricing experiment. Last week: 81 green, 82 green.
    Case(
        "fresh6-erik-apple-prose-sv",
        "erik",
        "apple_mail",
        lang="sv",
        text="""
        Hej Sanne,

        Swish och Vipps i kassan (#81): allt rullar på enligt plan, båda är live i produktion
        sedan i tisdags för en tiondel av trafiken. Grönt.

        Greenfield-experimentet har däremot gått från grönt till gult, eftersom finance vill
        ha en ny prisnivå för Norge innan vi startar.

        Ha en bra helg!
        Erik
        """,
        expect={81: e("green"), 82: e("yellow", note="prisnivå")},
        clean=("Ha en bra helg", "Erik"),
        tags=("prose", "mixed-language", "title-in-sentence", "comparison", "because"),
    ),
    Case(
        "fresh6-erik-outlook-plain-inline",
        "erik",
        "outlook_plain",
        lang="sv",
        charset="iso-8859-1",
        layout="inline",
        text={
            "#81": "EL: klart - Vipps gick live i går kväll, Swish redan i måndags.",
            "#82": "EL: gult, vi väntar fortfarande på finans.",
        },
        expect={81: done(E, note="Vipps"), 82: e("yellow", note="finans")},
        tags=("initials",),
    ),
    Case(
        "fresh6-erik-alpine-both",
        "erik",
        "alpine",
        text="""
        Both of mine in one go: #81 and #82 are green. Vipps passed the bank's
        certification on Wednesday and the pricing experiment is collecting data in
        three markets.

        Med vänliga hälsningar,
        Erik
        """,
        expect={81: e("green"), 82: e("green")},
        clean=("Med vänliga hälsningar", "Erik"),
        tags=("one-line", "prose"),
    ),
    Case(
        "fresh6-erik-thunderbird-html-snarare",
        "erik",
        "thunderbird_html",
        lang="sv",
        text="""
        #82 grönt, eller snarare gult – finans har inte sagt sitt om Norge ännu.
        #81 grönt, 0,9

        Mvh Erik
        """,
        expect={82: e("yellow", note="Norge"), 81: e("green", 0.9)},
        clean=("Mvh Erik",),
        tags=("correction", "decimal-comma"),
    ),
    Case(
        "fresh6-erik-ios-forward-rott",
        "erik",
        "ios_mail",
        lang="sv",
        layout="forward",
        text="""
        Skickar vidare eftersom jag svarade från fel konto i går.

        #81 rött. Vipps-integrationen föll i bankens test i går och nästa testfönster är
        först i januari, så vi hinner inte till den 20:e.
        """,
        expect={81: e("red", note="testfönster")},
        tags=("forwarded", "partial", "because"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook (due Dec 22), #92 Renew the
    # Telenor contract (overdue), #93 Partner NPS above 40. Last week: 91 yellow, 92 red,
    # 93 green.
    Case(
        "fresh6-mette-gmail-reminder-da",
        "mette",
        "gmail_web",
        lang="da",
        form="R50",
        text="""
        Undskyld forsinkelsen!

        #91 er ikke længere i fare: salg har godkendt den korte version, så grøn.
        #93 grøn, NPS på 42.

        Venlig hilsen
        Mette
        """,
        expect={91: e("green"), 93: e("green", note="NPS")},
        clean=("Venlig hilsen", "Undskyld forsinkelsen", "Mette"),
        tags=("negation", "partial"),
    ),
    Case(
        "fresh6-mette-outlook-no-prose",
        "mette",
        "outlook_desktop",
        lang="no",
        text="""
        Hei Sanne,

        Telenor-avtalen (#92) er endelig på plass: vi signerte den nye treårsavtalen i går
        ettermiddag, så den er ferdig.

        NPS-målingen (#93) ligger på 39, rett under målet, så jeg setter den til gul.

        Playbooken (#91) er fortsatt gul fordi salg vil ha en kortere versjon før jul.
        """,
        sig="""
        Med vennlig hilsen
        Mette Sørensen
        Partner Director Nordics
        Halvard Labs AS | Dronning Eufemias gate 16, 0191 Oslo
        Tlf. +47 22 00 00 00
        """,
        disclaimer=DISCLAIMER_NO,
        expect={
            92: done(E),
            93: e("yellow"),
            91: e("yellow", note="kortere versjon"),
        },
        tags=("prose", "done-prose", "because", "signature-long", "disclaimer"),
    ),
    Case(
        "fresh6-mette-k9-over-da",
        "mette",
        "k9",
        prose="da",
        layout="over",
        text={
            "#91": "Denne uge: gul – salg har stadig ikke læst udkastet.",
            "#92": "Ny dato: 15. januar 2027. Telenors jurister holder ferie til nytår.",
            "#93": "grøn",
        },
        expect={
            91: e("yellow", note="udkastet"),
            92: due(E, "2027-01-15"),
            93: e("green"),
        },
        tags=("typed-over-last-week", "date-local"),
    ),
    Case(
        "fresh6-mette-evolution-eller-gul",
        "mette",
        "evolution",
        prose="da",
        text="""
        #93 grøn
        #92 rød – eller er den nu gul? Telenor har svaret, men kun med en mail om at de
        vender tilbage efter nytår.
        #91 gul

        Mvh
        Mette
        """,
        expect={93: e("green"), 92: amb(), 91: e("yellow")},
        clean=("Mvh", "Mette"),
        tags=("ambiguous", "question"),
    ),
    Case(
        "fresh6-mette-yahoo-android-roede-tal",
        "mette",
        "yahoo_android",
        prose="da",
        text="""
        #93 grøn – svarprocenten er oppe på 44, selv om partnerkanalen stadig kører med
        røde tal.
        #91 gul, vil jeg mene.
        """,
        expect={93: e("green", note="svarprocenten"), 91: e("yellow")},
        tags=("colour-in-a-name", "hedge", "partial"),
    ),
    # Olga Kowalczyk, Warsaw (no answer for week 49): #101 Complete the SOC 2 audit,
    # #102 Rotate all production secrets (due Dec 10), #103 Phishing drill for all staff.
    Case(
        "fresh6-olga-the-bat-late-w49",
        "olga",
        "the_bat",
        lang="pl",
        charset="iso-8859-2",
        form="W49",
        text="""
        Spóźniona odpowiedź za tydzień 49, przepraszam.

        Audyt SOC 2 (#101) - żółty, bo audytor poprosił o dodatkowe logi dostępu.
        Rotacja sekretów (#102) idzie zgodnie z planem, zostały tylko dwie usługi.
        #103 zielony.

        Pozdrawiam serdecznie
        Olga
        """,
        expect={
            101: e("yellow", note="logi dostępu"),
            102: e("green", note="dwie usługi"),
            103: e("green"),
        },
        clean=("Pozdrawiam serdecznie", "Spóźniona odpowiedź", "Olga"),
        tags=("because", "status-words"),
    ),
    Case(
        "fresh6-olga-mailru-zeleny-svet",
        "olga",
        "mailru",
        lang="ru",
        charset="koi8-r",
        text="""
        Добрый день, Йонас!

        #102 готово: ротация завершена, последний сервис переключили в понедельник.
        #101 жёлтый. Аудитор дал зелёный свет по большинству контролей, но два ещё открыты.
        Фишинговые учения (#103) переносим на 15 января 2027 г., потому что в декабре
        половина офиса в отпуске.

        С уважением,
        Ольга Ковальчик
        """,
        expect={
            102: done(E, note="ротация"),
            101: e("yellow", note="контролей"),
            103: due(E, "2027-01-15"),
        },
        clean=("С уважением", "Ольга Ковальчик"),
        tags=("colour-in-a-name", "date-local", "because"),
    ),
    Case(
        "fresh6-olga-wp-inline-pl",
        "olga",
        "wp_pl",
        lang="pl",
        layout="inline",
        text={
            "#101": "Zielony - audytor przyjął wszystkie dowody.",
            "#102": "Zrobione, ostatnie klucze zrotowane we wtorek.",
            "#103": "Rezygnujemy z tego w tym kwartale: dział HR robi własne szkolenie w styczniu.",
        },
        expect={
            101: e("green", note="dowody"),
            102: done(E),
            103: drop(E, "HR"),
        },
        tags=("drop-prose",),
    ),
    Case(
        "fresh6-olga-outlook-mobile-near",
        "olga",
        "outlook_mobile",
        text="""
        #101 yellwo - evidence for change management still missing
        #103 green, drill scheduled for Tuesday
        """,
        expect={101: near("yellow", note="change management"), 103: g("green", note="drill")},
        tags=("near-miss", "partial"),
    ),
    Case(
        "fresh6-olga-thunderbird-daleko",
        "olga",
        "thunderbird",
        lang="pl",
        layout="bottom",
        crlf=True,
        text="""
        #101 daleko mu do zielonego, ale czerwony też nie jest – żółty. Audytor chce jeszcze
        próbek z listopada.
        #102 już nie zielony, niestety czerwony, bo dwa klucze do bazy płatności są zaszyte
        w starym kodzie.
        #103 zgodnie z planem

        Pozdrawiam
        Olga Kowalczyk
        """,
        expect={
            101: e("yellow", note="listopada"),
            102: e("red", note="starym kodzie"),
            103: e("green"),
        },
        clean=("Pozdrawiam", "Olga Kowalczyk"),
        tags=("negation", "contrast", "because"),
    ),
    # Kenji Watanabe, Tokyo (no answer for week 49): #111 Localise the product into
    # Japanese, #112 Sign 3 launch customers in Japan, #113 Stop-ship bugs to zero (due
    # Dec 12), #114 Red-carpet onboarding for launch partners.
    Case(
        "fresh6-kenji-becky-late-w49",
        "kenji",
        "becky",
        lang="ja",
        form="W49",
        text="""
        ダナさん

        遅くなりましたが、第49週の状況です。

        #111 順調です。翻訳は91%まで進みました。
        #112 黄色：2社目の契約が法務レビュー中のため。
        #113 赤。stop-shipバグがまだ9件残っています。
        #114 緑

        よろしくお願いいたします。
        渡辺
        """,
        expect={
            111: e("green", note="91%"),
            112: e("yellow", note="法務レビュー"),
            113: e("red", note="9件"),
            114: e("green"),
        },
        clean=("よろしくお願いいたします", "渡辺"),
        tags=("mixed-language", "because"),
    ),
    Case(
        "fresh6-kenji-gmail-igai",
        "kenji",
        "gmail_web",
        lang="ja",
        text="""
        ダナさん

        今週は#113以外はすべて順調です。
        #113 は、もう赤ではありません。残りの stop-ship バグが2件まで減ったので、yellow
        にしておきます。

        渡辺
        """,
        expect={
            111: e("green"),
            112: e("green"),
            114: e("green"),
            113: e("yellow"),
        },
        clean=("渡辺",),
        tags=("all-except", "negation", "mixed-language"),
    ),
    Case(
        "fresh6-kenji-outlook-inline-ja",
        "kenji",
        "outlook_desktop",
        lang="ja",
        layout="inline",
        text={
            "#111": "[KW] 完了しました。昨日、最後の画面の翻訳をリリースしました。",
            "#113": "[KW] 赤です。期日を2027年1月8日に変更します。",
            "#114": "[KW] 緑です",
        },
        expect={
            111: done(E),
            113: due(E, "2027-01-08", flag="red"),
            114: e("green"),
        },
        tags=("initials", "date-local", "partial"),
    ),
    Case(
        "fresh6-kenji-apple-which-launch",
        "kenji",
        "apple_mail",
        lang="ja",
        text="""
        #111 予定通り、レビュー待ちは残り3画面です。
        launch の件は緑です。先方の役員とも話せました。
        """,
        expect={111: e("green", note="3画面"), 112: amb(), 114: amb()},
        tags=("ambiguous", "which-kr", "mixed-language", "partial"),
    ),
    Case(
        "fresh6-kenji-ios-reminder-thanks",
        "kenji",
        "ios_mail",
        lang="ja",
        charset="shift_jis",
        form="R50",
        text="""
        ダナさん、リマインドありがとうございます。
        今週は大阪に出張中のため、月曜日にまとめて回答します。
        """,
        expect={},
        tags=("thanks-only",),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (overdue). Last week: 121 green, 122 red.
    Case(
        "fresh6-wei-foxmail-late-crlf",
        "wei",
        "foxmail",
        lang="zh",
        crlf=True,
        text="""
        抱歉回复晚了。
        #121 绿色，第三家分销商下周一上线。
        #122 还是红色，因为材料又被退回了一次。
        """,
        expect={121: e("green", note="下周一"), 122: e("red", note="退回")},
        tags=("because",),
    ),
    Case(
        "fresh6-wei-netease-prose",
        "wei",
        "netease",
        lang="zh",
        text="""
        Kenji 你好，

        本周进展如下：

        分销伙伴方面（#121），第三家 partner 已经签约并上线，目标已经完成，这条可以关掉了。
        ICP 备案（#122）新的截止日期定在2027年2月26日，管局要求补充服务器托管证明。

        谢谢！
        张伟
        """,
        expect={121: done(E), 122: due(E, "2027-02-26")},
        clean=("谢谢", "张伟"),
        tags=("prose", "mixed-language", "done-prose", "date-local"),
    ),
    Case(
        "fresh6-wei-outlook-web-inline-zh",
        "wei",
        "outlook_web",
        lang="zh",
        layout="inline",
        text={
            "#121": "黄色：第三家伙伴的技术对接比预期慢，但还不是红色。",
            "#122": "放弃：公司决定使用合作伙伴的 ICP 资质，不再单独申请。",
        },
        expect={121: e("yellow", note="技术对接"), 122: drop(E, "合作伙伴")},
        tags=("contrast", "drop-prose"),
    ),
    Case(
        "fresh6-wei-gmail-hongtou",
        "wei",
        "gmail_web",
        lang="zh",
        charset="gb2312",
        text="""
        #121 录色，第三家月底前上线
        #122 黄色：红头文件已经下发，只差最后盖章
        """,
        expect={121: near("green"), 122: e("yellow", note="盖章")},
        tags=("near-miss", "colour-in-a-name"),
    ),
    Case(
        "fresh6-wei-proton-noquote-mixed",
        "wei",
        "proton",
        layout="noquote",
        text="""
        Kenji, a short one from the airport:
        Partners: 绿色, the third one goes live on Monday.
        ICP: still red - 管局 has not replied to the resubmission.
        Wei
        """,
        expect={121: e("green", note="third one"), 122: g("red", note="resubmission")},
        clean=("from the airport", "Wei"),
        tags=("mixed-language",),
    ),
]
