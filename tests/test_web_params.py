"""Every parameter a page reads, fuzzed: hostile values get a 4xx page of ours, never a 500.

Page numbers, weeks, ids in paths and forms, filters and searches: huge and negative
numbers, the ends of the calendar, digits that are not ASCII, control characters, empty
values. The app runs with TESTING, so an exception in a view fails the test outright.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okr import tokens, weeks
from okr.extensions import db
from okr.models import InboundMessage, InboundState
from okr.services import signin
from okr.web import params
from tests.conftest import make_kr, make_person, sign_in

HOSTILE = [
    "99999999999999999999",
    "9" * 5000,
    "2147483648",
    "9223372036854775808",
    "-1",
    "-99999999999999999999",
    "0",
    "00",
    "1e9",
    "1.5",
    "0x10",
    "nan",
    "inf",
    "",
    " ",
    "\x00",
    "1\x00",
    "\n",
    "\t2",
    "é",
    "١٢",
    "²",
    "１２",
    "0001-W01",
    "0001-W52",
    "9999-W52",
    "9999-W53",
    "0000-W00",
    "2026-W00",
    "2026-W54",
    "2026-w47 ",
    "1969-W52",
    "3000-W01",
    "２０２６-W47",
    "2026-W４７",
    "0001-01-01",
    "9999-12-31",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%",
    "_",
    "\\",
    "../../etc/passwd",
    "a" * 3000,
    "\u202e",
    "\ufffd",
]

# Each page with the parameters it reads; {v} is the hostile value, {person} etc. real ids.
QUERIES = {
    "board.index": ["/?week={v}", "/?page={v}", "/?q={v}", "/?status={v}", "/?q={v}&page={v}"],
    "digest.mine": ["/digest?week={v}"],
    "digest.of": ["/digest/{person}?week={v}"],
    "admin.people": ["/admin/people?q={v}", "/admin/people?page={v}"],
    "mailadmin.outbox": [
        "/admin/mail/outbox?state={v}",
        "/admin/mail/outbox?kind={v}",
        "/admin/mail/outbox?page={v}",
    ],
    "inboxadmin.index": [
        "/admin/mail/inbound/?state={v}",
        "/admin/mail/inbound/?page={v}",
        "/admin/mail/inbound/?attention={v}",
    ],
    "auth.signin_page": ["/signin?next={v}"],
}
# Routes with a part of the path: every one of them is here (checked below).
PATHS = {
    "digest.of": "/digest/{v}",
    "admin.edit_person": "/admin/people/{v}/edit",
    "admin.person_okrs": "/admin/people/{v}/okrs",
    "admin.edit_objective": "/admin/objectives/{v}/edit",
    "admin.edit_key_result": "/admin/krs/{v}/edit",
    "admin.deactivate_person": "/admin/people/{v}/deactivate",
    "admin.activate_person": "/admin/people/{v}/activate",
    "admin.new_objective": "/admin/people/{v}/objectives",
    "admin.new_key_result": "/admin/objectives/{v}/krs",
    "admin.kr_done": "/admin/krs/{v}/done",
    "admin.kr_drop": "/admin/krs/{v}/drop",
    "admin.kr_reopen": "/admin/krs/{v}/reopen",
    "admin.add_dependency": "/admin/krs/{v}/dependencies",
    "admin.remove_dependency": "/admin/krs/{kr}/dependencies/{v}/remove",
    "mailadmin.resend": "/admin/mail/outbox/{v}/resend",
    "mailadmin.message": "/admin/mail/outbox/{v}",
    "history.key_result": "/krs/{v}",
    "history.watch": "/krs/{v}/watch",
    "history.unwatch": "/krs/{v}/unwatch",
    "digest.ask": "/digest/ask/{v}",
    "digest.thank": "/digest/thank/{v}",
    "inboxadmin.detail": "/admin/mail/inbound/{v}",
    "imports.preview": "/admin/csv/{v}/preview",
    "imports.confirm": "/admin/csv/{v}/import",
    "imports.download": "/admin/csv/{v}.csv",
    "checkin.form": "/status/{v}",
    "checkin.lesson": "/status/lesson/{v}",
    "auth.confirm_link": "/signin/link/{v}",
    "static": "/static/{v}",
}
ANSWERS = {200, 302, 400, 403, 404, 405, 410}


@pytest.fixture
def company(app):
    admin = make_person("admin@example.com", "Ada Admin", is_admin=True)
    signin.set_password(admin, "correct horse battery staple")
    boss = make_person("boss@example.com", "Bo Boss")
    dana = make_person("dana@example.com", "Dana", manager=boss)
    kr = make_kr(dana, due=date(2026, 12, 15))
    db.session.add(
        InboundMessage(
            sha256="0" * 64, raw=b"Subject: x\r\n\r\nhello", size=20, source="http",
            state=InboundState.QUARANTINED, reason="test", person_id=dana.id,
            week=weeks.current(),
        )
    )  # fmt: skip
    db.session.commit()
    return {"admin": admin, "boss": boss, "dana": dana, "kr": kr}


def _ours(response) -> bool:
    """An answer of ours: a redirect, or a page with our layout (never a bare error)."""
    if response.status_code in (302, 405) or response.mimetype != "text/html":
        return True
    return "· Flagpost</title>" in response.get_data(as_text=True)


def _check(response, url: str) -> None:
    assert response.status_code in ANSWERS, (url[:200], response.status_code)
    assert _ours(response), url[:200]


def _fill(template: str, value: str, company) -> str:
    return template.format(v=quote(value, safe=""), person=company["boss"].id, kr=company["kr"].id)


def test_every_route_with_a_path_parameter_is_fuzzed(app):
    with_parts = {rule.endpoint for rule in app.url_map.iter_rules() if rule.arguments}
    assert with_parts == set(PATHS), with_parts ^ set(PATHS)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_query_values_get_a_4xx_or_a_clamp_never_a_500(app, company, value):
    admin, manager = app.test_client(), app.test_client()
    sign_in(admin, company["admin"])
    sign_in(manager, company["boss"])
    for templates in QUERIES.values():
        for template in templates:
            url = _fill(template, value, company)
            for client in (admin, manager):
                _check(client.get(url), url)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_path_values_get_a_404_never_a_500(app, company, value):
    admin = app.test_client()
    sign_in(admin, company["admin"])
    for template in PATHS.values():
        url = _fill(template, value, company)
        _check(admin.get(url), url)
        _check(admin.post(url, data={"reason": "x", "title": "x"}), url)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_form_values_get_a_4xx_or_a_clamp_never_a_500(app, company, value):
    admin = app.test_client()
    sign_in(admin, company["admin"])
    kr = company["kr"]
    posts = [
        (f"/admin/krs/{kr.id}/done", {"back": value}),
        (f"/admin/krs/{kr.id}/reopen", {"back": value}),
        (f"/admin/krs/{kr.id}/drop", {"back": value, "reason": "no longer needed"}),
        (f"/admin/krs/{kr.id}/dependencies", {"ref": value}),
        ("/admin/mail/outbox/1/resend", {"state": value, "kind": value, "page": value}),
        ("/admin/mail/schedule", {"kind": "form", "form-weekday": value, "form-local_time": value}),
        ("/admin/mail/schedule", {"kind": value}),
        ("/admin/mail/inbound/1", {f"flag-{kr.id}": value, f"note-{kr.id}": value}),
    ]
    for url, data in posts:
        _check(admin.post(url, data=data), url)
    token = tokens.make(company["dana"].id, weeks.current(), app.config["SECRET_KEY"])
    status = f"/status/{token}"
    for field in ("score", "flag", "note"):
        data = {f"flag-{kr.id}": "green", f"{field}-{kr.id}": value}
        _check(app.test_client().post(status, data=data), status)
    for data in ({"kr": value, "kind": "skill"}, {"kr": str(kr.id), "kind": value, "text": value}):
        _check(app.test_client().post(f"/status/lesson/{token}", data=data), status)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/?page=99999999999999999999", 200),
        ("/?page=-5", 200),
        ("/?week=9999-W52", 400),
        ("/?week=0001-W01", 400),
        ("/digest?week=0001-W01", 400),
        ("/digest?week=9999-W52", 400),
        (f"/digest/{2**31}", 404),
        ("/admin/people?page=99999999999999999999", 200),
        ("/admin/mail/outbox?page=99999999999999999999", 200),
        ("/admin/mail/inbound/?page=99999999999999999999", 200),
    ],
)
def test_the_reported_urls(app, company, url, expected):
    admin = app.test_client()
    sign_in(admin, company["admin"])
    response = admin.get(url)
    assert response.status_code == expected
    if expected == 400:
        assert "choose a week from 1970 to 2999" in response.get_data(as_text=True)


def test_a_page_past_the_end_shows_the_last_page(app, company):
    admin = app.test_client()
    sign_in(admin, company["admin"])
    page = admin.get("/?page=99999999999999999999").get_data(as_text=True)
    assert "Dana" in page and "1 person with key results" in page


@pytest.mark.parametrize(
    "raw, page",
    [("", 1), ("0", 1), ("-3", 1), ("7", 7), ("１２", 1), ("x", 1), ("9" * 30, params.MAX_PAGE)],
)
def test_page_numbers_are_clamped(app, raw, page):
    with app.test_request_context(query_string={"page": raw}):
        assert params.page_number() == page


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.text(max_size=40))
def test_fuzz_the_board_and_digest_parameters(app, company, value):
    admin = app.test_client()
    sign_in(admin, company["admin"])
    for template in ["/?week={v}", "/?page={v}", "/?q={v}", "/digest?week={v}"]:
        url = _fill(template, value, company)
        _check(admin.get(url), url)
