"""Long-running RQ processes (`okr worker`, `okr scheduler`) that ride out a Redis outage.

RQ's own loops quit when Redis goes away ("found an unhandled exception, quitting"), and
refuse to start without it. A Redis restart or a network blip must not need a person to
restart Flagpost: these wrappers wait with backoff, say so once per change of state, and
carry on. Replies stored while Redis was away are processed as soon as it is back.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, SimpleWorker, Worker
from rq.cron import CronScheduler
from rq.defaults import DEFAULT_LOGGING_DATE_FORMAT, DEFAULT_LOGGING_FORMAT
from rq.job import Job
from rq.job_lifecycle import call_exception_handlers
from rq.scheduler import RQScheduler
from rq.worker.base import BaseWorker
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from . import clock, logs

log = logging.getLogger("okr.workers")

FIRST_DELAY = 1.0
MAX_DELAY = 30.0
PUBSUB_POLL_SECONDS = 1.0  # the longest a stopping worker waits for its channel's thread


class RedisUnavailable(RuntimeError):
    """Redis cannot be reached and the caller asked not to wait for it."""


@dataclass
class Backoff:
    """1, 2, 4 … seconds up to `ceiling`: quick after a blip, gentle during a long outage."""

    first: float = FIRST_DELAY
    ceiling: float = MAX_DELAY
    _next: float = field(default=0.0, init=False)

    def next(self) -> float:
        delay = self._next or self.first
        self._next = min(delay * 2, self.ceiling)
        return delay

    def reset(self) -> None:
        self._next = 0.0


class Stopper:
    """SIGTERM or SIGINT while we wait for Redis ends the wait at once (systemd's stop)."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def install(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.event.set())

    def watch(self, process: object, method: str) -> None:
        """Note a stop request that reaches `process`'s own signal handler too, so that a
        loop it ends on request is not taken for one that ended on an error."""
        handler = getattr(process, method)

        def noted(signum: int, frame: object) -> None:
            self.event.set()
            handler(signum, frame)

        setattr(process, method, noted)

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True when a stop was asked for."""
        return self.event.wait(seconds)


def _reachable(connection: Redis) -> bool:
    try:
        return bool(connection.ping())
    except (RedisError, OSError):
        return False


def _where(connection: Redis) -> str:
    kwargs = connection.connection_pool.connection_kwargs
    return f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}"


def wait_for_redis(connection: Redis, stopper: Stopper, wait: bool) -> datetime | None:
    """Return when Redis answers: None at once if it did, else when the outage was first
    seen. Raises RedisUnavailable when asked not to wait; returns None if stopped."""
    if _reachable(connection):
        return None
    if not wait:
        raise RedisUnavailable(
            f"Redis at {_where(connection)} is unreachable (REDIS_URL); start it, or leave "
            "out --no-wait to wait for it"
        )
    since = clock.now()
    log.warning("Redis at %s is unreachable; waiting for it", _where(connection))
    backoff = Backoff()
    while not _reachable(connection):
        if stopper.wait(backoff.next()):
            return None
    seconds = (clock.now() - since).total_seconds()
    log.info("Redis at %s is back after %.0f s", _where(connection), seconds)
    return since


class _QuietRedisTracebacks(logging.Filter):
    """RQ logs every failed reconnection, some with a full traceback; the monitor's one
    line per change of state says it instead."""

    SIGNS = ("could not connect to Redis", "ConnectionError", "TimeoutError", "Redis connection")

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, RedisError | ConnectionError | TimeoutError):
            return False
        message = record.getMessage()
        return not any(sign in message for sign in self.SIGNS)


def _quiet(*logger_names: str) -> None:
    for name in logger_names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _QuietRedisTracebacks) for f in logger.filters):
            logger.addFilter(_QuietRedisTracebacks())


class _OutlastingScheduler(RQScheduler):
    """RQ's scheduler of delayed retries, which ends quietly when Redis goes away (RQ's
    own raises, printing a traceback); the worker starts a new one when Redis is back."""

    def work(self) -> None:
        with contextlib.suppress(RedisError, OSError):
            super().work()


def database_unreachable(error: BaseException | None) -> bool:
    """The database could not be reached (refused, restarted, connection lost), as opposed
    to a query that failed: a deadlock or a bug is worth a traceback, an outage is not."""
    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    if not isinstance(error, OperationalError | InterfaceError):
        return False
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate is not None:  # PostgreSQL: connection exceptions, or the server going down
        return sqlstate.startswith(("08", "57P"))
    name = getattr(error.orig, "sqlite_errorname", None)
    if name is not None:
        return name == "SQLITE_CANTOPEN"
    return isinstance(error.orig, Exception) and type(error.orig).__module__.startswith("psycopg")


class DatabaseWatch:
    """One line when jobs start failing because the database is away and one when a job
    succeeds again, instead of a traceback per failed job: RQ retries the jobs, and the
    tick after the outage sends what is due."""

    def __init__(self) -> None:
        self.down_since: float | None = None

    def failed(self, error: BaseException | None) -> bool:
        """True when the failure is the database's (said once per outage)."""
        if not database_unreachable(error):
            return False
        if self.down_since is None:
            self.down_since = time.monotonic()
            reason = str(getattr(error, "orig", error)).strip().splitlines()[0][:200]
            log.warning("lost the database (%s); its jobs are retried until it is back", reason)
        return True

    def succeeded(self) -> None:
        if self.down_since is not None:
            seconds = time.monotonic() - self.down_since
            self.down_since = None
            log.info("the database is back after %.0f s", seconds)


class _OutlastingMixin:
    database = DatabaseWatch()
    scheduler: RQScheduler | None  # as BaseWorker's, which this mixin is mixed into

    def handle_exception(self, job: Job, *exc_info: Any) -> None:
        """As RQ's own, but a job that failed because the database is away is not logged
        with its traceback: `DatabaseWatch` says it once per outage."""
        if self.database.failed(exc_info[1] if len(exc_info) > 1 else None):
            call_exception_handlers(self._exc_handlers, job, *exc_info)  # type: ignore[attr-defined]
            return
        super().handle_exception(job, *exc_info)  # type: ignore[misc]

    def _start_scheduler(
        self,
        burst: bool = False,
        logging_level: str | None = "INFO",
        date_format: str = DEFAULT_LOGGING_DATE_FORMAT,
        log_format: str = DEFAULT_LOGGING_FORMAT,
    ) -> None:
        # As RQ's own (rq.worker.base.BaseWorker._start_scheduler), with our scheduler class.
        scheduler = _OutlastingScheduler(
            self.queues,  # type: ignore[attr-defined]
            connection=self.connection,  # type: ignore[attr-defined]
            logging_level=logging_level if logging_level is not None else self.log.level,  # type: ignore[attr-defined]
            date_format=date_format,
            log_format=log_format,
            serializer=self.serializer,  # type: ignore[attr-defined]
        )
        self.scheduler = scheduler
        scheduler.acquire_locks()
        if not scheduler.acquired_locks:
            return
        if burst:
            try:
                scheduler.register_birth()
                scheduler.enqueue_scheduled_jobs()
            finally:
                scheduler.release_locks()
                scheduler.register_death()
        else:
            scheduler.start()

    def subscribe(self) -> None:
        """As RQ's own (rq.worker.base.BaseWorker.subscribe), polling its channel every
        second instead of every 60 s. Stopping joins the polling thread (redis-py 8 waits
        for it), and a thread that had seen its unsubscription waited out the whole poll
        for a new one: SIGTERM then took a minute to stop an idle worker, now a second."""
        self.log.info("Worker %s: subscribing to channel %s", self.name, self.pubsub_channel_name)  # type: ignore[attr-defined]
        self.pubsub = self.connection.pubsub()  # type: ignore[attr-defined]
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})  # type: ignore[attr-defined]
        self.pubsub_thread = self.pubsub.run_in_thread(
            sleep_time=PUBSUB_POLL_SECONDS,
            daemon=True,
            exception_handler=self._pubsub_exception_handler,  # type: ignore[attr-defined]
        )

    def perform_job(self, job: Job, queue: Queue, *args: Any) -> bool:
        """One line per job, carrying the job's id like every line the job logs."""
        logs.CONTEXT.set(f"job={job.id}")
        started = time.perf_counter()
        done = False
        try:
            done = super().perform_job(job, queue, *args)  # type: ignore[misc]
            if done:
                self.database.succeeded()
            return done
        finally:
            log.info(
                "%s %s in %.2f s",
                job.func_name,
                "done" if done else "failed",
                time.perf_counter() - started,
            )
            logs.CONTEXT.set(None)


class OutlastingWorker(_OutlastingMixin, Worker):
    """A worker forking a work horse per job."""


class OutlastingSimpleWorker(_OutlastingMixin, SimpleWorker):
    """A worker running jobs in its own process (`okr worker --no-fork`)."""


class RedisMonitor(threading.Thread):
    """Watches Redis from beside the worker: one line when it goes and when it comes back,
    and the catch-up then. RQ's loop reconnects by itself but tells no one."""

    def __init__(
        self, url: str, after_outage: Callable[[datetime], object], every: float = 2.0
    ) -> None:
        super().__init__(name="flagpost-redis-monitor", daemon=True)
        self.connection = Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
        self.after_outage = after_outage
        self.every = every
        self.stopped = threading.Event()

    def run(self) -> None:
        down_since: datetime | None = None
        while not self.stopped.wait(self.every):
            up = _reachable(self.connection)
            if down_since is None and not up:
                down_since = clock.now()
                log.warning("lost Redis at %s; waiting for it", _where(self.connection))
            elif down_since is not None and up:
                seconds = (clock.now() - down_since).total_seconds()
                log.info("Redis at %s is back after %.0f s", _where(self.connection), seconds)
                try:
                    self.after_outage(down_since)
                except Exception:  # the sweeper of the next tick catches up instead
                    log.exception("catching up after the outage failed")
                down_since = None


def run_worker(
    url: str,
    make_worker: Callable[[Redis], BaseWorker],
    *,
    burst: bool,
    wait: bool,
    at_start: Callable[[], object],
    after_outage: Callable[[datetime], object],
) -> None:
    """Run RQ workers one after the other until asked to stop (or, with `burst`, until the
    queue is empty), starting a new one whenever one quits while Redis is away."""
    _quiet("rq.worker", "rq.scheduler", "rq.queue")
    connection = Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
    stopper = Stopper()
    stopper.install()
    outage = wait_for_redis(connection, stopper, wait)
    if stopper.event.is_set():
        return
    at_start()
    if outage is not None:
        after_outage(outage)
    monitor = RedisMonitor(url, after_outage)
    if not burst:
        monitor.start()
    try:
        while True:
            worker = make_worker(connection)
            stopper.watch(worker, "request_stop")
            log.info("worker %s takes jobs from %s", worker.name, ", ".join(worker.queue_names()))
            # The loop's teardown may touch a Redis that is gone: handled below. RQ's own
            # lines per job are replaced by one of ours (perform_job above).
            with contextlib.suppress(RedisError, OSError):
                worker.work(burst=burst, with_scheduler=True, logging_level="WARNING")
            if stopper.event.is_set():
                return
            if _reachable(connection):
                if burst:
                    return
                # RQ quit for another reason with Redis up: start again, without spinning.
                log.warning("the worker stopped unexpectedly; starting a new one")
                if stopper.wait(FIRST_DELAY):
                    return
                continue
            stopper.install()
            backoff = Backoff()
            while not _reachable(connection):  # the monitor says when it is back
                if stopper.wait(backoff.next()):
                    return
    finally:
        monitor.stopped.set()


def run_scheduler(
    url: str, make_scheduler: Callable[[Redis], CronScheduler], *, wait: bool
) -> None:
    """RQ's cron scheduler, started again whenever a Redis outage stopped it."""
    _quiet("rq.cron")
    connection = Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
    stopper = Stopper()
    stopper.install()
    wait_for_redis(connection, stopper, wait)
    if stopper.event.is_set():
        return
    monitor = RedisMonitor(url, lambda _since: None)
    monitor.start()
    try:
        while True:
            scheduler = make_scheduler(connection)
            stopper.watch(scheduler, "_request_stop")
            names = ", ".join(job.func_name for job in scheduler.get_jobs())
            log.info("scheduler %s enqueues %s", scheduler.name, names)
            with contextlib.suppress(RedisError, OSError):
                scheduler.start()
            if stopper.event.is_set():
                return
            stopper.install()
            backoff = Backoff()
            while not _reachable(connection):
                if stopper.wait(backoff.next()):
                    return
    finally:
        monitor.stopped.set()
