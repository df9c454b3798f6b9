"""Which job failures are the database being away (said once per outage by the worker)
and which are failures worth their traceback."""

from __future__ import annotations

import sqlite3

import psycopg
import psycopg.errors
import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from okr.workers import DatabaseWatch, database_unreachable


def _wrapped(orig: Exception, invalidated: bool = False) -> OperationalError:
    return OperationalError("SELECT 1", {}, orig, connection_invalidated=invalidated)


def _sqlite(code_name: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("no")
    error.sqlite_errorname = code_name
    return error


@pytest.mark.parametrize(
    ("error", "unreachable"),
    [
        (_wrapped(psycopg.OperationalError("connection failed: Connection refused")), True),
        (_wrapped(psycopg.errors.AdminShutdown("terminating connection")), True),
        (_wrapped(psycopg.errors.ConnectionFailure("lost")), True),
        (_wrapped(psycopg.errors.DeadlockDetected("deadlock detected")), False),
        (_wrapped(psycopg.errors.DeadlockDetected("deadlock"), invalidated=True), True),
        (_wrapped(_sqlite("SQLITE_CANTOPEN")), True),
        (_wrapped(_sqlite("SQLITE_BUSY")), False),
        (IntegrityError("INSERT", {}, psycopg.errors.UniqueViolation("dup")), False),
        (ValueError("a bug"), False),
        (None, False),
    ],
)
def test_only_an_unreachable_database_counts_as_an_outage(error, unreachable):
    assert database_unreachable(error) is unreachable


def test_an_outage_is_said_once_when_it_starts_and_once_when_it_ends(caplog):
    watch = DatabaseWatch()
    refused = _wrapped(psycopg.OperationalError("connection failed\nIs the server running?"))
    with caplog.at_level("INFO", logger="okr.workers"):
        assert watch.failed(refused) and watch.failed(refused)
        assert not watch.failed(ValueError("a bug"))  # RQ logs this one, traceback and all
        watch.succeeded()
        watch.succeeded()
    lines = [record.getMessage() for record in caplog.records]
    said = "lost the database (connection failed); its jobs are retried until it is back"
    assert lines[0] == said
    assert len(lines) == 2 and lines[1].startswith("the database is back after")
