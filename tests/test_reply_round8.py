"""Round 8 of the reply grammar (issue 12): blankets in other words, exception clauses with
a pronoun or "both", a colour after a negated status, drop as a verb clause, done closing a
sentence, and "the rest is unchanged" under an answer."""

from __future__ import annotations

from datetime import date

import pytest

from okr.replies.understand import FormEntry, understand

THURSDAY = date(2026, 11, 19)
ENTRIES = [
    FormEntry("#12", "Sign 5 design partners"),
    FormEntry("#13", "Ship the beta"),
    FormEntry("#14", "Hire two engineers"),
]


def flags(text: str) -> dict[str, str]:
    return {a.ref: a.status for a in understand(text, ENTRIES, THURSDAY).items}


def commands(text: str) -> set[tuple[str, str | None, str]]:
    return {(c.kind, c.ref, c.value) for c in understand(text, ENTRIES, THURSDAY).commands}


ALL_GREEN = {"#12": "green", "#13": "green", "#14": "green"}


@pytest.mark.parametrize(
    "line",
    ["Tout va bien", "Alles bestens diese Woche", "Tudo certo por aqui", "Всё в порядке",
     "都是绿色", "We're all green this week", "Alles op groen", "すべて順調です"],
)  # fmt: skip
def test_a_blanket_in_other_words_is_green_for_all(line: str) -> None:
    assert flags(line) == ALL_GREEN


@pytest.mark.parametrize(
    "line", ["Todo bien, creo", "Not all good this week", "Не всё в порядке", "Tout ne va pas bien"]
)
def test_a_hedged_or_negated_blanket_records_nothing(line: str) -> None:
    assert flags(line) == {}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Alles grün bis auf #13 – da sind wir rot", {"#12": "green", "#13": "red", "#14": "green"}),  # noqa: E501
        ("Всё в порядке, кроме #13 — он красный", {"#12": "green", "#13": "red", "#14": "green"}),
        ("Alles groen behalve #13 en #14, die staan allebei op rood",
         {"#12": "green", "#13": "red", "#14": "red"}),
    ],
)  # fmt: skip
def test_an_exceptions_flag_in_a_trailing_clause(line: str, want: dict[str, str]) -> None:
    assert flags(line) == want


def test_we_re_all_before_another_word_than_green_is_no_blanket() -> None:
    assert flags("We're all behind on this") == {}


def test_an_exception_clause_that_asks_leaves_it_unrecorded() -> None:
    got = flags("Всё в порядке, кроме #13 — он красный?")
    assert "#13" not in got and got["#12"] == "green"


@pytest.mark.parametrize(
    ("line", "colour"),
    [("#12 not on plan: yellow", "yellow"), ("#12 nicht im Plan – rot", "red"),
     ("#12 no va según lo previsto: rojo", "red"), ("#12 late and red", "red"),
     ("#12 verspätet und rot", "red"), ("#12 sieht gut aus", "green"),
     ("#12 всё по плану", "green")],
)  # fmt: skip
def test_a_colour_said_plainly_after_a_status(line: str, colour: str) -> None:
    assert flags(line) == {"#12": colour}


@pytest.mark.parametrize(
    "line",
    ["#12 not on plan: yellow or red", "#12 late and maybe red", "#12 late and green",
     "#12 not on track: green", "#12 sieht nicht gut aus"],
)  # fmt: skip
def test_an_unclear_colour_after_a_status_is_not_recorded(line: str) -> None:
    assert flags(line) == {}


@pytest.mark.parametrize(
    ("line", "reason"),
    [("#12 das lassen wir – kein Budget mehr", "kein Budget mehr"),
     ("#12 отменяем – нет бюджета", "нет бюджета"), ("#12 我们放弃了 – 没有预算", "没有预算")],
)  # fmt: skip
def test_drop_said_as_a_verb_clause(line: str, reason: str) -> None:
    assert commands(line) == {("drop", "#12", reason)}


@pytest.mark.parametrize(
    "line",
    ["#12 das lassen wir so – passt", "#12 lo dejamos? sin presupuesto",
     "#12 maybe we drop it – no budget", "#12 das lassen wir vielleicht – kein Budget",
     "#12 lo dejamos – por ahora", "#12 das lassen wir – vielleicht nächste Woche"],
)  # fmt: skip
def test_no_drop_on_a_hedge_a_question_or_a_phrase(line: str) -> None:
    assert not {c for c in commands(line) if c[0] == "drop"}


@pytest.mark.parametrize(
    ("line", "note"),
    [("#14 both hires started on Monday, so this one is done.", "both hires started on Monday"),
     ("#12 alle Verträge sind unterschrieben, damit ist es erledigt",
      "alle Verträge sind unterschrieben"),
     ("#12 le dernier partenaire a signé, donc c'est terminé", "le dernier partenaire a signé")],
)  # fmt: skip
def test_done_closing_a_sentence(line: str, note: str) -> None:
    assert {c for c in commands(line) if c[0] == "done"} == {("done", line[:3], note)}


@pytest.mark.parametrize(
    "line",
    ["#14 second hire starts Monday, so it should be done soon",
     "#12 last partner signs Friday, then it will be done",
     "#12 the last partner signed yesterday – is that done?",
     "#12 noch ein Vertrag offen, dann ist es erledigt",
     "#12 not all signed, so that's done"],
)  # fmt: skip
def test_no_done_when_the_sentence_is_future_hedged_or_a_question(line: str) -> None:
    assert not {c for c in commands(line) if c[0] == "done"}


def test_we_re_good_closing_an_answer_is_green_with_the_sentence_as_note() -> None:
    items = understand("#12 signed four, we're good", ENTRIES, THURSDAY).items
    assert [(a.ref, a.status, a.note) for a in items] == [("#12", "green", "signed four")]


@pytest.mark.parametrize(
    "remark",
    ["The rest is unchanged from last week.", "Reszta bez zmian.", "Resten är som förra veckan."],
)
def test_the_rest_unchanged_is_no_note_and_records_nothing_else(remark: str) -> None:
    items = understand(f"#13 red - vendor slipped\n{remark}", ENTRIES, THURSDAY).items
    assert [(a.ref, a.status, a.note) for a in items] == [("#13", "red", "vendor slipped")]
