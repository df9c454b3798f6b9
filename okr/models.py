"""The data model: people and their org chart, OKRs, weekly check-ins, deadline changes,
dependencies between key results and who watches them."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from flask_login import UserMixin
from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    inspect,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from . import clock
from .extensions import db

if TYPE_CHECKING:
    from typing import ClassVar

    from flask_sqlalchemy.model import Model as FlaskModel
    from sqlalchemy import Table
    from sqlalchemy.orm import DeclarativeBase

    class Model(FlaskModel, DeclarativeBase):
        """`db.Model` as the checker sees it: mypy takes no attribute as a base class.
        At run time it is Flask-SQLAlchemy's declarative base, with the same parts
        (keyword constructor, metadata, `query`); every model here declares its columns,
        so its `__table__` is a Table."""

        __table__: ClassVar[Table]

else:
    Model = db.Model


class UTCDateTime(TypeDecorator):
    """Store naive UTC, hand back aware UTC: SQLite keeps no zone, PostgreSQL must agree."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Flag(enum.StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


class KRState(enum.StrEnum):
    ACTIVE = "active"
    DONE = "done"
    DROPPED = "dropped"


class ChangeSource(enum.StrEnum):
    ADMIN = "admin"
    REPLY = "reply"
    IMPORT = "import"


def _enum(kind: type[enum.StrEnum], name: str) -> Enum:
    return Enum(
        kind,
        name=name,
        native_enum=False,
        length=16,
        values_callable=lambda e: [m.value for m in e],
    )


class Person(UserMixin, Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lower-cased: addresses are compared case-insensitively everywhere.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    active: Mapped[bool] = mapped_column(default=True)
    away_until: Mapped[date | None] = mapped_column(Date)
    is_admin: Mapped[bool] = mapped_column(default=False)
    # How many levels below this manager their digest covers; None means the whole tree.
    digest_depth: Mapped[int | None] = mapped_column(default=3, server_default="3")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    # Kept in every session cookie of this person; raising it ends all of them at once
    # (sign-out, a new password, deactivation), copies of the cookie included.
    session_epoch: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    manager: Mapped[Person | None] = relationship(remote_side=[id], back_populates="reports")
    reports: Mapped[list[Person]] = relationship(back_populates="manager")

    # Not stored: how the session of this request was opened, set by the user loader.
    signed_in_with_password = False

    @property
    def is_active(self) -> bool:  # Flask-Login: deactivated people cannot sign in
        return self.active

    @property
    def has_admin_rights(self) -> bool:
        """An admin who signed in with their password; a sign-in link opens no admin page."""
        return bool(self.is_admin) and self.signed_in_with_password

    def end_sessions(self) -> None:
        """Sign out everywhere: every session cookie issued so far stops working. Raised
        in SQL for a stored person, so two changes at once both count."""
        if inspect(self).persistent:
            self.session_epoch = Person.session_epoch + 1
        else:
            self.session_epoch = (self.session_epoch or 0) + 1

    def get_id(self) -> str:
        """What the session keeps (Flask-Login's alternative id), see `session_id`."""
        return session_id(self, self.signed_in_with_password)

    def is_away(self, on: date) -> bool:
        return self.away_until is not None and self.away_until >= on

    def __repr__(self) -> str:
        return f"<Person {self.email}>"


SESSION_BY_PASSWORD = "password"  # noqa: S105 - how a session began, not a secret
SESSION_BY_LINK = "link"


def session_id(person: Person, with_password: bool) -> str:
    """`ID:EPOCH:password|link`: the session ends when the epoch moves, and only a
    password session gives an admin their rights."""
    how = SESSION_BY_PASSWORD if with_password else SESSION_BY_LINK
    return f"{person.id}:{person.session_epoch or 0}:{how}"


def parse_session_id(value: str) -> tuple[int, int, bool] | None:
    """(person id, epoch, with password) of a `session_id`; None for anything else,
    such as the bare ids of cookies from before epochs."""
    parts = value.split(":")
    if len(parts) != 3 or parts[2] not in (SESSION_BY_PASSWORD, SESSION_BY_LINK):
        return None
    if not all(part.isascii() and part.isdigit() and len(part) < 19 for part in parts[:2]):
        return None
    return int(parts[0]), int(parts[1]), parts[2] == SESSION_BY_PASSWORD


class Objective(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    period: Mapped[str] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    owner: Mapped[Person] = relationship()
    key_results: Mapped[list[KeyResult]] = relationship(
        back_populates="objective", order_by="KeyResult.id"
    )


class KeyResult(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due: Mapped[date] = mapped_column(Date)
    state: Mapped[KRState] = mapped_column(_enum(KRState, "kr_state"), default=KRState.ACTIVE)
    drop_reason: Mapped[str | None] = mapped_column(Text)
    done_note: Mapped[str | None] = mapped_column(Text)  # what was said with "done"
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    objective: Mapped[Objective] = relationship(back_populates="key_results")
    owner: Mapped[Person] = relationship()
    check_ins: Mapped[list[CheckIn]] = relationship(
        back_populates="key_result", order_by="CheckIn.id"
    )
    deadline_changes: Mapped[list[DeadlineChange]] = relationship(
        back_populates="key_result", order_by="DeadlineChange.id"
    )

    __table_args__ = (
        CheckConstraint("state <> 'dropped' OR drop_reason IS NOT NULL", name="dropped_has_reason"),
    )

    @property
    def ref(self) -> str:
        """What people type in replies to name this key result."""
        return f"#{self.id}"


class CheckIn(Model):
    """One statement of a flag for one key result and week; the newest per week wins."""

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_result.id"))
    week: Mapped[str] = mapped_column(String(8))
    flag: Mapped[Flag] = mapped_column(_enum(Flag, "flag"))
    score: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    source_message_id: Mapped[str | None] = mapped_column(String(998))

    key_result: Mapped[KeyResult] = relationship(back_populates="check_ins")
    author: Mapped[Person | None] = relationship()

    __table_args__ = (
        # Both end with the flag: the board's status of a key result in a week (the flag
        # of its newest check-in) is read from the index alone, whichever one a planner
        # picks, without a visit to the table for each of thousands of key results.
        Index("ix_check_in_kr_week_flag", "key_result_id", "week", "id", "flag"),
        # Leads with the week: the week's check-ins in one range (a status filter, inbound's
        # check of later replies), and a lookup by week and key result that stays exact
        # whichever of the two indexes a planner picks.
        Index("ix_check_in_week_kr_flag", "week", "key_result_id", "id", "flag"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 1)", name="score_range"),
    )


class DeadlineChange(Model):
    """A moved due date; slips are counted from these rows."""

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_result.id"), index=True)
    old_due: Mapped[date] = mapped_column(Date)
    new_due: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    source: Mapped[ChangeSource] = mapped_column(_enum(ChangeSource, "change_source"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))

    key_result: Mapped[KeyResult] = relationship(back_populates="deadline_changes")
    author: Mapped[Person | None] = relationship()

    @property
    def is_slip(self) -> bool:
        return self.new_due > self.old_due


class Dependency(Model):
    """One key result needs another: when the one it depends on turns yellow or red, goes
    silent, slips or is dropped, the dependent's owner (and their managers) hear of it.
    The edges never form a loop: `services.dependencies` refuses one, naming the refs."""

    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_result.id"), primary_key=True)
    depends_on_id: Mapped[int] = mapped_column(
        ForeignKey("key_result.id"), primary_key=True, index=True
    )
    source: Mapped[ChangeSource] = mapped_column(_enum(ChangeSource, "change_source"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    key_result: Mapped[KeyResult] = relationship(foreign_keys=[key_result_id])
    depends_on: Mapped[KeyResult] = relationship(foreign_keys=[depends_on_id])

    __table_args__ = (CheckConstraint("key_result_id <> depends_on_id", name="not_on_itself"),)


class Watch(Model):
    """A person who wants to hear when a key result turns yellow or red, goes silent,
    slips or is dropped, without depending on it."""

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_result.id"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    person: Mapped[Person] = relationship()
    key_result: Mapped[KeyResult] = relationship()


class SignInToken(Model):
    """A one-time sign-in link; only a hash of the secret part is stored."""

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    person: Mapped[Person] = relationship()


class MailKind(enum.StrEnum):
    FORM = "form"
    REMINDER = "reminder"
    CONFIRMATION = "confirmation"
    DIGEST = "digest"
    SIGNIN = "signin"
    QUESTION = "question"


class MailState(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by a worker; the sweeper re-queues it if the worker died
    SENT = "sent"
    FAILED = "failed"


class OutboxMessage(Model):
    """Every email is first a row: committed before it is sent, so nothing is lost or doubled.

    `dedupe_key` is unique: for weekly mail it is kind:person:week, so a second trigger of
    the same week inserts nothing.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[MailKind] = mapped_column(_enum(MailKind, "mail_kind"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(254))
    week: Mapped[str | None] = mapped_column(String(8))
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    subject: Mapped[str | None] = mapped_column(String(300))
    # Composed at creation for mail whose content cannot be rebuilt later (sign-in links);
    # weekly mail is composed when sent, from the state of that moment.
    raw: Mapped[bytes | None] = mapped_column(db.LargeBinary)
    # The SMTP envelope's recipients, as they go on the wire, comma-separated: recorded
    # when the message is composed, so sending never reads them back out of `raw`.
    envelope: Mapped[str | None] = mapped_column(Text)
    state: Mapped[MailState] = mapped_column(
        _enum(MailState, "mail_state"), default=MailState.QUEUED
    )
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    bounced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    bounce_reason: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person | None] = relationship()

    __table_args__ = (
        Index("ix_outbox_message_state_next", "state", "next_attempt_at"),
        Index("ix_outbox_message_kind_week", "kind", "week"),
    )


class Schedule(Model):
    """When a kind of weekly mail goes out, in each recipient's own local time."""

    kind: Mapped[MailKind] = mapped_column(_enum(MailKind, "mail_kind"), primary_key=True)
    weekday: Mapped[int] = mapped_column()  # 0 = Monday, as datetime.weekday()
    local_time: Mapped[str] = mapped_column(String(5))  # HH:MM
    enabled: Mapped[bool] = mapped_column(default=True)
    # When this schedule began: its first tick, or the change that made it what it is. A
    # slot before it is never caught up (a first start on a Friday sends no burst of what
    # was due before). None: no limit (an installation that ran before this was kept).
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_range"),)


class PersonAlias(Model):
    """Another address a person may reply from (a personal or an old work address)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)

    person: Mapped[Person] = relationship()


class InboundState(enum.StrEnum):
    STORED = "stored"  # kept, not processed yet
    PROCESSED = "processed"
    QUARANTINED = "quarantined"  # failed authentication or held for review; records nothing
    IGNORED = "ignored"  # automatic mail, bounces, loops, duplicates: kept, never answered
    FAILED = "failed"  # processing raised; shown on the admin page


class InboundMessage(Model):
    """A received email, stored whole before anything else so that nothing is lost."""

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    raw: Mapped[bytes] = mapped_column(db.LargeBinary)
    size: Mapped[int] = mapped_column()
    source: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    state: Mapped[InboundState] = mapped_column(
        _enum(InboundState, "inbound_state"), default=InboundState.STORED, index=True
    )
    reason: Mapped[str | None] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(String(254))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    week: Mapped[str | None] = mapped_column(String(8))
    outcome: Mapped[str | None] = mapped_column(Text)  # JSON: what was understood
    attempts: Mapped[int] = mapped_column(default=0)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person | None] = relationship()


class Question(Model):
    """A manager's question about a key result, asked by replying to their digest."""

    id: Mapped[int] = mapped_column(primary_key=True)
    manager_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_result.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    week: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    source_inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_message.id"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answer_inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"))

    manager: Mapped[Person] = relationship(foreign_keys=[manager_id])
    owner: Mapped[Person] = relationship(foreign_keys=[owner_id])
    key_result: Mapped[KeyResult] = relationship()


class Thanks(Model):
    """A manager's thanks for a key result's news (the Thank button by a red on the web
    digest): raising bad news early is what Flagpost asks for, and the owner sees it was
    welcome on the key result's page. Once per manager, key result and week."""

    id: Mapped[int] = mapped_column(primary_key=True)
    manager_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_result.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    week: Mapped[str] = mapped_column(String(8))
    thanked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    manager: Mapped[Person] = relationship(foreign_keys=[manager_id])

    __table_args__ = (
        UniqueConstraint("manager_id", "key_result_id", "week", name="uq_thanks_once_a_week"),
    )


class LessonKind(enum.StrEnum):
    """What kind of miss it was: the question asked after a key result ends missed."""

    INFORMATION = "information"
    COURAGE = "courage"
    SKILL = "skill"
    ATTENTION = "attention"
    BET = "bet"  # a bold bet that did not pay off: celebrated, not punished


class Lesson(Model):
    """What a miss taught: the kind of miss and one line on what changes next time,
    written by the owner of a key result that ended missed, was dropped, or was done after
    its date moved. One per key result (a later one replaces it); no ranking of people."""

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_result.id"), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[LessonKind] = mapped_column(_enum(LessonKind, "lesson_kind"))
    text: Mapped[str] = mapped_column(Text, default="")
    week: Mapped[str] = mapped_column(String(8), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)

    key_result: Mapped[KeyResult] = relationship()
    person: Mapped[Person] = relationship()


class Heartbeat(Model):
    """When a periodic process last did its work: the health check tells a stalled
    scheduler from a quiet week."""

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
