"""`okr status`: the week's flags, for people and for other tools."""

from __future__ import annotations

import json

import click
from flask.cli import with_appcontext

from .. import weeks
from ..services.status import week_items, week_report
from .words import count


@click.command("status")
@click.option("--week", help="ISO week, YYYY-Www (default: the current week).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for other tools.")
@with_appcontext
def status(week: str | None, as_json: bool) -> None:
    """Print the status of every key result for a week."""
    try:
        week = weeks.parse(week) if week else weeks.current()
    except weeks.BadWeek as error:
        raise click.ClickException(f"--week: {error}") from None
    if as_json:
        click.echo(json.dumps(week_report(week), indent=2, ensure_ascii=False))
        return
    items = week_items(week)
    click.echo(f"Week {week}: {count(len(items), 'key result')}")
    for item in items:
        click.echo(f"{item.status:8} {item.ref:>6}  {item.owner}  {item.key_result}")


COMMANDS = [status]
