"""Writing a composed message out as the bytes we send.

Every message we send has the same shape: a handful of headers and a text part, most
with an HTML alternative, both quoted-printable, no attachments. The `email` package's
generator re-folds every header through its policy machinery and took 1 to 2 ms per form
(more than handing the form over to the SMTP server); writing that one shape directly
takes a few hundredths of that. Parsing what this module writes with the `email` package
gives back exactly the headers and parts we put in (tests/test_mime.py holds it to that).
"""

from __future__ import annotations

import binascii
import re
import secrets
from collections.abc import Sequence
from email.header import Header
from email.utils import formataddr, formatdate, parseaddr
from functools import lru_cache

import idna

CRLF = "\r\n"
MAX_LINE = 78  # RFC 5322's recommended limit; headers over it are folded

# Headers whose value is a list of addresses: written with formataddr, names encoded.
ADDRESS_HEADERS = ("From", "To", "Cc", "Reply-To")


# What can never stand in an addr-spec on the wire: spaces, controls, brackets, separators.
_NOT_ON_THE_WIRE = re.compile(r"[\s\x00-\x1f\x7f<>(),;:\\\"\[\]]")


class HeaderInjection(ValueError):
    """A header value carried a line break: it would have started a header of its own."""


class UnsendableAddress(ValueError):
    """An address no message can be written to as it is; its text is the row's error."""


@lru_cache(maxsize=4096)
def parse_address(value: str) -> tuple[str, str]:
    """`email.utils.parseaddr`, remembered: the sender's address is parsed for every
    message, and a recipient's for its header and again for its envelope."""
    return parseaddr(value)


@lru_cache(maxsize=4096)
def mailbox(value: str) -> str:
    """The addr-spec as it goes on the wire, in headers and in the SMTP envelope: ASCII,
    an internationalised domain in its IDNA form (UTS-46).

    We send no SMTPUTF8 mail, so a non-ASCII local part cannot be written at all; the
    doors refuse such addresses, but a row may hold one from before. Only what cannot be
    written is refused here: anything else is the relay's to judge, one message at a time.
    """
    address = value.strip()
    local, at, domain = address.rpartition("@")
    if not (at and local and domain) or _NOT_ON_THE_WIRE.search(address):
        raise UnsendableAddress(f"cannot send to {value!r}: not an email address")
    if not local.isascii():
        raise UnsendableAddress(
            f"cannot send to {value!r}: the part before the @ is not ASCII, and Flagpost "
            "sends only to ASCII addresses (internationalised domains are fine)"
        )
    if not domain.isascii():
        try:
            domain = idna.encode(domain, uts46=True).decode("ascii")
        except idna.IDNAError as error:
            raise UnsendableAddress(
                f"cannot send to {value!r}: the domain is not a valid internationalised "
                f"domain name ({error})"
            ) from None
    return f"{local}@{domain}"


@lru_cache(maxsize=4096)  # the sender and Reply-To repeat in every message of a run
def address(value: str | tuple[str, str]) -> str:
    """One address as a header writes it: a non-ASCII name encoded (RFC 2047), the
    addr-spec as `mailbox` writes it."""
    name, addr_spec = parse_address(value) if isinstance(value, str) else value
    if not addr_spec:
        raise UnsendableAddress(f"cannot send to {value!r}: not an email address")
    return formataddr((name, mailbox(addr_spec)), charset="utf-8")


def header_line(name: str, value: str) -> str:
    """`Name: value`, encoded when not ASCII and folded when long."""
    if "\r" in value or "\n" in value:
        raise HeaderInjection(f"line break in the {name} header")
    line = f"{name}: {value}"
    if value.isascii() and len(line) <= MAX_LINE:
        return line
    if name in ADDRESS_HEADERS:
        # Addresses are ASCII once written by address(): fold between them.
        return _fold(name, [part.strip() for part in value.split(",")], ",")
    if value.isascii():
        return _fold(name, value.split(" "), "")
    encoded = Header(value, "utf-8", header_name=name).encode(maxlinelen=MAX_LINE, linesep=CRLF)
    return f"{name}: {encoded}"


def _fold(name: str, words: list[str], joiner: str) -> str:
    lines, current = [], f"{name}:"
    for index, word in enumerate(words):
        piece = word + (joiner if index < len(words) - 1 else "")
        if len(current) + 1 + len(piece) > MAX_LINE and current != f"{name}:":
            lines.append(current)
            current = ""
        current = f"{current} {piece}"
    lines.append(current)
    return CRLF.join(lines)


def quoted_printable(text: str) -> bytes:
    """A text part's body: UTF-8, quoted-printable, CRLF line ends, no line over 76."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    encoded = binascii.b2a_qp(text.encode("utf-8"), quotetabs=False, istext=True, header=False)
    return encoded.replace(b"\n", b"\r\n")


def _part(subtype: str, text: str) -> bytes:
    head = (
        f'Content-Type: text/{subtype}; charset="utf-8"{CRLF}'
        f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}"
    )
    return head.encode("ascii") + quoted_printable(text)


def write(
    *,
    sender: str | tuple[str, str],
    to: Sequence[str | tuple[str, str]],
    subject: str,
    text: str,
    html: str | None = None,
    cc: Sequence[str | tuple[str, str]] | None = None,
    reply_to: str | tuple[str, str] | None = None,
    message_id: str | None = None,
    date: float | None = None,
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """The whole message: headers, then the text part alone or text and HTML as
    multipart/alternative."""
    headers = [
        header_line("From", address(sender)),
        header_line("To", ", ".join(address(a) for a in to)),
    ]
    if cc:
        headers.append(header_line("Cc", ", ".join(address(a) for a in cc)))
    if reply_to:
        headers.append(header_line("Reply-To", address(reply_to)))
    headers.append(header_line("Subject", " ".join(subject.split())))
    headers.append(header_line("Date", formatdate(date, localtime=True)))
    if message_id:
        headers.append(header_line("Message-ID", message_id))
    for name, value in (extra_headers or {}).items():
        headers.append(header_line(name, value))
    headers.append("MIME-Version: 1.0")
    if html is None:
        head = CRLF.join(headers) + CRLF
        return head.encode("ascii") + _part("plain", text)
    # A part's text is followed by CRLF, which belongs to the next delimiter (RFC 2046).
    # "=_" can never occur in quoted-printable text, so the boundary cannot either.
    boundary = f"=_flagpost_{secrets.token_hex(12)}"
    headers.append(f'Content-Type: multipart/alternative;{CRLF} boundary="{boundary}"')
    delimiter = f"--{boundary}{CRLF}".encode("ascii")
    return b"".join(
        [
            (CRLF.join(headers) + CRLF + CRLF).encode("ascii"),
            delimiter,
            _part("plain", text),
            b"\r\n" + delimiter,
            _part("html", html),
            f"{CRLF}--{boundary}--{CRLF}".encode("ascii"),
        ]
    )
