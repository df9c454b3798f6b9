"""Who may open the admin pages: admins only, and every change needs a CSRF token."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from okr.extensions import db
from okr.models import KeyResult, KRState, Objective, Person
from tests.conftest import make_kr, make_person, sign_in

GET_URLS = [
    "/admin/people",
    "/admin/people?q=dana&page=2",
    "/admin/people/new",
    "/admin/people/{person}/edit",
    "/admin/people/{person}/okrs",
    "/admin/objectives/{objective}/edit",
    "/admin/krs/{kr}/edit",
]

# (url, form data an admin would send successfully)
POSTS = [
    ("/admin/people/new", {"name": "New", "email": "new@example.com", "timezone": "UTC"}),
    (
        "/admin/people/{person}/edit",
        {"name": "Renamed", "email": "dana@example.com", "timezone": "UTC"},
    ),
    ("/admin/people/{person}/deactivate", {}),
    ("/admin/people/{person}/activate", {}),
    ("/admin/people/{person}/objectives", {"title": "New goal", "period": "2026-Q4"}),
    ("/admin/objectives/{objective}/edit", {"title": "Renamed goal", "period": "2026-Q4"}),
    (
        "/admin/objectives/{objective}/krs",
        {"title": "New KR", "owner_email": "dana@example.com", "due": "2026-12-31"},
    ),
    (
        "/admin/krs/{kr}/edit",
        {"title": "Renamed KR", "owner_email": "dana@example.com", "due": "2026-12-31"},
    ),
    ("/admin/krs/{kr}/done", {}),
    ("/admin/krs/{kr}/drop", {"reason": "not needed"}),
    ("/admin/krs/{kr}/reopen", {}),
]
POST_IDS = [url for url, _ in POSTS]


@pytest.fixture
def ids(app) -> dict[str, int]:
    """One person with one objective and one key result, to fill in the URLs."""
    dana = make_person("dana@example.com", "Dana")
    kr = make_kr(dana)
    return {"person": dana.id, "objective": kr.objective_id, "kr": kr.id}


def snapshot() -> tuple:
    """Everything an admin POST could change, read outside the test's session."""
    with db.engine.connect() as conn:
        return (
            conn.execute(select(func.count()).select_from(Person)).scalar_one(),
            conn.execute(select(Person.name, Person.active).order_by(Person.id)).all(),
            conn.execute(select(Objective.title).order_by(Objective.id)).all(),
            conn.execute(
                select(KeyResult.title, KeyResult.due, KeyResult.state).order_by(KeyResult.id)
            ).all(),
        )


@pytest.fixture
def member_client(client: FlaskClient, app) -> FlaskClient:
    sign_in(client, make_person("member@example.com", "Mem Ber"))
    return client


@pytest.mark.parametrize("url", GET_URLS)
def test_anonymous_get_is_sent_to_sign_in(client, ids, url):
    response = client.get(url.format(**ids))
    assert response.status_code == 302
    assert response.location.startswith("/signin?next=")


@pytest.mark.parametrize(("url", "data"), POSTS, ids=POST_IDS)
def test_anonymous_post_is_sent_to_sign_in_and_changes_nothing(client, ids, url, data):
    before = snapshot()
    response = client.post(url.format(**ids), data=data)
    assert response.status_code == 302
    assert response.location.startswith("/signin")
    assert snapshot() == before


@pytest.mark.parametrize("url", GET_URLS)
def test_non_admin_get_is_forbidden(member_client, ids, url):
    response = member_client.get(url.format(**ids))
    assert response.status_code == 403
    assert "This page is for admins." in response.get_data(as_text=True)


@pytest.mark.parametrize(("url", "data"), POSTS, ids=POST_IDS)
def test_non_admin_post_is_forbidden_and_changes_nothing(member_client, ids, url, data):
    before = snapshot()
    assert member_client.post(url.format(**ids), data=data).status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("url", GET_URLS)
def test_admin_gets_the_page(admin_client, ids, url):
    response = admin_client.get(url.format(**ids))
    assert response.status_code == 200
    assert "<h1>" in response.get_data(as_text=True)


@pytest.mark.parametrize(("url", "data"), POSTS, ids=POST_IDS)
def test_admin_post_succeeds(admin_client, ids, url, data):
    before = snapshot()
    response = admin_client.post(url.format(**ids), data=data)
    assert response.status_code == 302
    assert response.location.startswith("/admin/")
    if not url.endswith(("/activate", "/reopen")):  # those two restore the fixture's state
        assert snapshot() != before


@pytest.mark.parametrize(
    "url",
    [
        "/admin/people/999/edit",
        "/admin/people/999/okrs",
        "/admin/objectives/999/edit",
        "/admin/krs/999/edit",
    ],
)
def test_unknown_ids_are_404_for_get(admin_client, url):
    assert admin_client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/admin/people/999/edit",
        "/admin/people/999/deactivate",
        "/admin/people/999/activate",
        "/admin/people/999/objectives",
        "/admin/objectives/999/edit",
        "/admin/objectives/999/krs",
        "/admin/krs/999/edit",
        "/admin/krs/999/done",
        "/admin/krs/999/drop",
        "/admin/krs/999/reopen",
    ],
)
def test_unknown_ids_are_404_for_post(admin_client, url):
    assert admin_client.post(url, data={"reason": "x"}).status_code == 404


class TestCsrf:
    """With CSRF protection on, as in production."""

    @pytest.fixture
    def app_config(self, app_config: dict) -> dict:
        app_config["WTF_CSRF_ENABLED"] = True
        return app_config

    @staticmethod
    def token_from(client: FlaskClient, url: str) -> str:
        page = client.get(url).get_data(as_text=True)
        match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
        assert match, "the page carries no CSRF token"
        return match.group(1)

    @pytest.mark.parametrize(("url", "data"), POSTS, ids=POST_IDS)
    def test_post_without_token_is_refused_and_changes_nothing(self, admin_client, ids, url, data):
        before = snapshot()
        response = admin_client.post(url.format(**ids), data=data)
        assert response.status_code == 400
        assert snapshot() == before

    def test_post_with_a_wrong_token_is_refused(self, admin_client, ids):
        before = snapshot()
        data = {
            "csrf_token": "forged",
            "title": "Forged",
            "owner_email": "dana@example.com",
            "due": "2027-01-01",
        }
        response = admin_client.post(f"/admin/krs/{ids['kr']}/edit", data=data)
        assert response.status_code == 400
        assert snapshot() == before

    def test_post_with_the_page_token_is_accepted(self, admin_client, ids):
        token = self.token_from(admin_client, f"/admin/people/{ids['person']}/okrs")
        response = admin_client.post(f"/admin/krs/{ids['kr']}/done", data={"csrf_token": token})
        assert response.status_code == 302
        with db.engine.connect() as conn:
            state = conn.execute(select(KeyResult.state).where(KeyResult.id == ids["kr"]))
            assert state.scalar_one() == KRState.DONE

    def test_every_admin_form_carries_a_token(self, admin_client, ids):
        for url in GET_URLS:
            page = admin_client.get(url.format(**ids)).get_data(as_text=True)
            forms = re.findall(r'<form method="post".*?</form>', page, flags=re.S)
            for form in forms:
                assert 'name="csrf_token"' in form, (url, form[:200])
        okr_page = admin_client.get(f"/admin/people/{ids['person']}/okrs").get_data(as_text=True)
        assert len(re.findall(r'<form method="post"', okr_page)) >= 5
