"""`okr import` and `okr export`: people and OKRs as CSV, all rows or none."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import click
from flask.cli import with_appcontext

from ..errors import InvalidInput
from ..services import csvio

PROGRESS_MIN_LINES = 2_000  # smaller files finish before a bar would help


@click.group("import")
def import_group() -> None:
    """Import people or OKRs from a CSV file: every row is checked first, then all or none."""


@import_group.command("people")
@click.argument("file", metavar="FILE.csv")
@click.option("--dry-run", is_flag=True, help="Check the file and say what would change.")
@with_appcontext
def import_people(file: str, dry_run: bool) -> None:
    """Create or update people from FILE.csv (email,name,manager_email,timezone); - is stdin."""
    _import(csvio.PEOPLE, file, dry_run)


@import_group.command("okrs")
@click.argument("file", metavar="FILE.csv")
@click.option("--dry-run", is_flag=True, help="Check the file and say what would change.")
@with_appcontext
def import_okrs(file: str, dry_run: bool) -> None:
    """Create or update key results from FILE.csv (owner_email,objective,key_result,due,period)."""
    _import(csvio.OKRS, file, dry_run)


def _import(kind: str, path: str, dry_run: bool) -> None:
    data = _read_input(kind, path)
    try:
        with _progress(data, path) as progress:
            plan = csvio.plan(kind, data, progress)
    except csvio.CsvFileError as error:
        _fail([str(error)], f"{kind}: nothing imported")
    if plan.errors:
        _fail([str(error) for error in plan.errors], plan.summary())
    if not dry_run:
        try:
            csvio.apply(plan)
        except InvalidInput as error:
            _fail([str(error)], f"{kind}: nothing imported")
    click.echo(plan.summary(dry_run=dry_run))


def _read_input(kind: str, path: str) -> bytes:
    """The file's bytes, or a one-line refusal: a missing file is not a traceback."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(csvio.MAX_BYTES + 1)
        else:
            with open(path, "rb") as stream:
                data = stream.read(csvio.MAX_BYTES + 1)
    except OSError as error:
        _fail([f"cannot read {path}: {error.strerror or error}"], f"{kind}: nothing imported")
    if len(data) > csvio.MAX_BYTES:
        _fail(
            [f"{path} is larger than {csvio.MAX_BYTES // (1024 * 1024)} MB"],
            f"{kind}: nothing imported",
        )
    return data


@contextmanager
def _progress(data: bytes, label: str) -> Iterator[csvio.Progress | None]:
    """A bar on stderr for big files, only when a person is watching the terminal."""
    lines = data.count(b"\n") + (not data.endswith(b"\n")) - 1  # data rows, if none are blank
    if lines < PROGRESS_MIN_LINES or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=lines, label=f"Checking {label}", file=sys.stderr) as bar:
        yield bar.update


def _fail(messages: list[str], summary: str) -> NoReturn:
    for message in messages:
        click.echo(message, err=True)
    click.echo(summary, err=True)
    raise click.exceptions.Exit(1)


@click.command("export")
@click.argument("kind", type=click.Choice(csvio.KINDS))
@click.option("-o", "--output", default="-", metavar="FILE", help="Write here, not to stdout.")
@with_appcontext
def export(kind: str, output: str) -> None:
    """Write all people or all key results as CSV, in the format `okr import` reads."""
    chunks = csvio.export(kind)
    if output == "-":
        # Not click.echo: it would strip what looks like terminal colours from the data.
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            for chunk in chunks:
                stream.write(chunk)
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    click.echo(f"{kind}: exported to {output}", err=True)


COMMANDS = [import_group, export]
