"""Step 1, forms: compose and send every weekly form through the outbox to a real SMTP server.

- `ours`: `okr send-forms --week W` run in this process without Redis: find who is due,
  insert the outbox rows, commit, then per batch of OKR_SEND_BATCH_SIZE claim, compose
  from the database, send over one SMTP connection, record each row as sent.
- the bare limit (`bare_mail.send`): one SQL read of what the forms are made from, then
  smtplib sending the very bytes the sink received from `ours` over one connection.
- `precomposed`: a diagnostic, not a goal: the same rows with every form composed beforehand
  (not timed) and kept on the row, so only the outbox's own work is timed: claim, send over
  one connection, record each row as sent. Against `bare`, it shows what composing costs
  and what the outbox costs.
- `rq_prepare`: the same rows queued again and handed to Redis as RQ jobs; the orchestrator
  then times `okr worker --burst` processes (one, then two) draining the queue.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select

from bench.common import QueryCounter, Timer, make_app


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
    """`okr send-forms --week W` in this process, as an operator runs it without Redis."""
    from okr.extensions import db
    from okr.models import MailKind, MailState, OutboxMessage

    app = make_app()
    assert app.config["MAIL_SERVER"] and not app.config["REDIS_URL"]
    week = spec["week"]
    with app.app_context():
        _reset(week)
        db.session.remove()
        counter = QueryCounter().attach(db.engine)
        counter.count = 0
        runner = app.test_cli_runner()
        with Timer() as timer:
            done = runner.invoke(args=["send-forms", "--week", week])
        assert done.exit_code == 0, done.output
        statements = counter.count
        counter.active = False
        states = dict(
            db.session.execute(
                select(OutboxMessage.state, func.count())
                .where(OutboxMessage.kind == MailKind.FORM, OutboxMessage.week == week)
                .group_by(OutboxMessage.state)
            ).all()
        )
    sent = states.get(MailState.SENT, 0)
    assert sent and sent == sum(states.values()), states
    return {
        "forms": sent,
        "seconds": timer.seconds,
        "batch_size": app.config["SEND_BATCH_SIZE"],
        "statements": statements,
        "statements_per_form": round(statements / max(sent, 1), 2),
        "output": done.output.strip().splitlines()[-1],
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
