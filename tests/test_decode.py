"""Decoding raw mail: parse never fails, the right part is read, charsets are checked."""

from __future__ import annotations

import json
import random
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okr.replies import decode
from okr.replies.classify import classify

CORPUS = Path(__file__).resolve().parent / "corpus"
PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peer-fixtures"
DISCOURSE = PEER / "discourse"
TALON = PEER / "talon"
REPLY = "#12 green - signed 4 of 5"
QUOTED = (
    "> Weekly status, week 47\n"  # the form's text, quoted by every client
    "> #12 Sign 5 design partners (last week: yellow)\n"
)


def corpus(name: str) -> decode.BodyText:
    return decode.body_text(decode.parse((CORPUS / f"{name}.eml").read_bytes()))


def unquoted(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(">"))


# --- our corpus ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "source", "charset"),
    [
        (
            "plain",
            f"{REPLY}\n\nOn Mon, 16 Nov 2026 at 09:00, Flagpost <okr@flagpost.example> wrote:\n"
            + QUOTED,
            "plain",
            "utf-8",
        ),
        ("alternative", f"{REPLY}\n(plain part)\n", "plain", "utf-8"),
        (
            "quoted_printable",
            f"{REPLY}\nGrüße, Zoë – sent from a very long line that a quoted-printable encoder "
            "must wrap with a soft line break somewhere\n",
            "plain",
            "utf-8",
        ),
        ("base64", f"{REPLY}\nGrüße, Zoë ✓\n", "plain", "utf-8"),
        ("iso_8859_1", f"{REPLY}\nGrüße, Zoë\n", "plain", "iso-8859-1"),
        ("windows_1252", f"{REPLY}\nZoë’s note – fine\n", "plain", "windows-1252"),
        ("latin1_label_cp1252_bytes", f"{REPLY}\nZoë’s note – fine\n", "plain", "windows-1252"),
        ("utf8_label_cp1252_bytes", f"{REPLY}\nZoë’s note – fine\n", "plain", "windows-1252"),
        ("mislabelled_latin1", f"{REPLY}\nGrüße, Zoë ✓\n", "plain", "utf-8"),
        ("mislabelled_big5", f"{REPLY}\nGrüße, Zoë ✓ 您好\n", "plain", "utf-8"),
        ("unknown_charset", f"{REPLY}\nGrüße, Zoë\n", "plain", "utf-8"),
        ("double_encoded", f"{REPLY}\nGrüße, Zoë’s note\n", "plain", "utf-8"),
        ("8bit_headers", f"{REPLY}\nGrüße\n", "plain", "utf-8"),
        ("nested_50", f"{REPLY}\n", "plain", "utf-8"),
        ("empty_body", "", "plain", "utf-8"),
        ("attachment_only", "", "none", ""),
        (
            "flowed",
            f"{REPLY} and the last partner said yes on Friday after the call with legal.\n\n"
            "> quoted line that was soft wrapped\n-- \nAnn\n",
            "plain",
            "utf-8",
        ),
        (
            "apple_split",
            f"{REPLY}\nHere is the chart:\n#13 yellow - beta slipped a week\n",
            "plain",
            "us-ascii",
        ),
        (
            "html_gmail",
            f"{REPLY}\n\nThanks,\nAnn\n\n"
            "> On Mon, 16 Nov 2026 at 09:00, Flagpost <okr@flagpost.example> wrote:\n>\n" + QUOTED,
            "html",
            "utf-8",
        ),
        (
            "html_outlook",
            f"{REPLY}\n\n> From: Flagpost <okr@flagpost.example>\n"
            "> Sent: Monday, November 16, 2026 9:00 AM\n> To: Ann Example <ann@example.com>\n"
            "> Subject: Weekly status, week 47\n>\n" + QUOTED,
            "html",
            "utf-8",
        ),
        (
            "html_outlook_desktop",
            f"{REPLY}\n\nAnn\n\n> From: Flagpost <okr@flagpost.example>\n"
            "> Sent: Monday, November 16, 2026 9:00 AM\n> Subject: Weekly status, week 47\n"
            "> #12 Sign 5 design partners (last week: yellow)\n",
            "html",
            "us-ascii",
        ),
        (
            "html_apple",
            f"{REPLY}\n\n> On 16. Nov 2026, at 09:00, Flagpost <okr@flagpost.example> wrote:\n>\n"
            + QUOTED,
            "html",
            "utf-8",
        ),
        ("html_meta_charset", f"{REPLY}\n\nZoë’s note\n", "html", "windows-1252"),
        ("empty_plain_alternative", f"{REPLY}\n", "html", "utf-8"),
        (
            "html_list",
            f"Status:\n\n- {REPLY}\n- #13 red 0.3 - vendor slipped\n\nAnn\n",
            "html",
            "utf-8",
        ),
    ],
)
def test_corpus(name: str, text: str, source: str, charset: str) -> None:
    body = corpus(name)
    assert body.text == text
    assert body.source == source
    assert body.charset_used == charset
    assert "\r" not in body.text


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("plain", None),
        ("windows_1252", None),
        ("iso_8859_1", None),
        ("mislabelled_latin1", "is really UTF-8"),
        ("mislabelled_big5", "not valid big5"),
        ("unknown_charset", "unknown charset 'x-klingon-1'"),
        ("latin1_label_cp1252_bytes", "control characters"),
        ("utf8_label_cp1252_bytes", "not valid utf-8"),
        ("double_encoded", "decoded and encoded twice"),
        ("apple_split", "joined 2 inline text/plain parts"),
        ("empty_plain_alternative", "the HTML was used"),
    ],
)
def test_corpus_problems_are_recorded(name: str, problem: str | None) -> None:
    problems = corpus(name).problems
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_corpus_is_all_tested() -> None:
    assert len(list(CORPUS.glob("*.eml"))) == 25


def test_the_html_quote_is_marked_so_the_reply_stands_alone() -> None:
    for name in ("html_gmail", "html_outlook", "html_outlook_desktop", "html_apple"):
        text = corpus(name).text
        assert unquoted(text).strip().startswith(REPLY)
        assert "Sign 5 design partners" not in unquoted(text), name


def test_attachments_are_never_read() -> None:
    assert "inside an attachment" not in corpus("attachment_only").text


def test_headers_with_8bit_bytes() -> None:
    msg = decode.parse((CORPUS / "8bit_headers.eml").read_bytes())
    assert decode.header(msg, "Subject") == "Re: Weekly status — Grüße"
    assert decode.headers(msg, "From") == ["Zoë Grüß <zoe@example.com>"]
    assert decode.headers(msg, "Cc") == ["Jürgen <jurgen@example.com>"]  # raw latin-1
    assert decode.addresses(msg, "From") == ["zoe@example.com"]
    assert decode.addresses(msg, "Cc") == ["jurgen@example.com"]


# --- the discourse fixtures ----------------------------------------------------------------

needs_discourse = pytest.mark.skipif(not DISCOURSE.is_dir(), reason="peer fixtures absent")


def _expected() -> dict:
    return json.loads((DISCOURSE / "expected.json").read_text(encoding="utf-8"))


def _plain_markdown(text: str) -> str:
    """Discourse turns HTML into Markdown; we turn it into plain text."""
    return text.replace("**", "").replace("*", "")


@needs_discourse
@pytest.mark.parametrize(
    ("name", "key", "source", "markdown"),
    [
        ("text_reply.eml", "post_raw", "plain", False),
        ("html_reply.eml", "post_raw", "html", True),
        ("gmail_html_reply.eml", "visible_part", "html", True),
        ("text_and_html_reply.eml", "post_raw_if_prefer_html_false", "plain", False),
        ("chinese_reply.eml", "post_raw", "plain", False),
        ("hebrew_reply.eml", "post_raw", "plain", False),
        ("iphone_signature.eml", "post_raw", "plain", False),
        ("reply_above.eml", "post_raw", "html", False),
        ("on_date_contact_wrote.eml", "post_raw", "plain", False),
        ("inline_mixed_replies.eml", "post_raw", "plain", False),
    ],
)
def test_discourse_reply_text_is_decoded(name: str, key: str, source: str, markdown: bool) -> None:
    expected = _expected()[name][key]
    if markdown:
        expected = _plain_markdown(expected)
    body = decode.body_text(decode.parse((DISCOURSE / name).read_bytes()))
    assert body.source == source
    assert expected in body.text


@needs_discourse
def test_discourse_charset_quirks() -> None:
    chinese = decode.body_text(decode.parse((DISCOURSE / "chinese_reply.eml").read_bytes()))
    assert chinese.charset_used == "utf-8"  # declared Big5, bytes UTF-8
    assert any("big5" in p for p in chinese.problems)
    text = decode.body_text(decode.parse((DISCOURSE / "text_reply.eml").read_bytes()))
    assert text.text.rstrip().endswith("’")  # no charset declared, UTF-8 bytes
    assert (
        decode.body_text(decode.parse((DISCOURSE / "hebrew_reply.eml").read_bytes())).problems == []
    )


@needs_discourse
def test_discourse_gmail_signature_is_set_off() -> None:
    body = decode.body_text(decode.parse((DISCOURSE / "gmail_html_reply.eml").read_bytes()))
    assert body.text == "This is a GMAIL reply ;)\n\n-- \nThis is the elided part!\n"


@needs_discourse
def test_discourse_missing_message_id() -> None:
    msg = decode.parse((DISCOURSE / "missing_message_id.eml").read_bytes())
    assert decode.message_ids(msg, "Message-ID") == []


# --- talon's HTML replies ------------------------------------------------------------------

needs_talon = pytest.mark.skipif(not TALON.is_dir(), reason="peer fixtures absent")


@needs_talon
@pytest.mark.parametrize(
    "name",
    ["gmail", "hotmail", "mail_ru", "ms_outlook_2007", "thunderbird", "windows_mail", "yandex_ru"],
)
def test_talon_html_quotes_become_quote_lines(name: str) -> None:
    html = (TALON / "html_replies" / f"{name}.html").read_text(encoding="utf-8", errors="replace")
    text = decode.html_to_text(html)
    mine = unquoted(text)
    assert "Hi. I am fine." in mine
    assert "Thanks,\nAlex" in mine
    assert "How are you" not in mine
    assert "> Hello! How are you?" in text


@needs_talon
@pytest.mark.parametrize("name", ["ms_outlook_2003", "ms_outlook_2010"])
def test_talon_outlook_text_headers_are_left_to_the_trimmer(name: str) -> None:
    """No HTML marks the quote here, only "From: … Sent: …" lines: trimming finds those."""
    html = (TALON / "html_replies" / f"{name}.html").read_text(encoding="utf-8", errors="replace")
    text = decode.html_to_text(html)
    assert text.startswith("Hi. I am fine.")
    assert "\nFrom: " in text


# --- HTML to text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a</p><p>b</p>", "a\n\nb\n"),
        ("a<br>b<br/><br>c", "a\nb\n\nc\n"),
        ("<div>a</div><div><br></div><div>b</div>", "a\n\nb\n"),
        ("<ul><li>x</li><li>y<ol><li>z</li></ol></li></ul>", "- x\n- y\n  1. z\n"),
        ("<script>var a = '<p>no</p>';</script><style>p{}</style><p>yes</p>", "yes\n"),
        ("<html><head><title>T</title></head><body>b</body></html>", "b\n"),
        ("<head><title>T</title><p>head never closed</p>", "head never closed\n"),
        ("<p>logo <img src='x.png' alt='Logo'> here</p>", "logo here\n"),
        ("<p>flag <img alt='🟢' src='e.png'></p>", "flag 🟢\n"),
        ("<p>a &amp; b &lt;c&gt; &nbsp;d</p>", "a & b <c>  d\n"),
        ("<pre>  two\n    four</pre>", "  two\n    four\n"),
        (
            "<p>x</p><blockquote>q1<blockquote>q2</blockquote></blockquote>",
            "x\n\n> q1\n>\n> > q2\n",
        ),
        (
            "<p>x</p><div class='gmail_quote'>On Mon wrote:<blockquote class='gmail_quote'>"
            "q</blockquote></div>",
            "x\n\n> On Mon wrote:\n>\n> q\n",
        ),
        (
            "<p>x</p><hr id='stopSpelling'>From: a<div>q</div>",
            "x\n\n> From: a\n> q\n",
        ),
        ("<p>x</p><div id='divRplyFwdMsg'>From: a</div><div>q</div>", "x\n\n> From: a\n> q\n"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a | b\nc\n"),
        ("<p>unclosed <b>bold<p>next", "unclosed bold\n\nnext\n"),
        ("", ""),
        ("<<<>>>&&&", "<<<>>>&&&\n"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert decode.html_to_text(html) == text


# --- charsets, size, structure -------------------------------------------------------------


def _message(body: bytes, content_type: str, cte: str = "8bit") -> bytes:
    return (
        b"From: a@example.com\r\nTo: b@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        + f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode()
        + body
    )


@pytest.mark.parametrize(
    ("body", "content_type", "text", "charset"),
    [
        ("Grüße".encode(), "text/plain; charset=utf-8", "Grüße", "utf-8"),
        ("Grüße".encode("latin-1"), "text/plain; charset=utf-8", "Grüße", "windows-1252"),
        ("Grüße".encode(), "text/plain; charset=latin1", "Grüße", "utf-8"),
        ("Grüße".encode(), "text/plain; charset=shift_jis", "Grüße", "utf-8"),
        ("Grüße".encode(), "text/plain; charset=rot13", "Grüße", "utf-8"),
        ("Grüße".encode(), "text/plain; charset=unicode_escape", "Grüße", "utf-8"),
        ("Grüße".encode(), 'text/plain; charset="=?x?"', "Grüße", "utf-8"),
        ("привет".encode("koi8-r"), "text/plain; charset=koi8-r", "привет", "koi8-r"),
        (
            "こんにちは".encode("iso2022_jp"),
            "text/plain; charset=iso-2022-jp",
            "こんにちは",
            "iso-2022-jp",
        ),
        ("您好".encode("big5"), "text/plain; charset=big5", "您好", "big5"),
        ("café »".encode("latin-1"), "text/plain; charset=iso-8859-1", "café »", "iso-8859-1"),
        (b"a\r\nb\rc\n", "text/plain; charset=utf-8", "a\nb\nc\n", "utf-8"),
        (b"a\x00b", "text/plain; charset=utf-8", "ab", "utf-8"),
    ],
)
def test_charsets(body: bytes, content_type: str, text: str, charset: str) -> None:
    result = decode.body_text(decode.parse(_message(body, content_type)))
    assert (result.text, result.charset_used) == (text, charset)


# Short replies are where statistical detectors fail (charset-normalizer read "#104 ⚠️" sent
# as unlabelled UTF-8 as GB18030, and cp1252 "Grüße" as cp1006): see docs/reply-extraction.md.
SHORT_REPLIES = ["#104 ⚠️", "#12 DONE ✅", "Grüße, Zoë", "Zoë’s note – fine", "#3 rouge — ça coince"]


def _double_encoded(text: str) -> bytes:
    """UTF-8 read as cp1252 (latin-1 where cp1252 has no character) and sent as UTF-8."""
    return "".join(
        bytes([b]).decode("cp1252", "ignore") or bytes([b]).decode("latin-1") for b in text.encode()
    ).encode()


def _writable(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


WRONG_WAYS = [
    ("utf-8", "text/plain"),
    ("utf-8", "text/plain; charset=iso-8859-1"),
    ("utf-8", "text/plain; charset=big5"),
    ("double", "text/plain; charset=utf-8"),
    ("cp1252", "text/plain"),
    ("cp1252", "text/plain; charset=utf-8"),
    ("cp1252", "text/plain; charset=iso-8859-1"),
]


@pytest.mark.parametrize(
    ("text", "way", "content_type"),
    [
        (text, way, content_type)
        for text in SHORT_REPLIES
        for way, content_type in WRONG_WAYS
        if way != "cp1252" or _writable(text, "cp1252")
    ],
)
def test_short_replies_sent_the_wrong_way_are_read_right(
    text: str, way: str, content_type: str
) -> None:
    body = {"utf-8": text.encode(), "double": _double_encoded(text)}.get(way)
    body = text.encode("cp1252") if body is None else body
    assert decode.body_text(decode.parse(_message(body, content_type))).text == text


def _multipart(subtype: str, *parts: tuple[str, str]) -> bytes:
    body = "".join(f"--P\r\nContent-Type: {ctype}\r\n\r\n{text}\r\n" for ctype, text in parts)
    return _message(f"{body}--P--\r\n".encode(), f'multipart/{subtype}; boundary="P"')


@pytest.mark.parametrize(
    ("raw", "text", "source"),
    [
        (  # a list footer after an HTML-only body is not the body
            _multipart("mixed", ("text/html", f"<p>{REPLY}</p>"), ("text/plain", "-- list footer")),
            f"{REPLY}\n",
            "html",
        ),
        (  # alternatives in an unusual order: the text/plain one still wins
            _multipart("alternative", ("text/html", "<p>html</p>"), ("text/plain", REPLY)),
            REPLY,
            "plain",
        ),
        (
            _multipart("mixed", ("text/plain", REPLY), ("text/html; name=x.html", "<p>no</p>")),
            REPLY,
            "plain",
        ),
        (_multipart("mixed", ("image/png", "xx"), ("text/calendar", "BEGIN")), "", "none"),
        (
            _multipart(
                "alternative", ("text/plain", "This is an HTML message."), ("text/html", "<b>x</b>")
            ),
            "x\n",
            "html",
        ),
    ],
)
def test_which_part_is_the_body(raw: bytes, text: str, source: str) -> None:
    body = decode.body_text(decode.parse(raw))
    assert (body.text, body.source) == (text, source)


def test_size_guard_cuts_long_text() -> None:
    body = ("#12 green " * 120_000).encode()
    result = decode.body_text(decode.parse(_message(body, "text/plain; charset=utf-8")))
    assert len(result.text) == decode.MAX_TEXT_CHARS
    assert any("cut" in p for p in result.problems)


def test_broken_base64_does_not_raise() -> None:
    msg = decode.parse(_message(b"@@@ not base64 !!!", "text/plain; charset=utf-8", "base64"))
    assert decode.body_text(msg).source == "plain"


def test_absurd_nesting_falls_back() -> None:
    body = "Content-Type: text/plain\r\n\r\n#12 green\r\n"
    for level in range(1500):
        body = (
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n'
            f"--b{level}\r\n{body}\r\n--b{level}--\r\n"
        )
    msg = decode.parse(b"From: a@example.com\r\n" + body.encode())
    result = decode.body_text(msg)
    assert result.source in ("none", "plain")
    assert result.problems


def test_missing_headers_and_garbage() -> None:
    for raw in (b"", b"\x00\xff\xfe", b"no headers at all", b":\r\n\r\n", b"From:\r\n\r\nx"):
        msg = decode.parse(raw)
        assert decode.addresses(msg, "From") == []
        decode.body_text(msg)


# --- addresses and ids ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ann <Ann@Example.COM>", ["ann@example.com"]),
        ('"Smith, John" <j@x.org>, k@y.org', ["j@x.org", "k@y.org"]),
        ("=?utf-8?q?Zo=C3=AB?= <zoe@example.com>", ["zoe@example.com"]),
        ("<<broken@@ junk>>, ok@example.com", ["ok@example.com"]),
        ("undisclosed-recipients:;", []),
        ("", []),
        ("a@b.example (comment) ", ["a@b.example"]),
    ],
)
def test_addresses(value: str, expected: list[str]) -> None:
    msg = decode.parse(f"To: {value}\r\n\r\nx".encode())
    assert decode.addresses(msg, "To") == expected


def test_addresses_over_repeated_headers() -> None:
    raw = b"Delivered-To: A@x.org\r\nDelivered-To: b@x.org\r\nDelivered-To: a@x.org\r\n\r\n"
    assert decode.addresses(decode.parse(raw), "Delivered-To") == ["a@x.org", "b@x.org"]
    assert decode.addresses(decode.parse(raw), "X-Original-To") == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<a@b>", ["<a@b>"]),
        ("<a@b> <c@d>\r\n <e@f>", ["<a@b>", "<c@d>", "<e@f>"]),
        ("(comment) <a@b> junk, <a@b>", ["<a@b>"]),
        ("bare@id.example", ["<bare@id.example>"]),
        ("<a@b", ["<a@b>"]),  # a truncated id is still read
        ("", []),
        (
            "<form.0123456789abcdef01234567@flagpost.example>",
            ["<form.0123456789abcdef01234567@flagpost.example>"],
        ),
    ],
)
def test_message_ids(value: str, expected: list[str]) -> None:
    msg = decode.parse(f"References: {value}\r\n\r\nx".encode())
    assert decode.message_ids(msg, "References") == expected


# --- fuzz ----------------------------------------------------------------------------------


def _read_everything(raw: bytes) -> None:
    msg = decode.parse(raw)
    body = decode.body_text(msg)
    assert isinstance(body.text, str)
    assert body.source in ("plain", "html", "none")
    for name in ("From", "To", "Cc", "Delivered-To"):
        decode.addresses(msg, name)
    for name in ("Message-ID", "In-Reply-To", "References"):
        decode.message_ids(msg, name)
    decode.header(msg, "Subject")
    result = classify(msg, "flagpost.example", lambda ids: bool(ids))
    assert result.kind in ("person", "auto_reply", "bounce", "loop")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_fuzz_arbitrary_bytes(raw: bytes) -> None:
    _read_everything(raw)


CORPUS_FILES = sorted(CORPUS.glob("*.eml"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(CORPUS_FILES),
    st.lists(
        st.tuples(
            st.sampled_from(["flip", "cut", "insert", "delete", "duplicate"]),
            st.floats(min_value=0, max_value=1),
            st.binary(min_size=1, max_size=40),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_fuzz_mutated_corpus(path: Path, mutations: list) -> None:
    data = bytearray(path.read_bytes())
    for action, where, chunk in mutations:
        at = int(where * len(data)) if data else 0
        if action == "flip" and data:
            data[min(at, len(data) - 1)] ^= chunk[0] or 0x80
        elif action == "cut":
            del data[at:]
        elif action == "insert":
            data[at:at] = chunk
        elif action == "delete":
            del data[at : at + len(chunk)]
        elif action == "duplicate":
            data[at:at] = data[at : at + 200]
    _read_everything(bytes(data))


def test_mutated_structural_tokens() -> None:
    """Deterministic damage to what MIME relies on: boundaries, headers, encodings."""
    rng = random.Random(47)
    tokens = [
        b"--",
        b"\r\n\r\n",
        b"boundary=",
        b"charset=",
        b"Content-Type:",
        b"=?",
        b"?=",
        b"<",
        b">",
    ]
    for path in CORPUS_FILES:
        raw = path.read_bytes()
        for _ in range(20):
            data = bytearray(raw)
            token = rng.choice(tokens)
            at = rng.randrange(len(data) + 1)
            data[at:at] = token * rng.randint(1, 5)
            _read_everything(bytes(data))


def test_parse_accepts_an_email_message_source() -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.com"
    msg.set_content(REPLY)
    assert decode.body_text(decode.parse(msg.as_bytes())).text == REPLY + "\n"
