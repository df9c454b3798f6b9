"""The status of every key result for one week, as `okr status --json` and the board show it.

Everything is computed in SQL with a fixed number of statements, so the board stays fast
at tens of thousands of key results: the newest check-in of a week is the week's check-in
of a key result with no later one, found through the (week, key_result_id, id) index, and
the status is a CASE expression the board can filter and paginate on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    not_,
    null,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.orm import aliased, contains_eager

from .. import clock, weeks
from ..extensions import db
from ..models import CheckIn, Flag, KeyResult, KRState, Objective, Person
from ..orgtree import in_organisation
from . import dependencies

# What the board counts and filters by: "missing" is a silence, "away" a key result without
# a report whose owner is away (not a silence, as in the digest).
STATUSES = ("red", "yellow", "green", "missing", "away", "done", "dropped")
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
    # Filled by `week_report` only (the board does not show them): refs and addresses.
    depends_on: tuple[str, ...] = ()
    watchers: tuple[str, ...] = ()


def _week_bounds(week: str) -> tuple[datetime, datetime]:
    start = datetime.combine(weeks.monday(week), time.min, tzinfo=UTC)
    end = datetime.combine(weeks.sunday(week), time.max, tzinfo=UTC)
    return start, end


def _newest(week: str, column):
    """Correlated: `column` of the outer key result's newest check-in of `week` (a later
    reply wins), one probe of the index on (week, key_result_id, id) per key result.

    A scalar subquery on purpose: PostgreSQL cannot turn it into a join, so a plan made
    with statistics that predate the week's check-ins (the planner then believes the week
    is empty) still costs one probe per key result, never a pass over the whole week or
    over every check-in per key result."""
    inner = aliased(CheckIn)
    return (
        select(column(inner))
        .where(inner.week == week, inner.key_result_id == KeyResult.id)
        .order_by(inner.id.desc())
        .limit(1)
        .correlate(KeyResult)
        .scalar_subquery()
    )


def _with_week_flag(stmt: Select, week: str) -> tuple[Select, ColumnElement]:
    """`stmt` (over key results) and the flag of each key result's newest check-in of
    `week`, for counting and ranking a whole organisation.

    PostgreSQL: the week's newest check-in per key result in one pass over the week's part
    of the (week, key_result_id, id, flag) index (DISTINCT ON), joined once: three times
    faster at 30,000 key results than a probe per key result (bench/board_latency.py), and
    safe with statistics that predate the week's check-ins (the planner then hashes the
    week's rows, believed few, which costs a pass over them whatever their number).
    SQLite: the probe per key result (`_newest`), which is SQLite's fastest there."""
    if db.session.get_bind().dialect.name != "postgresql":
        return stmt, _newest(week, lambda c: c.flag)
    latest = (
        select(CheckIn.key_result_id, CheckIn.flag)
        .where(CheckIn.week == week)
        # Both descending: the index read backwards gives this order, with no sort.
        .order_by(CheckIn.key_result_id.desc(), CheckIn.id.desc())
        .ext(distinct_on(CheckIn.key_result_id))
        .subquery("week_flag")
    )
    return stmt.outerjoin(latest, latest.c.key_result_id == KeyResult.id), latest.c.flag


def _joined(stmt: Select, week: str, name: str) -> tuple[Select, type[CheckIn]]:
    """`stmt` outer-joined with each key result's newest check-in of `week`."""
    current = aliased(CheckIn, name=name)
    return stmt.outerjoin(current, current.id == _newest(week, lambda c: c.id)), current


def _status(flag_column, week: str) -> ColumnElement[str]:
    """done/dropped once closed by the end of `week`, else the week's flag, else missing.

    The flag is a CASE operand, so it is evaluated once (it may be a subquery)."""
    _, end = _week_bounds(week)
    closed = and_(KeyResult.state != KRState.ACTIVE, KeyResult.closed_at <= end)
    flagged = case(
        {member.value: literal(member.value) for member in Flag},
        value=flag_column,
        else_=literal("missing"),
    )
    return case(
        (and_(closed, KeyResult.state == KRState.DONE), literal("done")),
        (and_(closed, KeyResult.state == KRState.DROPPED), literal("dropped")),
        else_=flagged,
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
    within: int | None = None  # a manager's id: only their organisation (them included)


def _has_status(week: str, status: str) -> ColumnElement[bool]:
    """Key results whose status in `week` is `status`, with the newest check-in looked up
    only where it can matter: one pass over the week's check-ins leaves the key results
    with a check-in of that flag (a later one may have changed it), and "missing" is a key
    result with no check-in that week at all (every check-in has a flag); done and
    dropped do not depend on check-ins.

    IN / NOT IN a subquery, hashed or sorted, on purpose: a planner that believes the week
    is empty (statistics from before its check-ins) cannot make that a pass per row."""
    if status in CLOSED:
        return _status(null(), week) == status
    reported = select(CheckIn.key_result_id).where(CheckIn.week == week)
    if status in ("missing", "away"):
        away = KeyResult.owner_id.in_(_away_people(week))
        return and_(
            KeyResult.id.not_in(reported),
            _status(null(), week) == "missing",
            away if status == "away" else not_(away),
        )
    return and_(
        KeyResult.id.in_(reported.where(CheckIn.flag == status)),
        _status(_newest(week, lambda c: c.flag), week) == status,
    )


def _away_people(week: str) -> Select:
    """The people away on the week's reference day: their missing reports are no silence."""
    return select(Person.id).where(Person.away_until >= _reference_day(week))


def _filtered(stmt: Select, week: str, filters: _Filters) -> Select:
    """`stmt` over key results, narrowed to the week and the filters: the week's check-ins
    are read only for a status filter, and a search matches the people once."""
    stmt = stmt.where(_visible(week))
    if filters.within is not None:
        stmt = stmt.where(in_organisation(KeyResult.owner_id, filters.within))
    if filters.status:
        stmt = stmt.where(_has_status(week, filters.status))
    query = filters.query.strip()
    if query:
        like = _like(query)
        named = select(Person.id).where(
            or_(
                func.lower(Person.name).like(like, escape="\\"),
                Person.email.like(like, escape="\\"),
            )
        )
        # The owner's name or email, or the title: the people are matched in one pass over
        # the people rather than once per key result.
        stmt = stmt.where(
            or_(
                KeyResult.owner_id.in_(named),
                func.lower(KeyResult.title).like(like, escape="\\"),
            )
        )
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
        note = kr.drop_reason if status == "dropped" else (kr.done_note or note or "")
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
    # Over key results, with the status columns added below.
    stmt: Select = select(KeyResult).join(KeyResult.objective).join(KeyResult.owner)
    stmt, current = _joined(_filtered(stmt, week, filters), week, "current_check_in")
    columns = [_status(current.flag, week), current.score, current.note, current.created_at]
    if previous:
        before = weeks.shift(week, -1)
        _, before_end = _week_bounds(before)
        stmt, earlier = _joined(stmt, before, "previous_check_in")
        columns.append(
            case(
                (KeyResult.created_at > before_end, null()),
                else_=_status(earlier.flag, before),
            )
        )
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
    """`okr status --json`: the week's items, each with what it depends on (refs) and who
    watches it (addresses), in two more statements."""
    items = week_items(week)
    depends_on = dependencies.refs_of()
    watchers = dependencies.watcher_emails()
    report = []
    for item in items:
        kr_id = int(item.ref[1:])
        fields = asdict(item)
        fields["depends_on"] = depends_on.get(kr_id, [])
        fields["watchers"] = watchers.get(kr_id, [])
        report.append(fields)
    return {"week": week, "items": report}


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
    away_until: date | None = None  # set while away: a missing report is not a silence
    objectives: list[BoardObjective] = field(default_factory=list)


@dataclass(frozen=True)
class BoardPage:
    week: str
    people: list[BoardPerson]
    total_people: int
    page: int
    pages: int
    counts: dict[str, int] = field(default_factory=dict)  # by status, for the board's top


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
            away = kr.owner.away_until
            person = people[kr.owner_id] = BoardPerson(
                kr.owner.id,
                kr.owner.name,
                kr.owner.email,
                away if away is not None and away >= reference else None,
            )
        key = (kr.owner_id, kr.objective_id)  # an objective can hold several owners' KRs
        objective = objectives.get(key)
        if objective is None:
            objective = BoardObjective(kr.objective.id, kr.objective.title, kr.objective.period)
            objectives[key] = objective
            person.objectives.append(objective)
        overdue = item.status not in CLOSED and kr.due < reference
        objective.rows.append(BoardRow(item=item, previous=previous, overdue=overdue))
    return list(people.values())


@dataclass(frozen=True)
class _Listed:
    ids: list[int]  # one page of people, in board order
    total: int
    page: int
    counts: dict[str, int] | None  # per status over every key result the filters keep


def _people(week: str, filters: _Filters, page: int, per_page: int) -> _Listed:
    """The ids of one page of the people the board shows, in board order, with their
    number and the page shown: one statement, which finds the people once rather than
    once to count them and again for the page. Only a page past the last (an old link)
    costs a second one, to show the last page instead.

    Without a status filter the same pass over the key results also counts them by status
    (per person, summed over everyone by a window), which the board shows on top: each
    key result's flag of the week is read once (`_with_week_flag`), not twice."""
    owners, flag = _with_week_flag(_filtered(select(KeyResult.owner_id), week, filters), week)
    # Each key result's status is computed once: grouped by person and status first, so
    # ranking people and counting statuses read a few rows per person, not a CASE per
    # key result each.
    status = _status(flag, week)
    by_status = (
        owners.with_only_columns(
            KeyResult.owner_id.label("owner_id"),
            status.label("status"),
            cast(func.count(), Integer).label("n"),
        )
        .group_by(KeyResult.owner_id, status)
        .subquery()
    )
    # Per person, how many key results have each status: one row a person, read with
    # the person once for the away check, the rank and the order by name.
    seen = ("red", "yellow", "green", "missing", "done", "dropped")
    per_person = (
        select(
            by_status.c.owner_id,
            *(
                func.sum(case((by_status.c.status == one, by_status.c.n), else_=0)).label(one)
                for one in seen
            ),
        )
        .group_by(by_status.c.owner_id)
        .subquery()
    )
    # Reds first, then silences, then the rest: each person ranked by their worst key
    # result this week (a silence while away is not one; it is counted as away).
    away = Person.away_until >= _reference_day(week)
    rank = case(
        (per_person.c.red > 0, 0),
        (and_(per_person.c.missing > 0, or_(Person.away_until.is_(None), ~away)), 1),
        (per_person.c.yellow > 0, 2),
        else_=3,
    )
    counted = () if filters.status else STATUSES
    shown: dict[str, ColumnElement[int]] = {one: per_person.c[one] for one in seen}
    shown["away"] = case((away, per_person.c.missing), else_=0)
    shown["missing"] = case((away, 0), else_=per_person.c.missing)
    listed = (
        select(
            Person.id,
            func.count().over().label("total"),
            *(func.sum(shown[one]).over().label(f"all_{one}") for one in counted),
        )
        .join(per_person, per_person.c.owner_id == Person.id)
        .order_by(rank, func.lower(Person.name), Person.id)
        .limit(per_page)
    )
    page = max(page, 1)
    rows = db.session.execute(listed.offset((page - 1) * per_page)).all()
    if not rows and page > 1:
        total = db.session.execute(
            select(func.count()).select_from(Person).where(Person.id.in_(owners))
        ).scalar_one()  # the same people as `listed`: those with a key result the filters keep
        page = max(1, -(-total // per_page))
        rows = db.session.execute(listed.offset((page - 1) * per_page)).all() if total else []
    counts = None
    if counted:
        counts = dict.fromkeys(STATUSES, 0)
        if rows:
            counts.update({one: int(rows[0]._mapping[f"all_{one}"] or 0) for one in counted})
    if not rows:
        return _Listed([], 0, 1, counts)
    return _Listed([row.id for row in rows], rows[0].total, page, counts)


def status_counts(week: str, *, query: str = "", within: int | None = None) -> dict[str, int]:
    """How many key results have each status in `week` (search and scope applied, not a
    status filter): the counts on top of the board. One statement."""
    stmt, flag = _with_week_flag(
        _filtered(select(KeyResult.id), week, _Filters(query=query, within=within)), week
    )
    status = _status(flag, week)
    away = KeyResult.owner_id.in_(_away_people(week))
    rows = db.session.execute(
        stmt.with_only_columns(status.label("status"), away.label("away"), func.count()).group_by(
            status, away
        )
    ).all()
    counts = dict.fromkeys(STATUSES, 0)
    for shown, owner_away, n in rows:
        counts["away" if shown == "missing" and owner_away else shown] += n
    return counts


def board_page(
    week: str,
    *,
    query: str = "",
    status: str | None = None,
    page: int = 1,
    per_page: int = 25,
    within: int | None = None,
) -> BoardPage:
    """One page of people with their key results for `week`, and the counts by status
    for the top of the board (search and scope applied, not a status filter): two
    statements in all, three with a status filter (the counts then need their own pass).
    `within`: a manager's id, to show only their organisation."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    filters = _Filters(query=query, status=status, within=within)
    listed = _people(week, filters, page, per_page)
    ids = listed.ids
    # The page's people are already within the organisation: the key results need not
    # be checked against it again.
    mine = _Filters(query=query, status=status)
    rows = _rows(week, mine, ids, previous=True) if ids else []
    place = {person_id: n for n, person_id in enumerate(ids)}  # reds and silences first
    counts = listed.counts
    if counts is None:
        counts = status_counts(week, query=query, within=within)
    return BoardPage(
        week=week,
        people=sorted(_group(week, rows), key=lambda person: place[person.id]),
        total_people=listed.total,
        page=listed.page,
        pages=max(1, -(-listed.total // per_page)),
        counts=counts,
    )
