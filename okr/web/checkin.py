"""The one-click status page linked from the weekly form: no sign-in, a signed token.

Opening the link never changes anything (mail scanners open every link first): GET
shows the form, only its POST records.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm

from .. import clock, tokens
from ..extensions import db
from ..models import Flag, Person
from ..services import checkins, reply_auth
from ..services.forms import items_for

bp = Blueprint("checkin", __name__, url_prefix="/status")


class CheckinForm(FlaskForm):
    """Only for its CSRF token; the fields are one set per key result."""


def _person_and_week(token: str) -> tuple[Person, str]:
    """Who a status link is for, and its week (the same check as a reply's address)."""
    try:
        parsed = reply_auth.read_token(token)
    except tokens.BadToken as error:
        abort(404, f"This status link does not work: {error}.")
    person = reply_auth.active_person(parsed.person_id)
    if person is None:
        abort(404, "This status link belongs to nobody here any more.")
    return person, parsed.week


@bp.route("/<token>", methods=["GET", "POST"])
def form(token: str):
    person, week = _person_and_week(token)
    items = items_for([person.id], week, clock.today()).get(person.id, [])
    form = CheckinForm()
    errors: dict[str, str] = {}
    if request.method == "POST":
        if not form.validate():
            abort(400, "The form expired; open the link from your email again.")
        errors = checkins.record_form(
            person.id,
            week,
            request.form,
            author=person,
            source="web",
            refs={item.ref for item in items},
        )
        if not errors:
            db.session.commit()
            flash(
                "Thank you. Your status is recorded; you can change it until the week ends.",
                "success",
            )
            return redirect(url_for("checkin.form", token=token))
        db.session.rollback()
    return render_template(
        "checkin/form.html",
        person=person,
        week=week,
        items=items,
        form=form,
        errors=errors,
        flags=[f.value for f in Flag],
    ), (400 if errors else 200)
