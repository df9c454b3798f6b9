"""Admin pages: people and their OKRs."""

from __future__ import annotations

from flask import Blueprint

from .access import admin_required

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.route("/people")
@admin_required
def people():
    return "people"
