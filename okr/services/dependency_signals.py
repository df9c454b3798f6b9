"""What the people who depend on a key result, or watch it, need to hear about it in a week:
it turned yellow or red, it has been silent two weeks in a row or more, its due date moved
later, or it was dropped.

`signals` is pure (plain values in, plain values out) so each rule is tested on a history
written by hand; `signals_for` (a person's weekly form: what they depend on or watch) and
`outside_risks` (a manager's digest: what their organisation depends on outside it) load
the facts in a fixed number of queries and apply it. Both report the events of `week`: the
form of a week is expected to ask about the week before it (complete by then), the digest
about its own week.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased, contains_eager

from .. import orgtree, weeks
from ..extensions import db
from ..models import CheckIn, DeadlineChange, Dependency, KeyResult, KRState, Person, Watch

SILENT_WEEKS = 2  # this many weeks in a row without a report is worth telling

TURNED_YELLOW = "turned_yellow"
TURNED_RED = "turned_red"
SILENT = "silent"
SLIPPED = "slipped"
DROPPED = "dropped"


@dataclass(frozen=True)
class Facts:
    """What the rules need to know about one key result."""

    created_at: datetime
    state: str  # active, done, dropped
    closed_at: datetime | None
    drop_reason: str | None
    flags: Mapping[str, str]  # week -> the flag that counts that week (the newest)
    moves: Sequence[tuple[datetime, date, date]]  # (when, old due, new due)
    away_until: date | None = None  # the owner's


@dataclass(frozen=True)
class Signal:
    """One thing worth telling, with a short sentence that says it."""

    kind: str
    text: str


def _start(week: str) -> datetime:
    return datetime.combine(weeks.monday(week), time.min, tzinfo=UTC)


def _end(week: str) -> datetime:
    return datetime.combine(weeks.sunday(week), time.max, tzinfo=UTC)


def silent_weeks(flags: Mapping[str, str], created_at: datetime, week: str) -> int:
    """Weeks in a row ending with `week` without a report, counted from the week it was
    made (a key result made this week has been silent one week, not two)."""
    first = weeks.of(created_at.date())
    reported = [w for w in flags if first <= w <= week]
    if reported:
        first = weeks.shift(max(reported), 1)
    if first > week:
        return 0
    return (weeks.monday(week) - weeks.monday(first)).days // 7 + 1


def signals(facts: Facts, week: str) -> list[Signal]:
    """What happened to a key result in `week` that its dependents and watchers should
    hear, in a fixed order. A drop says only that (with its reason); a key result closed
    before the week, or made after it, says nothing."""
    start, end = _start(week), _end(week)
    if facts.created_at > end:
        return []
    closed_at = facts.closed_at if facts.state != KRState.ACTIVE.value else None
    if closed_at is not None and closed_at <= end:
        if closed_at >= start and facts.state == KRState.DROPPED.value:
            return [Signal(DROPPED, f"dropped: {facts.drop_reason or 'no reason given'}")]
        return []  # closed before the week, or done in it: nothing to warn about
    found: list[Signal] = []
    flag = facts.flags.get(week)
    if flag in ("yellow", "red"):
        before = [w for w in facts.flags if w < week]
        previous = facts.flags[max(before)] if before else None
        if previous != flag:
            was = f", was {previous}" if previous else ", its first report"
            kind = TURNED_RED if flag == "red" else TURNED_YELLOW
            found.append(Signal(kind, f"turned {flag}{was}"))
    elif flag is None:
        silent = silent_weeks(facts.flags, facts.created_at, week)
        if silent >= SILENT_WEEKS:
            text = f"silent {silent} weeks in a row"
            if facts.away_until is not None and facts.away_until >= weeks.monday(week):
                text += f" (its owner is away until {weeks.shown(facts.away_until)})"
            found.append(Signal(SILENT, text))
    moved = sorted(move for move in facts.moves if start <= move[0] <= end)
    if moved and moved[-1][2] > moved[0][1]:
        old, new = moved[0][1], moved[-1][2]
        found.append(
            Signal(SLIPPED, f"due date moved later: {weeks.shown(old)} → {weeks.shown(new)}")
        )
    return found


# Loaded from the database


@dataclass(frozen=True)
class Needer:
    """A key result that depends on the one a concern is about."""

    ref: str
    title: str
    owner: str  # name


@dataclass(frozen=True)
class Concern:
    """A key result someone depends on or watches, and what it did in the week."""

    ref: str
    title: str
    owner: str  # name
    owner_email: str
    signals: tuple[Signal, ...]
    needed_by: tuple[Needer, ...]  # the reader's (or their organisation's) key results
    watched: bool  # the reader watches it
    note: str = ""  # the note of its report in the week, if it has one


def _active_in(week: str, kr: Any = KeyResult):
    """Key results that count as depending in `week`: made by its end, not closed before
    it started (a dependent closed since needs nothing any more)."""
    return (kr.created_at <= _end(week)) & (
        (kr.state == KRState.ACTIVE) | (kr.closed_at >= _start(week))
    )


def _facts(kr_ids: set[int], week: str) -> dict[int, tuple[KeyResult, Facts, str]]:
    """The key results (with their owners), their facts up to `week` and the note of their
    report in `week`, in three queries."""
    if not kr_ids:
        return {}
    krs = {
        kr.id: kr
        for kr in db.session.scalars(
            select(KeyResult)
            .where(KeyResult.id.in_(kr_ids))
            .join(KeyResult.owner)
            .options(contains_eager(KeyResult.owner))
        )
    }
    flags: dict[int, dict[str, str]] = defaultdict(dict)
    notes: dict[int, str] = {}
    for kr_id, day, flag, note in db.session.execute(
        select(CheckIn.key_result_id, CheckIn.week, CheckIn.flag, CheckIn.note)
        .where(CheckIn.key_result_id.in_(kr_ids), CheckIn.week <= week)
        .order_by(CheckIn.id)
    ):
        flags[kr_id][day] = flag.value  # the newest of a week wins
        if day == week:
            notes[kr_id] = note or ""
    moves: dict[int, list[tuple[datetime, date, date]]] = defaultdict(list)
    for kr_id, when, old, new in db.session.execute(
        select(
            DeadlineChange.key_result_id,
            DeadlineChange.changed_at,
            DeadlineChange.old_due,
            DeadlineChange.new_due,
        ).where(
            DeadlineChange.key_result_id.in_(kr_ids),
            DeadlineChange.changed_at >= _start(week),
            DeadlineChange.changed_at <= _end(week),
        )
    ):
        moves[kr_id].append((when, old, new))
    return {
        kr_id: (
            kr,
            Facts(
                created_at=kr.created_at,
                state=kr.state.value,
                closed_at=kr.closed_at,
                drop_reason=kr.drop_reason,
                flags=flags.get(kr_id, {}),
                moves=tuple(moves.get(kr_id, ())),
                away_until=kr.owner.away_until,
            ),
            notes.get(kr_id, ""),
        )
        for kr_id, kr in krs.items()
    }


WORST_FIRST = (DROPPED, TURNED_RED, SILENT, TURNED_YELLOW, SLIPPED)


def worst_first(concerns: Iterable[Concern]) -> list[Concern]:
    """Drops, reds, silences, yellows, slips (by a concern's worst signal), then by ref:
    the order every list of concerns is shown in, so a cut list keeps the worst news."""
    return sorted(
        concerns,
        key=lambda c: (min(WORST_FIRST.index(s.kind) for s in c.signals), int(c.ref[1:])),
    )


def _concerns(
    week: str,
    needed: Mapping[int, list[KeyResult]],
    watched: Iterable[int],
    facts: Mapping[int, tuple[KeyResult, Facts, str]] | None = None,
) -> list[Concern]:
    """One concern per key result with something to tell, worst news first. `facts`: the
    facts loaded already (for a batch of people), else they are read here."""
    watched = set(watched)
    wanted = set(needed) | watched
    if facts is None:
        facts = _facts(wanted, week)
    found: list[Concern] = []
    for kr_id in wanted:
        if kr_id not in facts:
            continue
        kr, kr_facts, note = facts[kr_id]
        told = signals(kr_facts, week)
        if not told:
            continue
        needers = tuple(
            Needer(dependent.ref, dependent.title, dependent.owner.name)
            for dependent in sorted(needed.get(kr.id, []), key=lambda d: d.id)
        )
        found.append(
            Concern(
                ref=kr.ref,
                title=kr.title,
                owner=kr.owner.name,
                owner_email=kr.owner.email,
                signals=tuple(told),
                needed_by=needers,
                watched=kr.id in watched,
                note=note,
            )
        )
    return worst_first(found)


def _needed(dependents: Iterable[int] | None, week: str, outside: set[int] | None = None):
    """Depended-on key result id -> the dependents (owned by `dependents`' people) that
    need it in `week`; `outside`: owners whose key results are left out (an organisation
    does not warn itself about its own)."""
    stmt = (
        select(Dependency.depends_on_id, KeyResult)
        .join(KeyResult, KeyResult.id == Dependency.key_result_id)
        .where(_active_in(week))
    )
    if dependents is not None:
        stmt = stmt.where(KeyResult.owner_id.in_(list(dependents)))
    needed: dict[int, list[KeyResult]] = defaultdict(list)
    for on_id, dependent in db.session.execute(stmt):
        needed[on_id].append(dependent)
    if outside is not None and needed:
        inside = set(
            db.session.scalars(
                select(KeyResult.id).where(
                    KeyResult.id.in_(list(needed)), KeyResult.owner_id.in_(list(outside))
                )
            )
        )
        for kr_id in inside:
            del needed[kr_id]
    return needed


def signals_for(person: Person, week: str) -> list[Concern]:
    """What the key results `person` depends on (through the ones they own) or watches did
    in `week`: for the "What you depend on" part of their weekly form and status page.
    Their own key results are left out: they know."""
    return signals_for_people([person.id], week).get(person.id, [])


def signals_for_people(person_ids: Sequence[int], week: str) -> dict[int, list[Concern]]:
    """`signals_for` of a batch of people (the forms of one send) in five queries whatever
    their number: person id -> their concerns, only for those with something to hear."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return {}
    dependent = aliased(KeyResult)
    needed: dict[int, dict[int, list[KeyResult]]] = defaultdict(lambda: defaultdict(list))
    for on_id, kr in db.session.execute(
        select(Dependency.depends_on_id, dependent)
        .join(dependent, dependent.id == Dependency.key_result_id)
        .join(dependent.owner)
        .options(contains_eager(dependent.owner))
        .where(dependent.owner_id.in_(ids), _active_in(week, dependent))
    ):
        needed[kr.owner_id][on_id].append(kr)
    watched: dict[int, set[int]] = defaultdict(set)
    for person_id, kr_id in db.session.execute(
        select(Watch.person_id, Watch.key_result_id)
        .join(KeyResult, KeyResult.id == Watch.key_result_id)
        .where(Watch.person_id.in_(ids), KeyResult.owner_id != Watch.person_id)
    ):
        watched[person_id].add(kr_id)
    wanted = {kr_id for of in needed.values() for kr_id in of} | {
        kr_id for of in watched.values() for kr_id in of
    }
    facts = _facts(wanted, week)
    found: dict[int, list[Concern]] = {}
    for person_id in ids:
        theirs = {  # their own key results are left out: they know
            kr_id: dependents
            for kr_id, dependents in needed.get(person_id, {}).items()
            if kr_id in facts and facts[kr_id][0].owner_id != person_id
        }
        concerns = _concerns(week, theirs, watched.get(person_id, ()), facts)
        if concerns:
            found[person_id] = concerns
    return found


def organisation(manager: Person) -> set[int]:
    """The manager and everyone under them, at any depth."""
    return {manager.id, *(person_id for person_id, _ in orgtree.subtree(manager.id))}


def outside_risks(manager: Person, week: str) -> list[Concern]:
    """Key results owned outside `manager`'s organisation that key results inside it
    depend on, and what they did in `week`: for "Risks from outside your organisation" in
    the digest. Watching is personal and is not a risk to the organisation: only
    dependencies count here."""
    people = organisation(manager)
    return _concerns(week, _needed(people, week, outside=people), ())
