"""The weekly form sent through Redis and RQ workers in other processes, as in production.

`okr send-forms` (in this process) only queues; `okr worker --burst` (a subprocess with the
same environment: database, Redis, SMTP server) sends. The worker uses the real clock while
this process freezes it, so the tests name the week (`--week`) and, where the sweeper must
see a claim as stale, move `claimed_at` into the past instead of waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import okr
from okr import clock, dispatch, jobs, tokens
from okr.extensions import db
from okr.models import MailKind, MailState, OutboxMessage
from okr.outbox import claim
from okr.queue import QUEUE_NAME, job_id
from tests.conftest import NOW, make_kr, make_person, sweep_stale_claims
from tests.servers import free_port
from tests.smtp import SMTPBehaviour, SMTPServer

WEEK = "2026-W47"
REPO = Path(okr.__file__).resolve().parent.parent
WORKER_SECONDS = 120  # a burst over a few dozen messages takes seconds; this only stops a hang
RUN_OKR = "from okr.cli import main; main()"
# The same, on the clock this process has frozen (FLAGPOST_TEST_NOW): for tests where the
# times a worker records (when a form was sent) must agree with the ticks' frozen time.
RUN_OKR_FROZEN = (
    "import os; from datetime import datetime; from okr import clock; "
    "clock.freeze(datetime.fromisoformat(os.environ['FLAGPOST_TEST_NOW'])); "
    "from okr.cli import main; main()"
)


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def redis_conn(redis_url):
    """The session's Redis, emptied before and after the test."""
    from redis import Redis

    conn = Redis.from_url(redis_url)
    conn.flushdb()
    try:
        yield conn
    finally:
        conn.flushdb()
        conn.close()


@pytest.fixture
def rq_config(smtp_config, redis_url, redis_conn) -> dict:
    smtp_config.update(REDIS_URL=redis_url, SEND_BATCH_SIZE=5)
    return smtp_config


@pytest.fixture
def company(app):
    boss = make_person("boss@example.com", "Bo Boss")
    dana = make_person("dana@example.com", "Dana Scully", manager=boss, timezone="Europe/Berlin")
    eli = make_person("eli@example.com", "Eli", manager=boss)
    away = make_person("away@example.com", manager=boss, away_until=date(2026, 12, 1))
    gone = make_person("gone@example.com", manager=boss, active=False)
    make_person("idle@example.com", manager=boss)  # no key results
    make_kr(dana, "Sign 5 design partners")
    make_kr(dana, "Ship the beta", objective="Launch")
    make_kr(eli, "Hire two engineers")
    make_kr(away, "Away KR")
    make_kr(gone, "Gone KR")
    return {"dana": dana, "eli": eli}


def _crowd(count: int) -> list[str]:
    addresses = []
    for n in range(count):
        person = make_person(f"p{n:03d}@example.com", f"Person {n}")
        make_kr(person, f"Key result of person {n}")
        addresses.append(person.email)
    return addresses


# --- workers in subprocesses --------------------------------------------------------------


def worker_env(app, tmp_path: Path) -> dict[str, str]:
    """What a worker on another machine would be given: the same settings, no test config."""
    cfg = app.config
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OKR_", "MAIL_")) and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        PYTHONPATH=str(REPO),
        DATABASE_URL=cfg["SQLALCHEMY_DATABASE_URI"],
        REDIS_URL=cfg["REDIS_URL"],
        OKR_SECRET_KEY=cfg["SECRET_KEY"],
        OKR_INSTANCE_PATH=str(tmp_path / "worker-instance"),
        OKR_BASE_URL=cfg["BASE_URL"],
        OKR_SEND_BATCH_SIZE=str(cfg["SEND_BATCH_SIZE"]),
        OKR_CLAIM_LEASE_SECONDS=str(cfg["CLAIM_LEASE_SECONDS"]),
        MAIL_SERVER=cfg["MAIL_SERVER"],
        MAIL_PORT=str(cfg["MAIL_PORT"]),
        MAIL_TIMEOUT=str(cfg["MAIL_TIMEOUT"]),
        MAIL_DEFAULT_SENDER=cfg["MAIL_DEFAULT_SENDER"],
        PYTHONUNBUFFERED="1",
    )
    return env


def _descendants(pid: int) -> list[int]:
    """Child processes, grandchildren first (RQ forks a work horse in its own process group)."""
    found: list[int] = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            for child in children.read_text().split():
                found = _descendants(int(child)) + [int(child)] + found
    return found


@dataclass
class WorkerProcess:
    proc: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL the worker and its work horse, as a crash or an OOM kill would."""
        for pid in [*_descendants(self.proc.pid), self.proc.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)

    def wait(self, timeout: float = WORKER_SECONDS) -> None:
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"the worker did not finish within {timeout}s:\n{self.output()}")
        assert code == 0, f"the worker exited with {code}:\n{self.output()}"
        print(f"--- {self.log.name}\n{self.output()}")  # shown when a later assertion fails


@contextlib.contextmanager
def started_workers(
    app, tmp_path: Path, count: int = 1, *options: str, frozen: bool = False
) -> Iterator[list[WorkerProcess]]:
    """`okr worker --burst` in subprocesses; whatever is still running at the end is killed.
    `frozen`: the workers' clock is this process's, frozen where it stands now."""
    env = worker_env(app, tmp_path)
    if frozen:
        env["FLAGPOST_TEST_NOW"] = clock.now().isoformat()
    workers = []
    try:
        for _ in range(count):
            log = tmp_path / f"worker-{time.monotonic_ns()}.log"
            with log.open("wb") as sink:
                proc = subprocess.Popen(
                    [
                        sys.executable,
                        "-c",
                        RUN_OKR_FROZEN if frozen else RUN_OKR,
                        "worker",
                        "--burst",
                        *options,
                    ],
                    cwd=REPO,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                )
            workers.append(WorkerProcess(proc, log))
        yield workers
    finally:
        for worker in workers:
            if worker.proc.poll() is None:
                worker.kill()


def run_workers(app, tmp_path: Path, count: int = 1, *options: str, frozen: bool = False) -> None:
    with started_workers(app, tmp_path, count, *options, frozen=frozen) as workers:
        for worker in workers:
            worker.wait()


# --- helpers ------------------------------------------------------------------------------


def _send_forms(runner, *args: str) -> str:
    result = runner.invoke(args=["send-forms", "--now", "--week", WEEK, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _rows() -> list[OutboxMessage]:
    db.session.rollback()  # end any read transaction: the worker changed the rows
    db.session.expire_all()
    return db.session.scalars(db.select(OutboxMessage).order_by(OutboxMessage.id)).all()


def _queue(redis_conn):
    from rq import Queue

    return Queue(QUEUE_NAME, connection=redis_conn)


def _received_counts(server: SMTPServer) -> Counter:
    with server.behaviour.lock:
        return Counter(r.recipients[0] for r in server.received)


# --- the tests ----------------------------------------------------------------------------


@pytest.mark.redis
def test_send_forms_enqueues_and_a_worker_delivers_each_form_once(
    rq_config, company, runner, smtp_server, redis_conn, app, tmp_path
):
    output = _send_forms(runner)
    assert f"Queued 2 forms in 1 job on Redis queue '{QUEUE_NAME}'" in output
    assert smtp_server.received == []  # queuing sends nothing
    rows = _rows()
    assert {(r.recipient, r.state) for r in rows} == {
        ("dana@example.com", MailState.QUEUED),
        ("eli@example.com", MailState.QUEUED),
    }
    queue = _queue(redis_conn)
    assert queue.job_ids == [job_id("send", [r.id for r in rows])]

    run_workers(app, tmp_path)

    assert sorted(r.recipients[0] for r in smtp_server.received) == [
        "dana@example.com",
        "eli@example.com",
    ]
    assert {r.state for r in _rows()} == {MailState.SENT}
    assert queue.count == 0
    # The worker built the mail from its own environment: same secret, same links.
    dana = next(r for r in smtp_server.received if r.recipients == ["dana@example.com"]).message
    local = dana["Reply-To"].partition("@")[0]
    token = tokens.read(local.split("+", 1)[1], app.config["SECRET_KEY"], WEEK, 4)
    assert (token.person_id, token.week) == (company["dana"].id, WEEK)
    text = dana.get_body(preferencelist=("plain",)).get_content()
    assert "http://flagpost.test/status/" in text
    assert "Ship the beta" in text

    again = _send_forms(runner)
    assert "Nothing to send" in again
    assert queue.count == 0
    run_workers(app, tmp_path)
    assert len(smtp_server.received) == 2


@pytest.mark.redis
def test_two_workers_at_once_send_each_form_exactly_once(
    rq_config, runner, smtp_server, redis_conn, app, tmp_path
):
    addresses = _crowd(60)
    output = _send_forms(runner)
    assert "Queued 60 forms in 12 jobs" in output
    ids = [r.id for r in _rows()]
    # Every row also sits in a second, overlapping set of jobs (as after a sweep), so the two
    # workers really compete for the same rows, not only for the jobs.
    app.config["SEND_BATCH_SIZE"] = 7
    jobs.submit_sends(ids)
    assert _queue(redis_conn).count == 12 + 9

    run_workers(app, tmp_path, count=2)

    counts = _received_counts(smtp_server)
    assert sorted(counts) == addresses
    duplicates = {address: n for address, n in counts.items() if n != 1}
    assert duplicates == {}, f"sent more than once: {duplicates}"
    rows = _rows()
    assert len(rows) == 60
    assert {r.state for r in rows} == {MailState.SENT}
    assert all(r.attempts == 1 for r in rows)


@dataclass
class SlowBehaviour(SMTPBehaviour):
    """A slow server. `accept_first`: it takes the message, then is slow to say 250, so a
    client killed meanwhile never learns it was delivered (the case SMTP cannot rule out)."""

    delay: float = 0.3
    accept_first: bool = False

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.accept_first:
            reply = await super().handle_DATA(server, session, envelope)
            await asyncio.sleep(self.delay)
            return reply
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture(params=[False, True], ids=["slow-to-accept", "reply-lost"])
def slow_smtp(request, app_config) -> Iterator[SMTPServer]:
    from aiosmtpd.controller import Controller

    behaviour = SlowBehaviour(accept_first=request.param)
    port = free_port()
    controller = Controller(behaviour, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    app_config.update(
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=port,
        MAIL_TIMEOUT=5,
        MAIL_DEFAULT_SENDER="Flagpost <flagpost@okr.example.com>",
    )
    try:
        yield SMTPServer("127.0.0.1", port, behaviour)
    finally:
        controller.stop()


@pytest.mark.redis
def test_a_worker_killed_mid_batch_loses_nothing(
    slow_smtp, app_config, redis_url, redis_conn, runner, app, tmp_path, request
):
    app.config.update(REDIS_URL=redis_url, SEND_BATCH_SIZE=5)
    addresses = _crowd(20)
    assert "Queued 20 forms in 4 jobs" in _send_forms(runner)

    with started_workers(app, tmp_path) as (worker,):
        deadline = time.monotonic() + 60
        while len(slow_smtp.received) < 7:  # inside the second batch of five
            if worker.proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the worker sent {len(slow_smtp.received)} forms:\n{worker.output()}")
            time.sleep(0.01)
        time.sleep(slow_smtp.behaviour.delay / 2)  # the 8th message is now on the wire
        worker.kill()
    received_before = _received_counts(slow_smtp)

    states = Counter(r.state for r in _rows())
    in_flight = {r.recipient for r in _rows() if r.state is MailState.SENDING}
    assert states[MailState.SENDING] >= 1, f"the kill did not land inside a batch: {states}"
    assert states[MailState.QUEUED] >= 5  # the batches no worker had started yet

    run_workers(app, tmp_path)  # a new worker takes the jobs still in the queue
    assert {r.recipient for r in _rows() if r.state is MailState.SENDING} == in_flight

    # The dead worker's claims lapse (OKR_CLAIM_LEASE_SECONDS); the sweeper gives them back.
    assert f"swept: {len(in_flight)}" in sweep_stale_claims(runner)
    run_workers(app, tmp_path)

    rows = _rows()
    assert sorted(r.recipient for r in rows) == addresses  # one row per person
    assert {r.state for r in rows} == {MailState.SENT}
    counts = _received_counts(slow_smtp)
    assert sorted(counts) == addresses  # everyone got the form at least once
    duplicates = {address: n - 1 for address, n in counts.items() if n > 1}
    # Only a message in flight at the kill can arrive twice: at most one, the worker's last.
    assert set(duplicates) <= in_flight
    assert sum(duplicates.values()) <= 1, duplicates
    assert all(received_before[a] == 1 for a in duplicates)
    print(f"\nkill mid-batch ({request.node.callspec.id}): duplicates={duplicates or 0}")


@pytest.mark.redis
def test_a_new_worker_takes_over_a_dead_workers_rows_once_the_lease_lapses(
    slow_smtp, app_config, redis_url, redis_conn, runner, app, tmp_path, request
):
    """A worker SIGKILLed mid-batch, then (once its claim lapsed: OKR_CLAIM_LEASE_SECONDS,
    2 s here) a second `okr worker --burst`: it takes over the dead worker's claimed rows
    as it starts, with the queue's other jobs; no tick, no sweeper, nothing left sending."""
    app.config.update(REDIS_URL=redis_url, SEND_BATCH_SIZE=5, CLAIM_LEASE_SECONDS=2)
    addresses = _crowd(20)
    assert "Queued 20 forms in 4 jobs" in _send_forms(runner)
    with started_workers(app, tmp_path) as (worker,):
        deadline = time.monotonic() + 60
        while len(slow_smtp.received) < 7:  # inside the second batch of five
            if worker.proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the worker sent {len(slow_smtp.received)} forms:\n{worker.output()}")
            time.sleep(0.01)
        time.sleep(slow_smtp.behaviour.delay / 2)
        worker.kill()
    killed = datetime.now(UTC)
    in_flight = {r.recipient for r in _rows() if r.state is MailState.SENDING}
    assert in_flight, "the kill did not land inside a batch"

    time.sleep(2.5)  # the dead worker's claim lapses; a live one would have renewed it
    run_workers(app, tmp_path)

    rows = _rows()
    waited = max(r.sent_at for r in rows if r.recipient in in_flight) - killed
    assert sorted(r.recipient for r in rows) == addresses
    assert {r.state for r in rows} == {MailState.SENT}, Counter(r.state for r in rows)
    counts = _received_counts(slow_smtp)
    assert sorted(counts) == addresses
    duplicates = {address: n - 1 for address, n in counts.items() if n > 1}
    assert set(duplicates) <= in_flight
    assert sum(duplicates.values()) <= 1, duplicates
    print(
        f"\ndead worker's {len(in_flight)} claimed rows sent by the next worker "
        f"{waited.total_seconds():.1f} s after the kill ({request.node.callspec.id}): "
        f"duplicates={duplicates or 0}"
    )


@pytest.mark.redis
def test_a_4xx_reply_makes_rq_retry_the_job_until_the_row_is_sent(
    rq_config, company, runner, smtp_server, redis_conn, app, tmp_path
):
    from rq.job import Job, JobStatus
    from rq.registry import ScheduledJobRegistry

    smtp_server.behaviour.data_replies = ["451 4.3.0 try again later"]
    _send_forms(runner)
    ids = [r.id for r in _rows()]
    (ident,) = _queue(redis_conn).job_ids
    assert ident == job_id("send", ids)  # same batch, same id: deterministic
    assert job_id("send", list(ids)) == ident and job_id("send", ids[:1]) != ident

    run_workers(app, tmp_path)

    first = next(r for r in _rows() if r.id == ids[0])
    assert first.state is MailState.QUEUED and first.attempts == 1
    assert "451" in first.last_error
    assert len(smtp_server.received) == 1
    job = Job.fetch(ident, connection=redis_conn)
    assert job.get_status() == JobStatus.SCHEDULED  # RQ's Retry took the raised failure
    assert job.retries_left == 4
    registry = ScheduledJobRegistry(QUEUE_NAME, connection=redis_conn)
    assert ident in registry.get_job_ids()

    # The retry is due in 30 s; bring it forward instead of waiting.
    registry.schedule(job, datetime.now(UTC) - timedelta(seconds=1))
    run_workers(app, tmp_path)

    assert {r.state for r in _rows()} == {MailState.SENT}
    assert sorted(r.recipients[0] for r in smtp_server.received) == [
        "dana@example.com",
        "eli@example.com",
    ]
    job = Job.fetch(ident, connection=redis_conn)
    assert job.get_status() == JobStatus.FINISHED
    assert next(r for r in _rows() if r.id == ids[0]).attempts == 2


@pytest.mark.redis
def test_redis_down_at_enqueue_keeps_the_rows_for_the_sweeper(
    smtp_config, company, runner, smtp_server, redis_url, redis_conn, app, tmp_path
):
    closed = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    app.config.update(REDIS_URL=closed, SEND_BATCH_SIZE=5)
    output = _send_forms(runner)
    assert "Traceback" not in output
    assert "2 forms wait" in output, output
    assert "Redis" in output and "Queued 2 forms in" not in output
    assert {r.state for r in _rows()} == {MailState.QUEUED}
    assert smtp_server.received == []

    app.config["REDIS_URL"] = redis_url  # Redis is back
    clock.freeze(NOW + timedelta(minutes=6))  # the sweeper leaves rows alone for 5 minutes
    tick = runner.invoke(args=["tick"])
    assert tick.exit_code == 0, tick.output
    assert "swept: 2" in tick.output
    assert _queue(redis_conn).count == 1
    run_workers(app, tmp_path)

    assert sorted(r.recipients[0] for r in smtp_server.received) == [
        "dana@example.com",
        "eli@example.com",
    ]
    assert {r.state for r in _rows()} == {MailState.SENT}
    assert {r.kind for r in _rows()} == {MailKind.FORM}


def test_claims_at_the_same_instant_never_share_a_row(app):
    """Two senders claiming overlapping batches in the same microsecond (a frozen clock, or
    just bad luck) must still split the rows: the claim is what makes a send exclusive."""
    _crowd(5)
    ids = dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, WEEK))
    db.session.commit()
    first = [row.id for row in claim(ids[:3])]
    second = [row.id for row in claim(ids)]  # same frozen clock.now() as the first claim
    assert first == ids[:3]
    assert second == ids[3:]
    assert [row.id for row in claim(ids)] == []


@pytest.mark.redis
def test_a_worker_without_forking_delivers_too(
    rq_config, company, runner, smtp_server, redis_conn, app, tmp_path
):
    _send_forms(runner)
    run_workers(app, tmp_path, 1, "--no-fork")
    assert sorted(r.recipients[0] for r in smtp_server.received) == [
        "dana@example.com",
        "eli@example.com",
    ]
    assert {r.state for r in _rows()} == {MailState.SENT}
