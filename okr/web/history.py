"""A key result's own page: where it stands now and its record, week by week.

Goals are public to the people who depend on them, so anyone signed in may read it: the
flag of every week (silent weeks shown as such), the score and note that came with it,
where it came from, every move of the due date, the thanks managers gave for its news,
what it depends on and what depends on it, and who watches it. Anyone signed in may watch
it from here, or stop.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response

from .. import weeks
from ..errors import InvalidInput
from ..extensions import db
from ..models import CheckIn, DeadlineChange, KeyResult
from ..services import dependencies, thanks

bp = Blueprint("history", __name__)

WEEKS_SHOWN = 26  # half a year of weeks; older check-ins are counted, not listed


@dataclass(frozen=True)
class Week:
    """One week's line: the answer that counts (the newest), or None for a silent week."""

    week: str
    answer: CheckIn | None
    replaced: int  # earlier answers of the same week that this one replaced


def _weeks(kr: KeyResult, check_ins: list[CheckIn], this_week: str) -> list[Week]:
    by_week: dict[str, list[CheckIn]] = {}
    for check_in in check_ins:  # newest first
        by_week.setdefault(check_in.week, []).append(check_in)
    first = min([weeks.of(kr.created_at.date()), *by_week])
    last = this_week
    if kr.closed_at is not None:
        last = max([weeks.of(kr.closed_at.date()), *by_week])
    shown: list[Week] = []
    week = last
    while week >= first and len(shown) < WEEKS_SHOWN:
        answers = by_week.get(week, [])
        shown.append(Week(week, answers[0] if answers else None, max(len(answers) - 1, 0)))
        week = weeks.shift(week, -1)
    return shown


@bp.route("/krs/<int:kr_id>")
@login_required
def key_result(kr_id: int) -> str:
    kr = db.get_or_404(
        KeyResult,
        kr_id,
        options=[selectinload(KeyResult.owner), selectinload(KeyResult.objective)],
    )
    check_ins = list(
        db.session.scalars(
            select(CheckIn)
            .where(CheckIn.key_result_id == kr.id)
            .options(selectinload(CheckIn.author))
            .order_by(CheckIn.week.desc(), CheckIn.id.desc())
        )
    )
    moves = list(
        db.session.scalars(
            select(DeadlineChange)
            .where(DeadlineChange.key_result_id == kr.id)
            .options(selectinload(DeadlineChange.author))
            .order_by(DeadlineChange.changed_at.desc(), DeadlineChange.id.desc())
        )
    )
    this_week = weeks.current()
    history = _weeks(kr, check_ins, this_week)
    current = next((w.answer for w in history if w.week == this_week), None)
    return render_template(
        "history/key_result.html",
        kr=kr,
        history=history,
        current=current,
        this_week=this_week,
        moves=moves,
        thanks=thanks.of_key_result(kr.id),
        older=len({c.week for c in check_ins} - {w.week for w in history}),
        depends_on=dependencies.depends_on(kr),
        dependents=dependencies.dependents(kr),
        watchers=dependencies.watchers(kr),
        watching=dependencies.is_watching(current_user, kr),
    )


class _Button(FlaskForm):
    """Watch and unwatch carry nothing but the CSRF token."""


def _watch(kr_id: int, on: bool) -> Response:
    if not _Button().validate_on_submit():
        abort(400, "The form expired; reload the page and try again.")
    kr = db.get_or_404(KeyResult, kr_id)
    person = current_user._get_current_object()
    try:
        changed = dependencies.watch(person, kr) if on else dependencies.unwatch(person, kr)
    except InvalidInput as error:
        db.session.rollback()
        flash(f"Not watched: {error}.", "error")
    else:
        db.session.commit()
        if changed and on:
            flash(f"You watch {kr.ref} now.", "success")
        elif changed:
            flash(f"You no longer watch {kr.ref}.", "success")
    return redirect(url_for("history.key_result", kr_id=kr.id))


@bp.route("/krs/<int:kr_id>/watch", methods=["POST"])
@login_required
def watch(kr_id: int) -> Response:
    return _watch(kr_id, True)


@bp.route("/krs/<int:kr_id>/unwatch", methods=["POST"])
@login_required
def unwatch(kr_id: int) -> Response:
    return _watch(kr_id, False)
