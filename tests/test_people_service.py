"""People rules: unique case-insensitive email, valid timezone, and an org chart without loops."""

from __future__ import annotations

import pytest

from okr.errors import InvalidInput
from okr.extensions import db
from okr.models import Person
from okr.services import people
from tests.conftest import make_person


def _update(person: Person, **changes) -> Person:
    fields = {
        "name": person.name,
        "email": person.email,
        "manager_email": person.manager.email if person.manager else None,
        "timezone": person.timezone,
        "away_until": person.away_until,
    }
    fields.update(changes)
    return people.update(person, **fields)


def test_email_is_stored_lower_case_and_unique_ignoring_case(app):
    make_person("Dana@Example.COM")
    assert people.by_email("dana@example.com") is not None
    with pytest.raises(InvalidInput, match="already exists"):
        people.create(email="DANA@example.com", name="Another Dana")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "not-an-address"}, "is not an email address"),
        ({"email": ""}, "an email address is required"),
        ({"name": ""}, "the name is required"),
        ({"name": "Dana\nBcc: everyone@example.com"}, "one line"),
        ({"timezone": "Mars/Olympus"}, "is not an IANA timezone"),
        ({"timezone": "../../etc/passwd"}, "is not an IANA timezone"),
        ({"manager_email": "ghost@example.com"}, "no person with email ghost@example.com"),
    ],
)
def test_bad_person_fields_are_refused_with_the_reason(app, fields, message):
    values = {"email": "new@example.com", "name": "New Person"} | fields
    with pytest.raises(InvalidInput, match=message):
        people.create(**values)
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(Person.id))) == 0


def test_a_person_cannot_manage_themselves(app):
    dana = make_person("dana@example.com")
    with pytest.raises(InvalidInput, match="cannot be the manager"):
        _update(dana, manager_email="dana@example.com")


def test_a_manager_chain_cannot_loop(app):
    ceo = make_person("ceo@example.com")
    vp = make_person("vp@example.com", manager=ceo)
    lead = make_person("lead@example.com", manager=vp)
    make_person("ic@example.com", manager=lead)
    with pytest.raises(InvalidInput, match="ic@example.com reports to ceo@example.com"):
        _update(ceo, manager_email="ic@example.com")
    db.session.rollback()
    assert db.session.get(Person, ceo.id).manager_id is None


def test_moving_a_person_within_the_tree_is_allowed(app):
    ceo = make_person("ceo@example.com")
    a = make_person("a@example.com", manager=ceo)
    b = make_person("b@example.com", manager=ceo)
    _update(b, manager_email=a.email)
    db.session.commit()
    assert db.session.get(Person, b.id).manager_id == a.id


def test_changing_email_to_another_persons_is_refused(app):
    make_person("a@example.com")
    b = make_person("b@example.com")
    with pytest.raises(InvalidInput, match="already exists"):
        _update(b, email="A@example.com")


def test_search_matches_name_or_email_and_escapes_wildcards(app):
    make_person("dana@example.com", "Dana Scully")
    make_person("fox@example.com", "Fox Mulder")
    make_person("under_score@example.com", "Walter")
    names = lambda q: [p.name for p in db.session.scalars(people.search(q))]  # noqa: E731
    assert names("SCULLY") == ["Dana Scully"]
    assert names("fox@") == ["Fox Mulder"]
    assert names("_") == ["Walter"]
    assert names("%") == []
