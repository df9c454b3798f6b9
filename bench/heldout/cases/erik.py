"""Erik Lindqvist, Stockholm, writes Swedish and English. #81 Swish and Vipps at checkout,
#82 Greenfield pricing experiment. Last week both green ("finance gave the green light")."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG = """
Med vänliga hälsningar
Erik Lindqvist
Payments, Halvard Labs AB
"""

CASES = [
    Case(
        "erik-gmail-sv-farger",
        "erik",
        "gmail_web",
        lang="sv",
        text="""
        Hej,

        #81 grön - Vipps live i produktion
        #82 gul, väntar på data

        Med vänliga hälsningar,
        Erik
        """,
        expect={81: e("green", note="Vipps"), 82: e("yellow", note="data")},
        clean=("Med vänliga hälsningar", "Erik"),
        tags=("colours-in-swedish",),
    ),
    Case(
        "erik-outlook-sv-sig",
        "erik",
        "outlook_desktop",
        lang="sv",
        prose="en",
        text="""
        #81 green
        #82 red - the pricing committee stopped the experiment
        """,
        expect={81: g("green"), 82: g("red", note="committee")},
        sig=SIG,
    ),
    Case(
        "erik-apple-titles",
        "erik",
        "apple_mail",
        lang="sv",
        prose="en",
        text="""
        Greenfield pricing experiment: red
        Swish and Vipps: green
        """,
        expect={82: g("red"), 81: g("green")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "erik-ios-klar",
        "erik",
        "ios_mail",
        lang="sv",
        text="""
        #81 klar!
        #82 grön
        """,
        expect={81: done(E), 82: e("green")},
    ),
    Case(
        "erik-thunderbird-inline",
        "erik",
        "thunderbird",
        lang="sv",
        layout="inline",
        text={"#81": "Grön.", "#82": "Röd - prisrådet sa nej"},
        expect={81: e("green"), 82: e("red", note="prisrådet")},
    ),
    Case(
        "erik-outlook-web-allt-gront",
        "erik",
        "outlook_web",
        lang="sv",
        text="Allt grönt!",
        expect={"*": e("green")},
    ),
    Case(
        "erik-gmail-letters",
        "erik",
        "gmail_web",
        lang="sv",
        prose="en",
        text="""
        #81 G
        #82 Y - waiting for a second market
        """,
        expect={81: g("green"), 82: g("yellow", note="second market")},
    ),
    Case(
        "erik-gmail-eller",
        "erik",
        "gmail_android",
        lang="sv",
        text="""
        #81 grön eller gul
        #82 röd
        """,
        expect={81: amb(), 82: e("red")},
        tags=("ambiguous",),
    ),
    Case(
        "erik-ios-ascii",
        "erik",
        "ios_mail",
        lang="sv",
        text="""
        #81 gron
        #82 rod - ingen budget
        """,
        expect={81: near("green"), 82: near("red", note="budget")},
        tags=("near-miss",),
    ),
    Case(
        "erik-outlook-drop",
        "erik",
        "outlook_desktop",
        lang="sv",
        prose="en",
        text="""
        #82 drop - replaced by the Q1 pricing study
        #81 green
        """,
        expect={82: drop(G, "Q1 pricing"), 81: g("green")},
    ),
    Case(
        "erik-apple-nytt-datum",
        "erik",
        "apple_mail",
        lang="sv",
        text="""
        #81 nytt datum 2027-01-20
        #82 grön
        """,
        expect={81: due(E, "2027-01-20"), 82: e("green")},
    ),
    Case(
        "erik-gmail-paminnelse",
        "erik",
        "gmail_web",
        lang="sv",
        form="R50",
        text="#81 grön, #82 grön",
        expect={81: e("green"), 82: e("green")},
    ),
    Case(
        "erik-ios-tack",
        "erik",
        "ios_mail",
        lang="sv",
        text="Tack! Svarar på måndag.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "erik-gmail-och",
        "erik",
        "gmail_web",
        lang="sv",
        text="#81 och #82: gröna",
        expect={81: e("green"), 82: e("green")},
    ),
    Case(
        "erik-outlook-pilar",
        "erik",
        "outlook_web",
        lang="sv",
        text="""
        #81 → grön
        #82 → gul
        """,
        expect={81: e("green"), 82: e("yellow")},
        tags=("arrows",),
    ),
    Case(
        "erik-apple-is",
        "erik",
        "apple_mail",
        lang="sv",
        prose="en",
        text="#81 is on schedule, #82 is at risk because finance wants another review.",
        expect={81: e("green"), 82: e("yellow", note="review")},
    ),
    Case(
        "erik-thunderbird-bottom",
        "erik",
        "thunderbird",
        lang="sv",
        prose="en",
        layout="bottom",
        text="""
        #81 green - Swish 100%, Vipps 80% of traffic
        #82 yellow

        /Erik
        """,
        expect={81: g("green", note="Vipps"), 82: g("yellow")},
        clean=("/Erik",),
    ),
    Case(
        "erik-gmail-html-only",
        "erik",
        "gmail_web",
        lang="sv",
        parts="html",
        text="""
        #81 🟢
        #82 🔴 prisrådet sa nej
        """,
        expect={81: g("green"), 82: g("red", note="prisrådet")},
        tags=("emoji",),
    ),
    Case(
        "erik-apple-scores",
        "erik",
        "apple_mail",
        lang="sv",
        text="""
        #81 grön 0,9
        #82 gul 5/10
        """,
        expect={81: e("green", 0.9), 82: e("yellow", 0.5)},
        tags=("decimal-comma", "score-out-of-ten"),
    ),
    Case(
        "erik-gmail-except",
        "erik",
        "gmail_web",
        lang="sv",
        prose="en",
        text="All green, except #82 which is yellow - finance is slow.",
        expect={81: e("green"), 82: e("yellow", note="finance")},
    ),
    Case(
        "erik-outlook-mislabelled",
        "erik",
        "outlook_desktop",
        lang="sv",
        charset="windows-1252",
        mislabel="utf-8",
        text="""
        #81 grön
        #82 gul - väntar på beslut
        """,
        expect={81: e("green"), 82: e("yellow", note="beslut")},
    ),
    Case(
        "erik-evolution-grammar",
        "erik",
        "evolution",
        lang="en",
        text="""
        #81 shipped - Vipps went live on Wednesday
        #82 yellow 40% - second market not chosen
        """,
        expect={81: done(G, note="Vipps"), 82: g("yellow", 0.4, note="second market")},
    ),
]

CASES += [
    Case(
        "erik-proton-one-line",
        "erik",
        "proton",
        text="Short one this week: #81 shipped, #82 yellow.",
        expect={81: done(E), 82: e("yellow")},
    ),
    Case(
        "erik-fastmail-installd",
        "erik",
        "fastmail",
        prose="sv",
        text="""
        #82 inställd - prisrådet sa nej
        #81 grön
        """,
        expect={82: drop(E, "prisrådet"), 81: e("green")},
    ),
]

CASES += [
    Case(
        "erik-thunderbird-reminder-inline",
        "erik",
        "thunderbird",
        lang="sv",
        prose="en",
        form="R50",
        layout="inline",
        text={"#81": "green - Vipps live", "#82": "yellow"},
        expect={81: g("green", note="Vipps"), 82: g("yellow")},
    ),
]
