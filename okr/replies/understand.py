"""Understanding the new text of a reply: which key result, which flag, score, note, command.

Pure, in small steps over the lines of the text:

1. `_kind` sorts a line: quoted (the form; only its item headers matter), the form's own
   lines pasted unquoted, greetings, remarks about the mail, sign-offs and signatures, or
   text to read.
2. `_Line.read` reads a text line into readings: for which key results (a reference, a
   list of them, a title, the quoted item above, "all"), a flag, score and note, and the
   rule that named them; plus commands (done, drop, a new date, away).
3. A line that reads nothing continues the last note, or is reported as not understood.
4. `_resolve` decides per key result. An explicit reading (its reference, its title, an
   answer under its quoted item, an exception to "all green") overrides a blanket one
   ("all green"). Two explicit readings that disagree record nothing and are asked about,
   unless the later one is marked as a correction ("Correction: #12 yellow"). A word that
   can mean two colours, a negation ("not on track") or a qualifier ("mostly green") is
   asked about too. A flag word inside a note never becomes a flag.

Quoted lines are never read for flags (last week's flag is printed in the quoted form):
they only tell which key result an inline answer under them is for.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import lru_cache

from . import grammar
from .grammar import COLOURS, DONE, DROP, UNSURE, Word
from .trim import is_closing


@dataclass(frozen=True)
class FormEntry:
    """A key result as the form listed it."""

    ref: str  # "#12"
    title: str
    objective: str = ""  # the form prints it above its key results


@dataclass(frozen=True)
class Source:
    """Why something was read: the line it came from and the rule that named it."""

    line: str
    rule: str  # ref-line | ref-list | title-prefix | all | all-except | inline-under-quote |
    # under-title-line | typed-over-form | flag-first | by-order


@dataclass
class Answer:
    ref: str
    status: str  # red | yellow | green
    score: float | None = None
    note: str = ""
    source: Source | None = None
    guess: str | None = None  # the word read as this flag when it was a guess ("gren")


@dataclass(frozen=True)
class Command:
    kind: str  # done | drop | due | away
    ref: str | None
    value: str  # the note (done), the reason (drop), or an ISO date (due, away)
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


@dataclass
class Understanding:
    items: list[Answer] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    guesses: list[Guess] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.items and not self.commands

    def as_dict(self) -> dict:
        """Plain data for JSON (the inbound row's outcome, `okr parse-reply --json`)."""
        return {
            "items": [asdict(a) for a in self.items],
            "commands": [asdict(c) for c in self.commands],
            "unmatched": list(self.unmatched),
            "guesses": [asdict(g) for g in self.guesses],
            "ambiguous": [asdict(a) for a in self.ambiguous],
        }


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------
_FOLD = str.maketrans(
    {
        "＃": "#", "：": ":", "，": ",", "；": ";", "（": "(", "）": ")", "！": "!",
        "’": "'", "‘": "'", "\u00a0": " ", "\u3000": " ", "\t": " ",
        **{chr(0xFF10 + n): str(n) for n in range(10)},
    }
)  # fmt: skip
_INVISIBLE = re.compile("[\ufe0e\ufe0f\u200b\u2060\ufeff]")
_MD_NOISE = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")
_NOTE_START = re.compile(r"^[\s\-–—:;,.!|/)\]，：；。！）】、]+")
_NOTE_END = re.compile(r"[\s\-–—|/(\[]+$")
_CLOSING_BRACKET = {"(": ")", "[": "]", '"': '"', "'": "'", "“": "”", "«": "»", "„": "“"}
_TAG = re.compile(r"^\[(?!#|kr\b)[^\[\]\d]{1,30}\]\s+(?=\S)", re.IGNORECASE)  # "[Dana] Green"
_TABLE_RULE = re.compile(r"^[|:\-–—=+ ]+$")
_SPLIT_TAIL = re.compile(r"(?:\s*(?:[,;|/&+.]|\b(?:and|but|while|whereas)\b))+\s*$")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)")
_HEAD_END = re.compile(r"^(?:\s*$|\s*[-–—:;,.!?|/)\]…]|\s+\d|\s*\(|\s*[^\w\s])")
_CONTINUES = re.compile(r"[^.!?:;)\]]$")
_TRIAL = 200  # characters a trial reading of a further answer on a line looks at
_MAX_PER_LINE = 100  # answers on one line (a form has a few); the rest is the last note
_SCAN_LIMIT = 5000  # no answer starts this far into a line
_WRAP_WIDTH = 50  # a line this long that ends mid-sentence was probably wrapped by the client


def _fold(text: str) -> str:
    """Lower case, full-width forms as ASCII; the same length as `text`, so positions agree."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def _clean(line: str, refs: frozenset[str] = frozenset()) -> str:
    """A line without decoration: bullets, Markdown emphasis, table bars, an "[Ann]" tag.
    "12. green" keeps its number when #12 is on the form (it names the key result)."""
    text = _INVISIBLE.sub("", line).replace("\u00a0", " ").strip()
    if text.startswith("|"):  # a Markdown table row: "| #12 | green | signed 4 |"
        text = text.strip("| ")
    text = _SYMBOL_BULLET.sub("", text, count=1)
    bullet = grammar.BULLET.match(text)
    number = bullet.group().strip(" .") if bullet else ""
    keep = number.isdigit() and f"#{int(number)}" in refs and text[bullet.end() :][:1] != "#"
    if bullet and not keep:
        text = text[bullet.end() :]
    text = _TAG.sub("", text, count=1)
    initials = _INITIALS.match(text)
    if initials and _flag_at(_fold(text), initials.end(), False) is not None:
        text = text[initials.end() :]  # "DK: green" under a quoted item
    return _MD_NOISE.sub("", text).strip()


def _note(text: str, split: bool = False) -> str:
    """A note as typed, without the separators around it ("- ", "(...)"; ", and" before a
    further answer on the same line when `split`)."""
    text = _NOTE_START.sub("", text)
    text = _SPLIT_TAIL.sub("", text) if split else text
    text = _NOTE_END.sub("", text) if not text.endswith((".", "!", "?", ")")) else text
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    if text.startswith("(") and text.rstrip(".!").endswith(")") and text.count("(") == 1:
        text = text.rstrip(".!")[1:-1].strip()
    return text.strip()


def _without_sign_off(note: str) -> str:
    """A sign-off at the end of a note's last line: "vendor slipped. Thanks, Dana"."""
    head, _, last = note.rpartition("\n")
    parts = re.split(r"(?<=[.!?])\s+", last)
    if len(parts) > 1 and is_closing(parts[-1]):
        last = " ".join(parts[:-1])
    return f"{head}\n{last}".strip() if head else last.strip()


_Phrases = dict[str, tuple[str, ...]]  # phrases by their first character, longest first


def _phrases(phrases) -> _Phrases:
    """A table of phrases, indexed for `_starts` (built once, at import)."""
    grouped: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=len, reverse=True):
        grouped.setdefault(phrase[:1], []).append(phrase)
    return {first: tuple(group) for first, group in grouped.items()}


def _starts(folded: str, at: int, phrases: _Phrases) -> str | None:
    """The longest phrase `folded` holds at `at`, ending at a word boundary."""
    best = None
    for phrase in phrases.get(folded[at : at + 1], ()):
        if folded.startswith(phrase, at) and (best is None or len(phrase) > len(best)):
            end = at + len(phrase)
            if (
                not phrase[-1].isalnum()
                or end == len(folded)
                or not folded[end].isalnum()
                or _is_cjk(phrase[-1])
            ):
                best = phrase
    return best


def _skip_space(folded: str, at: int) -> int:
    while at < len(folded) and folded[at] == " ":
        at += 1
    return at


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` is `b` with one letter added, removed, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _title_key(text: str) -> str:
    return " ".join(_fold(text).replace("–", "-").replace("—", "-").split())


# --------------------------------------------------------------------------------------
# The flag table, compiled once
# --------------------------------------------------------------------------------------
_WORD_PHRASES = _phrases(p for p, w in grammar.FLAG_WORDS.items() if not w.short)
_SHORT_PHRASES = _phrases(p for p, w in grammar.FLAG_WORDS.items() if w.short)
_EMOJI = {p: w for p, w in grammar.FLAG_WORDS.items() if not any(c.isalnum() for c in p)}
_EMOJI_NAME = {w: p for p, w in reversed(_EMOJI.items())}
_EMOJI_FIRST = frozenset(p[0] for p in _EMOJI)
_DONE_WORDS = _phrases(w for w, word in grammar.FLAG_WORDS.items() if word.meaning == DONE)
_CONNECTORS = _phrases(grammar.CONNECTORS)
_EXCEPT = _phrases(grammar.EXCEPT_WORDS)
_BLANKETS = _phrases(grammar.BLANKETS)
_OTHERS = _phrases(grammar.BLANKETS_OF_THE_REST)
_PAST = _phrases(grammar.PAST)
_FUTURE = re.compile(grammar.FUTURE)
_FILLERS = _phrases(grammar.BLANKET_FILLERS)
_BLANKET_AFTER = _phrases(grammar.BLANKET_AFTER)
_JOINERS = _phrases(grammar.REF_JOINERS)
_LEAD_INS = _phrases(grammar.LEAD_INS)
_CORRECTION_LEAD_INS = _phrases(grammar.CORRECTION_LEAD_INS)
_NEGATIONS = _phrases(grammar.NEGATIONS)
_QUALIFIERS = _phrases(grammar.QUALIFIERS)
_BETWEEN = _phrases(grammar.BETWEEN_FLAGS)
_CORRECTIONS = _phrases(grammar.CORRECTIONS)
_HEDGES = _phrases((*grammar.HEDGES, "could be", "might be", "may be", "should be"))
_AFTER_FLAG_FILLERS = _phrases(grammar.AFTER_FLAG_FILLERS)
_TRANSITIONS = _phrases(grammar.TRANSITIONS)
_WAS = _phrases(grammar.WAS)
_NOW = _phrases(grammar.NOW)
_FROM = _phrases(grammar.FROM)
_TO = _phrases(grammar.TO)
# Prose, then answers on the same line: "Quick update. #12 green, #13 red".
_PROSE_BREAK = re.compile(r"(?:[.!?:;]|\s[-–—])\s+")
# "push #14 to Jan 20", "new date for #14: 2027-01-20": a new date named after its verb.
_DUE_VERB = re.compile(
    r"(?:please\s+)?(?:push(?:ing)?|mov(?:e|ing)|postpon(?:e|ing)|delay(?:ing)?|"
    r"reschedul(?:e|ing)|shift(?:ing)?|slip(?:ping)?|new (?:due )?date for|new deadline for|"
    r"deadline for|due date for)\s+"
)
_DUE_AFTER_REF = re.compile(r"\s*(?:out\s+)?(?:to|until|till|:|-|–|—)?\s*(?:is\s+)?")
# Initials before an inline answer: "DK: green" (the "[DK] green" form is a _TAG).
_INITIALS = re.compile(r"^[A-Z]{2,3}(?::|\s[-–—])\s+(?=\S)")
_SPLIT_AT = re.compile(r"#|\b(?:kr|key result)\b|\b\d|(?<!\w)[^\W\d_]")
_SPLIT_BEFORE = re.compile(r"(?:[,;|/]|\.|\s(?:and|but|while|whereas|&|\+))\s*$")
_WEEK_LABEL = re.compile(
    r"(?:status |update |report )?(?:for )?(?:week|wk|kw|w) ?\d{1,2}\s*[:\-–—]\s*(?=\S)"
)
_SYMBOL_BULLET = re.compile(r"^(?:[▶►▸➡→⇒⮕◆◇■□●○•◉🔹🔸🔷🔶▪▫➤➜👉]\ufe0f?\s*)+")
_DUE_WORDS = sorted(grammar.DUE_PHRASES, key=len, reverse=True)
_DUE = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(p) for p in _DUE_WORDS)})\s*:?\s*")
_AWAY = _phrases(grammar.AWAY_PHRASES)
_AWAY_LEAD = _phrases(grammar.AWAY_LEAD_INS)
_FLAG_FIRST_LINKS = _phrases(("for", "on", ":", "-", "–", "—"))


def _flag_at(folded: str, at: int, short: bool) -> tuple[str, Word] | None:
    """The flag phrase at `at` (a word ends at a word boundary, not "green-light")."""
    for phrases in (_WORD_PHRASES, _SHORT_PHRASES) if short else (_WORD_PHRASES,):
        for phrase in phrases.get(folded[at : at + 1], ()):
            if not folded.startswith(phrase, at):
                continue
            end = at + len(phrase)
            if phrase[-1].isalnum() and not _is_cjk(phrase):
                if end < len(folded) and (folded[end].isalnum() or folded[end] in "'’"):
                    continue
                if folded[end : end + 1] == "-" and folded[end + 1 : end + 2].isalpha():
                    continue
            after_word = at > 0 and folded[at - 1].isalnum()
            if (
                phrase[0].isalnum()
                and after_word
                and not (_is_cjk(phrase) and _is_cjk(folded[at - 1]))
            ):
                continue  # "緑か黄色": CJK flags need no space before them
            return phrase, grammar.FLAG_WORDS[phrase]
    return None


def _decoration(folded: str, at: int) -> str | None:
    """A symbol that is no flag ("🔥", "★"), skipped before a flag word."""
    char = folded[at : at + 1]
    if not char or char in _EMOJI_FIRST or not unicodedata.category(char).startswith("S"):
        return None
    return char


def _is_cjk(text: str) -> bool:
    return bool(text) and ord(text[0]) >= 0x2E80


def _closed(folded: str, at: int) -> bool:
    """Whether the answer's head ends at `at`: the end, punctuation, a score, a bracket."""
    return bool(_HEAD_END.match(folded[at:])) or _is_cjk(folded[at : at + 1])


# --------------------------------------------------------------------------------------
# Reading one line
# --------------------------------------------------------------------------------------
@dataclass
class _Head:
    """What follows a reference: flag, score, and where the note starts."""

    meaning: str | None = None  # green | yellow | red | done | drop | unsure
    colour: str | None = None  # a colour given with done ("#1 green, done")
    score: float | None = None
    rest: int = 0  # where the note starts
    closed: bool = False  # the flag was followed by the end of the head
    guess: str | None = None
    reason: str | None = None  # why it is unsure
    correction: bool = False


@dataclass
class _Reading:
    refs: list[str]
    meaning: str | None  # colour | unsure | None (a command only)
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


@dataclass
class _Parsed:
    readings: list[_Reading] = field(default_factory=list)
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


class _Reader:
    """Reads lines against one form."""

    def __init__(self, entries: list[FormEntry], today: date) -> None:
        self.entries = entries
        self.refs = {e.ref for e in entries}
        self.ref_set = frozenset(self.refs)
        self.today = today
        self.titles = sorted(
            ((_title_key(e.title), e.ref) for e in entries if e.title.strip()),
            key=lambda pair: len(pair[0]),
            reverse=True,
        )
        self.title_of = {e.ref: _title_key(e.title) for e in entries}
        self.longest = max((len(e.title) for e in entries), default=0) + 40

    # -- naming --------------------------------------------------------------------------
    def refs_at(self, folded: str, at: int) -> tuple[list[str], int, str | None]:
        """References at `at`: one, or a list joined by "and", ",", "/" ...; with a problem
        for a number that is not on the form."""
        found: list[str] = []
        unknown: list[str] = []
        i = at
        while True:
            match = grammar.REF.match(folded, i)
            if not match:
                break
            ref = f"#{int(match['n'])}"
            (found if ref in self.refs else unknown).append(ref)
            i = match.end()
            j = _skip_space(folded, i)
            joiner = _starts(folded, j, _JOINERS) or ""
            if not joiner and j == i:
                break
            k = _skip_space(folded, j + len(joiner))
            if not grammar.REF.match(folded, k):
                break
            i = k
        if unknown:
            return [], at, f"{unknown[0]} is not one of the key results in this form"
        return found, i, None

    def header(self, inner: str) -> str | None:
        """The key result a quoted item header names ("#12 Sign 5 design partners", or only
        its title, or a confirmation's "#12 Sign 5 design partners: green"). What follows the
        title on a quoted line is never read: it may be an earlier answer."""
        folded = _fold(inner)
        refs, end, problem = self.refs_at(folded, 0)
        if len(refs) == 1 and not problem:
            rest = _title_key(inner[end:]).strip(" :-")
            title = self.title_of[refs[0]]
            if not rest or title.startswith(rest):
                return refs[0]
            if rest.startswith(title) and not rest[len(title) : len(title) + 1].isalnum():
                return refs[0]
            return None
        key = _title_key(inner)
        return next((ref for title, ref in self.titles if key == title), None)

    def bare_ref_at(self, folded: str, at: int) -> tuple[str | None, int]:
        match = grammar.BARE_REF.match(folded, at)
        if not match:
            return None, at
        ref = f"#{int(match['n'])}"
        return (ref, match.end()) if ref in self.refs else (None, at)

    def title_at(self, text: str, folded: str, at: int) -> tuple[str | None, int, bool]:
        """(ref, end, whole) for a line starting with a title or a clear prefix of one."""
        key = _title_key(text[at : at + self.longest])
        for title, ref in self.titles:
            if key.startswith(title) and (len(key) == len(title) or not key[len(title)].isalnum()):
                return ref, self._position(folded, at, title), True
        head = re.split(r"\s[-–—]\s|:|…|\.\.\.|,\s|\s\(", key, maxsplit=1)[0].strip()
        if len(head) < 4 or head.endswith("-"):
            return None, at, False
        hits = [
            ref
            for title, ref in self.titles
            if title.startswith(head) and (len(title) == len(head) or title[len(head)] == " ")
        ]
        if len(hits) != 1 or _flag_at(head, 0, False) and len(head.split()) == 1:
            return None, at, False
        return hits[0], self._position(folded, at, head), False

    @staticmethod
    def _position(folded: str, at: int, key: str) -> int:
        """Where the text that `_title_key` turned into `key` ends in `folded`."""
        i, n = at, 0
        words = key.split()
        while i < len(folded) and n < len(words):
            i = _skip_space(folded, i)
            word = words[n]
            chunk = folded[i : i + len(word)].replace("–", "-").replace("—", "-")
            if chunk != word:
                break
            i += len(word)
            n += 1
        return i

    def skip_title(self, text: str, folded: str, at: int, ref: str) -> int:
        """After "#12", the title copied from the form ("#12 Sign 5 design partners: green",
        "KR 12 (Sign 5 design partners) - red")."""
        i = _skip_space(folded, at)
        i = i + 1 if folded[i : i + 1] in (":", "-", "–", "—") else i
        i = _skip_space(folded, i)
        bracket = _CLOSING_BRACKET.get(folded[i : i + 1])
        found, end, _ = self.title_at(text, folded, i + 1 if bracket else i)
        if found != ref:
            return at
        ellipsis = _ELLIPSIS.match(folded, end)
        end = ellipsis.end() if ellipsis else end
        if bracket:
            close = folded.find(bracket, end)
            if close < 0 or folded[end:close].strip():
                return at
            end = close + 1
        return end

    # -- the answer after a name ----------------------------------------------------------
    def score_at(self, folded: str, at: int, strict: bool) -> tuple[float | None, int]:
        """A score at `at`; `strict`: only when the head ends after it ("green - 0.8 - ...")."""
        match = grammar.SCORE.match(folded, at)
        if not match or match.end() == at:
            return None, at
        if match["pct"] is not None:
            value = float(match["pct"].replace(",", ".")) / 100
        elif match["tenths"] is not None:
            value = int(match["tenths"]) / int(match["of"])
        else:
            value = float(match["num"].replace(",", "."))
        if not 0.0 <= value <= 1.0:
            return None, at
        end = match.end()
        after = folded[end:]
        done_word = _starts(folded, _skip_space(folded, end), _DONE_WORDS)
        if match["pct"] is not None and done_word:  # "70% done" is a score, not done
            return round(value, 4), _skip_space(folded, end) + len(done_word)
        if after and after[0].isalnum():
            return None, at
        if (strict or match["num"] in ("0", "1")) and not _closed(folded, end):
            return None, at
        return round(value, 4), end

    def connectors(self, folded: str, at: int) -> int:
        """Skip "is", "is now", "->", ":", "status:" ... between a name and its flag."""
        i = at
        for _ in range(4):
            j = _skip_space(folded, i)
            if _flag_at(folded, j, False) is not None:
                return j  # "#12 en plazo": the flag, not the connector "en"
            phrase = (
                _starts(folded, j, _CONNECTORS)
                or _starts(folded, j, _TRANSITIONS)
                or _decoration(folded, j)
            )
            if phrase is None:
                return j
            i = j + len(phrase)
            i = i + 1 if folded[i : i + 1] == ":" else i
        return _skip_space(folded, i)

    def typo_at(self, folded: str, at: int) -> tuple[str, str, int] | None:
        """(colour, the word, end) for one letter off "green", "yellow" or "amber"."""
        match = _WORD.match(folded, at)
        if not match or len(match.group()) < 4 or match.group() in grammar.NOT_TYPOS:
            return None
        if not _closed(folded, match.end()):
            return None
        for word, colour in grammar.GUESSABLE.items():
            if _one_edit(match.group(), word):
                return colour, match.group(), match.end()
        return None

    def head(self, text: str, folded: str, at: int, short: bool, lead: Word | None = None) -> _Head:
        """Flag, score and the note's start, after a name (or at the start of an answer)."""
        result = _Head(rest=at)
        i = _skip_space(folded, at)
        opened = folded[i : i + 1] in "(["
        i = _skip_space(folded, i + 1) if opened else i
        result.score, i = self.score_at(folded, i, strict=False)
        i = self.connectors(folded, i)
        if not opened and folded[i : i + 1] in "([":
            opened, i = True, _skip_space(folded, i + 1)
        if unsure := self._unsure_before(folded, i):
            result.meaning, result.reason = UNSURE, unsure
            result.rest = len(folded)
            return result
        i, before = self._transition(folded, i)
        if before is not None:  # "was yellow" and no flag of now
            result.meaning, result.reason = UNSURE, "it may be the flag of an earlier week"
            result.rest = len(folded)
            return result
        word, phrase, end = self._word_at(folded, i, short, result)
        if word is not None and phrase in _EMOJI and not word.short:
            after = _skip_space(folded, end)
            following = _flag_at(folded, after, False)
            if following is not None and following[0] not in _EMOJI:
                word_end = after + len(following[0])
                if following[1].closed and not _closed(folded, word_end):
                    pass  # "🟢 done with the cut-over": the circle; the words are the note
                elif (
                    not word.guess and following[1].meaning == word.meaning and following[1].closed
                ):
                    pass  # "🟢 fine": the circle is the flag, the word is the note
                else:  # "✅ done", "⚠️ at risk", "🟢 red": the word, checked against it
                    lead, (phrase, word) = word, following
                    end = _skip_space(folded, end) + len(phrase)
                    result.guess = None
        if word is None:
            if lead is None:
                return result
            result.meaning, result.closed, result.rest = lead.meaning, True, i
            result.guess = _EMOJI_NAME.get(lead) if lead.guess else None
            return result
        if word.closed and not _closed(folded, end) or _names_a_thing(text, folded, i, end, word):
            return _Head(rest=at)
        result.meaning = word.meaning
        if folded[_skip_space(folded, end) : _skip_space(folded, end) + 1] in ("?", "？"):
            result.meaning, result.reason = UNSURE, "it is a question"
        if lead is not None and not _agree(lead, word):
            result.meaning, result.reason = UNSURE, "the symbol and the word say different things"
        result.closed = _closed(folded, end)
        if folded.startswith(("ish", "-ish"), end):
            result.meaning, result.reason = UNSURE, "it is between two colours"
        end = self._after_flag(folded, end, result)
        if result.score is None:
            j = end + 1 if folded[end : end + 1] == ")" and opened else end
            strict = bool(re.match(r"\s*[-–—]", folded[j:])) or bool(folded[end:j].strip())
            k = self._skip_separator(folded, j)
            score, k = self.score_at(folded, k, strict=strict or bool(folded[j:k].strip()))
            if score is not None:
                result.score, end = score, k
        if opened and folded[_skip_space(folded, end) : _skip_space(folded, end) + 1] in ")]":
            end = _skip_space(folded, end) + 1
        result.rest = end
        return result

    def _transition(self, folded: str, at: int) -> tuple[int, str | None]:
        """ "was yellow, now red", "from yellow to red": (where the flag of now starts, or
        the flag of before when none follows). Elsewhere: (at, None)."""
        for first, then in ((_WAS, _NOW), (_FROM, _TO)):
            opening = _starts(folded, at, first)
            if opening is None:
                continue
            i = _skip_space(folded, at + len(opening))
            earlier = _flag_at(folded, i, False)
            if earlier is None or earlier[1].meaning not in (*COLOURS, UNSURE):
                continue
            j = self._skip_separator(folded, i + len(earlier[0]), dots=True)
            if past := _starts(folded, j, _PAST):  # "was red last week, now yellow"
                j = self._skip_separator(folded, j + len(past), dots=True)
            link = _starts(folded, j, then)
            if link is not None:
                k = self.connectors(folded, j + len(link))
                later = _flag_at(folded, k, False)
                if later is not None and later[1].meaning in (*COLOURS, UNSURE):
                    return k, None
            if first is _WAS:
                return at, earlier[0]
        return at, None

    def _now_after(self, folded: str, at: int) -> int | None:
        """After "red last week", where "now green" puts the flag of now, if it follows."""
        past = _starts(folded, at, _PAST)
        j = self._skip_separator(folded, at + len(past or ""), dots=True)
        link = _starts(folded, j, _NOW)
        if link is None:
            return None
        k = self.connectors(folded, j + len(link))
        later = _flag_at(folded, k, False)
        return k if later is not None and later[1].meaning in (*COLOURS, UNSURE) else None

    def _hedged(self, folded: str, at: int, meaning: str | None) -> bool:
        """ "red, maybe yellow", "green probably", "黄色かもしれない": the flag is a guess.
        ("green, I think we're fine" says the same twice: not hedged.)"""
        at = _skip_space(folded, at + 1) if folded[at : at + 1] == "(" else at
        hedge = _starts(folded, at, _HEDGES)
        if hedge is None:
            return False
        i = _skip_space(folded, at + len(hedge))
        for _ in range(3):
            flag = _flag_at(folded, i, False)
            if flag is not None and flag[1].meaning in (*COLOURS, UNSURE):
                return flag[1].meaning != meaning
            word = _WORD.match(folded, i)
            if not word:
                break
            i = _skip_space(folded, word.end())
        rest = folded[at + len(hedge) :].strip(" .!?,;:)。！？")
        return not rest or _is_cjk(hedge) and len(rest) <= 3

    def _word_at(
        self, folded: str, at: int, short: bool, head: _Head
    ) -> tuple[Word | None, str, int]:
        """The flag word at `at` (or a typo of one, as a guess): (word, as typed, end)."""
        if (flag := _flag_at(folded, at, short)) is not None:
            phrase, word = flag
            head.guess = phrase if word.guess else None
            return word, phrase, at + len(phrase)
        if (typo := self.typo_at(folded, at)) is not None:
            colour, typed, end = typo
            head.guess = typed
            return Word(colour, guess=True), typed, end
        return None, "", at

    def _after_flag(self, folded: str, end: int, head: _Head) -> int:
        """What follows the flag: a correction ("red, no wait, yellow": the later one wins),
        a second flag ("red/yellow", "yellow or red": unclear), or done ("green, done")."""
        while True:
            i = _skip_space(folded, end)
            symbol = _flag_at(folded, i, False)
            if symbol is not None and symbol[0] in _EMOJI:  # "green ✅", "done ✅", "🟢🟢"
                if head.meaning in (*COLOURS, DONE, DROP) and not _agree(
                    symbol[1], Word(head.meaning)
                ):
                    head.meaning, head.reason = (
                        UNSURE,
                        "the word and the symbol say different things",
                    )
                end = i + len(symbol[0])
                continue
            if _starts(folded, i, _PAST):  # "red last week, green now"
                now = self._now_after(folded, i)
                if now is None:
                    head.meaning, head.reason = UNSURE, "it may be the flag of an earlier week"
                    return end
                later = _flag_at(folded, now, False)
                head.meaning, head.guess = later[1].meaning, later[0] if later[1].guess else None
                end = now + len(later[0])
                head.closed = _closed(folded, end)
                continue
            if _FUTURE.match(folded, i):  # "green by Friday", "green once legal signs"
                head.meaning, head.reason = UNSURE, "it may be the flag of a later week"
                return end
            if filler := _starts(folded, i, _AFTER_FLAG_FILLERS):
                end = i + len(filler)  # "went red this week - vendor"
                continue
            k = self._skip_separator(folded, i, dots=True)
            if folded[k : k + 1] in ("?", "!", "("):
                k = self._skip_separator(folded, k + 1, dots=True)
            if self._hedged(folded, k, head.meaning):
                head.meaning, head.reason = UNSURE, "it is hedged (maybe, or)"
                return len(folded)
            correction = _starts(folded, k, _CORRECTIONS)
            if correction in grammar.BARE_NOS and not _is_cjk(correction):
                after = folded[k + len(correction) : k + len(correction) + 1]
                chained = _starts(folded, _skip_space(folded, k + len(correction)), _CORRECTIONS)
                if after not in ",;:.!-–—…" and not chained:
                    correction = None  # "no green light yet" is no correction
            if correction:
                j = self._skip_separator(folded, k + len(correction), dots=True)
                for _ in range(3):  # "no, wait, yellow", "enfin non, jaune"
                    more = _starts(folded, j, _CORRECTIONS)
                    if more is None or _flag_at(folded, j, False) is not None:
                        break
                    j = self._skip_separator(folded, j + len(more), dots=True)
                later = _flag_at(folded, j, False)
                if later is not None and _names_a_thing(
                    folded, folded, j, j + len(later[0]), later[1]
                ):
                    later = None  # "no, green light from legal" is a note
                if later is not None and later[1].meaning in (*COLOURS, UNSURE):
                    head.meaning, head.correction = later[1].meaning, True
                    head.guess = later[0] if later[1].guess else None
                    head.reason = (
                        "it is between two colours" if later[1].meaning == UNSURE else None
                    )
                    end = j + len(later[0])
                    head.closed = _closed(folded, end)
                    continue
            if folded[i : i + 2] in ("- ", "– ", "— ") or folded[i : i + 1] in (":", "."):
                return end  # a note follows, whatever its first word
            between = _starts(folded, i, _BETWEEN)
            j = _skip_space(folded, i + len(between)) if between else k
            if j == i and not between:
                return end
            if between and (more := _starts(folded, j, _QUALIFIERS)):  # "oder eher rot"
                later = _flag_at(folded, _skip_space(folded, j + len(more)), False)
                if later is not None and later[1].meaning in (*COLOURS, UNSURE):
                    head.meaning, head.reason = UNSURE, "it is hedged (maybe, or)"
                    return len(folded)
            if between and (fix := _starts(folded, j, _CORRECTIONS)):  # "→ いや黄色"
                k2 = self._skip_separator(folded, j + len(fix), dots=True)
                later = _flag_at(folded, k2, False)
                if later is not None and later[1].meaning in (*COLOURS, UNSURE):
                    head.meaning, head.correction = later[1].meaning, True
                    head.guess = later[0] if later[1].guess else None
                    end = k2 + len(later[0])
                    head.closed = _closed(folded, end)
                    continue
            later = _flag_at(folded, j, False)
            if later is None:
                return end
            meaning = later[1].meaning
            after_later = _skip_space(folded, j + len(later[0]))
            if not between and (
                _FUTURE.match(folded, after_later) or _starts(folded, after_later, _PAST)
            ):
                return end  # "yellow; red if QA fails again": a note about another time
            if meaning == DONE and head.meaning in COLOURS and not between:
                head.colour, head.meaning = head.meaning, DONE
                return j + len(later[0])
            if meaning in (DONE, DROP) or head.meaning in (DONE, DROP):
                return end
            if meaning != head.meaning:
                head.meaning, head.reason = UNSURE, "it reads as two different flags"
                return j + len(later[0])
            if between:  # "amber/yellow", "red/blocked": one flag said twice
                end = j + len(later[0])
                continue
            return end

    @staticmethod
    def _skip_separator(folded: str, at: int, dots: bool = False) -> int:
        i = _skip_space(folded, at)
        while i < len(folded) and folded[i] in ",;:-–—、，：；" + (".。" if dots else ""):
            i += 1
        return _skip_space(folded, i)

    def _unsure_before(self, folded: str, at: int) -> str | None:
        """A negation or qualifier right before a flag word: "not on track", "mostly green"."""
        for phrases, reason in (
            (_NEGATIONS, "a negation does not say which colour it is"),
            (_QUALIFIERS, "it is between two colours"),
        ):
            phrase = _starts(folded, at, phrases)
            if phrase is None:
                continue
            i = _skip_space(folded, at + len(phrase))
            for _ in range(2):
                if _flag_at(folded, i, False) is not None:
                    return reason
                word = _WORD.match(folded, i)
                if not word:
                    break
                i = _skip_space(folded, word.end())
        return None

    # -- commands -------------------------------------------------------------------------
    def due_in(self, text: str, folded: str, at: int, stop: int) -> str | None:
        for match in _DUE.finditer(folded, at, stop):
            parsed = grammar.parse_date(text[match.end() : match.end() + 40], self.today)
            if parsed is not None:
                return parsed[0].isoformat()
        return None

    def away(self, text: str, folded: str) -> str | None:
        i = 0
        lead = _starts(folded, 0, _AWAY_LEAD)
        if lead:
            i = _skip_space(folded, len(lead))
        phrase = _starts(folded, i, _AWAY)
        if phrase is None:
            return None
        parsed = grammar.parse_date(text[i + len(phrase) :], self.today)
        return parsed[0].isoformat() if parsed else None

    # -- a whole line ---------------------------------------------------------------------
    def read(self, raw: str, context: str | None, context_rule: str) -> _Parsed:
        text = _clean(raw, self.ref_set)
        folded = _fold(text)
        parsed = _Parsed()
        if when := self.away(text, folded):
            parsed.commands.append(Command("away", None, when, Source(raw.strip(), "away")))
            parsed.named = parsed.closed = parsed.explicit = True
            return parsed
        i, correction = 0, False
        lead_in = _starts(folded, 0, _CORRECTION_LEAD_INS)
        if lead_in:
            j = self._skip_separator(folded, len(lead_in))
            if grammar.REF.match(folded, j) or self.title_at(text, folded, j)[0]:
                i, correction = j, True
        if label := _WEEK_LABEL.match(folded, i):
            i = label.end()
        lead_in = _starts(folded, i, _LEAD_INS)
        if lead_in:
            j = self._skip_separator(folded, i + len(lead_in))
            if grammar.REF.match(folded, j) or _starts(folded, j, _BLANKETS):
                i = j
        lead: Word | None = None
        if (flag := _flag_at(folded, i, False)) and flag[0] in _EMOJI:
            j = _skip_space(folded, i + len(flag[0]))
            if grammar.REF.match(folded, j) or _flag_at(folded, j, False):
                lead, i = flag[1], j
        if blanket := self.blanket(text, folded, i, raw, commands=parsed.commands):
            parsed.readings += blanket
            parsed.named = parsed.closed = True
            return _from_line(parsed, raw.strip())
        parsed = self.named(text, folded, i, raw, parsed, context, context_rule, correction, lead)
        if parsed.empty and not parsed.problem and not parsed.header:
            parsed = self._after_prose(text, folded, i, raw) or parsed
        return _from_line(parsed, raw.strip())

    def _after_prose(self, text: str, folded: str, at: int, raw: str) -> _Parsed | None:
        """Answers after a sentence on the same line: "Quick update. #12 green, #13 red",
        "Kurz: #12 grün", "Short version — all green". The sentence is neither."""
        if due := self._due_verb(text, folded, at, raw):
            return due
        for match in _PROSE_BREAK.finditer(folded, at, min(len(folded), _SCAN_LIMIT)):
            i = match.end()
            if not (grammar.REF.match(folded, i) or _starts(folded, i, _BLANKETS)):
                continue
            parsed = _Parsed()
            if blanket := self.blanket(text, folded, i, raw, commands=parsed.commands):
                parsed.readings += blanket
                parsed.named = parsed.closed = True
                return parsed
            parsed = self.named(text, folded, i, raw, parsed, None, "", False, None)
            if parsed.readings or parsed.commands:
                return parsed
        return None

    def _due_verb(self, text: str, folded: str, at: int, raw: str) -> _Parsed | None:
        """ "push #14 to Jan 20", "new date for #14: 2027-01-20"."""
        verb = _DUE_VERB.match(folded, at)
        if verb is None:
            return None
        refs, end, problem = self.refs_at(folded, verb.end())
        if len(refs) != 1 or problem:
            return None
        k = _DUE_AFTER_REF.match(folded, end).end()
        when = grammar.parse_date(text[k : k + 40], self.today)
        if when is None:
            return None
        source = Source(raw.strip(), "due-verb")
        return _Parsed(
            commands=[Command("due", refs[0], when[0].isoformat(), source)],
            named=True,
            closed=True,
            explicit=True,
        )

    def named(
        self,
        text: str,
        folded: str,
        i: int,
        raw: str,
        parsed: _Parsed,
        context: str | None,
        context_rule: str,
        correction: bool,
        lead: Word | None,
        stop: int | None = None,
    ) -> _Parsed:
        """The answer that starts at `i`. Further answers on the line are looked for after
        it, unless this is one of them (`stop`: where the next one starts)."""
        refs, end, problem = self.refs_at(folded, i)
        rule = "ref-line" if len(refs) == 1 else "ref-list"
        if problem:
            parsed.problem = problem
            return parsed
        bare = False
        if not refs:
            ref, end = self.bare_ref_at(folded, i)
            if ref:
                refs, bare = [ref], True
        if not refs:
            ref, end, whole = self.title_at(text, folded, i)
            if ref:
                refs, rule = [ref], "title-prefix"
                ellipsis = _ELLIPSIS.match(folded, end)
                end = ellipsis.end() if ellipsis else end
                if whole and not folded[end:].strip(" .:-–—"):
                    parsed.header = ref
                    return parsed
        if not refs:
            first = self.flag_first(text, folded, i, raw, lead, stop)
            if first is not None:
                return first
        if len(refs) == 1 and rule == "ref-line":
            end = self.skip_title(text, folded, end, refs[0])
            if not folded[end:].strip(" .:-–—"):
                parsed.header = refs[0]
                parsed.explicit = True
                return parsed
        if refs:
            parsed.explicit = rule in ("ref-line", "ref-list") and not bare
            owner_rule = rule
        elif context:
            refs, owner_rule = [context], context_rule
            typed = grammar.TYPED_OVER.match(folded, i)
            if typed:
                owner_rule = "typed-over-form" if folded.startswith("last", i) else owner_rule
                end = typed.end()
            else:
                end = i
        else:
            refs, owner_rule, end = [], "by-order", i
            typed = grammar.TYPED_OVER.match(folded, i)
            end = typed.end() if typed else end
        head = self.head(text, folded, end, short=bool(refs) or bool(context), lead=lead)
        if bare and not head.closed:
            return _Parsed(problem=None)
        rest = parsed.head_end = head.rest
        further = stop is None and refs and head.meaning != UNSURE
        segments = self.further(text, folded, rest) if further else []
        note_end = segments[0][0] if segments else (stop or len(text))
        note = _note(text[rest:note_end], split=note_end < len(text))
        parsed.named = owner_rule in ("ref-line", "ref-list", "title-prefix")
        parsed.closed = head.closed
        if note and _starts(_fold(note), 0, _CORRECTION_LEAD_INS):
            head.correction = True
        source = Source(raw.strip(), owner_rule)
        if head.meaning in (DONE, DROP) and not refs and not head.closed:
            return _Parsed()
        if head.meaning == DROP:
            if not note:
                ref = refs[0] if refs else "#12"
                parsed.problem = (
                    f"say why {ref} is dropped, for example: {ref} drop - no longer needed"
                )
                return parsed
            parsed.readings.append(
                _Reading(list(refs), DROP, None, [note], owner_rule, raw.strip())
            )
        elif head.meaning == DONE:
            notes = [note] if note else []  # shared: a continuation line goes to both
            if head.colour:
                parsed.readings.append(
                    _Reading(list(refs), head.colour, head.score, notes, owner_rule, raw.strip())
                )
            parsed.readings.append(_Reading(list(refs), DONE, None, notes, owner_rule, raw.strip()))
        elif head.meaning is not None:
            if not refs and not head.closed:
                return _Parsed()
            parsed.readings.append(
                _Reading(
                    list(refs),
                    head.meaning,
                    head.score,
                    [note] if note else [],
                    owner_rule,
                    raw.strip(),
                    correction=correction or head.correction,
                    guess=head.guess,
                    reason=head.reason,
                )
            )
        if refs and len(refs) == 1 and head.meaning not in (DROP,):
            when = self.due_in(text, folded, rest if head.meaning else end, note_end)
            if when:
                parsed.commands.append(Command("due", refs[0], when, source))
        for _start, segment in segments:
            parsed.readings += segment.readings
            parsed.commands += segment.commands
            parsed.unread += segment.unread
        if parsed.empty and refs and (owner_rule != context_rule or not context):
            what = refs[0] if len(refs) == 1 else " and ".join(refs)
            parsed.problem = f"no flag for {what}: add green, yellow or red"
        return parsed

    def flag_first(
        self,
        text: str,
        folded: str,
        i: int,
        raw: str,
        lead: Word | None,
        stop: int | None = None,
    ) -> _Parsed | None:
        """ "Green for #12 and #14, red for #13", "✅ done: #12"."""
        flag = _flag_at(folded, i, False)
        if flag is None:
            return None
        phrase, word = flag
        j = _skip_space(folded, i + len(phrase))
        link = _starts(folded, j, _FLAG_FIRST_LINKS)
        j = _skip_space(folded, j + len(link)) if link else j
        refs, end, problem = self.refs_at(folded, j)
        if not refs or problem or not _closed(folded, end):
            return None  # "Red for #13 was the right call" is prose
        parsed = _Parsed(named=True, closed=True, explicit=True, head_end=end)
        segments = self.further(text, folded, end) if stop is None else []
        note_end = segments[0][0] if segments else (stop or len(text))
        note = _note(text[end:note_end], note_end < len(text))
        meaning = word.meaning
        if lead is not None and not _agree(lead, word):
            meaning = UNSURE
        if meaning == DROP and not note:
            return _Parsed(problem=f"say why {refs[0]} is dropped")
        if meaning in (DONE, DROP):
            parsed.readings.append(
                _Reading(list(refs), meaning, None, [note] if note else [], "flag-first", raw)
            )
        else:
            parsed.readings.append(
                _Reading(list(refs), meaning, None, [note] if note else [], "flag-first",
                         raw.strip(), guess=phrase if word.guess else None)
            )  # fmt: skip
        for _start, segment in segments:
            parsed.readings += segment.readings
            parsed.commands += segment.commands
            parsed.unread += segment.unread
        return parsed

    def further(self, text: str, folded: str, at: int) -> list[tuple[int, _Parsed]]:
        """Further answers on the same line, each with its note up to the next one:
        ", #13 red", "; the rest green", ". #14 yellow", " #13 red" right after an answer,
        ", red for #13". Found one after the other (never by recursion: a line may hold
        thousands)."""
        starts: list[int] = []
        while len(starts) < _MAX_PER_LINE and at < _SCAN_LIMIT:
            if (found := self._next(text, folded, at)) is None:
                break
            start, trial = found
            starts.append(start)
            if trial.head_end <= at:
                break
            at = trial.head_end
        if not starts:
            return []
        bounds = [*starts[1:], None]
        return [
            (start, self._segment(text, folded, start, stop or len(text)))
            for start, stop in zip(starts, bounds, strict=True)
        ]

    def _next(self, text: str, folded: str, at: int) -> tuple[int, _Parsed] | None:
        """Where the next answer on the line starts after `at`, and a trial reading of it.

        A reference inside a note ("blocked by #14") stays in the note: only one after a
        separator that starts an answer of its own does.
        """
        text_from = _skip_space(folded, at)
        for match in _SPLIT_AT.finditer(folded, at):
            start = match.start()
            has_text = start > text_from  # the note has begun: a separator must come first
            if has_text and not _SPLIT_BEFORE.search(folded[max(at, start - 12) : start]):
                continue
            char = folded[start]
            trial_stop = min(len(text), start + _TRIAL)  # a trial needs the head only
            if char == "#" or folded.startswith(("kr", "key result"), start) or char.isdigit():
                trial = self._segment(text, folded, start, trial_stop)
                if trial.readings or trial.commands:
                    return start, trial
                if has_text and trial.unread:
                    return start, trial  # ", #14 not so much": its own answer, not this note
                continue
            if not has_text:
                continue
            trial = self._segment(text, folded, start, trial_stop)
            if trial.readings or trial.commands:
                return start, trial
        return None

    def _segment(self, text: str, folded: str, start: int, stop: int) -> _Parsed:
        """One further answer on a line, its note ending at `stop`."""
        char = folded[start]
        if char == "#" or folded.startswith(("kr", "key result"), start) or char.isdigit():
            parsed = self.named(text, folded, start, text, _Parsed(), None, "", False, None, stop)
            if parsed.problem and not parsed.readings and not char.isdigit():
                parsed.unread.append(f"{text[start:stop].strip()}  ({parsed.problem})")
                parsed.problem = None
            return parsed
        sentence = folded[:start].rstrip()[-1:] in (".", ";", "!")  # "#13 due …. All green."
        if _starts(folded, start, _OTHERS) or sentence and _starts(folded, start, _BLANKETS):
            commands: list[Command] = []
            blanket = self.blanket(text, folded, start, text, nested=True, commands=commands)
            if blanket:
                return _Parsed(
                    readings=blanket, commands=commands, named=True, closed=True,
                    head_end=len(text),
                )  # fmt: skip
        first = self.flag_first(text, folded, start, text, None, stop)
        return first if first is not None else _Parsed()

    # -- "all green", "all green except #13 red" -------------------------------------------
    def blanket(
        self,
        text: str,
        folded: str,
        at: int,
        raw: str,
        nested: bool = False,
        commands: list[Command] | None = None,
    ) -> list[_Reading] | None:
        """ "all green", "everything is on track", "green across the board", and its
        exceptions: "all green except #13 red". Commands on the line ("All green. #13 due
        2027-01-20") go to `commands`."""
        commands = [] if commands is None else commands
        phrase = _starts(folded, at, _BLANKETS)
        if phrase is not None:
            i = self.connectors(folded, at + len(phrase))
            flag = _flag_at(folded, i, False)
            if flag is None:
                return None
            end = i + len(flag[0])
        else:
            flag = _flag_at(folded, at, False)
            if flag is None:
                return None
            after = _skip_space(folded, at + len(flag[0]))
            across = _starts(folded, after, _BLANKET_AFTER)
            if not across:
                return None
            end = after + len(across)
        word = flag[1]
        if word.meaning not in (*COLOURS, UNSURE) or word.short or word.guess:
            return None
        reading = _Reading([], word.meaning, None, [], "all", raw.strip(), blanket=True)
        reading.void = word.meaning == UNSURE
        readings = [reading]
        j = end
        while True:
            k = self._skip_separator(folded, j)
            filler = _starts(folded, k, _FILLERS) or _decoration(folded, k)
            symbol = _flag_at(folded, k, False)
            if not filler and symbol and symbol[0] in _EMOJI and _agree(symbol[1], word):
                filler = symbol[0]  # "All green 👍"
            if not filler:
                break
            j = k + len(filler)
        k = self._skip_separator(folded, j, dots=True)
        if folded[k : k + 1] == "!":
            k = self._skip_separator(folded, k + 1, dots=True)
        if k >= len(folded.rstrip(" .!")):
            return readings
        if due := self._due_verb(text, folded, k, raw):  # "All fine. Pushing #106 to …"
            commands += due.commands
            return readings
        exception = _starts(folded, k, _EXCEPT)
        if exception:
            reading.rule = "all-except"
            k = self._skip_separator(folded, k + len(exception))
            if k >= len(folded.rstrip(" .!:")):
                reading.awaits = True
                return readings
            for skip in ("for ", "that ", "the "):
                if folded.startswith(skip, k) and grammar.REF.match(folded, k + len(skip)):
                    k += len(skip)
            segment = self.exception(text, folded, k, raw)
            if segment is None:
                reading.void = True
                return readings
            exception_readings, excluded, asked, exception_commands = segment
            commands += exception_commands
            reading.excluded |= excluded
            reading.asked |= asked
            readings += exception_readings
            return readings
        if (
            not nested
            and folded[j:k].strip()
            and (grammar.REF.match(folded, k) or _starts(folded, k, _BLANKETS))
            and (parts := self.further(text, folded, k))
        ):
            for _, part in parts:  # "All green; #13 red"
                readings += part.readings
                commands += part.commands
            return readings
        if is_closing(text[k:]):  # "All green, thanks!"
            return readings
        if word.closed:
            return None  # "All good here, thanks for asking": a pleasantry, not an answer
        rest = folded[k:]
        if grammar.REF.search(rest) or any(
            _flag_at(rest, m.start(), False) for m in re.finditer(r"(?<!\w)\w", rest)
        ):
            reading.void = True
            return readings
        note = _note(text[j:])
        if note:
            reading.note.append(note)
        return readings

    def exception(
        self, text: str, folded: str, at: int, raw: str
    ) -> tuple[list[_Reading], set[str], set[str], list[Command]] | None:
        """The exceptions after "all green except": readings, the refs they name, and the
        refs named without a flag (asked about). None when they cannot be read."""
        refs, end, problem = self.refs_at(folded, at)
        if problem:
            return None
        if not refs:
            ref, end, _ = self.title_at(text, folded, at)
            if ref is None:
                return None
            refs = [ref]
        parsed = self.named(text, folded, at, raw, _Parsed(), None, "", False, None)
        j = _skip_space(folded, end)
        for phrase in grammar.RELATIVES:
            if folded.startswith(phrase, self._skip_separator(folded, j)):
                k = self._skip_separator(folded, j) + len(phrase)
                retry = self.head(text, folded, k, short=True)
                if retry.meaning is not None and not parsed.readings:
                    note = _note(text[retry.rest :])
                    parsed.readings.append(
                        _Reading(list(refs), retry.meaning, retry.score, [note] if note else [],
                                 "all-except", raw.strip(), guess=retry.guess, reason=retry.reason)
                    )  # fmt: skip
                break
        named = {r for reading in parsed.readings for r in reading.refs}
        named |= {c.ref for c in parsed.commands if c.ref}
        for reading in parsed.readings:
            if reading.rule in ("ref-line", "ref-list", "title-prefix"):
                reading.rule = "all-except"
        excluded = set(refs) | named
        asked = set(refs) - named
        return parsed.readings, excluded, asked, parsed.commands


def _names_a_thing(text: str, folded: str, start: int, end: int, word: Word) -> bool:
    """A colour word that starts a name or a noun: "Red Hat", "red tape", "Green Energy
    Partners". Only a plain space may separate them ("green - Energy" is an answer)."""
    if word.meaning not in COLOURS or word.guess or not folded[start : start + 1].isalpha():
        return False
    if folded[end : end + 1] != " ":
        return False
    following = _WORD.match(folded, end + 1)
    if following is None:
        return False
    if following.group() in grammar.COMPOUNDS:
        return True
    typed, after = text[start:end], text[end + 1 : following.end()]
    return not typed.isupper() and after[:1].isupper() and not after.isupper()


def _from_line(parsed: _Parsed, line: str) -> _Parsed:
    """Every reading and command of a line says it came from that line, as typed."""
    for reading in parsed.readings:
        reading.line = line
    parsed.commands = [
        replace(c, source=Source(line, c.source.rule)) if c.source else c for c in parsed.commands
    ]
    return parsed


def _agree(symbol: Word, word: Word) -> bool:
    """Whether a symbol before a word says the same ("✅ done", "⚠️ at risk", "❌ red")."""
    if word.meaning == symbol.meaning:
        return True
    if word.meaning == DONE:
        return symbol.meaning == "green"
    if word.meaning == DROP:
        return symbol.meaning == "red"
    return False


# --------------------------------------------------------------------------------------
# The reply, line by line
# --------------------------------------------------------------------------------------
_QUOTE = re.compile(r"^\s*>")
MAX_LINES = 1000  # lines of a reply that are read (quoted ones included): a form has a few
MAX_UNMATCHED = 20  # lines reported as not understood, so an answer stays readable


def understand(
    text: str, entries: list[FormEntry], today: date, names: tuple[str, ...] = ()
) -> Understanding:
    """Read a reply's new text against the key results its form listed.

    `names` are the sender's name and first name: a line that is only one of them (or
    their initials) is a signature, not part of the last note.
    """
    reader = _reader(tuple(entries), today)
    own = _own_names(tuple(names))
    objectives = frozenset(_title_key(e.objective) for e in entries if e.objective.strip())
    readings: list[_Reading] = []
    commands: list[Command] = []
    unmatched: list[str] = []
    context: str | None = None  # the key result of the quoted (or pasted) item above
    context_rule = "inline-under-quote"
    current: _Reading | None = None  # where continuation lines go
    previous = ""  # the last text line, to tell a wrapped note from a new answer
    ended = False  # after a sign-off only lines naming a key result count
    pasted = False  # the form's instructions were pasted: its example answers follow

    lines = (text or "").splitlines()
    lines = lines[: _signature_at(lines)]
    read = 0
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line or not line.strip(" >"):
            previous = ""
            continue
        read += 1
        if read > MAX_LINES:
            rest = sum(1 for more in lines[number:] if more.strip())
            unmatched.append(f"(the reply goes on for {rest} more lines, which were not read)")
            break
        if _QUOTE.match(line):
            inner = _clean(line.lstrip(" >"))
            header = reader.header(inner)
            if header:
                context, context_rule, current, ended = header, "inline-under-quote", None, False
            elif context and (typed := _typed_over(reader, inner, context, line)):
                readings.append(typed)
                current = typed
            previous = ""
            continue
        cleaned = _clean(line)
        pasted = pasted or bool(grammar.FORM_INTRO.match(_fold(cleaned)))
        if _form_echo(cleaned, pasted, objectives):
            previous = ""
            continue
        answered = bool(readings or commands)
        if answered and (
            is_closing(cleaned)
            or _is_own(cleaned, own)
            or _is_contact(cleaned)
            or grammar.DISCLAIMER.match(cleaned)
        ):
            ended, current = True, None
            continue
        if (
            _is_remark(cleaned) or _greeting(cleaned, answered) or grammar.DISCLAIMER.match(cleaned)
        ) and not _answers_after_remark(reader, cleaned, line, context, context_rule):
            current = None
            previous = ""
            if answered and _is_farewell(cleaned):
                ended = True
            continue
        parsed = reader.read(line, context, context_rule)
        if ended and not parsed.explicit:
            continue
        if parsed.header:
            context, context_rule, current = parsed.header, "under-title-line", None
            previous = ""
            continue
        if current is not None and _continues(previous, parsed, context):
            current.note.append(line)
            previous = line
            continue
        if parsed.problem and not parsed.readings:
            unmatched.append(f"{line}  ({parsed.problem})")
            current, previous = None, line
            continue
        if parsed.empty:
            if current is not None:
                current.note.append(line)
            elif context is not None:
                unmatched.append(f"{line}  (no flag for {context}: add green, yellow or red)")
            else:
                unmatched.append(line)
            previous = line
            continue
        unmatched += parsed.unread
        readings += parsed.readings
        for command in parsed.commands:
            if command not in commands:
                commands.append(command)
        current = parsed.readings[-1] if parsed.readings else None
        if any(
            r.refs and r.rule in ("ref-line", "ref-list", "title-prefix") for r in parsed.readings
        ):
            context = None
        previous = line
    return _resolve(readings, commands, unmatched, entries)


def _answers_after_remark(
    reader: _Reader, cleaned: str, line: str, context: str | None, context_rule: str
) -> bool:
    """ "Sorry for the delay! #104 G, #105 Y": a remark with answers after it on the line."""
    if not grammar.REF.search(_fold(cleaned)):
        return False
    return not reader.read(line, context, context_rule).empty


def _continues(previous: str, parsed: _Parsed, context: str | None) -> bool:
    """Whether a line goes on with the note above rather than starting a new answer: a
    client wrapped the note ("...waiting on" / "Green Energy Partners before we sign"), or
    a line without a name whose flag word runs on into prose ("Red Hat signs Monday")."""
    if parsed.header:
        return False
    wrapped = len(previous) >= _WRAP_WIDTH and bool(_CONTINUES.search(previous))
    if parsed.problem and not parsed.readings:
        return wrapped
    if parsed.empty:
        return True
    if wrapped and (not parsed.closed or not parsed.named):
        return True
    return not parsed.named and not parsed.closed and not parsed.commands


def _typed_over(reader: _Reader, inner: str, context: str, line: str) -> _Reading | None:
    """A quoted "Last week:" line whose flag the person replaced with this week's (the form
    prints it as "[YELLOW] ..." or "no report"; anything else there was typed)."""
    match = grammar.LAST_WEEK.match(inner)
    if not match or grammar.FORM_FLAG.match(match["rest"].strip()):
        return None
    parsed = reader.read(inner, context, "typed-over-form")
    readings = [r for r in parsed.readings if r.refs == [context] and r.meaning in COLOURS]
    if not readings:
        return None
    readings[0].rule, readings[0].line = "typed-over-form", line.strip()
    return readings[0]


def _form_echo(cleaned: str, pasted: bool, objectives: frozenset[str] = frozenset()) -> bool:
    """A line of the form pasted without quotes: its instructions, "Due ...", last week's
    flag as the form prints it, and (once its instructions were seen: `pasted`) its
    example answers."""
    folded = _fold(cleaned)
    if grammar.FORM_LINES.match(folded) or _TABLE_RULE.match(cleaned):
        return True
    if _title_key(cleaned) in objectives:  # an objective's heading
        return True
    match = grammar.LAST_WEEK.match(cleaned)
    if match and grammar.FORM_FLAG.match(match["rest"].strip()):
        return True
    if grammar.TABLE_HEADER.match(folded):
        return True
    if pasted and (example := grammar.REF.match(folded)):
        return folded[example.end() :].strip() in grammar.FORM_EXAMPLES
    return False


_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "das", "bin",
     "al", "ter", "ten", "y", "e", "zu"}
)  # fmt: skip


def _name_like(line: str) -> bool:
    """ "Dana Smith", "Jan de Vries", "田中太郎": a line that is only a person's name."""
    s = line.strip(" -–—/,.")
    if not s or any(c.isdigit() for c in s) or len(s) > 40:
        return False
    if _is_cjk(s):
        return len(s) <= 5 and " " not in s
    words = s.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or is_closing(s):
        return False
    if _flag_at(_fold(s), 0, True) is not None:
        return False  # "Yellow", "Done": an answer, not a name
    return all(
        w.lower() in _NAME_PARTICLES or (w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w.'’-]*", w))
        for w in words
    )


def _title_like(line: str) -> bool:
    """A signature's job title or company line: short, capitalised, no sentence."""
    s = line.strip()
    if _is_contact(s) or "|" in s and len(s) < 120:
        return True
    words = s.split()
    if not 1 <= len(words) <= 8 or not s[:1].isupper() or s.endswith(("!", "?", ":")):
        return False
    if s.endswith(".") and not re.search(
        r"\b(?:inc|ltd|corp|co|gmbh|b\.v|s\.a|ag|llc)\.$", s, re.I
    ):
        return False
    return not grammar.REF.search(s) and _flag_at(_fold(s), 0, False) is None


def _signature_at(lines: list[str]) -> int:
    """Where a trailing signature block starts (a name, then titles, company, contact
    details, after a blank line), or len(lines). Its lines are neither notes nor errors."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start, i = None, end - 1
    while i >= 0 and lines[i].strip() and not _QUOTE.match(lines[i]):
        line = _clean(lines[i])
        if _name_like(line):
            start = i
        elif not _title_like(line):
            break
        i -= 1
    if start is None or i < 0 or lines[i].strip():
        return len(lines)  # not after a blank line: it may be the note going on
    above = next((lines[k] for k in range(i, -1, -1) if lines[k].strip()), "")
    if above.rstrip().endswith(":") or end - start > 8:
        return len(lines)
    return start


@lru_cache(maxsize=512)
def _reader(entries: tuple[FormEntry, ...], today: date) -> _Reader:
    """The reader of one form (a batch reads many replies to few distinct forms)."""
    return _Reader(list(entries), today)


@lru_cache(maxsize=512)
def _own_names(names: tuple[str, ...]) -> frozenset[str]:
    own = {" ".join(n.lower().split()) for n in names if n.strip()}
    for name in list(own):
        parts = name.split()
        if len(parts) > 1:
            own.add("".join(p[0] for p in parts))
            own.add(".".join(p[0] for p in parts) + ".")
        own.add(parts[0][0] + ".")
    return frozenset(own)


def _is_own(line: str, own: frozenset[str]) -> bool:
    return " ".join(line.strip(" -–—,.!").lower().split()) in own or line.lower() in own


def _is_contact(line: str) -> bool:
    return bool(grammar.CONTACT.match(line))


def _is_remark(line: str) -> bool:
    return bool(grammar.REMARKS.match(line) or grammar.MAIL_ASIDE.match(line))


def _is_farewell(line: str) -> bool:
    return bool(grammar.FAREWELLS.match(line))


def _greeting(line: str, answered: bool) -> bool:
    """ "Hi team," before the answers (or a short one anywhere), or a sign-off before them
    ("Thanks!" at the top)."""
    if grammar.GREETING.match(line):
        return not answered or len(line.split()) <= 4
    return not answered and is_closing(line)


# --------------------------------------------------------------------------------------
# Deciding per key result
# --------------------------------------------------------------------------------------
def _resolve(
    readings: list[_Reading],
    commands: list[Command],
    unmatched: list[str],
    entries: list[FormEntry],
) -> Understanding:
    result = Understanding(commands=list(commands), unmatched=list(unmatched))
    explicit: dict[str, list[_Reading]] = {}
    blankets: list[_Reading] = []
    unnamed: list[_Reading] = []
    closing: dict[tuple[str, str], Command] = {}  # (kind, ref): the latest done or drop
    for reading in readings:
        if reading.meaning in (DONE, DROP) and not reading.refs:
            unnamed.append(reading)  # "Done!" answering a form of one key result
            continue
        if reading.meaning in (DONE, DROP):
            for ref in reading.refs:
                note = _without_sign_off("\n".join(reading.note).strip())
                closing[(reading.meaning, ref)] = Command(
                    reading.meaning, ref, note, Source(reading.line, reading.rule)
                )
            continue
        if reading.blanket:
            blankets.append(reading)
        elif not reading.refs:
            unnamed.append(reading)
        else:
            for ref in reading.refs:
                explicit.setdefault(ref, []).append(reading)
    result.commands += list(closing.values())
    closed = {ref for _, ref in closing}
    # A key result named only with a new date: "all green" does not answer it.
    commanded = {c.ref for c in commands if c.kind == "due" and c.ref}
    answers: dict[str, tuple[_Reading, str]] = {}
    for entry in entries:
        ref = entry.ref
        if ref in explicit:
            chosen, problem = _decide(explicit[ref])
            if problem:
                result.ambiguous.append(Ambiguity((ref,), problem[0], problem[1]))
            elif chosen is not None:
                answers[ref] = (chosen, chosen.rule)
            continue
        if ref in closed or ref in commanded or not blankets:
            continue
        covering = [b for b in blankets if ref not in b.excluded]
        asked = [b for b in blankets if ref in b.asked]
        if asked:
            result.ambiguous.append(
                Ambiguity((ref,), asked[0].line, f"the reply excepts {ref} without its flag")
            )
            continue
        if not covering:
            continue
        if any(b.void or b.awaits and not explicit for b in covering):
            void = next(b for b in covering if b.void or b.awaits)
            result.ambiguous.append(
                Ambiguity((ref,), void.line, "it is not clear which key results it covers")
            )
            continue
        meanings = {b.meaning for b in covering}
        if len(meanings) > 1:
            result.ambiguous.append(
                Ambiguity((ref,), covering[-1].line, "two answers for all key results disagree")
            )
            continue
        answers[ref] = (covering[-1], covering[-1].rule)
    if unnamed:
        _by_order(unnamed, entries, answers, result, bool(explicit or blankets or closed))
    order = {e.ref: n for n, e in enumerate(entries)}
    for ref in sorted(answers, key=lambda r: order.get(r, len(order))):
        reading, rule = answers[ref]
        note = _without_sign_off("\n".join(reading.note).strip())
        answer = Answer(ref, reading.meaning, reading.score, note, Source(reading.line, rule))
        if reading.guess:
            answer.guess = reading.guess
            result.guesses.append(Guess(ref, reading.guess, reading.meaning))
        result.items.append(answer)
    result.ambiguous = _merged(result.ambiguous)
    if len(result.unmatched) > MAX_UNMATCHED:
        more = len(result.unmatched) - MAX_UNMATCHED
        result.unmatched[MAX_UNMATCHED:] = [f"(and {more} more lines not understood)"]
    return result


def _decide(claims: list[_Reading]) -> tuple[_Reading | None, tuple[str, str] | None]:
    """One key result's explicit readings, in order: the answer, or why it is unclear."""
    current: _Reading | None = None
    conflict: tuple[str, str] | None = None
    for claim in claims:
        if current is None or claim.correction:
            current, conflict = claim, None
            continue
        if claim.meaning == current.meaning:
            if not current.note and claim.note:
                current = claim
            continue
        conflict = (claim.line, f"it reads as {current.meaning} and as {claim.meaning}")
    if conflict:
        return None, conflict
    if current is not None and current.meaning == UNSURE:
        return None, (current.line, current.reason or "the word can mean two colours")
    if current is not None and current.meaning not in COLOURS:
        return None, None
    return current, None


def _by_order(
    unnamed: list[_Reading],
    entries: list[FormEntry],
    answers: dict[str, tuple[_Reading, str]],
    result: Understanding,
    named: bool,
) -> None:
    """Flags without names count in form order only when they match one for one."""
    if not named and len(unnamed) == len(entries) and all(r.meaning != UNSURE for r in unnamed):
        for entry, reading in zip(entries, unnamed, strict=True):
            if reading.meaning in (DONE, DROP):
                note = _without_sign_off("\n".join(reading.note).strip())
                source = Source(reading.line, "by-order")
                result.commands.append(Command(reading.meaning, entry.ref, note, source))
            else:
                answers[entry.ref] = (reading, "by-order")
        return
    example = entries[0].ref if entries else "#12"
    for reading in unnamed:
        result.unmatched.append(
            f"{reading.line}  (which key result? start the line with its number, "
            f"e.g. {example} green)"
        )


def _merged(ambiguous: list[Ambiguity]) -> list[Ambiguity]:
    """One question per line and reason, naming all the key results it is about."""
    merged: dict[tuple[str, str], list[str]] = {}
    for one in ambiguous:
        merged.setdefault((one.line, one.reason), []).extend(one.refs)
    return [Ambiguity(tuple(refs), line, reason) for (line, reason), refs in merged.items()]
