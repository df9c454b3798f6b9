"""Admin pages for the weekly mail: when it goes out, and what became of each message."""

from __future__ import annotations

import email
import email.policy
import re

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from sqlalchemy import func, select, update
from sqlalchemy.orm import defer
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response
from wtforms import BooleanField, SelectField, StringField
from wtforms.fields.choices import SelectChoice

from .. import clock, dispatch, jobs
from ..errors import InvalidInput
from ..extensions import db, rows_changed
from ..models import MailKind, MailState, OutboxMessage
from ..services import schedule
from . import params
from .access import admin_required
from .admin_forms import refuse, require_token

bp = Blueprint("mailadmin", __name__, url_prefix="/admin/mail")

PER_PAGE = 50

Page = Response | tuple[str, int]

KIND_TITLES = {
    MailKind.FORM: "Weekly status form",
    MailKind.REMINDER: "Reminder",
    MailKind.DIGEST: "Digest",
}
KIND_NOTES = {
    MailKind.FORM: "Asks everyone with active key results for this week's flags.",
    MailKind.REMINDER: "Goes to people who got the form and have not answered every key result.",
    MailKind.DIGEST: "The summary of the week's flags.",
}


# Schedule


class ScheduleForm(FlaskForm):
    # The day is a select, the time a time input; the schedule service gives the messages,
    # so the fields do no checking of their own (a tampered value reaches set_slot).
    weekday = SelectField(
        "Day",
        choices=[SelectChoice(str(i), day) for i, day in enumerate(schedule.DAYS)],
        validate_choice=False,
    )
    # A text field, not <input type=time>: browsers show that in the visitor's locale
    # ("04:00 PM") next to a page that speaks of 24-hour times.
    local_time = StringField(
        "Time",
        render_kw={
            "inputmode": "numeric",
            "pattern": "([01][0-9]|2[0-3]):[0-5][0-9]",
            "placeholder": "16:00",
            "maxlength": "5",
            "autocomplete": "off",
        },
    )
    enabled = BooleanField("Send this mail")


def _weekday(value: str | None) -> int:
    """The posted day as a number; anything else becomes -1, which set_slot refuses."""
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 3 else -1


def _schedule_form(kind: MailKind, formdata: MultiDict | None = None) -> ScheduleForm:
    """A form for one kind, its fields prefixed so the three forms on the page differ."""
    if formdata is not None:
        return ScheduleForm(formdata=formdata, prefix=kind.value)
    slot = schedule.get(kind)
    return ScheduleForm(
        formdata=None,
        prefix=kind.value,
        weekday=str(slot.weekday),
        local_time=slot.local_time.strftime("%H:%M"),
        enabled=slot.enabled,
    )


def _schedule_page(forms: dict[MailKind, ScheduleForm], status: int = 200) -> tuple[str, int]:
    slots = {kind: schedule.get(kind) for kind in forms}
    now = clock.now()
    return render_template(
        "mailadmin/schedule.html",
        forms=forms,
        slots=slots,
        upcoming={kind: dispatch.next_slot(kind, now) for kind in forms},
        titles=KIND_TITLES,
        notes=KIND_NOTES,
    ), status


@bp.route("/schedule", methods=["GET", "POST"])
@admin_required
def schedule_page() -> Page:
    if request.method == "GET":
        return _schedule_page({kind: _schedule_form(kind) for kind in schedule.DEFAULTS})
    posted = request.form.get("kind", "")
    kind = next((k for k in schedule.DEFAULTS if k.value == posted), None)
    if kind is None:
        abort(400, f"{posted!r} is not a kind of mail with a schedule.")
    form = _schedule_form(kind, request.form)
    forms = {k: form if k is kind else _schedule_form(k) for k in schedule.DEFAULTS}
    if not form.validate_on_submit():
        return _schedule_page(forms, 400)
    try:
        slot = schedule.set_slot(
            kind,
            _weekday(form.weekday.data),
            (form.local_time.data or "").strip(),
            form.enabled.data,
        )
    except InvalidInput as error:
        refuse(form, error)
        return _schedule_page(forms, 400)
    db.session.commit()
    if slot.enabled:
        flash(
            f"{KIND_TITLES[kind]}: now {slot.describe()}, in each recipient's own time.",
            "success",
        )
    else:
        flash(f"{KIND_TITLES[kind]}: paused; it is not sent until you enable it again.", "success")
    return redirect(url_for("mailadmin.schedule_page"))


# Outbox


def _choice(enum_type: type[MailState] | type[MailKind], value: str | None, name: str):
    """A filter value from the query string: empty means all, anything unknown is a 400."""
    if not value:
        return None
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum_type)
        abort(400, f"{value!r} is not a mail {name}; use one of: {allowed}.")


def _state_counts() -> dict[MailState, int]:
    rows = db.session.execute(
        select(OutboxMessage.state, func.count(OutboxMessage.id)).group_by(OutboxMessage.state)
    ).all()
    counts = dict.fromkeys(MailState, 0)
    counts.update({MailState(state): count for state, count in rows})
    return counts


@bp.route("/outbox")
@admin_required
def outbox() -> str:
    state = _choice(MailState, request.args.get("state"), "state")
    kind = _choice(MailKind, request.args.get("kind"), "kind")
    page = params.page_number()
    # `raw` may hold a live sign-in link: never loaded here, and touching it would raise.
    stmt = (
        select(OutboxMessage)
        .options(defer(OutboxMessage.raw, raiseload=True))
        .order_by(OutboxMessage.id.desc())  # ids grow with time: newest first, by the key
    )
    if state is not None:
        stmt = stmt.where(OutboxMessage.state == state)
    if kind is not None:
        stmt = stmt.where(OutboxMessage.kind == kind)
    pagination = db.paginate(stmt, page=page, per_page=PER_PAGE, error_out=False)
    return render_template(
        "mailadmin/outbox.html",
        pagination=pagination,
        counts=_state_counts(),
        state=state,
        kind=kind,
        states=list(MailState),
        kinds=list(MailKind),
    )


# A token acts for one person and goes to that person only: what the Outbox shows of a
# message has every token replaced, so an admin (or their screen share) never holds one.
_TOKENS = [
    (re.compile(r"\b(status|digest|bounces)\+[A-Za-z0-9]+@", re.IGNORECASE), r"\1+…@"),
    (re.compile(r"(/(?:signin/link|status)/)[^\s\"'<>)\]?#]+"), r"\1…"),
    (re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_-])"), "…"),
]


def without_tokens(text: str) -> str:
    """`text` with reply-address tokens, sign-in and status links, and anything else long
    and token-like replaced by an ellipsis."""
    for pattern, replacement in _TOKENS:
        text = pattern.sub(replacement, text)
    return text


def _shown(row: OutboxMessage) -> tuple[dict[str, str], str | None, str]:
    """(headers, text, why there is no text) of a row, every token removed."""
    if row.kind is MailKind.SIGNIN:
        return (
            {},
            None,
            "A sign-in message holds a live sign-in link for its recipient: it is never shown.",
        )
    raw = db.session.scalar(select(OutboxMessage.raw).where(OutboxMessage.id == row.id))
    if raw is None:
        if row.state is MailState.SENT:
            return (
                {},
                None,
                "Weekly mail is composed when it is sent and not kept; the digest and "
                "status pages show what it said.",
            )
        return {}, None, "Composed when it is sent, from the data of that moment."
    message = email.message_from_bytes(raw, policy=email.policy.default)
    headers = {
        name: without_tokens(" ".join(str(message[name]).split()))
        for name in ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID")
        if message[name] is not None
    }
    part = message.get_body(preferencelist=("plain",))
    if part is None:
        return headers, None, "This message has no text part."
    try:
        text = part.get_content()
    except (LookupError, ValueError):
        return headers, None, "The text part cannot be decoded."
    return headers, without_tokens(text), ""


@bp.route("/outbox/<int:message_id>")
@admin_required
def message(message_id: int) -> str:
    row = db.get_or_404(OutboxMessage, message_id, options=[defer(OutboxMessage.raw)])
    headers, text, why = _shown(row)
    return render_template("mailadmin/message.html", row=row, headers=headers, text=text, why=why)


def _back_to_list() -> str:
    """The outbox page the button was on, keeping only filter values that are valid."""
    state = request.form.get("state", "")
    kind = request.form.get("kind", "")
    page = request.form.get("page", "")
    return url_for(
        "mailadmin.outbox",
        state=state if state in {s.value for s in MailState} else None,
        kind=kind if kind in {k.value for k in MailKind} else None,
        page=page if page.isascii() and page.isdigit() and page != "1" else None,
    )


@bp.route("/outbox/<int:message_id>/resend", methods=["POST"])
@admin_required
def resend(message_id: int) -> Response:
    require_token()
    row = db.get_or_404(OutboxMessage, message_id)
    # Conditional, like the senders' claim: two admins clicking at once queue it once.
    queued = rows_changed(
        update(OutboxMessage)
        .where(OutboxMessage.id == row.id, OutboxMessage.state == MailState.FAILED)
        .values(
            state=MailState.QUEUED,
            attempts=0,
            last_error=None,
            next_attempt_at=clock.now(),
        )
        .execution_options(synchronize_session=False)
    )
    if queued != 1:
        db.session.rollback()
        abort(400, f"Only failed mail can be resent; message {row.id} is {row.state.value}.")
    db.session.commit()
    jobs.submit_sends([row.id])  # after the commit, so the sender finds the row queued
    db.session.refresh(row)  # without Redis it has been sent (or failed) by now
    if row.state is MailState.SENT:
        flash(f"Sent message {row.id} to {row.recipient} again.", "success")
    elif row.state is MailState.FAILED:
        flash(f"Message {row.id} to {row.recipient} failed again: {row.last_error}", "error")
    else:
        flash(f"Queued message {row.id} to {row.recipient} again; it goes out shortly.", "success")
    return redirect(_back_to_list())
