"""CSV import (with a dry-run preview) and export."""

from __future__ import annotations

from flask import Blueprint

from .access import admin_required

bp = Blueprint("imports", __name__, url_prefix="/admin/csv")


@bp.route("/")
@admin_required
def index():
    return "import"
