"""Learning from misses: after a key result ends missed, is dropped, or is done after its
date moved, its owner may say what kind of miss it was and what changes next time.

Mistakes are for learning, never punishment, so people report them early: a lesson is
optional, asked once (`eligible`), kept one per key result (`record`), and shown per
organisation as a mix of kinds with the lessons as written (`mix`), bold bets as such,
never as a ranking of people. The reply `#12 lesson attention - ...` records one; the form
and the quarter's last digest ask and show them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, exists, or_, select

from .. import clock, weeks
from ..errors import InvalidInput
from ..extensions import db
from ..models import DeadlineChange, KeyResult, KRState, Lesson, LessonKind, Person

MAX_TEXT = 1000  # one line on what changes next time, not an essay
# How each kind is said (a bold bet is celebrated, not counted as a failure).
KIND_NAMES = {
    LessonKind.INFORMATION: "information",
    LessonKind.COURAGE: "courage",
    LessonKind.SKILL: "skill",
    LessonKind.ATTENTION: "attention",
    LessonKind.BET: "bold bet",
}
_WHAT = (
    "a lesson is kept for a key result that ended missed (its due date passed before it "
    "was done), was dropped, or was done after its date moved"
)


def kinds_text() -> str:
    return ", ".join(KIND_NAMES.values())


def kind_of(text: str | LessonKind) -> LessonKind:
    """The kind a word names (`bet`, `bold bet`, `info`...); InvalidInput listing them."""
    if isinstance(text, LessonKind):
        return text
    word = " ".join(str(text).lower().split())
    aliases = {"info": "information", "skills": "skill", "bold bet": "bet"}
    try:
        return LessonKind(aliases.get(word, word))
    except ValueError:
        raise InvalidInput(
            f"{str(text)[:40]!r} is not a kind of miss; the kinds are: {kinds_text()}", "kind"
        ) from None


def _slipped(kr: KeyResult) -> bool:
    """Whether its due date was ever moved later."""
    slip = exists().where(
        DeadlineChange.key_result_id == kr.id, DeadlineChange.new_due > DeadlineChange.old_due
    )
    return bool(db.session.scalar(select(slip)))


def how_it_ended(kr: KeyResult, today: date) -> str | None:
    """Why a lesson may be kept for `kr` as of `today` ("missed", "dropped", "done late"),
    or None when it may not."""
    if kr.state is KRState.DROPPED:
        return "dropped"
    if kr.state is KRState.ACTIVE:
        return "missed" if kr.due < today else None
    closed = kr.closed_at.date() if kr.closed_at else today
    return "done late" if closed > kr.due or _slipped(kr) else None


def why_not(kr: KeyResult, today: date) -> str:
    """The clear answer when no lesson may be kept for `kr`."""
    if kr.state is KRState.ACTIVE:
        return f"{kr.ref} is still open and due {kr.due.isoformat()}: {_WHAT}"
    return f"{kr.ref} was done by its date, which never moved: {_WHAT}"


def record(
    person: Person, kr: KeyResult, kind: str | LessonKind, text: str, week: str
) -> tuple[Lesson, bool]:
    """Keep the owner's lesson for `kr`; (the lesson, whether it is new: a later one replaces
    the kind and the text). InvalidInput, naming the ref, for someone else's key result, one
    that did not end missed, an unknown kind or a text over MAX_TEXT. The caller commits."""
    if kr.owner_id != person.id:
        raise InvalidInput(f"{kr.ref} is {kr.owner.name}'s: only its owner writes its lesson")
    lesson_kind = kind_of(kind)
    text = " ".join((text or "").split())
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            f"the lesson for {kr.ref} is {len(text):,} characters long; keep it to one line "
            f"(at most {MAX_TEXT:,})"
        )
    if how_it_ended(kr, clock.today()) is None:
        raise InvalidInput(why_not(kr, clock.today()))
    lesson = db.session.scalar(select(Lesson).where(Lesson.key_result_id == kr.id))
    if lesson is not None:
        lesson.kind, lesson.text, lesson.week, lesson.person_id = (
            lesson_kind,
            text,
            week,
            person.id,
        )
        lesson.created_at = clock.now()
        db.session.flush()
        return lesson, False
    lesson = Lesson(
        key_result_id=kr.id, person_id=person.id, kind=lesson_kind, text=text, week=week
    )
    db.session.add(lesson)
    db.session.flush()
    return lesson, True


def _window(week: str) -> tuple[date, date, datetime, datetime]:
    """The week before `week`: its first day, the next Monday, and both as UTC moments."""
    start = weeks.monday(week) - timedelta(days=7)
    end = weeks.monday(week)
    return start, end, datetime.combine(start, time.min, UTC), datetime.combine(end, time.min, UTC)


def _ended_in(start: date, end: date, first: datetime, after: datetime):  # noqa: ANN202
    """The condition "ended in the week before": due while open, or closed in it."""
    return or_(
        and_(KeyResult.state == KRState.ACTIVE, KeyResult.due >= start, KeyResult.due < end),
        and_(
            KeyResult.state.in_([KRState.DROPPED, KRState.DONE]),
            KeyResult.closed_at >= first,
            KeyResult.closed_at < after,
        ),
    )


def eligible(person: Person, week: str) -> list[KeyResult]:
    """The key results whose lesson the person's form of `week` asks for: theirs, ended in
    the week before (due date passed while open, dropped, or done late), no lesson yet.
    Asked once: a week later they have left the window."""
    start, end, first, after = _window(week)
    has_lesson = exists().where(Lesson.key_result_id == KeyResult.id)
    candidates = db.session.scalars(
        select(KeyResult)
        .where(KeyResult.owner_id == person.id, ~has_lesson, _ended_in(start, end, first, after))
        .order_by(KeyResult.id)
    ).all()
    return [kr for kr in candidates if how_it_ended(kr, end) is not None]


@dataclass(frozen=True)
class LookingBack:
    """A key result that ended in the week before a form's week, as the form and the
    status page ask about it: how it ended, and its lesson when one is written."""

    kr_id: int
    ref: str
    title: str
    ended: str  # "missed", "dropped", "done late" (how_it_ended)
    due: date
    drop_reason: str
    kind: str | None  # the lesson's kind as said ("bold bet"), None before one is written
    text: str

    @property
    def asked(self) -> bool:
        """No lesson yet: the form asks for one."""
        return self.kind is None


def looking_back(person_ids: Iterable[int], week: str) -> dict[int, list[LookingBack]]:
    """person id -> their key results that ended in the week before `week` (missed,
    dropped or done late), with their lesson if any, by key result: one statement for any
    number of people. Those without a lesson are `eligible`'s."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return {}
    start, end, first, after = _window(week)
    slipped = (
        exists()
        .where(
            DeadlineChange.key_result_id == KeyResult.id,
            DeadlineChange.new_due > DeadlineChange.old_due,
        )
        .correlate(KeyResult)
    )
    rows = db.session.execute(
        select(KeyResult, Lesson.kind, Lesson.text, slipped.label("slipped"))
        .outerjoin(Lesson, Lesson.key_result_id == KeyResult.id)
        .where(KeyResult.owner_id.in_(ids), _ended_in(start, end, first, after))
        .order_by(KeyResult.id)
    ).all()
    found: dict[int, list[LookingBack]] = {}
    for kr, kind, text, moved in rows:
        ended = _how(kr.state, kr.due, kr.closed_at, bool(moved), end)
        if ended is None:
            continue
        found.setdefault(kr.owner_id, []).append(
            LookingBack(
                kr.id,
                kr.ref,
                kr.title,
                ended,
                kr.due,
                kr.drop_reason or "",
                KIND_NAMES[kind] if kind is not None else None,
                text or "",
            )
        )
    return found


def _how(
    state: KRState, due: date, closed_at: datetime | None, slipped: bool, today: date
) -> str | None:
    """`how_it_ended` from plain values (the slip already known)."""
    if state is KRState.DROPPED:
        return "dropped"
    if state is KRState.ACTIVE:
        return "missed" if due < today else None
    closed = closed_at.date() if closed_at else today
    return "done late" if closed > due or slipped else None


@dataclass(frozen=True)
class WrittenLesson:
    ref: str
    title: str
    owner: str
    kind: str  # as said: "attention", "bold bet"
    text: str
    bold: bool  # a bold bet that did not pay off: shown as such


@dataclass
class LessonMix:
    """An organisation's lessons of a quarter: how many of each kind, and each as written."""

    counts: dict[str, int] = field(default_factory=dict)
    lessons: list[WrittenLesson] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _quarter_bounds(quarter: str) -> tuple[date, date]:
    """("2026-Q4") -> its first and last day; InvalidInput for anything else."""
    try:
        year, number = quarter.split("-Q")
        first = date(int(year), 3 * int(number) - 2, 1)
    except ValueError:
        raise InvalidInput(f"{quarter[:20]!r} is not a quarter; write it as 2026-Q4") from None
    # the day before the next quarter's first (January of the next year after Q4)
    last = date(first.year + first.month // 10, (first.month + 2) % 12 + 1, 1) - timedelta(days=1)
    return first, last


def written_in(owners: ColumnElement[bool], quarter: str) -> dict[int, list[WrittenLesson]]:
    """owner id -> the lessons of their key results written during `quarter`, for the
    owners `owners` selects (a condition on KeyResult.owner_id): one statement. The digest
    reads its whole batch's with one."""
    first, last = _quarter_bounds(quarter)
    rows = db.session.execute(
        select(Lesson.kind, Lesson.text, KeyResult.id, KeyResult.title, Person.id, Person.name)
        .join(KeyResult, KeyResult.id == Lesson.key_result_id)
        .join(Person, Person.id == KeyResult.owner_id)
        .where(owners, Lesson.week >= weeks.of(first), Lesson.week <= weeks.of(last))
        .order_by(KeyResult.id)
    )
    found: dict[int, list[WrittenLesson]] = {}
    for kind, text, kr_id, title, owner_id, owner in rows:
        said = WrittenLesson(
            f"#{kr_id}", title, owner, KIND_NAMES[kind], text, kind is LessonKind.BET
        )
        found.setdefault(owner_id, []).append(said)
    return found


def mix_of(written: dict[int, list[WrittenLesson]], people: Iterable[int]) -> LessonMix:
    """The mix of `people`'s lessons among `written` (`written_in`'s): counts by kind
    (every kind, zeros included, in a fixed order) and the lessons, by kind then key
    result: never ordered by person."""
    result = LessonMix(counts={name: 0 for name in KIND_NAMES.values()})
    order = {name: n for n, name in enumerate(KIND_NAMES.values())}
    found = [lesson for person in set(people) for lesson in written.get(person, ())]
    for lesson in sorted(found, key=lambda one: (order[one.kind], int(one.ref[1:]))):
        result.counts[lesson.kind] += 1
        result.lessons.append(lesson)
    return result


def mix(org_people: Iterable[int], quarter: str) -> LessonMix:
    """The lessons of the key results owned by `org_people`, written during `quarter`
    ("2026-Q4"): counts by kind (every kind, zeros included, in a fixed order) and the
    lessons as written, by kind then key result: never ordered by person."""
    people = list(org_people)
    _quarter_bounds(quarter)  # a bad quarter is refused, people or not
    if not people:
        return mix_of({}, [])
    return mix_of(written_in(KeyResult.owner_id.in_(people), quarter), people)
