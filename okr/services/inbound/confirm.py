"""Confirmations: the answer to a reply, composed for the batch to queue, within the
limits that keep a client answering every mail automatically from starting a storm."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from mailers import Message
from mailers.confirmation import confirmation

from ... import clock
from ...extensions import db
from ...models import MailKind, OutboxMessage, Person
from .. import reply_links
from ..audience import Audiences
from ..reply_auth import Identity

log = logging.getLogger(__name__)


class Limits:
    """The confirmations each person of a batch had in the last day, and today's "nothing
    understood" answers, loaded once; `queue_confirmation` counts what the batch adds.
    Also who reads each person's answers (`audiences`), loaded once for the batch."""

    def __init__(self, person_ids: list[int]) -> None:
        self.audiences = Audiences(person_ids)
        since = clock.now() - timedelta(days=1)
        counts = db.session.execute(
            select(OutboxMessage.person_id, func.count(OutboxMessage.id))
            .where(
                OutboxMessage.person_id.in_(person_ids),
                OutboxMessage.kind == MailKind.CONFIRMATION,
                OutboxMessage.created_at >= since,
            )
            .group_by(OutboxMessage.person_id)
        ).all()
        # `in_` never matches a row without a person: `is not None` only tells the checker.
        self.sent: dict[int, int] = {
            person_id: sent for person_id, sent in counts if person_id is not None
        }
        today = clock.today().isoformat()
        self.asked = {_not_understood_key(one, today) for one in person_ids}
        self.keys = set(
            db.session.scalars(
                select(OutboxMessage.dedupe_key).where(OutboxMessage.dedupe_key.in_(self.asked))
            )
        )

    def sent_today(self, person_id: int) -> int:
        return self.sent.get(person_id, 0)

    def has_key(self, key: str) -> bool:
        if key in self.asked or key in self.keys:
            return key in self.keys
        found = db.session.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key))
        return found is not None

    def queued(self, person_id: int, key: str) -> None:
        self.sent[person_id] = self.sent.get(person_id, 0) + 1
        self.keys.add(key)


# A client that answers every confirmation automatically must not start a mail storm.
MAX_CONFIRMATIONS_PER_DAY = 20


def _not_understood_key(person_id: int, today: str) -> str:
    return f"confirmation:not-understood:{person_id}:{today}"


@dataclass(frozen=True)
class Confirmation:
    """A confirmation composed for a reply, for the batch to queue."""

    message: Message
    key: str
    person: Person
    week: str


def queue_confirmation(
    row, msg, identity: Identity, recorded, understanding, *, limits: Limits
) -> Confirmation | None:
    """Compose the answer to a reply, or nothing when the sender had enough today; the
    batch queues it (with its week) after its last message.

    "Nothing understood" answers go out at most once per person per day; other
    confirmations at most MAX_CONFIRMATIONS_PER_DAY times (`limits` counts them for a
    batch, including the ones it composed).
    """
    person = identity.person
    commanded = any(c.kind in reply_links.KINDS for c in understanding.commands)
    if recorded.lines or understanding.ambiguous or commanded:  # an unclear one is asked about
        key = f"confirmation:{row.id}"
        sent_today = limits.sent_today(person.id)
        if sent_today >= MAX_CONFIRMATIONS_PER_DAY:
            log.warning("no confirmation to %s: %d sent in a day already", person.email, sent_today)
            return None
    else:
        key = _not_understood_key(person.id, clock.today().isoformat())
        if limits.has_key(key):
            return None
    message = confirmation(
        person,
        identity.week,
        msg,
        recorded_lines=recorded.lines,
        missing=recorded.missing,
        unmatched=understanding.unmatched,
        problems=recorded.problems,
        ambiguous=understanding.ambiguous,
        titles=recorded.titles,
        only_remarks=understanding.only_remarks and not recorded.problems,
        audience=limits.audiences.of(person, identity.week),
        today=clock.today(),
        commanded=commanded,
    )
    limits.queued(person.id, key)
    return Confirmation(message, key, person, identity.week)
