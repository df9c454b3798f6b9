"""What a digest holds, as plain data: the builder fills it, mail, page and JSON render it.

Sections appear in this order in every rendering: headline, roll-up by direct report, red,
risks from outside the organisation, no report, away, yellow, warnings, dropped, done,
green, the manager's own record (and, at quarter end, the quarter's figures and what the
organisation learned from its misses). Away is
never counted or listed as no report.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from ..services.dependency_signals import Concern
from ..services.lessons import LessonMix

# "none" appears only in a trend: the key result did not exist yet that week. Headline and
# roll-up counts hold every other status.
STATUSES = ("red", "yellow", "green", "missing", "away", "dropped", "done", "none")

# Warning codes and the words shown for them.
WARNINGS = {
    "slipping": "slipping repeatedly: the due date moved {count} times",
    "overdue": "overdue: the due date passed {days} days ago and it is not done",
    "stuck_near_done": "stuck near done: scored {score:.0%} or more for {weeks} weeks - "
    "if it is 99% done it is 10% done",
    "green_until_deadline": "green until the deadline: green every week, then red in the "
    "last two weeks before the due date",
}


@dataclass
class Warning:
    code: str  # a key of WARNINGS
    text: str


@dataclass
class Item:
    """One key result as the digest shows it."""

    kr_id: int
    ref: str
    title: str
    objective: str
    owner_id: int
    owner: str  # name
    owner_email: str
    chain: list[str]  # names from the manager's direct report down to the owner's manager
    level: int  # 1 = the manager's direct report owns it
    status: str  # one of STATUSES
    due: date
    score: float | None
    note: str
    updated_at: datetime | None
    trend: list[str]  # six weeks, oldest first, each one of STATUSES
    weeks_in_red: int = 0
    silent_weeks: int = 0  # weeks in a row without a report, this week included
    raised_early: bool = False  # the verdict: a new red, due date ahead, no warning
    escalated: bool = False  # shown beyond the depth setting because of long silence
    away_until: date | None = None
    drop_reason: str | None = None
    warnings: list[Warning] = field(default_factory=list)
    verdict: str = ""  # a code of okr.digest.verdicts.QUESTIONS
    verdict_text: str = ""  # the one line said about it; "" when the flag says it all
    question: str | None = None  # the question to ask; None when there is none

    @property
    def via(self) -> str:
        """`Dana · via Bo → Cy`: who owns it and through whom it reports up."""
        return self.owner + (" · via " + " → ".join(self.chain) if self.chain else "")


@dataclass
class Headline:
    # per status this week ("none" excepted), over the key results within the depth:
    # escalated items are listed in No report but not counted here nor in the roll-up
    counts: dict[str, int]
    change: dict[str, int]  # this week minus last week, per status


@dataclass
class RollupRow:
    person_id: int
    name: str  # the direct report whose subtree this row sums up
    counts: dict[str, int]
    reply_rate: float | None  # share of key results with a report this week; None if none
    manages: bool = False  # has active reports, so a digest of their own to link to


@dataclass
class OpenQuestion:
    ref: str
    owner: str
    text: str
    asked_at: datetime


@dataclass
class ManagerRecord:
    reply_rate_week: float | None
    reply_rate_4_weeks: float | None
    old_reds_unasked: list[str]  # refs of reds older than two weeks nobody asked about
    open_questions: list[OpenQuestion]
    # refs of this week's reds the manager neither asked about nor thanked for since they
    # turned red
    reds_unattended: list[str] = field(default_factory=list)


@dataclass
class EarlyWarning:
    """Bad news early, measured for one key result that ended red or late."""

    ref: str
    title: str
    owner: str
    days_warned_before_due: int | None  # None: it stayed green until it missed


@dataclass
class GradeRow:
    person: str
    graded: int
    share_high: float  # share of key results graded 0.8 or higher
    note: str  # "goals may not be aggressive enough", "far below", or ""


@dataclass
class QuarterStats:
    period: str
    early_warnings: list[EarlyWarning]
    watermelons: int  # green until they missed
    median_days_warned: float | None
    grades: list[GradeRow]
    # what the organisation within the digest's depth learned from its misses this quarter
    # (services/lessons.py): counts by kind and the lessons as written, bold bets as such
    lessons: LessonMix = field(default_factory=LessonMix)


@dataclass
class Digest:
    manager_id: int
    manager: str
    manager_email: str
    week: str
    depth: int | None  # None: the whole tree
    headline: Headline
    red: list[Item]  # by the week they turned red, newest first
    no_report: list[Item]  # silent: no report, not away
    yellow: list[Item]
    # items with a warning in a section shown one line each (green): red, no report and
    # yellow items carry their warnings in their own block
    warnings: list[Item]
    dropped: list[Item]
    done: list[Item]
    green: list[Item]
    rollup: list[RollupRow]
    record: ManagerRecord
    quarter: QuarterStats | None = None
    away: list[Item] = field(default_factory=list)  # owners away this week, no report due
    # key results outside the manager's organisation that key results inside it depend on,
    # with what they did this week, worst news first (okr.services.dependency_signals)
    outside: list[Concern] = field(default_factory=list)

    SECTIONS = ("red", "no_report", "away", "yellow", "warnings", "dropped", "done", "green")

    def as_json(self) -> dict[str, Any]:
        """The JSON of `okr digest --format json`: sections as lists of items."""
        data = asdict(self)
        for name in self.SECTIONS:
            for item, obj in zip(data[name], getattr(self, name), strict=True):
                item["via"] = obj.via
        return data
