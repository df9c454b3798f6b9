"""Shared fixtures: an app on a fresh database per test, a client, a CLI runner, factories."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask, current_app, g
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import event, text, update

from okr import clock, create_app, queue
from okr.extensions import db
from okr.models import KeyResult, MailState, Objective, OutboxMessage, Person, session_id
from okr.services import okrs, people, schedule

pytest_plugins = ["tests.servers", "tests.smtp", "tests.imap"]

# Thursday of ISO week 2026-W47: a fixed "now" so weekly logic is reproducible.
NOW = datetime(2026, 11, 19, 12, 0, tzinfo=UTC)

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[datetime]:
    clock.freeze(NOW)
    yield NOW
    clock.freeze(None)


def _config(tmp_path) -> dict:
    from okr.config import database_uri

    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key-that-is-long-enough-0123456789",
        "SQLALCHEMY_DATABASE_URI": database_uri(TEST_DATABASE_URL)
        if TEST_DATABASE_URL
        else f"sqlite:///{tmp_path / 'test.sqlite'}",
        "OUTBOX_DIR": str(tmp_path / "outbox"),
        "WTF_CSRF_ENABLED": False,
        "MAIL_SERVER": None,
        "REDIS_URL": None,
        "BASE_URL": "http://flagpost.test",
    }


@pytest.fixture
def app_config(tmp_path) -> dict:
    """Override entries here (in a test or fixture) before `app` is created."""
    return _config(tmp_path)


@pytest.fixture
def app(app_config, tmp_path) -> Iterator[Flask]:
    application = create_app(app_config, instance_path=str(tmp_path / "instance"))

    @application.teardown_request
    def forget_request_globals(_error=None) -> None:
        # The test holds an app context open, which Flask reuses for every request,
        # so `g` (and Flask-Login's cached user) would leak from one request to the next.
        for name in list(vars(g)):
            delattr(g, name)

    with application.app_context():
        _reset_schema()
        yield application
        queue.wait_for_background(application)
        db.session.remove()
        if TEST_DATABASE_URL:
            _reset_schema()
        db.engine.dispose()


def _reset_schema() -> None:
    """Start every test from empty tables (on PostgreSQL, faster than dropping them)."""
    if db.engine.dialect.name == "postgresql":
        db.create_all()
        names = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        db.session.commit()
    else:
        db.create_all()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


def make_person(
    email: str, name: str | None = None, manager: Person | None = None, **fields
) -> Person:
    person = people.create(
        email=email,
        name=name or email.split("@")[0].title(),
        manager_email=manager.email if manager else None,
        timezone=fields.pop("timezone", "UTC"),
    )
    for key, value in fields.items():
        setattr(person, key, value)
    db.session.commit()
    return person


def make_kr(
    owner: Person,
    title: str = "Sign 5 design partners",
    objective: str = "Win the first customers",
    due: date = date(2026, 12, 15),
    period: str = "2026-Q4",
) -> KeyResult:
    obj: Objective | None = okrs.find_objective(owner, objective, period)
    if obj is None:
        obj = okrs.create_objective(owner, objective, period)
    kr = okrs.create_key_result(obj, owner, title, due)
    db.session.commit()
    return kr


def sign_in(client: FlaskClient, person: Person, with_password: bool | None = None) -> None:
    """Sign a test client in as `person` without going through a form: as the password
    form does for an admin (admin rights), as a sign-in link does for anyone else, unless
    `with_password` says otherwise."""
    if with_password is None:
        with_password = bool(person.is_admin)
    with client.session_transaction() as session:
        session["_user_id"] = session_id(person, with_password)
        session["_fresh"] = True


@pytest.fixture
def admin(app) -> Person:
    return make_person("admin@example.com", "Ada Admin", is_admin=True)


@pytest.fixture
def admin_client(client, admin) -> FlaskClient:
    sign_in(client, admin)
    return client


@contextlib.contextmanager
def counted_statements(this_thread_only: bool = False) -> Iterator[list[str]]:
    """Every SQL statement the engine runs inside the block, for tests of how many a
    page, a batch or a mail costs; with `this_thread_only`, only the caller's thread's
    (the test client runs the app in the caller's thread, background threads do not)."""
    seen: list[str] = []
    me = threading.get_ident()

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if not this_thread_only or threading.get_ident() == me:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@contextlib.contextmanager
def app_on_database(url: str, tmp_path, **config: object) -> Iterator[Flask]:
    """An app of its own, with its schema, on the database at `url` (one the test may
    take down, or a fresh PostgreSQL database), inside an app context."""
    from okr.config import database_uri

    settings = _config(tmp_path)
    settings.update(SQLALCHEMY_DATABASE_URI=database_uri(url), **config)
    application = create_app(settings, instance_path=str(tmp_path / "own-db-instance"))
    with application.app_context():
        db.create_all()
        try:
            yield application
        finally:
            db.session.remove()
            db.engine.dispose()


def run_at_once(app: Flask, functions: list[Callable[[], object]]) -> list[BaseException]:
    """Run each function in its own thread with its own app context, all released together
    (two workers at the same instant); returns what they raised."""
    barrier = threading.Barrier(len(functions))
    errors: list[BaseException] = []

    def run(function):
        with app.app_context():
            try:
                barrier.wait(timeout=30)
                function()
            except BaseException as error:  # noqa: BLE001 - reported by the test
                errors.append(error)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(f,)) for f in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
        assert not thread.is_alive(), "a thread hung"
    return errors


def age_claims(seconds: float | None = None) -> None:
    """Move every claim into the past, past the lease (or by `seconds`), as if its sender had
    stopped renewing it that long ago, for this process's frozen clock and the real one."""
    lease = current_app.config["CLAIM_LEASE_SECONDS"]
    back = timedelta(seconds=lease + 1 if seconds is None else seconds)
    moment = min(clock.now(), datetime.now(UTC)) - back
    db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.state == MailState.SENDING)
        .values(claimed_at=moment)
    )
    db.session.commit()


def sweep_stale_claims(runner: FlaskCliRunner) -> str:
    """A dead worker's claims, aged past the lease (OKR_CLAIM_LEASE_SECONDS), then
    `okr tick`: what it printed."""
    age_claims()
    tick = runner.invoke(args=["tick"])
    assert tick.exit_code == 0, tick.output
    return tick.output


def start_schedules(at: datetime) -> None:
    """The weekly schedules as if the scheduler had first run at `at`: slots from then on
    are caught up, none before (a new installation's schedules start at its first tick)."""
    for kind in schedule.DEFAULTS:
        schedule.started(kind, at)
    db.session.commit()
