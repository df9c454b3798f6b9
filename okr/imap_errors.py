"""What went wrong with the IMAP server, in one line an operator can act on.

`okr fetch-mail` runs from cron and from the scheduler: its failures are read in a log or
a terminal by someone who did not write the code, so each names the step, the server and,
where there is one, the setting to change. Kept apart from the fetching itself.
"""

from __future__ import annotations

import imaplib
import re
import ssl
from typing import Literal, Protocol

from imap_tools.errors import ImapToolsError, MailboxLoginError, UnexpectedCommandStatusError
from sqlalchemy.exc import SQLAlchemyError

_TIMING = re.compile(r"\s*\(\d+\.\d+(?: \+ \d+\.\d+)* secs\)")  # Dovecot's timings
_NAME_MISMATCH = {62, 64}  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH


class FetchError(RuntimeError):
    """The mailbox cannot be read now; `str()` is one line meant for a person."""


class Server(Protocol):
    """What an explanation names: the IMAP settings in use."""

    @property
    def where(self) -> str: ...
    @property
    def user(self) -> str: ...
    @property
    def ca_file(self) -> str | None: ...
    @property
    def timeout(self) -> int: ...


class Explain:
    """Turn whatever an IMAP step raises into a FetchError naming the step and the server."""

    def __init__(self, server: Server, doing: str) -> None:
        self.server, self.doing = server, doing

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> Literal[False]:
        if error is None or isinstance(error, FetchError | SQLAlchemyError):
            return False
        if not isinstance(error, OSError | imaplib.IMAP4.error | ImapToolsError | ValueError):
            return False
        raise FetchError(explain(self.server, self.doing, error)) from error


def explain(server: Server, doing: str, error: BaseException) -> str:
    """One line: what failed while `doing`, at which server, and what to set if it is ours."""
    where = server.where
    if isinstance(error, ssl.SSLCertVerificationError):
        if error.verify_code in _NAME_MISMATCH:
            hint = "OKR_IMAP_HOST must be a name the certificate is made out to"
        elif server.ca_file:
            hint = f"it is not signed by the CA in {server.ca_file}"
        else:
            hint = "set OKR_IMAP_CA_FILE to the certificate of the CA that signed it"
        return f"the TLS certificate of {where} is not trusted ({reason(error)}): {hint}"
    if isinstance(error, ssl.SSLError):
        return f"TLS with the IMAP server {where} failed: {reason(error)}"
    if isinstance(error, TimeoutError):
        return f"the IMAP server {where} did not answer within {server.timeout}s ({doing})"
    if isinstance(error, MailboxLoginError):
        return f"the IMAP server {where} refused the login of {server.user}: " + said(error)
    if isinstance(error, UnexpectedCommandStatusError):
        return f"cannot {doing} on the IMAP server {where}: {said(error)}"
    if isinstance(error, OSError) and doing == "connect":
        return f"cannot connect to the IMAP server {where}: {reason(error)}"
    if isinstance(error, OSError):
        return f"lost the IMAP server {where} (while trying to {doing}): {reason(error)}"
    return f"cannot {doing} on the IMAP server {where}: {reason(error)}"


def reason(error: BaseException) -> str:
    """The error's own words, without Python's bytes quoting or line breaks."""
    if isinstance(error, ssl.SSLCertVerificationError) and error.verify_message:
        return error.verify_message.rstrip(".")
    if isinstance(error, ssl.SSLError) and error.reason:
        return str(error.reason).replace("_", " ").lower()
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = str(error).strip() or type(error).__name__
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return " ".join(text.split())


def said(error: UnexpectedCommandStatusError) -> str:
    """What the server answered to a refused command, in one line."""
    _typ, data = error.command_result
    parts = data if isinstance(data, list | tuple) else [data]
    text = " ".join(
        p.decode("utf-8", "replace") if isinstance(p, bytes) else str(p) for p in parts if p
    )
    text = _TIMING.sub("", " ".join(text.split()))
    return text or "no reason given"
