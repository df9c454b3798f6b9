"""Amélie Laurent, Paris, writes French and English. #31 Done-for-you onboarding, #32 Cut
churn to 2%, #33 Launch the customer forum (overdue since 30 Oct). Last week: #31 green,
#32 yellow ("2.4%, on track to 2% if December holds"), #33 red ("off track, no moderator")."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG = """
Bien cordialement,
Amélie Laurent
Head of Customer Success · Halvard Labs
06 12 34 56 78
"""

CASES = [
    Case(
        "amelie-gmail-fr-couleurs",
        "amelie",
        "gmail_web",
        lang="fr",
        text="""
        Bonjour,

        #31 vert - 15 comptes embarqués
        #32 jaune, 2,3 % ce mois-ci
        #33 rouge : toujours pas de modérateur

        Bien cordialement,
        Amélie
        """,
        expect={
            31: e("green", note="15 comptes"),
            32: e("yellow", note="2,3"),
            33: e("red", note="modérateur"),
        },
        clean=("Bien cordialement", "Amélie"),
        tags=("colours-in-french",),
    ),
    Case(
        "amelie-outlook-fr-drop",
        "amelie",
        "outlook_desktop",
        lang="fr",
        prose="en",
        text="""
        #31 green 0.7
        #32 yellow - churn at 2.3%
        #33 drop - the community team will run it on Discord instead
        """,
        expect={31: g("green", 0.7), 32: g("yellow", note="2.3"), 33: drop(G, "Discord")},
        sig=SIG,
    ),
    Case(
        "amelie-zimbra-fr-espace",
        "amelie",
        "zimbra",
        lang="fr",
        text="""
        #31 : vert
        #32 : jaune
        #33 : nouvelle date 2027-02-01
        """,
        expect={31: e("green"), 32: e("yellow"), 33: due(E, "2027-02-01")},
        tags=("french-spacing",),
    ),
    Case(
        "amelie-orange-sauf",
        "amelie",
        "orange",
        lang="fr",
        text="Tout est vert sauf #33, rouge (pas de modérateur).\n\nAmélie",
        expect={31: e("green"), 32: e("green"), 33: e("red", note="modérateur")},
        clean=("Amélie",),
    ),
    Case(
        "amelie-apple-titres-virgule",
        "amelie",
        "apple_mail",
        lang="fr",
        text="""
        Done-for-you onboarding : vert
        Cut churn : jaune 0,6
        Launch the customer forum : terminé !
        """,
        expect={31: e("green"), 32: e("yellow", 0.6), 33: done(E)},
        tags=("titles-with-flag-words", "decimal-comma"),
    ),
    Case(
        "amelie-ios-phrases",
        "amelie",
        "ios_mail",
        lang="fr",
        prose="en",
        text="""
        #31 green
        #32 at risk
        #33 blocked - no budget for a moderator
        """,
        expect={31: g("green"), 32: g("yellow"), 33: g("red", note="budget")},
    ),
    Case(
        "amelie-thunderbird-inline-fr",
        "amelie",
        "thunderbird",
        lang="fr",
        layout="inline",
        text={
            "#31": "Vert, 14 comptes.",
            "#32": "Jaune : 2,3 %.",
            "#33": "Abandonné - le forum n'est plus prioritaire, on passe par Discord",
        },
        expect={31: e("green", note="14 comptes"), 32: e("yellow"), 33: drop(E, "Discord")},
    ),
    Case(
        "amelie-roundcube-sig",
        "amelie",
        "roundcube",
        lang="fr",
        prose="en",
        text="""
        #31 on track
        #32 on track
        #33 done
        """,
        expect={31: g("green"), 32: g("green"), 33: done(G)},
        sig="--\nAmélie",
        charset="utf-8",
        cte="8bit",
    ),
    Case(
        "amelie-samsung-rouge",
        "amelie",
        "samsung",
        lang="fr",
        text="""
        #32 rouge - 2,9 % de churn en novembre, deux gros clients partis
        #31 vert
        """,
        expect={32: e("red", note="deux gros clients"), 31: e("green")},
    ),
    Case(
        "amelie-yahoo-hesite",
        "amelie",
        "yahoo",
        lang="fr",
        text="""
        #31 vert
        #32 vert
        #33 rouge ou jaune, je ne sais pas encore
        """,
        expect={31: e("green"), 32: e("green"), 33: amb()},
        tags=("ambiguous",),
    ),
    Case(
        "amelie-outlook-web-orange-ras",
        "amelie",
        "outlook_web",
        lang="fr",
        text="""
        Re #32 : orange - on est à 2,4 %
        #31 RAS, vert
        """,
        expect={32: e("yellow", note="2,4"), 31: e("green")},
    ),
    Case(
        "amelie-gmail-relance",
        "amelie",
        "gmail_web",
        lang="fr",
        form="R50",
        text="Désolée pour le retard : #31 vert, #32 jaune, #33 terminé.",
        expect={31: e("green"), 32: e("yellow"), 33: done(E)},
    ),
    Case(
        "amelie-gmail-en-merci",
        "amelie",
        "gmail_web",
        lang="fr",
        prose="en",
        text="""
        #31 green - 16 accounts live
        #32 yellow 60%
        #33 new date Feb 1 - the moderator starts in January

        Merci,
        Amélie
        """,
        expect={31: g("green", note="16 accounts"), 32: g("yellow", 0.6), 33: due(G, "2027-02-01")},
        clean=("Merci", "Amélie"),
    ),
    Case(
        "amelie-apple-correction",
        "amelie",
        "apple_mail",
        lang="fr",
        text="""
        #31 vert/jaune
        #32 jaune
        #33 vert... non, rouge
        """,
        expect={31: amb(), 32: e("yellow"), 33: e("red")},
        tags=("ambiguous", "correction"),
    ),
    Case(
        "amelie-ios-fautes",
        "amelie",
        "ios_mail",
        lang="fr",
        prose="en",
        text="""
        #31 grean
        #32 yelloow
        #33 red
        """,
        expect={31: near("green"), 32: near("yellow"), 33: g("red")},
        tags=("near-miss",),
    ),
    Case(
        "amelie-outlook-merci",
        "amelie",
        "outlook_desktop",
        lang="fr",
        text="Merci pour le rappel, je réponds lundi.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "amelie-outlook-inline-initiales",
        "amelie",
        "outlook_desktop",
        lang="fr",
        layout="inline",
        text={
            "^": "Réponses dans le texte.",
            "#31": "AL : vert",
            "#32": "AL : jaune - 2,4 %",
            "#33": "AL : abandonné - trop peu de clients intéressés",
        },
        expect={31: e("green"), 32: e("yellow"), 33: drop(E, "trop peu")},
    ),
    Case(
        "amelie-gmail-tout-au-vert",
        "amelie",
        "gmail_web",
        lang="fr",
        text="Tout est au vert cette semaine. Bon week-end !",
        expect={"*": e("green")},
    ),
    Case(
        "amelie-gmail-android-emoji",
        "amelie",
        "gmail_android",
        lang="fr",
        text="""
        #31 ✅ vert
        #32 ⚠️ jaune
        #33 ❌ rouge
        """,
        expect={31: e("green"), 32: e("yellow"), 33: e("red")},
        tags=("emoji-before-flag",),
    ),
    Case(
        "amelie-roundcube-sur-dix",
        "amelie",
        "roundcube",
        lang="fr",
        layout="bottom",
        text="""
        #31 : 7/10, vert
        #32 : 4/10 jaune
        #33 : 0.1 rouge
        """,
        expect={31: e("green", 0.7), 32: e("yellow", 0.4), 33: e("red", 0.1)},
        charset="utf-8",
        cte="qp",
        tags=("score-out-of-ten",),
    ),
    Case(
        "amelie-webmail-fleches",
        "amelie",
        "fastmail",
        lang="en",
        prose="fr",
        text="""
        #32 → vert (2,1 %)
        #31 → vert
        #33 → toujours rouge
        """,
        expect={32: e("green", note="2,1"), 31: e("green"), 33: e("red")},
        tags=("arrows",),
    ),
    Case(
        "amelie-outlook-mac-words",
        "amelie",
        "outlook_mac",
        text="""
        #31 looks good
        #32 healthy, 2.2%
        #33 won't make it this quarter
        """,
        expect={31: e("green"), 32: e("green", note="2.2"), 33: e("red", note="quarter")},
        tags=("status-words",),
    ),
    Case(
        "amelie-thunderbird-html-sig",
        "amelie",
        "thunderbird_html",
        lang="fr",
        text="""
        #31 vert
        #32 jaune
        #33 rouge
        """,
        expect={31: e("green"), 32: e("yellow"), 33: e("red")},
        sig=SIG,
    ),
    Case(
        "amelie-zimbra-cette-semaine",
        "amelie",
        "zimbra",
        lang="fr",
        layout="over",
        text={
            "#32": "Cette semaine : vert, 2,0 % !",
            "#33": "Cette semaine : toujours [RED], le modérateur commence en janvier",
        },
        expect={32: e("green"), 33: e("red", note="janvier")},
        tags=("typed-over-last-week",),
    ),
    Case(
        "amelie-gmail-fr-and",
        "amelie",
        "gmail_web",
        lang="fr",
        text="""
        #31 et #32 : vert
        #33 : toujours en retard, rouge
        """,
        expect={31: e("green"), 32: e("green"), 33: e("red")},
    ),
]

CASES += [
    Case(
        "amelie-fastmail-en",
        "amelie",
        "fastmail",
        prose="en",
        text="""
        #31 green - 17 accounts
        #32 green - 1.9% in November!
        #33 due 2027-02-15
        """,
        expect={
            31: g("green", note="17 accounts"),
            32: g("green", note="1.9"),
            33: due(G, "2027-02-15"),
        },
    ),
    Case(
        "amelie-k9-fr",
        "amelie",
        "k9",
        prose="fr",
        text="""
        31: vert
        32: vert
        33: rouge
        """,
        expect={31: e("green"), 32: e("green"), 33: e("red")},
    ),
]
