"""The admin pages' forms, pickers and form helpers, shared by the admin blueprints."""

from __future__ import annotations

import re
import zoneinfo
from functools import cache

from flask import abort, request
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from wtforms import StringField, TextAreaField
from wtforms.fields import SelectField
from wtforms.fields.choices import SelectChoice

from ..errors import InvalidInput
from ..extensions import db
from ..models import KeyResult, KRState, Person
from ..services import people as directory


@cache
def _timezones() -> list[str]:
    """Computed once: the zone list does not change while the process runs."""
    return sorted(zoneinfo.available_timezones())


def _depth(value: str | int | None) -> int | None:
    """The digest depth select: a number of levels, or "" for the whole tree (None)."""
    if value is None or value in ("", "None"):
        return None
    return int(value)


DEPTH_CHOICES = [
    SelectChoice("1", "1 level: direct reports"),
    *(SelectChoice(str(n), f"{n} levels") for n in range(2, 9)),
    SelectChoice("", "Whole organisation"),
]


# Dates as text in ISO form (2026-12-31): a type=date input shows them in the browser's
# locale (12/31/2026), unlike every other date on the pages and in the mail.
ISO_DATE = {
    "placeholder": "YYYY-MM-DD",
    "pattern": "[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "inputmode": "numeric",
    "maxlength": "10",
    "autocomplete": "off",
}
PICKER_LIMIT = 2000  # people offered by name in the pickers; past it, type an email


def people_options() -> list[tuple[str, str]]:
    """(email, name) of active people for the manager and owner pickers, by name."""
    rows = db.session.execute(
        select(Person.email, Person.name)
        .where(Person.active.is_(True))
        .order_by(func.lower(Person.name))
        .limit(PICKER_LIMIT + 1)
    ).all()
    return [] if len(rows) > PICKER_LIMIT else [(email, name) for email, name in rows]


def key_result_options(but: int) -> list[tuple[str, str]]:
    """(ref, "title · owner") of open key results for the dependency picker, by ref."""
    rows = db.session.execute(
        select(KeyResult.id, KeyResult.title, Person.name)
        .join(Person, Person.id == KeyResult.owner_id)
        .where(KeyResult.state == KRState.ACTIVE, KeyResult.id != but)
        .order_by(KeyResult.id)
        .limit(PICKER_LIMIT + 1)
    ).all()
    if len(rows) > PICKER_LIMIT:
        return []
    return [(f"#{kr_id}", f"{title} · {name}") for kr_id, title, name in rows]


def picked(raw: str | None, field: str) -> str | None:
    """The email a picker field names: an email as typed, the `Name <email>` a browser may
    fill in, or a name that exactly one active person has."""
    text = (raw or "").strip()
    if not text or "@" in text:
        found = re.search(r"<([^<>]+@[^<>]+)>\s*$", text)
        return found.group(1) if found else raw
    matches = db.session.scalars(
        select(Person.email)
        .where(Person.active.is_(True), func.lower(Person.name) == text.lower())
        .limit(2)
    ).all()
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise InvalidInput(f"more than one person is named {text}; choose by email", field)
    raise InvalidInput(f"nobody active is named {text}; type their email", field)


def owner_of(form: KeyResultForm) -> Person:
    return directory.existing(picked(form.owner_email.data, "owner_email"), "owner_email")


class PersonForm(FlaskForm):
    # Plain text inputs: the services give the precise message, not the browser.
    name = StringField("Name")
    email = StringField("Email", render_kw={"inputmode": "email", "autocomplete": "off"})
    manager_email = StringField(
        "Manager", render_kw={"autocomplete": "off", "list": "people-options"}
    )
    digest_depth = SelectField("Digest depth", choices=DEPTH_CHOICES, coerce=_depth, default=3)
    timezone = SelectField("Timezone", choices=_timezones, validate_choice=False, default="UTC")
    away_until = StringField("Away until", render_kw=ISO_DATE)
    aliases = TextAreaField("Other addresses", render_kw={"rows": 2})


class ObjectiveForm(FlaskForm):
    title = StringField("Title")
    period = StringField("Period")
    description = TextAreaField("Description")


class KeyResultForm(FlaskForm):
    title = StringField("Title")
    owner_email = StringField("Owner", render_kw={"autocomplete": "off", "list": "people-options"})
    due = StringField("Due date", render_kw=ISO_DATE)


class DependencyForm(FlaskForm):
    ref = StringField(
        "Add a key result it depends on", render_kw={"autocomplete": "off", "list": "kr-options"}
    )


class DropForm(FlaskForm):
    reason = StringField("Reason")


class ActionForm(FlaskForm):
    """A button with nothing but the CSRF token."""


def refuse(form: FlaskForm, error: InvalidInput) -> None:
    """Undo half-made changes and show the service's message next to its field."""
    db.session.rollback()
    if error.field and error.field in form:
        field = form[error.field]
        field.errors = [*field.errors, str(error)]
    else:
        form.form_errors.append(str(error))


def status_after_post() -> int:
    """A form shown again after a POST was refused, so the status says so."""
    return 400 if request.method == "POST" else 200


def require_token() -> None:
    """Action buttons carry only a CSRF token; refuse when it is missing or stale."""
    if not ActionForm().validate_on_submit():
        abort(400, "The form expired; reload the page and try again.")
