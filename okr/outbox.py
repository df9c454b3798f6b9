"""Delivering what the outbox holds: claim, send over one connection, record.

Composing is not done here: a message composed at once (a sign-in link, a confirmation)
comes as bytes with its envelope, kept on its row; weekly mail is composed when it is sent
(okr/composing.py), and its row records the address and envelope it went to.

Rows are claimed with a conditional UPDATE (queued -> sending), so two workers, a retry
and the sweeper can never send the same row twice; each result is committed right after
its message is handed over, so a worker killed mid-batch loses at most nothing. A claim
is a lease (okr/lease.py), renewed while its sender works: the rows of a sender that died
are taken over by the next sender given them, or released by the sweeper, once it lapses.

The one duplicate this cannot rule out is SMTP's own: a message the server accepted whose
"250 OK" never reached a sender killed at that instant is sent again by whoever takes the
row over, with the same Message-ID. At most one per killed sender, its last.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from sqlalchemy import and_, insert, or_, select, update

from mailers import Message, Outgoing, mime, outgoing

from . import addresses, clock, composing
from .extensions import db, relaxed_commits
from .lease import Heartbeat, claim_time, lapsed_before
from .models import MailKind, MailState, OutboxMessage, Person
from .transport import Transport, describe, is_recipient_level, is_temporary, open_transport

log = logging.getLogger(__name__)


class TemporaryFailure(Exception):
    """Some rows could not be sent for now; raising it makes RQ retry the job with backoff."""


@dataclass
class BatchResult:
    sent: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    retry: list[int] = field(default_factory=list)


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


def _claimable(now):
    """Queued, or claimed by a sender whose lease lapsed (it died): take it over."""
    return or_(
        OutboxMessage.state == MailState.QUEUED,
        and_(
            OutboxMessage.state == MailState.SENDING,
            OutboxMessage.claimed_at < lapsed_before(now),
        ),
    )


def claim(ids: list[int]) -> list[OutboxMessage]:
    """Take the rows that are still queued, or whose claim lapsed; RETURNING names exactly
    the rows this UPDATE changed (two claims in the same microsecond, or under a frozen
    clock, stay apart)."""
    now = clock.now()
    claimed = db.session.scalars(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(ids), _claimable(now))
        .values(state=MailState.SENDING, claimed_at=now, attempts=OutboxMessage.attempts + 1)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    if not claimed:
        return []
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.id.in_(claimed))
            .order_by(OutboxMessage.id)
            .execution_options(populate_existing=True)
        )
    )


def _stored(row: OutboxMessage, raw: bytes) -> Outgoing:
    """A message kept as bytes (`raw`, the row's) goes to the envelope recorded when it
    was composed."""
    envelope = row.envelope.split(", ") if row.envelope else [mime.mailbox(row.recipient)]
    return Outgoing(raw, row.recipient, envelope)


def _compose(rows: list[OutboxMessage]) -> tuple[dict[int, Outgoing], dict[int, str]]:
    """(what to send per row, why the others cannot be sent): stored messages as they are,
    weekly mail and digests composed now (okr/composing.py), each row alone failing with
    its reason. A message composed now goes to its person's address of now: the row
    records it (an address changed since the row was queued must not get the mail too)."""
    found: dict[int, Outgoing] = {}
    unsendable: dict[int, str] = {}
    later = []
    for row in rows:
        if row.raw is None:
            later.append(row)
            continue
        try:
            found[row.id] = _stored(row, row.raw)
        except mime.UnsendableAddress as error:
            unsendable[row.id] = f"could not send: {error}"
    if later:
        composed = composing.compose(later)
        unsendable.update(composed.unsendable)
        for row in later:
            made = composed.outgoing.get(row.id)
            if made is not None:
                row.recipient, row.envelope = made.to, ", ".join(made.envelope)
                row.subject = made.subject[:300] or row.subject
                found[row.id] = made
    if unsendable:
        log.warning("outbox: %d could not be composed: %s", len(unsendable), unsendable)
    return found, unsendable


def _finish(row: OutboxMessage, state: MailState, error: str | None = None) -> None:
    row.state = state
    row.last_error = error
    row.claimed_at = None
    if state is MailState.SENT:
        row.sent_at = clock.now()
        if row.kind is MailKind.SIGNIN:
            row.raw = None  # it holds a live sign-in token
    db.session.commit()


def _retry_later(row: OutboxMessage, error: str) -> bool:
    """Back to the queue with backoff; after the last attempt the row fails for good."""
    if row.attempts >= current_app.config["SEND_MAX_ATTEMPTS"]:
        _finish(row, MailState.FAILED, f"gave up after {row.attempts} attempts: {error}")
        return False
    row.state = MailState.QUEUED
    row.last_error = error
    row.claimed_at = None
    row.next_attempt_at = clock.now() + backoff(row.attempts)
    db.session.commit()
    return True


def send_batch(ids: list[int]) -> BatchResult:
    """Send the given rows that are still queued, over one connection."""
    rows = claim(ids)
    if not rows:
        return BatchResult()
    app = current_app._get_current_object()  # type: ignore[attr-defined]  # Flask types the proxy as Flask
    stamp = claim_time(rows[0].id, rows[0].claimed_at)
    with Heartbeat(app, [row.id for row in rows], stamp) as held:
        return _send_claimed(rows, held)


def _send_claimed(rows: list[OutboxMessage], held: Heartbeat) -> BatchResult:
    result = BatchResult()
    try:
        messages, unsendable = _compose(rows)
    except Exception as error:  # a composing bug must not leave rows claimed for ever
        log.exception("composing outbox rows %s failed", [r.id for r in rows])
        db.session.rollback()
        for row in rows:
            _finish(row, MailState.FAILED, f"could not compose: {describe(error)}")
            result.failed.append(row.id)
        return result
    pending = [row for row in rows if row.id in messages]
    # Each row is committed as soon as it is handed over. The rows still waiting are
    # claimed by this sender alone, so those commits need not expire them: reloading
    # each one cost a SELECT per message.
    session = db.session()
    expire, session.expire_on_commit = session.expire_on_commit, False
    try:
        for row in rows:  # one that cannot be composed fails alone, with the reason
            if row.id in unsendable:
                _finish(row, MailState.FAILED, unsendable[row.id])
                result.failed.append(row.id)
        with open_transport() as transport, relaxed_commits():
            while pending:
                row = pending.pop(0)
                if held.lost(row.id):  # this sender stalled past its lease: not its row now
                    continue
                try:
                    _send_one(transport, row, messages[row.id])
                except Exception as error:
                    if not is_temporary(error):
                        _finish(row, MailState.FAILED, describe(error))
                        result.failed.append(row.id)
                    elif is_recipient_level(error):
                        (
                            result.retry if _retry_later(row, describe(error)) else result.failed
                        ).append(row.id)
                    else:
                        pending.insert(0, row)
                        raise
                    continue
                _finish(row, MailState.SENT)
                result.sent.append(row.id)
    except Exception as error:
        # The connection failed (refused, dropped, timed out, refused our login): every row
        # not yet handed over waits and retries with backoff; none is lost or sent twice.
        log.warning("SMTP connection failed, %d rows wait: %s", len(pending), describe(error))
        for row in pending:
            (result.retry if _retry_later(row, describe(error)) else result.failed).append(row.id)
    finally:
        session.expire_on_commit = expire
    if result.sent:  # one line per batch: a line per message cost as much as composing it
        log.info("outbox: %d sent (%s)%s", len(result.sent), _ranges(result.sent), _where())
    return result


def _where() -> str:
    if current_app.config.get("MAIL_SERVER"):
        return ""
    return f", kept as .eml files in {current_app.config['OUTBOX_DIR']} (no MAIL_SERVER set)"


def _ranges(ids: list[int]) -> str:
    """Ids as runs, `12-61, 70`: a batch of consecutive rows reads as one item."""
    runs: list[list[int]] = []
    for row_id in sorted(ids):
        if runs and row_id == runs[-1][1] + 1:
            runs[-1][1] = row_id
        else:
            runs.append([row_id, row_id])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def _send_one(transport: Transport, row: OutboxMessage, message: Outgoing) -> None:
    transport.send_raw(
        mime.mailbox(addresses.envelope_sender(row.id)), message.envelope, message.raw
    )


def due_for_retry(settle: timedelta = timedelta(0)) -> list[int]:
    """Release rows of dead workers and list queued rows whose time has come (the sweeper).

    `settle` leaves alone rows that only just became due: with RQ their job is most
    likely still in the queue. Rows released from a dead worker are listed at once: no
    job holds them any more.
    """
    now = clock.now()
    released = db.session.scalars(
        update(OutboxMessage)
        .where(
            OutboxMessage.state == MailState.SENDING,
            OutboxMessage.claimed_at < lapsed_before(now),
        )
        .values(state=MailState.QUEUED, claimed_at=None, next_attempt_at=now)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    due = db.session.scalars(
        select(OutboxMessage.id).where(
            OutboxMessage.state == MailState.QUEUED,
            OutboxMessage.next_attempt_at <= now - settle,
        )
    ).all()
    return sorted(set(released) | set(due))


@dataclass(frozen=True)
class Composed:
    """A message composed now (a sign-in link, a confirmation), to be kept as a queued row."""

    kind: MailKind
    message: Message
    dedupe_key: str
    person: Person | None
    week: str | None = None


def _composed_row(item: Composed) -> dict:
    """The row of a message composed now. One that cannot be written (an address from
    before the validation that no message can go to) is kept failed, with the reason on
    the Outbox page: the request or reply that composed it goes on, and so do the others
    of its batch."""
    now = clock.now()
    try:
        made = outgoing(item.message)
        raw, envelope, state, error = made.raw, ", ".join(made.envelope), MailState.QUEUED, None
    except (mime.UnsendableAddress, mime.HeaderInjection) as problem:
        raw, envelope, state, error = None, None, MailState.FAILED, f"could not compose: {problem}"
        log.warning("outbox: a %s could not be composed: %s", item.kind.value, problem)
    return {
        "dedupe_key": item.dedupe_key,
        "kind": item.kind,
        "person_id": item.person.id if item.person is not None else None,
        "recipient": item.message.recipients[0],
        "week": item.week,
        "message_id": item.message.msgId,
        "subject": (item.message.subject or "")[:300] or None,
        "raw": raw,
        "envelope": envelope,
        "state": state,
        "last_error": error,
        "attempts": 0,
        "created_at": now,
        "next_attempt_at": now,
    }


def queue_composed_many(items: list[Composed]) -> list[int]:
    """Keep many composed messages as queued rows in one INSERT (a burst of replies queues
    a confirmation each); returns their ids in the order given. The caller commits."""
    if not items:
        return []
    db.session.flush()  # a person created in this transaction has its id
    return list(
        db.session.scalars(
            insert(OutboxMessage).returning(OutboxMessage.id, sort_by_parameter_order=True),
            [_composed_row(item) for item in items],
        )
    )


def queue_composed(
    kind: MailKind,
    message: Message,
    dedupe_key: str,
    person: Person | None,
    week: str | None = None,
) -> int:
    """Keep one message composed now as a queued row; the caller commits."""
    return queue_composed_many([Composed(kind, message, dedupe_key, person, week)])[0]
