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

from flask import current_app, render_template
from flask_mail import Message

from okr import addresses
from okr.models import KeyResult, Person

from .confirmation import answer_headers, answer_subject
from .render import render_parts

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


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _week_number(week: str) -> int:
    return int(week.split("-W")[1])


def subject(kr: KeyResult, manager: Person) -> str:
    text = render_template(f"email/{KIND}.subject.txt", ref=kr.ref, title=kr.title, manager=manager)
    return " ".join(text.split())[:250]


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
        "last_week_number": _week_number(last.week) if last else None,
        "week_number": _week_number(week),
        "one_line": _one_line,
    }
    body, html = render_parts(KIND, **context)
    headers = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply"}
    if thread:
        headers["In-Reply-To"] = thread[-1]
        headers["References"] = " ".join(thread)
    message = Message(
        subject=subject(kr, manager),
        recipients=[owner.email],
        body=body,
        html=html,
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
        reply_to=reply_to,
        extra_headers=headers,
    )
    message.msgId = message_id  # Flask-Mail would add a second Message-ID from extra headers
    return message


def question_confirmation(
    manager: Person,
    week: str,
    reply: EmailMessage,
    *,
    sent: list[SentQuestion],
    unmatched: list[str],
    example_ref: str,
) -> Message:
    """What was sent and what was not understood, threaded under the manager's reply;
    Reply-To is the digest address again, so a further reply asks more questions."""
    context = {
        "mode": "confirmation",
        "manager": manager,
        "sent": sent,
        "unmatched": unmatched,
        "example_ref": example_ref,
        "week_number": _week_number(week),
        "one_line": _one_line,
    }
    body, html = render_parts(KIND, **context)
    message = Message(
        subject=answer_subject(reply, "Your digest"),
        recipients=[manager.email],
        body=body,
        html=html,
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
        reply_to=addresses.digest_reply_address(manager.id, week),
        extra_headers=answer_headers(reply),
    )
    message.msgId = addresses.new_message_id("confirmation")
    return message
