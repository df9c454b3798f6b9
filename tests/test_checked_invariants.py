"""What the type checker made explicit: states that cannot happen say so clearly instead of
failing later with an AttributeError or a wrong row, and the helpers typed for it count
and build what they did before."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage

import pytest
from sqlalchemy import update

from mailers import Message, outgoing
from okr import addresses
from okr.errors import InvalidInput
from okr.extensions import db, rows_changed
from okr.lease import claim_time
from okr.models import InboundMessage, Person
from okr.services.inbound.batch import _Item
from okr.services.validate import day
from okr.transport import SMTPTransport, TimeoutConnection
from tests.conftest import make_person


def test_a_row_being_sent_without_a_claim_time_is_named():
    at = datetime(2026, 11, 19, 12, 0, tzinfo=UTC)
    assert claim_time(7, at) == at
    with pytest.raises(RuntimeError, match="outbox row 7 is being sent but has no claim time"):
        claim_time(7, None)


def test_an_smtp_transport_outside_its_connection_says_so(app):
    transport = SMTPTransport(TimeoutConnection(app.extensions["mail"]))  # never opened
    with pytest.raises(RuntimeError, match="outside its open connection"):
        transport.send_raw("flagpost@example.com", ["ann@example.com"], b"Subject: x\r\n\r\n")


def test_a_message_to_a_name_and_address_pair_is_refused(app):
    message = Message(
        subject="Week 47",
        recipients=[("Ann", "ann@example.com")],
        body="text",
        sender="flagpost@example.com",
    )
    with pytest.raises(TypeError, match="recipient is one string"):
        outgoing(message)
    message.recipients = ["Ann <ann@example.com>"]
    assert outgoing(message).to == "Ann <ann@example.com>"


def test_a_link_leaves_out_a_value_of_none(app):
    without = addresses.external_url("auth.confirm_link", token="abc", next=None)
    assert without.endswith("/abc") and "next" not in without
    with_next = addresses.external_url("auth.confirm_link", token="abc", next="/board")
    assert with_next.endswith("/abc?next=/board")


def test_an_optional_date_left_out_is_none_and_a_required_one_is_refused():
    assert day("", "away_until", required=False) is None
    assert day("2026-11-20", "due") == date(2026, 11, 20)
    with pytest.raises(InvalidInput, match="the due date is required"):
        day("", "due", "the due date")


def test_a_reply_not_authenticated_has_no_identity_to_give(app):
    row = InboundMessage(id=12, raw=b"", size=0, source="pipe", sha256="0" * 64)
    with pytest.raises(RuntimeError, match="inbound message 12 has no authenticated sender"):
        _ = _Item(row, EmailMessage(), None).authenticated


def test_rows_changed_counts_the_rows_an_update_changed(app):
    make_person("ann@example.com")
    make_person("bo@example.com")
    assert rows_changed(update(Person).values(timezone="Europe/Paris")) == 2
    nobody = update(Person).where(Person.email == "nobody@example.com").values(timezone="UTC")
    assert rows_changed(nobody) == 0
    db.session.rollback()
