"""Dependencies between key results, and who watches which: the edges, the rules that keep
them sensible (no loop, no self, no unknown ref, only what the person may act on), and the
lists the pages and `okr status --json` show.

Every door (the admin page, the CSV import, replies) goes through these rules, so a refusal
reads the same everywhere and names the refs involved.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from sqlalchemy import delete, insert, select

from .. import orgtree
from ..errors import InvalidInput
from ..extensions import db
from ..models import ChangeSource, Dependency, KeyResult, KRState, Person, Watch

# `#12`, `12`, `# 12`, `KR 12`, `KR-12`: the spellings replies accept for a reference.
_REF = re.compile(r"^(?:#\s*|kr[\s-]*)?(\d{1,9})$", re.IGNORECASE | re.ASCII)
_SEPARATORS = re.compile(r"[\s,;]+")


def parse_ref(text: str, field: str = "ref") -> int:
    """The key result id a reference names (`#12` -> 12); InvalidInput for anything else."""
    match = _REF.match((text or "").strip())
    if not match:
        shown = (text or "").strip()[:40]
        raise InvalidInput(f"{shown!r} is not a key result reference; write it as #12", field)
    return int(match.group(1))


def parse_refs(text: str | None, field: str = "depends_on") -> list[int]:
    """Ids of a list of references (`#12 #15`, `#12, #15`, `12;15`), in order, once each."""
    ids: list[int] = []
    for part in _SEPARATORS.split((text or "").strip()):
        if part and (kr_id := parse_ref(part, field)) not in ids:
            ids.append(kr_id)
    return ids


def refs_text(ids: Iterable[int]) -> str:
    """`#12 #15`: how a list of dependencies is written in the CSV and on the pages."""
    return " ".join(f"#{kr_id}" for kr_id in sorted(ids))


def key_result(ref: str | int, field: str = "ref") -> KeyResult:
    """The key result a reference names; InvalidInput naming the ref when there is none."""
    kr_id = ref if isinstance(ref, int) else parse_ref(ref, field)
    kr = db.session.get(KeyResult, kr_id)
    if kr is None:
        raise InvalidInput(f"#{kr_id} is not a key result", field)
    return kr


def may_change(person: Person, kr: KeyResult) -> bool:
    """Who may say what a key result depends on: its owner, the owner of its objective,
    and the managers above its owner (an admin acts through the admin page or the CSV)."""
    if person.id in (kr.owner_id, kr.objective.owner_id):
        return True
    return any(manager.id == person.id for manager in orgtree.chain_above(kr.owner_id))


# The graph


def graph() -> dict[int, set[int]]:
    """Every edge, key result id -> ids it depends on: small enough to hold (a handful per
    key result), and a loop can only be judged on the whole of it."""
    edges: dict[int, set[int]] = defaultdict(set)
    for kr_id, on_id in db.session.execute(
        select(Dependency.key_result_id, Dependency.depends_on_id)
    ):
        edges[kr_id].add(on_id)
    return edges


def find_path(edges: Mapping[int, Iterable[int]], start: int, goal: int) -> list[int] | None:
    """A shortest chain start -> ... -> goal along the edges, or None; pure, for the tests."""
    if start == goal:
        return [start]
    came_from: dict[int, int] = {start: start}
    frontier = [start]
    while frontier:
        following: list[int] = []
        for node in frontier:
            for step in sorted(edges.get(node, ())):
                if step in came_from:
                    continue
                came_from[step] = node
                if step == goal:
                    path = [goal]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return path[::-1]
                following.append(step)
        frontier = following
    return None


def find_loop(edges: Mapping[int, Iterable[int]], nodes: Iterable[int]) -> list[int] | None:
    """A loop through any of `nodes`, as `[a, b, ..., a]`, or None; pure."""
    for node in sorted(nodes):
        for step in sorted(edges.get(node, ())):
            path = find_path(edges, step, node)
            if path is not None:
                return [node, *path]
    return None


def loop_text(loop: list[int]) -> str:
    return " → ".join(f"#{kr_id}" for kr_id in loop)


# Changing dependencies


def add(
    kr: KeyResult,
    on: KeyResult,
    *,
    source: ChangeSource,
    author: Person | None = None,
    acting: Person | None = None,
) -> bool:
    """Make `kr` depend on `on`; False when it already does. `acting`: the person whose
    rights are checked (a reply's sender), None for an admin. Refused, with the refs: a
    key result on itself, a loop, a new dependency on a dropped key result."""
    if acting is not None and not may_change(acting, kr):
        raise InvalidInput(
            f"you may not change what {kr.ref} depends on: it is {kr.owner.name}'s", "depends_on"
        )
    if on.id == kr.id:
        raise InvalidInput(f"{kr.ref} cannot depend on itself", "depends_on")
    existing = db.session.get(Dependency, (kr.id, on.id))
    if existing is not None:
        return False
    if on.state == KRState.DROPPED:
        raise InvalidInput(
            f"{on.ref} was dropped ({on.drop_reason}); {kr.ref} cannot depend on it",
            "depends_on",
        )
    path = find_path(graph(), on.id, kr.id)
    if path is not None:
        raise InvalidInput(
            f"{kr.ref} cannot depend on {on.ref}: that would make a loop "
            f"{loop_text([kr.id, *path])}",
            "depends_on",
        )
    db.session.add(
        Dependency(
            key_result_id=kr.id,
            depends_on_id=on.id,
            source=source,
            author_id=author.id if author else None,
        )
    )
    db.session.flush()
    return True


def remove(kr: KeyResult, on: KeyResult, *, acting: Person | None = None) -> bool:
    """`kr` no longer depends on `on`; False when it did not."""
    if acting is not None and not may_change(acting, kr):
        raise InvalidInput(
            f"you may not change what {kr.ref} depends on: it is {kr.owner.name}'s", "depends_on"
        )
    existing = db.session.get(Dependency, (kr.id, on.id))
    if existing is None:
        return False
    db.session.delete(existing)
    db.session.flush()
    return True


def watch(person: Person, kr: KeyResult) -> bool:
    """Anyone may watch any key result (goals are public inside the company); False when
    they already do. A closed one has nothing more to say, so it is refused."""
    if kr.state != KRState.ACTIVE:
        raise InvalidInput(f"{kr.ref} is {kr.state.value}; there is nothing more to watch", "ref")
    if db.session.get(Watch, (person.id, kr.id)) is not None:
        return False
    db.session.add(Watch(person_id=person.id, key_result_id=kr.id))
    db.session.flush()
    return True


def unwatch(person: Person, kr: KeyResult) -> bool:
    """Stop watching; False when they did not watch it."""
    existing = db.session.get(Watch, (person.id, kr.id))
    if existing is None:
        return False
    db.session.delete(existing)
    db.session.flush()
    return True


# Reading


def depends_on(kr: KeyResult) -> list[KeyResult]:
    """What `kr` needs, by ref."""
    return list(
        db.session.scalars(
            select(KeyResult)
            .join(Dependency, Dependency.depends_on_id == KeyResult.id)
            .where(Dependency.key_result_id == kr.id)
            .order_by(KeyResult.id)
        )
    )


def dependents(kr: KeyResult) -> list[KeyResult]:
    """What needs `kr`, by ref."""
    return list(
        db.session.scalars(
            select(KeyResult)
            .join(Dependency, Dependency.key_result_id == KeyResult.id)
            .where(Dependency.depends_on_id == kr.id)
            .order_by(KeyResult.id)
        )
    )


def watchers(kr: KeyResult) -> list[Person]:
    return list(
        db.session.scalars(
            select(Person)
            .join(Watch, Watch.person_id == Person.id)
            .where(Watch.key_result_id == kr.id)
            .order_by(Person.email)
        )
    )


def is_watching(person: Person, kr: KeyResult) -> bool:
    return db.session.get(Watch, (person.id, kr.id)) is not None


def refs_of(kr_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Key result id -> the refs it depends on, in id order; one query (`None`: all)."""
    stmt = select(Dependency.key_result_id, Dependency.depends_on_id).order_by(
        Dependency.key_result_id, Dependency.depends_on_id
    )
    if kr_ids is not None:
        stmt = stmt.where(Dependency.key_result_id.in_(list(kr_ids)))
    found: dict[int, list[str]] = defaultdict(list)
    for kr_id, on_id in db.session.execute(stmt):
        found[kr_id].append(f"#{on_id}")
    return found


def watcher_emails(kr_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Key result id -> the addresses of its watchers, sorted; one query (`None`: all)."""
    stmt = (
        select(Watch.key_result_id, Person.email)
        .join(Person, Person.id == Watch.person_id)
        .order_by(Watch.key_result_id, Person.email)
    )
    if kr_ids is not None:
        stmt = stmt.where(Watch.key_result_id.in_(list(kr_ids)))
    found: dict[int, list[str]] = defaultdict(list)
    for kr_id, email in db.session.execute(stmt):
        found[kr_id].append(email)
    return found


def replace_all(kr_id: int, on_ids: Iterable[int], source: ChangeSource) -> None:
    """Set a key result's dependencies to exactly `on_ids`, checked beforehand (the CSV
    import checks a whole file, loops included, before writing any of it)."""
    db.session.execute(delete(Dependency).where(Dependency.key_result_id == kr_id))
    rows = [
        {"key_result_id": kr_id, "depends_on_id": on_id, "source": source}
        for on_id in sorted(set(on_ids))
    ]
    if rows:
        db.session.execute(insert(Dependency), rows)
