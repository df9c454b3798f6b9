"""Running background work: RQ on Redis when REDIS_URL is set, in this process otherwise.

Callers use `submit(...)` after their commit; only the transport of jobs differs, the
job functions in `okr.jobs` are the same either way.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from flask import current_app

log = logging.getLogger(__name__)

QUEUE_NAME = "flagpost"
JOB_TIMEOUT = 300  # seconds; a batch of 50 over one SMTP connection takes far less
RETRY_INTERVALS = [30, 120, 600, 1800, 3600]


def redis_connection():
    """The app's Redis client, made once: its connection pool is reused by every enqueue
    (a new client per call opened a TCP connection each time, about a millisecond)."""
    from redis import Redis

    url = current_app.config["REDIS_URL"]
    clients = current_app.extensions.setdefault("flagpost_redis", {})
    if url not in clients:
        # A Redis host that drops packets must not hang a web request or a command.
        clients[url] = Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
    return clients[url]


def rq_queue():
    from rq import Queue

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
    from rq import Retry

    ident = job_id(job_name, *args)
    try:
        rq_queue().enqueue(
            func,
            *args,
            job_id=ident,
            retry=Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS),
            job_timeout=JOB_TIMEOUT,
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
        )
    except Exception as error:  # Redis down: the rows wait in the outbox for the sweeper
        log.warning("could not enqueue %s (%s); the sweeper will pick it up", ident, error)
        return "deferred"
    return ident
