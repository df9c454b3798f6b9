"""The one-click status page linked from the weekly form: no sign-in, a signed token.

Opening the link never changes anything (mail scanners open every link first): GET
shows the form with what is recorded for the week (from a reply or this page), and a flag
a link of the email chose (`?flag-12=red`, `?all=green`) preselected; only its POST,
with its CSRF token, records, through the same code that applies a reply.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm

from mailers.form import depends_text

from .. import clock, tokens
from ..extensions import db
from ..models import Person
from ..services import form_news, reply_auth, status_page
from ..services.forms import FormItem, in_form_order, items_for

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


def _values(items: list[FormItem]) -> tuple[dict[str, str], bool]:
    """What the page's fields hold: what is recorded, with a flag chosen by the link that
    opened the page (`?flag-12=red`, or `?all=green` for every key result) on top. A
    chosen flag is only shown: nothing is recorded before the person presses the button.
    Returns the values and whether a link chose anything."""
    values: dict[str, str] = {}
    for item in items:
        values[f"flag-{item.kr_id}"] = item.flag or ""
        values[f"score-{item.kr_id}"] = "" if item.score is None else f"{item.score:g}"
        values[f"note-{item.kr_id}"] = item.note
    chosen = False
    every = request.args.get("all", "")
    for item in items:
        picked = request.args.get(f"flag-{item.kr_id}", every)
        if picked in status_page.FLAGS:
            values[f"flag-{item.kr_id}"] = picked
            chosen = True
    return values, chosen


@bp.route("/<token>", methods=["GET", "POST"])
def form(token: str):
    person, week = _person_and_week(token)
    items = in_form_order(items_for([person.id], week, clock.today()).get(person.id, []))
    form = CheckinForm()
    errors: dict[str, str] = {}
    values, chosen = _values(items)
    if request.method == "POST":
        if not form.validate():
            abort(400, "The form expired; open the link from your email again.")
        result = status_page.record(person, week, request.form, items)
        errors = result.errors
        if not errors:
            db.session.commit()
            if result.unchanged:
                flash("Nothing changed: your status stays as recorded below.", "success")
            else:
                flash(
                    "Thank you. Your status is recorded: "
                    + "; ".join(result.lines)
                    + ". You can change it here, or by replying to the email, until the week ends.",
                    "success",
                )
            return redirect(url_for("checkin.form", token=token))
        db.session.rollback()
        values, chosen = dict(request.form), False
    return render_template(
        "checkin/form.html",
        person=person,
        week=week,
        items=items,
        closed=status_page.closed_in_week(person, week),
        depends=form_news.depends_for([person.id], week).get(person.id, []),
        depends_text=depends_text,
        values=values,
        chosen=chosen,
        form=form,
        errors=errors,
        flags=list(status_page.FLAGS),
        actions=status_page.ACTIONS,
    ), (400 if errors else 200)
