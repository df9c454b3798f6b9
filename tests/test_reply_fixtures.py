"""Replies as real mail clients and servers write them, through the whole pipeline.

Our own corpus (tests/corpus) must end as the right flags; Discourse's automatic,
bounced, DMARC-failing and mismatched mails must record nothing and get no answer.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from okr import addresses, weeks
from okr.extensions import db
from okr.models import (
    CheckIn,
    InboundMessage,
    InboundState,
    KeyResult,
    OutboxMessage,
    PersonAlias,
)
from okr.services import okrs
from tests.conftest import make_kr, make_person

CORPUS = Path(__file__).parent / "corpus"
PEERS = Path(__file__).resolve().parents[1].parent / "shared" / "peer-fixtures" / "discourse"
NO_ANSWER = {"empty_body.eml", "attachment_only.eml"}


def _readdress(raw: bytes, to: str, sender: str | None = None) -> bytes:
    raw = re.sub(rb"(?mi)^To:[^\r\n]*(\r?\n[ \t][^\r\n]*)*", b"To: " + to.encode(), raw, count=1)
    if sender:
        raw = re.sub(rb"(?mi)^From:[^\r\n]*", b"From: " + sender.encode(), raw, count=1)
    return raw


def _ingest(runner, tmp_path, raw: bytes):
    path = tmp_path / "message.eml"
    path.write_bytes(raw)
    result = runner.invoke(args=["ingest", str(path)])
    assert "Traceback" not in result.output
    return result


def _krs_12_and_13(owner):
    """The corpus names key results #12 and #13 (some encoded), so those are their ids."""
    objective = okrs.create_objective(owner, "Win the first customers", "2026-Q4")
    krs = []
    for kr_id, title in ((12, "Sign 5 design partners"), (13, "Ship the beta")):
        kr = KeyResult(
            id=kr_id, objective=objective, owner=owner, title=title, due=date(2026, 12, 15)
        )
        db.session.add(kr)
        krs.append(kr)
    db.session.commit()
    return krs


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.eml")))
def test_our_corpus_ends_as_the_right_flags(name, app, runner, tmp_path):
    ann = make_person("ann@example.com", "Ann Example")
    kr12, _ = _krs_12_and_13(ann)
    raw = (CORPUS / name).read_bytes()
    raw = _readdress(raw, addresses.reply_address(ann.id, weeks.current()), "ann@example.com")
    result = _ingest(runner, tmp_path, raw)
    assert result.exit_code == 0, result.output
    flags = {c.key_result_id: c.flag.value for c in db.session.scalars(db.select(CheckIn))}
    if name in NO_ANSWER:
        assert flags == {}
    else:
        assert flags.get(kr12.id) == "green", name


def _peer(name: str) -> bytes:
    if not PEERS.is_dir():
        pytest.skip("shared/peer-fixtures is not beside the project")
    return (PEERS / name).read_bytes()


@pytest.mark.parametrize(
    "name",
    [
        "auto_reply.eml",
        "auto_generated_header.eml",
        "auto_generated_precedence.eml",
        "bounced_email.eml",
        "hard_bounce_via_verp.eml",
    ],
)
def test_automatic_mail_and_bounces_record_nothing(name, app, runner, tmp_path):
    """A bounce to a reply address proves nothing: it is held for review (test_bounces.py
    has the bounces that come back to our bounce addresses)."""
    raw = _peer(name)
    sender = re.search(rb"(?mi)^From:.*?<?([\w.+-]+@[\w.-]+)>?\s*$", raw).group(1).decode()
    person = make_person(sender.lower(), "Peer Sender")
    make_kr(person)
    result = _ingest(
        runner, tmp_path, _readdress(raw, addresses.reply_address(person.id, weeks.current()))
    )
    assert result.exit_code == 0, result.output
    row = db.session.scalar(db.select(InboundMessage))
    if "bounce" in name:
        assert row.state is InboundState.QUARANTINED, row.reason
        assert "delivery report that proves nothing" in row.reason
    else:
        assert row.state is InboundState.IGNORED, row.reason
    assert db.session.scalar(db.select(db.func.count(CheckIn.id))) == 0
    assert db.session.scalar(db.select(db.func.count(OutboxMessage.id))) == 0


def test_dmarc_failure_is_held_for_review(app, runner, tmp_path):
    raw = _peer("dmarc_fail.eml")
    app.config["TRUSTED_AUTHSERV_ID"] = "example.com"
    person = make_person("existing@bar.com", "Foo Bar")
    make_kr(person)
    _ingest(runner, tmp_path, _readdress(raw, addresses.reply_address(person.id, weeks.current())))
    row = db.session.scalar(db.select(InboundMessage))
    assert row.state is InboundState.QUARANTINED and "DMARC" in row.reason
    assert db.session.scalar(db.select(db.func.count(OutboxMessage.id))) == 0


def test_an_untrusted_authentication_results_header_is_ignored(app, runner, tmp_path):
    raw = _peer("dmarc_fail.eml")
    app.config["TRUSTED_AUTHSERV_ID"] = "mx.our-company.example"
    person = make_person("existing@bar.com", "Foo Bar")
    make_kr(person)
    _ingest(runner, tmp_path, _readdress(raw, addresses.reply_address(person.id, weeks.current())))
    assert db.session.scalar(db.select(InboundMessage)).state is InboundState.PROCESSED


def test_a_sender_who_is_not_the_owner_is_quarantined_unless_an_alias(app, runner, tmp_path):
    raw = _peer("reply_user_not_matching.eml")
    owner = make_person("discourse@bar.com", "Dis Course")
    make_kr(owner)
    readdressed = _readdress(raw, addresses.reply_address(owner.id, weeks.current()))
    _ingest(runner, tmp_path, readdressed)
    row = db.session.scalar(db.select(InboundMessage))
    assert row.state is InboundState.QUARANTINED and "someone_else@bar.com" in row.reason
    assert db.session.scalar(db.select(db.func.count(OutboxMessage.id))) == 0

    db.session.add(PersonAlias(person=owner, email="someone_else@bar.com"))
    db.session.commit()
    _ingest(runner, tmp_path, readdressed.replace(b"Message-ID:", b"X-Old-Message-ID:", 1))
    newest = db.session.scalar(db.select(InboundMessage).order_by(InboundMessage.id.desc()))
    assert newest.state is InboundState.PROCESSED


def test_parse_reply_prints_the_understanding_without_storing(app, runner, tmp_path):
    ann = make_person("ann@example.com", "Ann Example")
    kr, _ = _krs_12_and_13(ann)
    raw = (CORPUS / "quoted_printable.eml").read_bytes()
    raw = _readdress(raw, addresses.reply_address(ann.id, weeks.current()), "ann@example.com")
    path = tmp_path / "reply.eml"
    path.write_bytes(raw)
    result = runner.invoke(args=["parse-reply", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"text", "items", "commands", "unmatched", "ignored"} <= set(data)
    assert data["items"][0]["ref"] == kr.ref and data["items"][0]["status"] == "green"
    assert data["ignored"] is None
    assert db.session.scalar(db.select(db.func.count(InboundMessage.id))) == 0
    assert db.session.scalar(db.select(db.func.count(CheckIn.id))) == 0


def test_parse_reply_shows_a_flag_carried_over_from_last_week(app, runner, tmp_path):
    """ "#12 unchanged" shows last week's flag, marked as carried, and what would be
    recorded says so."""
    from okr.services import checkins

    ann = make_person("ann@example.com", "Ann Example")
    kr12, _ = _krs_12_and_13(ann)
    checkins.record(kr12, weeks.shift(weeks.current(), -1), "red", note="vendor late")
    db.session.commit()
    raw = (CORPUS / "plain.eml").read_bytes()
    raw = _readdress(raw, addresses.reply_address(ann.id, weeks.current()), "ann@example.com")
    raw = re.sub(rb"(?s)\r?\n\r?\n.*", b"\r\n\r\n#12 unchanged\r\n#13 green\r\n", raw, count=1)
    path = tmp_path / "reply.eml"
    path.write_bytes(raw)
    data = json.loads(runner.invoke(args=["parse-reply", str(path), "--json"]).output)
    shown = {i["ref"]: (i["status"], i["carried"]) for i in data["items"]}
    assert shown == {"#12": ("red", True), "#13": ("green", False)}
    assert any("#12 Sign 5 design partners: red (as last week" in x for x in data["would_record"])


def test_parse_reply_of_a_message_from_elsewhere_still_prints_the_text(app, runner, tmp_path):
    path = tmp_path / "other.eml"
    path.write_bytes(
        b"From: x@example.com\r\nTo: y@example.com\r\nSubject: hi\r\n\r\nHello there\r\n\r\n"
        b"On Mon, 2 Nov 2026 at 10:00, Y <y@example.com> wrote:\r\n> old text\r\n"
    )
    data = json.loads(runner.invoke(args=["parse-reply", str(path), "--json"]).output)
    assert data["text"].strip() == "Hello there"
    assert data["ignored"].startswith("not authenticated")
    assert data["items"] == []


def test_parse_reply_shows_the_line_and_rule_of_each_answer_as_processing_records_it(
    app, runner, tmp_path
):
    """parse-reply runs processing's own steps (storing nothing); ingesting the same file
    then records exactly what it showed."""
    ann = make_person("ann@example.com", "Ann Example")
    kr12, kr13 = _krs_12_and_13(ann)
    raw = (CORPUS / "plain.eml").read_bytes()
    raw = _readdress(raw, addresses.reply_address(ann.id, weeks.current()), "ann@example.com")
    raw = re.sub(
        rb"(?s)\r?\n\r?\n.*",
        b"\r\n\r\nAll green except #13 red - vendor slipped again\r\n"
        b"#12 gren\r\n\r\nThanks,\r\nAnn\r\n",
        raw,
        count=1,
    )
    path = tmp_path / "reply.eml"
    path.write_bytes(raw)
    data = json.loads(runner.invoke(args=["parse-reply", str(path), "--json"]).output)
    shown = {i["ref"]: (i["status"], i["note"], i["source"]["rule"]) for i in data["items"]}
    assert shown == {
        "#12": ("green", "", "ref-line"),
        "#13": ("red", "vendor slipped again", "all-except"),
    }
    assert data["items"][1]["source"]["line"] == "All green except #13 red - vendor slipped again"
    assert data["guesses"] == [{"ref": "#12", "word": "gren", "status": "green"}]
    assert any("#13 Ship the beta: red" in line for line in data["would_record"])
    assert db.session.scalar(db.select(db.func.count(CheckIn.id))) == 0
    assert db.session.scalar(db.select(db.func.count(InboundMessage.id))) == 0

    assert _ingest(runner, tmp_path, raw).exit_code == 0
    recorded = {
        c.key_result_id: (c.flag.value, c.note) for c in db.session.scalars(db.select(CheckIn))
    }
    assert recorded == {kr12.id: ("green", ""), kr13.id: ("red", "vendor slipped again")}


def test_parse_reply_shows_the_line_and_rule_of_commands_and_the_remarks(app, runner, tmp_path):
    ann = make_person("ann@example.com", "Ann Example")
    _krs_12_and_13(ann)
    raw = (CORPUS / "plain.eml").read_bytes()
    raw = _readdress(raw, addresses.reply_address(ann.id, weeks.current()), "ann@example.com")
    raw = re.sub(
        rb"(?s)\r?\n\r?\n.*",
        b"\r\n\r\nSorry, late again.\r\n#12 green\r\nWe agreed to push #13 to 2027-01-13.\r\n",
        raw,
        count=1,
    )
    path = tmp_path / "reply.eml"
    path.write_bytes(raw)
    data = json.loads(runner.invoke(args=["parse-reply", str(path), "--json"]).output)
    assert [(c["kind"], c["ref"], c["value"], c["source"]["rule"]) for c in data["commands"]] == [
        ("due", "#13", "2027-01-13", "due-verb")
    ]
    assert data["commands"][0]["source"]["line"] == "We agreed to push #13 to 2027-01-13."
    assert data["remarks"] == ["Sorry, late again."] and data["unmatched"] == []
    assert [(i["ref"], i["status"]) for i in data["items"]] == [("#12", "green")]


def test_the_form_pasted_without_quotes_reads_as_nothing(app, runner):
    """Every line the form template writes is recognised as the form's, not an answer
    (so the template and the grammar cannot drift apart)."""
    from okr.replies.understand import FormEntry, understand
    from tests.replies import sent_forms

    ann = make_person("ann@example.com", "Ann Example")
    _krs_12_and_13(ann)
    db.session.add(CheckIn(key_result_id=12, week=weeks.shift(weeks.current(), -1), flag="red",
                           note="vendor slipped"))  # fmt: skip
    db.session.commit()
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    form = sent_forms(app)["ann@example.com"].get_body(preferencelist=("plain",)).get_content()
    objective = "Win the first customers"
    entries = [FormEntry("#12", "Sign 5 design partners", objective),
               FormEntry("#13", "Ship the beta", objective)]  # fmt: skip
    result = understand(form, entries, date(2026, 11, 19), ("Ann Example", "Ann"))
    assert result.items == [] and result.commands == [] and result.ambiguous == []
    assert result.unmatched == []
