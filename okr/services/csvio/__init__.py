"""CSV import and export of people and OKRs: reading (`reading.py`), people
(`import_people.py`), OKRs (`import_okrs.py`) and export (`exporting.py`).

An import is all or nothing: `plan_people` / `plan_okrs` check the whole file against
the database without writing, and report every bad row with its line number; only a
plan without errors can be applied, in one transaction. Export streams the same
formats, with spreadsheet formulas defused, so an export imports back unchanged.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from ...errors import InvalidInput
from ...extensions import db
from .exporting import export
from .import_okrs import plan_okrs
from .import_people import plan_people
from .reading import (
    COLUMNS,
    FORMULA_START,
    KINDS,
    MAX_BYTES,
    OKRS,
    OPTIONAL,
    PEOPLE,
    CsvFileError,
    ImportPlan,
    Progress,
    RowChange,
    RowError,
    decode,
    escape,
    unescape,
)

__all__ = [
    "COLUMNS",
    "FORMULA_START",
    "KINDS",
    "MAX_BYTES",
    "OKRS",
    "OPTIONAL",
    "PEOPLE",
    "CsvFileError",
    "ImportPlan",
    "Progress",
    "RowChange",
    "RowError",
    "apply",
    "decode",
    "escape",
    "export",
    "plan",
    "plan_okrs",
    "plan_people",
    "run",
    "unescape",
]


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
