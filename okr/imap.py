"""Polling an IMAP mailbox: the third door into the inbound pipeline (`okr fetch-mail`).

Each run takes up to a batch of messages from the folder, oldest first, and for each one:
fetch the exact bytes the server holds (BODY.PEEK[], so nothing is marked read), `store`
them (which commits), and only then move the message out of the way: to the done folder
when it is stored (or was stored before: a duplicate), to the refused folder when it is
refused for good (too large, empty). A temporary failure (the database is down) leaves the
message where it is for the next run. Nothing is ever deleted that was not copied first.
`fetch` hands nothing over: its caller (`jobs.fetch_mail`) hands what was stored to the
processing jobs once the mailbox is closed again, also after an IMAP error.

Folder names use "/" between levels, whatever the server's own separator is.

imap-tools connects, logs in and manages folders; the FETCH responses are read here, because
its `MailBox.fetch` hands out parsed `email.message.Message` objects and the exact bytes,
which `store` hashes to recognise a message fetched twice, would be re-serialised.
"""

from __future__ import annotations

import email.policy
import hashlib
import imaplib
import logging
import re
import ssl
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import timedelta
from email.parser import BytesHeaderParser
from typing import Any

from flask import current_app
from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import ImapToolsError, UnexpectedCommandStatusError
from imap_tools.mailbox import BaseMailBox
from imap_tools.utils import encode_folder
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from . import clock
from .errors import InvalidInput
from .extensions import db
from .imap_errors import Explain, FetchError, reason
from .models import InboundMessage, InboundState
from .services import inbound

log = logging.getLogger(__name__)

BATCH = 200  # messages per run; a full mailbox is worked off over several runs
FETCH_BYTES = 8 * 1024 * 1024  # about this much message data per FETCH command
STALE = timedelta(minutes=5)  # a stored message still unprocessed after this was forgotten
SOURCE = "imap"

_UID = re.compile(rb"\bUID (\d+)", re.IGNORECASE)
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.IGNORECASE)
_LIST = re.compile(rb'^\((?P<flags>[^)]*)\) (?:NIL|"(?P<delim>(?:\\.|[^"\\])*)")', re.IGNORECASE)


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    user: str
    password: str
    folder: str = "INBOX"
    done_folder: str = "Flagpost/Processed"
    failed_folder: str = "Flagpost/Refused"
    ssl: bool = True
    starttls: bool = False
    verify: bool = True
    ca_file: str | None = None
    timeout: int = 30

    @classmethod
    def from_config(cls, config: Any) -> Settings:
        if not config.get("IMAP_HOST"):
            raise FetchError("OKR_IMAP_HOST is not set")
        for key in ("IMAP_USER", "IMAP_PASSWORD"):
            if not config.get(key):
                raise FetchError(f"OKR_{key} is not set")
        return cls(
            host=config["IMAP_HOST"],
            port=config["IMAP_PORT"],
            user=config["IMAP_USER"],
            password=config["IMAP_PASSWORD"],
            folder=config["IMAP_FOLDER"],
            done_folder=config["IMAP_DONE_FOLDER"],
            failed_folder=config["IMAP_FAILED_FOLDER"],
            ssl=config["IMAP_SSL"],
            starttls=config["IMAP_STARTTLS"],
            verify=config["IMAP_VERIFY_TLS"],
            ca_file=config.get("IMAP_CA_FILE"),
            timeout=config["IMAP_TIMEOUT"],
        )

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass
class FetchResult:
    dry_run: bool = False
    fetched: int = 0  # messages looked at in this run
    new: list[int] = field(default_factory=list)  # inbound ids stored by this run
    would_store: int = 0  # a dry run's count of new messages
    duplicates: int = 0
    refused: int = 0
    deferred: int = 0  # left in the folder after a temporary failure
    left: int = 0  # beyond this run's batch, for the next run
    problem: str | None = None  # the temporary failure, if any
    listing: list[str] = field(default_factory=list)  # what a dry run would do, per message
    stale: list[int] = field(default_factory=list)  # stored long ago, still not processed

    def summary(self) -> str:
        stored = f"would store {self.would_store}" if self.dry_run else f"stored {len(self.new)}"
        text = (
            f"fetched {self.fetched}, {stored} new, "
            f"{self.duplicates} duplicates, {self.refused} refused"
        )
        if self.deferred:
            text += f", {self.deferred} left for a retry"
        if self.left:
            text += f", {self.left} more waiting for the next run"
        if self.dry_run:
            text += " (dry run: nothing stored or moved)"
        return text

    def as_dict(self) -> dict[str, int]:
        return {
            "fetched": self.fetched,
            "new": self.would_store if self.dry_run else len(self.new),
            "duplicates": self.duplicates,
            "refused": self.refused,
            "deferred": self.deferred,
            "left": self.left,
        }


def fetch(
    limit: int = BATCH,
    dry_run: bool = False,
    settings: Settings | None = None,
    result: FetchResult | None = None,
) -> FetchResult:
    """Take up to `limit` messages from the mailbox; see the module's docstring.

    Raises FetchError when the mailbox cannot be reached or read; what was stored before
    is in `result` (pass your own to read it then). A temporary failure to store is not
    raised: it is in `result.problem`, and the message stays on the server.
    """
    settings = settings or Settings.from_config(current_app.config)
    result = result if result is not None else FetchResult(dry_run=dry_run)
    with _session(settings) as session:
        session.run(result, limit)
    log.info("fetch-mail from %s: %s", settings.where, result.summary())
    return result


def ssl_context(settings: Settings) -> ssl.SSLContext:
    if not settings.verify:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    try:
        return ssl.create_default_context(cafile=settings.ca_file)
    except (OSError, ssl.SSLError) as error:
        raise FetchError(
            f"OKR_IMAP_CA_FILE {settings.ca_file} cannot be used: {reason(error)}"
        ) from None


class _session:
    """Connect and log in on entry (errors become one-line FetchErrors), log out on exit."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.mailbox: BaseMailBox | None = None
        self.delimiter: str | None = None
        self.ready: set[str] = set()

    def __enter__(self) -> _session:
        settings = self.settings
        with self._explained("connect"):
            self.mailbox = _open(settings)
        try:
            with self._explained("log in"):
                if (settings.user + settings.password).isascii():
                    self.mailbox.login(settings.user, settings.password, initial_folder=None)
                else:
                    self.mailbox.login_utf8(settings.user, settings.password, initial_folder=None)
                self._refresh_capabilities()
                self.delimiter = self._find_delimiter()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self.mailbox is not None:
            with suppress(Exception):  # the server may be gone already; nothing to save
                self.mailbox.logout()
            with suppress(Exception):
                self.client.shutdown()  # closes the socket even when LOGOUT failed

    @property
    def box(self) -> BaseMailBox:
        assert self.mailbox is not None, "used outside the session's `with`"
        return self.mailbox

    @property
    def client(self) -> imaplib.IMAP4:
        return self.box.client

    def run(self, result: FetchResult, limit: int) -> None:
        folder = self.name(self.settings.folder)
        with self._explained(f"open the folder {self.settings.folder}"):
            self.box.folder.set(folder, readonly=result.dry_run)
        with self._explained("read the folder"):
            uids = sorted(int(uid) for uid in self.box.uids("UNDELETED"))
            result.left = max(0, len(uids) - limit)
            uids = uids[:limit]
            sizes = self._sizes(uids)
        too_large = current_app.config["MAX_MESSAGE_BYTES"]
        for group in _groups(uids, sizes, FETCH_BYTES, too_large):
            done: list[int] = []
            refused: list[int] = []
            if len(group) == 1 and sizes.get(group[0], 0) > too_large:
                bodies = {}  # refused by its size alone: no need to download it
                self._refuse_by_size(result, group[0], sizes[group[0]], refused)
            else:
                with self._explained("fetch messages"):
                    bodies = self._bodies(group)
            for uid in group:
                if uid not in bodies:
                    continue  # deleted meanwhile, or refused above
                result.fetched += 1
                if result.dry_run:
                    result.listing.append(_preview(uid, bodies[uid], result))
                    continue
                if not self._take(result, uid, bodies[uid], done, refused):
                    result.deferred = len(uids) - uids.index(uid)
                    break
            if not result.dry_run:
                self._move(done, self.settings.done_folder)
                self._move(refused, self.settings.failed_folder)
            if result.problem:
                break

    def _take(self, result, uid: int, raw: bytes, done: list[int], refused: list[int]) -> bool:
        """Store one message; False when storing failed for now (stop this run)."""
        try:
            stored = inbound.store(raw, SOURCE)
        except (inbound.MessageTooLarge, InvalidInput) as error:
            log.warning("IMAP message %s refused: %s", uid, error)
            result.refused += 1
            refused.append(uid)
            return True
        except SQLAlchemyError as error:
            db.session.rollback()
            result.fetched -= 1
            detail = str(getattr(error, "orig", None) or error).strip().splitlines()
            result.problem = (
                "cannot store messages now, they stay on the server for the next run: "
                + (detail[0] if detail else type(error).__name__)
            )
            log.warning("IMAP message %s left on the server: %s", uid, error)
            return False
        done.append(uid)
        if not stored.duplicate:
            result.new.append(stored.id)
            return True
        result.duplicates += 1
        row = db.session.get(InboundMessage, stored.id)
        if row is not None and row.state is InboundState.STORED:
            received = row.received_at
            if received is not None and clock.now() - received > STALE:
                result.stale.append(row.id)  # stored before, but never processed
        return True

    def _refuse_by_size(self, result, uid: int, size: int, refused: list[int]) -> None:
        limit = current_app.config["MAX_MESSAGE_BYTES"]
        result.fetched += 1
        result.refused += 1
        reason = f"message of {size:,} bytes is over the limit of {limit:,} bytes"
        if result.dry_run:
            result.listing.append(f"uid {uid}: would refuse: {reason}")
            return
        log.warning("IMAP message %s refused: %s", uid, reason)
        refused.append(uid)

    # --- IMAP ---------------------------------------------------------------------------

    def name(self, folder: str) -> str:
        """A folder name with "/" between levels, in the server's own separator."""
        if self.delimiter and self.delimiter != "/":
            return folder.replace("/", self.delimiter)
        return folder

    def _refresh_capabilities(self) -> None:
        # Servers announce more after login (MOVE, UIDPLUS); imaplib kept the greeting's.
        typ, data = self.client.capability()
        if typ == "OK" and data and data[-1]:
            self.client.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())

    def _find_delimiter(self) -> str | None:
        typ, data = self.client.list('""', '""')
        for item in data if typ == "OK" else []:
            line = item[0] if isinstance(item, tuple) else item
            match = _LIST.match(line or b"")
            if match and match.group("delim"):
                delimiter = match.group("delim").decode()
                return delimiter[1:] if delimiter.startswith("\\") else delimiter
        return None

    def _sizes(self, uids: list[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for chunk in _chunks(uids, 500):
            typ, data = self.client.uid("FETCH", _seq(chunk), "(UID RFC822.SIZE)")
            _check(typ, data)
            for item in data:
                line = item[0] if isinstance(item, tuple) else item
                uid, size = _UID.search(line or b""), _SIZE.search(line or b"")
                if uid and size:
                    sizes[int(uid.group(1))] = int(size.group(1))
        return sizes

    def _bodies(self, uids: list[int]) -> dict[int, bytes]:
        typ, data = self.client.uid("FETCH", _seq(uids), "(UID BODY.PEEK[])")
        _check(typ, data)
        return _parse_bodies(data)

    def _ensure(self, folder: str) -> str:
        name = self.name(folder)
        if name in self.ready:
            return name
        with self._explained(f"create the folder {folder}"):
            if not self.box.folder.exists(name):
                try:
                    self.box.folder.create(name)
                except UnexpectedCommandStatusError:
                    if not self.box.folder.exists(name):  # not made by a parallel run
                        raise
                with suppress(ImapToolsError, imaplib.IMAP4.error):
                    self.box.folder.subscribe(name, True)
        self.ready.add(name)
        return name

    def _move(self, uids: list[int], folder: str) -> None:
        """Move messages: MOVE, or COPY then flag \\Deleted (expunging only those uids)."""
        if not uids:
            return
        # imaplib sends bytes arguments as they are (typeshed says str): the folder name in
        # modified UTF-7, quoted, as imap-tools encodes it for its own commands.
        target: Any = encode_folder(self._ensure(folder))
        caps = self.client.capabilities
        with self._explained(f"move messages to {folder}"):
            if "MOVE" in caps:
                _check(*self.client.uid("MOVE", _seq(uids), target))
                return
            _check(*self.client.uid("COPY", _seq(uids), target))
            _check(*self.client.uid("STORE", _seq(uids), "+FLAGS.SILENT", r"(\Deleted)"))
            if "UIDPLUS" in caps:
                _check(*self.client.uid("EXPUNGE", _seq(uids)))
            # Without UIDPLUS a plain EXPUNGE would also remove what someone else marked
            # deleted; the copies are flagged instead, and runs skip flagged messages.

    def _explained(self, doing: str) -> Explain:
        return Explain(self.settings, doing)


def _open(settings: Settings) -> BaseMailBox:
    host, port, timeout = settings.host, settings.port, settings.timeout
    if settings.ssl:
        return MailBox(host, port, timeout=timeout, ssl_context=ssl_context(settings))
    if settings.starttls:
        return MailBoxStartTls(host, port, timeout=timeout, ssl_context=ssl_context(settings))
    return MailBoxUnencrypted(host, port, timeout=timeout)


def _check(typ: str, data: Any) -> None:
    if typ != "OK":
        raise UnexpectedCommandStatusError((typ, data), "OK")


def _seq(uids: list[int]) -> str:
    return ",".join(str(uid) for uid in uids)


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _groups(uids: list[int], sizes: dict[int, int], budget: int, too_large: int):
    """Uids in groups of about `budget` bytes; a message over the limit goes alone."""
    group: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if size > too_large:
            if group:
                yield group
            yield [uid]
            group, total = [], 0
            continue
        if group and total + size > budget:
            yield group
            group, total = [], 0
        group.append(uid)
        total += size
    if group:
        yield group


def _parse_bodies(data: list) -> dict[int, bytes]:
    """The literal of each `* n FETCH (UID u BODY[] {k}` response, by uid.

    imaplib gives a (head, literal) tuple per literal and the rest of the response as the
    next bytes item, where some servers put the UID (after the literal).
    """
    found: dict[int, bytes] = {}
    pending: tuple[bytes, bytes] | None = None

    def settle(tail: bytes) -> None:
        assert pending is not None
        head, literal = pending
        uid = _UID.search(head + b" " + tail)
        if uid and b"BODY[]" in head.upper():
            found[int(uid.group(1))] = literal

    for item in data:
        if isinstance(item, tuple):
            if pending is not None:
                settle(b"")
            pending = item
        elif pending is not None:
            settle(item or b"")
            pending = None
    if pending is not None:
        settle(b"")
    return found


def _preview(uid: int, raw: bytes, result: FetchResult) -> str:
    """What a run would do with this message, counting it; nothing is stored."""
    limit = current_app.config["MAX_MESSAGE_BYTES"]
    about = f"uid {uid}: {len(raw):,} bytes{_headline(raw)}"
    if len(raw) > limit:
        result.refused += 1
        return f"{about}: would refuse: over the limit of {limit:,} bytes"
    if not raw.strip():
        result.refused += 1
        return f"{about}: would refuse: the message is empty"
    digest = hashlib.sha256(raw).hexdigest()
    existing = db.session.scalar(select(InboundMessage.id).where(InboundMessage.sha256 == digest))
    if existing is not None:
        result.duplicates += 1
        return f"{about}: already stored as message {existing}, would move it"
    result.would_store += 1
    return f"{about}: would store"


def _headline(raw: bytes) -> str:
    try:
        headers = BytesHeaderParser(policy=email.policy.default).parsebytes(raw)
        sender, subject = str(headers["From"] or ""), str(headers["Subject"] or "")
    except Exception:  # a listing must not fail on one odd header
        return ""
    text = f" from {sender}" if sender else ""
    if subject:
        text += f", {' '.join(subject.split())[:80]!r}"
    return text
