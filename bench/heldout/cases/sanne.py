"""Sanne de Vries, Amsterdam, writes Dutch and English. #71 Ship the mobile app 2.0 (due
15 Dec), #72 App store rating above 4.5, #73 Behind-the-login analytics dashboard. Last
week: #71 yellow, #72 green, #73 green."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG = """
Met vriendelijke groet,
Sanne de Vries
Product Lead Mobile
Halvard Labs B.V. | Keizersgracht 100 | Amsterdam
"""

CASES = [
    Case(
        "sanne-gmail-nl-kleuren",
        "sanne",
        "gmail_web",
        lang="nl",
        text="""
        Hoi,

        #71 groen - iOS review goedgekeurd
        #72 groen
        #73 geel, het datateam zit vol

        Met vriendelijke groet,
        Sanne de Vries
        """,
        expect={71: e("green", note="goedgekeurd"), 72: e("green"), 73: e("yellow", note="vol")},
        clean=("Met vriendelijke groet", "Sanne de Vries"),
        tags=("colours-in-dutch",),
    ),
    Case(
        "sanne-outlook-nl-shipped",
        "sanne",
        "outlook_desktop",
        lang="nl",
        prose="en",
        text="""
        #71 shipped!
        #72 green 0.9
        #73 yellow
        """,
        expect={71: done(G), 72: g("green", 0.9), 73: g("yellow")},
        sig=SIG,
    ),
    Case(
        "sanne-apple-titles",
        "sanne",
        "apple_mail",
        lang="nl",
        prose="en",
        text="""
        Behind-the-login analytics dashboard: green
        Ship the mobile app 2.0: red - Apple rejected the build again
        App store rating: green
        """,
        expect={73: g("green"), 71: g("red", note="rejected"), 72: g("green")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "sanne-ios-rood",
        "sanne",
        "ios_mail",
        lang="nl",
        text="""
        #71 rood - afgekeurd door Apple
        #72 groen
        #73 groen
        """,
        expect={71: e("red", note="Apple"), 72: e("green"), 73: e("green")},
    ),
    Case(
        "sanne-roundcube-behalve",
        "sanne",
        "roundcube",
        lang="nl",
        text="Alles groen behalve #71 (geel: nog één crash op Android 12).",
        expect={72: e("green"), 73: e("green"), 71: e("yellow", note="Android 12")},
        charset="utf-8",
        cte="qp",
    ),
    Case(
        "sanne-thunderbird-inline-klaar",
        "sanne",
        "thunderbird",
        lang="nl",
        layout="inline",
        text={"#71": "Klaar, staat sinds dinsdag in de stores.", "#73": "geel"},
        expect={71: done(E, note="stores"), 73: e("yellow")},
    ),
    Case(
        "sanne-samsung-nieuwe-datum",
        "sanne",
        "samsung",
        lang="nl",
        text="""
        #72 groen
        #71 nieuwe datum 2026-12-22
        """,
        expect={72: e("green"), 71: due(E, "2026-12-22")},
    ),
    Case(
        "sanne-outlook-mobile-behind",
        "sanne",
        "outlook_mobile",
        lang="nl",
        prose="en",
        text="""
        #71 on track
        #72 on track
        #73 behind - two engineers out sick
        """,
        expect={71: g("green"), 72: g("green"), 73: g("red", note="sick")},
    ),
    Case(
        "sanne-gmail-of",
        "sanne",
        "gmail_web",
        lang="nl",
        text="""
        #71 groen of geel, hangt af van Apple
        #72 groen
        #73 geel
        """,
        expect={71: amb(), 72: e("green"), 73: e("yellow")},
        tags=("ambiguous",),
    ),
    Case(
        "sanne-ios-typos",
        "sanne",
        "ios_mail",
        lang="nl",
        text="""
        #71 groen
        #72 gren
        #73 geeel
        """,
        expect={71: e("green"), 72: near("green"), 73: near("yellow")},
        tags=("near-miss",),
    ),
    Case(
        "sanne-gmail-laten-vallen",
        "sanne",
        "gmail_web",
        lang="nl",
        text="""
        #73 laten vallen - het analytics-team neemt het dashboard over
        #71 groen
        #72 groen
        """,
        expect={73: drop(E, "analytics-team"), 71: e("green"), 72: e("green")},
    ),
    Case(
        "sanne-apple-omdat",
        "sanne",
        "apple_mail",
        lang="nl",
        text="""
        #71 is geel omdat Apple nog een keer wil reviewen.
        #72 is groen.
        """,
        expect={71: e("yellow", note="reviewen"), 72: e("green")},
    ),
    Case(
        "sanne-gmail-herinnering",
        "sanne",
        "gmail_web",
        lang="nl",
        form="R50",
        text="Sorry, te laat! #71 groen, #72 groen, #73 geel",
        expect={71: e("green"), 72: e("green"), 73: e("yellow")},
    ),
    Case(
        "sanne-outlook-bedankt",
        "sanne",
        "outlook_desktop",
        lang="nl",
        text="Bedankt, ik reageer maandag.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "sanne-thunderbird-over",
        "sanne",
        "thunderbird",
        lang="nl",
        layout="over",
        text={
            "#71": "Deze week: groen, build goedgekeurd",
            "#73": "Deze week: [GREEN] → geel, het datateam heeft geen tijd",
        },
        expect={71: e("green", note="goedgekeurd"), 73: e("yellow", note="geen tijd")},
        tags=("typed-over-last-week",),
    ),
    Case(
        "sanne-roundcube-pijlen",
        "sanne",
        "roundcube",
        lang="nl",
        layout="bottom",
        text="""
        #71 → klaar
        #72 → groen
        #73 → groen
        """,
        expect={71: done(E), 72: e("green"), 73: e("green")},
        charset="utf-8",
        cte="8bit",
        tags=("arrows",),
    ),
    Case(
        "sanne-outlook-web-html-only",
        "sanne",
        "outlook_web",
        lang="nl",
        parts="html",
        text="""
        #71 🟢
        #72 🟢
        #73 🟡 wacht op data
        """,
        expect={71: g("green"), 72: g("green"), 73: g("yellow", note="data")},
        tags=("emoji",),
    ),
    Case(
        "sanne-mutt-wrap",
        "sanne",
        "mutt_star",
        text="""
        #71 yellow - the Android 12 crash is fixed but Apple wants a new privacy label before they approve the release, resubmitting on Monday
        #72 green 0.95
        #73 green
        """,  # noqa: E501
        expect={
            71: g("yellow", note="resubmitting on Monday"),
            72: g("green", 0.95),
            73: g("green"),
        },
        tags=("long-note-wrapped",),
    ),
    Case(
        "sanne-gmail-op-schema",
        "sanne",
        "gmail_web",
        lang="nl",
        text="Alles op schema deze week.",
        expect={"*": e("green")},
    ),
    Case(
        "sanne-apple-scores",
        "sanne",
        "apple_mail",
        lang="nl",
        text="""
        #72 groen 9/10
        #71 geel 0,7
        #73 groen
        """,
        expect={72: e("green", 0.9), 71: e("yellow", 0.7), 73: e("green")},
        tags=("decimal-comma", "score-out-of-ten"),
    ),
    Case(
        "sanne-apple-forward",
        "sanne",
        "apple_mail",
        lang="nl",
        layout="forward",
        text="""
        (doorgestuurd omdat mijn antwoord vanaf de telefoon niet aankwam)

        #71 groen
        #72 groen
        #73 geel
        """,
        expect={71: e("green"), 72: e("green"), 73: e("yellow")},
        tags=("forwarded",),
    ),
    Case(
        "sanne-outlook-nl-inline",
        "sanne",
        "outlook_desktop",
        lang="nl",
        layout="inline",
        text={
            "^": "Zie mijn antwoorden hieronder in het blauw.",
            "#71": "SdV: rood – opnieuw afgekeurd",
            "#73": "SdV: groen",
        },
        expect={71: e("red", note="afgekeurd"), 73: e("green")},
    ),
    Case(
        "sanne-samsung-status",
        "sanne",
        "samsung",
        lang="nl",
        prose="en",
        text="""
        #71 done, it's live
        #72 green
        #73 green
        """,
        expect={71: done(G), 72: g("green"), 73: g("green")},
    ),
]

CASES += [
    Case(
        "sanne-k9-colons",
        "sanne",
        "k9",
        text="""
        71: green
        72: green
        73: yellow
        """,
        expect={71: g("green"), 72: g("green"), 73: g("yellow")},
    ),
    Case(
        "sanne-superhuman-number",
        "sanne",
        "superhuman",
        text="""
        #71 done ✅
        #72 4.6 now - green
        #73 yellow
        """,
        expect={71: done(G), 72: e("green", note="4.6"), 73: g("yellow")},
    ),
]

CASES += [
    Case(
        "sanne-outlook-reminder-grammar",
        "sanne",
        "outlook_desktop",
        lang="nl",
        prose="en",
        form="R50",
        text="""
        Sorry for the delay.
        #71 green
        #72 green 0.9
        #73 yellow - data team busy until January
        """,
        expect={71: g("green"), 72: g("green", 0.9), 73: g("yellow", note="January")},
        sig=SIG,
    ),
]
