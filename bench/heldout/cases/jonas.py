"""Jonas Becker, Berlin, writes German and English. #21 Yellow pages cleanup (due 4 Dec:
overdue on this week's form, "due tomorrow" on last week's), #22 Migrate billing to the new
ledger, #23 Blocked-payment alerts in under 5 minutes. He did not answer last week's form,
so he answers it late too; this week's form says "Last week: no report"."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG_DE = """
Mit freundlichen Grüßen
Jonas Becker
Teamlead Data Platform
"""
IMPRESSUM = """
Halvard Labs GmbH · Sitz: Berlin · Amtsgericht Charlottenburg HRB 123456 B
Geschäftsführer: Dana Whitfield
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
"""

CASES = [
    Case(
        "jonas-gmx-german-html-only",
        "jonas",
        "gmx",
        lang="de",
        text="""
        Hallo,

        #21 erledigt - alle Einträge bereinigt
        #22 gelb - Finance hat das Schema noch nicht abgenommen
        #23 grün, der Alarm kommt jetzt nach 3 Minuten

        Viele Grüße
        Jonas
        """,
        expect={
            21: done(E, note="bereinigt"),
            22: e("yellow", note="Schema"),
            23: e("green", note="3 Minuten"),
        },
        clean=("Viele Grüße", "Jonas"),
        tags=("colours-in-german",),
    ),
    Case(
        "jonas-webde-grammar",
        "jonas",
        "webde",
        lang="de",
        text="""
        #21 due 2027-01-15 - Restarbeiten im Januar
        #22 yellow 0.4
        #23 green 80%

        Gruß Jonas
        """,
        expect={21: due(G, "2027-01-15"), 22: g("yellow", 0.4), 23: g("green", 0.8)},
        clean=("Gruß Jonas",),
    ),
    Case(
        "jonas-outlook-de-impressum",
        "jonas",
        "outlook_desktop",
        lang="de",
        prose="en",
        text="""
        #21 done
        #22 red - finance pulled the migration budget, need a decision
        #23 yellow - alerts arrive after 7 minutes
        """,
        expect={21: done(G), 22: g("red", note="budget"), 23: g("yellow", note="7 minutes")},
        sig=SIG_DE,
        disclaimer=IMPRESSUM,
    ),
    Case(
        "jonas-thunderbird-inline-german",
        "jonas",
        "thunderbird",
        lang="de",
        layout="inline",
        text={"#21": "Erledigt.", "#22": "Gelb – warten auf Finance.", "#23": "grün"},
        expect={21: done(E), 22: e("yellow", note="Finance"), 23: e("green")},
        charset="iso-8859-1",
        cte="qp",
    ),
    Case(
        "jonas-apple-late-w49",
        "jonas",
        "apple_mail",
        lang="de",
        form="W49",
        prose="en",
        text="""
        Sorry for the late answer, I was off sick.

        #21 green - 95% of listings cleaned
        #22 yellow
        #23 red - still no access to the payment logs
        """,
        expect={21: g("green", note="listings"), 22: g("yellow"), 23: g("red", note="logs")},
    ),
    Case(
        "jonas-ios-german-words",
        "jonas",
        "ios_mail",
        lang="de",
        text="""
        #21 fertig
        #22 gelb
        #23 grün
        """,
        expect={21: done(E), 22: e("yellow"), 23: e("green")},
    ),
    Case(
        "jonas-k9-colon-refs",
        "jonas",
        "k9",
        lang="de",
        prose="en",
        text="""
        21: done
        22: at risk, Finance antwortet nicht
        23: on track
        """,
        expect={21: done(G), 22: g("yellow", note="Finance"), 23: g("green")},
    ),
    Case(
        "jonas-notes-titles-german",
        "jonas",
        "lotus_notes",
        lang="de",
        text="""
        Yellow pages cleanup: erledigt
        Migrate billing: rot - der Ledger-Anbieter hat abgesagt
        Blocked-payment alerts: grün

        Mit freundlichen Grüßen / Kind regards
        Jonas Becker
        """,
        expect={21: done(E), 22: e("red", note="abgesagt"), 23: e("green")},
        clean=("Kind regards", "Jonas Becker"),
        tags=("titles-with-flag-words",),
    ),
    Case(
        "jonas-roundcube-bottom-drop",
        "jonas",
        "roundcube",
        lang="de",
        layout="bottom",
        text="""
        #21 drop - das Verzeichnis wird abgeschaltet, der Aufwand lohnt nicht mehr
        #22 yellow
        #23 green
        """,
        expect={21: drop(G, "abgeschaltet"), 22: g("yellow"), 23: g("green")},
        charset="utf-8",
        cte="8bit",
    ),
    Case(
        "jonas-proton-alles-gruen",
        "jonas",
        "proton",
        lang="de",
        text="Alles grün, außer #22: gelb (Finance).",
        expect={21: e("green"), 22: e("yellow", note="Finance"), 23: e("green")},
    ),
    Case(
        "jonas-samsung-status",
        "jonas",
        "samsung",
        lang="de",
        text="""
        #21 verschoben auf 18. Dezember
        #22 Status: gelb.
        #23 Status: grün.
        """,
        expect={21: due(E, "2026-12-18"), 22: e("yellow"), 23: e("green")},
    ),
    Case(
        "jonas-gmail-de-emoji",
        "jonas",
        "gmail_web",
        lang="de",
        text="""
        #21 ✅ erledigt
        #22 ⚠️ gelb
        #23 ✅ grün
        """,
        expect={21: done(E), 22: e("yellow"), 23: e("green")},
        tags=("emoji",),
    ),
    Case(
        "jonas-outlook-mac-ist",
        "jonas",
        "outlook_mac",
        lang="de",
        text="""
        #22 ist rot, weil das Budget gestrichen wurde.
        #23 ist grün.
        #21: neuer Termin 15.01.2027
        """,
        expect={
            22: e("red", note="Budget"),
            23: e("green"),
            21: due(E, "2027-01-15", accept_abstain=True),
        },
    ),
    Case(
        "jonas-outlook-plain-ascii-umlauts",
        "jonas",
        "outlook_plain",
        lang="de",
        text="""
        #21 gruen - fast fertig, Rest naechste Woche
        #22 gelb
        #23 rot

        Gruss
        Jonas
        """,
        expect={21: e("green", note="fast fertig"), 22: e("yellow"), 23: e("red")},
        clean=("Gruss", "Jonas"),
    ),
    Case(
        "jonas-gmx-unsure",
        "jonas",
        "gmx",
        lang="de",
        text="""
        #22 gelb oder rot, weiß ich noch nicht genau
        #23 grünlich/gelb
        #21 erledigt
        """,
        expect={22: amb(), 23: amb(), 21: done(E)},
        tags=("ambiguous",),
    ),
    Case(
        "jonas-webde-typos",
        "jonas",
        "webde",
        lang="de",
        prose="en",
        text="""
        #21 done
        #22 yelow
        #23 gren
        """,
        expect={21: done(G), 22: near("yellow"), 23: near("green")},
        tags=("near-miss",),
    ),
    Case(
        "jonas-gmail-reminder-one-line",
        "jonas",
        "gmail_web",
        form="R50",
        text="Sorry, late again. 21 done, 22 yellow, 23 green.",
        expect={21: done(E), 22: e("yellow"), 23: e("green")},
    ),
    Case(
        "jonas-apple-thanks-de",
        "jonas",
        "apple_mail",
        lang="de",
        text="Danke, ich melde mich morgen mit den Zahlen.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "jonas-thunderbird-late-sig",
        "jonas",
        "thunderbird",
        lang="de",
        form="W49",
        text="""
        #21 green
        #22 yellow 0.3
        #23 red
        """,
        expect={21: g("green"), 22: g("yellow", 0.3), 23: g("red")},
        sig="--\nJonas Becker\nData Platform, Halvard Labs",
    ),
    Case(
        "jonas-gmx-late-commands",
        "jonas",
        "gmx",
        lang="de",
        form="W49",
        text="""
        #21 done - Bereinigung abgeschlossen
        #23 drop - wird Teil des neuen Monitoring-Projekts
        #22 gelb
        """,
        expect={21: done(G, note="abgeschlossen"), 23: drop(G, "Monitoring"), 22: e("yellow")},
    ),
    Case(
        "jonas-outlook-de-crlf",
        "jonas",
        "outlook_desktop",
        lang="de",
        text="""
        #21: alles erledigt
        #22: rot, Finance blockiert
        #23: läuft nach Plan
        """,
        expect={21: done(E), 22: e("red", note="Finance"), 23: e("green")},
        crlf=True,
        sig="Gruß\nJonas",
    ),
    Case(
        "jonas-outlook-inline-arrows",
        "jonas",
        "outlook_desktop",
        lang="de",
        layout="inline",
        text={
            "^": "Antworten unten im Text.",
            "#21": "-> erledigt",
            "#22": "-> gelb, Finance",
            "#23": "-> grün",
        },
        expect={21: done(E), 22: e("yellow", note="Finance"), 23: e("green")},
    ),
    Case(
        "jonas-thunderbird-over",
        "jonas",
        "thunderbird",
        lang="de",
        layout="over",
        text={
            "#21": "Diese Woche: erledigt",
            "#22": "Diese Woche: gelb (Schema abgenommen, Migration startet im Januar)",
            "#23": "Diese Woche: rot - Logs weiterhin gesperrt",
        },
        expect={21: done(E), 22: e("yellow", note="Januar"), 23: e("red", note="gesperrt")},
        tags=("typed-over-last-week",),
    ),
    Case(
        "jonas-mutt-long-notes",
        "jonas",
        "mutt",
        text="""
        #22 yellow - finance signed off the schema on Wednesday but the vendor needs another two weeks for the ledger export, so January is tight
        #23 green - the alert fires after 3 minutes in staging and 4 in production
        #21 done
        """,  # noqa: E501
        expect={
            22: g("yellow", note="January is tight"),
            23: g("green", note="production"),
            21: done(G),
        },
        layout="top",
        tags=("long-note-wrapped",),
    ),
    Case(
        "jonas-gmail-de-and",
        "jonas",
        "gmail_web",
        lang="de",
        prose="en",
        text="""
        #22 and #23: green
        #21 finished last Friday
        """,
        expect={22: e("green"), 23: e("green"), 21: done(E)},
    ),
    Case(
        "jonas-k9-late-status",
        "jonas",
        "k9",
        lang="de",
        form="W49",
        text="""
        #21 grün - morgen fertig
        #22 gelb
        #23 rot, kein Zugriff auf die Logs
        """,
        expect={21: e("green", note="morgen"), 22: e("yellow"), 23: e("red", note="Logs")},
    ),
]

CASES += [
    Case(
        "jonas-proton-nachtrag",
        "jonas",
        "proton",
        lang="de",
        form="W49",
        text="""
        Nachtrag für letzte Woche:
        #21 grün
        #22 gelb
        #23 rot
        """,
        expect={21: e("green"), 22: e("yellow"), 23: e("red")},
    ),
    Case(
        "jonas-webde-name-line",
        "jonas",
        "webde",
        lang="de",
        prose="en",
        text="""
        #21 done
        #22 yellow
        #23 green
        Jonas
        """,
        expect={21: done(G), 22: g("yellow"), 23: g("green")},
        clean=("Jonas",),
        tags=("name-as-last-line",),
    ),
    Case(
        "jonas-alpine-phrases",
        "jonas",
        "alpine",
        text="""
        #21 done
        #22 at risk
        #23 on track
        """,
        expect={21: done(G), 22: g("yellow"), 23: g("green")},
    ),
    Case(
        "jonas-gmail-de-in-order",
        "jonas",
        "gmail_web",
        lang="de",
        text="""
        grün
        gelb
        rot
        """,
        expect={21: e("green"), 22: e("yellow"), 23: e("red")},
        tags=("flags-in-form-order",),
    ),
]
