"""A twelfth batch, written on 2026-12-07 by an outside author who read neither the parser, its
tests nor its development corpus, and who ran neither on it; sealed and unregistered until it
is measured once, at the end of a round. Five replies per person of the company (60), on THE
TRUST TRAPS: every place where a careless reader records the WRONG flag, mixed with plainly
readable answers so each reply stays realistic.

Themes: colour words inside notes, names, products, customers, teams and titles in all fifteen
languages ("Maison Rouge", "Crédit Vert", "Orange Bleue", "Verde Mar", "Revenda Azul", "Project
Rood", "Czerwony Zespół", "红星商贸", "Midori Bank", "die Gelben Seiten", "Red team del login:
verde", "Amber rollout: ámbar", "Greenfield: gult", "#73 Behind-the-login: op schema", "#62
On-track deploys: rosso", "#91 At-risk: grøn", "レッドカーペット施策：順調"); done, drop and
launch words inside notes ("staat klaar", "fatto", "tamamlandı", "færdige", "完了", "abgebrochen");
numbers that look like refs or scores ("#1 priority", "2 of 3", "top 5", "v2.3", "2.0", "PR
#4411", a "PR #22" and a "PR #14" equal to a key result of the same form, "OPS-2231", "42 de 50"
on a form that holds #42, "7/12", "9/10", "4,6", "%93", "80%", "92%", "2,3 %"); someone else's
colour quoted (finance's digest, a recruiter, QA, product, sales, an auditor, a board
committee, a platform report, another team) and either overruled by the owner or left standing
(then ambiguous); past and future colours ("looked red on Tuesday … so green now", "will
turn red if … For now it's yellow", "could go green next week … today it is still
red", "var gul forrige uke? Nei, grønn", "был жёлтым до среды, сейчас зелёный"); conditions
("se il cutover … sarà verde; oggi è giallo", "Groen, als de dataset van vrijdag klopt");
questions and hedges ("vert ? Difficile à dire", "黄色かもしれない", "不是红色了？", "quindi
giallo? Direi di sì, giallo", "I'd call it yellow until …"); negations that do and do not
conclude a colour ("n'est plus rouge : … donc jaune", "ni rouge ni jaune : vert", "so not green
- yellow", "赤ではありません、黄色です", against "pas encore vert", "Kırmızı değil artık, ama
yeşil de değil", a bare "Не красный"); corrections on the same line ("Ops, digitei errado:
amarelo", "rød?? Nei, det var feil tall – grønn") and on a later line ("PS: … #14 is actually
yellow", "Korrektur:", "Rättelse:", "更正："); answers for another person's key result or for one
not on the form ("Giulias #62", "son portail (#42)", "#45 rojo – ese no es mío", "zijn #81", "il
suo #23", "Kenji 的 #113"); forwarded forms with a colleague's colour quoted; signatures and
disclaimers holding flag words ("Green Team sponsor", "Red Hat Certified Engineer",
"amber-level carbon plan", "Projekt Grüne Welle", "Ampel: grün", "Équipe Verte", "Proyecto
Semáforo", "Escritório Verde", "Yeşil Ofis", "De Groene Zaak", "Grön IT", "Røde Kors",
"Красная зона", "绿色出行倡议", "绿色安全网关"); emoji and symbols next to prose (🟢 🟡 as
flags, "🔴 → 🟢?", ✔ and ✗ in a checklist, a lone ✔, 👍, 👎, ⚠️, ✅ with "mas ainda faltam");
all-green-except lines in English, French, Italian, Dutch, Norwegian, Russian, Polish (one
without its flag) and Chinese; "unverändert" when last week had no report; "Rest wie gehabt";
answers typed over the quoted form's "Last week:" lines.

All 42 clients and all 15 languages (interface and prose); layouts: 24 top, 10 bottom, 12
inline, 4 typed over "Last week:", 4 forwarded, 6 with the quote deleted; 4 late answers to
week 49 and 6 to the reminder. UTF-8 in quoted-printable, base64 and 8bit, ISO-8859-1, -2, -9
and -15, windows-1250, -1251 and -1252, KOI8-R, ISO-2022-JP, Shift_JIS, GB2312, GBK, GB18030,
US-ASCII and UTF-8 declared ISO-8859-1; format=flowed, hard wrapping at 72, CRLF, two
upper-cased `+TOKEN`s, two Cc's; sign-offs in all fifteen languages, names (and a CJK name)
as last lines, signature blocks and disclaimers, all given as `clean=` fragments that no note
may hold.

Phrasing tags as in fresh10: `grammar` for every form the README's table documents in any of
its languages, `everyday` for the rest (undocumented words, inflected colours, prose, someone
else's colour overruled, past colours, corrections in other words). 173 answers: 96 `grammar`
(79 flags, 10 done, 3 drops, 4 new dates) and 77 `everyday` (49 flags, 3 done, 4 new dates, 18
ambiguous and 3 near-misses: "gren", "amarilo", "zielny"); 12 key results are left unanswered.
Where a careful colleague would read the colour without asking ("I'd call it yellow until the
DPA is signed", "Direi di sì, giallo", a line on #112 under "All on track except #113"), the
expectation is that colour, even where the README would ask."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DANA = """
Dana Whitfield
COO, Halvard Labs · Green Team sponsor
Red Hat Certified Engineer
"""
DISCLAIMER_EN = """
CONFIDENTIAL: meant for the named recipients only. If this reached you by mistake,
please tell the sender and delete it. Halvard Labs Ltd is a Green Mark employer
(amber-level carbon plan, details at halvard.example/green).
"""
SIG_JONAS = """
--
Jonas Becker
Datenplattform · Projekt Grüne Welle
Halvard Labs GmbH, Berlin
"""
DISCLAIMER_DE = """
Virenprüfung bestanden – Ampel: grün.
Diese E-Mail ist nur für den genannten Empfänger bestimmt. Wenn Sie sie irrtümlich
erhalten haben, informieren Sie bitte den Absender und löschen Sie die Nachricht.
"""
SIG_AMELIE = """
Amélie Laurent
Customer Success · Équipe Verte (RSE)
"""
DISCLAIMER_FR = """
Ce message et ses éventuelles pièces jointes sont strictement confidentiels. Si vous
n'en êtes pas le destinataire, merci de prévenir l'expéditeur et de le détruire.
"""
SIG_LUCIA = """
--
Lucía Fernández · Delivery Lead
Proyecto Semáforo · Halvard Labs Madrid
"""
DISCLAIMER_PT = """
Esta mensagem é confidencial e destina-se apenas ao destinatário indicado. Se a
recebeu por engano, avise o remetente e elimine-a. Escritório Verde certificado.
"""
DISCLAIMER_TR = """
Bu ileti gizlidir ve yalnızca alıcısına yöneliktir. Yanlışlıkla aldıysanız lütfen
göndereni bilgilendirip iletiyi siliniz. Halvard Labs - Yeşil Ofis sertifikalı.
"""
DISCLAIMER_NL = """
Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het per vergissing
ontvangen, laat het de afzender weten en verwijder het. Halvard Labs is lid van De
Groene Zaak.
"""
DISCLAIMER_SV = """
Detta meddelande kan innehålla konfidentiell information och är endast avsett för
mottagaren. Har du fått det av misstag, meddela avsändaren och radera det.
Halvard Labs AB – Grön IT-certifierad arbetsplats.
"""
SIG_METTE = """
Mette Sørensen
Partnerchef · Halvard Labs Oslo
Frivillig i Røde Kors
"""
SIG_OLGA_PL = """
Olga Kowalczyk
Zespół Bezpieczeństwa | Czerwony Zespół (pentesty)
"""
DISCLAIMER_PL = """
Ta wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeśli otrzymałeś ją
omyłkowo, poinformuj nadawcę i usuń ją ze wszystkich urządzeń.
"""
SIG_OLGA_RU = """
Ольга Ковальчик
Команда "Красная зона" · Halvard Labs
"""
DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除してください。
"""
SIG_WEI = """
--
张伟 | Wei Zhang
绿色出行倡议 成员
"""
DISCLAIMER_ZH = """
本邮件已通过绿色安全网关扫描。本邮件及其附件仅供指定收件人使用，如误收请告知发件人并删除。
"""

CASES = [
    # Dana Whitfield, London: #12 Sign 5 design partners, #13 Green-light the data platform,
    # #14 Reduce red alerts by half, #15 Hire 2 SREs (overdue), #16 Shipped-features
    # newsletter. Last week: 12 green, 13 yellow, 14 red, 15 red, 16 green.
    Case(
        "fresh12-dana-gmail_web-top-refs-scores",
        "dana",
        "gmail_web",
        text=(
            "#12 green - 4 of 5 signed; Kestrel is our #1 priority, legal review on Monday\n"
            "#13 yellow - security review ✔, pricing ✔, DPA ✗ (PR #4411 in the contracts repo)\n"
            "#14 red 0.3 - 2 of 3 noisy checks fixed, still 27 red alerts this week\n"
            "#15 due 2027-01-22 - the second SRE starts after an 8-week notice period\n"
            "#16 green - v2.3 of the template went out with the December issue (PR #14 in the "
            "newsletter repo)\n"
            "\n"
            "Best,\n"
            "Dana"
        ),
        expect={
            12: g("green", note="#1 priority"),
            13: g("yellow", note="PR #4411"),
            14: g("red", 0.3, note="27 red alerts"),
            15: due(G, "2027-01-22"),
            16: g("green", note="v2.3"),
        },
        clean=("Best,",),
        tags=(
            "number-looks-like-ref",
            "ticket-number",
            "pr-number-equal-to-ref",
            "symbols-in-note",
            "score",
            "fraction-in-note",
            "date-moved",
        ),
    ),
    Case(
        "fresh12-dana-outlook_desktop-inline-overruled",
        "dana",
        "outlook_desktop",
        layout="inline",
        text={
            "^": "Answers under the items – sorry, it was board week.",
            "#14": "[DW] Finance's digest has this at red, and fair enough: 26 red alerts this "
            "week, so it stays red.",
            "#15": "[DW] The recruiter says we're green because two candidates are in final "
            "rounds. I'm not convinced, nobody has signed anything. Red.",
            "#16": "[DW] green – December issue is out",
            "#13": "[DW] The vendor calls it “green-light ready”; I'd call it yellow until the "
            "DPA is signed.",
        },
        sig=SIG_DANA,
        expect={
            14: e("red", note="26 red alerts", not_in=("30+ red alerts", "[DW]")),
            15: e("red", note="nobody has signed", not_in=("back to sourcing",)),
            16: g("green", note="December issue", not_in=("December draft done",)),
            13: e("yellow", note="DPA", not_in=("vendor shortlist done",)),
        },
        clean=("Answers under the items",),
        tags=(
            "someone-elses-colour-overruled",
            "digest-colour-quoted",
            "initials",
            "signature-flag-words",
            "hedge-concluded",
            "quoted-last-week-flag",
            "unanswered",
        ),
    ),
    Case(
        "fresh12-dana-hey-noquote-past-future",
        "dana",
        "hey",
        layout="noquote",
        text=(
            "Quick one from the airport, no form in front of me.\n"
            "\n"
            "#12 looked red on Tuesday when Kestrel's lawyers went quiet; they came back on "
            "Wednesday, so green now.\n"
            "#13 will turn red if procurement asks for a fourth quote. For now it's yellow.\n"
            "#14 could go green next week if the queue-check fix holds; today it is still red, "
            "24 alerts.\n"
            "#16 no change, still green.\n"
            "\n"
            "Cheers,\n"
            "D."
        ),
        cte="base64",
        expect={
            12: e("green", note="Kestrel"),
            13: e("yellow", note="fourth quote"),
            14: e("red", note="queue-check"),
            16: g("green"),
        },
        clean=("Cheers,",),
        tags=("past-colour", "future-colour", "condition", "no-change", "unanswered"),
    ),
    Case(
        "fresh12-dana-fastmail-bottom-except-ps",
        "dana",
        "fastmail",
        layout="bottom",
        text=(
            "All green except #14, which is red – 22 alerts, the queue-check fix slipped to "
            "January.\n"
            "#15 drop - we won't hire the second SRE this quarter, the budget moved to "
            "observability\n"
            "\n"
            "PS: rereading the numbers, #14 is actually yellow – 22 is close to half of where "
            "we started.\n"
            "\n"
            "Thanks,\n"
            "Dana"
        ),
        disclaimer=DISCLAIMER_EN,
        cte="8bit",
        cc="ops@halvard.example",
        expect={
            12: g("green"),
            13: g("green"),
            14: g("yellow"),
            15: drop(G, "observability"),
            16: g("green"),
        },
        clean=("Thanks,",),
        tags=(
            "all-green-except",
            "correction-later-line",
            "drop",
            "month-in-note",
            "disclaimer-flag-words",
        ),
    ),
    Case(
        "fresh12-dana-mutt-over-lastweek",
        "dana",
        "mutt",
        layout="over",
        text={
            "#14": "This week: yellow. Down to 19 red alerts; last week's RED was the November "
            "storm.",
            "#15": "Still open. The recruiter thinks green by January, which I think is "
            "optimistic: red.",
            "#16": "gren - the December issue went out on Tuesday",
            "#12": "Yellow until Kestrel signs; 4 of 5 still, their legal review is on Monday.",
            "$": "Dana",
        },
        expect={
            14: g("yellow", note="19 red alerts"),
            15: e("red", note="optimistic"),
            16: near("green"),
            12: e("yellow", note="Kestrel"),
        },
        clean=("Dana",),
        tags=(
            "typed-over-last-week",
            "someone-elses-future-colour",
            "near-miss",
            "flag-word-in-note",
            "unanswered",
        ),
    ),
    # Jonas Becker, Berlin: #21 Yellow pages cleanup (due Dec 4), #22 Migrate billing to the
    # new ledger, #23 Blocked-payment alerts in under 5 minutes. No answer for week 49, so
    # his week-50 form shows "Last week: no report"; the week-49 form shows week 48.
    Case(
        "fresh12-jonas-gmx-top-late-w49",
        "jonas",
        "gmx",
        form="W49",
        lang="de",
        text=(
            "Sorry, die Antwort für letzte Woche kommt erst jetzt.\n"
            "\n"
            "#21 erledigt – die Gelben Seiten sind seit Donnerstag sauber, alle Einträge "
            "geprüft\n"
            "#22 gelb – Finance hat das Schema freigegeben, der Test-Import zeigt aber noch 3 "
            "rote Buchungen\n"
            "#23 rot – weiterhin kein Zugriff auf die Payment-Logs, Ticket OPS-2231 liegt bei "
            "der IT\n"
            "\n"
            "Schöne Grüße\n"
            "Jonas"
        ),
        expect={
            21: done(G, note="Gelben Seiten"),
            22: g("yellow", note="rote Buchungen"),
            23: g("red", note="OPS-2231"),
        },
        clean=("Schöne Grüße", "Jonas"),
        tags=("colour-in-title-name", "flag-word-in-note", "ticket-number", "done"),
    ),
    Case(
        "fresh12-jonas-webde-top-unchanged-nolastweek",
        "jonas",
        "webde",
        lang="de",
        text=(
            "#23 von rot auf gelb: die Alerts kommen jetzt nach 7 Minuten, Ziel sind 5\n"
            "#22 unverändert\n"
            "Rest wie gehabt.\n"
            "\n"
            "Viele Grüße"
        ),
        sig=SIG_JONAS,
        charset="iso-8859-15",
        expect={
            23: e("yellow", note="7 Minuten"),
            22: amb(),
        },
        clean=("Viele Grüße", "Rest wie gehabt"),
        tags=(
            "past-colour",
            "unchanged-without-last-week",
            "rest-as-last-week",
            "signature-flag-words",
            "unanswered",
        ),
    ),
    Case(
        "fresh12-jonas-outlook_mac-inline-qa-vs-finance",
        "jonas",
        "outlook_mac",
        layout="inline",
        lang="de",
        text={
            "#21": "Neues Datum 18.12.2026 – die letzten 40 Einträge aus dem Branchenbuch fehlen "
            "noch.",
            "#22": "QA sagt rot, Finance sagt grün. Ehrlich gesagt weiß ich es selbst nicht, wir "
            "klären das am Montag.",
            "#23": "[JB] grün – Alerts kommen in 4 Minuten an, der Fix aus PR #22 ist seit "
            "Mittwoch live.",
        },
        disclaimer=DISCLAIMER_DE,
        expect={
            21: due(E, "2026-12-18"),
            22: amb(),
            23: g("green", note="4 Minuten", not_in=("no report",)),
        },
        tags=(
            "someone-elses-colour-left-standing",
            "pr-number-equal-to-ref",
            "disclaimer-flag-words",
            "date-moved",
            "initials",
        ),
    ),
    Case(
        "fresh12-jonas-k9-bottom-reminder-korrektur",
        "jonas",
        "k9",
        form="R50",
        layout="bottom",
        lang="de",
        text=(
            "#21 erledigt, die letzten Einträge am Dienstag bereinigt\n"
            "#22 grün – Schema steht, Import läuft\n"
            "#23 gelb\n"
            "\n"
            "Korrektur: #22 ist doch gelb, der Import ist heute Nacht abgebrochen.\n"
            "\n"
            "Gruß, J."
        ),
        expect={
            21: done(G, note="Dienstag"),
            22: g("yellow"),
            23: g("yellow"),
        },
        clean=("Gruß, J.",),
        tags=("correction-later-line", "drop-word-in-note", "done-weekday"),
    ),
    Case(
        "fresh12-jonas-proton-noquote-other-persons-kr",
        "jonas",
        "proton",
        layout="noquote",
        lang="de",
        to="token-upper",
        text=(
            "Kurzupdate vom Handy, ohne das Formular:\n"
            "21: fertig bis Freitag, dann ist es erledigt\n"
            "22 – 2 von 3 Migrationsschritten durch, im Plan\n"
            "23 blockiert? Nein, nicht mehr: Zugriff seit Mittwoch da, gelb.\n"
            "Giulias #62 steht laut ihrer Mail auf rot – nur zur Info, das ist nicht meins."
        ),
        expect={
            21: amb(),
            22: g("green", note="2 von 3"),
            23: e("yellow", note="Zugriff seit Mittwoch"),
        },
        clean=("Giulias", "nicht meins"),
        tags=(
            "future-done",
            "fraction-in-note",
            "question-then-answer",
            "other-persons-kr",
            "bare-numbers",
        ),
    ),
    # Amélie Laurent, Paris: #31 Done-for-you onboarding, #32 Cut churn to 2%, #33 Launch the
    # customer forum (due Oct 30, overdue). Last week: 31 green, 32 yellow, 33 red.
    Case(
        "fresh12-amelie-orange-top-names",
        "amelie",
        "orange",
        lang="fr",
        text=(
            "#31 vert – Maison Rouge et Crédit Vert onboardés cette semaine, 14 comptes au total\n"
            "#32 jaune : 2,3 % en novembre, le client Orange Bleue est parti\n"
            "#33 nouvelle date : 26 février 2027 – le modérateur commence le 4 janvier\n"
            "\n"
            "Bonne journée,\n"
            "Amélie"
        ),
        expect={
            31: g("green", note="Maison Rouge"),
            32: g("yellow", note="Orange Bleue"),
            33: due(E, "2027-02-26"),
        },
        clean=("Bonne journée,", "Amélie"),
        tags=("colour-in-customer-name", "percentage-in-note", "orange-word", "date-moved"),
    ),
    Case(
        "fresh12-amelie-zimbra-inline-comite",
        "amelie",
        "zimbra",
        layout="inline",
        lang="fr",
        text={
            "#31": "Réponse : vert, sauf la partie juridique qui est rouge.",
            "#32": "Le comité de direction dit rouge parce que décembre est toujours mauvais ; je "
            "maintiens jaune, 2,2 % à ce jour.",
            "#33": "Toujours en retard, rouge. Le forum était vert en recette, c'est la "
            "modération qui bloque.",
            "$": "Bien cordialement,\nAmélie Laurent",
        },
        disclaimer=DISCLAIMER_FR,
        expect={
            31: amb(),
            32: e("yellow", note="2,2 %", not_in=("2.4%, on track",)),
            33: g("red", note="modération", not_in=("no moderator hired",)),
        },
        clean=("Bien cordialement,", "Amélie Laurent"),
        tags=(
            "two-colours-two-parts",
            "someone-elses-colour-overruled",
            "past-colour-in-note",
            "delayed-then-colour",
            "disclaimer",
        ),
    ),
    Case(
        "fresh12-amelie-yahoo-bottom-vert-question",
        "amelie",
        "yahoo",
        layout="bottom",
        lang="fr",
        wrap=72,
        text=(
            "Tout est vert, sauf #33 qui est rouge : pas de modérateur avant janvier.\n"
            "#32 vert ? Difficile à dire, 2,1 % en novembre mais décembre est souvent mauvais.\n"
            "\n"
            "Bises,\n"
            "Amélie"
        ),
        expect={
            31: g("green"),
            32: amb(),
            33: g("red", note="modérateur"),
        },
        clean=("Bises,", "Amélie"),
        tags=("all-green-except", "question", "hedge"),
    ),
    Case(
        "fresh12-amelie-apple_mail-forward-colleague",
        "amelie",
        "apple_mail",
        layout="forward",
        lang="fr",
        text=(
            "Je te transfère le formulaire, ma réponse d'hier est partie à la mauvaise adresse.\n"
            "\n"
            "Pour info, Lucía m'écrit que son portail (#42) est « rouge vif » – ça, ce n'est pas "
            "chez moi.\n"
            "\n"
            "Mes statuts :\n"
            "#31 terminé ? Pas encore, il reste 3 comptes. Jaune.\n"
            "#32 : 0,6 jaune\n"
            "\n"
            "Amélie"
        ),
        expect={
            31: e("yellow", note="3 comptes"),
            32: g("yellow", 0.6),
        },
        clean=("Amélie", "rouge vif", "Mes statuts"),
        tags=(
            "forward",
            "other-persons-kr",
            "quoted-colleague-colour",
            "done-question-negated",
            "score",
            "unanswered",
        ),
    ),
    Case(
        "fresh12-amelie-outlook_web-top-negations",
        "amelie",
        "outlook_web",
        lang="fr",
        text=(
            "Bonjour,\n"
            "\n"
            "#33 n'est plus rouge : le modérateur a signé lundi, donc jaune.\n"
            "#32 pas encore vert, on est à 2,2 %.\n"
            "#31 ni rouge ni jaune : vert, 15 comptes.\n"
            "\n"
            "Cordialement,"
        ),
        sig=SIG_AMELIE,
        expect={
            33: g("yellow", note="modérateur"),
            32: amb(),
            31: g("green", note="15 comptes"),
        },
        clean=("Cordialement,", "Bonjour,"),
        tags=("negation-concluded", "negation-not-concluded", "signature-flag-words"),
    ),
    # Lucía Fernández, Madrid: #41 Cut time on track 3, #42 Launch the partner portal (due Dec
    # 11), #43 Red team the login flow, #44 Amber rollout for every service. Last week: 41
    # green, 42 red, 43 green, 44 yellow.
    Case(
        "fresh12-lucia-samsung-top-titles",
        "lucia",
        "samsung",
        lang="es",
        text=(
            "#41 verde – la pista 3 baja a 4 días\n"
            "Red team del login: verde, el equipo rojo no encontró nada crítico\n"
            "Amber rollout: ámbar, 5 de 12 servicios\n"
            "#42 lanzado el martes 🎉\n"
            "\n"
            "Un abrazo,\n"
            "Lucía"
        ),
        expect={
            41: g("green", note="4 días"),
            43: e("green", note="equipo rojo"),
            44: g("yellow", note="5 de 12"),
            42: done(G),
        },
        clean=("Un abrazo,", "Lucía"),
        tags=("colour-in-title", "title-prefix", "launch-done", "emoji", "flag-word-in-note"),
    ),
    Case(
        "fresh12-lucia-yahoo-top-informe",
        "lucia",
        "yahoo",
        lang="es",
        text=(
            "#44 según el informe de plataforma está en rojo; yo no lo veo tan claro, lo "
            "hablamos el lunes.\n"
            "#43 verde por ahora, podría ponerse amarillo si el pentest encuentra algo el "
            "jueves.\n"
            "#41 estaba en amarillo hasta el lunes; ahora verde, 4 días.\n"
            "\n"
            "Saludos,\n"
            "Lucía Fernández"
        ),
        expect={
            44: amb(),
            43: e("green", note="pentest"),
            41: e("green", note="4 días"),
        },
        clean=("Saludos,", "Lucía Fernández"),
        tags=(
            "someone-elses-colour-left-standing",
            "future-colour",
            "past-colour",
            "unanswered",
        ),
    ),
    Case(
        "fresh12-lucia-gmail_android-bottom-numbers",
        "lucia",
        "gmail_android",
        layout="bottom",
        lang="es",
        text=(
            "#43 ok – 42 de 50 pruebas del red team pasadas, el resto el lunes\n"
            "#44 amarilo, 7/12 servicios\n"
            "#41 sigue en verde\n"
            "#42 nueva fecha 15/01/2027 – el partner todavía no nos da las claves de la API\n"
            "\n"
            "Un saludo,\n"
            "Lucía"
        ),
        expect={
            43: e("green", note="42 de 50"),
            44: near("yellow"),
            41: g("green"),
            42: due(G, "2027-01-15"),
        },
        clean=("Un saludo,", "Lucía"),
        tags=("number-looks-like-ref", "fraction-in-note", "near-miss", "date-moved"),
    ),
    Case(
        "fresh12-lucia-outlook_mobile-inline-reminder",
        "lucia",
        "outlook_mobile",
        form="R50",
        layout="inline",
        lang="es",
        text={
            "#41": "Respuesta: verde",
            "#42": "Ayer por la tarde lo pusimos en producción: lanzado. Rojo la semana pasada, "
            "ya no aplica.",
            "#43": "🔴 → 🟢? Todavía no. Amarillo: el pentest encontró 2 fallos medios.",
        },
        expect={
            41: g("green", not_in=("5 days now",)),
            42: done(E, note="producción"),
            43: e("yellow", note="2 fallos", not_in=("pen test started",)),
        },
        tags=(
            "launch-done",
            "past-colour-in-note",
            "emoji",
            "emoji-arrow-question",
            "unanswered",
        ),
    ),
    Case(
        "fresh12-lucia-spark-forward-wrongkr",
        "lucia",
        "spark",
        layout="forward",
        prose="es",
        cc="amelie.laurent@halvard.example",
        text=(
            "Reenvío el formulario porque mi cliente de correo lo archivó.\n"
            "\n"
            "#41 verde.\n"
            "#45 rojo – uy, ese no es mío, ignoradlo.\n"
            "Portal de partners (#42): en amarillo, el partner devolvió las claves el miércoles "
            "pero faltan pruebas.\n"
            "#43 hecho: pentest cerrado, informe final entregado el martes."
        ),
        sig=SIG_LUCIA,
        expect={
            41: g("green", not_in=("#45", "ese no es mío")),
            42: g("yellow", note="claves"),
            43: done(G, note="pentest"),
        },
        tags=(
            "forward",
            "kr-not-on-form",
            "bracketed-ref",
            "signature-flag-words",
            "cc",
            "unanswered",
        ),
    ),
    # Mariana Costa, São Paulo: #51 Open the São Paulo office, #52 10 reseller agreements
    # signed, #53 Portuguese help centre complete (due Dec 4). No answer for week 49.
    Case(
        "fresh12-mariana-uol-top-late-w49",
        "mariana",
        "uol",
        form="W49",
        lang="pt",
        text=(
            "Desculpem o atraso, segue a semana 49:\n"
            "\n"
            "#51 amarelo - contrato do escritório na Paulista com o jurídico, assinatura "
            "prevista para o dia 15\n"
            "#52 verde - 8 de 10 assinados; a revenda Verde Mar entrou esta semana\n"
            "#53 concluído: 120 de 120 artigos traduzidos\n"
            "\n"
            "Abraços,\n"
            "Mariana"
        ),
        expect={
            51: g("yellow", note="Paulista"),
            52: g("green", note="Verde Mar"),
            53: done(G, note="120 de 120"),
        },
        clean=("Abraços,", "Mariana"),
        tags=("colour-in-customer-name", "day-in-note-not-due", "done-with-count"),
    ),
    Case(
        "fresh12-mariana-gmail_ios-top-typo",
        "mariana",
        "gmail_ios",
        lang="pt",
        text=(
            "#51 vermelho. Ops, digitei errado: amarelo – a assinatura do aluguel ficou para "
            "janeiro\n"
            "#52 verde quase amarelo, 8 de 10 e os dois últimos enrolados\n"
            "#53 concluído na segunda, 120 artigos no ar"
        ),
        expect={
            51: e("yellow", note="aluguel"),
            52: amb(),
            53: done(G, note="120 artigos"),
        },
        tags=("correction-same-line", "colour-leaning", "done-weekday", "month-in-note"),
    ),
    Case(
        "fresh12-mariana-lotus_notes-inline-diretor",
        "mariana",
        "lotus_notes",
        layout="inline",
        lang="pt",
        text={
            "#51": "Situação: amarelo",
            "#52": "O diretor comercial acha que está vermelho. Discordo: 9 de 10 assinados, "
            "verde.",
            "#53": "Feito ✅ – mas ainda faltam 3 artigos de faturação.",
            "$": "Abraços, Mariana",
        },
        disclaimer=DISCLAIMER_PT,
        expect={
            51: g("yellow", not_in=("no report",)),
            52: e("green", note="9 de 10"),
            53: amb(),
        },
        clean=("Abraços, Mariana",),
        tags=(
            "someone-elses-colour-overruled",
            "done-apart-from",
            "emoji",
            "disclaimer-flag-words",
        ),
    ),
    Case(
        "fresh12-mariana-ios_mail-bottom-reminder",
        "mariana",
        "ios_mail",
        form="R50",
        layout="bottom",
        lang="pt",
        text=(
            "#52: 👍\n"
            "#51 – era vermelho na semana retrasada? Não, era amarelo. Continua amarelo.\n"
            "#53 cancelado - o help centre agora fica com a agência em 2027, não com a gente"
        ),
        expect={
            52: e("green"),
            51: e("yellow"),
            53: drop(G, "agência"),
        },
        tags=("thumbs-up", "question-then-answer", "past-colour", "drop"),
    ),
    Case(
        "fresh12-mariana-samsung-noquote-resumo",
        "mariana",
        "samsung",
        layout="noquote",
        lang="pt",
        text=(
            "Oi! Resumo rápido, sem o formulário:\n"
            "Escritório de SP (#51): no prazo, chaves entregues na terça.\n"
            "#52 → verde? Ainda não: 9/10, falta a Revenda Azul. Fica amarelo.\n"
            "O help centre eu respondo na segunda, preciso ver os números."
        ),
        expect={
            51: g("green", note="chaves"),
            52: e("yellow", note="Revenda Azul"),
        },
        clean=("help centre eu respondo",),
        tags=(
            "bracketed-ref",
            "arrow-question",
            "colour-in-customer-name",
            "title-words-without-answer",
            "unanswered",
        ),
    ),
    # Giulia Rossi, Istanbul: #61 Move the Istanbul region to the new cluster, #62 On-track
    # deploys: 95% without rollback. Last week: 61 yellow, 62 red.
    Case(
        "fresh12-giulia-libero-top-ontrack-title",
        "giulia",
        "libero",
        lang="it",
        text=(
            "#61 verde - cutover di prova fatto martedì notte, zero errori\n"
            "#62 On-track deploys: rosso, 92% questo mese (3 rollback su 38)\n"
            "\n"
            "Un saluto,\n"
            "Giulia"
        ),
        expect={
            61: g("green", note="cutover di prova"),
            62: g("red", note="3 rollback"),
        },
        clean=("Un saluto,", "Giulia"),
        tags=("done-word-in-note", "status-word-in-title", "percentage-in-note"),
    ),
    Case(
        "fresh12-giulia-roundcube-top-conditions",
        "giulia",
        "roundcube",
        lang="it",
        charset="iso-8859-1",
        text=(
            "#61 se il cutover di sabato va bene sarà verde; oggi è giallo.\n"
            "#62 rosso se arriviamo a 3 rollback, per ora uno solo: quindi giallo? Direi di sì, "
            "giallo.\n"
            "\n"
            "Buon fine settimana"
        ),
        expect={
            61: e("yellow", note="cutover"),
            62: e("yellow", note="uno solo"),
        },
        clean=("Buon fine settimana",),
        tags=("condition", "future-colour", "question-then-answer", "format=flowed"),
    ),
    Case(
        "fresh12-giulia-samsung-inline-turkish",
        "giulia",
        "samsung",
        layout="inline",
        lang="tr",
        charset="iso-8859-9",
        text={
            "#61": "Bu hafta: sarı - bakım penceresi 19 Aralık'a kaydı, taşıma ondan sonra.",
            "#62": "Kırmızı değil artık, ama yeşil de değil.",
            "$": "İyi çalışmalar,\nGiulia",
        },
        disclaimer=DISCLAIMER_TR,
        expect={
            61: g("yellow", note="19 Aralık", not_in=("migration window moved",)),
            62: amb(),
        },
        clean=("İyi çalışmalar,", "Giulia"),
        tags=("date-in-note-not-due", "negation-not-concluded", "disclaimer-flag-words"),
    ),
    Case(
        "fresh12-giulia-thunderbird-over-turkish",
        "giulia",
        "thunderbird",
        layout="over",
        lang="tr",
        text={
            "#61": "Geçen hafta SARI idi, bu hafta yeşil: taşıma tamamlandı, sadece DNS hâlâ "
            "eski kümede.",
            "#62": "kırmızı – hâlâ %93, bu hafta bir rollback daha",
        },
        expect={
            61: e("green", note="DNS"),
            62: g("red", note="%93"),
        },
        tags=("typed-over-last-week", "past-colour", "done-word-in-note", "percentage-in-note"),
    ),
    Case(
        "fresh12-giulia-gmail_web-noquote-tutto-verde",
        "giulia",
        "gmail_web",
        layout="noquote",
        lang="it",
        text=(
            "Tutto verde tranne #62: giallo, 94% dei deploy senza rollback.\n"
            "Ah, Jonas mi chiede di dirvi che il suo #23 è rosso: gli ho detto di rispondere lui.\n"
            "Giulia"
        ),
        expect={
            61: g("green"),
            62: g("yellow", note="94%"),
        },
        clean=("Jonas mi chiede", "Giulia"),
        tags=("all-green-except", "other-persons-kr", "percentage-in-note"),
    ),
    # Sanne de Vries, Amsterdam: #71 Ship the mobile app 2.0 (due Dec 15), #72 App store rating
    # above 4.5, #73 Behind-the-login analytics dashboard. Last week: 71 yellow, 72 and 73 green.
    Case(
        "fresh12-sanne-roundcube-top-project-rood",
        "sanne",
        "roundcube",
        lang="nl",
        text=(
            "#71 geel – release 2.0.1 staat klaar, Apple-review loopt; Project Rood (de "
            "iOS-hotfix) is gemerged\n"
            "#72 groen, 4,6 deze week\n"
            "#73 Behind-the-login: op schema\n"
            "\n"
            "Groetjes,\n"
            "Sanne"
        ),
        expect={
            71: g("yellow", note="Project Rood"),
            72: g("green", note="4,6"),
            73: g("green"),
        },
        clean=("Groetjes,", "Sanne"),
        tags=(
            "done-word-in-note",
            "colour-in-project-name",
            "rating-in-note",
            "status-word-in-title",
            "version-number",
        ),
    ),
    Case(
        "fresh12-sanne-outlook_web-inline-qa-product",
        "sanne",
        "outlook_web",
        layout="inline",
        lang="nl",
        text={
            "#71": "QA zegt rood, product zegt groen; ik zet hem op geel tot de review binnen is.",
            "#72": "4,4 deze week. Niet meer groen, eerder geel.",
            "#73": "Groen, als de dataset van vrijdag klopt.",
        },
        disclaimer=DISCLAIMER_NL,
        expect={
            71: e("yellow", note="review"),
            72: e("yellow", note="4,4"),
            73: amb(),
        },
        tags=(
            "someone-elses-colour-overruled",
            "negation-concluded",
            "condition",
            "disclaimer-flag-words",
        ),
    ),
    Case(
        "fresh12-sanne-thunderbird_html-bottom-alles-groen",
        "sanne",
        "thunderbird_html",
        layout="bottom",
        lang="nl",
        text=(
            "Alles groen, behalve #71: de Android-build faalt nog steeds, dus rood.\n"
            "En #72 staat nu op 4,7 – groener wordt het niet.\n"
            "\n"
            "Groetjes, Sanne"
        ),
        expect={
            71: g("red", note="Android-build"),
            72: e("green", note="4,7"),
            73: g("green"),
        },
        clean=("Groetjes, Sanne",),
        tags=("all-green-except", "comparative-colour-idiom", "rating-in-note"),
    ),
    Case(
        "fresh12-sanne-superhuman-forward-erik-quote",
        "sanne",
        "superhuman",
        layout="forward",
        prose="nl",
        text=(
            "Doorgestuurd, mijn antwoord belandde gisteren in de verkeerde draad.\n"
            "\n"
            'Erik schreef me: "Swish is rood, Vipps groen" – dat gaat over zijn #81, niet over '
            "mijn app.\n"
            "\n"
            "Mijn stand:\n"
            "#71 2.0 is dinsdag live gegaan in beide stores → klaar\n"
            "#72 groen\n"
            "\n"
            "Sanne"
        ),
        expect={
            71: done(G, note="beide stores"),
            72: g("green", not_in=("Swish", "Vipps")),
        },
        clean=("Sanne", "Mijn stand"),
        tags=(
            "forward",
            "other-persons-kr",
            "quoted-colleague-colour",
            "version-number",
            "done-arrow",
            "unanswered",
        ),
    ),
    Case(
        "fresh12-sanne-evolution-top-symbols",
        "sanne",
        "evolution",
        prose="nl",
        text=(
            "#73 ✔\n"
            "#72 👎 4,3, dus geel\n"
            "#71 zou groen moeten zijn, maar de iOS-review is weer afgewezen. Rood.\n"
            "\n"
            "Sanne"
        ),
        expect={
            73: amb(),
            72: e("yellow", note="4,3"),
            71: e("red", note="iOS-review"),
        },
        clean=("Sanne",),
        tags=("check-mark-alone", "thumbs-down", "should-be-colour", "rating-in-note"),
    ),
    # Erik Lindqvist, Stockholm: #81 Swish and Vipps at checkout, #82 Greenfield pricing
    # experiment. Last week: 81 green, 82 green ("finance gave the green light").
    Case(
        "fresh12-erik-apple_mail-top-greenfield",
        "erik",
        "apple_mail",
        lang="sv",
        text=(
            "#81 grön – Swish live sedan tisdag, Vipps i test\n"
            "Greenfield: gult, finans har inte gett grönt ljus för fas 2\n"
            "\n"
            "Hälsningar\n"
            "Erik"
        ),
        expect={
            81: g("green", note="Swish live"),
            82: e("yellow", note="grönt ljus"),
        },
        clean=("Hälsningar", "Erik"),
        tags=("colour-in-title", "green-light-in-note", "inflected-colour", "title-prefix"),
    ),
    Case(
        "fresh12-erik-thunderbird-inline-vipps-team",
        "erik",
        "thunderbird",
        layout="inline",
        lang="sv",
        text={
            "#81": "Vipps-teamet rapporterar rött, men det gäller deras sandlåda. För oss: grönt.",
            "#82": "Experimentet är pausat tills finans svarar.",
            "$": "Mvh\nErik",
        },
        disclaimer=DISCLAIMER_SV,
        expect={
            81: e("green", note="sandlåda", not_in=("Vipps in test too",)),
            82: amb(),
        },
        clean=("Mvh", "Erik"),
        tags=(
            "someone-elses-colour-other-scope",
            "on-hold",
            "inflected-colour",
            "disclaimer-flag-words",
        ),
    ),
    Case(
        "fresh12-erik-outlook_plain-over-reminder",
        "erik",
        "outlook_plain",
        form="R50",
        layout="over",
        lang="sv",
        charset="iso-8859-1",
        crlf=True,
        text={
            "#81": "Den här veckan: klart - Swish och Vipps är i produktion sedan måndag",
            "#82": "Den här veckan: grön, 0,8",
        },
        expect={
            81: done(G, note="produktion"),
            82: g("green", 0.8),
        },
        tags=("typed-over-last-week", "done", "score"),
    ),
    Case(
        "fresh12-erik-alpine-bottom-green-light",
        "erik",
        "alpine",
        layout="bottom",
        text=(
            "#82 the green light from finance is still missing, so not green - yellow.\n"
            "#81 on track.\n"
            "\n"
            "Erik L."
        ),
        expect={
            82: e("yellow", note="finance"),
            81: g("green"),
        },
        clean=("Erik L.",),
        tags=("green-light-in-note", "negation-concluded", "status-phrase"),
    ),
    Case(
        "fresh12-erik-gmail_android-top-rattelse",
        "erik",
        "gmail_android",
        lang="sv",
        text=(
            "#81 🟡 – Vipps-certifieringen dröjer\n"
            "#82 🟢\n"
            "\n"
            "Rättelse: #81 är grön, certifieringen kom precis.\n"
            "\n"
            "Ha det bra,\n"
            "Erik"
        ),
        expect={
            81: g("green"),
            82: g("green"),
        },
        clean=("Ha det bra,", "Erik"),
        tags=("correction-later-line", "emoji-flag"),
    ),
    # Mette Sørensen, Oslo: #91 At-risk accounts playbook, #92 Renew the Telenor contract (due
    # Nov 27, overdue), #93 Partner NPS above 40. Last week: 91 yellow, 92 red, 93 green.
    Case(
        "fresh12-mette-em_client-top-atrisk",
        "mette",
        "em_client",
        prose="da",
        text=(
            "#91 At-risk: grøn – salg har godkendt den korte udgave\n"
            "#92 rød – Telenor vil have to ugers forlængelse; ny dato 15.01.2027\n"
            "#93 gul, 39 i denne måling\n"
            "\n"
            "Venlig hilsen\n"
            "Mette"
        ),
        expect={
            91: g("green", note="korte udgave"),
            92: due(E, "2027-01-15", flag="red"),
            93: g("yellow", note="39"),
        },
        clean=("Venlig hilsen", "Mette"),
        tags=("status-word-in-title", "flag-and-date", "number-in-note"),
    ),
    Case(
        "fresh12-mette-outlook_mobile-inline-salg",
        "mette",
        "outlook_mobile",
        layout="inline",
        lang="da",
        text={
            "#91": "Svar: gul. Salg siger grøn, men de har ikke læst udkastet endnu.",
            "#92": "Telenor: stadig rød",
            "#93": "NPS 41 – over målet, men kun 30 % har svaret; grøn indtil videre",
        },
        expect={
            91: e("yellow", note="udkastet"),
            92: g("red", not_in=("working on a bridge",)),
            93: e("green", note="30 %"),
        },
        tags=(
            "someone-elses-colour-overruled",
            "title-words",
            "percentage-in-note",
            "for-now-colour",
        ),
    ),
    Case(
        "fresh12-mette-gmail_web-bottom-norsk",
        "mette",
        "gmail_web",
        layout="bottom",
        lang="no",
        mislabel="iso-8859-1",
        text=(
            "Alt er grønt bortsett fra Telenor-avtalen (#92): den er fortsatt rød, juristene "
            "deres svarer ikke.\n"
            "#93 var gul forrige uke? Nei, grønn. Og fortsatt grønn: 42.\n"
            "\n"
            "Hilsen Mette"
        ),
        expect={
            91: g("green"),
            92: g("red", note="juristene"),
            93: e("green"),
        },
        clean=("Hilsen Mette",),
        tags=("all-green-except", "question-then-answer", "past-colour", "bracketed-ref"),
    ),
    Case(
        "fresh12-mette-apple_mail-top-drop",
        "mette",
        "apple_mail",
        lang="no",
        text=(
            "#92 drop – Telenor går over til en ny leverandør i januar, vi forhandler ikke "
            "videre\n"
            "#91 gul, kan bli grønn neste uke hvis salg godkjenner\n"
            "#93 rød?? Nei, det var feil tall – grønn, 41.\n"
            "\n"
            "Mvh"
        ),
        sig=SIG_METTE,
        expect={
            92: drop(G, "ny leverandør"),
            91: g("yellow", note="neste uke"),
            93: e("green"),
        },
        clean=("Mvh",),
        tags=(
            "drop",
            "future-colour-in-note",
            "correction-same-line",
            "signature-flag-words",
        ),
    ),
    Case(
        "fresh12-mette-yahoo_android-noquote-phone",
        "mette",
        "yahoo_android",
        layout="noquote",
        prose="da",
        text=(
            "Hej, svarer fra telefonen.\n"
            "91: 2 af 3 afsnit færdige, i rute\n"
            "93 – ⚠️ 39\n"
            "92 ny dato 31. januar 2027"
        ),
        expect={
            91: g("green", note="2 af 3"),
            93: e("yellow"),
            92: due(E, "2027-01-31"),
        },
        clean=("svarer fra telefonen",),
        tags=("done-word-in-note", "warning-emoji", "date-moved", "bare-numbers"),
    ),
    # Olga Kowalczyk, Warsaw: #101 Complete the SOC 2 audit, #102 Rotate all production secrets
    # (due Dec 10), #103 Phishing drill for all staff (due Dec 18). No answer for week 49.
    Case(
        "fresh12-olga-wp_pl-top-late-w49",
        "olga",
        "wp_pl",
        form="W49",
        lang="pl",
        text=(
            "Przepraszam za spóźnienie - odpowiedź za tydzień 49:\n"
            "#101 żółty - audytor chce jeszcze logi z 3 miesięcy\n"
            "#102 zielony, 80% serwisów zrotowanych\n"
            "#103 zielny - scenariusz przygotował Czerwony Zespół\n"
            "\n"
            "Pozdrawiam,\n"
            "Olga"
        ),
        expect={
            101: g("yellow", note="audytor"),
            102: g("green", note="80% serwisów"),
            103: near("green"),
        },
        clean=("Pozdrawiam,", "Olga"),
        tags=("percentage-in-note", "near-miss", "colour-in-team-name"),
    ),
    Case(
        "fresh12-olga-the_bat-top-russian",
        "olga",
        "the_bat",
        lang="ru",
        text=(
            "#101 был жёлтым до среды, сейчас зелёный: аудитор принял доказательства.\n"
            "#102 готово – все секреты ротированы во вторник\n"
            "#103 красный? Нет, жёлтый – рассылку перенесли на 17-е.\n"
            "\n"
            "С уважением,\n"
            "Ольга"
        ),
        expect={
            101: e("green", note="аудитор"),
            102: done(G, note="вторник"),
            103: e("yellow", note="17-е"),
        },
        clean=("С уважением,", "Ольга"),
        tags=("past-colour", "question-then-answer", "date-in-note-not-due", "done-weekday"),
    ),
    Case(
        "fresh12-olga-yandex-inline-auditor",
        "olga",
        "yandex",
        layout="inline",
        lang="ru",
        charset="koi8-r",
        text={
            "#101": 'Аудитор пишет "зелёная зона", но отчёт ещё не подписан. Оставляю жёлтый.',
            "#102": "Не красный.",
            "#103": "Статус: по графику",
        },
        sig=SIG_OLGA_RU,
        expect={
            101: e("yellow", note="отчёт"),
            102: amb(),
            103: g("green", not_in=("no report",)),
        },
        tags=("someone-elses-colour-overruled", "bare-negation", "signature-flag-words"),
    ),
    Case(
        "fresh12-olga-mailru-bottom-reminder",
        "olga",
        "mailru",
        form="R50",
        layout="bottom",
        lang="ru",
        text=(
            "Всё в порядке, кроме #101 — он жёлтый: ждём подпись аудитора.\n"
            "#103 перенесено на 15 января 2027\n"
            "\n"
            "Ольга"
        ),
        expect={
            101: g("yellow", note="аудитора"),
            102: g("green"),
            103: due(G, "2027-01-15"),
        },
        clean=("Ольга",),
        tags=("all-green-except", "date-moved", "command-not-covered-by-all"),
    ),
    Case(
        "fresh12-olga-outlook_desktop-top-except-noflag",
        "olga",
        "outlook_desktop",
        lang="pl",
        charset="windows-1250",
        text=(
            "Wszystko zielone oprócz #101.\n"
            "#102 zrobione we wtorek, wszystkie sekrety zrotowane.\n"
            "\n"
            "Pozdrawiam"
        ),
        sig=SIG_OLGA_PL,
        disclaimer=DISCLAIMER_PL,
        expect={
            101: amb(),
            102: done(E, note="sekrety"),
            103: g("green"),
        },
        clean=("Pozdrawiam",),
        tags=(
            "all-green-except-without-flag",
            "signature-flag-words",
            "done-weekday",
            "disclaimer",
        ),
    ),
    # Kenji Watanabe, Tokyo: #111 Localise the product into Japanese, #112 Sign 3 launch
    # customers in Japan, #113 Stop-ship bugs to zero (due Dec 12), #114 Red-carpet onboarding
    # for launch partners. No answer for week 49.
    Case(
        "fresh12-kenji-becky-top-late-w49",
        "kenji",
        "becky",
        form="W49",
        lang="ja",
        crlf=True,
        text=(
            "遅くなりました。第49週の報告です。\n"
            "#111 順調：翻訳92%完了\n"
            "#112 要注意、2社目は契約書レビュー中\n"
            "#113 赤：残り9件、うちクラッシュ3件\n"
            "#114 緑\n"
            "以上、よろしくお願いします。\n"
            "渡辺"
        ),
        expect={
            111: g("green", note="92%"),
            112: g("yellow", note="契約書"),
            113: g("red", note="残り9件"),
            114: g("green"),
        },
        clean=("以上、よろしくお願いします。", "渡辺"),
        tags=("done-word-in-note", "percentage-in-note", "crlf"),
    ),
    Case(
        "fresh12-kenji-gmail_web-top-japanese-negation",
        "kenji",
        "gmail_web",
        lang="ja",
        charset="shift_jis",
        text=(
            "#113 赤ではありません、黄色です。残り2件、どちらも来週前半に修正予定。\n"
            "#112 3社中2社署名、黄色\n"
            "#111 緑→黄？ いいえ、緑のままです。\n"
            "#114 レッドカーペット施策：順調"
        ),
        expect={
            113: e("yellow", note="残り2件"),
            112: e("yellow", note="3社中2社"),
            111: e("green"),
            114: e("green"),
        },
        tags=(
            "negation-concluded",
            "colour-ending-after-comma",
            "arrow-question",
            "colour-in-title-katakana",
        ),
    ),
    Case(
        "fresh12-kenji-outlook_web-inline-eigyo",
        "kenji",
        "outlook_web",
        layout="inline",
        lang="ja",
        text={
            "#111": "ステータス：緑",
            "#112": "営業部は「赤」と言っていますが、私は黄色と判断します。",
            "#113": "完了していない。残り1件、来週修正予定。",
        },
        disclaimer=DISCLAIMER_JA,
        expect={
            111: g("green", not_in=("no report",)),
            112: e("yellow", note="営業部"),
            113: amb(),
        },
        tags=("someone-elses-colour-overruled", "not-done", "disclaimer", "unanswered"),
    ),
    Case(
        "fresh12-kenji-apple_mail-bottom-kamoshirenai",
        "kenji",
        "apple_mail",
        layout="bottom",
        lang="ja",
        text=(
            "#113 完了しました（水曜日に最後のバグを修正）\n"
            "#112 黄色かもしれない\n"
            "#111 引き続き緑\n"
            "\n"
            "渡辺 健二"
        ),
        expect={
            113: done(G, note="水曜日"),
            112: amb(),
            111: g("green"),
        },
        clean=("渡辺 健二",),
        tags=("done-weekday", "hedge", "unanswered"),
    ),
    Case(
        "fresh12-kenji-blackberry-forward-midori",
        "kenji",
        "blackberry",
        layout="forward",
        text=(
            "Forwarding my form, the reply button on this phone is broken.\n"
            "\n"
            "All on track except #113 - still 3 stop-ship bugs, red.\n"
            "#112: 2 of 3 signed. The third is Midori Bank (midori = green, ha), meeting on the "
            "17th.\n"
            "\n"
            "Kenji"
        ),
        expect={
            111: g("green"),
            112: e("green", note="Midori Bank"),
            113: g("red", note="3 stop-ship bugs"),
            114: g("green"),
        },
        clean=("Kenji", "reply button"),
        tags=(
            "forward",
            "all-green-except",
            "colour-word-in-name",
            "named-without-flag",
        ),
    ),
    # Wei Zhang, Shanghai: #121 Three distribution partners live, #122 ICP licence approved
    # (due Nov 20, overdue). Last week: 121 green, 122 red.
    Case(
        "fresh12-wei-foxmail-top-hongxing",
        "wei",
        "foxmail",
        lang="zh",
        to="token-upper",
        text=(
            "#121 绿色 – 第三家经销商“红星商贸”已上线测试\n"
            "#122 ICP：红灯，材料又被退回了\n"
            "谢谢！\n"
            "张伟"
        ),
        expect={
            121: g("green", note="红星商贸"),
            122: g("red", note="退回"),
        },
        clean=("谢谢！", "张伟"),
        tags=("colour-in-customer-name", "title-acronym"),
    ),
    Case(
        "fresh12-wei-netease-inline-qudao",
        "wei",
        "netease",
        layout="inline",
        lang="zh",
        text={
            "#121": "渠道部说是黄色，我认为是绿色：两家已上线，第三家下周。",
            "#122": "不是红色了？还不能这么说。",
        },
        disclaimer=DISCLAIMER_ZH,
        expect={
            121: e("green", note="两家已上线", not_in=("second partner live",)),
            122: amb(),
        },
        tags=(
            "someone-elses-colour-overruled",
            "question-negation",
            "disclaimer-flag-words",
        ),
    ),
    Case(
        "fresh12-wei-zimbra-over-wancheng",
        "wei",
        "zimbra",
        layout="over",
        prose="zh",
        text={
            "#121": "本周：绿色。完成？还没有，第三家下周上线。",
            "#122": "延期到2027年3月1日，补充材料已提交",
        },
        expect={
            121: e("green", note="第三家"),
            122: due(G, "2027-03-01"),
        },
        tags=("typed-over-last-week", "done-question-negated", "date-moved"),
    ),
    Case(
        "fresh12-wei-gmail_ios-top-gengzheng",
        "wei",
        "gmail_ios",
        form="R50",
        lang="zh",
        charset="gb2312",
        text=(
            "更正：上一封邮件写错了，#121 应该是黄色，不是绿色。第三家合同还没签。\n"
            "#122 ICP许可证周二已获批，批文已收到"
        ),
        expect={
            121: g("yellow", note="合同"),
            122: done(E, note="批文"),
        },
        tags=("correction", "approved-as-done", "done-weekday"),
    ),
    Case(
        "fresh12-wei-mutt_star-noquote-lvse",
        "wei",
        "mutt_star",
        layout="noquote",
        lang="zh",
        text=(
            "都是绿色，除了#122（红色）：材料第三次被退回。\n"
            "顺便说一下，Kenji 的 #113 还是红色，他让我转告一声。"
        ),
        sig=SIG_WEI,
        expect={
            121: g("green"),
            122: g("red", note="第三次"),
        },
        clean=("Kenji", "转告"),
        tags=("all-green-except", "other-persons-kr", "signature-flag-words"),
    ),
]
