"""The demo company and quickstart: a new user's first minute must show every story."""

from __future__ import annotations

import email
import email.policy
import logging
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from mailers import digest as digest_mail
from okr import composing, create_app, dispatch, orgtree, tokens, weeks
from okr.digest.build import build
from okr.digest.model import Digest
from okr.extensions import db
from okr.models import (
    ChangeSource,
    CheckIn,
    DeadlineChange,
    Dependency,
    Flag,
    KeyResult,
    KRState,
    Lesson,
    MailKind,
    Objective,
    OutboxMessage,
    Person,
    Thanks,
    Watch,
)
from okr.services import lessons, signin
from okr.services.dependency_signals import outside_risks, signals_for
from okr.services.status import week_items
from tests.conftest import NOW, make_person

WEEKS = ["2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47"]


@pytest.fixture
def demo(app, runner) -> str:
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    return result.output


def history() -> dict[int, dict[str, CheckIn]]:
    """Key result id -> week -> the check-in that counts (the newest of the week)."""
    latest: dict[int, dict[str, CheckIn]] = defaultdict(dict)
    for row in db.session.scalars(select(CheckIn).order_by(CheckIn.id)):
        latest[row.key_result_id][row.week] = row
    return latest


def test_summary_names_what_was_made(demo):
    counts = {
        "people": db.session.scalar(select(func.count()).select_from(Person)),
        "objectives": db.session.scalar(select(func.count()).select_from(Objective)),
        "key results": db.session.scalar(select(func.count()).select_from(KeyResult)),
        "check-ins": db.session.scalar(select(func.count()).select_from(CheckIn)),
    }
    for label, count in counts.items():
        assert f"{count} {label}" in demo
    assert "2026-W42 to 2026-W47" in demo


def test_about_thirty_people_in_four_levels(demo):
    everyone = list(db.session.scalars(select(Person)))
    assert 25 <= len(everyone) <= 35
    [ceo] = [p for p in everyone if p.manager_id is None]
    below = orgtree.subtree(ceo.id)
    assert len(below) == len(everyone) - 1
    assert {level for _, level in below} == {1, 2, 3}
    assert 3 <= sum(1 for _, level in below if level == 1) <= 5
    assert all(p.email.endswith("@example.com") for p in everyone)
    assert len({p.timezone for p in everyone}) >= 8


def test_objectives_and_key_results_for_this_quarter(demo):
    objectives = list(db.session.scalars(select(Objective)))
    assert {o.period for o in objectives} == {"2026-Q4"}
    per_owner = defaultdict(int)
    for objective in objectives:
        per_owner[objective.owner_id] += 1
        assert 2 <= len(objective.key_results) <= 3
    assert set(per_owner.values()) <= {1, 2}
    ics = db.session.scalars(select(Person).where(~Person.reports.any())).all()
    assert all(per_owner[p.id] >= 1 for p in ics)


def test_six_weeks_of_history_inside_their_weeks(demo):
    rows = list(db.session.scalars(select(CheckIn)))
    assert sorted({row.week for row in rows}) == WEEKS
    for row in rows:
        assert row.created_at.tzinfo is UTC
        assert weeks.of(row.created_at.date()) == row.week
        assert row.created_at <= NOW
        assert row.created_at >= row.key_result.created_at
        assert row.author_id == row.key_result.owner_id
    flags = [row.flag for row in rows]
    assert flags.count(Flag.GREEN) > len(flags) / 2  # mostly green


def test_reds_that_persist(demo):
    persistent = [
        kr_id
        for kr_id, by_week in history().items()
        if all(w in by_week and by_week[w].flag is Flag.RED for w in WEEKS[-3:])
    ]
    assert len(persistent) >= 2


def test_ninety_nine_percent_done_for_weeks(demo):
    nearly = [
        kr_id
        for kr_id, by_week in history().items()
        if sum(1 for row in by_week.values() if (row.score or 0) >= 0.9) >= 3
        and db.session.get(KeyResult, kr_id).state is KRState.ACTIVE
    ]
    assert nearly


def test_green_until_the_deadline(demo):
    found = []
    for kr_id, by_week in history().items():
        kr = db.session.get(KeyResult, kr_id)
        flags = [by_week[w].flag for w in WEEKS if w in by_week]
        days_left = (kr.due - NOW.date()).days
        if flags[:-2] and set(flags[:-2]) == {Flag.GREEN} and flags[-2:] == [Flag.RED] * 2:
            found.append(days_left)
    assert found and all(0 <= days <= 14 for days in found)


def test_silent_and_away_people(demo):
    latest = history()
    owners = defaultdict(set)
    for kr in db.session.scalars(select(KeyResult)):
        owners[kr.owner_id].add(kr.id)
    away = [p for p in db.session.scalars(select(Person)) if p.is_away(NOW.date())]
    assert len(away) == 1 and away[0].away_until > NOW.date()
    silent = [
        pid
        for pid, krs in owners.items()
        if pid != away[0].id and not any(w in latest[k] for k in krs for w in WEEKS[-2:])
    ]
    assert len(silent) >= 1
    # Silent people did reply before: it is silence, not a new hire.
    assert all(any(latest[k] for k in owners[pid]) for pid in silent)


def test_a_key_result_slipped_repeatedly_by_reply(demo):
    slips = defaultdict(list)
    for change in db.session.scalars(select(DeadlineChange)):
        if change.is_slip:
            slips[change.key_result_id].append(change)
    kr_id, changes = max(slips.items(), key=lambda item: len(item[1]))
    assert 2 <= len(changes) <= 3
    assert {c.source for c in changes} == {ChangeSource.REPLY}
    assert all(c.changed_at <= NOW for c in changes)
    assert db.session.get(KeyResult, kr_id).due == changes[-1].new_due


def test_one_done_and_one_dropped_this_week(demo):
    items = week_items("2026-W47")
    statuses = [item.status for item in items]
    assert statuses.count("done") == 1 and statuses.count("dropped") == 1
    assert "red" in statuses and "missing" in statuses
    [dropped] = [item for item in items if item.status == "dropped"]
    assert dropped.note  # the reason
    closed = db.session.scalars(select(KeyResult).where(KeyResult.closed_at.is_not(None))).all()
    by_week = defaultdict(list)
    for kr in closed:
        by_week[weeks.of(kr.closed_at.date())].append(kr.title)
    # Last week's two ended short, so this week's form looks back on them (Looking back).
    assert sorted(by_week) == ["2026-W46", "2026-W47"] and len(by_week["2026-W47"]) == 2
    assert sorted(by_week["2026-W46"]) == [
        "Migration guide for admins",
        "One-click self-serve migration",
    ]


def test_a_bold_bet_and_another_lesson_and_a_key_result_the_form_asks_about(demo, app):
    written = {
        (row.key_result.title, row.kind.value, row.week)
        for row in db.session.scalars(select(Lesson))
    }
    assert written == {
        ("One-click self-serve migration", "bet", "2026-W46"),
        ("Localised illustrations in 4 languages", "information", "2026-W47"),
    }
    sean = db.session.scalar(select(Person).where(Person.name == "Sean Murphy"))
    assert [kr.title for kr in lessons.eligible(sean, "2026-W47")] == ["Migration guide for admins"]
    with app.test_request_context():
        client = app.test_client()
        token = tokens.make(sean.id, "2026-W47", app.config["SECRET_KEY"])
        page = client.get(f"/status/{token}").get_data(as_text=True)
    section = page.split('id="looking-back"')[1].split("</section>")[0]
    assert "Migration guide for admins: done, later than first planned." in section
    assert "<strong>a bold bet</strong>, worth celebrating" in section


def top_digest():
    [ceo] = db.session.scalars(select(Person).where(Person.manager_id.is_(None))).all()
    return build(ceo.id, "2026-W47")


def test_the_top_digest_shows_every_verdict(demo):
    digest = top_digest()
    verdicts = {item.verdict for item in digest.red}
    assert {"raised_early", "long_red", "slipping", "green_until_deadline"} <= verdicts
    [early] = [item for item in digest.red if item.raised_early]
    assert early.verdict == "raised_early" and early.weeks_in_red == 1 and not early.warnings
    assert digest.red[0].weeks_in_red == 1  # newest red first
    assert {item.verdict for item in digest.no_report} == {"silent"}
    assert {item.status for item in digest.away} == {"away"}
    assert digest.headline.counts["away"] == len(digest.away) > 0


def test_the_top_digest_mail_keeps_its_length_budget(demo, app):
    """About 70 key results must fit in about 120 lines: a manager reads it between meetings."""
    digest = top_digest()
    listed = sum(len(getattr(digest, name)) for name in Digest.SECTIONS if name != "warnings")
    assert listed >= 70
    with app.test_request_context():
        text, _ = digest_mail.render(digest)
    assert len(text.splitlines()) <= 120


def snapshot() -> list[tuple]:
    return [
        (row.key_result_id, row.week, row.flag, row.score, row.note, row.created_at)
        for row in db.session.scalars(select(CheckIn).order_by(CheckIn.id))
    ]


def test_same_data_on_every_run(app, runner, demo):
    first = snapshot()
    db.session.remove()
    db.drop_all()
    db.create_all()
    assert runner.invoke(args=["demo"]).exit_code == 0
    assert snapshot() == first


def test_refuses_a_database_that_has_people(app, runner):
    make_person("dana@example.com")
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: the database already has 1 person; okr demo only fills an empty database"
    )
    assert db.session.scalar(select(func.count()).select_from(Person)) == 1


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Alembic's env.py reconfigures logging for the whole process; put it back."""
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    loggers = {
        name: logger.disabled
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    yield
    root.setLevel(saved[0])
    root.handlers[:] = saved[1]
    for name, logger in logging.Logger.manager.loggerDict.items():
        if isinstance(logger, logging.Logger):
            logger.disabled = loggers.get(name, False)


@pytest.fixture
def fresh_app(app_config, tmp_path, restore_logging) -> Iterator[Flask]:
    """An app on a database with no tables at all, as a new user's is: quickstart migrates."""
    config = {**app_config, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'quick.sqlite'}"}
    application = create_app(config, instance_path=str(tmp_path / "quick-instance"))
    with application.app_context():
        yield application
        db.session.remove()
        db.engine.dispose()


def quickstart(app: Flask) -> tuple[str, str]:
    result = app.test_cli_runner().invoke(args=["quickstart", "--no-serve", "--port", "5055"])
    assert result.exit_code == 0, result.output
    password = re.search(r"Password:\s+(\S+)", result.stdout).group(1)
    return result.stdout, password


def test_quickstart_prints_how_to_sign_in_and_it_works(fresh_app):
    output, password = quickstart(fresh_app)
    assert "http://127.0.0.1:5055/" in output
    assert "admin@example.com" in output
    assert fresh_app.config["OUTBOX_DIR"] in output
    assert "Demo company loaded" in output
    admin = signin.check_admin("admin@example.com", password)
    assert admin is not None and admin.name == "Flagpost Admin"
    assert admin.manager_id is None
    assert db.session.scalar(select(func.count()).where(KeyResult.owner_id == admin.id)) == 0
    assert fresh_app.logger.disabled is False  # alembic's logging setup was undone


def test_quickstart_again_keeps_data_and_changes_the_password(fresh_app):
    _, first = quickstart(fresh_app)
    people = db.session.scalar(select(func.count()).select_from(Person))
    output, second = quickstart(fresh_app)
    assert second != first
    assert "Demo company loaded" not in output
    assert db.session.scalar(select(func.count()).select_from(Person)) == people
    db.session.expire_all()
    assert signin.check_admin("admin@example.com", second) is not None
    assert signin.check_admin("admin@example.com", first) is None


def test_quickstart_on_a_friday_sends_no_burst_of_mail(fresh_app):
    """The demo's schedules start when quickstart runs: Thursday's forms and the week's
    digests, due before it existed, are not caught up; the next mail is the next slot."""
    from okr import clock
    from okr.models import OutboxMessage

    friday = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    clock.freeze(friday)
    output, _ = quickstart(fresh_app)
    assert "Schedule:  forms Thursday 16:00, reminders Friday 08:00, digests Friday 11:00" in (
        output
    )
    assert "nothing due before 2026-11-20 09:00 UTC is sent" in output
    runner = fresh_app.test_cli_runner()
    for hours in range(0, 24, 2):  # the whole Friday, every zone's morning included
        clock.freeze(friday + timedelta(hours=hours))
        result = runner.invoke(args=["tick"])
        assert result.exit_code == 0, result.output
    assert db.session.scalar(select(func.count(OutboxMessage.id))) == 0
    clock.freeze(datetime(2026, 11, 26, 16, 0, tzinfo=UTC))  # next Thursday 16:00 UTC
    assert "form: 0" not in runner.invoke(args=["tick"]).output


def test_quickstart_says_in_one_line_what_it_did_to_the_database(fresh_app):
    result = fresh_app.test_cli_runner().invoke(args=["quickstart", "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "alembic" not in result.output.lower()
    assert re.search(r"^Database:  created \(\w+\)$", result.output, re.M)
    again = fresh_app.test_cli_runner().invoke(args=["quickstart", "--no-serve"])
    assert re.search(r"^Database:  up to date \(\w+\)$", again.output, re.M)


def test_check_ins_follow_time_order(demo):
    """Ids grow with time, as real replies would: the newest check-in of a week wins by id."""
    times = [row.created_at for row in db.session.scalars(select(CheckIn).order_by(CheckIn.id))]
    assert times == sorted(times)
    assert times[-1] > NOW - timedelta(days=7)


def test_dependencies_across_teams_with_news_for_dependents_and_managers(demo):
    """Issue 17: the demo shows key results that need other teams' work, and what their
    owners and managers are told about it."""
    assert "9 dependencies" in demo
    edges = db.session.execute(select(Dependency.key_result_id, Dependency.depends_on_id)).all()
    teams = {
        (
            db.session.get(KeyResult, a).owner.manager_id,
            db.session.get(KeyResult, b).owner.manager_id,
        )
        for a, b in edges
    }
    assert sum(1 for mine, theirs in teams if mine != theirs) >= 5
    assert db.session.scalar(select(func.count()).select_from(Watch)) >= 2
    lukas = db.session.scalar(select(Person).where(Person.name == "Lukas Becker"))
    told = {
        concern.title: [signal.kind for signal in concern.signals]
        for concern in outside_risks(lukas, "2026-W47")
    }
    assert told["Localised illustrations in 4 languages"] == ["dropped"]
    assert "slipped" in told["Zero-downtime cutover of the billing database"]
    assert told["Publish the top-5 friction report"] == ["silent"]
    aiko = db.session.scalar(select(Person).where(Person.name == "Aiko Tanaka"))
    assert [c.signals[0].kind for c in signals_for(aiko, "2026-W47")] == ["dropped"]


def _named(name: str) -> Person:
    return db.session.scalar(select(Person).where(Person.name == name))


def test_the_demo_tells_dependents_owners_and_managers_in_their_mail(demo, app):
    """Issue 17: this week's forms say what people depend on and a manager's thanks, and a
    digest lists a risk from outside its organisation."""
    assert "1 thank-you" in demo
    people = list(db.session.scalars(select(Person).where(Person.active.is_(True))))
    ids = dispatch.queue_weekly(
        MailKind.FORM, [dispatch.Recipient(p.id, p.email, "2026-W47") for p in people]
    )
    rows = list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))))
    with app.test_request_context():
        composed = composing.compose(rows).outgoing
    forms = {
        row.recipient: email.message_from_bytes(composed[row.id].raw, policy=email.policy.default)
        .get_body(("plain",))
        .get_content()
        for row in rows
    }
    assert sum("WHAT YOU DEPEND ON" in text for text in forms.values()) >= 3
    [given] = db.session.scalars(select(Thanks)).all()
    sofia = forms[_named("Sofia Rossi").email]
    assert f"Tomás Herrera thanked you for raising #{given.key_result_id} early" in sofia
    lukas = build(_named("Lukas Becker").id, "2026-W47")
    assert len(lukas.outside) == 3
    tomas = build(_named("Tomás Herrera").id, "2026-W47")
    assert f"#{given.key_result_id}" in [item.ref for item in tomas.red]
    assert f"#{given.key_result_id}" not in tomas.record.reds_unattended
    assert tomas.record.reds_unattended  # the other reds are still to ask about
