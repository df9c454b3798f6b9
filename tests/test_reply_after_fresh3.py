"""The classes the third fresh held-out batch missed (issue 12), with their near-misses:
a colour opening the note with words after it, a modal future colour, "still" and
"Status:" in more languages, and "no problems"."""

from __future__ import annotations

from datetime import date

import pytest

from okr.replies.understand import FormEntry, understand

THURSDAY = date(2026, 11, 19)
ENTRIES = [
    FormEntry("#12", "Sign 5 design partners"),
    FormEntry("#13", "Cut blocked deploys by half"),
]


def read(line: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    result = understand(line, ENTRIES, THURSDAY)
    asked = [ref for a in result.ambiguous for ref in a.refs]
    return [(a.ref, a.status, a.note) for a in result.items], asked


@pytest.mark.parametrize(
    "line",
    ["#12 green - red on the legal side", "#12 verde - rojo en la parte legal",
     "#12 green - blocked by procurement"],
)  # fmt: skip
def test_a_colour_opening_the_note_with_words_after_it_is_asked(line: str) -> None:
    assert read(line) == ([], ["#12"])


def test_words_of_the_key_results_own_title_opening_the_note_keep_the_flag() -> None:
    assert read("#13 green - blocked deploys halved") == (
        [("#13", "green", "blocked deploys halved")],
        [],
    )


@pytest.mark.parametrize(
    ("line", "status"),
    [("#12 yellow - should be green by the 18th", "yellow"),
     ("#12 red - could be yellow once the offer is signed", "red")],
)  # fmt: skip
def test_a_modal_future_colour_is_the_note(line: str, status: str) -> None:
    (answer,), asked = read(line)
    assert (answer[1], asked) == (status, [])


@pytest.mark.parametrize(
    "line", ["#12 yellow - should be green", "#12 green, probably red by Friday"]
)
def test_a_modal_or_hedged_colour_without_a_later_time_is_asked(line: str) -> None:
    assert read(line) == ([], ["#12"])


@pytest.mark.parametrize(
    ("line", "status"),
    [("#12 stadig rød", "red"), ("#12 还是黄色", "yellow"), ("#12 hâlâ sarı", "yellow"),
     ("#12 Durum: kırmızı", "red"), ("#12 Статус: зелёный", "green"), ("#12 状态：黄色", "yellow"),
     ("#12 no issues", "green"), ("#12 問題ありません", "green"), ("#12 rien à signaler", "green")],
)  # fmt: skip
def test_still_status_labels_and_no_problems_in_more_languages(line: str, status: str) -> None:
    assert [(ref, flag) for ref, flag, _ in read(line)[0]] == [("#12", status)]


def test_no_problems_inside_a_sentence_is_not_green() -> None:
    assert read("#12 no issues with legal, but the vendor is late")[0] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [("1月20日", date(2027, 1, 20)), ("2027年3月1日", date(2027, 3, 1)),
     ("12月18号", date(2026, 12, 18)), ("2月30日", None)],
)  # fmt: skip
def test_a_chinese_or_japanese_date(text: str, day: date | None) -> None:
    from okr.replies.dates import parse_date

    found = parse_date(text, THURSDAY)
    assert (found[0] if found else None) == day


def test_a_new_date_and_a_drop_in_more_languages() -> None:
    result = understand(
        "#12 延期到1月20日\n#13 vi lägger ner det – ingen budget", ENTRIES, THURSDAY
    )
    assert {(c.kind, c.ref) for c in result.commands} == {("due", "#12"), ("drop", "#13")}


def test_a_key_result_in_a_wrapped_exception_list_is_never_the_blankets() -> None:
    text = "All on track except #12 (red, the vendor) and #13,\nwhich moves to Jan 20."
    result = understand(text, [*ENTRIES, FormEntry("#14", "Hire two")], THURSDAY)
    assert {(a.ref, a.status) for a in result.items} == {("#12", "red"), ("#14", "green")}
    assert [ref for a in result.ambiguous for ref in a.refs] == ["#13"]


def test_a_take_back_followed_by_more_of_the_sentence_is_asked() -> None:
    assert read("#12 green - well, not really, nobody starts before January") == ([], ["#12"])
