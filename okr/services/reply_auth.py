"""Who sent a reply, and for which week: the signed token first, our thread ids second.

Nothing is recorded for a message that fails here; it is quarantined with the reason.

A reply has a purpose: "status" (to a weekly form, reminder, confirmation or question:
`status+TOKEN@`) or "digest" (a manager's reply to their digest, read for questions:
`digest+TOKEN@`). Each local part only accepts tokens made for its own purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import select

from .. import tokens, weeks
from ..extensions import db
from ..models import MailKind, OutboxMessage, Person, PersonAlias
from ..replies import authres, decode
from . import validate

RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Forwarded-To")
THREAD_KINDS = (MailKind.FORM, MailKind.REMINDER, MailKind.CONFIRMATION, MailKind.QUESTION)


@dataclass(frozen=True)
class Identity:
    person: Person
    week: str
    via: str  # "token" or "thread"
    purpose: str = "status"  # "status" or "digest"


class NotAuthenticated(Exception):
    """`str()` is the reason shown on the admin page; `person` is set only when the sender
    is really that person (so an explanation may be mailed to them)."""

    def __init__(self, reason: str, person: Person | None = None) -> None:
        super().__init__(reason)
        self.person = person


def sender_of(msg: EmailMessage) -> str | None:
    found = decode.addresses(msg, "From")
    return found[0] if found else None


def _purposes_of(base: str) -> list[str]:
    """The token purposes a local part accepts (both, if an admin gave them one name)."""
    config = current_app.config
    local_parts = {"status": config["REPLY_LOCAL_PART"], "digest": config["DIGEST_LOCAL_PART"]}
    return [purpose for purpose, local in local_parts.items() if base == local.lower()]


def _tokens_in(msg: EmailMessage) -> list[tuple[str, str]]:
    """(purpose, token) for every `local+TOKEN` recipient of ours, in header order."""
    found: list[tuple[str, str]] = []
    for header in RECIPIENT_HEADERS:
        for address in decode.addresses(msg, header):
            local_part = address.rpartition("@")[0]
            base, plus, token = local_part.partition("+")
            if not (plus and token):
                continue
            for purpose in _purposes_of(base):
                if (purpose, token) not in found:
                    found.append((purpose, token))
    return found


def read_token(token: str, purpose: str = "status") -> tokens.ReplyToken:
    """One of our tokens (a reply address's, a status link's), checked against this
    Flagpost's secret and the weeks a reply may come late; BadToken otherwise."""
    return tokens.read(
        token,
        current_app.config["SECRET_KEY"],
        weeks.current(),
        current_app.config["REPLY_TOKEN_WEEKS"],
        purpose=purpose,
    )


def active_person(person_id: int) -> Person | None:
    """The person a token names, while they are still here."""
    person = db.session.get(Person, person_id)
    return person if person is not None and person.active else None


def _from_token(msg: EmailMessage) -> tuple[int, str, str] | None:
    candidates = _tokens_in(msg)
    if not candidates:
        return None
    error: tokens.BadToken | None = None
    for purpose, token in candidates:
        try:
            parsed = read_token(token, purpose)
        except tokens.BadToken as bad:
            error = bad
            continue
        return parsed.person_id, parsed.week, purpose
    raise NotAuthenticated(str(error))


def _from_thread(msg: EmailMessage) -> tuple[int, str, str] | None:
    """A relay that dropped `+TOKEN`: match In-Reply-To/References to mail we sent.

    A thread that holds one of our digests is a manager's digest thread (purpose
    "digest"), even below our confirmation of their questions; otherwise the newest form,
    reminder, confirmation or question of the thread gives the person and week.
    """
    ids = decode.message_ids(msg, "In-Reply-To") + decode.message_ids(msg, "References")
    if not ids:
        return None
    rows = db.session.execute(
        select(OutboxMessage.person_id, OutboxMessage.week, OutboxMessage.kind)
        .where(
            OutboxMessage.message_id.in_(ids[-50:]),
            OutboxMessage.kind.in_((*THREAD_KINDS, MailKind.DIGEST)),
            OutboxMessage.person_id.is_not(None),
            OutboxMessage.week.is_not(None),
        )
        .order_by(OutboxMessage.id.desc())
    ).all()
    if not rows:
        return None
    digests = [r for r in rows if r.kind is MailKind.DIGEST]
    row, purpose = (digests[0], "digest") if digests else (rows[0], "status")
    age = (weeks.monday(weeks.current()) - weeks.monday(row.week)).days // 7
    if age > current_app.config["REPLY_TOKEN_WEEKS"]:
        what = "digest" if purpose == "digest" else "form"
        raise NotAuthenticated(f"a reply to a {what} of {row.week}, which is {age} weeks old")
    return row.person_id, row.week, purpose


def _is_address_of(person: Person, address: str | None) -> bool:
    """The person's address or alias, however spelled: a reply from an internationalised
    domain may name it in Unicode or in its ASCII (IDNA) form."""
    if not address:
        return False
    if address == person.email:
        return True
    spellings = validate.email_spellings(address)
    if person.email in spellings:
        return True
    return (
        db.session.scalar(
            select(PersonAlias.id)
            .where(PersonAlias.person_id == person.id, PersonAlias.email.in_(spellings))
            .limit(1)
        )
        is not None
    )


def _dmarc_failed(msg: EmailMessage) -> bool:
    """Held when a server we trust says DMARC failed.

    Only headers stamped with OKR_TRUSTED_AUTHSERV_ID count, and every one of them: the
    receiving server adds its header on top, and its own filters may add one each. The
    mail server must remove headers claiming that id from arriving mail (RFC 8601, section
    5); if it does not, a forged one can only add a result, never hide the server's
    failure, because any `dmarc=fail` holds the message. A trusted header with the words
    `dmarc=fail` only in a comment or quoted string, and no DMARC result of its own, is
    held too: text the sender controls (an unquoted `(` or `"` in the envelope sender the
    server copied in) may have moved its real result there; so is one too long to read.
    """
    trusted = authres.trusted_ids(current_app.config.get("TRUSTED_AUTHSERV_ID"))
    if not trusted:
        return False
    found = authres.verdict(decode.raw_headers(msg, "Authentication-Results"), trusted)
    return "fail" in found.results or found.doubtful


def authenticate(msg: EmailMessage) -> Identity:
    """The person and week a reply is for; raise NotAuthenticated with the reason."""
    found, via = _from_token(msg), "token"
    if found is None:
        found, via = _from_thread(msg), "thread"
    if found is None:
        raise NotAuthenticated("no reply token in the address, and not a reply to one of our forms")
    person_id, week, purpose = found
    person = active_person(person_id)
    if person is None:
        raise NotAuthenticated("the reply address belongs to nobody active here")
    senders = decode.addresses(msg, "From")
    if len(senders) > 1:  # repeated From headers, or several authors: whose word is it?
        raise NotAuthenticated(f"more than one sender in From ({', '.join(senders[:5])})")
    sender = senders[0] if senders else None
    if not _is_address_of(person, sender):
        what = "digest" if purpose == "digest" else "form"
        raise NotAuthenticated(
            f"sent from {sender or 'no address'}, not from {person.email} whose {what} it answers"
        )
    if _dmarc_failed(msg):
        raise NotAuthenticated("held for review: our receiving server says DMARC failed")
    return Identity(person, week, via, purpose)
