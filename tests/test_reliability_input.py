"""Bad input: each gets a clear answer and changes nothing it should not.

Mail goes in through the real door (`POST /inbound/email`, signed), as an inbound-mail
service would post it, and is processed in-process (embedded mode); the parser's own unit
tests are in test_decode.py, test_classify.py and test_trim.py. Web and CSV input goes
through the pages. At the end, fuzzing: Hypothesis over the reply pipeline and the door,
and atheris (coverage-guided, when installed) over the parser.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import http.server
import io
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from okr import clock, queue
from okr.extensions import db
from okr.models import CheckIn, InboundMessage, InboundState, MailKind, OutboxMessage, Person
from tests.conftest import make_kr, make_person, sign_in
from tests.replies import reply_to, sent_forms

SECRET = "input-test-inbound-secret"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def app_config(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


def post(client, raw: bytes):
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    return client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )


@pytest.fixture
def forms(app, runner):
    dana = make_person("dana@example.com", "Dana")
    krs = [make_kr(dana, "Sign 5 design partners"), make_kr(dana, "Ship it", objective="Launch")]
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    return {"dana": dana, "krs": krs, "form": sent_forms(app)["dana@example.com"]}


def checkins() -> list[tuple[int, str, str]]:
    db.session.rollback()
    return [
        (c.key_result_id, c.flag.value, c.note)
        for c in db.session.scalars(select(CheckIn).order_by(CheckIn.id))
    ]


def confirmations() -> int:
    return db.session.scalar(
        select(func.count(OutboxMessage.id)).where(OutboxMessage.kind == MailKind.CONFIRMATION)
    )


def deliver(client, raw: bytes) -> tuple[int, InboundMessage | None]:
    response = post(client, raw)
    payload = response.get_json() or {}
    db.session.rollback()
    row = db.session.get(InboundMessage, payload["id"]) if "id" in payload else None
    return response.status_code, row


def _headers_and_body(form: EmailMessage, body: bytes, extra: str = "") -> bytes:
    """A reply to Dana's form written by hand, so any byte can be put anywhere."""
    head = (
        f"From: Dana <dana@example.com>\r\n"
        f"To: {form['Reply-To']}\r\n"
        f"Subject: Re: {form['Subject']}\r\n"
        f"Message-ID: <hand-{hashlib.sha256(body + extra.encode()).hexdigest()[:12]}@c.test>\r\n"
        f"In-Reply-To: {form['Message-ID']}\r\n"
        f"{extra}"
    )
    return head.encode("utf-8") + b"\r\n" + body


# --- malformed MIME, missing and duplicate headers, charsets, 8-bit headers --------------------


def test_malformed_mime_is_read_as_far_as_it_goes(client, forms):
    ref = forms["krs"][0].ref
    broken = _headers_and_body(
        forms["form"],
        f"--XYZ\r\nContent-Type: text/plain\r\n\r\n{ref} green - parts never closed\r\n".encode(),
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XYZ\r\n",
    )
    status, row = deliver(client, broken)
    assert status == 202 and row.state is InboundState.PROCESSED
    assert checkins() == [(forms["krs"][0].id, "green", "parts never closed")]


@pytest.mark.parametrize(
    ("extra", "body"),
    [
        ("Content-Type: multipart/alternative\r\n", b"no boundary parameter at all\r\n"),
        ("Content-Type: text/;;;charset==\r\n", b"\x00\x01\x02 binary junk \xff\xfe\r\n"),
        ("Content-Transfer-Encoding: base64\r\n", b"!!! not base64 at all ===\r\n"),
        ('Content-Type: multipart/mixed; boundary=""\r\n', b"--\r\n--\r\n"),
        ("Content-Type: message/rfc822\r\n", b"Not: really\r\n\r\na message\r\n"),
    ],
    ids=["multipart-without-boundary", "garbage-type", "broken-base64", "empty-boundary", "rfc822"],
)
def test_unreadable_mime_records_nothing_and_says_so(client, forms, extra, body):
    status, row = deliver(client, _headers_and_body(forms["form"], body, extra))
    assert status == 202
    assert row.state is InboundState.PROCESSED  # authentic: Dana hears it was not understood
    assert row.reason.startswith("nothing understood")
    assert checkins() == []
    assert confirmations() == 1


@pytest.mark.parametrize(
    ("drop", "state", "reason"),
    [
        ("From", InboundState.QUARANTINED, "no address"),
        ("To", InboundState.PROCESSED, None),  # In-Reply-To still names our form: recorded
        ("Message-ID", InboundState.PROCESSED, None),
        ("Subject", InboundState.PROCESSED, None),
        ("Date", InboundState.PROCESSED, None),
    ],
)
def test_a_missing_header(client, forms, drop, state, reason):
    raw = reply_to(forms["form"], f"{forms['krs'][0].ref} yellow")
    msg = message_from_bytes(raw, policy=policy.SMTP)
    del msg[drop]
    status, row = deliver(client, msg.as_bytes())
    assert status == 202
    assert row.state is state, row.reason
    if reason:
        assert reason in row.reason
        assert checkins() == [] and confirmations() == 0
    else:
        assert [c[:2] for c in checkins()] == [(forms["krs"][0].id, "yellow")]


def test_no_reply_token_and_no_thread_is_quarantined(client, forms):
    raw = reply_to(forms["form"], f"{forms['krs'][0].ref} yellow", to="status@flagpost.test")
    msg = message_from_bytes(raw, policy=policy.SMTP)
    del msg["In-Reply-To"], msg["References"]
    status, row = deliver(client, msg.as_bytes())
    assert (status, row.state) == (202, InboundState.QUARANTINED)
    assert "no reply token" in row.reason
    assert checkins() == [] and confirmations() == 0


def test_a_message_without_any_header_is_kept_and_refused(client, forms):
    status, row = deliver(client, b"#1 green\r\n")
    assert status == 202
    assert row.state in (InboundState.QUARANTINED, InboundState.IGNORED)
    assert checkins() == [] and confirmations() == 0


@pytest.mark.parametrize("where", ["before", "after"])
def test_duplicate_from_headers_naming_someone_else_are_not_trusted(client, forms, where):
    raw = reply_to(forms["form"], f"{forms['krs'][0].ref} red - hijacked")
    mallory = b"From: Mallory <mallory@evil.example>\r\n"
    if where == "before":
        raw = mallory + raw
    else:
        head, body = raw.split(b"\r\n\r\n", 1)
        raw = head + b"\r\n" + mallory + b"\r\n" + body
    status, row = deliver(client, raw)
    assert status == 202
    assert row.state is InboundState.QUARANTINED, (row.state, row.reason)
    assert "mallory@evil.example" in row.reason
    assert checkins() == [] and confirmations() == 0


def test_duplicate_headers_of_the_same_value_are_harmless(client, forms):
    raw = reply_to(forms["form"], f"{forms['krs'][0].ref} green")
    msg = message_from_bytes(raw, policy=policy.compat32)
    for name in ("From", "Subject", "Message-ID", "To", "Date"):
        msg[name] = msg[name]  # a second copy of each
    status, row = deliver(client, msg.as_bytes())
    assert (status, row.state) == (202, InboundState.PROCESSED)
    assert [c[:2] for c in checkins()] == [(forms["krs"][0].id, "green")]
    assert confirmations() == 1


def test_a_second_to_with_someone_elses_token_changes_nothing_of_theirs(client, forms, runner):
    eli = make_person("eli@example.com", "Eli")
    eli_kr = make_kr(eli, "Eli's result")
    runner.invoke(args=["send-forms", "--now"])
    eli_form = sent_forms(client.application)["eli@example.com"]
    raw = reply_to(forms["form"], f"{forms['krs'][0].ref} green\n{eli_kr.ref} red")
    raw = f"To: {eli_form['Reply-To']}\r\n".encode() + raw  # Eli's address first
    status, row = deliver(client, raw)
    assert status == 202
    assert all(c[0] != eli_kr.id for c in checkins())


@pytest.mark.parametrize(
    "charset", ["x-klingon", "unknown-8bit", "utf-7", "x-user-defined", "iso-2022-jp", "ebcdic"]
)
def test_unknown_or_odd_charsets_are_decoded_without_failing(client, forms, charset):
    ref = forms["krs"][0].ref
    body = f"{ref} green - café déjà vu\r\n".encode("latin-1")
    extra = f'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="{charset}"\r\n'
    extra += "Content-Transfer-Encoding: 8bit\r\n"
    status, row = deliver(client, _headers_and_body(forms["form"], body, extra))
    assert (status, row.state) == (202, InboundState.PROCESSED), row.reason
    recorded = checkins()
    assert [c[:2] for c in recorded] == [(forms["krs"][0].id, "green")]
    assert recorded[0][2].startswith("caf")


def test_eight_bit_headers_raw_utf8_and_latin1(client, forms):
    ref = forms["krs"][0].ref
    form = forms["form"]
    raw = (
        "From: Dänä Ümlaut <dana@example.com>\r\n"
        f"To: {form['Reply-To']}\r\n"
        "Subject: Re: Wöchentlicher Status \u2013 ok\r\n"
        "Message-ID: <eight-bit@client.test>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{ref} green - alles gut\r\n"
    ).encode()
    raw = raw.replace(b"Subject:", b"X-Latin1: caf\xe9\r\nSubject:")  # not UTF-8 at all
    status, row = deliver(client, raw)
    assert (status, row.state) == (202, InboundState.PROCESSED), row.reason
    assert [c[:2] for c in checkins()] == [(forms["krs"][0].id, "green")]
    assert row.sender == "dana@example.com"
    confirmation = db.session.scalar(
        select(OutboxMessage).where(OutboxMessage.kind == MailKind.CONFIRMATION)
    )
    headers = confirmation.raw.split(b"\r\n\r\n", 1)[0] + b"\n"
    assert all(b < 128 for b in headers), "our own headers stay 7-bit (RFC 2047)"


def _nested(depth: int, innermost: str) -> bytes:
    lines = [
        f"--b{n}\r\nContent-Type: multipart/mixed; boundary=b{n + 1}\r\n" for n in range(depth)
    ]
    text = "".join(f"{line}\r\n" for line in lines)
    text += f"--b{depth}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{innermost}\r\n"
    text += "".join(f"--b{n}--\r\n" for n in range(depth, -1, -1))
    return text.encode()


@pytest.mark.parametrize(("depth", "recorded"), [(50, True), (2000, False)])
def test_deeply_nested_multiparts(client, forms, depth, recorded):
    ref = forms["krs"][0].ref
    extra = "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b0\r\n"
    body = _nested(depth, f"{ref} red - deep down")
    status, row = deliver(client, _headers_and_body(forms["form"], body, extra))
    assert (status, row.state) == (202, InboundState.PROCESSED), row.reason
    if recorded:  # 50 deep is odd but legal: the answer is found
        assert checkins() == [(forms["krs"][0].id, "red", "deep down")]
    else:  # absurd nesting: nothing read, and the person is told
        assert checkins() == [] and row.reason.startswith("nothing understood")


def _with_attachment(form: EmailMessage, ref: str, size: int) -> bytes:
    msg = message_from_bytes(reply_to(form, f"{ref} green", quote=False), policy=policy.SMTP)
    msg.add_attachment(b"\0" * size, maintype="application", subtype="octet-stream")
    return msg.as_bytes()


def test_a_30_mb_attachment_is_refused_413_and_nothing_is_stored(client, forms, runner):
    raw = _with_attachment(forms["form"], forms["krs"][0].ref, 30 * 1024 * 1024)
    response = post(client, raw)
    assert response.status_code == 413
    assert "limit" in response.get_json()["error"]
    # Posted as a form field by an inbound-mail service, and through the mail server's pipe.
    auth = "Basic " + base64.b64encode(f"x:{SECRET}".encode()).decode()
    field = client.post(
        "/inbound/email",
        data={"body-mime": (io.BytesIO(raw), "message.eml")},
        headers={"Authorization": auth},
    )
    assert field.status_code == 413
    piped = runner.invoke(args=["ingest", "-"], input=raw)
    assert piped.exit_code == 65, piped.output  # refused for good: the server must not retry
    assert len([line for line in piped.output.splitlines() if line.strip()]) == 1
    assert db.session.scalar(select(func.count(InboundMessage.id))) == 0
    assert checkins() == []


def test_an_attachment_under_the_limit_is_never_read_as_the_answer(client, forms):
    form, ref = forms["form"], forms["krs"][0].ref
    msg = message_from_bytes(reply_to(form, f"{ref} green", quote=False), policy=policy.SMTP)
    msg.add_attachment(f"{ref} red\n".encode() * 1000, maintype="text", subtype="plain",
                       filename="notes.txt")  # fmt: skip
    status, row = deliver(client, msg.as_bytes())
    assert (status, row.state) == (202, InboundState.PROCESSED)
    assert [c[:2] for c in checkins()] == [(forms["krs"][0].id, "green")]


def test_an_empty_body_records_nothing_and_is_answered_with_the_grammar(client, forms):
    status, row = deliver(client, _headers_and_body(forms["form"], b""))
    assert (status, row.state) == (202, InboundState.PROCESSED)
    assert row.reason.startswith("nothing understood")
    assert checkins() == []
    answer = db.session.scalar(
        select(OutboxMessage).where(OutboxMessage.kind == MailKind.CONFIRMATION)
    )
    text = message_from_bytes(answer.raw, policy=policy.default).get_body(("plain",))
    refs = [kr.ref for kr in forms["krs"]]
    # the grammar, with one of their own key results as the example
    assert any(f"{ref} green - signed 4 of 5" in text.get_content() for ref in refs)


def test_an_empty_post_is_a_400_and_stores_nothing(client, forms):
    for body in (b"", b"   \r\n\r\n  "):
        response = post(client, body)
        assert response.status_code == 400
        assert "empty" in response.get_json()["error"]
    assert db.session.scalar(select(func.count(InboundMessage.id))) == 0


def test_a_reply_of_nothing_but_the_quoted_form_records_nothing(client, forms):
    ref = forms["krs"][0].ref
    db.session.add(CheckIn(key_result=forms["krs"][0], week="2026-W46", flag="red", note="old"))
    db.session.commit()
    status, row = deliver(client, reply_to(forms["form"], ""))
    assert (status, row.state) == (202, InboundState.PROCESSED)
    assert row.reason.startswith("nothing understood")
    assert [c for c in checkins() if c[2] != "old"] == []
    quoted_only = reply_to(forms["form"], f"> {ref} green - quoted, not said")
    status, row = deliver(client, quoted_only)
    assert [c for c in checkins() if c[2] != "old"] == []


# --- HTML with script and tracking pixels ------------------------------------------------------


@pytest.fixture
def pixel_server() -> Iterator[tuple[str, list[str]]]:
    """A loopback web server that counts requests: a tracking pixel must never be fetched."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", hits
    finally:
        server.shutdown()
        server.server_close()


def test_html_with_script_and_tracking_pixels(client, forms, admin, pixel_server):
    base, hits = pixel_server
    ref = forms["krs"][0].ref
    html = (
        "<html><head><script>document.write('" + ref + " red - from script')</script>"
        f"<style>p {{ color: red }}</style><link rel=stylesheet href='{base}/css'></head>"
        f"<body onload=\"fetch('{base}/onload')\"><p>{ref} green - all fine &amp; dandy</p>"
        f"<img src='{base}/pixel.gif?u=dana' width=1 height=1>"
        f"<iframe src='{base}/frame'></iframe><script src='{base}/x.js'></script>"
        f"<script>{ref} red - hidden</script></body></html>"
    )
    msg = message_from_bytes(reply_to(forms["form"], "", quote=False), policy=policy.SMTP)
    msg.set_content(html, subtype="html")
    status, row = deliver(client, msg.as_bytes())
    assert (status, row.state) == (202, InboundState.PROCESSED), row.reason
    assert checkins() == [(forms["krs"][0].id, "green", "all fine & dandy")]
    assert hits == []  # nothing was fetched
    # The admin page shows the message as inert text.
    sign_in(client, admin)
    page = client.get(f"/admin/mail/inbound/{row.id}").get_data(as_text=True)
    assert "<script>document.write" not in page and "<iframe" not in page
    assert f"<img src='{base}" not in page
    # And the confirmation carries none of it.
    answer = db.session.scalar(
        select(OutboxMessage.raw).where(OutboxMessage.kind == "confirmation")
    )
    assert b"<script" not in answer and base.encode() not in answer
    assert hits == []


# --- loops and automatic replies ----------------------------------------------------------------

AUTOMATIC = {
    "auto-submitted": {"Auto-Submitted": "auto-replied"},
    "auto-generated": {"Auto-Submitted": "auto-generated"},
    "x-autoreply": {"X-Autoreply": "yes"},
    "x-autorespond": {"X-Autorespond": "Out of office"},
    "precedence-bulk": {"Precedence": "bulk"},
    "precedence-auto-reply": {"Precedence": "auto_reply"},
    "exchange-suppress": {"X-Auto-Response-Suppress": "All", "Subject": "Automatic reply: Away"},
    "out-of-office-subject": {"Subject": "Out of Office: Re: Weekly status"},
}


@pytest.mark.parametrize("kind", sorted(AUTOMATIC))
def test_automatic_replies_are_kept_never_recorded_never_answered(client, forms, kind):
    headers = dict(AUTOMATIC[kind])
    subject = headers.pop("Subject", None)
    raw = reply_to(forms["form"], f"{forms['krs'][0].ref} green - I am away", headers=headers)
    if subject:
        msg = message_from_bytes(raw, policy=policy.SMTP)
        del msg["Subject"]
        msg["Subject"] = subject
        raw = msg.as_bytes()
    status, row = deliver(client, raw)
    assert (status, row.state) == (202, InboundState.IGNORED), row.reason
    assert checkins() == [] and confirmations() == 0


def test_our_own_form_coming_back_is_a_loop_and_is_not_answered(client, forms, app):
    form_bytes = forms["form"].as_bytes()
    status, row = deliver(client, form_bytes)
    assert (status, row.state) == (202, InboundState.IGNORED)
    assert "loop" in row.reason
    assert checkins() == [] and confirmations() == 0


def test_a_mail_loop_between_us_and_an_autoresponder_stops(client, forms, app):
    """Dana's mailbox answers everything: our confirmation to her auto-reply must not
    happen, so there is no ping-pong; and her real reply still counts once."""
    ref = forms["krs"][0].ref
    real = reply_to(forms["form"], f"{ref} green")
    assert deliver(client, real)[1].state is InboundState.PROCESSED
    answer = db.session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "confirmation"))
    ours = message_from_bytes(answer.raw, policy=policy.default)
    for n in range(5):  # her autoresponder answers our confirmation, five times
        bounce_back = reply_to(ours, f"Thanks for your mail {n}", sender="dana@example.com",
                               to=str(ours["Reply-To"]),
                               headers={"Auto-Submitted": "auto-replied"})  # fmt: skip
        assert deliver(client, bounce_back)[1].state is InboundState.IGNORED
    assert confirmations() == 1
    assert [c[:2] for c in checkins()] == [(forms["krs"][0].id, "green")]


# --- HTML in every text field, shown escaped everywhere ------------------------------------------

PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def _html_parts(raw: bytes) -> list[str]:
    msg = message_from_bytes(raw, policy=policy.default)
    return [p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"]


def _assert_inert(html: str, where: str, shown: bool = True) -> None:
    assert "<script>alert" not in html, where
    assert "<img src=x" not in html and '<img src="x"' not in html, where
    if shown:
        assert ESCAPED in html or "&lt;script&gt;alert(1)" in html, f"payload not shown: {where}"


def test_html_in_every_text_field_is_escaped_on_every_page_and_in_every_email(
    app, client, admin, runner
):
    boss = make_person("boss@example.com", f"Boss {PAYLOAD}")
    dana = make_person("dana@example.com", f"Dana {PAYLOAD}", manager=boss)
    kr = make_kr(dana, f"KR {PAYLOAD}", objective=f"Objective {PAYLOAD}")
    kr.objective.description = f"Description {PAYLOAD}"
    dropped = make_kr(dana, "Dropped one", objective="Other")
    db.session.add(CheckIn(key_result=kr, week="2026-W46", flag="red", note=f"old {PAYLOAD}"))
    db.session.commit()
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    form = sent_forms(app)["dana@example.com"]
    # The note of this week's answer, and a drop reason, come in by mail.
    post(client, reply_to(form, f"{kr.ref} red - note {PAYLOAD}\n{dropped.ref} drop - {PAYLOAD}"))
    assert checkins()[-1][2] == f"note {PAYLOAD}"
    assert runner.invoke(args=["send-forms", "--now", "--reminders"]).exit_code == 0
    assert runner.invoke(args=["send-digests", "--now"]).exit_code == 0
    # The boss asks a question by replying to the digest.
    digest = db.session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "digest"))
    digest_mail = message_from_bytes(_outbox_bytes(app, digest.message_id), policy=policy.default)
    post(client, reply_to(digest_mail, f"{kr.ref} why? {PAYLOAD}", sender="boss@example.com"))

    # Every email we sent: HTML parts inert, the payload shown escaped where the field is.
    sent = db.session.scalars(select(OutboxMessage)).all()
    kinds = {row.kind for row in sent}
    assert {MailKind.FORM, MailKind.CONFIRMATION, MailKind.DIGEST, MailKind.QUESTION} <= kinds
    for row in sent:
        raw = _outbox_bytes(app, row.message_id)
        for html in _html_parts(raw):
            _assert_inert(html, f"{row.kind.value} email")

    # Every page that shows these fields, to an admin and to the people concerned.
    inbound_ids = db.session.scalars(select(InboundMessage.id)).all()
    token = _status_token(app, dana)
    pages = [
        "/",
        "/admin/people",
        "/admin/people?q=Dana",
        f"/admin/people/{dana.id}/okrs",
        f"/admin/people/{dana.id}/edit",
        f"/admin/krs/{kr.id}/edit",
        f"/admin/objectives/{kr.objective_id}/edit",
        f"/digest/{boss.id}",
        "/admin/mail/outbox",
        "/admin/mail/inbound/",
        *[f"/admin/mail/inbound/{i}" for i in inbound_ids],
    ]
    sign_in(client, admin)
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_inert(response.get_data(as_text=True), url, shown=url != "/admin/mail/outbox")
    client.post("/signout")
    status_page = client.get(f"/status/{token}")
    assert status_page.status_code == 200
    _assert_inert(status_page.get_data(as_text=True), "the one-click status page")
    sign_in(client, boss)
    _assert_inert(client.get("/digest").get_data(as_text=True), "the boss's own digest")


def _outbox_bytes(app, message_id: str) -> bytes:
    row = db.session.scalar(select(OutboxMessage).where(OutboxMessage.message_id == message_id))
    if row.raw is not None:
        return row.raw
    for path in Path(app.config["OUTBOX_DIR"]).glob("*.eml"):
        data = path.read_bytes()
        if message_from_bytes(data, policy=policy.default)["Message-ID"] == message_id:
            return data
    raise AssertionError(f"no file for {message_id}")


def _status_token(app, person: Person) -> str:
    from okr import tokens

    return tokens.make(person.id, "2026-W47", app.config["SECRET_KEY"])


def test_html_typed_into_the_admin_forms_is_stored_as_text_and_shown_escaped(admin_client):
    response = admin_client.post(
        "/admin/people/new",
        data={"name": f"Eve {PAYLOAD}", "email": "eve@example.com", "timezone": "UTC"},
    )
    assert response.status_code == 302
    eve = db.session.scalar(select(Person).where(Person.email == "eve@example.com"))
    assert eve.name == f"Eve {PAYLOAD}"  # kept exactly as typed...
    _assert_inert(admin_client.get("/admin/people").get_data(as_text=True), "people list")
    upload = f"email,name,manager_email,timezone\r\nzed@example.com,Zed {PAYLOAD},,UTC\r\n"
    preview = admin_client.post(
        "/admin/csv/people/preview",
        data={"people-file": (io.BytesIO(upload.encode()), "people.csv")},
        content_type="multipart/form-data",
    )
    assert preview.status_code == 200
    _assert_inert(preview.get_data(as_text=True), "CSV preview", shown=False)


# --- newlines in names never reach a mail header -------------------------------------------------

INJECTION = "Eve\r\nBcc: spy@evil.example\r\nX-Injected: yes"


def test_a_name_with_a_newline_is_refused_by_every_door(admin_client, runner, tmp_path):
    response = admin_client.post(
        "/admin/people/new",
        data={"name": INJECTION, "email": "eve@example.com", "timezone": "UTC"},
    )
    assert response.status_code in (200, 400)
    assert "one line" in response.get_data(as_text=True)
    path = tmp_path / "people.csv"
    with path.open("w", newline="") as handle:
        csv.writer(handle).writerows(
            [["email", "name", "manager_email", "timezone"], ["eve@example.com", INJECTION, "", ""]]
        )
    result = runner.invoke(args=["import", "people", str(path)])
    assert result.exit_code != 0
    assert "one line" in result.output
    assert db.session.scalar(select(Person).where(Person.email == "eve@example.com")) is None


def test_names_and_titles_with_newlines_already_in_the_database_never_reach_a_header(
    smtp_config, smtp_server, app, client, runner
):
    """Defence in depth: rows written around the validation (an old import, a hand-edited
    database) still cannot add a header or a recipient to any mail we send."""
    boss = make_person("boss@example.com", "Boss")
    dana = make_person("dana@example.com", "Dana", manager=boss)
    kr = make_kr(dana, "Plain title", objective="Plain objective")
    boss.name = INJECTION  # written straight into the rows
    dana.name = INJECTION
    kr.title = "Title\r\nBcc: spy@evil.example"
    kr.objective.title = "Objective\nX-Injected: yes"
    db.session.commit()
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    assert runner.invoke(args=["send-digests", "--now"]).exit_code == 0
    form = next(r.message for r in smtp_server.received if r.recipients == ["dana@example.com"])
    # A reply whose own headers carry encoded line breaks, to be echoed in our answer.
    reply = reply_to(form, f"{kr.ref} green")
    reply = reply.replace(
        b"Subject: ", b"Subject: =?utf-8?q?x=0D=0ABcc:_spy@evil.example=0D=0A?= ", 1
    )
    post(client, reply)
    digest = next(r.message for r in smtp_server.received if r.recipients[0] == "boss@example.com")
    post(client, reply_to(digest, f"{kr.ref} what is up?", sender="boss@example.com"))
    client.post("/signin", data={"link-email": "dana@example.com"})
    assert queue.wait_for_background(app)
    db.session.rollback()
    assert db.session.scalar(select(func.count(OutboxMessage.id))) >= 5

    received = list(smtp_server.received)
    kinds = {r.message["Auto-Submitted"] for r in received}
    assert len(received) >= 5, kinds
    for item in received:
        assert all("evil" not in address for address in item.recipients), item.recipients
        head = item.raw.split(b"\r\n\r\n", 1)[0]
        names = [line.split(b":", 1)[0].lower() for line in head.split(b"\r\n") if line[:1] > b" "]
        assert b"bcc" not in names and b"x-injected" not in names, head
        message = message_from_bytes(item.raw, policy=policy.default)
        for name, value in message.items():
            assert "\n" not in str(value) and "\r" not in str(value), (name, value)


# --- CSV: formulas exported safely, whichever field holds them ------------------------------------


def test_every_exported_cell_that_a_spreadsheet_would_run_is_defused(admin_client):
    dangerous = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
    for n, text in enumerate(dangerous):
        person = make_person(f"f{n}@example.com", f"Name {n}")
        person.name = text  # some of these cannot be typed in; all must still export safely
        kr = make_kr(person, f"KR {n}", objective=f"Objective {n}")
        kr.title, kr.objective.title = text, text
    db.session.commit()
    for kind in ("people", "okrs"):
        response = admin_client.get(f"/admin/csv/{kind}.csv")
        assert response.status_code == 200
        rows = list(csv.reader(io.StringIO(response.get_data(as_text=True), newline="")))
        cells = [cell for row in rows[1:] for cell in row]
        assert cells, kind
        for cell in cells:
            assert not re.match(r"^[=+\-@\t\r]", cell), (kind, cell)
        assert '\'=HYPERLINK("http://evil","x")' in cells


# --- fuzzing: nothing escapes ---------------------------------------------------------------

HEADER_NAMES = ["From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References",
                "Content-Type", "Content-Transfer-Encoding", "MIME-Version", "Auto-Submitted",
                "Authentication-Results", "Return-Path", "Date", "X-Autoreply"]  # fmt: skip
CHARSETS = ["utf-8", "latin-1", "x-unknown", "utf-16", "shift_jis", "", "utf-7", "gb2312"]


@st.composite
def emails(draw, reply_address: str = "status+aaaaaaaaaaaaaaaaaaaaaaaaaa@flagpost.test"):
    """Messages that look like mail, with every part possibly wrong."""
    headers = []
    for _ in range(draw(st.integers(0, 8))):
        name = draw(st.sampled_from(HEADER_NAMES) | st.text(min_size=1, max_size=12))
        value = draw(
            st.sampled_from(
                [
                    "dana@example.com",
                    reply_address,
                    "<a@b> <c@d>",
                    "=?utf-8?q?=0D=0A?=",
                    "=?x-unknown?b?////?=",
                    "multipart/mixed; boundary=zz",
                    "text/html; charset=utf-7",
                    "base64",
                    "quoted-printable",
                    "auto-replied",
                ]
            )
            | st.text(max_size=60)
        )
        headers.append((name, value))
    text = draw(
        st.sampled_from(["#1 green", "#2 red 0.4 - x", "all green", "> #1 red", "--zz", ""])
        | st.text(max_size=200)
    )
    declared = draw(st.sampled_from(CHARSETS))  # what the message says it is
    actual = draw(st.sampled_from(["utf-8", "latin-1", "utf-16", "shift_jis", "cp1252"]))
    if draw(st.booleans()):
        headers.append(("Content-Type", f'text/plain; charset="{declared}"'))
    head = "".join(f"{n}: {v}\r\n" for n, v in headers)
    body = text.encode(actual, "replace")
    if draw(st.booleans()):
        body = draw(st.binary(max_size=200)) + body
    return head.encode("utf-8", "surrogateescape") + b"\r\n" + body


def _pipeline(raw: bytes) -> None:
    """Everything the processing reads, in order, without the database."""
    from okr.replies import decode
    from okr.replies.classify import classify
    from okr.replies.trim import new_text
    from okr.replies.understand import FormEntry, understand

    msg = decode.parse(raw)
    classify(msg, "flagpost.test", lambda ids: False)
    for name in ("From", "To", "Cc", "Message-ID", "In-Reply-To", "References"):
        decode.addresses(msg, name)
        decode.message_ids(msg, name)
    text = new_text(decode.body_text(msg).text)
    understand(text, [FormEntry("#1", "Sign 5 design partners"), FormEntry("#2", "Ship")],
               clock.today())  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=2000) | emails())
def test_fuzz_the_reply_pipeline_never_raises(raw):
    _pipeline(raw)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=emails() | st.binary(min_size=1, max_size=1500))
def test_fuzz_the_inbound_door_never_raises_and_never_fails_a_message(client, forms, raw):
    with_token = raw.replace(
        b"status+aaaaaaaaaaaaaaaaaaaaaaaaaa@flagpost.test", str(forms["form"]["Reply-To"]).encode()
    )
    response = post(client, with_token)
    assert response.status_code in (200, 202, 400), response.status_code
    assert response.is_json
    if response.status_code == 202:
        row = db.session.get(InboundMessage, response.get_json()["id"])
        db.session.refresh(row)
        assert row.state not in (InboundState.STORED, InboundState.FAILED), (row.state, row.reason)


ATHERIS_HARNESS = r"""
import sys
import atheris

with atheris.instrument_imports():
    from okr.replies import decode
    from okr.replies.classify import classify
    from okr.replies.trim import new_text
    from okr.replies.understand import FormEntry, understand
from datetime import date

ENTRIES = [FormEntry("#1", "Sign 5 design partners"), FormEntry("#2", "Ship")]


def one(data: bytes) -> None:
    msg = decode.parse(data)
    classify(msg, "flagpost.test", lambda ids: False)
    decode.addresses(msg, "From")
    decode.message_ids(msg, "References")
    understand(new_text(decode.body_text(msg).text), ENTRIES, date(2026, 11, 19))


atheris.Setup(sys.argv, one)
atheris.Fuzz()
"""


@pytest.mark.slow
def test_atheris_coverage_guided_fuzz_of_the_parser(tmp_path):
    """libFuzzer through atheris, seeded with the corpus of real messages; a crash (an
    exception escaping) makes it exit non-zero and write the input that did it."""
    pytest.importorskip("atheris", reason="atheris is not installed (pip install atheris)")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    corpus = sorted((REPO / "tests" / "corpus").rglob("*.eml"))[:60]
    for n, path in enumerate(corpus):
        (seeds / f"{n}.eml").write_bytes(path.read_bytes())
    harness = tmp_path / "harness.py"
    harness.write_text(ATHERIS_HARNESS)
    done = subprocess.run(
        [sys.executable, str(harness), "-runs=20000", "-max_total_time=30", "-max_len=8192",
         f"-artifact_prefix={tmp_path}/", "-rss_limit_mb=2048", str(seeds)],
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )  # fmt: skip
    output = done.stdout + done.stderr
    crashes = [p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-"))]
    assert done.returncode == 0 and not crashes, output[-4000:]
    assert "Done" in output, output[-2000:]
    print(output.strip().splitlines()[-1])
