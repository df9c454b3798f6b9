"""The held-out corpus's company, rebuilt the same way every time, and its real forms.

Twelve people in twelve timezones, 36 key results with titles that contain flag words
("Reduce red alerts by half", "Green-light the data platform", "Yellow pages cleanup"),
due dates from overdue to next quarter, and two weeks of history, so the quoted forms
carry last week's flags. The forms of 2026-W49 and 2026-W50 (and the W50 reminder) are
composed and sent by Flagpost itself (`okr send-forms`, mail kept in the outbox folder).

Everything is fixed: the secret (so the reply tokens are the same), the clock (so "due in
5 days" reads the same), the key result ids (the refs the replies name) and the forms'
Message-IDs. Those come from `okr.addresses.new_message_id`, which draws
`secrets.token_hex`; while the forms are queued a seeded stand-in for `secrets` is handed
to that module, so the ids keep their production shape and are the same on every build.
"""

from __future__ import annotations

import email
import email.policy
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

from flask import Flask
from sqlalchemy import select

from okr import addresses, clock
from okr.extensions import db
from okr.models import KeyResult, MailKind, OutboxMessage, Person
from okr.services import checkins, okrs, people

SECRET_KEY = "heldout-corpus-secret-not-for-production-0123456789"  # noqa: S105
SENDER = "Flagpost <flagpost@okr.halvard.example>"
BASE_URL = "https://okr.halvard.example"
DOMAIN = "halvard.example"

LAST_WEEK, THIS_WEEK = "2026-W49", "2026-W50"
CREATED = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
HISTORY_AT = {"2026-W48": datetime(2026, 11, 26, 17, 30, tzinfo=UTC)}
FORM_SENT = {
    ("form", LAST_WEEK): datetime(2026, 12, 3, 16, 0, tzinfo=UTC),
    ("form", THIS_WEEK): datetime(2026, 12, 10, 16, 0, tzinfo=UTC),
    ("reminder", THIS_WEEK): datetime(2026, 12, 11, 10, 0, tzinfo=UTC),
}
W49_ANSWERED_AT = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
# When the scorer processes the replies: Friday of W50, after the reminder.
PROCESSED_AT = datetime(2026, 12, 11, 15, 0, tzinfo=UTC)
MESSAGE_ID_SEED = 20261210


@dataclass(frozen=True)
class KR:
    id: int
    title: str
    due: date
    objective: str


@dataclass(frozen=True)
class Member:
    key: str
    name: str
    email: str
    timezone: str
    manager: str | None
    languages: tuple[str, ...]
    krs: tuple[KR, ...]
    answered_w49: bool = True  # False: no status for W49 yet, so a late reply can land there


def _kr(kr_id: int, title: str, due: str, objective: str) -> KR:
    return KR(kr_id, title, date.fromisoformat(due), objective)


PEOPLE: tuple[Member, ...] = (
    Member("dana", "Dana Whitfield", "dana@halvard.example", "Europe/London", None, ("en",), (
        _kr(12, "Sign 5 design partners", "2026-12-18", "Win the first enterprise customers"),
        _kr(13, "Green-light the data platform", "2026-12-31",
            "Win the first enterprise customers"),
        _kr(14, "Reduce red alerts by half", "2027-01-29", "Keep the lights on"),
        _kr(15, "Hire 2 SREs", "2026-11-30", "Keep the lights on"),
        _kr(16, "Shipped-features newsletter every month", "2027-03-31", "Keep the lights on"),
    )),
    Member("jonas", "Jonas Becker", "jonas.becker@halvard.example", "Europe/Berlin", "dana",
           ("de", "en"), (
        _kr(21, "Yellow pages cleanup", "2026-12-04", "Clean data, fewer surprises"),
        _kr(22, "Migrate billing to the new ledger", "2027-02-15", "Clean data, fewer surprises"),
        _kr(23, "Blocked-payment alerts in under 5 minutes", "2026-12-21",
            "Clean data, fewer surprises"),
    ), answered_w49=False),
    Member("amelie", "Amélie Laurent", "amelie.laurent@halvard.example", "Europe/Paris", "dana",
           ("fr", "en"), (
        _kr(31, "Done-for-you onboarding", "2027-01-15", "Customers who stay"),
        _kr(32, "Cut churn to 2%", "2026-12-31", "Customers who stay"),
        _kr(33, "Launch the customer forum", "2026-10-30", "Customers who stay"),
    )),
    Member("lucia", "Lucía Fernández", "lucia.fernandez@halvard.example", "Europe/Madrid",
           "amelie", ("es", "en"), (
        _kr(41, "Cut time on track 3", "2027-01-08", "Faster delivery"),
        _kr(42, "Launch the partner portal", "2026-12-11", "Faster delivery"),
        _kr(43, "Red team the login flow", "2026-12-17", "Safer releases"),
        _kr(44, "Amber rollout for every service", "2027-03-31", "Safer releases"),
    )),
    Member("mariana", "Mariana Costa", "mariana.costa@halvard.example", "America/Sao_Paulo",
           "amelie", ("pt", "en"), (
        _kr(51, "Open the São Paulo office", "2027-02-01", "Grow Brazil"),
        _kr(52, "10 reseller agreements signed", "2026-12-31", "Grow Brazil"),
        _kr(53, "Portuguese help centre complete", "2026-12-04", "Grow Brazil"),
    ), answered_w49=False),
    Member("giulia", "Giulia Rossi", "giulia.rossi@halvard.example", "Europe/Istanbul", "jonas",
           ("it", "tr", "en"), (
        _kr(61, "Move the Istanbul region to the new cluster", "2027-01-20",
            "Reliable infrastructure"),
        _kr(62, "On-track deploys: 95% without rollback", "2026-12-31", "Reliable infrastructure"),
    )),
    Member("sanne", "Sanne de Vries", "sanne.devries@halvard.example", "Europe/Amsterdam", "dana",
           ("nl", "en"), (
        _kr(71, "Ship the mobile app 2.0", "2026-12-15", "Mobile"),
        _kr(72, "App store rating above 4.5", "2027-03-31", "Mobile"),
        _kr(73, "Behind-the-login analytics dashboard", "2027-01-31", "Mobile"),
    )),
    Member("erik", "Erik Lindqvist", "erik.lindqvist@halvard.example", "Europe/Stockholm", "sanne",
           ("sv", "en"), (
        _kr(81, "Swish and Vipps at checkout", "2026-12-20", "Payments in the Nordics"),
        _kr(82, "Greenfield pricing experiment", "2027-01-10", "Payments in the Nordics"),
    )),
    Member("mette", "Mette Sørensen", "mette.sorensen@halvard.example", "Europe/Oslo", "sanne",
           ("da", "no", "en"), (
        _kr(91, "At-risk accounts playbook", "2026-12-22", "Partners"),
        _kr(92, "Renew the Telenor contract", "2026-11-27", "Partners"),
        _kr(93, "Partner NPS above 40", "2027-03-31", "Partners"),
    )),
    Member("olga", "Olga Kowalczyk", "olga.kowalczyk@halvard.example", "Europe/Warsaw", "jonas",
           ("pl", "ru", "en"), (
        _kr(101, "Complete the SOC 2 audit", "2027-02-26", "Security"),
        _kr(102, "Rotate all production secrets", "2026-12-10", "Security"),
        _kr(103, "Phishing drill for all staff", "2026-12-18", "Security"),
    ), answered_w49=False),
    Member("kenji", "Kenji Watanabe", "kenji.watanabe@halvard.example", "Asia/Tokyo", "dana",
           ("ja", "en"), (
        _kr(111, "Localise the product into Japanese", "2027-01-15", "Japan launch"),
        _kr(112, "Sign 3 launch customers in Japan", "2027-02-26", "Japan launch"),
        _kr(113, "Stop-ship bugs to zero", "2026-12-12", "Japan launch"),
        _kr(114, "Red-carpet onboarding for launch partners", "2027-03-12", "Japan launch"),
    ), answered_w49=False),
    Member("wei", "Wei Zhang", "wei.zhang@halvard.example", "Asia/Shanghai", "kenji",
           ("zh", "en"), (
        _kr(121, "Three distribution partners live", "2027-01-31", "China partnerships"),
        _kr(122, "ICP licence approved", "2026-11-20", "China partnerships"),
    )),
)  # fmt: skip

BY_KEY = {member.key: member for member in PEOPLE}

# Last week's answers, as the quoted forms show them: (flag, note) per key result and week.
# Some notes hold flag words, so a parser that reads the quote would be caught.
HISTORY: dict[str, dict[int, tuple[str, str]]] = {
    "2026-W48": {
        12: ("green", "3 of 5 signed, two more in legal"),
        13: ("yellow", "budget approved, vendor shortlist not done"),
        14: ("red", "pager storm after the November release, 41 red alerts last week"),
        15: ("yellow", "one offer out, second role still open"),
        16: ("green", "November issue shipped on time"),
        21: ("green", "on track, 60% of listings cleaned"),
        22: ("yellow", "ledger schema at risk, waiting for finance"),
        23: ("red", "blocked: no access to the payment logs"),
        31: ("green", ""),
        32: ("yellow", "churn 2.6%, at risk"),
        33: ("red", "behind: moderation tool not chosen"),
        41: ("green", "track 3 down from 9 to 6 days"),
        42: ("yellow", "waiting for the partner API keys"),
        43: ("green", "pen test booked"),
        44: ("red", "off track, amber rollout paused after the incident"),
        51: ("yellow", "lease still being negotiated"),
        52: ("green", "6 of 10 signed"),
        53: ("yellow", "70 of 120 articles translated"),
        61: ("green", "cluster provisioned"),
        62: ("red", "91% last month, two rollbacks"),
        71: ("yellow", "release candidate has a crash on Android 12"),
        72: ("green", "4.4 and rising"),
        73: ("green", ""),
        81: ("green", "Swish live in test"),
        82: ("yellow", "green light from finance still missing"),
        91: ("green", "draft shared with sales"),
        92: ("red", "Telenor legal silent for two weeks"),
        93: ("green", "survey sent"),
        101: ("yellow", "auditor asked for more evidence"),
        102: ("green", "half of the services rotated"),
        103: ("green", ""),
        111: ("green", "82% of strings translated"),
        112: ("yellow", "one customer signed, two in talks"),
        113: ("red", "14 stop-ship bugs open"),
        114: ("green", "plan agreed"),
        121: ("yellow", "one partner live, contracts slow"),
        122: ("red", "application returned, missing documents"),
    },
    "2026-W49": {
        12: ("green", "4 of 5 signed"),
        13: ("yellow", "vendor shortlist done, contract at risk"),
        14: ("red", "still 30+ red alerts a week"),
        15: ("red", "offer declined, back to sourcing"),
        16: ("green", "December draft done"),
        31: ("green", "12 accounts onboarded"),
        32: ("yellow", "2.4%, on track to 2% if December holds"),
        33: ("red", "off track, no moderator hired"),
        41: ("green", "5 days now"),
        42: ("red", "blocked: partner API keys still missing"),
        43: ("green", "pen test started"),
        44: ("yellow", "rollout resumed on 3 services"),
        61: ("yellow", "migration window moved"),
        62: ("red", "93%, one rollback this week"),
        71: ("yellow", "Android crash fixed, iOS review pending"),
        72: ("green", "4.5 reached, keeping it"),
        73: ("green", "first dashboard live"),
        81: ("green", "Vipps in test too"),
        82: ("green", "finance gave the green light"),
        91: ("yellow", "sales wants a shorter version"),
        92: ("red", "contract expired, working on a bridge"),
        93: ("green", "response rate 38%"),
        121: ("green", "second partner live"),
        122: ("red", "resubmitted, waiting"),
    },
}


def config(folder: Path) -> dict:
    """The app's settings for a build in `folder`: SQLite, mail kept in an outbox folder."""
    return {
        "SECRET_KEY": SECRET_KEY,
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'okr.sqlite'}",
        "OUTBOX_DIR": str(folder / "outbox"),
        "MAIL_SERVER": None,
        "MAIL_DEFAULT_SENDER": SENDER,
        "REDIS_URL": None,
        "BASE_URL": BASE_URL,
        "TRUSTED_AUTHSERV_ID": None,
    }


def database_file(folder: Path) -> Path:
    return folder / "okr.sqlite"


class _SeededSecrets:
    """Stands in for `secrets` inside `okr.addresses` while forms are queued."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def token_hex(self, nbytes: int = 32) -> str:
        return self._rng.randbytes(nbytes).hex()


@contextmanager
def _fixed_message_ids(seed: int) -> Iterator[None]:
    real = addresses.secrets
    addresses.secrets = _SeededSecrets(seed)  # type: ignore[assignment]
    try:
        yield
    finally:
        addresses.secrets = real


def _run(app: Flask, *args: str) -> str:
    result = app.test_cli_runner().invoke(args=list(args))
    if result.exit_code != 0:
        raise RuntimeError(f"okr {' '.join(args)} failed: {result.output}") from result.exception
    return result.output


def build(app: Flask) -> None:
    """Schema by the migrations, then the company, its history and its sent forms."""
    _run(app, "init-db")
    clock.freeze(CREATED)
    by_key: dict[str, Person] = {}
    for member in PEOPLE:
        manager = BY_KEY[member.manager].email if member.manager else None
        by_key[member.key] = people.create(member.email, member.name, manager, member.timezone)
    db.session.flush()
    for member in PEOPLE:
        owner = by_key[member.key]
        for kr in member.krs:
            objective = okrs.find_objective(owner, kr.objective, "2026-Q4")
            if objective is None:
                objective = okrs.create_objective(owner, kr.objective, "2026-Q4")
            db.session.add(
                KeyResult(id=kr.id, objective=objective, owner=owner, title=kr.title, due=kr.due)
            )
    db.session.commit()
    _history(by_key, "2026-W48", HISTORY_AT["2026-W48"], everyone=True)
    with _fixed_message_ids(MESSAGE_ID_SEED):
        clock.freeze(FORM_SENT[("form", LAST_WEEK)])
        _run(app, "send-forms", "--week", LAST_WEEK)
        _history(by_key, LAST_WEEK, W49_ANSWERED_AT, everyone=False)
        clock.freeze(FORM_SENT[("form", THIS_WEEK)])
        _run(app, "send-forms", "--week", THIS_WEEK)
        clock.freeze(FORM_SENT[("reminder", THIS_WEEK)])
        _run(app, "send-forms", "--week", THIS_WEEK, "--reminders")
    clock.freeze(PROCESSED_AT)


def _history(by_key: dict[str, Person], week: str, moment: datetime, *, everyone: bool) -> None:
    clock.freeze(moment)
    for member in PEOPLE:
        if not everyone and not member.answered_w49:
            continue
        owner = by_key[member.key]
        for kr in member.krs:
            flag, note = HISTORY[week][kr.id]
            row = db.session.get(KeyResult, kr.id)
            checkins.record(row, week, flag, note=note, author=owner, source=None)
    db.session.commit()


@dataclass(frozen=True)
class Form:
    """A weekly form or reminder as Flagpost sent it."""

    kind: str  # "form" or "reminder"
    week: str
    person: Member
    message_id: str
    reply_to: str
    subject: str
    sent_at: datetime
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)

    @property
    def text(self) -> str:
        part = self.message.get_body(preferencelist=("plain",))
        return part.get_content().replace("\r\n", "\n")

    @property
    def html(self) -> str:
        part = self.message.get_body(preferencelist=("html",))
        return part.get_content().replace("\r\n", "\n")

    @property
    def refs(self) -> list[str]:
        """The key results the form lists, in its order."""
        found = []
        for line in self.text.splitlines():
            head = line.split(" ", 1)[0]
            if head.startswith("#") and head[1:].isdigit() and head not in found:
                found.append(head)
        return found

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.week}-{self.person.key}"


def sent_forms(app: Flask) -> dict[tuple[str, str, str], Form]:
    """Every form and reminder in the outbox folder, by (kind, week, person key)."""
    by_email = {member.email: member for member in PEOPLE}
    rows = {
        row.message_id: row
        for row in db.session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind.in_((MailKind.FORM, MailKind.REMINDER)))
        )
    }
    forms: dict[tuple[str, str, str], Form] = {}
    for path in sorted(Path(app.config["OUTBOX_DIR"]).glob("*.eml")):
        raw = path.read_bytes()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        row = rows.get(str(message["Message-ID"]).strip())
        if row is None:
            continue
        member = by_email[row.recipient]
        form = Form(
            kind=row.kind.value,
            week=row.week,
            person=member,
            message_id=row.message_id,
            reply_to=str(message["Reply-To"]).strip(),
            subject=str(message["Subject"]),
            sent_at=FORM_SENT[(row.kind.value, row.week)],
            raw=raw,
        )
        forms[(form.kind, form.week, member.key)] = form
    return forms
