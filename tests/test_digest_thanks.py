"""The Thank button by a red on the web digest: kept once per manager, key result and
week, for key results of the manager's organisation only, and shown to the owner on the
key result's page."""

from __future__ import annotations

import re

import pytest

from okr.extensions import db
from okr.models import Thanks
from okr.services import checkins
from tests.conftest import make_kr, make_person, sign_in

WEEK = "2026-W47"  # the frozen clock's week


@pytest.fixture
def org(app):
    """Cy heads Bo, who manages Dana (red this week); Olga runs another organisation."""
    cy = make_person("cy@example.com", "Cy Chief")
    bo = make_person("bo@example.com", "Bo Boss", manager=cy)
    dana = make_person("dana@example.com", "Dana Scully", manager=bo)
    olga = make_person("olga@example.com", "Olga Other")
    otto = make_person("otto@example.com", "Otto", manager=olga)
    red = make_kr(dana, "Sign 5 design partners")
    other = make_kr(otto, "Secret other-org plan")
    checkins.record(red, WEEK, "red", note="vendor slipped", author=dana)
    db.session.commit()
    return {"cy": cy, "bo": bo, "dana": dana, "olga": olga, "red": red, "other": other}


def thank(client, kr_id: int, **data):
    return client.post(f"/digest/thank/{kr_id}?week={WEEK}", data=data)


def kept() -> list[Thanks]:
    db.session.expire_all()
    return db.session.scalars(db.select(Thanks).order_by(Thanks.id)).all()


def test_a_red_on_the_own_digest_has_a_thank_button(client, org):
    sign_in(client, org["cy"])
    page = client.get("/digest").get_data(as_text=True)
    red = page.split('id="red"')[1].split("</section>")[0]
    assert f'action="/digest/thank/{org["red"].id}?week={WEEK}"' in red
    assert f"Thank Dana Scully for {org['red'].ref}" in red


def test_thanks_are_kept_once_and_shown_to_the_owner(client, org):
    sign_in(client, org["cy"])
    response = thank(client, org["red"].id)
    assert response.status_code == 302 and response.headers["Location"] == f"/digest?week={WEEK}"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"Thanks sent: Dana Scully sees it on the page of {org['red'].ref}" in page
    assert "You thanked Dana Scully for this." in page  # the button is gone
    assert f"/digest/thank/{org['red'].id}" not in page

    again = thank(client, org["red"].id)
    assert again.status_code == 302
    assert "thanked Dana Scully for" in client.get("/digest").get_data(as_text=True)
    [one] = kept()
    assert (one.manager_id, one.key_result_id, one.owner_id, one.week) == (
        org["cy"].id,
        org["red"].id,
        org["dana"].id,
        WEEK,
    )

    sign_in(client, org["dana"])  # the owner, on the key result's page
    history = client.get(f"/krs/{org['red'].id}").get_data(as_text=True)
    assert re.search(
        r"<strong>Cy Chief</strong> thanked you for the news of week 2026-W47", history
    )
    sign_in(client, org["olga"])  # anyone else reads who was thanked
    history = client.get(f"/krs/{org['red'].id}").get_data(as_text=True)
    assert "<strong>Cy Chief</strong> thanked Dana Scully for the news of week 2026-W47" in history


def test_two_managers_thank_separately(client, org):
    for manager in (org["cy"], org["bo"]):
        sign_in(client, manager)
        assert thank(client, org["red"].id).status_code == 302
    assert {t.manager_id for t in kept()} == {org["cy"].id, org["bo"].id}


def test_no_thanks_page_section_without_thanks(client, org):
    sign_in(client, org["dana"])
    assert "thanked" not in client.get(f"/krs/{org['red'].id}").get_data(as_text=True)


def test_only_key_results_of_the_managers_organisation(client, org):
    sign_in(client, org["cy"])
    refused = thank(client, org["other"].id)
    assert refused.status_code == 403
    assert "not a key result in your organisation" in refused.get_data(as_text=True)
    assert thank(client, 99999).status_code == 404
    assert kept() == []


def test_a_member_may_not_thank(client, org):
    sign_in(client, org["dana"])
    response = thank(client, org["red"].id)
    assert response.status_code == 403
    assert "nobody reporting to you" in response.get_data(as_text=True)
    assert kept() == []


def test_someone_elses_digest_has_no_thank_button(client, org):
    admin = make_person("admin@example.com", "Ada Admin", is_admin=True)
    sign_in(client, admin)
    page = client.get(f"/digest/{org['cy'].id}").get_data(as_text=True)
    assert "Sign 5 design partners" in page and "/digest/thank/" not in page


class TestCsrf:
    @pytest.fixture
    def app_config(self, app_config):
        app_config["WTF_CSRF_ENABLED"] = True
        return app_config

    def test_thanks_need_the_forms_token(self, client, org):
        sign_in(client, org["cy"])
        assert thank(client, org["red"].id).status_code == 400
        assert thank(client, org["red"].id, csrf_token="forged").status_code == 400
        assert kept() == []
        page = client.get("/digest").get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        assert thank(client, org["red"].id, csrf_token=token).status_code == 302
        assert len(kept()) == 1
