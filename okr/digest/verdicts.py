"""One verdict and one suggested question per key result, so a digest never says two things.

A busy manager reads one line per key result and acts on it. If that line said "raised
early - thank them" while a warning under it said "slipping repeatedly", the manager would
not know whether to thank or to worry, so the verdict is chosen here, once, by precedence:
warnings first, then how long it has been red, and only a red that is new, with its due
date still ahead and no warning, is "raised early". The questions follow the README's
principles: bad news early is good news (thank them), silence is worse than red (ask what
is in the way of reporting, not why they failed), a miss is for learning, never punishment
(ask what would make the plan or the next date hold, or whether to re-scope or drop it).

Pure: plain values in, a `Verdict` out, so each rule is tested on values written by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .model import Warning

NEW_RED_WEEKS = 2  # red this week or since last week: still news, and still early
LONG_RED_WEEKS = 3  # red this many weeks in a row: ask whether the plan works

# The question suggested per verdict; None where there is nothing to ask.
QUESTIONS: dict[str, str | None] = {
    "raised_early": "Thanks for raising it early. What would it take, and who could help?",
    "long_red": "Is the plan working? Should we re-scope it or drop it?",
    "slipping": "What would make the next date hold?",
    "green_until_deadline": (
        "What can still land by the date? Afterwards: what would have shown it earlier?"
    ),
    "overdue": "What is left? A new date you can hold, or drop it with a reason?",
    "stuck_near_done": "What exactly is left, and who has to act for it to be done?",
    "red": "What would it take? Who could help?",
    "silent": "Is something in the way of reporting? How can I help?",
    "yellow": "What would turn it green, and by when?",
    "away": None,
    "green": None,
    "done": None,
    "dropped": None,
}
# Warnings, most telling first: the first one present names the verdict.
WARNING_ORDER = ("green_until_deadline", "slipping", "overdue", "stuck_near_done")


@dataclass(frozen=True)
class Verdict:
    code: str  # a key of QUESTIONS
    text: str  # the one line the digest says about it; "" when the flag says it all
    question: str | None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first_warning(warnings: Sequence[Warning]) -> Warning | None:
    by_code = {warning.code: warning for warning in warnings}
    return next((by_code[code] for code in WARNING_ORDER if code in by_code), None)


def _from_warning(warning: Warning) -> Verdict:
    return Verdict(warning.code, _capital(warning.text) + ".", QUESTIONS[warning.code])


def _red(weeks_in_red: int, warnings: Sequence[Warning], due: date, reference: date) -> Verdict:
    warning = _first_warning(warnings)
    if warning is not None and warning.code in ("green_until_deadline", "slipping"):
        return _from_warning(warning)
    if weeks_in_red >= LONG_RED_WEEKS:
        return Verdict(
            "long_red", "Red for weeks: look at the plan, not the people.", QUESTIONS["long_red"]
        )
    if warning is not None:
        return _from_warning(warning)
    if weeks_in_red <= NEW_RED_WEEKS and due > reference:
        return Verdict("raised_early", "Raised early - thank them.", QUESTIONS["raised_early"])
    return Verdict("red", "", QUESTIONS["red"])


def judge(
    *,
    status: str,
    weeks_in_red: int = 0,
    silent_weeks: int = 0,
    warnings: Sequence[Warning] = (),
    due: date,
    reference: date,
) -> Verdict:
    """The verdict on one key result as of `reference` (the digest's today).

    `status` is the digest's: red, yellow, green, missing, away, done or dropped.
    """
    if status == "red":
        return _red(weeks_in_red, warnings, due, reference)
    if status == "missing":
        text = (
            "No report this week."
            if silent_weeks <= 1
            else f"No report for {silent_weeks} weeks in a row."
        )
        return Verdict("silent", text, QUESTIONS["silent"])
    if status in ("away", "done", "dropped"):
        return Verdict(status, "", QUESTIONS[status])
    warning = _first_warning(warnings)
    if warning is not None:
        return _from_warning(warning)
    if status == "yellow":
        return Verdict("yellow", "", QUESTIONS["yellow"])
    return Verdict("green", "", QUESTIONS["green"])
