"""Sign-in: password for admins, one-time emailed link for everyone else."""

from __future__ import annotations

import secrets

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length, ValidationError

from mailers.signin import signin_link

from .. import addresses, jobs, outbox
from ..errors import InvalidInput
from ..extensions import db, limiter
from ..models import MailKind
from ..services import people, signin, validate

bp = Blueprint("auth", __name__)


class PasswordForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])


def _sendable(_form: FlaskForm, field: EmailField) -> None:
    """No link can be mailed to a non-ASCII local part: say so, whoever asks (it depends
    on the address typed alone, so it tells nothing about who is here)."""
    try:
        validate.sendable_local_part(field.data or "")
    except InvalidInput as error:
        raise ValidationError(str(error)) from None


class LinkForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254), _sendable])


class ConfirmForm(FlaskForm):
    pass


def _safe_next(target: str | None) -> str:
    """Only local paths: a sign-in page must not be an open redirect."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("board.index")


def _signin_limit() -> str:
    return current_app.config["SIGNIN_RATE_LIMIT"]


@bp.route("/signin", methods=["GET", "POST"])
@limiter.limit(_signin_limit, methods=["POST"])
def signin_page():
    if current_user.is_authenticated:
        return redirect(url_for("board.index"))
    password_form = PasswordForm(prefix="pw")
    link_form = LinkForm(prefix="link")
    if request.method == "POST" and "pw-email" in request.form and password_form.validate():
        person = signin.check_admin(password_form.email.data, password_form.password.data)
        if person is not None:
            login_user(person)
            return redirect(_safe_next(request.args.get("next")))
        flash("That email and password do not match an admin account.", "error")
    elif request.method == "POST" and "link-email" in request.form and link_form.validate():
        _send_link(link_form.email.data)
        flash(
            "If that address belongs to someone here, a sign-in link is on its way. "
            f"It works once, for {current_app.config['MAGIC_LINK_MINUTES']} minutes.",
            "info",
        )
        return redirect(url_for("auth.signin_page"))
    status = 400 if request.method == "POST" else 200
    return render_template(
        "auth/signin.html", password_form=password_form, link_form=link_form
    ), status


def _send_link(address: str) -> None:
    person = people.by_email(address)
    if person is None or not person.active:
        current_app.logger.info("sign-in link asked for unknown or inactive address")
        return
    token = signin.issue_link_token(person)
    url = addresses.external_url("auth.confirm_link", token=token)
    message = signin_link(person, url, current_app.config["MAGIC_LINK_MINUTES"])
    row_id = outbox.queue_composed(
        MailKind.SIGNIN, message, f"signin:{secrets.token_hex(12)}", person
    )
    db.session.commit()  # the token and the mail exist before anything is sent
    jobs.submit_sends([row_id])


@bp.route("/signin/link/<token>", methods=["GET", "POST"])
@limiter.limit(_signin_limit, methods=["POST"])
def confirm_link(token: str):
    form = ConfirmForm()
    if request.method == "GET":
        person, reason = signin.peek(token)
        return render_template("auth/confirm.html", person=person, reason=reason, form=form), (
            200 if person else 410
        )
    if not form.validate():
        flash("The form expired; press the button again.", "error")
        return redirect(url_for("auth.confirm_link", token=token))
    person, reason = signin.redeem(token)
    if person is None:
        return render_template("auth/confirm.html", person=None, reason=reason, form=form), 410
    login_user(person)
    return redirect(url_for("board.index"))


@bp.route("/signout", methods=["POST"])
def signout():
    form = ConfirmForm()
    if form.validate():
        logout_user()
    return redirect(url_for("auth.signin_page"))
