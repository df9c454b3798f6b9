"""The embedded mode ticks in a thread of `okr serve` and sends what is due."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from okr.extensions import db
from okr.models import MailState, OutboxMessage
from okr.ticker import Ticker, start_in_process
from tests.conftest import make_kr, make_person, start_schedules


def test_ticker_sends_due_forms_in_process(app, frozen_clock):
    from datetime import UTC, datetime

    from okr import clock

    # Thursday 16:05 in Berlin is 15:05 UTC in November.
    clock.freeze(datetime(2026, 11, 19, 15, 5, tzinfo=UTC))
    start_schedules(datetime(2026, 11, 19, 14, 0, tzinfo=UTC))  # serving since before 16:00
    owner = make_person("dana@example.com", timezone="Europe/Berlin")
    make_kr(owner, due=date(2026, 12, 15))
    db.session.remove()
    ticker = start_in_process(app)
    assert isinstance(ticker, Ticker)
    try:
        for _ in range(100):
            if list(Path(app.config["OUTBOX_DIR"]).glob("*.eml")):
                break
            ticker.stopped.wait(0.05)
    finally:
        ticker.stop()
        ticker.join(timeout=10)
    assert not ticker.is_alive()
    states = db.session.scalars(db.select(OutboxMessage.state)).all()
    assert states == [MailState.SENT]


def test_no_in_process_ticker_with_redis(app):
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"
    assert start_in_process(app) is None
