"""Load: a burst of replies posted to the inbound door by a loopback load generator.

Several threads of `http.client`, each on its own keep-alive connection, post signed raw
replies to the app served on 127.0.0.1 (`live_server`). The door only stores and enqueues
(REDIS_URL is set), as in production; afterwards RQ workers in subprocesses process the
backlog (RQ's non-forking SimpleWorker: see RUN_SIMPLE_WORKER). The test asserts
correctness only: every message answered 2xx, stored once, processed, recorded and
confirmed once; none lost. Latencies are printed (p50, p99, max), never asserted, because
this machine's speed is not the system's promise.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from okr import addresses, clock
from okr.config import database_uri
from okr.extensions import db
from okr.models import (
    CheckIn,
    InboundMessage,
    InboundState,
    KeyResult,
    MailState,
    Objective,
    OutboxMessage,
    Person,
)
from okr.services.inbound import MAX_CONFIRMATIONS_PER_DAY
from tests import test_weekly_form_rq as rq_helpers
from tests.conftest import TEST_DATABASE_URL
from tests.test_weekly_form_rq import REPO, worker_env

redis_conn = rq_helpers.redis_conn  # the fixture: the session's Redis, emptied around a test

SECRET = "load-test-inbound-secret"
WEEK = "2026-W47"
THREADS = 8
FLAGS = ("green", "yellow", "red")


@pytest.fixture
def app_config(app_config, smtp_server, redis_url, redis_conn, request):
    """The door enqueues on Redis; workers send confirmations to the loopback SMTP server.

    The 10,000 burst runs on a PostgreSQL database of its own (production's database, and
    the one where several workers really write at once), the 1,000 burst on the suite's.
    """
    if request.node.get_closest_marker("slow"):
        if TEST_DATABASE_URL:
            pytest.skip("the 10,000 burst runs once per CI run, in the first (SQLite) pass")
        url = request.getfixturevalue("fresh_postgres_url")
        app_config["SQLALCHEMY_DATABASE_URI"] = database_uri(url)
    app_config.update(
        INBOUND_SECRET=SECRET,
        REDIS_URL=redis_url,
        MAIL_SERVER=smtp_server.host,
        MAIL_PORT=smtp_server.port,
        MAIL_DEFAULT_SENDER="Flagpost <flagpost@okr.example.com>",
        MAIL_TIMEOUT=10,
    )
    return app_config


def _company(count: int) -> list[tuple[Person, KeyResult]]:
    """`count` people with one key result each, inserted in bulk (fast on both databases)."""
    people = [Person(email=f"load{n:04d}@example.com", name=f"Load {n}") for n in range(count)]
    db.session.add_all(people)
    db.session.flush()
    objectives = [Objective(owner=p, title="Carry the load", period="2026-Q4") for p in people]
    db.session.add_all(objectives)
    db.session.flush()
    krs = [
        KeyResult(objective=o, owner=o.owner, title=f"Answer {n}", due=clock.today())
        for n, o in enumerate(objectives)
    ]
    db.session.add_all(krs)
    db.session.commit()
    return list(zip(people, krs, strict=True))


def _reply(n: int, person: Person, kr: KeyResult) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{person.name} <{person.email}>"
    msg["To"] = addresses.reply_address(person.id, WEEK)
    msg["Subject"] = "Re: Weekly status, week 47: 1 key result"
    msg["Date"] = format_datetime(clock.now())
    msg["Message-ID"] = f"<load-{n}@client.example.com>"
    msg.set_content(f"{kr.ref} {FLAGS[n % 3]} - burst message {n}\n")
    return msg.as_bytes()


def _post_all(base: str, bodies: list[bytes], threads: int) -> tuple[Counter, list[float]]:
    """Post every body once, from `threads` keep-alive connections; (status counts, latencies)."""
    url = urlsplit(base)
    statuses: Counter = Counter()
    latencies: list[float] = []
    lock = threading.Lock()
    next_index = iter(range(len(bodies)))

    def work() -> None:
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        mine_status: Counter = Counter()
        mine_latency: list[float] = []
        try:
            while True:
                with lock:
                    index = next(next_index, None)
                if index is None:
                    break
                body = bodies[index]
                signature = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                headers = {
                    "Content-Type": "message/rfc822",
                    "X-Flagpost-Signature": f"sha256={signature}",
                }
                started = time.perf_counter()
                try:
                    conn.request("POST", "/inbound/email", body=body, headers=headers)
                    response = conn.getresponse()
                    response.read()
                    status = response.status
                except (OSError, http.client.HTTPException) as error:
                    status = f"error: {type(error).__name__}"
                    conn.close()
                    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
                mine_latency.append(time.perf_counter() - started)
                mine_status[status] += 1
        finally:
            conn.close()
            with lock:
                statuses.update(mine_status)
                latencies.extend(mine_latency)

    workers = [threading.Thread(target=work, name=f"load-{i}") for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=600)
        assert not worker.is_alive(), "a load generator thread hung"
    return statuses, latencies


# `okr worker` forks a work horse per job (RQ's default), which costs more than the work
# itself here; the same job functions run in RQ's SimpleWorker, in the worker's own process
# (what `rq worker --worker-class rq.worker.SimpleWorker` does), with the app's context.
RUN_SIMPLE_WORKER = (
    "from okr import create_app\n"
    "from okr.queue import QUEUE_NAME, redis_connection\n"
    "from rq.worker import SimpleWorker\n"
    "with create_app().app_context():\n"
    "    SimpleWorker([QUEUE_NAME], connection=redis_connection()).work(burst=True)\n"
)
WORKER_SECONDS = 1500  # only stops a hang; the 10,000 burst takes a few minutes


def _run_simple_workers(app, tmp_path, count: int) -> None:
    env = worker_env(app, tmp_path)
    procs = []
    try:
        for n in range(count):
            log = (tmp_path / f"simple-worker-{n}.log").open("wb")
            procs.append(
                (
                    subprocess.Popen(
                        [sys.executable, "-c", RUN_SIMPLE_WORKER],
                        cwd=REPO,
                        env=env,
                        stdin=subprocess.DEVNULL,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    ),
                    log,
                )
            )
        deadline = time.monotonic() + WORKER_SECONDS
        for proc, log in procs:
            code = proc.wait(timeout=max(1, deadline - time.monotonic()))
            log.close()
            tail = Path(log.name).read_text(errors="replace")[-3000:]
            assert code == 0, f"a worker exited with {code}:\n{tail}"
    finally:
        for proc, log in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
            log.close()


def _check_recorded(count: int) -> int:
    """Each reply is recorded once, unless a later reply of the same person (received
    later, processed first by the other worker) already answered: then it says so. The
    final flag of every key result is the one of its owner's latest reply."""
    recorded = Counter(db.session.scalars(select(CheckIn.source_message_id)).all())
    assert set(recorded.values()) == {1}, "a reply was recorded twice"
    rows = db.session.execute(
        select(
            InboundMessage.message_id,
            InboundMessage.outcome,
            InboundMessage.person_id,
            InboundMessage.reason,
        ).order_by(InboundMessage.id)
    ).all()
    superseded = [r for r in rows if r.message_id not in recorded]
    for row in superseded:
        assert "a later reply of yours" in " ".join(json.loads(row.outcome)["problems"]), row
        assert row.reason == "superseded by a later reply for the week"
    assert len(recorded) + len(superseded) == count
    latest = {row.person_id: row.message_id for row in rows}  # the last received per person
    flags = dict(
        db.session.execute(
            select(CheckIn.source_message_id, CheckIn.flag).where(
                CheckIn.id.in_(select(func.max(CheckIn.id)).group_by(CheckIn.key_result_id))
            )
        ).all()
    )
    assert set(flags) == set(latest.values()), "a key result does not show its latest reply"
    for message_id in flags:
        n = int(message_id.removeprefix("<load-").partition("@")[0])
        assert flags[message_id].value == FLAGS[n % 3]
    return len(superseded)


def _report(capsys, text: str) -> None:
    """Shown in the test run's output even when the test passes (CI's log keeps it)."""
    with capsys.disabled():
        print(text)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _burst(app, live_server, smtp_server, tmp_path, count: int, workers: int, capsys) -> dict:
    # As many people as it takes for every reply to be confirmed: a person gets at most
    # MAX_CONFIRMATIONS_PER_DAY answers a day (a mail-storm guard).
    people = -(-count // MAX_CONFIRMATIONS_PER_DAY)
    company = _company(people)
    bodies = [_reply(n, *company[n % people]) for n in range(count)]

    started = time.perf_counter()
    statuses, latencies = _post_all(live_server, bodies, THREADS)
    posting = time.perf_counter() - started
    p50, p99 = _percentile(latencies, 0.50), _percentile(latencies, 0.99)
    _report(
        capsys,
        f"\nburst of {count} to /inbound/email from {THREADS} threads: {posting:.1f}s, "
        f"{count / posting:.0f}/s; latency p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
        f"max {max(latencies) * 1000:.1f} ms, mean {statistics.fmean(latencies) * 1000:.1f} ms",
    )
    assert statuses == Counter({202: count}), f"not every message was taken: {statuses}"
    db.session.rollback()
    stored = db.session.scalar(select(func.count(InboundMessage.id)))
    assert stored == count, f"{count} taken but {stored} stored"

    started = time.perf_counter()
    _run_simple_workers(app, tmp_path, workers)
    processing = time.perf_counter() - started
    _report(
        capsys,
        f"processed by {workers} RQ workers in {processing:.1f}s ({count / processing:.0f}/s)",
    )

    db.session.rollback()
    db.session.expire_all()
    states = Counter(
        db.session.scalars(select(InboundMessage.state)).all()
    )  # every message reached an end state
    assert states == Counter({InboundState.PROCESSED: count}), states
    superseded = _check_recorded(count)
    # Each reply was answered once (one confirmation, threaded under it), but for those a
    # later reply had overtaken: their sender already has the answer to the later one.
    outbox = Counter(db.session.scalars(select(OutboxMessage.state)).all())
    errors = Counter(
        db.session.scalars(
            select(OutboxMessage.last_error).where(OutboxMessage.last_error.is_not(None))
        ).all()
    )
    assert outbox == Counter({MailState.SENT: count - superseded}), (outbox, errors.most_common(3))
    with smtp_server.behaviour.lock:
        answered = Counter(r.message["In-Reply-To"] for r in smtp_server.received)
    assert len(answered) == count - superseded and set(answered.values()) == {1}, (
        f"{len(answered)} replies answered, {sum(answered.values())} confirmations"
    )
    return {"p50": p50, "p99": p99, "posting": posting, "processing": processing}


@pytest.mark.redis
def test_a_burst_of_1000_replies_is_stored_and_processed_none_lost(
    app,
    live_server,
    smtp_server,
    tmp_path,
    redis_conn,
    capsys,
):
    _burst(app, live_server, smtp_server, tmp_path, 1000, workers=2, capsys=capsys)


@pytest.mark.slow
@pytest.mark.redis
def test_a_burst_of_10000_replies_is_stored_and_processed_none_lost(
    app,
    live_server,
    smtp_server,
    tmp_path,
    redis_conn,
    capsys,
):
    _burst(app, live_server, smtp_server, tmp_path, 10_000, workers=2, capsys=capsys)
