"""Admin pages for people: list, search, pagination, create, edit, (de)activate."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
from sqlalchemy import func, select

from okr.errors import InvalidInput
from okr.extensions import db
from okr.models import Person
from tests.conftest import counted_statements, make_person

XSS = "<script>alert(1)</script>"


def stored(person_id: int):
    """The row as committed, read on a connection of its own (not the test's session)."""
    with db.engine.connect() as conn:
        return conn.execute(
            select(
                Person.name,
                Person.email,
                Person.manager_id,
                Person.timezone,
                Person.away_until,
                Person.active,
            ).where(Person.id == person_id)
        ).one()


def people_count() -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Person)).scalar_one()


def text_of(response) -> str:
    """The page with entities decoded, to compare messages that contain quotes."""
    return html.unescape(response.get_data(as_text=True))


def add_people(count: int, prefix: str = "Person", manager: Person | None = None) -> None:
    """Many people in one commit: the factories commit one by one, too slow for hundreds."""
    db.session.add_all(
        Person(
            name=f"{prefix} {i:03d}",
            email=f"{prefix.lower()}{i:03d}@example.com",
            manager=manager,
        )
        for i in range(count)
    )
    db.session.commit()


def names_on(page: str) -> list[str]:
    return re.findall(r'<td class="name"><a href="/admin/people/\d+/edit">([^<]*)</a>', page)


# The list


def test_list_shows_each_column(admin_client, admin):
    make_person(
        "dana@example.com",
        "Dana Doe",
        manager=admin,
        timezone="Europe/Berlin",
        away_until=date(2026, 12, 24),
        active=False,
    )
    page = admin_client.get("/admin/people").get_data(as_text=True)
    row = page[page.index("Dana Doe") :].split("</tr>")[0]
    assert "dana@example.com" in row
    assert "Ada Admin" in row  # the manager
    assert "Europe/Berlin" in row
    assert "2026-12-24" in row
    assert "<td>no</td>" in row
    person = db.session.scalar(select(Person).where(Person.email == "dana@example.com"))
    assert f'href="/admin/people/{person.id}/edit"' in row
    assert f'href="/admin/people/{person.id}/okrs"' in row
    assert 'href="/admin/people/new"' in page


@pytest.mark.parametrize("query", ["zelda", "ZELDA", "Zel", "ZQUEUE@EXAMPLE", "zqueue@"])
def test_search_finds_by_name_or_email_ignoring_case(admin_client, query):
    make_person("zqueue@example.com", "Zelda Queue")
    make_person("bob@example.com", "Bob Other")
    page = admin_client.get("/admin/people", query_string={"q": query}).get_data(as_text=True)
    assert names_on(page) == ["Zelda Queue"]


def test_search_treats_percent_literally(admin_client):
    make_person("bob@example.com", "Bob Other")
    page = admin_client.get("/admin/people?q=%25").get_data(as_text=True)
    assert names_on(page) == []
    assert "Nobody matches" in page


def test_pages_hold_fifty_people_and_link_onwards(admin_client):
    add_people(120)  # plus the admin: 121 people, 3 pages
    first = admin_client.get("/admin/people").get_data(as_text=True)
    assert len(names_on(first)) == 50
    assert names_on(first)[:2] == ["Ada Admin", "Person 000"]
    assert "page=2" in first
    second = admin_client.get("/admin/people?page=2").get_data(as_text=True)
    assert names_on(second)[0] == "Person 049"
    assert len(names_on(second)) == 50
    last = admin_client.get("/admin/people?page=3").get_data(as_text=True)
    assert names_on(last) == [f"Person {i:03d}" for i in range(99, 120)]
    assert "page=4" not in last


def test_pagination_keeps_the_search(admin_client):
    add_people(60, prefix="Match")
    add_people(60, prefix="Other")
    first = admin_client.get("/admin/people?q=match").get_data(as_text=True)
    assert "q=match" in first and "page=2" in first
    second = admin_client.get("/admin/people?q=match&page=2").get_data(as_text=True)
    assert names_on(second) == [f"Match {i:03d}" for i in range(50, 60)]


def test_page_beyond_the_end_is_empty_not_an_error(admin_client):
    response = admin_client.get("/admin/people?page=99")
    assert response.status_code == 200
    assert names_on(response.get_data(as_text=True)) == []


def test_list_query_count_does_not_grow_with_rows(admin_client, admin):
    def queries_for_page() -> int:
        db.session.expunge_all()  # as in production: nothing cached from earlier work
        with counted_statements() as statements:
            assert admin_client.get("/admin/people").status_code == 200
        return len(statements)

    boss = make_person("boss@example.com", "Boss")
    add_people(3, manager=boss)
    small = queries_for_page()
    for i in range(
        40
    ):  # forty managers, each with a report; sorted after them, so not loaded with the page
        manager = Person(name=f"Zed Manager {i:03d}", email=f"m{i}@example.com")
        db.session.add_all(
            [manager, Person(name=f"Report {i:03d}", email=f"r{i}@e.com", manager=manager)]
        )
    db.session.commit()
    assert queries_for_page() == small


def test_names_are_escaped(admin_client):
    make_person("x@example.com", XSS)
    page = admin_client.get("/admin/people").get_data(as_text=True)
    assert XSS not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# Creating


def test_new_person_form_offers_sorted_timezones_defaulting_to_utc(admin_client):
    page = admin_client.get("/admin/people/new").get_data(as_text=True)
    select_tz = re.search(r'<select[^>]*name="timezone".*?</select>', page, re.S).group(0)
    zones = re.findall(r'<option (?:selected )?value="([^"]+)"', select_tz)
    assert len(zones) > 300
    assert zones == sorted(zones)
    assert '<option selected value="UTC">' in page
    for name in ("name", "email", "manager_email", "timezone", "away_until"):
        assert f'name="{name}"' in page
    assert 'type="date"' not in page and 'placeholder="YYYY-MM-DD"' in page  # ISO dates
    assert '<datalist id="people-options"><option value="admin@example.com">' in page


def test_create_person(admin_client, admin):
    response = admin_client.post(
        "/admin/people/new",
        data={
            "name": "  Dana Doe ",
            "email": "Dana@Example.COM",
            "manager_email": "ADMIN@example.com",
            "timezone": "America/New_York",
            "away_until": "2026-12-01",
        },
    )
    assert response.status_code == 302
    assert response.location.startswith("/admin/people")
    person = db.session.scalar(select(Person).where(Person.email == "dana@example.com"))
    assert stored(person.id) == (
        "Dana Doe",
        "dana@example.com",
        admin.id,
        "America/New_York",
        date(2026, 12, 1),
        True,
    )
    page = admin_client.get(response.location).get_data(as_text=True)
    assert "Added Dana Doe" in page


def test_create_person_without_manager_or_away(admin_client):
    response = admin_client.post(
        "/admin/people/new",
        data={"name": "Eve", "email": "eve@example.com", "manager_email": "", "timezone": "UTC"},
    )
    assert response.status_code == 302
    eve = db.session.scalar(select(Person).where(Person.email == "eve@example.com"))
    assert stored(eve.id)[2:5] == (None, "UTC", None)


GOOD = {"name": "Dana", "email": "dana@example.com", "manager_email": "", "timezone": "UTC"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"email": "not-an-email"}, "'not-an-email' is not an email address"),
        ({"email": ""}, "an email address is required"),
        ({"email": "ADMIN@example.com"}, "a person with email admin@example.com already exists"),
        (
            {"manager_email": "ghost@example.com"},
            "no person with email ghost@example.com to be the manager",
        ),
        ({"manager_email": "ghost"}, "nobody active is named ghost; type their email"),
        ({"timezone": "Mars/Olympus"}, "'Mars/Olympus' is not an IANA timezone"),
        ({"name": ""}, "the name is required"),
        ({"name": "   "}, "the name is required"),
        ({"name": "Dana\nBcc: everyone@example.com"}, "the name must be one line"),
        ({"name": "D" * 201}, "the name is longer than 200 characters"),
        ({"away_until": "next week"}, "'next week' is not a date; write it as YYYY-MM-DD"),
    ],
)
def test_create_refuses_bad_input_with_its_message(admin_client, admin, change, message):
    before = people_count()
    response = admin_client.post("/admin/people/new", data={**GOOD, **change})
    assert response.status_code == 400
    page = text_of(response)
    assert message in page
    # The message sits next to the field it is about.
    field = next(iter(change))
    label = page[page.index(f'name="{field}"') :].split("</label>")[0]
    assert message in label
    assert people_count() == before


def test_create_keeps_what_was_typed_after_a_refusal(admin_client, admin):
    response = admin_client.post(
        "/admin/people/new", data={**GOOD, "email": "dup", "name": "Typed Name"}
    )
    assert response.status_code == 400
    assert 'value="Typed Name"' in response.get_data(as_text=True)


# Editing


@pytest.fixture
def team(app, admin) -> dict[str, Person]:
    """admin → lead → dev: a small chain to try cycles on."""
    lead = make_person("lead@example.com", "Lee Lead", manager=admin)
    dev = make_person("dev@example.com", "Dev Eloper", manager=lead, timezone="Asia/Tokyo")
    return {"admin": admin, "lead": lead, "dev": dev}


def test_edit_form_shows_current_values(admin_client, team):
    dev = team["dev"]
    dev.away_until = date(2026, 12, 3)
    db.session.commit()
    page = admin_client.get(f"/admin/people/{dev.id}/edit").get_data(as_text=True)
    assert 'value="Dev Eloper"' in page
    assert 'value="dev@example.com"' in page
    assert 'value="lead@example.com"' in page
    assert '<option selected value="Asia/Tokyo">' in page
    assert 'value="2026-12-03"' in page


def test_edit_person_changes_the_database(admin_client, team):
    dev = team["dev"]
    response = admin_client.post(
        f"/admin/people/{dev.id}/edit",
        data={
            "name": "Devon New",
            "email": "devon@example.com",
            "manager_email": "admin@example.com",
            "timezone": "Europe/Paris",
            "away_until": "2026-12-20",
        },
    )
    assert response.status_code == 302
    assert stored(dev.id) == (
        "Devon New",
        "devon@example.com",
        team["admin"].id,
        "Europe/Paris",
        date(2026, 12, 20),
        True,
    )
    assert "Saved Devon New" in admin_client.get(response.location).get_data(as_text=True)


def test_edit_person_empty_manager_removes_the_manager(admin_client, team):
    dev = team["dev"]
    data = {"name": "Dev", "email": "dev@example.com", "manager_email": "", "timezone": "UTC"}
    assert admin_client.post(f"/admin/people/{dev.id}/edit", data=data).status_code == 302
    assert stored(dev.id).manager_id is None


def test_edit_person_may_keep_their_own_email(admin_client, team):
    lead = team["lead"]
    data = {"name": "Lee", "email": "LEAD@example.com", "manager_email": "", "timezone": "UTC"}
    assert admin_client.post(f"/admin/people/{lead.id}/edit", data=data).status_code == 302
    assert stored(lead.id).name == "Lee"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"email": "dev@"}, "'dev@' is not an email address"),
        ({"email": "dev@example.com"}, "a person with email dev@example.com already exists"),
        (
            {"manager_email": "ghost@example.com"},
            "no person with email ghost@example.com to be the manager",
        ),
        (
            {"manager_email": "dev@example.com"},
            "dev@example.com cannot be the manager of lead@example.com: "
            "dev@example.com reports to lead@example.com",
        ),
        (
            {"manager_email": "lead@example.com"},
            "lead@example.com cannot be the manager of lead@example.com",
        ),
        ({"timezone": "Europe/Atlantis"}, "'Europe/Atlantis' is not an IANA timezone"),
        ({"name": ""}, "the name is required"),
        ({"name": "Lee\r\nLead"}, "the name must be one line"),
        ({"away_until": "2026-13-01"}, "'2026-13-01' is not a date"),
    ],
)
def test_edit_refuses_bad_input_and_changes_nothing(admin_client, team, change, message):
    lead = team["lead"]
    before = stored(lead.id)
    data = {
        "name": "Changed Name",
        "email": "changed@example.com",
        "manager_email": "admin@example.com",
        "timezone": "Europe/Rome",
        "away_until": "2026-12-31",
        **change,
    }
    response = admin_client.post(f"/admin/people/{lead.id}/edit", data=data)
    assert response.status_code == 400
    page = text_of(response)
    field = next(iter(change))
    label = page[page.index(f'name="{field}"') :].split("</label>")[0]
    assert message in label
    assert stored(lead.id) == before


def test_edit_page_title_is_escaped(admin_client):
    person = make_person("x@example.com", XSS)
    page = admin_client.get(f"/admin/people/{person.id}/edit").get_data(as_text=True)
    assert XSS not in page
    assert "Edit &lt;script&gt;alert(1)&lt;/script&gt;" in page


# Deactivating


def test_deactivate_and_activate(admin_client, team):
    dev = team["dev"]
    response = admin_client.post(f"/admin/people/{dev.id}/deactivate")
    assert response.status_code == 302
    assert stored(dev.id).active is False
    page = admin_client.get(response.location).get_data(as_text=True)
    assert "Deactivated Dev Eloper" in page
    assert f'action="/admin/people/{dev.id}/activate"' in page

    assert admin_client.post(f"/admin/people/{dev.id}/activate").status_code == 302
    assert stored(dev.id).active is True


def test_admin_cannot_deactivate_themselves(admin_client, admin):
    response = admin_client.post(f"/admin/people/{admin.id}/deactivate", follow_redirects=True)
    assert "cannot deactivate yourself" in response.get_data(as_text=True)
    assert stored(admin.id).active is True


def test_deactivate_is_post_only(admin_client, team):
    assert admin_client.get(f"/admin/people/{team['dev'].id}/deactivate").status_code == 405
    assert stored(team["dev"].id).active is True


def test_other_addresses_are_kept_and_checked(admin_client):
    from okr.models import PersonAlias
    from okr.services import people
    from tests.conftest import make_person

    dana = make_person("dana@example.com", "Dana")
    make_person("eli@example.com", "Eli")
    form = {"name": "Dana", "email": "dana@example.com", "timezone": "UTC", "digest_depth": "3"}
    ok = admin_client.post(
        f"/admin/people/{dana.id}/edit", data=form | {"aliases": "Dana@Home.example\n"}
    )
    assert ok.status_code == 302
    assert people.aliases_of(dana) == ["dana@home.example"]
    taken = admin_client.post(
        f"/admin/people/{dana.id}/edit", data=form | {"aliases": "eli@example.com"}
    )
    assert taken.status_code == 400
    assert "eli@example.com is the address of Eli" in taken.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(PersonAlias.id))) == 1
    with pytest.raises(InvalidInput, match="another address of Dana"):
        people.create(email="dana@home.example", name="Impostor")
