"""The company board: what each row shows, finding things in it, and a fixed query budget."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import insert

from okr.extensions import db
from okr.models import CheckIn, Flag, KeyResult, Objective, Person
from okr.services import okrs
from tests.conftest import NOW, counted_statements, make_kr, make_person, sign_in

LAST_WEEK = NOW - timedelta(weeks=1)


def check_in(kr: KeyResult, week: str, flag: Flag, note: str = "", score=None, at=NOW) -> None:
    db.session.add(
        CheckIn(key_result=kr, week=week, flag=flag, note=note, score=score, created_at=at)
    )
    db.session.commit()


def page(client, query: str = "") -> str:
    response = client.get(f"/{query}")
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def old_kr(owner: Person, **fields) -> KeyResult:
    """A key result that already existed last week, so last week's flag can show."""
    kr = make_kr(owner, **fields)
    kr.created_at = NOW - timedelta(weeks=3)
    db.session.commit()
    return kr


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/signin")


def test_row_shows_ref_due_flag_score_note_and_last_week(client, app):
    """The owner is the card's heading, once: not repeated on every row."""
    viewer = make_person("viewer@example.com")
    dana = make_person("dana@example.com", "Dana Diaz")
    kr = old_kr(dana, title="Ship the beta", due=date(2026, 12, 15))
    check_in(kr, "2026-W46", Flag.GREEN, "fine", at=LAST_WEEK)
    check_in(kr, "2026-W47", Flag.RED, "<script>alert(1)</script>", score=0.25)
    sign_in(client, viewer)
    html = page(client)
    row = re.search(r"<tr>\s*<td>.*?</tr>", html, re.S).group(0)
    assert "flag-red" in row and kr.ref in row and "Ship the beta" in row
    assert "dana@example.com" not in row and "2026-12-15" in row and "0.25" in row
    assert html.count("dana@example.com") == 1  # in the card's heading
    assert f'href="/krs/{kr.id}"' in row  # the key result's own page
    assert "flag-green" in row  # last week's flag, after this week's
    assert row.index("flag-red") < row.index("flag-green")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in row
    assert "<script>" not in html
    assert "overdue" not in row


def test_missing_reads_as_no_report_and_overdue_is_marked(client):
    viewer = make_person("viewer@example.com")
    kr = make_kr(make_person("dana@example.com"), title="Late thing", due=date(2026, 11, 1))
    sign_in(client, viewer)
    html = page(client)
    assert re.search(r'class="flag flag-missing">no report<', html)
    assert 'class="due overdue"' in html and "<strong>overdue</strong>" in html
    okrs.mark_done(kr)
    db.session.commit()
    assert "<strong>overdue</strong>" not in page(client)  # done is never overdue


def test_grouped_by_person_then_objective(client):
    viewer = make_person("viewer@example.com")
    alice = make_person("alice@example.com", "Alice Adams")
    bob = make_person("bob@example.com", "Bob Brown")
    make_kr(bob, title="Bob KR", objective="Bob objective")
    make_kr(alice, title="Alice KR 1", objective="Alice objective one")
    make_kr(alice, title="Alice KR 2", objective="Alice objective two")
    make_kr(alice, title="Alice KR 3", objective="Alice objective one")
    sign_in(client, viewer)
    html = page(client)
    order = [
        "Alice Adams",
        "Alice objective one",
        "Alice KR 1",
        "Alice KR 3",
        "Alice objective two",
        "Alice KR 2",
        "Bob Brown",
        "Bob objective",
        "Bob KR",
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert "Viewer" not in html.split("</header>")[1].split("</h1>")[1]  # no KRs, not listed


def test_admin_link_only_for_admins(client, admin):
    viewer = make_person("viewer@example.com")
    dana = make_person("dana@example.com", "Dana")
    make_kr(dana)
    link = f'href="/admin/people/{dana.id}/okrs"'
    sign_in(client, viewer)
    assert link not in page(client)
    sign_in(client, admin)
    assert link in page(client)


def many_people(count: int, prefix: str = "p") -> None:
    """`count` people with one objective and three key results each, checked in both weeks."""
    db.session.execute(
        insert(Person),
        [
            {"email": f"{prefix}{i:05d}@example.com", "name": f"Person {prefix}{i:05d}"}
            for i in range(count)
        ],
    )
    owners = db.session.query(Person.id).filter(Person.email.like(f"{prefix}%")).all()
    db.session.execute(
        insert(Objective),
        [{"owner_id": pid, "title": f"Objective {pid}", "period": "2026-Q4"} for (pid,) in owners],
    )
    objectives = db.session.query(Objective.id, Objective.owner_id).all()
    created = NOW - timedelta(weeks=4)
    db.session.execute(
        insert(KeyResult),
        [
            {
                "objective_id": oid,
                "owner_id": pid,
                "title": f"KR {n} of {pid}",
                "due": date(2026, 12, 31),
                "created_at": created,
            }
            for oid, pid in objectives
            for n in range(3)
        ],
    )
    krs = [kid for (kid,) in db.session.query(KeyResult.id)]
    rows = [
        {"key_result_id": kid, "week": week, "flag": flag, "note": "ok", "created_at": at}
        for kid in krs
        for week, flag, at in (("2026-W46", Flag.GREEN, LAST_WEEK), ("2026-W47", Flag.RED, NOW))
    ]
    db.session.execute(insert(CheckIn), rows)
    db.session.commit()


def test_pages_of_25_people(client):
    viewer = make_person("viewer@example.com")
    many_people(30)
    sign_in(client, viewer)
    first = page(client)
    assert first.count('class="person-block') == 25
    assert "Person p00000" in first and "Person p00025" not in first
    assert "page 1 of 2" in first and "page=2" in first
    second = page(client, "?page=2")
    assert second.count('class="person-block') == 5
    assert "Person p00025" in second
    assert page(client, "?page=99").count('class="person-block') == 5  # clamped to the last


def test_search_by_name_email_or_key_result_title(client):
    viewer = make_person("viewer@example.com")
    dana = make_person("dana@example.com", "Dana Diaz")
    erin = make_person("erin@corp.example.com", "Erin Ek")
    make_kr(dana, title="Ship the beta")
    make_kr(dana, title="Hire a designer")
    make_kr(erin, title="Renew Northwind")
    sign_in(client, viewer)
    by_name = page(client, "?q=diaz")
    assert "Ship the beta" in by_name and "Hire a designer" in by_name
    assert "Renew Northwind" not in by_name
    assert "Renew Northwind" in page(client, "?q=corp.example")
    by_title = page(client, "?q=designer")
    assert "Hire a designer" in by_title and "Ship the beta" not in by_title
    assert "No key results match" in page(client, "?q=100%25")  # % is literal, not a wildcard


def test_filter_by_status(client):
    viewer = make_person("viewer@example.com")
    dana = make_person("dana@example.com")
    red = make_kr(dana, title="Red one")
    make_kr(dana, title="Silent one")
    done = make_kr(dana, title="Done one")
    check_in(red, "2026-W47", Flag.RED, "blocked")
    okrs.mark_done(done)
    db.session.commit()
    sign_in(client, viewer)
    expectations = {"red": "Red one", "missing": "Silent one", "done": "Done one"}
    for status, title in expectations.items():
        html = page(client, f"?status={status}")
        shown = [t for t in expectations.values() if t in html]
        assert shown == [title], status
    assert "No key results match" in page(client, "?status=green")


def test_week_selector_and_bad_week(client):
    viewer = make_person("viewer@example.com")
    kr = old_kr(make_person("dana@example.com"), title="Ship the beta")
    check_in(kr, "2026-W45", Flag.YELLOW, "slow in W45", at=NOW - timedelta(weeks=2))
    sign_in(client, viewer)
    html = page(client, "?week=2026-w45")
    assert "week 2026-W45" in html and "slow in W45" in html and "flag-yellow" in html
    assert "slow in W45" not in page(client)
    bad = client.get("/?week=2026-45")
    assert bad.status_code == 400
    assert "is not a week; write it as YYYY-Www" in bad.get_data(as_text=True)
    assert client.get("/?status=purple").status_code == 400


def statements_for(client, query: str) -> int:
    db.session.expunge_all()  # nothing cached from setting up
    with counted_statements() as seen:
        page(client, query)
    return len(seen)


def test_query_count_does_not_grow_with_data(client):
    viewer = make_person("viewer@example.com")
    sign_in(client, viewer)
    many_people(30, prefix="a")  # two pages already: page 2 exists at both sizes
    queries = ["", "?status=red", "?q=person", "?page=2", "?status=red&q=person&page=2"]
    small = [statements_for(client, q) for q in queries]
    many_people(120, prefix="b")
    large = [statements_for(client, q) for q in queries]
    assert large == small, (small, large)
    assert min(small) >= 3 and max(large) <= 4, large


# --- What a manager sees first ------------------------------------------------------------


def _cards(html: str) -> list[str]:
    """The people's names on the board, in order."""
    found = re.findall(r'<section class="person-block card">\s*<h2>\s*(?:<a [^>]*>)?([^<]+)', html)
    return [name.strip() for name in found]


def _org(app):
    """Vera manages Leo, who manages Ana and Ben; Zoe is in another organisation."""
    vera = make_person("vera@example.com", "Vera Park")
    leo = make_person("leo@example.com", "Leo Dunn", manager=vera)
    ana = make_person("ana@example.com", "Ana Silva", manager=leo)
    ben = make_person("ben@example.com", "Ben Moss", manager=leo, away_until=date(2026, 11, 27))
    zoe = make_person("zoe@example.com", "Zoe Quinn")
    krs = {p.email: make_kr(p, title=f"Goal of {p.name}") for p in (vera, leo, ana, ben, zoe)}
    check_in(krs["vera@example.com"], "2026-W47", Flag.GREEN)
    check_in(krs["ana@example.com"], "2026-W47", Flag.YELLOW)
    check_in(krs["zoe@example.com"], "2026-W47", Flag.RED)
    # Leo is silent, Ben is away (silent too, but that is not a silence)
    return vera, zoe


def test_a_manager_lands_on_their_organisation_with_counts_and_worst_first(app, client):
    vera, _ = _org(app)
    sign_in(client, vera)
    html = page(client)
    assert "Your organisation" in html
    # the silent first (Leo), then the yellow, then the rest by name; Zoe is elsewhere
    assert _cards(html) == ["Leo Dunn", "Ana Silva", "Ben Moss", "Vera Park"]
    counts = dict(
        (status, int(n))
        for status, n in re.findall(r'class="count-(\w+)"><a [^>]*><strong>(\d+)</strong>', html)
    )
    assert counts == {
        "red": 0,
        "missing": 1,
        "away": 1,
        "yellow": 1,
        "green": 1,
        "done": 0,
        "dropped": 0,
    }  # Ben is away, not silent: counted apart, as in the digest

    company = page(client, "?scope=all")
    assert _cards(company)[0] == "Zoe Quinn"  # the red first, whoever's it is
    assert set(_cards(company)) == {"Vera Park", "Leo Dunn", "Ana Silva", "Ben Moss", "Zoe Quinn"}


def test_someone_away_shows_as_away_not_as_no_report(app, client):
    vera, _ = _org(app)
    sign_in(client, vera)
    html = page(client)
    ben = html[html.index("Ben Moss") : html.index("Vera Park", html.index("Ben Moss"))]
    assert "away until 2026-11-27" in ben and 'flag-away">away<' in ben
    assert "no report" not in ben


@pytest.mark.parametrize(("status", "shown"), [("missing", "Leo Dunn"), ("away", "Ben Moss")])
def test_no_report_and_away_filter_apart_with_the_same_counts(app, client, status, shown):
    vera, _ = _org(app)
    sign_in(client, vera)
    html = page(client, f"?status={status}")
    assert _cards(html) == [shown]
    counts = dict(re.findall(r'class="count-(\w+)"><a [^>]*><strong>(\d+)</strong>', html))
    assert (counts["missing"], counts["away"]) == ("1", "1")  # a filter keeps the counts


def test_people_without_reports_see_the_company_and_bad_scopes_are_refused(app, client):
    _, zoe = _org(app)
    sign_in(client, zoe)
    html = page(client)
    assert "Company OKR board" in html and "Whole company" not in html  # no toggle: no team
    assert len(_cards(html)) == 5
    assert client.get("/?scope=everyone").status_code == 400
