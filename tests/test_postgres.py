"""What only a real PostgreSQL can show: time zones, recursive CTEs, two clicks racing.

These run on a database of their own even when the rest of the suite uses SQLite, so a plain
`python -m pytest` covers PostgreSQL too (the suite as a whole runs on it with
TEST_DATABASE_URL, as .ci/run does).
"""

from __future__ import annotations

import json
import threading
from datetime import datetime

import pytest
from sqlalchemy import text

from okr import orgtree
from okr.config import database_uri
from okr.extensions import db
from okr.models import CheckIn, Flag
from okr.services import signin
from tests.conftest import NOW, make_kr, make_person

pytestmark = pytest.mark.postgres


@pytest.fixture
def app_config(app_config, fresh_postgres_url):
    app_config["SQLALCHEMY_DATABASE_URI"] = database_uri(fresh_postgres_url)
    return app_config


def test_runs_on_postgresql(app):
    assert db.engine.dialect.name == "postgresql"
    assert db.engine.dialect.driver == "psycopg"


def test_times_are_stored_as_utc_and_read_back_aware(app):
    db.session.execute(text("SET TIME ZONE 'America/Los_Angeles'"))  # must not matter
    person = make_person("dana@example.com")
    db.session.expire_all()

    assert person.created_at == NOW
    assert person.created_at.tzinfo is not None
    stored = db.session.execute(
        text("SELECT created_at FROM person WHERE id = :id"), {"id": person.id}
    ).scalar_one()
    assert stored == NOW.replace(tzinfo=None)


def test_org_tree_queries_walk_the_chart(app):
    ceo = make_person("ceo@example.com", "Cleo")
    vp = make_person("vp@example.com", "Vic", manager=ceo)
    lead = make_person("lead@example.com", "Lee", manager=vp)
    dev = make_person("dev@example.com", "Dev", manager=lead)

    assert sorted(orgtree.subtree(ceo.id)) == [(vp.id, 1), (lead.id, 2), (dev.id, 3)]
    assert sorted(orgtree.subtree(ceo.id, depth=2)) == [(vp.id, 1), (lead.id, 2)]
    assert [p.email for p in orgtree.chain_above(dev.id)] == [
        "lead@example.com",
        "vp@example.com",
        "ceo@example.com",
    ]
    assert orgtree.would_cycle(ceo.id, dev.id)
    assert not orgtree.would_cycle(dev.id, vp.id)


def test_status_json_reports_check_in_times_in_utc(app, runner):
    kr = make_kr(make_person("dana@example.com"))
    db.session.add(CheckIn(key_result=kr, week="2026-W47", flag=Flag.YELLOW, note="slow"))
    db.session.commit()

    result = runner.invoke(args=["status", "--json"])

    assert result.exit_code == 0, result.output
    [item] = json.loads(result.output)["items"]
    assert item["status"] == "yellow"
    assert datetime.fromisoformat(item["updated_at"]) == NOW
    assert item["updated_at"].endswith("+00:00")


def test_a_sign_in_link_clicked_twice_at_once_signs_in_once(app):
    person = make_person("dana@example.com")
    person_id = person.id
    token = signin.issue_link_token(person)
    db.session.commit()
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def click() -> None:
        try:
            with app.app_context():
                start.wait(timeout=10)
                found, _reason = signin.redeem(token)
                outcomes.append(found.id if found else None)
                db.session.remove()
        except Exception as error:  # reported by the assertion below, not lost in a thread
            outcomes.append(error)

    clicks = [threading.Thread(target=click) for _ in range(2)]
    for thread in clicks:
        thread.start()
    for thread in clicks:
        thread.join(timeout=30)

    assert sorted(outcomes, key=str) == sorted([person_id, None], key=str)
