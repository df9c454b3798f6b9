"""Issue 17 by reply to the weekly form, end to end: `#40 depends on #12`, `#40 no longer
depends on #12`, `watch #12`, `unwatch #12` and `#12 lesson KIND - text`. Each does what the
other doors do (services.dependencies, services.lessons) and the confirmation says what was
done or why not, naming the refs; none of them is ever a flag."""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from okr.extensions import db
from okr.models import (
    ChangeSource,
    CheckIn,
    Dependency,
    InboundMessage,
    Lesson,
    LessonKind,
    Watch,
)
from okr.services import dependencies, okrs
from tests.conftest import make_kr, make_person
from tests.replies import reply_to, sent_forms

SECRET = "links-test-secret"
WEEK = "2026-W47"


@pytest.fixture
def app_config(app_config):
    app_config["INBOUND_SECRET"] = SECRET
    return app_config


@pytest.fixture
def company(app, runner):
    """Mary manages Dana; Eli is elsewhere. Dana's #own is the one that needs others."""
    mary = make_person("mary@example.com", "Mary Manager")
    dana = make_person("dana@example.com", "Dana Owner", manager=mary)
    eli = make_person("eli@example.com", "Eli Else")
    krs = {
        "own": make_kr(dana, "Ship the dashboard"),
        "other": make_kr(dana, "Hire two engineers", objective="Team"),
        "eli": make_kr(eli, "Cut the billing over"),
        "eli2": make_kr(eli, "Sign the vendor", objective="Vendors"),
        "late": make_kr(dana, "Launch the beta", objective="Beta", due=date(2026, 11, 10)),
        "mary": make_kr(mary, "Set the hiring plan"),
    }
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    return {"mary": mary, "dana": dana, "eli": eli, "krs": krs, "sent": sent_forms(app)}


def post(client, raw: bytes) -> InboundMessage:
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    response = client.post(
        "/inbound/email",
        data=raw,
        content_type="message/rfc822",
        headers={"X-Flagpost-Signature": f"sha256={signature}"},
    )
    assert response.status_code == 202, response.get_json()
    db.session.expire_all()
    return db.session.scalar(db.select(InboundMessage).order_by(InboundMessage.id.desc()))


def reply(client, company, body: str, who: str = "dana@example.com") -> InboundMessage:
    return post(client, reply_to(company["sent"][who], body))


def confirmation(app) -> str:
    """The text of the one confirmation sent (joined into one line per paragraph)."""
    found = [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in Path(app.config["OUTBOX_DIR"]).glob("*.eml")
    ]
    [answer] = [m for m in found if m["Subject"].startswith("Re:")]
    return " ".join(answer.get_body(preferencelist=("plain",)).get_content().split())


def edges() -> set[tuple[int, int]]:
    return {(d.key_result_id, d.depends_on_id) for d in db.session.scalars(db.select(Dependency))}


def flags() -> dict[int, tuple[str, str]]:
    return {c.key_result_id: (c.flag.value, c.note) for c in db.session.scalars(db.select(CheckIn))}


# --- dependencies -----------------------------------------------------------------------------


def test_depends_on_among_status_lines_is_kept_and_confirmed(client, company, app):
    own, other, eli, eli2 = (company["krs"][k] for k in ("own", "other", "eli", "eli2"))
    body = f"{own.ref} green - on plan\n{own.ref} depends on {eli.ref} and {eli2.ref}\nall green"
    row = reply(client, company, body)

    assert edges() == {(own.id, eli.id), (own.id, eli2.id)}
    [edge] = db.session.scalars(db.select(Dependency).where(Dependency.depends_on_id == eli.id))
    assert (edge.source, edge.author_id) == (ChangeSource.REPLY, company["dana"].id)
    # The command line is no flag of the refs it names, nor a note of the line above.
    assert flags() == {
        own.id: ("green", "on plan"),
        other.id: ("green", ""),
        company["krs"]["late"].id: ("green", ""),
    }
    assert row.reason is None
    text = confirmation(app)
    assert f"{own.ref} Ship the dashboard now depends on {eli.ref} Cut the billing over" in text
    assert f"now depends on {eli2.ref} Sign the vendor" in text
    assert "not understood" not in text


def test_a_status_line_that_mentions_a_dependency_is_a_status(client, company):
    own = company["krs"]["own"]
    reply(client, company, f"{own.ref} green - depends on the vendor")
    assert flags() == {own.id: ("green", "depends on the vendor")}
    assert edges() == set()


def test_a_loop_is_refused_naming_the_refs_and_is_no_misunderstanding(client, company, app):
    own, eli = company["krs"]["own"], company["krs"]["eli"]
    dependencies.add(eli, own, source=ChangeSource.ADMIN)
    db.session.commit()
    row = reply(client, company, f"{own.ref} depends on {eli.ref}")

    assert edges() == {(eli.id, own.id)}
    text = confirmation(app)
    loop = f"{own.ref} cannot depend on {eli.ref}: that would make a loop"
    assert f"{loop} {own.ref} → {eli.ref} → {own.ref}" in text
    assert "These could not be done" in text
    assert "could not understand" not in text and "not understood" not in text
    assert row.reason == "commands refused: the sender was told why"


@pytest.mark.parametrize(
    ("line", "refusal"),
    [
        ("{eli} depends on {own}", "you may not change what {eli} depends on: it is Eli Else's"),
        ("{own} depends on #999999", "#999999 is not a key result"),
        ("{own} depends on {own}", "{own} cannot depend on itself"),
    ],
)
def test_what_the_sender_may_not_do_is_refused_with_the_ref(client, company, app, line, refusal):
    refs = {"own": company["krs"]["own"].ref, "eli": company["krs"]["eli"].ref}
    reply(client, company, line.format(**refs))
    assert edges() == set()
    assert refusal.format(**refs) in confirmation(app)


def test_a_manager_may_set_what_their_reports_key_result_depends_on(client, company, app):
    """The rule of the service: the owner, the objective's owner, the managers above."""
    own, eli = company["krs"]["own"], company["krs"]["eli"]
    reply(client, company, f"{own.ref} depends on {eli.ref}", who="mary@example.com")
    assert edges() == {(own.id, eli.id)}
    [edge] = db.session.scalars(db.select(Dependency))
    assert edge.author_id == company["mary"].id


def test_a_new_dependency_on_a_dropped_key_result_is_refused_with_its_reason(client, company, app):
    own, eli = company["krs"]["own"], company["krs"]["eli"]
    okrs.drop(eli, "the vendor went away")
    db.session.commit()
    reply(client, company, f"{own.ref} needs {eli.ref}")
    assert edges() == set()
    assert (
        f"{eli.ref} was dropped (the vendor went away); {own.ref} cannot depend on it"
        in confirmation(app)
    )


def test_no_longer_depends_on_removes_it(client, company, app):
    own, eli = company["krs"]["own"], company["krs"]["eli"]
    dependencies.add(own, eli, source=ChangeSource.ADMIN)
    db.session.commit()
    reply(client, company, f"{own.ref} no longer depends on {eli.ref}\n{own.ref} green")
    assert edges() == set()
    assert flags() == {own.id: ("green", "")}
    assert f"{own.ref} Ship the dashboard no longer depends on {eli.ref}" in confirmation(app)


# --- watching ---------------------------------------------------------------------------------


def watched() -> set[tuple[int, int]]:
    return {(w.person_id, w.key_result_id) for w in db.session.scalars(db.select(Watch))}


def test_watch_and_unwatch_by_reply_any_case(client, company, app):
    dana, eli, eli2 = company["dana"], company["krs"]["eli"], company["krs"]["eli2"]
    reply(client, company, f"WATCH {eli.ref}\nwatch {eli2.ref}")
    assert watched() == {(dana.id, eli.id), (dana.id, eli2.id)}
    text = confirmation(app)
    assert f"You now watch {eli.ref} Cut the billing over" in text
    assert flags() == {}  # watching is no status

    for path in Path(app.config["OUTBOX_DIR"]).glob("*.eml"):
        if "Re:" in path.read_text(errors="replace"):
            path.unlink()
    reply(client, company, f"Unwatch {eli.ref}")
    assert watched() == {(dana.id, eli2.id)}
    assert f"You no longer watch {eli.ref} Cut the billing over" in confirmation(app)


def test_a_closed_key_result_cannot_be_newly_watched(client, company, app):
    eli = company["krs"]["eli"]
    okrs.mark_done(eli)
    db.session.commit()
    reply(client, company, f"watch {eli.ref}")
    assert watched() == set()
    assert f"{eli.ref} is done; there is nothing more to watch" in confirmation(app)


# --- lessons ----------------------------------------------------------------------------------


def lessons() -> list[tuple[int, int, str, str, str]]:
    return [
        (lesson.key_result_id, lesson.person_id, lesson.kind.value, lesson.text, lesson.week)
        for lesson in db.session.scalars(db.select(Lesson).order_by(Lesson.id))
    ]


def test_a_lesson_for_a_missed_key_result_is_kept(client, company, app):
    late, dana = company["krs"]["late"], company["dana"]
    line = f"{late.ref} lesson attention - I stopped checking the vendor's dates"
    reply(client, company, f"{line}\n{late.ref} red - still waiting")
    assert lessons() == [
        (late.id, dana.id, "attention", "I stopped checking the vendor's dates", WEEK)
    ]
    assert flags() == {late.id: ("red", "still waiting")}
    text = confirmation(app)
    assert (
        f"{late.ref} Launch the beta: lesson kept (attention) - I stopped checking the "
        "vendor's dates" in text
    )


def test_a_lesson_for_a_dropped_key_result_and_a_bold_bet(client, company, app):
    other = company["krs"]["other"]
    okrs.drop(other, "hiring freeze")
    db.session.commit()
    reply(client, company, f"{other.ref} lesson bold bet - we aimed at five hires in a quarter")
    assert lessons() == [
        (other.id, company["dana"].id, "bet", "we aimed at five hires in a quarter", WEEK)
    ]
    assert "lesson kept (bold bet)" in confirmation(app)


def test_a_lesson_for_an_open_key_result_on_time_says_why_not(client, company, app):
    own = company["krs"]["own"]
    row = reply(client, company, f"{own.ref} lesson skill - nothing yet")
    assert lessons() == []
    text = confirmation(app)
    assert f"{own.ref} is still open and due 2026-12-15: a lesson is kept for a key result" in text
    assert "could not understand" not in text
    assert row.reason == "commands refused: the sender was told why"


def test_a_lesson_for_a_key_result_done_on_time_says_why_not(client, company, app):
    own = company["krs"]["own"]
    okrs.mark_done(own)
    db.session.commit()
    reply(client, company, f"{own.ref} lesson skill - nothing to say")
    assert lessons() == []
    assert f"{own.ref} was done by its date, which never moved" in confirmation(app)


def test_a_lesson_for_a_key_result_done_after_its_date_moved_is_kept(client, company):
    own = company["krs"]["own"]
    okrs.change_due(
        own, date(2027, 1, 20), ChangeSource.ADMIN, at=datetime(2026, 11, 2, tzinfo=UTC)
    )
    okrs.mark_done(own)
    db.session.commit()
    reply(client, company, f"{own.ref} lesson information - the scope was unclear")
    assert [one[2] for one in lessons()] == ["information"]


def test_an_unknown_kind_is_answered_with_the_kinds(client, company, app):
    late = company["krs"]["late"]
    reply(client, company, f"{late.ref} lesson luck - bad luck")
    assert lessons() == []
    text = confirmation(app)
    assert "the kind of miss is one of: information, courage, skill, attention, bold bet" in text


def test_only_the_owner_writes_a_lesson(client, company, app):
    eli_late = make_kr(
        company["eli"], "Close the books", objective="Finance", due=date(2026, 11, 1)
    )
    reply(client, company, f"{eli_late.ref} lesson courage - not mine to say")
    assert lessons() == []
    assert f"{eli_late.ref} is Eli Else's: only its owner writes its lesson" in confirmation(app)


def test_a_second_lesson_replaces_the_first(client, company, app):
    late = company["krs"]["late"]
    reply(client, company, f"{late.ref} lesson attention - first try")
    for path in Path(app.config["OUTBOX_DIR"]).glob("*.eml"):
        if "Re:" in path.read_text(errors="replace"):
            path.unlink()
    reply(client, company, f"{late.ref} lesson courage - I should have said red")
    assert [(one[2], one[3]) for one in lessons()] == [("courage", "I should have said red")]
    assert "lesson replaced (courage)" in confirmation(app)
    assert db.session.scalar(db.select(Lesson)).kind is LessonKind.COURAGE
