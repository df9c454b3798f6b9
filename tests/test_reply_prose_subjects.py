"""Managers' prose after the sixth fresh batch (issue 12): a key result named as the subject
of its sentence with its reference in brackets, or concluded by a remark ("…, so #13 is
green"), is read with the rule that says so; a condition, negation, hedge or a colour it
has left is asked, never recorded; a negated colour is never that colour, and the plain colour
that concludes it counts ("kırmızı değil, sarı")."""

from __future__ import annotations

from datetime import date

import pytest

from okr.replies.understand import FormEntry, understand

THURSDAY = date(2026, 11, 19)
ENTRIES = [
    FormEntry("#12", "Sign 5 design partners"),
    FormEntry("#13", "Ship the beta"),
    FormEntry("#21", "Reduce red alerts to under 5 a week"),
]


@pytest.mark.parametrize(
    ("line", "flag", "note"),
    [("Design partners (#12): green. The fourth signed on Tuesday.", "green",
      "The fourth signed on Tuesday."),
     ("The beta (#13) is still red because the vendor slipped.", "red",
      "because the vendor slipped."),
     ("Red alerts (#21) are still red because the pager load has not moved.", "red",
      "because the pager load has not moved."),
     ("The vendor signed on Tuesday, so #13 is finally green - first this quarter", "green",
      "first this quarter")],
)  # fmt: skip
def test_a_key_result_named_in_prose_is_read_with_its_rule(line: str, flag: str, note: str):
    result = understand(line, ENTRIES, THURSDAY)
    assert [(a.status, a.note) for a in result.items] == [(flag, note)]
    assert result.items[0].source is not None
    assert result.items[0].source.rule == "ref-in-prose"


@pytest.mark.parametrize(
    "line",
    ["If the beta (#13) is green by Friday we ship on Monday.",
     "The beta (#13) could be green by Friday.",
     "The beta (#13) is far from green.",
     "The beta (#13) is out of the red now.",
     "A beta (#13) saiu do amarelo.",
     "La beta (#13) è ancora lontana dal verde.",
     "QA found a crash, so #13 is no longer green.",
     "Not sure about QA, so #13 is probably yellow."],
)  # fmt: skip
def test_prose_that_does_not_give_the_colour_of_now_is_asked(line: str) -> None:
    result = understand(line, ENTRIES, THURSDAY)
    assert result.items == []
    assert [a.refs for a in result.ambiguous] == [("#13",)]
    assert result.ambiguous[0].reason.startswith("a line speaks of #13 without a clear flag")


def test_a_later_line_naming_another_key_result_in_brackets_is_not_the_note_above() -> None:
    text = "Design partners (#12): green, four of five signed.\nThe beta (#13) waits on QA."
    result = understand(text, ENTRIES, THURSDAY)
    assert [(a.ref, a.status, a.note) for a in result.items] == [
        ("#12", "green", "four of five signed.")
    ]
    assert "#13" not in result.items[0].note


@pytest.mark.parametrize(
    "line", ["#13 kırmızı değil", "#13 yeşil değil, QA bitmedi", "#13 緑ではない"]
)
def test_a_colour_negated_after_it_is_never_that_colour(line: str) -> None:
    result = understand(line, ENTRIES, THURSDAY)
    assert result.items == []
    assert [a.refs for a in result.ambiguous] == [("#13",)]


@pytest.mark.parametrize(
    ("line", "flag"),
    [("#13 kırmızı değil, sarı", "yellow"), ("#13 no longer red - yellow", "yellow"),
     ("#13 nicht mehr rot, aber auch noch nicht grün – sagen wir gelb.", "yellow"),
     ("#13 não está mais em risco, voltou para o verde.", "green")],
)  # fmt: skip
def test_the_colour_that_concludes_a_negation_is_the_flag(line: str, flag: str) -> None:
    result = understand(line, ENTRIES, THURSDAY)
    assert [(a.ref, a.status) for a in result.items] == [("#13", flag)]


@pytest.mark.parametrize(
    "line",
    ["#13 not red, maybe yellow", "#13 not red, but not green either",
     "#13 not green, red team found issues", "#13 not green: QA could fail, so red"],
)  # fmt: skip
def test_a_negation_without_a_plain_conclusion_is_asked(line: str) -> None:
    result = understand(line, ENTRIES, THURSDAY)
    assert result.items == [] and [a.refs for a in result.ambiguous] == [("#13",)]
