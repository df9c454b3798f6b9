"""Every kind of mail reads on a phone: its HTML part, shown in Chromium 390 px wide, has no
horizontal overflow, with long and non-ASCII names, titles and notes (the cases of
tests/test_mail_kinds.py) and as the demo company gets it; and every badge and button of
the email layout has text at WCAG AA contrast (4.5:1)."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime
from pathlib import Path

import css_inline
import pytest
from flask import render_template
from markupsafe import Markup

from mailers import KINDS
from mailers import digest as digest_mail
from mailers.confirmation import confirmation
from mailers.render import _flag_html
from okr import clock
from okr.digest.build import build
from okr.extensions import db
from okr.services import demo, lessons
from tests.conftest import make_kr, make_person
from tests.test_mail_kinds import CASES, WEEK, _reply
from tests.test_mail_kinds import people as people  # noqa: F401 - the fixture, reused

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
STATUSES = ("red", "yellow", "green", "done", "dropped", "missing")


def _not_understood(p: dict):
    kr = p["kr"]
    return confirmation(
        p["owner"],
        WEEK,
        _reply(),
        recorded_lines=[],
        missing=[],
        unmatched=["Blorp " * 80],
        problems=[],
        titles={kr.ref: kr.title},
    )


KINDS_ON_A_PHONE = {**CASES, "not-understood": _not_understood}


def _html(message) -> str:
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    return parsed.get_body(("html",)).get_content()


def _overflow(page, html: str, viewport: dict[str, int] = PHONE) -> int:
    """How many pixels the page is wider than the screen, a phone's by default (0: none)."""
    page.set_viewport_size(viewport)
    page.set_content(html)
    return page.evaluate(
        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        f" - {viewport['width']}"
    )


def test_every_kind_has_a_phone_case():
    assert set(CASES) == set(KINDS)  # a new kind gets a case in test_mail_kinds.py


@pytest.mark.parametrize("kind", sorted(KINDS_ON_A_PHONE))
def test_no_kind_of_mail_overflows_a_phone(kind, people, browser_page):  # noqa: F811
    html = _html(KINDS_ON_A_PHONE[kind](people))
    assert _overflow(browser_page, html) <= 0


def _sent(app, prefix: str) -> list[email.message.EmailMessage]:
    found = []
    for path in sorted(Path(app.config["OUTBOX_DIR"]).glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["Subject"].startswith(prefix):
            found.append(message)
    return found


@pytest.fixture
def demo_mail(app, runner):
    demo.load()
    for command in (["send-forms", "--now"], ["send-digests", "--now"]):
        assert runner.invoke(args=command).exit_code == 0
    return {"forms": _sent(app, "Weekly status"), "digests": _sent(app, "Digest")}


def test_the_demo_companys_mail_fits_a_phone(demo_mail, browser_page):
    assert demo_mail["forms"] and demo_mail["digests"]
    for message in demo_mail["forms"][:3] + demo_mail["digests"][:3]:
        assert _overflow(browser_page, message.get_body(("html",)).get_content()) <= 0
    _overflow(browser_page, demo_mail["forms"][0].get_body(("html",)).get_content())
    button = browser_page.get_by_role("link", name="Open my status page").first
    box = button.bounding_box()  # a button a thumb can press, within the screen
    assert box and box["height"] >= 36 and box["x"] + box["width"] <= PHONE["width"]


def test_what_you_depend_on_thanks_and_outside_risks_fit_a_phone(demo_mail, browser_page):
    """Issue 17's sections, as the demo company gets them: long titles and notes in one
    line each must wrap, not widen the mail."""
    pages = {
        "depends": [m for m in demo_mail["forms"] if "WHAT YOU DEPEND ON" in _text(m)],
        "thanks": [m for m in demo_mail["forms"] if "thanked you for raising" in _text(m)],
        "outside": [m for m in demo_mail["digests"] if "RISKS FROM OUTSIDE" in _text(m)],
    }
    for name, messages in pages.items():
        assert messages, name
        for message in messages:
            assert _overflow(browser_page, message.get_body(("html",)).get_content()) <= 0, name


def test_looking_back_fits_a_phone_and_a_desktop(demo_mail, browser_page):
    """The form's "Looking back" (the demo's guide done late last week): its lines and the
    example reply line wrap on a phone and read at desktop width."""
    forms = [m for m in demo_mail["forms"] if "LOOKING BACK" in _text(m)]
    assert forms
    for message in forms:
        html = message.get_body(("html",)).get_content()
        assert "Looking back</h2>" in html
        for screen in (PHONE, DESKTOP):
            assert _overflow(browser_page, html, screen) <= 0, screen
            heading = browser_page.get_by_role("heading", name="Looking back")
            box = heading.bounding_box()
            assert box and box["x"] + box["width"] <= screen["width"]


def test_the_quarters_lessons_fit_a_phone_and_a_desktop(app, browser_page):
    """The quarter's last digest with "What we learned this quarter": long titles and
    lessons, a bold bet, the mail's five and "and N more"."""
    clock.freeze(datetime(2026, 9, 1, 12, 0, tzinfo=UTC))
    boss = make_person("boss@example.com", "Björk Guðmundsdóttir-Lindqvist")
    owner = make_person("owner@example.com", "Zoë Ångström", manager=boss)
    krs = [
        make_kr(
            owner,
            f"Überprüfung der Lieferantenverträge {n} " + "Qualitätssicherungsmaßnahmen" * 3,
            objective=f"Ziel {n}",
            due=date(2026, 12, 4),
            period="2026-Q4",
        )
        for n in range(7)
    ]
    clock.freeze(datetime(2027, 1, 1, 12, 0, tzinfo=UTC))  # Friday of 2026-W53
    for n, kr in enumerate(krs):
        kind = "bold bet" if n == 0 else "attention"
        lessons.record(owner, kr, kind, "Nächstes Mal " + "prüfe ich früher " * 12, "2026-W52")
    db.session.commit()
    digest = build(boss.id, "2026-W53")
    assert digest.quarter.lessons.total == 7
    with app.test_request_context():
        text, html = digest_mail.render(digest)
    assert "WHAT WE LEARNED THIS QUARTER (7)" in text and "And 2 more on the web digest." in text
    for screen in (PHONE, DESKTOP):
        assert _overflow(browser_page, html, screen) <= 0, screen
        heading = browser_page.get_by_role("heading", name="What we learned this quarter (7)")
        box = heading.bounding_box()
        assert box and box["x"] + box["width"] <= screen["width"]


def _text(message) -> str:
    return message.get_body(("plain",)).get_content()


def _contrast_page() -> str:
    badges = " ".join(str(_flag_html(status)) for status in STATUSES)
    links = (
        '<a class="button" href="#">Open</a> <a class="button button-green" href="#">All green</a>'
        + "".join(f'<a class="flag-link flag-link-{f}" href="#">{f}</a>' for f in STATUSES[:3])
    )
    page = render_template("email/layout.html", body=Markup(f"<p>{badges}</p><p>{links}</p>"))  # noqa: S704
    return css_inline.CSSInliner(keep_style_tags=False).inline(page)


CONTRAST = """(selector) => {
  const lum = (c) => {
    const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  return [...document.querySelectorAll(selector)].map((el) => {
    const style = getComputedStyle(el);
    let bg = style.backgroundColor;
    if (bg === 'rgba(0, 0, 0, 0)') bg = getComputedStyle(document.body).backgroundColor;
    const [a, b] = [lum(style.color), lum(bg)].sort((x, y) => y - x);
    return [el.className, (a + 0.05) / (b + 0.05)];
  });
}"""


def test_badges_and_buttons_of_the_email_layout_meet_wcag_aa(app, browser_page):
    with app.test_request_context():
        html = _contrast_page()
    browser_page.set_content(html)
    ratios = browser_page.evaluate(CONTRAST, ".flag, a.button, a.flag-link")
    assert len(ratios) == len(STATUSES) + 2 + 3
    low = [(name, round(ratio, 2)) for name, ratio in ratios if ratio < 4.5]
    assert not low, low


def test_the_digest_trend_squares_meet_wcag_aa(demo_mail, browser_page):
    ratios = []
    for message in demo_mail["digests"]:
        browser_page.set_content(message.get_body(("html",)).get_content())
        ratios += browser_page.evaluate(CONTRAST, ".sq, .flag")
    assert {name for name, _ in ratios} >= {"sq sq-yellow", "sq sq-green", "sq sq-red"}
    low = sorted({(name, round(ratio, 2)) for name, ratio in ratios if ratio < 4.5})
    assert not low, low
