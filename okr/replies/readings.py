"""What one line reads as, before the key results are decided: the head after a name,
readings (refs, flag, note, rule) and the parsed line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .results import Command, Source


@dataclass
class Head:
    """What follows a reference: flag, score, and where the note starts."""

    meaning: str | None = None  # green | yellow | red | done | drop | unsure
    colour: str | None = None  # a colour given with done ("#1 green, done")
    score: float | None = None
    rest: int = 0  # where the note starts
    closed: bool = False  # the flag was followed by the end of the head
    guess: str | None = None
    reason: str | None = None  # why it is unsure
    correction: bool = False
    moved: bool = False  # a transition led to the flag ("moved to red"): "yesterday" is when
    late: bool = False  # the flag is a late word ("delayed"): a yellow or red after it counts
    note_from: int | None = None  # the note starts before the flag of now ("green if …; today …")
    note_to: int | None = None  # the note ends before a concluding flag ("no hires yet, red")
    settled: bool = False  # other people's or other times' colours, weighed: the note keeps them


@dataclass
class Reading:
    refs: list[str]
    meaning: str  # colour | unsure | done | drop | same
    score: float | None
    note: list[str]
    rule: str
    line: str
    correction: bool = False
    guess: str | None = None
    reason: str | None = None
    blanket: bool = False
    excluded: set[str] = field(default_factory=set)  # "all green except #13": not #13
    asked: set[str] = field(default_factory=set)  # excepted without a flag
    void: bool = False  # a blanket whose exceptions could not be read
    awaits: bool = False  # "all green except:" with the exceptions on the lines below
    # a label before an unnamed answer ("Gelbe Seiten: fertig"): the key result its words
    # point to, "" for none, "?" for several; None without a label
    label: str | None = None
    settled: bool = False  # the note holds colours already weighed (someone else's, or past)
    expects: int = 0  # how many exceptions it announced ("apart from two:"), 0 unsaid
    wrapped: set[int] = field(default_factory=set)  # note lines a client wrapped off the last
    carried: bool = False  # "same as last week": the colour is last week's, carried over

    def note_text(self) -> str:
        """The note as typed: lines a client wrapped mid-sentence joined back with a space."""
        parts: list[str] = []
        for index, line in enumerate(self.note):
            if index in self.wrapped and parts:
                parts[-1] = f"{parts[-1]} {line}"
            else:
                parts.append(line)
        return "\n".join(parts)


@dataclass
class Parsed:
    readings: list[Reading] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    problem: str | None = None
    named: bool = False  # the line names its key result (reference, list, title)
    closed: bool = False  # its flag ends the head ("#12 red - ..."), not prose ("Red Hat")
    header: str | None = None  # the line is a key result's title: answers follow below
    explicit: bool = False  # names a key result by its reference
    unread: list[str] = field(default_factory=list)  # further answers on the line, not read
    head_end: int = 0  # where the answer's note starts (further answers are looked for there)

    @property
    def empty(self) -> bool:
        return not self.readings and not self.commands

    def from_line(self, line: str) -> Parsed:
        """Every reading and command of the line says it came from that line, as typed."""
        for reading in self.readings:
            reading.line = line
        self.commands = [
            replace(c, source=Source(line, c.source.rule)) if c.source else c for c in self.commands
        ]
        return self
