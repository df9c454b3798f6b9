"""Recording check-ins: the one way a flag enters the system (reply, web form or admin)."""

from __future__ import annotations

from .. import clock
from ..errors import InvalidInput
from ..extensions import db
from ..models import CheckIn, Flag, KeyResult, Person

MAX_NOTE = 10_000


def record(
    kr: KeyResult,
    week: str,
    flag: Flag | str,
    *,
    score: float | None = None,
    note: str = "",
    author: Person | None = None,
    source: str | None = None,
) -> CheckIn:
    """Add a check-in; history is kept and the newest one for a week wins. Caller commits."""
    flag, score, note = _checked(flag, score, note)
    check_in = CheckIn(
        key_result=kr,
        week=week,
        flag=flag,
        score=score,
        note=note,
        author=author,
        source_message_id=source,
    )
    db.session.add(check_in)
    return check_in


def values(
    kr: KeyResult,
    week: str,
    flag: Flag | str,
    *,
    score: float | None = None,
    note: str = "",
    author: Person | None = None,
    source: str | None = None,
) -> dict:
    """`record`'s check-in as the values of a row, checked the same way, for a caller that
    inserts the check-ins of many replies in one statement (and commits)."""
    flag, score, note = _checked(flag, score, note)
    return {
        "key_result_id": kr.id,
        "week": week,
        "flag": flag,
        "score": score,
        "note": note,
        "author_id": author.id if author is not None else None,
        "created_at": clock.now(),
        "source_message_id": source,
    }


def _checked(flag: Flag | str, score: float | None, note: str) -> tuple[Flag, float | None, str]:
    try:
        flag = Flag(flag)
    except ValueError:
        raise InvalidInput(f"{flag!r} is not a flag; use red, yellow or green", "flag") from None
    if score is not None and not 0.0 <= score <= 1.0:
        raise InvalidInput("a score is between 0 and 1 (or 0% and 100%)", "score")
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"the note is longer than {MAX_NOTE} characters", "note")
    return flag, score, note
