"""Inbound mail from the command line: a mail server's pipe, and trying the parser."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask.cli import with_appcontext
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import defer

from .. import addresses, clock, jobs
from ..errors import InvalidInput
from ..extensions import db
from ..models import InboundMessage, InboundState
from ..replies import decode
from ..replies.classify import classify
from ..replies.read import read_message
from ..services.inbound import BATCH_SIZE, MessageTooLarge, is_our_message_id, store
from ..services.reply_auth import NotAuthenticated, authenticate
from ..services.reply_record import apply, form_entries, names_of
from .words import count

EX_OK, EX_DATAERR, EX_TEMPFAIL = 0, 65, 75  # sysexits.h, what Postfix and procmail expect


def _read(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    path = Path(source)
    if path.is_dir():
        raise InvalidInput(f"{source} is a folder, not a message file")
    return path.read_bytes()


@click.command("ingest")
@click.argument("files", nargs=-1, required=True)
@with_appcontext
def ingest(files: tuple[str, ...]) -> None:
    """Take raw messages from FILES (or - for standard input), as a mail server's pipe.

    Every message is stored (committed) first; then all are handed over together, so
    many files are processed in batches. Exit codes: 0 taken, 75 temporary failure (the
    mail server retries), 65 refused for good (too large, empty, unreadable).
    """
    worst = EX_OK
    taken: list[tuple[str, int]] = []
    for source in files:
        try:
            raw = _read(source)
            stored = store(raw, "pipe")
        except (MessageTooLarge, InvalidInput, FileNotFoundError, PermissionError) as error:
            click.echo(f"{source}: refused: {error}", err=True)
            worst = max(worst, EX_DATAERR)
            continue
        except (SQLAlchemyError, OSError) as error:
            db.session.rollback()
            click.echo(f"{source}: cannot store it now, try again later: {error}", err=True)
            worst = EX_TEMPFAIL
            continue
        if stored.duplicate:
            click.echo(f"{source}: already received as message {stored.id}")
            continue
        taken.append((source, stored.id))
    outcomes = _hand_over([inbound_id for _, inbound_id in taken])
    db.session.expire_all()  # processed inline in this process, or not yet by a worker
    ids = [inbound_id for _, inbound_id in taken]
    rows = {
        row.id: row
        for row in db.session.scalars(
            select(InboundMessage)
            .options(defer(InboundMessage.raw))
            .where(InboundMessage.id.in_(ids))
        )
    }  # one statement for the whole run, however many files
    for source, inbound_id in taken:
        row = rows.get(inbound_id)
        said = understood(row) if row is not None else None
        if said is None:
            said = f"processing: {outcomes[inbound_id]}"
        click.echo(f"{source}: message {inbound_id}: {said}")
    sys.exit(worst)


def understood(row: InboundMessage) -> str | None:
    """One line on what processing made of a message; None while it waits for a worker."""
    if row.state is InboundState.STORED:
        return None
    who = f" from {row.sender}" if row.sender else ""
    if row.state is not InboundState.PROCESSED:
        return f"{row.state.value}{who}: {row.reason or 'no reason recorded'}"
    outcome = json.loads(row.outcome) if row.outcome else {}
    parts = [
        f"{item['ref']} {item['status']}"
        + (f" {item['score']:g}" if item.get("score") is not None else "")
        for item in outcome.get("items", [])
    ]
    parts += [
        f"{command['ref'] or 'all'} {command['kind']}"
        + (f" {command['value']}" if command["kind"] in ("due", "away") else "")
        for command in outcome.get("commands", [])
    ]
    for unclear in outcome.get("ambiguous", []):
        parts.append(f"{', '.join(unclear['refs'])} unclear, asked ({unclear['reason']})")
    if outcome.get("unmatched"):
        parts.append(f"{count(len(outcome['unmatched']), 'line')} not understood")
    week = f", week {row.week}" if row.week else ""
    text = "; ".join(parts) or row.reason or "nothing to record"
    return f"processed{who}{week}: {text}"


def _hand_over(ids: list[int]) -> dict[int, str]:
    """Submit the stored messages for processing: each id's outcome ('inline' or the job)."""
    if len(ids) == 1:
        return {ids[0]: jobs.submit_inbound(ids[0])}
    wanted = sorted(set(ids))
    outcomes = jobs.submit_inbound_many(wanted)
    return {one: outcomes[n // BATCH_SIZE] for n, one in enumerate(wanted)}


@click.command("parse-reply")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@with_appcontext
def parse_reply(file: str, as_json: bool) -> None:
    """Show what a reply would record, without storing anything.

    The same steps as processing: decode, classify, authenticate, the person's form in its
    order, `read_message` (trim and understand), then `apply` inside a savepoint that is
    rolled back. For each key result, `source` says which line it was read from and which
    rule of the grammar named it.
    """
    msg = decode.parse(Path(file).read_bytes())
    result: dict = {
        "text": None,
        "items": [],
        "commands": [],
        "unmatched": [],
        "guesses": [],
        "ambiguous": [],
        "remarks": [],
        "ignored": None,
    }
    kind = classify(msg, addresses.domain(), is_our_message_id)
    identity = None
    if kind.kind != "person":
        result["ignored"] = f"{kind.kind.replace('_', ' ')}: {kind.reason}"
    else:
        try:
            identity = authenticate(msg)
        except NotAuthenticated as error:
            result["ignored"] = f"not authenticated: {error}"
    if identity is None:
        result["text"] = read_message(msg, [], clock.today()).text
    else:
        person = identity.person
        entries = form_entries(person, identity.week)
        reading = read_message(msg, entries, clock.day_in(person.timezone), names_of(person, msg))
        result.update(
            text=reading.text,
            person=person.email,
            week=identity.week,
            form=[f"{e.ref} {e.title}" for e in entries],
            **reading.understanding.as_dict(),
        )
        savepoint = db.session.begin_nested()
        try:
            recorded = apply(reading.understanding, person, identity.week, entries, None)
            result.update(would_record=recorded.lines, problems=recorded.problems)
        finally:
            savepoint.rollback()
            db.session.rollback()
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    click.echo(result["text"])
    for item in result["items"]:
        source = item["source"] or {}
        score = "" if item["score"] is None else f" {item['score']}"
        note = f" - {item['note']}" if item["note"] else ""
        click.echo(f"{item['ref']} {item['status']}{score}{note}  [{source.get('rule')}]")
    for command in result["commands"]:
        click.echo(f"{command['kind']} {command['ref'] or ''} {command['value']}".rstrip())
    for guess in result["guesses"]:
        click.echo(f'guessed: {guess["ref"]} {guess["status"]} from "{guess["word"]}"')
    for unclear in result["ambiguous"]:
        click.echo(f"unclear: {' '.join(unclear['refs'])}: {unclear['reason']}")
    for line in result["unmatched"]:
        click.echo(f"not understood: {line}")
    for line in result["remarks"]:
        click.echo(f"remark (no answer): {line}")
    if result["ignored"]:
        click.echo(f"ignored: {result['ignored']}")


COMMANDS = [ingest, parse_reply]
