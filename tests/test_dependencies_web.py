"""Dependencies on the admin page and on a key result's own page, and watching from it."""

from __future__ import annotations

import pytest

from okr.extensions import db
from okr.models import ChangeSource, Dependency, Watch
from okr.services import dependencies as deps
from okr.services import okrs
from tests.conftest import make_kr, make_person, sign_in


@pytest.fixture
def krs(app):
    dana = make_person("dana@example.com", "Dana Scully")
    eli = make_person("eli@example.com", "Eli Ng")
    return make_kr(dana, "Launch"), make_kr(eli, "Billing cutover", objective="Billing")


def test_an_admin_adds_a_dependency_by_ref_and_removes_it(admin_client, krs):
    launch, billing = krs
    page = admin_client.get(f"/admin/krs/{launch.id}/edit").get_data(as_text=True)
    assert (
        "Depends on" in page and f'<option value="{billing.ref}">Billing cutover · Eli Ng' in page
    )
    response = admin_client.post(f"/admin/krs/{launch.id}/dependencies", data={"ref": billing.ref})
    assert response.status_code == 302
    assert deps.depends_on(launch) == [billing]
    page = admin_client.get(f"/admin/krs/{launch.id}/edit").get_data(as_text=True)
    assert f"{launch.ref} now depends on {billing.ref}" in page
    assert f"/admin/krs/{launch.id}/dependencies/{billing.id}/remove" in page
    other = admin_client.get(f"/admin/krs/{billing.id}/edit").get_data(as_text=True)
    assert "Depended on by" in other and "Launch" in other
    admin_client.post(f"/admin/krs/{launch.id}/dependencies/{billing.id}/remove")
    assert deps.depends_on(launch) == []


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("#404", "#404 is not a key result"),
        ("soon", "&#39;soon&#39; is not a key result reference; write it as #12"),
        ("", "&#39;&#39; is not a key result reference; write it as #12"),
        ("SELF", "cannot depend on itself"),
        ("LOOP", "that would make a loop"),
    ],
)
def test_a_refused_dependency_stays_on_the_page_with_the_reason(admin_client, krs, typed, message):
    launch, billing = krs
    deps.add(billing, launch, source=ChangeSource.ADMIN)
    db.session.commit()
    typed = {"SELF": launch.ref, "LOOP": billing.ref}.get(typed, typed)
    response = admin_client.post(f"/admin/krs/{launch.id}/dependencies", data={"ref": typed})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page and 'class="error"' in page
    assert db.session.get(Dependency, (launch.id, billing.id)) is None


def test_the_loop_message_names_every_ref(admin_client, krs):
    launch, billing = krs
    deps.add(billing, launch, source=ChangeSource.ADMIN)
    db.session.commit()
    page = admin_client.post(
        f"/admin/krs/{launch.id}/dependencies", data={"ref": billing.ref}
    ).get_data(as_text=True)
    assert f"{launch.ref} → {billing.ref} → {launch.ref}" in page


def test_dependency_pages_are_for_admins(client, krs):
    launch, billing = krs
    sign_in(client, make_person("fay@example.com", "Fay"))
    assert (
        client.post(f"/admin/krs/{launch.id}/dependencies", data={"ref": "#2"}).status_code == 403
    )
    assert deps.depends_on(launch) == []


def test_the_key_result_page_lists_both_directions_and_the_watchers(client, krs):
    launch, billing = krs
    deps.add(launch, billing, source=ChangeSource.ADMIN)
    deps.watch(make_person("gus@example.com", "Gus Watcher"), billing)
    okrs.drop(billing, "vendor <gone>")
    db.session.commit()
    sign_in(client, make_person("fay@example.com", "Fay"))
    page = client.get(f"/krs/{launch.id}").get_data(as_text=True)
    assert (
        "Depends on" in page
        and f'href="/krs/{billing.id}">{billing.ref}</a> Billing cutover' in page
    )
    assert "dropped: vendor &lt;gone&gt;" in page  # a dropped dependency says so
    other = client.get(f"/krs/{billing.id}").get_data(as_text=True)
    assert f'href="/krs/{launch.id}">{launch.ref}</a> Launch' in other
    assert "<li>Gus Watcher</li>" in other


def test_anyone_signed_in_watches_and_unwatches_from_the_page(client, krs):
    launch, _ = krs
    fay = make_person("fay@example.com", "Fay")
    sign_in(client, fay)
    page = client.get(f"/krs/{launch.id}").get_data(as_text=True)
    assert f'action="/krs/{launch.id}/watch"' in page
    response = client.post(f"/krs/{launch.id}/watch", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert f"You watch {launch.ref} now." in page and "<li>Fay</li>" in page
    assert f'action="/krs/{launch.id}/unwatch"' in page
    assert db.session.get(Watch, (fay.id, launch.id)) is not None
    page = client.post(f"/krs/{launch.id}/unwatch", follow_redirects=True).get_data(as_text=True)
    assert f"You no longer watch {launch.ref}." in page
    assert db.session.get(Watch, (fay.id, launch.id)) is None


def test_watching_a_closed_key_result_is_refused_in_words(client, krs):
    launch, _ = krs
    okrs.mark_done(launch)
    db.session.commit()
    sign_in(client, make_person("fay@example.com", "Fay"))
    page = client.post(f"/krs/{launch.id}/watch", follow_redirects=True).get_data(as_text=True)
    assert "there is nothing more to watch" in page


def test_watching_needs_a_session(client, krs):
    launch, _ = krs
    assert client.post(f"/krs/{launch.id}/watch").status_code == 302
    assert db.session.query(Watch).count() == 0


@pytest.fixture
def csrf_on(app_config):
    app_config["WTF_CSRF_ENABLED"] = True
    return app_config


def test_watching_needs_the_csrf_token(csrf_on, client, krs):
    launch, _ = krs
    sign_in(client, make_person("fay@example.com", "Fay"))
    assert client.post(f"/krs/{launch.id}/watch").status_code == 400
    assert db.session.query(Watch).count() == 0
    page = client.get(f"/krs/{launch.id}").get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    assert client.post(f"/krs/{launch.id}/watch", data={"csrf_token": token}).status_code == 302
    assert db.session.query(Watch).count() == 1
