"""Delivery reports: which outbox row a bounce marks, and only when it proves it."""

from __future__ import annotations

import unicodedata
from email.message import EmailMessage

from ... import addresses, clock, tokens
from ...extensions import db
from ...models import InboundState, OutboxMessage
from ...replies import decode
from ...replies.classify import Classification
from ..reply_auth import RECIPIENT_HEADERS
from .store import is_our_message_id


def record_bounce(msg: EmailMessage, kind: Classification) -> tuple[InboundState, str]:
    """A bounce marks an outbox row only when it proves that it answers that message: it
    came to the message's own bounce address (`bounces+TOKEN@`, the envelope sender we
    sent it with), whose signed token names the row. Anyone can write a delivery report
    quoting our Message-ID or naming a person; such a report, or one to a bounce address
    with a token we did not make, marks nothing and is held for review. A delay warning
    (4.x.x) is only described: the mail may still arrive.
    """
    info = kind.bounce
    if info is None:
        return InboundState.IGNORED, f"bounce: {kind.reason}"
    if not info.permanent:
        return InboundState.IGNORED, f"bounce: delivery delayed ({info.status or 'temporary'})"
    named, bad_token = _bounce_addressees(msg)
    names = info.original_message_id or info.recipient or "no message we can tell"
    if not named:
        why = (
            f"its bounce address is not ours ({bad_token})"
            if bad_token
            else "it did not come to one of our bounce addresses"
        )
        return (
            InboundState.QUARANTINED,
            f"held for review: a delivery report that proves nothing, {why}; "
            f"no outbox row marked (it names {names})",
        )
    if len(named) > 1:
        return (
            InboundState.QUARANTINED,
            f"held for review: a delivery report to the bounce addresses of "
            f"{len(named)} messages; no outbox row marked",
        )
    row = db.session.get(OutboxMessage, named[0])
    if row is None:
        return InboundState.IGNORED, f"bounce: for outbox message {named[0]}, no longer kept"
    returned = info.original_message_id
    if returned and returned != row.message_id and is_our_message_id([returned]):
        return (
            InboundState.QUARANTINED,
            f"held for review: a delivery report to the bounce address of outbox message "
            f"{row.id} returns another of our messages ({returned}); no outbox row marked",
        )
    detail = " ".join(part for part in (info.status, info.diagnostic) if part) or kind.reason
    if info.recipient and info.recipient != row.recipient.lower():
        detail = f"for {info.recipient}: {detail}"
    detail = _one_line(detail or "bounced")[:2000]
    row.bounced_at = clock.now()
    row.bounce_reason = detail
    return InboundState.IGNORED, f"bounce: {row.kind.value} to {row.recipient}: {detail}"


def _bounce_addressees(msg: EmailMessage) -> tuple[list[int], str | None]:
    """The outbox ids named by the bounce addresses this message came to, and the reason a
    bounce address of ours with a bad token was refused, if one was."""
    named: list[int] = []
    bad_token: str | None = None
    for header in RECIPIENT_HEADERS:
        for address in decode.addresses(msg, header):
            try:
                outbox_id = addresses.bounced_outbox_id(address)
            except tokens.BadToken as error:
                bad_token = str(error)
                continue
            if outbox_id is not None and outbox_id not in named:
                named.append(outbox_id)
    return named, bad_token


def _one_line(text: str) -> str:
    """Remote text for one cell of a page: no control characters, spaces collapsed."""
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in text).split())
