"""The company OKR board: every goal in one public place for signed-in people."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required

from .. import weeks
from ..services.status import STATUSES, board_page
from . import params

bp = Blueprint("board", __name__)

PER_PAGE = 25


def _status() -> str | None:
    raw = request.args.get("status", "").strip().lower()
    if not raw:
        return None
    if raw not in STATUSES:
        abort(400, f"{raw!r} is not a status; choose one of {', '.join(STATUSES)}.")
    return raw


def _scope(manages: bool) -> str:
    """ "mine" (a manager's organisation, their default) or "all" (the whole company)."""
    raw = request.args.get("scope", "").strip().lower()
    if raw not in ("", "mine", "all"):
        abort(400, f"{raw!r} is not a scope; choose mine or all.")
    return raw or ("mine" if manages else "all")


@bp.route("/")
@login_required
def index() -> str:
    week = params.week()
    query = params.search_text()
    status = _status()
    page = params.page_number()
    manages = any(report.active for report in current_user.reports)  # loaded with the user
    scope = _scope(manages)
    within = current_user.id if scope == "mine" else None
    board = board_page(
        week, query=query, status=status, page=page, per_page=PER_PAGE, within=within
    )
    return render_template(
        "board/index.html",
        board=board,
        counts=board.counts,
        scope=scope,
        manages=manages,
        week=week,
        q=query,
        status=status,
        statuses=STATUSES,
        previous_week=weeks.shift(week, -1),
        next_week=weeks.shift(week, 1),
        current_week=weeks.current(),
    )
