"""Intruders: forged replies, and the web's doors tried without the right keys.

What other files already prove is not repeated here (see docs/promises.md): token
arithmetic (test_tokens.py), magic links and the sign-in rate limit (test_auth.py), the
listed admin pages (test_admin_access.py, test_mailadmin.py), digests across organisations
(test_digest_page.py). This file adds the end-to-end forgeries through the inbound door,
and sweeps over *every* route of the app, so a page added tomorrow without its guard fails.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from email.message import EmailMessage

import pytest
from flask import Flask
from sqlalchemy import func, select

from okr import tokens
from okr.config import ConfigError, load
from okr.extensions import db
from okr.models import CheckIn, InboundMessage, InboundState, OutboxMessage
from tests.conftest import make_kr, make_person, sign_in
from tests.replies import reply_to, sent_forms

SECRET = "intruder-test-inbound-secret"
TRUSTED = "mx.flagpost.test"


@pytest.fixture
def app_config(app_config):
    app_config.update(INBOUND_SECRET=SECRET, TRUSTED_AUTHSERV_ID=TRUSTED)
    return app_config


def post(client, raw: bytes, secret: str = SECRET):
    signature = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )


@pytest.fixture
def forms(app, runner):
    """Forms really sent (to the outbox folder) to Dana and Eli, week 2026-W47."""
    dana = make_person("dana@example.com", "Dana")
    eli = make_person("eli@example.com", "Eli")
    krs = {"dana": make_kr(dana, "Sign 5 design partners"), "eli": make_kr(eli, "Hire two")}
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    return {"dana": dana, "eli": eli, "krs": krs, "sent": sent_forms(app)}


def _retarget(raw: bytes, to: str) -> bytes:
    """The same reply sent to another reply address."""
    from email import message_from_bytes, policy

    msg = message_from_bytes(raw, policy=policy.SMTP)
    del msg["To"]
    msg["To"] = to
    return msg.as_bytes()


def _token_of(form: EmailMessage) -> str:
    return form["Reply-To"].addresses[0].username.partition("+")[2]


def _changed(token: str) -> str:
    """One character of a real token changed: a guess at a neighbouring token."""
    middle = len(token) // 2
    swapped = "a" if token[middle] != "a" else "b"
    return token[:middle] + swapped + token[middle + 1 :]


def _forgery(kind: str, forms, app) -> bytes:
    dana_form, eli_form = forms["sent"]["dana@example.com"], forms["sent"]["eli@example.com"]
    ref = forms["krs"]["dana"].ref
    domain = dana_form["Reply-To"].addresses[0].domain
    if kind == "someone-elses-token":
        # Eli writes about Dana's key result to Dana's reply address, from his own mailbox.
        return reply_to(dana_form, f"{ref} red - Dana is hopeless", sender="eli@example.com")
    if kind == "changed-token":
        raw = reply_to(dana_form, f"{ref} green")
        return _retarget(raw, f"status+{_changed(_token_of(dana_form))}@{domain}")
    if kind == "expired-token":
        # Signed with our secret for Dana, but for a week seven weeks ago: too old.
        old = tokens.make(forms["dana"].id, "2026-W40", app.config["SECRET_KEY"])
        raw = reply_to(dana_form, f"{ref} green", headers={"In-Reply-To": "<x@y>"})
        return _retarget(raw, f"status+{old}@{domain}")
    if kind == "from-does-not-match":
        return reply_to(dana_form, f"{ref} green", sender="mallory@evil.example")
    if kind == "from-spoofed-dmarc-fails":
        return reply_to(
            dana_form,
            f"{ref} green",
            headers={
                "Authentication-Results": f"{TRUSTED}; spf=fail smtp.mailfrom=evil.example; "
                "dkim=none; dmarc=fail (p=reject) header.from=example.com"
            },
        )
    if kind == "thread-without-token-from-a-stranger":
        return reply_to(
            dana_form, f"{ref} green", sender="mallory@evil.example", to=f"status@{domain}"
        )
    if kind == "token-of-a-digest-on-the-status-address":
        digest = tokens.make(forms["dana"].id, "2026-W47", app.config["SECRET_KEY"], "digest")
        raw = reply_to(dana_form, f"{ref} green")
        return _retarget(raw, f"status+{digest}@{domain}")
    if kind == "eli-replies-to-his-form-naming-danas-kr":
        # Authentic for Eli, but the key result is Dana's: nothing of Dana's may change.
        return reply_to(eli_form, f"{ref} red - sabotage")
    raise AssertionError(kind)


FORGERIES = [
    "someone-elses-token",
    "changed-token",
    "expired-token",
    "from-does-not-match",
    "from-spoofed-dmarc-fails",
    "thread-without-token-from-a-stranger",
    "token-of-a-digest-on-the-status-address",
]


def _outbox_count() -> int:
    return db.session.scalar(select(func.count(OutboxMessage.id)))


@pytest.mark.parametrize("kind", FORGERIES)
def test_a_forged_reply_records_nothing_is_quarantined_and_gets_no_answer(
    client, forms, app, admin, kind
):
    before = _outbox_count()
    raw = _forgery(kind, forms, app)
    response = post(client, raw)
    assert response.status_code == 202  # stored (the relay must not retry), then judged
    row = db.session.get(InboundMessage, response.get_json()["id"])
    assert row.state is InboundState.QUARANTINED, (row.state, row.reason)
    assert row.reason
    assert db.session.scalar(select(func.count(CheckIn.id))) == 0
    assert _outbox_count() == before  # no confirmation, no explanation: no answer at all
    assert set(sent_forms(app)) == {"dana@example.com", "eli@example.com"}
    # An admin sees it, with the reason, among the messages that need attention.
    sign_in(client, admin)
    page = client.get(f"/admin/mail/inbound/{row.id}").get_data(as_text=True)
    assert "quarantined" in page.lower()


def test_the_reasons_say_what_was_wrong(client, forms, app):
    reasons = {}
    for kind in FORGERIES:
        row_id = post(client, _forgery(kind, forms, app)).get_json()["id"]
        reasons[kind] = db.session.get(InboundMessage, row_id).reason
    assert "not from dana@example.com" in reasons["someone-elses-token"]
    assert "not signed by this Flagpost" in reasons["changed-token"]
    assert "expired" in reasons["expired-token"]
    assert "mallory@evil.example" in reasons["from-does-not-match"]
    assert "DMARC" in reasons["from-spoofed-dmarc-fails"]
    assert "mallory@evil.example" in reasons["thread-without-token-from-a-stranger"]
    assert "not signed" in reasons["token-of-a-digest-on-the-status-address"]


def test_a_reply_naming_someone_elses_key_result_changes_nothing_of_theirs(client, forms, app):
    raw = _forgery("eli-replies-to-his-form-naming-danas-kr", forms, app)
    assert post(client, raw).status_code == 202
    assert db.session.scalar(select(func.count(CheckIn.id))) == 0
    row = db.session.scalar(select(InboundMessage))
    assert row.person_id == forms["eli"].id  # authentic for Eli, who is told what was unclear
    assert row.reason.startswith("nothing understood")


@pytest.mark.parametrize(
    ("authserv", "verdict", "recorded"),
    [
        (TRUSTED, "pass", True),
        ("mx.evil.example", "fail", True),  # a header the forger wrote himself does not count
        (TRUSTED.upper(), "fail", False),
    ],
)
def test_only_our_own_servers_dmarc_verdict_counts(client, forms, authserv, verdict, recorded):
    ref = forms["krs"]["dana"].ref
    header = f"{authserv}; dmarc={verdict} header.from=example.com"
    raw = reply_to(
        forms["sent"]["dana@example.com"],
        f"{ref} green",
        headers={"Authentication-Results": header},
    )
    post(client, raw)
    count = db.session.scalar(select(func.count(CheckIn.id)))
    assert count == (1 if recorded else 0)


# Sender-written text that used to hide our server's failure, and forged headers claiming
# our id; the whole table is in test_authres.py.
HIDDEN_FAILURES = {
    "envelope-sender": [f"{TRUSTED}; spf=pass smtp.mailfrom=dmarc=pass@evil.example; dmarc=fail"],
    "comment": [f"{TRUSTED}; spf=pass (dmarc=none) smtp.mailfrom=evil.example; dmarc=fail"],
    "quoted-string": [f'{TRUSTED}; x-note=pass policy.text="dmarc=pass"; dmarc=fail'],
    "forged-header-below-ours": [f"{TRUSTED}; dmarc=fail", f"{TRUSTED}; dmarc=pass"],
    "forged-header-above-ours": [f"{TRUSTED}; dmarc=pass", f"{TRUSTED}; dmarc=fail"],
    "one-header-per-filter": [f"{TRUSTED}; dkim=pass header.d=e.example", f"{TRUSTED}; dmarc=fail"],
}


def _stamped(raw: bytes, headers: list[str]) -> bytes:
    """The reply with headers on top, as the receiving servers prepend them."""
    return "".join(f"Authentication-Results: {h}\r\n" for h in headers).encode() + raw


@pytest.mark.parametrize("case", sorted(HIDDEN_FAILURES))
def test_a_hidden_dmarc_failure_is_still_held(client, forms, case):
    ref = forms["krs"]["dana"].ref
    raw = _stamped(
        reply_to(forms["sent"]["dana@example.com"], f"{ref} green"), HIDDEN_FAILURES[case]
    )
    row = db.session.get(InboundMessage, post(client, raw).get_json()["id"])
    assert row.state is InboundState.QUARANTINED and "DMARC" in row.reason, (case, row.reason)
    assert db.session.scalar(select(func.count(CheckIn.id))) == 0


def test_a_pass_in_our_servers_real_headers_records(client, forms):
    ref = forms["krs"]["dana"].ref
    headers = [
        f"{TRUSTED}; dkim=pass (2048-bit key) header.d=example.com header.b=AbCd",
        f"{TRUSTED}; arc=pass (i=1 dmarc=fail); "
        "dmarc=pass (p=none dis=none) header.from=example.com",
        f"{TRUSTED}; spf=pass (domain of dana@example.com designates 192.0.2.1) "
        "smtp.mailfrom=dana@example.com",
    ]
    raw = _stamped(reply_to(forms["sent"]["dana@example.com"], f"{ref} green"), headers)
    post(client, raw)
    assert db.session.scalar(select(func.count(CheckIn.id))) == 1


def test_the_door_refuses_everything_when_no_secret_is_configured(client, app, forms):
    app.config["INBOUND_SECRET"] = None
    raw = reply_to(forms["sent"]["dana@example.com"], f"{forms['krs']['dana'].ref} green")
    import base64

    attempts = [
        {"X-Flagpost-Signature": "sha256=" + hmac.new(b"", raw, hashlib.sha256).hexdigest()},
        {"Authorization": "Basic " + base64.b64encode(b"mailer:").decode()},
        {"Authorization": "Basic " + base64.b64encode(b"mailer:None").decode()},
        {},
    ]
    for headers in attempts:
        response = client.post(
            "/inbound/email", data=raw, content_type="message/rfc822", headers=headers
        )
        assert response.status_code == 401, headers
    assert db.session.scalar(select(func.count(InboundMessage.id))) == 0


def test_a_signature_of_other_bytes_is_refused(client, forms):
    raw = reply_to(forms["sent"]["dana@example.com"], f"{forms['krs']['dana'].ref} green")
    signature = hmac.new(SECRET.encode(), raw + b" ", hashlib.sha256).hexdigest()
    response = client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )
    assert response.status_code == 401
    assert db.session.scalar(select(func.count(InboundMessage.id))) == 0


# --- every route of the web app ------------------------------------------------------------

# The only doors open without a session: sign-in, the link it mails, sign-out, the one-click
# status page and its lesson form (their signed token is the key), the inbound hook (its
# secret is the key), files.
PUBLIC_ENDPOINTS = {
    "auth.signin_page",
    "auth.confirm_link",
    "auth.signout",
    "checkin.form",
    "checkin.lesson",  # the same signed token as the status page is the key
    "inbound.receive",
    "static",
    # Ages and counts only; /metrics has its own guard (tests/test_health.py).
    "health.healthz",
    "health.scrape",
}
# Pages for every signed-in person; everything else is for admins.
MEMBER_ENDPOINTS = {
    "board.index",
    "digest.mine",
    "digest.of",
    "history.key_result",
    "history.watch",  # goals are public: anyone signed in may watch one
    "history.unwatch",
}


def _fill(rule, ids: dict[str, int]) -> str:
    values = {}
    for name in rule.arguments:
        if name == "kind":
            values[name] = "people"
        elif name == "filename":
            values[name] = "style.css"
        elif name == "token":
            values[name] = "x" * 28
        else:
            values[name] = ids.get(name, ids["person_id"])
    from flask import url_for

    return url_for(rule.endpoint, **values)


def _routes(app: Flask, ids: dict[str, int]) -> list[tuple[str, str, str]]:
    found = []
    with app.test_request_context():
        for rule in app.url_map.iter_rules():
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                found.append((rule.endpoint, method, _fill(rule, ids)))
    return sorted(found)


@pytest.fixture
def ids(app, admin) -> dict[str, int]:
    dana = make_person("dana@example.com", "Dana")
    kr = make_kr(dana)
    from okr.services.inbound import store

    stored = store(b"From: x@example.com\r\nSubject: hi\r\n\r\nhello\r\n", "pipe")
    row = OutboxMessage(
        dedupe_key="test:1", kind="signin", recipient="dana@example.com", message_id="<m@x>"
    )
    db.session.add(row)
    db.session.commit()
    return {
        "person_id": dana.id,
        "objective_id": kr.objective_id,
        "kr_id": kr.id,
        "message_id": stored.id,
        "outbox_id": row.id,
    }


def test_the_public_doors_are_exactly_the_known_ones(app, ids):
    """A new route is for admins unless it is added to this list on purpose."""
    endpoints = {endpoint for endpoint, _, _ in _routes(app, ids)}
    assert endpoints >= PUBLIC_ENDPOINTS | MEMBER_ENDPOINTS
    anonymous = app.test_client()
    for endpoint, method, url in _routes(app, ids):
        if endpoint in PUBLIC_ENDPOINTS:
            continue
        response = anonymous.open(url, method=method)
        assert response.status_code == 302, (endpoint, method, response.status_code)
        assert "/signin" in response.headers["Location"], (endpoint, method)


def test_every_admin_route_is_403_for_a_signed_in_member(app, ids):
    member = make_person("member@example.com", "Mem Ber")
    client = app.test_client()
    sign_in(client, member)
    checked = 0
    for endpoint, method, url in _routes(app, ids):
        if endpoint in PUBLIC_ENDPOINTS | MEMBER_ENDPOINTS:
            continue
        response = client.open(url, method=method)
        assert response.status_code == 403, (endpoint, method, response.status_code)
        checked += 1
    assert checked >= 20  # every admin page and action, GET and POST


@pytest.fixture
def csrf_client(app, admin):
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    sign_in(client, admin)
    return client


def test_every_post_of_an_admin_needs_the_csrf_token(app, ids, csrf_client):
    from tests.test_admin_access import snapshot

    before = snapshot()
    outbox_before = db.session.scalar(select(func.count(OutboxMessage.id)))
    posts = [(e, url) for e, m, url in _routes(app, ids) if m == "POST"]
    assert len(posts) >= 15
    for endpoint, url in posts:
        if endpoint == "inbound.receive":
            continue  # a machine's door: its shared secret stands in for the token
        response = csrf_client.post(url, data={"name": "X", "reason": "x", "title": "X"})
        assert response.status_code == 400, (endpoint, response.status_code)
        assert "CSRF" in response.get_data(as_text=True), endpoint
    assert snapshot() == before
    db.session.expire_all()
    assert db.session.scalar(select(func.count(OutboxMessage.id))) == outbox_before


# --- security headers on every response -----------------------------------------------------

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)


def _check_headers(response, where: str) -> None:
    csp = response.headers.get("Content-Security-Policy", "")
    directives = dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in csp.split(";") if part.strip()
    )
    assert directives.get("script-src") == "'self'", (where, csp)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, (where, csp)
    assert directives.get("frame-ancestors") == "'none'", (where, csp)
    assert directives.get("default-src") == "'self'", (where, csp)
    assert response.headers.get("X-Content-Type-Options") == "nosniff", where
    assert response.headers.get("X-Frame-Options") == "DENY", where
    if response.mimetype == "text/html":
        page = response.get_data(as_text=True)
        assert not INLINE_SCRIPT.search(page), (where, INLINE_SCRIPT.search(page).group(0))
        assert not EVENT_HANDLER.search(page), (where, EVENT_HANDLER.search(page).group(0))
        assert "javascript:" not in page.lower(), where


def test_every_response_carries_the_security_headers_and_no_inline_script(app, ids, admin):
    anonymous, admin_client = app.test_client(), app.test_client()
    sign_in(admin_client, admin)
    seen = 0
    for _endpoint, method, url in _routes(app, ids):
        for who, client in (("anonymous", anonymous), ("admin", admin_client)):
            response = client.open(url, method=method)
            _check_headers(response, f"{who} {method} {url} ({response.status_code})")
            seen += 1
    # Error pages and the machine door too.
    for response, where in [
        (anonymous.get("/no/such/page"), "404"),
        (admin_client.get("/admin/people/999999/edit"), "404 for an admin"),
        (anonymous.post("/inbound/email", data=b"x"), "401 from the inbound door"),
        (admin_client.get("/digest?week=nonsense"), "400"),
    ]:
        _check_headers(response, where)
        seen += 1
    assert seen > 60


def test_pages_cannot_be_framed_even_when_a_view_sets_its_own_headers(app, ids, admin):
    client = app.test_client()
    sign_in(client, admin)
    response = client.get("/admin/csv/people.csv")
    assert response.status_code == 200
    _check_headers(response, "CSV download")
    assert response.headers["Content-Disposition"].startswith("attachment")


# --- secrets come from the environment only ---------------------------------------------------


def test_production_never_uses_the_generated_development_secret(tmp_path):
    (tmp_path / "secret_key").write_text("a" * 64)  # left behind by a development run
    with pytest.raises(ConfigError, match="OKR_SECRET_KEY"):
        load({"OKR_ENV": "production"}, str(tmp_path))
    strong = "rEeObJ9o5c5R1WgjjnKwtHs7Sj7UmND3-J14qzwinyo"  # secrets.token_urlsafe(32)
    env = {"OKR_ENV": "production", "OKR_SECRET_KEY": strong, "OKR_INBOUND_WEBHOOK": "false"}
    cfg = load({**env, "MAIL_DEFAULT_SENDER": "flagpost@example.com"}, str(tmp_path))
    assert cfg["SECRET_KEY"] == strong


def test_no_secret_has_a_default_value(tmp_path):
    cfg = load({}, str(tmp_path))
    for name in ("INBOUND_SECRET", "MAIL_PASSWORD", "IMAP_PASSWORD", "MAIL_USERNAME"):
        assert cfg[name] is None, name
    # The development secret is random per instance, never a constant of the code.
    other = tmp_path / "other"
    assert load({}, str(other))["SECRET_KEY"] != cfg["SECRET_KEY"]
    assert len(cfg["SECRET_KEY"]) >= 32
    env = {"OKR_INBOUND_SECRET": "from-env", "MAIL_PASSWORD": "pw", "OKR_IMAP_PASSWORD": "ipw"}
    cfg = load(env, str(tmp_path))
    assert (cfg["INBOUND_SECRET"], cfg["MAIL_PASSWORD"], cfg["IMAP_PASSWORD"]) == (
        "from-env",
        "pw",
        "ipw",
    )


def test_the_app_refuses_to_start_in_production_with_the_default_secret(tmp_path):
    """`okr serve` (any command) and the WSGI factory both stop before serving anything,
    with one line and no traceback; the factory exits with 4 so that gunicorn stops."""
    import os
    import subprocess
    import sys

    from tests.test_weekly_form_rq import REPO

    env = {k: v for k, v in os.environ.items() if not k.startswith(("OKR_", "DATABASE_URL"))}
    env.update(OKR_ENV="production", OKR_INSTANCE_PATH=str(tmp_path), PYTHONPATH=str(REPO))
    (tmp_path / "secret_key").write_text("b" * 64)
    for code in (
        "from okr.cli import main; main(['serve', '--port', '1'])",
        "from app import create_app; create_app()",
    ):
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode != 0, code
        assert "OKR_SECRET_KEY" in done.stdout + done.stderr, code
        assert "Traceback" not in done.stdout + done.stderr, code
    assert done.returncode == 4, "gunicorn stops on a worker's exit code 4"
