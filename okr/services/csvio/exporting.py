"""Exporting people and OKRs: the import's own columns, streamed in chunks, with
spreadsheet formulas defused, so an export imports back unchanged."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ...extensions import db
from ...models import KeyResult, Objective, Person
from .. import dependencies
from .reading import COLUMNS, OKRS, OPTIONAL, PEOPLE, escape

EXPORT_CHUNK = 500  # rows per streamed chunk and per database fetch


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
        okrs = (
            select(
                owner.email,
                Objective.title,
                KeyResult.title,
                KeyResult.due,
                Objective.period,
                KeyResult.id,
            )
            .select_from(KeyResult)
            .join(Objective, KeyResult.objective_id == Objective.id)
            .join(owner, Objective.owner_id == owner.id)
            .order_by(owner.email, Objective.period, Objective.title, Objective.id, KeyResult.id)
        )
        return _stream((*COLUMNS[kind], *OPTIONAL[kind]), okrs, _with_dependencies)
    else:
        raise ValueError(f"unknown CSV kind {kind!r}")
    return _stream(COLUMNS[kind], query)


def _with_dependencies(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Each key result's row with its dependencies (`#12 #15`) in place of its id: the
    edges are read once, before the rows, a handful per key result at most."""
    edges = dependencies.graph()
    for *cells, kr_id in rows:
        yield (*cells, dependencies.refs_text(edges.get(kr_id, ())))


def _stream(header: Iterable[str], query, shape=None) -> Iterator[str]:
    """Run the query only when the first chunk is asked for: a streamed response reads it
    after the view returned, and a server-side cursor must live in the session that
    iterates it (PostgreSQL drops a named cursor with its transaction). `shape`: turns
    the query's rows into the file's."""
    rows = db.session.execute(query.execution_options(yield_per=EXPORT_CHUNK))
    try:
        yield from _csv_chunks(header, shape(rows) if shape else rows)
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
