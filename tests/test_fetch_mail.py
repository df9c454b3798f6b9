"""`okr fetch-mail`: replies taken from a real Dovecot mailbox over TLS into the pipeline."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from okr import jobs
from okr.extensions import db
from okr.imap import FetchError
from okr.models import CheckIn, Flag, InboundMessage, InboundState
from tests.conftest import NOW, make_kr, make_person

pytestmark = pytest.mark.imap

DONE, REFUSED = "Flagpost/Processed", "Flagpost/Refused"


@pytest.fixture
def dana(imap_config, app):
    person = make_person("dana@example.com", "Dana Scully")
    kr = make_kr(person, "Sign 5 design partners")
    return person, kr


def _reply(app, runner, person, body: str) -> bytes:
    """A reply to this week's form, as a mail client would send it (CRLF line ends)."""
    result = runner.invoke(args=["send-forms", "--now"])
    assert result.exit_code == 0, result.output
    forms = [
        email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for path in sorted(Path(app.config["OUTBOX_DIR"]).glob("*.eml"))
    ]
    [form] = [f for f in forms if person.email in str(f["To"])]
    reply = EmailMessage()
    reply["From"] = f"{person.name} <{person.email}>"
    reply["To"] = str(form["Reply-To"])
    reply["Subject"] = "Re: " + str(form["Subject"])
    reply["Date"] = format_datetime(NOW)
    reply["Message-ID"] = make_msgid(domain="example.com")
    reply["In-Reply-To"] = str(form["Message-ID"])
    reply["References"] = str(form["Message-ID"])
    reply.set_content(body + "\n")
    return reply.as_bytes(policy=email.policy.SMTP)


def _fetch(runner, *args):
    return runner.invoke(args=["fetch-mail", *args])


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_reply_is_stored_processed_and_moved(dana, dovecot, runner, app):
    person, kr = dana
    raw = _reply(app, runner, person, f"{kr.ref} green - fine")
    dovecot.append(raw)

    result = _fetch(runner)

    assert result.exit_code == 0, result.output
    assert "fetched 1, stored 1 new, 0 duplicates, 0 refused" in result.output
    row = db.session.scalar(select(InboundMessage))
    assert row.raw == raw  # the exact bytes the server holds
    assert row.source == "imap"
    assert row.state is InboundState.PROCESSED, row.reason
    check_in = db.session.scalar(select(CheckIn).where(CheckIn.key_result_id == kr.id))
    assert check_in.flag is Flag.GREEN and check_in.note == "fine"
    assert dovecot.messages("INBOX") == []
    assert dovecot.messages(DONE) == [raw]
    assert all("\\Seen" not in line for line in dovecot.flags(DONE))  # fetched with PEEK


def test_a_second_run_fetches_nothing_new(dana, dovecot, runner, app):
    person, kr = dana
    dovecot.append(_reply(app, runner, person, f"{kr.ref} green - fine"))
    assert _fetch(runner).exit_code == 0

    again = _fetch(runner)

    assert again.exit_code == 0, again.output
    assert "fetched 0, stored 0 new, 0 duplicates, 0 refused" in again.output
    assert _count(InboundMessage) == 1 and _count(CheckIn) == 1


def test_a_message_stored_before_is_only_moved(dana, dovecot, runner, app):
    person, kr = dana
    raw = _reply(app, runner, person, f"{kr.ref} green - fine")
    dovecot.append(raw)
    assert _fetch(runner).exit_code == 0
    dovecot.append(raw)  # delivered twice, byte for byte

    again = _fetch(runner)

    assert "fetched 1, stored 0 new, 1 duplicates, 0 refused" in again.output
    assert _count(InboundMessage) == 1 and _count(CheckIn) == 1
    assert dovecot.messages(DONE) == [raw, raw]


def test_an_oversize_message_is_refused_and_moved_aside(dana, dovecot, runner, app):
    person, kr = dana
    raw = _reply(app, runner, person, f"{kr.ref} green - " + "fine " * 200)
    app.config["MAX_MESSAGE_BYTES"] = 500
    dovecot.append(raw)

    result = _fetch(runner)

    assert result.exit_code == 0, result.output
    assert "fetched 1, stored 0 new, 0 duplicates, 1 refused" in result.output
    assert _count(InboundMessage) == 0 and _count(CheckIn) == 0
    assert dovecot.messages("INBOX") == []
    assert dovecot.messages(REFUSED) == [raw]
    assert dovecot.messages(DONE) == []


def test_an_empty_message_is_refused(dana, dovecot, runner, app):
    dovecot.append(b"\r\n")

    result = _fetch(runner)

    assert "fetched 1, stored 0 new, 0 duplicates, 1 refused" in result.output
    assert dovecot.messages(REFUSED) == [b"\r\n"] and dovecot.messages("INBOX") == []


@pytest.mark.parametrize("without", ["MOVE", "MOVE UIDPLUS"])
def test_servers_without_move_get_copy_and_delete(without, dana, dovecot, runner, app, monkeypatch):
    from okr import imap

    person, kr = dana
    raw = _reply(app, runner, person, f"{kr.ref} green - fine")
    dovecot.append(b"From: x@example.com\r\nSubject: someone else's\r\n\r\nkeep me\r\n")
    dovecot.append(raw)
    with dovecot.connect() as client:  # someone marked the first deleted, without expunging
        client.select("INBOX")
        assert client.uid("STORE", "1", "+FLAGS", r"(\Deleted)")[0] == "OK"
    refresh = imap._session._refresh_capabilities

    def poorer_server(self):
        refresh(self)
        self.client.capabilities = tuple(
            c for c in self.client.capabilities if c not in without.split()
        )

    monkeypatch.setattr(imap._session, "_refresh_capabilities", poorer_server)
    assert "fetched 1, stored 1 new" in _fetch(runner).output
    assert dovecot.messages(DONE) == [raw]
    inbox = dovecot.messages("INBOX")
    if without == "MOVE":  # UID EXPUNGE removed exactly the copied message
        assert len(inbox) == 1 and b"keep me" in inbox[0]
    else:  # no UIDPLUS: the copy is only flagged deleted, and never taken again
        assert len(inbox) == 2 and inbox[1] == raw
        assert "\\Deleted" in dovecot.flags("INBOX")[1]
        assert "fetched 0," in _fetch(runner).output
    assert _count(CheckIn) == 1


def test_the_batch_limit_leaves_the_rest_for_the_next_run(dana, dovecot, runner, app):
    person, kr = dana
    first = _reply(app, runner, person, f"{kr.ref} yellow - slow")
    second = _reply(app, runner, person, f"{kr.ref} green - better")
    dovecot.append(first)
    dovecot.append(second)

    result = _fetch(runner, "--limit", "1")

    assert "fetched 1, stored 1 new" in result.output
    assert "1 more waiting for the next run" in result.output
    assert dovecot.messages("INBOX") == [second]  # oldest first
    assert _fetch(runner).exit_code == 0
    assert dovecot.messages("INBOX") == [] and dovecot.messages(DONE) == [first, second]


def test_dry_run_stores_and_moves_nothing(dana, dovecot, runner, app):
    person, kr = dana
    raw = _reply(app, runner, person, f"{kr.ref} green - fine")
    dovecot.append(raw)

    result = _fetch(runner, "--dry-run")

    assert result.exit_code == 0, result.output
    assert "uid 1: " in result.output and "dana@example.com" in result.output
    assert "would store" in result.output
    assert "fetched 1, would store 1 new, 0 duplicates, 0 refused" in result.output
    assert "dry run" in result.output
    assert _count(InboundMessage) == 0 and _count(CheckIn) == 0
    assert dovecot.messages("INBOX") == [raw]
    assert dovecot.messages(DONE) == []
    assert all("\\Seen" not in line for line in dovecot.flags("INBOX"))


def test_a_database_failure_leaves_the_message_on_the_server(
    dana, dovecot, runner, app, monkeypatch
):
    from sqlalchemy.exc import OperationalError

    import okr.services.inbound as inbound

    person, kr = dana
    raw = _reply(app, runner, person, f"{kr.ref} green - fine")
    dovecot.append(raw)

    def database_down(raw, source):
        raise OperationalError("INSERT", {}, Exception("connection refused"))

    monkeypatch.setattr(inbound, "store", database_down)
    result = _fetch(runner)

    assert result.exit_code == 75, result.output
    assert "cannot store messages now" in result.output
    assert dovecot.messages("INBOX") == [raw]
    assert dovecot.messages(DONE) == [] and dovecot.messages(REFUSED) == []


def test_a_wrong_password_is_one_line_and_a_failure(dana, dovecot, runner, app):
    app.config["IMAP_PASSWORD"] = "wrong"
    dovecot.append(b"From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n")

    result = _fetch(runner)

    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0, result.output
    assert "refused the login of" in result.output
    assert "Authentication failed" in result.output
    assert "Traceback" not in result.output
    assert len(dovecot.messages("INBOX")) == 1


def test_tls_verification_fails_without_the_ca_file(dana, dovecot, runner, app):
    app.config["IMAP_CA_FILE"] = None

    result = _fetch(runner)

    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0, result.output
    assert "is not trusted" in result.output and "self-signed certificate" in result.output
    assert "OKR_IMAP_CA_FILE" in result.output


def test_tls_works_with_the_ca_file(dana, dovecot, runner, app):
    assert app.config["IMAP_CA_FILE"] == dovecot.ca_file
    result = _fetch(runner)
    assert result.exit_code == 0, result.output
    assert "fetched 0" in result.output


def test_starttls_works_and_is_verified(dana, dovecot, runner, app):
    person, kr = dana
    dovecot.append(_reply(app, runner, person, f"{kr.ref} green - fine"))
    app.config.update(IMAP_SSL=False, IMAP_STARTTLS=True, IMAP_PORT=dovecot.server.starttls_port)
    app.config["IMAP_CA_FILE"] = None

    refused = _fetch(runner)

    assert refused.exit_code == 1
    assert "is not trusted (self-signed certificate)" in refused.output
    app.config["IMAP_CA_FILE"] = dovecot.ca_file
    taken = _fetch(runner)
    assert taken.exit_code == 0, taken.output
    assert "fetched 1, stored 1 new" in taken.output


def test_a_message_stored_but_never_processed_is_processed_now(dana, dovecot, runner, app):
    from datetime import timedelta

    from okr import clock
    from okr.services.inbound import store

    person, kr = dana
    raw = _reply(app, runner, person, f"{kr.ref} green - fine")
    clock.freeze(NOW - timedelta(hours=1))
    stored = store(raw, "pipe")  # and then the process died before handing it over
    clock.freeze(NOW)
    dovecot.append(raw)

    result = _fetch(runner)

    assert "stored 0 new, 1 duplicates" in result.output
    assert db.session.get(InboundMessage, stored.id).state is InboundState.PROCESSED
    assert db.session.scalar(select(CheckIn)).flag is Flag.GREEN


def test_a_host_name_the_certificate_does_not_name_is_refused(dana, dovecot, runner, app):
    app.config["IMAP_HOST"] = "127.0.0.2"  # Dovecot listens here too; not in the certificate

    result = _fetch(runner)

    assert result.exit_code == 1
    assert "is not trusted (IP address mismatch" in result.output
    assert "OKR_IMAP_HOST must be a name the certificate is made out to" in result.output
    app.config["IMAP_VERIFY_TLS"] = False  # the escape hatch, for a server one trusts anyway
    assert _fetch(runner).exit_code == 0


def test_a_missing_folder_is_named(dana, dovecot, runner, app):
    app.config["IMAP_FOLDER"] = "Replies/Flagpost"

    result = _fetch(runner)

    assert result.exit_code == 1
    assert "cannot open the folder Replies/Flagpost" in result.output
    assert "Mailbox doesn't exist: Replies.Flagpost" in result.output  # Dovecot's separator
    assert result.output.strip().count("\n") == 0, result.output


def test_a_server_that_does_not_answer_times_out(dana, runner, app):
    import socket

    with socket.socket() as silent:  # accepts the connection, never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        app.config.update(IMAP_PORT=silent.getsockname()[1], IMAP_TIMEOUT=1)

        result = _fetch(runner)

    assert result.exit_code == 1
    assert "did not answer within 1s" in result.output


def test_nothing_listens_is_one_line(dana, runner, app):
    from tests.servers import free_port

    app.config["IMAP_PORT"] = free_port()

    result = _fetch(runner)

    assert result.exit_code == 1
    assert "cannot connect to the IMAP server" in result.output
    assert result.output.strip().count("\n") == 0, result.output


def test_without_a_host_the_command_says_so(app, runner):
    app.config["IMAP_HOST"] = None

    result = _fetch(runner)

    assert result.exit_code == 1
    assert "OKR_IMAP_HOST is not set" in result.output


def test_the_job_takes_the_mail_too(dana, dovecot, runner, app):
    person, kr = dana
    dovecot.append(_reply(app, runner, person, f"{kr.ref} red - blocked"))

    assert jobs.fetch_mail() == {
        "fetched": 1,
        "new": 1,
        "duplicates": 0,
        "refused": 0,
        "deferred": 0,
        "left": 0,
    }
    assert db.session.scalar(select(CheckIn)).flag is Flag.RED


def test_the_job_raises_for_a_retry(dana, dovecot, app, caplog):
    app.config["IMAP_PASSWORD"] = "wrong"
    with pytest.raises(FetchError, match="refused the login"):
        jobs.fetch_mail()
    assert "refused the login" in caplog.text


def test_imap_settings_default_to_verified_implicit_tls(tmp_path):
    from okr.config import load

    cfg = load({}, str(tmp_path))
    assert cfg["IMAP_HOST"] is None
    assert (cfg["IMAP_PORT"], cfg["IMAP_SSL"], cfg["IMAP_STARTTLS"]) == (993, True, False)
    assert cfg["IMAP_VERIFY_TLS"] is True and cfg["IMAP_CA_FILE"] is None
    assert (cfg["IMAP_FOLDER"], cfg["IMAP_DONE_FOLDER"], cfg["IMAP_FAILED_FOLDER"]) == (
        "INBOX",
        "Flagpost/Processed",
        "Flagpost/Refused",
    )
    assert cfg["IMAP_TIMEOUT"] == 30


def test_starttls_switches_to_port_143_and_excludes_implicit_tls(tmp_path):
    from okr.config import ConfigError, load

    cfg = load({"OKR_IMAP_STARTTLS": "true"}, str(tmp_path))
    assert (cfg["IMAP_PORT"], cfg["IMAP_SSL"], cfg["IMAP_STARTTLS"]) == (143, False, True)
    with pytest.raises(ConfigError, match="OKR_IMAP_SSL and OKR_IMAP_STARTTLS"):
        load({"OKR_IMAP_STARTTLS": "1", "OKR_IMAP_SSL": "1"}, str(tmp_path))
    with pytest.raises(ConfigError, match="OKR_IMAP_PORT must be a whole number"):
        load({"OKR_IMAP_PORT": "imaps"}, str(tmp_path))
