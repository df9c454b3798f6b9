"""What people are told about dependencies and thanks (issue 17): "What you depend on" and
the thanks since the last form in the weekly form and on the status page; "Risks from
outside your organisation" and the reds not yet asked about or thanked in the digest."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

import pytest
from sqlalchemy import select

from mailers import digest as digest_mail
from okr import clock, composing, dispatch, tokens
from okr.digest.build import build, build_for
from okr.extensions import db
from okr.models import ChangeSource, KeyResult, MailKind, OutboxMessage, Question, Thanks
from okr.services import checkins, thanks
from okr.services import dependencies as deps
from okr.services.dependency_signals import outside_risks, signals_for, signals_for_people
from tests.conftest import NOW, counted_statements, make_kr, make_person, sign_in

WEEK = "2026-W47"  # the week of NOW
NEXT = "2026-W48"  # its form reports the events of WEEK


@pytest.fixture
def company(app):
    """Sales (Sam over Dana) depends on Engineering (Kim over Eli): Eli's feature turned red
    in WEEK; Dana's own docs are red too (inside Sales: no outside risk)."""
    clock.freeze(NOW - timedelta(weeks=4))
    sam = make_person("sam@example.com", "Sam Sales")
    dana = make_person("dana@example.com", "Dana Scully", manager=sam)
    kim = make_person("kim@example.com", "Kim Eng")
    eli = make_person("eli@example.com", "Eli Ng", manager=kim)
    deal = make_kr(dana, "Close the big deal")
    feature = make_kr(eli, "Ship the feature the deal needs", objective="Product")
    docs = make_kr(dana, "Write the docs", objective="Enablement")
    clock.freeze(NOW)
    deps.add(deal, feature, source=ChangeSource.ADMIN)
    deps.add(deal, docs, source=ChangeSource.ADMIN)
    checkins.record(feature, "2026-W46", "green", author=eli)
    checkins.record(feature, WEEK, "red", note="blocked on infra", author=eli)
    checkins.record(docs, WEEK, "red", author=dana)
    db.session.commit()
    return {
        "sam": sam,
        "dana": dana,
        "kim": kim,
        "eli": eli,
        "deal": deal,
        "feature": feature,
        "docs": docs,
    }


def compose(kind: MailKind, person, week: str) -> str:
    """The text part of the form (or reminder) of `week` for `person`, composed as the
    outbox composes it when it is sent."""
    [row_id] = dispatch.queue_weekly(kind, [dispatch.Recipient(person.id, person.email, week)])
    db.session.commit()
    row = db.session.get(OutboxMessage, row_id)
    result = composing.compose([row])
    assert not result.unsendable, result.unsendable
    parsed = email.message_from_bytes(result.outgoing[row_id].raw, policy=email.policy.default)
    return parsed.get_body(("plain",)).get_content()


# The weekly form


def test_the_form_says_what_you_depend_on_last_week_before_your_key_results(company):
    feature, deal = company["feature"], company["deal"]
    clock.freeze(NOW + timedelta(weeks=1))
    text = compose(MailKind.FORM, company["dana"], NEXT)
    line = (
        f"- {feature.ref} Ship the feature the deal needs (Eli Ng) turned red, was green: "
        f"blocked on infra. For your {deal.ref}."
    )
    assert line in text.splitlines()
    assert text.index("WHAT YOU DEPEND ON, LAST WEEK") < text.index(line)
    assert text.index(line) < text.index("YOUR KEY RESULTS") < text.index(deal.ref + " Close")
    assert "Write the docs (Dana" not in text  # her own red: she knows


def test_no_section_without_news_and_none_in_a_reminder(company):
    clock.freeze(NOW + timedelta(weeks=1))
    eli = compose(MailKind.FORM, company["eli"], NEXT)
    assert "DEPEND" not in eli and "YOUR KEY RESULTS" not in eli
    reminder = compose(MailKind.REMINDER, company["dana"], NEXT)
    assert "DEPEND" not in reminder
    # The form of WEEK reports the week before it, when the feature was still green.
    clock.freeze(NOW)
    assert "DEPEND" not in compose(MailKind.FORM, company["dana"], WEEK)


def test_the_form_lists_five_concerns_worst_first_and_sends_the_rest_to_the_page(company):
    dana, deal = company["dana"], company["deal"]
    clock.freeze(NOW - timedelta(weeks=4))
    others = [
        make_kr(company["eli"], f"Piece {n}", objective="Product") for n in range(6)
    ]  # fmt: skip
    clock.freeze(NOW)
    for n, kr in enumerate(others):
        deps.add(deal, kr, source=ChangeSource.ADMIN)
        checkins.record(kr, WEEK, "yellow" if n else "red", author=company["eli"])
    db.session.commit()
    clock.freeze(NOW + timedelta(weeks=1))
    text = compose(MailKind.FORM, dana, NEXT)
    section = text.split("WHAT YOU DEPEND ON, LAST WEEK")[1].split("YOUR KEY RESULTS")[0]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(lines) == 6
    assert "turned red" in lines[0] and "turned red" in lines[1]  # reds before yellows
    assert lines[-1].startswith("- And 2 more on your status page: http://")


def test_the_form_thanks_once_for_the_news_a_manager_thanked_for(company):
    sam, dana, docs = company["sam"], company["dana"], company["docs"]
    thanks.thank(sam, docs.id, WEEK)
    db.session.commit()
    clock.freeze(NOW + timedelta(weeks=1))
    said = f"- Sam Sales thanked you for raising {docs.ref} early (Write the docs)."
    text = compose(MailKind.FORM, dana, NEXT)
    assert said in text.splitlines()
    assert text.index("THANKS SINCE YOUR LAST FORM") < text.index(said)
    assert text.index(said) < text.index("YOUR KEY RESULTS")
    assert "thanked" not in compose(MailKind.REMINDER, dana, NEXT)
    clock.freeze(NOW + timedelta(weeks=2))
    assert "thanked" not in compose(MailKind.FORM, dana, "2026-W49")  # shown once


def test_a_thanks_for_a_green_week_is_for_the_work_not_for_raising_news(company):
    sam, dana, docs = company["sam"], company["dana"], company["docs"]
    checkins.record(docs, WEEK, "green", author=dana)  # the week's newest: green
    thanks.thank(sam, docs.id, WEEK)
    db.session.commit()
    clock.freeze(NOW + timedelta(weeks=1))
    text = compose(MailKind.FORM, dana, NEXT)
    assert f"- Sam Sales thanked you for your work on {docs.ref} (Write the docs)." in text
    assert "raising" not in text


def test_a_thanks_before_the_last_form_is_not_shown_again_and_a_retry_shows_the_same(company):
    sam, dana, docs = company["sam"], company["dana"], company["docs"]
    thanks.thank(sam, docs.id, WEEK)
    db.session.commit()
    clock.freeze(NOW + timedelta(hours=1))
    assert "thanked you" in compose(MailKind.FORM, dana, WEEK)  # the first form after it
    clock.freeze(NOW + timedelta(weeks=1))
    [row_id] = dispatch.queue_weekly(MailKind.FORM, [dispatch.Recipient(dana.id, dana.email, NEXT)])
    thanks.thank(sam, docs.id, NEXT)  # after the row was made: the form after it says it
    db.session.commit()
    row = db.session.get(OutboxMessage, row_id)
    first = composing.compose([row]).outgoing[row_id].raw
    again = composing.compose([row]).outgoing[row_id].raw
    for raw in (first, again):
        assert b"thanked you" not in raw
    clock.freeze(NOW + timedelta(weeks=2))
    assert compose(MailKind.FORM, dana, "2026-W49").count("thanked you") == 1


def test_forms_of_a_batch_read_their_news_in_the_same_statements_for_1_or_12_people(company):
    clock.freeze(NOW - timedelta(weeks=4))
    many = [make_person(f"p{n}@example.com", f"P {n}", manager=company["sam"]) for n in range(11)]
    for person in many:
        kr = make_kr(person, "Needs the feature")
        clock.freeze(NOW)
        deps.add(kr, company["feature"], source=ChangeSource.ADMIN)
        deps.watch(person, company["docs"])
        clock.freeze(NOW - timedelta(weeks=4))
    clock.freeze(NOW)
    db.session.commit()
    people = [company["dana"], *many]
    found = signals_for_people([p.id for p in people], WEEK)
    assert {p.id: found[p.id] for p in people} == {p.id: signals_for(p, WEEK) for p in people}
    assert found[many[0].id][0].watched is False and found[many[0].id][1].watched is True

    def cost(ids: list[int]) -> int:
        db.session.expunge_all()
        with counted_statements() as seen:
            signals_for_people(ids, WEEK)
        return len(seen)

    assert cost([company["dana"].id]) == cost([p.id for p in people]) == 5


def test_a_batch_of_forms_costs_the_same_statements_for_1_or_12_people(company):
    clock.freeze(NOW - timedelta(weeks=4))
    many = [make_person(f"q{n}@example.com", f"Q {n}") for n in range(11)]
    for person in many:
        make_kr(person, "Needs the feature")
    clock.freeze(NOW + timedelta(weeks=1))
    people = [company["dana"], *many]
    for person in people:
        deps.watch(person, company["feature"])
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
        return len(seen)

    assert (
        cost(ids[:1]) == cost(ids) == 12
    )  # 4: people and key results; 7: the news; 1: looking back


# The status page


def test_the_status_page_shows_what_you_depend_on(client, app, company):
    clock.freeze(NOW + timedelta(weeks=1))

    def page(person) -> str:
        token = tokens.make(person.id, NEXT, app.config["SECRET_KEY"])
        return client.get(f"/status/{token}").get_data(as_text=True)

    dana = page(company["dana"])
    assert "What you depend on, last week" in dana
    assert (
        "Ship the feature the deal needs (Eli Ng) turned red, was green: blocked on infra." in dana
    )
    assert dana.index('id="depends"') < dana.index('class="checkin-form"')
    assert "What you depend on" not in page(company["eli"])


# The digest


def test_the_digest_lists_the_risks_from_outside_the_organisation(company, app):
    sam, feature, deal = company["sam"], company["feature"], company["deal"]
    digest = build(sam.id, WEEK)
    assert digest.outside == outside_risks(sam, WEEK)
    [risk] = digest.outside
    assert risk.ref == feature.ref and risk.owner == "Eli Ng" and risk.note == "blocked on infra"
    assert [(n.ref, n.owner) for n in risk.needed_by] == [(deal.ref, "Dana Scully")]
    assert build(company["kim"].id, WEEK).outside == []
    with app.test_request_context():
        text, html = digest_mail.render(digest)
    heading = "RISKS FROM OUTSIDE YOUR ORGANISATION (1)"
    assert text.index("RED (") < text.index(heading) < text.index("YOUR RECORD")
    block = text.split(heading)[1]
    assert f"{feature.ref} Ship the feature the deal needs (Eli Ng): turned red, was green" in block
    assert f"Needed by {deal.ref} Close the big deal (Dana Scully)" in block
    assert "Risks from outside your organisation" in html


def test_the_digest_page_lists_them_too(client, company):
    sign_in(client, company["sam"])
    page = client.get(f"/digest?week={WEEK}").get_data(as_text=True)
    section = page.split('id="outside"')[1].split("</section>")[0]
    assert "Risks from outside your organisation" in section
    assert f"{company['feature'].ref} Ship the feature the deal needs" in section
    assert page.index('id="red"') < page.index('id="outside"')


def test_the_record_counts_reds_not_yet_asked_about_or_thanked(company, app):
    sam, docs = company["sam"], company["docs"]
    assert build(sam.id, WEEK).record.reds_unattended == [docs.ref]
    with app.test_request_context():
        text, _ = digest_mail.render(build(sam.id, WEEK))
    assert f"1 red you have not asked about or thanked yet: {docs.ref}." in text
    thanks.thank(sam, docs.id, WEEK)
    db.session.commit()
    assert build(sam.id, WEEK).record.reds_unattended == []
    with app.test_request_context():
        text, _ = digest_mail.render(build(sam.id, WEEK))
    assert "not asked about or thanked" not in text


def test_a_question_counts_as_attention_and_another_managers_does_not(company):
    sam, dana, docs = company["sam"], company["dana"], company["docs"]
    boss = make_person("boss@example.com", "Bea Boss")
    sam.manager_id = boss.id
    db.session.add(
        Question(manager_id=boss.id, key_result_id=docs.id, owner_id=dana.id, week=WEEK, text="?")
    )
    db.session.commit()
    assert build(sam.id, WEEK).record.reds_unattended == [docs.ref]  # Bea asked, not Sam
    assert build(boss.id, WEEK).record.reds_unattended == []
    old = Thanks(
        manager_id=sam.id,
        key_result_id=docs.id,
        owner_id=dana.id,
        week="2026-W45",
        thanked_at=NOW - timedelta(weeks=2),
    )
    db.session.add(old)  # a thanks from before it turned red
    db.session.commit()
    assert build(sam.id, WEEK).record.reds_unattended == [docs.ref]
    db.session.add(
        Question(manager_id=sam.id, key_result_id=docs.id, owner_id=dana.id, week=WEEK, text="?")
    )
    db.session.commit()
    assert build(sam.id, WEEK).record.reds_unattended == []


def test_the_outside_risks_cost_the_same_statements_for_more_dependencies(company):
    managers = [company["sam"].id, company["kim"].id]
    deal_id = company["deal"].id

    def cost() -> int:
        db.session.expunge_all()
        with counted_statements() as seen:
            list(build_for(managers, WEEK))
        return len(seen)

    before = cost()
    clock.freeze(NOW - timedelta(weeks=4))
    far = make_person("far@example.com", "Far Away")
    pieces = [make_kr(far, f"Far piece {n}") for n in range(5)]
    clock.freeze(NOW)
    for kr in pieces:
        deps.add(db.session.get(KeyResult, deal_id), kr, source=ChangeSource.ADMIN)
        checkins.record(kr, WEEK, "red", author=far)
    db.session.commit()
    assert len(build(managers[0], WEEK).outside) == 6
    assert cost() == before == 8  # the org chart, the escalations, six for the batch
