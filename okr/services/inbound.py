"""Store first, then process: the one pipeline behind the three inbound doors.

`store` keeps the raw bytes (deduplicated by content hash) and commits before anything
else happens; `process` is idempotent and safe to run twice, so a door may answer as
soon as `store` returned, and an RQ retry or a second delivery changes nothing.

`process_many` processes several stored messages in one transaction, with what every
message needs loaded once for all of them and one job handing all the confirmations to
the senders: the same steps and locks as `process` (which is `process_many` of one), at
a fraction of the statements. It raises if any message fails, leaving everything to the
caller's rollback; `jobs.process_inbound_batch` then processes the messages one at a time,
so a bad message fails alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import compat32

from flask import current_app
from flask_mail import Message
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager

from mailers.confirmation import confirmation

from .. import addresses, clock, tokens
from ..errors import InvalidInput
from ..extensions import db
from ..models import (
    CheckIn,
    InboundMessage,
    InboundState,
    KeyResult,
    KRState,
    MailKind,
    Objective,
    OutboxMessage,
    Person,
    Question,
)
from ..outbox import Composed, queue_composed_many
from ..replies import decode
from ..replies.classify import Classification, classify
from ..replies.read import read_message
from ..replies.understand import FormEntry
from . import questions
from .reply_auth import RECIPIENT_HEADERS, Identity, NotAuthenticated, authenticate, sender_of
from .reply_record import apply, entries_of, names_of

log = logging.getLogger(__name__)

# Messages per transaction in `process_many`: enough to share the lookups and the send job,
# few enough that the transaction (and SQLite's one writer) is held well under a second.
BATCH_SIZE = 50


class MessageTooLarge(InvalidInput):
    """Refused for good: the sender must not retry."""


@dataclass(frozen=True)
class Stored:
    id: int
    duplicate: bool


def store(raw: bytes, source: str) -> Stored:
    """Keep the raw message durably; a byte-identical second delivery returns the first."""
    limit = current_app.config["MAX_MESSAGE_BYTES"]
    if len(raw) > limit:
        raise MessageTooLarge(f"message of {len(raw):,} bytes is over the limit of {limit:,} bytes")
    if not raw.strip():
        raise InvalidInput("the message is empty")
    digest = hashlib.sha256(raw).hexdigest()
    values = {
        "sha256": digest,
        "message_id": _message_id_of(raw),
        "raw": raw,
        "size": len(raw),
        "source": source,
    }
    new_id = _insert_new(values)
    if new_id is None:  # the same bytes, stored before or by a concurrent delivery
        same = db.session.scalar(select(InboundMessage.id).where(InboundMessage.sha256 == digest))
        db.session.commit()
        return Stored(same, True)
    db.session.commit()
    return Stored(new_id, False)


def _insert_new(values: dict) -> int | None:
    """Insert the row unless its sha256 is stored already (then None): one statement, in
    Core (the ORM's unit of work cost more than the insert itself)."""
    dialect = db.session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:  # pragma: no cover - Flagpost runs on SQLite and PostgreSQL
        row = InboundMessage(**values)
        db.session.add(row)
        try:
            db.session.flush()
        except IntegrityError:
            db.session.rollback()
            return None
        return row.id
    table = InboundMessage.__table__
    statement = (
        dialect_insert(table)
        .on_conflict_do_nothing(index_elements=[table.c.sha256])
        .returning(table.c.id)
    )
    return db.session.connection().execute(statement, values).scalar()


def _message_id_of(raw: bytes) -> str | None:
    """The Message-ID, from the header block alone: storing must not parse the body (the
    processing job parses the whole message once)."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(decode.header_block(raw))
        ids = decode.message_ids(headers, "Message-ID")
    except Exception:  # the id is only a hint for deduplication; storing must not fail
        return None
    return ids[0][:998] if ids else None


def finish(
    row: InboundMessage,
    state: InboundState,
    reason: str | None = None,
    outcome: dict | None = None,
) -> None:
    """Set the outcome of a message and commit it."""
    _settle(row, state, reason, outcome)
    db.session.commit()


def _settle(
    row: InboundMessage,
    state: InboundState,
    reason: str | None = None,
    outcome: dict | None = None,
) -> None:
    row.state = state
    row.reason = reason
    row.processed_at = clock.now()
    if outcome is not None:
        row.outcome = json.dumps(outcome, ensure_ascii=False)


def is_our_message_id(ids: list[str]) -> bool:
    """True when one of these ids is of a message we sent (for loops and threading)."""
    if not ids:
        return False
    return (
        db.session.scalar(
            select(OutboxMessage.id).where(OutboxMessage.message_id.in_(ids)).limit(1)
        )
        is not None
    )


def parsed(row: InboundMessage) -> EmailMessage:
    return decode.parse(row.raw)


def count_attempts(ids: list[int]) -> int:
    """Count an attempt for each of these messages still stored, committed before any work:
    a message whose processing always fails ends FAILED instead of being retried for ever."""
    counted = 0
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        counted += db.session.execute(
            update(InboundMessage)
            .where(
                InboundMessage.id.in_(wanted[start : start + 500]),
                InboundMessage.state == InboundState.STORED,
            )
            .values(attempts=InboundMessage.attempts + 1)
            .execution_options(synchronize_session=False)
        ).rowcount
    db.session.commit()
    return counted


def process(inbound_id: int, *, counted: bool = False) -> InboundState | None:
    """Understand and record one stored message; running it twice changes nothing.

    The attempt is counted and committed first (unless `counted`: the caller did); then
    the row is locked until the outcome is committed, so two workers handed the same
    message process it once.
    """
    return process_many([inbound_id], counted=counted).get(inbound_id)


def process_many(ids: list[int], *, counted: bool = False) -> dict[int, InboundState | None]:
    """Process stored messages BATCH_SIZE at a time, each batch in one transaction.

    The same steps, locks and outcomes as processing them one by one in id order. Raises
    on the first failure (the caller rolls back; batches committed before stay done).
    Returns each id's state (None for an unknown id).
    """
    wanted = sorted(set(ids))
    states: dict[int, InboundState | None] = {}
    if not wanted:
        return states
    if not counted and not count_attempts(wanted):
        states.update(_states_of(wanted))  # nothing stored: all done before
        db.session.commit()
        return states
    for start in range(0, len(wanted), BATCH_SIZE):
        states.update(_Batch(wanted[start : start + BATCH_SIZE]).run())
    return states


def _states_of(ids: list[int]) -> dict[int, InboundState | None]:
    found = dict(
        db.session.execute(
            select(InboundMessage.id, InboundMessage.state).where(InboundMessage.id.in_(ids))
        ).all()
    )
    return {one: found.get(one) for one in ids}


@dataclass
class _Item:
    """One message of a batch on its way through."""

    row: InboundMessage
    msg: EmailMessage
    sender: str | None
    identity: Identity | None = None


class _OurIds:
    """`is_our_message_id` for a batch: the messages' own ids are looked up in one query
    beforehand; anything else (a bounce's original) is asked of the database."""

    def __init__(self, candidates: list[str]) -> None:
        self.known = set(candidates)
        self.ours: set[str] = set()
        wanted = sorted(self.known)
        for start in range(0, len(wanted), 500):
            self.ours.update(
                db.session.scalars(
                    select(OutboxMessage.message_id).where(
                        OutboxMessage.message_id.in_(wanted[start : start + 500])
                    )
                )
            )

    def __call__(self, ids: list[str]) -> bool:
        if ids and all(one in self.known for one in ids):
            return any(one in self.ours for one in ids)
        return is_our_message_id(ids)


class _Copies:
    """The stored copies (same Message-ID) of a batch's messages: which came first, for all
    of them in one query, kept up to date as the batch settles its rows."""

    def __init__(self, rows: list[InboundMessage]) -> None:
        ids = sorted({row.message_id for row in rows if row.message_id})
        self.by_id: dict[str, dict[int, InboundState]] = defaultdict(dict)
        for start in range(0, len(ids), 500):
            for row_id, message_id, state in db.session.execute(
                select(InboundMessage.id, InboundMessage.message_id, InboundMessage.state).where(
                    InboundMessage.message_id.in_(ids[start : start + 500])
                )
            ):
                self.by_id[message_id][row_id] = state

    def earlier(self, row: InboundMessage) -> int | None:
        """Another copy that came first, or that was processed already (it came later but
        overtook this one)."""
        if not row.message_id:
            return None
        found = [
            other
            for other, state in self.by_id.get(row.message_id, {}).items()
            if other != row.id and (other < row.id or state is InboundState.PROCESSED)
        ]
        return min(found) if found else None

    def settled(self, row: InboundMessage) -> None:
        if row.message_id:
            self.by_id[row.message_id][row.id] = row.state


class _Limits:
    """The confirmations each person of a batch had in the last day, and today's "nothing
    understood" answers, loaded once; `_queue_confirmation` counts what the batch adds."""

    def __init__(self, person_ids: list[int]) -> None:
        since = clock.now() - timedelta(days=1)
        self.sent: dict[int, int] = dict(
            db.session.execute(
                select(OutboxMessage.person_id, func.count(OutboxMessage.id))
                .where(
                    OutboxMessage.person_id.in_(person_ids),
                    OutboxMessage.kind == MailKind.CONFIRMATION,
                    OutboxMessage.created_at >= since,
                )
                .group_by(OutboxMessage.person_id)
            ).all()
        )
        today = clock.today().isoformat()
        self.asked = {_not_understood_key(one, today) for one in person_ids}
        self.keys = set(
            db.session.scalars(
                select(OutboxMessage.dedupe_key).where(OutboxMessage.dedupe_key.in_(self.asked))
            )
        )

    def sent_today(self, person_id: int) -> int:
        return self.sent.get(person_id, 0)

    def has_key(self, key: str) -> bool:
        if key in self.asked or key in self.keys:
            return key in self.keys
        found = db.session.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key))
        return found is not None

    def queued(self, person_id: int, key: str) -> None:
        self.sent[person_id] = self.sent.get(person_id, 0) + 1
        self.keys.add(key)


class _Batch:
    """Up to BATCH_SIZE stored messages, processed in id order in one transaction."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        self.postgres = db.session.get_bind().dialect.name == "postgresql"
        self.keep: list = []  # loaded objects the session's weak identity map must keep
        self.check_ins: list[dict] = []  # inserted in one statement, before the commit
        self.composed: list[_Composed] = []  # confirmations, queued after all messages
        self.confirmations: list[int] = []
        self.digest_mail: list[int] = []

    def run(self) -> dict[int, InboundState | None]:
        rows = self._lock()
        states: dict[int, InboundState | None] = {}
        missing = sorted(set(self.ids) - {row.id for row in rows})
        if missing:
            states.update(_states_of(missing))
        if not rows:
            db.session.commit()
            return states
        items = [self._read(row) for row in rows]
        self.ours = _OurIds(
            [one for item in items for one in decode.message_ids(item.msg, "Message-ID")[:5]]
        )
        self.copies = _Copies(rows)
        people = {item.sender for item in items if item.sender}
        if people:  # authenticate() finds them in the identity map
            self.keep += db.session.scalars(select(Person).where(Person.email.in_(people))).all()
        domain = addresses.domain()
        people_items = [item for item in items if self._classify(item, domain)]
        if people_items:
            self._lock_people(people_items, rows)
            self._preload(people_items)
        for item in people_items:
            self._record(item)
        for item in items:
            states[item.row.id] = item.row.state
        self._insert_check_ins()
        self._queue_composed()
        db.session.commit()
        if self.digest_mail:
            questions.submit(self.digest_mail)
        if self.confirmations:
            from ..jobs import submit_sends

            submit_sends(self.confirmations)
        return states

    # --- the steps ---------------------------------------------------------------------------

    def _lock(self) -> list[InboundMessage]:
        """The batch's rows still stored, locked until the commit (in id order, so two
        workers with overlapping batches wait for each other instead of deadlocking)."""
        stored = (InboundMessage.id.in_(self.ids), InboundMessage.state == InboundState.STORED)
        query = (
            select(InboundMessage)
            .where(*stored)
            .order_by(InboundMessage.id)
            .execution_options(populate_existing=True)
        )
        if self.postgres:
            query = query.with_for_update(key_share=True)
        else:  # a write takes the lock (SQLite has no SELECT ... FOR UPDATE)
            db.session.execute(
                update(InboundMessage)
                .where(*stored)
                .values(attempts=InboundMessage.attempts)
                .execution_options(synchronize_session=False)
            )
        return list(db.session.scalars(query))

    def _read(self, row: InboundMessage) -> _Item:
        msg = decode.parse(row.raw)
        return _Item(row, msg, (sender_of(msg) or "")[:254] or None)

    def _classify(self, item: _Item, domain: str) -> bool:
        """Settle what is a copy, automatic, a bounce or not authentic; True for a person."""
        earlier = self.copies.earlier(item.row)
        if earlier is not None:
            self._settle(item, InboundState.IGNORED, _duplicate(earlier))
            return False
        kind = classify(item.msg, domain, self.ours)
        if kind.kind == "bounce":
            self._settle(item, *_record_bounce(item.msg, kind))
            return False
        if kind.kind != "person":
            what = kind.kind.replace("_", " ")
            self._settle(item, InboundState.IGNORED, f"{what}: {kind.reason}")
            return False
        try:
            item.identity = authenticate(item.msg)
        except NotAuthenticated as error:
            self._settle(item, InboundState.QUARANTINED, str(error))
            return False
        return True

    def _lock_people(self, items: list[_Item], rows: list[InboundMessage]) -> None:
        """One reply of a person at a time (PostgreSQL; SQLite holds one writer, taken in
        `_lock`, anyway): a copy or a later reply processed meanwhile is seen below.

        FOR NO KEY UPDATE, in id order, taken before the rows point at the people: rows
        referring to a person hold a key-share lock on it, which a plain FOR UPDATE would
        wait for (two replies would deadlock).
        """
        if not self.postgres:
            return
        person_ids = sorted({item.identity.person.id for item in items})
        db.session.execute(
            select(Person.id)
            .where(Person.id.in_(person_ids))
            .order_by(Person.id)
            .with_for_update(key_share=True)
        )
        self.copies = _Copies(rows)  # again: a copy may have been processed while we waited

    def _preload(self, items: list[_Item]) -> None:
        """What recording needs, for every person of the batch at once (after their locks)."""
        person_ids = sorted({item.identity.person.id for item in items})
        weeks = sorted({item.identity.week for item in items})
        self.krs: dict[int, list[KeyResult]] = defaultdict(list)
        for kr in db.session.scalars(
            select(KeyResult)
            .join(KeyResult.objective)
            .options(contains_eager(KeyResult.objective))
            .where(KeyResult.owner_id.in_(person_ids), KeyResult.state == KRState.ACTIVE)
            .order_by(Objective.id, KeyResult.id)
        ):
            self.krs[kr.owner_id].append(kr)
            self.keep.append(kr)
        kr_ids = [kr.id for krs in self.krs.values() for kr in krs]
        self.answered: set[tuple[int, str]] = set()
        for start in range(0, len(kr_ids), 500):
            self.answered.update(
                db.session.execute(
                    select(CheckIn.key_result_id, CheckIn.week)
                    .where(
                        CheckIn.key_result_id.in_(kr_ids[start : start + 500]),
                        CheckIn.week.in_(weeks),
                    )
                    .distinct()
                ).all()
            )
        self.later = _processed_answers(person_ids, weeks)
        self.open_questions: dict[int, list] | None = defaultdict(list)
        for question, message_id in db.session.execute(
            select(Question, OutboxMessage.message_id)
            .outerjoin(OutboxMessage, OutboxMessage.id == Question.outbox_id)
            .where(Question.owner_id.in_(person_ids), Question.answered_at.is_(None))
        ):
            self.open_questions[question.owner_id].append((question, message_id))
            self.keep.append(question)
        self.limits = _Limits(person_ids)

    def _record(self, item: _Item) -> None:
        row, msg, identity = item.row, item.msg, item.identity
        earlier = self.copies.earlier(row)
        if earlier is not None:
            self._settle(item, InboundState.IGNORED, _duplicate(earlier))
            return
        if identity.purpose == "digest":
            # A manager's reply to their digest asks questions (services/questions.py); it
            # records no status. It shows the latest status, which may be this batch's.
            self._insert_check_ins()
            asked = questions.ask(row, msg, identity)
            self.open_questions = None  # new questions: mark_answered asks the database
            self._settle(item, InboundState.PROCESSED, asked.reason, asked.outcome)
            self.digest_mail += asked.outbox_ids
            return
        understanding, recorded = _understand_and_record(row, msg, identity, self)
        person_id = identity.person.id
        questions.mark_answered(  # an owner's reply answers their questions
            row,
            msg,
            identity,
            None if self.open_questions is None else self.open_questions[person_id],
        )
        outcome = {
            **understanding.as_dict(),
            "problems": recorded.problems,
            "via": identity.via,
        }
        reason = None
        if not recorded.lines:
            reason = (
                "unclear: asked the sender" if understanding.ambiguous
                else "nothing understood: set the flags by hand"
            )  # fmt: skip
        if recorded.superseded and not recorded.lines:
            # All it said, a later reply (processed first) said anew: kept, nothing to answer.
            self._settle(
                item, InboundState.PROCESSED, "superseded by a later reply for the week", outcome
            )
            return
        composed = _queue_confirmation(
            row, msg, identity, recorded, understanding, limits=self.limits
        )
        self._settle(item, InboundState.PROCESSED, reason, outcome)
        if composed is not None:
            self.composed.append(composed)

    def _insert_check_ins(self) -> None:
        if self.check_ins:  # Core: one executemany (the ORM splits rows by their None values)
            db.session.execute(insert(CheckIn.__table__), self.check_ins)
            self.check_ins = []

    def _queue_composed(self) -> None:
        """Queue the batch's confirmations in one insert, which also flushes everything the
        batch recorded."""
        self.confirmations += queue_composed_many(
            [
                Composed(MailKind.CONFIRMATION, c.message, c.key, c.person, c.week)
                for c in self.composed
            ]
        )

    def _settle(
        self,
        item: _Item,
        state: InboundState,
        reason: str | None = None,
        outcome: dict | None = None,
    ) -> None:
        """The row's whole outcome, written by one UPDATE at the next flush."""
        row = item.row
        row.sender = item.sender
        if item.identity is not None:
            row.person_id, row.week = item.identity.person.id, item.identity.week
        _settle(row, state, reason, outcome)
        self.copies.settled(row)

    # --- what `_understand_and_record` asks of a batch ---------------------------------------

    def form(self, person: Person) -> tuple[list[FormEntry], dict[str, KeyResult]]:
        """The person's active key results now: as the form lists them, and by ref."""
        active = [kr for kr in self.krs.get(person.id, []) if kr.state is KRState.ACTIVE]
        return entries_of(active), {kr.ref: kr for kr in active}

    def answered_before(self, krs: dict[str, KeyResult], week: str) -> set[int]:
        return {kr.id for kr in krs.values() if (kr.id, week) in self.answered}

    def answered_later(self, row: InboundMessage, identity: Identity) -> set[int]:
        key = (identity.person.id, identity.week)
        return {kr_id for later_id, kr_id in self.later.get(key, ()) if later_id > row.id}

    def recorded(self, kr_ids: list[int], week: str) -> None:
        self.answered.update((kr_id, week) for kr_id in kr_ids)


def _duplicate(earlier: int) -> str:
    return f"duplicate of message {earlier} (same Message-ID)"


def _processed_answers(
    person_ids: list[int], weeks: list[str]
) -> dict[tuple[int, str], list[tuple[int, int]]]:
    """(person, week) -> [(inbound id, key result id)] of the processed replies of these
    people and weeks and the check-ins they recorded: what a later reply answered, for a batch."""
    processed = db.session.execute(
        select(
            InboundMessage.id,
            InboundMessage.person_id,
            InboundMessage.week,
            InboundMessage.message_id,
        ).where(
            InboundMessage.person_id.in_(person_ids),
            InboundMessage.week.in_(weeks),
            InboundMessage.state == InboundState.PROCESSED,
            InboundMessage.message_id.is_not(None),
        )
    ).all()
    found: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    if not processed:
        return found
    by_message: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for row_id, person_id, week, message_id in processed:
        by_message[(message_id, week)].append((row_id, person_id, week))
    message_ids = sorted({message_id for message_id, _ in by_message})
    for start in range(0, len(message_ids), 500):
        for kr_id, week, source in db.session.execute(
            select(CheckIn.key_result_id, CheckIn.week, CheckIn.source_message_id).where(
                CheckIn.week.in_(weeks),
                CheckIn.source_message_id.in_(message_ids[start : start + 500]),
            )
        ):
            for row_id, person_id, row_week in by_message.get((source, week), ()):
                found[(person_id, row_week)].append((row_id, kr_id))
    return found


def _record_bounce(msg: EmailMessage, kind: Classification) -> tuple[InboundState, str]:
    """A bounce marks an outbox row only when it proves that it answers that message: it
    came to the message's own bounce address (`bounces+TOKEN@`, the envelope sender we
    sent it with), whose signed token names the row. Anyone can write a delivery report
    quoting our Message-ID or naming a person; such a report, or one to a bounce address
    with a token we did not make, marks nothing and is held for review. A delay warning
    (4.x.x) is only described: the mail may still arrive.
    """
    info = kind.bounce
    if info is None:
        return InboundState.IGNORED, f"bounce: {kind.reason}"
    if not info.permanent:
        return InboundState.IGNORED, f"bounce: delivery delayed ({info.status or 'temporary'})"
    named, bad_token = _bounce_addressees(msg)
    names = info.original_message_id or info.recipient or "no message we can tell"
    if not named:
        why = (
            f"its bounce address is not ours ({bad_token})"
            if bad_token
            else "it did not come to one of our bounce addresses"
        )
        return (
            InboundState.QUARANTINED,
            f"held for review: a delivery report that proves nothing, {why}; "
            f"no outbox row marked (it names {names})",
        )
    if len(named) > 1:
        return (
            InboundState.QUARANTINED,
            f"held for review: a delivery report to the bounce addresses of "
            f"{len(named)} messages; no outbox row marked",
        )
    row = db.session.get(OutboxMessage, named[0])
    if row is None:
        return InboundState.IGNORED, f"bounce: for outbox message {named[0]}, no longer kept"
    returned = info.original_message_id
    if returned and returned != row.message_id and is_our_message_id([returned]):
        return (
            InboundState.QUARANTINED,
            f"held for review: a delivery report to the bounce address of outbox message "
            f"{row.id} returns another of our messages ({returned}); no outbox row marked",
        )
    detail = " ".join(part for part in (info.status, info.diagnostic) if part) or kind.reason
    if info.recipient and info.recipient != row.recipient.lower():
        detail = f"for {info.recipient}: {detail}"
    detail = _one_line(detail or "bounced")[:2000]
    row.bounced_at = clock.now()
    row.bounce_reason = detail
    return InboundState.IGNORED, f"bounce: {row.kind.value} to {row.recipient}: {detail}"


def _bounce_addressees(msg: EmailMessage) -> tuple[list[int], str | None]:
    """The outbox ids named by the bounce addresses this message came to, and the reason a
    bounce address of ours with a bad token was refused, if one was."""
    named: list[int] = []
    bad_token: str | None = None
    for header in RECIPIENT_HEADERS:
        for address in decode.addresses(msg, header):
            try:
                outbox_id = addresses.bounced_outbox_id(address)
            except tokens.BadToken as error:
                bad_token = str(error)
                continue
            if outbox_id is not None and outbox_id not in named:
                named.append(outbox_id)
    return named, bad_token


def _one_line(text: str) -> str:
    """Remote text for one cell of a page: no control characters, spaces collapsed."""
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in text).split())


def _understand_and_record(
    row: InboundMessage, msg: EmailMessage, identity: Identity, batch: _Batch
):
    """Read the reply's new text against the person's form and record it; the batch serves
    the lookups from what it loaded for all its messages."""
    entries, krs = batch.form(identity.person)
    understanding = read_message(
        msg, entries, clock.today(), names_of(identity.person)
    ).understanding
    recorded = apply(
        understanding,
        identity.person,
        identity.week,
        entries,
        row.message_id,
        answered_later=batch.answered_later(row, identity),
        krs=krs,
        answered_before=batch.answered_before(krs, identity.week),
        check_ins=batch.check_ins,
    )
    batch.recorded(recorded.checked_in, identity.week)
    return understanding, recorded


# A client that answers every confirmation automatically must not start a mail storm.
MAX_CONFIRMATIONS_PER_DAY = 20


def _not_understood_key(person_id: int, today: str) -> str:
    return f"confirmation:not-understood:{person_id}:{today}"


@dataclass(frozen=True)
class _Composed:
    """A confirmation composed for a reply, for the batch to queue."""

    message: Message
    key: str
    person: Person
    week: str


def _queue_confirmation(
    row, msg, identity: Identity, recorded, understanding, *, limits: _Limits
) -> _Composed | None:
    """Compose the answer to a reply, or nothing when the sender had enough today; the
    batch queues it (with its week) after its last message.

    "Nothing understood" answers go out at most once per person per day; other
    confirmations at most MAX_CONFIRMATIONS_PER_DAY times (`limits` counts them for a
    batch, including the ones it composed).
    """
    person = identity.person
    if recorded.lines or understanding.ambiguous:  # an unclear answer is asked about
        key = f"confirmation:{row.id}"
        sent_today = limits.sent_today(person.id)
        if sent_today >= MAX_CONFIRMATIONS_PER_DAY:
            log.warning("no confirmation to %s: %d sent in a day already", person.email, sent_today)
            return None
    else:
        key = _not_understood_key(person.id, clock.today().isoformat())
        if limits.has_key(key):
            return None
    message = confirmation(
        person,
        identity.week,
        msg,
        recorded_lines=recorded.lines,
        missing=recorded.missing,
        unmatched=understanding.unmatched,
        problems=recorded.problems,
        ambiguous=understanding.ambiguous,
        titles=recorded.titles,
    )
    limits.queued(person.id, key)
    return _Composed(message, key, person, identity.week)
