"""Weekly mail from the command line: send forms, look at the outbox, run workers."""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter

import click
from flask import current_app
from flask.cli import with_appcontext
from rq.cron import CronScheduler
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from .. import clock, dispatch, jobs, lease, weeks, workers
from ..extensions import db
from ..models import KeyResult, KRState, MailKind, MailState, OutboxMessage
from ..outbox import send_batch
from ..queue import QUEUE_NAME, uses_redis
from .words import are, count

log = logging.getLogger(__name__)


def _week(value: str | None) -> str:
    try:
        return weeks.asked_or_current(value)
    except weeks.BadWeek as error:
        raise click.ClickException(f"--week: {error}") from None


@click.command("send-forms")
@click.option("--week", help="ISO week, YYYY-Www (default: the current week).")
@click.option("--now", "ignore_schedule", is_flag=True, help="Send to everyone now.")
@click.option("--reminders", is_flag=True, help="Send reminders instead of forms.")
@click.option("--dry-run", is_flag=True, help="Print who would get what; send nothing.")
@with_appcontext
def send_forms(week: str | None, ignore_schedule: bool, reminders: bool, dry_run: bool) -> None:
    """Queue and send the weekly status forms that are due (or all of them with --now)."""
    kind = MailKind.REMINDER if reminders else MailKind.FORM
    if ignore_schedule or week:
        wanted = [_week(week)]
        recipients = dispatch.everyone(kind, wanted[0])
    else:
        now = clock.now()
        recipients = dispatch.due_now(kind, now)
        wanted = dispatch.due_weeks(kind, now)
    if dry_run:
        _print_plan(kind, recipients)
        return
    deliver_weekly(kind, recipients, wanted)


def deliver_weekly(kind: MailKind, recipients: list[dispatch.Recipient], wanted: list[str]) -> None:
    """Queue weekly mail and send it: enqueued on Redis, or here before the command ends.

    What an earlier run of the same weeks left unfinished is finished too: rows still
    queued (the run was killed), and rows claimed by a sender that died (once the claim
    lapses). A run never ends saying there is nothing to send while such rows wait.
    """
    ids = dispatch.queue_weekly(kind, recipients)
    db.session.commit()  # the rows exist before anything is sent
    left = lease.unfinished(kind, wanted)
    db.session.commit()  # end the read: other senders change these rows meanwhile
    word = kind.value
    earlier = sorted(set(left.queued + left.lapsed()) - set(ids))
    todo = sorted(set(ids) | set(earlier))
    held = left.held()
    if not todo and not held:
        click.echo(f"Nothing to send: every {word} that is due was already sent or failed.")
        return
    if earlier:
        click.echo(
            f"{count(len(earlier), word)} left unsent by an earlier run "
            f"{are(len(earlier))} sent too."
        )
    if uses_redis():
        _hand_to_workers(word, todo, held)
        return
    totals: Counter[str] = Counter()
    _send_here(word, todo, totals)
    if held:
        _finish_claimed(word, held, totals)
    click.echo(
        f"Sent {count(totals['sent'], word)}, {totals['failed']} failed, "
        f"{totals['retry']} waiting to retry."
    )
    if totals["failed"] or totals["retry"]:
        click.echo("See `okr outbox --state failed` and `okr outbox --state queued`.")


def _hand_to_workers(word: str, todo: list[int], held: list[int]) -> None:
    batches, waiting = jobs.hand_over(todo)
    if waiting:
        click.echo(
            f"Redis could not be reached (REDIS_URL), so {count(len(waiting), word)} wait "
            "in the outbox; the scheduler's tick (okr scheduler, or okr tick) hands them "
            "to the workers once Redis is back.",
            err=True,
        )
    if len(waiting) < len(todo):
        click.echo(
            f"Queued {count(len(todo) - len(waiting), word)} in {count(batches, 'job')} on Redis "
            f"queue '{QUEUE_NAME}'; a worker (okr worker) sends them."
        )
    if held:
        click.echo(
            f"{count(len(held), word)} {are(len(held))} being sent by a worker; if it "
            "stopped, the next worker or tick takes them over once its claim lapses "
            f"({_lease_seconds()} s, OKR_CLAIM_LEASE_SECONDS)."
        )


def _lease_seconds() -> int:
    return current_app.config["CLAIM_LEASE_SECONDS"]


def _send_here(word: str, ids: list[int], totals: Counter[str]) -> None:
    if not ids:
        return
    size = current_app.config["SEND_BATCH_SIZE"]
    with click.progressbar(length=len(ids), label=f"Sending {word}s", file=sys.stderr) as bar:
        for start in range(0, len(ids), size):
            result = send_batch(ids[start : start + size])
            totals.update(sent=len(result.sent), failed=len(result.failed))
            totals.update(retry=len(result.retry))
            bar.update(len(ids[start : start + size]))


def _finish_claimed(word: str, held: list[int], totals: Counter[str]) -> None:
    """Wait for rows another sender claimed: finished by it while it lives (it renews its
    claim), taken over here once the claim lapses (it died). Gives up, saying so, only
    when nothing changes for a whole lease without the claim lapsing (clocks apart)."""
    seconds = _lease_seconds()
    click.echo(
        f"{count(len(held), word)} {are(len(held))} claimed by another sender; waiting for "
        "it to finish them, or taking them over if it stopped "
        f"({seconds} s, OKR_CLAIM_LEASE_SECONDS)."
    )
    beat = min(1.0, seconds / 4)
    claims = lease.claims_of(held)
    db.session.commit()
    patience = time.monotonic() + seconds + 2 * beat
    while claims:
        time.sleep(beat)
        now_claims = lease.claims_of(list(claims))
        db.session.commit()
        if now_claims != claims:
            patience = time.monotonic() + seconds + 2 * beat  # it lives: renewed or finished
        before = lease.lapsed_before(clock.now())
        lapsed = sorted(row_id for row_id, at in now_claims.items() if at < before)
        if lapsed:
            _send_here(word, lapsed, totals)
            now_claims = lease.claims_of(list(now_claims))
            db.session.commit()
        claims = now_claims
        if claims and time.monotonic() > patience:
            click.echo(
                f"{count(len(claims), word)} {are(len(claims))} still claimed by another "
                "sender; the tick takes them over once the claim lapses.",
                err=True,
            )
            return


def _print_plan(kind: MailKind, recipients: list[dispatch.Recipient]) -> None:
    counts = dict(
        db.session.execute(
            select(KeyResult.owner_id, func.count(KeyResult.id))
            .where(KeyResult.state == KRState.ACTIVE)
            .group_by(KeyResult.owner_id)
        ).all()
    )
    for r in recipients:
        click.echo(f"{r.email}  week {r.week}  {count(counts.get(r.person_id, 0), 'key result')}")
    click.echo(f"{count(len(recipients), kind.value)} would be sent (dry run: nothing was queued).")


@click.command("outbox")
@click.option(
    "--state", type=click.Choice([s.value for s in MailState]), help="Only rows in this state."
)
@click.option("--limit", default=50, show_default=True)
@with_appcontext
def outbox_list(state: str | None, limit: int) -> None:
    """List outgoing mail, newest first."""
    stmt = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)
    if state:
        stmt = stmt.where(OutboxMessage.state == MailState(state))
    rows = db.session.scalars(stmt).all()
    for row in rows:
        error = f"  {row.last_error}" if row.last_error else ""
        click.echo(
            f"{row.id:>6} {row.state.value:8} {row.kind.value:12} {row.week or '':8} "
            f"{row.recipient}  attempts={row.attempts}{error}"
        )
    if not rows:
        click.echo("The outbox is empty." if not state else f"No {state} mail.")


@click.command("resend")
@click.argument("ids", nargs=-1, type=int, required=True)
@with_appcontext
def resend(ids: tuple[int, ...]) -> None:
    """Queue failed mail again (after fixing the address or the relay)."""
    rows = db.session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.id.in_(ids), OutboxMessage.state == MailState.FAILED
        )
    ).all()
    missing = set(ids) - {row.id for row in rows}
    if missing:
        raise click.ClickException(
            f"not failed or not found: {', '.join(map(str, sorted(missing)))}"
        )
    for row in rows:
        row.state, row.attempts, row.last_error = MailState.QUEUED, 0, None
    db.session.commit()
    _, waiting = jobs.hand_over([row.id for row in rows])
    click.echo(f"Queued {len(rows)} messages again.")
    if waiting:
        click.echo(
            f"Redis could not be reached (REDIS_URL): {len(waiting)} of them wait in the "
            "outbox until the scheduler's tick hands them to the workers.",
            err=True,
        )


@click.command("tick")
@with_appcontext
def tick() -> None:
    """Run one scheduler tick now (what the periodic job does)."""
    result = jobs.tick()
    click.echo(", ".join(f"{k}: {v}" for k, v in result.items()))


NO_WAIT = click.option(
    "--no-wait",
    is_flag=True,
    help="Fail at once, in one line, when Redis is unreachable at start (default: wait for it).",
)


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
@click.option(
    "--no-fork",
    is_flag=True,
    help="Run jobs in this process instead of a fork per job: several times the throughput "
    "for a backlog of small jobs, less isolation from a job that crashes.",
)
@NO_WAIT
@with_appcontext
def worker(burst: bool, no_fork: bool, no_wait: bool) -> None:
    """Run an RQ worker for the Flagpost queue (needs REDIS_URL); it rides out Redis outages."""
    if not uses_redis():
        raise click.ClickException(
            "REDIS_URL is not set; without Redis, `okr serve` does the background work itself"
        )
    app = current_app._get_current_object()  # type: ignore[attr-defined]

    def catch_up(since) -> None:
        with app.app_context():
            try:
                taken = jobs.take_over_lapsed()
                if taken:
                    click.echo(f"Took over {count(taken, 'message')} a stopped sender had claimed.")
                if since is not None:
                    jobs.catch_up_after_outage(since)
            except SQLAlchemyError as error:  # the tick's sweep catches up once it is back
                log.warning("the database is unreachable (%s); the tick catches up later", error)
            finally:
                db.session.remove()

    worker_class = workers.OutlastingSimpleWorker if no_fork else workers.OutlastingWorker
    # No database connection may cross the fork of a work horse: each opens its own.
    db.session.remove()
    db.engine.dispose()
    try:
        # The worker's scheduler moves RQ's delayed retries (Retry intervals) back into the
        # queue; a worker without it would leave every retried job waiting for ever.
        workers.run_worker(
            current_app.config["REDIS_URL"],
            lambda connection: worker_class([QUEUE_NAME], connection=connection),
            burst=burst,
            wait=not no_wait,
            at_start=lambda: catch_up(None),
            after_outage=catch_up,
        )
    except workers.RedisUnavailable as error:
        raise click.ClickException(str(error)) from None


@click.command("scheduler")
@NO_WAIT
@with_appcontext
def scheduler(no_wait: bool) -> None:
    """Run RQ's cron scheduler that enqueues the tick (needs REDIS_URL); it rides out
    Redis outages."""
    if not uses_redis():
        raise click.ClickException("REDIS_URL is not set; `okr serve` ticks in-process instead")

    def make(connection) -> CronScheduler:
        cron = CronScheduler(connection=connection)
        cron.load_config_from_file("okr.cron")
        return cron

    try:
        workers.run_scheduler(current_app.config["REDIS_URL"], make, wait=not no_wait)
    except workers.RedisUnavailable as error:
        raise click.ClickException(str(error)) from None


COMMANDS = [send_forms, outbox_list, resend, tick, worker, scheduler]
