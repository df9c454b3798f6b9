"""Inbound mail from an IMAP mailbox: `okr fetch-mail`, for cron or by hand."""

from __future__ import annotations

import sys

import click
from flask.cli import with_appcontext

from .. import jobs
from ..imap import FetchError

EX_TEMPFAIL = 75  # sysexits.h: some messages wait on the server for the next run


@click.command("fetch-mail")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Take at most this many messages in one run; the rest wait for the next.",
)
@click.option("--dry-run", is_flag=True, help="List what would be taken; store and move nothing.")
@with_appcontext
def fetch_mail(limit: int, dry_run: bool) -> None:
    """Take replies from the IMAP mailbox (OKR_IMAP_HOST) into the inbound pipeline.

    Each message is stored first and only then moved: to OKR_IMAP_DONE_FOLDER when stored
    (or stored before), to OKR_IMAP_FAILED_FOLDER when refused for good (too large, empty).
    Exit codes: 0 done, 1 the mailbox cannot be read (one line says why), 75 some messages
    could not be stored now and stay on the server for the next run.
    """
    try:
        result = jobs.fetch_and_hand_over(limit=limit, dry_run=dry_run)
    except FetchError as error:
        raise click.ClickException(str(error)) from None
    for line in result.listing:
        click.echo(line)
    click.echo(result.summary())
    if result.problem:
        click.echo(result.problem, err=True)
        sys.exit(EX_TEMPFAIL)


COMMANDS = [fetch_mail]
