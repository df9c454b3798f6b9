"""The committed migrations build exactly the schema the models describe, on SQLite and PostgreSQL.

These tests use an app of their own on an empty database: the shared `app` fixture builds its
tables with create_all, which would hide a migration that drifted from the models.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import Flask
from flask_migrate import downgrade
from sqlalchemy import inspect

from okr import MIGRATIONS, create_app
from okr.config import database_uri
from okr.extensions import db


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Alembic's env.py runs logging.fileConfig, which disables every logger already made
    (the app's among them) and replaces the root handlers: undo that for the other tests."""
    root = logging.getLogger()
    saved_root = (root.level, list(root.handlers))
    loggers = {
        name: (logger.disabled, logger.level, list(logger.handlers), logger.propagate)
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    yield
    root.setLevel(saved_root[0])
    root.handlers[:] = saved_root[1]
    for name, logger in logging.Logger.manager.loggerDict.items():
        if not isinstance(logger, logging.Logger):
            continue
        if name in loggers:
            logger.disabled, level, handlers, logger.propagate = loggers[name]
            logger.setLevel(level)
            logger.handlers[:] = handlers
        else:
            logger.disabled = False


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'migrated.sqlite'}"
    return request.getfixturevalue("fresh_postgres_url")


@pytest.fixture
def migrated_app(empty_database_url, tmp_path, restore_logging) -> Iterator[Flask]:
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key-that-is-long-enough-0123456789",
            "SQLALCHEMY_DATABASE_URI": database_uri(empty_database_url),
            "OUTBOX_DIR": str(tmp_path / "outbox"),
            "MAIL_SERVER": None,
            "REDIS_URL": None,
        },
        instance_path=str(tmp_path / "migrations-instance"),
    )
    yield app
    with app.app_context():
        db.engine.dispose()


def init_db(app: Flask) -> str:
    result = app.test_cli_runner().invoke(args=["init-db"])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def schema_diff(app: Flask) -> list:
    """What `okr db check` would complain about: the models compared with the live database."""
    with app.app_context(), db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        return compare_metadata(context, db.metadata)


def snapshot(app: Flask) -> dict:
    """Tables with their columns, indexes and constraints, plus the recorded revision."""
    with app.app_context(), db.engine.connect() as connection:
        inspector = inspect(connection)
        tables = {
            name: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(name)],
                sorted(i["name"] for i in inspector.get_indexes(name)),
                sorted(str(u["name"]) for u in inspector.get_unique_constraints(name)),
                sorted(str(f["name"]) for f in inspector.get_foreign_keys(name)),
            )
            for name in inspector.get_table_names()
        }
        revision = MigrationContext.configure(connection).get_current_heads()
    return {"tables": tables, "revision": revision}


def heads() -> tuple[str, ...]:
    return tuple(ScriptDirectory(str(MIGRATIONS)).get_heads())


def test_migrations_have_a_single_head():
    assert len(heads()) == 1, f"migrations branch into {heads()}: merge them (okr db merge)"


def test_migrations_build_the_models_schema(migrated_app):
    with migrated_app.app_context():
        assert db.engine.dialect.name in {"sqlite", "postgresql"}
        assert inspect(db.engine).get_table_names() == []  # really an empty database

    assert "Database is up to date." in init_db(migrated_app)

    assert schema_diff(migrated_app) == []
    state = snapshot(migrated_app)
    assert set(state["tables"]) == {t.name for t in db.metadata.sorted_tables} | {"alembic_version"}
    assert state["revision"] == heads()


def test_init_db_twice_is_a_no_op(migrated_app):
    init_db(migrated_app)
    before = snapshot(migrated_app)

    assert "Database is up to date." in init_db(migrated_app)

    assert snapshot(migrated_app) == before


def test_migrations_downgrade_to_empty_and_up_again(migrated_app):
    init_db(migrated_app)
    with migrated_app.app_context():
        downgrade(directory=migrated_app.extensions["migrate"].directory, revision="base")
        assert inspect(db.engine).get_table_names() == ["alembic_version"]

    init_db(migrated_app)

    assert schema_diff(migrated_app) == []


@pytest.mark.parametrize("ran_before", [True, False], ids=["scheduler-ran", "new-database"])
def test_the_schedule_start_keeps_an_installation_that_ran_catching_up(migrated_app, ran_before):
    """An installation whose scheduler already sent weekly mail gets schedule rows with no
    start, so the slots missed while it was upgraded are caught up as after any restart; a
    new database gets none, and its first tick starts its schedules."""
    from flask_migrate import upgrade
    from sqlalchemy import text

    directory = migrated_app.extensions["migrate"].directory
    with migrated_app.app_context():
        upgrade(directory=directory, revision="92b464777e1e")
        if ran_before:
            db.session.execute(
                text(
                    "INSERT INTO schedule (kind, weekday, local_time, enabled) "
                    "VALUES ('digest', 4, '08:30', true)"
                )
            )
            db.session.execute(
                text(
                    "INSERT INTO outbox_message (dedupe_key, kind, recipient, week, message_id, "
                    "state, attempts, created_at, next_attempt_at) VALUES ('form:1:2026-W47', "
                    "'form', 'a@example.com', '2026-W47', '<f@x>', 'sent', 1, "
                    "'2026-11-19 16:00:00', '2026-11-19 16:00:00')"
                )
            )
            db.session.commit()
        upgrade(directory=directory)
        rows = db.session.execute(
            text("SELECT kind, weekday, local_time, starts_at FROM schedule ORDER BY kind")
        ).all()
    if ran_before:
        assert [tuple(r) for r in rows] == [
            ("digest", 4, "08:30", None),  # the admin's own, untouched
            ("form", 3, "16:00", None),
            ("reminder", 4, "10:00", None),
        ]
    else:
        assert rows == []
