"""Round 7 of the reply grammar (issue 12): done with a past day, bare numbers with a
letter, lines naming another key result, titles sharing the part before a colon."""

from __future__ import annotations

from datetime import date

import pytest

from okr.replies.understand import FormEntry, understand

THURSDAY, MONDAY = date(2026, 11, 19), date(2026, 11, 16)
ENTRIES = [
    FormEntry("#12", "Sign 5 design partners"),
    FormEntry("#13", "Ship the beta"),
    FormEntry("#14", "Hire two engineers"),
]


def done(text: str, today: date = THURSDAY) -> set[tuple[str | None, str]]:
    return {(c.ref, c.value) for c in understand(text, ENTRIES, today).commands if c.kind == "done"}


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("#12 erledigt am Mittwoch", "am Mittwoch"),
        ("#12 shipped on Wednesday, all good", "on Wednesday, all good"),
        ("#12 klart i fredags", "i fredags"),
        ("#12 livré mardi dernier", "mardi dernier"),
    ],
)
def test_a_past_day_after_a_done_word_is_done(line: str, note: str) -> None:
    assert done(line) == {("#12", note)}


def test_a_weekday_counts_as_past_only_up_to_the_replys_own_weekday() -> None:
    assert done("#12 erledigt am Mittwoch", today=MONDAY) == set()  # Wednesday is to come
    assert done("#12 terminé vendredi") == set()
    assert done("#12 klart i fredags", today=MONDAY) == {("#12", "i fredags")}  # past by form
    assert done("#12 fertig am Montag?") == set()


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("#12 erledigt alle Konten umgezogen", "alle Konten umgezogen"),
        ("#12 完成 合同已签", "合同已签"),
    ],
)
def test_a_done_words_note_after_a_space(line: str, note: str) -> None:
    assert done(line) == {("#12", note)}


@pytest.mark.parametrize(
    "line",
    [
        "#12 fertig mit der Migration",
        "#12 klaar met testen, live volgende week",
        "#12 klaar op vrijdag",
    ],
)
def test_a_done_word_followed_by_a_phrase_is_not_done(line: str) -> None:
    assert done(line) == set()


def test_a_line_starting_with_another_key_results_number_is_never_the_note_above() -> None:
    result = understand("#12 green - fine\n13 waiting for the board", ENTRIES, THURSDAY)
    assert [(a.ref, a.note) for a in result.items] == [("#12", "fine")]
    assert any("#13" in line for line in result.unmatched)


def test_a_capital_letter_flag_then_a_note_after_a_number() -> None:
    result = understand("13 R need an exec call\n14 A lot left", ENTRIES, THURSDAY)
    assert [(a.ref, a.status, a.note) for a in result.items] == [
        ("#13", "red", "need an exec call")
    ]


def test_but_still_names_the_flag_of_now() -> None:
    result = understand("#12 behind, but still yellow", ENTRIES, THURSDAY)
    assert [(a.ref, a.status) for a in result.items] == [("#12", "yellow")]


def test_titles_sharing_the_part_before_a_colon_are_asked_which() -> None:
    entries = [
        FormEntry("#51", "Reliability: uptime 99.9%"),
        FormEntry("#52", "Reliability: on-call load"),
    ]
    result = understand("Reliability: red", entries, THURSDAY)
    assert result.items == [] and result.unmatched == []
    assert [a.refs for a in result.ambiguous] == [("#51", "#52")]
    assert "#51 and #52" in result.ambiguous[0].reason


def test_a_colour_but_another_colour_is_asked() -> None:
    result = understand("#12 green but at risk\n#13 green but slipping", ENTRIES, THURSDAY)
    assert result.items == []
    assert [a.refs for a in result.ambiguous] == [("#12",), ("#13",)]


def test_a_done_with_a_past_day_is_never_the_note_of_a_long_line_above() -> None:
    text = "All green except #12 and #13, which are yellow\n#14 shipped on Monday - both signed"
    result = understand(text, ENTRIES, THURSDAY)
    assert {a.ref: a.note for a in result.items} == {"#12": "", "#13": ""}
    assert done(text) == {("#14", "on Monday - both signed")}


def test_a_hoped_for_done_is_not_done() -> None:
    assert done("#12 erledigt, hoffentlich") == set()


def asked(text: str) -> set[str]:
    return {ref for a in understand(text, ENTRIES, THURSDAY).ambiguous for ref in a.refs}


@pytest.mark.parametrize(
    "line",
    [
        "#12 completed 3 of 5 steps",
        "#12 completed 60%",
        "#12 shipped 2 of 3 features",
        "#12 done - 3 of 5 signed, the rest next quarter",
        "#12 done, only 4 of 5",
        "#12 done, apart from legal",
        "#12 erledigt: 3 von 5",
        "#12 erledigt, bis auf den Vertrag",
        "#12 terminé à 80 %",
        "#12 hecho, salvo el contrato",
        "#12 klaar, 3 van de 5",
        "#12 готово, кроме договора",
    ],
)
def test_done_with_only_part_of_the_work_is_asked_and_closes_nothing(line: str) -> None:
    assert done(line) == set()
    assert asked(line) == {"#12"}


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("#12 done 5 of 5", "5 of 5"),
        ("#12 done - all 5 signed", "all 5 signed"),
        ("#12 done, 5/5", "5/5"),
        ("#12 done 100%", ""),
        ("#12 done - signed 4 of 5, the fifth dropped out", "signed 4 of 5, the fifth dropped out"),
    ],
)
def test_done_with_the_whole_work_still_closes(line: str, note: str) -> None:
    assert done(line) == {("#12", note)}
