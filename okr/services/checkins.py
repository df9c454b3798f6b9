"""Recording check-ins: the one way a flag enters the system (reply, web form or admin)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sqlalchemy import select

from .. import clock
from ..errors import InvalidInput
from ..extensions import db
from ..models import CheckIn, Flag, KeyResult, KRState, Person

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


def parse_score(raw: str) -> float | None:
    """A score typed in a form: `0.7` or `70%`; empty is no score."""
    raw = raw.strip()
    if not raw:
        return None
    percent = raw.endswith("%")
    try:
        value = float(raw.rstrip("%").strip())
    except ValueError:
        raise InvalidInput(f"{raw!r} is not a score; write 0.7 or 70%", "score") from None
    if not percent and value > 1:
        raise InvalidInput(f"{raw!r}: a score is from 0 to 1, or a percentage like 70%", "score")
    return value / 100 if percent else value


def record_form(
    owner_id: int,
    week: str,
    fields: Mapping[str, str],
    *,
    author: Person | None,
    source: str | None,
    refs: Collection[str] | None = None,
) -> dict[str, str]:
    """Record a status form's flags, one `flag-`, `score-` and `note-` field per key result
    of the owner (the person's own page, or an admin's by hand); `refs` limits it to the
    key results the form showed.

    Returns the errors by ref ("form" for the whole form) and then records nothing that the
    caller should keep: it rolls back. A note or a score without a flag is an error, not
    dropped; a form without a single flag is an error.
    """
    krs = db.session.scalars(
        select(KeyResult).where(KeyResult.owner_id == owner_id, KeyResult.state == KRState.ACTIVE)
    )
    errors: dict[str, str] = {}
    recorded = 0
    for kr in krs:
        if refs is not None and kr.ref not in refs:
            continue
        flag = fields.get(f"flag-{kr.id}", "")
        note = fields.get(f"note-{kr.id}", "")
        score_raw = fields.get(f"score-{kr.id}", "").strip()
        if not flag:
            if note.strip() or score_raw:
                errors[kr.ref] = "choose a flag for this key result, or clear its note and score"
            continue
        try:
            score = parse_score(score_raw)
            record(kr, week, flag, score=score, note=note, author=author, source=source)
            recorded += 1
        except InvalidInput as error:
            errors[kr.ref] = str(error)
    if not errors and recorded == 0:
        errors["form"] = "choose a flag for at least one key result"
    return errors
