"""The answer to a reply: what was understood, what is missing, what was not understood."""

from __future__ import annotations

from email.message import EmailMessage

from okr import addresses
from okr.models import Person
from okr.replies import decode
from okr.replies.grammar import grammar_help
from okr.replies.understand import Ambiguity, FormEntry

from . import Message, build


def _subject(original: str | None) -> str:
    text = " ".join((original or "Weekly status").split())
    while text.lower().startswith(("re:", "aw:", "sv:", "fwd:")):
        text = text.split(":", 1)[1].strip()
    return f"Re: {text}"[:250]


def answer_subject(reply: EmailMessage, default: str = "Weekly status") -> str:
    """`Re: ` and the reply's subject, decoded and cleaned (decode.header): no line break."""
    return _subject(decode.header(reply, "Subject") or default)


def answer_thread(reply: EmailMessage) -> tuple[str | None, list[str]]:
    """(In-Reply-To, References) of an automatic answer, threaded under `reply` by its
    clean ids only: its Message-ID, and its thread then it as References (the last ten).
    Without a usable Message-ID the answer still joins the thread the reply followed."""
    reply_id, thread = decode.thread_of(reply)
    return reply_id, thread[-10:] + ([reply_id] if reply_id else [])


def confirmation(
    person: Person,
    week: str,
    reply: EmailMessage,
    *,
    recorded_lines: list[str],
    missing: list[FormEntry],
    unmatched: list[str],
    problems: list[str],
    ambiguous: list[Ambiguity] = (),
    titles: dict[str, str] | None = None,
    only_remarks: bool = False,
) -> Message:
    """Threaded under the person's reply; Auto-Submitted: auto-replied (RFC 3834).

    Guesses are said on the recorded lines ("we read "gren" as green"); what could be read
    two ways was not recorded and is asked about, with the person's own references. A
    reply of only thanks or remarks (`only_remarks`) was not misunderstood: it is thanked
    and told what is still missing, not sent the grammar."""
    understood_nothing = not recorded_lines and not ambiguous and not only_remarks
    titles = titles or {}
    unclear = [
        {
            "refs": " and ".join(
                f"{ref} {titles[ref]}" if ref in titles else ref for ref in a.refs
            ),
            "reason": a.reason,
            "line": a.line,
            "example": f"{a.refs[0]} green" if a.refs else "#12 green",
        }
        for a in ambiguous
    ]
    context = {
        "person": person,
        "week": week,
        "recorded": recorded_lines,
        "missing": missing,
        "unmatched": unmatched,
        "problems": problems,
        "unclear": unclear,
        "nothing": understood_nothing,
        "grammar": grammar_help(),
    }
    in_reply_to, references = answer_thread(reply)
    return build(
        "confirmation",
        to=person.email,
        context=context,
        week=week,
        subject=answer_subject(reply),
        reply_to=addresses.reply_address(person.id, week),
        in_reply_to=in_reply_to,
        references=references,
    )
