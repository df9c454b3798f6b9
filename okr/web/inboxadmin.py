"""Admin pages for received mail: what was quarantined or not understood, and why.

An admin can read what a person wrote and set their flags by hand, so a reply the
parser could not understand still counts.
"""

from __future__ import annotations

import json

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from sqlalchemy.orm import defer

from .. import clock
from ..extensions import db
from ..models import CheckIn, Flag, InboundMessage, InboundState
from ..replies import decode
from ..replies.trim import new_text
from ..services import checkins
from ..services.forms import items_for
from . import params
from .access import admin_required

bp = Blueprint("inboxadmin", __name__, url_prefix="/admin/mail/inbound")
PER_PAGE = 50


class HandForm(FlaskForm):
    """Only for the CSRF token; fields are one set per key result."""


def _state_filter(value: str | None) -> InboundState | None:
    if not value:
        return None
    try:
        return InboundState(value)
    except ValueError:
        allowed = ", ".join(s.value for s in InboundState)
        abort(400, f"{value!r} is not a state; use one of: {allowed}")


def _needs_attention():
    """Quarantined, failed, or read without understanding anything: an admin should look."""
    return InboundMessage.state.in_([InboundState.QUARANTINED, InboundState.FAILED]) | (
        InboundMessage.reason.like("nothing understood%")
    )


def newer_answers(row: InboundMessage, kr_ids: list[int]) -> list[CheckIn]:
    """Answers for the message's week recorded after it arrived, from anywhere else (a later
    reply, the status page, another admin): setting flags from this message would replace
    them."""
    if row.week is None or not kr_ids:
        return []
    stmt = (
        select(CheckIn)
        .where(
            CheckIn.key_result_id.in_(kr_ids),
            CheckIn.week == row.week,
            CheckIn.created_at > row.received_at,
        )
        .order_by(CheckIn.created_at)
    )
    if row.message_id:
        stmt = stmt.where(
            CheckIn.source_message_id.is_(None) | (CheckIn.source_message_id != row.message_id)
        )
    return list(db.session.scalars(stmt))


@bp.route("/")
@admin_required
def index():
    state = _state_filter(request.args.get("state"))
    attention = request.args.get("attention") == "1"
    stmt = (
        select(InboundMessage)
        .options(defer(InboundMessage.raw, raiseload=True))
        .order_by(InboundMessage.id.desc())
    )
    if state is not None:
        stmt = stmt.where(InboundMessage.state == state)
    if attention:
        stmt = stmt.where(_needs_attention())
    page = db.paginate(stmt, page=params.page_number(), per_page=PER_PAGE, error_out=False)
    counts = dict(
        db.session.execute(
            select(InboundMessage.state, func.count(InboundMessage.id)).group_by(
                InboundMessage.state
            )
        ).all()
    )
    return render_template(
        "inboxadmin/index.html",
        page=page,
        counts=counts,
        attention_count=db.session.scalar(
            select(func.count(InboundMessage.id)).where(_needs_attention())
        ),
        states=list(InboundState),
        state=state,
        attention=attention,
    )


@bp.route("/<int:message_id>", methods=["GET", "POST"])
@admin_required
def detail(message_id: int):
    row = db.get_or_404(InboundMessage, message_id)
    msg = decode.parse(row.raw)
    body = decode.body_text(msg)
    items = (
        items_for([row.person_id], row.week, clock.today()).get(row.person_id, [])
        if row.person_id and row.week
        else []
    )
    newer = newer_answers(row, [int(item.ref[1:]) for item in items])
    form = HandForm()
    errors: dict[str, str] = {}
    if request.method == "POST":
        if row.person is None or not row.week:
            abort(400, "This message is not tied to a person and week; nothing can be set.")
        if not form.validate():
            abort(400, "The form expired; reload the page and try again.")
        replacing = sorted(
            {c.key_result.ref for c in newer if request.form.get(f"flag-{c.key_result_id}")}
        )
        if replacing and request.form.get("replace_newer") != "1":
            errors = {
                "form": f"Newer answers exist for {', '.join(replacing)}: read them above, "
                'then tick "Replace the newer answers" to record these flags anyway.'
            }
        else:
            # The message id is kept as the source of what the admin set.
            errors = checkins.record_form(
                row.person.id,
                row.week,
                request.form,
                author=current_user._get_current_object(),
                source=row.message_id,
            )
        if not errors:
            if row.state is not InboundState.PROCESSED or (row.reason or "").startswith(
                "nothing understood"
            ):  # it leaves "needs attention": somebody has dealt with it
                row.state = InboundState.PROCESSED
                row.reason = f"flags set by hand by {current_user.email}"
            db.session.commit()
            flash("Flags recorded for " + row.person.name + ".", "success")
            return redirect(url_for("inboxadmin.detail", message_id=row.id))
        db.session.rollback()
    outcome = json.loads(row.outcome) if row.outcome else None
    return render_template(
        "inboxadmin/detail.html",
        row=row,
        headers={name: decode.header(msg, name) for name in ("From", "To", "Subject", "Date")},
        full_text=body.text,
        new_text=new_text(body.text),
        outcome=outcome,
        items=items,
        newer=newer,
        form=form,
        errors=errors,
        flags=[f.value for f in Flag],
    ), (400 if errors else 200)
