"""Passwords for admins and one-time sign-in links for everyone else."""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import select, update
from werkzeug.security import check_password_hash, generate_password_hash

from mailers.signin import signin_link

from .. import addresses, clock, outbox
from ..errors import InvalidInput
from ..extensions import db, rows_changed
from ..models import MailKind, Person, SignInToken
from . import people

log = logging.getLogger(__name__)
MIN_PASSWORD = 12
# Compared against when the address is unknown, so timing does not reveal who exists.
_DUMMY_HASH = generate_password_hash("not a password of anyone")


def set_password(person: Person, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"the password needs at least {MIN_PASSWORD} characters", "password")
    # werkzeug's default is scrypt, a memory-hard KDF.
    person.password_hash = generate_password_hash(password)
    person.end_sessions()  # whoever knew the old password is signed out


def check_admin(email: str, password: str) -> Person | None:
    person = people.by_email(email or "")
    stored = person.password_hash if person is not None and person.password_hash else _DUMMY_HASH
    ok = check_password_hash(stored, password or "")
    if ok and person is not None and person.is_admin and person.active:
        person.signed_in_with_password = True
        return person
    return None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_link_token(person: Person) -> str:
    """Create a single-use token; only its hash is stored. The caller commits, then mails it."""
    token = secrets.token_urlsafe(32)
    minutes = current_app.config["MAGIC_LINK_MINUTES"]
    db.session.add(
        SignInToken(
            person=person,
            token_hash=_digest(token),
            expires_at=clock.now() + timedelta(minutes=minutes),
        )
    )
    return token


def mail_link(address: str, next_path: str | None = None) -> int | None:
    """Queue a sign-in link for the owner of `address`, if someone active has it.

    Returns the outbox row to send, or None for an unknown or deactivated address. Runs
    as a background job, never in the request that asked (see `okr.jobs`).
    """
    person = people.by_email(address)
    if person is None or not person.active:
        log.info("sign-in link asked for an unknown or deactivated address")
        return None
    token = issue_link_token(person)
    url = addresses.external_url("auth.confirm_link", token=token, next=next_path)
    message = signin_link(person, url, current_app.config["MAGIC_LINK_MINUTES"])
    row_id = outbox.queue_composed(
        MailKind.SIGNIN, message, f"signin:{secrets.token_hex(12)}", person
    )
    db.session.commit()  # the token and the mail exist before anything is sent
    return row_id


def peek(token: str) -> tuple[Person | None, str]:
    """Check a link without using it (a mail scanner's GET must not sign anyone in)."""
    row = db.session.scalar(select(SignInToken).where(SignInToken.token_hash == _digest(token)))
    if row is None:
        return None, "This sign-in link is not valid. Ask for a new one."
    if row.used_at is not None:
        return None, "This sign-in link was already used. Ask for a new one."
    if row.expires_at <= clock.now():
        return None, "This sign-in link has expired. Ask for a new one."
    if not row.person.active:
        return None, "This account is deactivated."
    return row.person, ""


def redeem(token: str) -> tuple[Person | None, str]:
    """Use a link once: the conditional UPDATE makes two clicks race safely."""
    person, reason = peek(token)
    if person is None:
        return None, reason
    now = clock.now()
    redeemed = rows_changed(
        update(SignInToken)
        .where(
            SignInToken.token_hash == _digest(token),
            SignInToken.used_at.is_(None),
            SignInToken.expires_at > now,
        )
        .values(used_at=now)
    )
    db.session.commit()
    if redeemed != 1:
        return None, "This sign-in link was already used. Ask for a new one."
    return person, ""
