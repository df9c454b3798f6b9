"""Installations that kept the first, incoherent defaults (digest before reminder) move to
the coherent week on upgrade; a schedule an admin chose stays as it is."""

from __future__ import annotations

import pytest
from flask_migrate import upgrade
from sqlalchemy import text

from okr.extensions import db
from tests.test_migrations import (  # noqa: F401 - fixtures
    empty_database_url,
    migrated_app,
    restore_logging,
)

BEFORE = "bcd54550e660"
FIRST_DEFAULTS = [("form", 3, "16:00"), ("reminder", 4, "10:00"), ("digest", 4, "09:00")]


def _schedule_after_upgrade(app, rows) -> list[tuple]:
    directory = app.extensions["migrate"].directory
    with app.app_context():
        upgrade(directory=directory, revision=BEFORE)
        for kind, weekday, hhmm in rows:
            db.session.execute(
                text(
                    "INSERT INTO schedule (kind, weekday, local_time, enabled, starts_at) "
                    "VALUES (:kind, :weekday, :hhmm, :enabled, '2026-10-01 12:00:00')"
                ),
                {"kind": kind, "weekday": weekday, "hhmm": hhmm, "enabled": True},
            )
        db.session.commit()
        upgrade(directory=directory)
        found = db.session.execute(
            text("SELECT kind, weekday, local_time, starts_at FROM schedule ORDER BY kind")
        ).all()
    return [tuple(row) for row in found]


def test_the_first_defaults_become_the_coherent_week_from_now(migrated_app):  # noqa: F811
    found = _schedule_after_upgrade(migrated_app, FIRST_DEFAULTS)
    assert [row[:3] for row in found] == [
        ("digest", 4, "11:00"),
        ("form", 3, "16:00"),
        ("reminder", 4, "08:00"),
    ]
    started = {row[0]: str(row[3]) for row in found}
    assert started["form"].startswith("2026-10-01")  # untouched
    assert not started["digest"].startswith("2026-10-01")  # a new schedule starts now
    assert not started["reminder"].startswith("2026-10-01")


@pytest.mark.parametrize(
    "rows",
    [
        [("reminder", 4, "10:00"), ("digest", 4, "14:00")],  # the admin moved the digest
        [("reminder", 3, "10:00"), ("digest", 4, "09:00")],  # ... or the reminder
        [("digest", 4, "09:00")],  # a digest schedule alone was chosen on the admin page
    ],
)
def test_a_schedule_someone_chose_is_left_as_it_is(migrated_app, rows):  # noqa: F811
    found = _schedule_after_upgrade(migrated_app, rows)
    assert sorted(row[:3] for row in found) == sorted(rows)
