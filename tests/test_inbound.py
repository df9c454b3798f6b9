"""Replies end to end: the web door, authentication, recording and the confirmation."""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import hmac
import io
from datetime import UTC, date, datetime

import pytest

from okr import addresses
from okr.extensions import db
from okr.models import CheckIn, InboundMessage, InboundState, KeyResult, KRState, OutboxMessage
from tests.conftest import make_kr, make_person
from tests.replies import reply_to, sent_forms

SECRET = "inbound-test-secret"


@pytest.fixture
def app_config(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


@pytest.fixture
def forms(app, runner):
    dana = make_person("dana@example.com", "Dana")
    eli = make_person("eli@example.com", "Eli")
    krs = [
        make_kr(dana, "Sign 5 design partners", due=date(2026, 12, 15)),
        make_kr(dana, "Ship the beta", objective="Launch"),
        make_kr(eli, "Hire two engineers"),
    ]
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    return {"dana": dana, "eli": eli, "krs": krs, "sent": sent_forms(app)}


def post(client, raw: bytes, secret: str = SECRET):
    signature = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )


def checkins():
    return [
        (c.key_result_id, c.flag.value, c.score, c.note)
        for c in db.session.scalars(db.select(CheckIn).order_by(CheckIn.id))
    ]


def test_a_reply_records_flags_and_is_confirmed(client, forms, app):
    kr1, kr2, _ = forms["krs"]
    raw = reply_to(
        forms["sent"]["dana@example.com"],
        f"{kr1.ref} green 0.8 - signed 4 of 5\n{kr2.ref} red - QA found a bug",
    )
    response = post(client, raw)
    assert response.status_code == 202, response.get_json()
    assert sorted(checkins()) == [
        (kr1.id, "green", 0.8, "signed 4 of 5"),
        (kr2.id, "red", None, "QA found a bug"),
    ]
    row = db.session.scalar(db.select(InboundMessage))
    assert row.state is InboundState.PROCESSED and row.week == "2026-W47"
    confirmation = db.session.scalar(
        db.select(OutboxMessage).where(OutboxMessage.kind == "confirmation")
    )
    assert confirmation.recipient == "dana@example.com"
    assert confirmation.state.value == "sent"
    confirmations = [m for m in sent_forms_all(app) if m["Subject"].startswith("Re:")]
    assert len(confirmations) == 1
    body = confirmations[0].get_body(preferencelist=("plain",)).get_content()
    assert f"{kr1.ref} Sign 5 design partners: green 80% - signed 4 of 5" in body
    reply_id = email.message_from_bytes(raw)["Message-ID"]
    assert confirmations[0]["In-Reply-To"] == reply_id
    assert confirmations[0]["Auto-Submitted"] == "auto-replied"
    assert "Still missing" not in body


def sent_forms_all(app):
    import email
    import email.policy
    from pathlib import Path

    return [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in Path(app.config["OUTBOX_DIR"]).glob("*.eml")
    ]


def test_the_same_reply_three_times_records_once(client, forms):
    kr1 = forms["krs"][0]
    raw = reply_to(forms["sent"]["dana@example.com"], f"{kr1.ref} yellow")
    codes = [post(client, raw).status_code for _ in range(3)]
    assert codes == [202, 200, 200]
    assert len(checkins()) == 1


def test_a_later_reply_for_the_week_wins(client, forms, runner):
    kr1 = forms["krs"][0]
    form = forms["sent"]["dana@example.com"]
    post(client, reply_to(form, f"{kr1.ref} green"))
    post(client, reply_to(form, f"{kr1.ref} red - actually the vendor slipped"))
    import json

    status = json.loads(runner.invoke(args=["status", "--json"]).output)
    item = next(i for i in status["items"] if i["ref"] == kr1.ref)
    assert (item["status"], item["note"]) == ("red", "actually the vendor slipped")
    assert len(checkins()) == 2  # history is kept


def test_a_flag_only_in_the_quoted_form_records_nothing(client, forms):
    kr1 = forms["krs"][0]
    db.session.add(CheckIn(key_result=kr1, week="2026-W46", flag="red", note="old"))
    db.session.commit()
    post(client, reply_to(forms["sent"]["dana@example.com"], "Will answer tomorrow, sorry."))
    assert [c for c in checkins() if c[1] != "red"] == []
    row = db.session.scalar(db.select(InboundMessage))
    assert row.reason.startswith("no answers, only remarks")


@pytest.mark.parametrize(
    "change",
    [
        {"sender": "mallory@evil.example"},
        {"to": "status+aaaaaaaaaaaaaaaaaaaaaaaaaaaa@flagpost.test"},
    ],
)
def test_forged_replies_are_quarantined_and_not_answered(client, forms, app, change):
    kr1 = forms["krs"][0]
    before = len(sent_forms_all(app))
    post(client, reply_to(forms["sent"]["dana@example.com"], f"{kr1.ref} green", **change))
    assert checkins() == []
    row = db.session.scalar(db.select(InboundMessage))
    assert row.state is InboundState.QUARANTINED and row.reason
    assert len(sent_forms_all(app)) == before


def test_someone_elses_token_is_refused(client, forms):
    kr3 = forms["krs"][2]
    eli_form = forms["sent"]["eli@example.com"]
    post(client, reply_to(eli_form, f"{kr3.ref} green", sender="dana@example.com"))
    assert checkins() == []


def test_relay_that_dropped_the_token_falls_back_to_the_thread(client, forms):
    kr1 = forms["krs"][0]
    raw = reply_to(forms["sent"]["dana@example.com"], f"{kr1.ref} green", to="status@flagpost.test")
    post(client, raw)
    assert [c[:2] for c in checkins()] == [(kr1.id, "green")]


def test_auto_replies_are_kept_ignored_and_unanswered(client, forms, app):
    before = len(sent_forms_all(app))
    raw = reply_to(
        forms["sent"]["dana@example.com"],
        "I am out of the office until Monday. green light for everything.",
        headers={"Auto-Submitted": "auto-replied"},
    )
    post(client, raw)
    row = db.session.scalar(db.select(InboundMessage))
    assert row.state is InboundState.IGNORED
    assert checkins() == [] and len(sent_forms_all(app)) == before


def test_commands_drop_due_and_away(client, forms):
    kr1, kr2, _ = forms["krs"]
    body = (
        f"{kr1.ref} red - vendor slipped, new date 2027-01-15\n"
        f"{kr2.ref} drop - beta merged into GA\n"
        "away until 2026-12-01"
    )
    post(client, reply_to(forms["sent"]["dana@example.com"], body))
    db.session.expire_all()
    assert db.session.get(KeyResult, kr1.id).due == date(2027, 1, 15)
    assert db.session.get(KeyResult, kr2.id).state is KRState.DROPPED
    assert forms["dana"].away_until == date(2026, 12, 1)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Flagpost-Signature": "sha256=00"},
        {"Authorization": "Basic " + base64.b64encode(b"x:wrong").decode()},
    ],
)
def test_the_door_refuses_missing_or_wrong_secrets(client, headers):
    response = client.post(
        "/inbound/email", data=b"Subject: x\n\nhi", content_type="message/rfc822", headers=headers
    )
    assert response.status_code == 401
    assert db.session.scalar(db.select(db.func.count(InboundMessage.id))) == 0


def test_a_door_turned_off_answers_404_and_stores_nothing(app, client):
    app.config["INBOUND_WEBHOOK"] = False
    body = b"Subject: x\n\nhi"
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    response = client.post(
        "/inbound/email",
        data=body,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": signature},
    )
    assert response.status_code == 404
    assert "OKR_INBOUND_WEBHOOK" in response.get_json()["error"]
    assert db.session.scalar(db.select(db.func.count(InboundMessage.id))) == 0


def test_basic_auth_and_multipart_form_field(client, forms):
    kr1 = forms["krs"][0]
    raw = reply_to(forms["sent"]["dana@example.com"], f"{kr1.ref} green")
    auth = "Basic " + base64.b64encode(f"mailer:{SECRET}".encode()).decode()
    response = client.post(
        "/inbound/email", data={"body-mime": raw.decode()}, headers={"Authorization": auth}
    )
    assert response.status_code == 202
    assert len(checkins()) == 1


def test_oversized_messages_are_refused(client, forms, app):
    app.config["MAX_MESSAGE_BYTES"] = 1000
    raw = reply_to(forms["sent"]["dana@example.com"], "x" * 2000)
    response = post(client, raw)
    assert response.status_code == 413
    assert "over the limit" in response.get_json()["error"]


def _reply_of_size(form, ref: str, size: int) -> bytes:
    """A real reply carrying an attachment, `size` bytes in all."""
    msg = email.message_from_bytes(
        reply_to(form, f"{ref} green", quote=False), policy=email.policy.SMTP
    )
    msg.add_attachment(b"", maintype="application", subtype="octet-stream", filename="a.bin")
    padding = size - len(msg.as_bytes())
    msg.get_payload()[-1].set_content(
        b"\0" * (padding * 57 // 78), maintype="application", subtype="octet-stream"
    )
    raw = msg.as_bytes()
    assert abs(len(raw) - size) < 1000, len(raw)
    return raw


def _basic_auth() -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"x:{SECRET}".encode()).decode()}


def test_the_door_takes_messages_up_to_its_own_limit_not_the_upload_limit(client, forms, app):
    """OKR_MAX_MESSAGE_BYTES (10 MiB) is the door's limit, not OKR_MAX_UPLOAD_BYTES (5 MB)."""
    assert app.config["MAX_CONTENT_LENGTH"] == 5_000_000
    assert app.config["MAX_MESSAGE_BYTES"] == 10 * 1024 * 1024
    form, ref = forms["sent"]["dana@example.com"], forms["krs"][0].ref
    raw = _reply_of_size(form, ref, 6_000_000)
    assert post(client, raw).status_code == 202
    as_file = _reply_of_size(form, ref, 6_000_001)  # another message, not a duplicate
    response = client.post(
        "/inbound/email",
        data={"body-mime": (io.BytesIO(as_file), "message.eml")},
        headers=_basic_auth(),
    )
    assert response.status_code == 202
    as_field = _reply_of_size(form, ref, 6_000_002)
    response = client.post(
        "/inbound/email",
        data={"body-mime": as_field.decode("ascii")},
        content_type="application/x-www-form-urlencoded",
        headers=_basic_auth(),
    )
    assert response.status_code == 202
    sizes = sorted(db.session.scalars(db.select(InboundMessage.size)))
    assert sizes == sorted(len(r) for r in (raw, as_file, as_field))


def test_over_its_limit_the_door_answers_its_own_413(client, forms, app):
    form, ref = forms["sent"]["dana@example.com"], forms["krs"][0].ref
    limit = app.config["MAX_MESSAGE_BYTES"]
    just_over = _reply_of_size(form, ref, limit + 1000)
    far_over = _reply_of_size(form, ref, 2 * limit + 1000)
    answers = [
        post(client, just_over),  # read, then refused by its size
        post(client, far_over),  # refused by its Content-Length, unread
        client.post(
            "/inbound/email",
            data={"body-mime": (io.BytesIO(far_over), "message.eml")},
            headers=_basic_auth(),
        ),
        # Sent without a Content-Length (chunked): refused once the limit is read.
        client.post(
            "/inbound/email",
            input_stream=io.BytesIO(far_over),
            content_type="message/rfc822",
            headers=_basic_auth(),
            environ_overrides={"wsgi.input_terminated": True},
        ),
    ]
    for response in answers:
        assert response.status_code == 413
        assert response.mimetype == "application/json", response.get_data(as_text=True)[:200]
        assert "over the limit" in response.get_json()["error"]
    assert db.session.scalar(db.select(db.func.count(InboundMessage.id))) == 0


def test_csv_uploads_keep_their_own_limit(app, admin_client):
    """The door's larger limit is its own: an upload over OKR_MAX_UPLOAD_BYTES is refused."""
    response = admin_client.post(
        "/admin/csv/people/preview",
        data={"people-file": (io.BytesIO(b"email,name\n" + b"x" * 6_000_000), "people.csv")},
    )
    assert response.status_code == 413
    assert "larger than this server accepts" in response.get_data(as_text=True)


def test_admin_sees_what_was_not_understood_and_sets_flags_by_hand(client, forms, admin):
    from tests.conftest import sign_in

    kr1 = forms["krs"][0]
    post(client, reply_to(forms["sent"]["dana@example.com"], "Things are <b>fine</b>, mostly."))
    row = db.session.scalar(db.select(InboundMessage))
    sign_in(client, admin)
    listing = client.get("/admin/mail/inbound/?attention=1").get_data(as_text=True)
    assert "nothing understood" in listing
    page = client.get(f"/admin/mail/inbound/{row.id}").get_data(as_text=True)
    assert "Things are &lt;b&gt;fine&lt;/b&gt;, mostly." in page
    response = client.post(f"/admin/mail/inbound/{row.id}", data={f"flag-{kr1.id}": "yellow"})
    assert response.status_code == 302
    assert [(c[0], c[1]) for c in checkins()] == [(kr1.id, "yellow")]
    assert db.session.scalar(db.select(CheckIn)).author_id == admin.id


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"score": "7"}, "a score is from 0 to 1"),
        ({"score": "lots"}, "is not a score"),
        ({"note": "x" * 10_001}, "longer than 10000 characters"),
        ({"flag": "", "note": "a note without a flag"}, "choose a flag for this key result"),
        ({"flag": "", "score": "0.5"}, "choose a flag for this key result"),
    ],
)
def test_flags_set_by_hand_check_the_score_and_the_note(client, forms, admin, fields, error):
    """The admin's form records the way the person's own status page does: a bad score, a
    note too long, or a note or score without a flag is refused and nothing is recorded."""
    from tests.conftest import sign_in

    kr1, kr2 = forms["krs"][0], forms["krs"][1]
    post(client, reply_to(forms["sent"]["dana@example.com"], "Things are fine, mostly."))
    row = db.session.scalar(db.select(InboundMessage))
    sign_in(client, admin)
    data = {f"flag-{kr2.id}": "green", f"flag-{kr1.id}": fields.get("flag", "yellow")}
    if "score" in fields:
        data[f"score-{kr1.id}"] = fields["score"]
    if "note" in fields:
        data[f"note-{kr1.id}"] = fields["note"]

    response = client.post(f"/admin/mail/inbound/{row.id}", data=data)

    assert response.status_code == 400
    assert error in response.get_data(as_text=True)
    assert checkins() == []


def test_a_score_set_by_hand_is_recorded(client, forms, admin):
    from tests.conftest import sign_in

    kr1 = forms["krs"][0]
    post(client, reply_to(forms["sent"]["dana@example.com"], "Things are fine, mostly."))
    row = db.session.scalar(db.select(InboundMessage))
    sign_in(client, admin)
    data = {f"flag-{kr1.id}": "green", f"score-{kr1.id}": "70%", f"note-{kr1.id}": "on track"}
    assert client.post(f"/admin/mail/inbound/{row.id}", data=data).status_code == 302
    check_in = db.session.scalar(db.select(CheckIn))
    assert (check_in.flag.value, check_in.score, check_in.note) == ("green", 0.7, "on track")


def test_received_mail_pages_are_for_admins(client, forms):
    from tests.conftest import sign_in

    sign_in(client, forms["dana"])
    assert client.get("/admin/mail/inbound/").status_code == 403
    assert client.get("/admin/mail/inbound/?state=nonsense").status_code == 403


def test_a_stored_but_unprocessed_reply_is_picked_up_by_the_tick(forms, runner):
    from okr.services.inbound import store

    kr1 = forms["krs"][0]
    stored = store(reply_to(forms["sent"]["dana@example.com"], f"{kr1.ref} green"), "pipe")
    assert checkins() == []  # stored only, as when Redis refused the job
    result = runner.invoke(args=["tick"])
    assert result.exit_code == 0, result.output
    assert "replies: 1" in result.output
    assert db.session.get(InboundMessage, stored.id).state is InboundState.PROCESSED
    assert [c[:2] for c in checkins()] == [(kr1.id, "green")]


def _bounce_for(form, status: str) -> bytes:
    """An RFC 3464 delivery report for one of our forms, as a mail server writes it: to
    the form's envelope sender, its own bounce address (see test_bounces.py)."""
    row_id = db.session.scalar(
        db.select(OutboxMessage.id).where(OutboxMessage.message_id == form["Message-ID"])
    )
    action = "failed" if status.startswith("5") else "delayed"
    return (
        "From: MAILER-DAEMON@mx.example.com\r\n"
        f"To: {addresses.bounce_address(row_id)}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <bounce-1@mx.example.com>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n'
        "\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
        "Your message could not be delivered.\r\n"
        "\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.com\r\n\r\n"
        f"Final-Recipient: rfc822; {form['To']}\r\nAction: {action}\r\nStatus: {status}\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
        "\r\n--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {form['Message-ID']}\r\nTo: {form['To']}\r\n"
        "\r\n--b1--\r\n"
    ).encode()


def test_a_bounced_form_is_noted_on_its_outbox_row(client, forms):
    form = forms["sent"]["dana@example.com"]
    assert post(client, _bounce_for(form, "5.1.1")).status_code == 202
    row = db.session.scalar(
        db.select(OutboxMessage).where(OutboxMessage.message_id == form["Message-ID"])
    )
    assert row.bounced_at is not None and "5.1.1" in row.bounce_reason
    inbound = db.session.scalar(db.select(InboundMessage))
    assert inbound.state is InboundState.IGNORED and inbound.reason.startswith("bounce")
    assert checkins() == []


def test_a_delay_warning_does_not_mark_the_form_bounced(client, forms):
    form = forms["sent"]["dana@example.com"]
    post(client, _bounce_for(form, "4.4.1"))
    row = db.session.scalar(
        db.select(OutboxMessage).where(OutboxMessage.message_id == form["Message-ID"])
    )
    assert row.bounced_at is None


def test_not_understood_answers_go_out_once_a_day(client, forms, app):
    form = forms["sent"]["dana@example.com"]
    for number in range(3):
        post(client, reply_to(form, f"Sorry, no idea yet ({number})."))
    answers = [m for m in sent_forms_all(app) if m["Subject"].startswith("Re:")]
    assert len(answers) == 1
    assert db.session.scalar(db.select(db.func.count(InboundMessage.id))) == 3


def test_confirmations_are_capped_per_day(client, forms, app, monkeypatch):
    from okr.services.inbound import confirm

    monkeypatch.setattr(confirm, "MAX_CONFIRMATIONS_PER_DAY", 2)
    kr1 = forms["krs"][0]
    form = forms["sent"]["dana@example.com"]
    for flag in ("green", "yellow", "red"):
        post(client, reply_to(form, f"{kr1.ref} {flag}"))
    answers = [m for m in sent_forms_all(app) if m["Subject"].startswith("Re:")]
    assert len(answers) == 2
    assert len(checkins()) == 3  # every reply still counts


def _status(runner, week: str) -> dict[str, dict]:
    import json

    result = runner.invoke(args=["status", "--week", week, "--json"])
    assert result.exit_code == 0, result.output
    return {item["ref"]: item for item in json.loads(result.output)["items"]}


def test_a_late_reply_counts_for_its_forms_week_commands_included(client, forms, runner):
    """A reply to last week's form: done and drop close the key results as of that week,
    a new date counts there too, and no flag is invented for a command."""
    from okr import addresses
    from okr.models import DeadlineChange

    kr1, kr2, _ = forms["krs"]
    kr3 = make_kr(forms["dana"], "Write the launch post", objective="Launch")
    for kr in (kr1, kr2, kr3):  # they existed last week
        kr.created_at = datetime(2026, 11, 2, tzinfo=UTC)
    db.session.commit()
    late = addresses.reply_address(forms["dana"].id, "2026-W46")
    body = (
        f"{kr1.ref} done - shipped on Tuesday\n"
        f"{kr2.ref} drop - no longer needed\n"
        f"{kr3.ref} due 2027-01-20"
    )
    assert (
        post(client, reply_to(forms["sent"]["dana@example.com"], body, to=late)).status_code == 202
    )
    assert checkins() == []  # no flag nobody wrote
    last_week = _status(runner, "2026-W46")
    assert (last_week[kr1.ref]["status"], last_week[kr2.ref]["status"]) == ("done", "dropped")
    assert last_week[kr2.ref]["note"] == "no longer needed"
    assert last_week[kr1.ref]["note"] == "shipped on Tuesday"  # the note said with done
    this_week = _status(runner, "2026-W47")
    assert kr1.ref not in this_week and kr2.ref not in this_week  # closed before it began
    change = db.session.scalar(
        db.select(DeadlineChange).where(DeadlineChange.key_result_id == kr3.id)
    )
    assert change.changed_at.date() <= date(2026, 11, 15)  # the Sunday ending 2026-W46
    row = db.session.scalar(db.select(InboundMessage))
    assert row.week == "2026-W46"


def test_a_reply_for_this_week_closes_as_of_now(client, forms, runner):
    kr1 = forms["krs"][0]
    post(client, reply_to(forms["sent"]["dana@example.com"], f"{kr1.ref} done"))
    assert _status(runner, "2026-W47")[kr1.ref]["status"] == "done"
    assert _status(runner, "2026-W47")[kr1.ref]["note"] == ""
    assert checkins() == []


def _confirmation_text(app) -> str:
    answers = [m for m in sent_forms_all(app) if m["Subject"].startswith("Re:")]
    assert len(answers) == 1
    return answers[0].get_body(preferencelist=("plain",)).get_content()


def test_the_confirmation_says_what_was_guessed_and_asks_what_was_unclear(client, forms, app):
    kr1, kr2, _ = forms["krs"]
    body = f"{kr1.ref} gren - signed 4\n{kr2.ref} red/yellow"
    post(client, reply_to(forms["sent"]["dana@example.com"], body))
    assert checkins() == [(kr1.id, "green", None, "signed 4")]
    text = " ".join(_confirmation_text(app).split())
    assert f'{kr1.ref} Sign 5 design partners: green - signed 4 (we read "gren" as green)' in text
    assert "We could not tell which flag you meant" in text
    assert f"{kr2.ref} Ship the beta: it reads as two different flags" in text
    assert f"for example: {kr2.ref} green" in text
    assert "Still missing" not in text  # the unclear one is asked, not listed twice


def test_unchanged_carries_last_weeks_flag_and_the_confirmation_says_so(client, forms, app):
    """ "#12 unchanged" is last week's flag again, said to be carried over; without a flag
    last week it is asked, never guessed."""
    from okr.services import checkins as checkin_service

    kr1, kr2, _ = forms["krs"]
    checkin_service.record(kr1, "2026-W46", "yellow", note="legal review")
    checkin_service.record(kr1, "2026-W45", "red")  # older: not last week's
    db.session.commit()
    body = f"{kr1.ref} unchanged - legal still reviewing\n{kr2.ref} same as last week"
    post(client, reply_to(forms["sent"]["dana@example.com"], body))
    recorded = {
        (c.key_result_id, c.week): (c.flag.value, c.note)
        for c in db.session.scalars(db.select(CheckIn))
    }
    assert recorded[(kr1.id, "2026-W47")] == ("yellow", "legal still reviewing")
    assert (kr2.id, "2026-W47") not in recorded
    text = " ".join(_confirmation_text(app).split())
    assert (
        f"{kr1.ref} Sign 5 design partners: yellow - legal still reviewing "
        "(as last week: you said it is unchanged)"
    ) in text
    assert f"it says {kr2.ref} is as last week, and last week had no flag for it" in text


def test_a_flag_taken_back_in_its_note_is_asked_not_recorded(client, forms, app):
    kr1, kr2, _ = forms["krs"]
    body = f"{kr1.ref} green, though legal says red\n{kr2.ref} done, actually no, still yellow"
    post(client, reply_to(forms["sent"]["dana@example.com"], body))
    assert checkins() == []
    assert db.session.get(KeyResult, kr2.id).state == KRState.ACTIVE
    text = " ".join(_confirmation_text(app).split())
    assert f"{kr1.ref} Sign 5 design partners: it says green, then red" in text
    assert f"{kr2.ref} Ship the beta: it says done, then yellow" in text


def test_a_reply_of_only_thanks_is_thanked_not_called_not_understood(client, forms, app):
    kr1 = forms["krs"][0]
    body = "Thanks, will answer on Monday when I'm back.\n\nCheers"
    post(client, reply_to(forms["sent"]["dana@example.com"], body))
    assert checkins() == []
    text = " ".join(_confirmation_text(app).split())
    assert "could not understand your reply" not in text and "not understood" not in text
    assert "Nothing was recorded for week 47 yet" in text
    assert "Still missing:" in text and f"{kr1.ref} Sign 5 design partners" in text
    row = db.session.scalar(db.select(InboundMessage))
    assert row.reason.startswith("no answers, only remarks")


def test_a_reply_that_is_only_unclear_is_asked_about_not_called_not_understood(client, forms, app):
    kr1 = forms["krs"][0]
    post(client, reply_to(forms["sent"]["dana@example.com"], "All green except the hiring one"))
    assert checkins() == []
    text = " ".join(_confirmation_text(app).split())
    assert "could not understand your reply" not in text
    assert "Nothing was recorded for week 47 yet" in text
    assert f"{kr1.ref} Sign 5 design partners" in text and "which key results it covers" in text
    row = db.session.scalar(db.select(InboundMessage))
    assert row.reason == "unclear: asked the sender"


def test_lines_without_references_count_in_the_order_the_form_shows(client, forms, app):
    """The form groups key results by objective, sorted by title: "Launch" before "Win the
    first customers", although "Win ..." was created first."""
    import re

    kr1, kr2, _ = forms["krs"]
    form = forms["sent"]["dana@example.com"]
    shown = re.findall(r"^(#\d+) ", form.get_body(preferencelist=("plain",)).get_content(), re.M)
    shown = [ref for ref in shown if ref in (kr1.ref, kr2.ref)]
    assert shown == [kr2.ref, kr1.ref]  # the form lists the beta (Launch) first
    post(client, reply_to(form, "red - QA found a bug\ngreen - signed 4"))
    by_ref = {kr.id: kr.ref for kr in (kr1, kr2)}
    assert {by_ref[c[0]]: c[1] for c in checkins()} == {kr2.ref: "red", kr1.ref: "green"}


def test_a_weekday_in_a_reply_is_read_in_the_writers_own_calendar(client, app, runner):
    """At 23:30 UTC on a Thursday it is already Friday morning in Tokyo: "done on Friday"
    there is a day gone by and closes the key result; in London it is still to come."""
    from okr import clock

    tokyo = make_person("kenji@example.com", "Kenji", timezone="Asia/Tokyo")
    london = make_person("dana@example.com", "Dana", timezone="Europe/London")
    krs = {p.email: make_kr(p, "Sign 3 launch customers") for p in (tokyo, london)}
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    sent = sent_forms(app)
    clock.freeze(datetime(2026, 11, 19, 23, 30, tzinfo=UTC))
    for email_address, kr in krs.items():
        body = f"{kr.ref} done on Friday - all three signed"
        assert post(client, reply_to(sent[email_address], body)).status_code == 202
    status = _status(runner, "2026-W47")
    assert status[krs["kenji@example.com"].ref]["status"] == "done"
    assert status[krs["kenji@example.com"].ref]["note"] == "on Friday - all three signed"
    assert status.get(krs["dana@example.com"].ref, {}).get("status") != "done"
