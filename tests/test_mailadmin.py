"""Admin pages for the weekly mail: the schedule form and the outbox with resend."""

from __future__ import annotations

import html
import re
import smtplib
from datetime import time, timedelta
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from okr import clock
from okr.extensions import db
from okr.models import MailKind, MailState, OutboxMessage, Schedule
from okr.services import schedule
from tests.conftest import counted_statements, make_kr, make_person, sign_in

XSS = "<script>alert(1)</script>"

GET_URLS = ["/admin/mail/schedule", "/admin/mail/outbox", "/admin/mail/outbox?state=failed"]
SCHEDULE_POST = {
    "kind": "form",
    "form-weekday": "1",
    "form-local_time": "08:30",
    "form-enabled": "y",
}


# Helpers


def text_of(response) -> str:
    """The page with entities decoded, to compare messages that contain quotes."""
    return html.unescape(response.get_data(as_text=True))


def stored_schedules() -> list[tuple]:
    """The schedule table as committed, read outside the test's session."""
    with db.engine.connect() as conn:
        return conn.execute(
            select(Schedule.kind, Schedule.weekday, Schedule.local_time, Schedule.enabled).order_by(
                Schedule.kind
            )
        ).all()


def stored_row(message_id: int):
    with db.engine.connect() as conn:
        return conn.execute(
            select(
                OutboxMessage.state,
                OutboxMessage.attempts,
                OutboxMessage.last_error,
                OutboxMessage.sent_at,
            ).where(OutboxMessage.id == message_id)
        ).one()


def eml_files(app) -> list[Path]:
    folder = Path(app.config["OUTBOX_DIR"])
    return sorted(folder.glob("*.eml")) if folder.exists() else []


def fail(row: OutboxMessage, error: str = "550 5.1.1 no such user") -> OutboxMessage:
    row.state, row.last_error, row.attempts = MailState.FAILED, error, 5
    db.session.commit()
    return row


def add_rows(count: int, kind: MailKind = MailKind.SIGNIN, **fields) -> list[OutboxMessage]:
    """Outbox rows made directly, many in one commit."""
    start = db.session.scalar(select(db.func.count(OutboxMessage.id))) or 0
    rows = [
        OutboxMessage(
            dedupe_key=f"test:{kind.value}:{start + i}",
            kind=kind,
            recipient=fields.get("recipient", f"user{start + i:03d}@example.com"),
            message_id=f"<test-{start + i}@flagpost.test>",
            created_at=clock.now() + timedelta(seconds=start + i),
            **{k: v for k, v in fields.items() if k != "recipient"},
        )
        for i in range(count)
    ]
    db.session.add_all(rows)
    db.session.commit()
    return rows


def row_ids_on(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr id="message-(\d+)"', page)]


# Fixtures


@pytest.fixture
def sent(app, runner) -> dict[str, OutboxMessage]:
    """Two weekly forms really sent by `send-forms --now` (as .eml files)."""
    dana = make_person("dana@example.com", "Dana")
    eli = make_person("eli@example.com", "Eli")
    make_kr(dana)
    make_kr(eli, title="Ship the beta")
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    assert "Sent 2 forms" in result.output
    rows = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert [r.state for r in rows] == [MailState.SENT, MailState.SENT]
    return {row.recipient.split("@")[0]: row for row in rows}


@pytest.fixture
def failed(sent) -> OutboxMessage:
    """Dana's form, marked failed as the sender does when it gives up."""
    return fail(sent["dana"], "gave up after 5 attempts: 451 relay down")


@pytest.fixture
def member_client(client: FlaskClient, app) -> FlaskClient:
    sign_in(client, make_person("member@example.com", "Mem Ber"))
    return client


# Access


@pytest.mark.parametrize("url", GET_URLS)
def test_anonymous_get_is_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.location.startswith("/signin?next=")


def test_anonymous_posts_are_sent_to_sign_in_and_change_nothing(client, failed, app):
    files = eml_files(app)
    response = client.post("/admin/mail/schedule", data=SCHEDULE_POST)
    assert response.status_code == 302 and response.location.startswith("/signin")
    response = client.post(f"/admin/mail/outbox/{failed.id}/resend")
    assert response.status_code == 302 and response.location.startswith("/signin")
    assert stored_schedules() == []
    assert stored_row(failed.id).state == MailState.FAILED
    assert eml_files(app) == files


@pytest.mark.parametrize("url", GET_URLS)
def test_non_admin_get_is_forbidden(member_client, url):
    response = member_client.get(url)
    assert response.status_code == 403
    assert "This page is for admins." in response.get_data(as_text=True)


def test_non_admin_posts_are_forbidden_and_change_nothing(member_client, failed, app):
    files = eml_files(app)
    assert member_client.post("/admin/mail/schedule", data=SCHEDULE_POST).status_code == 403
    assert member_client.post(f"/admin/mail/outbox/{failed.id}/resend").status_code == 403
    assert stored_schedules() == []
    assert stored_row(failed.id).state == MailState.FAILED
    assert eml_files(app) == files


@pytest.mark.parametrize("url", GET_URLS)
def test_admin_gets_the_page(admin_client, url):
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "<h1>" in response.get_data(as_text=True)


def test_nav_links_are_for_admins_only(admin_client, app):
    page = admin_client.get("/").get_data(as_text=True)
    assert 'href="/admin/mail/schedule">Schedule</a>' in page
    assert 'href="/admin/mail/outbox">Outbox</a>' in page
    member = app.test_client()
    sign_in(member, make_person("member@example.com", "Mem Ber"))
    page = member.get("/").get_data(as_text=True)
    assert "/admin/mail/" not in page


class TestCsrf:
    """With CSRF protection on, as in production."""

    @pytest.fixture
    def app_config(self, app_config: dict) -> dict:
        app_config["WTF_CSRF_ENABLED"] = True
        return app_config

    def test_posts_without_a_token_are_refused(self, admin_client, failed, app):
        files = eml_files(app)
        assert admin_client.post("/admin/mail/schedule", data=SCHEDULE_POST).status_code == 400
        assert admin_client.post(f"/admin/mail/outbox/{failed.id}/resend").status_code == 400
        assert stored_schedules() == []
        assert stored_row(failed.id).state == MailState.FAILED
        assert eml_files(app) == files

    def test_the_page_tokens_are_accepted(self, admin_client, failed):
        page = admin_client.get("/admin/mail/schedule").get_data(as_text=True)
        token = re.search(r'name="form-csrf_token"[^>]*value="([^"]+)"', page).group(1)
        response = admin_client.post(
            "/admin/mail/schedule", data={**SCHEDULE_POST, "form-csrf_token": token}
        )
        assert response.status_code == 302
        assert stored_schedules() == [(MailKind.FORM, 1, "08:30", True)]

        page = admin_client.get("/admin/mail/outbox").get_data(as_text=True)
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        response = admin_client.post(
            f"/admin/mail/outbox/{failed.id}/resend", data={"csrf_token": token}
        )
        assert response.status_code == 302
        assert stored_row(failed.id).state == MailState.SENT

    def test_every_form_carries_a_token(self, admin_client, failed):
        for url in ("/admin/mail/schedule", "/admin/mail/outbox"):
            page = admin_client.get(url).get_data(as_text=True)
            forms = re.findall(r'<form method="post".*?</form>', page, flags=re.S)
            assert forms, url
            for form in forms:
                assert re.search(r'name="[a-z]*-?csrf_token"', form), (url, form[:200])


# Schedule


def test_schedule_page_shows_every_scheduled_kind_and_explains_timezones(admin_client):
    page = text_of(admin_client.get("/admin/mail/schedule"))
    assert "each recipient's own timezone" in page
    for kind, (day, hhmm) in schedule.DEFAULTS.items():
        assert f'id="schedule-{kind.value}"' in page
        assert f"Now: <strong>{schedule.DAYS[day]} {hhmm}</strong>" in page
        assert f'name="{kind.value}-weekday"' in page
        assert f'name="{kind.value}-local_time"' in page
    assert 'id="schedule-confirmation"' not in page
    # the form's current day is selected, and the time filled in
    assert '<option selected value="3">Thursday</option>' in page
    # 24-hour text, as the page says: a type=time input shows "04:00 PM" in some locales
    field = re.search(r'<input[^>]*name="form-local_time"[^>]*>', page).group(0)
    assert 'type="text"' in field and 'value="16:00"' in field and 'type="time"' not in field


def test_the_schedule_page_says_when_each_kind_goes_out_next(admin_client):
    """Thursday 19 November 12:00 UTC, the admin in UTC (the default) and Aiko in Tokyo."""
    make_person("aiko@example.com", "Aiko", timezone="Asia/Tokyo")
    schedule.set_slot(MailKind.REMINDER, 4, "10:00", enabled=False)
    db.session.commit()
    page = text_of(admin_client.get("/admin/mail/schedule"))
    nexts = dict(
        re.findall(r'id="schedule-(\w+)".*?<p class="schedule-next">(.*?)</p>', page, re.S)
    )
    # Thursday 16:00 in Tokyo is 07:00 UTC, already past: 16:00 UTC comes first.
    assert "2026-11-19 16:00 UTC</strong>, first for people in UTC" in nexts["form"]
    # Friday 11:00 in Tokyo is Friday 02:00 UTC, before 11:00 UTC.
    assert "2026-11-20 02:00 UTC</strong>, first for people in Asia/Tokyo" in nexts["digest"]
    assert "none while paused" in nexts["reminder"]


def test_a_good_change_is_stored_and_used(admin_client):
    response = admin_client.post("/admin/mail/schedule", data=SCHEDULE_POST)
    assert response.status_code == 302
    assert response.location == "/admin/mail/schedule"
    assert stored_schedules() == [(MailKind.FORM, 1, "08:30", True)]
    db.session.expire_all()
    slot = schedule.get(MailKind.FORM)
    assert (slot.weekday, slot.local_time, slot.enabled) == (1, time(8, 30), True)
    assert schedule.get(MailKind.REMINDER).describe() == "Friday 08:00"  # others untouched
    page = text_of(admin_client.get("/admin/mail/schedule"))
    assert "now Tuesday 08:30, in each recipient's own time" in page  # the flash
    assert "Now: <strong>Tuesday 08:30</strong>" in page


def test_unchecking_enabled_pauses_the_mail(admin_client):
    data = {"kind": "digest", "digest-weekday": "4", "digest-local_time": "09:00"}
    response = admin_client.post("/admin/mail/schedule", data=data, follow_redirects=True)
    assert response.status_code == 200
    assert stored_schedules() == [(MailKind.DIGEST, 4, "09:00", False)]
    db.session.expire_all()
    assert schedule.get(MailKind.DIGEST).enabled is False
    page = text_of(response)
    assert "Digest: paused" in page
    assert "paused, not sent" in page


@pytest.mark.parametrize(
    ("weekday", "local_time", "field", "message"),
    [
        ("7", "08:30", "weekday", "the day must be Monday to Sunday"),
        ("-1", "08:30", "weekday", "the day must be Monday to Sunday"),
        ("Monday", "08:30", "weekday", "the day must be Monday to Sunday"),
        ("", "08:30", "weekday", "the day must be Monday to Sunday"),
        ("1", "24:00", "local_time", "'24:00' is not a time; write it as HH:MM, 24-hour"),
        ("1", "8:30", "local_time", "'8:30' is not a time; write it as HH:MM, 24-hour"),
        ("1", "9am", "local_time", "'9am' is not a time; write it as HH:MM, 24-hour"),
        ("1", "", "local_time", "'' is not a time; write it as HH:MM, 24-hour"),
    ],
)
def test_a_bad_day_or_time_is_refused_next_to_its_field(
    admin_client, weekday, local_time, field, message
):
    before = stored_schedules()
    data = {"kind": "form", "form-weekday": weekday, "form-local_time": local_time}
    response = admin_client.post("/admin/mail/schedule", data=data)
    assert response.status_code == 400
    page = text_of(response)
    inside = r"(?:(?!</label>).)*"  # within one label
    label = re.search(
        rf'<label class="field has-error">{inside}name="form-{field}"{inside}</label>',
        page,
        flags=re.S,
    )
    assert label, f"the {field} field is not marked as wrong"
    assert f'<strong class="error">{message}</strong>' in label.group(0)
    assert stored_schedules() == before == []
    db.session.expire_all()
    assert schedule.get(MailKind.FORM).describe() == "Thursday 16:00"
    # the other kinds' forms still show their settings
    assert "Now: <strong>Friday 08:00</strong>" in page


def test_a_refused_change_leaves_an_earlier_setting_alone(admin_client):
    assert admin_client.post("/admin/mail/schedule", data=SCHEDULE_POST).status_code == 302
    bad = {**SCHEDULE_POST, "form-weekday": "0", "form-local_time": "12:60"}
    assert admin_client.post("/admin/mail/schedule", data=bad).status_code == 400
    assert stored_schedules() == [(MailKind.FORM, 1, "08:30", True)]


@pytest.mark.parametrize("kind", ["confirmation", "signin", "bogus", ""])
def test_a_kind_without_a_schedule_is_refused(admin_client, kind):
    data = {"kind": kind, f"{kind}-weekday": "1", f"{kind}-local_time": "08:30"}
    response = admin_client.post("/admin/mail/schedule", data=data)
    assert response.status_code == 400
    assert f"'{kind}' is not a kind of mail with a schedule" in text_of(response)
    assert stored_schedules() == []


# Outbox


def test_outbox_lists_every_column_but_raw(admin_client, sent):
    signin = add_rows(
        1,
        MailKind.SIGNIN,
        recipient="dana@example.com",
        raw=b"Subject: sign in\r\n\r\nhttp://flagpost.test/signin/SECRET-TOKEN-123",
        subject="Your sign-in link",
    )[0]
    bounced = sent["eli"]
    bounced.bounced_at = clock.now() + timedelta(hours=1)
    bounced.bounce_reason = "550 mailbox full"
    db.session.commit()
    page = text_of(admin_client.get("/admin/mail/outbox"))
    assert row_ids_on(page) == [signin.id, sent["eli"].id, sent["dana"].id]  # newest first
    row = re.search(rf'<tr id="message-{bounced.id}".*?</tr>', page, flags=re.S).group(0)
    cells = [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)]
    number, kind, subject, recipient, week, state, attempts, error, created, sent_at, bounce = (
        cells[:11]
    )
    assert f'href="/admin/mail/outbox/{bounced.id}"' in number
    assert "Weekly status, week 47: 1 key result" in subject  # recorded when it was composed
    assert (re.sub(r"<[^>]+>", "", number), kind, recipient, week, attempts) == (
        str(bounced.id),
        "form",
        "eli@example.com",
        "2026-W47",
        "1",
    )
    assert ">sent</span>" in state
    assert error == ""
    assert created == sent_at == "2026-11-19 12:00 UTC"
    assert "2026-11-19 13:00 UTC" in bounce and "550 mailbox full" in bounce
    assert "SECRET-TOKEN-123" not in page  # the raw message, with its sign-in link


def test_failed_rows_are_counted_prominently_with_their_error(admin_client, failed, sent):
    add_rows(2, MailKind.SIGNIN, state=MailState.FAILED, last_error="550 unknown user")
    page = text_of(admin_client.get("/admin/mail/outbox"))
    banner = re.search(r'<p class="flash flash-error outbox-failed".*?</p>', page, flags=re.S)
    assert banner, "no failed banner"
    assert "3 failed:" in banner.group(0)
    assert "these people did not get their mail" in banner.group(0)
    assert 'href="/admin/mail/outbox?state=failed"' in banner.group(0)
    counts = dict(re.findall(r'state=(\w+)">\w+</a> <strong>(\d+)</strong>', page))
    assert counts == {"queued": "0", "sending": "0", "sent": "1", "failed": "3"}
    row = re.search(rf'<tr id="message-{failed.id}".*?</tr>', page, flags=re.S).group(0)
    assert "gave up after 5 attempts: 451 relay down" in row
    assert "Resend</button>" in row
    eli_row = re.search(rf'<tr id="message-{sent["eli"].id}".*?</tr>', page, flags=re.S).group(0)
    assert "Resend" not in eli_row


def test_one_failed_row_reads_as_one_person(admin_client, failed):
    page = text_of(admin_client.get("/admin/mail/outbox"))
    assert "1 failed:" in page and "this person did not get their mail" in page


def test_no_banner_when_nothing_failed(admin_client, sent):
    page = admin_client.get("/admin/mail/outbox").get_data(as_text=True)
    assert "outbox-failed" not in page
    assert "did not get their mail" not in page


def test_filters_by_state_and_kind(admin_client, failed, sent):
    signin = add_rows(1, MailKind.SIGNIN, state=MailState.FAILED, last_error="boom")[0]
    queued = add_rows(1, MailKind.REMINDER)[0]

    def ids(query: str) -> list[int]:
        response = admin_client.get(f"/admin/mail/outbox?{query}")
        assert response.status_code == 200
        return row_ids_on(response.get_data(as_text=True))

    assert ids("") == [queued.id, signin.id, sent["eli"].id, failed.id]
    assert ids("state=failed") == [signin.id, failed.id]
    assert ids("kind=form") == [sent["eli"].id, failed.id]
    assert ids("state=failed&kind=form") == [failed.id]
    assert ids("state=sent&kind=signin") == []
    assert ids("kind=reminder&state=") == [queued.id]
    page = admin_client.get("/admin/mail/outbox?state=failed&kind=form").get_data(as_text=True)
    assert '<option value="failed" selected>failed</option>' in page
    assert '<option value="form" selected>form</option>' in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            "state=broken",
            "'broken' is not a mail state; use one of: queued, sending, sent, failed.",
        ),
        ("state=FAILED", "'FAILED' is not a mail state"),
        ("kind=spam", "'spam' is not a mail kind; use one of: form, reminder, confirmation"),
        ("state=failed&kind=%3Cb%3E", "'<b>' is not a mail kind"),
    ],
)
def test_a_bad_filter_is_a_400_with_a_clear_message(admin_client, query, message):
    response = admin_client.get(f"/admin/mail/outbox?{query}")
    assert response.status_code == 400
    assert message in text_of(response)
    assert "<b>" not in response.get_data(as_text=True)


def test_pages_of_fifty_newest_first(admin_client):
    rows = add_rows(120)
    first = admin_client.get("/admin/mail/outbox").get_data(as_text=True)
    assert row_ids_on(first) == [r.id for r in reversed(rows)][:50]
    assert "Page 1 of 3" in first
    assert 'href="/admin/mail/outbox?page=2"' in first
    last = admin_client.get("/admin/mail/outbox?page=3").get_data(as_text=True)
    assert row_ids_on(last) == [r.id for r in reversed(rows)][100:]
    assert admin_client.get("/admin/mail/outbox?page=99").status_code == 200


def test_the_pager_keeps_the_filters(admin_client):
    add_rows(60, state=MailState.FAILED, last_error="x")
    page = admin_client.get("/admin/mail/outbox?state=failed&kind=signin").get_data(as_text=True)
    assert "/admin/mail/outbox?page=2&amp;state=failed&amp;kind=signin" in page


def test_the_page_makes_no_query_per_row(admin_client):
    add_rows(3, state=MailState.FAILED, last_error="x")
    with counted_statements() as few:
        assert admin_client.get("/admin/mail/outbox").status_code == 200
    add_rows(47, state=MailState.FAILED, last_error="x")
    with counted_statements() as many:
        page = admin_client.get("/admin/mail/outbox").get_data(as_text=True)
    assert len(row_ids_on(page)) == 50
    assert len(many) == len(few)
    listing = [q for q in many if q.startswith("SELECT outbox_message.id")]
    assert len(listing) == 1
    assert "raw" not in listing[0]  # the stored message (maybe a sign-in link) is not read


def test_html_in_a_row_is_shown_escaped(admin_client):
    add_rows(
        1,
        MailKind.SIGNIN,
        recipient=f"{XSS}@example.com",
        state=MailState.FAILED,
        last_error=f"550 {XSS}",
        bounced_at=clock.now(),
        bounce_reason=f"bounced {XSS}",
    )
    page = admin_client.get("/admin/mail/outbox").get_data(as_text=True)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;@example.com" in page
    assert "550 &lt;script&gt;" in page
    assert "bounced &lt;script&gt;" in page


# Resend


def test_resend_of_a_failed_row_sends_it_again(admin_client, failed, app):
    before = eml_files(app)
    assert len(before) == 2
    response = admin_client.post(f"/admin/mail/outbox/{failed.id}/resend")
    assert response.status_code == 302
    assert response.location == "/admin/mail/outbox"
    row = stored_row(failed.id)
    assert row.state == MailState.SENT
    assert row.attempts == 1  # reset to 0, then one attempt
    assert row.last_error is None
    new = sorted(set(eml_files(app)) - set(before))
    assert len(new) == 1
    assert "dana-example-com" in new[0].name
    assert b"To: dana@example.com" in new[0].read_bytes()
    page = text_of(admin_client.get(response.location))
    assert f"Sent message {failed.id} to dana@example.com again." in page
    assert "did not get their mail" not in page


def test_resend_commits_before_handing_the_row_to_the_senders(admin_client, failed, monkeypatch):
    seen: list[tuple] = []

    def fake_submit(ids: list[int]) -> int:
        seen.extend((i, *stored_row(i)[:3]) for i in ids)  # what another process would see
        return 1

    monkeypatch.setattr("okr.jobs.submit_sends", fake_submit)
    response = admin_client.post(f"/admin/mail/outbox/{failed.id}/resend", follow_redirects=True)
    assert response.status_code == 200
    assert seen == [(failed.id, MailState.QUEUED, 0, None)]
    assert f"Queued message {failed.id} to dana@example.com again" in text_of(response)


def test_resend_that_fails_again_says_so(admin_client, failed, monkeypatch):
    def refused(self, sender, recipients, raw):
        raise smtplib.SMTPRecipientsRefused({recipients[0]: (550, b"5.1.1 no such user")})

    monkeypatch.setattr("okr.transport.FolderTransport.send_raw", refused)
    response = admin_client.post(f"/admin/mail/outbox/{failed.id}/resend", follow_redirects=True)
    assert response.status_code == 200
    row = stored_row(failed.id)
    assert row.state == MailState.FAILED
    assert row.last_error == "dana@example.com: 550 5.1.1 no such user"
    assert (
        f"Message {failed.id} to dana@example.com failed again: "
        "dana@example.com: 550 5.1.1 no such user"
    ) in text_of(response)


def test_resend_keeps_the_filters_of_the_page(admin_client, failed):
    response = admin_client.post(
        f"/admin/mail/outbox/{failed.id}/resend",
        data={"state": "failed", "kind": "form", "page": "2"},
    )
    assert response.location == "/admin/mail/outbox?state=failed&kind=form&page=2"
    fail(failed)
    response = admin_client.post(
        f"/admin/mail/outbox/{failed.id}/resend",
        data={"state": "broken", "kind": "<b>", "page": "-1"},
    )
    assert response.location == "/admin/mail/outbox"  # bad filters are never passed on


@pytest.mark.parametrize("state", [MailState.SENT, MailState.QUEUED, MailState.SENDING])
def test_resend_of_a_row_that_is_not_failed_is_refused(admin_client, sent, app, state):
    row = sent["eli"]
    row.state = state
    db.session.commit()
    before_row, before_files = stored_row(row.id), eml_files(app)
    response = admin_client.post(f"/admin/mail/outbox/{row.id}/resend")
    assert response.status_code == 400
    assert "Only failed mail can be resent" in text_of(response)
    assert stored_row(row.id) == before_row
    assert eml_files(app) == before_files


def test_resend_of_an_unknown_row_is_404(admin_client, app):
    assert admin_client.post("/admin/mail/outbox/999/resend").status_code == 404
    assert admin_client.get("/admin/mail/outbox/1/resend").status_code == 405
