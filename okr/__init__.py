"""Flagpost: weekly status and OKRs by email."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

from flask import Flask, render_template

from . import config, logs, models  # noqa: F401  (models registers the tables with the metadata)
from .extensions import csrf, db, limiter, login_manager, mail, migrate

# Both read from the installed package, never from beside it or the current folder: the
# repository's top-level templates/ is installed as the package okr.templates (see
# pyproject.toml); an editable install finds it in the checkout.
TEMPLATES = Path(str(resources.files("okr.templates")))
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def create_app(overrides: dict[str, Any] | None = None, instance_path: str | None = None) -> Flask:
    """Build the app: environment first, then `overrides` (tests pass theirs here)."""
    app = Flask(
        __name__,
        template_folder=str(TEMPLATES),
        instance_relative_config=True,
        instance_path=instance_path or os.environ.get("OKR_INSTANCE_PATH") or None,
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.update(config.from_os(app.instance_path))
    if overrides:
        app.config.update(overrides)
    logs.configure(app.config["LOG_FORMAT"], app.config["LOG_LEVEL"])
    logs.register(app)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS), render_as_batch=True)
    mail.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)
    if app.config["TRUSTED_PROXIES"]:
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Behind N proxies, the client address (for rate limits) is N hops back.
        # Flask's documented way to add WSGI middleware; mypy sees a method replaced.
        proxied = ProxyFix(app.wsgi_app, x_for=app.config["TRUSTED_PROXIES"], x_proto=1)
        app.wsgi_app = proxied  # type: ignore[method-assign]

    # The factory alone assembles the views and the commands, which reach everything
    # (jobs, and through them the worker's own `create_app`): importing `okr` or any of its
    # modules must not load the whole web app.
    from .web import register

    register(app)
    _register_errors(app)

    from .cli import register_commands

    register_commands(app)
    return app


def _own(error, fallback: str) -> str:
    """Our own abort() message, or a short one instead of Werkzeug's long default."""
    default = type(error).description
    return error.description if error.description != default else fallback


def _register_errors(app: Flask) -> None:
    """Every error a browser can reach gets a page of ours, never a traceback."""

    def page(status: int, title: str, message: str):
        return render_template("error.html", title=title, message=message), status

    app.register_error_handler(400, lambda e: page(400, "Bad request", e.description))
    app.register_error_handler(403, lambda e: page(403, "Not allowed", e.description))
    app.register_error_handler(404, lambda e: page(404, "Not found", _own(e, "Nothing is here.")))
    app.register_error_handler(
        413, lambda e: page(413, "Too large", "The upload is larger than this server accepts.")
    )
    app.register_error_handler(
        429, lambda e: page(429, "Too many attempts", "Too many attempts; wait a minute and retry.")
    )

    @app.errorhandler(500)
    def internal(error):  # pragma: no cover - the handler for what we did not foresee
        db.session.rollback()
        return page(500, "Something went wrong", "The error was logged. Please try again.")
