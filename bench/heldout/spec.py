"""What a held-out case is: a reply written by hand, how it is sent, and what it must record.

A case names the person, which of their forms it answers (this week's form, last week's,
or this week's reminder), the mail client that writes it, and the text the person typed.
Its expectations give, per key result of that form, the one right outcome. Key results a
case does not name are expected to stay missing; `"*"` sets every key result not named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

GRAMMAR, EVERYDAY = "grammar", "everyday"
OUTCOMES = ("flag", "done", "dropped", "due", "missing", "abstain")


@dataclass(frozen=True)
class Expect:
    outcome: str  # one of OUTCOMES
    phrasing: str | None  # GRAMMAR or EVERYDAY; None for a key result left unanswered
    flag: str | None = None  # red / yellow / green (with "flag", or with "due" when both given)
    score: float | None = None
    due: str | None = None  # ISO date, with "due"
    reason: str | None = None  # a fragment of the drop reason, with "dropped"
    accept_abstain: bool = False  # recording nothing is acceptable too (near-misses)
    note: str | None = None  # a fragment the recorded note must contain
    not_in_note: tuple[str, ...] = ()  # fragments the recorded note must not contain

    def as_dict(self) -> dict:
        data: dict = {"outcome": self.outcome}
        if self.phrasing:
            data["phrasing"] = self.phrasing
        for name in ("flag", "score", "due", "reason", "note"):
            value = getattr(self, name)
            if value is not None:
                data[name if name != "note" else "note_must_contain"] = value
        if self.accept_abstain:
            data["accept_abstain"] = True
        if self.not_in_note:
            data["note_must_not_contain"] = list(self.not_in_note)
        return data


def _flag(phrasing: str, flag: str, score, note, not_in) -> Expect:
    assert flag in ("red", "yellow", "green"), flag
    return Expect("flag", phrasing, flag=flag, score=score, note=note, not_in_note=tuple(not_in))


def g(flag: str, score: float | None = None, note: str | None = None, not_in=()) -> Expect:
    """A flag written in the README's grammar."""
    return _flag(GRAMMAR, flag, score, note, not_in)


def e(flag: str, score: float | None = None, note: str | None = None, not_in=()) -> Expect:
    """A flag written the way people write beyond the grammar."""
    return _flag(EVERYDAY, flag, score, note, not_in)


def near(flag: str, note: str | None = None) -> Expect:
    """A near-miss spelling ("gren"): the obvious flag, or nothing; never another flag."""
    return Expect("flag", EVERYDAY, flag=flag, accept_abstain=True, note=note)


def amb() -> Expect:
    """Ambiguous: nothing may be recorded for this key result."""
    return Expect("abstain", EVERYDAY)


def done(phrasing: str = GRAMMAR, note: str | None = None) -> Expect:
    return Expect("done", phrasing, note=note)


def drop(phrasing: str, reason: str) -> Expect:
    return Expect("dropped", phrasing, reason=reason)


def due(phrasing: str, day: str, flag: str | None = None, accept_abstain: bool = False) -> Expect:
    return Expect("due", phrasing, due=day, flag=flag, accept_abstain=accept_abstain)


MISSING = Expect("missing", None)

FORMS = {"W50": ("form", "2026-W50"), "W49": ("form", "2026-W49"), "R50": ("reminder", "2026-W50")}
LAYOUTS = ("top", "bottom", "inline", "over", "forward", "noquote")


@dataclass(frozen=True)
class Case:
    id: str
    who: str
    client: str
    text: str | dict[str, str]  # dict for inline answers: "#12" -> typed under that item
    expect: dict
    form: str = "W50"
    lang: str = "en"  # the client's interface language: the quote header
    prose: str | None = None  # the language the person wrote in (default: lang)
    layout: str = "top"
    sig: str | None = None  # signature block under the text ("--" becomes "-- ")
    disclaimer: str | None = None
    footer: str | None = None  # overrides the client's mobile footer ("" for none)
    charset: str | None = None
    cte: str | None = None  # qp, base64, 8bit, 7bit
    parts: str | None = None  # plain, alt, html
    flowed: bool | None = None
    wrap: int | None = None  # hard-wrap what the person typed (and the quote) at N columns
    to: str = "token"  # token, token-upper, thread (the +TOKEN lost: In-Reply-To only)
    cc: str | None = None
    from_name: str | None = None
    mislabel: str | None = None  # declared charset when the bytes are in `charset`
    inline_at: str = "block"  # inline answers: under the item's block, or under its "title"
    trim_quote: bool = False  # keep only the quoted items (people delete the rest)
    crlf: bool = False
    clean: tuple[str, ...] = ()  # fragments no recorded note may hold (sign-offs, names)
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def prose_lang(self) -> str:
        return self.prose or self.lang.split("-")[0]
