"""`okr worker` and `okr scheduler` ride out a Redis outage, against a real Redis server that
the test stops and starts again on the same port, as a Redis restart would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from redis import Redis

from okr.extensions import db
from okr.models import InboundMessage, InboundState
from okr.services.inbound import store
from tests.servers import _started, free_port
from tests.test_weekly_form_rq import REPO, RUN_OKR
from tests.throwaway import RedisServer

CATCH_UP_SECONDS = 60  # the promise: a reply stored in an outage is answered within a minute


@pytest.fixture
def redis_server(tmp_path):
    """A redis-server on a fixed port that the test stops and starts again."""
    server = RedisServer(tmp_path / "redis")
    try:
        yield server
    finally:
        server.stop()


def _env(app, redis_url: str, tmp_path: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OKR_", "MAIL_")) and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        PYTHONPATH=str(REPO),
        PYTHONUNBUFFERED="1",
        DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
        REDIS_URL=redis_url,
        OKR_SECRET_KEY=app.config["SECRET_KEY"],
        OKR_INSTANCE_PATH=str(tmp_path / "worker-instance"),
        OKR_OUTBOX_DIR=str(tmp_path / "worker-outbox"),
    )
    return env


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", RUN_OKR, *args],
        cwd=REPO,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


def _until(check, seconds: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    pytest.fail(f"{what} within {seconds} s\n{log.read_text(errors='replace')[-3000:]}")


def _stored_reply(n: int) -> int:
    raw = (
        f"From: dana@example.com\r\nMessage-ID: <r{n}@example.com>\r\n"
        f"Subject: Re: status\r\n\r\nhello {n}\r\n"
    )
    stored = store(raw.encode(), "http")
    db.session.commit()
    return stored.id


def _state(inbound_id: int) -> InboundState:
    db.session.expire_all()
    return db.session.get(InboundMessage, inbound_id).state


def _stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=20)


def test_a_worker_waits_for_redis_at_start_and_through_an_outage(app, tmp_path, redis_server):
    log = tmp_path / "worker.log"
    env = _env(app, redis_server.url, tmp_path)
    worker = _start(["worker", "--no-fork"], env, log)
    try:
        _until(lambda: "is unreachable; waiting for it" in log.read_text(), 30, "no wait", log)
        time.sleep(1)
        assert worker.poll() is None, log.read_text()  # Redis is not there yet: it waits
        _started(redis_server)
        conn = Redis.from_url(redis_server.url)
        _until(lambda: conn.keys("rq:worker:*"), 30, "the worker did not register", log)

        redis_server.stop()
        time.sleep(3)
        assert worker.poll() is None, "the worker quit when Redis went away"
        during = _stored_reply(1)  # the web hook stores it; no job can be queued now

        _started(redis_server)
        _until(
            lambda: _state(during) != InboundState.STORED,
            CATCH_UP_SECONDS,
            "the reply stored during the outage was not processed",
            log,
        )
        conn = Redis.from_url(redis_server.url)
        _until(lambda: conn.keys("rq:worker:*"), 30, "the worker did not come back", log)
        assert worker.poll() is None
        assert _stop(worker) == 0
    finally:
        if worker.poll() is None:
            worker.kill()
    output = log.read_text(errors="replace")
    assert "Traceback" not in output, output
    assert output.count("is unreachable; waiting for it") == 1, output  # at start
    assert output.count("lost Redis at") == 1, output
    assert output.count("is back after") == 2, output


def test_the_scheduler_rides_out_an_outage(app, tmp_path, redis_server):
    log = tmp_path / "scheduler.log"
    _started(redis_server)
    env = _env(app, redis_server.url, tmp_path)
    env["OKR_TICK_SECONDS"] = "2"  # no worker runs: the ticks stay in the queue
    scheduler = _start(["scheduler"], env, log)
    queued = "rq:queue:flagpost"
    try:
        conn = Redis.from_url(redis_server.url)
        _until(lambda: conn.llen(queued) > 0, 30, "the scheduler queued no tick", log)
        redis_server.stop()
        time.sleep(4)
        assert scheduler.poll() is None, "the scheduler quit when Redis went away"
        _started(redis_server)
        conn = Redis.from_url(redis_server.url)  # an empty Redis: only new ticks are in it
        _until(lambda: conn.llen(queued) > 0, 30, "no tick was queued after the outage", log)
        assert scheduler.poll() is None
        assert _stop(scheduler) == 0
    finally:
        if scheduler.poll() is None:
            scheduler.kill()
    output = log.read_text(errors="replace")
    assert "Traceback" not in output, output
    assert output.count("lost Redis at") == 1, output


@pytest.mark.parametrize("command", [["worker", "--no-wait"], ["scheduler", "--no-wait"]])
def test_no_wait_fails_in_one_line_when_redis_is_unreachable(app, tmp_path, command):
    env = _env(app, f"redis://127.0.0.1:{free_port()}/0", tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", RUN_OKR, *command],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    output = (done.stdout + done.stderr).strip()
    assert "Traceback" not in output
    assert output.startswith("Error: Redis at 127.0.0.1:") and "is unreachable" in output
    assert len(output.splitlines()) == 1, output


@pytest.mark.redis
@pytest.mark.parametrize("worker_class", ["OutlastingWorker", "OutlastingSimpleWorker"])
def test_a_stopping_worker_waits_a_second_at_most_for_its_channel(redis_url, worker_class):
    """RQ polls the worker's channel in a thread every 60 s, and stopping joins that thread
    (redis-py 8): a thread that had seen its unsubscription waited out a whole poll, so
    SIGTERM took a minute to stop an idle `okr worker`, now and then. Ours polls every
    second; the unsubscription the stop sends still ends the thread."""
    from okr import workers

    connection = Redis.from_url(redis_url)
    worker = getattr(workers, worker_class)(["flagpost"], connection=connection)
    worker.subscribe()
    try:
        assert worker.pubsub_thread.sleep_time == workers.PUBSUB_POLL_SECONDS <= 1
    finally:
        worker.unsubscribe()
        connection.close()
    assert not worker.pubsub_thread.is_alive()
