"""`/healthz` says whether the weekly work flows; `/metrics` shows it to Prometheus."""

from __future__ import annotations

from datetime import timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families

from okr import clock, jobs
from okr.extensions import db
from okr.models import InboundMessage, InboundState, MailKind, MailState, OutboxMessage
from tests.conftest import NOW, make_person


def _health(client) -> tuple[int, dict]:
    response = client.get("/healthz")
    assert response.mimetype == "application/json"
    return response.status_code, response.get_json()


def _outbox_row(key: str, state: MailState, due_ago: timedelta) -> OutboxMessage:
    row = OutboxMessage(
        dedupe_key=key,
        kind=MailKind.FORM,
        recipient="dana@example.com",
        message_id=f"<{key}@flagpost.test>",
        state=state,
        next_attempt_at=NOW - due_ago,
        created_at=NOW - due_ago,
    )
    db.session.add(row)
    db.session.commit()
    return row


def test_failing_until_the_first_tick_then_healthy(app, client):
    status, body = _health(client)
    assert status == 503
    assert body["status"] == "failing"
    assert body["checks"]["tick"] == {"ok": False, "age_seconds": None, "limit": 900.0}
    assert body["checks"]["database"]["ok"] and body["checks"]["outbox"]["ok"]

    with app.app_context():
        jobs.tick()
    status, body = _health(client)
    assert status == 200, body
    assert body["status"] == "ok"
    assert body["checks"]["tick"]["age_seconds"] == 0.0
    assert body["checks"]["redis"] == {"ok": True, "used": False}


def test_a_stalled_tick_fails(app, client):
    with app.app_context():
        jobs.tick()
    clock.freeze(NOW + timedelta(minutes=16))
    status, body = _health(client)
    assert status == 503
    assert body["checks"]["tick"]["ok"] is False
    assert body["checks"]["tick"]["age_seconds"] == 960.0


def test_mail_due_for_too_long_fails_but_a_retry_later_does_not(app, client):
    with app.app_context():
        jobs.tick()
        _outbox_row("later", MailState.QUEUED, due_ago=-timedelta(hours=2))  # a retry, later
        _outbox_row("fresh", MailState.QUEUED, due_ago=timedelta(minutes=5))
    status, body = _health(client)
    assert status == 200, body
    assert body["checks"]["outbox"]["queued"] == 2
    assert body["checks"]["outbox"]["oldest_due_seconds"] == 300.0

    with app.app_context():
        _outbox_row("stuck", MailState.SENDING, due_ago=timedelta(minutes=20))
    status, body = _health(client)
    assert status == 503
    assert body["checks"]["outbox"] == {
        "ok": False,
        "oldest_due_seconds": 1200.0,
        "queued": 2,
        "sending": 1,
        "limit": 900.0,
    }


def test_a_reply_waiting_too_long_fails(app, client):
    with app.app_context():
        jobs.tick()
        db.session.add(
            InboundMessage(
                sha256="a" * 64,
                raw=b"Subject: hi\r\n\r\nhi\r\n",
                size=19,
                source="http",
                received_at=NOW - timedelta(minutes=30),
            )
        )
        db.session.commit()
    status, body = _health(client)
    assert status == 503
    assert body["checks"]["replies"]["waiting"] == 1
    assert body["checks"]["replies"]["oldest_seconds"] == 1800.0


def test_unreachable_redis_fails(app, client):
    with app.app_context():
        jobs.tick()
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"
    status, body = _health(client)
    assert status == 503
    assert body["checks"]["redis"]["ok"] is False
    assert body["checks"]["redis"]["error"]


@pytest.mark.usefixtures("redis_url")
def test_reachable_redis_is_healthy(app, client, redis_url):
    with app.app_context():
        jobs.tick()
    app.config["REDIS_URL"] = redis_url
    status, body = _health(client)
    assert body["checks"]["redis"]["ok"] is True, body
    assert body["checks"]["redis"]["queued_jobs"] >= 0


def _scrape(client, **kwargs) -> dict[str, dict[tuple, float]]:
    response = client.get("/metrics", **kwargs)
    assert response.status_code == 200, response.data
    found: dict[str, dict[tuple, float]] = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            found.setdefault(sample.name, {})[tuple(sorted(sample.labels.items()))] = sample.value
    return found


def test_metrics_show_the_outbox_the_replies_and_the_tick(app, client):
    with app.app_context():
        make_person("dana@example.com")
        jobs.tick()
        _outbox_row("q1", MailState.QUEUED, due_ago=timedelta(minutes=3))
        failed = _outbox_row("f1", MailState.FAILED, due_ago=timedelta(hours=1))
        failed.last_error = "550 no such user"
        received = NOW - timedelta(seconds=4)
        for n, seconds in enumerate([1, 2, 3, 10]):
            db.session.add(
                InboundMessage(
                    sha256=f"{n}" * 64,
                    raw=b"x",
                    size=1,
                    source="http",
                    state=InboundState.PROCESSED,
                    received_at=received,
                    processed_at=received + timedelta(seconds=seconds),
                )
            )
        db.session.commit()
    metrics = _scrape(client)
    rows = metrics["flagpost_outbox_messages"]
    assert rows[(("kind", "form"), ("state", "queued"))] == 1
    assert rows[(("kind", "form"), ("state", "failed"))] == 1
    assert metrics["flagpost_outbox_oldest_due_seconds"][(("state", "queued"),)] == 180.0
    assert metrics["flagpost_outbox_send_failures"][(("outcome", "failed"),)] == 1
    assert metrics["flagpost_inbound_messages"][(("state", "processed"),)] == 4
    quantiles = metrics["flagpost_reply_processing_seconds"]
    assert quantiles[(("quantile", "0.5"),)] == 3.0
    assert quantiles[(("quantile", "0.95"),)] == 10.0
    assert metrics["flagpost_last_tick_age_seconds"][()] == 0.0


def test_metrics_only_for_loopback_without_a_token(app, client):
    response = client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert response.status_code == 403
    assert "OKR_METRICS_TOKEN" in response.get_json()["error"]
    assert "flagpost_outbox_messages" in _scrape(client, environ_base={"REMOTE_ADDR": "::1"})


def test_metrics_with_a_token_need_it_from_everywhere(app, client):
    app.config["METRICS_TOKEN"] = "scrape-token-0123456789"
    assert client.get("/metrics").status_code == 403  # loopback no longer enough
    wrong = {"Authorization": "Bearer nope"}
    assert client.get("/metrics", headers=wrong).status_code == 403
    right = {"Authorization": "Bearer scrape-token-0123456789"}
    assert "flagpost_inbound_messages" in _scrape(
        client, headers=right, environ_base={"REMOTE_ADDR": "203.0.113.9"}
    )


@pytest.mark.usefixtures("redis_url")
def test_metrics_show_queue_depths_with_redis(app, client, redis_url):
    app.config["REDIS_URL"] = redis_url
    metrics = _scrape(client)
    assert (("registry", "queued"),) in metrics["flagpost_queue_jobs"]
