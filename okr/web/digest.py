"""The digest on a web page: the same sections as the Friday mail, for the signed-in manager.

Admins (signed in with their password) may read anyone's digest; a manager their own and
those of the people within their own digest's scope (their organisation, as deep as their
digest setting reaches). Anyone else gets 403.

On their own digest a manager can also act as a reply to the mail would: Ask under any
key result (the question goes through `services.questions`, as a digest reply's does) and
Thank by a red (`services.thanks`). Both are POSTs with a CSRF token, for managers only,
about key results of their organisation only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response
from wtforms import TextAreaField

from mailers import digest as mail

from .. import jobs, orgtree, weeks
from ..digest.build import build
from ..errors import Refused as Refusal
from ..extensions import db
from ..models import KeyResult, MailKind, MailState, OutboxMessage, Person
from ..services import questions, thanks
from . import params

bp = Blueprint("digest", __name__)


def has_reports(person_id: int) -> bool:
    return bool(
        db.session.scalar(
            select(exists().where(Person.manager_id == person_id, Person.active.is_(True)))
        )
    )


def may_see(viewer: Person, person: Person) -> bool:
    """Admins see every digest; a manager their own and those within their digest's scope."""
    if viewer.has_admin_rights or viewer.id == person.id:
        return True
    return any(pid == person.id for pid, _ in orgtree.subtree(viewer.id, viewer.digest_depth))


def mailed_at(person_id: int, week: str) -> datetime | None:
    """When this week's digest mail went to the person, if it did: the page marks what
    changed after it, so a manager who read the mail sees what is new."""
    return db.session.scalar(
        select(OutboxMessage.sent_at).where(
            OutboxMessage.person_id == person_id,
            OutboxMessage.kind == MailKind.DIGEST,
            OutboxMessage.week == week,
            OutboxMessage.state == MailState.SENT,
        )
    )


def _opener(viewer: Person) -> Callable[[int], bool]:
    """Whether the viewer may open a roll-up row's digest: the set is read once a page."""
    if viewer.has_admin_rights:
        return lambda _person_id: True
    allowed = {pid for pid, _ in orgtree.subtree(viewer.id, viewer.digest_depth)} | {viewer.id}
    return allowed.__contains__


def _moment(viewer: Person) -> Callable[[datetime], str]:
    def show(at: datetime) -> str:
        try:
            local = at.astimezone(ZoneInfo(viewer.timezone or "UTC"))
        except (ZoneInfoNotFoundError, ValueError):
            local = at
        day = f"{local.strftime('%a')} {local.day} {local.strftime('%b')}"
        return f"{day}, {local.strftime('%H:%M')} ({local.tzname()})"

    return show


class AskForm(FlaskForm):
    question = TextAreaField("Question")


class ThankForm(FlaskForm):
    """A button with nothing but the CSRF token."""


@dataclass(frozen=True)
class Refused:
    """A question sent back to its Ask form: what was typed and why it was not sent."""

    text: str
    message: str


def _show(person: Person, ask_refused: dict[int, Refused] | None = None) -> str:
    week = params.week()
    own = person.id == current_user.id
    nav = {
        "week": week,
        "previous_week": weeks.shift(week, -1),
        "next_week": weeks.shift(week, 1),
        "current_week": weeks.current(),
        "person": person,
        "own": own,
    }
    if not has_reports(person.id):
        return render_template("digest/no_reports.html", **nav)
    data = build(person.id, week)
    return render_template(
        "digest/index.html",
        **mail.context(data),
        labels=mail.LABELS,
        rollup_columns=mail.ROLLUP_COLUMNS,
        mailed_at=mailed_at(person.id, week),
        may_open=_opener(current_user),
        moment=_moment(current_user),
        ask_refused=ask_refused or {},
        thanked=thanks.thanked_in(current_user.id, week) if own else set(),
        ask_max=questions.MAX_TEXT,
        **nav,
    )


@bp.route("/digest")
@login_required
def mine() -> str:
    return _show(current_user)


@bp.route("/digest/<int:person_id>")
@login_required
def of(person_id: int) -> str:
    person = db.get_or_404(Person, person_id)
    if not may_see(current_user, person):
        abort(403, "You can read your own digest and those of managers in your organisation.")
    return _show(person)


@bp.route("/digest/ask/<int:kr_id>", methods=["POST"])
@login_required
def ask(kr_id: int) -> Response | tuple[str, int]:
    """The Ask form of the web digest: the same question a reply to the digest mail asks
    (`questions.ask_one` applies the mail path's rules and sends it the same way)."""
    week = params.week()
    form = AskForm()
    _manager_post(form)
    text = form.question.data or ""
    try:
        kr, outbox_id = questions.ask_one(current_user, kr_id, text, week)
        owner = kr.owner
        db.session.commit()
    except Refusal as error:
        db.session.rollback()
        if error.status in (403, 404):
            abort(error.status, str(error))
        return _show(current_user, {kr_id: Refused(text, str(error))}), error.status
    except IntegrityError:  # the same question sent twice at once: the other one went
        db.session.rollback()
        message = "You asked this a moment ago; it was sent once."
        return _show(current_user, {kr_id: Refused(text, message)}), 409
    jobs.submit_sends(questions.still_queued([outbox_id]))
    flash(
        f"Your question about {kr.ref} goes to {owner.name} ({owner.email}) alone, in the "
        "thread of their weekly form; their answer shows in your digest.",
        "success",
    )
    return redirect(url_for("digest.mine", week=week))


def _manager_post(form: FlaskForm) -> None:
    """A digest button's POST: a live CSRF token, from someone with people reporting."""
    if not form.validate_on_submit():
        abort(400, "The form expired; reload the page and try again.")
    if not has_reports(current_user.id):
        abort(403, "Only a manager acts from the digest; you have nobody reporting to you.")


@bp.route("/digest/thank/<int:kr_id>", methods=["POST"])
@login_required
def thank(kr_id: int) -> Response:
    """The Thank button by a red: the owner sees the thanks on the key result's page."""
    week = params.week()
    _manager_post(ThankForm())
    try:
        kr, new = thanks.thank(current_user, kr_id, week)
        owner = kr.owner
        db.session.commit()
    except Refusal as error:
        db.session.rollback()
        abort(error.status, str(error))
    except IntegrityError:  # pressed twice at once: the other press kept it
        db.session.rollback()
        kr, new = db.get_or_404(KeyResult, kr_id), False
        owner = kr.owner
    if new:
        flash(f"Thanks sent: {owner.name} sees it on the page of {kr.ref}.", "success")
    else:
        flash(f"You thanked {owner.name} for {kr.ref} this week already.", "success")
    return redirect(url_for("digest.mine", week=week))
