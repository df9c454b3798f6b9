"""Importing OKRs: each row's owner, objective, key result and due date checked against the
file and the database, then written in one transaction by `csvio.apply`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, insert, select

from ... import clock
from ...errors import InvalidInput
from ...extensions import db
from ...models import ChangeSource, KeyResult, Objective, Person
from .. import okrs, validate
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
    today = clock.today()
    refused = 0
    for row in rows:
        objective = objectives.get(row.objective_key)
        kr = key_results.get((objective.id, row.key_result)) if objective else None
        if (kr is None or kr.due != row.due) and not _due_in_window(row, today, plan.errors):
            refused += 1  # an unchanged due date is kept as it is, even an old one
            continue
        if objective is None:
            new_objectives.setdefault(row.objective_key, row)
        subject = f"{email_of[row.owner_id]}: {row.key_result}"
        if kr is None:
            creates.append(row)
            plan.changes.append(RowChange(row.line, "create", subject))
        elif kr.due != row.due:
            moves.append((kr.id, kr.due, row.due))
            change = RowChange(row.line, "update", subject, (f"due: {kr.due} → {row.due}",))
            plan.changes.append(change)
        else:
            plan.changes.append(RowChange(row.line, "unchanged", subject))
    plan.errors.sort(key=lambda error: error.line)
    plan.changes.sort(key=lambda change: change.line)
    plan.creates, plan.updates = len(creates), len(moves)
    plan.unchanged = len(rows) - len(creates) - len(moves) - refused
    plan.new_objectives = len(new_objectives)
    plan._writer = lambda: _write_okrs(list(new_objectives), creates, moves, objectives)
    return plan


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
    if not values["period"].strip():
        check.fail("period", "period: the period is required (YYYY-Qn, YYYY-Hn or YYYY)")
        period = None
    else:
        period = check("period", lambda: validate.period(values["period"]))
    if check.failed:
        return None
    return _OkrRow(record.line, owners[owner], objective, key_result, due, period)


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
