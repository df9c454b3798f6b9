"""Who reads a person's answers, and when: the managers above them whose digest reaches
them, and the next digest's moment. Said in every confirmation, so that nobody answers
without knowing who will see it.

Loaded for a whole batch of confirmations at once: one statement per level of the org
chart, however many people the batch answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from .. import clock, weeks
from ..extensions import db
from ..models import MailKind, Person
from ..orgtree import MAX_DEPTH
from . import schedule


@dataclass(frozen=True)
class Audience:
    """The managers who get a person's answers in their digest, nearest first, and when the
    next digest goes out (in the person's own time; None while digests are off)."""

    readers: tuple[str, ...]
    next_digest: datetime | None


def _people(person_ids: Iterable[int]) -> dict[int, Person]:
    """The people and every manager above them, one statement per level."""
    known: dict[int, Person] = {}
    wanted = set(person_ids)
    for _ in range(MAX_DEPTH + 1):
        if not wanted:
            break
        found = db.session.scalars(select(Person).where(Person.id.in_(wanted))).all()
        known.update({p.id: p for p in found})
        wanted = {p.manager_id for p in found if p.manager_id is not None} - set(known)
    return known


def _readers(person: Person, known: dict[int, Person]) -> list[Person]:
    """Managers above `person` whose digest reaches down to them (digest depth), nearest
    first; inactive managers get no digest."""
    readers: list[Person] = []
    seen = {person.id}
    manager_id, level = person.manager_id, 1
    while manager_id is not None and manager_id not in seen and level <= MAX_DEPTH:
        manager = known.get(manager_id)
        if manager is None:
            break
        if manager.active and (manager.digest_depth is None or level <= manager.digest_depth):
            readers.append(manager)
        seen.add(manager_id)
        manager_id, level = manager.manager_id, level + 1
    return readers


def next_digest(
    slot: schedule.Slot, week: str, timezone: str | None, shown_in: str | None
) -> datetime | None:
    """The first digest slot after now, in the nearest reader's `timezone`, shown in the
    `shown_in` timezone (the person's); None while digests are switched off."""
    if not slot.enabled:
        return None
    now = clock.now()
    for ahead in range(3):
        moment = schedule.moment(slot, weeks.shift(week, ahead), timezone or "UTC")
        if moment > now:
            return moment.astimezone(clock.zone(shown_in))
    return None


class Audiences:
    """The audiences of a batch's people: their managers loaded once, and the digest
    schedule read once."""

    def __init__(self, person_ids: Iterable[int]) -> None:
        self.known = _people(person_ids)
        self.slot = schedule.get(MailKind.DIGEST)

    def of(self, person: Person, week: str) -> Audience:
        """`person`'s audience for answers of `week` (the week of their reply)."""
        if person.id not in self.known:
            self.known.update(_people([person.id]))
        readers = _readers(person, self.known)
        if not readers:
            return Audience((), None)
        when = next_digest(self.slot, week, readers[0].timezone, person.timezone)
        return Audience(tuple(reader.name for reader in readers), when)
