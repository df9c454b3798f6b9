"""What an operator's monitor needs to know: is the system doing its weekly work?

A process can be up while the work has stopped: the scheduler dead, a worker stuck, Redis
gone. The checks therefore look at the work itself (how old is the oldest mail that should
have gone out, the oldest reply not yet answered, the last tick), not only at connections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from flask import current_app
from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from . import clock
from .extensions import db
from .models import Heartbeat, InboundMessage, InboundState, MailState, OutboxMessage
from .queue import redis_connection, rq_queue

TICK = "tick"


def record_beat(name: str = TICK) -> None:
    """Note that `name` just did its work (committed by the caller's transaction)."""
    beat = db.session.get(Heartbeat, name)
    if beat is None:
        db.session.add(Heartbeat(name=name, beat_at=clock.now()))
    else:
        beat.beat_at = clock.now()


@dataclass
class Check:
    """One line of the health answer: ok or not, and what was seen."""

    ok: bool
    detail: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, **self.detail}


def _age(at: datetime | None, now: datetime) -> float | None:
    return None if at is None else round(max((now - at).total_seconds(), 0.0), 1)


def _database() -> Check:
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        db.session.rollback()
        return Check(False, {"error": type(error).__name__})
    return Check(True)


def _redis() -> Check:
    if not current_app.config.get("REDIS_URL"):
        return Check(True, {"used": False})
    try:
        redis_connection().ping()
        depth = rq_queue().count
    except Exception as error:  # any failure to reach Redis is the answer, not a crash
        return Check(False, {"used": True, "error": type(error).__name__})
    return Check(True, {"used": True, "queued_jobs": depth})


def _tick(now: datetime, limit: float) -> Check:
    beat = db.session.get(Heartbeat, TICK)
    age = _age(beat.beat_at if beat else None, now)
    # The tick runs every TICK_SECONDS; three missed ticks (or the limit) mean it stopped.
    allowed = max(3 * current_app.config["TICK_SECONDS"], limit)
    return Check(age is not None and age <= allowed, {"age_seconds": age, "limit": allowed})


def _outbox(now: datetime, limit: float) -> Check:
    """Mail due to go out (not waiting for a retry) for longer than the limit."""
    oldest_due = db.session.scalar(
        select(func.min(OutboxMessage.next_attempt_at)).where(
            OutboxMessage.state.in_([MailState.QUEUED, MailState.SENDING]),
            OutboxMessage.next_attempt_at <= now,
        )
    )
    counts = dict(
        db.session.execute(
            select(OutboxMessage.state, func.count())
            .where(OutboxMessage.state.in_([MailState.QUEUED, MailState.SENDING]))
            .group_by(OutboxMessage.state)
        ).all()
    )
    age = _age(oldest_due, now)
    return Check(
        age is None or age <= limit,
        {
            "oldest_due_seconds": age,
            "queued": counts.get(MailState.QUEUED, 0),
            "sending": counts.get(MailState.SENDING, 0),
            "limit": limit,
        },
    )


def _replies(now: datetime, limit: float) -> Check:
    """Replies stored and not yet processed: each is a person waiting for a confirmation."""
    oldest, waiting = db.session.execute(
        select(func.min(InboundMessage.received_at), func.count()).where(
            InboundMessage.state == InboundState.STORED
        )
    ).one()
    age = _age(oldest, now)
    return Check(
        age is None or age <= limit,
        {"oldest_seconds": age, "waiting": waiting, "limit": limit},
    )


def report() -> tuple[bool, dict[str, Any]]:
    """Every check, and whether all hold. Cheap: a handful of indexed statements."""
    now = clock.now()
    limit = float(current_app.config["HEALTH_MAX_DELAY_SECONDS"])
    checks: dict[str, Check] = {"database": _database(), "redis": _redis()}
    if checks["database"].ok:
        try:
            checks["tick"] = _tick(now, limit)
            checks["outbox"] = _outbox(now, limit)
            checks["replies"] = _replies(now, limit)
        except SQLAlchemyError as error:
            db.session.rollback()
            checks["database"] = Check(False, {"error": type(error).__name__})
    healthy = all(check.ok for check in checks.values())
    return healthy, {
        "status": "ok" if healthy else "failing",
        "checked_at": now.isoformat(timespec="seconds"),
        "checks": {name: check.as_dict() for name, check in checks.items()},
    }
