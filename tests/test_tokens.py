"""Signed reply tokens, and the one-click status page they open."""

from __future__ import annotations

import base64
import html
import re
import struct

import pytest

from okr import tokens
from okr.extensions import db
from okr.models import CheckIn
from tests.conftest import make_kr, make_person

SECRET = "test-secret-key-that-is-long-enough-0123456789"
WEEK = "2026-W47"  # the frozen clock's week
ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"


def read(token: str, current: str = WEEK, max_age: int = 4, secret: str = SECRET):
    return tokens.read(token, secret, current, max_age)


def _reason(token: str, **kwargs) -> str:
    with pytest.raises(tokens.BadToken) as caught:
        read(token, **kwargs)
    return str(caught.value)


# --- tokens.make / tokens.read ------------------------------------------------------------


@pytest.mark.parametrize(
    ("person_id", "week"), [(1, WEEK), (42, "2026-W01"), (2**32 - 1, "2026-W53"), (7, "2027-W52")]
)
def test_round_trip(person_id, week):
    token = tokens.make(person_id, week, SECRET)
    assert len(token) == tokens.TOKEN_LENGTH
    assert re.fullmatch(r"[a-z2-7]+", token)
    assert read(token, current=week) == tokens.ReplyToken(person_id, week)


def test_tokens_differ_by_person_week_and_secret():
    base = tokens.make(5, WEEK, SECRET)
    assert len({base, tokens.make(6, WEEK, SECRET), tokens.make(5, "2026-W46", SECRET)}) == 3
    assert tokens.make(5, WEEK, "another secret") != base


def test_any_case_is_accepted():
    """Some mail systems change the case of addresses; base32 does not care."""
    token = tokens.make(42, WEEK, SECRET)
    assert read(token.upper()).person_id == 42
    assert read(token[:10].upper() + token[10:]).person_id == 42
    assert read(f"  {token}\n").person_id == 42


def test_the_whole_local_part_fits_in_64_characters(app):
    from okr import addresses

    local = addresses.reply_address(2**32 - 1, "2026-W53").partition("@")[0]
    assert local.startswith("status+") and len(local) < 64
    assert len("status+" + "x" * tokens.TOKEN_LENGTH) < 64


@pytest.mark.parametrize("position", range(tokens.TOKEN_LENGTH))
def test_any_changed_character_is_rejected(position):
    token = tokens.make(42, WEEK, SECRET)
    for other in ALPHABET:
        if other == token[position]:
            continue
        forged = token[:position] + other + token[position + 1 :]
        with pytest.raises(tokens.BadToken, match="not signed by this Flagpost"):
            read(forged)


def test_a_token_of_another_secret_is_rejected():
    token = tokens.make(42, WEEK, "the secret of another Flagpost")
    assert _reason(token) == "the reply address token is not signed by this Flagpost"


def test_someone_elses_token_with_the_person_changed_is_rejected():
    token = tokens.make(42, WEEK, SECRET)
    raw = bytearray(base64.b32decode(token.upper() + "===="))
    struct.pack_into(">I", raw, 0, 43)  # claim to be person 43, keep the signature
    forged = base64.b32encode(bytes(raw)).decode().rstrip("=").lower()
    assert forged != token
    assert "not signed by this Flagpost" in _reason(forged)


def test_a_token_signed_for_an_impossible_week_is_rejected():
    body = struct.pack(">IHB", 42, 2026, 60)  # validly signed, but 2026 has no week 60
    raw = body + tokens._mac(SECRET, body)
    token = base64.b32encode(raw).decode().rstrip("=").lower()
    assert _reason(token) == "the reply address token names no real week"


def test_a_token_expires_after_reply_token_weeks():
    four_weeks_old = tokens.make(42, "2026-W43", SECRET)
    five_weeks_old = tokens.make(42, "2026-W42", SECRET)
    assert read(four_weeks_old, max_age=4).week == "2026-W43"
    assert _reason(five_weeks_old, max_age=4) == (
        "the reply address token is 5 weeks old; it expired after 4"
    )
    assert read(five_weeks_old, max_age=5).week == "2026-W42"
    # Across a year end, by calendar weeks, not by week numbers.
    assert read(tokens.make(1, "2026-W53", SECRET), current="2027-W04").week == "2026-W53"
    assert "5 weeks old" in _reason(tokens.make(1, "2026-W52", SECRET), current="2027-W04")


def test_a_token_for_a_future_week_is_rejected():
    assert _reason(tokens.make(42, "2026-W48", SECRET)) == (
        "the reply address token is for a future week"
    )


@pytest.mark.parametrize(
    "token",
    ["", "abc", tokens.make(42, WEEK, SECRET)[:-1], tokens.make(42, WEEK, SECRET) + "a"],
    ids=["empty", "short", "one-less", "one-more"],
)
def test_wrong_length_is_rejected(token):
    assert _reason(token) == "the reply address token has the wrong length"


@pytest.mark.parametrize("bad", ["0", "1", "8", "9", "!", "=", "é"])
def test_characters_outside_base32_are_rejected(bad):
    token = tokens.make(42, WEEK, SECRET)
    reason = _reason(bad + token[1:])
    assert reason in {
        "the reply address token is not valid base32",
        "the reply address token has the wrong length",
    }


# --- the one-click page /status/<token> ---------------------------------------------------


@pytest.fixture
def dana(app):
    person = make_person("dana@example.com", "Dana Scully")
    first = make_kr(person, "Sign 5 design partners")
    second = make_kr(person, "Ship the beta", objective="Launch")
    return person, first, second


def _page(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def _check_ins() -> list[CheckIn]:
    db.session.expire_all()
    return db.session.scalars(db.select(CheckIn).order_by(CheckIn.id)).all()


def _url(person, week: str = WEEK, secret: str = SECRET) -> str:
    return f"/status/{tokens.make(person.id, week, secret)}"


def test_opening_the_link_shows_the_form_and_records_nothing(client, dana):
    person, first, second = dana
    for _ in range(3):  # mail scanners open every link, sometimes more than once
        response = client.get(_url(person))
        assert response.status_code == 200
    page = _page(response)
    assert "Dana Scully: status for week 2026-W47" in page
    assert "Sign 5 design partners" in page and "Ship the beta" in page
    assert f'name="flag-{first.id}"' in page and f'name="score-{second.id}"' in page
    assert _check_ins() == []


def test_the_link_works_in_upper_case_too(client, dana):
    person, *_ = dana
    token = tokens.make(person.id, WEEK, SECRET)
    assert client.get(f"/status/{token.upper()}").status_code == 200


def test_posting_the_form_records_flags_notes_and_scores(client, dana):
    person, first, second = dana
    response = client.post(
        _url(person),
        data={
            f"flag-{first.id}": "yellow",
            f"score-{first.id}": "0.7",
            f"note-{first.id}": "3 of 5 signed",
            f"flag-{second.id}": "red",
            f"score-{second.id}": "70%",
        },
    )
    assert response.status_code == 302
    records = {c.key_result_id: c for c in _check_ins()}
    assert set(records) == {first.id, second.id}
    assert records[first.id].flag.value == "yellow"
    assert records[first.id].score == pytest.approx(0.7)
    assert records[first.id].note == "3 of 5 signed"
    assert records[second.id].flag.value == "red"
    assert records[second.id].score == pytest.approx(0.7)
    assert {c.week for c in records.values()} == {WEEK}
    assert {c.author_id for c in records.values()} == {person.id}
    page = _page(client.get(response.location))
    assert "Your status is recorded" in page


def test_a_key_result_left_blank_is_not_recorded(client, dana):
    person, first, second = dana
    response = client.post(_url(person), data={f"flag-{second.id}": "green"})
    assert response.status_code == 302
    assert [(c.key_result_id, c.flag.value, c.score) for c in _check_ins()] == [
        (second.id, "green", None)
    ]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"flag-A": "purple"}, "'purple' is not a flag; use red, yellow or green"),
        ({"flag-A": "green", "score-A": "lots"}, "'lots' is not a score; write 0.7 or 70%"),
        ({"flag-A": "green", "score-A": "150%"}, "a score is between 0 and 1"),
        ({"flag-A": "green", "score-A": "-0.2"}, "a score is between 0 and 1"),
        ({"note-A": "no flag chosen"}, "choose a flag for this key result"),
        ({}, "choose a flag for at least one key result"),
    ],
    ids=["bad-flag", "bad-score", "score-over-100%", "negative-score", "note-only", "empty"],
)
def test_bad_input_is_a_400_with_the_reason_and_records_nothing(client, dana, fields, message):
    person, first, second = dana
    data = {f"flag-{second.id}": "green"}  # a good answer beside the bad one: not kept either
    if fields:
        data.update({name.replace("A", str(first.id)): value for name, value in fields.items()})
    else:
        data = {}
    response = client.post(_url(person), data=data)
    assert response.status_code == 400
    page = _page(response)
    assert message in page
    assert "Traceback" not in page
    assert _check_ins() == []


@pytest.mark.parametrize(
    ("make_url", "reason"),
    [
        (lambda p: _url(p, secret="another secret"), "is not signed by this Flagpost"),
        (lambda p: _url(p)[:-3] + "aaa", "is not signed by this Flagpost"),
        (lambda p: _url(p, week="2026-W40"), "is 7 weeks old; it expired after 4"),
        (lambda p: _url(p, week="2026-W49"), "is for a future week"),
        (lambda p: _url(p) + "x", "has the wrong length"),
        (lambda p: "/status/" + "1" * tokens.TOKEN_LENGTH, "is not valid base32"),
    ],
    ids=["other-secret", "changed", "expired", "future", "too-long", "not-base32"],
)
def test_a_bad_link_is_a_404_page_with_the_reason(client, dana, make_url, reason):
    person, *_ = dana
    for method in (client.get, client.post):
        response = method(make_url(person), data={} if method is client.post else None)
        assert response.status_code == 404
        page = _page(response)
        assert f"This status link does not work: the reply address token {reason}" in page
        assert "Traceback" not in page
    assert _check_ins() == []


def test_a_link_of_someone_who_left_is_a_404(client, dana):
    person, *_ = dana
    person.active = False
    db.session.commit()
    response = client.get(_url(person))
    assert response.status_code == 404
    assert "belongs to nobody here any more" in _page(response)
