"""Org-chart questions answered by recursive CTEs: one query, whatever the size of the tree."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, exists, literal, or_, select
from sqlalchemy.orm import aliased

from .extensions import db
from .models import Person

# A bound on recursion also protects against a cycle that slipped into the data by hand.
MAX_DEPTH = 64


def subtree_query(manager_id: int, depth: int | None = None, with_self: bool = False) -> Select:
    """(person_id, level) for everyone under `manager_id`, level 1 being direct reports;
    `with_self` adds the manager at level 0 (one IN then covers a whole organisation,
    which a planner handles better than `owner = manager OR owner IN (...)`)."""
    limit = min(depth, MAX_DEPTH) if depth is not None else MAX_DEPTH
    base = select(Person.id.label("id"), literal(0).label("level")).where(Person.id == manager_id)
    tree = base.cte("subtree", recursive=True)
    child = aliased(Person)
    tree = tree.union_all(
        select(child.id, tree.c.level + 1).where(
            child.manager_id == tree.c.id, tree.c.level < limit
        )
    )
    return select(tree.c.id, tree.c.level).where(tree.c.level >= (0 if with_self else 1))


def subtree(manager_id: int, depth: int | None = None) -> list[tuple[int, int]]:
    return [(row.id, row.level) for row in db.session.execute(subtree_query(manager_id, depth))]


def in_organisation(
    person_column: SQLColumnExpression[int], manager_id: int
) -> ColumnElement[bool]:
    """Whether `person_column` is someone in the manager's organisation, the manager
    included, as a condition for a larger statement.

    The person at the top, when nobody else lacks a manager, leads everyone: the condition
    is then true without the recursive walk (PostgreSQL cannot estimate a walk's size and
    plans the CEO's board of 10,000 people as if it were sixty: 100 ms against 74,
    `bench/board_latency.py`). Whether the manager is at the top comes from the signed-in
    user the request already loaded, so it costs no statement."""
    tree = subtree_query(manager_id, with_self=True).subquery()
    mine = person_column.in_(select(tree.c.id))
    manager = db.session.get(Person, manager_id)
    if manager is None or manager.manager_id is not None:
        return mine
    other = aliased(Person)
    return or_(~exists().where(other.manager_id.is_(None), other.id != manager_id), mine)


def organisation(manager_id: int) -> set[int]:
    """Everyone below the manager, at any depth: whose key results a manager may ask about
    or thank for (the digest's questions and thanks share this rule)."""
    return {person_id for person_id, _ in subtree(manager_id)}


def chain_above_query(person_id: int) -> Select:
    """(person_id, level) for the managers above `person_id`, level 1 being the direct manager."""
    start = aliased(Person)
    up = (
        select(start.manager_id.label("id"), literal(1).label("level"))
        .where(start.id == person_id, start.manager_id.is_not(None))
        .cte("chain", recursive=True)
    )
    step = aliased(Person)
    up = up.union_all(
        select(step.manager_id, up.c.level + 1).where(
            step.id == up.c.id, step.manager_id.is_not(None), up.c.level < MAX_DEPTH
        )
    )
    return select(up.c.id, up.c.level).order_by(up.c.level)


def chain_above(person_id: int) -> list[Person]:
    """Managers above a person, nearest first."""
    rows = db.session.execute(chain_above_query(person_id)).all()
    people = {
        p.id: p
        for p in db.session.scalars(select(Person).where(Person.id.in_([r.id for r in rows])))
    }
    return [people[r.id] for r in rows if r.id in people]


def would_cycle(person_id: int, new_manager_id: int | None) -> bool:
    """True when making `new_manager_id` the manager of `person_id` closes a loop."""
    if new_manager_id is None:
        return False
    if new_manager_id == person_id:
        return True
    above = {row.id for row in db.session.execute(chain_above_query(new_manager_id))}
    return person_id in above
