"""Learning from misses where people see it (issue 17): the weekly form's "Looking back"
question, the status page's lesson fields, and the quarter's last digest's "What we
learned this quarter"."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from mailers import digest as digest_mail
from mailers import form as form_mail
from okr import clock, composing, dispatch, tokens
from okr.digest.build import build, build_for
from okr.extensions import db
from okr.models import ChangeSource, Lesson, MailKind, OutboxMessage, Person
from okr.replies.grammar import FORM_EXAMPLES
from okr.replies.phrases import fold
from okr.replies.understand import understand
from okr.services import lessons, okrs, reply_record
from tests.conftest import NOW, counted_statements, make_kr, make_person, sign_in

WEEK = "2026-W47"  # the frozen clock's week (Thursday 19 November 2026)
NEXT = "2026-W48"  # its form looks back on what ended during WEEK


@pytest.fixture
def dana(app):
    """Dana's beta was due in WEEK and not done; her Lisbon office was dropped in WEEK."""
    dana = make_person("dana@example.com", "Dana Owner")
    beta = make_kr(dana, "Launch the beta", due=date(2026, 11, 20))
    lisbon = make_kr(dana, "Open Lisbon", objective="Offices")
    make_kr(dana, "Cut costs", objective="Costs", due=date(2026, 12, 31))
    okrs.drop(lisbon, "no budget this year")
    db.session.commit()
    return {"dana": dana, "beta": beta, "lisbon": lisbon}


def compose(kind: MailKind, person, week: str, part: str = "plain") -> str:
    """A part of the form (or reminder) of `week` for `person`, as the outbox composes it."""
    [row_id] = dispatch.queue_weekly(kind, [dispatch.Recipient(person.id, person.email, week)])
    db.session.commit()
    row = db.session.get(OutboxMessage, row_id)
    result = composing.compose([row])
    assert not result.unsendable, result.unsendable
    parsed = email.message_from_bytes(result.outgoing[row_id].raw, policy=email.policy.default)
    return parsed.get_body((part,)).get_content()


# The weekly form


def test_the_form_looks_back_once_on_what_ended_last_week_after_the_key_results(dana):
    beta, lisbon = dana["beta"], dana["lisbon"]
    clock.freeze(NOW + timedelta(weeks=1))
    text = compose(MailKind.FORM, dana["dana"], NEXT)
    missed = f"- {beta.ref} Launch the beta: its due date, 20 Nov 2026, passed before it was done."
    dropped = f"- {lisbon.ref} Open Lisbon: dropped (no budget this year)."
    lines = text.splitlines()
    assert missed in lines and dropped in lines
    assert text.index("YOUR KEY RESULTS") < text.index("LOOKING BACK") < text.index(missed)
    assert text.index("Cut costs") < text.index("LOOKING BACK")  # after the key results
    assert "never a mark against you" in text and "bold bet that did not pay off" in text
    assert "information, courage, skill, attention, or a bold bet" in text
    assert f"    {beta.ref} lesson attention - I will check the vendor dates every week" in lines
    assert "LOOKING BACK" not in compose(MailKind.REMINDER, dana["dana"], NEXT)
    clock.freeze(NOW + timedelta(weeks=2))
    assert "LOOKING BACK" not in compose(MailKind.FORM, dana["dana"], "2026-W49")  # once


def test_a_key_result_with_a_lesson_is_not_asked_again_and_none_ended_says_nothing(dana):
    lessons.record(dana["dana"], dana["lisbon"], "bet", "worth trying", NEXT)
    db.session.commit()
    clock.freeze(NOW + timedelta(weeks=1))
    text = compose(MailKind.FORM, dana["dana"], NEXT)
    assert dana["beta"].ref + " Launch the beta: its due date" in text
    assert "Open Lisbon: dropped" not in text
    clock.freeze(NOW)
    this_week = compose(MailKind.FORM, dana["dana"], WEEK)
    assert "LOOKING BACK" not in this_week and "YOUR KEY RESULTS" not in this_week


def test_the_html_form_has_the_section_and_the_reply_line(dana):
    clock.freeze(NOW + timedelta(weeks=1))
    html = compose(MailKind.FORM, dana["dana"], NEXT, part="html")
    assert "Looking back</h2>" in html
    assert f"{dana['beta'].ref} lesson attention - I will check the vendor dates" in html
    assert re.search(r'href="http://[^"]+/status/[a-z0-9]+#looking-back"', html)


def test_looking_back_agrees_with_eligible_and_keeps_written_lessons(dana):
    late = make_kr(dana["dana"], "Sign the vendor", objective="Vendors", due=date(2026, 11, 30))
    okrs.change_due(late, date(2027, 1, 10), ChangeSource.ADMIN)
    okrs.mark_done(late)
    lessons.record(dana["dana"], dana["lisbon"], "courage", "say it sooner", NEXT)
    db.session.commit()
    found = lessons.looking_back([dana["dana"].id], NEXT)[dana["dana"].id]
    asked = [one.kr_id for one in found if one.asked]
    assert asked == [kr.id for kr in lessons.eligible(dana["dana"], NEXT)]
    assert asked == [dana["beta"].id, late.id]
    by_id = {one.kr_id: one for one in found}
    assert by_id[late.id].ended == "done late" and by_id[dana["beta"].id].ended == "missed"
    assert (by_id[dana["lisbon"].id].kind, by_id[dana["lisbon"].id].text) == (
        "courage",
        "say it sooner",
    )
    assert lessons.looking_back([dana["dana"].id], "2026-W49") == {}


def test_a_batch_of_forms_looks_back_in_the_same_statements_for_1_or_12_people(dana):
    people = [dana["dana"]]
    for n in range(11):
        person = make_person(f"q{n}@example.com", f"Q {n}")
        make_kr(person, "Missed it", due=date(2026, 11, 18))
        dropped = make_kr(person, "Dropped it", objective="Other")
        okrs.drop(dropped, "not needed")
        people.append(person)
    clock.freeze(NOW + timedelta(weeks=1))
    ids = dispatch.queue_weekly(
        MailKind.FORM, [dispatch.Recipient(p.id, p.email, NEXT) for p in people]
    )
    db.session.commit()

    def cost(row_ids: list[int]) -> int:
        db.session.expunge_all()
        rows = list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(row_ids))))
        with counted_statements() as seen:
            result = composing.compose(rows)
        assert len(result.outgoing) == len(row_ids)
        for row_id in row_ids:
            assert b"LOOKING BACK" in result.outgoing[row_id].raw
        return len(seen)

    assert cost(ids[:1]) == cost(ids) == 9  # 8 without looking back


def test_the_parser_knows_the_forms_lesson_example():
    assert fold(form_mail.LESSON_EXAMPLE) in FORM_EXAMPLES


def test_a_form_pasted_back_unquoted_does_not_record_its_example_lesson(dana):
    """The parser skips the form's own example lines after its introduction; the lesson
    example must be one of them, or a pasted form records a lesson nobody wrote."""
    clock.freeze(NOW + timedelta(weeks=1))
    text = compose(MailKind.FORM, dana["dana"], NEXT)
    assert f"{dana['beta'].ref} {form_mail.LESSON_EXAMPLE}" in text
    krs = reply_record.active_key_results(dana["dana"])
    read = understand(text, reply_record.entries_of(krs), clock.today())
    assert [c for c in read.commands if c.kind == "lesson"] == []


# The status page


def status_url(app, person, week: str = NEXT) -> str:
    return f"/status/{tokens.make(person.id, week, app.config['SECRET_KEY'])}"


def lesson_url(url: str) -> str:
    """Where the status page at `url` posts a lesson."""
    return url.replace("/status/", "/status/lesson/")


def kept() -> list[tuple[int, str, str, str]]:
    return [
        (row.key_result_id, row.kind.value, row.text, row.week)
        for row in db.session.scalars(select(Lesson).order_by(Lesson.id))
    ]


def test_the_status_page_looks_back_and_keeps_a_lesson(client, app, dana):
    beta, lisbon = dana["beta"], dana["lisbon"]
    clock.freeze(NOW + timedelta(weeks=1))
    url = status_url(app, dana["dana"])
    page = client.get(url).get_data(as_text=True)
    section = page.split('id="looking-back"')[1].split("</section>")[0]
    assert "Looking back" in section and "never a mark against you" in section
    assert f"{beta.ref} Launch the beta: its due date, 20 Nov 2026, passed" in section
    assert f"{lisbon.ref} Open Lisbon: dropped (no budget this year)." in section
    assert '<option value="bold bet">bold bet</option>' in section
    assert page.index('class="checkin-form"') < page.index('id="looking-back"')

    answer = {"kr": str(lisbon.id), "kind": "bold bet", "text": "a new city was worth a try"}
    saved = client.post(lesson_url(url), data=answer)
    assert saved.status_code == 302 and saved.location.endswith("#looking-back")
    assert kept() == [(lisbon.id, "bet", "a new city was worth a try", NEXT)]
    page = client.get(url).get_data(as_text=True)
    assert f"Your lesson for {lisbon.ref} is kept." in page
    form = page.split(f'id="lesson-{lisbon.id}"')[1].split("</form>")[0]
    assert "<strong>a bold bet</strong>, worth celebrating · a new city was worth a try" in form
    assert '<option value="bold bet" selected>' in form and "Change my lesson" in form

    changed = {"kr": str(lisbon.id), "kind": "information", "text": "ask finance first"}
    assert client.post(lesson_url(url), data=changed).status_code == 302
    assert kept() == [(lisbon.id, "information", "ask finance first", NEXT)]
    assert f"Your lesson for {lisbon.ref} is changed." in client.get(url).get_data(as_text=True)


def test_a_wrong_lesson_on_the_page_says_why_and_keeps_nothing(client, app, dana):
    beta, lisbon = dana["beta"], dana["lisbon"]
    clock.freeze(NOW + timedelta(weeks=1))
    url = status_url(app, dana["dana"])
    luck = client.post(lesson_url(url), data={"kr": str(beta.id), "kind": "luck", "text": "x"})
    assert luck.status_code == 400
    page = luck.get_data(as_text=True)
    form = page.split(f'id="lesson-{beta.id}"')[1].split("</form>")[0]
    assert "is not a kind of miss; the kinds are: information, courage" in form
    assert 'value="x"' in form
    long = {"kr": str(lisbon.id), "kind": "skill", "text": "y" * 1001}
    assert "keep it to one line" in client.post(lesson_url(url), data=long).get_data(as_text=True)
    cut = make_kr(dana["dana"], "Cut more", objective="Costs", due=date(2026, 12, 31))
    other = client.post(lesson_url(url), data={"kr": str(cut.id), "kind": "skill"})
    assert other.status_code == 400
    assert "not one this page looks back on: nothing was kept" in other.get_data(as_text=True)
    eli = make_person("eli@example.com", "Eli Else")
    eli_url = status_url(app, eli)
    theirs = client.post(lesson_url(eli_url), data={"kr": str(lisbon.id), "kind": "skill"})
    assert theirs.status_code == 400
    assert kept() == []


class TestTheLessonFormsToken:
    @pytest.fixture
    def app_config(self, app_config):
        app_config["WTF_CSRF_ENABLED"] = True
        return app_config

    def test_a_lesson_needs_the_pages_token(self, client, app, dana):
        clock.freeze(NOW + timedelta(weeks=1))
        url = status_url(app, dana["dana"])
        answer = {"kr": str(dana["lisbon"].id), "kind": "skill", "text": "learn it"}
        assert client.post(lesson_url(url), data=answer).status_code == 400
        assert client.post(lesson_url(url), data={**answer, "csrf_token": "x"}).status_code == 400
        assert kept() == []
        page = client.get(url).get_data(as_text=True)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(
            r'name="csrf_token" value="([^"]+)"', page
        )
        answer["csrf_token"] = token.group(1)
        assert client.post(lesson_url(url), data=answer).status_code == 302
        assert len(kept()) == 1


# The quarter's last digest

QUARTER_END = "2026-W53"  # holds 31 December 2026: the last digest week of 2026-Q4


@pytest.fixture
def quarter(app):
    """Bo manages Dana and Eli; by the end of 2026-Q4 seven of their key results ended
    short and each has a lesson, one of them a bold bet."""
    clock.freeze(NOW - timedelta(weeks=8))
    bo = make_person("bo@example.com", "Bo Boss")
    dana = make_person("dana@example.com", "Dana Owner", manager=bo)
    eli = make_person("eli@example.com", "Eli Ng", manager=bo)
    kinds = ["attention", "skill", "information", "courage", "attention", "skill"]
    krs = [
        make_kr(dana if n % 2 else eli, f"Piece {n}", objective=f"Goal {n}", due=date(2026, 12, 4))
        for n in range(len(kinds))
    ]
    lisbon = make_kr(dana, "Open Lisbon", objective="Offices", due=date(2026, 12, 18))
    clock.freeze(datetime(2027, 1, 1, 12, 0, tzinfo=UTC))  # Friday of 2026-W53
    okrs.drop(lisbon, "the pilot showed no demand")
    for kr, kind in zip(krs, kinds, strict=True):
        lessons.record(kr.owner, kr, kind, f"next time, {kind} first", "2026-W50")
    lessons.record(dana, lisbon, "bold bet", "a new city was worth a try", QUARTER_END)
    db.session.commit()
    yield {"bo": bo, "dana": dana, "eli": eli, "krs": krs, "lisbon": lisbon}
    clock.freeze(NOW)


def test_the_quarters_last_digest_shows_what_the_organisation_learned(quarter, app):
    digest = build(quarter["bo"].id, QUARTER_END)
    mix = digest.quarter.lessons
    assert mix.counts == {
        "information": 1,
        "courage": 1,
        "skill": 2,
        "attention": 2,
        "bold bet": 1,
    }
    assert [one.ref for one in mix.lessons if one.bold] == [quarter["lisbon"].ref]
    with app.test_request_context():
        text, html = digest_mail.render(digest)
    heading = "WHAT WE LEARNED THIS QUARTER (7): a miss is for learning, never for blame"
    assert text.index("QUARTER 2026-Q4") < text.index(heading) < text.index("Trends show")
    block = text.split(heading)[1].split("Trends show")[0]
    assert "By kind: 1 information, 1 courage, 2 skill, 2 attention, 1 bold bet." in block
    lines = [line for line in block.splitlines() if line.startswith("#")]
    lisbon = quarter["lisbon"].ref
    assert lines[0] == (
        f"{lisbon} Open Lisbon, a bold bet worth celebrating: a new city was worth a try."
    )  # bold bets first
    assert len(lines) == 5 and "And 2 more on the web digest." in block
    assert "Dana Owner" not in block and "Eli Ng" not in block  # no ranking of people
    assert "What we learned this quarter (7)" in html
    assert "WHAT WE LEARNED" not in _text(build(quarter["bo"].id, "2026-W52"), app)


def _text(digest, app) -> str:
    with app.test_request_context():
        return digest_mail.render(digest)[0]


def test_the_quarters_last_digest_page_lists_every_lesson(quarter, client):
    sign_in(client, quarter["bo"])
    page = client.get(f"/digest?week={QUARTER_END}").get_data(as_text=True)
    section = page.split('id="learned"')[1].split("</section>")[0]
    assert "What we learned this quarter" in section and "never for blame" in section
    assert section.count('class="lesson') == 7
    lisbon = quarter["lisbon"].ref
    assert (
        f"<strong>{lisbon}</strong> Open Lisbon: <strong>a bold bet</strong>, worth celebrating"
        in section
    )
    assert section.index("bold-bet") < section.index("Piece 0")
    assert "<li>1 bold bet</li>" in section
    assert 'id="learned"' not in client.get("/digest?week=2026-W52").get_data(as_text=True)


def test_a_quarter_without_lessons_says_how_they_come(app):
    clock.freeze(datetime(2027, 1, 1, 12, 0, tzinfo=UTC))
    bo = make_person("bo@example.com", "Bo Boss")
    make_kr(make_person("dana@example.com", "Dana", manager=bo), due=date(2027, 1, 31))
    db.session.commit()
    text = _text(build(bo.id, QUARTER_END), app)
    assert "WHAT WE LEARNED THIS QUARTER (0)" in text
    assert "No lessons were written this quarter." in text
    clock.freeze(NOW)


def test_the_lessons_cost_one_statement_per_batch_whatever_their_number(quarter):
    managers = [quarter["bo"].id, quarter["dana"].id]
    eli_id = quarter["eli"].id

    def cost(week: str) -> int:
        db.session.expunge_all()
        with counted_statements() as seen:
            list(build_for(managers, week))
        return len(seen)

    before = cost(QUARTER_END)
    assert before == cost("2026-W52") + 1
    for n in range(10):
        kr = make_kr(
            db.session.get(Person, eli_id), f"More {n}", objective="More",
            due=date(2026, 12, 4),
        )  # fmt: skip
        lessons.record(kr.owner, kr, "skill", "more", "2026-W51")
    db.session.commit()
    assert cost(QUARTER_END) == before
    assert build(managers[0], QUARTER_END).quarter.lessons.total == 17
