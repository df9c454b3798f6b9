"""End to end in a real headless Chromium against the app on a real HTTP server, CSRF on."""

from __future__ import annotations

import json
import re
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from okr.extensions import db
from okr.services import signin
from tests.conftest import make_kr, make_person

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"
LINK = re.compile(r"https?://[^\s\"'<>]+/signin/link/[A-Za-z0-9_-]+")


@pytest.fixture
def app_config(app_config):
    app_config["WTF_CSRF_ENABLED"] = True  # the forms must work with their real tokens
    return app_config


@pytest.fixture
def site(live_server, browser_page):
    """The server first, the page second: the page closes before the server stops."""
    return live_server, browser_page


def expect(target):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def settle() -> None:
    """End the test's own transaction so the server's writes are read fresh afterwards."""
    db.session.commit()


def newest_link(outbox: Path, after: set[Path]) -> str:
    """The sign-in link in the newest .eml the app wrote since `after` (mail may lag a little)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        new = sorted(set(outbox.glob("*.eml")) - after, key=lambda p: p.stat().st_mtime_ns)
        if new:
            message = message_from_bytes(new[-1].read_bytes(), policy=policy.default)
            text = message.get_body(preferencelist=("plain",)).get_content()
            found = LINK.search(text)
            assert found, f"no sign-in link in {new[-1].name}:\n{text}"
            return found.group(0)
        time.sleep(0.1)
    raise AssertionError(f"no new mail in {outbox}")


def sign_in_with_link(app, base: str, page, email: str) -> str:
    outbox = Path(app.config["OUTBOX_DIR"])
    before = set(outbox.glob("*.eml"))
    page.goto(f"{base}/signin")
    page.locator("#link-email").fill(email)
    page.get_by_role("button", name="Email me a link").click()
    expect(page.get_by_role("status")).to_contain_text("sign-in link is on its way")
    return newest_link(outbox, before)


def test_admin_signs_in_with_password_and_edits_a_key_result(app, site, tmp_path):
    base, page = site
    admin = make_person("admin@example.com", "Ada Admin", is_admin=True)
    signin.set_password(admin, PASSWORD)
    db.session.commit()
    owner = make_person("dana@example.com", "Dana Owner")
    make_person("lee@example.com", "Lee Newowner")
    kr = make_kr(owner, title="Sign 5 design partners")
    kr_id, ref = kr.id, kr.ref
    settle()

    # a) password sign-in, in the Admin section of the sign-in page
    page.goto(f"{base}/signin")
    page.locator("#pw-email").fill("admin@example.com")
    page.locator("#pw-password").fill(PASSWORD)
    admin_section = page.locator("section").filter(
        has=page.get_by_role("heading", name="Admin", exact=True)
    )
    admin_section.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base}/")
    expect(page.get_by_role("banner")).to_contain_text("Ada Admin")

    # b) edit the key result through the admin page
    edit_url = f"{base}/admin/krs/{kr_id}/edit"
    response = page.goto(edit_url)
    assert response is not None and response.status == 200, f"GET {edit_url}"
    # Not exact: a field's hint is part of its label.
    page.get_by_label("Title").fill("Sign 7 design partners")
    page.get_by_label("Owner").fill("lee@example.com")
    page.get_by_label("Due date").fill("2027-01-29")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Save").click()
    assert posted.value.status < 400, f"Save was refused: {posted.value.status}"
    page.wait_for_load_state()

    page.goto(f"{base}/")
    row = page.get_by_role("row").filter(has_text="Sign 7 design partners")
    expect(row).to_have_count(1)
    card = page.locator("section.person-block").filter(has_text="Sign 7 design partners")
    expect(card.get_by_role("heading")).to_contain_text("lee@example.com")  # the new owner's
    expect(page.get_by_text("Sign 5 design partners")).to_have_count(0)
    shot = tmp_path / "board.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 0

    settle()
    result = app.test_cli_runner().invoke(args=["status", "--json"])
    assert result.exit_code == 0, result.output
    item = next(i for i in json.loads(result.output)["items"] if i["ref"] == ref)
    assert item["key_result"] == "Sign 7 design partners"
    assert item["owner"] == "lee@example.com"
    assert item["due"] == "2027-01-29"


def test_member_signs_in_with_an_emailed_link_that_works_once(app, site):
    base, page = site
    make_person("dana@example.com", "Dana Member")

    link = sign_in_with_link(app, base, page, "dana@example.com")
    assert link.startswith(f"{base}/signin/link/")

    # c) opening the link only asks; a mail scanner following it signs nobody in
    page.goto(link)
    expect(page.get_by_role("heading", name="Sign in as Dana Member?")).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(re.escape(f"{base}/signin")))
    page.goto(link)  # still unused after being opened twice
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base}/")
    expect(page.get_by_role("banner")).to_contain_text("Dana Member")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()

    page.goto(link)
    expect(page.get_by_text("already used")).to_be_visible()
    expect(page.get_by_role("button", name="Sign in")).to_have_count(0)


def test_member_cannot_open_admin_pages(app, site):
    base, page = site
    make_person("dana@example.com", "Dana Member")
    link = sign_in_with_link(app, base, page, "dana@example.com")
    page.goto(link)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base}/")

    # d) a signed-in non-admin gets 403 and our error page
    response = page.goto(f"{base}/admin/people")
    assert response is not None and response.status == 403
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    expect(page.get_by_role("link", name="People")).to_have_count(0)
