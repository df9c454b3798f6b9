"""An eighteenth batch (written on 2026-12-07 for measurement once, at the end of a round, by
someone who read neither the parser, its tests nor its development corpus, and who ran neither
on it; sealed and unregistered until then), five replies per person of the company, on the END
OF QUARTER: the week people close, drop, move and score.

Done said in many ways and tenses ("done", "complete", "finished", "shipped", "closed",
"erledigt", "ist durch", "abgeschlossen", "terminé", "fini", "c'est fait", "lancé", "hecho",
"completado", "lanzado", "concluído", "fechado", "tamamlandı", "klaar", "afgerond", "klart",
"færdig", "ferdig", "gotowe", "zrobione", "завершено", "完了しました", "已完成", "可以算完成了"),
with a past day, a date or a count in its note; things that sound close but are NOT done
("fast fertig", "presque terminé", "quasi fatto", "prawie skończone", "ほぼ完了", "finished 95%",
"terminé à 80 %", "closing this out next week", "not done yet"), each with the colour it
concludes with. Drops with reasons in nine languages (and one drop only hedged). New due dates
in ISO, dotted (15.03.2027), day-first slashes (31/03/2027, 15/03/2027), words in ten languages
("15 March 2027", "18 de diciembre", "29 de janeiro de 2027", "22 января 2027", "14 februari
2027", "15. januar 2027", "1月29日", "2027年1月15日"), a weekday with its day ("Wednesday the
16th", "Friday 8 January 2027"), a date with its flag, and dates that are no decision ("Ende
Februar", "end of next month", "nel Q1"); dates, quarters and extensions inside notes that move
nothing. Scores as decimals (0.6, 0,5), percentages (25%, 60%, 80%), fractions (9/10, 8/10)
and a score before its flag ("0.4 / red", "→ 0.3, red"), beside ratings, percentages with
decimals and fractions of things that are notes ("4,6 deze maand", "2,2 %", "2/3 signed",
"3/5 reports"). Final flags with one-line summaries in all fifteen languages, the README's
grammar (refs, bare numbers with a colon or a dash, status labels, "Bu hafta:", "状态：",
"Den här veckan:", initials under Outlook quotes, brackets in prose, exceptions, "RAS sur",
"Rest unverändert", "uændret", "ongewijzigd") next to people's own words (inflected colours,
"sigue en verde", "fortfarande grön", colours as a last sentence, the owner's own call).

60 replies in all 42 clients and all 15 languages (as the client's language and as the
writer's): 30 top-posted, 11 bottom-posted, 8 inline under the quoted items, 4 typed over
"Last week:", 4 with the quote deleted and 3 forwarded; 45 answers to this week's form, four
late answers to week 49 and 11 to the reminder. ISO-8859-1, -2 and -9, KOI8-R, Shift_JIS,
ISO-2022-JP, GB2312, GBK, GB18030, windows-1252 and UTF-8 declared ISO-8859-1; CRLF, an
upper-cased `+TOKEN`, a Cc; seven signatures and ten disclaimers (an Impressum among them),
sign-offs and names in every language, given as `clean=` fragments that no note may hold.

Phrasing tags: `grammar` for every form the README's grammar table documents in any of its
languages, `everyday` for the rest. 169 answers: 131 `grammar` (77 flags, 32 done, 6 drops, 16
new dates, one of them with its flag) and 38 `everyday` (18 flags, 6 done, 1 drop, 2 new dates,
7 ambiguous and 4 near-misses); 16 key results are left unanswered; 19 answers carry a score.
The 7 ambiguous answers, where nothing may be recorded: "I'd call it green … but", a due date
with no day ("Ende Februar", "end of next month"), a hedged drop ("forse lo chiudiamo"), a
colour or a drop offered as alternatives, a bound ("yellow at best"), a guess ("估计还是红").
The 4 near-misses: "yelllow", "amarilo", "vermlho", "greem"."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
Dana Whitfield
COO · Halvard Labs · 1 Finsbury Avenue, London
+44 20 7946 0318
"""
DISCLAIMER_EN = """
CONFIDENTIALITY NOTICE: The contents of this email are intended solely for the named
recipient and may be privileged. If you are not that person, please notify the sender
immediately and delete this message. Halvard Labs Ltd, company no. 11223344.
"""
SIG_JONAS = """
--
Jonas Becker
Teamleitung Datenplattform | Halvard Labs GmbH
Tel. +49 30 5557 2210
"""
IMPRESSUM_DE = """
Halvard Labs GmbH · Sitz Berlin · Amtsgericht Charlottenburg HRB 203344 B
Geschäftsführung: Dana Whitfield. Diese E-Mail enthält vertrauliche Informationen.
Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.
"""
SIG_AMELIE = """
--
Amélie Laurent | Customer Success
Halvard Labs, 18 rue de Châteaudun, 75009 Paris
"""
DISCLAIMER_FR = """
Ce message et toutes ses pièces jointes sont établis à l'intention exclusive de ses
destinataires. Toute utilisation non autorisée est interdite. Si vous avez reçu ce
message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
"""
DISCLAIMER_ES = """
AVISO LEGAL: Este mensaje y sus adjuntos son confidenciales y van dirigidos
exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al
remitente y bórrelo.
"""
SIG_MARIANA = """
Mariana Costa
Country Manager Brasil · Halvard Labs
+55 11 95555-0142
"""
DISCLAIMER_IT = """
Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo
messaggio per errore, vi preghiamo di informare il mittente e di eliminarlo.
"""
SIG_SANNE = """
Sanne de Vries
Head of Mobile · Halvard Labs Amsterdam
"""
DISCLAIMER_NL = """
Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke
informatie bevatten. Heeft u dit bericht onterecht ontvangen, meld dit dan aan de
afzender en verwijder het.
"""
SIG_METTE = """
Med venlig hilsen
Mette Sørensen
Partner Manager, Halvard Labs Norden
"""
DISCLAIMER_DA = """
Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet for modtageren.
Har du modtaget den ved en fejl, bedes du give afsenderen besked og slette den.
"""
DISCLAIMER_PL = """
Ta wiadomość i jej załączniki mogą zawierać informacje poufne. Jeżeli nie jesteś
jej adresatem, poinformuj nadawcę i usuń ją ze swojej skrzynki.
"""
DISCLAIMER_RU = """
Данное сообщение и любые вложения конфиденциальны. Если вы получили его по ошибке,
пожалуйста, уведомите отправителя и удалите сообщение.
"""
SIG_KENJI = """
渡辺 健二
Halvard Labs 株式会社 日本事業部
"""
DISCLAIMER_ZH = """
本邮件及其附件可能包含保密信息，仅供指定收件人使用。如您误收本邮件，请立即通知发件人并删除。
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners (due Dec 18), #13 Green-light the
    # data platform, #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16
    # Shipped-features newsletter. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh18-dana-gmail_web-top-quarterclose",
        "dana",
        "gmail_web",
        text=(
            "Quarter close from my side:\n"
            "\n"
            "#12 done - Larkspur countersigned on Tuesday, that makes 5 of 5\n"
            "#13 yellow 0.6 - vendor contract sits with legal, signature expected before the 23rd\n"
            "#14 red 25% - 27 red alerts this week, the target is 15\n"
            "#15 due 2027-02-26 - the second SRE can only start after her notice period\n"
            "#16 green - December issue went out on Wednesday\n"
            "\n"
            "Thanks,\n"
            "Dana"
        ),
        expect={
            12: done(G, note="Larkspur"),
            13: g("yellow", 0.6, note="legal"),
            14: g("red", 0.25, note="27 red alerts"),
            15: due(G, "2027-02-26"),
            16: g("green", note="December issue"),
        },
        clean=("Thanks,", "Dana", "Quarter close"),
        tags=("done-past-day", "score-decimal", "score-percent", "date-iso", "quarter-end"),
    ),
    Case(
        "fresh18-dana-outlook_desktop-inline-initials",
        "dana",
        "outlook_desktop",
        layout="inline",
        text={
            "^": "Answers under each item - end-of-quarter edition.",
            "#12": "DW: complete. All five signed; the last countersignature came back "
            "yesterday afternoon.",
            "#13": "DW: not done yet – legal still has the MSA. Yellow.",
            "#14": "DW: 31 → 22 red alerts, still red",
            "#15": "DW: we're dropping it – the second headcount was cut in the Q1 budget",
            "#16": "DW: green 9/10",
        },
        sig=SIG_DANA,
        disclaimer=DISCLAIMER_EN,
        expect={
            12: done(G, note="countersignature"),
            13: e("yellow", note="MSA", not_in=("DW:", "vendor shortlist done")),
            14: e("red", note="22 red alerts", not_in=("30+ red alerts",)),
            15: drop(G, "Q1 budget"),
            16: g("green", 0.9, not_in=("December draft done",)),
        },
        clean=("end-of-quarter edition", "CONFIDENTIALITY", "+44 20"),
        tags=("initials", "not-done-yet", "drop", "score-fraction", "arrow-in-note"),
    ),
    Case(
        "fresh18-dana-superhuman-noquote-prose",
        "dana",
        "superhuman",
        form="R50",
        layout="noquote",
        text=(
            "Sorry, quarter-end chaos here.\n"
            "\n"
            "The newsletter (#16) is green: December's issue went out on Wednesday. Hiring "
            "(#15) stays red until someone accepts an offer. On the data platform (#13) I'd "
            "call it green now that legal signed, but I want to see the PO first.\n"
            "\n"
            "Partners and alerts on Monday.\n"
            "\n"
            "D."
        ),
        expect={
            16: g("green", note="December", not_in=("Hiring",)),
            15: e("red", note="accepts an offer", not_in=("data platform",)),
            13: amb(),
        },
        clean=("quarter-end chaos", "Partners and alerts on Monday"),
        tags=("prose", "bracket-ref", "hedge", "red-until", "reply-to-reminder"),
    ),
    Case(
        "fresh18-dana-fastmail-bottom-nearmiss",
        "dana",
        "fastmail",
        layout="bottom",
        text=(
            "12: finished - Larkspur countersigned Tuesday, that's five.\n"
            "13: yelllow, PO stuck in procurement\n"
            "14: red 0.4 - 24 red alerts against a target of 15\n"
            "15: push to 15 March 2027, the agency needs another round\n"
            "16: Green.\n"
            "\n"
            "--\n"
            "Dana Whitfield | COO"
        ),
        expect={
            12: done(G, note="Larkspur"),
            13: near("yellow", note="procurement"),
            14: g("red", 0.4, note="24 red alerts"),
            15: due(G, "2027-03-15"),
            16: g("green", not_in=("Dana",)),
        },
        clean=("Dana Whitfield", "COO"),
        tags=("near-miss", "bare-number-colon", "date-words", "sig-dashes"),
    ),
    Case(
        "fresh18-dana-gmail_ios-top-exception",
        "dana",
        "gmail_ios",
        text=("All green except #14, still red.\n#15 new date 29 Jan 2027"),
        expect={
            12: g("green"),
            13: g("green"),
            14: g("red"),
            15: due(G, "2027-01-29"),
            16: g("green"),
        },
        tags=("all-green-except", "phone", "date-words"),
    ),
    # Jonas Becker, Berlin: #21 Yellow pages cleanup (due Dec 4, overdue), #22 Migrate billing
    # to the new ledger (Feb 15), #23 Blocked-payment alerts in under 5 minutes (Dec 21). He
    # did not answer week 49 (the W49 form quotes W48: 21 green, 22 yellow, 23 red).
    Case(
        "fresh18-jonas-gmx-top-late",
        "jonas",
        "gmx",
        form="W49",
        lang="de",
        text=(
            "Hallo zusammen,\n"
            "\n"
            "sorry, die Antwort auf letzte Woche kommt spät – Quartalsabschluss.\n"
            "\n"
            "#21 erledigt – die letzten Einträge wurden am 4.12. bereinigt\n"
            "#22 gelb 0,5 – Ledger-Schema steht, die Datenübernahme hängt an Finance\n"
            "#23 rot – Zugang zu den Payment-Logs fehlt weiterhin\n"
            "\n"
            "Viele Grüße\n"
            "Jonas"
        ),
        disclaimer=IMPRESSUM_DE,
        expect={
            21: done(G, note="bereinigt"),
            22: g("yellow", 0.5, note="Finance"),
            23: g("red", note="Payment-Logs"),
        },
        clean=("Viele Grüße", "Jonas", "Amtsgericht", "Quartalsabschluss"),
        tags=("late-reply", "score-decimal-comma", "impressum", "done-date-in-note"),
    ),
    Case(
        "fresh18-jonas-outlook_mac-top-almost",
        "jonas",
        "outlook_mac",
        lang="de",
        charset="iso-8859-1",
        text=(
            "#21 ist durch – Gelbe Seiten komplett bereinigt, letzter Lauf am Montag\n"
            "#22 verschoben auf 15.03.2027, Finance braucht den Januar für den Jahresabschluss\n"
            "#23 fast fertig, der Alarm kommt jetzt nach 6 Minuten – gelb"
        ),
        sig=SIG_JONAS,
        expect={
            21: done(G, note="komplett bereinigt"),
            22: due(G, "2027-03-15"),
            23: g("yellow", note="6 Minuten", not_in=("Jonas Becker",)),
        },
        clean=("Teamleitung", "+49 30"),
        tags=("done-ist-durch", "date-dotted", "almost-done-not-done", "signature"),
    ),
    Case(
        "fresh18-jonas-k9-bottom-phone",
        "jonas",
        "k9",
        form="R50",
        lang="de",
        layout="bottom",
        text=(
            "Kurz vom Handy:\n22 gelb\n23 rot, Logs immer noch nicht freigegeben\n21 abgeschlossen"
        ),
        expect={
            22: e("yellow"),
            23: e("red", note="Logs"),
            21: done(E),
        },
        clean=("Kurz vom Handy", "K-9"),
        tags=("phone", "bare-numbers", "out-of-order", "reply-to-reminder"),
    ),
    Case(
        "fresh18-jonas-webde-inline-vague-date",
        "jonas",
        "webde",
        lang="de",
        layout="inline",
        text={
            "#21": "Erledigt. Der letzte Batch ist am Montag durchgelaufen.",
            "#22": "Neuer Zieltermin: Ende Februar, genauer weiß ich es nach dem Jahresabschluss",
            "#23": "Läuft, 4:40 Minuten im Schnitt – grün",
        },
        expect={
            21: done(G, note="letzte Batch"),
            22: amb(),
            23: e("green", note="im Schnitt"),
        },
        tags=("inline", "vague-date", "done-sentence"),
    ),
    Case(
        "fresh18-jonas-lotus_notes-top-rest",
        "jonas",
        "lotus_notes",
        lang="de",
        prose="de",
        text=(
            "#22 gelb, verschoben auf den 26.02.2027 – die Datenmigration kommt erst nach dem "
            "Jahresabschluss\n"
            "#23 upgraded to yellow, alerts arrive after 7 min on average now\n"
            "Rest unverändert.\n"
            "\n"
            "Mit freundlichen Grüßen / Best regards\n"
            "Jonas Becker"
        ),
        expect={
            22: due(G, "2027-02-26", flag="yellow"),
            23: g("yellow", note="7 min", not_in=("Rest unverändert",)),
        },
        clean=("Mit freundlichen Grüßen", "Jonas Becker"),
        tags=("flag-and-date", "mixed-language", "rest-unchanged", "unanswered"),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding (Jan 15), #32 Cut churn to 2% (Dec
    # 31), #33 Launch the customer forum (Oct 30, overdue). Last week: 31 green, 32 yellow,
    # 33 red.
    Case(
        "fresh18-amelie-orange-top-bilan",
        "amelie",
        "orange",
        lang="fr",
        mislabel="iso-8859-1",
        text=(
            "Bonjour,\n"
            "\n"
            "Bilan de fin de trimestre :\n"
            "#31 vert 0,8 – 15 comptes accompagnés, objectif du trimestre atteint\n"
            "#32 jaune – churn à 2,2 % en novembre, on saura fin décembre\n"
            "#33 lancé ! Le forum est en ligne depuis mardi.\n"
            "\n"
            "Bonne journée,\n"
            "Amélie"
        ),
        expect={
            31: g("green", 0.8, note="15 comptes"),
            32: g("yellow", note="2,2 %"),
            33: done(G, note="en ligne"),
        },
        clean=("Bonne journée", "Amélie", "Bilan de fin de trimestre"),
        tags=("launched", "score-decimal-comma", "charset:mislabelled-utf8"),
    ),
    Case(
        "fresh18-amelie-zimbra-inline-partial",
        "amelie",
        "zimbra",
        lang="fr",
        layout="inline",
        text={
            "#31": "Réponse : terminé à 80 %, le reste en janvier – je mets vert",
            "#32": "Pas encore à 2 % : 2,3 % fin novembre, on ne tiendra pas l'objectif au "
            "31/12. Rouge.",
            "#33": "Le forum est ouvert depuis lundi : c'est fait.",
        },
        sig=SIG_AMELIE,
        expect={
            31: e("green", note="janvier", not_in=("12 accounts onboarded",)),
            32: e("red", note="2,3 %", not_in=("on track to 2%",)),
            33: done(E, note="ouvert"),
        },
        clean=("Customer Success", "Châteaudun"),
        tags=("partial-done", "own-call", "colour-last-sentence", "done-sentence"),
    ),
    Case(
        "fresh18-amelie-roundcube-bottom-drop",
        "amelie",
        "roundcube",
        lang="fr",
        layout="bottom",
        text=(
            "31 : presque terminé, encore deux clients à embarquer – vert\n"
            "32 : on abandonne – l'objectif de churn est remplacé par le NRR au T1, décision "
            "du comité\n"
            "33 : c'est fait, le forum tourne depuis le 1er décembre\n"
            "\n"
            "--\n"
            "Amélie"
        ),
        expect={
            31: g("green", note="deux clients"),
            32: drop(G, "NRR"),
            33: done(G, note="1er décembre"),
        },
        clean=("Amélie",),
        tags=("almost-done-not-done", "drop", "done-past-date", "sig-dashes"),
    ),
    Case(
        "fresh18-amelie-apple_mail-top-ras",
        "amelie",
        "apple_mail",
        form="R50",
        lang="fr",
        text=("RAS sur #31 et #33.\n#32 : jaune 0,6, 2,2 % fin novembre\n\nAmélie"),
        disclaimer=DISCLAIMER_FR,
        expect={
            31: g("green"),
            33: g("green"),
            32: g("yellow", 0.6, note="2,2 %", not_in=("destinataires",)),
        },
        clean=("Amélie", "pièces jointes"),
        tags=("flag-first-list", "score-and-measure", "disclaimer", "reply-to-reminder"),
    ),
    Case(
        "fresh18-amelie-outlook_web-forward",
        "amelie",
        "outlook_web",
        lang="fr",
        layout="forward",
        text=(
            "Je te le transfère, le bouton Répondre ne marche pas sur ce poste.\n"
            "\n"
            "#31 toujours vert\n"
            "#32 reporté au 31/03/2027 – l'objectif de 2 % glisse au T1\n"
            "#33 fini"
        ),
        expect={
            31: g("green"),
            32: due(G, "2027-03-31"),
            33: done(G),
        },
        clean=("bouton Répondre",),
        tags=("forwarded", "date-slash-dayfirst", "still"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3 (Jan 8), #42 Launch the partner portal
    # (Dec 11), #43 Red team the login flow (Dec 17), #44 Amber rollout for every service (Mar
    # 31). Last week: 41 green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh18-lucia-yahoo-top-cierre",
        "lucia",
        "yahoo",
        lang="es",
        text=(
            "Hola:\n"
            "#41 verde – 4 días en la pista 3, objetivo del trimestre cumplido\n"
            "#42 ¡lanzado! El portal salió ayer con los tres primeros partners\n"
            "#43 completado: informe del red team entregado el miércoles\n"
            "#44 amarilo, 9 de 20 servicios con el rollout ámbar\n"
            "Saludos,\n"
            "Lucía"
        ),
        disclaimer=DISCLAIMER_ES,
        expect={
            41: g("green", note="4 días"),
            42: done(G, note="tres primeros"),
            43: done(G, note="informe"),
            44: near("yellow", note="9 de 20"),
        },
        clean=("Saludos", "Lucía", "AVISO LEGAL"),
        tags=("launched", "done-past-day", "near-miss", "disclaimer"),
    ),
    Case(
        "fresh18-lucia-samsung-top-dashes",
        "lucia",
        "samsung",
        lang="es",
        text=(
            "41 - sigue en verde\n"
            "42 - lo movemos al 18 de diciembre, faltan las claves de API de dos partners\n"
            "43 - hecho\n"
            "44 - en riesgo 0,4"
        ),
        expect={
            41: g("green"),
            42: due(G, "2026-12-18"),
            43: done(G),
            44: g("yellow", 0.4),
        },
        tags=("bare-number-dash", "date-words", "score-decimal-comma", "mobile-footer"),
    ),
    Case(
        "fresh18-lucia-gmail_android-inline-two",
        "lucia",
        "gmail_android",
        lang="es",
        layout="inline",
        text={
            "#42": "Lanzado el lunes 🎉",
            "#44": "Rojo. Pausamos el rollout otra vez tras el incidente del martes.",
        },
        expect={
            42: done(G, note="lunes"),
            44: g("red", note="incidente", not_in=("rollout resumed on 3 services",)),
        },
        tags=("inline", "launched", "emoji", "unanswered"),
    ),
    Case(
        "fresh18-lucia-thunderbird_html-top-except-drop",
        "lucia",
        "thunderbird_html",
        form="R50",
        lang="es",
        text=(
            "Perdón por el retraso, cierre de trimestre.\n"
            "Todo en orden salvo el 44: lo cancelamos – el rollout ámbar se sustituye por "
            "despliegues canary en todos los servicios."
        ),
        expect={
            41: e("green"),
            42: e("green"),
            43: e("green"),
            44: drop(E, "canary"),
        },
        clean=("Perdón por el retraso",),
        tags=("all-green-except", "drop", "article-number", "reply-to-reminder"),
    ),
    Case(
        "fresh18-lucia-hey-bottom-arrows",
        "lucia",
        "hey",
        lang="en",
        prose="en",
        layout="bottom",
        text=(
            "Quarter wrap-up:\n"
            "41 → green, track 3 is at 4 days (from 9 in September)\n"
            "42 → done, portal live since Monday\n"
            "43 → pushed to Friday 8 January 2027: the red team needs another week after the "
            "holidays\n"
            "44 → 0.3, red: two services rolled back\n"
            "Lucía"
        ),
        expect={
            41: g("green", note="4 days"),
            42: done(G, note="portal live"),
            43: due(G, "2027-01-08"),
            44: g("red", 0.3, note="rolled back"),
        },
        clean=("Quarter wrap-up", "Lucía"),
        tags=("arrows", "weekday-and-date", "score-decimal", "html-only"),
    ),
    # Mariana Costa, São Paulo: #51 Open the São Paulo office (Feb 1), #52 10 reseller
    # agreements signed (Dec 31), #53 Portuguese help centre complete (Dec 4, overdue). She did
    # not answer week 49 (the W49 form quotes W48: 51 yellow, 52 green, 53 yellow).
    Case(
        "fresh18-mariana-uol-top-late",
        "mariana",
        "uol",
        form="W49",
        lang="pt",
        text=(
            "Oi, respondendo o formulário da semana passada com atraso.\n"
            "#51 amarelo – contrato de locação assinado, a obra começa em janeiro\n"
            "#52 verde 8/10 – oito revendas assinadas\n"
            "#53 concluído – os 120 artigos foram publicados ontem\n"
            "Abraços,\n"
            "Mariana"
        ),
        expect={
            51: g("yellow", note="obra"),
            52: g("green", 0.8, note="oito revendas"),
            53: done(G, note="120 artigos"),
        },
        clean=("Abraços", "Mariana", "com atraso"),
        tags=("late-reply", "score-fraction", "done-past-day"),
    ),
    Case(
        "fresh18-mariana-gmail_web-top-nearmiss",
        "mariana",
        "gmail_web",
        lang="pt",
        text=(
            "#51 adiado para 15/03/2027 – a obra atrasou por causa das chuvas\n"
            "#52 9 de 10 assinados, falta a revenda de Recife. Amarelo.\n"
            "#53 vermlho: ainda faltam 20 artigos de faturamento\n"
            "\n"
            "Att.,\n"
            "Mariana"
        ),
        expect={
            51: due(G, "2027-03-15"),
            52: g("yellow", note="Recife"),
            53: near("red", note="20 artigos"),
        },
        clean=("Att.,", "Mariana"),
        tags=("date-slash-dayfirst", "colour-last-sentence", "near-miss", "fraction-in-note"),
    ),
    Case(
        "fresh18-mariana-ios_mail-top-fechado",
        "mariana",
        "ios_mail",
        lang="pt",
        text=("52 fechado! 10 de 10 assinados 🎉\n51 amarelo, obra começa em janeiro"),
        expect={
            52: done(E, note="10 de 10"),
            51: e("yellow", note="janeiro"),
        },
        tags=("phone", "bare-numbers", "done-closed", "emoji", "unanswered"),
    ),
    Case(
        "fresh18-mariana-outlook_mobile-top-english",
        "mariana",
        "outlook_mobile",
        lang="pt",
        prose="en",
        text=(
            "Quick one from the airport:\n"
            "#52 done – the tenth reseller signed on Wednesday in Curitiba\n"
            "#53 finished 95%, last 6 articles by the 18th – yellow"
        ),
        expect={
            52: done(G, note="Curitiba"),
            53: e("yellow", note="6 articles"),
        },
        clean=("from the airport",),
        tags=("partial-done", "mixed-language", "mobile-footer", "unanswered"),
    ),
    Case(
        "fresh18-mariana-spark-bottom-resumo",
        "mariana",
        "spark",
        lang="pt",
        layout="bottom",
        to="token-upper",
        text=(
            "Resumo do trimestre:\n"
            "51: verde, chaves entregues em 1º de dezembro, mudança em fevereiro\n"
            "52: amarelo 80% – duas revendas ainda no jurídico\n"
            "53: vamos empurrar para 29 de janeiro de 2027 — faltam revisores"
        ),
        sig=SIG_MARIANA,
        expect={
            51: g("green", note="chaves"),
            52: g("yellow", 0.8, note="jurídico"),
            53: due(G, "2027-01-29"),
        },
        clean=("Resumo do trimestre", "Country Manager", "+55 11"),
        tags=("score-percent", "date-words", "signature", "address:token-upper"),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster (Jan 20), #62
    # On-track deploys: 95% without rollback (Dec 31). Last week: 61 yellow, 62 red.
    Case(
        "fresh18-giulia-libero-top-chiusura",
        "giulia",
        "libero",
        lang="it",
        text=(
            "Ciao,\n"
            "#61 verde 0,9 – migrazione completata al 90%, cutover finale il 14/01\n"
            "#62 rosso: 93,5% a dicembre, non arriviamo al 95% entro fine trimestre\n"
            "Un saluto,\n"
            "Giulia"
        ),
        disclaimer=DISCLAIMER_IT,
        expect={
            61: g("green", 0.9, note="cutover"),
            62: g("red", note="93,5%"),
        },
        clean=("Un saluto", "Giulia", "riservate"),
        tags=("score-decimal-comma", "done-word-in-note", "date-in-note", "disclaimer"),
    ),
    Case(
        "fresh18-giulia-mutt_star-over-turkish",
        "giulia",
        "mutt_star",
        lang="tr",
        layout="over",
        text={
            "#61": "Bu hafta: sarı – geçiş penceresi 11 Ocak'a kaydı",
            "#62": "Bu hafta: kırmızı, %93 – iki geri alma",
        },
        expect={
            61: g("yellow", note="geçiş penceresi", not_in=("migration window moved",)),
            62: g("red", note="iki geri alma", not_in=("one rollback this week",)),
        },
        tags=("typed-over-last-week", "date-in-note", "percent-first"),
    ),
    Case(
        "fresh18-giulia-samsung-top-tamam",
        "giulia",
        "samsung",
        form="R50",
        lang="tr",
        charset="iso-8859-9",
        text=("61 tamamlandı! İstanbul bölgesi dün gece yeni kümeye taşındı.\n62 hâlâ kırmızı"),
        expect={
            61: done(G, note="dün gece"),
            62: g("red"),
        },
        tags=("bare-numbers", "done-past", "still", "reply-to-reminder"),
    ),
    Case(
        "fresh18-giulia-thunderbird-bottom-quasi",
        "giulia",
        "thunderbird",
        lang="it",
        layout="bottom",
        text=(
            "61: quasi fatto, manca solo lo switch DNS di lunedì prossimo – giallo\n"
            "62: 0.4 / red. Rollback rate at 6%, not going to hit 95% by the 31st\n"
            "\n"
            "--\n"
            "Giulia Rossi"
        ),
        expect={
            61: g("yellow", note="DNS"),
            62: e("red", 0.4, note="Rollback rate"),
        },
        clean=("Giulia Rossi",),
        tags=("almost-done-not-done", "mixed-language", "score-slash-flag", "format=flowed"),
    ),
    Case(
        "fresh18-giulia-outlook_plain-top-hedge",
        "giulia",
        "outlook_plain",
        lang="it",
        text=(
            "#61 spostato al 31/01/2027: il fornitore consegna i server a metà gennaio\n"
            "#62 forse lo chiudiamo e lo riportiamo nel Q1, ne parlo con Jonas lunedì\n"
            "\n"
            "Giulia"
        ),
        expect={
            61: due(E, "2027-01-31"),
            62: amb(),
        },
        clean=("Giulia",),
        tags=("date-slash-dayfirst", "hedged-drop", "quarter"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (Dec 15), #72 App store rating
    # above 4.5 (Mar 31), #73 Behind-the-login analytics dashboard (Jan 31). Last week: 71
    # yellow, 72 green, 73 green.
    Case(
        "fresh18-sanne-outlook_web-top-afgerond",
        "sanne",
        "outlook_web",
        lang="nl",
        text=(
            "Hoi,\n"
            "\n"
            "#71 afgerond – 2.0 staat sinds dinsdag in beide stores\n"
            "#72 groen, 4,6 deze maand\n"
            "#73 geel 60% – twee van de vijf rapporten live\n"
            "\n"
            "Groetjes,\n"
            "Sanne"
        ),
        sig=SIG_SANNE,
        disclaimer=DISCLAIMER_NL,
        expect={
            71: done(G, note="beide stores"),
            72: g("green", note="4,6"),
            73: g("yellow", 0.6, note="rapporten"),
        },
        clean=("Groetjes", "Head of Mobile", "geadresseerde"),
        tags=("done-past-day", "rating-in-note", "score-percent", "disclaimer"),
    ),
    Case(
        "fresh18-sanne-proton-inline-unchanged",
        "sanne",
        "proton",
        lang="en",
        prose="nl",
        layout="inline",
        text={
            "#71": "Klaar! Uitgerold op woensdag, 99,8% crashvrij.",
            "#72": "ongewijzigd",
            "#73": "geschrapt – het dashboard gaat op in het nieuwe BI-platform",
        },
        expect={
            71: done(G, note="99,8%"),
            72: g("green"),
            73: drop(G, "BI-platform"),
        },
        tags=("inline", "unchanged", "drop", "mobile-footer"),
    ),
    Case(
        "fresh18-sanne-em_client-top-except",
        "sanne",
        "em_client",
        form="R50",
        lang="en",
        prose="nl",
        text=(
            "Alles op groen, behalve #71: geel – de Apple review duurt langer dan gepland.\n\nSanne"
        ),
        expect={
            71: g("yellow", note="Apple review"),
            72: g("green"),
            73: g("green"),
        },
        clean=("Sanne",),
        tags=("all-green-except", "status-word-in-note", "reply-to-reminder"),
    ),
    Case(
        "fresh18-sanne-mutt-bottom-english",
        "sanne",
        "mutt",
        lang="en",
        layout="bottom",
        text=(
            "71 shipped on Monday, both stores\n"
            "72 4.6 -> green\n"
            "73 yellow, 3/5 reports live, the rest by end of January"
        ),
        expect={
            71: done(G, note="both stores"),
            72: g("green", note="4.6"),
            73: g("yellow", note="3/5"),
        },
        tags=("bare-numbers", "arrow", "fraction-in-note", "vague-date-in-note"),
    ),
    Case(
        "fresh18-sanne-gmx-forward-weekday",
        "sanne",
        "gmx",
        lang="en",
        prose="nl",
        layout="forward",
        text=(
            "Doorgestuurd vanuit mijn andere account, sorry.\n"
            "#71 pushed to Wednesday the 16th – Apple review took longer\n"
            "#73 goed op weg, 4 van 5 rapporten live"
        ),
        expect={
            71: due(E, "2026-12-16"),
            73: g("green", note="4 van 5"),
        },
        clean=("Doorgestuurd",),
        tags=("forwarded", "weekday-and-day", "mixed-language", "unanswered"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout (Dec 20), #82 Greenfield
    # pricing experiment (Jan 10). Last week: 81 green, 82 green.
    Case(
        "fresh18-erik-thunderbird-over-swedish",
        "erik",
        "thunderbird",
        lang="sv",
        layout="over",
        text={
            "#81": "Den här veckan: klart – Vipps gick live i tisdags",
            "#82": "Den här veckan: gul 0,5 – experimentet förlängs, för lite data",
        },
        expect={
            81: done(G, note="Vipps gick live"),
            82: g("yellow", 0.5, note="för lite data", not_in=("finance gave",)),
        },
        tags=("typed-over-last-week", "done-past-day", "score-decimal-comma"),
    ),
    Case(
        "fresh18-erik-spark-noquote-both",
        "erik",
        "spark",
        lang="sv",
        layout="noquote",
        crlf=True,
        text=(
            "Hej!\n"
            "81 och 82: gröna.\n"
            "Swish och Vipps är båda i drift, prisexperimentet går enligt plan.\n"
            "/Erik"
        ),
        expect={
            81: e("green", not_in=("/Erik",)),
            82: e("green", not_in=("/Erik",)),
        },
        clean=("/Erik",),
        tags=("two-refs-one-flag", "inflected-colour", "crlf"),
    ),
    Case(
        "fresh18-erik-evolution-bottom-nearmiss",
        "erik",
        "evolution",
        form="R50",
        lang="en",
        layout="bottom",
        text=(
            "81: done, Swish and Vipps both live at checkout since Tuesday\n"
            "82: greem – 412 signups in the test cohort\n"
            "\n"
            "Erik"
        ),
        expect={
            81: done(G, note="both live"),
            82: near("green", note="412 signups"),
        },
        clean=("Erik",),
        tags=("near-miss", "done-since", "reply-to-reminder"),
    ),
    Case(
        "fresh18-erik-gmail_android-top-drop",
        "erik",
        "gmail_android",
        lang="sv",
        text=(
            "#82 vi lägger ner det – ekonomi vill köra en enklare prismodell från Q1\n"
            "#81 fortfarande grön, Vipps i produktion sedan onsdag"
        ),
        expect={
            82: drop(G, "ekonomi"),
            81: e("green", note="Vipps i produktion"),
        },
        tags=("drop", "still"),
    ),
    Case(
        "fresh18-erik-alpine-top-flyttad",
        "erik",
        "alpine",
        lang="en",
        prose="sv",
        text=(
            "81 klart!\n"
            "82 flyttad till 14 februari 2027 – vi väntar på siffrorna från januarirean\n"
            "\n"
            "Hälsningar\n"
            "Erik"
        ),
        expect={
            81: done(G),
            82: due(G, "2027-02-14"),
        },
        clean=("Hälsningar", "Erik"),
        tags=("date-words", "done-exclamation", "bare-numbers"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook (Dec 22), #92 Renew the Telenor
    # contract (Nov 27, overdue), #93 Partner NPS above 40 (Mar 31). Last week: 91 yellow, 92
    # red, 93 green.
    Case(
        "fresh18-mette-outlook_desktop-inline-initials",
        "mette",
        "outlook_desktop",
        lang="da",
        layout="inline",
        text={
            "#91": "MS: færdig – playbooken blev godkendt af salg i onsdags",
            "#92": "MS: rykker det til 15. januar 2027 – Telenor vil først forhandle efter nytår",
            "#93": "MS: uændret",
        },
        sig=SIG_METTE,
        disclaimer=DISCLAIMER_DA,
        expect={
            91: done(G, note="godkendt"),
            92: due(G, "2027-01-15"),
            93: g("green"),
        },
        clean=("Med venlig hilsen", "Partner Manager", "fortrolige"),
        tags=("initials", "unchanged", "date-words", "disclaimer"),
    ),
    Case(
        "fresh18-mette-apple_mail-top-norsk",
        "mette",
        "apple_mail",
        lang="no",
        text=(
            "#91 gul – salg vil ha en kortere versjon før jul\n"
            "#92 Telenor-avtalen er signert! Endelig ferdig.\n"
            "#93 grønn, NPS 42 i desembermålingen\n"
            "\n"
            "Mvh\n"
            "Mette"
        ),
        expect={
            91: g("yellow", note="kortere versjon"),
            92: done(E, note="signert"),
            93: g("green", note="NPS 42"),
        },
        clean=("Mvh", "Mette"),
        tags=("done-sentence", "title-word-after-ref", "number-in-note"),
    ),
    Case(
        "fresh18-mette-ios_mail-top-except-title",
        "mette",
        "ios_mail",
        form="R50",
        lang="da",
        text=("Alt kører, undtagen Telenor: stadig rød, men vi har en forlængelse til 31. januar"),
        expect={
            91: g("green"),
            93: g("green"),
            92: g("red", note="forlængelse"),
        },
        tags=("all-green-except", "exception-by-title", "date-in-note", "reply-to-reminder"),
    ),
    Case(
        "fresh18-mette-yahoo_android-bottom-alternative",
        "mette",
        "yahoo_android",
        lang="en",
        layout="bottom",
        text=(
            "91 done ✅ signed off by sales on Wednesday\n"
            "92 red or drop, honestly not sure any more – Telenor still silent\n"
            "93 green 0.9"
        ),
        expect={
            91: done(G, note="signed off"),
            92: amb(),
            93: g("green", 0.9),
        },
        tags=("alternative-flag-command", "done-emoji", "score-decimal", "mobile-footer"),
    ),
    Case(
        "fresh18-mette-fastmail-forward-danish",
        "mette",
        "fastmail",
        lang="en",
        prose="da",
        layout="forward",
        cc="sanne.devries@halvard.example",
        text=(
            "Videresender fra min private mail, beklager.\n"
            "93: gul – kun 37 i seneste måling, under målet på 40\n"
            "91: grøn"
        ),
        expect={
            93: g("yellow", note="37"),
            91: g("green"),
        },
        clean=("Videresender",),
        tags=("forwarded", "cc", "out-of-order", "unanswered"),
    ),
    # Olga Kowalczyk, Warsaw: #101 Complete the SOC 2 audit (Feb 26), #102 Rotate all
    # production secrets (Dec 10), #103 Phishing drill for all staff (Dec 18). She did not
    # answer week 49 (the W49 form quotes W48: 101 yellow, 102 green, 103 green).
    Case(
        "fresh18-olga-the_bat-bottom-late",
        "olga",
        "the_bat",
        form="W49",
        lang="pl",
        layout="bottom",
        charset="iso-8859-2",
        text=(
            "Witam, spóźniona odpowiedź za zeszły tydzień.\n"
            "\n"
            "#101 żółty – audytor chce dodatkowych dowodów do kontroli dostępu\n"
            "#102 gotowe, wszystkie sekrety zrotowane, łącznie z kluczami do bazy\n"
            "#103 zgodnie z planem, 0.8\n"
            "\n"
            "Pozdrawiam\n"
            "Olga"
        ),
        disclaimer=DISCLAIMER_PL,
        expect={
            101: g("yellow", note="audytor"),
            102: done(G, note="sekrety"),
            103: g("green", 0.8),
        },
        clean=("Pozdrawiam", "Olga", "spóźniona", "poufne"),
        tags=("late-reply", "status-phrase", "score-decimal", "disclaimer"),
    ),
    Case(
        "fresh18-olga-yandex-top-russian",
        "olga",
        "yandex",
        lang="ru",
        charset="koi8-r",
        text=(
            "#101 в срок, доказательства переданы аудитору\n"
            "#102 завершено во вторник — все секреты ротированы\n"
            "#103 перенесено на 22 января 2027 — HR просит не проводить учения перед "
            "праздниками\n"
            "\n"
            "С уважением,\n"
            "Ольга"
        ),
        disclaimer=DISCLAIMER_RU,
        expect={
            101: g("green", note="аудитору"),
            102: done(G, note="секреты"),
            103: due(G, "2027-01-22"),
        },
        clean=("С уважением", "Ольга", "конфиденциальны"),
        tags=("status-phrase", "done-past-day", "date-words", "disclaimer"),
    ),
    Case(
        "fresh18-olga-mailru-top-only",
        "olga",
        "mailru",
        form="R50",
        lang="ru",
        text=(
            "Остальное без изменений, только #101: жёлтый — аудитор нашёл два замечания по "
            "логированию."
        ),
        expect={
            101: g("yellow", note="замечания", not_in=("Остальное",)),
        },
        tags=("only-one-changed", "rest-unchanged", "reply-to-reminder", "unanswered"),
    ),
    Case(
        "fresh18-olga-wp_pl-inline-polish",
        "olga",
        "wp_pl",
        lang="pl",
        layout="inline",
        text={
            "#101": "przesunięte na 31.03.2027 – audytor ma wolny termin dopiero w marcu",
            "#102": "prawie skończone – zostały 3 serwisy, żółty",
            "#103": "zrobione 😊 98% pracowników zaliczyło test",
        },
        expect={
            101: due(G, "2027-03-31"),
            102: g("yellow", note="3 serwisy"),
            103: done(E, note="pracowników"),
        },
        tags=("inline", "date-dotted", "almost-done-not-done", "done-local-word"),
    ),
    Case(
        "fresh18-olga-blackberry-top-bound",
        "olga",
        "blackberry",
        lang="en",
        text=(
            "#102 done – every secret rotated as of Tuesday\n"
            "#103 na dobrej drodze – drill scheduled for 16 Dec\n"
            "#101 yellow at best, the auditor wants more evidence"
        ),
        expect={
            102: done(G, note="rotated"),
            103: g("green", note="16 Dec"),
            101: amb(),
        },
        tags=("bound", "mixed-language", "date-in-note", "mobile-footer"),
    ),
    # Kenji Watanabe, Tokyo: #111 Localise the product into Japanese (Jan 15), #112 Sign 3
    # launch customers in Japan (Feb 26), #113 Stop-ship bugs to zero (Dec 12), #114
    # Red-carpet onboarding for launch partners (Mar 12). He did not answer week 49 (the W49
    # form quotes W48: 111 green, 112 yellow, 113 red, 114 green).
    Case(
        "fresh18-kenji-becky-over-late",
        "kenji",
        "becky",
        form="W49",
        lang="ja",
        layout="over",
        text={
            "^": "先週分の回答が遅くなり、申し訳ありません。",
            "#111": "順調 – 翻訳率91%",
            "#112": "要注意、1社契約済み、2社交渉中",
            "#113": "赤、残り8件",
            "#114": "予定通り",
        },
        sig=SIG_KENJI,
        expect={
            111: g("green", note="91%", not_in=("82% of strings",)),
            112: g("yellow", note="交渉中", not_in=("two in talks",)),
            113: g("red", note="8件", not_in=("14 stop-ship",)),
            114: g("green", not_in=("plan agreed",)),
        },
        clean=("申し訳ありません", "渡辺", "日本事業部"),
        tags=("late-reply", "typed-over-last-week", "status-words-ja"),
    ),
    Case(
        "fresh18-kenji-gmail_ios-top-kanryo",
        "kenji",
        "gmail_ios",
        lang="ja",
        text=(
            "#113 完了しました！水曜日にゼロ件を達成\n"
            "#111 1月29日に延期、法務レビュー待ち\n"
            "#112 黄色 0.7\n"
            "\n"
            "よろしくお願いします。"
        ),
        expect={
            113: done(G, note="ゼロ件"),
            111: due(G, "2027-01-29"),
            112: g("yellow", 0.7),
        },
        clean=("よろしくお願いします",),
        tags=("done-past-day", "date-ja", "score-decimal", "unanswered"),
    ),
    Case(
        "fresh18-kenji-outlook_mac-top-english",
        "kenji",
        "outlook_mac",
        form="R50",
        lang="en",
        text=(
            "#112 two of three signed; the third one moves to Q1. Yellow.\n"
            "#114 green, 4 of 6 partners onboarded\n"
            "\n"
            "Kenji"
        ),
        expect={
            112: g("yellow", note="two of three"),
            114: g("green", note="4 of 6"),
        },
        clean=("Kenji",),
        tags=("colour-last-sentence", "quarter-in-note", "reply-to-reminder", "unanswered"),
    ),
    Case(
        "fresh18-kenji-thunderbird_html-inline-ja",
        "kenji",
        "thunderbird_html",
        lang="ja",
        layout="inline",
        charset="shift_jis",
        text={
            "#111": "ほぼ完了、残りはヘルプ画面のみ。順調です。",
            "#113": "完了（12月9日にゼロ件）",
            "#114": "中止 – パートナー向けは通常のオンボーディングに統合します",
        },
        expect={
            111: e("green", note="ヘルプ画面"),
            113: done(G, note="ゼロ件"),
            114: drop(G, "統合"),
        },
        tags=("inline", "almost-done-not-done", "date-in-done-note", "drop", "unanswered"),
    ),
    Case(
        "fresh18-kenji-apple_mail-noquote-vague",
        "kenji",
        "apple_mail",
        lang="en",
        layout="noquote",
        text=(
            "Year-end from Tokyo:\n"
            "#111 moving to end of next month – translators are booked until mid-January\n"
            "#112 green 2/3 signed\n"
            "#113 done! zero stop-ship bugs since Wednesday\n"
            "\n"
            "Kenji Watanabe"
        ),
        expect={
            111: amb(),
            112: g("green", note="2/3"),
            113: done(G, note="zero stop-ship"),
        },
        clean=("Year-end from Tokyo", "Kenji Watanabe"),
        tags=("vague-date", "fraction-in-note", "done-since", "unanswered"),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live (Jan 31), #122 ICP licence
    # approved (Nov 20, overdue). Last week: 121 green, 122 red.
    Case(
        "fresh18-wei-foxmail-top-pizhun",
        "wei",
        "foxmail",
        lang="zh",
        text=("#121 绿色 0.8，第三家渠道下周上线\n#122 已完成！ICP许可证周二批下来了\n\n张伟"),
        disclaimer=DISCLAIMER_ZH,
        expect={
            121: g("green", 0.8, note="第三家"),
            122: done(G, note="周二"),
        },
        clean=("张伟", "保密信息"),
        tags=("score-decimal", "done-past-day", "cjk-name", "disclaimer"),
    ),
    Case(
        "fresh18-wei-netease-bottom-yanqi",
        "wei",
        "netease",
        lang="zh",
        layout="bottom",
        text=(
            "121：黄色，第三家合作伙伴的合同还在走流程\n"
            "122：延期到2027年1月15日，材料需要重新公证\n"
            "\n"
            "谢谢"
        ),
        expect={
            121: g("yellow", note="合同"),
            122: due(G, "2027-01-15"),
        },
        clean=("谢谢",),
        tags=("fullwidth-colon", "date-zh"),
    ),
    Case(
        "fresh18-wei-gmail_android-top-hedge",
        "wei",
        "gmail_android",
        form="R50",
        lang="zh",
        charset="gb2312",
        text=("#121 三家渠道都已上线，这个可以算完成了\n#122 估计还是红，下周才知道"),
        expect={
            121: done(E, note="三家渠道"),
            122: amb(),
        },
        tags=("done-sentence", "hedge", "reply-to-reminder"),
    ),
    Case(
        "fresh18-wei-outlook_plain-over-status",
        "wei",
        "outlook_plain",
        lang="zh",
        layout="over",
        text={
            "#121": "状态：绿色 – 第三家渠道周三上线",
            "#122": "状态：取消 – 监管政策变化，改由合作伙伴使用其ICP许可证",
        },
        expect={
            121: g("green", note="周三", not_in=("second partner live",)),
            122: drop(G, "监管"),
        },
        tags=("typed-over-last-week", "status-label", "drop"),
    ),
    Case(
        "fresh18-wei-mutt-noquote-english",
        "wei",
        "mutt",
        lang="en",
        layout="noquote",
        text=(
            "#121 green – 3 of 3 partners live, closing this out next week\n"
            "#122 still red, resubmission pending at the bureau\n"
            "\n"
            "--\n"
            "Wei Zhang | 张伟"
        ),
        expect={
            121: g("green", note="3 of 3"),
            122: g("red", note="resubmission"),
        },
        clean=("Wei Zhang", "张伟"),
        tags=("closing-later-not-done", "still", "sig-dashes"),
    ),
]
