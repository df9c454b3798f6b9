"""The company OKR board: every goal in one public place for signed-in people."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import login_required

from .. import weeks
from ..services.status import week_items

bp = Blueprint("board", __name__)


@bp.route("/")
@login_required
def index():
    week = weeks.current()
    return render_template("board/index.html", week=week, items=week_items(week))
