"""`okr worker` and `okr scheduler` ride out a PostgreSQL outage, against a real server that
the test stops and starts again on the same port, as a database restart would: both keep
running, and a reply stored once the database is back is answered without a restart."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from okr.extensions import db
from okr.models import InboundState
from tests.conftest import app_on_database
from tests.servers import _started
from tests.test_redis_outage import (
    CATCH_UP_SECONDS,
    _env,
    _start,
    _state,
    _stop,
    _stored_reply,
    _until,
    redis_server,  # noqa: F401 - a fixture
)
from tests.throwaway import PostgresCluster

pytestmark = pytest.mark.postgres

OUTAGE_SECONDS = 6  # longer than three ticks: several ticks fail while it lasts


@pytest.fixture
def own_postgres() -> Iterator[PostgresCluster]:
    """A cluster of this test's own, since the test stops it."""
    cluster = PostgresCluster()  # a folder the postgres user can reach
    _started(cluster)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_app(own_postgres, tmp_path):
    with app_on_database(own_postgres.create("flagpost_outage"), tmp_path) as application:
        yield application


def test_worker_and_scheduler_ride_out_a_database_restart(
    pg_app,
    own_postgres,
    redis_server,  # noqa: F811 - the fixture imported above
    tmp_path,
):
    _started(redis_server)
    env = _env(pg_app, redis_server.url, tmp_path)
    env["OKR_TICK_SECONDS"] = "2"
    worker_log, scheduler_log = tmp_path / "worker.log", tmp_path / "scheduler.log"
    worker = _start(["worker", "--no-fork"], env, worker_log)
    scheduler = _start(["scheduler"], env, scheduler_log)
    try:
        before = _stored_reply(1)
        _until(
            lambda: _state(before) != InboundState.STORED,
            CATCH_UP_SECONDS,
            "a reply was not processed before the outage",
            worker_log,
        )
        db.session.remove()
        db.engine.dispose()  # this process's connections die with the server

        own_postgres.stop(remove=False)
        time.sleep(OUTAGE_SECONDS)
        assert worker.poll() is None, "the worker quit when the database went away"
        assert scheduler.poll() is None, "the scheduler quit when the database went away"
        own_postgres.resume()

        after = _stored_reply(2)  # the web hook stores it once the database is back
        _until(
            lambda: _state(after) != InboundState.STORED,
            CATCH_UP_SECONDS,
            "the reply stored after the restart was not processed",
            worker_log,
        )
        assert _state(after) is not InboundState.FAILED  # the database failed, not the reply
        assert worker.poll() is None and scheduler.poll() is None
        assert _stop(worker) == 0
        assert _stop(scheduler) == 0
    finally:
        for proc in (worker, scheduler):
            if proc.poll() is None:
                proc.kill()
    said = worker_log.read_text(errors="replace")
    # One line when it went and one when it came back, not a traceback per failed job.
    assert "Traceback" not in said, said
    assert said.count("lost the database (") == 1, said
    assert said.count("the database is back after") == 1, said
    assert "Traceback" not in scheduler_log.read_text(errors="replace")
