"""The status of every key result for one week, as `okr status --json` and the board show it.

Everything is computed in SQL with a fixed number of statements, so the board stays fast
at tens of thousands of key results: the newest check-in of a week is found per key result
through the (key_result_id, week, id) index, and the status is a CASE expression the board
can filter and paginate on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, null, or_, select
from sqlalchemy.orm import aliased, contains_eager

from .. import clock, weeks
from ..extensions import db
from ..models import CheckIn, Flag, KeyResult, KRState, Objective, Person

STATUSES = ("red", "yellow", "green", "missing", "done", "dropped")
CLOSED = ("done", "dropped")


@dataclass(frozen=True)
class StatusItem:
    ref: str
    key_result: str
    objective: str
    owner: str
    due: str
    status: str
    score: float | None
    note: str
    updated_at: str | None


def _week_bounds(week: str) -> tuple[datetime, datetime]:
    start = datetime.combine(weeks.monday(week), time.min, tzinfo=UTC)
    end = datetime.combine(weeks.sunday(week), time.max, tzinfo=UTC)
    return start, end


def latest_check_ins(week: str):
    """Subquery: the newest check-in id per key result for `week` (a later reply wins)."""
    return (
        select(func.max(CheckIn.id).label("id"))
        .where(CheckIn.week == week)
        .group_by(CheckIn.key_result_id)
        .subquery()
    )


def _latest_id(week: str):
    """Correlated: the newest check-in of the outer key result in `week`, via the index."""
    inner = aliased(CheckIn)
    return (
        select(func.max(inner.id))
        .where(inner.key_result_id == KeyResult.id, inner.week == week)
        .correlate(KeyResult)
        .scalar_subquery()
    )


def _status(flag_column, week: str) -> ColumnElement[str]:
    """done/dropped once closed by the end of `week`, else the week's flag, else missing."""
    _, end = _week_bounds(week)
    closed = and_(KeyResult.state != KRState.ACTIVE, KeyResult.closed_at <= end)
    return case(
        (and_(closed, KeyResult.state == KRState.DONE), literal("done")),
        (and_(closed, KeyResult.state == KRState.DROPPED), literal("dropped")),
        *((flag_column == member, literal(member.value)) for member in Flag),
        else_=literal("missing"),
    )


def _visible(week: str) -> ColumnElement[bool]:
    """Existing by the end of the week, and not closed before it started."""
    start, end = _week_bounds(week)
    return and_(
        KeyResult.created_at <= end,
        or_(KeyResult.state == KRState.ACTIVE, KeyResult.closed_at >= start),
    )


def _like(term: str) -> str:
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class _Filters:
    query: str = ""
    status: str | None = None


def _statement(week: str, filters: _Filters) -> tuple[Select, object, ColumnElement[str]]:
    """Key results of the week with their newest check-in joined, filters applied."""
    current = aliased(CheckIn, name="current_check_in")
    status = _status(current.flag, week)
    stmt = (
        select(KeyResult)
        .join(KeyResult.objective)
        .join(KeyResult.owner)
        .outerjoin(current, current.id == _latest_id(week))
        .where(_visible(week))
    )
    stmt = _searched(stmt, filters.query)
    if filters.status:
        stmt = stmt.where(status == filters.status)
    return stmt, current, status


def _searched(stmt: Select, query: str) -> Select:
    """Key results whose owner's name or email, or whose title, contains `query`."""
    if not query.strip():
        return stmt
    like = _like(query.strip())
    return stmt.where(
        or_(
            func.lower(Person.name).like(like, escape="\\"),
            Person.email.like(like, escape="\\"),
            func.lower(KeyResult.title).like(like, escape="\\"),
        )
    )


def _owners(week: str, filters: _Filters) -> Select:
    """Owners of the key results the board shows, in one pass over the key results: the
    week's check-ins are read only for a status filter, the owners only for a search."""
    if filters.status and filters.query.strip():
        # A search leaves few key results: looking up each one's newest check-in is best.
        matching, _, _ = _statement(week, filters)
        return matching.with_only_columns(KeyResult.owner_id)
    if filters.status:
        # All key results: their newest check-ins of the week are found in one grouped
        # pass over the week's check-ins rather than one lookup per key result.
        newest = (
            select(CheckIn.key_result_id, func.max(CheckIn.id).label("id"))
            .where(CheckIn.week == week)
            .group_by(CheckIn.key_result_id)
            .subquery("newest")
        )
        current = aliased(CheckIn, name="current_check_in")
        stmt = (
            select(KeyResult.owner_id)
            .outerjoin(newest, newest.c.key_result_id == KeyResult.id)
            .outerjoin(current, current.id == newest.c.id)
            .where(_visible(week), _status(current.flag, week) == filters.status)
        )
    else:
        stmt = select(KeyResult.owner_id).where(_visible(week))
    if filters.query.strip():
        stmt = _searched(stmt.join(KeyResult.owner), filters.query)
    return stmt


def _order(stmt: Select) -> Select:
    return stmt.order_by(func.lower(Person.name), Person.id, Objective.id, KeyResult.id)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # raw column values from a subquery skip the type decorator
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _item(kr: KeyResult, status: str, score, note, created_at) -> StatusItem:
    updated = created_at
    if status in CLOSED:
        updated = kr.closed_at
        note = kr.drop_reason if status == "dropped" else (note or "")
    return StatusItem(
        ref=kr.ref,
        key_result=kr.title,
        objective=kr.objective.title,
        owner=kr.owner.email,
        due=kr.due.isoformat(),
        status=status,
        score=score,
        note=note or "",
        updated_at=_iso(updated),
    )


def _rows(week: str, filters: _Filters, owner_ids: list[int] | None, previous: bool):
    """(KeyResult, StatusItem, previous status or None) in board order, in one statement."""
    stmt, current, status = _statement(week, filters)
    columns = [status, current.score, current.note, current.created_at]
    if previous:
        before = weeks.shift(week, -1)
        earlier = aliased(CheckIn, name="previous_check_in")
        _, before_end = _week_bounds(before)
        columns.append(
            case(
                (KeyResult.created_at > before_end, null()),
                else_=_status(earlier.flag, before),
            )
        )
        stmt = stmt.outerjoin(earlier, earlier.id == _latest_id(before))
    stmt = _order(
        stmt.add_columns(*columns).options(
            contains_eager(KeyResult.objective), contains_eager(KeyResult.owner)
        )
    )
    if owner_ids is not None:
        stmt = stmt.where(KeyResult.owner_id.in_(owner_ids))
    for row in db.session.execute(stmt):
        kr, state, score, note, created_at = row[:5]
        yield kr, _item(kr, state, score, note, created_at), (row[5] if previous else None)


def week_items(week: str, owner_ids: list[int] | None = None) -> list[StatusItem]:
    """Key results existing in `week` and open at its start, with their status that week."""
    return [item for _, item, _ in _rows(week, _Filters(), owner_ids, previous=False)]


def week_report(week: str) -> dict:
    return {"week": week, "items": [asdict(item) for item in week_items(week)]}


# The board: the same rows, grouped by person and objective, one page of people at a time.


@dataclass(frozen=True)
class BoardRow:
    item: StatusItem
    previous: str | None
    overdue: bool


@dataclass
class BoardObjective:
    id: int
    title: str
    period: str
    rows: list[BoardRow] = field(default_factory=list)


@dataclass
class BoardPerson:
    id: int
    name: str
    email: str
    objectives: list[BoardObjective] = field(default_factory=list)


@dataclass(frozen=True)
class BoardPage:
    week: str
    people: list[BoardPerson]
    total_people: int
    page: int
    pages: int


def _reference_day(week: str) -> date:
    """Overdue is judged as of today, or as of the week's end when looking back."""
    return min(clock.today(), weeks.sunday(week))


def _group(week: str, rows) -> list[BoardPerson]:
    people: dict[int, BoardPerson] = {}
    objectives: dict[tuple[int, int], BoardObjective] = {}
    reference = _reference_day(week)
    for kr, item, previous in rows:
        person = people.get(kr.owner_id)
        if person is None:
            person = people[kr.owner_id] = BoardPerson(kr.owner.id, kr.owner.name, kr.owner.email)
        key = (kr.owner_id, kr.objective_id)  # an objective can hold several owners' KRs
        objective = objectives.get(key)
        if objective is None:
            objective = BoardObjective(kr.objective.id, kr.objective.title, kr.objective.period)
            objectives[key] = objective
            person.objectives.append(objective)
        overdue = item.status not in CLOSED and kr.due < reference
        objective.rows.append(BoardRow(item=item, previous=previous, overdue=overdue))
    return list(people.values())


def board_page(
    week: str, *, query: str = "", status: str | None = None, page: int = 1, per_page: int = 25
) -> BoardPage:
    """One page of people with their key results for `week`: three statements in all."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    filters = _Filters(query=query, status=status)
    owners = _owners(week, filters)
    total = db.session.scalar(select(func.count()).select_from(Person).where(Person.id.in_(owners)))
    pages = max(1, -(-total // per_page))
    page = min(max(page, 1), pages)
    ids = list(
        db.session.scalars(
            select(Person.id)
            .where(Person.id.in_(owners))
            .order_by(func.lower(Person.name), Person.id)
            .limit(per_page)
            .offset((page - 1) * per_page)
        )
    )
    rows = _rows(week, filters, ids, previous=True) if ids else []
    return BoardPage(
        week=week, people=_group(week, rows), total_people=total, page=page, pages=pages
    )
