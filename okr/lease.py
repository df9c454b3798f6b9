"""Claims on outbox rows: held while a sender lives, taken over once they lapse.

A sender claims rows (queued -> sending, `claimed_at` = now) and, while it works the
batch, renews `claimed_at` every quarter of the lease from a thread of its own, so a slow
SMTP server or a long composition never lets the claim lapse. A claim not renewed for
OKR_CLAIM_LEASE_SECONDS belongs to a sender that died (killed, out of memory, power cut):
any sender may take it over, and the rows are finished within about a lease.

Leases compare `claimed_at` written by one machine's clock with another's: the machines'
clocks must agree to well within the lease (NTP keeps them within milliseconds).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import TracebackType

from flask import Flask, current_app
from sqlalchemy import select, update

from . import clock
from .extensions import db, relaxed_commits
from .models import MailKind, MailState, OutboxMessage

log = logging.getLogger(__name__)


def lease() -> timedelta:
    return timedelta(seconds=current_app.config["CLAIM_LEASE_SECONDS"])


def lapsed_before(now: datetime) -> datetime:
    """Claims older than this belong to a sender that stopped renewing them."""
    return now - lease()


def lapsed_claims() -> list[int]:
    """Rows claimed by a sender that stopped renewing them: a new sender takes them over."""
    return list(
        db.session.scalars(
            select(OutboxMessage.id)
            .where(
                OutboxMessage.state == MailState.SENDING,
                OutboxMessage.claimed_at < lapsed_before(clock.now()),
            )
            .order_by(OutboxMessage.id)
        )
    )


def claim_time(row_id: int, at: datetime | None) -> datetime:
    """A row being sent always has the time of its claim: `outbox.claim` sets both at once
    and every change out of `sending` clears it."""
    if at is None:
        raise RuntimeError(f"outbox row {row_id} is being sent but has no claim time")
    return at


@dataclass(frozen=True)
class Unfinished:
    """The rows of some weekly mail not sent yet: queued, or claimed (id -> claimed_at)."""

    queued: list[int]
    claimed: dict[int, datetime]

    def lapsed(self) -> list[int]:
        before = lapsed_before(clock.now())
        return sorted(row_id for row_id, at in self.claimed.items() if at < before)

    def held(self) -> list[int]:
        before = lapsed_before(clock.now())
        return sorted(row_id for row_id, at in self.claimed.items() if at >= before)


def unfinished(kind: MailKind, weeks: list[str]) -> Unfinished:
    """What an earlier run left of `kind` for `weeks` (a killed `okr send-forms`, a worker
    that died): a new run sends the queued rows and takes over the lapsed claims."""
    if not weeks:
        return Unfinished([], {})
    rows = db.session.execute(
        select(OutboxMessage.id, OutboxMessage.state, OutboxMessage.claimed_at)
        .where(
            OutboxMessage.kind == kind,
            OutboxMessage.week.in_(weeks),
            OutboxMessage.state.in_([MailState.QUEUED, MailState.SENDING]),
        )
        .order_by(OutboxMessage.id)
    ).all()
    return Unfinished(
        [row_id for row_id, state, _ in rows if state is MailState.QUEUED],
        {
            row_id: claim_time(row_id, at)
            for row_id, state, at in rows
            if state is MailState.SENDING
        },
    )


def claims_of(ids: list[int]) -> dict[int, datetime]:
    """id -> claimed_at of those rows still being sent."""
    if not ids:
        return {}
    rows = db.session.execute(
        select(OutboxMessage.id, OutboxMessage.claimed_at).where(
            OutboxMessage.id.in_(ids), OutboxMessage.state == MailState.SENDING
        )
    ).all()
    return {row_id: claim_time(row_id, at) for row_id, at in rows}


class Heartbeat:
    """Renews one batch's claims while its sender works, and notices rows taken over.

    A row whose claim another sender took over (this one stalled past the lease: a paused
    process, a database out of reach) is `lost`: this sender must not send it. Rows this
    sender finished are no longer renewed either, which is harmless: it never looks at
    them again.
    """

    def __init__(self, app: Flask, ids: list[int], stamp: datetime) -> None:
        self.app = app
        self.ids = list(ids)
        self.stamp = stamp
        self.interval = app.config["CLAIM_LEASE_SECONDS"] / 4
        self._lost: set[int] = set()
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="flagpost-claims", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stopped.set()
        self._thread.join()

    def lost(self, row_id: int) -> bool:
        with self._lock:
            return row_id in self._lost

    def _run(self) -> None:
        while not self._stopped.wait(self.interval):
            self.renew()

    def renew(self) -> None:
        """Move the claims still held to now: one UPDATE for the whole batch."""
        with self.app.app_context():
            try:
                with relaxed_commits():  # a renewal lost in a power cut only shortens a lease
                    now = clock.now()
                    renewed = set(
                        db.session.scalars(
                            update(OutboxMessage)
                            .where(
                                OutboxMessage.id.in_(self.ids),
                                OutboxMessage.state == MailState.SENDING,
                                OutboxMessage.claimed_at == self.stamp,
                            )
                            .values(claimed_at=now)
                            .returning(OutboxMessage.id)
                            .execution_options(synchronize_session=False)
                        ).all()
                    )
                    db.session.commit()
            except Exception:  # the database away for a moment: the next beat tries again
                db.session.rollback()
                log.warning("could not renew the claims of outbox rows %s", self.ids[:3])
                return
            finally:
                db.session.remove()
        with self._lock:
            self._lost |= set(self.ids) - renewed
            self.ids = sorted(renewed)
            self.stamp = now
