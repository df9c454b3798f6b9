"""Sign-in: password for admins, one-time emailed link for everyone else."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length, ValidationError

from .. import jobs, queue
from ..errors import InvalidInput
from ..extensions import db, limiter
from ..services import signin, validate
from . import access, redirects

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


def _next_page() -> str:
    """The `next` of the query string when it is a path here, else the board."""
    return redirects.local_path(request.args.get("next")) or url_for("board.index")


def _signin_limit() -> str:
    return current_app.config["SIGNIN_RATE_LIMIT"]


@bp.route("/signin", methods=["GET", "POST"])
@limiter.limit(_signin_limit, methods=["POST"])
def signin_page():
    if current_user.is_authenticated and not access.needs_password(current_user):
        return redirect(url_for("board.index"))
    password_form = PasswordForm(prefix="pw")
    link_form = LinkForm(prefix="link")
    if request.method == "POST" and "pw-email" in request.form and password_form.validate():
        person = signin.check_admin(password_form.email.data, password_form.password.data)
        if person is not None:
            login_user(person)
            return redirect(_next_page())
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
    """Hand the whole request to the background, the lookup included: the answer must
    take the same time whether or not the address belongs to someone here."""
    next_path = redirects.local_path(request.args.get("next"))
    queue.submit_in_background(jobs.send_signin_link, address, next_path, job_name="signin")


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
    person.signed_in_with_password = False  # a link never opens admin pages
    login_user(person)
    return redirect(_next_page())


@bp.route("/signout", methods=["POST"])
def signout():
    form = ConfirmForm()
    if form.validate():
        if current_user.is_authenticated:
            # Everywhere: a copy of this cookie (another browser, a stolen one) ends too.
            current_user.end_sessions()
            db.session.commit()
        logout_user()
    return redirect(url_for("auth.signin_page"))
