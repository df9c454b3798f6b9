"""The one-click status page linked from the weekly form: no sign-in, a signed token.

Opening the link never changes anything (mail scanners open every link first): GET
shows the form, only its POST records.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm

from .. import clock, tokens, weeks
from ..errors import InvalidInput
from ..extensions import db
from ..models import Flag, KeyResult, KRState, Person
from ..services import checkins
from ..services.forms import items_for

bp = Blueprint("checkin", __name__, url_prefix="/status")


class CheckinForm(FlaskForm):
    """Only for its CSRF token; the fields are one set per key result."""


def _person_and_week(token: str) -> tuple[Person, str]:
    try:
        parsed = tokens.read(
            token,
            current_app.config["SECRET_KEY"],
            weeks.current(),
            current_app.config["REPLY_TOKEN_WEEKS"],
        )
    except tokens.BadToken as error:
        abort(404, f"This status link does not work: {error}.")
    person = db.session.get(Person, parsed.person_id)
    if person is None or not person.active:
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
        errors = _record(person, week, items)
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


def _record(person: Person, week: str, items) -> dict[str, str]:
    """Record every key result that got a flag; return per-ref errors, recording nothing then."""
    refs = {item.ref for item in items}
    krs = {
        kr.ref: kr
        for kr in db.session.scalars(
            db.select(KeyResult).where(
                KeyResult.owner_id == person.id, KeyResult.state == KRState.ACTIVE
            )
        )
        if kr.ref in refs
    }
    errors: dict[str, str] = {}
    recorded = 0
    for ref, kr in krs.items():
        flag = request.form.get(f"flag-{kr.id}", "")
        note = request.form.get(f"note-{kr.id}", "")
        score_raw = request.form.get(f"score-{kr.id}", "").strip()
        if not flag:
            if note.strip() or score_raw:
                errors[ref] = "choose a flag for this key result, or clear its note and score"
            continue
        try:
            score = _score(score_raw)
            checkins.record(kr, week, flag, score=score, note=note, author=person, source="web")
            recorded += 1
        except InvalidInput as error:
            errors[ref] = str(error)
    if not errors and recorded == 0:
        errors["form"] = "choose a flag for at least one key result"
    return errors


def _score(raw: str) -> float | None:
    if not raw:
        return None
    percent = raw.endswith("%")
    try:
        value = float(raw.rstrip("%").strip())
    except ValueError:
        raise InvalidInput(f"{raw!r} is not a score; write 0.7 or 70%", "score") from None
    if not percent and value > 1:
        raise InvalidInput(f"{raw!r}: a score is from 0 to 1, or a percentage like 70%", "score")
    return value / 100 if percent else value
