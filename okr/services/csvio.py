"""CSV import and export of people and OKRs.

An import is all or nothing: `plan_people` / `plan_okrs` check the whole file against
the database without writing, and report every bad row with its line number; only a
plan without errors can be applied, in one transaction. Export streams the same
formats, with spreadsheet formulas defused, so an export imports back unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Row, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from .. import clock
from ..errors import InvalidInput
from ..extensions import db
from ..models import ChangeSource, KeyResult, Objective, Person
from . import okrs, validate

PEOPLE = "people"
OKRS = "okrs"
KINDS = (PEOPLE, OKRS)
COLUMNS: dict[str, tuple[str, ...]] = {
    PEOPLE: ("email", "name", "manager_email", "timezone"),
    OKRS: ("owner_email", "objective", "key_result", "due", "period"),
}

MAX_ROWS = 50_000  # data rows per file; read at call time so tests and tools can change it
MAX_BYTES = 64 * 1024 * 1024  # what the command line reads at most
EXPORT_CHUNK = 500  # rows per streamed chunk and per database fetch
PROGRESS_EVERY = 500  # rows between progress callbacks
LOOP_NAMES_SHOWN = 10  # people named in a reporting-loop message before "and N more"
PERIODS_BEFORE_FULL_LOAD = 200  # past this many periods, load all objectives instead of IN (...)

# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[int], None]


class CsvFileError(InvalidInput):
    """The file as a whole is unusable (empty, not UTF-8, bad header...): no row to blame."""


@dataclass(frozen=True)
class RowError:
    """One problem in one row: what the preview table and the command line show."""

    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ImportPlan:
    """What an import would do; counts cover the rows without errors."""

    kind: str
    rows: int = 0
    creates: int = 0
    updates: int = 0
    unchanged: int = 0
    new_objectives: int = 0
    errors: list[RowError] = field(default_factory=list)
    applied: bool = False
    _writer: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self, dry_run: bool = False) -> str:
        """The one line the command line and the web page end with."""
        if self.errors:
            count = len(self.errors)
            noun = "error" if count == 1 else "errors"
            return f"{self.kind}: {count} {noun} in {self.rows} rows; nothing imported"
        if dry_run:
            text = (
                f"{self.kind}: would create {self.creates}, would update {self.updates}, "
                f"{self.unchanged} unchanged"
            )
        elif self.applied:
            text = (
                f"{self.kind}: {self.creates} created, {self.updates} updated, "
                f"{self.unchanged} unchanged"
            )
        else:
            text = (
                f"{self.kind}: {self.creates} to create, {self.updates} to update, "
                f"{self.unchanged} unchanged"
            )
        if self.kind == OKRS:
            text += f" ({self.new_objectives} new objectives)"
        if dry_run:
            text += " (dry run, nothing written)"
        return text


@dataclass(frozen=True)
class _Record:
    """One data row as read: its first physical line and its cells by column name."""

    line: int
    values: dict[str, str]
    extra: int  # non-empty cells beyond the header's columns
    width: int  # how many columns the header has


@dataclass
class _PersonRow:
    line: int
    email: str
    name: str | None
    timezone: str | None
    manager_email: str | None
    manager_ok: bool


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


def decode(data: bytes | str) -> str:
    """Text of an uploaded file: UTF-8 with or without a BOM (Excel writes one), nothing else."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise CsvFileError(
                f"line {line}: the file is not UTF-8 text (byte {error.start + 1} is not "
                'valid UTF-8); save it as "CSV UTF-8"'
            ) from None
    else:
        text = data.removeprefix("\ufeff")
    if not text.strip():
        raise CsvFileError("the file is empty")
    if "\x00" in text:
        raise CsvFileError("the file contains NUL bytes: it is not a CSV text file")
    return text


def unescape(cell: str) -> str:
    """Undo `escape`: a quote put before a formula character on export comes off again."""
    if cell.startswith("'") and cell.lstrip("'")[:1] in FORMULA_START:
        return cell[1:]
    return cell


def escape(cell: str) -> str:
    """Defuse a cell a spreadsheet would run as a formula by putting a quote before it."""
    core = cell.lstrip("'")
    if core and core[0] in FORMULA_START:
        return "'" + cell
    return cell


def _read(source: bytes | str, kind: str) -> list[_Record]:
    """Parse the whole file into records, or raise CsvFileError for a file-level problem."""
    text = decode(source)
    columns = COLUMNS[kind]
    limit = MAX_ROWS
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[_Record] = []
    start = 1  # first physical line of the record being read, for error messages
    try:
        index, width = _header(reader, columns)
        start = reader.line_num + 1
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(records) >= limit:
                raise CsvFileError(
                    f"the file has more than {limit:,} data rows; split it into smaller files"
                )
            records.append(_record(line, cells, index, width))
    except csv.Error as error:
        raise CsvFileError(f"line {start}: the file is not valid CSV ({error})") from None
    if not records:
        raise CsvFileError("the file has a header but no data rows")
    return records


def _header(reader: Any, columns: tuple[str, ...]) -> tuple[dict[str, int], int]:
    """Map each expected column to its position; unknown columns are ignored."""
    header: list[str] = []
    for cells in reader:
        if any(cell.strip() for cell in cells):
            header = cells
            break
    names = [cell.strip().lower() for cell in header]
    index: dict[str, int] = {}
    for position, name in enumerate(names):
        if name in columns and name in index:
            raise CsvFileError(f"line {reader.line_num}: the header names the column {name} twice")
        if name in columns:
            index[name] = position
    missing = [name for name in columns if name not in index]
    if missing:
        hint = ""
        if len(header) == 1 and ";" in header[0]:
            hint = "; the file seems to use ';' between values: save it with commas"
        raise CsvFileError(
            f"line {reader.line_num}: the header is missing the column"
            f"{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"(expected: {','.join(columns)}){hint}"
        )
    return index, len(header)


def _record(line: int, cells: list[str], index: dict[str, int], width: int) -> _Record:
    values = {
        name: unescape(cells[position]) if position < len(cells) else ""
        for name, position in index.items()
    }
    extra = sum(1 for cell in cells[width:] if cell.strip())
    return _Record(line, values, extra, width)


def _shape_error(record: _Record) -> RowError:
    return RowError(
        record.line,
        None,
        f"the row has more values than the header has columns ({record.width}); "
        "put quotes around a value that contains a comma",
    )


class _Checker:
    """Collects field errors for one row so every problem of a row is reported at once."""

    def __init__(self, line: int, errors: list[RowError]) -> None:
        self.line = line
        self.errors = errors
        self.failed = False

    def __call__(self, column: str, rule: Callable[[], Any]) -> Any:
        try:
            return rule()
        except InvalidInput as error:
            self.fail(column, f"{column}: {error}")
            return None

    def fail(self, column: str | None, message: str) -> None:
        self.failed = True
        self.errors.append(RowError(self.line, column, message))


def _rows(records: list[_Record], progress: Progress | None) -> Iterator[_Record]:
    """Records in order, telling `progress` how far along we are now and then."""
    for number, record in enumerate(records, 1):
        yield record
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(PROGRESS_EVERY)
    if progress is not None:
        progress(len(records) % PROGRESS_EVERY)


# --- people --------------------------------------------------------------------------


def plan_people(source: bytes | str, progress: Progress | None = None) -> ImportPlan:
    """Check a people file against the database and count what importing it would change."""
    records = _read(source, PEOPLE)
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
    plan.unchanged = len(good) - len(creates) - len(updates)
    plan._writer = lambda: _write_people(creates, updates, existing)
    return plan


def _load_people() -> dict[str, Row]:
    """Everyone already in the database, as plain rows: one query, no ORM objects to track."""
    query = select(Person.id, Person.email, Person.name, Person.timezone, Person.manager_id)
    return {validate.as_stored_now(person.email): person for person in db.session.execute(query)}


def _people_rows(
    records: list[_Record], errors: list[RowError], progress: Progress | None
) -> dict[str, _PersonRow]:
    """Field rules per row; the first row of each email wins, later ones are duplicates."""
    rows: dict[str, _PersonRow] = {}
    for record in _rows(records, progress):
        if record.extra:
            errors.append(_shape_error(record))
            continue
        values, check = record.values, _Checker(record.line, errors)
        email = check("email", lambda v=values: validate.email(v["email"]))
        name = check("name", lambda v=values: validate.line(v["name"], "name", "the name"))
        timezone = check("timezone", lambda v=values: validate.timezone(v["timezone"]))
        manager_raw = values["manager_email"].strip()
        manager = None
        if manager_raw:
            manager = check(
                "manager_email", lambda m=manager_raw: validate.email(m, "manager_email")
            )
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


def plan_okrs(source: bytes | str, progress: Progress | None = None) -> ImportPlan:
    """Check an OKR file against the database and count what importing it would change."""
    records = _read(source, OKRS)
    plan = ImportPlan(OKRS, rows=len(records))
    owners = {
        validate.as_stored_now(address): pid
        for address, pid in db.session.execute(select(Person.email, Person.id))
    }
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
        if kr is None:
            creates.append(row)
        elif kr.due != row.due:
            moves.append((kr.id, kr.due, row.due))
    plan.errors.sort(key=lambda error: error.line)
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
    records: list[_Record],
    owners: dict[str, int],
    errors: list[RowError],
    progress: Progress | None,
) -> list[_OkrRow]:
    """Field rules per row; rows with any error are left out of the plan."""
    rows: list[_OkrRow] = []
    seen: dict[tuple[int, str, str, str], int] = {}
    for record in _rows(records, progress):
        if record.extra:
            errors.append(_shape_error(record))
            continue
        row = _okr_row(record, owners, _Checker(record.line, errors))
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


def _okr_row(record: _Record, owners: dict[str, int], check: _Checker) -> _OkrRow | None:
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


# --- applying ------------------------------------------------------------------------


def plan(kind: str, source: bytes | str, progress: Progress | None = None) -> ImportPlan:
    """Dry run of either kind: nothing is written."""
    if kind == PEOPLE:
        return plan_people(source, progress)
    if kind == OKRS:
        return plan_okrs(source, progress)
    raise ValueError(f"unknown CSV kind {kind!r}")


def apply(import_plan: ImportPlan) -> ImportPlan:
    """Write a checked plan in one transaction: every row, or on any failure none."""
    if import_plan.errors or import_plan._writer is None:
        raise InvalidInput("this import has errors or was already applied; nothing was written")
    writer, import_plan._writer = import_plan._writer, None
    try:
        writer()
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise InvalidInput(
            "the database changed while importing; nothing was imported, please try again"
        ) from None
    except BaseException:
        db.session.rollback()
        raise
    import_plan.applied = True
    return import_plan


def run(
    kind: str, source: bytes | str, dry_run: bool = False, progress: Progress | None = None
) -> ImportPlan:
    """Plan and, unless it is a dry run or there are errors, apply: the usual way to import."""
    import_plan = plan(kind, source, progress)
    if import_plan.ok and not dry_run:
        apply(import_plan)
    return import_plan


# --- export --------------------------------------------------------------------------


def export(kind: str) -> Iterator[str]:
    """CSV text in chunks, in a stable order; a generator, so memory stays flat."""
    if kind == PEOPLE:
        manager = aliased(Person)
        query = (
            select(Person.email, Person.name, manager.email, Person.timezone)
            .outerjoin(manager, Person.manager_id == manager.id)
            .order_by(Person.email)
        )
    elif kind == OKRS:
        owner = aliased(Person)
        query = (
            select(owner.email, Objective.title, KeyResult.title, KeyResult.due, Objective.period)
            .select_from(KeyResult)
            .join(Objective, KeyResult.objective_id == Objective.id)
            .join(owner, Objective.owner_id == owner.id)
            .order_by(owner.email, Objective.period, Objective.title, Objective.id, KeyResult.id)
        )
    else:
        raise ValueError(f"unknown CSV kind {kind!r}")
    return _stream(COLUMNS[kind], query)


def _stream(header: Iterable[str], query) -> Iterator[str]:
    """Run the query only when the first chunk is asked for: a streamed response reads it
    after the view returned, and a server-side cursor must live in the session that
    iterates it (PostgreSQL drops a named cursor with its transaction)."""
    rows = db.session.execute(query.execution_options(yield_per=EXPORT_CHUNK))
    try:
        yield from _csv_chunks(header, rows)
    finally:
        rows.close()


def _one_cell(cell: str) -> str:
    """A bare CR is no line end to our writer, so it would not quote the cell, and a
    spreadsheet would start a new row there (whose first cell might be a formula): make
    every line break a LF, which the writer quotes."""
    return cell.replace("\r\n", "\n").replace("\r", "\n")


def _csv_chunks(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for number, row in enumerate(rows, 1):
        writer.writerow([_one_cell(escape(_text(value))) for value in row])
        if number % EXPORT_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
