"""Building digests from the database: sections, silence and escalation, the manager's record,
quarter figures, the demo company listed exactly once, and a fixed statement budget."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select, update

from okr import clock, orgtree, weeks
from okr.digest.build import build, build_all
from okr.digest.model import Digest
from okr.extensions import db
from okr.models import (
    ChangeSource,
    CheckIn,
    Flag,
    KeyResult,
    KRState,
    Objective,
    Person,
    Question,
)
from okr.services import demo, okrs
from tests.conftest import NOW, counted_statements, make_kr, make_person

WEEK = "2026-W47"  # NOW is its Thursday
SECTIONS = ("red", "no_report", "away", "yellow", "dropped", "done", "green")  # each KR once


def person(name: str, manager: Person | None = None, **fields) -> Person:
    return make_person(f"{name.lower()}@example.com", name, manager, **fields)


def kr(owner: Person, title: str = "A key result", due: date = date(2026, 12, 15), **fields):
    """A key result that has existed for a while (so silence before this week counts)."""
    made = make_kr(owner, title=title, due=due, **fields)
    made.created_at = NOW - timedelta(weeks=10)
    db.session.commit()
    return made


def report(
    key_result: KeyResult,
    week: str,
    flag: Flag,
    note: str = "",
    score: float | None = None,
    at: datetime | None = None,
) -> CheckIn:
    when = at or datetime.combine(weeks.monday(week), datetime.min.time(), tzinfo=UTC) + timedelta(
        days=1, hours=10
    )
    row = CheckIn(
        key_result=key_result, week=week, flag=flag, note=note, score=score, created_at=when
    )
    db.session.add(row)
    db.session.commit()
    return row


def week(offset: int) -> str:
    return weeks.shift(WEEK, offset)


def reports(key_result: KeyResult, *flags: Flag | None) -> None:
    """One report a week, the last one this week; `None` skips a week."""
    for offset, flag in enumerate(reversed(flags)):
        if flag is not None:
            report(key_result, week(-offset), flag)


def refs(items) -> list[str]:
    return [item.ref for item in items]


def listed_items(digest: Digest) -> list:
    return [item for name in SECTIONS for item in getattr(digest, name)]


def listed(digest: Digest) -> list[int]:
    return [item.kr_id for item in listed_items(digest)]


G, Y, R = Flag.GREEN, Flag.YELLOW, Flag.RED


# Sections and items


def test_a_red_with_its_owner_chain_note_weeks_and_question(app):
    bo = person("Bo")
    cy = person("Cy", bo)
    dana = person("Dana", cy)
    blocked = kr(dana, "Sign the distributor", due=date(2026, 12, 20))
    reports(blocked, G, Y, R, R, Y)
    report(blocked, WEEK, R, "Still blocked on legal", score=0.3)  # the later reply wins
    mine = kr(bo, "Bo's own key result")
    reports(mine, R)

    digest = build(bo.id, WEEK)
    [item] = digest.red
    assert item.ref == blocked.ref and item.title == "Sign the distributor"
    assert item.via == "Dana · via Cy" and item.level == 2
    assert item.due == date(2026, 12, 20)
    assert item.note == "Still blocked on legal" and item.score == 0.3
    assert item.weeks_in_red == 3
    assert not item.raised_early  # red for weeks: no longer news to thank for
    assert item.verdict == "long_red"
    assert item.question == "Is the plan working? Should we re-scope it or drop it?"
    assert item.trend == ["missing", "green", "yellow", "red", "red", "red"]
    assert mine.id not in listed(digest)  # the manager's own key results are not in it
    assert build(cy.id, WEEK).red[0].via == "Dana"  # a direct report: no chain


def test_latest_report_is_the_newest_of_the_last_week_whatever_the_insertion_order(app):
    """History and the latest report are picked in Python from every row: a week typed in
    late (a higher id for an earlier week) neither hides the last week nor takes its place."""
    bo = person("Bo")
    dana = person("Dana", bo)
    late = kr(dana, "Typed in out of order")
    report(late, WEEK, Y, "first reply", score=0.4)
    report(late, week(-1), R, "last week, typed in late", score=0.1)
    report(late, WEEK, G, "second reply wins", score=0.6)
    report(late, week(1), R, "next week: ignored")

    [item] = build(bo.id, WEEK).green
    assert (item.note, item.score, item.status) == ("second reply wins", 0.6, "green")
    assert item.trend[-2:] == ["red", "green"]
    assert [d.green for d in build_all(WEEK) if d.manager_id == bo.id] == [[item]]


def test_red_newest_first_and_raised_early_only_before_the_due_date(app):
    bo = person("Bo")
    dana = person("Dana", bo)
    late = kr(dana, "Already due", due=date(2026, 11, 10))
    soon = kr(dana, "Due next month", due=date(2026, 12, 20))
    report(late, WEEK, R, at=NOW - timedelta(hours=5))
    report(soon, WEEK, R, at=NOW - timedelta(hours=30))
    digest = build(bo.id, WEEK)
    assert refs(digest.red) == [late.ref, soon.ref]
    assert [item.raised_early for item in digest.red] == [False, True]
    assert [w.code for w in digest.red[0].warnings] == ["overdue"]
    assert [item.verdict for item in digest.red] == ["overdue", "raised_early"]
    assert digest.red[1].verdict_text == "Raised early - thank them."


def test_reds_come_by_the_week_they_turned_red_newest_first(app):
    bo = person("Bo")
    dana = person("Dana", bo)
    old = kr(dana, "Red for weeks", due=date(2026, 12, 20))
    new = kr(dana, "Red since this week", due=date(2026, 12, 20))
    reports(old, R, R, R)
    reports(new, G, G)
    report(old, WEEK, R, at=NOW - timedelta(hours=1))  # the latest check-in of all
    report(new, WEEK, R, at=NOW - timedelta(hours=30))
    digest = build(bo.id, WEEK)
    assert refs(digest.red) == [new.ref, old.ref]
    assert [i.weeks_in_red for i in digest.red] == [1, 3]
    assert [i.verdict for i in digest.red] == ["raised_early", "long_red"]


def test_each_section_holds_its_status_in_its_order(app):
    bo = person("Bo")
    ann = person("Ann", bo)
    zed = person("Zed", bo)
    yellow_late = kr(zed, "Yellow due late", due=date(2026, 12, 30))
    yellow_soon = kr(ann, "Yellow due soon", due=date(2026, 12, 1))
    green_z, green_a = kr(zed, "Green Z"), kr(ann, "Green A")
    done = kr(ann, "Done this week")
    dropped = kr(zed, "Dropped this week")
    dropped_before = kr(zed, "Dropped last week")
    silent_long, silent_short = kr(zed, "Silent 3"), kr(ann, "Silent 1")
    report(yellow_late, WEEK, Y)
    report(yellow_soon, WEEK, Y)
    report(green_z, WEEK, G)
    report(green_a, WEEK, G)
    reports(silent_long, G, None, None, None)
    reports(silent_short, G, None)
    okrs.mark_done(done)
    okrs.drop(dropped, "No longer needed after the reorg")
    okrs.drop(dropped_before, "Old news")
    dropped_before.closed_at = NOW - timedelta(weeks=1)
    db.session.commit()

    digest = build(bo.id, WEEK)
    assert refs(digest.yellow) == [yellow_soon.ref, yellow_late.ref]
    assert refs(digest.green) == [green_a.ref, green_z.ref]  # by owner
    assert refs(digest.done) == [done.ref]
    assert refs(digest.dropped) == [dropped.ref]
    assert digest.dropped[0].drop_reason == "No longer needed after the reorg"
    assert refs(digest.no_report) == [silent_long.ref, silent_short.ref]
    assert [i.silent_weeks for i in digest.no_report] == [3, 1]
    assert all(i.status == "missing" and not i.escalated for i in digest.no_report)
    assert dropped_before.id not in listed(digest)
    ids = listed(digest)
    assert len(ids) == len(set(ids)) == 8


def test_away_is_shown_as_away_not_silent(app):
    bo = person("Bo")
    cy = person("Cy", bo, digest_depth=1)
    dee = person("Dee", cy)
    away = person("Away", dee, away_until=date(2026, 11, 20))  # back on Friday: still away
    back = person("Back", dee, away_until=date(2026, 11, 19))  # back before Friday
    gone = kr(away, "Quiet while away")
    missing = kr(back, "Quiet although back")
    reports(gone, G, None, None, None)
    reports(missing, G, None, None, None)

    digest = build(dee.id, WEEK)
    assert refs(digest.no_report) == [missing.ref]  # away is never "no report"
    assert refs(digest.away) == [gone.ref]
    by_ref = {item.ref: item for item in digest.no_report + digest.away}
    assert by_ref[gone.ref].status == "away"
    assert by_ref[gone.ref].question is None  # nothing to ask someone who is away
    assert by_ref[gone.ref].away_until == date(2026, 11, 20)
    assert by_ref[gone.ref].trend[-1] == "away"
    assert by_ref[gone.ref].silent_weeks == 3  # shown, though away is no silence
    assert by_ref[missing.ref].status == "missing" and by_ref[missing.ref].away_until is None
    assert digest.headline.counts["away"] == 1 and digest.headline.counts["missing"] == 1
    assert digest.record.reply_rate_week == 0.0  # away is excused, the other one is not
    # Silence escalates; being away does not.
    escalated = {item.ref for item in build(cy.id, WEEK).no_report}
    assert escalated == {missing.ref}


def chain_of(**depths) -> list[Person]:
    """top -> l1 -> l2 -> l3 -> owner: the owner is four levels below the top."""
    people: list[Person] = []
    for index, name in enumerate(["Top", "Lone", "Ltwo", "Lthree", "Owner"]):
        fields = {"digest_depth": depths.get(name, 3)}
        people.append(person(name, people[index - 1] if index else None, **fields))
    return people


def test_silence_escalates_one_level_per_week_past_the_depth(app):
    top, l1, l2, l3, owner = chain_of(Lone=1, Ltwo=1)
    quiet = kr(owner, "Silent for two weeks")
    reports(quiet, G, None, None)

    assert [(i.ref, i.escalated) for i in build(l3.id, WEEK).no_report] == [(quiet.ref, False)]
    [item] = build(l2.id, WEEK).no_report  # two levels up, depth 1: shown anyway
    assert item.ref == quiet.ref and item.escalated and item.silent_weeks == 2
    assert item.level == 2 and item.via == "Owner · via Lthree"
    assert item.status == "missing"
    assert quiet.id not in listed(build(l1.id, WEEK))  # three levels up: not yet
    # Escalated items are listed, not counted in the organisation's headline.
    assert build(l2.id, WEEK).headline.counts["missing"] == 0
    # The streaming builder agrees.
    by_manager = {d.manager_id: d for d in build_all(WEEK)}
    assert refs(by_manager[l2.id].no_report) == [quiet.ref]
    assert quiet.id not in listed(by_manager[l1.id])

    # A third silent week reaches one level higher.
    db.session.delete(db.session.scalar(select(CheckIn).where(CheckIn.key_result_id == quiet.id)))
    report(quiet, week(-3), G)
    assert [i.escalated for i in build(l1.id, WEEK).no_report] == [True]
    assert build(l1.id, WEEK).no_report[0].silent_weeks == 3


def test_headline_counts_and_change_against_last_week(app):
    bo = person("Bo")
    dana = person("Dana", bo)
    a, b, c, d = (kr(dana, f"KR {n}") for n in "abcd")
    reports(a, G, R)  # green -> red
    reports(b, Y, Y)  # yellow -> yellow
    reports(c, G, None)  # green -> missing
    reports(d, G, G)
    okrs.mark_done(d)
    new = make_kr(dana, title="Created this week")  # did not exist last week
    report(new, WEEK, G)
    db.session.commit()
    headline = build(bo.id, WEEK).headline
    assert headline.counts == {
        "red": 1,
        "yellow": 1,
        "green": 1,
        "missing": 1,
        "away": 0,
        "dropped": 0,
        "done": 1,
    }
    assert headline.change == {
        "red": 1,
        "yellow": 0,
        "green": -2,
        "missing": 1,
        "away": 0,
        "dropped": 0,
        "done": 1,
    }


def test_warnings_a_flag_alone_hides(app):
    bo = person("Bo")
    dana = person("Dana", bo)
    slipping = kr(dana, "Moved twice", due=date(2026, 12, 1))
    okrs.change_due(slipping, date(2026, 12, 8), ChangeSource.REPLY, dana)
    okrs.change_due(slipping, date(2026, 12, 15), ChangeSource.ADMIN)
    moved_once = kr(dana, "Moved once", due=date(2026, 12, 1))
    okrs.change_due(moved_once, date(2026, 12, 8), ChangeSource.ADMIN)
    pulled_in = kr(dana, "Moved earlier twice", due=date(2026, 12, 20))
    okrs.change_due(pulled_in, date(2026, 12, 10), ChangeSource.ADMIN)
    okrs.change_due(pulled_in, date(2026, 12, 5), ChangeSource.ADMIN)
    overdue = kr(dana, "Past due", due=date(2026, 11, 12))
    stuck = kr(dana, "Nearly there", due=date(2026, 12, 20))
    two_weeks = kr(dana, "Nearly there, briefly", due=date(2026, 12, 20))
    cliff = kr(dana, "Launch", due=date(2026, 11, 26))
    early_red = kr(dana, "Launch, warned", due=date(2026, 11, 26))
    for item in (slipping, moved_once, pulled_in, overdue):
        reports(item, G, G)
    for offset, score in enumerate([0.95, 0.9, 0.92]):
        report(stuck, week(-offset), Y, score=score)
    report(stuck, week(-3), G, score=0.8)
    for offset, score in enumerate([0.95, 0.9, 0.85]):
        report(two_weeks, week(-offset), G, score=score)
    reports(cliff, G, G, G, G, R, R)
    reports(early_red, G, G, G, R, R, R)
    db.session.commit()

    digest = build(bo.id, WEEK)
    everything = [item for name in SECTIONS for item in getattr(digest, name)]
    codes = {item.ref: [w.code for w in item.warnings] for item in everything if item.warnings}
    assert codes == {
        slipping.ref: ["slipping"],
        overdue.ref: ["overdue"],
        stuck.ref: ["stuck_near_done"],
        cliff.ref: ["green_until_deadline"],
    }
    [slipped] = [i for i in digest.warnings if i.ref == slipping.ref]
    assert "moved 2 times" in slipped.warnings[0].text
    # A red or yellow carries its warning in its own block, as its verdict: the warnings
    # section lists only greens, whose line would hide it.
    assert refs(digest.warnings) == refs(i for i in digest.green if i.warnings)
    assert set(refs(digest.warnings)) == {slipping.ref, overdue.ref}
    [red_cliff] = [i for i in digest.red if i.ref == cliff.ref]
    assert red_cliff.verdict == "green_until_deadline" and not red_cliff.raised_early
    [early] = [i for i in digest.red if i.ref == early_red.ref]
    assert early.verdict == "long_red" and not early.raised_early
    [yellow_stuck] = digest.yellow
    assert yellow_stuck.verdict == "stuck_near_done"


def test_roll_up_per_direct_report_with_reply_rates(app):
    bo = person("Bo")
    ann = person("Ann", bo)
    zed = person("Zed", bo)
    person("Idle", bo)  # an active direct report with nothing: a row of zeros
    person("Former", bo, active=False)  # inactive and empty: no row
    deep = person("Deep", ann)
    reports(kr(ann, "Ann's"), G)
    reports(kr(deep, "Deep red"), R)
    kr(deep, "Deep silent")
    reports(kr(zed, "Zed's"), Y)
    digest = build(bo.id, WEEK)
    rows = {row.name: row for row in digest.rollup}
    assert list(rows) == ["Ann", "Idle", "Zed"]
    assert rows["Ann"].counts["green"] == 1 and rows["Ann"].counts["red"] == 1
    assert rows["Ann"].counts["missing"] == 1
    assert rows["Ann"].reply_rate == pytest.approx(2 / 3)
    assert rows["Zed"].counts["yellow"] == 1 and rows["Zed"].reply_rate == 1.0
    assert rows["Idle"].reply_rate is None and sum(rows["Idle"].counts.values()) == 0
    # Roll-up rows add up to the headline.
    for status, count in digest.headline.counts.items():
        assert sum(row.counts[status] for row in digest.rollup) == count


def ask(manager: Person, key_result: KeyResult, when: datetime, answered: bool = False):
    db.session.add(
        Question(
            manager_id=manager.id,
            key_result_id=key_result.id,
            owner_id=key_result.owner_id,
            week=weeks.of(when.date()),
            text=f"What would it take on {key_result.title}?",
            asked_at=when,
            answered_at=when + timedelta(hours=2) if answered else None,
        )
    )
    db.session.commit()


def test_manager_record_old_reds_unasked_and_open_questions(app):
    bo = person("Bo")
    cy = person("Cy", bo)
    dana = person("Dana", cy)
    unasked = kr(dana, "Red for a month, nobody asked")
    asked = kr(dana, "Red, asked and answered")
    asked_before = kr(dana, "Red, asked before it turned")
    other = kr(dana, "Red, asked by someone else")
    young = kr(dana, "Red for two weeks")
    for item in (unasked, asked, asked_before, other):
        reports(item, G, R, R, R, R)  # red since Tuesday of 2026-W44
    reports(young, G, G, G, R, R)
    ask(bo, asked, NOW - timedelta(days=20), answered=True)
    ask(bo, asked_before, NOW - timedelta(weeks=5))
    ask(cy, other, NOW - timedelta(weeks=1))
    ask(bo, young, NOW - timedelta(days=2))
    silent = kr(dana, "Silent")
    reports(silent, G, G, None)

    record = build(bo.id, WEEK).record
    assert sorted(record.old_reds_unasked) == sorted([unasked.ref, asked_before.ref])
    assert [q.ref for q in record.open_questions] == [asked_before.ref, young.ref]
    assert record.open_questions[0].owner == "Dana"
    assert record.open_questions[0].text == "What would it take on Red, asked before it turned?"
    assert record.reply_rate_week == pytest.approx(5 / 6)
    assert record.reply_rate_4_weeks == pytest.approx(22 / 24)  # Silent missed two of four
    assert [q.ref for q in build(cy.id, WEEK).record.open_questions] == [other.ref]


# Quarter end


@pytest.fixture
def quarter_end_clock():
    clock.freeze(datetime(2027, 1, 1, 12, 0, tzinfo=UTC))  # Friday of 2026-W53
    yield "2026-W53"
    clock.freeze(NOW)


def test_quarter_end_figures(app, quarter_end_clock):
    q_end = quarter_end_clock
    bo = person("Bo")
    easy, hard, mid = person("Easy", bo), person("Hard", bo), person("Mid", bo)
    later = date(2027, 1, 15)  # not due yet at the quarter's end: neither late nor counted

    def quarter_kr(owner, title, due, scores, flags=None, period="2026-Q4"):
        made = kr(owner, title, due=due, period=period)
        flags = flags or [G] * len(scores)
        for offset, (flag, score) in enumerate(zip(reversed(flags), reversed(scores), strict=True)):
            report(made, weeks.shift(q_end, -offset), flag, score=score)
        return made

    # Easy: every key result graded 0.8 or more, two of them finished in October.
    for n in range(4):
        quarter_kr(easy, f"Easy {n}", later, [0.5, 0.9])
    scored = kr(easy, "Easy done, scored", due=date(2026, 10, 30))
    report(scored, "2026-W42", G, score=1.0)
    unscored = kr(easy, "Easy done, never scored", due=date(2026, 10, 30))
    for item in (scored, unscored):
        okrs.mark_done(item)
        item.closed_at = datetime(2026, 10, 20, tzinfo=UTC)
    # Hard: one of four graded high; the red one warned ahead, the watermelon never did.
    warned = quarter_kr(hard, "Warned", date(2026, 12, 31), [0.2, 0.3, 0.3, 0.3], [G, Y, R, R])
    melon = quarter_kr(hard, "Watermelon", date(2026, 12, 20), [0.5, 0.6, 0.6])
    quarter_kr(hard, "Hard fine", later, [0.85])
    quarter_kr(hard, "Hard low", later, [0.1])
    dropped = quarter_kr(hard, "Dropped", date(2026, 12, 10), [0.1], [R])
    okrs.drop(dropped, "Not worth it")
    # Mid: half; a key result of next quarter counts for nothing.
    quarter_kr(mid, "Mid high", later, [0.8])
    quarter_kr(mid, "Mid low", later, [0.4])
    quarter_kr(mid, "Next quarter", date(2026, 12, 1), [0.1], [R], period="2027-Q1")
    db.session.commit()

    stats = build(bo.id, q_end).quarter
    assert stats.period == "2026-Q4"
    by_ref = {e.ref: e for e in stats.early_warnings}
    assert set(by_ref) == {warned.ref, melon.ref}
    first_yellow = weeks.monday(weeks.shift(q_end, -2)) + timedelta(days=1)
    days = (date(2026, 12, 31) - first_yellow).days
    assert by_ref[warned.ref].days_warned_before_due == days == 16
    assert by_ref[melon.ref].days_warned_before_due is None
    assert by_ref[melon.ref].owner == "Hard" and by_ref[melon.ref].title == "Watermelon"
    assert [e.ref for e in stats.early_warnings] == [melon.ref, warned.ref]  # melons first
    assert stats.watermelons == 1
    assert stats.median_days_warned == 16
    grades = {row.person: row for row in stats.grades}
    assert list(grades) == ["Easy", "Hard", "Mid"]
    assert (grades["Easy"].graded, grades["Easy"].share_high) == (6, 1.0)
    assert grades["Easy"].note == "goals may not be aggressive enough"
    assert (grades["Hard"].graded, grades["Hard"].share_high) == (4, 0.25)
    assert grades["Hard"].note == "far below"
    assert (grades["Mid"].graded, grades["Mid"].share_high, grades["Mid"].note) == (2, 0.5, "")
    # The week before is no quarter end.
    assert build(bo.id, weeks.shift(q_end, -1)).quarter is None


# The demo company: every key result listed exactly once, in every digest


def expected_listing(manager: Person) -> tuple[set[int], set[int]]:
    """(within depth, escalated), worked out here the slow way from the rules."""
    start = datetime.combine(weeks.monday(WEEK), datetime.min.time(), tzinfo=UTC)
    end = start + timedelta(days=7)
    friday = weeks.monday(WEEK) + timedelta(days=4)
    depth = manager.digest_depth
    near = {pid for pid, _ in orgtree.subtree(manager.id, depth)}
    level_of = dict(orgtree.subtree(manager.id))
    reported = {(c.key_result_id, c.week) for c in db.session.scalars(select(CheckIn))}
    inside, escalated = set(), set()
    for item in db.session.scalars(select(KeyResult)):
        if item.created_at >= end or item.owner_id not in level_of:
            continue
        if item.state is not KRState.ACTIVE and item.closed_at < start:
            continue
        if item.owner_id in near:
            inside.add(item.id)
            continue
        if item.state is not KRState.ACTIVE or item.owner.is_away(friday):
            continue
        silent, day = 0, WEEK
        while (item.id, day) not in reported and weeks.sunday(day) >= item.created_at.date():
            silent, day = silent + 1, weeks.shift(day, -1)
        if silent >= level_of[item.owner_id]:
            escalated.add(item.id)
    return inside, escalated


@pytest.fixture
def demo_company(app) -> dict[str, Person]:
    demo.load()
    db.session.commit()
    people = {p.name: p for p in db.session.scalars(select(Person))}
    # Vary the depths so that some silence escalates past them.
    people["Maya Chen"].digest_depth = 1
    people["Priya Raman"].digest_depth = 1
    people["Daniel Okafor"].digest_depth = None
    db.session.commit()
    return people


def test_demo_every_key_result_exactly_once_in_every_digest(demo_company):
    digests = list(build_all(WEEK))
    managers = [p for p in demo_company.values() if p.active and any(r.active for r in p.reports)]
    assert sorted(d.manager_id for d in digests) == sorted(p.id for p in managers)
    escalations = 0
    for digest in digests:
        manager = db.session.get(Person, digest.manager_id)
        ids = listed(digest)
        assert len(ids) == len(set(ids)), manager.name
        inside, escalated = expected_listing(manager)
        assert set(ids) == inside | escalated, manager.name
        flagged = {i.kr_id for i in digest.no_report if i.escalated}
        assert flagged == escalated, manager.name
        escalations += len(escalated)
        assert sum(digest.headline.counts.values()) == len(inside)
        for item in digest.warnings:
            assert item.warnings and item.kr_id in ids
        assert digest.as_json() == build(manager.id, WEEK).as_json()
    assert escalations >= 2  # Zoe Campbell's silence reaches Maya and Priya past depth 1


def test_demo_stories_show_where_they_belong(demo_company):
    maya = build(demo_company["Maya Chen"].id, WEEK)
    assert {i.level for i in listed_items(maya) if not i.escalated} == {1}  # depth 1
    assert {i.owner for i in listed_items(maya) if i.escalated} == {"Zoe Campbell"}
    everyone = build(demo_company["Daniel Okafor"].id, WEEK)  # whole tree under him
    red = [i for i in everyone.red if i.owner == "Marcus Reed"]
    assert red and red[0].weeks_in_red >= 3 and red[0].via.startswith("Marcus Reed · via")
    assert any(i.owner == "Camila Torres" and i.silent_weeks == 2 for i in everyone.no_report)
    tomas = build(demo_company["Tomás Herrera"].id, WEEK)
    codes = {w.code for item in listed_items(tomas) for w in item.warnings}
    assert {"slipping", "stuck_near_done", "green_until_deadline"} <= codes
    lukas = build(demo_company["Lukas Becker"].id, WEEK)
    assert {i.status for i in lukas.away} == {"away"} and not lukas.no_report
    ingrid = build(demo_company["Ingrid Larsen"].id, WEEK)
    assert [i.title for i in ingrid.done] == ["Support moved to the new ticketing system"]


# A fixed statement budget


def grow(size: int, branching: int = 4, prefix: str = "p") -> list[int]:
    """A company of `size` people in a balanced tree, two key results each, six weeks of
    history with reds, four-week silences and moved due dates. The root sees the whole tree;
    every seventh manager has depth 1, so silence escalates to them. Bulk inserts: the setup
    must not dominate the test. Returns the person ids in tree order, root first."""
    first = (db.session.scalar(select(Person.id).order_by(Person.id.desc())) or 0) + 1
    ids = list(range(first, first + size))
    db.session.execute(
        insert(Person),
        [
            {
                "id": pid,
                "email": f"{prefix}{pid}@example.com",
                "name": f"Person {prefix}{pid:05d}",
                "manager_id": ids[(n - 1) // branching] if n else None,
                "timezone": "UTC",
                "active": True,
                "digest_depth": 1 if n % 7 == 3 else 3,
                "created_at": NOW - timedelta(weeks=20),
            }
            for n, pid in enumerate(ids)
        ],
    )
    # An explicit None in a bulk insert would take the column default: set it afterwards.
    db.session.execute(update(Person).where(Person.id == first).values(digest_depth=None))
    db.session.execute(
        insert(Objective),
        [{"id": pid, "owner_id": pid, "title": "Objective", "period": "2026-Q4"} for pid in ids],
    )
    krs = [
        {
            "objective_id": pid,
            "owner_id": pid,
            "title": f"KR {k}",
            "due": date(2026, 12, 1) + timedelta(days=n % 30),
            "state": KRState.ACTIVE,
            "created_at": NOW - timedelta(weeks=12),
        }
        for n, pid in enumerate(ids)
        for k in range(2)
    ]
    db.session.execute(insert(KeyResult), krs)
    kr_ids = db.session.scalars(
        select(KeyResult.id).where(KeyResult.owner_id.in_(ids)).order_by(KeyResult.id)
    ).all()
    rows = []
    flags = [Flag.GREEN, Flag.GREEN, Flag.YELLOW, Flag.RED]
    for n, kr_id in enumerate(kr_ids):
        silent = 4 if n % 11 == 0 else 0
        for offset in range(6):
            if offset < silent:
                continue
            wk = week(-offset)
            rows.append(
                {
                    "key_result_id": kr_id,
                    "week": wk,
                    "flag": flags[(n + offset) % 4],
                    "score": 0.5,
                    "note": "note",
                    "created_at": datetime.combine(
                        weeks.monday(wk), datetime.min.time(), tzinfo=UTC
                    )
                    + timedelta(days=1),
                }
            )
    db.session.execute(insert(CheckIn), rows)
    db.session.commit()
    for kr_id in kr_ids[::13]:
        item = db.session.get(KeyResult, kr_id)
        okrs.change_due(item, item.due + timedelta(days=7), ChangeSource.ADMIN)
        okrs.change_due(item, item.due + timedelta(days=7), ChangeSource.ADMIN)
    db.session.commit()
    return ids


def statements(run) -> int:
    db.session.expunge_all()
    with counted_statements() as seen:
        run()
    return len(seen)


def test_a_digest_costs_the_same_statements_at_ten_times_the_size(app):
    small = grow(30, prefix="s")
    large = grow(300, prefix="l")
    small_digest = build(small[0], WEEK)  # the root: the whole tree
    large_digest = build(large[0], WEEK)
    assert len(listed(large_digest)) >= 10 * len(listed(small_digest))
    shallow = build(large[3], WEEK)  # depth 1, with silence from below escalating to it
    assert any(i.escalated for i in shallow.no_report)
    cost = statements(lambda: build(small[0], WEEK))
    assert cost == statements(lambda: build(large[0], WEEK))
    assert cost == statements(lambda: build(large[3], WEEK))
    assert cost <= 8


def test_build_all_statements_grow_with_batches_not_people(app):
    grow(60)
    managers = len(list(build_all(WEEK)))
    assert managers == math.ceil(59 / 4)

    def cost(batch: int) -> int:
        return statements(lambda: list(build_all(WEEK, batch=batch)))

    one = cost(managers)
    two = cost(math.ceil(managers / 2))
    per_batch = two - one
    fixed = one - per_batch
    assert 0 < per_batch <= 6 and fixed <= 3
    for batch in (1, 2, 3, 5):
        assert cost(batch) == fixed + per_batch * math.ceil(managers / batch)
    # Ten times the people, the same number of batches: the same statements.
    grow(600, prefix="x")
    everyone = len(list(build_all(WEEK)))
    assert everyone > 10 * managers
    assert cost(math.ceil(everyone / 2)) == fixed + 2 * per_batch


def test_build_all_streams_one_batch_at_a_time(app):
    grow(60)
    stream = build_all(WEEK, batch=5)
    with counted_statements() as seen:
        first = next(stream)
        after_first = len(seen)
        for _ in range(4):
            next(stream)
        assert len(seen) == after_first  # the rest of the first batch costs nothing
        next(stream)
        assert len(seen) > after_first  # the second batch is loaded only when asked for
    assert isinstance(first, Digest)


def test_unknown_manager_and_bad_week(app):
    with pytest.raises(LookupError):
        build(12345, WEEK)
    bo = person("Bo")
    with pytest.raises(ValueError):
        build(bo.id, "2026-47")
    with pytest.raises(ValueError):
        list(build_all(WEEK, batch=0))
