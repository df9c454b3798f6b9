"""A manager's question about a key result, and the confirmation the manager gets.

The question goes to the owner alone, in the thread of their weekly form, with the owner's
status reply address as Reply-To: the owner's answer is an ordinary status reply. That
address acts for the owner, so no copy of this mail goes to anyone else (a Cc'd manager
could record the owner's flags with it, or forward it); the manager's confirmation lists
what was asked, and the digest what is still open. Both mails come from one template,
`templates/email/question.md`.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

from flask import render_template

from okr import addresses
from okr.models import KeyResult, Person

from . import Message, build, week_number
from .confirmation import answer_subject, answer_thread

KIND = "question"


@dataclass(frozen=True)
class LastStatus:
    """The owner's latest check-in for the key result, shown for context."""

    week: str
    flag: str
    note: str


@dataclass(frozen=True)
class SentQuestion:
    """One line of the manager's confirmation."""

    ref: str
    title: str
    owner: str
    text: str


@dataclass(frozen=True)
class Thanked:
    """A thanks a digest reply gave (`thanks #12`): the owner sees it on the key result's
    page; `new` is False when the manager had thanked for it this week already."""

    ref: str
    title: str
    owner: str
    new: bool


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def subject(kr: KeyResult, manager: Person) -> str:
    text = render_template(f"email/{KIND}.subject.txt", ref=kr.ref, title=kr.title, manager=manager)
    return " ".join(text.split())


def question_mail(
    *,
    kr: KeyResult,
    owner: Person,
    manager: Person,
    week: str,
    text: str,
    last: LastStatus | None,
    message_id: str,
    thread: list[str],
    reply_to: str,
) -> Message:
    """The question to the owner. `thread` is the References chain, nearest last (the
    owner's weekly form); In-Reply-To is its last id."""
    context = {
        "mode": "question",
        "owner": owner,
        "manager": manager,
        "ref": kr.ref,
        "title": kr.title,
        "text": text,
        "last": last,
        "last_week_number": week_number(last.week) if last else None,
        "one_line": _one_line,
    }
    return build(
        "question",
        to=owner.email,
        context=context,
        week=week,
        subject=subject(kr, manager),
        reply_to=reply_to,
        message_id=message_id,
        in_reply_to=thread[-1] if thread else None,
        references=thread,
    )


def question_confirmation(
    manager: Person,
    week: str,
    reply: EmailMessage,
    *,
    sent: list[SentQuestion],
    unmatched: list[str],
    example_ref: str,
    thanked: list[Thanked] | None = None,
) -> Message:
    """What was sent, the thanks kept, and what was not understood, threaded under the
    manager's reply;
    Reply-To is the digest address again, so a further reply asks more questions."""
    context = {
        "mode": "confirmation",
        "manager": manager,
        "sent": sent,
        "thanked": thanked or [],
        "unmatched": unmatched,
        "example_ref": example_ref,
        "one_line": _one_line,
    }
    in_reply_to, references = answer_thread(reply)
    return build(
        "question-confirmation",
        to=manager.email,
        context=context,
        week=week,
        subject=answer_subject(reply, "Your digest"),
        reply_to=addresses.digest_reply_address(manager.id, week),
        in_reply_to=in_reply_to,
        references=references,
    )
