"""Access rules as decorators: anonymous visitors sign in, non-admins get 403.

Admin rights need a session opened with the admin's password: an admin who signed in
with an emailed link reads what everyone reads, and admin pages ask for the password.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort, flash, redirect, request, url_for
from flask_login import current_user, login_required

from ..models import Person


def needs_password(person: Person) -> bool:
    """An admin whose session was opened by a sign-in link."""
    return bool(person.is_admin) and not person.has_admin_rights


def admin_required(view: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if needs_password(current_user):
            flash("Admin pages need your password: sign in with it to go on.", "info")
            back = request.full_path.rstrip("?") if request.method == "GET" else None
            return redirect(url_for("auth.signin_page", next=back))
        if not current_user.has_admin_rights:
            abort(403, "This page is for admins.")
        return view(*args, **kwargs)

    return wrapped
