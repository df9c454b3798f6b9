"""Claims on outbox rows are leases: renewed while their sender lives, taken over once a
dead sender's lapse (OKR_CLAIM_LEASE_SECONDS)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from okr import clock, dispatch
from okr.config import ConfigError, load
from okr.extensions import db
from okr.lease import Heartbeat
from okr.models import MailKind, MailState, OutboxMessage
from okr.outbox import claim, due_for_retry, send_batch
from tests.conftest import make_kr, make_person
from tests.servers import free_port
from tests.smtp import SMTPBehaviour, SMTPServer

WEEK = "2026-W47"


def _queue(count: int) -> list[int]:
    for n in range(count):
        make_kr(make_person(f"p{n}@example.com", f"Person {n}"), f"Result {n}")
    ids = dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, WEEK))
    db.session.commit()
    return ids


def _rows() -> list[OutboxMessage]:
    db.session.rollback()
    db.session.expire_all()
    return db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


# --- the setting ----------------------------------------------------------------------------


def test_the_lease_is_a_minute_by_default_and_must_be_positive(tmp_path):
    assert load({}, str(tmp_path))["CLAIM_LEASE_SECONDS"] == 60
    assert load({"OKR_CLAIM_LEASE_SECONDS": "5"}, str(tmp_path))["CLAIM_LEASE_SECONDS"] == 5
    for bad in ("0", "-3"):
        with pytest.raises(ConfigError, match="OKR_CLAIM_LEASE_SECONDS must be 1 or more"):
            load({"OKR_CLAIM_LEASE_SECONDS": bad}, str(tmp_path))
    assert load({}, str(tmp_path))["ANSWER_WINDOW_HOURS"] == 12


# --- taking over ------------------------------------------------------------------------------


def test_a_lapsed_claim_is_taken_over_and_a_live_one_is_not(app):
    ids = _queue(2)
    assert [r.id for r in claim(ids)] == ids  # a sender claims both, then dies
    lease = timedelta(seconds=app.config["CLAIM_LEASE_SECONDS"])
    clock.freeze(clock.now() + lease)  # exactly a lease later: still held
    assert claim(ids) == []
    assert due_for_retry() == []
    clock.freeze(clock.now() + timedelta(seconds=1))  # past it: lapsed
    taken = claim(ids)
    assert [r.id for r in taken] == ids
    assert {r.attempts for r in taken} == {2}
    assert {r.claimed_at for r in taken} == {clock.now()}


def test_the_sweeper_releases_claims_once_the_lease_lapses(app):
    ids = _queue(2)
    claim(ids)
    clock.freeze(clock.now() + timedelta(seconds=app.config["CLAIM_LEASE_SECONDS"] - 1))
    assert due_for_retry() == []
    clock.freeze(clock.now() + timedelta(seconds=2))
    assert due_for_retry() == ids
    assert {r.state for r in _rows()} == {MailState.QUEUED}


# --- the heartbeat ----------------------------------------------------------------------------


def test_a_heartbeat_renews_the_claims_it_still_holds(app):
    ids = _queue(3)
    rows = claim(ids)
    stamp = rows[0].claimed_at
    clock.freeze(clock.now() + timedelta(seconds=20))
    beat = Heartbeat(app, ids, stamp)
    beat.renew()
    assert {r.claimed_at for r in _rows()} == {clock.now()}
    assert not any(beat.lost(i) for i in ids)


def test_a_heartbeat_notices_rows_another_sender_took_over(app):
    """This sender stalled past its lease; another took a row over: it is `lost` here, so
    this sender never sends it a second time."""
    ids = _queue(3)
    beat = Heartbeat(app, ids, claim(ids)[0].claimed_at)
    clock.freeze(clock.now() + timedelta(seconds=app.config["CLAIM_LEASE_SECONDS"] + 1))
    assert [r.id for r in claim(ids[:1])] == ids[:1]  # the other sender
    beat.renew()
    assert [beat.lost(i) for i in ids] == [True, False, False]
    beat.renew()
    assert [beat.lost(i) for i in ids] == [True, False, False]


@dataclass
class SlowBehaviour(SMTPBehaviour):
    delay: float = 0.5

    async def handle_DATA(self, server, session, envelope) -> str:
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def slow_smtp(app_config) -> Iterator[SMTPServer]:
    from aiosmtpd.controller import Controller

    behaviour = SlowBehaviour()
    port = free_port()
    controller = Controller(behaviour, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    app_config.update(
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=port,
        MAIL_TIMEOUT=5,
        MAIL_DEFAULT_SENDER="Flagpost <flagpost@okr.example.com>",
        CLAIM_LEASE_SECONDS=1,
    )
    try:
        yield SMTPServer("127.0.0.1", port, behaviour)
    finally:
        controller.stop()


def test_a_slow_batch_that_outlives_its_lease_is_never_taken_over(slow_smtp, app):
    """Five messages at half a second each: 2.5 s for a batch, with a lease of 1 s. While
    the sender works, its heartbeat keeps the claims; a second sender, and the sweeper,
    find nothing to take, and every message goes out once."""
    ids = _queue(5)
    clock.freeze(None)  # the lease runs on the real clock
    done = threading.Event()

    def first_sender() -> None:
        with app.app_context():
            try:
                send_batch(ids)
            finally:
                db.session.remove()
                done.set()

    sender = threading.Thread(target=first_sender)
    sender.start()
    taken_over: list[int] = []
    released: list[int] = []
    try:
        time.sleep(1.6)  # past the lease since the claim
        assert not done.is_set(), "the batch was meant to outlive the lease"
        taken_over = [r.id for r in claim(ids)]
        released = due_for_retry()
        held = db.session.scalars(
            select(OutboxMessage.claimed_at).where(OutboxMessage.state == MailState.SENDING)
        ).all()
        seen_at = clock.now()  # when `held` was read, not after the sender finished
        db.session.commit()
    finally:
        sender.join(timeout=30)
    assert taken_over == [] and released == []
    assert held and all(seen_at - at < timedelta(seconds=1.2) for at in held)  # renewed
    assert {r.state for r in _rows()} == {MailState.SENT}
    counts = Counter(r.recipients[0] for r in slow_smtp.received)
    assert sorted(counts.values()) == [1] * 5


def test_claims_of_a_finished_batch_are_not_renewed(app):
    ids = _queue(2)
    stamp = claim(ids)[0].claimed_at
    db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == ids[0])
        .values(state=MailState.SENT, claimed_at=None)
    )
    db.session.commit()
    Heartbeat(app, ids, stamp).renew()
    rows = _rows()
    assert (rows[0].state, rows[0].claimed_at) == (MailState.SENT, None)
