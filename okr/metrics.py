"""Prometheus metrics, read from the database at scrape time.

Web processes, workers and the scheduler are separate processes (gunicorn forks several),
so counters kept in memory would each see a slice. The database sees everything: each
scrape reads the outbox, the stored replies and the queue, with a few grouped statements.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from flask import Flask
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from sqlalchemy import func, select

from . import clock
from .extensions import db
from .models import (
    Heartbeat,
    InboundMessage,
    InboundState,
    MailKind,
    MailState,
    OutboxMessage,
)
from .queue import rq_queue

# Replies answered in this window give the confirmation-time quantiles.
CONFIRMATION_WINDOW = timedelta(hours=1)
QUANTILES = (0.5, 0.95, 0.99)


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


class FlagpostCollector:
    """Collects on demand, inside the app context of the scrape request."""

    def __init__(self, app: Flask) -> None:
        self.app = app

    def collect(self) -> Iterator[Metric]:
        now = clock.now()
        rows = GaugeMetricFamily(
            "flagpost_outbox_messages", "Outbox rows by state and kind.", labels=["state", "kind"]
        )
        counted = {
            (state, kind): count
            for state, kind, count in db.session.execute(
                select(OutboxMessage.state, OutboxMessage.kind, func.count()).group_by(
                    OutboxMessage.state, OutboxMessage.kind
                )
            )
        }
        # Every series exists from the first scrape (zeros), so alerts need no `absent()`.
        for state in MailState:
            for kind in MailKind:
                rows.add_metric([str(state), str(kind)], counted.get((state, kind), 0))
        yield rows

        oldest = GaugeMetricFamily(
            "flagpost_outbox_oldest_due_seconds",
            "Age of the oldest queued or sending row that is due (0 when none).",
            labels=["state"],
        )
        for state in (MailState.QUEUED, MailState.SENDING):
            at = db.session.scalar(
                select(func.min(OutboxMessage.next_attempt_at)).where(
                    OutboxMessage.state == state, OutboxMessage.next_attempt_at <= now
                )
            )
            oldest.add_metric([str(state)], (now - at).total_seconds() if at else 0.0)
        yield oldest

        failures = GaugeMetricFamily(
            "flagpost_outbox_send_failures",
            "Rows that failed for good, and rows waiting for a retry after a failed attempt.",
            labels=["outcome"],
        )
        failed = db.session.scalar(
            select(func.count()).where(OutboxMessage.state == MailState.FAILED)
        )
        retrying = db.session.scalar(
            select(func.count()).where(
                OutboxMessage.state == MailState.QUEUED, OutboxMessage.last_error.is_not(None)
            )
        )
        failures.add_metric(["failed"], failed or 0)
        failures.add_metric(["retrying"], retrying or 0)
        yield failures

        replies = GaugeMetricFamily(
            "flagpost_inbound_messages", "Stored replies by state.", labels=["state"]
        )
        stored: dict[InboundState, int] = {
            state: count
            for state, count in db.session.execute(
                select(InboundMessage.state, func.count()).group_by(InboundMessage.state)
            )
        }
        for inbound_state in InboundState:
            replies.add_metric([str(inbound_state)], stored.get(inbound_state, 0))
        yield replies

        yield self._confirmation_time(now)
        yield from self._queue()

        beat = db.session.get(Heartbeat, "tick")
        tick = GaugeMetricFamily(
            "flagpost_last_tick_age_seconds", "Seconds since the scheduler's tick last ran."
        )
        tick.add_metric([], (now - beat.beat_at).total_seconds() if beat else float("nan"))
        yield tick

    def _confirmation_time(self, now) -> Metric:
        metric = GaugeMetricFamily(
            "flagpost_reply_processing_seconds",
            "From a reply's arrival to its processing (its confirmation queued), over the "
            "replies processed in the last hour.",
            labels=["quantile"],
        )
        durations = [
            (processed - received).total_seconds()
            for received, processed in db.session.execute(
                select(InboundMessage.received_at, InboundMessage.processed_at).where(
                    InboundMessage.processed_at >= now - CONFIRMATION_WINDOW
                )
            )
            if processed is not None and received is not None
        ]
        for q in QUANTILES:
            metric.add_metric([str(q)], _quantile(durations, q) if durations else float("nan"))
        return metric

    def _queue(self) -> Iterator[Metric]:
        if not self.app.config.get("REDIS_URL"):
            return
        depth = GaugeMetricFamily(
            "flagpost_queue_jobs", "RQ jobs by registry.", labels=["registry"]
        )
        try:
            queue = rq_queue()
            depth.add_metric(["queued"], queue.count)
            depth.add_metric(["started"], queue.started_job_registry.count)
            depth.add_metric(["failed"], queue.failed_job_registry.count)
            depth.add_metric(["scheduled"], queue.scheduled_job_registry.count)
        except Exception:  # Redis down: the health check says so; the scrape still answers
            return
        yield depth


def exposition(app: Flask) -> bytes:
    """The text format of one scrape."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(FlagpostCollector(app))
    return generate_latest(registry)
