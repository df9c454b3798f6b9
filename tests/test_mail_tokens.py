"""A token acts for one person and goes to that person only.

Every kind of mail we send (the list comes from `MailKind`, so a new kind cannot be left
out) is sent for real to an SMTP server by a small company going through its week: forms,
replies and their confirmations (also "not understood"), reminders, digests, a manager's
question and its confirmation, the owner's answer, a sign-in link. For each message
delivered, every token it carries (reply addresses `status+...`/`digest+...`, status and
sign-in links, anywhere in its headers and both parts) must belong to the message's one
recipient, who gets it in To, with nobody in Cc or in the envelope besides.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from okr import queue, tokens, weeks
from okr.extensions import db
from okr.models import MailKind, OutboxMessage, Person
from okr.services import people, signin
from tests.conftest import make_kr, make_person
from tests.replies import reply_to
from tests.smtp import Received

_ADDRESS_WITH_TAG = re.compile(r"([A-Za-z0-9._-]+)\+([A-Za-z0-9]+)@", re.ASCII)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_BARE_TOKEN = re.compile(rf"(?<![A-Za-z0-9])[a-z2-7]{{{tokens.TOKEN_LENGTH}}}(?![A-Za-z0-9])")


@dataclass
class Found:
    """What one message carries that acts for someone, and what is wrong with it."""

    owners: list[tuple[str, int | None]] = field(default_factory=list)  # (what, person id)
    problems: list[str] = field(default_factory=list)


def _everything(message) -> str:
    """Every header value and both parts, as a reader (or a script) would see them."""
    parts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(html.unescape(part.get_content()))
    return "\n".join(parts)


def _token_owner(token: str, purposes: tuple[str, ...], app) -> int | None:
    for purpose in purposes:
        try:
            return tokens.read(
                token,
                app.config["SECRET_KEY"],
                weeks.current(),
                app.config["REPLY_TOKEN_WEEKS"],
                purpose=purpose,
            ).person_id
        except tokens.BadToken:
            continue
    return None


def _link_owner(url: str, app) -> tuple[str, int | None] | None:
    """(what, person) for a link that acts for someone; None for one that does not."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    opaque = [s for s in segments if len(s) >= 16]  # anything that could be a secret
    if not opaque:
        return None
    for segment in opaque:
        person_id = _token_owner(segment, tokens.PURPOSES, app)
        if person_id is not None:
            return f"status link {url}", person_id
        person, _ = signin.peek(segment)
        if person is not None:
            return f"sign-in link {url}", person.id
    return f"unrecognised secret in {url}", None


def tokens_in(message, app) -> Found:
    found = Found()
    text = _everything(message)
    local_parts = {
        app.config["REPLY_LOCAL_PART"].lower(): ("status",),
        app.config["DIGEST_LOCAL_PART"].lower(): ("digest",),
    }
    for match in _ADDRESS_WITH_TAG.finditer(text):
        base, token = match[1].lower(), match[2]
        purposes = local_parts.get(base, tokens.PURPOSES)
        found.owners.append((f"{base}+ address", _token_owner(token.lower(), purposes, app)))
    for match in _URL.finditer(text):
        owner = _link_owner(match[0].rstrip(".,;"), app)
        if owner is not None:
            found.owners.append(owner)
    for match in _BARE_TOKEN.finditer(text):
        person_id = _token_owner(match[0], tokens.PURPOSES, app)
        if person_id is not None:
            found.owners.append(("token", person_id))
    return found


def check(received: Received, app) -> tuple[MailKind | None, Found]:
    """The kind of a delivered message and every problem with the tokens it carries."""
    message = received.message
    row = db.session.scalar(
        select(OutboxMessage).where(OutboxMessage.message_id == message["Message-ID"])
    )
    found = tokens_in(message, app)
    to = [a.addr_spec.lower() for a in message["To"].addresses] if message["To"] else []
    recipient = people.by_email(to[0]) if len(to) == 1 else None
    if len(received.recipients) != 1 or len(to) != 1 or to != received.recipients:
        found.problems.append(f"envelope {received.recipients} and To {to}: not one recipient")
    for header in ("Cc", "Bcc"):
        if message[header] is not None:
            found.problems.append(f"{header}: {message[header]}")
    if recipient is None:
        found.problems.append(f"To {to} is nobody here")
    if not found.owners:
        found.problems.append("carries no token at all (is the checker still finding them?)")
    for what, person_id in found.owners:
        if recipient is None or person_id != recipient.id:
            found.problems.append(f"{what} acts for person {person_id}, sent to {to}")
    return (row.kind if row else None), found


# --- the company's week -------------------------------------------------------------------------


@pytest.fixture
def app_config(smtp_config):
    return smtp_config


@pytest.fixture
def week_of_mail(smtp_server, app, runner, client, tmp_path) -> list[Received]:
    """Mary manages Dana and Eli; everyone owns a key result; every kind of mail goes out."""
    mary = make_person("mary@example.com", "Mary Manager")
    dana = make_person("dana@example.com", "Dana Owner", manager=mary)
    eli = make_person("eli@example.com", "Eli Owner", manager=mary)
    krs = {p.email: make_kr(p, f"Key result of {p.name}") for p in (mary, dana, eli)}

    def run(*args: str) -> None:
        result = runner.invoke(args=list(args))
        assert result.exit_code == 0, result.output

    def ingest(raw: bytes) -> None:
        path = tmp_path / f"reply-{len(list(tmp_path.glob('reply-*')))}.eml"
        path.write_bytes(raw)
        run("ingest", str(path))

    def latest(subject: str, to: str):
        return next(
            r.message
            for r in reversed(smtp_server.received)
            if r.message["Subject"].startswith(subject) and to in r.recipients
        )

    run("send-forms", "--now")
    dana_kr = krs["dana@example.com"]
    ingest(reply_to(latest("Weekly status", "dana@example.com"), f"{dana_kr.ref} green"))
    ingest(reply_to(latest("Weekly status", "eli@example.com"), "Hello, what is this?"))
    run("send-forms", "--now", "--reminders")
    run("send-digests", "--now")
    digest = latest("Digest", "mary@example.com")
    ingest(reply_to(digest, f"{dana_kr.ref} what do you need from me?"))
    question = latest("Question about", "dana@example.com")
    ingest(reply_to(question, f"{dana_kr.ref} yellow - a decision on the vendor"))
    response = client.post("/signin", data={"link-email": "eli@example.com"})
    assert queue.wait_for_background(app)  # the request hands the link to the background
    assert response.status_code == 302
    return list(smtp_server.received)


def test_every_token_goes_to_its_own_person_alone_in_every_kind_of_mail(app, week_of_mail):
    seen: set[MailKind] = set()
    problems = []
    for received in week_of_mail:
        kind, found = check(received, app)
        assert kind is not None, f"{received.message['Subject']!r} is no outbox row of ours"
        seen.add(kind)
        problems += [f"{kind.value} {received.message['Subject']!r}: {p}" for p in found.problems]
    assert problems == []
    # Every kind there is: a new kind of mail must be added to the week above.
    assert seen == set(MailKind), f"not sent in this test: {set(MailKind) - seen}"
    confirmations = [r for r in week_of_mail if r.message["Subject"].startswith("Re:")]
    # A status confirmation, a "not understood", the manager's, the answer's.
    assert len(confirmations) == 4


def test_the_checker_sees_a_token_in_the_wrong_mailbox(app, week_of_mail):
    """The check above can fail: the question mail as it was sent before (the owner's
    reply address, the manager in copy) is caught, and so is a link mailed to another."""
    question = next(r for r in week_of_mail if r.message["Subject"].startswith("Question"))
    copied = question.message
    copied["Cc"] = "mary@example.com"
    _, found = check(
        Received(
            question.envelope_from, ["dana@example.com", "mary@example.com"], copied.as_bytes()
        ),
        app,
    )
    assert any(p.startswith("envelope") for p in found.problems)
    assert any(p.startswith("Cc:") for p in found.problems)

    signin_mail = next(r for r in week_of_mail if "/signin/link/" in r.raw.decode())
    forwarded = signin_mail.message
    del forwarded["To"]
    forwarded["To"] = "dana@example.com"
    _, found = check(
        Received(signin_mail.envelope_from, ["dana@example.com"], forwarded.as_bytes()), app
    )
    eli = db.session.scalar(select(Person.id).where(Person.email == "eli@example.com"))
    assert any(f"acts for person {eli}" in p for p in found.problems)
