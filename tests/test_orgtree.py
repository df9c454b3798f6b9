"""Org-chart queries: right answers at every depth, and one statement whatever the size."""

from __future__ import annotations

from sqlalchemy import insert

from okr import orgtree
from okr.extensions import db
from okr.models import Person
from tests.conftest import NOW, counted_statements, make_person


def small_tree() -> dict[str, Person]:
    """ceo > vp > lead > dev, plus a second vp with no reports."""
    ceo = make_person("ceo@example.com")
    vp = make_person("vp@example.com", manager=ceo)
    other_vp = make_person("vp2@example.com", manager=ceo)
    lead = make_person("lead@example.com", manager=vp)
    dev = make_person("dev@example.com", manager=lead)
    return {"ceo": ceo, "vp": vp, "vp2": other_vp, "lead": lead, "dev": dev}


def test_subtree_levels_and_depth_limits(app):
    t = small_tree()
    ids = {person.id: name for name, person in t.items()}
    full = {(ids[pid], level) for pid, level in orgtree.subtree(t["ceo"].id)}
    assert full == {("vp", 1), ("vp2", 1), ("lead", 2), ("dev", 3)}
    assert {ids[p] for p, _ in orgtree.subtree(t["ceo"].id, depth=1)} == {"vp", "vp2"}
    assert {ids[p] for p, _ in orgtree.subtree(t["ceo"].id, depth=2)} == {"vp", "vp2", "lead"}
    under_vp = {(ids[p], level) for p, level in orgtree.subtree(t["vp"].id)}
    assert under_vp == {("lead", 1), ("dev", 2)}
    assert orgtree.subtree(t["dev"].id) == []


def test_chain_above_is_nearest_manager_first(app):
    t = small_tree()
    assert [p.email for p in orgtree.chain_above(t["dev"].id)] == [
        "lead@example.com",
        "vp@example.com",
        "ceo@example.com",
    ]
    assert orgtree.chain_above(t["ceo"].id) == []


def test_would_cycle_catches_self_direct_and_deep_loops(app):
    t = small_tree()
    assert orgtree.would_cycle(t["vp"].id, t["vp"].id)  # self
    assert orgtree.would_cycle(t["vp"].id, t["lead"].id)  # a direct report as manager
    assert orgtree.would_cycle(t["ceo"].id, t["dev"].id)  # three levels down
    assert not orgtree.would_cycle(t["dev"].id, t["vp2"].id)  # a move sideways
    assert not orgtree.would_cycle(t["lead"].id, t["ceo"].id)  # a move up
    assert not orgtree.would_cycle(t["ceo"].id, None)


# 8 levels, 10,000 people: level sizes sum to 10,000.
LEVELS = [1, 5, 25, 125, 600, 1500, 3000, 4744]


def big_tree_rows() -> list[dict]:
    """Person rows level by level, each spread round-robin over the level above."""
    rows: list[dict] = []
    above: list[int] = []
    next_id = 1
    for size in LEVELS:
        level = list(range(next_id, next_id + size))
        for index, pid in enumerate(level):
            rows.append(
                {
                    "id": pid,
                    "email": f"p{pid}@example.com",
                    "name": f"Person {pid}",
                    "manager_id": above[index % len(above)] if above else None,
                    "timezone": "UTC",
                    "active": True,
                    "is_admin": False,
                    "created_at": NOW,
                }
            )
        above = level
        next_id += size
    return rows


def test_subtree_of_ten_thousand_people_is_one_statement(app):
    rows = big_tree_rows()
    assert len(rows) == 10_000
    db.session.execute(insert(Person), rows)
    db.session.commit()
    with counted_statements() as statements:
        everyone = orgtree.subtree(1)
    assert len(statements) == 1
    assert len(everyone) == 9_999
    levels = [level for _, level in everyone]
    assert max(levels) == 7
    assert levels.count(7) == LEVELS[7]
    with counted_statements() as statements:
        top = orgtree.subtree(1, depth=3)
    assert len(statements) == 1
    assert len(top) == sum(LEVELS[1:4])
    # A leaf deep down sees all seven managers above it.
    assert [p.id for p in orgtree.chain_above(10_000)][-1] == 1
    assert len(orgtree.chain_above(10_000)) == 7
