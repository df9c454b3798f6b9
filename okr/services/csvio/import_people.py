"""Importing people: each row checked against the file and the database (managers that
exist, no reporting loop), then written in one transaction by `csvio.apply`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from sqlalchemy import Row, insert, select, update

from ...extensions import db
from ...models import Person
from .. import validate
from .reading import (
    PEOPLE,
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

LOOP_NAMES_SHOWN = 10  # people named in a reporting-loop message before "and N more"


@dataclass
class _PersonRow:
    line: int
    email: str
    name: str | None
    timezone: str | None
    manager_email: str | None
    manager_ok: bool


def plan_people(source: bytes | str, progress: Progress | None = None) -> ImportPlan:
    """Check a people file against the database and count what importing it would change."""
    records = read(source, PEOPLE)
    plan = ImportPlan(PEOPLE, rows=len(records))
    existing = _load_people()
    email_of = {person.id: address for address, person in existing.items()}
    rows = _people_rows(records, plan.errors, progress)
    _check_managers(rows, existing, plan.errors)
    _check_loops(rows, existing, email_of, plan.errors)
    plan.errors.sort(key=lambda error: error.line)
    bad_lines = {error.line for error in plan.errors}
    good = [row for row in rows.values() if row.line not in bad_lines]
    creates, updates = _people_changes(good, existing, email_of)
    plan.creates, plan.updates = len(creates), len(updates)
    plan.changes = _row_changes(good, creates, existing, email_of)
    plan.unchanged = len(good) - len(creates) - len(updates)
    plan._writer = lambda: _write_people(creates, updates, existing)
    return plan


def _load_people() -> dict[str, Row]:
    """Everyone already in the database, as plain rows: one query, no ORM objects to track."""
    query = select(Person.id, Person.email, Person.name, Person.timezone, Person.manager_id)
    return {validate.as_stored_now(person.email): person for person in db.session.execute(query)}


def _people_rows(
    records: list[Record], errors: list[RowError], progress: Progress | None
) -> dict[str, _PersonRow]:
    """Field rules per row; the first row of each email wins, later ones are duplicates."""
    rows: dict[str, _PersonRow] = {}
    for record in numbered(records, progress):
        if record.extra:
            errors.append(shape_error(record))
            continue
        values, check = record.values, Checker(record.line, errors)
        email = check("email", partial(validate.email, values["email"]))
        name = check("name", partial(validate.line, values["name"], "name", "the name"))
        timezone = check("timezone", partial(validate.timezone, values["timezone"]))
        manager_raw = values["manager_email"].strip()
        manager = None
        if manager_raw:
            manager = check("manager_email", partial(validate.email, manager_raw, "manager_email"))
        if email is None:
            continue
        if email in rows:
            check.fail("email", f"email {email} is already on line {rows[email].line}")
            continue
        rows[email] = _PersonRow(
            record.line, email, name, timezone, manager, manager is not None or not manager_raw
        )
    return rows


def _check_managers(
    rows: dict[str, _PersonRow], existing: dict[str, Row], errors: list[RowError]
) -> None:
    for row in rows.values():
        manager = row.manager_email
        if manager is not None and manager not in rows and manager not in existing:
            row.manager_ok = False
            errors.append(
                RowError(
                    row.line,
                    "manager_email",
                    f"manager_email {manager} is not in the file or the database",
                )
            )


def _check_loops(
    rows: dict[str, _PersonRow],
    existing: dict[str, Row],
    email_of: dict[int, str],
    errors: list[RowError],
) -> None:
    """Find reporting loops in the chart as it would be after the import, one error each."""
    manager_of: dict[str, str | None] = {
        address: email_of.get(person.manager_id) if person.manager_id else None
        for address, person in existing.items()
    }
    for address, row in rows.items():
        manager_of[address] = row.manager_email if row.manager_ok else None
    for loop in _loops(manager_of, rows):
        first = min(loop, key=lambda address: rows[address].line if address in rows else 1 << 62)
        start = loop.index(first)
        loop = loop[start:] + loop[:start]
        errors.append(RowError(rows[first].line, "manager_email", _loop_message(loop)))


def _loops(manager_of: dict[str, str | None], rows: dict[str, _PersonRow]) -> Iterator[list[str]]:
    """Each cycle reachable from a file row, walking up the chart iteratively (no recursion)."""
    done: set[str] = set()
    for start in rows:
        path: list[str] = []
        position: dict[str, int] = {}
        node: str | None = start
        while node is not None and node not in done and node not in position:
            position[node] = len(path)
            path.append(node)
            node = manager_of.get(node)
        done.update(path)
        if node is not None and node in position:
            loop = path[position[node] :]
            if any(address in rows for address in loop):
                yield loop


def _loop_message(loop: list[str]) -> str:
    shown = loop[:LOOP_NAMES_SHOWN]
    text = f"{shown[0]} reports to {shown[1] if len(shown) > 1 else shown[0]}"
    for address in shown[2:]:
        text += f", who reports to {address}"
    if len(loop) > LOOP_NAMES_SHOWN:
        text += f", and so on through {len(loop) - LOOP_NAMES_SHOWN} more people"
    if len(loop) > 1:
        text += f", who reports to {loop[0]}"
    return f"manager_email makes a reporting loop: {text}"


def _people_changes(
    good: list[_PersonRow], existing: dict[str, Row], email_of: dict[int, str]
) -> tuple[list[_PersonRow], list[_PersonRow]]:
    creates: list[_PersonRow] = []
    updates: list[_PersonRow] = []
    for row in good:
        person = existing.get(row.email)
        if person is None:
            creates.append(row)
        elif (person.name, person.timezone, email_of.get(person.manager_id)) != (
            row.name,
            row.timezone,
            row.manager_email,
        ):
            updates.append(row)
    return creates, updates


def _row_changes(
    good: list[_PersonRow],
    creates: list[_PersonRow],
    existing: dict[str, Row],
    email_of: dict[int, str],
) -> list[RowChange]:
    created = {row.email for row in creates}
    changes = []
    for row in sorted(good, key=lambda r: r.line):
        if row.email in created:
            changes.append(RowChange(row.line, "create", row.email))
            continue
        person = existing[row.email]
        fields = tuple(
            f"{name}: {old or '(none)'} → {new or '(none)'}"
            for name, old, new in (
                ("name", person.name, row.name),
                ("timezone", person.timezone, row.timezone),
                ("manager_email", email_of.get(person.manager_id), row.manager_email),
            )
            if old != new
        )
        changes.append(RowChange(row.line, "update" if fields else "unchanged", row.email, fields))
    return changes


def _write_people(
    creates: list[_PersonRow], updates: list[_PersonRow], existing: dict[str, Row]
) -> None:
    """Insert new people in one batch, then set names and managers by id in another."""
    ids = {address: person.id for address, person in existing.items()}
    if creates:
        # No RETURNING: SQLite would then insert row by row to keep the ids in order.
        db.session.execute(
            insert(Person),
            [{"email": row.email, "name": row.name, "timezone": row.timezone} for row in creates],
        )
        ids = {address: person.id for address, person in _load_people().items()}
    changed = [
        {
            "id": ids[row.email],
            "name": row.name,
            "timezone": row.timezone,
            "manager_id": ids[row.manager_email] if row.manager_email else None,
        }
        for row in creates + updates
    ]
    if changed:
        db.session.execute(update(Person), changed)


# --- OKRs ----------------------------------------------------------------------------
