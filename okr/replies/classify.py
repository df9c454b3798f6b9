"""Who wrote this message: a person, an auto-reply, a bounce, or our own mail come back.

Pure: it reads the parsed message (see `decode.parse`) and returns a verdict with its
reason. Only a "person" message is read for a status; the others are stored and shown.
Never raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Literal

from . import decode
from .bounces import (
    ADDRESS,
    ANY_ID,
    MESSAGE_ID_LINE,
    RECIPIENT_PATTERNS,
    address_of,
    after_type,
    choose_recipient,
    content_type,
    dsn_blocks,
    first_smtp_code,
    first_status,
    is_daemon,
    is_delivery_status,
    is_machine,
    is_permanent,
    is_recipient,
    line_with,
    raw_payload,
    report_type_of,
    safe_call,
    status_code,
)
from .classify_words import (  # re-exported: the table is imported from here
    AUTO_REPLY_HEADERS,
    BOUNCE_SUBJECTS,
    EXCHANGE_RULE_HEADERS,
    LIST_HEADERS,
    LOOP_HEADER,
    MAX_RECEIVED,
    NEGATIVE_VALUES,
    OUR_MESSAGE_ID,
    OUT_OF_OFFICE_PHRASES,
    PRECEDENCE_AUTOMATIC,
    PRECEDENCE_HEADERS,
    REPLY_PREFIXES,
)

Kind = Literal["person", "auto_reply", "bounce", "loop"]


@dataclass(frozen=True)
class BounceInfo:
    original_message_id: str | None
    recipient: str | None
    status: str | None  # enhanced status code, "5.1.1"
    diagnostic: str | None
    permanent: bool
    action: str | None = None  # RFC 3464 Action: failed, delayed, …


@dataclass(frozen=True)
class Classification:
    kind: Kind
    reason: str
    bounce: BounceInfo | None = None


def classify(
    msg: Message,
    our_domain: str,
    our_message_ids: Callable[[list[str]], bool] | None = None,
) -> Classification:
    """The verdict for one parsed message. `our_message_ids(ids)` says whether any of these
    ids is of a message we sent (the outbox); without it only the id's shape is used."""
    try:
        return _Classifier(msg, our_domain, our_message_ids).run()
    except Exception as error:  # never answer what we could not read: treat as automatic
        return Classification("auto_reply", f"could not classify ({type(error).__name__})")


class _Classifier:
    def __init__(
        self, msg: Message, our_domain: str, ours: Callable[[list[str]], bool] | None
    ) -> None:
        self.msg = msg
        self.domain = (our_domain or "").strip().lower().lstrip("@")
        self.ours = ours
        self.subject = " ".join(decode.header(msg, "Subject").split())
        senders = decode.addresses(msg, "From") + decode.addresses(msg, "Sender")
        self.senders = senders
        self.auto_submitted = decode.header(msg, "Auto-Submitted").strip().lower()
        self._all_text: str | None = None

    def run(self) -> Classification:
        return (
            self.report()
            or self.plain_bounce()
            or self.loop()
            or self.explicit_person()
            or self.auto_reply()
            or Classification("person", "no sign of automatic mail")
        )

    # -- bounces ---------------------------------------------------------------------------

    def report(self) -> Classification | None:
        report_type = report_type_of(self.msg)
        status_parts = [part for part, _, _ in decode.walk(self.msg) if is_delivery_status(part)]
        if report_type == "disposition-notification":
            return Classification("auto_reply", "read receipt (RFC 8098 disposition notification)")
        if report_type == "feedback-report":
            return Classification("auto_reply", "abuse/feedback report (ARF)")
        if report_type != "delivery-status" and not status_parts:
            return None
        recipients = [
            block for part in status_parts for block in dsn_blocks(part) if is_recipient(block)
        ]
        chosen = choose_recipient(recipients)
        action = (chosen.get("action", "").split() or [""])[0].lower() if chosen else ""
        if recipients and all(
            (b.get("action", "").split() or [""])[0].lower() in ("delivered", "relayed", "expanded")
            for b in recipients
        ):
            return Classification("auto_reply", f"delivery status notification ({action})")
        original = self.returned_original()
        status = status_code(chosen.get("status", "")) if chosen else None
        recipient = address_of(chosen.get("final-recipient") or chosen.get("original-recipient"))
        if recipient is None and original is not None:
            found = decode.addresses(original, "To")
            recipient = found[0] if found else None
        diagnostic = after_type(chosen.get("diagnostic-code", "")) if chosen else ""
        original_id = self.original_id(original)
        info = BounceInfo(
            original_message_id=original_id,
            recipient=recipient,
            status=status,
            diagnostic=diagnostic[:1000] or None,
            permanent=is_permanent(status, action, self.subject),
            action=action or None,
        )
        return Classification("bounce", "delivery status notification (RFC 3464)", info)

    def returned_original(self) -> Message | None:
        for part, _, _ in decode.walk(self.msg):
            kind = content_type(part)
            if kind in ("message/rfc822", "message/global"):
                try:
                    payload = part.get_payload()
                except Exception:  # noqa: S112 - a broken part is skipped
                    continue
                if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                    return payload[0]
            if kind in ("text/rfc822-headers", "message/rfc822-headers", "message/global-headers"):
                data = raw_payload(part)
                if data:
                    return decode.parse(data)
        return None

    def original_id(self, original: Message | None) -> str | None:
        candidates: list[str] = []
        if original is not None:
            candidates += decode.message_ids(original, "Message-ID")
        text = self.all_text()
        candidates += [m.group(1) for m in MESSAGE_ID_LINE.finditer(text)]
        if self.domain:
            candidates += [
                m.group(0) for m in ANY_ID.finditer(text) if self.is_our_shape(m.group(0))
            ]
        candidates = list(dict.fromkeys("".join(c.split()) for c in candidates))
        if not candidates:
            return None
        for candidate in candidates[:20]:
            if self.is_ours(candidate):
                return candidate
        for candidate in candidates:
            if self.is_our_shape(candidate):
                return candidate
        return candidates[0]

    def all_text(self) -> str:
        """The text of every text part and the headers of a returned message, capped."""
        if self._all_text is not None:
            return self._all_text
        pieces: list[str] = []
        for part, _, _ in decode.walk(self.msg):
            kind = content_type(part)
            if kind.startswith("text/") or kind in ("message/rfc822-headers",):
                data = raw_payload(part)[:200_000]
                pieces.append(data.decode("utf-8", "replace"))
            elif kind in ("message/rfc822", "message/global"):
                try:
                    payload = part.get_payload()
                except Exception:  # noqa: S112 - a broken part is skipped
                    continue
                if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                    for name in ("Message-ID", "To"):
                        for value in decode.headers(payload[0], name):
                            pieces.append(f"{name}: {value}")
        self._all_text = "\n".join(pieces)
        return self._all_text

    def plain_bounce(self) -> Classification | None:
        failed = [
            address
            for value in decode.headers(self.msg, "X-Failed-Recipients")
            for address in ADDRESS.findall(value)
        ]
        daemon = self.daemon_sender() or self.null_return_path()
        subject = self.subject.lower()
        bounce_subject = any(phrase in subject for phrase in BOUNCE_SUBJECTS)
        if not failed and not daemon:
            return None
        if not failed and not bounce_subject:
            if not self.ours:
                return None
            original = self.original_id(None)
            if original is None or not self.is_ours(original):
                return None
        text = self.all_text()
        status = first_status(text)
        smtp = first_smtp_code(text)
        recipient = failed[0].lower() if failed else self.recipient_in(text)
        diagnostic = line_with(text, status or smtp)
        code = status or (f"{smtp[0]}.0.0" if smtp else None)
        info = BounceInfo(
            original_message_id=self.original_id(None),
            recipient=recipient,
            status=status,
            diagnostic=diagnostic,
            permanent=is_permanent(code, "", subject),
        )
        sender = self.senders[0] if self.senders else "<>"
        why = "X-Failed-Recipients" if failed else f"from {sender}"
        return Classification("bounce", f"non-standard bounce ({why})", info)

    def recipient_in(self, text: str) -> str | None:
        for pattern in RECIPIENT_PATTERNS:
            for match in pattern.finditer(text):
                address = match.group(1).lower().rstrip(".")
                if not self.is_our_address(address) and not is_machine(address):
                    return address
        return None

    # -- loops ------------------------------------------------------------------------------

    def loop(self) -> Classification | None:
        if decode.raw_headers(self.msg, LOOP_HEADER):
            return Classification("loop", f"carries our {LOOP_HEADER} header")
        own = decode.message_ids(self.msg, "Message-ID")
        if own and self.ours is not None and safe_call(self.ours, own[:5]):
            return Classification("loop", "its Message-ID is one we sent")
        if any(self.is_our_shape(one) for one in own):
            return Classification("loop", "its Message-ID is on our domain, in our form")
        for value in decode.headers(self.msg, "X-Loop"):
            if self.domain and self.domain in value.lower():
                return Classification("loop", "X-Loop names our domain")
        if self.auto_submitted.split(";")[0].strip() == "auto-generated" and any(
            self.is_our_address(address) for address in decode.addresses(self.msg, "From")
        ):
            return Classification("loop", "Auto-Submitted: auto-generated, from our domain")
        if len(decode.raw_headers(self.msg, "Received")) > MAX_RECEIVED:
            return Classification("loop", f"more than {MAX_RECEIVED} Received headers")
        return None

    # -- auto-replies -----------------------------------------------------------------------

    def explicit_person(self) -> Classification | None:
        if self.auto_submitted.split(";")[0].strip() == "no":
            return Classification("person", "Auto-Submitted: no")
        return None

    def auto_reply(self) -> Classification | None:
        if decode.raw_headers(self.msg, "Auto-Submitted"):
            value = self.auto_submitted.split(";")[0].strip() or "(empty)"
            return Classification("auto_reply", f"Auto-Submitted: {value} (RFC 3834)")
        for name in AUTO_REPLY_HEADERS:
            for value in decode.headers(self.msg, name):
                if value.strip().lower() not in NEGATIVE_VALUES:
                    return Classification("auto_reply", f"{name} header")
        for name in PRECEDENCE_HEADERS:
            for value in decode.headers(self.msg, name):
                word = (value.strip().lower().split() or [""])[0].strip(";")
                if word in PRECEDENCE_AUTOMATIC:
                    lists = [n for n in LIST_HEADERS if decode.raw_headers(self.msg, n)]
                    extra = f", {' and '.join(lists)}" if lists else ""
                    return Classification("auto_reply", f"{name}: {word}{extra}")
        for name in EXCHANGE_RULE_HEADERS:
            if decode.raw_headers(self.msg, name):
                return Classification("auto_reply", f"{name} (an Exchange inbox rule)")
        if decode.raw_headers(self.msg, "X-Loop"):
            return Classification("auto_reply", "X-Loop header (sent by a vacation program)")
        machine = next((a for a in self.senders if is_machine(a)), None)
        if machine:
            return Classification("auto_reply", f"sent by {machine}")
        if self.null_return_path():
            return Classification("auto_reply", "empty Return-Path (automatic sender)")
        phrase = _out_of_office(self.subject)
        if phrase:
            return Classification("auto_reply", f"out-of-office subject ({phrase!r})")
        return None

    # -- helpers ----------------------------------------------------------------------------

    def daemon_sender(self) -> bool:
        return any(is_daemon(address) for address in self.senders)

    def null_return_path(self) -> bool:
        values = decode.raw_headers(self.msg, "Return-Path")
        return bool(values) and all(v.strip() in ("<>", "") for v in values)

    def is_our_address(self, address: str) -> bool:
        domain = address.rpartition("@")[2].lower()
        return bool(self.domain) and (domain == self.domain or domain.endswith("." + self.domain))

    def is_our_shape(self, message_id: str) -> bool:
        match = OUR_MESSAGE_ID.match(message_id)
        return bool(match and self.domain and match.group(1).lower() == self.domain)

    def is_ours(self, message_id: str) -> bool:
        return self.ours is not None and safe_call(self.ours, [message_id])


_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(re.escape(p) for p in REPLY_PREFIXES) + r")\s*(?:\[\d+\])?\s*[:：]\s*"
    r"|\[[^\]]{0,40}\]\s*)+",
    re.IGNORECASE,
)
_PHRASES = "|".join(re.escape(p) for p in sorted(OUT_OF_OFFICE_PHRASES, key=len, reverse=True))
# After the phrase: a colon, a spaced dash, a bracket, or the end ("Auto-pay" is no match).
_OOO_START = re.compile(rf"^({_PHRASES})(?:\s*[:：]|\s+[-–—]\s|\s*[(\[]|\s*$)", re.IGNORECASE)
_OOO_BRACKETED = re.compile(rf"[\[(]\s*({_PHRASES})\s*[\])]", re.IGNORECASE)


def _out_of_office(subject: str) -> str | None:
    text = subject.strip()
    found = _OOO_BRACKETED.search(text)
    if found:
        return found.group(1)
    found = _OOO_START.match(_PREFIX.sub("", text, count=1))
    return found.group(1) if found else None
