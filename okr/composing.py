"""Composing the outbox rows that are composed when they are sent: forms, reminders, digests.

Weekly mail says the state of the moment it goes out, so its row holds no bytes until
then. A batch of rows is composed together, with a constant number of statements: the
people and key results of its forms and reminders in three, what the forms' people
depend on and the thanks they were given in at most seven more per week of the batch
(`services/form_news.py`), the key results of theirs that ended the week before without a
lesson in one more per week (`services/lessons.py`), the digests of its managers
in loads of DIGEST_LOAD managers that share their reads (`okr.digest.build.build_for`),
each rendered as soon as it is built. Composing knows nothing of claiming, sending or
recording (okr/outbox.py).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from mailers import Message, Outgoing, mime, outgoing
from mailers.digest import digest_mail
from mailers.form import weekly_form

from . import addresses, clock, tokens
from .digest.build import build_for
from .digest.model import Digest
from .extensions import db
from .models import MailKind, OutboxMessage, Person
from .services import form_news, lessons
from .services.dependency_signals import Concern
from .services.form_news import ThanksNote
from .services.forms import FormItem, items_for
from .services.lessons import LookingBack
from .transport import describe

log = logging.getLogger(__name__)

COMPOSED_WHEN_SENT = (MailKind.FORM, MailKind.REMINDER, MailKind.DIGEST)

# Managers whose digests share one load of key results and history. The managers near the
# top of a large company each cover most of it; fifty of them in one load held the whole
# company's history at once (436 MB for the send at 10,000 people). Five at a time peak at
# about 230 MB (ten: 280 MB) for about a quarter more building time, a few per cent of the
# send; the digests are the same whatever the grouping.
DIGEST_LOAD = 5


def form_url(person_id: int, week: str) -> str:
    token = tokens.make(person_id, week, current_app.config["SECRET_KEY"])
    return addresses.external_url("checkin.form", token=token)


@dataclass(frozen=True)
class WeeklyContext:
    """What the forms and reminders of a batch share, read with a constant number of
    queries: their people and, per week, everyone's key results."""

    people: dict[int, Person]
    items: dict[str, dict[int, list[FormItem]]]
    today: date
    # Forms only (a reminder repeats neither): what they depend on, per week and person,
    # and the thanks since their last form, per person and week (services/form_news.py).
    depends: dict[str, dict[int, list[Concern]]] = field(default_factory=dict)
    thanks: dict[tuple[int, str], list[ThanksNote]] = field(default_factory=dict)
    # and the key results that ended the week before with no lesson yet (services/lessons.py)
    looking_back: dict[str, dict[int, list[LookingBack]]] = field(default_factory=dict)


def _addressed(row: OutboxMessage) -> tuple[int, str]:
    """The person and week of a row composed when sent (`compose` turns away rows without)."""
    if row.person_id is None or row.week is None:
        raise ValueError(f"outbox row {row.id} has no person or no week")
    return row.person_id, row.week


def weekly_context(rows: list[OutboxMessage]) -> WeeklyContext:
    by_week: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        person_id, week = _addressed(row)
        by_week[week].append(person_id)
    today = clock.today()
    people = {
        p.id: p
        for p in db.session.scalars(
            select(Person).where(Person.id.in_([r.person_id for r in rows]))
        )
    }
    items = {week: items_for(person_ids, week, today) for week, person_ids in by_week.items()}
    forms = form_news.form_rows(rows)
    form_weeks: dict[str, list[int]] = defaultdict(list)
    for form in forms:
        form_weeks[form.week].append(form.person_id)
    depends = {week: form_news.depends_for(ids, week) for week, ids in form_weeks.items()}
    looking_back = {
        week: {
            person: [kr for kr in ended if kr.asked]
            for person, ended in lessons.looking_back(ids, week).items()
        }
        for week, ids in form_weeks.items()
    }
    return WeeklyContext(people, items, today, depends, form_news.thanks_for(forms), looking_back)


def weekly_message(row: OutboxMessage, context: WeeklyContext) -> Message:
    """A form or reminder."""
    person_id, week = _addressed(row)
    person = context.people[person_id]
    forms = row.kind is MailKind.FORM
    return weekly_form(
        row.kind,
        person,
        week,
        context.items[week].get(person.id, []),
        today=context.today,
        message_id=row.message_id,
        reply_to=addresses.reply_address(person.id, week),
        thread_root=addresses.thread_id(person.id),
        form_url=form_url(person.id, week),
        depends=context.depends.get(week, {}).get(person.id, []) if forms else [],
        thanks=context.thanks.get((person.id, week), []) if forms else [],
        looking_back=context.looking_back.get(week, {}).get(person.id, []) if forms else [],
    )


class Result:
    """What a batch's composing came to: bytes and envelope per row, or why not."""

    def __init__(self) -> None:
        self.outgoing: dict[int, Outgoing] = {}
        self.unsendable: dict[int, str] = {}

    def compose(self, row: OutboxMessage, make: Callable[[], Message]) -> None:
        """One row alone: an address no message can be written to, or a bug in one row,
        fails that row with the reason. A database error is no row's fault: raised."""
        try:
            self.outgoing[row.id] = outgoing(make())
        except SQLAlchemyError:
            raise
        except (mime.UnsendableAddress, mime.HeaderInjection) as error:
            self.unsendable[row.id] = f"could not compose: {error}"
        except Exception as error:
            log.exception("composing outbox row %s failed", row.id)
            self.unsendable[row.id] = f"could not compose: {describe(error)}"


def _weekly(rows: list[OutboxMessage], result: Result) -> None:
    context = weekly_context(rows)
    for row in rows:
        result.compose(row, partial(weekly_message, row, context))


def _digests(rows: list[OutboxMessage], result: Result) -> None:
    """Every digest of the batch built in shared reads, rendered as it is built."""
    by_week: dict[str, dict[int, OutboxMessage]] = defaultdict(dict)
    for row in rows:
        person_id, week = _addressed(row)
        by_week[week][person_id] = row
    for week, rows_of in by_week.items():
        for digest in build_for(list(rows_of), week, batch=DIGEST_LOAD):
            row = rows_of.pop(digest.manager_id)
            result.compose(row, partial(_digest_message, digest, row))
        for row in rows_of.values():
            result.unsendable[row.id] = f"could not compose: no person with id {row.person_id}"


def _digest_message(digest: Digest, row: OutboxMessage) -> Message:
    person_id, week = _addressed(row)
    return digest_mail(
        digest,
        message_id=row.message_id,
        reply_to=addresses.digest_reply_address(person_id, week),
    )


def compose(rows: list[OutboxMessage]) -> Result:
    """Compose every row of `rows` (none of them holding bytes) of a kind composed when sent."""
    result = Result()
    for row in rows:
        if row.kind in COMPOSED_WHEN_SENT and (row.person_id is None or row.week is None):
            result.unsendable[row.id] = "could not compose: the row names no person or week"
    ready = [r for r in rows if r.id not in result.unsendable]
    weekly = [r for r in ready if r.kind in (MailKind.FORM, MailKind.REMINDER)]
    digests = [r for r in ready if r.kind is MailKind.DIGEST]
    if weekly:
        _weekly(weekly, result)
    if digests:
        _digests(digests, result)
    for row in rows:
        if row.kind not in COMPOSED_WHEN_SENT:
            result.unsendable[row.id] = f"could not compose: a {row.kind.value} has no bytes"
    return result
