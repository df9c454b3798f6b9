"""Importing OKRs: each row's owner, objective, key result, due date and (when the file has
the column) dependencies checked against the file and the database, then written in one
transaction by `csvio.apply`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, insert, select

from ... import clock
from ...errors import InvalidInput
from ...extensions import db
from ...models import ChangeSource, KeyResult, KRState, Objective, Person
from .. import dependencies, okrs, validate
from .reading import (
    OKRS,
    Checker,
    ImportPlan,
    Progress,
    Record,
    RowChange,
    RowError,
    numbered,
    read,
    shape_error,
)

PERIODS_BEFORE_FULL_LOAD = 200  # past this many periods, load all objectives instead of IN (...)


@dataclass(frozen=True)
class _OkrRow:
    line: int
    owner_id: int
    objective: str
    key_result: str
    due: date
    period: str
    depends_on: tuple[int, ...] | None = None  # None: the file has no depends_on column

    @property
    def objective_key(self) -> tuple[int, str, str]:
        return (self.owner_id, self.objective, self.period)


# --- reading -------------------------------------------------------------------------


def plan_okrs(source: bytes | str, progress: Progress | None = None) -> ImportPlan:
    """Check an OKR file against the database and count what importing it would change."""
    records = read(source, OKRS)
    plan = ImportPlan(OKRS, rows=len(records))
    owners = {
        validate.as_stored_now(address): pid
        for address, pid in db.session.execute(select(Person.email, Person.id))
    }
    email_of = {pid: address for address, pid in owners.items()}
    rows = _okr_rows(records, owners, plan.errors, progress)
    objectives, key_results = _load_okrs({row.period for row in rows})
    new_objectives: dict[tuple[int, str, str], _OkrRow] = {}
    creates: list[_OkrRow] = []
    moves: list[tuple[int, date, date]] = []
    links = _Links.load(rows)
    today = clock.today()
    refused = updates = 0
    for row in rows:
        objective = objectives.get(row.objective_key)
        kr = key_results.get((objective.id, row.key_result)) if objective else None
        due_ok = (kr is not None and kr.due == row.due) or _due_in_window(row, today, plan.errors)
        # an unchanged due date is kept as it is, even an old one
        if not links.check(row, kr.id if kr else None, plan.errors) or not due_ok:
            refused += 1
            continue
        if objective is None:
            new_objectives.setdefault(row.objective_key, row)
        subject = f"{email_of[row.owner_id]}: {row.key_result}"
        if kr is None:
            creates.append(row)
            plan.changes.append(RowChange(row.line, "create", subject))
            continue
        fields: list[str] = []
        if kr.due != row.due:
            moves.append((kr.id, kr.due, row.due))
            fields.append(f"due: {kr.due} → {row.due}")
        fields.extend(links.change(row, kr.id))
        if fields:
            updates += 1
            plan.changes.append(RowChange(row.line, "update", subject, tuple(fields)))
        else:
            plan.changes.append(RowChange(row.line, "unchanged", subject))
    looped = links.check_loops(plan.errors)  # rows counted as updates above
    refused, updates = refused + looped, updates - looped
    plan.errors.sort(key=lambda error: error.line)
    plan.changes.sort(key=lambda change: change.line)
    plan.creates, plan.updates = len(creates), updates
    plan.unchanged = len(rows) - len(creates) - updates - refused
    plan.new_objectives = len(new_objectives)
    plan._writer = lambda: _write_okrs(list(new_objectives), creates, moves, objectives, links)
    return plan


class _Links:
    """The file's depends_on cells against the database's key results and dependencies:
    an unknown ref, a key result on itself, a new dependency on a dropped key result, and
    a loop that the file would make (with its refs and lines) are refused."""

    def __init__(self, states: dict[int, KRState], edges: dict[int, set[int]]) -> None:
        self.states = states  # every key result a cell names, with its state
        self.edges = edges  # the database's dependencies, then the file's in their place
        self.before = {kr_id: set(ons) for kr_id, ons in edges.items()}
        self.lines: dict[int, int] = {}  # existing key result id -> the line that sets it
        self.replaced: dict[int, set[int]] = {}  # existing key result id -> its new set

    @classmethod
    def load(cls, rows: list[_OkrRow]) -> _Links:
        named = {kr_id for row in rows for kr_id in row.depends_on or ()}
        states: dict[int, KRState] = {}
        if named:
            states = dict(
                db.session.execute(
                    select(KeyResult.id, KeyResult.state).where(KeyResult.id.in_(named))
                ).all()
            )
        has_column = any(row.depends_on is not None for row in rows)
        return cls(states, dependencies.graph() if has_column else {})

    def check(self, row: _OkrRow, kr_id: int | None, errors: list[RowError]) -> bool:
        """The row's own refs; False (with the errors) when any is refused."""
        if row.depends_on is None:
            return True
        ok = True
        had = self.before.get(kr_id, set()) if kr_id is not None else set()
        for on_id in row.depends_on:
            message = None
            if on_id == kr_id:
                message = f"depends_on: #{on_id} is this key result itself"
            elif on_id not in self.states:
                message = f"depends_on: #{on_id} is not a key result"
            elif self.states[on_id] == KRState.DROPPED and on_id not in had:
                message = f"depends_on: #{on_id} was dropped; nothing new can depend on it"
            if message:
                errors.append(RowError(row.line, "depends_on", message))
                ok = False
        return ok

    def change(self, row: _OkrRow, kr_id: int) -> list[str]:
        """The preview's field for an existing key result, and its new set kept for the
        loop check and the writer; nothing when the cell leaves it as it is."""
        if row.depends_on is None:
            return []
        old, new = self.before.get(kr_id, set()), set(row.depends_on)
        self.lines[kr_id] = row.line
        if old == new:
            return []
        self.replaced[kr_id] = new
        self.edges[kr_id] = new
        shown = [dependencies.refs_text(ids) or "(none)" for ids in (old, new)]
        return [f"depends_on: {shown[0]} → {shown[1]}"]

    def check_loops(self, errors: list[RowError]) -> int:
        """One error per loop the file would make, on the first of its lines; returns how
        many changed rows that refuses. (New key results cannot be in a loop: nothing in
        the file can name them yet.)"""
        refused = 0
        pending = set(self.replaced)
        while pending:
            loop = dependencies.find_loop(self.edges, pending)
            if loop is None:
                break
            lines = sorted({self.lines[kr_id] for kr_id in loop if kr_id in self.lines})
            where = ", ".join(str(line) for line in lines)
            errors.append(
                RowError(
                    lines[0],
                    "depends_on",
                    f"depends_on: these dependencies would make a loop "
                    f"{dependencies.loop_text(loop)} (lines {where})",
                )
            )
            refused += len({kr_id for kr_id in loop if kr_id in pending})
            for kr_id in loop:  # report each loop once; its rows are not written anyway
                pending.discard(kr_id)
                self.edges[kr_id] = self.before.get(kr_id, set())
        return refused

    def write(
        self, created: dict[tuple[tuple[int, str, str], str], int], creates: list[_OkrRow]
    ) -> None:
        for kr_id, ons in self.replaced.items():
            dependencies.replace_all(kr_id, ons, ChangeSource.IMPORT)
        for row in creates:
            if row.depends_on:
                kr_id = created[(row.objective_key, row.key_result)]
                dependencies.replace_all(kr_id, row.depends_on, ChangeSource.IMPORT)


def _due_in_window(row: _OkrRow, today: date, errors: list[RowError]) -> bool:
    """A new or moved due date within the window every door keeps (`validate.due_date`)."""
    try:
        validate.due_date(row.due, "due", today)
    except InvalidInput as error:
        errors.append(RowError(row.line, "due", f"due: {error}"))
        return False
    return True


def _okr_rows(
    records: list[Record],
    owners: dict[str, int],
    errors: list[RowError],
    progress: Progress | None,
) -> list[_OkrRow]:
    """Field rules per row; rows with any error are left out of the plan."""
    rows: list[_OkrRow] = []
    seen: dict[tuple[int, str, str, str], int] = {}
    for record in numbered(records, progress):
        if record.extra:
            errors.append(shape_error(record))
            continue
        row = _okr_row(record, owners, Checker(record.line, errors))
        if row is None:
            continue
        key = (*row.objective_key, row.key_result)
        if key in seen:
            errors.append(
                RowError(
                    row.line,
                    "key_result",
                    f"key_result {row.key_result!r} of objective {row.objective!r} "
                    f"({row.period}) is already on line {seen[key]}",
                )
            )
            continue
        seen[key] = row.line
        rows.append(row)
    return rows


def _okr_row(record: Record, owners: dict[str, int], check: Checker) -> _OkrRow | None:
    values = record.values
    owner = check("owner_email", lambda: validate.email(values["owner_email"], "owner_email"))
    if owner is not None and owner not in owners:
        check.fail(
            "owner_email",
            f"owner_email {owner} is not a person in the database; import the people first",
        )
    objective = check(
        "objective", lambda: validate.line(values["objective"], "objective", "the objective", 300)
    )
    key_result = check(
        "key_result",
        lambda: validate.line(values["key_result"], "key_result", "the key result", 300),
    )
    due = check("due", lambda: validate.day(values["due"], "due", "the due date"))
    period = values["period"].strip()
    if not period:  # the row fails: its empty period is never used
        check.fail("period", "period: the period is required (YYYY-Qn, YYYY-Hn or YYYY)")
    else:
        period = check("period", lambda: validate.period(values["period"]))
    depends_on = None
    if "depends_on" in values:
        depends_on = check(
            "depends_on", lambda: tuple(dependencies.parse_refs(values["depends_on"]))
        )
    if check.failed:
        return None
    return _OkrRow(record.line, owners[owner], objective, key_result, due, period, depends_on)


def _load_okrs(
    periods: set[str],
) -> tuple[dict[tuple[int, str, str], Row], dict[tuple[int, str], Row]]:
    """Objectives and key results of the file's periods as plain rows, in two queries."""
    if not periods:
        return {}, {}
    kr_query = (
        select(KeyResult.id, KeyResult.objective_id, KeyResult.title, KeyResult.due)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .order_by(KeyResult.id)
    )
    if len(periods) <= PERIODS_BEFORE_FULL_LOAD:
        kr_query = kr_query.where(Objective.period.in_(periods))
    objectives = _load_objectives(periods)
    key_results: dict[tuple[int, str], Row] = {}
    for kr in db.session.execute(kr_query):
        key_results.setdefault((kr.objective_id, kr.title), kr)
    return objectives, key_results


def _load_objectives(periods: set[str]) -> dict[tuple[int, str, str], Row]:
    """Objectives by (owner id, title, period); the oldest wins if hand edits left twins."""
    query = select(Objective.id, Objective.owner_id, Objective.title, Objective.period)
    if len(periods) <= PERIODS_BEFORE_FULL_LOAD:
        query = query.where(Objective.period.in_(periods))
    objectives: dict[tuple[int, str, str], Row] = {}
    for objective in db.session.execute(query.order_by(Objective.id)):
        objectives.setdefault((objective.owner_id, objective.title, objective.period), objective)
    return objectives


def _write_okrs(
    new_keys: list[tuple[int, str, str]],
    creates: list[_OkrRow],
    moves: list[tuple[int, date, date]],
    objectives: dict[tuple[int, str, str], Row],
    links: _Links,
) -> None:
    """New objectives, new key results, moved dates: a few batches, never a row each."""
    if new_keys:
        # No RETURNING: SQLite would then insert row by row to keep the ids in order.
        db.session.execute(
            insert(Objective),
            [
                {"owner_id": owner, "title": title, "period": period}
                for owner, title, period in new_keys
            ],
        )
        objectives = _load_objectives({period for _, _, period in new_keys})
    ids = {key: objective.id for key, objective in objectives.items()}
    if creates:
        db.session.execute(
            insert(KeyResult),
            [
                {
                    "objective_id": ids[row.objective_key],
                    "owner_id": row.owner_id,
                    "title": row.key_result,
                    "due": row.due,
                }
                for row in creates
            ],
        )
    okrs.move_dues(moves, ChangeSource.IMPORT)
    linked = [row for row in creates if row.depends_on]
    created: dict[tuple[tuple[int, str, str], str], int] = {}
    if linked:  # the new key results' ids, for their dependencies
        by_id = {objective_id: key for key, objective_id in ids.items()}
        for kr_id, objective_id, title in db.session.execute(
            select(KeyResult.id, KeyResult.objective_id, KeyResult.title)
            .where(KeyResult.objective_id.in_({ids[row.objective_key] for row in linked}))
            .order_by(KeyResult.id)
        ):
            created.setdefault((by_id[objective_id], title), kr_id)
    links.write(created, linked)
