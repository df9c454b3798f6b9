"""The admin CSV page: upload, dry-run preview with row errors, confirm, and download."""

from __future__ import annotations

import html
import io
import re
from datetime import date

import pytest
from sqlalchemy import func, select

from okr.extensions import db
from okr.models import DeadlineChange, KeyResult, Person
from tests.conftest import make_kr, make_person, sign_in

PEOPLE_HEADER = "email,name,manager_email,timezone"
OKR_HEADER = "owner_email,objective,key_result,due,period"


def upload(client, kind: str, content: bytes | str, filename: str = "file.csv"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(
        f"/admin/csv/{kind}/preview",
        data={f"{kind}-file": (io.BytesIO(data), filename)},
        content_type="multipart/form-data",
    )


def hidden_csv(page: str) -> str:
    match = re.search(r"<textarea[^>]*name=\"csv_text\"[^>]*>\r?\n?(.*?)</textarea>", page, re.S)
    assert match, "no confirm form on the page"
    return html.unescape(match.group(1))


def confirm(client, kind: str, text: str, **extra):
    return client.post(
        f"/admin/csv/{kind}/import",
        data={"csv_text": text, **extra},
        content_type="multipart/form-data",
    )


def people_count() -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count(Person.id)))


def test_index_shows_both_upload_forms_columns_and_export_links(admin_client):
    page = admin_client.get("/admin/csv/").get_data(as_text=True)
    assert 'action="/admin/csv/people/preview"' in page
    assert 'action="/admin/csv/okrs/preview"' in page
    assert "email,name,manager_email,timezone" in page
    assert "owner_email,objective,key_result,due,period" in page
    assert "Optional: <code>depends_on</code>" in page
    assert 'href="/admin/csv/people.csv"' in page and 'href="/admin/csv/okrs.csv"' in page
    assert 'enctype="multipart/form-data"' in page


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/admin/csv/"),
        ("post", "/admin/csv/people/preview"),
        ("post", "/admin/csv/people/import"),
        ("get", "/admin/csv/people.csv"),
        ("get", "/admin/csv/okrs.csv"),
    ],
)
def test_only_admins_get_in(client, app, method, path):
    assert getattr(client, method)(path).status_code == 302  # to the sign-in page
    sign_in(client, make_person("dana@example.com", "Dana"))
    assert getattr(client, method)(path).status_code == 403


def test_preview_counts_and_writes_nothing(admin_client, admin):
    text = f"{PEOPLE_HEADER}\nann@example.com,Ann,admin@example.com,\nadmin@example.com,Ada,,\n"
    response = upload(admin_client, "people", text)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<dt>To create</dt><dd>1</dd>" in page
    assert "<dt>To update</dt><dd>1</dd>" in page
    assert "Import 2 changes" in page
    assert 'class="import-data"' in page
    assert hidden_csv(page) == text
    assert people_count() == 1


def test_preview_lists_every_row_with_what_changes(admin_client, admin):
    """One unchanged row is not counted in the button; an update names its changed fields."""
    make_person("bo@example.com", "Bo", timezone="Europe/Berlin")
    text = (
        f"{PEOPLE_HEADER}\nann@example.com,Ann,admin@example.com,\n"
        "bo@example.com,Bo Berg,admin@example.com,Europe/Berlin\nadmin@example.com,Ada Admin,,\n"
    )
    page = upload(admin_client, "people", text).get_data(as_text=True)
    rows = re.findall(
        r'<tr class="change-(\w+)"><td>(\d+)</td><td>\w+</td><td>(.*?)</td><td>(.*?)</td>', page
    )
    assert [(action, line, who) for action, line, who, _ in rows] == [
        ("create", "2", "ann@example.com"),
        ("update", "3", "bo@example.com"),
        ("unchanged", "4", "admin@example.com"),
    ]
    changed = html.unescape(rows[1][3]).split("<br>")
    assert changed == ["name: Bo → Bo Berg", "manager_email: (none) → admin@example.com"]
    assert "Import 2 changes" in page


def test_a_file_that_changes_nothing_offers_no_import(admin_client, admin):
    page = upload(admin_client, "people", f"{PEOPLE_HEADER}\nadmin@example.com,Ada Admin,,\n")
    text = page.get_data(as_text=True)
    assert "Nothing to import" in text and "csv_text" not in text


def test_okr_preview_names_the_moved_due_date(admin_client, admin):
    upload_okrs = f"{OKR_HEADER}\nadmin@example.com,Win,Sign 5 partners,2027-01-29,2026-Q4\n"
    assert confirm(admin_client, "okrs", upload_okrs).status_code == 302  # then moved below
    moved = upload_okrs.replace("2027-01-29", "2027-02-26")
    page = upload(admin_client, "okrs", moved).get_data(as_text=True)
    assert '<tr class="change-update"><td>2</td>' in page
    assert "due: 2027-01-29 → 2027-02-26" in html.unescape(page)


def test_preview_shows_row_errors_and_offers_no_import(admin_client):
    text = (
        f"{PEOPLE_HEADER}\nann@example.com,Ann,,\nbob@example.com,Bob,boss@x.com,\n"
        "ann@example.com,,,\n"
    )
    response = upload(admin_client, "people", text)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "3 errors: nothing will be imported" in page
    rows = re.findall(r'<tr class="row-error"><td>(\d+)</td><td>(.*?)</td><td>(.*?)</td>', page)
    assert [(line, column, html.unescape(message)) for line, column, message in rows] == [
        ("3", "manager_email", "manager_email boss@x.com is not in the file or the database"),
        ("4", "name", "name: the name is required"),
        ("4", "email", "email ann@example.com is already on line 2"),
    ]
    assert "Import 3" not in page and "csv_text" not in page
    assert people_count() == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"email,name\n", "the header is missing the columns manager_email, timezone"),
        ("email,name,manager_email,timezone\nzoë".encode("latin-1"), "not UTF-8 text"),
    ],
    ids=["empty", "missing-columns", "not-utf8"],
)
def test_a_bad_file_is_a_400_with_the_message(admin_client, content, message):
    response = upload(admin_client, "people", content)
    assert response.status_code == 400
    assert message in html.unescape(response.get_data(as_text=True))
    assert people_count() == 1


def test_no_file_chosen_is_a_400(admin_client):
    response = admin_client.post(
        "/admin/csv/okrs/preview", data={}, content_type="multipart/form-data"
    )
    assert response.status_code == 400
    assert "Choose a CSV file to upload." in response.get_data(as_text=True)


def test_confirm_imports_what_the_preview_showed(admin_client, admin):
    text = f"{PEOPLE_HEADER}\nann@example.com,Ann,admin@example.com,Europe/Oslo\n"
    page = upload(admin_client, "people", text).get_data(as_text=True)
    response = confirm(admin_client, "people", hidden_csv(page))
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/admin/csv/")
    ann = db.session.scalar(select(Person).where(Person.email == "ann@example.com"))
    assert (ann.manager_id, ann.timezone) == (admin.id, "Europe/Oslo")
    follow = admin_client.get("/admin/csv/").get_data(as_text=True)
    assert "people: 1 created, 0 updated, 0 unchanged" in follow


def test_confirm_okrs_records_moved_due_dates(admin_client, admin):
    kr = make_kr(admin, "Sign 5", "Win", date(2026, 12, 1), "2026-Q4")
    text = f"{OKR_HEADER}\nadmin@example.com,Win,Sign 5,2027-01-15,2026-Q4\n"
    page = upload(admin_client, "okrs", text).get_data(as_text=True)
    assert "<dt>To update</dt><dd>1</dd>" in page
    assert db.session.scalar(select(func.count(DeadlineChange.id))) == 0
    assert confirm(admin_client, "okrs", hidden_csv(page)).status_code == 302
    db.session.expire_all()
    assert kr.due == date(2027, 1, 15)
    assert db.session.scalar(select(func.count(DeadlineChange.id))) == 1


def test_confirm_checks_again_and_refuses_what_became_wrong(admin_client, admin):
    """Between preview and confirm the manager was deleted: the confirm must notice."""
    boss = make_person("boss@example.com", "Boss")
    text = f"{PEOPLE_HEADER}\nann@example.com,Ann,boss@example.com,\n"
    page = upload(admin_client, "people", text).get_data(as_text=True)
    db.session.delete(boss)
    db.session.commit()
    response = confirm(admin_client, "people", hidden_csv(page))
    assert response.status_code == 400
    assert "line 2: " not in response.get_data(as_text=True)  # shown as a table row instead
    assert "manager_email boss@example.com is not in the file or the database" in (
        response.get_data(as_text=True)
    )
    assert people_count() == 1


def test_confirm_without_the_csv_is_a_400(admin_client):
    response = confirm(admin_client, "people", "")
    assert response.status_code == 400
    assert people_count() == 1


def test_an_upload_over_the_size_limit_is_a_413(app, admin_client):
    app.config["MAX_CONTENT_LENGTH"] = 2_000
    content = PEOPLE_HEADER + "\n" + "".join(f"p{i}@example.com,P,,\n" for i in range(200))
    response = upload(admin_client, "people", content)
    assert response.status_code == 413
    assert "larger than this server accepts" in response.get_data(as_text=True)
    assert people_count() == 1


@pytest.fixture
def csrf_on(app_config) -> None:
    app_config["WTF_CSRF_ENABLED"] = True


@pytest.fixture
def csrf_app(csrf_on, app):
    """The app with real CSRF tokens, as in production (the shared config turns them off)."""
    assert app.config["WTF_CSRF_ENABLED"] is True
    return app


def test_with_csrf_on_a_large_file_goes_through_preview_and_confirm(csrf_app):
    """The CSV comes back in a form field bigger than Flask's 500 kB default for fields."""
    client = csrf_app.test_client()
    admin = make_person("root@example.com", "Root", is_admin=True)
    sign_in(client, admin)
    index = client.get("/admin/csv/").get_data(as_text=True)
    token = re.search(r'name="people-csrf_token" type="hidden" value="([^"]+)"', index).group(1)
    rows = "".join(
        f"person{i:05d}@example.com,Person Number {i},,Europe/Berlin\n" for i in range(12_000)
    )
    text = PEOPLE_HEADER + "\n" + rows
    assert len(text) > 600_000
    response = client.post(
        "/admin/csv/people/preview",
        data={"people-csrf_token": token, "people-file": (io.BytesIO(text.encode()), "big.csv")},
        content_type="multipart/form-data",
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200, page
    confirm_token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)

    refused = confirm(client, "people", hidden_csv(page))
    assert refused.status_code == 400
    assert people_count() == 1

    accepted = confirm(client, "people", hidden_csv(page), csrf_token=confirm_token)
    assert accepted.status_code == 302
    assert people_count() == 12_001


def test_downloads_are_streamed_attachments_in_the_import_format(admin_client, admin):
    make_person("eve@example.com", "=cmd|' /C calc'!A0", manager=admin)
    make_kr(admin, "+1 deal", "Win", date(2026, 12, 1), "2026-Q4")
    response = admin_client.get("/admin/csv/people.csv")
    assert response.status_code == 200
    assert response.is_streamed
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="people.csv"'
    body = response.get_data(as_text=True)
    assert body == (
        "\ufeffemail,name,manager_email,timezone\n"
        "admin@example.com,Ada Admin,,UTC\n"
        "eve@example.com,'=cmd|' /C calc'!A0,admin@example.com,UTC\n"
    )
    okrs = admin_client.get("/admin/csv/okrs.csv")
    assert okrs.headers["Content-Disposition"] == 'attachment; filename="okrs.csv"'
    assert okrs.get_data(as_text=True).splitlines()[1] == (
        "admin@example.com,Win,'+1 deal,2026-12-01,2026-Q4,"
    )


def test_a_downloaded_file_uploads_back_as_all_unchanged(admin_client, admin):
    make_person("eve@example.com", "@Eve", manager=admin)
    make_kr(admin, "-1 bug", "Quality", date(2026, 12, 1), "2026-Q4")
    for kind in ("people", "okrs"):
        exported = admin_client.get(f"/admin/csv/{kind}.csv").get_data()
        page = upload(admin_client, kind, exported).get_data(as_text=True)
        assert "<dt>To create</dt><dd>0" in page and "<dt>To update</dt><dd>0</dd>" in page
        assert "Nothing to import" in page  # so no button; importing it anyway changes nothing
        assert confirm(admin_client, kind, exported.decode()).status_code == 302
    assert people_count() == 2
    assert db.session.scalar(select(func.count(KeyResult.id))) == 1


@pytest.mark.browser
def test_in_a_browser_upload_preview_confirm_and_download(
    csrf_app, live_server, browser_page, tmp_path
):
    """Chromium, CSRF and the CSP on: the hidden textarea carries the file to the confirm."""
    from playwright.sync_api import expect

    from okr.services import signin

    admin = make_person("root@example.com", "Rita Root", is_admin=True)
    signin.set_password(admin, "correct horse battery")
    db.session.commit()
    page = browser_page
    page.goto(f"{live_server}/signin")
    page.locator("#pw-email").fill("root@example.com")
    page.locator("#pw-password").fill("correct horse battery")
    page.locator("form").filter(has=page.locator("#pw-email")).get_by_role("button").click()
    expect(page).to_have_url(f"{live_server}/")

    upload_file = tmp_path / "team.csv"
    upload_file.write_text(
        "\ufeffname,email,timezone,manager_email\r\n"
        "Ann Lead,ann@example.com,Europe/Berlin,root@example.com\r\n"
        '"Bob, Jr.",bob@example.com,,ann@example.com\r\n',
        encoding="utf-8",
    )
    page.goto(f"{live_server}/admin/csv/")
    page.locator("#people-file").set_input_files(str(upload_file))
    page.get_by_role("button", name="Check people file").click()
    expect(page.get_by_role("heading", name="Import preview: people")).to_be_visible()
    expect(page.locator("textarea.import-data")).to_be_hidden()
    page.screenshot(path=str(tmp_path / "preview.png"), full_page=True)
    page.get_by_role("button", name="Import 2 changes").click()
    expect(page.get_by_role("status")).to_contain_text("people: 2 created, 0 updated")

    db.session.commit()  # end this test's transaction to read the server's writes
    bob = db.session.scalar(select(Person).where(Person.email == "bob@example.com"))
    assert (bob.name, bob.manager.email, bob.timezone) == ("Bob, Jr.", "ann@example.com", "UTC")

    with page.expect_download() as download:
        page.get_by_role("link", name="Export all people as CSV").click()
    saved = tmp_path / "people.csv"
    download.value.save_as(saved)
    assert saved.read_text(encoding="utf-8-sig").splitlines()[2] == (
        'bob@example.com,"Bob, Jr.",ann@example.com,UTC'
    )
