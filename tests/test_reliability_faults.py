"""Faults: workers killed, SMTP, Redis and the database down, replies racing, restarts.

Each test breaks one real thing (a process, a server, a connection) the way production
breaks, then checks that nothing was lost and nothing was done twice. Workers run in
subprocesses (`okr worker --burst`, helpers from test_weekly_form_rq.py); their clock is
the real one while this process freezes its own, so stale claims are aged by hand.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from sqlalchemy import func, select

from okr import addresses, clock, create_app, jobs, queue
from okr.extensions import db
from okr.models import (
    CheckIn,
    InboundMessage,
    InboundState,
    KeyResult,
    MailKind,
    MailState,
    Objective,
    OutboxMessage,
    Person,
)
from okr.outbox import backoff
from tests import test_weekly_form_rq as rq_helpers
from tests.conftest import (
    NOW,
    app_on_database,
    make_kr,
    make_person,
    run_at_once,
    sweep_stale_claims,
)
from tests.replies import reply_to
from tests.servers import free_port, libpq_url
from tests.smtp import SMTPBehaviour, SMTPServer
from tests.test_weekly_form_rq import REPO, RUN_OKR, run_workers, started_workers, worker_env

redis_conn = rq_helpers.redis_conn  # the fixture: the session's Redis, emptied around a test

WEEK = "2026-W47"
SECRET = "faults-test-inbound-secret"


# --- helpers ------------------------------------------------------------------------------


def _bulk_company(count: int, prefix: str = "p") -> list[str]:
    """`count` people with one key result each, inserted in bulk; their addresses."""
    people = [
        Person(email=f"{prefix}{n:04d}@example.com", name=f"Person {n}") for n in range(count)
    ]
    db.session.add_all(people)
    db.session.flush()
    objectives = [Objective(owner=p, title="Keep going", period="2026-Q4") for p in people]
    db.session.add_all(objectives)
    db.session.flush()
    db.session.add_all(
        KeyResult(objective=o, owner=o.owner, title=f"Result {n}", due=clock.today())
        for n, o in enumerate(objectives)
    )
    db.session.commit()
    return [p.email for p in people]


def _rows(kind: MailKind | None = None) -> list[OutboxMessage]:
    db.session.rollback()  # end any read transaction: other processes changed the rows
    db.session.expire_all()
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    if kind is not None:
        query = query.where(OutboxMessage.kind == kind)
    return db.session.scalars(query).all()


def _received(server: SMTPServer) -> list:
    with server.behaviour.lock:
        return list(server.received)


def _sign(raw: bytes) -> dict[str, str]:
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    return {"X-Flagpost-Signature": f"sha256={signature}", "Content-Type": "message/rfc822"}


def post(client, raw: bytes):
    return client.post("/inbound/email", data=raw, headers=_sign(raw))


def _checkins() -> list[tuple[int, str, str | None]]:
    db.session.rollback()
    return [
        (c.key_result_id, c.flag.value, c.source_message_id)
        for c in db.session.scalars(select(CheckIn).order_by(CheckIn.id))
    ]


def _latest_flag(kr_id: int, week: str = WEEK) -> str | None:
    """What every page and digest shows: the newest check-in of the week."""
    db.session.rollback()
    check_in = db.session.scalar(
        select(CheckIn)
        .where(CheckIn.key_result_id == kr_id, CheckIn.week == week)
        .order_by(CheckIn.id.desc())
        .limit(1)
    )
    return check_in.flag.value if check_in else None


def _reply(person: Person, body: str, n: int, week: str = WEEK) -> bytes:
    """A reply by token, as a mail client writes it (no form needed: the address is signed)."""
    msg = EmailMessage()
    msg["From"] = f"{person.name} <{person.email}>"
    msg["To"] = addresses.reply_address(person.id, week)
    msg["Subject"] = "Re: Weekly status"
    msg["Date"] = format_datetime(clock.now())
    msg["Message-ID"] = f"<reply-{n}-{person.id}@client.example.com>"
    msg.set_content(body)
    return msg.as_bytes()


# --- a worker killed in the middle of sending 1,000 forms -----------------------------------


@pytest.mark.redis
def test_a_worker_killed_while_sending_1000_forms_leaves_everyone_exactly_one_form(
    capsys,
    smtp_config,
    smtp_server,
    redis_url,
    redis_conn,
    runner,
    app,
    tmp_path,
):
    app.config.update(REDIS_URL=redis_url, SEND_BATCH_SIZE=50)
    addresses_ = _bulk_company(1000)
    result = runner.invoke(args=["send-forms", "--now", "--week", WEEK])
    assert result.exit_code == 0, result.output
    assert "Queued 1000 forms in 20 jobs" in result.output

    with started_workers(app, tmp_path) as (worker,):
        deadline = time.monotonic() + 180
        while len(_received(smtp_server)) < 420:  # well inside the ninth batch of fifty
            if worker.proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the worker sent {len(_received(smtp_server))}:\n{worker.output()}")
            time.sleep(0.005)
        worker.kill()  # SIGKILL, worker and work horse: no cleanup runs
    killed_at = len(_received(smtp_server))
    states = Counter(r.state for r in _rows())
    in_flight = {r.recipient for r in _rows() if r.state is MailState.SENDING}
    assert states[MailState.SENDING] >= 1, f"the kill did not land inside a batch: {states}"
    assert states[MailState.QUEUED] >= 500, states  # batches no worker had started

    run_workers(app, tmp_path)  # a new worker takes every job still queued in Redis
    assert {r.recipient for r in _rows() if r.state is MailState.SENDING} == in_flight

    # The dead worker's claims lapse (OKR_CLAIM_LEASE_SECONDS); the sweeper gives them back.
    assert f"swept: {len(in_flight)}" in sweep_stale_claims(runner)
    run_workers(app, tmp_path)

    rows = _rows()
    assert sorted(r.recipient for r in rows) == addresses_  # one row per person, no more
    assert Counter(r.state for r in rows) == Counter({MailState.SENT: 1000})
    received = _received(smtp_server)
    per_person = Counter(r.recipients[0] for r in received)
    assert sorted(per_person) == addresses_  # nobody lost
    # Every person has exactly one form: a copy resent after the kill carries the same
    # Message-ID (mail clients show one message), and the only copies that can arrive twice
    # are those the dead worker had on the wire when it died (SMTP cannot rule that out).
    ids = {}
    for item in received:
        ids.setdefault(item.recipients[0], set()).add(item.message["Message-ID"])
    assert {len(v) for v in ids.values()} == {1}
    duplicates = {a: n - 1 for a, n in per_person.items() if n > 1}
    with capsys.disabled():  # in the run's output even when the test passes
        print(
            f"\n1,000 forms, worker SIGKILLed after {killed_at} deliveries with "
            f"{len(in_flight)} claimed in flight: duplicates={sum(duplicates.values())} (goal 0)"
        )
    assert set(duplicates) <= in_flight
    assert sum(duplicates.values()) <= 1, duplicates


# --- `okr send-forms` killed in the middle, then run again ------------------------------------


def _send_forms_process(app, tmp_path, log_name: str) -> subprocess.Popen:
    """`okr send-forms` as an admin runs it, embedded (no Redis), in a process of its own."""
    env = worker_env(app, tmp_path)
    env.pop("REDIS_URL")
    log = tmp_path / log_name
    with log.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-c", RUN_OKR, "send-forms", "--now", "--week", WEEK],
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )


def test_send_forms_killed_mid_run_then_run_again_finishes_within_the_lease(
    capsys, smtp_config, smtp_server, app, tmp_path
):
    """SIGKILL of `okr send-forms` in the middle of 600 forms: the rows not started stay
    queued, the batch on the wire stays claimed. Run again at once, the command sends what
    is queued, waits for the dead run's claim to lapse (OKR_CLAIM_LEASE_SECONDS, 6 s here),
    takes it over, and ends with every person's form sent exactly once."""
    app.config.update(REDIS_URL=None, SEND_BATCH_SIZE=50, CLAIM_LEASE_SECONDS=6)
    addresses_ = _bulk_company(600)
    first = _send_forms_process(app, tmp_path, "first.log")
    deadline = time.monotonic() + 120
    while len(_received(smtp_server)) < 220:  # inside the fifth batch of fifty
        if first.poll() is not None or time.monotonic() > deadline:
            pytest.fail(
                f"sent {len(_received(smtp_server))}: {(tmp_path / 'first.log').read_text()}"
            )
        time.sleep(0.002)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    killed = time.monotonic()
    killed_at = len(_received(smtp_server))
    states = Counter(r.state for r in _rows())
    in_flight = {r.recipient for r in _rows() if r.state is MailState.SENDING}
    assert states[MailState.SENDING] >= 1, f"the kill did not land inside a batch: {states}"
    assert states[MailState.QUEUED] >= 300, states

    second = _send_forms_process(app, tmp_path, "second.log")
    assert second.wait(timeout=120) == 0, (tmp_path / "second.log").read_text()
    finished = time.monotonic() - killed
    output = (tmp_path / "second.log").read_text()
    assert "Nothing to send" not in output
    held = len(in_flight)
    claimed = f"{held} form{'s are' if held > 1 else ' is'} claimed by another sender"
    # Started inside the dead run's lease, the second run waits for the claimed rows; after
    # a slow start the lease has lapsed already, and they count as left unsent.
    lapsed = 0 if claimed in output else held
    earlier = states[MailState.QUEUED] + lapsed
    assert f"{earlier} forms left unsent by an earlier run are sent too." in output
    assert f"Sent {states[MailState.QUEUED] + held} forms, 0 failed" in output

    rows = _rows()
    assert sorted(r.recipient for r in rows) == addresses_
    assert {r.state for r in rows} == {MailState.SENT}
    received = _received(smtp_server)
    per_person = Counter(r.recipients[0] for r in received)
    assert sorted(per_person) == addresses_  # nobody lost
    ids: dict[str, set] = {}
    for item in received:
        ids.setdefault(item.recipients[0], set()).add(item.message["Message-ID"])
    assert {len(v) for v in ids.values()} == {1}
    duplicates = {a: n - 1 for a, n in per_person.items() if n > 1}
    assert set(duplicates) <= in_flight
    assert sum(duplicates.values()) <= 1, duplicates  # only the message on the wire
    with capsys.disabled():
        print(
            f"\nsend-forms SIGKILLed after {killed_at} of 600 forms: {held} claimed in flight,"
            f" {states[MailState.QUEUED]} queued; run again, everything was sent"
            f" {finished:.1f} s after the kill (lease {app.config['CLAIM_LEASE_SECONDS']} s);"
            " duplicates="
            f"{sum(duplicates.values())} (goal 0)"
        )


# --- the SMTP server down for a while, then back ---------------------------------------------


def test_smtp_down_for_a_while_then_back_delivers_every_queued_email_once_with_backoff(
    app_config, app, runner, client
):
    """Embedded mode: the tick retries; attempts are spaced 30 s, 60 s, 120 s... apart."""
    from aiosmtpd.controller import Controller

    port = free_port()  # nothing listens there yet
    app.config.update(
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=port,
        MAIL_TIMEOUT=5,
        MAIL_DEFAULT_SENDER="Flagpost <flagpost@okr.example.com>",
    )
    boss = make_person("boss@example.com", "Bo Boss")
    for n in range(5):
        make_kr(make_person(f"p{n}@example.com", f"P {n}", manager=boss), f"KR {n}")
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    assert runner.invoke(args=["send-digests", "--now"]).exit_code == 0
    client.post("/signin", data={"link-email": "p0@example.com"})
    assert queue.wait_for_background(app)
    rows = _rows()
    kinds = Counter(r.kind for r in rows)
    assert kinds[MailKind.FORM] == 5 and kinds[MailKind.DIGEST] == 1, kinds
    assert {r.state for r in rows} == {MailState.QUEUED}
    assert all("refused" in (r.last_error or "").lower() for r in rows), rows[0].last_error

    def attempts() -> list[int]:
        return sorted({r.attempts for r in _rows()})

    moment = NOW
    history = []
    for _ in range(3):  # three more tries while the server stays down
        first = _rows()[0]
        gap = first.next_attempt_at - moment
        assert gap == backoff(first.attempts), (first.attempts, gap)
        history.append(int(gap.total_seconds()))
        # Before the retry time, a tick leaves the rows alone (no hammering).
        clock.freeze(first.next_attempt_at - timedelta(seconds=1))
        before = attempts()
        assert runner.invoke(args=["tick"]).exit_code == 0
        assert attempts() == before
        moment = first.next_attempt_at + timedelta(seconds=1)
        clock.freeze(moment)
        assert runner.invoke(args=["tick"]).exit_code == 0
        assert attempts() == [before[0] + 1]
    assert history == [30, 60, 120]  # doubling backoff

    behaviour = SMTPBehaviour()
    controller = Controller(behaviour, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()  # the server is back
    try:
        clock.freeze(_rows()[0].next_attempt_at + timedelta(seconds=1))
        assert runner.invoke(args=["tick"]).exit_code == 0
        for _ in range(3):  # later ticks have nothing left to do
            clock.freeze(clock.now() + timedelta(hours=1))
            assert runner.invoke(args=["tick"]).exit_code == 0
        rows = _rows()
        assert {r.state for r in rows} == {MailState.SENT}
        assert {r.attempts for r in rows} == {5}  # four refused, the fifth delivered
        with behaviour.lock:
            delivered = Counter(
                (r.recipients[0], r.message["Message-ID"]) for r in behaviour.received
            )
        assert len(delivered) == len(rows)  # every queued email...
        assert set(delivered.values()) == {1}  # ...exactly once
        assert {m for _, m in delivered} == {r.message_id for r in rows}
    finally:
        controller.stop()


# --- Redis down: the door still stores and answers 2xx ----------------------------------------


@pytest.fixture
def inbound_secret(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


@pytest.mark.redis
def test_redis_down_the_door_stores_replies_and_answers_202_then_they_are_processed(
    inbound_secret,
    smtp_config,
    smtp_server,
    redis_url,
    redis_conn,
    app,
    client,
    tmp_path,
):
    people = []
    for n in range(12):
        person = make_person(f"r{n:02d}@example.com", f"R {n}")
        people.append((person, make_kr(person, f"Result {n}")))
    app.config["REDIS_URL"] = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens
    codes = Counter()
    for n, (person, kr) in enumerate(people):
        started = time.monotonic()
        codes[post(client, _reply(person, f"{kr.ref} red - blocked {n}", n)).status_code] += 1
        assert time.monotonic() - started < 10  # a dead Redis must not hang the sender
    assert codes == Counter({202: 12})
    db.session.rollback()
    states = Counter(db.session.scalars(select(InboundMessage.state)).all())
    assert states == Counter({InboundState.STORED: 12})
    assert _checkins() == []

    app.config["REDIS_URL"] = redis_url  # Redis is back
    clock.freeze(NOW + timedelta(minutes=6))  # past the sweeper's settling time
    tick = jobs.tick()
    assert tick["replies"] == 12
    run_workers(app, tmp_path)

    db.session.rollback()
    states = Counter(db.session.scalars(select(InboundMessage.state)).all())
    assert states == Counter({InboundState.PROCESSED: 12})
    recorded = _checkins()
    assert sorted(r[0] for r in recorded) == sorted(kr.id for _, kr in people)  # once each
    assert {r[1] for r in recorded} == {"red"}
    confirmations = Counter(r.recipients[0] for r in _received(smtp_server))
    assert confirmations == Counter({p.email: 1 for p, _ in people})


# --- the database down: 503, so the sending server retries; nothing half-written ----------


def test_sqlite_database_unreachable_the_door_answers_503_and_writes_nothing(tmp_path, app):
    broken = tmp_path / "not-a-database"
    broken.mkdir()  # a directory: SQLite cannot open it (root ignores file modes, so no chmod)
    config = dict(app.config)
    config.update(
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{broken}", INBOUND_SECRET=SECRET, SERVER_NAME=None
    )
    down = create_app(config, instance_path=str(tmp_path / "down-instance"))
    raw = b"From: dana@example.com\r\nSubject: hi\r\nMessage-ID: <a@b>\r\n\r\n#1 green\r\n"
    response = down.test_client().post("/inbound/email", data=raw, headers=_sign(raw))
    assert response.status_code == 503
    assert "retry" in response.get_json()["error"]
    assert list(broken.iterdir()) == []


@contextlib.contextmanager
def _refusing_connections(url: str) -> Iterator[None]:
    """PostgreSQL refuses new connections to the database and drops the open ones."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    admin = make_url(libpq_url(url)).set(database="postgres").render_as_string(False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        try:
            yield
        finally:
            conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')


@pytest.fixture
def pg_app(fresh_postgres_url, tmp_path) -> Iterator:
    """An app of its own on a PostgreSQL database that the test may take down."""
    with app_on_database(fresh_postgres_url, tmp_path, INBOUND_SECRET=SECRET) as application:
        yield application, fresh_postgres_url


@pytest.mark.postgres
def test_postgres_down_the_door_answers_503_and_later_takes_the_retry_once(pg_app):
    app, url = pg_app
    dana = make_person("dana@example.com", "Dana")
    kr = make_kr(dana)
    raw = _reply(dana, f"{kr.ref} yellow - waiting", 1)
    client = app.test_client()
    with _refusing_connections(url):
        response = post(client, raw)
        assert response.status_code == 503
        assert "retry" in response.get_json()["error"]
    db.session.rollback()
    assert db.session.scalar(select(func.count(InboundMessage.id))) == 0  # nothing half-kept

    # The sending server retries later; the database is back.
    assert post(client, raw).status_code == 202
    assert post(client, raw).status_code == 200  # a second retry is a known copy
    assert _checkins() == [(kr.id, "yellow", f"<reply-1-{dana.id}@client.example.com>")]


@pytest.mark.postgres
def test_postgres_down_while_processing_leaves_no_half_written_reply(pg_app, monkeypatch):
    """The database goes away after the check-ins were written into the transaction but
    before the confirmation and the commit: nothing of the reply stays but the stored
    message, which the next tick processes once."""
    from okr.services.inbound import batch as inbound_service

    app, url = pg_app
    dana = make_person("dana@example.com", "Dana")
    krs = [make_kr(dana, "One"), make_kr(dana, "Two", objective="Other")]
    real_apply = inbound_service.apply
    outage: list[contextlib.ExitStack] = []

    def apply_then_lose_the_database(*args, **kwargs):
        recorded = real_apply(*args, **kwargs)
        db.session.flush()  # the check-ins are written, inside the open transaction
        stack = contextlib.ExitStack()
        stack.enter_context(_refusing_connections(url))
        outage.append(stack)
        return recorded

    monkeypatch.setattr(inbound_service, "apply", apply_then_lose_the_database)
    raw = _reply(dana, f"{krs[0].ref} green\n{krs[1].ref} red - stuck", 7)
    response = post(app.test_client(), raw)
    assert outage, "the outage never happened"
    assert response.status_code == 202  # stored before processing: the sender must not retry
    outage.pop().close()  # the database is back
    monkeypatch.setattr(inbound_service, "apply", real_apply)

    db.session.rollback()
    row = db.session.scalar(select(InboundMessage))
    assert row.state is InboundState.STORED
    assert _checkins() == []  # no half of the reply
    assert db.session.scalar(select(func.count(OutboxMessage.id))) == 0  # no confirmation

    assert jobs.tick()["replies"] == 1
    db.session.rollback()
    assert db.session.get(InboundMessage, row.id).state is InboundState.PROCESSED
    assert sorted(c[:2] for c in _checkins()) == [(krs[0].id, "green"), (krs[1].id, "red")]
    assert db.session.scalar(select(func.count(OutboxMessage.id))) == 1


def test_a_database_error_while_processing_is_retried_by_the_tick_not_given_up(
    inbound_secret, app, client, monkeypatch
):
    """Embedded mode (any database): a transient database error during processing rolls
    the reply back whole and leaves it stored for the next tick, instead of failing it."""
    from sqlalchemy.exc import OperationalError

    from okr.services.inbound import batch as inbound_service

    dana = make_person("dana@example.com", "Dana")
    kr = make_kr(dana)
    real_queue = inbound_service.queue_confirmation

    def lose_the_connection(*args, **kwargs):
        db.session.flush()  # the check-in is written into the transaction...
        raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(inbound_service, "queue_confirmation", lose_the_connection)
    response = post(client, _reply(dana, f"{kr.ref} red", 3))
    assert response.status_code == 202
    row = db.session.scalar(select(InboundMessage))
    db.session.refresh(row)
    assert row.state is InboundState.STORED, (row.state, row.reason)
    assert row.attempts == 1  # counted, so a message that always fails ends FAILED
    assert _checkins() == []
    assert db.session.scalar(select(func.count(OutboxMessage.id))) == 0

    monkeypatch.setattr(inbound_service, "queue_confirmation", real_queue)
    assert jobs.tick()["replies"] == 1
    db.session.refresh(row)
    assert row.state is InboundState.PROCESSED and row.attempts == 2
    assert [c[:2] for c in _checkins()] == [(kr.id, "red")]


def test_a_reply_whose_processing_always_fails_ends_failed_after_five_attempts(
    inbound_secret, app, client, monkeypatch
):
    from sqlalchemy.exc import OperationalError

    from okr.services.inbound import batch as inbound_service

    dana = make_person("dana@example.com", "Dana")
    kr = make_kr(dana)

    def always(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(inbound_service, "queue_confirmation", always)
    post(client, _reply(dana, f"{kr.ref} red", 4))
    row = db.session.scalar(select(InboundMessage))
    for _ in range(10):
        if row.state is not InboundState.STORED:
            break
        jobs.tick()
        db.session.refresh(row)
    assert row.state is InboundState.FAILED
    assert row.attempts == 5
    assert "disk I/O error" in row.reason
    assert _checkins() == []


# --- the same reply three times, two replies at once ---------------------------------------


def _post_raw(base: str, raw: bytes) -> int:
    import http.client
    from urllib.parse import urlsplit

    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    try:
        conn.request("POST", "/inbound/email", body=raw, headers=_sign(raw))
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


@pytest.fixture
def dana_and_form(inbound_secret, app, runner):
    from tests.replies import sent_forms

    dana = make_person("dana@example.com", "Dana")
    krs = [make_kr(dana, "Sign 5 design partners"), make_kr(dana, "Ship", objective="Launch")]
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    return dana, krs, sent_forms(app)["dana@example.com"]


def _with_trace(raw: bytes, hop: int) -> bytes:
    """The same message as another relay hands it over: one more Received line on top."""
    return f"Received: from mx{hop}.example.net by mx.flagpost.test; {hop}\r\n".encode() + raw


def test_the_same_reply_delivered_three_times_at_once_is_recorded_and_answered_once(
    dana_and_form, app, live_server
):
    dana, krs, form = dana_and_form
    raw = reply_to(form, f"{krs[0].ref} yellow - waiting on legal")
    copies = [raw, raw, _with_trace(raw, 1), _with_trace(raw, 2)]  # byte-equal and relayed
    statuses: list[int] = []
    errors = run_at_once(
        app, [lambda r=r: statuses.append(_post_raw(live_server, r)) for r in copies]
    )
    assert errors == []
    assert Counter(statuses) == Counter({202: 3, 200: 1})  # the byte-equal copy is known
    db.session.rollback()
    rows = db.session.scalars(select(InboundMessage).order_by(InboundMessage.id)).all()
    assert len(rows) == 3  # the byte-equal copy is the same stored message
    assert Counter(r.state for r in rows) == Counter(
        {InboundState.PROCESSED: 1, InboundState.IGNORED: 2}
    )
    assert [c[:2] for c in _checkins()] == [(krs[0].id, "yellow")]
    confirmations = db.session.scalar(
        select(func.count(OutboxMessage.id)).where(OutboxMessage.kind == MailKind.CONFIRMATION)
    )
    assert confirmations == 1


def _store_all(raws: list[bytes]) -> list[int]:
    from okr.services.inbound import store

    return [store(raw, "http").id for raw in raws]


def test_two_replies_processed_in_the_wrong_order_leave_the_latest(dana_and_form, app):
    """The later reply is processed first (a retry, a slow worker); the earlier one, processed
    after it, must not overwrite it: what the person said last is what stands."""
    dana, krs, _ = dana_and_form
    earlier, later = _store_all(
        [
            _reply(dana, f"{krs[0].ref} green\n{krs[1].ref} green", 1),
            _reply(dana, f"{krs[0].ref} red - vendor slipped", 2),
        ]
    )
    jobs.process_inbound(later)
    jobs.process_inbound(earlier)
    assert _latest_flag(krs[0].id) == "red"  # the later reply's answer stands
    assert _latest_flag(krs[1].id) == "green"  # what only the earlier one said still counts
    recorded = Counter(c[2] for c in _checkins())
    assert recorded[f"<reply-2-{dana.id}@client.example.com>"] == 1  # recorded once
    db.session.rollback()
    states = db.session.scalars(select(InboundMessage.state)).all()
    assert set(states) == {InboundState.PROCESSED}
    # The earlier reply's sender is told which answer did not count, and why.
    first = db.session.get(InboundMessage, earlier)
    assert first.reason is None
    assert f"{krs[0].ref}: not recorded; a later reply" in first.outcome


def test_two_different_replies_processed_at_the_same_time_leave_the_latest_once(dana_and_form, app):
    dana, krs, _ = dana_and_form
    rounds = 8
    for n in range(rounds):
        flags = ("green", "red") if n % 2 else ("red", "green")
        earlier, later = _store_all(
            [
                _reply(dana, f"{krs[0].ref} {flags[0]}\n{krs[1].ref} {flags[0]}", 10 * n),
                _reply(dana, f"{krs[0].ref} {flags[1]}\n{krs[1].ref} {flags[1]}", 10 * n + 1),
            ]
        )
        # Start the later one a hair earlier in half the rounds: both orders get tried.
        order = [later, earlier] if n % 4 < 2 else [earlier, later]
        errors = run_at_once(app, [lambda i=i: jobs.process_inbound(i) for i in order])
        assert errors == []
        assert (_latest_flag(krs[0].id), _latest_flag(krs[1].id)) == (flags[1], flags[1]), n
    by_source = Counter(c[2] for c in _checkins())
    assert all(count <= 2 for count in by_source.values()), by_source  # one per key result
    for n in range(rounds):
        assert by_source[f"<reply-{10 * n + 1}-{dana.id}@client.example.com>"] == 2
    db.session.rollback()
    rows = db.session.scalars(select(InboundMessage)).all()
    assert {r.state for r in rows} == {InboundState.PROCESSED}
    assert {r.reason for r in rows} <= {None, "superseded by a later reply for the week"}


def test_one_reply_processed_by_two_workers_at_once_is_recorded_once(dana_and_form, app):
    dana, krs, _ = dana_and_form
    (only,) = _store_all([_reply(dana, f"{krs[0].ref} yellow", 1)])
    errors = run_at_once(app, [lambda: jobs.process_inbound(only)] * 3)
    assert errors == []
    assert [c[:2] for c in _checkins()] == [(krs[0].id, "yellow")]
    db.session.rollback()
    assert db.session.get(InboundMessage, only).state is InboundState.PROCESSED
    confirmations = db.session.scalar(
        select(func.count(OutboxMessage.id)).where(OutboxMessage.kind == MailKind.CONFIRMATION)
    )
    assert confirmations == 1


# --- every process restarted mid-week ---------------------------------------------------------


@contextlib.contextmanager
def _generation(app, tmp_path, n: int):
    """A fresh web/scheduler process: a new app object and engine on the same database."""
    config = dict(app.config)
    fresh = create_app(config, instance_path=str(tmp_path / f"generation-{n}"))
    with fresh.app_context():
        try:
            yield fresh
        finally:
            db.session.remove()
            db.engine.dispose()


def _tick_at(fresh, moment: datetime) -> dict[str, int]:
    clock.freeze(moment)
    with fresh.app_context():
        try:
            return jobs.tick()
        finally:
            db.session.remove()


@pytest.mark.redis
def test_every_process_restarted_mid_week_resumes_the_schedules_and_sends_nothing_twice(
    inbound_secret,
    smtp_config,
    smtp_server,
    redis_url,
    redis_conn,
    app,
    tmp_path,
):
    """Thursday 2026-11-19 to Friday: forms at 16:00 and reminders on Friday 08:00 local,
    the digest on Friday 11:00, once it has come for everyone it covers. Everything (web,
    scheduler, workers, and Redis, which keeps no data) dies twice, once with jobs enqueued
    and not yet run; slots that pass while it is down are caught up (grace 12 h) and
    nothing is sent twice. The workers share the ticks' clock: a reminder waits for its
    form to have been out 12 hours."""
    app.config.update(REDIS_URL=redis_url, SEND_BATCH_SIZE=5)
    boss = make_person("boss@example.com", "Bo Boss", timezone="UTC")
    zones = {
        "tokyo": "Asia/Tokyo",  # 16:00 = 07:00 UTC
        "berlin": "Europe/Berlin",  # 15:00 UTC
        "london": "Europe/London",  # 16:00 UTC
        "newyork": "America/New_York",  # 21:00 UTC
    }
    people = {}
    for name, zone in zones.items():
        people[name] = make_person(f"{name}@example.com", name.title(), boss, timezone=zone)
        make_kr(people[name], f"{name} result")
    utc = lambda day, hour, minute=0: datetime(2026, 11, day, hour, minute, tzinfo=UTC)  # noqa: E731

    def crash() -> None:
        redis_conn.flushdb()  # Redis restarted without persistence: its queue is gone

    with _generation(app, tmp_path, 1) as web:
        assert _tick_at(web, utc(19, 6, 58))["form"] == 0
        assert _tick_at(web, utc(19, 7, 0))["form"] == 1  # Tokyo
        run_workers(app, tmp_path, frozen=True)
        assert _tick_at(web, utc(19, 7, 2))["form"] == 0
        assert _tick_at(web, utc(19, 15, 0))["form"] == 1  # Berlin: enqueued, never run
    crash()  # 15:00:30: everything dies; London's 16:00 passes while it is down

    with _generation(app, tmp_path, 2) as web:
        restarted = _tick_at(web, utc(19, 17, 30))
        assert restarted["form"] == 1  # London, caught up
        assert restarted["swept"] == 1  # Berlin's queued row, whose job Redis lost
        run_workers(app, tmp_path, frozen=True)
        assert _tick_at(web, utc(19, 17, 32)) == {
            "form": 0, "reminder": 0, "digest": 0, "swept": 0, "replies": 0,
        }  # fmt: skip
        assert _tick_at(web, utc(19, 21, 0))["form"] == 1  # New York
        run_workers(app, tmp_path, frozen=True)

        # Tokyo answers on Friday morning (their time) through the web door.
        clock.freeze(utc(20, 0, 30))
        kr = db.session.scalar(select(KeyResult).where(KeyResult.owner_id == people["tokyo"].id))
        raw = _reply(people["tokyo"], f"{kr.ref} green", 1)
        assert post(web.test_client(), raw).status_code == 202
        run_workers(app, tmp_path, frozen=True)
        assert _tick_at(web, utc(20, 1, 0))["reminder"] == 0  # Tokyo answered: no reminder
        friday_seven = _tick_at(web, utc(20, 7, 0))
        assert friday_seven["reminder"] == 1  # Berlin, 08:00 local
        assert friday_seven["digest"] == 0  # the boss's 11:00 has not come
    crash()  # Friday 07:05: down again, with Berlin's reminder enqueued

    with _generation(app, tmp_path, 3) as web:
        restarted = _tick_at(web, utc(20, 12, 0))
        assert restarted["reminder"] == 1  # London's 08:00, caught up
        assert restarted["swept"] == 1  # Berlin's reminder
        assert restarted["digest"] == 0  # the boss's 11:00 has passed, New York's has not
        run_workers(app, tmp_path, frozen=True)
        assert _tick_at(web, utc(20, 13, 0))["reminder"] == 1  # New York
        run_workers(app, tmp_path, frozen=True)
        assert _tick_at(web, utc(20, 16, 0))["digest"] == 1  # 11:00 in New York too
        run_workers(app, tmp_path, frozen=True)
        for hour in (17, 20, 23):  # the rest of Friday: nothing more
            assert sum(_tick_at(web, utc(20, hour)).values()) == 0
        run_workers(app, tmp_path, frozen=True)

    rows = _rows()
    assert {r.state for r in rows} == {MailState.SENT}
    sent = Counter((r.kind, r.recipient) for r in rows)
    expected = {(MailKind.FORM, f"{n}@example.com"): 1 for n in zones}
    expected.update({(MailKind.REMINDER, f"{n}@example.com"): 1 for n in zones if n != "tokyo"})
    expected[(MailKind.DIGEST, "boss@example.com")] = 1
    expected[(MailKind.CONFIRMATION, "tokyo@example.com")] = 1
    assert sent == Counter(expected)
    delivered = Counter(r.message["Message-ID"] for r in _received(smtp_server))
    assert set(delivered.values()) == {1}, "something was delivered twice"
    assert set(delivered) == {r.message_id for r in rows}
