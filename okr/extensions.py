"""Flask extensions, created unbound here and bound to the app in `create_app`."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_mail import Mail
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData, event, text
from sqlalchemy.engine import CursorResult, Engine
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase

# Named constraints keep migrations portable between SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

db = SQLAlchemy(metadata=MetaData(naming_convention=NAMING))
migrate = Migrate()
mail = Mail()
csrf = CSRFProtect()
login_manager = LoginManager()
limiter = Limiter(key_func=get_remote_address)


@event.listens_for(Engine, "connect")
def _sqlite_write_ahead_log(dbapi_connection, _record) -> None:
    """SQLite files use the write-ahead log: a commit appends to it with one fsync instead
    of writing and deleting a rollback journal (about 4x faster per commit, measured in
    bench/), and readers never block the writer. Durability is unchanged (synchronous
    stays FULL). In-memory databases ignore it."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()


@event.listens_for(Engine, "connect")
def _remember_owner(_dbapi_connection, record) -> None:
    record.info["pid"] = os.getpid()


@event.listens_for(Engine, "checkout")
def _refuse_inherited(_dbapi_connection, record, proxy) -> None:
    """A pooled connection opened before a fork belongs to the parent: a forked RQ work
    horse (or any other child) that used it would share one server session with its
    parent and siblings, so their statements and transactions would interleave
    (PostgreSQL answers "prepared statement already exists" at best). The child drops
    it without closing the parent's socket and the pool opens its own."""
    if record.info.get("pid", os.getpid()) != os.getpid():
        record.dbapi_connection = proxy.dbapi_connection = None
        raise DisconnectionError("connection opened by another process; reconnecting")


def rows_changed(statement: UpdateBase) -> int:
    """Execute an UPDATE or DELETE (without RETURNING) in the session and say how many rows
    it changed. The session hands back a CursorResult for such a statement, but is typed
    to return a plain Result, which has no row count."""
    result = db.session.execute(statement)
    if not isinstance(result, CursorResult):
        raise TypeError(f"{type(result).__name__} has no row count")
    return result.rowcount


# True while the outbox records what it has just handed over (see relaxed_commits).
_relaxed = ContextVar("flagpost_relaxed_commits", default=False)


@contextmanager
def relaxed_commits() -> Iterator[None]:
    """Commits in this block return before the disk has them: a killed process still loses
    nothing (the database server, or SQLite's write-ahead log in the operating system,
    holds them), only a power cut or an operating-system crash can lose the last few.

    The outbox records each sent message with its own commit; waiting for the disk each
    time costs a sync per message (0.17 ms on a fast local disk, milliseconds on network
    volumes and spinning disks), as much as or more than the SMTP hand-over itself.
    Losing such a mark can only make a message go out a second time, never lose one, so
    those commits use this; stored replies, sign-ins and every other write do not.
    """
    token = _relaxed.set(True)
    try:
        yield
    finally:
        _relaxed.reset(token)


@event.listens_for(Session, "after_begin")
def _durability_for_this_transaction(_session, _transaction, connection) -> None:
    """Applies relaxed_commits per transaction: PostgreSQL's synchronous_commit is set for
    the transaction alone; SQLite's synchronous is a setting of the connection, so it is
    put back to FULL by the first transaction outside the block that gets the connection."""
    relaxed = _relaxed.get()
    dialect = connection.dialect.name
    if dialect == "postgresql" and relaxed:
        connection.execute(text("SET LOCAL synchronous_commit TO off"))
    elif dialect == "sqlite":
        wanted = "NORMAL" if relaxed else "FULL"
        if connection.info.get("flagpost_synchronous", "FULL") != wanted:
            connection.exec_driver_sql(f"PRAGMA synchronous={wanted}")
            connection.info["flagpost_synchronous"] = wanted
