"""WCAG 2.1 AA on every page kind: axe-core (the npm package) in Chromium finds no serious
or critical violation, signed in as an admin, a manager and a member, and signed out.

CI installs axe-core and points AXE_CORE_JS at `axe.min.js`; elsewhere the test looks in
`node_modules/` beside the project (`npm install --no-save axe-core@4`) and skips without it.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from okr import weeks
from okr.composing import form_url
from okr.extensions import db
from okr.models import InboundMessage, KeyResult, OutboxMessage, Person
from okr.services import demo, signin
from tests.conftest import make_person
from tests.servers import unavailable
from tests.test_browser_e2e import sign_in_with_link

pytestmark = pytest.mark.browser

PASSWORD = "a long enough admin password"
SERIOUS = ("serious", "critical")


def _axe_script() -> Path:
    for candidate in (
        os.environ.get("AXE_CORE_JS", ""),
        Path(__file__).resolve().parents[1] / "node_modules/axe-core/axe.min.js",
    ):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    unavailable("axe-core is not installed (npm install --no-save axe-core@4, or AXE_CORE_JS)")
    raise AssertionError("unreachable")


@pytest.fixture
def company(app, runner):
    """The demo company, its forms and digests sent, and an admin with a password."""
    demo.load()
    admin = make_person("root@example.com", "Rita Root", is_admin=True)
    signin.set_password(admin, PASSWORD)
    db.session.commit()
    for command in (["send-forms", "--now"], ["send-digests", "--now"]):
        assert runner.invoke(args=command).exit_code == 0
    people = db.session.scalars(select(Person).where(Person.active.is_(True))).all()
    managers = {p.manager_id for p in people if p.manager_id}
    top = next(p for p in people if p.manager_id is None and p.id in managers)
    member = next(
        p
        for p in people
        if p.id not in managers
        and db.session.scalar(select(KeyResult.id).where(KeyResult.owner_id == p.id).limit(1))
    )
    return {"admin": admin, "manager": top, "member": member}


def _violations(page, script: Path) -> list[str]:
    page.add_script_tag(path=str(script))
    found = page.evaluate(
        """async () => (await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
            resultTypes: ['violations'],
        })).violations.map(v => ({
            id: v.id, impact: v.impact,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
        }))"""
    )
    return [
        f"{v['id']} ({v['impact']}): {', '.join(v['nodes'])}"
        for v in found
        if v["impact"] in SERIOUS
    ]


def _pages(app, who: str, people: dict) -> list[str]:
    member, manager = people["member"], people["manager"]
    kr = db.session.scalar(select(KeyResult.id).where(KeyResult.owner_id == member.id).limit(1))
    common = ["/", f"/krs/{kr}", "/no-such-page"]
    if who == "member":
        with app.test_request_context():
            status = form_url(member.id, weeks.current())
        return [*common, urlsplit(status).path]
    if who == "manager":
        return [*common, "/digest"]
    outgoing = db.session.scalar(select(OutboxMessage.id).limit(1))
    inbound = db.session.scalar(select(InboundMessage.id).limit(1))
    objective = db.session.scalar(select(KeyResult.objective_id).where(KeyResult.id == kr))
    return [
        *common,
        f"/digest/{manager.id}",
        "/admin/people",
        "/admin/people/new",
        f"/admin/people/{member.id}/edit",
        f"/admin/people/{member.id}/okrs",
        f"/admin/krs/{kr}/edit",
        f"/admin/objectives/{objective}/edit",
        "/admin/csv/",
        "/admin/mail/schedule",
        "/admin/mail/outbox",
        f"/admin/mail/outbox/{outgoing}",
        "/admin/mail/inbound/",
        f"/admin/mail/inbound/{inbound}",
    ]


@pytest.mark.parametrize("who", ["signed out", "member", "manager", "admin"])
def test_no_serious_accessibility_violation_on_any_page_kind(
    app, company, live_server, chromium_browser, who
):
    script = _axe_script()
    context = chromium_browser.new_context(bypass_csp=True)  # the CSP forbids injected script
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        if who == "signed out":
            paths = ["/signin", "/no-such-page"]
        elif who == "admin":
            page.goto(f"{live_server}/signin")
            page.locator("#pw-email").fill("root@example.com")
            page.locator("#pw-password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_load_state()
            paths = _pages(app, who, company)
        else:
            link = sign_in_with_link(app, live_server, page, company[who].email)
            page.goto(link)
            page.get_by_role("button").first.click()
            page.wait_for_load_state()
            paths = _pages(app, who, company)
        problems = {}
        for path in paths:
            page.goto(f"{live_server}{path}")
            found = _violations(page, script)
            if found:
                problems[path] = found
        assert problems == {}, problems
    finally:
        context.close()


def _sign_in(page, base: str, app, who: str, people: dict) -> None:
    if who == "admin":
        page.goto(f"{base}/signin")
        page.locator("#pw-email").fill("root@example.com")
        page.locator("#pw-password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
    elif who != "signed out":
        page.goto(sign_in_with_link(app, base, page, people[who].email))
        page.get_by_role("button").first.click()
    page.wait_for_load_state()


@pytest.mark.parametrize("who", ["signed out", "member", "manager", "admin"])
def test_no_page_is_wider_than_a_phone(app, company, live_server, chromium_browser, who):
    """At 390 px wide the document is no wider than the screen: wide tables scroll inside
    themselves, long words and addresses wrap."""
    context = chromium_browser.new_context(viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        _sign_in(page, live_server, app, who, company)
        paths = ["/signin", "/no-such-page"] if who == "signed out" else _pages(app, who, company)
        wide = {}
        for path in paths:
            page.goto(f"{live_server}{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 390:
                wide[path] = width
        assert wide == {}, wide
    finally:
        context.close()
