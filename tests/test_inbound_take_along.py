"""A reply's job on RQ takes along the never-tried replies waiting behind it (`inbound.take`)
and sends their confirmations itself: a burst is answered in a few batches, not one job
and one send job per reply. One bad reply fails alone, a worker killed mid-batch loses
nothing, and no reply is confirmed twice, however the jobs meet."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import event, select, update

from okr import clock, jobs
from okr.config import database_uri
from okr.extensions import db
from okr.models import CheckIn, InboundMessage, InboundState, MailKind, MailState, OutboxMessage
from okr.queue import QUEUE_NAME, job_id
from okr.services import inbound
from okr.services.inbound import batch as inbound_batch
from tests import test_weekly_form_rq as rq_helpers
from tests.conftest import make_kr, make_person, run_at_once
from tests.smtp import SMTPServer
from tests.test_inbound_batch import _reply, _states, _store_all
from tests.test_weekly_form_rq import REPO, WorkerProcess, run_workers, worker_env

redis_conn = rq_helpers.redis_conn  # the fixtures: the session's Redis, emptied around a test
rq_config = rq_helpers.rq_config

pytestmark = pytest.mark.redis


@pytest.fixture
def company(rq_config, app):
    people = [make_person(f"p{n:02d}@example.com", f"Person {n}") for n in range(12)]
    return people, {p.id: make_kr(p, "One") for p in people}


def _replies(company, count: int, flag: str = "yellow") -> list[int]:
    people, krs = company
    return _store_all(
        [_reply(p, f"{krs[p.id].ref} {flag}", n) for n, p in enumerate(people[:count])]
    )


def _answered(server: SMTPServer) -> Counter:
    """How many confirmations the SMTP server received per reply (In-Reply-To)."""
    with server.behaviour.lock:
        return Counter(r.message["In-Reply-To"] for r in server.received)


def _message_ids(ids: list[int]) -> list[str]:
    db.session.rollback()
    return [db.session.get(InboundMessage, one).message_id for one in ids]


def _queued_jobs(redis_conn) -> list[str]:
    from rq import Queue

    return Queue(QUEUE_NAME, connection=redis_conn).job_ids


def test_a_replys_job_takes_the_waiting_replies_along_and_confirms_each_once(
    company, smtp_server, redis_conn
):
    ids = _replies(company, 6)

    assert jobs.process_inbound(ids[0]) == "processed"

    assert _states(ids) == [InboundState.PROCESSED] * 6
    assert _answered(smtp_server) == Counter(_message_ids(ids))  # one each, sent by the job
    assert _queued_jobs(redis_conn) == []  # no send job: the confirmations went out already
    # The replies' own jobs run later and change nothing.
    assert [jobs.process_inbound(one) for one in ids[1:]] == ["processed"] * 5
    assert _answered(smtp_server) == Counter(_message_ids(ids))
    assert len(db.session.scalars(select(CheckIn)).all()) == 6
    assert [r.attempts for r in db.session.scalars(select(InboundMessage))] == [1] * 6


def test_only_never_tried_replies_are_taken_along_oldest_first_up_to_the_limit(
    company, smtp_server, monkeypatch
):
    ids = _replies(company, 6)
    db.session.execute(update(InboundMessage).where(InboundMessage.id == ids[1]).values(attempts=1))
    db.session.commit()
    monkeypatch.setattr(jobs, "TAKE_ALONG", 3)

    jobs.process_inbound(ids[5])

    # The newest reply's job took the three oldest never-tried ones; the reply tried
    # before waits for its own job, and so does the one over the limit.
    assert _states(ids) == [
        InboundState.PROCESSED,
        InboundState.STORED,
        InboundState.PROCESSED,
        InboundState.PROCESSED,
        InboundState.STORED,
        InboundState.PROCESSED,
    ]
    assert jobs.process_inbound(ids[1]) == "processed"
    assert _states(ids).count(InboundState.STORED) == 0  # ids[4] came along with ids[1]
    assert _answered(smtp_server) == Counter(_message_ids(ids))


def test_one_bad_reply_taken_along_fails_alone_and_is_retried_by_a_job_of_its_own(
    company, smtp_server, redis_conn, monkeypatch
):
    ids = _replies(company, 4)
    bad = _message_ids(ids)[2]
    real_apply = inbound_batch.apply

    def apply_unless_bad(understanding, person, week, entries, source, **kwargs):
        if source == bad:
            raise RuntimeError("a bug met this message")
        return real_apply(understanding, person, week, entries, source, **kwargs)

    monkeypatch.setattr(inbound_batch, "apply", apply_unless_bad)
    assert jobs.process_inbound(ids[0]) == "processed"

    assert _states(ids) == [InboundState.PROCESSED] * 2 + [
        InboundState.STORED,
        InboundState.PROCESSED,
    ]
    assert sorted(_answered(smtp_server)) == sorted(m for m in _message_ids(ids) if m != bad)
    assert _queued_jobs(redis_conn) == [job_id("inbound", ids[2])]  # with RQ's retries

    monkeypatch.setattr(inbound_batch, "apply", real_apply)  # fixed: the retry records it
    assert jobs.process_inbound(ids[2]) == "processed"
    assert _answered(smtp_server) == Counter(_message_ids(ids))


def test_a_bad_reply_fails_its_own_job_for_rqs_retry_and_the_others_are_confirmed(
    company, smtp_server, monkeypatch
):
    ids = _replies(company, 3)
    bad = _message_ids(ids)[0]
    real_apply = inbound_batch.apply

    def apply_unless_bad(understanding, person, week, entries, source, **kwargs):
        if source == bad:
            raise RuntimeError("a bug met this message")
        return real_apply(understanding, person, week, entries, source, **kwargs)

    monkeypatch.setattr(inbound_batch, "apply", apply_unless_bad)
    with pytest.raises(jobs.WaitsForRetry):
        jobs.process_inbound(ids[0])
    assert _states(ids) == [InboundState.STORED] + [InboundState.PROCESSED] * 2
    assert sorted(_answered(smtp_server)) == sorted(_message_ids(ids)[1:])


def test_jobs_running_at_once_confirm_every_reply_exactly_once(company, smtp_server, app):
    ids = _replies(company, 12)
    errors = run_at_once(app, [lambda one=one: jobs.process_inbound(one) for one in ids[::3]])
    assert errors == []
    for one in ids:  # what no job took along, its own job does
        jobs.process_inbound(one)
    assert _states(ids) == [InboundState.PROCESSED] * 12
    assert _answered(smtp_server) == Counter(_message_ids(ids))
    check_ins = db.session.scalars(select(CheckIn.source_message_id)).all()
    assert Counter(check_ins) == Counter(_message_ids(ids))


def test_confirmations_the_server_refuses_wait_for_a_delayed_send_job(
    company, smtp_server, redis_conn
):
    from rq import Queue

    ids = _replies(company, 2)
    smtp_server.behaviour.data_replies = ["451 4.3.0 try again later"] * 2
    jobs.process_inbound(ids[0])
    assert _states(ids) == [InboundState.PROCESSED] * 2
    db.session.rollback()
    rows = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.kind == MailKind.CONFIRMATION)
    ).all()
    assert {r.state for r in rows} == {MailState.QUEUED}  # kept, with a retry time
    scheduled = Queue(QUEUE_NAME, connection=redis_conn).scheduled_job_registry.get_job_ids()
    assert scheduled == [job_id("send", sorted(r.id for r in rows))]
    assert _queued_jobs(redis_conn) == []  # not at once: the server just refused


# --- a worker killed in the middle of a batch --------------------------------------------------

# `okr worker`, with the batch's last step before its commit slowed down so that the test
# can kill the worker there; the clock frozen as in this process.
SLOW_WORKER = """
import os, pathlib, time
from datetime import datetime
from okr import clock
clock.freeze(datetime.fromisoformat(os.environ["FLAGPOST_TEST_NOW"]))
from okr.services.inbound import batch
real = batch._Batch._queue_composed
def slow(self):
    pathlib.Path(os.environ["FLAGPOST_TEST_MARK"]).touch()
    time.sleep(120)
    return real(self)
batch._Batch._queue_composed = slow
from okr.cli import main
main()
"""


def test_a_worker_killed_mid_batch_loses_nothing_and_each_reply_is_confirmed_once(
    company, smtp_server, redis_conn, app, tmp_path
):
    ids = _replies(company, 6)
    jobs.submit_inbound(ids[0])
    mark = tmp_path / "in-the-batch"
    env = worker_env(app, tmp_path) | {
        "FLAGPOST_TEST_NOW": clock.now().isoformat(),
        "FLAGPOST_TEST_MARK": str(mark),
    }
    log = tmp_path / "killed-worker.log"
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-c", SLOW_WORKER, "worker", "--no-fork", "--burst"],
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    worker = WorkerProcess(proc, log)
    try:
        deadline = time.monotonic() + 60
        while not mark.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the worker never reached the batch:\n{worker.output()}")
            time.sleep(0.05)
        db.session.rollback()
        assert [r.attempts for r in db.session.scalars(select(InboundMessage))] == [1] * 6
    finally:
        worker.kill()  # SIGKILL in the middle of the batch: its transaction is lost

    assert _states(ids) == [InboundState.STORED] * 6  # every reply still there
    assert db.session.scalars(select(CheckIn)).all() == []
    assert db.session.scalars(select(OutboxMessage)).all() == []
    assert _answered(smtp_server) == Counter()

    # The sweeper hands the replies left stored to the workers again; each is confirmed once.
    db.session.execute(
        update(InboundMessage).values(received_at=clock.now() - timedelta(minutes=10))
    )
    db.session.commit()
    assert jobs.sweep_inbound() == 6
    run_workers(app, tmp_path, 1, "--no-fork", frozen=True)
    assert _states(ids) == [InboundState.PROCESSED] * 6
    assert _answered(smtp_server) == Counter(_message_ids(ids))


# --- PostgreSQL: a reply another batch holds is skipped, not waited for --------------------------


@pytest.fixture
def on_postgres(rq_config, fresh_postgres_url):
    rq_config["SQLALCHEMY_DATABASE_URI"] = database_uri(fresh_postgres_url)
    return fresh_postgres_url


@pytest.mark.postgres
def test_a_job_whose_reply_another_batch_holds_takes_the_others_and_returns_at_once(
    on_postgres, company, smtp_server, app
):
    ids = _replies(company, 4)

    def fail_a_wait_for_a_lock(connection, _record) -> None:  # instead of hanging the test
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '10s'")
        connection.commit()

    event.listen(db.engine, "connect", fail_a_wait_for_a_lock)
    db.session.remove()
    db.engine.dispose()
    with db.engine.connect() as other:  # another worker's batch, in the middle of it
        other.execute(
            select(InboundMessage.id)
            .where(InboundMessage.id == ids[0])
            .with_for_update(key_share=True)
        )
        assert jobs.process_inbound(ids[0]) == "stored"  # no wait for the lock
        assert _states(ids) == [InboundState.STORED] + [InboundState.PROCESSED] * 3
        taken = inbound.take(ids[0], 10)
        assert taken == inbound.Taken([], False)
        other.rollback()  # that batch failed: its reply is stored, and was tried
    assert jobs.process_inbound(ids[0]) == "processed"
    assert _answered(smtp_server) == Counter(_message_ids(ids))
    db.session.rollback()
    assert db.session.get(InboundMessage, ids[0]).attempts == 1
