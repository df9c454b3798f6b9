"""Every kind of mail goes through the one builder (mailers.build) and comes out sendable:
no line over 998 octets (RFC 5322), headers ASCII, encoded and free of defects, however
long or non-ASCII what people typed. The kinds are read from the builder's registry, so a
new kind without a case here fails this test."""

from __future__ import annotations

import ast
import email
import email.policy
from collections.abc import Callable
from pathlib import Path

import pytest
from flask_mail import Message

from mailers import KINDS
from mailers.confirmation import confirmation
from mailers.digest import digest_mail
from mailers.form import weekly_form
from mailers.question import LastStatus, SentQuestion, question_confirmation, question_mail
from mailers.signin import signin_link
from okr import addresses
from okr.digest.build import build as build_digest
from okr.extensions import db
from okr.models import CheckIn, Flag, MailKind, Person
from okr.replies.understand import Ambiguity, FormEntry
from okr.services.forms import items_for
from tests.conftest import NOW, make_kr, make_person

ROOT = Path(__file__).resolve().parents[1]
WEEK = "2026-W47"
NAME = "Zoë Ñandú-Łukasiewicz 王小明 " * 6  # long, non-ASCII, with spaces
WORD = "Überlänge" * 130  # one word of 1,170 characters: no space to break a line at
TEXT = ("Straße ohne Ende, 🟥 rot und 🟩 grün; " * 40) + WORD  # a 2,700-character line


@pytest.fixture
def people(app) -> dict[str, Person]:
    boss = make_person("boss@bücher.example", NAME)
    owner = make_person("owner@example.com", NAME + "owner", manager=boss)
    kr = make_kr(owner, title=TEXT[:300], objective=WORD[:300])
    db.session.add(
        CheckIn(
            key_result_id=kr.id,
            author_id=owner.id,
            week="2026-W46",
            flag=Flag.RED,
            score=0.3,
            note=TEXT,
            created_at=NOW,
        )
    )
    db.session.commit()
    return {"boss": boss, "owner": owner, "kr": kr}


def _reply() -> email.message.EmailMessage:
    thread = " ".join(f"<thread.{n}.{'x' * 60}@mail.example.com>" for n in range(14))
    raw = (
        f"From: {NAME} <owner@example.com>\r\nTo: status@okr.example.com\r\n"
        f"Subject: Re: {TEXT[:400]}\r\nMessage-ID: <reply.{'y' * 80}@mail.example.com>\r\n"
        f"References: {thread}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nok\r\n"
    ).encode()
    return email.message_from_bytes(raw, policy=email.policy.default)


def _weekly(kind: MailKind) -> Callable[[dict], Message]:
    def make(p: dict) -> Message:
        owner = p["owner"]
        return weekly_form(
            kind,
            owner,
            WEEK,
            items_for([owner.id], WEEK, NOW.date()).get(owner.id, []),
            today=NOW.date(),
            message_id=addresses.new_message_id(kind.value),
            reply_to=addresses.reply_address(owner.id, WEEK),
            thread_root=addresses.thread_id(owner.id),
            form_url="http://flagpost.test/f/" + "t" * 200,
        )

    return make


def _digest(p: dict) -> Message:
    digest = build_digest(p["boss"].id, WEEK)
    return digest_mail(
        digest,
        message_id=addresses.new_message_id("digest"),
        reply_to=addresses.digest_reply_address(p["boss"].id, WEEK),
    )


def _confirmation(p: dict) -> Message:
    ref = p["kr"].ref
    return confirmation(
        p["owner"],
        WEEK,
        _reply(),
        recorded_lines=[f"{ref} red - {TEXT}"],
        missing=[FormEntry(ref, TEXT[:500], WORD)],
        unmatched=[TEXT],
        problems=[TEXT],
        ambiguous=[Ambiguity((ref, "#999"), TEXT, "it reads as red and as green")],
        titles={ref: TEXT[:300]},
    )


def _question(p: dict) -> Message:
    return question_mail(
        kr=p["kr"],
        owner=p["owner"],
        manager=p["boss"],
        week=WEEK,
        text=TEXT + "\n" + TEXT,
        last=LastStatus("2026-W46", "red", TEXT),
        message_id=addresses.new_message_id("question"),
        thread=[addresses.thread_id(p["owner"].id), f"<form.{'z' * 100}@okr.example.com>"],
        reply_to=addresses.reply_address(p["owner"].id, WEEK),
    )


def _question_confirmation(p: dict) -> Message:
    return question_confirmation(
        p["boss"],
        WEEK,
        _reply(),
        sent=[SentQuestion(p["kr"].ref, TEXT[:500], NAME, TEXT)],
        unmatched=[TEXT],
        example_ref=p["kr"].ref,
    )


def _signin(p: dict) -> Message:
    return signin_link(p["owner"], "http://flagpost.test/signin/" + "s" * 300, 15)


CASES: dict[str, Callable[[dict], Message]] = {
    "form": _weekly(MailKind.FORM),
    "reminder": _weekly(MailKind.REMINDER),
    "digest": _digest,
    "confirmation": _confirmation,
    "question": _question,
    "question-confirmation": _question_confirmation,
    "signin": _signin,
}


def test_every_kind_of_mail_has_a_case_here():
    assert set(CASES) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_sendable_with_long_non_ascii_input(kind, people):
    raw = CASES[kind](people).as_bytes()

    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 998
    assert not any(b"\r" in line or b"\n" in line for line in lines)  # CRLF only
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.isascii() and body.isascii()  # 8-bit text travels encoded
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert not parsed.defects
    for name, value in parsed.items():
        assert not getattr(value, "defects", ()), (name, value.defects)
    assert parsed["Auto-Submitted"] == KINDS[kind].auto_submitted
    assert len(parsed["Subject"]) <= 250
    for part in parsed.walk():
        if not part.is_multipart():
            assert part["Content-Transfer-Encoding"] == "quoted-printable"
            assert part.get_content()  # decodes back to text
    assert "Zoë" in parsed.get_body(("plain",)).get_content() or kind == "signin"


def test_the_long_typed_text_survives_the_encoding(people):
    """What was typed comes back whole once decoded: wrapping is the encoding's alone."""
    parsed = email.message_from_bytes(
        CASES["question"](people).as_bytes(), policy=email.policy.default
    )
    assert WORD in parsed.get_body(("plain",)).get_content()


def _builds_a_message(path: Path) -> list[str]:
    """Where a module makes a mail by hand: a Message or MIME part constructed."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in {"Message", "MIMEText", "MIMEMultipart", "EmailMessage"}:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_module_makes_a_mail_but_the_builder():
    allowed = {ROOT / "mailers" / "__init__.py"}  # the builder itself
    allowed.add(ROOT / "okr" / "replies" / "decode.py")  # parses mail, never sends it
    files = [*ROOT.glob("okr/**/*.py"), *ROOT.glob("mailers/*.py")]
    assert len(files) > 20
    hand_made = [hit for path in files if path not in allowed for hit in _builds_a_message(path)]
    assert hand_made == []
