"""A real SMTP server on loopback (aiosmtpd), with failures on demand."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest


@dataclass
class Received:
    envelope_from: str
    recipients: list[str]
    raw: bytes
    peer: tuple | None = None  # the client's address and port: a new port, a new connection

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)


@dataclass
class SMTPBehaviour:
    """What the server answers: scripted replies for the next DATA commands."""

    data_replies: list[str] = field(default_factory=list)
    rset_replies: list[str] = field(default_factory=list)
    rsets: int = 0
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            if self.data_replies:
                return self.data_replies.pop(0)
            self.received.append(
                Received(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    envelope.original_content,
                    session.peer,
                )
            )
        return "250 OK"

    async def handle_RSET(self, server, session, envelope) -> str:
        with self.lock:
            self.rsets += 1
            return self.rset_replies.pop(0) if self.rset_replies else "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class SMTPServer:
    host: str
    port: int
    behaviour: SMTPBehaviour

    @property
    def received(self) -> list[Received]:
        return self.behaviour.received


@pytest.fixture
def smtp_options() -> dict:
    """Settings of aiosmtpd's server; a test overrides it, e.g. `enable_SMTPUTF8=True` to
    offer SMTPUTF8 (RFC 6531) in its EHLO answer (not offered by default)."""
    return {}


@pytest.fixture
def smtp_server(smtp_options) -> Iterator[SMTPServer]:
    from aiosmtpd.controller import Controller

    behaviour = SMTPBehaviour()
    port = free_port()
    controller = Controller(
        behaviour, hostname="127.0.0.1", port=port, ready_timeout=10, **smtp_options
    )
    controller.start()
    try:
        yield SMTPServer("127.0.0.1", port, behaviour)
    finally:
        controller.stop()


@pytest.fixture
def smtp_config(app_config, smtp_server) -> dict:
    """Point the app at the test SMTP server (use instead of the outbox folder)."""
    app_config.update(
        MAIL_SERVER=smtp_server.host,
        MAIL_PORT=smtp_server.port,
        MAIL_TIMEOUT=5,
        MAIL_DEFAULT_SENDER="Flagpost <flagpost@okr.example.com>",
    )
    return app_config
