"""Step 3, digests: every manager's digest for the week, after the week's replies.

- `ours`: `okr send-digests --week W` run in this process without Redis, as on a Friday:
  queue a row per manager, then per batch of OKR_SEND_BATCH_SIZE claim, build the
  batch's digests in shared reads, render each (Markdown, HTML with CSS inlined,
  quoted-printable), send over one SMTP connection, record each row as sent. Every SQL
  statement is counted. Not timed after it: `build_all(week)` alone (the build without
  rendering or sending, for where the time goes), and `build(manager)` alone for a
  manager at each level, to show that one digest takes the same number of statements
  whatever the size of the company.
- the bare limit (`bare_mail.send`): one plain SQL statement through the raw DB-API cursor
  reading every row those digests are built from (each key result with its objective
  and owner, joined with every check-in up to the week), fetched to the last row; then
  smtplib sending the very bytes the sink received from `ours` over one connection.
"""

from __future__ import annotations

from bench.common import QueryCounter, Timer, make_app

BARE_SQL = """
SELECT p.id, p.manager_id, p.name, p.email, p.active, p.away_until, p.digest_depth,
       k.id, k.title, k.due, k.state, k.drop_reason, k.closed_at, k.created_at,
       o.title, o.period,
       c.id, c.week, c.flag, c.score, c.note, c.created_at
FROM key_result k
JOIN objective o ON o.id = k.objective_id
JOIN person p ON p.id = k.owner_id
LEFT JOIN check_in c ON c.key_result_id = k.id AND c.week <= {param}
"""


def ours(spec: dict) -> dict:
    from sqlalchemy import delete, func, select

    from okr.digest.build import DEFAULT_BATCH, build, build_all
    from okr.extensions import db
    from okr.models import MailKind, MailState, OutboxMessage, Person

    app = make_app()
    assert app.config["MAIL_SERVER"] and not app.config["REDIS_URL"]
    week = spec["week"]
    with app.app_context():
        db.session.execute(
            delete(OutboxMessage).where(
                OutboxMessage.kind == MailKind.DIGEST, OutboxMessage.week == week
            )
        )
        db.session.commit()
        db.session.remove()
        counter = QueryCounter().attach(db.engine)
        counter.count = 0
        with Timer() as timer:
            done = app.test_cli_runner().invoke(args=["send-digests", "--week", week])
        assert done.exit_code == 0, done.output
        statements = counter.count
        states = dict(
            db.session.execute(
                select(OutboxMessage.state, func.count())
                .where(OutboxMessage.kind == MailKind.DIGEST, OutboxMessage.week == week)
                .group_by(OutboxMessage.state)
            ).all()
        )
        sent = states.get(MailState.SENT, 0)
        assert sent and sent == sum(states.values()), states
        counter.count = 0
        digests = items = 0
        with Timer() as building:
            for digest in build_all(week):
                digests += 1
                items += sum(
                    len(section)
                    for section in (
                        digest.red, digest.no_report, digest.yellow, digest.dropped,
                        digest.done, digest.green,
                    )
                )  # fmt: skip
        build_statements = counter.count
        # One digest alone: a manager at each level that has managers.
        singles = {}
        managers = db.session.execute(
            select(Person.id, Person.manager_id).where(Person.active.is_(True))
        ).all()
        parent = dict(managers)
        with_reports = sorted({m for _, m in managers if m is not None})

        def level(pid: int) -> int:
            depth = 0
            while parent.get(pid) is not None:
                pid, depth = parent[pid], depth + 1
            return depth

        seen: set[int] = set()
        for manager in with_reports:
            depth = level(manager)
            if depth in seen:
                continue
            seen.add(depth)
            db.session.expunge_all()
            counter.count = 0
            with Timer() as one:
                build(manager, week)
            singles[f"level {depth + 1}"] = {
                "manager": manager,
                "statements": counter.count,
                "ms": round(one.seconds * 1000, 1),
            }
        counter.active = False
    return {
        "digests": digests,
        "sent": sent,
        "items": items,
        "seconds": timer.seconds,
        "ms_per_digest": round(timer.seconds / max(sent, 1) * 1000, 2),
        "send_batch": app.config["SEND_BATCH_SIZE"],
        "statements_sent": statements,
        "build_only_seconds": building.seconds,
        "statements": build_statements,
        "batch": DEFAULT_BATCH,
        "statements_per_digest": round(build_statements / max(digests, 1), 3),
        "single_digest": singles,
    }
