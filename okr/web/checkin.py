"""The one-click status page linked from the weekly form: no sign-in, a signed token.

Opening the link never changes anything (mail scanners open every link first): GET
shows the form with what is recorded for the week (from a reply or this page), and a flag
a link of the email chose (`?flag-12=red`, `?all=green`) preselected; only its POST,
with its CSRF token, records, through the same code that applies a reply. Under the key
results, "Looking back" keeps the lesson of a key result that ended the week before, one
small form each (POST /status/lesson/<token>, the same token and CSRF).
"""

from __future__ import annotations

import re

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm

from mailers.form import depends_text, ended_text

from .. import clock, tokens
from ..errors import InvalidInput
from ..extensions import db
from ..models import KeyResult, Person
from ..services import form_news, lessons, reply_auth, status_page
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
    return _page(person, week, token, items, form, errors, values, chosen)


@bp.post("/lesson/<token>")
def lesson(token: str):
    """Keep the lesson of one key result that ended the week before (Looking back): its
    kind and one line on what changes next time, as `#12 lesson KIND - text` by reply."""
    person, week = _person_and_week(token)
    form = CheckinForm()
    if not form.validate():
        abort(400, "The form expired; open the link from your email again.")
    raw = request.form.get("kr", "")
    ended = {one.kr_id: one for one in _looking_back(person, week)}
    kr = db.session.get(KeyResult, int(raw)) if re.fullmatch(r"[0-9]{1,9}", raw) else None
    items = in_form_order(items_for([person.id], week, clock.today()).get(person.id, []))
    values, _ = _values(items)
    if kr is None or kr.id not in ended:
        wrong = "That key result is not one this page looks back on: nothing was kept."
        return _page(person, week, token, items, form, {"form": wrong}, values, False)
    try:
        _, new = lessons.record(
            person, kr, request.form.get("kind", ""), request.form.get("text", ""), week
        )
    except InvalidInput as problem:
        db.session.rollback()
        said = {
            "kr": raw,
            "kind": request.form.get("kind", ""),
            "text": request.form.get("text", ""),
        }
        return _page(person, week, token, items, form, {}, values, False, (said, str(problem)))
    else:
        db.session.commit()
        flash(
            f"Thank you. Your lesson for {kr.ref} is {'kept' if new else 'changed'}.",
            "success",
        )
        return redirect(url_for("checkin.form", token=token, _anchor="looking-back"))


def _looking_back(person: Person, week: str) -> list[lessons.LookingBack]:
    return lessons.looking_back([person.id], week).get(person.id, [])


def _page(
    person: Person,
    week: str,
    token: str,
    items: list[FormItem],
    form: CheckinForm,
    errors: dict[str, str],
    values: dict[str, str],
    chosen: bool,
    lesson_error: tuple[dict[str, str], str] | None = None,
):
    """The status page, with the status form's or a lesson's error (400) if any."""
    failed = bool(errors) or lesson_error is not None
    return render_template(
        "checkin/form.html",
        person=person,
        week=week,
        token=token,
        items=items,
        closed=status_page.closed_in_week(person, week),
        depends=form_news.depends_for([person.id], week).get(person.id, []),
        depends_text=depends_text,
        looking_back=_looking_back(person, week),
        lesson_kinds=list(lessons.KIND_NAMES.values()),
        lesson_error=lesson_error,
        ended_text=ended_text,
        values=values,
        chosen=chosen,
        form=form,
        errors=errors,
        flags=list(status_page.FLAGS),
        actions=status_page.ACTIONS,
    ), (400 if failed else 200)
