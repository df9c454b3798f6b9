"""Creating and changing people while keeping the org chart a tree."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, delete, func, or_, select

from .. import orgtree
from ..errors import InvalidInput
from ..extensions import db
from ..models import Person, PersonAlias
from . import validate


def by_email(address: str) -> Person | None:
    """The person an address names, however it is spelled (an internationalised domain in
    Unicode or in its ASCII form, any case)."""
    spellings = validate.email_spellings(address)
    if not spellings:
        return None
    return db.session.scalar(select(Person).where(Person.email.in_(spellings)).limit(1))


def existing(raw: str | None, field: str = "email") -> Person:
    """The person an address names, for handing them work: an unknown address is refused."""
    address = validate.email(raw, field)
    person = by_email(address)
    if person is None:
        raise InvalidInput(f"no person with email {address}", field)
    return person


def search(query: str = "") -> Select[Person]:
    """People matching a name or email fragment, for the admin list."""
    stmt = select(Person).order_by(func.lower(Person.name), Person.id)
    term = query.strip().lower()
    if term:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
        stmt = stmt.where(
            or_(
                func.lower(Person.name).like(like, escape="\\"),
                Person.email.like(like, escape="\\"),
            )
        )
    return stmt


def _not_an_alias(address: str, person_id: int | None) -> None:
    alias = db.session.scalar(select(PersonAlias).where(PersonAlias.email == address))
    if alias is not None and alias.person_id != person_id:
        raise InvalidInput(f"{address} is another address of {alias.person.name}", "email")


def _manager(manager_email: str | None) -> Person | None:
    if not manager_email or not manager_email.strip():
        return None
    address = validate.email(manager_email, "manager_email")
    manager = by_email(address)
    if manager is None:
        raise InvalidInput(f"no person with email {address} to be the manager", "manager_email")
    return manager


def create(
    email: str,
    name: str,
    manager_email: str | None = None,
    timezone: str | None = None,
    away_until: date | None = None,
) -> Person:
    """Add a person; the caller commits."""
    address = validate.email(email)
    if by_email(address) is not None:
        raise InvalidInput(f"a person with email {address} already exists", "email")
    _not_an_alias(address, None)
    person = Person(
        email=address,
        name=validate.line(name, "name", "the name"),
        manager=_manager(manager_email),
        timezone=validate.timezone(timezone),
        away_until=away_until,
    )
    db.session.add(person)
    db.session.flush()
    return person


def update(
    person: Person,
    *,
    name: str,
    email: str,
    manager_email: str | None,
    timezone: str | None,
    away_until: date | None,
    active: bool | None = None,
) -> Person:
    """Change a person; refuses a manager that would put them under themselves."""
    address = validate.email(email)
    other = by_email(address)
    if other is not None and other.id != person.id:
        raise InvalidInput(f"a person with email {address} already exists", "email")
    _not_an_alias(address, person.id)
    manager = _manager(manager_email)
    if manager is not None and orgtree.would_cycle(person.id, manager.id):
        raise InvalidInput(
            f"{manager.email} cannot be the manager of {person.email}: "
            f"{manager.email} reports to {person.email}, directly or through others",
            "manager_email",
        )
    person.email = address
    person.name = validate.line(name, "name", "the name")
    person.manager = manager
    person.timezone = validate.timezone(timezone)
    person.away_until = away_until
    if active is not None:
        person.active = active
    db.session.flush()
    return person


def set_active(person: Person, active: bool) -> None:
    if person.active and not active:
        person.end_sessions()  # reactivated later, no old session comes back to life
    person.active = active
    db.session.flush()


def aliases_of(person: Person) -> list[str]:
    return list(
        db.session.scalars(
            select(PersonAlias.email)
            .where(PersonAlias.person_id == person.id)
            .order_by(PersonAlias.email)
        )
    )


def set_aliases(person: Person, text: str | None) -> list[str]:
    """Other addresses a person replies from (one per line); each belongs to one person."""
    wanted: list[str] = []
    for line in (text or "").replace(",", "\n").splitlines():
        if line.strip():
            address = validate.email(line, "aliases")
            if address != person.email and address not in wanted:
                wanted.append(address)
    for address in wanted:
        owner = by_email(address)
        if owner is not None:
            raise InvalidInput(f"{address} is the address of {owner.name}", "aliases")
        other = db.session.scalar(
            select(PersonAlias).where(
                PersonAlias.email == address, PersonAlias.person_id != person.id
            )
        )
        if other is not None:
            raise InvalidInput(f"{address} is already another address of someone else", "aliases")
    db.session.execute(delete(PersonAlias).where(PersonAlias.person_id == person.id))
    db.session.add_all(PersonAlias(person=person, email=address) for address in wanted)
    db.session.flush()
    return wanted
