"""A believable demo company, so a new user sees digests and a board with something to say.

Thirty people in four levels, a quarter of OKRs and six weeks of check-ins that tell the
stories Flagpost exists to surface, so the digest shows every verdict: reds that persist,
a red raised early (due date well ahead), a key result "99% done" for weeks, one green
until its deadline, a repeatedly slipped date, people gone silent, someone away, one key
result done and one dropped this week, and key results that depend on other teams' (one
of them red, one slipped, one dropped, one silent) or are watched from afar, and a
manager's thanks for a red raised last week, and lessons of misses: a bold bet dropped last
week with its lesson, one dropped this week with another, and one done late last week
whose owner's form asks for one. Fixed seed: the same data on every run.
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
from ..models import ChangeSource, CheckIn, Flag, KeyResult, Person, Thanks
from . import dependencies, lessons, okrs, people
from .demo_data import (
    AWAY,
    AWAY_DAYS,
    BET,
    BET_REASON,
    CLIFF,
    CORRECTED,
    CORRECTION,
    DEPENDENCIES,
    DOMAIN,
    DONE,
    DROP_REASON,
    DROPPED,
    EARLY,
    EARLY_STORY,
    GREEN_NOTES,
    HISTORY_WEEKS,
    LATE,
    LATE_NOTE,
    LESSONS,
    OKRS,
    ORG,
    RED,
    RED_STORY,
    SCRIPTED,
    SEED,
    SILENT,
    SLIP,
    THANKS,
    WATCHES,
    YELLOW_NOTES,
)


@dataclass
class Summary:
    people: int = 0
    levels: int = 0
    objectives: int = 0
    key_results: int = 0
    check_ins: int = 0
    deadline_changes: int = 0
    dependencies: int = 0
    thanks: int = 0
    lessons: int = 0
    weeks: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return (
            f"Demo company loaded: {self.people} people in {self.levels} levels, "
            f"{self.objectives} objectives, {self.key_results} key results, "
            f"{self.check_ins} check-ins over {len(self.weeks)} weeks "
            f"({self.weeks[0]} to {self.weeks[-1]}), {self.deadline_changes} deadline changes, "
            f"{self.dependencies} dependencies, {self.thanks} "
            f"{'thank-you' if self.thanks == 1 else 'thank-yous'}, {self.lessons} "
            f"{'lesson' if self.lessons == 1 else 'lessons'} of a miss."
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
        if not isinstance(spec, str) and spec[1] != EARLY
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
        self.key_results: dict[str, KeyResult] = {}  # by title, for dependencies
        self.closing: list[tuple[Person, KeyResult, str]] = []
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
        elif story in (BET, LATE):  # due two weeks ago, ended last week
            due = weeks.monday(self.weeks[-3]) + timedelta(days=4)
        elif story == EARLY:
            end, ahead = _quarter_end(self.today), self.today + timedelta(days=28)
            due = end if end >= ahead else ahead  # well ahead: raised early, not a cliff
        kr = okrs.create_key_result(objective, owner, title, due)
        kr.created_at = objective.created_at + timedelta(minutes=self.rng.randint(5, 90))
        self.key_results[title] = kr
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
            if story in (BET, LATE) and index >= last - 1:
                continue  # ended last week, after that week's reply
            flag, score, note = self.entry(story, index, low + (high - low) * index / last)
            self.check_in(kr, owner, week, when, flag, score, note)
            if story == SLIP and index in (1, 3, 5):
                self.slip(kr, owner, when)
            if story == CORRECTED and index == last:
                later = min(when + timedelta(hours=3), self.now - timedelta(minutes=1))
                self.check_in(kr, owner, week, later, Flag.GREEN, 0.8, CORRECTION)
        if story in (DONE, DROPPED, BET, LATE):  # closed after the dependencies are set
            self.closing.append((owner, kr, story))

    def close(self, owner: Person, kr: KeyResult, story: str) -> None:
        """Done or dropped this week (BET and LATE: last week), shortly after the owner's
        reply that week (or just now)."""
        index = HISTORY_WEEKS - (2 if story in (BET, LATE) else 1)
        reply = self.reply_at(owner, index)
        end = datetime.combine(weeks.sunday(self.weeks[index]), time.max, tzinfo=UTC)
        when = min(reply + timedelta(minutes=20), self.now, end) if reply else min(self.now, end)
        if story in (DONE, LATE):
            okrs.mark_done(kr, note=LATE_NOTE if story == LATE else None)
        else:
            okrs.drop(kr, BET_REASON if story == BET else DROP_REASON)
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
        ordinary = self.ordinary(progress)  # drawn for EARLY too: the stream stays the same
        return EARLY_STORY[index] if story == EARLY else ordinary

    def ordinary(self, progress: float) -> tuple[Flag, float, str]:
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

    # Dependencies and watchers

    def add_links(self) -> None:
        """Made before the drops and closes of this week, as people would have: set at
        the start of the quarter, with the objectives."""
        for dependent, needed in DEPENDENCIES:
            on = self.key_results[needed]
            kr = self.key_results[dependent]
            dependencies.add(kr, on, source=ChangeSource.ADMIN)
            self.summary.dependencies += 1
        for name, title in WATCHES:
            dependencies.watch(self.people[name], self.key_results[title])
        for owner, kr, story in self.closing:
            self.close(owner, kr, story)

    def add_thanks(self) -> None:
        """A manager thanked for last week's red on the Saturday after its digest."""
        last_week = self.weeks[-2]
        saturday = weeks.monday(last_week) + timedelta(days=5)
        for name, title in THANKS:
            kr = self.key_results[title]
            db.session.add(
                Thanks(
                    manager_id=self.people[name].id,
                    key_result_id=kr.id,
                    owner_id=kr.owner_id,
                    week=last_week,
                    thanked_at=datetime.combine(saturday, time(10), tzinfo=UTC),
                )
            )
            self.summary.thanks += 1

    def add_lessons(self) -> None:
        """Each owner wrote their lesson right after closing the key result."""
        for title, kind, text in LESSONS:
            kr = self.key_results[title]
            closed = kr.closed_at or self.now  # closed by add_links
            lesson, _ = lessons.record(kr.owner, kr, kind, text, weeks.of(closed.date()))
            lesson.created_at = min(closed + timedelta(minutes=5), self.now)
            self.summary.lessons += 1

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
    builder.add_links()
    builder.save_check_ins()
    builder.add_thanks()
    builder.add_lessons()
    db.session.flush()
    return builder.summary
