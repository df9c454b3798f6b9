"""Background jobs: plain functions that take ids, reload state and are safe to run twice.

RQ imports these by name; without Redis they run in the calling process. Each job makes
sure it has an app context, so an RQ worker needs nothing but `REDIS_URL` and the same
environment as the web app.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import wraps
from typing import Any

from flask import Flask, current_app, has_app_context
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from . import clock, create_app, dispatch
from .extensions import db
from .health import record_beat
from .imap import BATCH as FETCH_BATCH
from .imap import FetchError, FetchResult, fetch
from .lease import lapsed_claims
from .models import InboundMessage, InboundState
from .outbox import TemporaryFailure, due_for_retry, send_batch
from .queue import RETRY_INTERVALS, submit, submit_later, uses_redis
from .services import inbound, signin

log = logging.getLogger(__name__)
_worker_app: Flask | None = None


def _in_app_context(func: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if has_app_context():
            return func(*args, **kwargs)
        global _worker_app
        if _worker_app is None:
            _worker_app = create_app()
        with _worker_app.app_context():
            return func(*args, **kwargs)

    return wrapper


@_in_app_context
def send_outbox(ids: list[int]) -> dict[str, int]:
    """Send queued rows; raise for RQ to retry when some could only be deferred."""
    result = send_batch(ids)
    summary = {"sent": len(result.sent), "failed": len(result.failed), "retry": len(result.retry)}
    log.info("send_outbox %s..%s: %s", ids[0] if ids else "-", ids[-1] if ids else "-", summary)
    if result.retry and uses_redis():
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
    size = current_app.config["SEND_BATCH_SIZE"]
    handed = 0
    waiting: list[int] = []
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
    if current_app.config.get("IMAP_HOST") and not uses_redis():
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
    settle = timedelta(minutes=5) if uses_redis() else timedelta(0)
    return _process_stored(clock.now() - settle)


@_in_app_context
def catch_up_after_outage(since: datetime) -> int:
    """Redis is back: the replies stored while no job could be queued are processed now,
    not at the sweeper's pass five minutes later, and a dead sender's rows are taken over."""
    log.info("catching up on what waited since %s", since.isoformat(timespec="seconds"))
    take_over_lapsed()
    return _process_stored(clock.now())


def _process_stored(received_before: datetime) -> int:
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
    ids = due_for_retry(settle=timedelta(minutes=5) if uses_redis() else timedelta(0))
    if ids:
        submit_sends(ids)
    return len(ids)


@_in_app_context
def take_over_lapsed() -> int:
    """Hand the rows of senders that died (their claim lapsed) to the senders now: a new
    worker starting finishes what a dead one left, without waiting for the tick."""
    ids = lapsed_claims()
    if ids:
        submit_sends(ids)
    return len(ids)


# How many waiting replies a reply's job takes along (`inbound.take`): a burst of 200
# replies is processed in about ten batches instead of 200 jobs and 200 send jobs, and
# the first reply of a batch waits for at most this many others (bench/confirm_latency.py).
TAKE_ALONG = 24


class WaitsForRetry(RuntimeError):
    """Raised on RQ when a reply could not be processed for now: RQ's retry tries again."""


@_in_app_context
def process_inbound(inbound_id: int) -> str | None:
    """Understand one stored reply and, on RQ, the never-tried replies waiting behind it
    (`inbound.take`), as one batch whose confirmations this job sends itself.

    One bad reply fails alone (`_process_counted`). A crash loses nothing: every reply of
    the batch stays stored, this one is retried by RQ and the ones taken along by the
    sweeper (`sweep_inbound`), and nothing was confirmed, since confirmations go out only
    after the batch's commit. Returns this reply's state ('stored' while another batch
    holds it, or while it waits for a retry).
    """
    taken = inbound.take(inbound_id, TAKE_ALONG if uses_redis() else 0)
    if len(taken.ids) > taken.own:
        along = len(taken.ids) - taken.own
        log.info("reply %s and %d waiting replies taken along, in one batch", inbound_id, along)
    states, waiting = _process_counted(taken.ids)
    others = [one for one in waiting if one != inbound_id]
    if others and uses_redis():  # their own jobs may be over: jobs of their own, with retries
        submit_inbound_many(others)
    if not taken.own:  # done before, or in another worker's batch right now
        row = db.session.get(InboundMessage, inbound_id)
        db.session.commit()
        return row.state.value if row is not None else None
    if inbound_id in waiting and uses_redis():
        raise WaitsForRetry(f"reply {inbound_id} waits for a retry")
    return states.get(inbound_id)


@_in_app_context
def process_inbound_batch(ids: list[int]) -> dict[str, int]:
    """Understand many stored replies (a fetched mailbox, the sweeper's) as one batch
    (`_process_counted`), sending their confirmations from this job.

    On RQ the job raises when some message waits for a retry; the retry takes only the
    messages still stored. Returns how many messages ended in each state.
    """
    inbound.count_attempts(ids)
    states, waiting = _process_counted(sorted(set(ids)))
    if waiting and uses_redis():
        raise WaitsForRetry(f"{len(waiting)} of {len(ids)} replies wait for a retry")
    return dict(Counter(state or "none" for state in states.values()))


def _process_counted(ids: list[int]) -> tuple[dict[int, str | None], list[int]]:
    """Process replies whose attempt is counted, in one transaction, then send the mail it
    queued (confirmations, questions) from this job: ({id: state}, ids waiting to retry).

    If the batch fails it is rolled back whole and its replies are processed one at a
    time, each with `_after_failure`: a bad reply fails alone, the others are recorded
    and confirmed once (a rolled-back batch queued nothing).
    """
    if not ids:
        return {}, []
    try:
        done = inbound.process_many(ids, counted=True)
    except Exception:
        db.session.rollback()
        log.warning("a batch of %d replies failed; one at a time now", len(ids), exc_info=True)
    else:
        deliver(done.to_send)
        return {one: state.value if state else None for one, state in done.states.items()}, []
    states: dict[int, str | None] = {}
    waiting: list[int] = []
    to_send: list[int] = []
    for inbound_id in ids:
        try:
            one = inbound.process(inbound_id, counted=True)
        except Exception as error:
            db.session.rollback()
            log.exception("processing inbound message %s failed", inbound_id)
            value, retry = _after_failure(inbound_id, error)
            if retry:
                waiting.append(inbound_id)
            states[inbound_id] = value or InboundState.STORED.value
            continue
        to_send += one.to_send
        state = one.states.get(inbound_id)
        states[inbound_id] = state.value if state else None
    deliver(to_send)
    return states, waiting


def _after_failure(inbound_id: int, error: Exception) -> tuple[str | None, bool]:
    """(state, retry) after processing a message raised and was rolled back.

    A message that failed MAX_INBOUND_ATTEMPTS times, or (embedded) for a reason other
    than the database, ends FAILED; otherwise it stays stored for a retry (RQ's, or the
    next tick's)."""
    row = db.session.get(InboundMessage, inbound_id, populate_existing=True)
    if row is None or row.state is not InboundState.STORED:
        return (row.state.value if row else None), False  # another run finished it meanwhile
    if row.attempts >= MAX_INBOUND_ATTEMPTS or not (uses_redis() or _transient(error)):
        inbound.finish(
            row, InboundState.FAILED, f"processing failed: {type(error).__name__}: {error}"
        )
        return InboundState.FAILED.value, False
    db.session.commit()  # end the read
    return None, True  # the database failed, not the message: a later run tries again


MAX_INBOUND_ATTEMPTS = 5


def _transient(error: Exception) -> bool:
    """A database that went away or was busy: worth another try, unlike a bug."""
    if isinstance(error, OperationalError | InterfaceError):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


def deliver(ids: list[int]) -> None:
    """Send committed outbox rows from this job, a batch per SMTP connection: a reply's
    confirmation goes out as soon as its batch is recorded, not behind every job queued
    since. Rows the server could not take for now wait for a send job due after RQ's
    first retry interval (embedded: for the tick's sweep); rows a failure left claimed are
    taken over once their claim lapses (okr/lease.py)."""
    size = current_app.config["SEND_BATCH_SIZE"]
    waiting: list[int] = []
    for start in range(0, len(ids), size):
        batch = ids[start : start + size]
        try:
            waiting += send_batch(batch).retry
        except Exception:  # recorded already: the mail waits in the outbox, never lost
            log.exception("sending outbox rows %s..%s failed", batch[0], batch[-1])
    if waiting and uses_redis():
        submit_later(RETRY_INTERVALS[0], send_outbox, waiting, job_name="send")


def submit_inbound(inbound_id: int) -> str:
    """Hand one stored reply to `process_inbound`; returns 'inline', a job id or 'deferred'."""
    return submit(process_inbound, inbound_id, job_name="inbound")


def submit_inbound_many(ids: list[int]) -> list[str]:
    """Hand stored replies to the workers in batches (`process_inbound_batch`): a burst
    (a mailbox fetched, a sweep) is processed with a fraction of the statements and one
    send job per batch. Returns each batch's outcome ('inline', a job id, 'deferred')."""
    wanted = sorted(set(ids))
    outcomes: list[str] = []
    size = inbound.BATCH_SIZE
    for start in range(0, len(wanted), size):
        batch = wanted[start : start + size]
        if len(batch) == 1:
            outcomes.append(submit_inbound(batch[0]))
        else:
            outcomes.append(submit(process_inbound_batch, batch, job_name="inbound-batch"))
    return outcomes


@_in_app_context
def fetch_mail() -> dict[str, int]:
    """Poll the IMAP mailbox once (`okr fetch-mail`); failures are logged and raised for RQ."""
    try:
        result = fetch_and_hand_over()
    except FetchError as error:
        log.error("fetch_mail: %s", error)
        raise
    if result.problem:
        log.warning("fetch_mail: %s", result.problem)
        raise FetchError(result.problem)
    return result.as_dict()


def fetch_and_hand_over(limit: int = FETCH_BATCH, dry_run: bool = False) -> FetchResult:
    """Take messages from the IMAP mailbox (`imap.fetch`), then hand what was stored to the
    processing jobs, in batches: once the mailbox is closed, also after an IMAP error."""
    result = FetchResult(dry_run=dry_run)
    try:
        fetch(limit=limit, dry_run=dry_run, result=result)
    finally:
        if not dry_run:
            submit_inbound_many(result.new + result.stale)
    return result
