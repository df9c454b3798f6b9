"""Step 1, forms: compose and send every weekly form through the outbox to a real SMTP server.

- `ours`: what `okr send-forms --now` does without Redis: find who is due, insert the
  outbox rows, commit, then `send_batch` per batch of OKR_SEND_BATCH_SIZE (claim, compose
  from the database, send over one SMTP connection per batch, record each row as sent).
- `bare`: plain smtplib sending the same number of already-built messages, of exactly the
  sizes the sink received from `ours`, over one connection to the same server.
- `precomposed`: a diagnostic, not a goal: the same rows with every form composed beforehand
  (not timed) and kept on the row, so only the outbox's own work is timed: claim, send over
  one connection, record each row as sent. Against `bare`, it shows what composing costs
  and what the outbox costs.
- `rq_prepare`: the same rows queued again and handed to Redis as RQ jobs; the orchestrator
  then times `okr worker --burst` processes (one, then two) draining the queue.
"""

from __future__ import annotations

import smtplib
from email.utils import parseaddr

from sqlalchemy import delete, func, select

from bench.common import SENDER, QueryCounter, Timer, make_app


def _reset(week: str) -> int:
    """Forget this week's forms, so they can be sent again (not timed)."""
    from okr.extensions import db
    from okr.models import MailKind, OutboxMessage

    gone = db.session.execute(
        delete(OutboxMessage).where(OutboxMessage.kind == MailKind.FORM, OutboxMessage.week == week)
    ).rowcount
    db.session.commit()
    return gone


def ours(spec: dict) -> dict:
    from okr import dispatch
    from okr.extensions import db
    from okr.models import MailKind, MailState, OutboxMessage
    from okr.outbox import send_batch

    app = make_app()
    assert app.config["MAIL_SERVER"] and not app.config["REDIS_URL"]
    week = spec["week"]
    with app.app_context():
        _reset(week)
        counter = QueryCounter().attach(db.engine)
        counter.count = 0
        size = app.config["SEND_BATCH_SIZE"]
        result = {"sent": 0, "failed": 0, "retry": 0}
        with Timer() as queueing:
            ids = dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, week))
            db.session.commit()
        with Timer() as sending:
            for start in range(0, len(ids), size):
                batch = send_batch(ids[start : start + size])
                result["sent"] += len(batch.sent)
                result["failed"] += len(batch.failed)
                result["retry"] += len(batch.retry)
        statements = counter.count
        counter.active = False
        states = dict(
            db.session.execute(
                select(OutboxMessage.state, func.count())
                .where(OutboxMessage.kind == MailKind.FORM, OutboxMessage.week == week)
                .group_by(OutboxMessage.state)
            ).all()
        )
    assert result["sent"] == len(ids), result
    return {
        "forms": len(ids),
        "seconds": queueing.seconds + sending.seconds,
        "queue_seconds": queueing.seconds,
        "send_seconds": sending.seconds,
        "batch_size": size,
        "statements": statements,
        "statements_per_form": round(statements / max(len(ids), 1), 2),
        "result": result,
        "sent_rows": states.get(MailState.SENT, 0),
    }


def precomposed(spec: dict) -> dict:
    from okr import dispatch
    from okr.extensions import db
    from okr.models import MailKind, OutboxMessage
    from okr.outbox import _compose, send_batch

    app = make_app()
    week = spec["week"]
    with app.app_context():
        _reset(week)
        ids = dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, week))
        db.session.commit()
        size = app.config["SEND_BATCH_SIZE"]
        for start in range(0, len(ids), size):  # composed now, not timed
            rows = db.session.scalars(
                select(OutboxMessage).where(OutboxMessage.id.in_(ids[start : start + size]))
            ).all()
            composed, unsendable = _compose(rows)
            assert not unsendable, unsendable
            for row_id, outgoing in composed.items():
                row = db.session.get(OutboxMessage, row_id)
                row.raw, row.envelope = outgoing.raw, ", ".join(outgoing.envelope)
            db.session.commit()
        db.session.expunge_all()
        sent = 0
        with Timer() as sending:
            for start in range(0, len(ids), size):
                sent += len(send_batch(ids[start : start + size]).sent)
    assert sent == len(ids), (sent, len(ids))
    return {"forms": len(ids), "seconds": sending.seconds}


def _message(number: int, size: int, sender: str) -> bytes:
    """A plain message of exactly `size` bytes as the server receives it (CRLF line ends,
    ending with one, so smtplib adds nothing)."""
    head = (
        f"From: {SENDER}\r\nTo: p{number:05d}@bench.example.com\r\n"
        f"Subject: Weekly status, week 47: 3 key results\r\n"
        f"Message-ID: <bare.{number}@okr.bench.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode()
    body = bytearray()
    line = b"x" * 76 + b"\r\n"
    while len(head) + len(body) + len(line) + 2 <= size:
        body += line
    body += b"y" * max(0, size - len(head) - len(body) - 2) + b"\r\n"
    return bytes(head + body)


def bare(spec: dict) -> dict:
    """smtplib alone: the same count and sizes, built beforehand, one connection."""
    _, sender = parseaddr(SENDER)
    sizes = spec["sizes"]
    messages = [
        (f"p{n:05d}@bench.example.com", _message(n, size, sender)) for n, size in enumerate(sizes)
    ]
    with Timer() as sending, smtplib.SMTP("127.0.0.1", spec["port"], timeout=30) as smtp:
        for recipient, raw in messages:
            smtp.sendmail(sender, [recipient], raw)
    return {"messages": len(messages), "seconds": sending.seconds, "bytes": sum(sizes)}


def rq_prepare(spec: dict) -> dict:
    """Queue the week's forms again and hand them to Redis, as `okr send-forms` does."""
    from okr import dispatch, jobs
    from okr.extensions import db
    from okr.models import MailKind

    app = make_app()
    assert app.config["REDIS_URL"]
    with app.app_context():
        _reset(spec["week"])
        ids = dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, spec["week"]))
        db.session.commit()
        batches, waiting = jobs.hand_over(ids)
    assert not waiting, "Redis refused jobs"
    return {"forms": len(ids), "jobs": batches}


def rq_check(spec: dict) -> dict:
    """After the workers: every form of the week sent exactly once."""
    from okr.extensions import db
    from okr.models import MailKind, OutboxMessage

    app = make_app()
    with app.app_context():
        states = dict(
            db.session.execute(
                select(OutboxMessage.state, func.count())
                .where(OutboxMessage.kind == MailKind.FORM, OutboxMessage.week == spec["week"])
                .group_by(OutboxMessage.state)
            ).all()
        )
    return {"states": {str(k): v for k, v in states.items()}}
