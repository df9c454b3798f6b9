"""Store first, then process: the one pipeline behind the three inbound doors.

`store` keeps the raw bytes (deduplicated by content hash) and commits before anything
else happens; `process` is idempotent and safe to run twice, so a door may answer as
soon as `store` returned, and an RQ retry or a second delivery changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError

from mailers.confirmation import confirmation

from .. import addresses, clock
from ..errors import InvalidInput
from ..extensions import db
from ..models import (
    CheckIn,
    InboundMessage,
    InboundState,
    MailKind,
    MailState,
    OutboxMessage,
    Person,
)
from ..outbox import queue_composed
from ..replies import decode
from ..replies.classify import classify
from ..replies.trim import new_text
from ..replies.understand import understand
from . import questions
from .reply_auth import Identity, NotAuthenticated, authenticate, sender_of
from .reply_record import apply, form_entries, names_of

log = logging.getLogger(__name__)


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
    existing = db.session.scalar(select(InboundMessage.id).where(InboundMessage.sha256 == digest))
    if existing is not None:
        return Stored(existing, True)
    message_id = _message_id_of(raw)
    row = InboundMessage(
        sha256=digest, message_id=message_id, raw=raw, size=len(raw), source=source
    )
    db.session.add(row)
    try:
        db.session.commit()
    except IntegrityError:  # the same bytes stored by a concurrent delivery
        db.session.rollback()
        same = db.session.scalar(select(InboundMessage.id).where(InboundMessage.sha256 == digest))
        return Stored(same, True)
    return Stored(row.id, False)


def _message_id_of(raw: bytes) -> str | None:
    try:
        ids = decode.message_ids(decode.parse(raw), "Message-ID")
    except Exception:  # the id is only a hint for deduplication; storing must not fail
        return None
    return ids[0][:998] if ids else None


def finish(
    row: InboundMessage,
    state: InboundState,
    reason: str | None = None,
    outcome: dict | None = None,
) -> None:
    row.state = state
    row.reason = reason
    row.processed_at = clock.now()
    if outcome is not None:
        row.outcome = json.dumps(outcome, ensure_ascii=False)
    db.session.commit()


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


def process(inbound_id: int) -> InboundState | None:
    """Understand and record one stored message; running it twice changes nothing.

    The attempt is counted and committed first (a message whose processing always fails
    ends FAILED instead of being retried for ever); then the row is locked until the
    outcome is committed, so two workers handed the same message process it once.
    """
    counted = db.session.execute(
        update(InboundMessage)
        .where(InboundMessage.id == inbound_id, InboundMessage.state == InboundState.STORED)
        .values(attempts=InboundMessage.attempts + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    if counted:
        # A write takes the lock on both databases (SQLite has no SELECT ... FOR UPDATE).
        db.session.execute(
            update(InboundMessage)
            .where(InboundMessage.id == inbound_id)
            .values(attempts=InboundMessage.attempts)
            .execution_options(synchronize_session=False)
        )
    row = db.session.get(InboundMessage, inbound_id, populate_existing=True)
    if row is None or row.state is not InboundState.STORED:
        db.session.commit()
        return row.state if row else None
    msg = decode.parse(row.raw)
    row.sender = (sender_of(msg) or "")[:254] or None
    earlier = _earlier_copy(row)
    if earlier is not None:
        finish(row, InboundState.IGNORED, f"duplicate of message {earlier} (same Message-ID)")
        return row.state
    kind = classify(msg, addresses.domain(), is_our_message_id)
    if kind.kind == "bounce":
        finish(row, InboundState.IGNORED, f"bounce: {_record_bounce(kind)}")
        return row.state
    if kind.kind != "person":
        finish(row, InboundState.IGNORED, f"{kind.kind.replace('_', ' ')}: {kind.reason}")
        return row.state
    try:
        identity = authenticate(msg)
    except NotAuthenticated as error:
        finish(row, InboundState.QUARANTINED, str(error))
        return row.state
    # One reply of a person at a time (PostgreSQL; SQLite holds one writer anyway): a copy
    # or a later reply processed meanwhile is seen below. FOR NO KEY UPDATE, taken before
    # this row points at the person: rows referring to a person hold a key-share lock on
    # it, which a plain FOR UPDATE would wait for (two replies would deadlock).
    db.session.execute(
        select(Person.id).where(Person.id == identity.person.id).with_for_update(key_share=True)
    )
    row.person_id, row.week = identity.person.id, identity.week
    earlier = _earlier_copy(row)
    if earlier is not None:
        finish(row, InboundState.IGNORED, f"duplicate of message {earlier} (same Message-ID)")
        return row.state
    if identity.purpose == "digest":
        # A manager's reply to their digest asks questions (services/questions.py); it
        # records no status.
        asked = questions.ask(row, msg, identity)
        finish(row, InboundState.PROCESSED, asked.reason, asked.outcome)
        questions.submit(asked.outbox_ids)
        return row.state
    understanding, recorded = _understand_and_record(row, msg, identity)
    questions.mark_answered(row, msg, identity)  # an owner's reply answers their questions
    outcome = {
        "items": [vars(a) for a in understanding.items],
        "commands": [vars(c) for c in understanding.commands],
        "unmatched": understanding.unmatched,
        "problems": recorded.problems,
        "via": identity.via,
    }
    reason = "nothing understood: set the flags by hand" if not recorded.lines else None
    if recorded.superseded and not recorded.lines:
        # All it said, a later reply (processed first) said anew: kept, nothing to answer.
        finish(row, InboundState.PROCESSED, "superseded by a later reply for the week", outcome)
        return row.state
    confirmation_id = _queue_confirmation(row, msg, identity, recorded, understanding)
    finish(row, InboundState.PROCESSED, reason, outcome)
    if confirmation_id is not None:
        from ..jobs import submit_sends

        submit_sends([confirmation_id])
    return row.state


def _earlier_copy(row: InboundMessage) -> int | None:
    """Another copy of the same message (same Message-ID) that came first, or that was
    processed already (it came later but overtook this one)."""
    if not row.message_id:
        return None
    return db.session.scalar(
        select(InboundMessage.id)
        .where(
            InboundMessage.message_id == row.message_id,
            InboundMessage.id != row.id,
            or_(InboundMessage.id < row.id, InboundMessage.state == InboundState.PROCESSED),
        )
        .order_by(InboundMessage.id)
        .limit(1)
    )


def _answered_later(row: InboundMessage, identity: Identity) -> set[int]:
    """Key results that a later reply of the same person for the same week, processed
    before this one (a retry, a slow worker), already answered: the later answer stands."""
    later = select(InboundMessage.message_id).where(
        InboundMessage.person_id == identity.person.id,
        InboundMessage.week == identity.week,
        InboundMessage.id > row.id,
        InboundMessage.state == InboundState.PROCESSED,
        InboundMessage.message_id.is_not(None),
    )
    return set(
        db.session.scalars(
            select(CheckIn.key_result_id).where(
                CheckIn.week == identity.week, CheckIn.source_message_id.in_(later)
            )
        )
    )


def _record_bounce(kind) -> str:
    """A bounced form is noted on its outbox row, so the admin page shows who lacks mail.

    The row is found by the returned original's Message-ID, or, when the report does not
    carry it, by the failed recipient's latest weekly mail. A delay warning (4.x.x) is
    only described: the mail may still arrive.
    """
    info = kind.bounce
    if info is None:
        return kind.reason or "delivery report"
    if not info.permanent:
        return f"delivery delayed ({info.status or 'temporary'}): {kind.reason}"
    row = None
    if info.original_message_id:
        row = db.session.scalar(
            select(OutboxMessage).where(OutboxMessage.message_id == info.original_message_id)
        )
    if row is None and info.recipient:
        row = db.session.scalar(
            select(OutboxMessage)
            .where(
                OutboxMessage.recipient == info.recipient.lower(),
                OutboxMessage.state == MailState.SENT,
            )
            .order_by(OutboxMessage.id.desc())
            .limit(1)
        )
    if row is None:
        return f"for a message we do not know ({info.original_message_id or info.recipient})"
    detail = " ".join(part for part in (info.status, info.diagnostic) if part) or kind.reason
    row.bounced_at = clock.now()
    row.bounce_reason = (detail or "bounced")[:2000]
    return f"{row.kind.value} to {row.recipient}: {detail}"


def _understand_and_record(row: InboundMessage, msg: EmailMessage, identity: Identity):
    text = new_text(decode.body_text(msg).text)
    entries = form_entries(identity.person)
    understanding = understand(text, entries, clock.today(), names_of(identity.person))
    recorded = apply(
        understanding,
        identity.person,
        identity.week,
        entries,
        row.message_id,
        answered_later=_answered_later(row, identity),
    )
    return understanding, recorded


# A client that answers every confirmation automatically must not start a mail storm.
MAX_CONFIRMATIONS_PER_DAY = 20


def _queue_confirmation(row, msg, identity: Identity, recorded, understanding) -> int | None:
    """Queue the answer to a reply, or nothing when the sender had enough today.

    "Nothing understood" answers go out at most once per person per day; other
    confirmations at most MAX_CONFIRMATIONS_PER_DAY times.
    """
    person = identity.person
    today = clock.today().isoformat()
    if recorded.lines:
        key = f"confirmation:{row.id}"
        since = clock.now() - timedelta(days=1)
        sent_today = db.session.scalar(
            select(func.count(OutboxMessage.id)).where(
                OutboxMessage.person_id == person.id,
                OutboxMessage.kind == MailKind.CONFIRMATION,
                OutboxMessage.created_at >= since,
            )
        )
        if sent_today >= MAX_CONFIRMATIONS_PER_DAY:
            log.warning("no confirmation to %s: %d sent in a day already", person.email, sent_today)
            return None
    else:
        key = f"confirmation:not-understood:{person.id}:{today}"
        if db.session.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key)):
            return None
    message = confirmation(
        person,
        identity.week,
        msg,
        recorded_lines=recorded.lines,
        missing=recorded.missing,
        unmatched=understanding.unmatched,
        problems=recorded.problems,
    )
    outbox_id = queue_composed(MailKind.CONFIRMATION, message, key, person)
    db.session.get(OutboxMessage, outbox_id).week = identity.week
    return outbox_id
