"""Step 3, digests: every manager's digest for the week, after the week's replies.

- `ours`: `okr.digest.build.build_all(week)` consumed to the end (each digest's sections,
  roll-up and warnings built, nothing rendered), with every SQL statement counted; and
  `build(manager)` alone for a few managers at each level, to show that one digest takes
  the same number of statements whatever the size of the company.
- `bare`: one plain SQL statement through the raw DB-API cursor reading every row those
  digests are built from: each key result with its objective and owner, joined with every
  check-in up to the week; fetched to the last row.
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
    from sqlalchemy import select

    from okr.digest.build import DEFAULT_BATCH, build, build_all
    from okr.extensions import db
    from okr.models import Person

    app = make_app()
    week = spec["week"]
    with app.app_context():
        counter = QueryCounter().attach(db.engine)
        counter.count = 0
        digests = items = 0
        with Timer() as timer:
            for digest in build_all(week):
                digests += 1
                items += sum(
                    len(section)
                    for section in (
                        digest.red, digest.no_report, digest.yellow, digest.dropped,
                        digest.done, digest.green,
                    )
                )  # fmt: skip
        statements = counter.count
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
        "items": items,
        "seconds": timer.seconds,
        "ms_per_digest": round(timer.seconds / max(digests, 1) * 1000, 2),
        "statements": statements,
        "batch": DEFAULT_BATCH,
        "statements_per_digest": round(statements / max(digests, 1), 3),
        "single_digest": singles,
    }


def bare(spec: dict) -> dict:
    from okr.extensions import db

    app = make_app()
    with app.app_context():
        postgres = db.engine.dialect.name == "postgresql"
        sql = BARE_SQL.format(param="%s" if postgres else "?")
        connection = db.engine.raw_connection()
        try:
            cursor = connection.cursor()
            with Timer() as timer:
                cursor.execute(sql, (spec["week"],))
                rows = cursor.fetchall()
            count = len(rows)
            del rows
            cursor.close()
        finally:
            connection.close()
    return {"rows": count, "seconds": timer.seconds}
