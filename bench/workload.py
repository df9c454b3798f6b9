"""A generated company for the benchmarks: fixed seed, six levels, three key results each.

`generate(size)` fills an empty database (inside an app context) with:

- `size` people in six levels (a CEO, then levels growing geometrically, the last level
  taking the remainder), each under a manager one level up, in a dozen timezones; about
  1 % away and 0.5 % deactivated (never managers). The CEO is also the admin, with a
  password, so the load generator can sign in.
- per person one or two objectives holding exactly three key results; about 10 % overdue,
  3 % done and 1 % dropped during the history, 5 % with one to three slipped due dates.
- twelve weeks of history before the current week: per key result and week a check-in
  from a Markov chain of flags (green stays green, red tends to stay red), a score that
  grows, a note; a few people went silent in the last weeks, 2 % of weeks have a corrected
  second check-in; and per person and week the form that was sent (a sent outbox row).

Everything is inserted with executemany-style bulk inserts of plain rows (no ORM objects),
with explicit ids for people, objectives and key results (PostgreSQL's sequences are moved
past them afterwards). The current week has no check-in yet: the replies step makes them.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, text

from okr import weeks
from okr.extensions import db
from okr.models import (
    ChangeSource,
    CheckIn,
    DeadlineChange,
    Flag,
    KeyResult,
    KRState,
    MailKind,
    MailState,
    Objective,
    OutboxMessage,
    Person,
)

SEED = 20261119
LEVELS = 6
KRS_PER_PERSON = 3
HISTORY_WEEKS = 12
ADMIN_EMAIL = "ceo@bench.example.com"
ADMIN_PASSWORD = "bench-admin-password-0123"  # noqa: S105 - a throwaway benchmark account
DOMAIN = "bench.example.com"
CHUNK = 5000

TIMEZONES = [
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Madrid",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Australia/Sydney",
]
FIRST = [
    "Ada", "Ben", "Chloé", "Dana", "Eli", "Fatima", "Grace", "Hiro", "Ines", "Jonas", "Kofi",
    "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma",
    "Victor", "Wei", "Xenia", "Yusuf", "Zoe",
]  # fmt: skip
LAST = [
    "Andersen", "Baker", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Haddad", "Ito",
    "Jensen", "Kowalski", "Larsen", "Müller", "Nakamura", "Okafor", "Petrov", "Rossi",
    "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Yilmaz", "Zhang",
]  # fmt: skip
VERBS = ["Ship", "Launch", "Cut", "Raise", "Hire", "Sign", "Migrate", "Reduce", "Grow", "Close"]
THINGS = [
    "the customer dashboard", "annual plans", "p95 latency to 250 ms", "3 senior engineers",
    "5 design partners", "the billing system", "churn under 1.5%", "NPS above 40",
    "the partner channel", "the data importer", "SOC 2 type II", "onboarding time to 5 days",
]  # fmt: skip
OBJECTIVES = [
    "Reliable, fast engineering", "A product that sells itself", "Hit the quarterly number",
    "Customers who stay", "Make the platform boring to operate", "Scale onboarding",
    "Better support tooling", "A partner channel that works",
]  # fmt: skip
NOTES = {
    "green": [
        "On track, no blockers.",
        "Good week: closed out the open review comments.",
        "Steady progress; next milestone is the beta cut.",
        "Numbers moving the right way.",
        "Demoed to stakeholders, good feedback.",
    ],
    "yellow": [
        "Slower than planned: waiting on legal review.",
        "A dependency slipped; should recover next week.",
        "Scope grew; we need to cut something to land it.",
    ],
    "red": [
        "Blocked. Escalated to my manager.",
        "Still blocked, no decision yet.\nNeed help from leadership to unblock.",
        "The vendor slipped again; the date is at risk.",
    ],
}
# Next week's flag given this week's: green stays green, red tends to stay red.
MARKOV = {
    "green": (("green", 0.90), ("yellow", 0.08), ("red", 0.02)),
    "yellow": (("green", 0.40), ("yellow", 0.45), ("red", 0.15)),
    "red": (("green", 0.20), ("yellow", 0.20), ("red", 0.60)),
}


@dataclass
class Summary:
    size: int
    seed: int
    levels: int
    level_sizes: list[int]
    managers: int = 0
    objectives: int = 0
    key_results: int = 0
    check_ins: int = 0
    deadline_changes: int = 0
    outbox_history: int = 0
    week: str = ""
    history: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def level_sizes(size: int, levels: int = LEVELS) -> list[int]:
    """One CEO, then levels growing by a common factor, the last taking the remainder."""
    if size < 2 ** (levels - 1) + 1:
        raise ValueError(f"{size} people cannot make {levels} levels")
    lo, hi = 1.0, float(size)
    for _ in range(60):  # bisect the growth factor so that the levels sum to about `size`
        factor = (lo + hi) / 2
        if sum(factor**k for k in range(levels)) > size:
            hi = factor
        else:
            lo = factor
    sizes = [max(1, round(lo**k)) for k in range(levels - 1)]
    sizes.append(size - sum(sizes))
    return sizes


def _pick(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    roll, total = rng.random(), 0.0
    for value, weight in table:
        total += weight
        if roll < total:
            return value
    return table[-1][0]


def _quarter(day: date) -> tuple[str, date]:
    q = (day.month - 1) // 3
    last_month = q * 3 + 3
    end = (
        date(day.year, 12, 31)
        if last_month == 12
        else date(day.year, last_month + 1, 1) - timedelta(days=1)
    )
    return f"{day.year}-Q{q + 1}", end


def _moment(week: str, rng: random.Random) -> datetime:
    """Thursday to Saturday of `week`, working-ish hours, UTC."""
    day = weeks.monday(week) + timedelta(days=rng.randint(3, 5))
    return datetime.combine(day, time(rng.randint(6, 20), rng.randint(0, 59)), tzinfo=UTC)


def _bulk(model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        db.session.execute(insert(model), rows[start : start + CHUNK])


def generate(size: int, seed: int = SEED, week: str | None = None) -> Summary:
    """Fill an empty database with the company; commits."""
    from okr.services.signin import set_password

    rng = random.Random(seed)
    week = week or weeks.current()
    from okr import clock

    today = clock.today()
    history = [weeks.shift(week, k - HISTORY_WEEKS) for k in range(HISTORY_WEEKS)]
    period, quarter_end = _quarter(today)
    start = datetime.combine(weeks.monday(history[0]), time.min, tzinfo=UTC)
    created = start - timedelta(days=14)
    sizes = level_sizes(size)
    summary = Summary(size=size, seed=seed, levels=LEVELS, level_sizes=sizes, week=week)
    summary.history = history

    # People, level by level; ids are explicit so managers can be named before insertion.
    people: list[dict] = []
    levels: list[list[int]] = []
    next_id = 1
    for count in sizes:
        ids = list(range(next_id, next_id + count))
        next_id += count
        above = levels[-1] if levels else []
        for n, pid in enumerate(ids):
            # Every manager one level up gets reports before anyone gets many.
            manager = None if not above else (above[n] if n < len(above) else rng.choice(above))
            first, last = rng.choice(FIRST), rng.choice(LAST)
            people.append(
                {
                    "id": pid,
                    "email": f"p{pid:05d}@{DOMAIN}" if pid != 1 else ADMIN_EMAIL,
                    "name": f"{first} {last} {pid}",
                    "manager_id": manager,
                    "timezone": rng.choice(TIMEZONES),
                    "active": True,
                    "away_until": None,
                    "is_admin": pid == 1,
                    "digest_depth": 3,
                    "password_hash": None,
                    "created_at": created - timedelta(days=30),
                }
            )
        levels.append(ids)
    managers = {p["manager_id"] for p in people if p["manager_id"] is not None}
    summary.managers = len(managers)
    leaves = [p for p in people if p["id"] not in managers]
    for person in rng.sample(leaves, max(1, size // 200)):
        person["active"] = False
    for person in rng.sample(leaves, max(1, size // 100)):
        if person["active"]:
            person["away_until"] = today + timedelta(days=rng.randint(3, 20))
    _bulk(Person, people)

    # Objectives and key results.
    objectives: list[dict] = []
    krs: list[dict] = []
    changes: list[dict] = []
    kr_id = 1
    for person in people:
        split = [3] if rng.random() < 0.7 else [2, 1]
        for count in split:
            oid = len(objectives) + 1
            objectives.append(
                {
                    "id": oid,
                    "owner_id": person["id"],
                    "title": rng.choice(OBJECTIVES),
                    "period": period,
                    "description": None,
                    "created_at": created,
                }
            )
            for _ in range(count):
                due = quarter_end - timedelta(days=rng.choice([0, 0, 7, 14, 30]))
                if rng.random() < 0.10:
                    due = today - timedelta(days=rng.randint(1, 20))
                krs.append(
                    {
                        "id": kr_id,
                        "objective_id": oid,
                        "owner_id": person["id"],
                        "title": f"{rng.choice(VERBS)} {rng.choice(THINGS)} ({kr_id})",
                        "due": due,
                        "state": KRState.ACTIVE,
                        "drop_reason": None,
                        "closed_at": None,
                        "created_at": created + timedelta(minutes=kr_id % 600),
                    }
                )
                if rng.random() < 0.05:
                    old = due - timedelta(days=14 * rng.randint(1, 3))
                    for k in range(rng.randint(1, 3)):
                        changes.append(
                            {
                                "key_result_id": kr_id,
                                "old_due": old + timedelta(days=14 * k),
                                "new_due": old + timedelta(days=14 * (k + 1)),
                                "changed_at": _moment(history[3 + 3 * k], rng),
                                "source": ChangeSource.REPLY,
                                "author_id": person["id"],
                            }
                        )
                kr_id += 1
    closing: dict[int, int] = {}  # kr id -> index of the week it closed in
    for kr in krs:
        roll = rng.random()
        if roll < 0.03 or roll > 0.99:
            index = rng.randint(2, HISTORY_WEEKS - 1)
            closing[kr["id"]] = index
            kr["closed_at"] = _moment(history[index], rng)
            if roll < 0.03:
                kr["state"] = KRState.DONE
            else:
                kr["state"] = KRState.DROPPED
                kr["drop_reason"] = "Deprioritised after the pricing change."
    _bulk(Objective, objectives)
    _bulk(KeyResult, krs)
    _bulk(DeadlineChange, changes)
    summary.objectives, summary.key_results = len(objectives), len(krs)
    summary.deadline_changes = len(changes)

    # Twelve weeks of check-ins, and the forms that asked for them.
    by_owner: dict[int, list[dict]] = {}
    for kr in krs:
        by_owner.setdefault(kr["owner_id"], []).append(kr)
    rows: list[dict] = []
    outbox: list[dict] = []
    for person in people:
        pid = person["id"]
        silent_from = HISTORY_WEEKS - rng.randint(1, 4) if rng.random() < 0.03 else HISTORY_WEEKS
        diligence = rng.uniform(0.85, 0.99)
        flags = {kr["id"]: "green" for kr in by_owner[pid]}
        progress = {kr["id"]: rng.uniform(0.0, 0.2) for kr in by_owner[pid]}
        for index, past in enumerate(history):
            if person["active"]:
                sent = _moment(past, rng).replace(hour=15, minute=0)
                outbox.append(
                    {
                        "dedupe_key": f"form:{pid}:{past}",
                        "kind": MailKind.FORM,
                        "person_id": pid,
                        "recipient": person["email"],
                        "week": past,
                        "message_id": f"<form.{secrets.token_hex(12)}@{DOMAIN}>",
                        "subject": None,
                        "raw": None,
                        "state": MailState.SENT,
                        "attempts": 1,
                        "created_at": sent,
                        "next_attempt_at": sent,
                        "sent_at": sent,
                    }
                )
            if not person["active"] or index >= silent_from or rng.random() > diligence:
                continue
            when = _moment(past, rng)
            for kr in by_owner[pid]:
                closed = closing.get(kr["id"])
                if closed is not None and index > closed:
                    continue
                flag = flags[kr["id"]] = _pick(rng, MARKOV[flags[kr["id"]]])
                progress[kr["id"]] = min(1.0, progress[kr["id"]] + rng.uniform(0.0, 0.1))
                entry = {
                    "key_result_id": kr["id"],
                    "week": past,
                    "flag": Flag(flag),
                    "score": round(progress[kr["id"]], 2),
                    "note": rng.choice(NOTES[flag]),
                    "author_id": pid,
                    "created_at": when,
                    "source_message_id": None,
                }
                rows.append(entry)
                if rng.random() < 0.02:
                    rows.append(
                        entry | {"flag": Flag.GREEN, "created_at": when + timedelta(hours=2)}
                    )
    rows.sort(key=lambda row: row["created_at"])  # ids follow time, as replies would
    _bulk(CheckIn, rows)
    _bulk(OutboxMessage, outbox)
    summary.check_ins, summary.outbox_history = len(rows), len(outbox)

    admin = db.session.get(Person, 1)
    set_password(admin, ADMIN_PASSWORD)
    db.session.commit()
    if db.engine.dialect.name == "postgresql":
        for table in ("person", "objective", "key_result"):
            sequence = f"pg_get_serial_sequence('{table}', 'id')"
            db.session.execute(text(f"SELECT setval({sequence}, max(id)) FROM {table}"))  # noqa: S608
        db.session.commit()
        db.session.execute(text("ANALYZE"))
        db.session.commit()
    else:
        db.session.execute(text("ANALYZE"))
        db.session.commit()
    return summary
