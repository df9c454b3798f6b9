"""Asking from the web digest: the Ask form under a key result sends the same question a
reply to the digest mail sends (okr/services/questions.py), to the owner alone, with the
mail path's rules: only key results of the manager's organisation, only managers, no empty
or too long question, a daily limit, and a CSRF token."""

from __future__ import annotations

import re
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from okr import addresses
from okr.extensions import db
from okr.models import MailKind, OutboxMessage, Question
from okr.services import checkins, questions
from tests.conftest import make_kr, make_person, sign_in

WEEK = "2026-W47"  # the frozen clock's week


@pytest.fixture
def org(app):
    """Cy heads Bo, who manages Dana; Olga runs another organisation with Otto."""
    cy = make_person("cy@example.com", "Cy Chief")
    bo = make_person("bo@example.com", "Bo Boss", manager=cy)
    dana = make_person("dana@example.com", "Dana Scully", manager=bo)
    olga = make_person("olga@example.com", "Olga Other")
    otto = make_person("otto@example.com", "Otto", manager=olga)
    red = make_kr(dana, "Sign 5 design partners")
    other = make_kr(otto, "Secret other-org plan")
    checkins.record(red, WEEK, "red", note="vendor slipped", author=dana)
    db.session.commit()
    return {
        "cy": cy,
        "bo": bo,
        "dana": dana,
        "olga": olga,
        "otto": otto,
        "red": red,
        "other": other,
    }


def ask(client, kr_id: int, text: str, **data):
    return client.post(f"/digest/ask/{kr_id}?week={WEEK}", data={"question": text, **data})


def asked() -> list[Question]:
    db.session.expire_all()
    return db.session.scalars(db.select(Question).order_by(Question.id)).all()


def question_mail() -> list[OutboxMessage]:
    db.session.expire_all()
    return db.session.scalars(
        db.select(OutboxMessage).where(OutboxMessage.kind == MailKind.QUESTION)
    ).all()


def test_own_digest_has_an_ask_form_per_key_result(client, org):
    sign_in(client, org["cy"])
    page = client.get("/digest").get_data(as_text=True)
    forms = re.findall(r'<form method="post" action="/digest/ask/(\d+)\?week=([\w-]+)"', page)
    assert (str(org["red"].id), WEEK) in forms
    assert str(org["other"].id) not in {kr for kr, _ in forms}
    assert "Ask Dana Scully about" in page and 'name="csrf_token"' in page


def test_someone_elses_digest_has_no_ask_form(client, org):
    admin = make_person("admin@example.com", "Ada Admin", is_admin=True)
    sign_in(client, admin)
    page = client.get(f"/digest/{org['cy'].id}").get_data(as_text=True)
    assert "Sign 5 design partners" in page
    assert "/digest/ask/" not in page


def test_asking_sends_the_owner_alone_the_question_mail(client, org, app):
    sign_in(client, org["cy"])
    response = ask(client, org["red"].id, "  What would it take?  ")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/digest?week={WEEK}"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "goes to Dana Scully (dana@example.com) alone" in page

    [question] = asked()
    assert (question.manager_id, question.owner_id, question.key_result_id) == (
        org["cy"].id,
        org["dana"].id,
        org["red"].id,
    )
    assert question.text == "What would it take?" and question.week == WEEK
    assert question.source_inbound_id is None  # asked on the web, not by a reply
    [row] = question_mail()
    assert row.recipient == "dana@example.com" and row.id == question.outbox_id
    # Sent at once (no Redis here), written where the outbox keeps mail, to Dana only,
    # with Dana's own reply address; no mail went to the manager.
    [eml] = Path(app.config["OUTBOX_DIR"]).glob("*.eml")
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"] == "dana@example.com"
    assert message["Cc"] is None and message["Bcc"] is None
    assert addresses.reply_address(org["dana"].id, WEEK) in message["Reply-To"]
    assert "What would it take?" in message.get_body(preferencelist=("plain",)).get_content()


def test_the_question_shows_as_open_in_the_digest(client, org):
    sign_in(client, org["cy"])
    ask(client, org["red"].id, "Who could help?")
    page = client.get("/digest").get_data(as_text=True)
    assert "Open questions" in page and "to Dana Scully" in page and "Who could help?" in page


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "No question after #"),
        ("   \n ", "No question after #"),
        ("x" * (questions.MAX_TEXT + 1), "the limit is 4,000"),
    ],
)
def test_an_empty_or_too_long_question_comes_back_with_the_reason(client, org, text, says):
    sign_in(client, org["cy"])
    response = ask(client, org["red"].id, text)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert says in page and '<details class="ask-form" open>' in page
    if text.strip():
        assert text in page  # what was typed is kept
    assert asked() == [] and question_mail() == []


def test_a_question_at_the_limit_is_sent(client, org):
    sign_in(client, org["cy"])
    assert ask(client, org["red"].id, "y" * questions.MAX_TEXT).status_code == 302
    assert len(asked()) == 1


def test_another_organisations_key_result_is_refused(client, org):
    sign_in(client, org["cy"])
    response = ask(client, org["other"].id, "What is this plan?")
    assert response.status_code == 403
    assert "not a key result in your organisation" in response.get_data(as_text=True)
    assert ask(client, 99999, "Anyone?").status_code == 404
    assert asked() == [] and question_mail() == []


def test_the_managers_own_key_result_is_not_in_their_organisation(client, org):
    mine = make_kr(org["cy"], "Set the plan")
    sign_in(client, org["cy"])
    assert ask(client, mine.id, "Me?").status_code == 403
    assert asked() == []


def test_a_member_without_reports_may_not_ask(client, org):
    own = make_kr(org["dana"], "Dana's other key result")
    sign_in(client, org["dana"])
    for kr_id in (org["red"].id, own.id):
        response = ask(client, kr_id, "Anything?")
        assert response.status_code == 403
        assert "nobody reporting to you" in response.get_data(as_text=True)
    assert asked() == []


def test_anonymous_visitors_sign_in_first(client, org):
    response = ask(client, org["red"].id, "Hello?")
    assert response.status_code == 302 and response.headers["Location"].startswith("/signin")
    assert asked() == []


def test_an_owner_who_left_is_not_asked(client, org):
    org["dana"].active = False
    db.session.commit()
    sign_in(client, org["cy"])
    response = ask(client, org["red"].id, "Still there?")
    assert response.status_code == 400
    assert "Dana Scully is no longer here" in response.get_data(as_text=True)
    assert asked() == []


def test_the_same_question_twice_is_sent_once(client, org):
    sign_in(client, org["cy"])
    assert ask(client, org["red"].id, "What would it take?").status_code == 302
    response = ask(client, org["red"].id, "What would it take?")
    assert response.status_code == 409
    assert "already asked Dana Scully this" in response.get_data(as_text=True)
    assert len(asked()) == 1 and len(question_mail()) == 1
    assert ask(client, org["red"].id, "And who could help?").status_code == 302
    assert len(asked()) == 2


def test_a_day_holds_as_many_questions_as_one_reply(client, org):
    sign_in(client, org["cy"])
    for n in range(questions.MAX_QUESTIONS):
        assert ask(client, org["red"].id, f"Question {n}?").status_code == 302
    response = ask(client, org["red"].id, "One more?")
    assert response.status_code == 429
    assert "reply to the digest email, or ask again tomorrow" in response.get_data(as_text=True)
    assert len(asked()) == questions.MAX_QUESTIONS


class TestCsrf:
    @pytest.fixture
    def app_config(self, app_config):
        app_config["WTF_CSRF_ENABLED"] = True
        return app_config

    def test_a_question_needs_the_forms_token(self, client, org):
        sign_in(client, org["cy"])
        assert ask(client, org["red"].id, "Forged?").status_code == 400
        assert ask(client, org["red"].id, "Forged?", csrf_token="forged").status_code == 400
        assert asked() == []
        page = client.get("/digest").get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        assert ask(client, org["red"].id, "Real?", csrf_token=token).status_code == 302
        assert len(asked()) == 1


@pytest.mark.browser
class TestInTheBrowser:
    @pytest.fixture
    def app_config(self, app_config):
        app_config["WTF_CSRF_ENABLED"] = True  # the form works with its real token
        return app_config

    def test_a_manager_asks_from_the_page(self, app, org, live_server, browser_page):
        from playwright.sync_api import expect

        from tests.test_browser_e2e import sign_in_with_link

        base, page = live_server, browser_page
        ref = org["red"].ref
        db.session.commit()
        link = sign_in_with_link(app, base, page, "cy@example.com")
        page.goto(link)
        page.get_by_role("button", name="Sign in").click()
        outbox = Path(app.config["OUTBOX_DIR"])
        before = set(outbox.glob("*.eml"))

        page.goto(f"{base}/digest")
        red = page.locator("#red")
        red.get_by_text(f"Ask Dana Scully about {ref}").click()
        red.get_by_label(f"Your question to Dana Scully about {ref}").fill(
            "What would it take? Who could help?"
        )
        red.get_by_role("button", name="Send to Dana Scully").click()
        expect(page.get_by_role("status")).to_contain_text(
            "goes to Dana Scully (dana@example.com) alone"
        )
        expect(page.locator("#record")).to_contain_text("Who could help?")

        deadline = time.monotonic() + 10
        while not (new := set(outbox.glob("*.eml")) - before) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(new) == 1, new
        message = message_from_bytes(new.pop().read_bytes(), policy=policy.default)
        assert message["To"] == "dana@example.com" and message["Cc"] is None
        text = message.get_body(preferencelist=("plain",)).get_content()
        assert "What would it take? Who could help?" in text
        db.session.commit()
        [row] = question_mail()
        assert row.recipient == "dana@example.com"


def test_a_double_click_that_races_past_the_check_sends_once(client, org, monkeypatch):
    sign_in(client, org["cy"])
    assert ask(client, org["red"].id, "What would it take?").status_code == 302
    monkeypatch.setattr(questions, "_already_asked", lambda key: False)  # both checked first
    response = ask(client, org["red"].id, "What would it take?")
    assert response.status_code == 409
    assert "it was sent once" in response.get_data(as_text=True)
    assert len(asked()) == 1 and len(question_mail()) == 1
