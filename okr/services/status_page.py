"""What the status page records: its fields read into the Understanding a reply gives,
then applied by the code that applies replies (`reply_record.apply`), so the page and the
mail follow one set of rules (flags, done, drop with a reason, a new due date).

A page is all or nothing: a field that is wrong records nothing, and says why by key result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import select

from .. import weeks
from ..errors import InvalidInput
from ..extensions import db
from ..models import KeyResult, KRState, Person
from ..replies.understand import Answer, Command, Understanding
from . import reply_record
from .checkins import parse_score
from .forms import FormItem

SOURCE = "web"  # a check-in's source when it came from the status page
ACTIONS = {"": "stays open", "done": "done", "drop": "drop (say why)", "due": "move the due date"}
FLAGS = ("green", "yellow", "red")  # as the email's links list them


@dataclass
class PageResult:
    """What a press of "Record my status" came to: the recorded lines, or the errors by
    ref ("form" for the whole page), in which case nothing was recorded."""

    lines: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    unchanged: bool = False  # every field as recorded already: nothing to record


def _answer(item: FormItem, fields: Mapping[str, str], errors: dict[str, str]) -> Answer | None:
    kr = item.kr_id
    flag = fields.get(f"flag-{kr}", "").strip().lower()
    note = fields.get(f"note-{kr}", "").strip()
    score_raw = fields.get(f"score-{kr}", "").strip()
    if not flag:
        if note or score_raw:
            errors[item.ref] = "choose a flag for this key result, or clear its note and score"
        return None
    if flag not in FLAGS:
        errors[item.ref] = f"{flag!r} is not a flag; use red, yellow or green"
        return None
    try:
        score = parse_score(score_raw)
    except InvalidInput as error:
        errors[item.ref] = str(error)
        return None
    if score is not None and not 0.0 <= score <= 1.0:
        errors[item.ref] = "a score is between 0 and 1 (or 0% and 100%)"
        return None
    if (flag, score, note) == _shown(item, fields):
        return None  # as the page showed it: not the person's answer to record again
    return Answer(item.ref, flag, score, note)


def _shown(item: FormItem, fields: Mapping[str, str]) -> tuple[str | None, float | None, str]:
    """What the page showed as recorded (its `was-` fields), else what is recorded now. A
    field the person left as shown is not recorded again, so an email answer that came in
    while the page was open is not overwritten by the page's older copy of it."""
    kr = item.kr_id
    names = (f"was-flag-{kr}", f"was-score-{kr}", f"was-note-{kr}")
    if not all(name in fields for name in names):
        return item.flag, item.score, item.note
    try:
        score = parse_score(fields[names[1]])
    except InvalidInput:
        score = None
    return fields[names[0]].strip() or None, score, fields[names[2]].strip()


def _command(item: FormItem, fields: Mapping[str, str], errors: dict[str, str]) -> Command | None:
    kr = item.kr_id
    action = fields.get(f"action-{kr}", "").strip()
    reason = fields.get(f"reason-{kr}", "").strip()
    if action not in ACTIONS:
        errors[item.ref] = f"{action!r} is not something the page can do"
        return None
    if action == "done":
        return Command("done", item.ref, reason)
    if action == "drop":
        if not reason:
            errors[item.ref] = "say why the key result is dropped"
            return None
        return Command("drop", item.ref, reason)
    if action == "due":
        raw = fields.get(f"due-{kr}", "").strip()
        try:
            return Command("due", item.ref, date.fromisoformat(raw).isoformat())
        except ValueError:
            errors[item.ref] = f"{raw!r} is not a date; write the new due date as 2026-12-31"
            return None
    return None


def read_fields(
    fields: Mapping[str, str], items: Sequence[FormItem]
) -> tuple[Understanding, dict[str, str]]:
    """The page's fields (`flag-12`, `score-12`, `note-12`, `action-12` with `reason-12`
    or `due-12`) as a reply's Understanding, and the errors by ref."""
    understanding = Understanding()
    errors: dict[str, str] = {}
    for item in items:
        answer = _answer(item, fields, errors)
        command = _command(item, fields, errors)
        if answer is not None:
            understanding.items.append(answer)
        if command is not None:
            understanding.commands.append(command)
    return understanding, errors


def _by_ref(problems: list[str], refs: set[str]) -> dict[str, str]:
    """The problems `reply_record.apply` reports ("#12: ..." or "#12 ...") by ref."""
    errors: dict[str, str] = {}
    for problem in problems:
        ref, _, rest = problem.partition(" ")
        ref = ref.rstrip(":")
        if ref in refs:
            errors[ref] = rest.strip()
        else:
            errors["form"] = problem
    return errors


def record(
    person: Person, week: str, fields: Mapping[str, str], items: Sequence[FormItem]
) -> PageResult:
    """Record the page's fields for `person` and `week` as a reply would be recorded. The
    caller commits when there are no errors, and rolls back otherwise."""
    understanding, errors = read_fields(fields, items)
    if errors:
        return PageResult(errors=errors)
    if not understanding.items and not understanding.commands:
        if any(item.flag for item in items):
            return PageResult(unchanged=True)
        return PageResult(errors={"form": "choose a flag for at least one key result"})
    refs = {item.ref for item in items}
    krs = {kr.ref: kr for kr in reply_record.active_key_results(person) if kr.ref in refs}
    recorded = reply_record.apply(
        understanding, person, week, reply_record.entries_of(list(krs.values())), SOURCE, krs=krs
    )
    if recorded.problems:
        return PageResult(errors=_by_ref(recorded.problems, refs))
    return PageResult(lines=recorded.lines)


@dataclass(frozen=True)
class Closed:
    """A key result done or dropped during the week, shown under the open ones."""

    ref: str
    title: str
    state: str  # done | dropped
    note: str


def closed_in_week(person: Person, week: str) -> list[Closed]:
    """The person's key results closed during `week` (from the page or a reply): after
    "done" or "drop" they leave the form, and the page still shows what was recorded."""
    start = datetime.combine(weeks.monday(week), time.min, tzinfo=UTC)
    end = datetime.combine(weeks.sunday(week), time.max, tzinfo=UTC)
    krs = db.session.scalars(
        select(KeyResult)
        .where(
            KeyResult.owner_id == person.id,
            KeyResult.state != KRState.ACTIVE,
            KeyResult.closed_at >= start,
            KeyResult.closed_at <= end,
        )
        .order_by(KeyResult.id)
    )
    return [
        Closed(kr.ref, kr.title, kr.state.value, kr.drop_reason or kr.done_note or "") for kr in krs
    ]
