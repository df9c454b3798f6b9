"""A believable demo company, so a new user sees digests and a board with something to say.

Thirty people in four levels, a quarter of OKRs and six weeks of check-ins that tell the
stories Flagpost exists to surface: reds that persist, a key result "99% done" for weeks,
one green until its deadline, a repeatedly slipped date, people gone silent, someone away,
one key result done and one dropped this week. Fixed seed: the same data on every run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from .. import clock, weeks
from ..errors import InvalidInput
from ..extensions import db
from ..models import ChangeSource, CheckIn, Flag, KeyResult, Person
from . import okrs, people

SEED = 4711
HISTORY_WEEKS = 6
DOMAIN = "example.com"

# Stories a key result can tell over the weeks; anything else is an ordinary, mostly green one.
RED = "red"  # turns red and stays red
NEARLY = "nearly"  # "99% done" for weeks
CLIFF = "cliff"  # green until just before the deadline, then red
SLIP = "slip"  # the due date moved three times by reply
DONE = "done"  # finished this week
DROPPED = "dropped"  # dropped this week, with a reason
CORRECTED = "corrected"  # two replies this week, the later one wins

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
                "Retire the legacy metrics stack",
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
    ],
}

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


@dataclass
class Summary:
    people: int = 0
    levels: int = 0
    objectives: int = 0
    key_results: int = 0
    check_ins: int = 0
    deadline_changes: int = 0
    weeks: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return (
            f"Demo company loaded: {self.people} people in {self.levels} levels, "
            f"{self.objectives} objectives, {self.key_results} key results, "
            f"{self.check_ins} check-ins over {len(self.weeks)} weeks "
            f"({self.weeks[0]} to {self.weeks[-1]}), {self.deadline_changes} deadline changes."
        )


def email_of(name: str) -> str:
    """`Tomás Herrera` -> `tomas.herrera@example.com`: plain ASCII, as mail systems like."""
    plain = name.lower().translate(str.maketrans("áéíóúãç", "aeiouac", "'"))
    return f"{plain.replace(' ', '.')}@{DOMAIN}"


def quarter(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _quarter_end(day: date) -> date:
    last_month = (day.month - 1) // 3 * 3 + 3
    if last_month == 12:
        return date(day.year, 12, 31)
    return date(day.year, last_month + 1, 1) - timedelta(days=1)


def _levels() -> int:
    """Depth of the org chart in ORG, counted rather than claimed."""
    managers = {name: manager for name, _, manager in ORG}

    def depth(name: str | None) -> int:
        return 0 if name is None else 1 + depth(managers[name])

    return max(depth(name) for name in managers)


def _storied() -> set[str]:
    """Owners of a story key result: they never skip a week by chance."""
    return {
        name
        for name, objectives in OKRS.items()
        for _, krs in objectives
        for spec in krs
        if not isinstance(spec, str)
    }


def count_people() -> int:
    return db.session.scalar(select(func.count()).select_from(Person)) or 0


class _Builder:
    """Holds the run's random source, clock and weeks, so each story stays a small method."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.now = clock.now()
        self.today = self.now.date()
        self.current = weeks.current()
        self.weeks = [
            weeks.shift(self.current, i - HISTORY_WEEKS + 1) for i in range(HISTORY_WEEKS)
        ]
        self.start = datetime.combine(weeks.monday(self.weeks[0]), time.min, tzinfo=UTC)
        self.people: dict[str, Person] = {}
        self.rows: list[dict] = []
        self.replies: dict[tuple[int, int], datetime | None] = {}
        self.storied = _storied()
        self.summary = Summary(weeks=list(self.weeks))

    # Moments inside weeks

    def reply_time(self, person: Person, week: str) -> datetime:
        """A working-hours moment, Tuesday to Friday in the person's zone, inside `week`."""
        lo = datetime.combine(weeks.monday(week), time.min, tzinfo=UTC)
        hi = min(lo + timedelta(days=7) - timedelta(seconds=1), self.now - timedelta(minutes=5))
        local_day = weeks.monday(week) + timedelta(days=self.rng.randint(1, 4))
        hour = time(self.rng.randint(8, 17), self.rng.randint(0, 59))
        local = datetime.combine(local_day, hour, ZoneInfo(person.timezone))
        moment = local.astimezone(UTC)
        if not lo <= moment <= hi:
            moment = lo + (hi - lo) * self.rng.uniform(0.3, 0.95)
        return moment

    def is_open(self, week: str) -> bool:
        """The current week can only hold replies once some of it has passed."""
        monday = datetime.combine(weeks.monday(week), time.min, tzinfo=UTC)
        return self.now - timedelta(minutes=10) > monday

    # People

    def add_people(self) -> None:
        for name, timezone, manager in ORG:
            person = people.create(
                email=email_of(name),
                name=name,
                manager_email=email_of(manager) if manager else None,
                timezone=timezone,
            )
            person.created_at = self.start - timedelta(days=60, hours=len(self.people))
            self.people[name] = person
        self.people[AWAY].away_until = self.today + timedelta(days=AWAY_DAYS)
        self.summary.people = len(self.people)
        self.summary.levels = _levels()

    # Objectives and key results

    def add_okrs(self) -> None:
        period = quarter(self.today)
        for name, objectives in OKRS.items():
            owner = self.people[name]
            for title, krs in objectives:
                objective = okrs.create_objective(owner, title, period)
                objective.created_at = self.start - timedelta(days=self.rng.randint(8, 14))
                self.summary.objectives += 1
                for spec in krs:
                    kr_title, story = (spec, None) if isinstance(spec, str) else spec
                    self.add_key_result(owner, objective, kr_title, story)

    def default_due(self) -> date:
        end = _quarter_end(self.today)
        earlier = timedelta(days=self.rng.choice([0, 0, 7, 14, 30]))
        return max(self.today + timedelta(days=14), end - earlier)

    def add_key_result(self, owner: Person, objective, title: str, story: str | None) -> None:
        due = self.default_due()
        if story == CLIFF:
            due = weeks.sunday(self.current) + timedelta(days=4)
        elif story == SLIP:
            due = weeks.monday(self.weeks[1]) + timedelta(days=4)
        kr = okrs.create_key_result(objective, owner, title, due)
        kr.created_at = objective.created_at + timedelta(minutes=self.rng.randint(5, 90))
        self.summary.key_results += 1
        self.add_history(owner, kr, story)

    # Weekly check-ins

    def reply_at(self, owner: Person, index: int) -> datetime | None:
        """When the owner answered in week `index`: one reply a week covers all their KRs."""
        key = (owner.id, index)
        if key not in self.replies:
            self.replies[key] = (
                self.reply_time(owner, self.weeks[index]) if self.replies_in(owner, index) else None
            )
        return self.replies[key]

    def replies_in(self, owner: Person, index: int) -> bool:
        """Whether the owner answered at all (silence, being away, the odd skipped week)."""
        if index >= HISTORY_WEEKS - SILENT.get(owner.name, 0):
            return False
        if owner.name == AWAY and index == HISTORY_WEEKS - 1:
            return False
        if not self.is_open(self.weeks[index]):
            return False
        # A rare skipped week, never in the last two so that "silent" stays meaningful.
        chance = index >= HISTORY_WEEKS - 2 or owner.name in self.storied
        return chance or self.rng.random() > 0.05

    def add_history(self, owner: Person, kr: KeyResult, story: str | None) -> None:
        low = self.rng.uniform(0.05, 0.3)
        high = self.rng.uniform(0.5, 0.8)
        last = HISTORY_WEEKS - 1
        for index, week in enumerate(self.weeks):
            when = self.reply_at(owner, index)
            if when is None or (story == DROPPED and index == last):
                continue
            flag, score, note = self.entry(story, index, low + (high - low) * index / last)
            self.check_in(kr, owner, week, when, flag, score, note)
            if story == SLIP and index in (1, 3, 5):
                self.slip(kr, owner, when)
            if story == CORRECTED and index == last:
                later = min(when + timedelta(hours=3), self.now - timedelta(minutes=1))
                self.check_in(kr, owner, week, later, Flag.GREEN, 0.8, CORRECTION)
        if story in (DONE, DROPPED):
            self.close(owner, kr, story)

    def close(self, owner: Person, kr: KeyResult, story: str) -> None:
        """Done or dropped this week, shortly after the owner's reply (or just now)."""
        reply = self.reply_at(owner, HISTORY_WEEKS - 1)
        when = min(reply + timedelta(minutes=20), self.now) if reply else self.now
        if story == DONE:
            okrs.mark_done(kr)
        else:
            okrs.drop(kr, DROP_REASON)
        kr.closed_at = when

    def entry(self, story: str | None, index: int, progress: float) -> tuple[Flag, float, str]:
        """Flag, score and note of one week of one story."""
        last = index == HISTORY_WEEKS - 1
        if story == RED:
            flag, note = RED_STORY[index]
            return flag, round(min(progress, 0.3), 2), note
        if story in SCRIPTED:
            return SCRIPTED[story][index]
        if story == DONE:
            if last:
                return Flag.GREEN, 1.0, "Done: the last team moved over on Tuesday."
            return Flag.GREEN, round(0.4 + 0.12 * index, 2), self.rng.choice(GREEN_NOTES)
        if story == DROPPED:
            return Flag.YELLOW, round(progress / 2, 2), "Translation budget cut; may drop this."
        if story == CORRECTED and last:
            return Flag.YELLOW, 0.7, "Waiting on legal for the new questionnaire template."
        if self.rng.random() < 0.85:
            return Flag.GREEN, round(progress, 2), self.rng.choice(GREEN_NOTES)
        return Flag.YELLOW, round(progress, 2), self.rng.choice(YELLOW_NOTES)

    def check_in(self, kr: KeyResult, owner: Person, week: str, when: datetime, *entry) -> None:
        flag, score, note = entry
        self.rows.append(
            {
                "key_result_id": kr.id,
                "week": week,
                "flag": flag,
                "score": score,
                "note": note,
                "author_id": owner.id,
                "created_at": when,
            }
        )

    def slip(self, kr: KeyResult, owner: Person, when: datetime) -> None:
        """Move the due date two weeks later, as the owner's reply asked."""
        okrs.change_due(kr, kr.due + timedelta(days=14), ChangeSource.REPLY, owner)
        kr.deadline_changes[-1].changed_at = when
        self.summary.deadline_changes += 1

    def save_check_ins(self) -> None:
        self.rows.sort(key=lambda row: row["created_at"])  # ids follow time, as replies would
        if self.rows:
            db.session.execute(insert(CheckIn), self.rows)
        self.summary.check_ins = len(self.rows)


def load(seed: int = SEED) -> Summary:
    """Fill an empty database with the demo company; the caller commits."""
    existing = count_people()
    if existing:
        who = "person" if existing == 1 else "people"
        raise InvalidInput(
            f"the database already has {existing} {who}; okr demo only fills an empty database"
        )
    builder = _Builder(seed)
    builder.add_people()
    builder.add_okrs()
    builder.save_check_ins()
    db.session.flush()
    return builder.summary
