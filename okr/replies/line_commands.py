"""Lines of their own that are commands about key results rather than a status: what one
depends on (`#40 depends on #12`, `#40 no longer depends on #12`), watching (`watch #12`,
`unwatch #12`) and the lesson of a miss (`#12 lesson attention - I stopped checking`).

A line is such a command only when it is one whole: the reference, the command words, then
nothing but references (or, for a lesson, its kind and text). Anything more and the line is
left to the status reader, so "#12 green - depends on the vendor" stays a green with its
note: a command line never gives a flag, and a status line never becomes a command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import command_words
from .phrases import fold, phrase_at, phrase_table, skip_space
from .results import Command, Source

_DEPEND = phrase_table(command_words.DEPEND_WORDS)
_UNDEPEND = phrase_table(command_words.UNDEPEND_WORDS)
_WATCH = phrase_table(command_words.WATCH_WORDS)
_UNWATCH = phrase_table(command_words.UNWATCH_WORDS)
_LESSON = phrase_table(command_words.LESSON_WORDS)
_KINDS = phrase_table(command_words.LESSON_KINDS)
# A reference as a command line writes it: "#12", "# 12", "KR 12", "KR-12".
_REF = re.compile(r"(?:#\s?|kr\s*[-#]?\s*)(\d{1,9})(?!\d)")
_JOINER = re.compile(r"\s*(?:,|;|&|\+|/|\band\b)?\s*")
_END = re.compile(r"(?:\s*(?:any\s?more|now|too|as well|please))?[\s.!]*$")
_KIND_SEPARATOR = re.compile(r"\s*(?:[-–—:]\s*)?")
MAX_REFS = 20  # references one command line may name: a pasted list is not a command


@dataclass
class LineCommand:
    """What a command line says: its commands, the references it names (so "all green" does
    not answer them), or why it cannot be done as written."""

    commands: list[Command] = field(default_factory=list)
    refs: set[str] = field(default_factory=set)
    problem: str | None = None


def kinds_text() -> str:
    """The kinds of miss, as an answer lists them."""
    return ", ".join(command_words.LESSON_KIND_NAMES.values())


def read_command_line(text: str, context: str | None = None) -> LineCommand | None:
    """The command a whole line (already cleaned of bullets) says, or None when it is not
    one: then the status reader reads it as before. `context`: the key result of the quoted
    item above, which a lesson typed under it without its reference is for."""
    folded = fold(text.strip())
    line = text.strip()
    if not folded:
        return None
    if context and (word := phrase_at(folded, 0, _LESSON)):  # under the quoted "#12 ..."
        return _lesson(line, folded, context, _skip(_KIND_SEPARATOR, folded, len(word)))
    for table, kind in ((_UNWATCH, "unwatch"), (_WATCH, "watch")):
        word = phrase_at(folded, 0, table)
        if word is not None:
            refs = _refs_to_end(folded, skip_space(folded, len(word)))
            if not refs:
                return None
            source = Source(line, kind)
            return LineCommand([Command(kind, ref, "", source) for ref in refs], set(refs))
    first = _REF.match(folded)
    if first is None:
        return None
    subject = f"#{int(first.group(1))}"
    at = skip_space(folded, first.end())
    if folded.startswith(("is ", "still "), at):  # "#40 still needs #12"
        at = skip_space(folded, folded.index(" ", at))
    for table, kind in ((_UNDEPEND, "undepend"), (_DEPEND, "depend")):
        word = phrase_at(folded, at, table)
        if word is not None:
            refs = _refs_to_end(folded, skip_space(folded, at + len(word)))
            if not refs:
                return None
            source = Source(line, "depends-on")
            commands = [Command(kind, subject, ref, source) for ref in refs]
            return LineCommand(commands, {subject})
    word = phrase_at(folded, at, _LESSON)
    if word is not None:
        return _lesson(line, folded, subject, _skip(_KIND_SEPARATOR, folded, at + len(word)))
    return None


def _skip(pattern: re.Pattern[str], folded: str, at: int) -> int:
    """Past what an all-optional pattern matches at `at` (it always matches)."""
    match = pattern.match(folded, at)
    return match.end() if match else at


def _refs_to_end(folded: str, at: int) -> list[str]:
    """The references from `at` to the end of the line, joined by "and", commas and the
    like; [] when anything else is there (then the line is no command)."""
    refs: list[str] = []
    while at < len(folded):
        match = _REF.match(folded, at)
        if match is None:
            return [] if not _END.fullmatch(folded, at) else refs
        ref = f"#{int(match.group(1))}"
        if ref not in refs:
            refs.append(ref)
        at = _skip(_JOINER, folded, match.end())
    return refs if len(refs) <= MAX_REFS else []


def _lesson(line: str, folded: str, ref: str, at: int) -> LineCommand:
    """ "#12 lesson attention - I stopped checking the vendor's dates": the kind, then the
    line on what changes next time (optional)."""
    kind = phrase_at(folded, at, _KINDS)
    if kind is None:
        return LineCommand(
            refs={ref},
            problem=(
                f"the kind of miss is one of: {kinds_text()}; for example: "
                f"{ref} lesson attention - I stopped checking the vendor's dates"
            ),
        )
    start = _skip(_KIND_SEPARATOR, folded, at + len(kind))
    lesson = line[start:].strip()
    value = command_words.LESSON_KINDS[kind] + (f" - {lesson}" if lesson else "")
    return LineCommand([Command("lesson", ref, value, Source(line, "lesson"))], {ref})


def lesson_parts(value: str) -> tuple[str, str]:
    """(kind, text) of a lesson command's value."""
    kind, _, text = value.partition(" - ")
    return kind, text.strip()
