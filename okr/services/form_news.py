"""What a weekly form tells a person before their own key results: what the key results
they depend on or watch did ("What you depend on"), and the thanks their managers gave for
their news since their last form. Loaded for a batch of forms at once, in a fixed number
of queries whatever its size.

The form of a week reports the events of the week before it: the form goes out while its
own week is still under way, and the week before is complete by then (see
`dependency_signals`). A thanks is shown once, in the first form made after it: each form
row shows the thanks given between the previous form row of its person and its own
creation, so a form composed again (a retry) shows the same, and the next form does not
repeat it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from .. import weeks
from ..extensions import db
from ..models import CheckIn, KeyResult, MailKind, OutboxMessage, Person, Thanks
from .dependency_signals import Concern, signals_for_people


@dataclass(frozen=True)
class ThanksNote:
    """One thanks, as a form says it: "Maya Chen thanked you for raising #12 early."."""

    manager: str  # name
    ref: str
    title: str
    thanked_at: datetime
    flag: str | None = None  # the key result's flag that week when thanked: the news thanked for


@dataclass(frozen=True)
class FormRow:
    """The form a batch composes: for whom, which week, and when its row was made."""

    person_id: int
    week: str
    created_at: datetime


def news_week(week: str) -> str:
    """The week whose events the form (or status page) of `week` reports."""
    return weeks.shift(week, -1)


def depends_for(person_ids: Sequence[int], week: str) -> dict[int, list[Concern]]:
    """person id -> "What you depend on" for their form or status page of `week`, worst
    news first; people with nothing to hear are left out."""
    return signals_for_people(person_ids, news_week(week))


def _previous_forms(rows: Sequence[FormRow]) -> dict[tuple[int, str], datetime]:
    """(person, week) -> when the person's latest form row of an earlier week was made:
    one query per week of the batch (a batch holds one week, or two around midnight)."""
    by_week: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        by_week[row.week].append(row.person_id)
    found: dict[tuple[int, str], datetime] = {}
    for week, person_ids in by_week.items():
        for person_id, at in db.session.execute(
            select(OutboxMessage.person_id, func.max(OutboxMessage.created_at))
            .where(
                OutboxMessage.kind == MailKind.FORM,
                OutboxMessage.person_id.in_(person_ids),
                OutboxMessage.week < week,
            )
            .group_by(OutboxMessage.person_id)
        ):
            if person_id is not None:
                found[(person_id, week)] = at
    return found


def thanks_for(rows: Sequence[FormRow]) -> dict[tuple[int, str], list[ThanksNote]]:
    """(person, week) -> the thanks each form row shows, oldest first: given to the person
    for a key result's news after their previous form row was made and before this one."""
    if not rows:
        return {}
    previous = _previous_forms(rows)
    latest = max(row.created_at for row in rows)
    owners = list({row.person_id for row in rows})
    given: dict[int, list[tuple[datetime, ThanksNote]]] = defaultdict(list)
    manager = aliased(Person)
    that_week = aliased(CheckIn)
    flag = (
        select(that_week.flag)
        .where(that_week.key_result_id == Thanks.key_result_id, that_week.week == Thanks.week)
        .order_by(that_week.id.desc())
        .limit(1)
        .correlate(Thanks)
        .scalar_subquery()
    )
    for owner_id, at, name, kr_id, title, shown_flag in db.session.execute(
        select(
            Thanks.owner_id, Thanks.thanked_at, manager.name, KeyResult.id, KeyResult.title, flag
        )
        .join(manager, manager.id == Thanks.manager_id)
        .join(KeyResult, KeyResult.id == Thanks.key_result_id)
        .where(Thanks.owner_id.in_(owners), Thanks.thanked_at < latest)
        .order_by(Thanks.thanked_at, Thanks.id)
    ):
        note = ThanksNote(name, f"#{kr_id}", title, at, str(shown_flag) if shown_flag else None)
        given[owner_id].append((at, note))
    found: dict[tuple[int, str], list[ThanksNote]] = {}
    for row in rows:
        since = previous.get((row.person_id, row.week))
        shown = [
            note
            for at, note in given.get(row.person_id, ())
            if at < row.created_at and (since is None or at >= since)
        ]
        if shown:
            found[(row.person_id, row.week)] = shown
    return found


def form_rows(rows: Iterable[OutboxMessage]) -> list[FormRow]:
    """The forms (not reminders) among outbox rows, as `thanks_for` reads them."""
    return [
        FormRow(row.person_id, row.week, row.created_at)
        for row in rows
        if row.kind is MailKind.FORM and row.person_id is not None and row.week
    ]
