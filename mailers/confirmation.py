"""The answer to a reply: what was understood, what is missing, what was not understood."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from typing import Protocol

from okr import addresses, clock
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


class Audience(Protocol):
    """Who reads a person's answers (okr/services/audience.py): managers' names, nearest
    first, and the next digest's moment in the person's time (None while digests are off)."""

    @property
    def readers(self) -> Sequence[str]: ...

    @property
    def next_digest(self) -> datetime | None: ...


@dataclass(frozen=True)
class OwnHelp:
    """The reply grammar told with the person's own key results. Its lines are ones the
    reply parser skips when they come back pasted without quotes: the introduction, then
    the two example answers of the form, and the commands on a "Please answer with one
    of:" line (tests/test_confirmation_help.py)."""

    examples: tuple[str, str]
    commands: str
    key_results: list[str]


def own_help(titles: dict[str, str], today: date) -> OwnHelp | None:
    """None for someone with no key result (the generic grammar is shown then)."""
    refs = list(titles)
    if not refs:
        return None
    first, second = refs[0], refs[1] if len(refs) > 1 else refs[0]
    due = (today + timedelta(days=14)).isoformat()
    away = (today + timedelta(days=21)).isoformat()
    return OwnHelp(
        examples=(
            f"{first} green - signed 4 of 5",
            f"{second} red 0.3 - vendor slipped, need a decision",
        ),
        commands=(
            f"Please answer with one of: {first} done, {first} drop - and the reason, or "
            f"{first} due {due} to close a key result or move its date; all green (every key "
            f"result you did not name), or all green except {second} red; away until {away} "
            "when you are away."
        ),
        key_results=[f"{ref} {title}" for ref, title in titles.items()],
    )


def _when(moment: datetime) -> str:
    return f"{moment:%A} {moment.day} {moment:%B}, {moment:%H:%M}"


def audience_text(audience: Audience | None) -> str:
    """Who sees the answers and when, in one sentence."""
    if audience is None:
        return ""
    if not audience.readers:
        return (
            "Who sees your answers: no manager above you gets a digest that reaches your key "
            "results; they are on the Flagpost board for everyone signed in."
        )
    names = list(audience.readers)
    names[0] = f"{names[0]} (your manager)"
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    when = (
        f"the next one goes out {_when(audience.next_digest)} (your time)"
        if audience.next_digest
        else "digests are switched off at the moment"
    )
    return f"Who sees your answers: your manager chain, {listed}, in their weekly digest; {when}."


def confirmation(
    person: Person,
    week: str,
    reply: EmailMessage,
    *,
    recorded_lines: list[str],
    missing: list[FormEntry],
    unmatched: list[str],
    problems: list[str],
    ambiguous: Sequence[Ambiguity] = (),
    titles: dict[str, str] | None = None,
    only_remarks: bool = False,
    audience: Audience | None = None,
    today: date | None = None,
    commanded: bool = False,
) -> Message:
    """Threaded under the person's reply; Auto-Submitted: auto-replied (RFC 3834).

    Guesses are said on the recorded lines ("we read "gren" as green"); what could be read
    two ways was not recorded and is asked about, with the person's own references.
    `titles`: the person's key results (ref -> title) in form order: the grammar's
    examples use them. `only_remarks`: the reply was thanks or remarks, nothing to read;
    it is not answered as "not understood". `audience`: who reads the answers, and when.
    `commanded`: the reply gave commands (`#40 depends on #12`, `watch #12`...) that were
    understood even if all were refused: their refusals are the answer, not the grammar."""
    understood_nothing = not recorded_lines and not ambiguous and not only_remarks
    understood_nothing = understood_nothing and not commanded
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
        "only_remarks": only_remarks and not recorded_lines and not ambiguous,
        "grammar": grammar_help(),
        "help": own_help(titles, today or clock.today()),
        "audience": audience_text(audience),
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
