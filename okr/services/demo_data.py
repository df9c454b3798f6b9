"""The demo company's data: its people, their OKRs, and the stories their check-ins tell
(`services/demo.py` builds it). Plain data, kept apart from the code that loads it."""

from __future__ import annotations

from ..models import Flag

SEED = 4711
HISTORY_WEEKS = 6
DOMAIN = "example.com"

# Stories a key result can tell over the weeks; anything else is an ordinary, mostly green one.
RED = "red"  # turns red and stays red: a long red
# Green, then red this week with the due date well ahead: raised early. Its owner's weeks
# draw from the random source like an ordinary key result's, so the rest stays the same.
EARLY = "early"
NEARLY = "nearly"  # "99% done" for weeks
CLIFF = "cliff"  # green until just before the deadline, then red
SLIP = "slip"  # the due date moved three times by reply
DONE = "done"  # finished this week
DROPPED = "dropped"  # dropped this week, with a reason
CORRECTED = "corrected"  # two replies this week, the later one wins
# Ended last week, so this week's form and status page look back on them (Looking back):
BET = "bet"  # dropped last week: a bold bet that did not pay off, its lesson written
LATE = "late"  # done last week, after its due date: the form asks for its lesson

# (name, timezone, manager's name or None); the order is the order of creation.
ORG: list[tuple[str, str, str | None]] = [
    ("Maya Chen", "America/Los_Angeles", None),
    ("Tomás Herrera", "Europe/Madrid", "Maya Chen"),
    ("Priya Raman", "Asia/Kolkata", "Maya Chen"),
    ("Daniel Okafor", "America/New_York", "Maya Chen"),
    ("Ingrid Larsen", "Europe/Oslo", "Maya Chen"),
    ("Kenji Watanabe", "Asia/Tokyo", "Tomás Herrera"),
    ("Sofia Rossi", "Europe/Rome", "Tomás Herrera"),
    ("Amara Nwosu", "Africa/Lagos", "Priya Raman"),
    ("Lukas Becker", "Europe/Berlin", "Priya Raman"),
    ("Rachel Goldberg", "America/Chicago", "Daniel Okafor"),
    ("Mateo Silva", "America/Sao_Paulo", "Daniel Okafor"),
    ("Chloé Martin", "Europe/Paris", "Ingrid Larsen"),
    ("Liam O'Brien", "Europe/Dublin", "Ingrid Larsen"),
    ("Arjun Mehta", "Asia/Kolkata", "Kenji Watanabe"),
    ("Hannah Schmidt", "Europe/Berlin", "Kenji Watanabe"),
    ("Wei Zhang", "Asia/Shanghai", "Kenji Watanabe"),
    ("Emma Johansson", "Europe/Stockholm", "Sofia Rossi"),
    ("Diego Fernández", "Europe/Madrid", "Sofia Rossi"),
    ("Zoe Campbell", "Australia/Sydney", "Amara Nwosu"),
    ("Yusuf Demir", "Europe/Istanbul", "Amara Nwosu"),
    ("Noah Williams", "America/Toronto", "Lukas Becker"),
    ("Aiko Tanaka", "Asia/Tokyo", "Lukas Becker"),
    ("Marcus Reed", "America/New_York", "Rachel Goldberg"),
    ("Olivia Brooks", "America/Denver", "Rachel Goldberg"),
    ("Camila Torres", "America/Mexico_City", "Mateo Silva"),
    ("Rafael Costa", "America/Sao_Paulo", "Mateo Silva"),
    ("Fatima Haddad", "Africa/Casablanca", "Chloé Martin"),
    ("Tom Novak", "Europe/Prague", "Chloé Martin"),
    ("Grace Kim", "America/Los_Angeles", "Liam O'Brien"),
    ("Sean Murphy", "Europe/Dublin", "Liam O'Brien"),
]

KR = str | tuple[str, str]  # a title, or (title, story)

# Objectives with their key results, by owner. The CEO owns none: she reads the digests.
OKRS: dict[str, list[tuple[str, list[KR]]]] = {
    "Tomás Herrera": [
        (
            "Reliable, fast engineering",
            ["Zero Sev-1 incidents this quarter", "Hire 4 senior engineers"],
        ),
    ],
    "Priya Raman": [
        (
            "A product that sells itself",
            [
                "Ship the customer dashboard and annual plans",
                "2027 roadmap agreed with Sales and CS",
            ],
        ),
    ],
    "Daniel Okafor": [
        ("Hit the Q4 number", ["Book $2.4M in new ARR", "Net revenue retention above 110%"]),
    ],
    "Ingrid Larsen": [
        (
            "Customers who stay",
            ["Gross churn under 1.5% a month", "Health score for every account over $20k"],
        ),
    ],
    "Kenji Watanabe": [
        (
            "Make the platform boring to operate",
            [
                "Cut p95 API latency from 480 ms to 250 ms",
                "Fewer than 10 paging alerts a week",
                "Every service on the new deploy pipeline",
            ],
        ),
    ],
    "Sofia Rossi": [
        (
            "Ship the new customer dashboard",
            [
                ("Dashboard live for all customers on launch day", CLIFF),
                "Dashboard NPS of 40+ in beta",
            ],
        ),
        ("Speed up the web app", ["Largest contentful paint under 2.5 s", "Bundle size down 30%"]),
    ],
    "Amara Nwosu": [
        (
            "One design system",
            [
                "80% of screens on the new component library",
                "Design tokens shared by web and mobile",
            ],
        ),
    ],
    "Lukas Becker": [
        (
            "Grow self-serve revenue",
            [
                "Trial-to-paid conversion from 9% to 12%",
                "Launch annual plans with a 15% discount",
                "Pricing page A/B test with 10k visitors",
            ],
        ),
    ],
    "Rachel Goldberg": [
        (
            "Land enterprise logos",
            ["Close 4 enterprise deals over $100k ARR", "3x pipeline coverage for Q1"],
        ),
    ],
    "Mateo Silva": [
        (
            "Open Brazil and Mexico",
            [
                "Hire a sales engineer in São Paulo",
                "R$2M qualified pipeline in Brazil",
                "First 5 customers in Mexico",
            ],
        ),
    ],
    "Chloé Martin": [
        (
            "Faster support",
            [
                "First response under 2 hours for 90% of tickets",
                "Backlog under 50 open tickets",
                "CSAT of 92% or higher",
            ],
        ),
    ],
    "Liam O'Brien": [
        (
            "Customers live in 30 days",
            ["Median time-to-live under 30 days", "Onboarding playbook for enterprise accounts"],
        ),
    ],
    "Arjun Mehta": [
        (
            "Finish the PostgreSQL 16 migration",
            [
                "Migrate all 14 production databases",
                ("Zero-downtime cutover of the billing database", SLIP),
            ],
        ),
        (
            "Backups we trust",
            ["Monthly restore drill passes for every database", "Backup keys rotated quarterly"],
        ),
    ],
    "Hannah Schmidt": [
        (
            "Observability people actually use",
            [
                "Tracing on the 10 busiest endpoints",
                "One dashboard per team, linked from the runbook",
                ("Retire the legacy metrics stack", EARLY),
            ],
        ),
    ],
    "Wei Zhang": [
        (
            "Lower the cloud bill",
            [
                ("Cut monthly compute spend by 20%", RED),
                "Right-size the 30 largest instances",
                "Reserved-capacity plan approved by Finance",
            ],
        ),
    ],
    "Emma Johansson": [
        (
            "Accessible by default",
            [
                ("WCAG 2.1 AA audit passed on the core flows", NEARLY),
                "Keyboard navigation on every form",
                "Screen-reader smoke test in CI",
            ],
        ),
    ],
    "Diego Fernández": [
        (
            "Mobile app parity",
            [
                "Offline mode for the inspection checklist",
                "Push notifications for overdue tasks",
                "Crash-free sessions above 99.5%",
            ],
        ),
    ],
    "Zoe Campbell": [
        (
            "Understand why trials stall",
            ["Interview 12 trial users who did not convert", "Publish the top-5 friction report"],
        ),
    ],
    "Yusuf Demir": [
        (
            "Redesign onboarding",
            [
                "Usability test of the new flow with 8 customers",
                "Final specs for all 6 onboarding screens",
                ("Localised illustrations in 4 languages", DROPPED),
            ],
        ),
    ],
    "Noah Williams": [
        (
            "Activation experiments",
            ["Run 6 onboarding experiments", "Week-1 activation from 35% to 42%"],
        ),
    ],
    "Aiko Tanaka": [
        (
            "Expand into Japan",
            [
                "Japanese localisation of the web app",
                "Sign 3 Japanese reseller partners",
                "Launch the Japanese help centre",
            ],
        ),
    ],
    "Marcus Reed": [
        (
            "Keep Northwind",
            [("Northwind 3-year renewal signed", RED), "Analytics add-on sold to Northwind"],
        ),
        (
            "Build a healthcare pipeline",
            ["20 qualified meetings with hospital groups", "2 healthcare pilots started"],
        ),
    ],
    "Olivia Brooks": [
        (
            "Shorten the sales cycle",
            [
                ("Security questionnaires answered within 3 days", CORRECTED),
                "Standard MSA accepted by 70% of new customers",
                "Average sales cycle from 94 to 75 days",
            ],
        ),
    ],
    "Camila Torres": [
        (
            "First customers in Mexico",
            ["Sign 5 customers in Mexico", "Spanish sales deck and demo environment"],
        ),
    ],
    "Rafael Costa": [
        (
            "A partner channel in Brazil",
            [
                ("Distributor agreement signed with TechParceiros", RED),
                "Enablement for 10 reseller reps",
            ],
        ),
    ],
    "Fatima Haddad": [
        (
            "Self-service help",
            [
                "Rewrite the 40 most-viewed help articles",
                "In-app help widget on every page",
                "Deflect 15% of tickets with search",
            ],
        ),
    ],
    "Tom Novak": [
        (
            "Better support tooling",
            [
                ("Support moved to the new ticketing system", DONE),
                "Macros for the 20 most common questions",
            ],
        ),
    ],
    "Grace Kim": [
        (
            "Scale onboarding",
            [
                "Group onboarding webinars twice a week",
                "Certify 25 customer admins",
                "Onboarding survey response rate above 40%",
            ],
        ),
    ],
    "Sean Murphy": [
        (
            "A data migration service",
            [
                "Importer for the 3 biggest competitor formats",
                "Migration done within 5 days for 80% of accounts",
            ],
        ),
        # Last, so that the random source draws everything before them as it always did.
        (
            "Customers migrate without us",
            [
                ("One-click self-serve migration", BET),
                ("Migration guide for admins", LATE),
            ],
        ),
    ],
}

# Key results that need others, across teams (dependent title, depended-on title): a red
# launch, a slipped cutover, a dropped one, a silent one, and a chain of three.
DEPENDENCIES: list[tuple[str, str]] = [
    (
        "Ship the customer dashboard and annual plans",
        "Dashboard live for all customers on launch day",
    ),
    ("Ship the customer dashboard and annual plans", "Launch annual plans with a 15% discount"),
    ("Launch annual plans with a 15% discount", "Zero-downtime cutover of the billing database"),
    ("Japanese localisation of the web app", "Localised illustrations in 4 languages"),
    ("Run 6 onboarding experiments", "Publish the top-5 friction report"),
    ("Week-1 activation from 35% to 42%", "Group onboarding webinars twice a week"),
    ("Gross churn under 1.5% a month", "Northwind 3-year renewal signed"),
    ("Net revenue retention above 110%", "Gross churn under 1.5% a month"),
    ("Median time-to-live under 30 days", "Importer for the 3 biggest competitor formats"),
]

# People who watch a key result outside their own work: (name, key result title).
WATCHES: list[tuple[str, str]] = [
    ("Maya Chen", "Cut monthly compute spend by 20%"),
    ("Daniel Okafor", "Dashboard live for all customers on launch day"),
    ("Chloé Martin", "Dashboard live for all customers on launch day"),
]

# A manager's thanks for a red raised last week, given the day after that week's digest
# (manager, key result title): the owner sees it in this week's form.
THANKS: list[tuple[str, str]] = [
    ("Tomás Herrera", "Dashboard live for all customers on launch day"),
]

# Lessons of misses (key result title, kind, what changes next time): the bold bet that
# ended last week, and the illustrations dropped this week.
LESSONS: list[tuple[str, str, str]] = [
    (
        "One-click self-serve migration",
        "bold bet",
        "Customers wanted a person on the call; next time we test the idea with five of them "
        "before we build it.",
    ),
    (
        "Localised illustrations in 4 languages",
        "information",
        "The budget review came after we committed; next time I ask finance first.",
    ),
]
BET_REASON = "The pilot showed customers want a person to guide them through a migration."
LATE_NOTE = "Done, two weeks late: the legal review of the guide took longer than planned."

# People who stopped replying: name -> weeks without a check-in, up to this one.
SILENT = {"Zoe Campbell": 3, "Camila Torres": 2}
# Away since last Friday, back in twelve days: no reply this week, and none expected.
AWAY = "Aiko Tanaka"
AWAY_DAYS = 12

GREEN_NOTES = [
    "On track, no blockers.",
    "Good week: closed out the open review comments.",
    "Steady progress; next milestone is the beta cut.",
    "Ahead of plan after the team offsite.",
    "Numbers moving the right way.",
    "Finished the spike, the estimates hold.",
    "Two more done this week, the rest is scheduled.",
    "Demoed to stakeholders, good feedback.",
    "Quiet week, still on plan.",
    "Paired with Support on the edge cases; all covered.",
]
YELLOW_NOTES = [
    "Slower than planned: waiting on legal review.",
    "A dependency slipped; should recover next week.",
    "Half the team was out sick, catching up.",
    "The vendor has not answered yet, chasing them.",
    "Scope grew; we need to cut something to land it.",
    "Lost two days to access problems, sorted now.",
]
RED_STORY = [
    (Flag.GREEN, "Kick-off done, plan agreed."),
    (Flag.YELLOW, "First signs of trouble: the other side went quiet."),
    (Flag.RED, "Blocked. Escalated to my manager."),
    (Flag.RED, "Still blocked, no decision yet.\nNeed help from leadership to unblock."),
    (Flag.RED, "No movement this week; the date is at risk."),
    (Flag.RED, "Still red. Proposed a fallback plan, waiting for a yes."),
]
NEARLY_STORY = [
    (Flag.GREEN, 0.7, "Audit booked, fixing the last findings."),
    (Flag.GREEN, 0.85, "All findings fixed except the PDF export."),
    (Flag.GREEN, 0.9, "99% done, waiting for the auditor's sign-off."),
    (Flag.GREEN, 0.95, "Still waiting for the auditor's sign-off."),
    (Flag.YELLOW, 0.99, "99% there. Sign-off keeps slipping on their side."),
    (Flag.YELLOW, 0.99, "Same as last week: only the sign-off is missing."),
]
CLIFF_STORY = [
    (Flag.GREEN, 0.45, "Beta going well, on track for launch."),
    (Flag.GREEN, 0.55, "Feature complete for launch."),
    (Flag.GREEN, 0.65, "QA underway, on track."),
    (Flag.GREEN, 0.75, "Launch checklist almost done."),
    (Flag.RED, 0.75, "Load test failed at 40% of target traffic; launch at risk."),
    (Flag.RED, 0.78, "We will not make launch day as planned; need two more weeks."),
]
EARLY_STORY = [
    (Flag.GREEN, 0.2, "Inventory of the old dashboards done."),
    (Flag.GREEN, 0.3, "Half the alerts moved over."),
    (Flag.GREEN, 0.4, "Quiet week, still on plan."),
    (Flag.GREEN, 0.5, "Two more teams moved over."),
    (Flag.GREEN, 0.55, "Steady progress; next milestone is the beta cut."),
    (
        Flag.RED,
        0.55,
        "The vendor ends support in December, earlier than we planned for. "
        "Saying it now while there is time to plan around it.",
    ),
]
SLIP_STORY = [
    (Flag.GREEN, 0.3, "Rehearsal on staging went fine."),
    (Flag.YELLOW, 0.35, "Moving the cutover: the payment provider needs a freeze window."),
    (Flag.YELLOW, 0.4, "Freeze window agreed, rehearsing again."),
    (Flag.YELLOW, 0.45, "Moving it again: replication lag too high during month-end."),
    (Flag.YELLOW, 0.55, "Lag fixed; rehearsal number three passed."),
    (Flag.RED, 0.55, "Pushing once more, finance close overlaps. Third move, sorry."),
]
CORRECTION = "Scratch that: legal approved the template this afternoon."
DROP_REASON = "Deprioritised after the pricing change; the illustrations move to Q1 planning."

SCRIPTED = {NEARLY: NEARLY_STORY, CLIFF: CLIFF_STORY, SLIP: SLIP_STORY}
