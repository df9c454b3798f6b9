"""Objectives and key results: creating, editing, closing, and recording moved deadlines."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import insert, select, update

from .. import clock
from ..errors import InvalidInput
from ..extensions import db
from ..models import ChangeSource, DeadlineChange, KeyResult, KRState, Objective, Person
from . import validate


def create_objective(
    owner: Person, title: str, period: str, description: str | None = None
) -> Objective:
    objective = Objective(
        owner=owner,
        title=validate.line(title, "title", "the objective", 300),
        period=validate.period(period),
        description=(description or "").strip() or None,
    )
    db.session.add(objective)
    db.session.flush()
    return objective


def find_objective(owner: Person, title: str, period: str) -> Objective | None:
    return db.session.scalar(
        select(Objective).where(
            Objective.owner_id == owner.id, Objective.title == title, Objective.period == period
        )
    )


def update_objective(
    objective: Objective, *, title: str, period: str, description: str | None
) -> Objective:
    objective.title = validate.line(title, "title", "the objective", 300)
    objective.period = validate.period(period)
    objective.description = (description or "").strip() or None
    db.session.flush()
    return objective


def create_key_result(objective: Objective, owner: Person, title: str, due: date) -> KeyResult:
    kr = KeyResult(
        objective=objective,
        owner=owner,
        title=validate.line(title, "title", "the key result", 300),
        due=validate.due_date(due),
    )
    db.session.add(kr)
    db.session.flush()
    return kr


def change_due(
    kr: KeyResult,
    new_due: date,
    source: ChangeSource,
    author: Person | None = None,
    at: datetime | None = None,
) -> bool:
    """Move a due date and keep the move: repeated slips are a warning in the digest.

    The new date must be within `validate.due_window` (InvalidInput otherwise); an
    unchanged one is kept as it is, even an old one. `at`: when the move counts (a late
    reply's week), now by default."""
    if new_due == kr.due:
        return False
    new_due = validate.due_date(new_due)
    db.session.add(
        DeadlineChange(
            key_result=kr,
            old_due=kr.due,
            new_due=new_due,
            source=source,
            author=author,
            changed_at=at or clock.now(),
        )
    )
    kr.due = new_due
    db.session.flush()
    return True


def update_key_result(
    kr: KeyResult,
    *,
    title: str,
    owner: Person,
    due: date,
    author: Person | None = None,
    source: ChangeSource = ChangeSource.ADMIN,
) -> KeyResult:
    kr.title = validate.line(title, "title", "the key result", 300)
    kr.owner = owner
    change_due(kr, due, source, author)
    db.session.flush()
    return kr


def mark_done(kr: KeyResult, at: datetime | None = None, note: str | None = None) -> None:
    """Close as done; `at`: when it counts (a late reply's week), now by default; `note`:
    what was said with it ("#12 done - shipped on Tuesday"), kept for the status."""
    note = (note or "").strip()
    if len(note) > 2000:
        raise InvalidInput("the note is longer than 2000 characters", "note")
    kr.state = KRState.DONE
    kr.drop_reason = None
    kr.done_note = note or None
    kr.closed_at = at or clock.now()
    db.session.flush()


def drop(kr: KeyResult, reason: str, at: datetime | None = None) -> None:
    """Drop a ball out loud: a reason is required, so the digest can show why. `at`: when
    it counts (a late reply's week), now by default."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("say why the key result is dropped", "reason")
    if len(reason) > 2000:
        raise InvalidInput("the reason is longer than 2000 characters", "reason")
    kr.state = KRState.DROPPED
    kr.drop_reason = reason
    kr.done_note = None
    kr.closed_at = at or clock.now()
    db.session.flush()


def reopen(kr: KeyResult) -> None:
    kr.state = KRState.ACTIVE
    kr.drop_reason = None
    kr.done_note = None
    kr.closed_at = None
    db.session.flush()


def move_dues(
    moves: Iterable[tuple[int, date, date]], source: ChangeSource, author: Person | None = None
) -> int:
    """Move many due dates, each (key result id, old due, new due), in two statements.

    The bulk twin of `change_due` for imports, which must not write row by row; the
    moves are kept the same way. Loaded KeyResult objects are stale until the commit.
    """
    moved = [(kr_id, old, new) for kr_id, old, new in moves if old != new]
    if not moved:
        return 0
    db.session.execute(update(KeyResult), [{"id": kr_id, "due": new} for kr_id, _, new in moved])
    db.session.execute(
        insert(DeadlineChange),
        [
            {
                "key_result_id": kr_id,
                "old_due": old,
                "new_due": new,
                "source": source,
                "author_id": author.id if author else None,
            }
            for kr_id, old, new in moved
        ],
    )
    return len(moved)
