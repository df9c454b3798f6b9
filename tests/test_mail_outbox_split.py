"""Composing apart from delivering: the envelope is kept on the row when a message is
composed, the sender reads it from there, and a batch of digests costs the same
statements whatever the number of managers in it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from flask_migrate import upgrade
from sqlalchemy import select, text

from mailers import Message
from okr import composing, dispatch
from okr.extensions import db
from okr.models import MailKind, OutboxMessage
from okr.outbox import queue_composed, send_batch
from tests.conftest import counted_statements, make_person
from tests.test_digest_build import WEEK, grow
from tests.test_migrations import (  # noqa: F401 - fixtures
    empty_database_url,
    migrated_app,
    restore_logging,
)

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    """Every module a file imports, relative imports made absolute within `okr`."""
    found: set[str] = set()
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize(
    ("path", "forbidden"),
    [
        ("okr/outbox.py", ("okr.services", "okr.replies", "mailers.form", "mailers.digest")),
        ("mailers/form.py", ("okr.services",)),
        ("mailers/__init__.py", ("okr.services", "okr.replies")),
    ],
)
def test_delivering_does_not_compose_and_composing_reads_no_service(path, forbidden):
    imported = _imports(ROOT / path)
    assert imported  # the file was read
    assert not [name for name in imported if name.startswith(forbidden)]


def _message(to: str, cc: list[str] | None = None) -> Message:
    message = Message(
        subject="Hello",
        recipients=[to],
        cc=cc,
        body="text",
        sender="Flagpost <flagpost@okr.example.com>",
    )
    message.msgId = "<hello.1@okr.example.com>"
    return message


def test_a_composed_row_keeps_its_envelope_and_the_sender_uses_it(smtp_config, app, smtp_server):
    person = make_person("ann@example.com", "Ann")
    row_id = queue_composed(
        MailKind.CONFIRMATION,
        _message("Ann <ann@example.com>", cc=["Bob <bob@bücher.example>", "ANN@example.com"]),
        "envelope:1",
        person,
    )
    db.session.commit()
    row = db.session.get(OutboxMessage, row_id)
    assert row.envelope == "ann@example.com, bob@xn--bcher-kva.example"

    row.envelope = "carol@example.com"  # what is kept rules, not what the bytes say
    db.session.commit()
    assert send_batch([row_id]).sent == [row_id]
    [received] = smtp_server.received
    assert received.recipients == ["carol@example.com"]
    assert b"ann@example.com" in received.raw


def test_weekly_mail_records_the_envelope_it_was_composed_for(smtp_config, app, smtp_server):
    grow(9)
    ids = dispatch.queue_weekly(MailKind.DIGEST, dispatch.everyone(MailKind.DIGEST, WEEK))
    db.session.commit()
    result = send_batch(ids)
    assert sorted(result.sent) == sorted(ids) and ids
    rows = db.session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))).all()
    assert all(row.envelope == row.recipient for row in rows)
    assert sorted(r.recipients[0] for r in smtp_server.received) == sorted(
        row.recipient for row in rows
    )


def _digest_selects(size: int, prefix: str) -> tuple[int, int]:
    """(digests sent, SELECT statements) of one send batch of every manager's digest."""
    grow(size, prefix=prefix)
    ids = dispatch.queue_weekly(MailKind.DIGEST, dispatch.everyone(MailKind.DIGEST, WEEK))
    db.session.commit()
    db.session.expunge_all()
    with counted_statements() as seen:
        result = send_batch(ids)
    assert sorted(result.sent) == sorted(ids)
    return len(result.sent), sum(
        1 for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))
    )


def test_a_batch_of_digests_reads_the_same_statements_for_2_or_20_managers(
    smtp_config, app, smtp_server, monkeypatch
):
    """Per load of managers (okr/composing.py's DIGEST_LOAD, here one load for the batch),
    the statements do not grow with the managers it holds nor with the company."""
    app.config["SEND_BATCH_SIZE"] = 100
    monkeypatch.setattr(composing, "DIGEST_LOAD", 20)
    few, few_reads = _digest_selects(9, "a")
    db.session.execute(text("DELETE FROM outbox_message"))
    db.session.execute(text("DELETE FROM check_in"))
    db.session.execute(text("DELETE FROM deadline_change"))
    db.session.execute(text("DELETE FROM key_result"))
    db.session.execute(text("DELETE FROM objective"))
    db.session.execute(text("UPDATE person SET manager_id = NULL"))
    db.session.execute(text("DELETE FROM person"))
    db.session.commit()
    many, many_reads = _digest_selects(81, "b")
    assert few == 2 and many == 20
    assert few_reads == many_reads
    assert len(smtp_server.received) == few + many


def test_the_migration_keeps_the_envelope_of_stored_messages(migrated_app):  # noqa: F811
    directory = migrated_app.extensions["migrate"].directory
    raw = (
        b"From: Flagpost <flagpost@okr.example.com>\r\n"
        b"To: Ann <ann@xn--bcher-kva.example>\r\n"
        b"Cc: =?utf-8?q?B=C3=B6b?= <bob@example.com>,\r\n"
        b" Ann Again <ANN@xn--bcher-kva.example>\r\nSubject: Re: hi\r\n\r\nbody\r\n"
    )
    insert = text(
        "INSERT INTO outbox_message (dedupe_key, kind, recipient, message_id, raw, state, "
        "attempts, created_at, next_attempt_at) VALUES (:key, 'confirmation', :to, :mid, "
        ":raw, 'queued', 0, '2026-11-19 16:00:00', '2026-11-19 16:00:00')"
    )
    with migrated_app.app_context():
        upgrade(directory=directory, revision="ea3a822007aa")
        db.session.execute(
            insert, {"key": "a", "to": "ann@bücher.example", "mid": "<a@x>", "raw": raw}
        )
        db.session.execute(
            insert, {"key": "b", "to": "zed@example.com", "mid": "<b@x>", "raw": None}
        )
        db.session.commit()
        upgrade(directory=directory)
        rows = db.session.execute(
            text("SELECT dedupe_key, envelope FROM outbox_message ORDER BY dedupe_key")
        ).all()
    assert [tuple(r) for r in rows] == [
        ("a", "ann@xn--bcher-kva.example, bob@example.com"),
        ("b", None),
    ]


def test_a_weekly_row_without_its_week_fails_alone(smtp_config, app, smtp_server):
    """A form or digest row that lost its person or week (a hand edit) cannot be composed;
    the batch's other mail still goes."""
    grow(9)
    ids = dispatch.queue_weekly(MailKind.DIGEST, dispatch.everyone(MailKind.DIGEST, WEEK))
    db.session.commit()
    broken = db.session.get(OutboxMessage, ids[0])
    broken.week = None
    db.session.commit()
    result = send_batch(ids)
    assert result.failed == [ids[0]]
    assert sorted(result.sent) == sorted(ids[1:]) and ids[1:]
    db.session.refresh(broken)
    assert broken.state.value == "failed"
    assert "no person or week" in (broken.last_error or "")
    assert len(smtp_server.received) == len(ids) - 1
