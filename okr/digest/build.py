"""Build digests: one manager's (`build`), or every manager's in one streaming pass (`build_all`).

The number of SQL statements does not depend on the size of the organisation:

- the org chart (id, manager, name, email, active, away, depth), once;
- key results silent for two weeks or more, once: they may escalate past a depth setting;
- per batch of managers, five set-based statements: key results with their latest report,
  the weekly history, moved due dates, the last question per key result, and the managers'
  open questions. A batch's scope is a recursive CTE seeded with its managers, each with
  their own depth, so no statement ever lists people or key results one by one (apart from
  the escalated key results, which are few and go in one IN list).

`build` is a batch of one: seven statements. `build_all` is two plus five per batch, and
holds only the org chart, the escalations and one batch's key results at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from statistics import median

from sqlalchemy import (
    DateTime,
    Row,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased

from .. import clock, weeks
from ..extensions import db
from ..models import CheckIn, DeadlineChange, KeyResult, KRState, Objective, Person, Question
from ..orgtree import MAX_DEPTH, subtree_query
from . import warnings as rules
from .model import (
    STATUSES,
    Digest,
    EarlyWarning,
    GradeRow,
    Headline,
    Item,
    ManagerRecord,
    OpenQuestion,
    QuarterStats,
    RollupRow,
)

COUNTED = tuple(s for s in STATUSES if s != rules.NONE)  # what headline and roll-up count
DEFAULT_BATCH = 200
_EPOCH = datetime.min.replace(tzinfo=UTC)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)  # raw values from an aggregate can skip the decorator


# The week


@dataclass(frozen=True)
class _Week:
    week: str
    previous: str
    start: datetime
    end: datetime
    previous_start: datetime
    previous_end: datetime
    friday: date
    reference: date  # overdue is judged as of today, or the week's end when looking back
    quarter: str | None  # set in a quarter's last digest week
    periods: tuple[str, ...]  # the periods ending that week

    @classmethod
    def of(cls, week: str) -> _Week:
        week = weeks.parse(week)
        previous = weeks.shift(week, -1)
        closing = rules.closing_periods(week)
        return cls(
            week=week,
            previous=previous,
            start=rules.week_start(week),
            end=rules.week_end(week),
            previous_start=rules.week_start(previous),
            previous_end=rules.week_end(previous),
            friday=rules.friday(week),
            reference=min(clock.today(), weeks.sunday(week)),
            quarter=closing[0] if closing else None,
            periods=closing[1] if closing else (),
        )

    def away(self, away_until: date | None) -> bool:
        return away_until is not None and away_until >= self.friday


# The org chart, held in memory as plain tuples


@dataclass(frozen=True)
class _Node:
    id: int
    manager_id: int | None
    name: str
    email: str
    active: bool
    away_until: date | None
    digest_depth: int | None


class _Org:
    def __init__(self, nodes: Iterable[_Node]) -> None:
        self.people = {node.id: node for node in nodes}
        self.children: dict[int, list[int]] = defaultdict(list)
        for node in sorted(self.people.values(), key=_by_name):
            if node.manager_id in self.people and node.manager_id != node.id:
                self.children[node.manager_id].append(node.id)

    def depth(self, person_id: int) -> int:
        depth = self.people[person_id].digest_depth
        return MAX_DEPTH if depth is None else min(max(depth, 1), MAX_DEPTH)

    def covered(self, manager_id: int) -> dict[int, tuple[int, int]]:
        """person id -> (level, direct report above them) within the manager's depth."""
        limit = self.depth(manager_id)
        found: dict[int, tuple[int, int]] = {}
        frontier = [(child, child) for child in self.children.get(manager_id, ())]
        level = 1
        while frontier and level <= limit:
            following = []
            for person, branch in frontier:
                if person in found or person == manager_id:
                    continue  # a cycle typed in by hand
                found[person] = (level, branch)
                following.extend((child, branch) for child in self.children.get(person, ()))
            frontier, level = following, level + 1
        return found

    def path(self, manager_id: int, person_id: int) -> list[int] | None:
        """Ids from the manager's direct report down to the person; None if not under them."""
        path = [person_id]
        current = self.people[person_id].manager_id
        while current != manager_id:
            if current is None or current not in self.people or len(path) > MAX_DEPTH:
                return None
            path.append(current)
            current = self.people[current].manager_id
        path.reverse()
        return path

    def ancestors(self, person_id: int) -> Iterator[tuple[int, int]]:
        """(manager id, levels above) going up, nearest first."""
        current, level = self.people[person_id].manager_id, 1
        while current is not None and current in self.people and level <= MAX_DEPTH:
            yield current, level
            current, level = self.people[current].manager_id, level + 1

    def managers(self) -> list[int]:
        """Active people with an active report, in depth-first order of the chart.

        Neighbours in this order share most of their scope, so a batch loads little twice.
        """
        roots = [n.id for n in sorted(self.people.values(), key=_by_name) if n.manager_id is None]
        roots += [
            n.id
            for n in sorted(self.people.values(), key=_by_name)
            if n.manager_id is not None and n.manager_id not in self.people
        ]
        order, seen = [], set()
        stack = list(reversed(roots))
        while stack:
            person = stack.pop()
            if person in seen:
                continue
            seen.add(person)
            kids = self.children.get(person, [])
            if self.people[person].active and any(self.people[k].active for k in kids):
                order.append(person)
            stack.extend(reversed(kids))
        return order


def _by_name(node: _Node) -> tuple[str, int]:
    return node.name.casefold(), node.id


def _org_chart(manager_id: int | None = None) -> _Org:
    """Everyone (for `build_all`), or one manager and everyone under them: one statement."""
    stmt = select(
        Person.id,
        Person.manager_id,
        Person.name,
        Person.email,
        Person.active,
        Person.away_until,
        Person.digest_depth,
    )
    if manager_id is not None:
        below = subtree_query(manager_id).subquery()
        stmt = stmt.where(or_(Person.id == manager_id, Person.id.in_(select(below.c.id))))
    return _Org(_Node(*row) for row in db.session.execute(stmt))


# Escalation: silence travels up past the depth setting, one level per silent week


def _silent_candidates(wk: _Week, manager_id: int | None = None) -> Select:
    """Open key results without a report this week and last, with their last reported week."""
    last = (
        select(func.max(CheckIn.week))
        .where(CheckIn.key_result_id == KeyResult.id, CheckIn.week <= wk.week)
        .correlate(KeyResult)
        .scalar_subquery()
    )
    recent = (
        select(CheckIn.id)
        .where(CheckIn.key_result_id == KeyResult.id, CheckIn.week.in_([wk.previous, wk.week]))
        .correlate(KeyResult)
        .exists()
    )
    stmt = select(KeyResult.id, KeyResult.owner_id, KeyResult.created_at, last).where(
        KeyResult.created_at <= wk.previous_end,
        or_(KeyResult.state == KRState.ACTIVE, KeyResult.closed_at > wk.end),
        ~recent,
    )
    if manager_id is not None:
        below = subtree_query(manager_id).subquery()
        stmt = stmt.where(KeyResult.owner_id.in_(select(below.c.id)))
    return stmt


def _escalations(org: _Org, rows: Iterable, wk: _Week, wanted: set[int]) -> dict[int, list[int]]:
    """manager id -> key results silent at least as many weeks as they are levels below,
    deeper than the manager's depth (within it they are in the digest anyway)."""
    found: dict[int, list[int]] = defaultdict(list)
    for kr_id, owner_id, created_at, last_week in rows:
        owner = org.people.get(owner_id)
        if owner is None or wk.away(owner.away_until):
            continue  # away is not silence
        silent = rules.silent_streak(last_week, _aware(created_at), wk.week)
        for manager_id, level in org.ancestors(owner_id):
            if level > silent:
                break
            if manager_id in wanted and level > org.depth(manager_id):
                found[manager_id].append(kr_id)
    return found


# One batch of managers: their key results and everything the digest says about them


@dataclass
class _KR:
    """One key result as loaded once per batch, shared by every digest of the batch."""

    id: int
    owner_id: int
    title: str
    objective: str
    period: str
    due: date
    state: str
    drop_reason: str | None
    closed_at: datetime | None
    created_at: datetime
    score: float | None = None  # of the latest report up to this week
    note: str = ""
    reported_at: datetime | None = None
    history: dict[str, rules.Report] = field(default_factory=dict)
    slips: int = 0
    last_asked: datetime | None = None
    # Worked out by `settle`
    visible: bool = False  # exists this week and not closed before it
    visible_before: bool = False  # the same for last week
    status: str = "missing"
    status_before: str = "missing"
    trend: list[str] = field(default_factory=list)
    weeks_in_red: int = 0
    red_since: datetime | None = None
    silent_weeks: int = 0
    raised_early: bool = False
    away_until: date | None = None
    warnings: list = field(default_factory=list)

    def _visible_in(self, start: datetime, end: datetime) -> bool:
        open_then = self.state == KRState.ACTIVE.value or (
            self.closed_at is not None and self.closed_at >= start
        )
        return self.created_at <= end and open_then

    def settle(self, wk: _Week, away_until: date | None) -> None:
        away = wk.away(away_until)
        life = {"created_at": self.created_at, "state": self.state, "closed_at": self.closed_at}
        self.visible = self._visible_in(wk.start, wk.end)
        self.visible_before = self._visible_in(wk.previous_start, wk.previous_end)
        self.status = rules.status(wk.week, self.history, away=away, **life)
        self.status_before = rules.status(wk.previous, self.history, **life)
        self.trend = rules.trend(wk.week, self.history, away=away, **life)
        self.away_until = away_until if away else None
        if self.status == "red":
            self.weeks_in_red, first = rules.red_streak(self.history, wk.week)
            self.red_since = self.history[first].at
            self.raised_early = rules.raised_early(self.status, first, self.due)
        if self.status in ("missing", "away"):
            self.silent_weeks = rules.silent_weeks(self.history, wk.week, self.created_at)
        self.warnings = rules.warnings_for(
            self.history,
            wk.week,
            current=self.status,
            due=self.due,
            reference=wk.reference,
            slips=self.slips,
        )


@dataclass
class _Batch:
    krs: dict[int, _KR]
    by_owner: dict[int, list[_KR]]
    questions: dict[int, list[OpenQuestion]]


def _scope(manager_ids: list[int]) -> Select:
    """Everyone within the depth of any of these managers: a CTE seeded with all of them."""
    depth = Person.digest_depth
    limit = case(
        (depth.is_(None), literal(MAX_DEPTH)),
        (depth < 1, literal(1)),
        (depth > MAX_DEPTH, literal(MAX_DEPTH)),
        else_=depth,
    )
    tree = (
        select(Person.id.label("id"), literal(0).label("level"), limit.label("depth"))
        .where(Person.id.in_(manager_ids))
        .cte("digest_scope", recursive=True)
    )
    child = aliased(Person)
    tree = tree.union_all(
        select(child.id, tree.c.level + 1, tree.c.depth).where(
            child.manager_id == tree.c.id, tree.c.level < tree.c.depth
        )
    )
    return select(tree.c.id).where(tree.c.level > 0)


def _kr_filter(wk: _Week, manager_ids: list[int], escalated: list[int]):
    """Key results of the batch: in scope (or escalated), and open this week or last (or,
    at quarter end, of a period that ends now). Needs Objective joined."""
    scope = KeyResult.owner_id.in_(_scope(manager_ids))
    if escalated:
        scope = or_(scope, KeyResult.id.in_(escalated))
    alive = or_(KeyResult.state == KRState.ACTIVE, KeyResult.closed_at >= wk.previous_start)
    if wk.periods:
        alive = or_(alive, Objective.period.in_(wk.periods))
    return and_(scope, KeyResult.created_at <= wk.end, alive)


def _kr_ids(where) -> Select:
    return select(KeyResult.id).join(Objective, Objective.id == KeyResult.objective_id).where(where)


def _load(org: _Org, wk: _Week, manager_ids: list[int], escalated: list[int]) -> _Batch:
    where = _kr_filter(wk, manager_ids, escalated)

    # 1. Key results. Their latest report up to this week (score, note, time) is the last
    # week of their history, read next: joining it here made PostgreSQL hash the whole
    # check-in table once per batch, a cost that grows with the company, not the batch.
    krs: dict[int, _KR] = {}
    rows = db.session.execute(
        select(
            KeyResult.id,
            KeyResult.owner_id,
            KeyResult.title,
            Objective.title,
            Objective.period,
            KeyResult.due,
            KeyResult.state,
            KeyResult.drop_reason,
            KeyResult.closed_at,
            KeyResult.created_at,
        )
        .join(Objective, Objective.id == KeyResult.objective_id)
        .where(where)
    )
    for row in rows:
        krs[row[0]] = _KR(
            id=row[0],
            owner_id=row[1],
            title=row[2],
            objective=row[3],
            period=row[4],
            due=row[5],
            state=str(row[6]),
            drop_reason=row[7],
            closed_at=_aware(row[8]),
            created_at=_aware(row[9]),
        )

    # 2. The weekly history: every report up to this week, the newest of a week counting.
    # Picking the newest here rather than with max(id) per week in SQL spares PostgreSQL
    # two aggregates and a primary-key lookup per row. Flag and time come raw (no enum or
    # zone decorator per row): the zone is set once per kept report.
    history = select(
        CheckIn.key_result_id,
        CheckIn.week,
        CheckIn.id,
        type_coerce(CheckIn.flag, String),
        CheckIn.score,
        CheckIn.note,
        type_coerce(CheckIn.created_at, DateTime),
    ).where(CheckIn.key_result_id.in_(_kr_ids(where)), CheckIn.week <= wk.week)
    kept: dict[int, dict[str, Row]] = {kr_id: {} for kr_id in krs}
    for row in db.session.connection().execute(history):  # Core rows: no ORM wrapping
        weeks_of = kept.get(row[0])
        if weeks_of is not None:
            old = weeks_of.get(row[1])
            if old is None or old[2] < row[2]:
                weeks_of[row[1]] = row
    for kr_id, weeks_of in kept.items():
        if not weeks_of:
            continue
        kr = krs[kr_id]
        kr.history = {
            week: rules.Report(row[3], row[4], row[6].replace(tzinfo=UTC))
            for week, row in weeks_of.items()
        }
        last = weeks_of[max(weeks_of)]
        kr.score, kr.note, kr.reported_at = last[4], last[5] or "", kr.history[last[1]].at

    # 3. Due dates moved later, up to this week.
    slips = (
        select(DeadlineChange.key_result_id, func.count())
        .where(
            DeadlineChange.key_result_id.in_(_kr_ids(where)),
            DeadlineChange.new_due > DeadlineChange.old_due,
            DeadlineChange.changed_at <= wk.end,
        )
        .group_by(DeadlineChange.key_result_id)
    )
    for kr_id, count in db.session.execute(slips):
        if kr_id in krs:
            krs[kr_id].slips = count

    # 4. The last question anyone asked about each key result.
    asked = (
        select(Question.key_result_id, func.max(Question.asked_at))
        .where(Question.key_result_id.in_(_kr_ids(where)), Question.asked_at <= wk.end)
        .group_by(Question.key_result_id)
    )
    for kr_id, at in db.session.execute(asked):
        if kr_id in krs:
            krs[kr_id].last_asked = _aware(at)

    # 5. The managers' own questions still waiting for an answer.
    questions: dict[int, list[OpenQuestion]] = defaultdict(list)
    open_questions = (
        select(
            Question.manager_id,
            Question.key_result_id,
            Person.name,
            Question.text,
            Question.asked_at,
        )
        .join(Person, Person.id == Question.owner_id)
        .where(
            Question.manager_id.in_(manager_ids),
            Question.asked_at <= wk.end,
            or_(Question.answered_at.is_(None), Question.answered_at > wk.end),
        )
        .order_by(Question.asked_at, Question.id)
    )
    for manager_id, kr_id, owner, text, at in db.session.execute(open_questions):
        questions[manager_id].append(OpenQuestion(f"#{kr_id}", owner, text, _aware(at)))

    by_owner: dict[int, list[_KR]] = defaultdict(list)
    for kr in krs.values():
        owner = org.people.get(kr.owner_id)
        kr.settle(wk, owner.away_until if owner else None)
        by_owner[kr.owner_id].append(kr)
    return _Batch(krs=krs, by_owner=by_owner, questions=questions)


# One digest from a loaded batch


def _item(org: _Org, kr: _KR, path: list[int], chain: list[str], escalated: bool) -> Item:
    owner = org.people[kr.owner_id]
    closed = kr.status in rules.CLOSED
    return Item(
        kr_id=kr.id,
        ref=f"#{kr.id}",
        title=kr.title,
        objective=kr.objective,
        owner_id=owner.id,
        owner=owner.name,
        owner_email=owner.email,
        chain=list(chain),
        level=len(path),
        status=kr.status,
        due=kr.due,
        score=kr.score,
        note=kr.note,
        updated_at=kr.closed_at if closed else kr.reported_at,
        trend=list(kr.trend),
        weeks_in_red=kr.weeks_in_red,
        silent_weeks=kr.silent_weeks,
        raised_early=kr.raised_early,
        escalated=escalated,
        away_until=kr.away_until,
        drop_reason=kr.drop_reason if kr.status == "dropped" else None,
        warnings=list(kr.warnings),
    )


def _owner_key(item: Item) -> tuple:
    return item.owner.casefold(), item.owner_id, item.kr_id


def _sections(items: list[Item]) -> dict[str, list[Item]]:
    by: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        section = "no_report" if item.status in ("missing", "away") else item.status
        by[section].append(item)
    by["red"].sort(key=lambda i: (i.updated_at or _EPOCH, i.kr_id), reverse=True)
    by["no_report"].sort(key=lambda i: (-i.silent_weeks, *_owner_key(i)))
    by["yellow"].sort(key=lambda i: (i.due, *_owner_key(i)))
    for name in ("dropped", "done", "green"):
        by[name].sort(key=_owner_key)
    order = ("red", "no_report", "yellow", "dropped", "done", "green")
    by["warnings"] = [item for name in order for item in by[name] if item.warnings]
    return by


def _counts(statuses: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(COUNTED, 0)
    for value in statuses:
        counts[value] += 1
    return counts


def _quarter(org: _Org, wk: _Week, krs: list[_KR]) -> QuarterStats:
    early: list[tuple[_KR, int | None]] = []
    grades: dict[int, list[float]] = defaultdict(list)
    for kr in krs:
        if rules.ended_badly(
            kr.history, wk.week, current=kr.status, due=kr.due, reference=wk.reference
        ):
            early.append((kr, rules.days_warned(kr.history, wk.week, kr.due)))
        grade = rules.grade(kr.history, wk.week, kr.state)
        if grade is not None:
            grades[kr.owner_id].append(grade)
    early.sort(key=lambda pair: (pair[1] is not None, pair[1] or 0, pair[0].id))
    warned = [days for _, days in early if days is not None]
    rows = []
    for owner_id, values in grades.items():
        share = sum(1 for v in values if v >= rules.HIGH_GRADE) / len(values)
        name = org.people[owner_id].name
        rows.append(GradeRow(name, len(values), share, rules.grade_note(share)))
    rows.sort(key=lambda row: row.person.casefold())
    return QuarterStats(
        period=wk.quarter or "",
        early_warnings=[
            EarlyWarning(f"#{kr.id}", kr.title, org.people[kr.owner_id].name, days)
            for kr, days in early
        ],
        watermelons=sum(1 for _, days in early if days is None),
        median_days_warned=float(median(warned)) if warned else None,
        grades=rows,
    )


def _digest(org: _Org, wk: _Week, manager_id: int, batch: _Batch, escalated: list[int]) -> Digest:
    me = org.people[manager_id]
    covered = org.covered(manager_id)
    mine = [kr for person in covered for kr in batch.by_owner.get(person, ())]
    shown = [kr for kr in mine if kr.visible]
    items: list[Item] = []
    by_branch: dict[int, list[_KR]] = defaultdict(list)
    paths: dict[int, tuple[list[int] | None, list[str]]] = {}  # per owner: owners have several

    def path_of(owner_id: int) -> tuple[list[int] | None, list[str]]:
        found = paths.get(owner_id)
        if found is None:
            path = org.path(manager_id, owner_id)
            chain = [org.people[p].name for p in path[:-1]] if path else []
            found = paths[owner_id] = (path, chain)
        return found

    for kr in shown:
        path, chain = path_of(kr.owner_id)
        items.append(_item(org, kr, path or [kr.owner_id], chain, escalated=False))
        by_branch[covered[kr.owner_id][1]].append(kr)
    for kr_id in escalated:
        kr = batch.krs.get(kr_id)
        if kr is None or kr.owner_id in covered or not kr.visible or kr.status != "missing":
            continue
        path, chain = path_of(kr.owner_id)
        if path is None or len(path) > kr.silent_weeks:
            continue
        items.append(_item(org, kr, path, chain, escalated=True))

    sections = _sections(items)
    counts = _counts(kr.status for kr in shown)
    before = _counts(kr.status_before for kr in mine if kr.visible_before)
    headline = Headline(counts=counts, change={s: counts[s] - before[s] for s in COUNTED})

    rollup = []
    for report in org.children.get(manager_id, ()):
        under = by_branch.get(report, [])
        if not under and not org.people[report].active:
            continue
        rollup.append(
            RollupRow(
                person_id=report,
                name=org.people[report].name,
                counts=_counts(kr.status for kr in under),
                reply_rate=rules.reply_rate(kr.status for kr in under),
            )
        )

    old_reds = [
        item.ref
        for item in sections["red"]
        if item.weeks_in_red > rules.OLD_RED_WEEKS and not _asked_since(batch.krs[item.kr_id])
    ]
    record = ManagerRecord(
        reply_rate_week=rules.reply_rate(kr.status for kr in shown),
        reply_rate_4_weeks=rules.reply_rate(s for kr in shown for s in kr.trend[-4:]),
        old_reds_unasked=old_reds,
        open_questions=list(batch.questions.get(manager_id, ())),
    )
    quarter = None
    if wk.quarter:
        quarter = _quarter(org, wk, [kr for kr in mine if kr.period in wk.periods])
    return Digest(
        manager_id=manager_id,
        manager=me.name,
        manager_email=me.email,
        week=wk.week,
        depth=me.digest_depth,
        headline=headline,
        red=sections["red"],
        no_report=sections["no_report"],
        yellow=sections["yellow"],
        warnings=sections["warnings"],
        dropped=sections["dropped"],
        done=sections["done"],
        green=sections["green"],
        rollup=rollup,
        record=record,
        quarter=quarter,
    )


def _asked_since(kr: _KR) -> bool:
    return kr.last_asked is not None and kr.red_since is not None and kr.last_asked >= kr.red_since


def _batch_digests(
    org: _Org, wk: _Week, manager_ids: list[int], escalations: dict[int, list[int]]
) -> Iterator[Digest]:
    escalated = sorted({kr_id for m in manager_ids for kr_id in escalations.get(m, ())})
    batch = _load(org, wk, manager_ids, escalated)
    for manager_id in manager_ids:
        yield _digest(org, wk, manager_id, batch, escalations.get(manager_id, []))


# The API


def build(manager_id: int, week: str) -> Digest:
    """One manager's digest for `week`, to their own depth setting: seven statements."""
    wk = _Week.of(week)
    org = _org_chart(manager_id)
    if manager_id not in org.people:
        raise LookupError(f"no person with id {manager_id}")
    candidates = db.session.execute(_silent_candidates(wk, manager_id))
    escalations = _escalations(org, candidates, wk, {manager_id})
    return next(_batch_digests(org, wk, [manager_id], escalations))


def build_all(week: str, batch: int = DEFAULT_BATCH) -> Iterator[Digest]:
    """Every active manager's digest, `batch` managers per load: 2 + 5 per batch statements.

    Managers come in depth-first order of the org chart. Each batch is read completely
    before its digests are yielded, so the caller may use the session between them.
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    wk = _Week.of(week)
    org = _org_chart()
    managers = org.managers()
    if not managers:
        return
    candidates = db.session.execute(_silent_candidates(wk))
    escalations = _escalations(org, candidates, wk, set(managers))
    for start in range(0, len(managers), batch):
        yield from _batch_digests(org, wk, managers[start : start + batch], escalations)
