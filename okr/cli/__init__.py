"""The `okr` command: Flask's own CLI with the app loaded, so `flask --app app ...` works too."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import FlaskGroup

from .. import create_app
from ..config import ConfigError
from . import demo, digest, fetchmail, inbound, io, mail, setup, status


def register_commands(app: Flask) -> None:
    for module in (setup, io, status, demo, mail, inbound, fetchmail, digest):
        for command in module.COMMANDS:
            app.cli.add_command(command)


def _create_app() -> Flask:
    try:
        return create_app()
    except ConfigError as error:
        raise click.ClickException(str(error)) from None


@click.group(cls=FlaskGroup, create_app=_create_app, add_version_option=False, load_dotenv=False)
def main() -> None:
    """Flagpost: weekly status and OKRs by email."""
