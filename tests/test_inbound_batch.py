"""Replies processed in batches (`jobs.process_inbound_batch`): the tick's sweep, `okr
ingest` of many files. The same outcomes as one at a time, with a fraction of the
statements and one send job per batch; a bad message fails alone; two workers handed the
same batch record and answer everything once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from sqlalchemy import event, func, select, update
from sqlalchemy.exc import OperationalError

from okr import addresses, clock, jobs, weeks
from okr.extensions import db
from okr.models import (
    CheckIn,
    InboundMessage,
    InboundState,
    MailKind,
    OutboxMessage,
    Person,
    Question,
)
from okr.services import inbound as inbound_service
from okr.services.inbound import BATCH_SIZE, store
from okr.services.inbound import batch as inbound_batch
from okr.services.inbound import confirm as inbound_confirm
from tests.conftest import app_on_database, make_kr, make_person, run_at_once


def _reply(person: Person, body: str, n: int, **headers: str) -> bytes:
    """A reply by token, as a mail client writes it."""
    msg = EmailMessage()
    msg["From"] = f"{person.name} <{person.email}>"
    msg["To"] = addresses.reply_address(person.id, weeks.current())
    msg["Subject"] = "Re: Weekly status"
    msg["Date"] = format_datetime(clock.now())
    msg["Message-ID"] = headers.pop("message_id", f"<batch-{n}-{person.id}@client.example.com>")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def _store_all(raws: list[bytes]) -> list[int]:
    return [store(raw, "http").id for raw in raws]


def _checkins() -> list[tuple[int, str, str | None]]:
    db.session.rollback()
    return [
        (c.key_result_id, c.flag.value, c.source_message_id)
        for c in db.session.scalars(select(CheckIn).order_by(CheckIn.id))
    ]


def _states(ids: list[int]) -> list[InboundState]:
    db.session.rollback()
    return [db.session.get(InboundMessage, one).state for one in ids]


def _confirmations() -> list[OutboxMessage]:
    db.session.rollback()
    return db.session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.kind == MailKind.CONFIRMATION)
        .order_by(OutboxMessage.id)
    ).all()


def _latest_flag(kr_id: int) -> str | None:
    db.session.rollback()
    check_in = db.session.scalar(
        select(CheckIn)
        .where(CheckIn.key_result_id == kr_id, CheckIn.week == weeks.current())
        .order_by(CheckIn.id.desc())
        .limit(1)
    )
    return check_in.flag.value if check_in else None


@pytest.fixture
def company(app):
    people = [make_person(f"p{n}@example.com", f"Person {n}") for n in range(6)]
    krs = {p.id: [make_kr(p, "One"), make_kr(p, "Two", objective="Other")] for p in people}
    return people, krs


@pytest.fixture
def sends(monkeypatch) -> list[list[int]]:
    """Every call sending outbox rows from the job, with its ids."""
    calls: list[list[int]] = []
    real = jobs.deliver

    def spy(ids):
        if ids:
            calls.append(list(ids))
        return real(ids)

    monkeypatch.setattr(jobs, "deliver", spy)
    return calls


class _Statements:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, *_args, **_kwargs) -> None:
        self.count += 1


def test_a_batch_records_every_reply_and_hands_the_confirmations_overrun_at_once(company, sends):
    people, krs = company
    raws = [
        _reply(p, f"{krs[p.id][0].ref} green\n{krs[p.id][1].ref} red - stuck", n)
        for n, p in enumerate(people)
    ]
    auto = _reply(people[0], "I am away", 90, auto_submitted="auto-replied")
    copy = raws[1].replace(b"stuck", b"stuck!")  # the same Message-ID, other bytes
    ids = _store_all([*raws, auto, copy])
    statements = _Statements()
    event.listen(db.engine, "before_cursor_execute", statements)
    try:
        summary = jobs.process_inbound_batch(ids)
    finally:
        event.remove(db.engine, "before_cursor_execute", statements)
    assert summary == {"processed": 6, "ignored": 2}
    assert _states(ids) == [InboundState.PROCESSED] * 6 + [InboundState.IGNORED] * 2
    assert "duplicate of message" in db.session.get(InboundMessage, ids[-1]).reason
    assert sorted((kr, flag) for kr, flag, _ in _checkins()) == sorted(
        (kr.id, flag) for p in people for kr, flag in zip(krs[p.id], ("green", "red"), strict=True)
    )
    confirmations = _confirmations()
    assert sorted(c.recipient for c in confirmations) == sorted(p.email for p in people)
    assert all(c.week == weeks.current() for c in confirmations)
    assert sends == [[c.id for c in confirmations]]  # one hand-over for the whole batch
    assert statements.count < 40  # one at a time took about 17 per reply


def test_a_reply_that_breaks_processing_fails_alone(company, sends, monkeypatch):
    people, krs = company
    raws = [_reply(p, f"{krs[p.id][0].ref} yellow", n) for n, p in enumerate(people[:4])]
    ids = _store_all(raws)
    bad = db.session.get(InboundMessage, ids[2]).message_id
    real_apply = inbound_batch.apply

    def apply_unless_bad(understanding, person, week, entries, source, **kwargs):
        if source == bad:
            raise RuntimeError("a bug met this message")
        return real_apply(understanding, person, week, entries, source, **kwargs)

    monkeypatch.setattr(inbound_batch, "apply", apply_unless_bad)
    summary = jobs.process_inbound_batch(ids)
    assert summary == {"processed": 3, "failed": 1}
    assert _states(ids) == [InboundState.PROCESSED] * 2 + [
        InboundState.FAILED,
        InboundState.PROCESSED,
    ]
    failed = db.session.get(InboundMessage, ids[2])
    assert "a bug met this message" in failed.reason
    rows = db.session.scalars(select(InboundMessage).order_by(InboundMessage.id)).all()
    assert [r.attempts for r in rows] == [1, 1, 1, 1]  # the fallback counts no second attempt
    assert sorted(kr for kr, _, _ in _checkins()) == sorted(
        krs[p.id][0].id for n, p in enumerate(people[:4]) if n != 2
    )
    assert sorted(c.recipient for c in _confirmations()) == sorted(
        p.email for n, p in enumerate(people[:4]) if n != 2
    )


def test_a_database_failure_leaves_the_batch_stored_for_the_next_tick(company, monkeypatch):
    people, krs = company
    ids = _store_all([_reply(p, f"{krs[p.id][0].ref} red", n) for n, p in enumerate(people[:3])])
    real_queue = inbound_batch.queue_confirmation

    def lose_the_connection(*args, **kwargs):
        raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(inbound_batch, "queue_confirmation", lose_the_connection)
    assert jobs.process_inbound_batch(ids) == {"stored": 3}
    assert _states(ids) == [InboundState.STORED] * 3
    assert _checkins() == [] and _confirmations() == []  # nothing half-written

    monkeypatch.setattr(inbound_batch, "queue_confirmation", real_queue)
    assert jobs.tick()["replies"] == 3
    assert _states(ids) == [InboundState.PROCESSED] * 3
    assert [r.attempts for r in db.session.scalars(select(InboundMessage))] == [2, 2, 2]
    assert len(_checkins()) == 3 and len(_confirmations()) == 3


def test_running_a_batch_twice_changes_nothing(company, sends):
    people, krs = company
    ids = _store_all([_reply(p, f"{krs[p.id][1].ref} green", n) for n, p in enumerate(people)])
    first = jobs.process_inbound_batch(ids)
    recorded, confirmations = _checkins(), _confirmations()
    assert jobs.process_inbound_batch(ids) == first == {"processed": len(people)}
    assert _checkins() == recorded and _confirmations() == confirmations
    assert len(sends) == 1
    assert [r.attempts for r in db.session.scalars(select(InboundMessage))] == [1] * len(ids)


def test_replies_of_one_person_in_one_batch_leave_the_latest(company):
    people, krs = company
    dana, (one, two) = people[0], krs[people[0].id]
    ids = _store_all(
        [
            _reply(dana, f"{one.ref} green\n{two.ref} green", 1),
            _reply(dana, f"{one.ref} red - vendor slipped", 2),
        ]
    )
    jobs.process_inbound_batch(ids)
    assert (_latest_flag(one.id), _latest_flag(two.id)) == ("red", "green")
    assert _states(ids) == [InboundState.PROCESSED] * 2
    assert len(_confirmations()) == 2


def test_an_earlier_reply_in_a_batch_after_the_later_one_does_not_overwrite_it(company):
    people, krs = company
    dana, (one, two) = people[0], krs[people[0].id]
    earlier, later, other = _store_all(
        [
            _reply(dana, f"{one.ref} green\n{two.ref} green", 1),
            _reply(dana, f"{one.ref} red - vendor slipped", 2),
            _reply(people[1], f"{krs[people[1].id][0].ref} yellow", 3),
        ]
    )
    jobs.process_inbound(later)
    jobs.process_inbound_batch([earlier, other])
    assert (_latest_flag(one.id), _latest_flag(two.id)) == ("red", "green")
    first = db.session.get(InboundMessage, earlier)
    assert f"{one.ref}: not recorded; a later reply" in first.outcome


def test_the_limits_on_confirmations_count_what_the_batch_queued(company, monkeypatch):
    monkeypatch.setattr(inbound_confirm, "MAX_CONFIRMATIONS_PER_DAY", 2)
    people, krs = company
    dana, kr = people[0], krs[people[0].id][0]
    eli = people[1]
    raws = [_reply(dana, f"{kr.ref} {flag}", n) for n, flag in enumerate(("green", "red", "red"))]
    raws += [_reply(eli, f"No idea yet ({n}).", 10 + n) for n in range(3)]
    ids = _store_all(raws)
    jobs.process_inbound_batch(ids)
    assert Counter(c.recipient for c in _confirmations()) == {dana.email: 2, eli.email: 1}
    assert len(_checkins()) == 3  # every reply still counts
    assert _states(ids) == [InboundState.PROCESSED] * 6


def test_an_owners_reply_in_a_batch_answers_their_open_question(company):
    people, krs = company
    manager, owner = people[0], people[1]
    kr = krs[owner.id][0]
    question = Question(
        manager_id=manager.id,
        key_result_id=kr.id,
        owner_id=owner.id,
        week=weeks.current(),
        text="what do you need?",
        asked_at=clock.now() - timedelta(hours=1),
    )
    db.session.add(question)
    db.session.commit()
    ids = _store_all([_reply(owner, f"{kr.ref} green", 1), _reply(manager, "nothing", 2)])
    jobs.process_inbound_batch(ids)
    db.session.refresh(question)
    assert question.answered_at is not None and question.answer_inbound_id == ids[0]


def test_the_tick_processes_stored_replies_in_batches(company, monkeypatch):
    people, krs = company
    calls: list[list[int]] = []
    real = jobs.process_inbound_batch

    def spy(ids):
        calls.append(list(ids))
        return real(ids)

    monkeypatch.setattr(jobs, "process_inbound_batch", spy)
    ids = _store_all([_reply(p, f"{krs[p.id][0].ref} green", n) for n, p in enumerate(people)])
    assert jobs.tick()["replies"] == len(people)
    assert calls == [ids]
    assert _states(ids) == [InboundState.PROCESSED] * len(people)


def test_okr_ingest_of_many_files_processes_them_as_one_batch(company, runner, tmp_path, sends):
    people, krs = company
    paths = []
    for n, person in enumerate(people[:3]):
        path = tmp_path / f"{n}.eml"
        path.write_bytes(_reply(person, f"{krs[person.id][0].ref} green", n))
        paths.append(str(path))
    result = runner.invoke(args=["ingest", *paths, paths[0]])
    assert result.exit_code == 0, result.output
    assert result.output.count(": processed from p") == 3  # each line says what it understood
    assert result.output.count(" green") == 3
    assert "already received as message" in result.output
    assert _states([1, 2, 3]) == [InboundState.PROCESSED] * 3
    assert len(sends) == 1 and len(sends[0]) == 3


def test_store_keeps_the_message_id_from_the_headers_alone(app):
    raw = (
        b"From: a@example.com\r\nMessage-ID:\r\n <folded@example.com>\r\n"
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nbroken"
    )
    stored = store(raw, "pipe")
    row = db.session.get(InboundMessage, stored.id)
    assert row.message_id == "<folded@example.com>"
    assert (row.state, row.attempts, row.size, row.source) == (
        InboundState.STORED,
        0,
        len(raw),
        "pipe",
    )
    assert row.received_at == clock.now()
    assert store(raw, "http") == type(stored)(stored.id, True)
    assert store(b"Subject: no id\n\nbody", "pipe").duplicate is False
    assert db.session.scalar(select(func.count(InboundMessage.id))) == 2


def test_the_header_block_ends_at_the_first_empty_line():
    from okr.replies.decode import header_block as _header_block

    assert _header_block(b"A: 1\r\nB: 2\r\n\r\nbody\n\nmore") == b"A: 1\r\nB: 2\r\n\r\n"
    assert _header_block(b"A: 1\nB: 2\n\nbody") == b"A: 1\nB: 2\n\n"
    assert _header_block(b"A: 1\rB: 2\r\rbody") == b"A: 1\rB: 2\r\r"
    assert _header_block(b"A: 1\nB: 2") == b"A: 1\nB: 2"


# --- two workers -----------------------------------------------------------------------------


def _two_workers_on_the_same_batches(app) -> None:
    people = [make_person(f"w{n}@example.com", f"Worker {n}") for n in range(8)]
    krs = {p.id: make_kr(p, "One") for p in people}
    raws = [_reply(p, f"{krs[p.id].ref} green", n) for n, p in enumerate(people)]
    raws += [_reply(p, f"{krs[p.id].ref} red - later", 20 + n) for n, p in enumerate(people)]
    ids = _store_all(raws)
    halves = [ids[: len(ids) // 2 + 2], ids[len(ids) // 2 - 2 :]]  # overlapping batches
    jobs_to_run = [lambda: jobs.process_inbound_batch(ids)] * 2
    jobs_to_run += [lambda h=h: jobs.process_inbound_batch(h) for h in halves]
    errors = run_at_once(app, jobs_to_run)
    assert errors == []
    assert _states(ids) == [InboundState.PROCESSED] * len(ids)
    by_source = Counter(source for _, _, source in _checkins())
    assert all(count == 1 for count in by_source.values()), by_source  # recorded once
    later = [db.session.get(InboundMessage, one) for one in ids[len(people) :]]
    assert all(by_source[row.message_id] == 1 for row in later)
    assert all(_latest_flag(kr.id) == "red" for kr in krs.values())  # the latest stands
    # An earlier reply processed after the later one is kept, superseded and not answered.
    superseded = [
        db.session.get(InboundMessage, one)
        for one in ids[: len(people)]
        if by_source[db.session.get(InboundMessage, one).message_id] == 0
    ]
    assert all(row.reason == "superseded by a later reply for the week" for row in superseded)
    confirmations = _confirmations()
    assert len(confirmations) == len(ids) - len(superseded)
    assert len({c.dedupe_key for c in confirmations}) == len(confirmations)  # once each


def test_two_workers_on_the_same_batch_record_and_answer_everything_once(app):
    _two_workers_on_the_same_batches(app)


@pytest.fixture
def pg_app(fresh_postgres_url, tmp_path) -> Iterator:
    with app_on_database(fresh_postgres_url, tmp_path) as application:
        yield application


@pytest.mark.postgres
def test_two_workers_on_overlapping_batches_on_postgres_wait_for_each_other(pg_app):
    _two_workers_on_the_same_batches(pg_app)


@pytest.mark.postgres
def test_counting_attempts_waits_for_a_batch_lock_instead_of_deadlocking(pg_app):
    """A batch locks its rows in id order; counting attempts must take them in the same
    order, although updated rows no longer lie in id order on disk (scan order)."""
    ids = _store_all([f"Message-ID: <m{n}@x>\n\nbody {n}".encode() for n in range(40)])
    for one in ids[::2]:  # new row versions: a scan now meets the even ids last
        db.session.execute(
            update(InboundMessage).where(InboundMessage.id == one).values(attempts=0)
        )
    db.session.commit()

    def batch_lock() -> None:
        db.session.execute(
            select(InboundMessage.id)
            .where(InboundMessage.id.in_(ids))
            .order_by(InboundMessage.id)
            .with_for_update(key_share=True)
        )
        db.session.commit()

    for _ in range(8):
        errors = run_at_once(pg_app, [lambda: inbound_service.count_attempts(ids), batch_lock] * 3)
        assert errors == []
    assert db.session.scalar(select(func.min(InboundMessage.attempts))) == 24


def test_a_batch_is_at_most_batch_size_messages_per_transaction(company, monkeypatch):
    people, krs = company
    monkeypatch.setattr(inbound_batch, "BATCH_SIZE", 2)
    batches: list[list[int]] = []

    class Recorded(inbound_batch._Batch):
        def run(self):
            batches.append(list(self.ids))
            return super().run()

    monkeypatch.setattr(inbound_batch, "_Batch", Recorded)
    ids = _store_all([_reply(p, f"{krs[p.id][0].ref} green", n) for n, p in enumerate(people[:5])])
    inbound_service.process_many(ids)
    assert batches == [ids[:2], ids[2:4], ids[4:]]
    assert _states(ids) == [InboundState.PROCESSED] * 5
    assert BATCH_SIZE >= 10
