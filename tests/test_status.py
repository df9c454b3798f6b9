"""`okr status`: the week's flags as other tools read them, so the shape is a contract."""

from __future__ import annotations

import json
from datetime import timedelta

from okr import clock
from okr.extensions import db
from okr.models import ChangeSource, CheckIn, Flag, KeyResult
from okr.services import dependencies, okrs
from tests.conftest import NOW, make_kr, make_person

ITEM_KEYS = {
    "ref",
    "key_result",
    "objective",
    "owner",
    "due",
    "status",
    "score",
    "note",
    "updated_at",
    "depends_on",
    "watchers",
}


def check_in(kr: KeyResult, week: str, flag: Flag, note: str = "", score=None, at=NOW):
    row = CheckIn(
        key_result=kr, week=week, flag=flag, note=note, score=score, author=kr.owner, created_at=at
    )
    db.session.add(row)
    db.session.commit()
    return row


def report(runner, *args: str) -> dict:
    result = runner.invoke(args=["status", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def items_by_ref(data: dict) -> dict[str, dict]:
    return {item["ref"]: item for item in data["items"]}


def test_json_has_exactly_the_documented_keys(runner):
    kr = make_kr(make_person("dana@example.com"), title="Ship the beta")
    check_in(kr, "2026-W47", Flag.GREEN, "On track", score=0.6)
    data = report(runner)
    assert set(data) == {"week", "items"}
    assert data["week"] == "2026-W47"
    [item] = data["items"]
    assert set(item) == ITEM_KEYS
    assert item == {
        "ref": kr.ref,
        "key_result": "Ship the beta",
        "objective": "Win the first customers",
        "owner": "dana@example.com",
        "due": "2026-12-15",
        "status": "green",
        "score": 0.6,
        "note": "On track",
        "updated_at": NOW.isoformat(),
        "depends_on": [],
        "watchers": [],
    }


def test_later_check_in_of_the_same_week_wins_and_earlier_is_kept(runner):
    kr = make_kr(make_person("dana@example.com"))
    check_in(kr, "2026-W47", Flag.RED, "Blocked", at=NOW - timedelta(hours=5))
    check_in(kr, "2026-W47", Flag.GREEN, "Unblocked after all", at=NOW - timedelta(hours=1))
    item = items_by_ref(report(runner))[kr.ref]
    assert (item["status"], item["note"]) == ("green", "Unblocked after all")
    assert item["updated_at"] == (NOW - timedelta(hours=1)).isoformat()
    notes = [c.note for c in db.session.query(CheckIn).order_by(CheckIn.id)]
    assert notes == ["Blocked", "Unblocked after all"]


def test_missing_when_no_check_in_this_week(runner):
    kr = make_kr(make_person("dana@example.com"))
    kr.created_at = NOW - timedelta(weeks=2)
    db.session.commit()
    check_in(kr, "2026-W46", Flag.GREEN, "Last week was fine", at=NOW - timedelta(weeks=1))
    item = items_by_ref(report(runner))[kr.ref]
    assert (item["status"], item["note"], item["score"], item["updated_at"]) == (
        "missing",
        "",
        None,
        None,
    )
    assert items_by_ref(report(runner, "--week", "2026-W46"))[kr.ref]["status"] == "green"


def test_done_is_shown_the_week_it_closed_and_not_later(runner):
    kr = make_kr(make_person("dana@example.com"))
    kr.created_at = NOW - timedelta(weeks=2)
    check_in(kr, "2026-W46", Flag.GREEN, "Nearly", at=NOW - timedelta(weeks=1))
    okrs.mark_done(kr)
    db.session.commit()
    item = items_by_ref(report(runner))[kr.ref]
    assert (item["status"], item["updated_at"]) == ("done", NOW.isoformat())
    # Before it closed it was an ordinary key result with that week's flag.
    assert items_by_ref(report(runner, "--week", "2026-W46"))[kr.ref]["status"] == "green"
    clock.freeze(NOW + timedelta(weeks=1))
    assert report(runner)["week"] == "2026-W48"
    assert kr.ref not in items_by_ref(report(runner))


def test_dropped_shows_its_reason_the_week_it_closed_and_not_later(runner):
    kr = make_kr(make_person("dana@example.com"))
    okrs.drop(kr, "Customer went bankrupt")
    db.session.commit()
    item = items_by_ref(report(runner))[kr.ref]
    assert (item["status"], item["note"]) == ("dropped", "Customer went bankrupt")
    assert kr.ref not in items_by_ref(report(runner, "--week", "2026-W48"))


def test_key_results_created_after_the_week_are_not_listed(runner):
    kr = make_kr(make_person("dana@example.com"))  # created now, in 2026-W47
    assert report(runner, "--week", "2026-W46")["items"] == []
    assert kr.ref in items_by_ref(report(runner, "--week", "2026-W47"))


def test_week_option_is_normalised(runner):
    assert report(runner, "--week", " 2026-w05 ")["week"] == "2026-W05"


def test_bad_week_is_a_one_line_error_without_traceback(runner):
    for raw, reason in (("2026-47", "YYYY-Www"), ("2025-W53", "has no week 53")):
        result = runner.invoke(args=["status", "--week", raw])
        assert result.exit_code != 0
        assert isinstance(result.exception, SystemExit)  # click's exit, not a crash
        assert "Traceback" not in result.output
        errors = [line for line in result.output.splitlines() if line.startswith("Error")]
        assert len(errors) == 1 and reason in errors[0], result.output


def test_text_output_lists_each_key_result(runner):
    owner = make_person("dana@example.com")
    red = make_kr(owner, title="Hire two engineers")
    check_in(red, "2026-W47", Flag.RED, "No candidates")
    make_kr(owner, title="Ship the beta")
    result = runner.invoke(args=["status"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Week 2026-W47: 2 key results"
    assert any(line.startswith("red") and "Hire two engineers" in line for line in lines)
    assert any(line.startswith("missing") and "Ship the beta" in line for line in lines)


def test_json_items_name_what_they_depend_on_and_who_watches_them(runner):
    dana = make_person("dana@example.com")
    launch = make_kr(dana, title="Launch")
    billing = make_kr(dana, title="Billing")
    infra = make_kr(dana, title="Infra")
    dependencies.add(launch, infra, source=ChangeSource.ADMIN)
    dependencies.add(launch, billing, source=ChangeSource.ADMIN)
    dependencies.watch(make_person("zed@example.com"), launch)
    dependencies.watch(make_person("amy@example.com"), launch)
    db.session.commit()
    items = items_by_ref(report(runner))
    assert items[launch.ref]["depends_on"] == [billing.ref, infra.ref]
    assert items[launch.ref]["watchers"] == ["amy@example.com", "zed@example.com"]
    assert items[billing.ref]["depends_on"] == [] and items[billing.ref]["watchers"] == []
