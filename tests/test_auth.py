"""Sign-in: admin passwords, one-time links that survive mail scanners, sign-out."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from okr import clock, queue
from okr.extensions import db
from okr.models import MailKind, OutboxMessage, SignInToken
from okr.services import people, signin
from okr.web import redirects
from tests.conftest import NOW, counted_statements, make_person, sign_in

PASSWORD = "correct horse battery staple"


@pytest.fixture
def admin_with_password(app):
    person = make_person("root@example.com", "Rita Root", is_admin=True)
    signin.set_password(person, PASSWORD)
    db.session.commit()
    return person


def _password_form(address: str, password: str) -> dict:
    return {"pw-email": address, "pw-password": password}


def _outbox(app) -> list[Path]:
    """The mail written so far, once the background work of link requests is done."""
    assert queue.wait_for_background(app)
    folder = Path(app.config["OUTBOX_DIR"])
    return (
        sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns) if folder.exists() else []
    )


def _link_from_outbox(app) -> str:
    message = email.message_from_bytes(_outbox(app)[-1].read_bytes(), policy=email.policy.default)
    text = message.get_body(preferencelist=("plain",)).get_content()
    match = re.search(r"http://flagpost\.test(/signin/link/\S+)", text)
    assert match, text
    return match.group(1)


def test_admin_signs_in_with_password(client, admin_with_password):
    response = client.post("/signin", data=_password_form("ROOT@example.com", PASSWORD))
    assert response.status_code == 302
    assert client.get("/admin/people").status_code == 200


def test_wrong_password_is_refused_with_a_clear_message(client, admin_with_password):
    response = client.post("/signin", data=_password_form("root@example.com", "wrong password!!"))
    assert response.status_code == 400
    assert "do not match an admin account" in response.get_data(as_text=True)
    assert client.get("/admin/people").status_code == 302


def test_password_of_a_non_admin_does_not_sign_in(client):
    person = make_person("pat@example.com")
    signin.set_password(person, PASSWORD)
    db.session.commit()
    response = client.post("/signin", data=_password_form("pat@example.com", PASSWORD))
    assert response.status_code == 400


def test_short_password_is_refused(app):
    person = make_person("short@example.com")
    with pytest.raises(ValueError, match="at least 12 characters"):
        signin.set_password(person, "short")


def test_sign_in_link_is_mailed_and_needs_a_post(app, client):
    make_person("dana@example.com", "Dana")
    response = client.post("/signin", data={"link-email": "Dana@Example.com"})
    assert response.status_code == 302
    link = _link_from_outbox(app)

    page = client.get(link)  # what a mail scanner does
    assert page.status_code == 200
    assert "Sign in as Dana?" in page.get_data(as_text=True)
    assert client.get("/").status_code == 302, "opening the link must not sign in"

    assert client.post(link).status_code == 302
    assert client.get("/").status_code == 200


def test_sign_in_link_works_once(app, client):
    make_person("dana@example.com", "Dana")
    client.post("/signin", data={"link-email": "dana@example.com"})
    link = _link_from_outbox(app)
    client.post(link)
    other = app.test_client()
    again = other.post(link)
    assert again.status_code == 410
    assert "already used" in again.get_data(as_text=True)
    assert other.get("/").status_code == 302


def test_sign_in_link_expires(app, client):
    make_person("dana@example.com", "Dana")
    client.post("/signin", data={"link-email": "dana@example.com"})
    link = _link_from_outbox(app)
    clock.freeze(NOW + timedelta(minutes=app.config["MAGIC_LINK_MINUTES"] + 1))
    response = client.post(link)
    assert response.status_code == 410
    assert "expired" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_unknown_token_is_refused(client):
    response = client.get("/signin/link/not-a-real-token")
    assert response.status_code == 410
    assert "not valid" in response.get_data(as_text=True)


def test_only_a_hash_of_the_token_is_stored(app, client):
    make_person("dana@example.com", "Dana")
    client.post("/signin", data={"link-email": "dana@example.com"})
    token = _link_from_outbox(app).rsplit("/", 1)[1]
    stored = db.session.scalars(db.select(SignInToken.token_hash)).all()
    assert len(stored) == 1 and token not in stored[0]


@pytest.mark.parametrize("address", ["nobody@example.com", "gone@example.com"])
def test_no_link_for_unknown_or_deactivated_people_and_no_hint(app, client, address):
    make_person("gone@example.com", active=False)
    response = client.post("/signin", data={"link-email": address}, follow_redirects=True)
    assert "If that address belongs to someone here" in response.get_data(as_text=True)
    assert _outbox(app) == []


def test_a_link_request_does_the_same_work_for_anyone_and_answers_the_same(app, client):
    """Whether an address belongs to someone must not show in the answer, nor in its time:
    the request does the same thing (hands the address to the background) for all."""
    make_person("dana@example.com", "Dana")
    make_person("gone@example.com", "Gone", active=False)
    answers = {}
    for address in ["dana@example.com", "nobody@example.com", "gone@example.com", "DANA@x.org"]:
        visitor = app.test_client()
        with counted_statements(this_thread_only=True) as statements:
            response = visitor.post("/signin", data={"link-email": address})
        shown = visitor.get("/signin").get_data(as_text=True)
        answers[address] = (response.status_code, response.headers["Location"], statements, shown)
    first = answers["dana@example.com"]
    assert first[0] == 302 and first[2] == [], "the request itself looks nobody up"
    assert "If that address belongs to someone here" in first[3]
    assert all(answer == first for answer in answers.values())
    mails = _outbox(app)  # once the background work is done: one link, to Dana only
    assert len(mails) == 1
    assert email.message_from_bytes(mails[0].read_bytes())["To"] == "dana@example.com"


@pytest.mark.redis
def test_link_requests_are_handed_to_rq_whoever_asks(redis_queue, app, client):
    """With Redis the request only enqueues, one job per request, the same for anyone; the
    worker finds the person and queues the mail."""
    make_person("dana@example.com", "Dana")
    for address in ["dana@example.com", "nobody@example.com"]:
        with counted_statements(this_thread_only=True) as statements:
            response = client.post("/signin", data={"link-email": address})
        assert response.status_code == 302 and statements == []
    jobs = redis_queue.get_jobs()
    assert [job.func_name for job in jobs] == ["okr.jobs.send_signin_link"] * 2
    assert [job.args[0] for job in jobs] == ["dana@example.com", "nobody@example.com"]
    assert db.session.scalar(db.select(db.func.count(OutboxMessage.id))) == 0
    for job in jobs:  # what a worker does with them
        job.func(*job.args, **job.kwargs)
    db.session.rollback()
    rows = db.session.scalars(db.select(OutboxMessage)).all()
    assert [(row.kind, row.recipient) for row in rows] == [(MailKind.SIGNIN, "dana@example.com")]


@pytest.fixture
def redis_queue(app_config, redis_url):
    from redis import Redis
    from rq import Queue

    conn = Redis.from_url(redis_url)
    conn.flushdb()
    app_config["REDIS_URL"] = redis_url
    try:
        yield Queue(queue.QUEUE_NAME, connection=conn)
    finally:
        conn.flushdb()
        conn.close()


def test_deactivated_person_loses_their_session(client):
    person = make_person("leaver@example.com")
    sign_in(client, person)
    assert client.get("/").status_code == 200
    person.active = False
    db.session.commit()
    assert client.get("/").status_code == 302


def _copy_of_the_cookie(app, client):
    """A second browser holding a copy of `client`'s session cookie (stolen, or synced)."""
    copy = app.test_client()
    copy.set_cookie("session", client.get_cookie("session").value)
    return copy


def _sign_in_by_link(app, client, address: str) -> None:
    client.post("/signin", data={"link-email": address})
    assert client.post(_link_from_outbox(app)).status_code == 302


def test_a_cookie_copied_before_sign_out_stops_working(app, client, admin_with_password):
    client.post("/signin", data=_password_form("root@example.com", PASSWORD))
    copy = _copy_of_the_cookie(app, client)
    assert copy.get("/admin/people").status_code == 200
    client.post("/signout")
    assert client.get("/").status_code == 302
    assert copy.get("/").status_code == 302
    assert copy.get("/admin/people").status_code == 302


def test_sign_out_ends_a_link_session_everywhere(app, client):
    make_person("dana@example.com", "Dana")
    _sign_in_by_link(app, client, "dana@example.com")
    elsewhere = app.test_client()
    _sign_in_by_link(app, elsewhere, "dana@example.com")  # a second device
    copy = _copy_of_the_cookie(app, client)
    assert copy.get("/").status_code == 200 and elsewhere.get("/").status_code == 200
    client.post("/signout")
    assert [c.get("/").status_code for c in (client, copy, elsewhere)] == [302, 302, 302]
    _sign_in_by_link(app, client, "dana@example.com")  # signing in again works
    assert client.get("/").status_code == 200
    assert copy.get("/").status_code == 302


def test_a_new_password_ends_every_session(app, client, admin_with_password):
    client.post("/signin", data=_password_form("root@example.com", PASSWORD))
    assert client.get("/admin/people").status_code == 200
    signin.set_password(admin_with_password, "a brand new long password")
    db.session.commit()
    assert client.get("/admin/people").status_code == 302
    client.post("/signin", data=_password_form("root@example.com", "a brand new long password"))
    assert client.get("/admin/people").status_code == 200


def test_reactivating_someone_does_not_revive_their_old_sessions(app, client):
    person = make_person("leaver@example.com")
    _sign_in_by_link(app, client, "leaver@example.com")
    people.set_active(person, False)
    db.session.commit()
    people.set_active(person, True)
    db.session.commit()
    assert client.get("/").status_code == 302


@pytest.mark.parametrize("stored", ["1", "1:0", "1:0:admin", "1:x:link", "x:0:password", ""])
def test_a_session_of_another_shape_signs_nobody_in(app, client, admin, stored):
    """Cookies from before session epochs (a bare id) and anything else end once."""
    with client.session_transaction() as session:
        session["_user_id"] = stored
    assert client.get("/").status_code == 302


def test_an_admins_sign_in_link_opens_no_admin_page(app, client, admin_with_password):
    """An admin who signs in with a link reads what everyone reads (their own digest
    too); admin pages ask for the password, and only the password gives admin rights."""
    report = make_person("rob@example.com", "Rob", manager=admin_with_password)
    stranger = make_person("sam@example.com", "Sam")
    make_person("sue@example.com", "Sue", manager=stranger)
    _sign_in_by_link(app, client, "root@example.com")
    board = client.get("/")
    assert board.status_code == 200
    assert "/admin/people" in board.get_data(as_text=True)  # only as the password link
    assert 'href="/admin/people">People' not in board.get_data(as_text=True)
    assert client.get("/digest").status_code == 200
    assert client.get(f"/digest/{stranger.id}").status_code == 403
    for path in ["/admin/people", "/admin/csv/", "/admin/mail/outbox", "/admin/mail/inbound/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        location = urlsplit(response.headers["Location"])
        assert location.path == "/signin" and parse_qs(location.query) == {"next": [path]}
    answer = client.post(f"/admin/people/{report.id}/deactivate")
    assert answer.status_code == 302 and answer.headers["Location"].startswith("/signin")
    db.session.refresh(report)
    assert report.active, "an admin action by a link session changes nothing"
    page = client.get("/signin?next=/admin/people", follow_redirects=True)
    assert page.status_code == 200 and 'name="pw-password"' in page.get_data(as_text=True)
    response = client.post(
        "/signin?next=/admin/people", data=_password_form("root@example.com", PASSWORD)
    )
    assert response.headers["Location"] == "/admin/people"
    assert client.get("/admin/people").status_code == 200
    assert client.get(f"/digest/{stranger.id}").status_code == 200


def test_sign_out_needs_a_post(client):
    sign_in(client, make_person("dana@example.com"))
    assert client.get("/signout").status_code == 405
    client.post("/signout")
    assert client.get("/").status_code == 302


# `next` values that a browser (which drops tabs and line breaks, reads a backslash as a
# slash, and `//host` as another site) could take somewhere else, or that break a header.
HOSTILE_NEXT = [
    "//evil.example/",
    "///evil.example/",
    "////evil.example",
    "https://evil.example/",
    "http:evil.example",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "\\\\evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%5c%5cevil.example",
    "\t//evil.example",
    " //evil.example",
    "/\x00/evil.example",
    "/\x7f/evil.example",
    "/\u2028/evil.example",
    "/\u00a0/evil.example",
    "/\u200b/evil.example",
    "/\ufeff/evil.example",
    "\u3000//evil.example",
    "/\r\nSet-Cookie: x=1",
    "",
    "/" + "a" * 3000,
    "?next=//evil.example",
    "#//evil.example",
]
# Followed as given: paths of this site, with a query and a fragment.
LOCAL_NEXT = [
    "/admin/people",
    "/digest?week=2026-W47",
    "/admin/people?q=dana#top",
    "/admin/people?q=Dana%20S",
]


def _lands_here(location: str) -> bool:
    """Where a browser would go, resolved against our page: this site, or not."""
    resolved = urljoin("http://flagpost.test/signin", location.replace("\\", "/"))
    parts = urlsplit(resolved)
    return parts.scheme == "http" and parts.netloc == "flagpost.test"


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_no_open_redirect_after_a_password_sign_in(client, admin_with_password, target):
    response = client.post(
        "/signin", query_string={"next": target}, data=_password_form("root@example.com", PASSWORD)
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_no_open_redirect_after_a_sign_in_link(app, client, target):
    make_person("dana@example.com", "Dana")
    client.post("/signin", query_string={"next": target}, data={"link-email": "dana@example.com"})
    link = _link_from_outbox(app)
    assert urlsplit(link).query == "", "a hostile next never reaches the mailed link"
    # Someone could also add it to a real link by hand.
    response = client.post(link, query_string={"next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_an_encoded_tab_or_line_break_in_next_is_never_a_500(app, client, admin_with_password):
    """The raw query strings of the report: `%09` and `%0A` arrive decoded in `next`."""
    for raw in ["/%09/evil.com", "/%0A/x", "/%0D%0A/x", "%2F%2Fevil.com", "/%5Cevil.com"]:
        response = app.test_client().post(
            "/signin?next=" + raw, data=_password_form("root@example.com", PASSWORD)
        )
        assert response.status_code == 302, raw
        assert response.headers["Location"] == "/", raw


@pytest.mark.parametrize("target", LOCAL_NEXT)
def test_a_local_next_is_followed_after_either_way_of_signing_in(
    app, client, admin_with_password, target
):
    response = client.post(
        "/signin", query_string={"next": target}, data=_password_form("root@example.com", PASSWORD)
    )
    assert response.headers["Location"] == target and _lands_here(target)
    make_person("dana@example.com", "Dana")
    member = app.test_client()
    member.post("/signin", query_string={"next": target}, data={"link-email": "dana@example.com"})
    link = _link_from_outbox(app)
    assert member.post(link).headers["Location"] == target


@pytest.mark.parametrize("target", HOSTILE_NEXT + LOCAL_NEXT)
def test_local_path_never_answers_a_path_that_leaves_the_site(target):
    path = redirects.local_path(target)
    assert path is None or _lands_here(path)
    if target in LOCAL_NEXT:
        assert path == target
    else:
        assert path is None


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get("/admin/people")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/signin")


def test_session_cookie_is_httponly_and_samesite(client, admin_with_password):
    response = client.post("/signin", data=_password_form("root@example.com", PASSWORD))
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_security_headers(client):
    headers = client.get("/signin").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.fixture
def csrf_on(app_config):
    app_config["WTF_CSRF_ENABLED"] = True
    return app_config


def test_sign_in_forms_need_a_csrf_token(csrf_on, client, admin_with_password):
    response = client.post("/signin", data=_password_form("root@example.com", PASSWORD))
    assert response.status_code == 400
    assert client.get("/").status_code == 302


@pytest.fixture
def limited(app_config):
    app_config["SIGNIN_RATE_LIMIT"] = "3 per minute"
    return app_config


def test_sign_in_is_rate_limited(limited, client, admin_with_password):
    codes = [
        client.post(
            "/signin", data=_password_form("root@example.com", "wrong password!!")
        ).status_code
        for _ in range(4)
    ]
    assert codes == [400, 400, 400, 429]
    blocked = client.post("/signin", data=_password_form("root@example.com", PASSWORD))
    assert blocked.status_code == 429
    assert "Too many attempts" in blocked.get_data(as_text=True)
    assert client.get("/signin").status_code == 200  # reading the page is not limited
