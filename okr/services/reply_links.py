"""The reply commands that are not a status: what a key result depends on (`#40 depends on
#12`, `#40 no longer depends on #12`), watching (`watch #12`, `unwatch #12`) and the lesson
of a miss (`#12 lesson attention - ...`).

The rules are those of every other door (`dependencies`, `lessons`): the answer says what
was done, or why not, naming the refs; none of these ever records a flag.
"""

from __future__ import annotations

from ..errors import InvalidInput
from ..models import ChangeSource, Person
from ..replies.line_commands import lesson_parts
from ..replies.results import Command
from . import dependencies, lessons

KINDS = frozenset({"depend", "undepend", "watch", "unwatch", "lesson"})
MAX_PER_REPLY = 20  # such commands one reply may give: a pasted list is not a request


def apply(
    commands: list[Command], person: Person, week: str, lines: list[str], problems: list[str]
) -> None:
    """Do each command for `person` (the reply's sender), in order, adding what was done to
    `lines` and each refusal to `problems`; the caller commits with the rest of the reply."""
    for number, command in enumerate(commands):
        if number >= MAX_PER_REPLY:
            more = len(commands) - MAX_PER_REPLY
            problems.append(
                f"{more} more commands were not done: at most {MAX_PER_REPLY} in one reply"
            )
            return
        try:
            lines.append(_one(command, person, week))
        except InvalidInput as error:
            problems.append(str(error))


def _one(command: Command, person: Person, week: str) -> str:
    kr = dependencies.key_result(command.ref or "")
    if command.kind in ("depend", "undepend"):
        on = dependencies.key_result(command.value)
        if command.kind == "depend":
            new = dependencies.add(kr, on, source=ChangeSource.REPLY, author=person, acting=person)
            if not new:
                return f"{kr.ref} {kr.title} already depends on {on.ref} {on.title}"
            return f"{kr.ref} {kr.title} now depends on {on.ref} {on.title}"
        if not dependencies.remove(kr, on, acting=person):
            return f"{kr.ref} {kr.title} did not depend on {on.ref}; nothing changed"
        return f"{kr.ref} {kr.title} no longer depends on {on.ref} {on.title}"
    if command.kind == "watch":
        if not dependencies.watch(person, kr):
            return f"You already watch {kr.ref} {kr.title}"
        return (
            f"You now watch {kr.ref} {kr.title}: you hear when it turns yellow or red, goes "
            "silent, slips or is dropped"
        )
    if command.kind == "unwatch":
        if not dependencies.unwatch(person, kr):
            return f"You did not watch {kr.ref} {kr.title}; nothing changed"
        return f"You no longer watch {kr.ref} {kr.title}"
    kind, text = lesson_parts(command.value)
    lesson, new = lessons.record(person, kr, kind, text, week)
    said = f" - {lesson.text}" if lesson.text else ""
    word = "kept" if new else "replaced"
    return f"{kr.ref} {kr.title}: lesson {word} ({lessons.KIND_NAMES[lesson.kind]}){said}"
