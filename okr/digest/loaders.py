"""Loading one batch of managers: their key results and everything a digest says of them.

Each loader is one set-based statement over the batch's scope (a recursive CTE seeded with
all its managers, each with their own depth), so no statement lists people or key results
one by one, apart from the escalated key results, which are few.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import (
    ColumnElement,
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
    union_all,
)
from sqlalchemy.orm import aliased

from ..extensions import db
from ..models import (
    CheckIn,
    DeadlineChange,
    Dependency,
    KeyResult,
    KRState,
    Objective,
    Person,
    Question,
    Thanks,
)
from ..orgtree import MAX_DEPTH
from ..services import lessons
from ..services.lessons import WrittenLesson
from . import signals as rules
from .model import OpenQuestion, Warning
from .org import Org, under
from .week import Week, aware


@dataclass
class KR:
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
    moves: list[tuple[datetime, date, date]] = field(default_factory=list)  # this week's
    last_asked: datetime | None = None
    # manager id -> when they last asked about it or thanked for it (managers of the batch)
    attended: dict[int, datetime] = field(default_factory=dict)
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
    warnings: list[Warning] = field(default_factory=list)

    def _visible_in(self, start: datetime, end: datetime) -> bool:
        open_then = self.state == KRState.ACTIVE.value or (
            self.closed_at is not None and self.closed_at >= start
        )
        return self.created_at <= end and open_then

    def settle(self, wk: Week, away_until: date | None) -> None:
        away = wk.away(away_until)
        created, state, closed = self.created_at, self.state, self.closed_at
        self.visible = self._visible_in(wk.start, wk.end)
        self.visible_before = self._visible_in(wk.previous_start, wk.previous_end)
        self.status = rules.status(
            wk.week, self.history, created_at=created, state=state, closed_at=closed, away=away
        )
        self.status_before = rules.status(
            wk.previous, self.history, created_at=created, state=state, closed_at=closed
        )
        self.trend = rules.trend(
            wk.week, self.history, created_at=created, state=state, closed_at=closed, away=away
        )
        self.away_until = away_until if away else None
        if self.status == "red":
            self.weeks_in_red, first = rules.red_streak(self.history, wk.week)
            # A red status is this week's report, so the streak has a first week.
            self.red_since = self.history[first].at if first is not None else None
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


@dataclass(frozen=True)
class Need:
    """A key result of the batch's organisations that depends on another one: the
    depended-on key result is in the batch's key results, its owner may be anyone."""

    kr_id: int
    title: str
    owner_id: int
    on_id: int
    on_owner_id: int
    on_owner: str  # name
    on_owner_email: str
    on_owner_away: date | None


@dataclass
class Batch:
    krs: dict[int, KR]
    by_owner: dict[int, list[KR]]
    questions: dict[int, list[OpenQuestion]]
    needs: list[Need] = field(default_factory=list)
    # at a quarter's last digest week: owner id -> the lessons written that quarter
    lessons: dict[int, list[WrittenLesson]] = field(default_factory=dict)


def _scope(manager_ids: list[int]) -> Select[int]:
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


def _dependencies(
    wk: Week, manager_ids: list[int]
) -> Select[int, str, int, int, int, str, str, date | None]:
    """Dependencies of key results owned in the managers' organisations (at any depth, not
    only their digest's) that still need what they depend on this week, with the owner of
    the key result depended on."""
    dependent = aliased(KeyResult)
    on = aliased(KeyResult)
    return (
        select(
            dependent.id,
            dependent.title,
            dependent.owner_id,
            on.id,
            on.owner_id,
            Person.name,
            Person.email,
            Person.away_until,
        )
        .select_from(Dependency)
        .join(dependent, dependent.id == Dependency.key_result_id)
        .join(on, on.id == Dependency.depends_on_id)
        .join(Person, Person.id == on.owner_id)
        .where(
            dependent.owner_id.in_(under(manager_ids)),
            dependent.created_at <= wk.end,
            or_(dependent.state == KRState.ACTIVE, dependent.closed_at >= wk.start),
        )
    )


def _kr_filter(wk: Week, manager_ids: list[int], escalated: list[int]) -> ColumnElement[bool]:
    """Key results of the batch: in scope (or escalated, or depended on from the managers'
    organisations), and open this week or last (or, at quarter end, of a period that ends
    now). Needs Objective joined."""
    scope: ColumnElement[bool] = KeyResult.owner_id.in_(_scope(manager_ids))
    if escalated:
        scope = or_(scope, KeyResult.id.in_(escalated))
    depended_on = _dependencies(wk, manager_ids).with_only_columns(Dependency.depends_on_id)
    scope = or_(scope, KeyResult.id.in_(depended_on))
    alive = or_(KeyResult.state == KRState.ACTIVE, KeyResult.closed_at >= wk.previous_start)
    if wk.periods:
        alive = or_(alive, Objective.period.in_(wk.periods))
    return and_(scope, KeyResult.created_at <= wk.end, alive)


def _kr_ids(where: ColumnElement[bool]) -> Select[int]:
    return select(KeyResult.id).join(Objective, Objective.id == KeyResult.objective_id).where(where)


def key_results(where: ColumnElement[bool]) -> dict[int, KR]:
    """The batch's key results. Their latest report up to this week (score, note, time) is
    the last week of their history, read next: joining it here made PostgreSQL hash the
    whole check-in table once per batch, a cost that grows with the company, not the batch."""
    krs: dict[int, KR] = {}
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
        krs[row[0]] = KR(
            id=row[0],
            owner_id=row[1],
            title=row[2],
            objective=row[3],
            period=row[4],
            due=row[5],
            state=str(row[6]),
            drop_reason=row[7],
            closed_at=aware(row[8]),
            created_at=aware(row[9]),
        )
    return krs


def history(krs: dict[int, KR], where: ColumnElement[bool], wk: Week) -> None:
    """The weekly history: every report up to this week, the newest of a week counting.

    Picking the newest here rather than with max(id) per week in SQL spares PostgreSQL
    two aggregates and a primary-key lookup per row. Flag and time come raw (no enum or
    zone decorator per row): the zone is set once per kept report.
    """
    stmt = select(
        CheckIn.key_result_id,
        CheckIn.week,
        CheckIn.id,
        type_coerce(CheckIn.flag, String),
        CheckIn.score,
        CheckIn.note,
        type_coerce(CheckIn.created_at, DateTime),
    ).where(CheckIn.key_result_id.in_(_kr_ids(where)), CheckIn.week <= wk.week)
    kept: dict[int, dict[str, Row[int, str, int, str, float | None, str, datetime]]] = {
        kr_id: {} for kr_id in krs
    }
    for row in db.session.connection().execute(stmt):  # Core rows: no ORM wrapping
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


def slips(krs: dict[int, KR], where: ColumnElement[bool], wk: Week) -> None:
    """How often each due date moved later up to this week, and its moves of this week
    (what dependents hear about)."""
    stmt = select(
        DeadlineChange.key_result_id,
        DeadlineChange.changed_at,
        DeadlineChange.old_due,
        DeadlineChange.new_due,
    ).where(DeadlineChange.key_result_id.in_(_kr_ids(where)), DeadlineChange.changed_at <= wk.end)
    for kr_id, at, old, new in db.session.execute(stmt):
        kr = krs.get(kr_id)
        if kr is None:
            continue
        if new > old:
            kr.slips += 1
        at = aware(at)
        if at >= wk.start:
            kr.moves.append((at, old, new))


def attention(
    krs: dict[int, KR], where: ColumnElement[bool], wk: Week, manager_ids: list[int]
) -> None:
    """When anyone last asked about each key result, and when each manager of the batch
    last asked about it or thanked for it: one statement, questions and thanks together."""
    kr_ids = _kr_ids(where)
    asked = (
        select(Question.key_result_id, Question.manager_id, func.max(Question.asked_at))
        .where(Question.key_result_id.in_(kr_ids), Question.asked_at <= wk.end)
        .group_by(Question.key_result_id, Question.manager_id)
    )
    thanked = (
        select(Thanks.key_result_id, Thanks.manager_id, func.max(Thanks.thanked_at))
        .where(
            Thanks.key_result_id.in_(kr_ids),
            Thanks.manager_id.in_(manager_ids),
            Thanks.thanked_at <= wk.end,
        )
        .group_by(Thanks.key_result_id, Thanks.manager_id)
    )
    managers = set(manager_ids)
    asked_rows = asked.add_columns(literal(True))
    thanked_rows = thanked.add_columns(literal(False))
    for kr_id, manager_id, at, is_question in db.session.execute(
        union_all(asked_rows, thanked_rows)
    ):
        kr = krs.get(kr_id)
        if kr is None or at is None:
            continue
        at = aware(at)
        if is_question and (kr.last_asked is None or at > kr.last_asked):
            kr.last_asked = at
        if manager_id in managers and (
            manager_id not in kr.attended or at > kr.attended[manager_id]
        ):
            kr.attended[manager_id] = at


def needs(wk: Week, manager_ids: list[int]) -> list[Need]:
    """The dependencies of the batch's organisations (see `_dependencies`)."""
    rows = db.session.execute(_dependencies(wk, manager_ids))
    return [
        Need(kr_id, title, owner_id, on_id, on_owner_id, on_owner, email, away)
        for kr_id, title, owner_id, on_id, on_owner_id, on_owner, email, away in rows
    ]


def open_questions(manager_ids: list[int], wk: Week) -> dict[int, list[OpenQuestion]]:
    """The managers' own questions still waiting for an answer at the week's end."""
    questions: dict[int, list[OpenQuestion]] = defaultdict(list)
    stmt = (
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
    for manager_id, kr_id, owner, text, at in db.session.execute(stmt):
        questions[manager_id].append(OpenQuestion(f"#{kr_id}", owner, text, aware(at)))
    return questions


def load_batch(org: Org, wk: Week, manager_ids: list[int], escalated: list[int]) -> Batch:
    """The six statements of a batch (seven at a quarter's last digest week, with the
    lessons of the quarter), then every key result settled for the week."""
    where = _kr_filter(wk, manager_ids, escalated)
    krs = key_results(where)
    history(krs, where, wk)
    slips(krs, where, wk)
    attention(krs, where, wk, manager_ids)
    questions = open_questions(manager_ids, wk)
    dependencies = needs(wk, manager_ids)
    learned = (
        lessons.written_in(KeyResult.owner_id.in_(_scope(manager_ids)), wk.quarter)
        if wk.quarter
        else {}
    )
    by_owner: dict[int, list[KR]] = defaultdict(list)
    for kr in krs.values():
        owner = org.people.get(kr.owner_id)
        kr.settle(wk, owner.away_until if owner else None)
        by_owner[kr.owner_id].append(kr)
    return Batch(
        krs=krs, by_owner=by_owner, questions=questions, needs=dependencies, lessons=learned
    )
