"""Running background work: RQ on Redis when REDIS_URL is set, in this process otherwise.

Callers use `submit(...)` after their commit; only the transport of jobs differs, the
job functions in `okr.jobs` are the same either way.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import timedelta
from typing import Any

from flask import Flask, current_app
from redis import Redis
from rq import Queue, Retry

log = logging.getLogger(__name__)

QUEUE_NAME = "flagpost"
JOB_TIMEOUT = 300  # seconds; a batch of 50 over one SMTP connection takes far less
RETRY_INTERVALS = [30, 120, 600, 1800, 3600]


def redis_connection():
    """The app's Redis client, made once: its connection pool is reused by every enqueue
    (a new client per call opened a TCP connection each time, about a millisecond)."""
    url = current_app.config["REDIS_URL"]
    clients = current_app.extensions.setdefault("flagpost_redis", {})
    if url not in clients:
        # A Redis host that drops packets must not hang a web request or a command.
        clients[url] = Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
    return clients[url]


def rq_queue():
    return Queue(QUEUE_NAME, connection=redis_connection(), default_timeout=JOB_TIMEOUT)


def uses_redis() -> bool:
    return bool(current_app.config.get("REDIS_URL"))


def job_id(name: str, *parts: Any) -> str:
    digest = hashlib.sha1(repr(parts).encode(), usedforsecurity=False).hexdigest()[:16]
    return f"{name}-{digest}"


def submit(func: Callable[..., Any], *args: Any, job_name: str) -> str:
    """Run `func(*args)` now (embedded) or enqueue it on RQ with retries and a unique id.

    Returns 'inline' or the RQ job id. If Redis cannot be reached the work stays in the
    database (the outbox) and the sweeper enqueues it later, so nothing is lost.
    """
    if not uses_redis():
        func(*args)
        return "inline"
    ident = job_id(job_name, *args)
    try:
        _enqueue(func, args, ident)
    except Exception as error:  # Redis down: the rows wait in the outbox for the sweeper
        log.warning("could not enqueue %s (%s); the sweeper will pick it up", ident, error)
        return "deferred"
    return ident


def submit_later(seconds: float, func: Callable[..., Any], *args: Any, job_name: str) -> str:
    """Enqueue `func(*args)` on RQ to run in `seconds` (a worker's scheduler moves it to the
    queue then), with the retries and unique id of `submit`. Returns the RQ job id, or
    'deferred' without Redis or when it cannot be reached: the work must then be in the
    database for the sweeper, as with `submit`."""
    if not uses_redis():
        return "deferred"
    ident = job_id(job_name, *args)
    try:
        _enqueue(func, args, ident, later=timedelta(seconds=seconds))
    except Exception as error:  # Redis down: the rows wait in the outbox for the sweeper
        log.warning("could not enqueue %s (%s); the sweeper will pick it up", ident, error)
        return "deferred"
    return ident


def _enqueue(
    func: Callable[..., Any], args: tuple, ident: str, later: timedelta | None = None
) -> None:
    options: dict[str, Any] = {
        "job_id": ident,
        "retry": Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS),
        "job_timeout": JOB_TIMEOUT,
        "result_ttl": 3600,
        "failure_ttl": 7 * 24 * 3600,
    }
    if later is None:
        rq_queue().enqueue(func, *args, **options)
    else:
        rq_queue().enqueue_in(later, func, *args, **options)


def submit_in_background(func: Callable[..., Any], *args: Any, job_name: str) -> str:
    """Run `func(*args)` outside the caller's time: on RQ, else in a thread of this process.

    For work whose duration must not show in a response, because what it finds is
    nobody's business (whether an address belongs to someone). Each call is a job of its
    own. If Redis cannot be reached the work runs in this process's thread instead: such
    work has no row for a sweeper to find later. Returns the RQ job id or 'background'.
    """
    if uses_redis():
        ident = f"{job_name}-{secrets.token_hex(8)}"
        try:
            _enqueue(func, args, ident)
        except Exception as error:
            log.warning("could not enqueue %s (%s); running it in this process", ident, error)
        else:
            return ident
    app = current_app._get_current_object()  # type: ignore[attr-defined]  # Flask types the proxy as Flask
    _background(app).submit(func, args)
    return "background"


class _Background:
    """One thread per app that runs handed-over work, each call in its own app context."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="flagpost-bg")
        self.lock = threading.Lock()
        self.pending: set[Future] = set()

    def submit(self, func: Callable[..., Any], args: tuple) -> None:
        future = self.executor.submit(self._run, func, args)
        with self.lock:
            self.pending.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future) -> None:
        with self.lock:
            self.pending.discard(future)

    def _run(self, func: Callable[..., Any], args: tuple) -> None:
        with self.app.app_context():
            try:
                func(*args)
            except Exception:  # nobody waits for this work: the log is where it shows
                log.exception("background work %s failed", getattr(func, "__name__", func))

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                pending = list(self.pending)
            left = deadline - time.monotonic()
            if not pending or left <= 0:
                return not pending
            wait(pending, timeout=left)


_BACKGROUND_LOCK = threading.Lock()


def _background(app: Flask) -> _Background:
    with _BACKGROUND_LOCK:
        if "flagpost_background" not in app.extensions:
            app.extensions["flagpost_background"] = _Background(app)
        return app.extensions["flagpost_background"]


def wait_for_background(app: Flask, timeout: float = 30) -> bool:
    """Wait until the work handed to this process's background thread is done (tests,
    commands that exit); True when nothing is left."""
    background = app.extensions.get("flagpost_background")
    return True if background is None else background.wait(timeout)
