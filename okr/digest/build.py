"""Build digests: one manager's (`build`), some managers' (`build_for`, the Friday send),
or every manager's (`build_all`), in batches that share their reads.

The number of SQL statements does not depend on the size of the organisation:

- the org chart (id, manager, name, email, active, away, depth), once: everyone, or the
  wanted managers and everyone under them (`org.py`);
- key results silent for two weeks or more, once: they may escalate past a depth setting;
- per batch of managers, six set-based statements (`loaders.py`): key results (with the
  ones their organisations depend on), the weekly history, moved due dates, the questions
  and thanks per key result, the managers' open questions, and the dependencies of their
  organisations; at a quarter's last digest week a seventh, the lessons of the quarter's
  misses (`services/lessons.py`).

`build` is a batch of one: eight statements. `build_for` and `build_all` are two plus
six per batch, and hold only the org chart, the escalations and one batch's key results
at a time. Each digest is then put together from its batch in memory (`assemble.py`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime

from sqlalchemy import Row, Select, func, or_, select

from ..extensions import db
from ..models import CheckIn, KeyResult, KRState
from . import signals as rules
from .assemble import digest
from .loaders import load_batch
from .model import Digest
from .org import Org, org_chart, under
from .week import Week, aware

DEFAULT_BATCH = 200


# Escalation: silence travels up past the depth setting, one level per silent week


def _silent_candidates(
    wk: Week, seeds: list[int] | None = None
) -> Select[int, int, datetime, str | None]:
    """Open key results without a report this week and last, with their last reported week."""
    last = (
        select(func.max(CheckIn.week))
        .where(CheckIn.key_result_id == KeyResult.id, CheckIn.week <= wk.week)
        .correlate(KeyResult)
        .scalar_subquery()
    )
    recent = (
        select(CheckIn.id)
        .where(CheckIn.key_result_id == KeyResult.id, CheckIn.week.in_([wk.previous, wk.week]))
        .correlate(KeyResult)
        .exists()
    )
    stmt = select(KeyResult.id, KeyResult.owner_id, KeyResult.created_at, last).where(
        KeyResult.created_at <= wk.previous_end,
        or_(KeyResult.state == KRState.ACTIVE, KeyResult.closed_at > wk.end),
        ~recent,
    )
    if seeds is not None:
        stmt = stmt.where(KeyResult.owner_id.in_(under(seeds)))
    return stmt


def _escalations(
    org: Org, rows: Iterable[Row[int, int, datetime, str | None]], wk: Week, wanted: set[int]
) -> dict[int, list[int]]:
    """manager id -> key results silent at least as many weeks as they are levels below,
    deeper than the manager's depth (within it they are in the digest anyway)."""
    found: dict[int, list[int]] = defaultdict(list)
    for kr_id, owner_id, created_at, last_week in rows:
        owner = org.people.get(owner_id)
        if owner is None or wk.away(owner.away_until):
            continue  # away is not silence
        silent = rules.silent_streak(last_week, aware(created_at), wk.week)
        for manager_id, level in org.ancestors(owner_id):
            if level > silent:
                break
            if manager_id in wanted and level > org.depth(manager_id):
                found[manager_id].append(kr_id)
    return found


def _stream(
    org: Org,
    wk: Week,
    managers: list[int],
    candidates: Select[int, int, datetime, str | None],
    batch: int,
) -> Iterator[Digest]:
    if batch < 1:
        raise ValueError("batch must be at least 1")
    if not managers:
        return
    escalations = _escalations(org, db.session.execute(candidates), wk, set(managers))
    for start in range(0, len(managers), batch):
        ids = managers[start : start + batch]
        escalated = sorted({kr_id for m in ids for kr_id in escalations.get(m, ())})
        loaded = load_batch(org, wk, ids, escalated)
        for manager_id in ids:
            yield digest(org, wk, manager_id, loaded, escalations.get(manager_id, []))


# The API


def build(manager_id: int, week: str) -> Digest:
    """One manager's digest for `week`, to their own depth setting: eight statements."""
    for found in build_for([manager_id], week):
        return found
    raise LookupError(f"no person with id {manager_id}")


def build_for(manager_ids: list[int], week: str, batch: int = DEFAULT_BATCH) -> Iterator[Digest]:
    """These managers' digests, in the order given (ids of nobody are left out): two
    statements, then six per `batch` managers. The Friday send builds each batch of its
    outbox rows with this."""
    wk = Week.of(week)
    seeds = list(dict.fromkeys(manager_ids))
    org = org_chart(seeds)
    wanted = [m for m in seeds if m in org.people]
    yield from _stream(org, wk, wanted, _silent_candidates(wk, seeds), batch)


def build_all(week: str, batch: int = DEFAULT_BATCH) -> Iterator[Digest]:
    """Every active manager's digest, `batch` managers per load: 2 + 6 per batch statements.

    Managers come in depth-first order of the org chart. Each batch is read completely
    before its digests are yielded, so the caller may use the session between them.
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    wk = Week.of(week)
    org = org_chart()
    yield from _stream(org, wk, org.managers(), _silent_candidates(wk), batch)
