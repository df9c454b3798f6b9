"""Sending the digest: one per manager per week, on Friday 09:00 in their own timezone, and
`okr digest` printing one."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from okr import clock
from okr.extensions import db
from okr.models import MailKind, MailState, OutboxMessage, Person
from okr.services import checkins
from tests.conftest import make_kr, make_person

WEEK = "2026-W47"


@pytest.fixture
def demo(app, runner) -> None:
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output


def managers() -> list[str]:
    """Active people, not away, with at least one active report: who gets a digest."""
    report = aliased(Person)
    today = clock.today()
    rows = db.session.scalars(
        select(Person.email)
        .where(
            Person.active.is_(True),
            (Person.away_until.is_(None)) | (Person.away_until < today),
            select(report.id)
            .where(report.manager_id == Person.id, report.active.is_(True))
            .exists(),
        )
        .distinct()
    ).all()
    return sorted(rows)


def digests(smtp_server) -> list:
    return [r for r in smtp_server.received if r.message["Subject"].startswith("Digest week")]


def _send(runner, *args: str):
    result = runner.invoke(args=["send-digests", *args])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


# --- okr send-digests ---------------------------------------------------------------------


def test_send_digests_delivers_one_per_manager_of_the_demo_company(
    smtp_config, demo, runner, smtp_server
):
    expected = managers()
    assert len(expected) >= 10  # the demo has four levels of managers
    result = _send(runner, "--now")
    assert f"Sent {len(expected)} digests, 0 failed" in result.output
    sent = digests(smtp_server)
    assert sorted(r.recipients[0] for r in sent) == expected
    rows = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.kind == MailKind.DIGEST)
    ).all()
    assert {(r.recipient, r.week, r.state) for r in rows} == {
        (address, WEEK, MailState.SENT) for address in expected
    }

    again = _send(runner, "--now")
    assert "Nothing to send" in again.output
    assert len(digests(smtp_server)) == len(expected)


def test_the_digest_as_received(smtp_config, demo, runner, smtp_server, app):
    _send(runner, "--now")
    maya = next(r for r in digests(smtp_server) if r.recipients == ["maya.chen@example.com"])
    message = maya.message
    row = db.session.scalar(
        select(OutboxMessage).where(OutboxMessage.recipient == "maya.chen@example.com")
    )
    assert message["Message-ID"] == row.message_id
    assert len(message.get_all("Message-ID")) == 1
    assert message["Auto-Submitted"] == "auto-generated"
    local, _, domain = message["Reply-To"].partition("@")
    assert domain == "okr.example.com" and local.startswith("digest+")  # replies ask questions
    assert re.fullmatch(
        r"Digest week 47: \d+ red, \d+ no report, \d+ yellow, \d+ green", message["Subject"]
    )
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert text.startswith("Hi Maya Chen,")
    for heading in ("RED (", "NO REPORT (", "YELLOW (", "GREEN (", "ROLL-UP BY TEAM"):
        assert heading in text
    assert "it goes to the owner, and you get a note of what was sent" in text
    for line in text.splitlines():
        assert not re.fullmatch(r"\s*[-_=]{2,}\s*", line), f"delimiter-like line {line!r}"
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "<table" in html and 'class="sq sq-' in html and "<img" not in html
    assert all(len(line) < 998 for line in maya.raw.split(b"\r\n"))


def test_dry_run_lists_the_managers_and_queues_nothing(demo, runner):
    result = _send(runner, "--now", "--dry-run")
    for address in managers():
        assert address in result.output
    assert "aiko.tanaka@example.com" not in result.output  # away, and no reports
    assert f"{len(managers())} digests would be sent" in result.output
    assert db.session.scalar(select(db.func.count(OutboxMessage.id))) == 0


def test_embedded_default_writes_eml_files(app, runner):
    boss = make_person("boss@example.com", "Bo Boss")
    dana = make_person("dana@example.com", "Dana", manager=boss)
    make_kr(dana)
    result = _send(runner, "--now")
    assert "Sent 1 digest, 0 failed" in result.output
    files = list(Path(app.config["OUTBOX_DIR"]).glob("*.eml"))
    assert len(files) == 1 and b"Digest week 47" in files[0].read_bytes()


def test_who_gets_no_digest(app, runner):
    boss = make_person("boss@example.com", "Bo Boss")
    make_person("dana@example.com", "Dana", manager=boss)
    away = make_person("away@example.com", "Avi Away", away_until=date(2026, 12, 1))
    make_person("a1@example.com", manager=away)
    gone = make_person("gone@example.com", "Gil Gone", active=False)
    make_person("g1@example.com", manager=gone)
    lonely = make_person("lonely@example.com", "Lo Nely")
    make_person("ex@example.com", manager=lonely, active=False)
    result = _send(runner, "--now", "--dry-run")
    assert "boss@example.com" in result.output
    for address in ("away@", "gone@", "lonely@", "dana@"):
        assert address not in result.output


# --- The tick: Friday 11:00 in each manager's timezone --------------------------------------


@pytest.fixture
def org(smtp_config, app):
    berlin = make_person("berlin@example.com", "Berta Berlin", timezone="Europe/Berlin")
    york = make_person("york@example.com", "Yoko York", timezone="America/New_York")
    for boss in (berlin, york):
        report = make_person(f"r.{boss.email}", manager=boss, timezone="Asia/Tokyo")
        kr = make_kr(report, "Open an office")
        checkins.record(kr, WEEK, "red", note="landlord backed out", author=report)
    db.session.commit()
    return {"berlin": berlin, "york": york}


@pytest.fixture
def forms_out(org, runner):
    """The week's forms went out on Thursday, the day before the digests."""
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0


def _tick(runner, moment: datetime) -> str:
    clock.freeze(moment)
    result = runner.invoke(args=["tick"])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_tick_sends_digests_friday_11_local_time(org, forms_out, runner, smtp_server):
    # Friday 20 November 2026: 11:00 in Berlin is 10:00 UTC, in New York 16:00 UTC (their
    # reports in Tokyo had theirs at 02:00 UTC: nothing to wait for).
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 9, 0, tzinfo=UTC))  # 10:00
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 9, 58, tzinfo=UTC))
    assert digests(smtp_server) == []
    assert "digest: 1" in _tick(runner, datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
    assert [r.recipients[0] for r in digests(smtp_server)] == ["berlin@example.com"]
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 10, 2, tzinfo=UTC))
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # 10:00 NY
    assert "digest: 1" in _tick(runner, datetime(2026, 11, 20, 16, 0, tzinfo=UTC))
    assert sorted(r.recipients[0] for r in digests(smtp_server)) == [
        "berlin@example.com",
        "york@example.com",
    ]
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 17, 0, tzinfo=UTC))
    text = digests(smtp_server)[0].message.get_body(preferencelist=("plain",)).get_content()
    assert "Note: landlord backed out" in text


def test_no_digest_of_a_week_whose_forms_never_went_out(org, runner, smtp_server):
    """A week without forms would give every manager a digest of silences: none goes."""
    for hour in (8, 14, 20):
        assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, hour, 0, tzinfo=UTC))
    assert digests(smtp_server) == []


def test_digests_wait_until_late_forms_had_their_answer_window(org, runner, smtp_server):
    """Forms caught up late (Friday 03:00 UTC): the digests wait until they have been out
    12 hours (OKR_ANSWER_WINDOW_HOURS), within each digest's grace period."""
    clock.freeze(datetime(2026, 11, 20, 3, 0, tzinfo=UTC))
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 10, 0, tzinfo=UTC))  # Berlin 11:00
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 14, 58, tzinfo=UTC))
    assert "digest: 1" in _tick(runner, datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # Berlin's
    assert "digest: 1" in _tick(runner, datetime(2026, 11, 20, 16, 0, tzinfo=UTC))  # New York's
    assert len(digests(smtp_server)) == 2


def test_digests_do_not_wait_for_forms_paused_on_the_schedule(org, runner, smtp_server):
    from okr.services import schedule

    schedule.set_slot(MailKind.FORM, 3, "16:00", enabled=False)  # forms sent by hand, or not
    db.session.commit()
    assert "digest: 1" in _tick(runner, datetime(2026, 11, 20, 10, 0, tzinfo=UTC))


def test_a_digest_waits_for_the_timezones_of_the_people_it_covers(
    smtp_config, app, runner, smtp_server
):
    """Kenji in Tokyo manages Nora in New York, whose reminder (Friday 08:00) and digest
    hour (11:00) come 14 hours after Tokyo's: his digest waits until her window closed."""
    kenji = make_person("kenji@example.com", "Kenji", timezone="Asia/Tokyo")
    nora = make_person("nora@example.com", "Nora", manager=kenji, timezone="America/New_York")
    make_kr(nora, "Open the New York office")
    db.session.commit()
    clock.freeze(datetime(2026, 11, 19, 10, 0, tzinfo=UTC))
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 2, 0, tzinfo=UTC))  # Tokyo 11:00
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 15, 58, tzinfo=UTC))
    assert "digest: 1" in _tick(runner, datetime(2026, 11, 20, 16, 0, tzinfo=UTC))  # NY 11:00
    assert [r.recipients for r in digests(smtp_server)] == [["kenji@example.com"]]
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 20, 16, 2, tzinfo=UTC))


def test_a_digest_waits_only_for_the_people_within_its_depth(smtp_config, app, runner, smtp_server):
    kenji = make_person("kenji@example.com", "Kenji", timezone="Asia/Tokyo", digest_depth=1)
    mika = make_person("mika@example.com", "Mika", manager=kenji, timezone="Asia/Tokyo")
    nora = make_person("nora@example.com", "Nora", manager=mika, timezone="America/New_York")
    make_kr(mika, "Hire in Osaka")
    make_kr(nora, "Open the New York office")
    db.session.commit()
    clock.freeze(datetime(2026, 11, 19, 10, 0, tzinfo=UTC))
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    # Kenji's digest covers Mika only; Mika's covers Nora, and waits for New York.
    assert "digest: 1" in _tick(runner, datetime(2026, 11, 20, 2, 0, tzinfo=UTC))
    assert [r.recipients for r in digests(smtp_server)] == [["kenji@example.com"]]
    assert "digest: 1" in _tick(runner, datetime(2026, 11, 20, 16, 0, tzinfo=UTC))


def test_a_digest_missed_for_longer_than_the_grace_period_is_not_sent(
    smtp_config, app, runner, smtp_server
):
    kenji = make_person("kenji@example.com", "Kenji", timezone="Asia/Tokyo")
    nora = make_person("nora@example.com", "Nora", manager=kenji, timezone="America/New_York")
    make_kr(nora, "Open the New York office")
    db.session.commit()
    clock.freeze(datetime(2026, 11, 19, 10, 0, tzinfo=UTC))
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    # New York's 11:00 was 16:00 UTC; the grace period (12 hours) ended at 04:00 Saturday.
    assert "digest: 0" in _tick(runner, datetime(2026, 11, 21, 4, 2, tzinfo=UTC))
    assert digests(smtp_server) == []


def test_the_digest_is_composed_when_sent(org, runner, smtp_server):
    """A report that arrives between queueing and sending is in the digest."""
    from okr import dispatch

    ids = dispatch.queue_weekly(MailKind.DIGEST, dispatch.everyone(MailKind.DIGEST, WEEK))
    db.session.commit()
    report = db.session.scalar(select(Person).where(Person.email == "r.berlin@example.com"))
    kr = make_kr(report, "Hire a country manager")
    checkins.record(kr, WEEK, "yellow", note="two finalists", author=report)
    db.session.commit()
    from okr.outbox import send_batch

    result = send_batch(ids)
    assert len(result.sent) == 2
    berlin = next(r for r in digests(smtp_server) if r.recipients == ["berlin@example.com"])
    text = berlin.message.get_body(preferencelist=("plain",)).get_content()
    assert "Note: two finalists" in text


# --- okr digest ---------------------------------------------------------------------------


def test_okr_digest_json(demo, runner):
    result = runner.invoke(args=["digest", "Maya.Chen@example.com", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["manager"] == "Maya Chen" and data["week"] == WEEK
    for name in ("headline", "red", "no_report", "yellow", "warnings", "dropped", "done"):
        assert name in data
    assert list(data)[:7] == ["manager_id", "manager", "manager_email", "week", "depth",
                              "headline", "red"]  # fmt: skip
    red = data["red"][0]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", red["due"])
    assert red["updated_at"] is None or re.match(r"\d{4}-\d{2}-\d{2}T", red["updated_at"])
    assert red["via"].startswith(red["owner"])
    assert len(red["trend"]) == 6
    assert data["headline"]["counts"]["red"] == len(data["red"])
    for question in data["record"]["open_questions"]:
        assert re.match(r"\d{4}-\d{2}-\d{2}T", question["asked_at"])


def test_okr_digest_week_and_formats(demo, runner):
    text = runner.invoke(args=["digest", "maya.chen@example.com", "--week", "2026-W46"])
    assert text.exit_code == 0, text.output
    assert text.output.startswith("Hi Maya Chen,") and "week 46" in text.output
    md = runner.invoke(args=["digest", "maya.chen@example.com", "--format", "md"])
    assert "### Red (" in md.output and '<span class="sq sq-' in md.output
    html = runner.invoke(args=["digest", "maya.chen@example.com", "--format", "html"])
    assert html.output.lstrip().lower().startswith("<!doctype html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nobody@example.com"], "nobody has the email nobody@example.com"),
        (["zoe.campbell@example.com"], "has no reports"),
        (["maya.chen@example.com", "--week", "2026-W60"], "2026 has no week 60"),
    ],
)
def test_okr_digest_refuses_in_one_line(demo, runner, args, message):
    result = runner.invoke(args=["digest", *args])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_reply_to_a_real_digest_asks_the_owner(smtp_config, demo, runner, smtp_server, tmp_path):
    """The whole loop: digest sent, the manager replies with a question, the owner gets it."""
    from okr.digest.build import build
    from okr.models import Question
    from tests.replies import reply_to

    _send(runner, "--now")
    maya = db.session.scalar(select(Person).where(Person.email == "maya.chen@example.com"))
    digest = build(maya.id, WEEK)
    item = (digest.red or digest.no_report or digest.yellow or digest.green)[0]
    received = next(r for r in digests(smtp_server) if r.recipients == [maya.email])
    path = tmp_path / "reply.eml"
    path.write_bytes(reply_to(received.message, f"{item.ref} what do you need from me?"))
    result = runner.invoke(args=["ingest", str(path)])
    assert result.exit_code == 0, result.output
    question = db.session.scalar(select(Question))
    assert (question.manager_id, question.key_result_id) == (maya.id, item.kr_id)
    asked = [r for r in smtp_server.received if r.message["Subject"].startswith("Question about")]
    assert len(asked) == 1
    assert asked[0].recipients == [item.owner_email]  # it carries the owner's reply address
