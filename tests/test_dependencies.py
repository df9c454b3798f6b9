"""Dependencies between key results and watching (issue 17): the rules every door shares,
and what dependents and watchers are told."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from okr import clock
from okr.errors import InvalidInput
from okr.extensions import db
from okr.models import ChangeSource, Dependency, KeyResult
from okr.services import checkins, csvio, okrs
from okr.services import dependencies as deps
from okr.services.dependency_signals import (
    DROPPED,
    SILENT,
    SLIPPED,
    TURNED_RED,
    TURNED_YELLOW,
    Facts,
    outside_risks,
    signals,
    signals_for,
)
from tests.conftest import NOW, make_kr, make_person

WEEK = "2026-W47"  # the week of NOW
MADE = datetime(2026, 10, 1, tzinfo=UTC)


def _facts(flags=None, moves=(), **fields) -> Facts:
    values = {
        "created_at": MADE,
        "state": "active",
        "closed_at": None,
        "drop_reason": None,
        "flags": flags or {},
        "moves": moves,
    }
    values.update(fields)
    return Facts(**values)


# References


@pytest.mark.parametrize(
    ("text", "expected"),
    [("#12", 12), ("12", 12), ("# 12", 12), ("KR 12", 12), ("kr-12", 12), (" #7 ", 7)],
)
def test_a_reference_is_read_in_the_spellings_replies_use(text, expected):
    assert deps.parse_ref(text) == expected


@pytest.mark.parametrize("text", ["", "#", "twelve", "#12a", "#-3", "#1234567890"])
def test_anything_else_is_refused_with_how_to_write_it(text):
    with pytest.raises(InvalidInput, match="write it as #12"):
        deps.parse_ref(text)


def test_a_list_of_references_keeps_its_order_once_each():
    assert deps.parse_refs("#12, #15;#12  9") == [12, 15, 9]
    assert deps.parse_refs("") == []
    assert deps.refs_text([15, 9, 12]) == "#9 #12 #15"


def test_an_unknown_reference_is_named(app):
    with pytest.raises(InvalidInput, match="#404 is not a key result"):
        deps.key_result("#404")


# Loops, pure


def test_a_path_and_a_loop_are_found_along_the_edges():
    edges = {1: {2}, 2: {3}, 3: {4}}
    assert deps.find_path(edges, 1, 4) == [1, 2, 3, 4]
    assert deps.find_path(edges, 4, 1) is None
    assert deps.find_loop(edges, [1, 2]) is None
    assert deps.find_loop({**edges, 4: {2}}, [4]) == [4, 2, 3, 4]
    assert deps.loop_text([4, 2, 3, 4]) == "#4 → #2 → #3 → #4"


# Adding and removing


@pytest.fixture
def three(app):
    dana = make_person("dana@example.com", "Dana Scully")
    eli = make_person("eli@example.com", "Eli Ng")
    a = make_kr(dana, "Launch")
    b = make_kr(eli, "Billing cutover", objective="Billing")
    c = make_kr(eli, "Database migrated", objective="Billing")
    return a, b, c


def test_a_dependency_is_added_once_and_removed(three):
    a, b, _ = three
    assert deps.add(a, b, source=ChangeSource.ADMIN) is True
    assert deps.add(a, b, source=ChangeSource.ADMIN) is False
    db.session.commit()
    assert deps.depends_on(a) == [b] and deps.dependents(b) == [a]
    assert deps.remove(a, b) is True and deps.remove(a, b) is False
    assert deps.depends_on(a) == []


def test_a_loop_is_refused_with_every_ref_in_it(three):
    a, b, c = three
    deps.add(a, b, source=ChangeSource.ADMIN)
    deps.add(b, c, source=ChangeSource.ADMIN)
    with pytest.raises(InvalidInput) as refused:
        deps.add(c, a, source=ChangeSource.ADMIN)
    assert str(refused.value) == (
        f"{c.ref} cannot depend on {a.ref}: that would make a loop "
        f"{c.ref} → {a.ref} → {b.ref} → {c.ref}"
    )
    assert db.session.get(Dependency, (c.id, a.id)) is None


def test_a_key_result_cannot_depend_on_itself(three):
    a, _, _ = three
    with pytest.raises(InvalidInput, match=f"{a.ref} cannot depend on itself"):
        deps.add(a, a, source=ChangeSource.ADMIN)


def test_a_new_dependency_on_a_dropped_key_result_is_refused_with_its_reason(three):
    a, b, _ = three
    okrs.drop(b, "vendor gone")
    with pytest.raises(InvalidInput, match=rf"{b.ref} was dropped \(vendor gone\)"):
        deps.add(a, b, source=ChangeSource.ADMIN)


def test_only_the_owner_their_managers_or_the_objective_owner_may_change_it(app):
    boss = make_person("boss@example.com", "Bo Boss")
    dana = make_person("dana@example.com", "Dana Scully", manager=boss)
    eli = make_person("eli@example.com", "Eli Ng")
    a, b = make_kr(dana, "Launch"), make_kr(eli, "Billing", objective="Billing")
    with pytest.raises(InvalidInput, match=f"you may not change what {a.ref} depends on"):
        deps.add(a, b, source=ChangeSource.REPLY, acting=eli)
    assert deps.add(a, b, source=ChangeSource.REPLY, acting=boss)
    assert deps.remove(a, b, acting=dana)
    with pytest.raises(InvalidInput, match="it is Dana Scully's"):
        deps.remove(a, b, acting=eli)


def test_anyone_may_watch_and_unwatch_an_open_key_result(three):
    a, b, _ = three
    fay = make_person("fay@example.com", "Fay")
    assert deps.watch(fay, a) is True and deps.watch(fay, a) is False
    assert deps.is_watching(fay, a)
    assert [p.email for p in deps.watchers(a)] == ["fay@example.com"]
    assert deps.unwatch(fay, a) is True and deps.unwatch(fay, a) is False
    okrs.mark_done(b)
    with pytest.raises(InvalidInput, match=f"{b.ref} is done; there is nothing more to watch"):
        deps.watch(fay, b)


# What is told: the pure rules


def test_turning_yellow_or_red_is_told_once_not_while_it_stays():
    told = signals(_facts({"2026-W46": "green", WEEK: "red"}), WEEK)
    assert [(s.kind, s.text) for s in told] == [(TURNED_RED, "turned red, was green")]
    told = signals(_facts({"2026-W45": "red", WEEK: "yellow"}), WEEK)
    assert [(s.kind, s.text) for s in told] == [(TURNED_YELLOW, "turned yellow, was red")]
    assert signals(_facts({"2026-W46": "red", WEEK: "red"}), WEEK) == []
    assert signals(_facts({WEEK: "green"}), WEEK) == []
    first = signals(_facts({WEEK: "yellow"}), WEEK)
    assert [s.text for s in first] == ["turned yellow, its first report"]


def test_silence_is_told_from_two_weeks_in_a_row_with_the_count():
    assert signals(_facts({"2026-W46": "green"}), WEEK) == []  # one week silent
    told = signals(_facts({"2026-W45": "green"}), WEEK)
    assert [(s.kind, s.text) for s in told] == [(SILENT, "silent 2 weeks in a row")]
    told = signals(_facts({"2026-W43": "green"}), WEEK)
    assert [s.text for s in told] == ["silent 4 weeks in a row"]
    made_last_week = datetime(2026, 11, 10, tzinfo=UTC)
    assert signals(_facts(created_at=made_last_week), WEEK)[0].text == "silent 2 weeks in a row"
    made_this_week = datetime(2026, 11, 17, tzinfo=UTC)
    assert signals(_facts(created_at=made_this_week), WEEK) == []


def test_a_silence_says_when_the_owner_is_away():
    told = signals(_facts({"2026-W45": "green"}, away_until=date(2026, 11, 30)), WEEK)
    assert told[0].text == "silent 2 weeks in a row (its owner is away until 30 Nov 2026)"


def test_a_due_date_moved_later_in_the_week_is_told_net_of_moves_back():
    monday = datetime(2026, 11, 16, 9, tzinfo=UTC)
    later = [(monday, date(2026, 12, 1), date(2026, 12, 15))]
    told = signals(_facts({WEEK: "green"}, later), WEEK)
    assert [(s.kind, s.text) for s in told] == [
        (SLIPPED, "due date moved later: 1 Dec 2026 → 15 Dec 2026")
    ]
    back = [*later, (monday + timedelta(days=1), date(2026, 12, 15), date(2026, 12, 1))]
    assert signals(_facts({WEEK: "green"}, back), WEEK) == []
    last_week = [(monday - timedelta(days=3), date(2026, 12, 1), date(2026, 12, 15))]
    assert signals(_facts({WEEK: "green"}, last_week), WEEK) == []
    earlier = [(monday, date(2026, 12, 15), date(2026, 12, 1))]
    assert signals(_facts({WEEK: "green"}, earlier), WEEK) == []


def test_a_drop_is_told_with_its_reason_and_only_in_its_week():
    dropped = datetime(2026, 11, 18, tzinfo=UTC)
    facts = _facts({}, state="dropped", closed_at=dropped, drop_reason="budget cut")
    assert [(s.kind, s.text) for s in signals(facts, WEEK)] == [(DROPPED, "dropped: budget cut")]
    assert signals(facts, "2026-W48") == []
    done = _facts({}, state="done", closed_at=dropped)
    assert signals(done, WEEK) == []


def test_nothing_is_told_about_a_week_before_the_key_result_existed():
    assert signals(_facts(created_at=datetime(2026, 12, 1, tzinfo=UTC)), WEEK) == []


def test_red_and_a_slip_in_one_week_are_both_told():
    monday = datetime(2026, 11, 16, 9, tzinfo=UTC)
    facts = _facts(
        {"2026-W46": "green", WEEK: "red"}, [(monday, date(2026, 12, 1), date(2027, 1, 5))]
    )
    assert [s.kind for s in signals(facts, WEEK)] == [TURNED_RED, SLIPPED]


# What is told: loaded for a person and for a manager


@pytest.fixture
def company(app):
    """Two organisations: Sales (Sam over Dana) depends on Engineering (Kim over Eli)."""
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
    deps.add(deal, docs, source=ChangeSource.ADMIN)  # inside Sales: no outside risk
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


def test_a_person_hears_about_what_their_key_results_depend_on(company):
    told = signals_for(company["dana"], WEEK)
    assert [(c.ref, [s.text for s in c.signals]) for c in told] == [
        (company["feature"].ref, ["turned red, was green"])
    ]  # not about her own docs, which she knows are red
    concern = told[0]
    assert concern.owner == "Eli Ng" and not concern.watched
    assert [(n.ref, n.owner) for n in concern.needed_by] == [(company["deal"].ref, "Dana Scully")]
    assert signals_for(company["eli"], WEEK) == []


def test_a_watcher_hears_too_and_a_quiet_week_tells_nothing(company):
    fay = make_person("fay@example.com", "Fay")
    deps.watch(fay, company["feature"])
    db.session.commit()
    told = signals_for(fay, WEEK)
    assert [c.ref for c in told] == [company["feature"].ref] and told[0].watched
    assert told[0].needed_by == ()
    assert signals_for(fay, "2026-W46") == []


def test_a_dependent_that_is_done_needs_nothing_any_more(company):
    okrs.mark_done(company["deal"], at=NOW - timedelta(weeks=2))
    db.session.commit()
    assert signals_for(company["dana"], WEEK) == []


def test_a_dropped_dependency_says_so_to_its_dependents(company):
    okrs.drop(company["feature"], "the customer walked away")
    db.session.commit()
    told = signals_for(company["dana"], WEEK)
    assert [s.text for s in told[0].signals] == ["dropped: the customer walked away"]


def test_a_manager_sees_the_risks_from_outside_their_organisation(company):
    risks = outside_risks(company["sam"], WEEK)
    assert [c.ref for c in risks] == [company["feature"].ref]  # the docs are Sales' own
    assert risks[0].needed_by[0].owner == "Dana Scully"
    assert outside_risks(company["kim"], WEEK) == []  # Engineering depends on nobody
    assert outside_risks(company["dana"], WEEK) == [risks[0]]


def test_watching_is_no_risk_to_an_organisation(company):
    deps.watch(company["kim"], company["docs"])
    db.session.commit()
    assert outside_risks(company["kim"], WEEK) == []
    assert [c.ref for c in signals_for(company["kim"], WEEK)] == [company["docs"].ref]


# The CSV column


HEADER = "owner_email,objective,key_result,due,period,depends_on"


def _csv(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _errors(plan) -> list[str]:
    return [str(error) for error in plan.errors]


def test_a_file_without_the_column_leaves_dependencies_as_they_are(three):
    a, b, _ = three
    deps.add(a, b, source=ChangeSource.ADMIN)
    db.session.commit()
    plan = csvio.run(
        "okrs",
        _csv(
            "owner_email,objective,key_result,due,period",
            "dana@example.com,Win the first customers,Launch,2026-12-15,2026-Q4",
        ),
    )
    assert plan.ok and plan.unchanged == 1
    assert deps.depends_on(a) == [b]


def test_the_column_sets_replaces_and_clears_dependencies_with_a_preview(three):
    a, b, c = three
    plan = csvio.run(
        "okrs",
        _csv(HEADER, f"dana@example.com,Win the first customers,Launch,2026-12-15,2026-Q4,{b.ref}"),
    )
    assert plan.ok and plan.updates == 1, _errors(plan)
    assert plan.changes[0].fields == (f"depends_on: (none) → {b.ref}",)
    assert deps.depends_on(a) == [b]
    dependency = db.session.get(Dependency, (a.id, b.id))
    assert dependency.source == ChangeSource.IMPORT
    row = "dana@example.com,Win the first customers,Launch,2026-12-15,2026-Q4"
    plan = csvio.run("okrs", _csv(HEADER, f'{row},"{c.ref}, {b.ref}"'))
    assert plan.ok and plan.changes[0].fields == (f"depends_on: {b.ref} → {b.ref} {c.ref}",)
    assert deps.depends_on(a) == [b, c]
    assert csvio.run("okrs", _csv(HEADER, f"{row},{b.ref} {c.ref}")).unchanged == 1
    plan = csvio.run("okrs", _csv(HEADER, f"{row},"))
    assert plan.ok and deps.depends_on(a) == []


def test_a_new_key_result_of_the_file_gets_its_dependencies(three):
    _, b, _ = three
    plan = csvio.run(
        "okrs",
        _csv(HEADER, f"dana@example.com,Win the first customers,Upsell,2026-12-20,2026-Q4,{b.ref}"),
    )
    assert plan.ok and plan.creates == 1, _errors(plan)
    new = db.session.scalar(select(KeyResult).where(KeyResult.title == "Upsell"))
    assert deps.depends_on(new) == [b]


def test_bad_refs_are_refused_per_row_naming_the_ref_and_nothing_is_written(three):
    a, b, _ = three
    okrs.drop(b, "vendor gone")
    db.session.commit()
    before = deps.graph()
    plan = csvio.run(
        "okrs",
        _csv(
            HEADER,
            "dana@example.com,Win the first customers,Launch,2026-12-15,2026-Q4,#404",
            f"dana@example.com,Win the first customers,Other,2026-12-15,2026-Q4,{b.ref}",
            f"dana@example.com,Win the first customers,Launch,2026-12-15,2026-Q4,{a.ref}",
            "eli@example.com,Billing,Database migrated,2026-12-15,2026-Q4,soon",
            f"eli@example.com,Billing,Billing cutover,2026-12-15,2026-Q4,{a.ref}",
        ),
    )
    assert _errors(plan) == [
        "line 2: depends_on: #404 is not a key result",
        f"line 3: depends_on: {b.ref} was dropped; nothing new can depend on it",
        "line 4: key_result 'Launch' of objective 'Win the first customers' (2026-Q4) "
        "is already on line 2",
        "line 5: depends_on: 'soon' is not a key result reference; write it as #12",
    ]
    assert deps.graph() == before


def test_a_key_result_on_itself_is_refused(three):
    a, _, _ = three
    plan = csvio.run(
        "okrs",
        _csv(HEADER, f"dana@example.com,Win the first customers,Launch,2026-12-15,2026-Q4,{a.ref}"),
    )
    assert _errors(plan) == [f"line 2: depends_on: {a.ref} is this key result itself"]


def test_an_existing_dependency_on_a_dropped_key_result_exports_and_imports_back(three):
    a, b, _ = three
    deps.add(a, b, source=ChangeSource.ADMIN)
    okrs.drop(b, "vendor gone")
    db.session.commit()
    text = "".join(csvio.export("okrs"))
    assert f"Launch,2026-12-15,2026-Q4,{b.ref}\n" in text
    plan = csvio.run("okrs", text)
    assert plan.ok and plan.updates == 0, _errors(plan)


def test_a_loop_made_by_the_file_is_refused_with_its_refs_and_lines(three):
    a, b, c = three
    deps.add(b, c, source=ChangeSource.ADMIN)  # already in the database: b -> c
    db.session.commit()
    plan = csvio.run(
        "okrs",
        _csv(
            HEADER,
            f"dana@example.com,Win the first customers,Launch,2026-12-15,2026-Q4,{b.ref}",
            f"eli@example.com,Billing,Database migrated,2026-12-15,2026-Q4,{a.ref}",
        ),
    )
    assert _errors(plan) == [
        f"line 2: depends_on: these dependencies would make a loop "
        f"{a.ref} → {b.ref} → {c.ref} → {a.ref} (lines 2, 3)"
    ]
    assert deps.depends_on(a) == [] and deps.depends_on(c) == []
