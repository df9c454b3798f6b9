"""Web blueprints, one per area, and what every response shares."""

from __future__ import annotations

from flask import Flask, Response
from sqlalchemy.orm import joinedload

from ..extensions import db, login_manager
from ..models import Person, parse_session_id
from . import (
    admin,
    auth,
    board,
    checkin,
    digest,
    health,
    history,
    imports,
    inbound,
    inboxadmin,
    mailadmin,
    params,
)

SECURITY_HEADERS = {
    # No inline script anywhere; styles come from our own stylesheet.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def register(app: Flask) -> None:
    params.register(app)  # before the routes: their `<int:...>` parts are bounded
    app.register_blueprint(auth.bp)
    app.register_blueprint(board.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(imports.bp)
    app.register_blueprint(checkin.bp)
    app.register_blueprint(inbound.bp)
    app.register_blueprint(mailadmin.bp)
    app.register_blueprint(inboxadmin.bp)
    app.register_blueprint(digest.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(history.bp)

    login_manager.login_view = "auth.signin_page"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.login_message_category = "info"

    @login_manager.user_loader
    def load_person(stored: str) -> Person | None:
        """The person of a session, while it lasts: active, and signed out nowhere since
        (the epoch in the cookie is still theirs)."""
        parsed = parse_session_id(stored)
        if parsed is None:
            return None
        person_id, epoch, with_password = parsed
        # Reports come in the same statement: the nav shows the digest link to managers.
        person = db.session.get(Person, person_id, options=[joinedload(Person.reports)])
        if person is None or not person.active or person.session_epoch != epoch:
            return None
        person.signed_in_with_password = with_password
        return person

    @app.after_request
    def security_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
