"""The bare limit of a mail step: one SQL read of what the mail is made from, then smtplib
sending the very bytes our step handed over (kept by the SMTP sink), to the same envelope
recipients, over one connection to the same server.

What the step does beyond this (claiming and recording rows, building, rendering and
encoding each message) is what the ratio measures.
"""

from __future__ import annotations

import smtplib
from email.utils import parseaddr
from pathlib import Path

from bench.common import SENDER, Timer, make_app, read_frames

# Everything a week's forms are made from: each active key result with its objective,
# owner, and the check-ins of last week and this week.
FORMS_SQL = """
SELECT p.id, p.name, p.email, k.id, k.title, k.due, o.id, o.title, c.flag, c.note, c.week
FROM person p
JOIN key_result k ON k.owner_id = p.id AND k.state = 'active'
JOIN objective o ON o.id = k.objective_id
LEFT JOIN check_in c ON c.key_result_id = k.id AND c.week IN ({param}, {param})
WHERE p.active
"""


def _read(sql: str, params: tuple) -> int:
    from okr.extensions import db

    postgres = db.engine.dialect.name == "postgresql"
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(sql.format(param="%s" if postgres else "?"), params)
        count = len(cursor.fetchall())
        cursor.close()
    finally:
        connection.close()
    return count


def send(spec: dict) -> dict:
    from bench.steps.digests import BARE_SQL
    from okr import weeks

    week = spec["week"]
    if spec["read"] == "forms":
        sql, params = FORMS_SQL, (weeks.shift(week, -1), week)
    else:
        sql, params = BARE_SQL, (week,)
    messages = read_frames(Path(spec["file"]))  # not timed: ours had them in memory
    _, sender = parseaddr(SENDER)
    app = make_app()
    with app.app_context():
        with Timer() as reading:
            rows = _read(sql, params)
        with Timer() as sending, smtplib.SMTP("127.0.0.1", spec["port"], timeout=30) as smtp:
            for recipients, raw in messages:
                smtp.sendmail(sender, recipients, raw)
    return {
        "messages": len(messages),
        "rows": rows,
        "bytes": sum(len(raw) for _, raw in messages),
        "read_seconds": reading.seconds,
        "send_seconds": sending.seconds,
        "seconds": reading.seconds + sending.seconds,
        "messages_per_second": round(len(messages) / sending.seconds, 1)
        if sending.seconds
        else None,
    }
