"""Where composed mail goes: an SMTP relay through Flask-Mail, or the outbox folder.

Flask-Mail opens SMTP connections without a timeout, so a silent server would hang a job
for ever; the connection class below passes one.
"""

from __future__ import annotations

import logging
import smtplib
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from flask import current_app
from flask_mail import Connection

from .delivery import write_eml

log = logging.getLogger(__name__)


class Transport(Protocol):
    def send_raw(self, sender: str, recipients: list[str], raw: bytes) -> None: ...


class TimeoutConnection(Connection):
    """A Flask-Mail connection with a socket timeout (MAIL_TIMEOUT seconds).

    It always connects: Flask-Mail's TESTING-time suppression is not how this system
    keeps mail local (that is the outbox folder), and tests use a real SMTP server.
    """

    def __enter__(self) -> TimeoutConnection:
        self.host = self.configure_host()
        self.num_emails = 0
        return self

    def configure_host(self) -> smtplib.SMTP:
        # Read the app's config, not Flask-Mail's copy made at init time, so one source rules.
        cfg = current_app.config
        timeout = cfg["MAIL_TIMEOUT"]
        if cfg["MAIL_USE_SSL"]:
            host: smtplib.SMTP = smtplib.SMTP_SSL(
                cfg["MAIL_SERVER"], cfg["MAIL_PORT"], timeout=timeout
            )
        else:
            host = smtplib.SMTP(cfg["MAIL_SERVER"], cfg["MAIL_PORT"], timeout=timeout)
        try:
            if cfg["MAIL_USE_TLS"]:
                host.starttls()
            if cfg["MAIL_USERNAME"] and cfg["MAIL_PASSWORD"]:
                host.login(cfg["MAIL_USERNAME"], cfg["MAIL_PASSWORD"])
        except Exception:
            host.close()
            raise
        return host


class SMTPTransport:
    """One SMTP connection for a batch, through Flask-Mail's connection set-up.

    A message that fails mid-transaction (a refused recipient, an address smtplib cannot
    write after MAIL FROM went out) must not cost the next one: the transaction is reset
    (RSET), and when even that fails the connection is opened again.
    """

    def __init__(self, connection: TimeoutConnection) -> None:
        self.connection = connection

    def _host(self) -> smtplib.SMTP:
        """The open SMTP connection: Flask-Mail's is None until the `with` opens it."""
        host = self.connection.host
        if host is None:
            raise RuntimeError("the SMTP transport is used outside its open connection")
        return host

    def send_raw(self, sender: str, recipients: list[str], raw: bytes) -> None:
        host = self._host()
        try:
            host.sendmail(sender, recipients, raw)
        except (smtplib.SMTPServerDisconnected, OSError):
            raise  # the connection is gone: the batch ends and its rows retry
        except Exception:
            self._reset()
            raise

    def _reset(self) -> None:
        host = self._host()
        try:
            code, text = host.rset()
            if code == 250:
                return
            problem = f"{code} {text.decode(errors='replace')}"
        except (smtplib.SMTPException, OSError) as error:
            problem = describe(error)
        log.warning("SMTP RSET failed (%s); opening a new connection", problem)
        host.close()
        try:
            self.connection.host = self.connection.configure_host()
        except (smtplib.SMTPException, OSError) as error:
            # The next message finds the connection closed, and the batch's rows retry.
            log.warning("SMTP reconnect failed: %s", describe(error))


class FolderTransport:
    """The embedded default: each message becomes an .eml file a person can open."""

    def send_raw(self, sender: str, recipients: list[str], raw: bytes) -> None:
        write_eml(raw, recipients[0] if recipients else "nobody")


@contextmanager
def open_transport() -> Iterator[Transport]:
    """One connection for a whole batch."""
    if not current_app.config.get("MAIL_SERVER"):
        yield FolderTransport()
        return
    with TimeoutConnection(current_app.extensions["mail"]) as connection:
        yield SMTPTransport(connection)


def is_temporary(error: BaseException) -> bool:
    """4xx replies, refused or dropped connections and timeouts are worth a retry; 5xx not."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return bool(codes) and all(400 <= code < 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(error, smtplib.SMTPServerDisconnected | OSError | socket.timeout)


def is_recipient_level(error: BaseException) -> bool:
    """A reply about one message (RCPT or DATA refused); the connection is still usable."""
    return isinstance(
        error, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused
    ) and not (isinstance(error, smtplib.SMTPServerDisconnected))


def describe(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{who}: {code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
            for who, (code, text) in error.recipients.items()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error
        text = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
        return f"{error.smtp_code} {text}"
    return f"{type(error).__name__}: {error}"
