"""Addresses and ids of the mail we send: reply addresses with tokens, Message-IDs, threads."""

from __future__ import annotations

import secrets
from email.utils import parseaddr
from functools import lru_cache

from flask import current_app

from . import tokens


@lru_cache(maxsize=64)
def parse_address(value: str) -> tuple[str, str]:
    """`parseaddr`, remembered: the sender's address is read for every message sent."""
    return parseaddr(value)


def domain() -> str:
    """The reply domain: OKR_REPLY_DOMAIN, else the domain of the sender address."""
    configured = current_app.config.get("REPLY_DOMAIN")
    if configured:
        return configured.lower()
    _, sender = parse_address(current_app.config["MAIL_DEFAULT_SENDER"])
    return (sender.rpartition("@")[2] or "localhost").lower()


def reply_address(person_id: int, week: str) -> str:
    """`status+TOKEN@domain`: who and which week, signed, so a reply needs no login."""
    token = tokens.make(person_id, week, current_app.config["SECRET_KEY"])
    return f"{current_app.config['REPLY_LOCAL_PART']}+{token}@{domain()}"


def digest_reply_address(manager_id: int, week: str) -> str:
    """`digest+TOKEN@domain`: a manager's reply to their digest, read for questions only.

    Its token is made for the purpose "digest", so it never passes as a status reply
    address, nor a status token as this one.
    """
    token = tokens.make(manager_id, week, current_app.config["SECRET_KEY"], purpose="digest")
    return f"{current_app.config['DIGEST_LOCAL_PART']}+{token}@{domain()}"


def bounce_address(outbox_id: int) -> str | None:
    """`bounces+TOKEN@domain`, the envelope sender of one outgoing message: a bounce comes
    back to it and names the message by itself (VERP). None when OKR_BOUNCE_LOCAL_PART is
    empty (then every message goes out with MAIL_DEFAULT_SENDER as its envelope sender)."""
    local_part = current_app.config.get("BOUNCE_LOCAL_PART")
    if not local_part:
        return None
    token = tokens.make_bounce(outbox_id, current_app.config["SECRET_KEY"])
    return f"{local_part}+{token}@{domain()}"


def envelope_sender(outbox_id: int) -> str:
    """The SMTP MAIL FROM of one outgoing message: its bounce address, else our sender."""
    return bounce_address(outbox_id) or parse_address(current_app.config["MAIL_DEFAULT_SENDER"])[1]


def bounced_outbox_id(address: str) -> int | None:
    """The outbox id a bounce address of ours names; None for any other address. Raises
    tokens.BadToken for our bounce local part with a token we did not make."""
    local_part = current_app.config.get("BOUNCE_LOCAL_PART")
    base, plus, token = address.rpartition("@")[0].partition("+")
    if not (local_part and plus and base.lower() == local_part.lower()):
        return None
    return tokens.read_bounce(token, current_app.config["SECRET_KEY"])


def new_message_id(kind: str) -> str:
    return f"<{kind}.{secrets.token_hex(12)}@{domain()}>"


def thread_id(person_id: int) -> str:
    """A fixed root id per person, so each person's weekly forms thread together."""
    return f"<status-thread.{person_id}@{domain()}>"


def external_url(endpoint: str, **values: str | None) -> str:
    """An absolute link for an email, built without a request (jobs have none); a value of
    None is left out of the link, as url_for leaves it out."""
    path = current_app.url_map.bind("localhost").build(endpoint, values)
    return current_app.config["BASE_URL"] + path
