"""Recording what a reply said: check-ins and the commands (drop, new date, away; what a
key result depends on, watching and lessons in `reply_links`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from email.message import Message
from email.utils import parseaddr

from sqlalchemy import select
from sqlalchemy.orm import contains_eager

from .. import clock, weeks
from ..errors import InvalidInput
from ..extensions import db
from ..models import ChangeSource, CheckIn, KeyResult, KRState, Objective, Person
from ..replies.phrases import is_cjk
from ..replies.understand import FormEntry, Understanding
from . import checkins, forms, okrs, reply_links


@dataclass
class Recorded:
    """What was done, in words for the confirmation and as data for the admin page."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    missing: list[FormEntry] = field(default_factory=list)
    superseded: list[str] = field(default_factory=list)  # refs a later reply answered
    checked_in: list[int] = field(default_factory=list)  # key results given a check-in
    titles: dict[str, str] = field(default_factory=dict)  # ref -> title, for the answer


def names_of(person: Person, msg: Message | None = None) -> tuple[str, ...]:
    """How a person signs a reply: full name and first name, and the same of the name their
    mail client sends ("渡辺 健二" for Kenji Watanabe signs "渡辺" or "渡辺健二")."""
    names = [person.name, *person.name.split()[:1]]
    display = _display_name(msg) if msg is not None else ""
    if display and display.casefold() != person.name.casefold():
        names += [display, display.split()[0]]
        if is_cjk(display):
            names.append("".join(display.split()))
    return tuple(n for n in dict.fromkeys(names) if n.strip())


def _display_name(msg: Message) -> str:
    """The name in the From header, or "" (a header that cannot be read names nobody)."""
    try:
        name = parseaddr(str(msg.get("From", "")))[0]
    except (TypeError, ValueError, IndexError):
        return ""
    name = " ".join(name.replace('"', "").split())
    return name if 0 < len(name) <= 60 and "@" not in name else ""


def form_entries(person: Person, week: str | None = None) -> list[FormEntry]:
    """The key results a reply may name: the person's active ones, in form order; with the
    reply's `week`, each with the flag its form showed as last week's."""
    krs = active_key_results(person)
    last = forms.last_week_flags(week, [kr.id for kr in krs]) if week else {}
    return entries_of(krs, last)


def entries_of(
    krs: list[KeyResult], last_flags: Mapping[int, str] | None = None
) -> list[FormEntry]:
    """Key results (ordered by objective and id, objectives loaded) as the form lists them:
    a reply's lines without references count in that order. `last_flags` (key result id ->
    flag): what the form showed as last week's, which "unchanged" carries over."""
    ordered = sorted(krs, key=lambda kr: forms.form_order(kr.objective.title))
    last = last_flags or {}
    return [FormEntry(kr.ref, kr.title, kr.objective.title, last.get(kr.id)) for kr in ordered]


def active_key_results(person: Person) -> list[KeyResult]:
    return list(
        db.session.scalars(
            select(KeyResult)
            .join(KeyResult.objective)
            .options(contains_eager(KeyResult.objective))
            .where(KeyResult.owner_id == person.id, KeyResult.state == KRState.ACTIVE)
            .order_by(Objective.id, KeyResult.id)
        )
    )


def as_of(week: str) -> datetime:
    """When what a reply for `week` says counts: now, or the end of that week for a late
    reply, so its done, drop and new date land in the week its form was for."""
    return min(clock.now(), datetime.combine(weeks.sunday(week), time.max, tzinfo=UTC))


def apply(
    understanding: Understanding,
    person: Person,
    week: str,
    entries: list[FormEntry],
    source: str | None,
    answered_later: set[int] | frozenset[int] = frozenset(),
    *,
    krs: dict[str, KeyResult] | None = None,
    answered_before: set[int] | None = None,
    check_ins: list[dict] | None = None,
) -> Recorded:
    """Record everything understood; the caller commits once, so a reply counts whole.

    `answered_later`: key results a later reply (processed first) already answered; this
    reply's answer for them is not recorded, so the latest word stands. `krs` (the
    person's active key results by ref) and `answered_before` (those of them with a
    check-in for the week already) come from a caller that loaded them for many replies;
    without them they are queried. With `check_ins` the check-ins are appended there as
    row values, for that caller to insert with those of its other replies."""
    if krs is None:
        krs = {kr.ref: kr for kr in active_key_results(person)}
    recorded = Recorded(titles={e.ref: e.title for e in entries})
    when = as_of(week)
    for answer in understanding.items:
        kr = krs.get(answer.ref)
        if kr is None:
            continue
        if kr.id in answered_later:
            recorded.superseded.append(kr.ref)
            recorded.problems.append(
                f"{kr.ref}: not recorded; a later reply of yours for this week already answered it"
            )
            continue
        flag, score = answer.status, answer.score
        try:
            if check_ins is None:
                checkins.record(
                    kr, week, flag, score=score, note=answer.note, author=person, source=source
                )
            else:
                check_ins.append(
                    checkins.values(
                        kr, week, flag, score=score, note=answer.note, author=person, source=source
                    )
                )
        except InvalidInput as error:
            recorded.problems.append(f"{kr.ref}: {error}")
            continue
        score_text = f" {score:.0%}" if score is not None else ""
        note_text = f" - {answer.note.splitlines()[0]}" if answer.note else ""
        guess = f' (we read "{answer.guess}" as {flag})' if answer.guess else ""
        guess += " (as last week: you said it is unchanged)" if answer.carried else ""
        recorded.checked_in.append(kr.id)
        recorded.lines.append(f"{kr.ref} {kr.title}: {flag}{score_text}{note_text}{guess}")
    for command in understanding.commands:
        if command.kind not in reply_links.KINDS:
            _command(command, person, krs, recorded, when)
    links = [c for c in understanding.commands if c.kind in reply_links.KINDS]
    reply_links.apply(links, person, week, recorded.lines, recorded.problems)
    if answered_before is None:
        answered = set(
            db.session.scalars(
                select(CheckIn.key_result_id).where(
                    CheckIn.week == week, CheckIn.key_result_id.in_([kr.id for kr in krs.values()])
                )
            )
        )
    else:
        answered = answered_before | set(recorded.checked_in)
    asked = {ref for one in understanding.ambiguous for ref in one.refs}  # asked separately
    recorded.missing = [
        e for e in entries
        if e.ref in krs and krs[e.ref].id not in answered and krs[e.ref].state is KRState.ACTIVE
        and e.ref not in asked
    ]  # fmt: skip
    return recorded


def _command(
    command, person: Person, krs: dict[str, KeyResult], recorded: Recorded, when: datetime
) -> None:
    """Done, drop and a new date count as of `when` (the reply's week); none sets a flag."""
    try:
        if command.kind == "away":
            person.away_until = date.fromisoformat(command.value)
            recorded.lines.append(f"Away until {command.value}: no forms until then.")
            return
        kr = krs.get(command.ref or "")
        if kr is None:
            recorded.problems.append(f"{command.ref}: not one of your active key results")
            return
        if command.kind == "done":
            okrs.mark_done(kr, at=when, note=command.value)
            note = f" - {command.value.splitlines()[0]}" if command.value else ""
            recorded.lines.append(f"{kr.ref} {kr.title}: done{note}")
        elif command.kind == "drop":
            okrs.drop(kr, command.value, at=when)
            recorded.lines.append(f"{kr.ref} {kr.title}: dropped - {command.value}")
        elif command.kind == "due":
            new_due = date.fromisoformat(command.value)
            old_due = kr.due
            if okrs.change_due(kr, new_due, ChangeSource.REPLY, person, at=when):
                word = "moved later" if new_due > old_due else "moved earlier"
                change = f"{old_due.isoformat()} -> {command.value}"
                recorded.lines.append(f"{kr.ref} {kr.title}: due date {word}, {change}")
    except InvalidInput as error:
        recorded.problems.append(f"{command.ref or ''} {error}".strip())
