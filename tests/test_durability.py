"""relaxed_commits: only the outbox's sent marks skip waiting for the disk."""

from __future__ import annotations

from sqlalchemy import text

from okr.extensions import db, relaxed_commits


def _setting() -> str:
    """What the current transaction's commit will wait for."""
    if db.engine.dialect.name == "postgresql":
        value = db.session.execute(text("SHOW synchronous_commit")).scalar_one()
    else:
        value = {0: "off", 1: "normal", 2: "full", 3: "extra"}[
            db.session.execute(text("PRAGMA synchronous")).scalar_one()
        ]
    db.session.commit()
    return value


def _configured() -> str:
    """The server's own setting (a test cluster may itself skip syncing)."""
    if db.engine.dialect.name == "postgresql":
        value = db.session.execute(
            text("SELECT reset_val FROM pg_settings WHERE name = 'synchronous_commit'")
        ).scalar_one()
        db.session.commit()
        return value
    return "full"


def test_outside_the_block_commits_wait_as_configured(app) -> None:
    assert _setting() == _configured()


def test_inside_the_block_commits_do_not_wait_and_afterwards_they_do_again(app) -> None:
    before = _setting()
    with relaxed_commits():
        assert _setting() in {"off", "normal"}
        assert _setting() in {"off", "normal"}  # every transaction of the block
    assert _setting() == before


def test_an_error_in_the_block_still_restores_the_setting(app) -> None:
    before = _setting()
    try:
        with relaxed_commits():
            _setting()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert _setting() == before


def test_the_outbox_sends_its_marks_relaxed_and_leaves_nothing_relaxed(
    smtp_config, app, smtp_server
) -> None:
    """A batch sent over SMTP: every row sent, and the next transaction is durable again."""
    from okr import dispatch
    from okr.models import MailKind, MailState, OutboxMessage
    from okr.outbox import send_batch
    from tests.conftest import make_kr, make_person

    for n in range(3):
        make_kr(make_person(f"p{n}@example.com"), f"KR {n}")
    ids = dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, "2026-W47"))
    db.session.commit()
    result = send_batch(ids)
    assert len(result.sent) == 3
    assert len(smtp_server.received) == 3
    assert {row.state for row in db.session.scalars(db.select(OutboxMessage))} == {MailState.SENT}
    assert _setting() == _configured()
