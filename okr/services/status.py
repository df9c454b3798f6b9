"""The status of every key result for one week, as `okr status --json` and the board show it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, time

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import contains_eager

from .. import weeks
from ..extensions import db
from ..models import CheckIn, Flag, KeyResult, KRState, Objective, Person


@dataclass(frozen=True)
class StatusItem:
    ref: str
    key_result: str
    objective: str
    owner: str
    due: str
    status: str
    score: float | None
    note: str
    updated_at: str | None


def _week_bounds(week: str) -> tuple[datetime, datetime]:
    start = datetime.combine(weeks.monday(week), time.min, tzinfo=UTC)
    end = datetime.combine(weeks.sunday(week), time.max, tzinfo=UTC)
    return start, end


def latest_check_ins(week: str):
    """Subquery: the newest check-in id per key result for `week` (a later reply wins)."""
    return (
        select(func.max(CheckIn.id).label("id"))
        .where(CheckIn.week == week)
        .group_by(CheckIn.key_result_id)
        .subquery()
    )


def week_items(week: str, owner_ids: list[int] | None = None) -> list[StatusItem]:
    """Key results active now, or closed during `week`, with their status for that week."""
    start, end = _week_bounds(week)
    latest = latest_check_ins(week)
    checkin = select(CheckIn).join(latest, CheckIn.id == latest.c.id).subquery("latest_checkin")
    stmt = (
        select(KeyResult, checkin.c.flag, checkin.c.score, checkin.c.note, checkin.c.created_at)
        .join(KeyResult.objective)
        .join(KeyResult.owner)
        .outerjoin(checkin, checkin.c.key_result_id == KeyResult.id)
        .options(contains_eager(KeyResult.objective), contains_eager(KeyResult.owner))
        .where(
            or_(
                KeyResult.state == KRState.ACTIVE,
                and_(KeyResult.closed_at >= start, KeyResult.closed_at <= end),
            ),
            KeyResult.created_at <= end,
        )
        .order_by(func.lower(Person.name), Objective.id, KeyResult.id)
    )
    if owner_ids is not None:
        stmt = stmt.where(KeyResult.owner_id.in_(owner_ids))
    items = []
    for kr, flag, score, note, created_at in db.session.execute(stmt):
        updated = created_at
        if kr.state is not KRState.ACTIVE:
            status = kr.state.value
            updated = kr.closed_at
            note = kr.drop_reason if kr.state is KRState.DROPPED else (note or "")
        elif flag is not None:
            status = Flag(flag).value
        else:
            status = "missing"
        items.append(
            StatusItem(
                ref=kr.ref,
                key_result=kr.title,
                objective=kr.objective.title,
                owner=kr.owner.email,
                due=kr.due.isoformat(),
                status=status,
                score=score,
                note=note or "",
                updated_at=_iso(updated),
            )
        )
    return items


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # raw column values from a subquery skip the type decorator
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def week_report(week: str) -> dict:
    return {"week": week, "items": [asdict(item) for item in week_items(week)]}
