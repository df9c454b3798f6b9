"""Mette Sørensen, Danish, lives in Oslo: writes Danish and English, some of her devices
speak Norwegian. #91 At-risk accounts playbook, #92 Renew the Telenor contract (overdue
since 27 Nov), #93 Partner NPS above 40. Last week: #91 yellow, #92 red, #93 green."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

CASES = [
    Case(
        "mette-gmail-da-farver",
        "mette",
        "gmail_web",
        lang="da",
        text="""
        Hej,

        #91 grøn - kortere version sendt til salg
        #92 rød, Telenor svarer ikke
        #93 grøn

        Venlig hilsen
        Mette
        """,
        expect={91: e("green", note="kortere"), 92: e("red", note="Telenor"), 93: e("green")},
        clean=("Venlig hilsen", "Mette"),
        tags=("colours-in-danish",),
    ),
    Case(
        "mette-gmail-no-farger",
        "mette",
        "gmail_web",
        lang="no",
        text="""
        #91 grønn
        #92 gul - møte med Telenor på tirsdag
        #93 grønn

        Med vennlig hilsen
        Mette Sørensen
        """,
        expect={91: e("green"), 92: e("yellow", note="tirsdag"), 93: e("green")},
        clean=("Med vennlig hilsen", "Mette Sørensen"),
        tags=("colours-in-norwegian",),
    ),
    Case(
        "mette-outlook-da-done",
        "mette",
        "outlook_desktop",
        lang="da",
        prose="en",
        text="""
        #92 done - signed for two more years
        #91 green
        #93 yellow 0.6
        """,
        expect={92: done(G, note="two more years"), 91: g("green"), 93: g("yellow", 0.6)},
        sig="Venlig hilsen\nMette Sørensen\nPartnerships Nordics",
    ),
    Case(
        "mette-outlook-no-ny-dato",
        "mette",
        "outlook_desktop",
        lang="no",
        text="""
        #92 ny dato 2027-01-15
        #91 gul
        #93 grønn
        """,
        expect={92: due(E, "2027-01-15"), 91: e("yellow"), 93: e("green")},
    ),
    Case(
        "mette-apple-titles",
        "mette",
        "apple_mail",
        lang="da",
        prose="en",
        text="""
        At-risk accounts playbook: green
        Renew the Telenor contract: red
        Partner NPS: green
        """,
        expect={91: g("green"), 92: g("red"), 93: g("green")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "mette-ios-no-alt-gront",
        "mette",
        "ios_mail",
        lang="no",
        text="Alt grønt",
        expect={"*": e("green")},
    ),
    Case(
        "mette-thunderbird-da-inline",
        "mette",
        "thunderbird",
        lang="da",
        layout="inline",
        text={"#91": "grøn", "#92": "rød - stadig ingen underskrift", "#93": "grøn, 41"},
        expect={91: e("green"), 92: e("red", note="underskrift"), 93: e("green")},
    ),
    Case(
        "mette-thunderbird-no-fornyet",
        "mette",
        "thunderbird",
        lang="no",
        layout="inline",
        text={"#92": "Fornyet! Signert i går."},
        expect={92: done(E, note="Signert")},
    ),
    Case(
        "mette-gmail-da-eller",
        "mette",
        "gmail_web",
        lang="da",
        text="""
        #91 grøn eller gul
        #92 rød
        #93 grøn
        """,
        expect={91: amb(), 92: e("red"), 93: e("green")},
        tags=("ambiguous",),
    ),
    Case(
        "mette-ios-da-typo",
        "mette",
        "ios_mail",
        lang="da",
        text="""
        #91 grenn
        #92 rød
        #93 grøn
        """,
        expect={91: near("green"), 92: e("red"), 93: e("green")},
        tags=("near-miss",),
    ),
    Case(
        "mette-gmail-da-drop",
        "mette",
        "gmail_web",
        lang="da",
        text="""
        #93 drop - vi måler NPS i den fælles kundeundersøgelse i stedet
        #91 green
        #92 red
        """,
        expect={93: drop(G, "kundeundersøgelse"), 91: g("green"), 92: g("red")},
    ),
    Case(
        "mette-gmail-pamindelse",
        "mette",
        "gmail_web",
        lang="da",
        form="R50",
        text="#91 gul, #92 rød, #93 grøn",
        expect={91: e("yellow"), 92: e("red"), 93: e("green")},
    ),
    Case(
        "mette-apple-tak",
        "mette",
        "apple_mail",
        lang="da",
        text="Tak, jeg svarer mandag.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "mette-gmail-og",
        "mette",
        "gmail_web",
        lang="da",
        text="""
        #91 og #93: grøn
        #92: rød
        """,
        expect={91: e("green"), 93: e("green"), 92: e("red")},
    ),
    Case(
        "mette-outlook-web-status",
        "mette",
        "outlook_web",
        lang="da",
        text="""
        #92 Status: rød.
        #91 Status: gul.
        #93 Status: grøn.
        """,
        expect={92: e("red"), 91: e("yellow"), 93: e("green")},
    ),
    Case(
        "mette-mutt-wrap",
        "mette",
        "mutt",
        text="""
        #92 red - Telenor's legal team came back with a new price list and wants to renegotiate the whole framework before signing anything
        #91 green
        #93 green
        """,  # noqa: E501
        expect={92: g("red", note="before signing anything"), 91: g("green"), 93: g("green")},
        tags=("long-note-wrapped",),
    ),
    Case(
        "mette-outlook-web-fordi",
        "mette",
        "outlook_web",
        lang="da",
        text="#92 er rød, fordi Telenor vil genforhandle prisen.",
        expect={92: e("red", note="genforhandle")},
    ),
    Case(
        "mette-gmail-html-only",
        "mette",
        "gmail_web",
        lang="no",
        parts="html",
        text="""
        #91 🟡
        #92 🔴
        #93 🟢
        """,
        expect={91: g("yellow"), 92: g("red"), 93: g("green")},
        tags=("emoji",),
    ),
    Case(
        "mette-ios-no-piler",
        "mette",
        "ios_mail",
        lang="no",
        text="""
        #91 -> grønn
        #92 -> rød
        #93 -> grønn
        """,
        expect={91: e("green"), 92: e("red"), 93: e("green")},
        tags=("arrows",),
    ),
    Case(
        "mette-apple-da-skubbet",
        "mette",
        "apple_mail",
        lang="da",
        text="""
        #92 skubbet til 15. januar - Telenor har ferie
        #91 grøn
        """,
        expect={92: due(E, "2027-01-15"), 91: e("green")},
    ),
    Case(
        "mette-thunderbird-da-over",
        "mette",
        "thunderbird",
        lang="da",
        layout="over",
        text={
            "#91": "Denne uge: grøn - salg har godkendt den korte version",
            "#92": "Denne uge: stadig [RED], ingen underskrift",
        },
        expect={91: e("green", note="godkendt"), 92: e("red", note="underskrift")},
        tags=("typed-over-last-week",),
    ),
    Case(
        "mette-outlook-no-grammar",
        "mette",
        "outlook_web",
        lang="no",
        prose="en",
        text="""
        #91 at risk - sales wants yet another version
        #92 blocked
        #93 on track
        """,
        expect={91: g("yellow", note="another version"), 92: g("red"), 93: g("green")},
        tags=("titles-with-flag-words",),
    ),
]

CASES += [
    Case(
        "mette-outlook-mac-renewed",
        "mette",
        "outlook_mac",
        text="""
        #92 renewed!!! 🎉 signed this morning
        #91 green
        #93 green
        """,
        expect={92: done(E, note="this morning"), 91: g("green"), 93: g("green")},
    ),
    Case(
        "mette-gmail-no-ferdig",
        "mette",
        "gmail_web",
        lang="no",
        text="""
        #92 ferdig - ny avtale signert
        #91 gul
        #93 grønn
        """,
        expect={92: done(E, note="signert"), 91: e("yellow"), 93: e("green")},
    ),
]
