"""Questions a manager asks by replying to their digest: `#12 what do you need from me?`.

Each question goes to the key result's owner alone, in the thread of their weekly form,
with the owner's status reply address as Reply-To, so the owner's answer is an ordinary
status reply; the manager's confirmation lists what went to whom (a copy of the owner's
mail would hand the manager the owner's reply address). Only key results owned inside the
manager's organisation (the whole tree below them) may be asked about; other lines are
reported back as not understood. A question counts as answered when the owner next
replies: a processed status reply for the question's week or later, or any reply in the
question's thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage

from sqlalchemy import Row, func, select
from sqlalchemy.exc import IntegrityError

from mailers.question import (
    LastStatus,
    SentQuestion,
    Thanked,
    question_confirmation,
    question_mail,
)

from .. import addresses, clock, orgtree, weeks
from ..errors import Refused
from ..extensions import db
from ..models import (
    CheckIn,
    InboundMessage,
    KeyResult,
    MailKind,
    MailState,
    OutboxMessage,
    Person,
    Question,
)
from ..outbox import queue_composed
from ..replies import decode, grammar
from ..replies.trim import is_closing, new_text
from . import thanks
from .reply_auth import Identity

MAX_QUESTIONS = 20  # per reply: a pasted list must not mail a whole organisation
MAX_TEXT = 4000


@dataclass
class Draft:
    """A question as written: the key result's id, the text, the line that named it."""

    kr_id: int
    text: str
    line: str


@dataclass
class Drafts:
    questions: list[Draft] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    thanks: list[Draft] = field(default_factory=list)  # "thanks #12": no question, a thanks


@dataclass
class Asked:
    """What `ask` did, for the inbound row and for sending after the commit."""

    outcome: dict
    reason: str | None
    outbox_ids: list[int]


def _ref_at_start(text: str) -> tuple[int | None, str]:
    """(key result id, the rest) for a line starting with `#12`, `12:`, `12)` or `KR 12`."""
    match = grammar.REF_AT_START.match(text)
    if not match:
        return None, text
    return int(match["a"] or match["b"]), text[match.end() :]


def _quoted_ref(quoted: str) -> int | None:
    """The key result a quoted digest line starts with (`#12` or `KR 12`, after its trend
    squares); a bare `12:` is not taken from quoted text, where it is more likely a time."""
    text = grammar.MD_EMPHASIS.sub("", quoted)
    start = next((i for i, ch in enumerate(text) if ch == "#" or ch.isalnum()), len(text))
    match = grammar.REF_AT_START.match(text[start:])
    return int(match["a"]) if match and match["a"] else None


def read_questions(text: str, signature: tuple[str, ...] = ()) -> Drafts:
    """The questions in a reply's new text, and its thanks (pure).

    A question starts with a line naming a key result; the lines right under it (up to a
    blank line) continue it. A line typed under a quoted digest item asks about that item.
    A line thanking for key results (`thanks #12`, `thank you for #12 and #15`) is a thanks,
    not a question; "Thanks!" without a reference is a remark.
    Greetings, sign-offs and a line that is only the writer's name (`signature`) are
    skipped; anything else is not understood.
    """
    names = {" ".join(name.lower().split()) for name in signature if name.strip()}
    drafts = Drafts()
    current: Draft | None = None
    context: int | None = None  # the key result of the quoted item just above
    ended = False  # after a sign-off only lines naming a key result count
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            current = None
            continue
        if line.startswith(">"):
            quoted = line.lstrip("> ").strip()
            # A quoted blank line ends the quoted item; its other lines keep it.
            context = (_quoted_ref(quoted) or context) if quoted else None
            current = None
            continue
        cleaned = grammar.MD_EMPHASIS.sub("", grammar.BULLET.sub("", line, count=1)).strip()
        if thanked := grammar.THANKS_LINE.match(cleaned):
            for number in grammar.THANKS_REF.findall(thanked["refs"]):
                drafts.thanks.append(Draft(int(number), "", line))
            current = None
            continue
        kr_id, rest = _ref_at_start(cleaned)
        if kr_id is not None:
            current = Draft(kr_id, grammar.SEPARATOR.sub("", rest, count=1).strip(), line)
            drafts.questions.append(current)
            continue
        if is_closing(line) or line == "--":
            ended, current = True, None
            continue
        if " ".join(line.lower().rstrip(".,!").split()) in names:
            current = None
            continue
        if ended or (grammar.GREETING.match(line) and not drafts.questions):
            continue
        if current is not None:
            current.text = f"{current.text}\n{line}".strip()
        elif context is not None:
            current = Draft(context, line, line)
            drafts.questions.append(current)
        else:
            drafts.unmatched.append(line)
    return drafts


def organisation(manager: Person) -> set[int]:
    """Everyone below the manager, at any depth: whose key results they may ask about."""
    return orgtree.organisation(manager.id)


def refusal(kr: KeyResult | None, ref: str, text: str, org: set[int]) -> str | None:
    """Why a question about `kr` may not be asked (None: it may). The one rule for a
    digest reply and the web digest's Ask form; `org` is `organisation(manager)`."""
    if kr is None or kr.owner_id not in org:
        return f"{ref} is not a key result in your organisation"
    if not text:
        return f"no question after {ref}"
    if not kr.owner.active:
        return f"{ref}: {kr.owner.name} is no longer here"
    return None


def accept(manager: Person, drafts: Drafts) -> tuple[list[tuple[KeyResult, str]], list[str]]:
    """([(key result, question)], not understood): one question per key result, in order."""
    unmatched = list(drafts.unmatched)
    org = organisation(manager)
    ids = {d.kr_id for d in drafts.questions}
    found: Iterable[KeyResult] = (
        db.session.scalars(select(KeyResult).where(KeyResult.id.in_(ids))) if ids else []
    )
    krs = {kr.id: kr for kr in found}
    accepted: dict[int, tuple[KeyResult, str]] = {}
    for draft in drafts.questions:
        kr = krs.get(draft.kr_id)
        why = refusal(kr, f"#{draft.kr_id}", draft.text, org)
        if why is not None or kr is None:
            unmatched.append(f"{draft.line}  ({why})")
        elif kr.id in accepted:
            kr, text = accepted[kr.id]
            accepted[kr.id] = (kr, f"{text}\n{draft.text}")
        elif len(accepted) >= MAX_QUESTIONS:
            unmatched.append(f"{draft.line}  (more than {MAX_QUESTIONS} questions in one reply)")
        else:
            accepted[kr.id] = (kr, draft.text)
    return [(kr, text[:MAX_TEXT]) for kr, text in accepted.values()], unmatched


def _thread_of(owner: Person, week: str) -> list[str]:
    """The References of a question: the owner's thread root, then their latest form of
    the week (the question sits under it, as the owner's answer will)."""
    root = addresses.thread_id(owner.id)
    form_id = db.session.scalar(
        select(OutboxMessage.message_id)
        .where(
            OutboxMessage.kind == MailKind.FORM,
            OutboxMessage.person_id == owner.id,
            OutboxMessage.week == week,
        )
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    )
    return [root, form_id] if form_id else [root]


def _last_status(kr: KeyResult) -> LastStatus | None:
    last = db.session.scalar(
        select(CheckIn).where(CheckIn.key_result_id == kr.id).order_by(CheckIn.id.desc()).limit(1)
    )
    return LastStatus(last.week, last.flag.value, last.note or "") if last else None


def put(
    manager: Person,
    kr: KeyResult,
    text: str,
    week: str,
    dedupe_key: str,
    source_inbound_id: int | None = None,
) -> int:
    """Queue one accepted question to the key result's owner alone and keep it; returns
    the outbox id. The one way a question is sent, from a digest reply or the web digest;
    the caller commits, then hands the id to the senders."""
    owner = kr.owner
    message = question_mail(
        kr=kr,
        owner=owner,
        manager=manager,
        week=week,
        text=text,
        last=_last_status(kr),
        message_id=addresses.new_message_id("question"),
        thread=_thread_of(owner, week),
        reply_to=addresses.reply_address(owner.id, week),
    )
    outbox_id = queue_composed(MailKind.QUESTION, message, dedupe_key, owner, week)
    db.session.add(
        Question(
            manager_id=manager.id,
            key_result_id=kr.id,
            owner_id=owner.id,
            week=week,
            text=text,
            source_inbound_id=source_inbound_id,
            outbox_id=outbox_id,
        )
    )
    return outbox_id


def ask(row: InboundMessage, msg: EmailMessage, identity: Identity) -> Asked:
    """Read a manager's digest reply, keep the questions and queue their mails and the
    confirmation; the caller commits once (with the inbound row), then hands
    `still_queued(outbox_ids)` to the senders."""
    manager, week = identity.person, identity.week
    names = (manager.name, manager.name.split()[0] if manager.name.split() else "")
    drafts = read_questions(new_text(decode.body_text(msg).text), names)
    accepted, unmatched = accept(manager, drafts)
    thanked = _thank(manager, drafts.thanks, week, unmatched)
    outbox_ids: list[int] = []
    sent: list[SentQuestion] = []
    for kr, text in accepted:
        outbox_id = put(manager, kr, text, week, f"question:{row.id}:{kr.id}", row.id)
        outbox_ids.append(outbox_id)
        sent.append(SentQuestion(kr.ref, kr.title, kr.owner.name, text))
    example = accepted[0][0].ref if accepted else _example_ref(manager)
    confirmation = question_confirmation(
        manager, week, msg, sent=sent, unmatched=unmatched, example_ref=example, thanked=thanked
    )
    confirmation_id = queue_composed(
        MailKind.CONFIRMATION, confirmation, f"confirmation:{row.id}", manager, week
    )
    outbox_ids.append(confirmation_id)
    outcome = {
        "purpose": "digest",
        "items": [],
        "commands": [
            {"kind": "question", "ref": s.ref, "value": f"to {s.owner}: {s.text}"} for s in sent
        ]
        + [{"kind": "thanks", "ref": t.ref, "value": f"to {t.owner}"} for t in thanked],
        "unmatched": unmatched,
        "problems": [],
        "via": identity.via,
    }
    reason = None if sent or thanked else "no question understood in a reply to a digest"
    return Asked(outcome, reason, outbox_ids)


def _thank(manager: Person, drafts: list[Draft], week: str, unmatched: list[str]) -> list[Thanked]:
    """Keep the thanks of a digest reply by the Thank button's rules (`thanks.thank`: key
    results of the manager's organisation, once a week each), at most MAX_QUESTIONS per
    reply; a refused one is added to `unmatched` with the reason. The caller commits."""
    done: list[Thanked] = []
    seen: set[int] = set()
    for draft in drafts:
        if draft.kr_id in seen:
            continue
        seen.add(draft.kr_id)
        if len(done) >= MAX_QUESTIONS:
            unmatched.append(f"{draft.line}  (more than {MAX_QUESTIONS} thanks in one reply)")
            continue
        kr: KeyResult | None
        try:
            with db.session.begin_nested():
                kr, new = thanks.thank(manager, draft.kr_id, week)
                db.session.flush()
        except Refused as error:
            unmatched.append(f"{draft.line}  ({str(error).rstrip('.')})")
            continue
        except IntegrityError:  # thanked on the web digest at the same moment: kept once
            kr, new = db.session.get(KeyResult, draft.kr_id), False
        if kr is not None:
            done.append(Thanked(kr.ref, kr.title, kr.owner.name, new))
    return done


def _web_key(manager: Person, kr: KeyResult, week: str, text: str) -> str:
    """The same question asked twice in a week (a double click) is one mail."""
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return f"question:web:{manager.id}:{kr.id}:{week}:{digest}"


def _already_asked(key: str) -> bool:
    """Whether this question went already (its mail's key is kept); a double click that
    races past this check is stopped by the key's unique index instead."""
    return (
        db.session.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key))
        is not None
    )


def asked_on_web_today(manager: Person) -> int:
    """Questions this manager asked from the web digest in the last day."""
    since = clock.now() - timedelta(days=1)
    return (
        db.session.scalar(
            select(func.count(Question.id)).where(
                Question.manager_id == manager.id,
                Question.source_inbound_id.is_(None),
                Question.asked_at >= since,
            )
        )
        or 0
    )


def ask_one(manager: Person, kr_id: int, text: str, week: str) -> tuple[KeyResult, int]:
    """A question typed on the web digest: the same rule (`refusal`) and the same sending
    (`put`) as a digest reply, one key result at a time. Refuses an empty or too long
    question, a key result outside the manager's organisation, the same question twice,
    and more than MAX_QUESTIONS a day (what one reply may ask). Returns the key result and
    the outbox id; the caller commits, then hands the id to the senders."""
    text = text.strip()
    kr = db.session.get(KeyResult, kr_id)
    if kr is None:
        raise Refused(f"#{kr_id} is not a key result here.", 404)
    org = organisation(manager)
    why = refusal(kr, kr.ref, text, org)
    if why is not None:
        status = 403 if kr.owner_id not in org else 400
        raise Refused(why[0].upper() + why[1:] + ".", status)
    if len(text) > MAX_TEXT:
        raise Refused(f"Your question is {len(text):,} characters long; the limit is {MAX_TEXT:,}.")
    key = _web_key(manager, kr, week, text)
    if _already_asked(key):
        raise Refused(f"You already asked {kr.owner.name} this about {kr.ref} this week.", 409)
    if asked_on_web_today(manager) >= MAX_QUESTIONS:
        raise Refused(
            f"You asked {MAX_QUESTIONS} questions from this page in the last day, the most "
            "one digest reply may ask; reply to the digest email, or ask again tomorrow.",
            429,
        )
    return kr, put(manager, kr, text, week, key)


def _example_ref(manager: Person) -> str:
    """A key result of the manager's organisation for the example line (ours, not typed)."""
    org = organisation(manager)
    kr_id = (
        db.session.scalar(
            select(KeyResult.id).where(KeyResult.owner_id.in_(org)).order_by(KeyResult.id).limit(1)
        )
        if org
        else None
    )
    return f"#{kr_id or 12}"


def still_queued(outbox_ids: list[int]) -> list[int]:
    """Which of these committed question mails and confirmations still wait to be sent (a
    reply processed again finds its mails queued before, perhaps sent): the caller hands
    them to the senders."""
    if not outbox_ids:
        return []
    return list(
        db.session.scalars(
            select(OutboxMessage.id).where(
                OutboxMessage.id.in_(outbox_ids), OutboxMessage.state == MailState.QUEUED
            )
        )
    )


def mark_answered(
    row: InboundMessage,
    msg: EmailMessage,
    identity: Identity,
    open_questions: list[tuple[Question, str | None]] | None = None,
) -> list[int]:
    """Mark the owner's open questions answered by this status reply; the caller commits.

    A question is answered by a reply received after it was asked that is in its thread
    (In-Reply-To/References name the question mail), or that is for its week or later.
    `open_questions`: the owner's unanswered questions with their mail's Message-ID, as
    loaded for many replies at once; without it they are queried.
    """
    thread = set(decode.message_ids(msg, "In-Reply-To") + decode.message_ids(msg, "References"))
    received = row.received_at or clock.now()
    # The mail's Message-ID is None for a question without one (the outer join).
    candidates: Sequence[Row[Question, str | None]] | list[tuple[Question, str | None]]
    if open_questions is None:
        candidates = db.session.execute(
            select(Question, OutboxMessage.message_id)
            .outerjoin(OutboxMessage, OutboxMessage.id == Question.outbox_id)
            .where(
                Question.owner_id == identity.person.id,
                Question.answered_at.is_(None),
                Question.asked_at <= received,
            )
        ).all()
    else:
        candidates = [
            (question, message_id)
            for question, message_id in open_questions
            if question.answered_at is None and question.asked_at <= received
        ]
    answered: list[int] = []
    for question, message_id in candidates:
        in_thread = message_id is not None and message_id in thread
        later = weeks.monday(identity.week) >= weeks.monday(question.week)
        if in_thread or later:
            question.answered_at = clock.now()
            question.answer_inbound_id = row.id
            answered.append(question.id)
    return answered
