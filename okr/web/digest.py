"""The digest on a web page: the same sections as the Friday mail, for the signed-in manager.

Admins (signed in with their password) may read anyone's digest; a manager their own and
those of the people within their own digest's scope (their organisation, as deep as their
digest setting reaches). Anyone else gets 403.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from sqlalchemy import exists, select

from mailers import digest as mail

from .. import orgtree, weeks
from ..digest.build import build
from ..extensions import db
from ..models import MailKind, MailState, OutboxMessage, Person
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


def _show(person: Person) -> tuple[str, int] | str:
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
        **nav,
    )


@bp.route("/digest")
@login_required
def mine() -> tuple[str, int] | str:
    return _show(current_user)


@bp.route("/digest/<int:person_id>")
@login_required
def of(person_id: int) -> tuple[str, int] | str:
    person = db.get_or_404(Person, person_id)
    if not may_see(current_user, person):
        abort(403, "You can read your own digest and those of managers in your organisation.")
    return _show(person)
