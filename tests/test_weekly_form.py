"""The weekly form: who gets it, what it says, and that it is sent exactly once."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from okr import clock, tokens
from okr.extensions import db
from okr.models import MailKind, MailState, OutboxMessage
from okr.services import checkins
from tests.conftest import NOW, age_claims, make_kr, make_person

WEEK = "2026-W47"


@pytest.fixture
def company(app):
    boss = make_person("boss@example.com", "Bo Boss")
    dana = make_person("dana@example.com", "Dana Scully", manager=boss, timezone="Europe/Berlin")
    eli = make_person("eli@example.com", "Eli", manager=boss)
    make_person("away@example.com", "Avi Away", manager=boss, away_until=date(2026, 12, 1))
    make_person("gone@example.com", "Gil Gone", manager=boss, active=False)
    make_person("idle@example.com", "Ida Idle", manager=boss)  # no key results
    kr1 = make_kr(dana, "Sign 5 design partners", due=date(2026, 12, 15))
    kr2 = make_kr(dana, "Ship the beta", objective="Launch", due=date(2026, 11, 10))
    make_kr(eli, "Hire two engineers")
    away_owner = db.session.scalar(
        db.select(type(dana)).where(type(dana).email == "away@example.com")
    )
    gone_owner = db.session.scalar(
        db.select(type(dana)).where(type(dana).email == "gone@example.com")
    )
    make_kr(away_owner, "Away KR")
    make_kr(gone_owner, "Gone KR")
    checkins.record(kr1, "2026-W46", "yellow", note="3 of 5 signed", author=dana)
    db.session.commit()
    return {"dana": dana, "eli": eli, "kr1": kr1, "kr2": kr2}


def _send(runner, *args):
    result = runner.invoke(args=["send-forms", "--now", *args])
    assert result.exit_code == 0, result.output
    return result


def test_send_forms_delivers_one_form_to_each_active_owner(
    smtp_config, company, runner, smtp_server
):
    _send(runner)
    assert sorted(r.recipients[0] for r in smtp_server.received) == [
        "dana@example.com",
        "eli@example.com",
    ]
    rows = db.session.scalars(db.select(OutboxMessage)).all()
    assert {(r.recipient, r.kind, r.week, r.state) for r in rows} == {
        ("dana@example.com", MailKind.FORM, WEEK, MailState.SENT),
        ("eli@example.com", MailKind.FORM, WEEK, MailState.SENT),
    }


def test_a_second_run_sends_nothing(smtp_config, company, runner, smtp_server):
    _send(runner)
    again = _send(runner)
    assert "Nothing to send" in again.output
    assert len(smtp_server.received) == 2


def test_a_second_run_finishes_what_a_killed_run_left(smtp_config, company, runner, smtp_server):
    """A run killed after queueing (both rows queued) and mid-batch (one row claimed, its
    sender dead): the next run sends both, never saying there is nothing to send."""
    from okr import dispatch

    dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, WEEK))
    db.session.commit()
    dana, eli = db.session.scalars(db.select(OutboxMessage).order_by(OutboxMessage.recipient))
    dana.state, dana.claimed_at, dana.attempts = MailState.SENDING, NOW, 1
    db.session.commit()
    age_claims()  # the dead run's claim lapsed (OKR_CLAIM_LEASE_SECONDS)
    again = _send(runner)
    assert "Nothing to send" not in again.output
    assert "2 forms left unsent by an earlier run are sent too." in again.output
    assert "Sent 2 forms, 0 failed, 0 waiting to retry." in again.output
    assert sorted(r.recipients[0] for r in smtp_server.received) == [
        "dana@example.com",
        "eli@example.com",
    ]
    assert {r.state for r in db.session.scalars(db.select(OutboxMessage))} == {MailState.SENT}
    assert "Nothing to send" in _send(runner).output  # and now there is nothing left


def test_a_claim_still_held_is_waited_for_then_taken_over(
    smtp_config, company, runner, smtp_server, app
):
    """A row claimed moments ago by a sender that then died: the run waits for the claim to
    lapse (a live sender would renew it) and then sends it itself."""
    from okr import dispatch

    app.config["CLAIM_LEASE_SECONDS"] = 1
    clock.freeze(None)  # the lease runs on the real clock here
    ids = dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, WEEK))
    db.session.execute(
        db.update(OutboxMessage)
        .where(OutboxMessage.id == ids[0])
        .values(state=MailState.SENDING, claimed_at=clock.now(), attempts=1)
    )
    db.session.commit()
    result = runner.invoke(args=["send-forms", "--week", WEEK])
    assert result.exit_code == 0, result.output
    assert "1 form is claimed by another sender; waiting for it" in result.output
    assert f"Sent {len(ids)} forms, 0 failed" in result.output
    assert sorted(r.recipients[0] for r in smtp_server.received) == sorted(
        r.recipient for r in db.session.scalars(db.select(OutboxMessage))
    )
    assert {r.state for r in db.session.scalars(db.select(OutboxMessage))} == {MailState.SENT}


def test_form_headers(smtp_config, company, runner, smtp_server, app):
    _send(runner)
    received = next(r for r in smtp_server.received if r.recipients == ["dana@example.com"])
    message = received.message
    assert message["Subject"] == "Weekly status, week 47: 2 key results"
    assert message["Auto-Submitted"] == "auto-generated"
    row = db.session.scalar(
        db.select(OutboxMessage).where(OutboxMessage.recipient == "dana@example.com")
    )
    assert message["Message-ID"] == row.message_id
    assert len(message.get_all("Message-ID")) == 1
    thread = f"<status-thread.{company['dana'].id}@okr.example.com>"
    assert message["References"] == thread and message["In-Reply-To"] == thread
    local, _, domain = message["Reply-To"].partition("@")
    assert domain == "okr.example.com"
    assert local.startswith("status+") and len(local) < 64 and local == local.lower()
    token = tokens.read(local.split("+", 1)[1], app.config["SECRET_KEY"], WEEK, 4)
    assert (token.person_id, token.week) == (company["dana"].id, WEEK)


def test_form_body_lists_each_key_result(smtp_config, company, runner, smtp_server):
    _send(runner)
    message = next(r for r in smtp_server.received if r.recipients == ["dana@example.com"]).message
    text = message.get_body(preferencelist=("plain",)).get_content()
    kr1, kr2 = company["kr1"], company["kr2"]
    assert f"{kr1.ref} Sign 5 design partners" in text
    assert "Win the first customers" in text
    assert "due in 26 days" in text
    assert "Last week: [YELLOW] 3 of 5 signed" in text
    assert f"{kr2.ref} Ship the beta" in text
    assert "overdue by 9 days" in text
    assert "done; drop and the reason; or due and a new date" in text
    assert f"{kr1.ref} green - signed 4 of 5" in text  # the reply example uses real refs
    assert "/status/" in text
    for line in text.splitlines():
        assert not re.fullmatch(r"\s*[-_=]{2,}\s*", line), f"delimiter-like line {line!r}"


def test_form_html_part_is_inlined_and_safe(smtp_config, company, runner, smtp_server):
    company["kr1"].title = "<script>alert(1)</script> partners"
    db.session.commit()
    _send(runner)
    received = next(r for r in smtp_server.received if r.recipients == ["dana@example.com"])
    html = received.message.get_body(preferencelist=("html",)).get_content()
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert 'style="' in html and "<style" not in html  # CSS inlined
    assert "<img" not in html
    assert all(len(line) < 998 for line in received.raw.split(b"\r\n"))


def test_away_inactive_and_idle_people_get_no_form(company, runner):
    result = runner.invoke(args=["send-forms", "--now", "--dry-run"])
    assert result.exit_code == 0
    assert "dana@example.com" in result.output and "eli@example.com" in result.output
    for address in ("away@", "gone@", "idle@", "boss@"):
        assert address not in result.output
    assert db.session.scalar(db.select(db.func.count(OutboxMessage.id))) == 0


def test_embedded_default_writes_eml_files(company, runner, app):
    from pathlib import Path

    result = _send(runner)
    assert "Sent 2 forms" in result.output
    assert len(list(Path(app.config["OUTBOX_DIR"]).glob("*.eml"))) == 2


def test_bad_week_is_one_clear_line(company, runner):
    result = runner.invoke(args=["send-forms", "--week", "2026-W60"])
    assert result.exit_code != 0
    assert "2026 has no week 60" in result.output
    assert "Traceback" not in result.output


def test_temporary_failure_is_retried_and_delivered(smtp_config, company, runner, smtp_server):
    smtp_server.behaviour.data_replies = ["451 4.3.0 try again later"]
    result = _send(runner)
    assert "1 waiting to retry" in result.output
    waiting = db.session.scalar(
        db.select(OutboxMessage).where(OutboxMessage.state == MailState.QUEUED)
    )
    assert "451" in waiting.last_error and waiting.attempts == 1
    clock.freeze(NOW + timedelta(minutes=5))
    tick = runner.invoke(args=["tick"])
    assert tick.exit_code == 0, tick.output
    db.session.refresh(waiting)
    assert waiting.state is MailState.SENT
    assert len(smtp_server.received) == 2


def test_permanent_failure_ends_failed_and_visible(smtp_config, company, runner, smtp_server):
    smtp_server.behaviour.data_replies = ["550 5.1.1 no such user"]
    result = _send(runner)
    assert "1 failed" in result.output
    listing = runner.invoke(args=["outbox", "--state", "failed"])
    assert "550 5.1.1 no such user" in listing.output
    clock.freeze(NOW + timedelta(hours=2))
    runner.invoke(args=["tick"])
    assert len(smtp_server.received) == 1  # a permanent failure is not retried


def test_server_down_leaves_forms_queued_then_sends(smtp_config, company, runner, smtp_server, app):
    from tests.smtp import free_port

    real_port = app.config["MAIL_PORT"]
    app.config["MAIL_PORT"] = free_port()  # nothing listens there
    result = _send(runner)
    assert "2 waiting to retry" in result.output
    app.config["MAIL_PORT"] = real_port
    clock.freeze(NOW + timedelta(minutes=5))
    runner.invoke(args=["tick"])
    assert len(smtp_server.received) == 2
    assert (
        db.session.scalar(
            db.select(db.func.count(OutboxMessage.id)).where(OutboxMessage.state == MailState.SENT)
        )
        == 2
    )


def test_reminder_lists_only_what_is_missing(smtp_config, company, runner, smtp_server):
    _send(runner)
    checkins.record(company["kr1"], WEEK, "green", author=company["dana"])
    db.session.commit()
    result = runner.invoke(args=["send-forms", "--now", "--reminders"])
    assert result.exit_code == 0, result.output
    reminders = [r for r in smtp_server.received if "Reminder" in r.message["Subject"]]
    assert sorted(r.recipients[0] for r in reminders) == ["dana@example.com", "eli@example.com"]
    dana = next(r for r in reminders if r.recipients == ["dana@example.com"]).message
    text = dana.get_body(preferencelist=("plain",)).get_content()
    assert company["kr2"].ref in text and company["kr1"].ref not in text
    assert "1 key result still missing" in dana["Subject"]


def test_no_reminder_when_everything_is_answered(smtp_config, company, runner, smtp_server):
    _send(runner)
    for kr in (company["kr1"], company["kr2"]):
        checkins.record(kr, WEEK, "green", author=company["dana"])
    db.session.commit()
    runner.invoke(args=["send-forms", "--now", "--reminders"])
    assert [
        r.recipients[0] for r in smtp_server.received if "Reminder" in r.message["Subject"]
    ] == ["eli@example.com"]


def test_long_text_never_makes_a_line_over_998_bytes(smtp_config, company, runner, smtp_server):
    company["kr1"].title = "Sign " + "very " * 55 + "many partners"
    checkins.record(company["kr1"], "2026-W46", "red", note="word " * 400, author=company["dana"])
    db.session.commit()
    _send(runner)
    received = next(r for r in smtp_server.received if r.recipients == ["dana@example.com"])
    assert max(len(line) for line in received.raw.splitlines()) < 998
    text = received.message.get_body(preferencelist=("plain",)).get_content()
    assert "very very" in text  # quoted-printable keeps the content intact
