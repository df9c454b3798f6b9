"""Dana Whitfield, London, writes English. Her form lists #14 Reduce red alerts by half,
#15 Hire 2 SREs (overdue since 30 Nov), #16 Shipped-features newsletter every month (under
"Keep the lights on"), then #12 Sign 5 design partners and #13 Green-light the data platform.
Last week: #12 green, #13 yellow, #14 red, #15 red, #16 green."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG = """
Best regards,
Dana Whitfield
Chief Executive Officer | Halvard Labs
+44 20 7946 0321
"""
DISCLAIMER = """
This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error, please notify the sender and delete it. Halvard Labs Ltd,
registered in England and Wales no. 09876543.
"""

CASES = [
    Case(
        "dana-gmail-grammar",
        "dana",
        "gmail_web",
        """
        #12 green - fifth partner signed on Tuesday, contract countersigned
        #13 yellow 0.6 - budget approved, vendor contract still with legal
        #14 red - 38 red alerts this week, the deploy on Monday made it worse
        #15 due 2027-01-29
        #16 green

        Thanks,
        Dana
        """,
        {
            12: g("green", note="fifth partner"),
            13: g("yellow", 0.6, note="legal"),
            14: g("red", note="deploy on Monday"),
            15: due(G, "2027-01-29"),
            16: g("green"),
        },
        clean=("Thanks", "Dana"),
    ),
    Case(
        "dana-mutt-inline-correction",
        "dana",
        "mutt",
        {
            "^": "Answers inline.",
            "#14": "red, no wait, yellow - down to 22 a week",
            "#12": "#12 is at risk: number 5 went quiet",
        },
        {14: e("yellow", note="22 a week"), 12: e("yellow", note="went quiet")},
        layout="inline",
        sig="--\nDana Whitfield\nHalvard Labs",
    ),
    Case(
        "dana-outlook-kr-scores",
        "dana",
        "outlook_desktop",
        """
        Hi,

        KR 12 green 90% - last contract is with procurement, signing Monday
        KR 13 yellow 0.5 - legal still on the DPA
        KR 14 red - 35 red alerts, on-call is exhausted
        KR 16 green
        #15 new date Jan 29
        """,
        {
            12: g("green", 0.9, note="procurement"),
            13: g("yellow", 0.5, note="DPA"),
            14: g("red", note="on-call"),
            16: g("green"),
            15: due(G, "2027-01-29"),
        },
        sig=SIG,
        disclaimer=DISCLAIMER,
        crlf=True,
    ),
    Case(
        "dana-apple-except",
        "dana",
        "apple_mail",
        """
        Everything on track apart from #14 (red: alerts went up after Monday's deploy) and
        #15, which I'm pushing to Jan 29 - the second candidate starts then.

        D.
        """,
        {
            12: e("green"),
            13: e("green"),
            16: e("green"),
            14: e("red", note="Monday"),
            15: due(E, "2027-01-29"),
        },
        clean=("D.",),
    ),
    Case(
        "dana-ios-one-line",
        "dana",
        "ios_mail",
        """
        #12 green, #13 yellow, #14 red, #16 green
        #15 done - Priya starts on 4 January
        """,
        {12: e("green"), 13: e("yellow"), 14: e("red"), 16: e("green"), 15: done(G, note="Priya")},
    ),
    Case(
        "dana-thunderbird-in-order",
        "dana",
        "thunderbird_html",
        """
        yellow
        red
        green
        green
        yellow
        """,
        {14: g("yellow"), 15: g("red"), 16: g("green"), 12: g("green"), 13: g("yellow")},
        tags=("flags-in-form-order",),
    ),
    Case(
        "dana-gmail-ios-titles",
        "dana",
        "gmail_ios",
        """
        Sign 5 design partners: green - all five signed!
        Green-light the data platform: red - the vendor pulled out on Wednesday
        Reduce red alerts: yellow 0.4
        Shipped-features newsletter: green

        Sent from Gmail Mobile
        """,
        {
            12: g("green", note="all five"),
            13: g("red", note="pulled out"),
            14: g("yellow", 0.4),
            16: g("green"),
        },
        clean=("Sent from Gmail Mobile",),
        tags=("titles-with-flag-words",),
    ),
    Case(
        "dana-outlook-web-unsure",
        "dana",
        "outlook_web",
        """
        #12 green, maybe yellow - depends on the last signature
        #13 red or yellow, not sure yet, meeting the vendor Monday
        #14 yellow - 26 alerts
        """,
        {12: amb(), 13: amb(), 14: g("yellow", note="26 alerts")},
        tags=("ambiguous",),
    ),
    Case(
        "dana-gmail-android-thanks",
        "dana",
        "gmail_android",
        "Thanks, will reply tomorrow when I have the numbers.",
        {},
        tags=("thanks-only",),
    ),
    Case(
        "dana-apple-forwarded",
        "dana",
        "apple_mail",
        layout="forward",
        text="""
        (forwarding since the reply button in the app kept failing)

        #12 green
        #13 yellow - DPA back from legal on Monday
        #14 red
        #16 green
        """,
        expect={12: g("green"), 13: g("yellow", note="DPA"), 14: g("red"), 16: g("green")},
        tags=("forwarded",),
    ),
    Case(
        "dana-superhuman-re",
        "dana",
        "superhuman",
        """
        Re #13: amber, legal has the DPA since Tuesday.
        Nothing else to report this week.

        Dana
        """,
        {13: e("yellow", note="DPA")},
        clean=("Dana",),
    ),
    Case(
        "dana-spark-arrows",
        "dana",
        "spark",
        """
        #12 → green (all signed 🎉)
        #13 -> yellow
        #14 => red, alerts flat at 34
        #16 → green
        """,
        {
            12: e("green", note="all signed"),
            13: e("yellow"),
            14: e("red", note="34"),
            16: e("green"),
        },
        tags=("arrows", "emoji"),
    ),
    Case(
        "dana-fastmail-comma-scores",
        "dana",
        "fastmail",
        """
        #12 green, 0.9
        #13 yellow, 0.5 - legal
        #14 red, 0.2
        #16 green, 1.0
        """,
        {
            12: e("green", 0.9),
            13: e("yellow", 0.5, note="legal"),
            14: e("red", 0.2),
            16: e("green", 1.0),
        },
        tags=("score-after-comma",),
    ),
    Case(
        "dana-gmail-emoji-first",
        "dana",
        "gmail_web",
        """
        ✅ #12 green – done signing, all 5 in
        ⚠️ #13 at risk – DPA stuck with legal
        ❌ #14 red – 31 alerts
        ✅ #16 green
        """,
        {
            12: e("green", note="all 5"),
            13: e("yellow", note="DPA"),
            14: e("red", note="31"),
            16: e("green"),
        },
        tags=("emoji-before-flag",),
    ),
    Case(
        "dana-outlook-mac-status-words",
        "dana",
        "outlook_mac",
        """
        #12 looks good, one signature left
        #13 stuck - vendor won't sign the DPA
        #14 in trouble, alerts are up again
        #16 on schedule
        """,
        {
            12: e("green", note="signature"),
            13: e("red", note="DPA"),
            14: e("red", note="up"),
            16: e("green"),
        },
        tags=("status-words",),
    ),
    Case(
        "dana-proton-is",
        "dana",
        "proton",
        """
        #14 is red because the new alerting rules haven't shipped.
        #12 is at risk: one partner is wavering.
        #13 green.
        """,
        {14: e("red", note="alerting rules"), 12: e("yellow", note="wavering"), 13: g("green")},
    ),
    Case(
        "dana-yahoo-drop",
        "dana",
        "yahoo",
        """
        #16 drop - nobody reads it, moving the updates to the all-hands
        #12 green
        #13 yellow
        #14 red
        """,
        {16: drop(G, "all-hands"), 12: g("green"), 13: g("yellow"), 14: g("red")},
    ),
    Case(
        "dana-zimbra-cancelled",
        "dana",
        "zimbra",
        """
        #16 cancelled - we fold it into the quarterly letter
        #15 descoped: one SRE is enough for Q1
        All the rest on track.
        """,
        {
            16: drop(E, "quarterly letter"),
            15: drop(E, "one SRE"),
            12: e("green"),
            13: e("green"),
            14: e("green"),
        },
    ),
    Case(
        "dana-gmail-ios-typos",
        "dana",
        "gmail_ios",
        """
        #12 gren
        #13 yelow - DPA
        #14 reed, 33 alerts
        """,
        {12: near("green"), 13: near("yellow"), 14: near("red")},
        tags=("near-miss",),
    ),
    Case(
        "dana-ios-twice",
        "dana",
        "ios_mail",
        """
        #12 green - 5 of 5
        #14 yellow, trending down
        #13 yellow
        #12 red - partner 5 has not countersigned
        """,
        {12: amb(), 13: g("yellow"), 14: g("yellow", note="trending down")},
        tags=("ambiguous", "named-twice"),
    ),
    Case(
        "dana-outlook-mobile-all-green",
        "dana",
        "outlook_mobile",
        "All green this week.",
        {"*": g("green")},
    ),
    Case(
        "dana-k9-apart-from",
        "dana",
        "k9",
        """
        Everything on track apart from #14: yellow (28 alerts).
        #15 due 2027-02-15
        """,
        {
            14: e("yellow", note="28 alerts"),
            15: due(G, "2027-02-15"),
            12: e("green"),
            13: e("green"),
            16: e("green"),
        },
    ),
    Case(
        "dana-hey-html-only-phrases",
        "dana",
        "hey",
        """
        #12 on track - signing Monday
        #13 at risk
        #14 off track, 36 alerts
        #16 on track
        """,
        {12: g("green", note="Monday"), 13: g("yellow"), 14: g("red", note="36"), 16: g("green")},
    ),
    Case(
        "dana-blackberry-bare-numbers",
        "dana",
        "blackberry",
        form="R50",
        text="""
        12 green
        13 yellow
        14 red
        15 done
        16 green
        """,
        expect={12: e("green"), 13: e("yellow"), 14: e("red"), 15: done(E), 16: e("green")},
    ),
    Case(
        "dana-alpine-bottom",
        "dana",
        "alpine",
        layout="bottom",
        text="""
        #12: green, five signed
        #13: yellow
        #14: red

        Dana
        """,
        expect={12: g("green", note="five signed"), 13: g("yellow"), 14: g("red")},
        clean=("Dana",),
    ),
    Case(
        "dana-evolution-pleasantries",
        "dana",
        "evolution",
        """
        Hi team, hope you all had a good week!

        #12 green - signed the fifth, champagne on Friday
        #14 yellow 0.5 - alerts down to 18

        Have a lovely weekend,
        Dana
        """,
        {12: g("green", note="champagne"), 14: g("yellow", 0.5, note="18")},
        clean=("lovely weekend", "Dana"),
        tags=("pleasantries",),
    ),
    Case(
        "dana-em-client-flag-and-date",
        "dana",
        "em_client",
        """
        #12 yellow, new date Dec 22 - the fifth partner wants another week
        #13 green
        #14 red
        """,
        {12: due(G, "2026-12-22", flag="yellow"), 13: g("green"), 14: g("red")},
    ),
    Case(
        "dana-gmail-away",
        "dana",
        "gmail_web",
        """
        #12 green
        #13 yellow
        #14 red
        #16 green

        away until 2027-01-04 - skiing, Jonas covers for me
        """,
        {12: g("green"), 13: g("yellow"), 14: g("red"), 16: g("green")},
        tags=("away",),
    ),
    Case(
        "dana-thunderbird-over-last-week",
        "dana",
        "thunderbird",
        layout="over",
        text={
            "#14": "This week: yellow - 24 alerts, trending down",
            "#12": "Last week: [GREEN] 4 of 5 signed -> this week green, 5 of 5",
            "#13": "Now: red - the vendor walked",
        },
        expect={
            14: e("yellow", note="24 alerts"),
            12: e("green", note="5 of 5"),
            13: e("red", note="walked"),
        },
        tags=("typed-over-last-week",),
    ),
    Case(
        "dana-outlook-inline-initials",
        "dana",
        "outlook_desktop",
        layout="inline",
        text={
            "^": "Hi, answers below in red.",
            "#14": "[DW] yellow - 24 alerts this week",
            "#12": "[DW] green – all five signed",
        },
        expect={14: e("yellow", note="24 alerts"), 12: e("green", note="all five")},
    ),
    Case(
        "dana-gmail-circles",
        "dana",
        "gmail_web",
        parts="html",
        text="""
        #12 🟢 all signed
        #13 🟠 waiting for the DPA
        #14 🔴 29 alerts
        #16 🟢
        """,
        expect={
            12: g("green", note="all signed"),
            13: g("yellow", note="DPA"),
            14: g("red", note="29"),
            16: g("green"),
        },
        tags=("emoji",),
    ),
    Case(
        "dana-apple-letters",
        "dana",
        "apple_mail",
        """
        #12 G
        #13 A - DPA
        #14 R
        #16 G
        """,
        {12: g("green"), 13: g("yellow", note="DPA"), 14: g("red"), 16: g("green")},
    ),
    Case(
        "dana-outlook-plain-no-token",
        "dana",
        "outlook_plain",
        to="thread",
        text="""
        #12 green
        #13 yellow - DPA with legal
        #14 red

        Dana
        """,
        expect={12: g("green"), 13: g("yellow", note="DPA"), 14: g("red")},
        clean=("Dana",),
    ),
]

CASES += [
    Case(
        "dana-notes-disclaimer",
        "dana",
        "lotus_notes",
        """
        #12 green
        #13 yellow - DPA still with legal
        #14 red
        """,
        {12: g("green"), 13: g("yellow", note="DPA"), 14: g("red")},
        disclaimer=DISCLAIMER,
    ),
    Case(
        "dana-spark-inline",
        "dana",
        "spark",
        layout="inline",
        text={"#13": "yellow, the DPA is still with legal", "#14": "red"},
        expect={13: g("yellow", note="DPA"), 14: g("red")},
    ),
    Case(
        "dana-yahoo-android-colons",
        "dana",
        "yahoo_android",
        """
        12: green
        13: amber
        14: red
        16: green
        15: drop - we will use the contractor instead
        """,
        {12: g("green"), 13: g("yellow"), 14: g("red"), 16: g("green"), 15: drop(G, "contractor")},
    ),
    Case(
        "dana-proton-only-one",
        "dana",
        "proton",
        "Thanks for the reminder! Only #14 changed: now yellow, 19 alerts.",
        {14: e("yellow", note="19 alerts")},
    ),
    Case(
        "dana-outlook-web-is-done",
        "dana",
        "outlook_web",
        """
        #15 is done, Priya signed!
        #12 done - all five signed
        """,
        {15: done(E, note="Priya"), 12: done(G, note="all five")},
    ),
    Case(
        "dana-gmail-push-still",
        "dana",
        "gmail_web",
        """
        #15 - push to Feb 1
        #14 - still red but improving (27 alerts)
        """,
        {15: due(E, "2027-02-01"), 14: e("red", note="27 alerts")},
    ),
    Case(
        "dana-apple-out-of-ten",
        "dana",
        "apple_mail",
        """
        #12 green 10/10
        #13 yellow 5/10
        #14 red 2/10
        """,
        {12: e("green", 1.0), 13: e("yellow", 0.5), 14: e("red", 0.2)},
        tags=("score-out-of-ten",),
    ),
    Case(
        "dana-outlook-android",
        "dana",
        "outlook_mobile",
        """
        #12 green
        #14 yellow
        """,
        {12: g("green"), 14: g("yellow")},
        footer="Get Outlook for Android<https://aka.ms/AAb9ysg>",
    ),
    Case(
        "dana-zimbra-inline",
        "dana",
        "zimbra",
        layout="inline",
        text={"#12": "Green - signed", "#14": "Yellow."},
        expect={12: g("green", note="signed"), 14: g("yellow")},
    ),
    Case(
        "dana-gmail-weekend",
        "dana",
        "gmail_web",
        "Thanks for this - have a great weekend!",
        {},
        tags=("thanks-only", "pleasantries"),
    ),
]
