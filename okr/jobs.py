"""Background jobs: plain functions that take ids, reload state and are safe to run twice.

RQ imports these by name; without Redis they run in the calling process. Each job makes
sure it has an app context, so an RQ worker needs nothing but `REDIS_URL` and the same
environment as the web app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import wraps
from typing import Any

from flask import Flask, current_app, has_app_context

from .health import record_beat
from .services import signin

log = logging.getLogger(__name__)
_worker_app: Flask | None = None


def _in_app_context(func: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if has_app_context():
            return func(*args, **kwargs)
        global _worker_app
        if _worker_app is None:
            from . import create_app

            _worker_app = create_app()
        with _worker_app.app_context():
            return func(*args, **kwargs)

    return wrapper


@_in_app_context
def send_outbox(ids: list[int]) -> dict[str, int]:
    """Send queued rows; raise for RQ to retry when some could only be deferred."""
    from .outbox import TemporaryFailure, send_batch

    result = send_batch(ids)
    summary = {"sent": len(result.sent), "failed": len(result.failed), "retry": len(result.retry)}
    log.info("send_outbox %s..%s: %s", ids[0] if ids else "-", ids[-1] if ids else "-", summary)
    if result.retry and _on_rq():
        raise TemporaryFailure(f"{len(result.retry)} messages wait for a retry")
    return summary


@_in_app_context
def send_signin_link(address: str, next_path: str | None = None) -> bool:
    """Find who has `address` and mail them a link; the sign-in page hands this over
    whatever the address, so its answer takes as long for a stranger as for a colleague.
    Returns whether a link was queued."""
    row_id = signin.mail_link(address, next_path)
    if row_id is None:
        return False
    submit_sends([row_id])
    return True


def _on_rq() -> bool:
    return bool(current_app.config.get("REDIS_URL"))


def submit_sends(ids: list[int]) -> int:
    """Hand rows to the senders in batches sharing one SMTP connection each.

    Returns the number of batches handed over (run, or enqueued on Redis).
    """
    return hand_over(ids)[0]


def hand_over(ids: list[int]) -> tuple[int, list[int]]:
    """`submit_sends`, also saying which rows Redis did not take: (batches, waiting ids).

    Waiting rows stay queued in the outbox and the sweeper hands them over later; once
    Redis refuses one batch the rest are not tried (each try could wait for a timeout).
    """
    from .queue import submit

    size = current_app.config["SEND_BATCH_SIZE"]
    handed, waiting = 0, []
    for start in range(0, len(ids), size):
        batch = ids[start : start + size]
        if waiting or submit(send_outbox, batch, job_name="send") == "deferred":
            waiting.extend(batch)
        else:
            handed += 1
    return handed, waiting


@_in_app_context
def tick() -> dict[str, int]:
    """The periodic tick: queue whatever weekly mail is due now, and sweep the outbox."""
    from . import clock, dispatch
    from .extensions import db

    now = clock.now()
    created: dict[str, int] = {}
    for kind in dispatch.WEEKLY_KINDS:
        ids = dispatch.queue_weekly(kind, dispatch.due_now(kind, now))
        db.session.commit()  # rows exist before any job can look for them
        created[kind.value] = len(ids)
        if ids:
            submit_sends(ids)
    created["swept"] = sweep()
    created["replies"] = sweep_inbound()
    record_beat()
    db.session.commit()
    if current_app.config.get("IMAP_HOST") and not _on_rq():
        # Embedded mode has no RQ cron to run fetch_mail, so the tick polls the mailbox too.
        try:
            created["fetched"] = fetch_mail().get("new", 0)
        except Exception:
            log.exception("fetching mail failed; the next tick tries again")
    return created


@_in_app_context
def sweep_inbound() -> int:
    """Process replies that were stored but never processed (Redis refused the job, or
    the process died between storing and processing), in batches."""
    from datetime import timedelta

    from . import clock

    settle = timedelta(minutes=5) if _on_rq() else timedelta(0)
    return _process_stored(clock.now() - settle)


@_in_app_context
def catch_up_after_outage(since: datetime) -> int:
    """Redis is back: the replies stored while no job could be queued are processed now,
    not at the sweeper's pass five minutes later, and a dead sender's rows are taken over."""
    from . import clock

    log.info("catching up on what waited since %s", since.isoformat(timespec="seconds"))
    take_over_lapsed()
    return _process_stored(clock.now())


def _process_stored(received_before: datetime) -> int:
    from sqlalchemy import select

    from .extensions import db
    from .models import InboundMessage, InboundState

    ids = db.session.scalars(
        select(InboundMessage.id)
        .where(
            InboundMessage.state == InboundState.STORED,
            InboundMessage.received_at <= received_before,
        )
        .order_by(InboundMessage.id)
        .limit(500)
    ).all()
    submit_inbound_many(list(ids))
    return len(ids)


@_in_app_context
def sweep() -> int:
    """Re-queue rows a dead worker left behind (its claim lapsed: OKR_CLAIM_LEASE_SECONDS)
    and rows whose retry time has come."""
    from datetime import timedelta

    from .outbox import due_for_retry

    ids = due_for_retry(settle=timedelta(minutes=5) if _on_rq() else timedelta(0))
    if ids:
        submit_sends(ids)
    return len(ids)


@_in_app_context
def take_over_lapsed() -> int:
    """Hand the rows of senders that died (their claim lapsed) to the senders now: a new
    worker starting finishes what a dead one left, without waiting for the tick."""
    from .lease import lapsed_claims

    ids = lapsed_claims()
    if ids:
        submit_sends(ids)
    return len(ids)


@_in_app_context
def process_inbound(inbound_id: int) -> str | None:
    """Understand one stored reply; a crash leaves it stored, so RQ's retry runs it again."""
    from .extensions import db
    from .services.inbound import process

    try:
        state = process(inbound_id)
    except Exception as error:
        db.session.rollback()
        log.exception("processing inbound message %s failed", inbound_id)
        state, retry = _after_failure(inbound_id, error)
        if retry and _on_rq():
            raise
        return state
    return state.value if state else None


@_in_app_context
def process_inbound_batch(ids: list[int]) -> dict[str, int]:
    """Understand many stored replies in one transaction, with one send job for all their
    confirmations (`services.inbound.process_many`).

    If the batch fails it is rolled back whole and its messages are processed one at a
    time, each with the error handling of `process_inbound`: a bad message fails alone.
    On RQ the job raises when some message waits for a retry; the retry takes only the
    messages still stored. Returns how many messages ended in each state.
    """
    from collections import Counter

    from .extensions import db
    from .services.inbound import count_attempts, process, process_many

    try:
        count_attempts(ids)
        states = process_many(ids, counted=True)
    except Exception:
        db.session.rollback()
        log.warning("a batch of %d replies failed; one at a time now", len(ids), exc_info=True)
    else:
        return dict(Counter(state.value if state else "none" for state in states.values()))
    summary: Counter = Counter()
    waiting = 0
    for inbound_id in sorted(set(ids)):
        try:
            state = process(inbound_id, counted=True)
        except Exception as error:
            db.session.rollback()
            log.exception("processing inbound message %s failed", inbound_id)
            value, retry = _after_failure(inbound_id, error)
            waiting += retry
            summary[value or "stored"] += 1
            continue
        summary[state.value if state else "none"] += 1
    if waiting and _on_rq():
        raise RuntimeError(f"{waiting} of {len(ids)} replies wait for a retry")
    return dict(summary)


def _after_failure(inbound_id: int, error: Exception) -> tuple[str | None, bool]:
    """(state, retry) after processing a message raised and was rolled back.

    A message that failed MAX_INBOUND_ATTEMPTS times, or (embedded) for a reason other
    than the database, ends FAILED; otherwise it stays stored for a retry (RQ's, or the
    next tick's)."""
    from .extensions import db
    from .models import InboundMessage, InboundState
    from .services.inbound import finish

    row = db.session.get(InboundMessage, inbound_id, populate_existing=True)
    if row is None or row.state is not InboundState.STORED:
        return (row.state.value if row else None), False  # another run finished it meanwhile
    if row.attempts >= MAX_INBOUND_ATTEMPTS or not (_on_rq() or _transient(error)):
        finish(row, InboundState.FAILED, f"processing failed: {type(error).__name__}: {error}")
        return InboundState.FAILED.value, False
    db.session.commit()  # end the read
    return None, True  # the database failed, not the message: a later run tries again


MAX_INBOUND_ATTEMPTS = 5


def _transient(error: Exception) -> bool:
    """A database that went away or was busy: worth another try, unlike a bug."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if isinstance(error, OperationalError | InterfaceError):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


def submit_inbound(inbound_id: int) -> str:
    from .queue import submit

    return submit(process_inbound, inbound_id, job_name="inbound")


def submit_inbound_many(ids: list[int]) -> list[str]:
    """Hand stored replies to the workers in batches (`process_inbound_batch`): a burst
    (a mailbox fetched, a sweep) is processed with a fraction of the statements and one
    send job per batch. Returns each batch's outcome ('inline', a job id, 'deferred')."""
    from .queue import submit
    from .services.inbound import BATCH_SIZE

    wanted = sorted(set(ids))
    outcomes: list[str] = []
    for start in range(0, len(wanted), BATCH_SIZE):
        batch = wanted[start : start + BATCH_SIZE]
        if len(batch) == 1:
            outcomes.append(submit_inbound(batch[0]))
        else:
            outcomes.append(submit(process_inbound_batch, batch, job_name="inbound-batch"))
    return outcomes


@_in_app_context
def fetch_mail() -> dict[str, int]:
    """Poll the IMAP mailbox once (`okr fetch-mail`); failures are logged and raised for RQ."""
    from .imap import FetchError, fetch

    try:
        result = fetch()
    except FetchError as error:
        log.error("fetch_mail: %s", error)
        raise
    if result.problem:
        log.warning("fetch_mail: %s", result.problem)
        raise FetchError(result.problem)
    return result.as_dict()
