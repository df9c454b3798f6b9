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
    the templates read its other fields (title, due, last flag and note) by name.
    Read-only, as the callers' frozen dataclasses are."""

    @property
    def ref(self) -> str: ...
    @property
    def answered(self) -> bool: ...


class Signal(Protocol):
    @property
    def text(self) -> str: ...


class Needer(Protocol):
    @property
    def ref(self) -> str: ...


class DependsLine(Protocol):
    """A key result the person depends on or watches, and what it did the week before
    (okr/services/dependency_signals.py's Concern)."""

    @property
    def ref(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def watched(self) -> bool: ...
    @property
    def signals(self) -> Sequence[Signal]: ...
    @property
    def needed_by(self) -> Sequence[Needer]: ...


class ThanksLine(Protocol):
    """A manager's thanks for a key result's news (okr/services/form_news.py): who, for
    which key result, and its flag that week (None when it had none)."""

    @property
    def manager(self) -> str: ...
    @property
    def ref(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def flag(self) -> str | None: ...


class EndedLine(Protocol):
    """A key result of the person's that ended the week before without a lesson
    (okr/services/lessons.py's LookingBack)."""

    @property
    def ref(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def ended(self) -> str: ...  # missed | dropped | done late
    @property
    def due(self) -> date: ...
    @property
    def drop_reason(self) -> str: ...


# The form's own parts (what you depend on, thanks, your key results) above its objectives.
CSS = "h2 { font-size: 18px; margin-top: 22px; }"
DEPENDS_MAX = 5  # lines of "What you depend on" in the mail; the status page shows all
NOTE_MAX = 120  # characters of a depended-on key result's note in one line


def depends_text(concern: DependsLine) -> str:
    """One line of "What you depend on", in plain words (escaped by the template):
    `#12 Sign 5 design partners (Maya Chen) turned red, was green: vendor slipped. For
    your #40.`"""
    said = "; ".join(signal.text for signal in concern.signals)
    note = " ".join(concern.note.split())
    if len(note) > NOTE_MAX:
        note = note[: NOTE_MAX - 1].rstrip() + "…"
    line = f"{concern.ref} {concern.title} ({concern.owner}) {said}"
    if note and not said.startswith("dropped"):  # a drop says its reason already
        line += f": {note}"
    line = line.rstrip(".") + "."
    needed = [needer.ref for needer in concern.needed_by]
    if needed:
        line += f" For your {', '.join(needed)}."
    elif concern.watched:
        line += " You watch it."
    return line


# The example of a lesson the form prints after the first ref it asks about. The reply
# parser must know it as one of the form's own example lines (okr/replies/remarks.py
# FORM_EXAMPLES), so a form pasted back unquoted does not record it.
LESSON_EXAMPLE = "lesson attention - I will check the vendor dates every week"
LESSON_KINDS = "information, courage, skill, attention, or a bold bet"


def ended_text(ended: EndedLine) -> str:
    """`#12 Sign 5 design partners: its due date, 20 Nov 2026, passed before it was done.`"""
    due = f"{ended.due.day} {ended.due.strftime('%b %Y')}"
    if ended.ended == "dropped":
        reason = " ".join(ended.drop_reason.split())
        said = f"dropped ({reason})" if reason else "dropped"
    elif ended.ended == "done late":
        said = "done, later than first planned"
    else:
        said = f"its due date, {due}, passed before it was done"
    return f"{ended.ref} {ended.title}: {said}."


def lesson_example(looking_back: Sequence[EndedLine]) -> str:
    """The reply line the form offers, for the first key result it asks about."""
    ref = looking_back[0].ref if looking_back else "#12"
    return f"{ref} {LESSON_EXAMPLE}"


def thanks_text(thanks: ThanksLine) -> str:
    """`Maya Chen thanked you for raising #12 early (Sign 5 design partners).`: for a red or
    yellow that week, the news thanked for; for another week's work, `for your work on`."""
    if thanks.flag in ("red", "yellow"):
        return f"{thanks.manager} thanked you for raising {thanks.ref} early ({thanks.title})."
    return f"{thanks.manager} thanked you for your work on {thanks.ref} ({thanks.title})."


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
    depends: Sequence[DependsLine] = (),
    thanks: Sequence[ThanksLine] = (),
    looking_back: Sequence[EndedLine] = (),
) -> Message:
    """Compose the form (or the reminder, listing only what is still missing).

    The HTML part has a button to the status page, an "All green" button and, per key
    result, a link per flag; the text part has the page's two plain links. Every link
    carries the token of `person`, the message's one recipient.

    Before the person's own key results: what they depend on did the week before (at most
    `DEPENDS_MAX` lines, the rest on the status page), and their managers' thanks since
    their last form; each only when there is something to say. After them, "Looking
    back": the key results that ended the week before without a lesson, with the one
    optional question (what kind of miss, what changes next time). It comes after the
    week's own key results because the week's status is the form's job and looking back is
    optional: it must never stand between a person and their answer."""
    if kind is MailKind.REMINDER:
        items = [item for item in items if not item.answered]
    context = {
        "person": person,
        "week": week,
        "week_range": _week_range(week),
        "items": items,
        "depends": [depends_text(concern) for concern in depends[:DEPENDS_MAX]],
        "depends_more": max(len(depends) - DEPENDS_MAX, 0),
        "thanks": [thanks_text(each) for each in thanks],
        "looking_back": [ended_text(each) for each in looking_back],
        "lesson_example": lesson_example(looking_back),
        "lesson_kinds": LESSON_KINDS,
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
        extra_css=CSS,
    )
