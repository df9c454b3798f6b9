"""The weekly status form and its reminder."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from okr import weeks
from okr.models import MailKind, Person

from . import Message, build


class FormLine(Protocol):
    """One key result on the form, as the caller read it (okr/services/forms.py):
    the templates read its other fields (title, due, last flag and note) by name."""

    ref: str
    answered: bool


def _week_range(week: str) -> str:
    start, end = weeks.monday(week), weeks.sunday(week)
    if start.month == end.month:
        return f"{start.day} to {end.day} {end.strftime('%B %Y')}"
    return f"{start.day} {start.strftime('%B')} to {end.day} {end.strftime('%B %Y')}"


FLAGS = ("green", "yellow", "red")


def flag_link(form_url: str, item: FormLine, flag: str) -> str:
    """The status page with `flag` chosen for one key result: opening it records nothing
    (the page shows the choice and one press records it)."""
    return f"{form_url}?flag-{item.ref.lstrip('#')}={flag}"


def all_green_link(form_url: str) -> str:
    """The status page with every key result set to green, for a green week in one click
    and one press."""
    return f"{form_url}?all=green"


def _examples(items: Sequence[FormLine]) -> tuple[str, str]:
    first = items[0].ref if items else "#12"
    second = items[1].ref if len(items) > 1 else first
    return f"{first} green - signed 4 of 5", f"{second} red 0.3 - vendor slipped, need a decision"


def weekly_form(
    kind: MailKind,
    person: Person,
    week: str,
    items: Sequence[FormLine],
    *,
    today: date,
    message_id: str,
    reply_to: str,
    thread_root: str,
    form_url: str,
) -> Message:
    """Compose the form (or the reminder, listing only what is still missing).

    The HTML part has a button to the status page, an "All green" button and, per key
    result, a link per flag; the text part has the page's two plain links. Every link
    carries the token of `person`, the message's one recipient."""
    if kind is MailKind.REMINDER:
        items = [item for item in items if not item.answered]
    context = {
        "person": person,
        "week": week,
        "week_range": _week_range(week),
        "items": items,
        "examples": _examples(items),
        "form_url": form_url,
        "all_green_url": all_green_link(form_url),
        "flag_link": lambda item, flag: flag_link(form_url, item, flag),
        "flags": FLAGS,
        "today": today,
        "timedelta": timedelta,
    }
    return build(
        kind.value,
        to=person.email,
        context=context,
        week=week,
        reply_to=reply_to,
        message_id=message_id,
        in_reply_to=thread_root,
        references=[thread_root],
    )
