"""Entry point for `flask --app app` and WSGI servers (`gunicorn 'app:create_app()'`)."""

from __future__ import annotations

import sys
from typing import Any

from flask import Flask

from okr import create_app as _create_app
from okr.config import ConfigError

__all__ = ["create_app"]

# gunicorn stops (instead of booting workers again and again) when a worker exits with 4.
APP_LOAD_ERROR = 4


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """The app, or one line saying which setting is wrong: an operator reading the journal
    needs the setting's name, not a traceback."""
    try:
        return _create_app(overrides)
    except ConfigError as error:
        print(f"Flagpost cannot start: {error}", file=sys.stderr, flush=True)
        raise SystemExit(APP_LOAD_ERROR) from None
