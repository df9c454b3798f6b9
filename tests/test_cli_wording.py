"""What the `okr` commands say: per message, per batch, in words a person reads."""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import format_datetime

from okr import addresses, clock, weeks
from okr.models import MailKind
from okr.services import schedule
from tests.conftest import make_kr, make_person


def _reply(person, body: str, message_id: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{person.name} <{person.email}>"
    msg["To"] = addresses.reply_address(person.id, weeks.current())
    msg["Subject"] = "Re: Weekly status"
    msg["Date"] = format_datetime(clock.now())
    msg["Message-ID"] = message_id
    msg.set_content(body)
    return msg.as_bytes()


def test_ingest_says_per_message_what_it_understood(app, runner, tmp_path):
    ana = make_person("ana@example.com", "Ana Silva")
    partners, portal = make_kr(ana, "Sign 5 partners"), make_kr(ana, "Portal beta", objective="B")
    clear = tmp_path / "clear.eml"
    clear.write_bytes(_reply(ana, f"{partners.ref} red - vendor slipped\n", "<c1@example.com>"))
    unclear = tmp_path / "unclear.eml"
    unclear.write_bytes(_reply(ana, f"{portal.ref} green or red, hard to say\n", "<c2@x.com>"))
    stranger = tmp_path / "stranger.eml"
    raw = _reply(ana, f"{partners.ref} green\n", "<c3@example.com>")
    stranger.write_bytes(raw.replace(b"ana@example.com", b"mallory@example.net"))

    result = runner.invoke(args=["ingest", str(clear), str(unclear), str(stranger)])

    lines = dict(line.split(": ", 1) for line in result.output.splitlines() if ".eml: " in line)
    assert "processed from ana@example.com" in lines[str(clear)]
    assert f"{partners.ref} red" in lines[str(clear)]
    assert f"{portal.ref} unclear, asked" in lines[str(unclear)]
    assert "green" not in lines[str(unclear)].split("unclear")[0]  # nothing recorded
    assert lines[str(stranger)].split(": ")[1].startswith("quarantined")


def test_counts_are_written_in_words(app, runner):
    make_kr(make_person("ana@example.com", "Ana Silva"))
    assert runner.invoke(args=["status"]).output.startswith("Week 2026-W47: 1 key result\n")
    make_kr(make_person("bo@example.com", "Bo"))
    assert runner.invoke(args=["status"]).output.startswith("Week 2026-W47: 2 key results\n")
    plan = runner.invoke(args=["send-forms", "--now", "--dry-run"]).output
    assert "ana@example.com  week 2026-W47  1 key result\n" in plan
    assert "2 forms would be sent" in plan


def test_an_empty_digest_dry_run_says_when_digests_are_due_next(app, runner):
    """Thursday 12:00 UTC: Friday 11:00 comes first in Auckland (Thursday 22:00 UTC)."""
    for n, zone in enumerate(("Europe/Berlin", "Pacific/Auckland")):
        boss = make_person(f"boss{n}@example.com", f"Boss {n}", timezone=zone)
        make_kr(make_person(f"r{n}@example.com", f"Report {n}", manager=boss, timezone=zone))
    output = runner.invoke(args=["send-digests", "--dry-run"]).output
    assert "0 digests would be sent" in output
    assert "first at 2026-11-19 22:00 UTC (Pacific/Auckland)" in output

    schedule.set_slot(MailKind.DIGEST, 4, "09:00", enabled=False)
    output = runner.invoke(args=["send-digests", "--dry-run"]).output
    assert "paused" in output and "--now" in output


def test_sending_logs_a_line_per_batch_not_per_mail(app, runner, caplog):
    for n in range(3):
        make_kr(make_person(f"p{n}@example.com", f"Person {n}"))
    with caplog.at_level(logging.INFO):
        result = runner.invoke(args=["send-forms", "--now"])
    assert "Sent 3 forms" in result.output
    info = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert sum("sent" in line and "outbox" in line for line in info) == 1, info
    assert not any(".eml" in line and "outbox: " not in line for line in info), info
