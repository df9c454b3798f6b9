"""The form's links and the status page in a real Chromium on a phone (390 px), CSRF on:
a link chooses, one press records, the page then shows what was recorded; done, drop and
a new date from the page; nothing overflows the screen."""

from __future__ import annotations

import email
import email.policy
import html
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from okr import clock, tokens
from okr.extensions import db
from okr.models import ChangeSource, CheckIn, KRState, Lesson
from okr.services import checkins, okrs
from okr.services import dependencies as deps
from tests.conftest import NOW, make_kr, make_person

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def app_config(app_config):
    app_config["WTF_CSRF_ENABLED"] = True
    return app_config


@pytest.fixture
def site(live_server, browser_page):
    browser_page.set_viewport_size(PHONE)
    return live_server, browser_page


@pytest.fixture
def dana(app, runner, site):
    person = make_person("dana@example.com", "Dana Scully")
    krs = [
        make_kr(person, "Sign 5 design partners with a long title " * 3),
        make_kr(person, "Ship the beta", objective="Launch"),
    ]
    assert runner.invoke(args=["send-forms", "--now"]).exit_code == 0
    (path,) = Path(app.config["OUTBOX_DIR"]).glob("*.eml")
    form = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    links = {
        html.unescape(text): html.unescape(href)
        for href, text in re.findall(
            r'<a [^>]*href="([^"]+)"[^>]*>([^<]+)</a>', form.get_body(("html",)).get_content()
        )
    }
    hrefs = re.findall(r'href="([^"]+)"', form.get_body(("html",)).get_content())
    return person, krs, links, [html.unescape(h) for h in hrefs]


def expect(target):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def _check_ins() -> list[tuple[int, str]]:
    db.session.commit()  # read the server's writes fresh
    return [(c.key_result_id, c.flag.value) for c in db.session.scalars(select(CheckIn))]


def _no_overflow(page) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width


def test_a_flag_link_chooses_and_one_press_records(site, dana):
    _, page = site
    person, (first, second), links, hrefs = dana
    red = next(h for h in hrefs if h.endswith(f"?flag-{second.id}=red"))
    page.goto(red)
    _no_overflow(page)
    expect(page.get_by_text("Not recorded yet")).to_be_visible()
    assert page.locator(f'input[name="flag-{second.id}"][value="red"]').is_checked()
    assert _check_ins() == []  # opening the link recorded nothing
    page.get_by_role("button", name="Record my status").click()
    expect(page.get_by_role("status").first).to_contain_text("Your status is recorded")
    assert _check_ins() == [(second.id, "red")]
    recorded = page.locator(f'.recorded[data-ref="{second.ref}"]')
    expect(recorded).to_contain_text("Recorded this week")
    expect(recorded).to_contain_text("red")
    assert page.locator(f'input[name="flag-{second.id}"][value="red"]').is_checked()
    _no_overflow(page)


def test_all_green_is_one_click_and_one_press(site, dana):
    _, page = site
    person, (first, second), links, _ = dana
    page.goto(links["All green this week"])
    page.get_by_role("button", name="Record my status").click()
    expect(page.get_by_role("status").first).to_contain_text("Your status is recorded")
    assert sorted(_check_ins()) == sorted([(first.id, "green"), (second.id, "green")])


def test_done_drop_and_a_new_date_from_the_page(site, dana):
    _, page = site
    person, (first, second), links, _ = dana
    page.goto(links["Open my status page"])
    _no_overflow(page)
    first_card, second_card = page.locator(f"#kr-{first.id}"), page.locator(f"#kr-{second.id}")
    first_card.get_by_text("Done, dropped or a new due date?").click()
    first_card.get_by_label("This key result").select_option("due")
    first_card.get_by_label("New due date").fill("2027-01-20")
    first_card.get_by_text("yellow", exact=True).click()
    second_card.get_by_text("Done, dropped or a new due date?").click()
    second_card.get_by_label("This key result").select_option("drop")
    second_card.get_by_label("Reason").fill("market moved")
    _no_overflow(page)
    page.get_by_role("button", name="Record my status").click()
    expect(page.get_by_role("status").first).to_contain_text("Your status is recorded")
    expect(page.locator(".closed-krs")).to_contain_text("market moved")
    db.session.commit()
    db.session.expire_all()
    assert first.due == date(2027, 1, 20) and second.state is KRState.DROPPED
    assert _check_ins() == [(first.id, "yellow")]
    _no_overflow(page)


def test_what_you_depend_on_fits_the_page_on_a_phone(app, runner, site):
    """Issue 17: the page lists what the person depends on, before the form, long titles
    and notes wrapped within the screen."""
    live, page = site
    eli = make_person("eli@example.com", "Eli Ng with a rather long family name")
    dana = make_person("dana@example.com", "Dana Scully")
    clock.freeze(NOW - timedelta(weeks=3))
    needed = make_kr(eli, "Ship the feature the deal needs, with a title too long " * 2)
    deal = make_kr(dana, "Close the big deal")
    clock.freeze(NOW)
    deps.add(deal, needed, source=ChangeSource.ADMIN)
    checkins.record(needed, "2026-W46", "red", note="blocked on infra " * 12, author=eli)
    db.session.commit()
    token = tokens.make(dana.id, "2026-W47", app.config["SECRET_KEY"])
    page.goto(f"{live}/status/{token}")
    expect(page.locator("#depends")).to_contain_text(f"For your {deal.ref}.")
    _no_overflow(page)


def test_looking_back_keeps_a_lesson_from_a_phone(app, site):
    """Issue 17: a key result that ended last week gets a kind and one line on the page,
    with the page's CSRF token; the lesson is shown after saving, and fits the screen."""
    live, page = site
    dana = make_person("dana@example.com", "Dana Scully")
    clock.freeze(NOW - timedelta(weeks=3))
    bet = make_kr(dana, "Open an office in a city nobody expected, with a long title " * 2)
    make_kr(dana, "Ship the beta", objective="Launch")
    clock.freeze(NOW - timedelta(weeks=1))
    okrs.drop(bet, "the pilot showed no demand " * 6)
    db.session.commit()
    clock.freeze(NOW)
    token = tokens.make(dana.id, "2026-W47", app.config["SECRET_KEY"])
    page.goto(f"{live}/status/{token}")
    section = page.locator("#looking-back")
    expect(section).to_contain_text("never a mark against you")
    _no_overflow(page)
    section.get_by_label("What kind of miss").select_option("bold bet")
    section.get_by_label("What changes next time").fill("test with five customers first " * 4)
    section.get_by_role("button", name="Keep my lesson").click()
    expect(page.get_by_role("status").first).to_contain_text(f"Your lesson for {bet.ref} is kept")
    expect(page.locator("#looking-back")).to_contain_text("a bold bet, worth celebrating")
    db.session.commit()  # read the server's writes fresh
    [lesson] = db.session.scalars(select(Lesson)).all()
    assert (lesson.key_result_id, lesson.kind.value) == (bet.id, "bet")
    _no_overflow(page)
