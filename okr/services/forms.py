"""What a weekly form (or reminder) lists for each person, loaded for a batch at once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import contains_eager

from .. import weeks
from ..extensions import db
from ..models import CheckIn, KeyResult, KRState, Objective


@dataclass(frozen=True)
class FormItem:
    ref: str
    title: str
    objective: str
    due: date
    due_text: str
    overdue: bool
    last_flag: str | None
    last_note: str
    answered: bool  # a check-in exists for the form's week already
    # What is recorded for the form's week (the newest check-in), for the status page.
    flag: str | None = None
    score: float | None = None
    note: str = ""
    answered_by: str | None = None  # "web" (the status page) or "email" (a reply)

    @property
    def kr_id(self) -> str:
        """The key result's id, as the status page's field names and links carry it."""
        return self.ref.lstrip("#")


def form_order(objective_title: str) -> str:
    """The order a form lists key results in: grouped by objective, the objectives sorted
    by title without case (as the template's `groupby` sorts them; within one objective,
    by id). A reply's lines without references count in this order."""
    return objective_title.lower()


def in_form_order(items: list[FormItem]) -> list[FormItem]:
    """`items` in the order the form lists them (stable: by id within an objective), so
    the status page shows key results in the same order as the email."""
    return sorted(items, key=lambda item: form_order(item.objective))


def answered_by(source: str | None) -> str | None:
    """Where a check-in came from, in the person's words: the page, or a reply."""
    if source is None:
        return None
    return "web" if source == "web" else "email"


def due_text(due: date, today: date) -> str:
    days = (due - today).days
    if days > 1:
        return f"due in {days} days"
    if days == 1:
        return "due tomorrow"
    if days == 0:
        return "due today"
    return "overdue by 1 day" if days == -1 else f"overdue by {-days} days"


def _latest(week: str, kr_ids: list[int]) -> dict[int, CheckIn]:
    if not kr_ids:
        return {}
    # The newest check-in per key result of the batch only: grouping the whole week's
    # check-ins for every batch made sending the forms quadratic in the company's size.
    latest = (
        select(func.max(CheckIn.id).label("id"))
        .where(CheckIn.week == week, CheckIn.key_result_id.in_(kr_ids))
        .group_by(CheckIn.key_result_id)
        .subquery()
    )
    rows = db.session.scalars(select(CheckIn).join(latest, CheckIn.id == latest.c.id))
    return {row.key_result_id: row for row in rows}


def last_week_flags(week: str, kr_ids: list[int]) -> dict[int, str]:
    """Key result id -> the flag the form of `week` shows as "Last week:" (a reply's
    "unchanged" carries it over)."""
    found: dict[int, str] = {}
    for start in range(0, len(kr_ids), 500):
        chunk = kr_ids[start : start + 500]
        found.update(
            {kr_id: row.flag.value for kr_id, row in _latest(weeks.shift(week, -1), chunk).items()}
        )
    return found


def items_for(person_ids: list[int], week: str, today: date) -> dict[int, list[FormItem]]:
    """Active key results per owner with last week's flag: three queries for the whole batch."""
    krs = db.session.scalars(
        select(KeyResult)
        .join(KeyResult.objective)
        .options(contains_eager(KeyResult.objective))
        .where(KeyResult.owner_id.in_(person_ids), KeyResult.state == KRState.ACTIVE)
        .order_by(KeyResult.owner_id, Objective.id, KeyResult.id)
    ).all()
    ids = [kr.id for kr in krs]
    last_week = _latest(weeks.shift(week, -1), ids)
    this_week = _latest(week, ids)
    result: dict[int, list[FormItem]] = defaultdict(list)
    for kr in krs:
        previous = last_week.get(kr.id)
        current = this_week.get(kr.id)
        result[kr.owner_id].append(
            FormItem(
                ref=kr.ref,
                title=kr.title,
                objective=kr.objective.title,
                due=kr.due,
                due_text=due_text(kr.due, today),
                overdue=kr.due < today,
                last_flag=previous.flag.value if previous else None,
                last_note=previous.note if previous else "",
                answered=current is not None,
                flag=current.flag.value if current else None,
                score=current.score if current else None,
                note=current.note if current else "",
                answered_by=answered_by(current.source_message_id) if current else None,
            )
        )
    return result
