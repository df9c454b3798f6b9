"""Storing a reply: the raw bytes kept durably (deduplicated by content hash) and committed
before anything else happens, and the outcome written on the row once it is processed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import compat32

from flask import current_app
from sqlalchemy import Insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from ... import clock
from ...errors import InvalidInput
from ...extensions import db, rows_changed
from ...models import InboundMessage, InboundState, OutboxMessage
from ...replies import decode


class MessageTooLarge(InvalidInput):
    """Refused for good: the sender must not retry."""


@dataclass(frozen=True)
class Stored:
    id: int
    duplicate: bool


def store(raw: bytes, source: str) -> Stored:
    """Keep the raw message durably; a byte-identical second delivery returns the first."""
    limit = current_app.config["MAX_MESSAGE_BYTES"]
    if len(raw) > limit:
        raise MessageTooLarge(f"message of {len(raw):,} bytes is over the limit of {limit:,} bytes")
    if not raw.strip():
        raise InvalidInput("the message is empty")
    digest = hashlib.sha256(raw).hexdigest()
    values = {
        "sha256": digest,
        "message_id": _message_id_of(raw),
        "raw": raw,
        "size": len(raw),
        "source": source,
    }
    new_id = _insert_new(values)
    if new_id is None:  # the same bytes, stored before or by a concurrent delivery
        same = db.session.scalar(select(InboundMessage.id).where(InboundMessage.sha256 == digest))
        db.session.commit()
        if same is None:  # never: the insert found it, and stored messages are not deleted
            raise RuntimeError(f"the stored message {digest} has gone")
        return Stored(same, True)
    db.session.commit()
    return Stored(new_id, False)


def _insert_new(values: dict) -> int | None:
    """Insert the row unless its sha256 is stored already (then None): one statement, in
    Core (the ORM's unit of work cost more than the insert itself)."""
    dialect = db.session.get_bind().dialect.name
    table = InboundMessage.__table__
    once = [table.c.sha256]
    inserting: Insert
    if dialect == "postgresql":
        inserting = postgresql_insert(table).on_conflict_do_nothing(index_elements=once)
    elif dialect == "sqlite":
        inserting = sqlite_insert(table).on_conflict_do_nothing(index_elements=once)
    else:  # pragma: no cover - Flagpost runs on SQLite and PostgreSQL
        row = InboundMessage(**values)
        db.session.add(row)
        try:
            db.session.flush()
        except IntegrityError:
            db.session.rollback()
            return None
        return row.id
    statement = inserting.returning(table.c.id)
    return db.session.connection().execute(statement, values).scalar()


def _message_id_of(raw: bytes) -> str | None:
    """The Message-ID, from the header block alone: storing must not parse the body (the
    processing job parses the whole message once)."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(decode.header_block(raw))
        ids = decode.message_ids(headers, "Message-ID")
    except Exception:  # the id is only a hint for deduplication; storing must not fail
        return None
    return ids[0][:998] if ids else None


def finish(
    row: InboundMessage,
    state: InboundState,
    reason: str | None = None,
    outcome: dict | None = None,
) -> None:
    """Set the outcome of a message and commit it."""
    settle(row, state, reason, outcome)
    db.session.commit()


def settle(
    row: InboundMessage,
    state: InboundState,
    reason: str | None = None,
    outcome: dict | None = None,
) -> None:
    """Set the outcome of a message; the caller commits (a batch, once for all)."""
    row.state = state
    row.reason = reason
    row.processed_at = clock.now()
    if outcome is not None:
        row.outcome = json.dumps(outcome, ensure_ascii=False)


def is_our_message_id(ids: list[str]) -> bool:
    """True when one of these ids is of a message we sent (for loops and threading)."""
    if not ids:
        return False
    return (
        db.session.scalar(
            select(OutboxMessage.id).where(OutboxMessage.message_id.in_(ids)).limit(1)
        )
        is not None
    )


def parsed(row: InboundMessage) -> EmailMessage:
    return decode.parse(row.raw)


@dataclass(frozen=True)
class Taken:
    """What `take` took: the ids to process now (counted), and whether the asked one is
    among them (False: it is done already, or another batch holds it right now)."""

    ids: list[int]
    own: bool


def take(inbound_id: int, along: int) -> Taken:
    """Count an attempt for a stored reply and for up to `along` other stored replies never
    tried yet, oldest first, committed: the caller processes them all as one batch.

    A burst of replies queues one job each; the first job to run takes the replies waiting
    behind it, so the burst is processed in a few batches (one transaction and one SMTP
    connection each) instead of one job per reply. Only never-tried replies are taken
    along: a reply that failed before is retried by its own job alone, so it cannot take a
    batch down twice. On PostgreSQL rows another batch has locked are skipped (SKIP
    LOCKED), the asked one too: two workers take disjoint batches, and a job whose reply
    is being processed by another batch returns at once instead of waiting for it. The
    count committed here is the claim: the replies are no longer never-tried, so no other
    job takes them along.
    """
    stored = InboundMessage.state == InboundState.STORED
    postgres = db.session.get_bind().dialect.name == "postgresql"
    own = select(InboundMessage.id).where(InboundMessage.id == inbound_id, stored)
    others = (
        select(InboundMessage.id)
        .where(stored, InboundMessage.attempts == 0, InboundMessage.id != inbound_id)
        .order_by(InboundMessage.id)
        .limit(along)
    )
    if postgres:
        # FOR NO KEY UPDATE, as the batch's own lock: a row that refers to the reply (a
        # question asked by it) holds a key-share lock on it, which must not hide it here.
        own = own.with_for_update(skip_locked=True, key_share=True)
        others = others.with_for_update(skip_locked=True, key_share=True)
    taken = list(_count(own))
    took_own = bool(taken)
    if along > 0:
        taken += _count(others)
    db.session.commit()
    return Taken(sorted(taken), took_own)


def _count(wanted) -> list[int]:
    return list(
        db.session.scalars(
            update(InboundMessage)
            .where(InboundMessage.id.in_(wanted.scalar_subquery()))
            .values(attempts=InboundMessage.attempts + 1)
            .returning(InboundMessage.id)
            .execution_options(synchronize_session=False)
        )
    )


def count_attempts(ids: list[int]) -> int:
    """Count an attempt for each of these messages still stored, committed before any work:
    a message whose processing always fails ends FAILED instead of being retried for ever.

    On PostgreSQL the rows are locked in id order first, as a batch locks them: an UPDATE
    locks in scan order, which after earlier updates need not be id order, and two workers
    counting overlapping batches would then deadlock.
    """
    counted = 0
    wanted = sorted(set(ids))
    postgres = db.session.get_bind().dialect.name == "postgresql"
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        stored = (InboundMessage.id.in_(chunk), InboundMessage.state == InboundState.STORED)
        if postgres:
            db.session.execute(
                select(InboundMessage.id)
                .where(*stored)
                .order_by(InboundMessage.id)
                .with_for_update(key_share=True)
            )
        counted += rows_changed(
            update(InboundMessage)
            .where(*stored)
            .values(attempts=InboundMessage.attempts + 1)
            .execution_options(synchronize_session=False)
        )
    db.session.commit()
    return counted
