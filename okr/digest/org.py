"""The org chart, held in memory as plain tuples: who is under whom, to which depth."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, literal, select
from sqlalchemy.orm import aliased

from ..extensions import db
from ..models import Person
from ..orgtree import MAX_DEPTH


@dataclass(frozen=True)
class Node:
    id: int
    manager_id: int | None
    name: str
    email: str
    active: bool
    away_until: date | None
    digest_depth: int | None


class Org:
    def __init__(self, nodes: Iterable[Node]) -> None:
        self.people = {node.id: node for node in nodes}
        self.children: dict[int, list[int]] = defaultdict(list)
        for node in sorted(self.people.values(), key=_by_name):
            if node.manager_id in self.people and node.manager_id != node.id:
                self.children[node.manager_id].append(node.id)

    def depth(self, person_id: int) -> int:
        depth = self.people[person_id].digest_depth
        return MAX_DEPTH if depth is None else min(max(depth, 1), MAX_DEPTH)

    def covered(self, manager_id: int) -> dict[int, tuple[int, int]]:
        """person id -> (level, direct report above them) within the manager's depth."""
        limit = self.depth(manager_id)
        found: dict[int, tuple[int, int]] = {}
        frontier = [(child, child) for child in self.children.get(manager_id, ())]
        level = 1
        while frontier and level <= limit:
            following: list[tuple[int, int]] = []
            for person, branch in frontier:
                if person in found or person == manager_id:
                    continue  # a cycle typed in by hand
                found[person] = (level, branch)
                following.extend((child, branch) for child in self.children.get(person, ()))
            frontier, level = following, level + 1
        return found

    def organisation(self, manager_id: int) -> set[int]:
        """The manager and everyone under them, at any depth (whatever their digest's)."""
        found = {manager_id}
        frontier = [manager_id]
        for _ in range(MAX_DEPTH):
            frontier = [c for p in frontier for c in self.children.get(p, ()) if c not in found]
            if not frontier:
                break
            found.update(frontier)
        return found

    def path(self, manager_id: int, person_id: int) -> list[int] | None:
        """Ids from the manager's direct report down to the person; None if not under them."""
        path = [person_id]
        current = self.people[person_id].manager_id
        while current != manager_id:
            if current is None or current not in self.people or len(path) > MAX_DEPTH:
                return None
            path.append(current)
            current = self.people[current].manager_id
        path.reverse()
        return path

    def ancestors(self, person_id: int) -> Iterator[tuple[int, int]]:
        """(manager id, levels above) going up, nearest first."""
        current, level = self.people[person_id].manager_id, 1
        while current is not None and current in self.people and level <= MAX_DEPTH:
            yield current, level
            current, level = self.people[current].manager_id, level + 1

    def managers(self) -> list[int]:
        """Active people with an active report, in depth-first order of the chart.

        Neighbours in this order share most of their scope, so a batch loads little twice.
        """
        roots = [n.id for n in sorted(self.people.values(), key=_by_name) if n.manager_id is None]
        roots += [
            n.id
            for n in sorted(self.people.values(), key=_by_name)
            if n.manager_id is not None and n.manager_id not in self.people
        ]
        order, seen = [], set()
        stack = list(reversed(roots))
        while stack:
            person = stack.pop()
            if person in seen:
                continue
            seen.add(person)
            kids = self.children.get(person, [])
            if self.people[person].active and any(self.people[k].active for k in kids):
                order.append(person)
            stack.extend(reversed(kids))
        return order


def _by_name(node: Node) -> tuple[str, int]:
    return node.name.casefold(), node.id


def under(seeds: list[int]) -> Select[int]:
    """The seeds and everyone up to MAX_DEPTH levels under any of them: one recursive CTE."""
    tree = (
        select(Person.id.label("id"), literal(0).label("level"))
        .where(Person.id.in_(seeds))
        .cte("digest_chart", recursive=True)
    )
    child = aliased(Person)
    tree = tree.union_all(
        select(child.id, tree.c.level + 1).where(
            child.manager_id == tree.c.id, tree.c.level < MAX_DEPTH
        )
    )
    return select(tree.c.id)


def org_chart(seeds: list[int] | None = None) -> Org:
    """Everyone (`build_all`), or these managers and everyone under them: one statement."""
    stmt = select(
        Person.id,
        Person.manager_id,
        Person.name,
        Person.email,
        Person.active,
        Person.away_until,
        Person.digest_depth,
    )
    if seeds is not None:
        stmt = stmt.where(Person.id.in_(under(seeds)))
    return Org(Node(*row) for row in db.session.execute(stmt))
