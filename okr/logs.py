"""One log format for every Flagpost process: web, workers, scheduler, commands.

An operator greps one stream: every line is dated (UTC), names its level and logger, and
carries the id of the request or job it belongs to, so the lines of one reply can be
followed from the web hook to its confirmation. A traceback stays on its line (newlines
escaped) instead of breaking the stream into pieces. `OKR_LOG_FORMAT=json` gives one JSON
object per line for log shippers.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import sys
import time
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from flask import Flask, Response, g, request
from rq import get_current_job

# The request or job a line belongs to ("req=…", "job=…"), or None outside of both.
CONTEXT: ContextVar[str | None] = ContextVar("flagpost_log_context", default=None)
FORMATS = ("text", "json")
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

access_log = logging.getLogger("okr.access")


def _current_job_id() -> str | None:
    try:
        job = get_current_job()
    except Exception:  # outside a worker, or Redis gone: no job to name
        return None
    return job.id if job is not None else None


class _Context(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        context = CONTEXT.get()
        if context is None:
            job_id = _current_job_id()
            context = f"job={job_id}" if job_id else "-"
        record.flagpost_context = context
        return True


def _timestamp(record: logging.LogRecord) -> str:
    moment = datetime.fromtimestamp(record.created, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class OneLineFormatter(logging.Formatter):
    """`2026-12-04T09:00:00.123Z INFO okr.jobs [job=send-1a2b] message | traceback`."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info:
            message = f"{message} | {self.formatException(record.exc_info)}"
        if record.stack_info:
            message = f"{message} | {self.formatStack(record.stack_info)}"
        message = message.replace("\r", "").replace("\n", "\\n")
        context = getattr(record, "flagpost_context", "-")
        return f"{_timestamp(record)} {record.levelname} {record.name} [{context}] {message}"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "time": _timestamp(record),
            "level": record.levelname,
            "logger": record.name,
            "context": getattr(record, "flagpost_context", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False)


class _StandardError(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the moment (test runners replace it)."""

    def __init__(self) -> None:
        super().__init__()

    @property  # type: ignore[override]
    def stream(self):  # noqa: ANN201 - the logging module's own attribute
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:  # noqa: ANN001
        pass


def configure(log_format: str = "text", level: str = "INFO") -> None:
    """Install the one handler on the root logger (again: replacing ours, keeping others)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _StandardError):
            root.removeHandler(handler)
    handler = _StandardError()
    handler.setFormatter(JsonFormatter() if log_format == "json" else OneLineFormatter())
    handler.addFilter(_Context())
    root.addHandler(handler)
    root.setLevel(level)
    # Alembic's line per step only when migrations are run on purpose (okr/migrations/env.py).
    logging.getLogger("alembic").setLevel(logging.WARNING)


def register(app: Flask) -> None:
    """One line per request, with its id (taken from X-Request-ID when a proxy sets one)."""

    @app.before_request
    def start_request() -> None:
        given = request.headers.get("X-Request-ID", "")
        request_id = given if _REQUEST_ID.fullmatch(given) else secrets.token_hex(6)
        CONTEXT.set(f"req={request_id}")
        g.request_id = request_id
        g.request_started = time.perf_counter()

    @app.after_request
    def log_request(response: Response) -> Response:
        started = g.get("request_started")
        if started is None:
            return response
        response.headers.setdefault("X-Request-ID", g.request_id)
        # The route's pattern, never the path: paths carry sign-in and status tokens.
        route = request.url_rule.rule if request.url_rule is not None else "(no route)"
        access_log.info(
            "%s %s %d %.1f ms",
            request.method,
            route,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response

    @app.teardown_request
    def end_request(_error: BaseException | None = None) -> None:
        CONTEXT.set(None)
