"""Signed per-person, per-week tokens for reply addresses and one-click status links.

Layout before encoding: person id (4 bytes), ISO year (2), ISO week (1), then an 80-bit
HMAC of those 7 bytes. Lower-case base32 survives mail systems that change the case of
addresses, and the whole local part `status+TOKEN` stays far under 64 characters.

A token is made for one purpose ("status": the weekly form's reply address and status
link; "digest": the reply address of a manager's digest). The purpose changes the HMAC
key, so a token made for one purpose never verifies for another; the layout is the same.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
from dataclasses import dataclass
from functools import lru_cache

from . import weeks

_LAYOUT = struct.Struct(">IHB")
_MAC_BYTES = 10
TOKEN_LENGTH = 28  # base32 of 17 bytes, padding removed
# The key label per purpose; "status" keeps the original label, so tokens already sent work.
_PURPOSES = {
    "status": b"flagpost reply token v1",
    "digest": b"flagpost digest reply token v1",
}
PURPOSES = tuple(_PURPOSES)


class BadToken(ValueError):
    """A token that is malformed, forged or too old; `str()` says which."""


@dataclass(frozen=True)
class ReplyToken:
    person_id: int
    week: str


def _key(secret: str, purpose: str = "status") -> bytes:
    try:
        label = _PURPOSES[purpose]
    except KeyError:
        raise ValueError(f"no token purpose {purpose!r}; one of {', '.join(PURPOSES)}") from None
    return hmac.new(secret.encode(), label, hashlib.sha256).digest()


def _mac(secret: str, body: bytes, purpose: str = "status") -> bytes:
    return hmac.new(_key(secret, purpose), body, hashlib.sha256).digest()[:_MAC_BYTES]


def make(person_id: int, week: str, secret: str, purpose: str = "status") -> str:
    year, number = week.split("-W")
    body = _LAYOUT.pack(person_id, int(year), int(number))
    raw = body + _mac(secret, body, purpose)
    return base64.b32encode(raw).decode().rstrip("=").lower()


def read(
    token: str, secret: str, current_week: str, max_age_weeks: int, purpose: str = "status"
) -> ReplyToken:
    """Check a token (any case); raise BadToken unless it is ours, made for `purpose`, and
    recent enough. A token of another purpose reads as not signed by this Flagpost."""
    text = token.strip().upper()
    if len(text) != TOKEN_LENGTH:
        raise BadToken("the reply address token has the wrong length")
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise BadToken("the reply address token is not valid base32") from None
    if base64.b32encode(raw).decode().rstrip("=") != text:
        # The last character carries 4 unused bits: only the one spelling we make is valid.
        raise BadToken("the reply address token is not signed by this Flagpost")
    body, mac = raw[: _LAYOUT.size], raw[_LAYOUT.size :]
    if not hmac.compare_digest(mac, _mac(secret, body, purpose)):
        raise BadToken("the reply address token is not signed by this Flagpost")
    person_id, year, number = _LAYOUT.unpack(body)
    try:
        week = weeks.parse(f"{year}-W{number:02d}")
    except weeks.BadWeek:
        raise BadToken("the reply address token names no real week") from None
    if weeks.monday(week) > weeks.monday(current_week):
        raise BadToken("the reply address token is for a future week")
    age = (weeks.monday(current_week) - weeks.monday(week)).days // 7
    if age > max_age_weeks:
        raise BadToken(
            f"the reply address token is {age} weeks old; it expired after {max_age_weeks}"
        )
    return ReplyToken(person_id=person_id, week=week)


# --- bounce tokens: which outgoing message a bounce answers ---------------------------------

_BOUNCE_LAYOUT = struct.Struct(">Q")
_BOUNCE_LABEL = b"flagpost bounce token v1"
BOUNCE_TOKEN_LENGTH = 29  # base32 of 18 bytes (outbox id, 80-bit HMAC), padding removed


@lru_cache(maxsize=4)
def _bounce_key(secret: str) -> bytes:
    """Derived once per secret: every message sent makes a bounce token."""
    return hmac.new(secret.encode(), _BOUNCE_LABEL, hashlib.sha256).digest()


def _bounce_mac(secret: str, body: bytes) -> bytes:
    return hmac.new(_bounce_key(secret), body, hashlib.sha256).digest()[:_MAC_BYTES]


def make_bounce(outbox_id: int, secret: str) -> str:
    """The token of one outgoing message's bounce address (`bounces+TOKEN@`): a bounce
    sent to it names that message by itself, and nobody can make one for another."""
    body = _BOUNCE_LAYOUT.pack(outbox_id)
    return base64.b32encode(body + _bounce_mac(secret, body)).decode().rstrip("=").lower()


def read_bounce(token: str, secret: str) -> int:
    """The outbox id a bounce token names (any case); raise BadToken unless we made it.
    It never expires: a bounce may come days later, and it only marks that one message."""
    text = token.strip().upper()
    if len(text) != BOUNCE_TOKEN_LENGTH:
        raise BadToken("the bounce address token has the wrong length")
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise BadToken("the bounce address token is not valid base32") from None
    body, mac = raw[: _BOUNCE_LAYOUT.size], raw[_BOUNCE_LAYOUT.size :]
    if base64.b32encode(raw).decode().rstrip("=") != text or not hmac.compare_digest(
        mac, _bounce_mac(secret, body)
    ):
        raise BadToken("the bounce address token is not signed by this Flagpost")
    return _BOUNCE_LAYOUT.unpack(body)[0]
