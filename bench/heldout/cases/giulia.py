"""Giulia Rossi, Italian, lives in Istanbul: writes Italian, Turkish and English, and her
phone and webmail speak Turkish. #61 Move the Istanbul region to the new cluster, #62
On-track deploys: 95% without rollback. Last week: #61 yellow, #62 red ("93%, one rollback")."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

CASES = [
    Case(
        "giulia-gmail-it-colori",
        "giulia",
        "gmail_web",
        lang="it",
        text="""
        Ciao,

        #61 verde - migrazione finita per il 60% dei servizi
        #62 giallo, 94% questa settimana

        Cordiali saluti,
        Giulia
        """,
        expect={61: e("green", note="60%"), 62: e("yellow", note="94%")},
        clean=("Cordiali saluti", "Giulia"),
        tags=("colours-in-italian",),
    ),
    Case(
        "giulia-libero-latin1",
        "giulia",
        "libero",
        lang="it",
        text="""
        #61 rosso - il datacenter ha rimandato la finestra di migrazione
        #62 verde

        Saluti
        Giulia Rossi
        """,
        expect={61: e("red", note="finestra"), 62: e("green")},
        clean=("Saluti", "Giulia Rossi"),
    ),
    Case(
        "giulia-outlook-it-score",
        "giulia",
        "outlook_desktop",
        lang="it",
        prose="en",
        text="""
        #61 green
        #62 yellow 0.9 - one rollback on Tuesday
        """,
        expect={61: g("green"), 62: g("yellow", 0.9, note="Tuesday")},
    ),
    Case(
        "giulia-ios-it-ok",
        "giulia",
        "ios_mail",
        lang="it",
        text="""
        #61 ok, verde
        #62 giallo
        """,
        expect={61: e("green"), 62: e("yellow")},
    ),
    Case(
        "giulia-apple-titles",
        "giulia",
        "apple_mail",
        lang="it",
        prose="en",
        text="""
        On-track deploys: red - two rollbacks this week
        Move the Istanbul region: green
        """,
        expect={62: g("red", note="two rollbacks"), 61: g("green")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "giulia-gmail-tr-client",
        "giulia",
        "gmail_web",
        lang="tr",
        prose="en",
        text="""
        #61 green
        #62 red - 2 rollbacks
        """,
        expect={61: g("green"), 62: g("red", note="2 rollbacks")},
    ),
    Case(
        "giulia-outlook-tr-turkce",
        "giulia",
        "outlook_desktop",
        lang="tr",
        text="""
        #61 yeşil
        #62 sarı - bir geri alma oldu

        Saygılarımla,
        Giulia Rossi
        """,
        expect={61: e("green"), 62: e("yellow", note="geri alma")},
        clean=("Saygılarımla", "Giulia Rossi"),
        tags=("colours-in-turkish",),
    ),
    Case(
        "giulia-ios-tr",
        "giulia",
        "ios_mail",
        lang="tr",
        text="""
        #61 kırmızı, pencere ertelendi
        #62 yeşil
        """,
        expect={61: e("red", note="ertelendi"), 62: e("green")},
    ),
    Case(
        "giulia-samsung-tr-hepsi",
        "giulia",
        "samsung",
        lang="tr",
        text="Hepsi yeşil.",
        expect={"*": e("green")},
    ),
    Case(
        "giulia-roundcube-fatto",
        "giulia",
        "roundcube",
        lang="it",
        charset="utf-8",
        cte="8bit",
        text="""
        #61 fatto! tutti i servizi migrati
        #62 verde
        """,
        expect={61: done(E, note="migrati"), 62: e("green")},
    ),
    Case(
        "giulia-thunderbird-inline-it",
        "giulia",
        "thunderbird",
        lang="it",
        layout="inline",
        text={"#61": "Verde.", "#62": "Giallo - 94%"},
        expect={61: e("green"), 62: e("yellow")},
    ),
    Case(
        "giulia-thunderbird-tr-non-so",
        "giulia",
        "thunderbird",
        lang="tr",
        prose="it",
        text="""
        #61 rosso o giallo, non so ancora
        #62 verde
        """,
        expect={61: amb(), 62: e("green")},
        tags=("ambiguous",),
    ),
    Case(
        "giulia-gmail-typos",
        "giulia",
        "gmail_android",
        lang="it",
        prose="en",
        text="""
        #61 gree
        #62 yelow - one rollback
        """,
        expect={61: near("green"), 62: near("yellow", note="rollback")},
        tags=("near-miss",),
    ),
    Case(
        "giulia-gmail-drop",
        "giulia",
        "gmail_web",
        lang="it",
        text="""
        #62 drop - lo sostituiamo con un obiettivo sul tempo di rollback
        #61 verde
        """,
        expect={62: drop(G, "tempo di rollback"), 61: e("green")},
    ),
    Case(
        "giulia-outlook-nuova-data",
        "giulia",
        "outlook_web",
        lang="it",
        text="""
        #61 nuova data 2027-02-10 - il fornitore è in ritardo
        #62 giallo
        """,
        expect={61: due(E, "2027-02-10"), 62: e("yellow")},
    ),
    Case(
        "giulia-gmail-and",
        "giulia",
        "gmail_web",
        lang="tr",
        prose="en",
        text="#61 and #62: green, good week",
        expect={61: e("green"), 62: e("green")},
    ),
    Case(
        "giulia-gmail-promemoria",
        "giulia",
        "gmail_web",
        lang="it",
        form="R50",
        text="Scusa il ritardo: #61 verde, #62 giallo.",
        expect={61: e("green"), 62: e("yellow")},
    ),
    Case(
        "giulia-apple-grazie",
        "giulia",
        "apple_mail",
        lang="it",
        text="Grazie, rispondo lunedì.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "giulia-ios-tr-latin5",
        "giulia",
        "ios_mail",
        lang="tr",
        charset="iso-8859-9",
        text="""
        #61 yeşil
        #62 sarı
        """,
        expect={61: e("green"), 62: e("yellow")},
    ),
    Case(
        "giulia-gmail-is",
        "giulia",
        "gmail_web",
        lang="tr",
        prose="en",
        text="""
        #62 is at risk, 94% this week
        #61 is on schedule
        """,
        expect={62: e("yellow", note="94%"), 61: e("green")},
        tags=("status-words",),
    ),
    Case(
        "giulia-mutt-wrap",
        "giulia",
        "mutt",
        text="""
        #61 yellow - the migration window moved again because the datacenter in Istanbul needs a second power feed before they let us cut over
        #62 green
        """,  # noqa: E501
        expect={61: g("yellow", note="cut over"), 62: g("green")},
        tags=("long-note-wrapped",),
    ),
    Case(
        "giulia-outlook-stato",
        "giulia",
        "outlook_desktop",
        lang="it",
        text="""
        #61 Stato: verde.
        #62 Stato: rosso.
        """,
        expect={61: e("green"), 62: e("red")},
    ),
    Case(
        "giulia-gmail-mislabelled",
        "giulia",
        "gmail_web",
        lang="tr",
        mislabel="iso-8859-1",
        text="""
        #61 yeşil - göç tamam
        #62 sarı
        """,
        expect={61: e("green"), 62: e("yellow")},
    ),
    Case(
        "giulia-libero-in-order",
        "giulia",
        "libero",
        lang="it",
        prose="en",
        text="""
        green
        red
        """,
        expect={61: g("green"), 62: g("red")},
        tags=("flags-in-form-order",),
    ),
]

CASES += [
    Case(
        "giulia-superhuman-transition",
        "giulia",
        "superhuman",
        text="#62 red → yellow this week (95.5% but one late rollback)",
        expect={62: e("yellow", note="late rollback")},
        tags=("arrows",),
    ),
]
