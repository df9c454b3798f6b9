"""Understanding the new text of a reply: which key result, which flag, score, note, command.

Pure: it sees the text and the key results the form listed, and returns what it
understood and the lines it did not. Quoted lines are never read for flags (last week's
flag is printed in the quoted form); they only tell which key result an inline answer
under them is for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import grammar

_SIGN_OFF = re.compile(
    r"^(thanks|thank you|thx|cheers|best|best regards|regards|kind regards|br|ta|"
    r"many thanks|talk soon|danke|gruß|grüße|viele grüße|liebe grüße|merci|cordialement|"
    r"saludos|groeten|mvh|pozdrawiam)\b(?:[\s,.!]*|,\s*(?:[^\W\d_][\w.'’-]*\s*){1,3})$",
    re.IGNORECASE,
)
_GREETING = re.compile(r"^(hi|hello|hey|dear|hallo|bonjour|hola)\b[^.!?]{0,40}[,!:]?$", re.I)
_MD_NOISE = re.compile(r"\*\*|__")


@dataclass(frozen=True)
class FormEntry:
    """A key result as the form listed it."""

    ref: str  # "#12"
    title: str


@dataclass
class Answer:
    ref: str
    status: str  # red | yellow | green | done
    score: float | None = None
    note: str = ""

    def add_note(self, text: str) -> None:
        self.note = f"{self.note}\n{text}".strip() if self.note else text.strip()


@dataclass(frozen=True)
class Command:
    kind: str  # drop | due | away
    ref: str | None
    value: str  # the reason, or an ISO date


@dataclass
class Understanding:
    items: list[Answer] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.items and not self.commands


@dataclass
class _Line:
    ref: str | None = None
    status: str | None = None
    score: float | None = None
    note: str = ""
    commands: list[Command] = field(default_factory=list)
    blanket: bool = False
    problem: str | None = None


class _Reader:
    def __init__(self, entries: list[FormEntry], today: date) -> None:
        self.entries = entries
        self.by_ref = {e.ref: e for e in entries}
        self.today = today
        self.phrases = sorted(grammar.FLAG_WORDS, key=len, reverse=True)

    # -- naming -------------------------------------------------------------
    def ref_at_start(self, text: str) -> tuple[str | None, str, str | None]:
        """(ref, rest, problem) for a line that names a key result by number or title."""
        if match := grammar.REF_AT_START.match(text):
            ref = f"#{match['a'] or match['b']}"
            rest = text[match.end() :]
            if ref not in self.by_ref:
                return None, rest, f"{ref} is not one of the key results in this form"
            return ref, rest, None
        return self.title_at_start(text)

    def title_at_start(self, text: str) -> tuple[str | None, str, str | None]:
        lowered = text.lower()
        for entry in sorted(self.entries, key=lambda e: len(e.title), reverse=True):
            title = entry.title.lower()
            if lowered.startswith(title):
                return entry.ref, text[len(title) :], None
        head = re.split(r"\s[-–—:]\s|:\s|,\s|\s\(", lowered, maxsplit=1)[0].strip()
        flag_at = self._first_flag_index(head)
        if flag_at is not None:
            head = head[:flag_at].strip()
        if len(head) >= 4:
            hits = [e for e in self.entries if e.title.lower().startswith(head)]
            if len(hits) == 1:
                return hits[0].ref, text[len(head) :], None
        return None, text, None

    def _first_flag_index(self, text: str) -> int | None:
        best = None
        for phrase in self.phrases:
            if phrase in grammar.SHORT_FLAGS:
                continue
            match = re.search(rf"(?<![\w#]){re.escape(phrase)}(?!\w)", text)
            if match and (best is None or match.start() < best):
                best = match.start()
        return best

    # -- flag, score, commands -----------------------------------------------
    def flag_at_start(self, text: str, allow_short: bool) -> tuple[str | None, str]:
        stripped = text.lstrip()
        if stripped[:1] in ("-", "–", "—", ":", ","):
            stripped = grammar.SEPARATOR.sub("", stripped, count=1).lstrip()
        lowered = stripped.lower()
        for phrase in self.phrases:
            if phrase in grammar.SHORT_FLAGS and not allow_short:
                continue
            if lowered.startswith(phrase):
                after = stripped[len(phrase) :]
                if after and (after[0].isalnum() or after[0] == "_") and phrase[-1].isalnum():
                    continue
                return grammar.FLAG_WORDS[phrase], after
        return None, text

    @staticmethod
    def score_at_start(text: str) -> tuple[float | None, str]:
        match = grammar.SCORE.match(text)
        if not match:
            return None, text
        value = float(match["pct"]) / 100 if match["pct"] is not None else float(match["num"])
        if not 0.0 <= value <= 1.0:
            return None, text
        return round(value, 4), text[match.end() :]

    def commands_in(self, ref: str | None, text: str) -> tuple[list[Command], str | None]:
        lowered = text.lower().lstrip(" -–—:,")
        found: list[Command] = []
        for word in grammar.DROP_WORDS:
            if re.match(rf"{word}\b", lowered) and ref:
                original = text.lstrip(" -–—:,")[len(word) :]
                reason = grammar.SEPARATOR.sub("", original, count=1).strip()
                if not reason:
                    return (
                        [],
                        f"say why {ref} is dropped, for example: {ref} drop - no longer needed",
                    )
                return [Command("drop", ref, reason)], None
        for phrase in grammar.DUE_PHRASES:
            for match in re.finditer(rf"(?<!\w){re.escape(phrase)}\s*:?\s*", lowered):
                parsed = grammar.parse_date(text[match.end() :], self.today)
                if parsed is None:
                    continue
                if not ref:
                    return (
                        [],
                        "name the key result whose date moves, for example: #12 due 2026-12-15",
                    )
                found.append(Command("due", ref, parsed[0].isoformat()))
                return found, None
        return found, None

    def away_command(self, text: str) -> Command | None:
        lowered = text.lower().strip()
        for phrase in grammar.AWAY_PHRASES:
            if lowered.startswith(phrase):
                parsed = grammar.parse_date(text.strip()[len(phrase) :], self.today)
                if parsed:
                    return Command("away", None, parsed[0].isoformat())
        return None

    # -- one line ---------------------------------------------------------------
    def read(self, raw: str, context_ref: str | None) -> _Line:
        text = _MD_NOISE.sub("", grammar.BULLET.sub("", raw, count=1)).strip()
        if away := self.away_command(text):
            return _Line(commands=[away])
        ref, rest, problem = self.ref_at_start(text)
        if problem:
            return _Line(problem=problem)
        blanket = False
        if ref is None:
            lowered = rest.lower()
            for phrase in sorted(grammar.ALL_PHRASES, key=len, reverse=True):
                if lowered.startswith(phrase + " "):
                    flag, after = self.flag_at_start(rest[len(phrase) :].lstrip(), False)
                    if flag:
                        blanket, rest = True, rest[len(phrase) :]
                    break
        owner = ref or context_ref
        commands, problem = self.commands_in(owner, rest)
        if problem:
            return _Line(ref=owner, problem=problem)
        if commands and commands[0].kind == "drop":
            return _Line(ref=owner, commands=commands)
        score, rest2 = self.score_at_start(rest.lstrip(" -–—:,"))
        flag, rest3 = self.flag_at_start(rest2 if score is not None else rest, bool(owner))
        if score is None:
            score, rest3 = self.score_at_start(rest3)
        note = grammar.SEPARATOR.sub("", rest3, count=1).strip()
        return _Line(
            ref=ref, status=flag, score=score, note=note, commands=commands, blanket=blanket
        )


def understand(
    text: str, entries: list[FormEntry], today: date, names: tuple[str, ...] = ()
) -> Understanding:
    """Read a reply's new text against the key results its form listed.

    `names` are the sender's name and first name: a line that is only one of them is a
    signature, not part of the last note.
    """
    reader = _Reader(entries, today)
    own_names = {n.strip().lower() for n in names if n.strip()}
    result = Understanding()
    answers: dict[str, Answer] = {}
    unnamed: list[tuple[str, _Line]] = []
    context: str | None = None  # key result named by the quoted line above (inline answer)
    last: Answer | None = None  # where continuation lines go
    blanket: _Line | None = None
    ended = False  # after a sign-off, short lines are a name, not a note

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(">"):
            quoted = line.lstrip("> ").strip()
            ref, _, _ = reader.ref_at_start(_MD_NOISE.sub("", quoted))
            # Only a quoted line naming a key result changes whose answer comes next;
            # the form's "Due ..." and "Last week ..." lines under it do not.
            context, last = ref or context, None
            continue
        if _SIGN_OFF.match(line) or line.strip(" -–—,.").lower() in own_names:
            ended, last = True, None
            continue
        if ended and len(line.split()) <= 3:
            continue
        if _GREETING.match(line) and not answers:
            continue
        parsed = reader.read(line, context)
        if parsed.problem:
            result.unmatched.append(f"{line}  ({parsed.problem})")
            continue
        for command in parsed.commands:
            if command not in result.commands:
                result.commands.append(command)
        if parsed.blanket:
            blanket = parsed
            continue
        target = parsed.ref or (context if parsed.status or parsed.commands else None)
        if parsed.status and target:
            answer = Answer(target, parsed.status, parsed.score, parsed.note)
            answers[target] = answer
            last, context = answer, (context if not parsed.ref else None)
            continue
        if parsed.status:
            unnamed.append((line, parsed))
            last = None
            continue
        if parsed.commands:
            last = None
            continue
        if parsed.ref:
            result.unmatched.append(f"{line}  (no flag for {parsed.ref}: add green, yellow or red)")
            continue
        if last is not None:
            last.add_note(line)
        elif context is not None:
            result.unmatched.append(f"{line}  (no flag for {context}: add green, yellow or red)")
        else:
            result.unmatched.append(line)

    _assign_by_order(unnamed, entries, answers, result)
    if blanket is not None:
        for entry in entries:
            if entry.ref not in answers:
                answers[entry.ref] = Answer(entry.ref, blanket.status, blanket.score, blanket.note)
    order = {e.ref: i for i, e in enumerate(entries)}
    result.items = sorted(answers.values(), key=lambda a: order.get(a.ref, len(order)))
    return result


def _assign_by_order(
    unnamed: list[tuple[str, _Line]],
    entries: list[FormEntry],
    answers: dict[str, Answer],
    result: Understanding,
) -> None:
    """Flags without names count in form order only when they match one for one."""
    if not unnamed:
        return
    if not answers and len(unnamed) == len(entries):
        for entry, (_, line) in zip(entries, unnamed, strict=True):
            answers[entry.ref] = Answer(entry.ref, line.status, line.score, line.note)
        return
    for text, _ in unnamed:
        result.unmatched.append(
            f"{text}  (which key result? start the line with its number, e.g. "
            f"{entries[0].ref if entries else '#12'} green)"
        )
