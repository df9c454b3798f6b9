"""One digest from a loaded batch: sections, headline, roll-up, record, quarter."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from statistics import median

from ..services import dependency_signals as told
from ..services import lessons
from ..services.lessons import LessonMix
from . import signals as rules
from .loaders import KR, Batch, Need
from .model import (
    STATUSES,
    Digest,
    EarlyWarning,
    GradeRow,
    Headline,
    Item,
    ManagerRecord,
    QuarterStats,
    RollupRow,
)
from .org import Org
from .verdicts import judge
from .week import Week

COUNTED = tuple(s for s in STATUSES if s != rules.NONE)  # what headline and roll-up count
_EPOCH = datetime.min.replace(tzinfo=UTC)


def _item(org: Org, wk: Week, kr: KR, path: list[int], chain: list[str], escalated: bool) -> Item:
    owner = org.people[kr.owner_id]
    closed = kr.status in rules.CLOSED
    verdict = judge(
        status=kr.status,
        weeks_in_red=kr.weeks_in_red,
        silent_weeks=kr.silent_weeks,
        warnings=kr.warnings,
        due=kr.due,
        reference=wk.reference,
    )
    return Item(
        kr_id=kr.id,
        ref=f"#{kr.id}",
        title=kr.title,
        objective=kr.objective,
        owner_id=owner.id,
        owner=owner.name,
        owner_email=owner.email,
        chain=list(chain),
        level=len(path),
        status=kr.status,
        due=kr.due,
        score=kr.score,
        note=kr.note,
        updated_at=kr.closed_at if closed else kr.reported_at,
        trend=list(kr.trend),
        weeks_in_red=kr.weeks_in_red,
        silent_weeks=kr.silent_weeks,
        raised_early=verdict.code == "raised_early",
        escalated=escalated,
        away_until=kr.away_until,
        drop_reason=kr.drop_reason if kr.status == "dropped" else None,
        warnings=list(kr.warnings),
        verdict=verdict.code,
        verdict_text=verdict.text,
        question=verdict.question,
    )


def _owner_key(item: Item) -> tuple[str, int, int]:
    return item.owner.casefold(), item.owner_id, item.kr_id


def _sections(items: list[Item]) -> dict[str, list[Item]]:
    by: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        section = "no_report" if item.status == "missing" else item.status
        by[section].append(item)
    # By the week they turned red, newest first; within a week, the latest check-in first.
    by["red"].sort(key=lambda i: (-i.weeks_in_red, i.updated_at or _EPOCH, i.kr_id), reverse=True)
    by["no_report"].sort(key=lambda i: (-i.silent_weeks, *_owner_key(i)))
    by["yellow"].sort(key=lambda i: (i.due, *_owner_key(i)))
    for name in ("away", "dropped", "done", "green"):
        by[name].sort(key=_owner_key)
    # Red, no report and yellow show their warnings in their own block; a green one is a
    # line (or a count) in the digest, so its warning needs a section to be seen.
    by["warnings"] = [item for item in by["green"] if item.warnings]
    return by


def _counts(statuses: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(COUNTED, 0)
    for value in statuses:
        counts[value] += 1
    return counts


def _quarter(org: Org, wk: Week, krs: list[KR], learned: LessonMix) -> QuarterStats:
    early: list[tuple[KR, int | None]] = []
    grades: dict[int, list[float]] = defaultdict(list)
    for kr in krs:
        if rules.ended_badly(
            kr.history, wk.week, current=kr.status, due=kr.due, reference=wk.reference
        ):
            early.append((kr, rules.days_warned(kr.history, wk.week, kr.due)))
        grade = rules.grade(kr.history, wk.week, kr.state)
        if grade is not None:
            grades[kr.owner_id].append(grade)
    early.sort(key=lambda pair: (pair[1] is not None, pair[1] or 0, pair[0].id))
    warned = [days for _, days in early if days is not None]
    rows = []
    for owner_id, values in grades.items():
        share = sum(1 for v in values if v >= rules.HIGH_GRADE) / len(values)
        name = org.people[owner_id].name
        rows.append(GradeRow(name, len(values), share, rules.grade_note(share)))
    rows.sort(key=lambda row: row.person.casefold())
    return QuarterStats(
        period=wk.quarter or "",
        early_warnings=[
            EarlyWarning(f"#{kr.id}", kr.title, org.people[kr.owner_id].name, days)
            for kr, days in early
        ],
        watermelons=sum(1 for _, days in early if days is None),
        median_days_warned=float(median(warned)) if warned else None,
        grades=rows,
        lessons=learned,
    )


def digest(org: Org, wk: Week, manager_id: int, batch: Batch, escalated: list[int]) -> Digest:
    me = org.people[manager_id]
    covered = org.covered(manager_id)
    mine = [kr for person in covered for kr in batch.by_owner.get(person, ())]
    shown = [kr for kr in mine if kr.visible]
    items: list[Item] = []
    by_branch: dict[int, list[KR]] = defaultdict(list)
    paths: dict[int, tuple[list[int] | None, list[str]]] = {}  # per owner: owners have several

    def path_of(owner_id: int) -> tuple[list[int] | None, list[str]]:
        found = paths.get(owner_id)
        if found is None:
            path = org.path(manager_id, owner_id)
            chain = [org.people[p].name for p in path[:-1]] if path else []
            found = paths[owner_id] = (path, chain)
        return found

    for kr in shown:
        path, chain = path_of(kr.owner_id)
        items.append(_item(org, wk, kr, path or [kr.owner_id], chain, escalated=False))
        by_branch[covered[kr.owner_id][1]].append(kr)
    for kr_id in escalated:
        silent = batch.krs.get(kr_id)
        if (
            silent is None
            or silent.owner_id in covered
            or not silent.visible
            or silent.status != "missing"
        ):
            continue
        path, chain = path_of(silent.owner_id)
        if path is None or len(path) > silent.silent_weeks:
            continue
        items.append(_item(org, wk, silent, path, chain, escalated=True))

    sections = _sections(items)
    counts = _counts(kr.status for kr in shown)
    before = _counts(kr.status_before for kr in mine if kr.visible_before)
    headline = Headline(counts=counts, change={s: counts[s] - before[s] for s in COUNTED})

    rollup = []
    for report in org.children.get(manager_id, ()):
        under = by_branch.get(report, [])
        if not under and not org.people[report].active:
            continue
        rollup.append(
            RollupRow(
                person_id=report,
                name=org.people[report].name,
                counts=_counts(kr.status for kr in under),
                reply_rate=rules.reply_rate(kr.status for kr in under),
                manages=any(org.people[k].active for k in org.children.get(report, ())),
            )
        )

    unattended = [
        item.ref for item in sections["red"] if not _attended(batch.krs[item.kr_id], manager_id)
    ]
    old_reds = [
        item.ref
        for item in sections["red"]
        if item.weeks_in_red > rules.OLD_RED_WEEKS and not _asked_since(batch.krs[item.kr_id])
    ]
    record = ManagerRecord(
        reply_rate_week=rules.reply_rate(kr.status for kr in shown),
        reply_rate_4_weeks=rules.reply_rate(s for kr in shown for s in kr.trend[-4:]),
        old_reds_unasked=old_reds,
        open_questions=list(batch.questions.get(manager_id, ())),
        reds_unattended=unattended,
    )
    quarter = None
    if wk.quarter:
        ended = [kr for kr in mine if kr.period in wk.periods]
        quarter = _quarter(org, wk, ended, lessons.mix_of(batch.lessons, covered))
    return Digest(
        manager_id=manager_id,
        manager=me.name,
        manager_email=me.email,
        week=wk.week,
        depth=me.digest_depth,
        headline=headline,
        red=sections["red"],
        no_report=sections["no_report"],
        away=sections["away"],
        yellow=sections["yellow"],
        warnings=sections["warnings"],
        dropped=sections["dropped"],
        done=sections["done"],
        green=sections["green"],
        rollup=rollup,
        record=record,
        quarter=quarter,
        outside=_outside_risks(org, wk, manager_id, batch),
    )


def _asked_since(kr: KR) -> bool:
    return kr.last_asked is not None and kr.red_since is not None and kr.last_asked >= kr.red_since


def _attended(kr: KR, manager_id: int) -> bool:
    """The manager asked about the red, or thanked for it, since it turned red."""
    at = kr.attended.get(manager_id)
    return at is not None and kr.red_since is not None and at >= kr.red_since


def _outside_risks(org: Org, wk: Week, manager_id: int, batch: Batch) -> list[told.Concern]:
    """Key results owned outside the manager's organisation (the manager and everyone under
    them, at any depth) that key results inside it depend on, and what they did this week,
    by the rules the weekly form uses (`dependency_signals.signals`), from the batch."""
    inside = org.organisation(manager_id)
    needed: dict[int, list[Need]] = defaultdict(list)
    for need in batch.needs:
        if need.owner_id in inside and need.on_owner_id not in inside:
            needed[need.on_id].append(need)
    found = []
    for on_id, needs in needed.items():
        kr = batch.krs.get(on_id)
        if kr is None:
            continue
        first = needs[0]
        facts = told.Facts(
            created_at=kr.created_at,
            state=kr.state,
            closed_at=kr.closed_at,
            drop_reason=kr.drop_reason,
            flags={week: report.flag for week, report in kr.history.items()},
            moves=tuple(kr.moves),
            away_until=first.on_owner_away,
        )
        signals = told.signals(facts, wk.week)
        if not signals:
            continue
        needers = tuple(
            told.Needer(f"#{need.kr_id}", need.title, org.people[need.owner_id].name)
            for need in sorted(needs, key=lambda need: need.kr_id)
        )
        found.append(
            told.Concern(
                ref=f"#{kr.id}",
                title=kr.title,
                owner=first.on_owner,
                owner_email=first.on_owner_email,
                signals=tuple(signals),
                needed_by=needers,
                watched=False,
                note=kr.note if wk.week in kr.history else "",
            )
        )
    return told.worst_first(found)
