"""Reading a CSV file for import: the columns of each kind, decoding, the header, one
record per row with its line number, and the plan an import builds before writing."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ...errors import InvalidInput

PEOPLE = "people"
OKRS = "okrs"
KINDS = (PEOPLE, OKRS)
COLUMNS: dict[str, tuple[str, ...]] = {
    PEOPLE: ("email", "name", "manager_email", "timezone"),
    OKRS: ("owner_email", "objective", "key_result", "due", "period"),
}
# Columns a file may leave out (files from before them import as they did); when present,
# a cell is the whole of its value, so an empty one clears it.
OPTIONAL: dict[str, tuple[str, ...]] = {PEOPLE: (), OKRS: ("depends_on",)}

MAX_ROWS = 50_000  # data rows per file; read at call time so tests and tools can change it
MAX_BYTES = 64 * 1024 * 1024  # what the command line reads at most
PROGRESS_EVERY = 500  # rows between progress callbacks

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


@dataclass(frozen=True)
class RowChange:
    """What importing one good row would do, for the preview: create, update or nothing,
    and for an update each changed field as "field: old → new"."""

    line: int
    action: str  # create | update | unchanged
    subject: str  # the person's email, or "owner: key result"
    fields: tuple[str, ...] = ()


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
    changes: list[RowChange] = field(default_factory=list)  # by line, good rows only
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
class Record:
    """One data row as read: its first physical line and its cells by column name (an
    optional column the file leaves out has no entry)."""

    line: int
    values: dict[str, str]
    extra: int  # non-empty cells beyond the header's columns
    width: int  # how many columns the header has


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


def read(source: bytes | str, kind: str) -> list[Record]:
    """Parse the whole file into records, or raise CsvFileError for a file-level problem."""
    text = decode(source)
    columns = COLUMNS[kind]
    limit = MAX_ROWS
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[Record] = []
    start = 1  # first physical line of the record being read, for error messages
    try:
        index, width = _header(reader, columns, OPTIONAL[kind])
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


def _header(
    reader: Any, columns: tuple[str, ...], optional: tuple[str, ...] = ()
) -> tuple[dict[str, int], int]:
    """Map each expected (and optional) column to its position; unknown columns are
    ignored."""
    header: list[str] = []
    for cells in reader:
        if any(cell.strip() for cell in cells):
            header = cells
            break
    names = [cell.strip().lower() for cell in header]
    index: dict[str, int] = {}
    known = (*columns, *optional)
    for position, name in enumerate(names):
        if name in known and name in index:
            raise CsvFileError(f"line {reader.line_num}: the header names the column {name} twice")
        if name in known:
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


def _record(line: int, cells: list[str], index: dict[str, int], width: int) -> Record:
    values = {
        name: unescape(cells[position]) if position < len(cells) else ""
        for name, position in index.items()
    }
    extra = sum(1 for cell in cells[width:] if cell.strip())
    return Record(line, values, extra, width)


def shape_error(record: Record) -> RowError:
    return RowError(
        record.line,
        None,
        f"the row has more values than the header has columns ({record.width}); "
        "put quotes around a value that contains a comma",
    )


class Checker:
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


def numbered(records: list[Record], progress: Progress | None) -> Iterator[Record]:
    """Records in order, telling `progress` how far along we are now and then."""
    for number, record in enumerate(records, 1):
        yield record
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(PROGRESS_EVERY)
    if progress is not None:
        progress(len(records) % PROGRESS_EVERY)
