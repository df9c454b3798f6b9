"""The development corpus of replies: loading, running through the pipeline, scoring.

See README.md in this folder for the format. `python -m tests.reply_corpus` prints the
figures; `tests/test_reply_corpus.py` holds the parser to them.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
TODAY = date(2026, 11, 19)
NAMES = ("Dana Smith", "Dana")
ROW_ARROW = "  ⇒ "


@dataclass(frozen=True)
class Case:
    id: str
    klass: str  # the file's class, e.g. "c01_exceptions"
    form: str
    style: str  # grammar | everyday
    text: str
    expect: str
    html: bool = False  # `text` is the HTML body of the reply


@dataclass
class Expected:
    flags: dict[str, str] = field(default_factory=dict)
    scores: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str | None] = field(default_factory=dict)  # None: not checked
    asks: set[str] = field(default_factory=set)
    commands: set[tuple[str, str | None, str]] = field(default_factory=set)
    guesses: set[str] = field(default_factory=set)
    carried: set[str] = field(default_factory=set)  # last week's flag, said to be unchanged
    quiet: bool = False


@dataclass
class Got:
    flags: dict[str, tuple[str, float | None, str]]
    commands: set[tuple[str, str | None, str]]
    guesses: set[str]
    asked: set[str]
    unmatched: list[str]
    carried: set[str] = field(default_factory=set)


@dataclass
class Verdict:
    case: Case
    wrapper: str
    flags_expected: int = 0
    flags_right: int = 0
    misread: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    notes_expected: int = 0
    notes_right: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.misread and not self.missed and not self.problems


@cache
def forms() -> dict[str, list[tuple[str, ...]]]:
    """Form name -> its rows: ref, title, and optionally the flag it shows as last week's."""
    data = tomllib.loads((HERE / "forms.toml").read_text(encoding="utf-8"))
    return {name: [tuple(pair) for pair in pairs] for name, pairs in data["forms"].items()}


@cache
def cases() -> list[Case]:
    found: list[Case] = []
    for path in sorted(HERE.glob("c*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            found.append(
                Case(
                    case["id"],
                    path.stem,
                    case["form"],
                    case["style"],
                    case.get("html", case.get("text", "")),
                    case["expect"],
                    "html" in case,
                )
            )
        for block, table in enumerate(data.get("rows", [])):
            for number, row in enumerate(table["rows"].strip("\n").splitlines(), start=1):
                if not row.strip():
                    continue
                reply, _, expect = row.partition(ROW_ARROW)
                assert expect, f"{path.name}: row without '{ROW_ARROW.strip()}': {row!r}"
                found.append(
                    Case(
                        f"{path.stem}-{block}-{number}",
                        path.stem,
                        table["form"],
                        table["style"],
                        reply.strip() + "\n",
                        "\n".join(part.strip() for part in expect.split(" ; ")),
                    )
                )
    ids = Counter(case.id for case in found)
    assert not [one for one, count in ids.items() if count > 1], "duplicate case ids"
    return found


_FLAG_LINE = re.compile(
    r"^(?P<ref>#\d+)\s+(?P<status>green|yellow|red|\?)"
    r"(?:\s+(?P<score>\d+(?:\.\d+)?))?(?:\s+-\s+(?P<note>.*))?$"
)


def expected(case: Case) -> Expected:
    result = Expected()
    last: str | None = None  # the flag whose note a "| " line continues
    pending: list[list[str | None]] = []  # commands, their value still open
    for raw in case.expect.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("| "):
            if last is not None:
                result.notes[last] = f"{result.notes[last]}\n{line[2:]}"
            else:
                assert pending, f"{case.id}: continuation without a note"
                pending[-1][2] = f"{pending[-1][2]}\n{line[2:]}"
            continue
        last = None
        if line == "quiet":
            result.quiet = True
            continue
        words = line.split(" ", 2)
        if words[0] == "guess":
            result.guesses.add(words[1])
            continue
        if words[0] == "carried":
            result.carried.add(words[1])
            continue
        if words[0] in ("done", "drop", "due"):
            value = words[2] if len(words) > 2 else ""
            if words[0] in ("done", "drop"):
                value = value.removeprefix("- ")
            pending.append([words[0], words[1], value])
            continue
        if words[0] == "away":
            pending.append(["away", None, words[1]])
            continue
        if words[0] in ("depend", "undepend", "lesson"):  # issue 17: "depend #40 #12"
            pending.append([words[0], words[1], words[2] if len(words) > 2 else ""])
            continue
        if words[0] in ("watch", "unwatch"):
            pending.append([words[0], words[1], ""])
            continue
        match = _FLAG_LINE.match(line)
        assert match, f"{case.id}: cannot read the expectation {line!r}"
        ref, status = match["ref"], match["status"]
        if status == "?":
            result.asks.add(ref)
            continue
        result.flags[ref] = status
        result.scores[ref] = float(match["score"]) if match["score"] else None
        note = match["note"] or ""
        result.notes[ref] = None if note == "*" else note
        last = ref
    result.commands = {(kind, ref, value) for kind, ref, value in pending}
    return result


def _normal(text: str) -> str:
    return " ".join(text.split())


def got_from(understanding) -> Got:
    """What an Understanding says, in the corpus's terms."""
    flags: dict[str, tuple[str, float | None, str]] = {}
    commands: set[tuple[str, str | None, str]] = set()
    for answer in understanding.items:
        if answer.status == "done":  # before issue 12 "done" was an answer recorded as green
            flags[answer.ref] = ("green", answer.score, answer.note)
            commands.add(("done", answer.ref, _normal(answer.note)))
            continue
        flags[answer.ref] = (answer.status, answer.score, answer.note)
    for command in understanding.commands:
        value = command.value if command.kind != "done" else _normal(command.value)
        commands.add((command.kind, command.ref, value))
    guesses = {g.ref for g in getattr(understanding, "guesses", [])}
    asked = {ref for a in getattr(understanding, "ambiguous", []) for ref in a.refs}
    carried = {a.ref for a in understanding.items if getattr(a, "carried", False)}
    return Got(flags, commands, guesses, asked, list(understanding.unmatched), carried)


def judge(case: Case, got: Got, wrapper: str = "text") -> Verdict:
    want = expected(case)
    verdict = Verdict(case, wrapper, flags_expected=len(want.flags))
    for ref, (status, score, note) in got.flags.items():
        wanted = want.flags.get(ref)
        if wanted != status:
            verdict.misread.append(f"{ref} recorded {status}, expected {wanted or 'nothing'}")
            continue
        verdict.flags_right += 1
        if want.scores[ref] != score:
            verdict.problems.append(f"{ref} score {score}, expected {want.scores[ref]}")
        if want.notes[ref] is not None:
            verdict.notes_expected += 1
            if _normal(note) == _normal(want.notes[ref]):
                verdict.notes_right += 1
            else:
                verdict.problems.append(f"{ref} note {note!r}, expected {want.notes[ref]!r}")
    verdict.missed = [f"{ref} not recorded" for ref in want.flags if ref not in got.flags]
    wanted_commands = {
        (k, r, _normal(v) if k in ("done", "drop") else v) for k, r, v in want.commands
    }
    got_commands = {(k, r, _normal(v) if k in ("done", "drop") else v) for k, r, v in got.commands}
    for command in sorted(wanted_commands - got_commands, key=str):
        verdict.problems.append(f"command {command} missing")
    for command in sorted(got_commands - wanted_commands, key=str):
        verdict.problems.append(f"command {command} not expected")
    for ref in sorted(want.guesses - got.guesses):
        verdict.problems.append(f"the guess for {ref} is not reported")
    for ref in sorted(got.guesses - want.guesses):
        verdict.problems.append(f"{ref} reported as a guess")
    for ref in sorted(want.carried ^ got.carried):
        said = "not said to be" if ref in want.carried else "said to be"
        verdict.problems.append(f"{ref} {said} carried over from last week")
    if want.quiet and got.unmatched:
        verdict.problems.append(f"not understood: {got.unmatched}")
    return verdict


@dataclass
class Figures:
    cases: int = 0
    passed: int = 0
    flags: int = 0
    right: int = 0
    misread: int = 0
    notes: int = 0
    notes_right: int = 0

    def add(self, verdict: Verdict) -> None:
        self.cases += 1
        self.passed += verdict.passed
        self.flags += verdict.flags_expected
        self.right += verdict.flags_right
        self.misread += len(verdict.misread)
        self.notes += verdict.notes_expected
        self.notes_right += verdict.notes_right

    def row(self, label: str) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"

        return (
            f"| {label} | {share(self.passed, self.cases)} | {share(self.right, self.flags)} "
            f"| {self.misread} | {share(self.notes_right, self.notes)} |"
        )


HEADER = "| set | cases passed | flags right | misread | notes right |\n|---|---|---|---|---|"
