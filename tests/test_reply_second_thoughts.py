"""A note that takes its own flag back (issue 12): the head says one colour and the note,
after a turn of phrase, another of now. Nothing is recorded and the confirmation asks."""

from __future__ import annotations

from datetime import date

import pytest

from okr.replies.second_thoughts import second_thought
from okr.replies.understand import FormEntry, understand

THURSDAY = date(2026, 11, 19)
ENTRIES = [
    FormEntry("#12", "Sign 5 design partners"),
    FormEntry("#13", "Ship the beta"),
    FormEntry("#14", "Hire two engineers"),
]


def outcome(text: str) -> tuple[dict[str, str], dict[str, str], set[str]]:
    read = understand(text, ENTRIES, THURSDAY)
    asked = {ref: a.reason for a in read.ambiguous for ref in a.refs}
    closed = {c.ref for c in read.commands if c.kind in ("done", "drop") and c.ref}
    return {a.ref: a.status for a in read.items}, asked, closed


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("#12 fine. Well, not really: yellow", "it says green, then yellow"),
        ("#12 green... or rather yellow", "it says green, then yellow"),
        ("#12 green, or is it yellow?", "it says green, then yellow"),
        ("#12 green, though legal says red", "it says green, then red"),
        ("#12 on schedule, but the vendor is at risk", "it says green, then yellow"),
        ("#12 grün, aber der Lieferant ist rot", "it says green, then red"),
        ("#12 vert, sauf la partie juridique qui est rouge", "it says green, then red"),
        ("#12 зелёный, но поставщик красный", "it says green, then red"),
        ("#12 green but slipping", "it says green, then slipping"),
    ],
)
def test_a_colour_taken_back_in_the_note_is_asked(line: str, reason: str) -> None:
    recorded, asked, _ = outcome(line)
    assert "#12" not in recorded
    assert asked["#12"] == reason


def test_a_done_taken_back_closes_nothing() -> None:
    recorded, asked, closed = outcome("#12 done, actually no, still yellow")
    assert (recorded, closed) == ({}, set())
    assert asked["#12"] == "it says done, then yellow"


@pytest.mark.parametrize(
    ("line", "flag"),
    [
        ("#12 yellow - but should be green by Friday", "yellow"),
        ("#12 yellow, but could go red", "yellow"),
        ("#12 green - but was red last week", "green"),
        ("#12 grün, war letzte Woche noch gelb", "green"),
        ("#12 yellow - still not red", "yellow"),
        ("#12 green - the red alerts are down to 2", "green"),
        ("#12 green - Red Bull signed, but Red Hat is slow", "green"),
        ("#12 red - vendor late again", "red"),
        ("#12 red, and the vendor is still red too", "red"),
    ],
)
def test_a_later_colour_of_another_time_or_a_name_leaves_the_flag(line: str, flag: str) -> None:
    recorded, asked, _ = outcome(line)
    assert (recorded, asked) == ({"#12": flag}, {})


def test_a_correction_the_grammar_reads_still_wins() -> None:
    assert outcome("#12 green, no wait, red")[0] == {"#12": "red"}


def test_each_line_of_a_note_is_read() -> None:
    assert second_thought(["vendor signed", "but legal is red"], "green") == (
        "it says green, then red"
    )
    assert second_thought(["vendor signed", "legal was red"], "green") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("#12 green - red", "it says green, then red"),
        ("#12 on track: red, vendor slipped", "it says green, then red"),
        ("#14 blocked - green", "it says red, then green"),
        ("#12 grün – rot", "it says green, then red"),
        ("#12 🟢 - 🔴", "it says green, then red"),
    ],
)
def test_a_note_that_opens_with_another_colour_is_asked(line: str, reason: str) -> None:
    recorded, asked, _ = outcome(line)
    assert recorded == {}
    assert asked == {line.split()[0]: reason}


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("#12 green - red alerts down to 2", "red alerts down to 2"),
        ("#12 yellow - red last week", "red last week"),
        ("#12 green - 🟢", ""),
    ],
)
def test_an_opening_colour_naming_a_thing_or_another_time_keeps_the_flag(
    line: str, note: str
) -> None:
    read = understand(line, ENTRIES, THURSDAY)
    assert read.ambiguous == []
    assert [(a.ref, a.note) for a in read.items] == [("#12", note)]


def test_a_status_phrase_after_the_number_is_the_flag_though_the_title_starts_with_it() -> None:
    entries = [FormEntry("#42", "At-risk accounts reviewed weekly")]
    read = understand("#42 at risk - sales wants yet another version", entries, THURSDAY)
    assert [(a.ref, a.status, a.note) for a in read.items] == [
        ("#42", "yellow", "sales wants yet another version")
    ]
    read = understand("#42 At-risk accounts: green", entries, THURSDAY)
    assert [(a.ref, a.status) for a in read.items] == [("#42", "green")]


@pytest.mark.parametrize(
    "line",
    [
        "#12 green (not really)",
        "#12 green, I wish",
        "#12 green on paper",
        "#12 green, but not really",
        "#12 grün, aber nicht wirklich",
        "#12 зелёный, но не совсем",
        "#12 done - but not really",
        "#12 green in theory, red in practice",
        "#12 green - truth is, red",
    ],
)
def test_a_flag_taken_back_without_another_colour_is_asked(line: str) -> None:
    recorded, asked, closed = outcome(line)
    assert (recorded, closed) == ({}, set())
    assert set(asked) == {"#12"}


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("#12 green, not red", "not red"),
        ("#12 red, not really a surprise", "not really a surprise"),
        ("#12 green - in theory the last one signs Friday", "in theory the last one signs Friday"),
        ("#12 green - really green, all five signed", "really green, all five signed"),
    ],
)
def test_the_same_words_in_a_note_that_keeps_its_flag(line: str, note: str) -> None:
    read = understand(line, ENTRIES, THURSDAY)
    assert read.ambiguous == []
    assert [(a.ref, a.note) for a in read.items] == [("#12", note)]


@pytest.mark.parametrize("line", ["#12 done, right?", "#12 green, right?", "#12 grün, oder?"])
def test_a_question_put_back_after_the_flag_is_asked(line: str) -> None:
    recorded, asked, closed = outcome(line)
    assert (recorded, closed) == ({}, set())
    assert asked["#12"].startswith("it asks")


def test_a_question_about_something_else_keeps_the_done() -> None:
    assert outcome("#12 done - can we talk about next quarter?")[2] == {"#12"}
