"""Processing stored replies in batches: several messages in one transaction, with what
every message needs loaded once for all of them.

The same steps, locks and outcomes as processing the messages one by one in id order (and
`process` is `process_many` of one), at a fraction of the statements. A batch raises if any
message fails, leaving everything to the caller's rollback; `jobs.process_inbound_batch`
then processes the messages one at a time, so a bad message fails alone. Nothing here
hands work over: the result names the outbox rows to send, and the caller (a job, a
command) hands them to the senders after the commit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from email.message import EmailMessage

from sqlalchemy import insert, select, update
from sqlalchemy.orm import contains_eager

from ... import addresses, clock
from ...extensions import db
from ...models import (
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
from ...outbox import Composed, queue_composed_many
from ...replies import decode
from ...replies.classify import classify
from ...replies.read import read_message
from ...replies.understand import FormEntry
from .. import forms, questions
from ..reply_auth import Identity, NotAuthenticated, authenticate, sender_of
from ..reply_record import apply, entries_of, names_of
from .bounces import record_bounce
from .confirm import Confirmation, Limits, queue_confirmation
from .store import count_attempts, is_our_message_id, settle

# Messages per transaction in `process_many`: enough to share the lookups and the send job,
# few enough that the transaction (and SQLite's one writer) is held well under a second.
BATCH_SIZE = 50


@dataclass
class Processed:
    """What processing did: each id's state (None for an unknown id), and the outbox rows
    it queued and committed, for the caller to hand to the senders."""

    states: dict[int, InboundState | None] = field(default_factory=dict)
    to_send: list[int] = field(default_factory=list)


def process(inbound_id: int, *, counted: bool = False) -> Processed:
    """Understand and record one stored message; running it twice changes nothing.

    The attempt is counted and committed first (unless `counted`: the caller did); then
    the row is locked until the outcome is committed, so two workers handed the same
    message process it once.
    """
    return process_many([inbound_id], counted=counted)


def process_many(ids: list[int], *, counted: bool = False) -> Processed:
    """Process stored messages BATCH_SIZE at a time, each batch in one transaction.

    The same steps, locks and outcomes as processing them one by one in id order. Raises
    on the first failure (the caller rolls back; batches committed before stay done, and
    their mail waits in the outbox for the sweeper).
    """
    wanted = sorted(set(ids))
    done = Processed()
    if not wanted:
        return done
    if not counted and not count_attempts(wanted):
        done.states.update(_states_of(wanted))  # nothing stored: all done before
        db.session.commit()
        return done
    for start in range(0, len(wanted), BATCH_SIZE):
        batch = _Batch(wanted[start : start + BATCH_SIZE])
        done.states.update(batch.run())
        done.to_send += batch.to_send
    return done


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

    @property
    def authenticated(self) -> Identity:
        """Its sender's identity: only messages `_classify` kept (a person's, authenticated)
        reach the steps that ask for it."""
        if self.identity is None:
            raise RuntimeError(f"inbound message {self.row.id} has no authenticated sender")
        return self.identity


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
                if message_id is not None:  # always: `in_` matches no row without one
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


class _Batch:
    """Up to BATCH_SIZE stored messages, processed in id order in one transaction."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        self.postgres = db.session.get_bind().dialect.name == "postgresql"
        self.keep: list = []  # loaded objects the session's weak identity map must keep
        self.check_ins: list[dict] = []  # inserted in one statement, before the commit
        self.composed: list[Confirmation] = []  # confirmations, queued after all messages
        self.confirmations: list[int] = []
        self.digest_mail: list[int] = []
        self.to_send: list[int] = []  # committed outbox rows, for the caller to hand over

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
        self.to_send = questions.still_queued(self.digest_mail) + self.confirmations
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
            self._settle(item, *record_bounce(item.msg, kind))
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
        person_ids = sorted({item.authenticated.person.id for item in items})
        db.session.execute(
            select(Person.id)
            .where(Person.id.in_(person_ids))
            .order_by(Person.id)
            .with_for_update(key_share=True)
        )
        self.copies = _Copies(rows)  # again: a copy may have been processed while we waited

    def _preload(self, items: list[_Item]) -> None:
        """What recording needs, for every person of the batch at once (after their locks)."""
        person_ids = sorted({item.authenticated.person.id for item in items})
        weeks = sorted({item.authenticated.week for item in items})
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
        self.last_flags = {week: forms.last_week_flags(week, kr_ids) for week in weeks}
        self.later = _processed_answers(person_ids, weeks)
        self.open_questions: dict[int, list] | None = defaultdict(list)
        for question, message_id in db.session.execute(
            select(Question, OutboxMessage.message_id)
            .outerjoin(OutboxMessage, OutboxMessage.id == Question.outbox_id)
            .where(Question.owner_id.in_(person_ids), Question.answered_at.is_(None))
        ):
            self.open_questions[question.owner_id].append((question, message_id))
            self.keep.append(question)
        self.limits = Limits(person_ids)

    def _record(self, item: _Item) -> None:
        row, msg, identity = item.row, item.msg, item.authenticated
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
                else "no answers, only remarks (thanks, greetings)" if understanding.only_remarks
                else "commands refused: the sender was told why" if understanding.commands
                else "nothing understood: set the flags by hand"
            )  # fmt: skip
        if recorded.superseded and not recorded.lines:
            # All it said, a later reply (processed first) said anew: kept, nothing to answer.
            self._settle(
                item, InboundState.PROCESSED, "superseded by a later reply for the week", outcome
            )
            return
        composed = queue_confirmation(
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
        settle(row, state, reason, outcome)
        self.copies.settled(row)

    # --- what `_understand_and_record` asks of a batch ---------------------------------------

    def form(self, person: Person, week: str) -> tuple[list[FormEntry], dict[str, KeyResult]]:
        """The person's active key results now: as the form of `week` lists them (with
        last week's flags), and by ref."""
        active = [kr for kr in self.krs.get(person.id, []) if kr.state is KRState.ACTIVE]
        return entries_of(active, self.last_flags[week]), {kr.ref: kr for kr in active}

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
        if person_id is None or week is None or message_id is None:
            continue  # never: the query's conditions exclude such rows
        by_message[(message_id, week)].append((row_id, person_id, week))
    message_ids = sorted({message_id for message_id, _ in by_message})
    for start in range(0, len(message_ids), 500):
        for kr_id, week, source in db.session.execute(
            select(CheckIn.key_result_id, CheckIn.week, CheckIn.source_message_id).where(
                CheckIn.week.in_(weeks),
                CheckIn.source_message_id.in_(message_ids[start : start + 500]),
            )
        ):
            if source is None:
                continue  # never: `in_` matches no check-in without a source
            for row_id, person_id, row_week in by_message.get((source, week), ()):
                found[(person_id, row_week)].append((row_id, kr_id))
    return found


def _understand_and_record(
    row: InboundMessage, msg: EmailMessage, identity: Identity, batch: _Batch
):
    """Read the reply's new text against the person's form and record it; the batch serves
    the lookups from what it loaded for all its messages."""
    entries, krs = batch.form(identity.person, identity.week)
    said_on = clock.day_in(identity.person.timezone, row.received_at)
    understanding = read_message(
        msg, entries, said_on, names_of(identity.person, msg)
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
