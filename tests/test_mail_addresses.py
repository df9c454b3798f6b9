"""Addresses: what every door accepts, and that an address no message can go to fails its
own mail alone, whatever is already in the database.

Flagpost sends no SMTPUTF8 mail: the part before the @ must be ASCII (refused at every
door with a clear message), an internationalised domain is accepted, stored in Unicode and
written in its IDNA form (UTS-46) on the wire.
"""

from __future__ import annotations

import html
from email.mime.text import MIMEText

import pytest
from sqlalchemy import func, select, update

from okr import queue
from okr.errors import InvalidInput
from okr.extensions import db
from okr.models import CheckIn, MailKind, MailState, OutboxMessage, Person, PersonAlias
from okr.services import csvio, people, validate
from okr.transport import open_transport
from tests.conftest import make_kr, make_person
from tests.replies import reply_to

WEEK = "2026-W47"

# The part before the @ is not ASCII: no relay without SMTPUTF8 can take them.
NON_ASCII_LOCAL = [
    "jürgen@example.com",
    "JÜRGEN@Example.com",
    "josé.garcía@example.com",
    "ñandú@example.org",
    "用户@例子.广告",
    "пользователь@пример.рф",
    "ﬁle@example.com",  # a ligature, which no normalisation may quietly turn into "fi"
    "dana\u00a0x@example.com",  # a no-break space
    "zoë+okr@bücher.example",
]

# Not addresses, or not ones any relay takes.
MALFORMED = [
    "x@a..com",
    "x@example..com",
    ".x@example.com",
    "x.@example.com",
    "x..y@example.com",
    "x@-example.com",
    "x@example-.com",
    "x@" + "a" * 64 + ".com",  # a label over 63 characters
    "x@" + ".".join(["a" * 60] * 5) + ".com",  # a domain over 253 characters
    "x@example",
    "x@@example.com",
    "@example.com",
    "x@",
    "x y@example.com",
    "x@exa mple.com",
    "x@exa_mple.com",
    "<x@example.com>",
    "Dana <x@example.com>",
    "x@[192.0.2.1]",
    "x@example.com.",
    "x@☃.com",
    "x@xn--zz.com",  # looks like IDNA, is not
    "x@ex,ample.com",
    "x;y@example.com",
]

# (typed, stored): one person per address however it is spelled.
ACCEPTED = [
    ("Dana@Example.COM", "dana@example.com"),
    ("o'brien+okr@mail.example.co.uk", "o'brien+okr@mail.example.co.uk"),
    ("ida@bücher.example", "ida@bücher.example"),
    ("Ida@BÜCHER.Example", "ida@bücher.example"),
    ("ida@xn--bcher-kva.example", "ida@bücher.example"),
    ("hans@straße.example", "hans@straße.example"),  # UTS-46, not IDNA 2003's "strasse"
    ("x@ｅｘａｍｐｌｅ.com", "x@example.com"),  # full-width letters
    ("ivan@пример.рф", "ivan@пример.рф"),
]


# --- the rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize("address", NON_ASCII_LOCAL)
def test_a_non_ascii_local_part_is_refused_with_the_reason(address):
    with pytest.raises(InvalidInput) as refused:
        validate.email(address)
    message = str(refused.value)
    assert "the part before the @ may only have ASCII characters" in message
    assert "an internationalised domain after the @ is fine" in message


@pytest.mark.parametrize("address", MALFORMED)
def test_a_malformed_address_is_refused_with_the_reason(address):
    with pytest.raises(InvalidInput) as refused:
        validate.email(address)
    assert str(refused.value).startswith(f"{address.strip()!r} is not an email address: ")


@pytest.mark.parametrize(("typed", "stored"), ACCEPTED)
def test_an_address_is_stored_in_one_form_however_typed(typed, stored):
    assert validate.email(typed) == stored
    assert stored in validate.email_spellings(typed)


# --- every door ---------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["jürgen@example.com", "用户@例子.广告"])
def test_every_door_refuses_a_non_ascii_local_part(admin_client, admin, runner, address):
    expected = "the part before the @ may only have ASCII characters"
    dana = make_person("dana@example.com", "Dana")
    before = db.session.scalar(select(func.count(Person.id)))

    new = admin_client.post(
        "/admin/people/new", data={"name": "Jürgen", "email": address, "timezone": "UTC"}
    )
    assert new.status_code == 400 and expected in html.unescape(new.get_data(as_text=True))

    form = {"name": "Dana", "email": address, "timezone": "UTC", "digest_depth": "3"}
    edit = admin_client.post(f"/admin/people/{dana.id}/edit", data=form)
    assert edit.status_code == 400 and expected in html.unescape(edit.get_data(as_text=True))

    form["email"] = "dana@example.com"
    alias = admin_client.post(f"/admin/people/{dana.id}/edit", data=form | {"aliases": address})
    assert alias.status_code == 400 and expected in html.unescape(alias.get_data(as_text=True))

    manager = admin_client.post(
        "/admin/people/new",
        data={"name": "Eve", "email": "eve@example.com", "manager_email": address},
    )
    assert manager.status_code == 400
    assert expected in html.unescape(manager.get_data(as_text=True))

    plan = csvio.run("people", f"email,name,manager_email,timezone\n{address},Jürgen,,UTC\n")
    assert not plan.applied and expected in str(plan.errors[0])
    plan = csvio.run("okrs", f"owner_email,objective,key_result,due,period\n{address},O,K,,\n")
    assert not plan.applied and expected in str(plan.errors[0])

    admin_cli = runner.invoke(args=["create-admin", address, "--generate-password"])
    assert admin_cli.exit_code != 0 and expected in admin_cli.output

    db.session.rollback()
    assert db.session.scalar(select(func.count(Person.id))) == before
    assert stored_email(dana.id) == "dana@example.com"
    assert db.session.scalar(select(func.count(PersonAlias.id))) == 0


def stored_email(person_id: int) -> str:
    with db.engine.connect() as conn:
        return conn.execute(select(Person.email).where(Person.id == person_id)).scalar_one()


def test_an_internationalised_domain_is_one_person_however_spelled(admin_client, admin):
    created = admin_client.post(
        "/admin/people/new", data={"name": "Ida", "email": "Ida@Bücher.example", "timezone": "UTC"}
    )
    assert created.status_code == 302
    ida = people.by_email("ida@xn--bcher-kva.example")
    assert ida is not None and ida.email == "ida@bücher.example"
    assert people.by_email("IDA@BÜCHER.EXAMPLE") is ida
    twice = admin_client.post(
        "/admin/people/new",
        data={"name": "Ida 2", "email": "ida@xn--bcher-kva.example", "timezone": "UTC"},
    )
    assert twice.status_code == 400
    assert "already exists" in html.unescape(twice.get_data(as_text=True))
    plan = csvio.run(
        "people", "email,name,manager_email,timezone\nida@xn--bcher-kva.example,Ida,,\n"
    )
    assert plan.applied and plan.creates == 0


def test_a_row_stored_in_ascii_form_before_is_still_the_same_person(app):
    """Rows written before the normalisation may hold a domain in its `xn--` form."""
    ida = make_person("ida@example.com", "Ida")
    db.session.execute(
        update(Person).where(Person.id == ida.id).values(email="ida@xn--bcher-kva.example")
    )
    db.session.commit()
    assert people.by_email("ida@bücher.example").id == ida.id
    with pytest.raises(InvalidInput, match="already exists"):
        people.create(email="ida@bücher.example", name="Ida again")
    plan = csvio.run(
        "people",
        "email,name,manager_email,timezone\n"
        "ida@bücher.example,Ida,,\n"
        "eve@example.com,Eve,ida@bücher.example,\n",
    )
    assert plan.applied and (plan.creates, plan.updates) == (1, 0), plan.errors
    db.session.commit()
    assert db.session.scalar(select(func.count(Person.id))) == 2
    assert people.by_email("eve@example.com").manager_id == ida.id
    okrs = csvio.run(
        "okrs",
        "owner_email,objective,key_result,due,period\nida@bücher.example,O,K,2026-12-01,2026-Q4\n",
    )
    assert okrs.applied, okrs.errors


# --- sending ------------------------------------------------------------------------------------

# Addresses already in the database (written before the validation) that no message can go to.
UNSENDABLE = {
    "jürgen@example.com": "the part before the @ is not ASCII",
    "bob@☃-⌘.com": "the domain is not a valid internationalised domain name",
    "d ave@example.com": "not an email address",
}


@pytest.fixture
def company(app):
    """Twelve owners; three of them get an address no message can go to, in the middle."""
    owners = []
    for i in range(12):
        address = "ida@bücher.example" if i == 9 else f"owner{i:02d}@example.com"
        person = make_person(address, f"Owner {i:02d}")
        make_kr(person, f"Key result {i:02d}")
        owners.append(person)
    for person, address in zip(owners[3:9:2], UNSENDABLE, strict=True):
        db.session.execute(update(Person).where(Person.id == person.id).values(email=address))
    db.session.commit()
    db.session.expire_all()
    return owners


@pytest.mark.parametrize(
    "smtp_options",
    [{}, {"enable_SMTPUTF8": True}],
    ids=["relay-without-smtputf8", "relay-with-smtputf8"],
)
def test_a_batch_with_unsendable_addresses_in_the_middle_delivers_every_other_message(
    smtp_config, smtp_server, company, runner, admin_client
):
    result = runner.invoke(args=["send-forms", "--now"])

    assert result.exit_code == 0, result.output
    assert "Sent 9 forms, 3 failed, 0 waiting to retry." in result.output
    expected = sorted(
        "ida@xn--bcher-kva.example" if p.email == "ida@bücher.example" else p.email
        for p in company
        if p.email not in UNSENDABLE
    )
    assert sorted(r.recipients[0] for r in smtp_server.received) == expected
    assert all(len(r.recipients) == 1 for r in smtp_server.received)
    # One connection for the batch: the failures cost nobody a reconnect, let alone a mail.
    assert len({r.peer for r in smtp_server.received}) == 1
    ida = next(r for r in smtp_server.received if r.recipients == ["ida@xn--bcher-kva.example"])
    assert ida.message["To"].addresses[0].addr_spec == "ida@xn--bcher-kva.example"

    failed = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.state == MailState.FAILED)
    ).all()
    assert {row.recipient: row.last_error for row in failed}.keys() == UNSENDABLE.keys()
    listing = runner.invoke(args=["outbox", "--state", "failed"]).output
    page = html.unescape(admin_client.get("/admin/mail/outbox?state=failed").get_data(as_text=True))
    for row in failed:
        reason = UNSENDABLE[row.recipient]
        assert row.last_error.startswith(f"could not compose: cannot send to {row.recipient!r}")
        assert reason in row.last_error
        assert reason in listing and reason in page


def test_the_address_is_fixed_and_the_failed_form_resent(smtp_config, smtp_server, company, runner):
    runner.invoke(args=["send-forms", "--now"])
    row = db.session.scalar(
        select(OutboxMessage).where(OutboxMessage.recipient == "jürgen@example.com")
    )
    person = db.session.get(Person, row.person_id)
    people.update(
        person,
        name=person.name,
        email="juergen@example.com",
        manager_email=None,
        timezone="UTC",
        away_until=None,
    )
    db.session.commit()
    smtp_server.received.clear()

    result = runner.invoke(args=["resend", str(row.id)])

    assert result.exit_code == 0, result.output
    db.session.refresh(row)
    assert row.state is MailState.SENT and row.recipient == "juergen@example.com"
    assert [r.recipients for r in smtp_server.received] == [["juergen@example.com"]]


def test_a_form_goes_to_the_address_of_when_it_is_sent(smtp_config, smtp_server, app, runner):
    """An address changed between queueing and sending: the old one gets nothing (it may be
    somebody else's by now, and the form carries a token)."""
    from okr import dispatch

    dana = make_person("dana@example.com", "Dana")
    make_kr(dana)
    dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, WEEK))
    db.session.commit()
    people.update(
        dana,
        name="Dana",
        email="dana.new@example.com",
        manager_email=None,
        timezone="UTC",
        away_until=None,
    )
    db.session.commit()

    runner.invoke(args=["tick"])

    assert [r.recipients for r in smtp_server.received] == [["dana.new@example.com"]]
    row = db.session.scalar(select(OutboxMessage))
    assert row.state is MailState.SENT and row.recipient == "dana.new@example.com"


def _raw(to: str) -> bytes:
    message = MIMEText("hello")
    message["From"] = "flagpost@okr.example.com"
    message["To"] = to
    message["Subject"] = "test"
    return message.as_bytes()


@pytest.mark.parametrize("rset_reply", ["250 OK", "502 RSET not today"])
def test_a_message_failing_mid_transaction_does_not_cost_the_next_one(
    smtp_config, smtp_server, app, rset_reply
):
    """smtplib writes MAIL FROM, then fails to write a RCPT it cannot encode: without a
    reset the next MAIL on that connection is refused for good ("503 nested MAIL")."""
    smtp_server.behaviour.rset_replies = [rset_reply]
    sender = "flagpost@okr.example.com"
    with open_transport() as transport:
        transport.send_raw(sender, ["first@example.com"], _raw("first@example.com"))
        with pytest.raises(UnicodeEncodeError):
            transport.send_raw(sender, ["jürgen@example.com"], _raw("x@example.com"))
        transport.send_raw(sender, ["next@example.com"], _raw("next@example.com"))
        transport.send_raw(sender, ["last@example.com"], _raw("last@example.com"))

    received = smtp_server.received
    assert [r.recipients for r in received] == [
        ["first@example.com"],
        ["next@example.com"],
        ["last@example.com"],
    ]
    assert smtp_server.behaviour.rsets >= 1
    # RSET answered: the same connection goes on; refused: a new one is opened.
    same_connection = received[0].peer == received[1].peer
    assert same_connection is (rset_reply == "250 OK")
    assert received[1].peer == received[2].peer


# --- sign-in ------------------------------------------------------------------------------------


def _ask_link(client, address: str):
    """Ask for a link, then wait for the background work the request handed over."""
    response = client.post("/signin", data={"link-email": address})
    assert queue.wait_for_background(client.application)
    return response


@pytest.mark.parametrize("address", ["jürgen@example.com", "用户@例子.广告"])
def test_a_sign_in_link_for_a_non_ascii_local_part_is_refused_alike_for_everyone(
    app, client, address
):
    unknown = _ask_link(client, address)
    person = make_person("placeholder@example.com", "Jürgen")
    db.session.execute(update(Person).where(Person.id == person.id).values(email=address.lower()))
    db.session.commit()
    known = _ask_link(client, address)

    for response in (unknown, known):
        assert response.status_code == 400
        assert "the part before the @ may only have ASCII characters" in html.unescape(
            response.get_data(as_text=True)
        )
    assert unknown.get_data() == known.get_data()  # nothing tells who is here
    assert db.session.scalar(select(func.count(OutboxMessage.id))) == 0


def test_a_sign_in_link_for_an_unsendable_address_answers_like_any_other(
    smtp_config, smtp_server, app, client
):
    """An address the form lets through, held by a row from before, that no message can
    be written to: the same answer as for an unknown address, and a failed row to see."""

    def ask() -> tuple[int, str]:
        response = _ask_link(client, "bob@☃-⌘.com")
        return response.status_code, client.get(response.location).get_data(as_text=True)

    unknown = ask()
    person = make_person("placeholder@example.com", "Bob")
    db.session.execute(update(Person).where(Person.id == person.id).values(email="bob@☃-⌘.com"))
    db.session.commit()
    known = ask()

    assert unknown == known
    assert unknown[0] == 302 and "a sign-in link is on its way" in unknown[1]
    [row] = db.session.scalars(select(OutboxMessage)).all()
    assert (row.kind, row.state, row.raw) == (MailKind.SIGNIN, MailState.FAILED, None)
    assert "not a valid internationalised domain name" in row.last_error
    assert smtp_server.received == []


def test_a_sign_in_link_goes_to_an_internationalised_domain_in_its_ascii_form(
    smtp_config, smtp_server, app, client
):
    make_person("ida@bücher.example", "Ida")
    response = _ask_link(client, "Ida@XN--BCHER-KVA.example")
    assert response.status_code == 302
    [mail] = smtp_server.received
    assert mail.recipients == ["ida@xn--bcher-kva.example"]
    assert "/signin/link/" in mail.message.get_body(("plain",)).get_content()


# --- replies ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sender", ["ida@xn--bcher-kva.example", "Ida@Bücher.example"])
def test_a_reply_from_an_internationalised_domain_counts_in_either_spelling(
    smtp_config, smtp_server, app, runner, tmp_path, sender
):
    ida = make_person("ida@bücher.example", "Ida")
    kr = make_kr(ida)
    runner.invoke(args=["send-forms", "--now"])
    [form] = smtp_server.received
    raw = reply_to(form.message, f"{kr.ref} green", sender="ida@xn--bcher-kva.example")
    # As the sender's client wrote it: in UTF-8, as SMTPUTF8 mail does, or in ASCII.
    raw = raw.replace(b"From: ida@xn--bcher-kva.example", f"From: {sender}".encode(), 1)
    path = tmp_path / "reply.eml"
    path.write_bytes(raw)

    result = runner.invoke(args=["ingest", str(path)])

    assert result.exit_code == 0, result.output
    flags = db.session.scalars(select(CheckIn.flag).where(CheckIn.key_result_id == kr.id)).all()
    assert [flag.value for flag in flags] == ["green"]
