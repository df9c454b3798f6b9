"""Sign-in: admin passwords, one-time links that survive mail scanners, sign-out."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import timedelta
from pathlib import Path

import pytest

from okr import clock
from okr.extensions import db
from okr.models import SignInToken
from okr.services import signin
from tests.conftest import NOW, make_person, sign_in

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


def test_deactivated_person_loses_their_session(client):
    person = make_person("leaver@example.com")
    sign_in(client, person)
    assert client.get("/").status_code == 200
    person.active = False
    db.session.commit()
    assert client.get("/").status_code == 302


def test_sign_out_needs_a_post(client):
    sign_in(client, make_person("dana@example.com"))
    assert client.get("/signout").status_code == 405
    client.post("/signout")
    assert client.get("/").status_code == 302


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil"])
def test_no_open_redirect_after_sign_in(client, admin_with_password, target):
    response = client.post(
        "/signin", query_string={"next": target}, data=_password_form("root@example.com", PASSWORD)
    )
    assert response.headers["Location"] == "/"


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
