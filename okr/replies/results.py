"""What reading a reply gives: answers, commands, guesses, questions, and where each
came from (the line and the rule). Plain data, shared by the reading modules.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TypedDict


@dataclass(frozen=True)
class FormEntry:
    """A key result as the form listed it."""

    ref: str  # "#12"
    title: str
    objective: str = ""  # the form prints it above its key results
    last_flag: str | None = None  # the form's "Last week:" flag: what "unchanged" carries


@dataclass(frozen=True)
class Source:
    """Why something was read: the line it came from and the rule that named it."""

    line: str
    rule: str  # ref-line | ref-list | title-prefix | title-words | all | all-except |
    # inline-under-quote | under-title-line | typed-over-form | flag-first | ref-in-prose |
    # by-order | by-label; commands: due-verb, away, depends-on, watch, unwatch, lesson


@dataclass
class Answer:
    ref: str
    status: str  # red | yellow | green
    score: float | None = None
    note: str = ""
    source: Source | None = None
    guess: str | None = None  # the word read as this flag when it was a guess ("gren")
    carried: bool = False  # "same as last week": last week's flag, carried over


@dataclass(frozen=True)
class Command:
    kind: str  # done | drop | due | away | depend | undepend | watch | unwatch | lesson
    ref: str | None
    # the note (done), the reason (drop), an ISO date (due, away), the ref depended on
    # (depend, undepend), "kind - text" (lesson), nothing (watch, unwatch)
    value: str
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Guess:
    """A flag read from a typo or a symbol: recorded, and said so in the confirmation."""

    ref: str
    word: str
    status: str


@dataclass(frozen=True)
class Ambiguity:
    """Key results the reply speaks of but that could be read two ways: nothing recorded."""

    refs: tuple[str, ...]
    line: str
    reason: str  # "it reads as red and as green"


class UnderstandingData(TypedDict):
    """An understanding as plain data for JSON (`Understanding.as_dict`)."""

    items: list[dict[str, object]]
    commands: list[dict[str, object]]
    unmatched: list[str]
    guesses: list[dict[str, object]]
    ambiguous: list[dict[str, object]]
    remarks: list[str]


@dataclass
class Understanding:
    items: list[Answer] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    guesses: list[Guess] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)
    # Lines that were no answer and need none: greetings, thanks, remarks about the mail.
    remarks: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.items and not self.commands

    @property
    def only_remarks(self) -> bool:
        """A reply of thanks or remarks and nothing to read: nothing was misunderstood."""
        return self.empty and not self.ambiguous and not self.unmatched and bool(self.remarks)

    def as_dict(self) -> UnderstandingData:
        """Plain data for JSON (the inbound row's outcome, `okr parse-reply --json`)."""
        return {
            "items": [asdict(a) for a in self.items],
            "commands": [asdict(c) for c in self.commands],
            "unmatched": list(self.unmatched),
            "guesses": [asdict(g) for g in self.guesses],
            "ambiguous": [asdict(a) for a in self.ambiguous],
            "remarks": list(self.remarks),
        }
