"""The reply grammar: naming key results, flags, scores, notes and commands."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okr.replies.understand import FormEntry, understand

TODAY = date(2026, 11, 19)
ENTRIES = [
    FormEntry("#12", "Sign 5 design partners"),
    FormEntry("#13", "Ship the beta"),
    FormEntry("#14", "Hire two engineers"),
]


def read(text: str, entries=ENTRIES):
    return understand(text, entries, TODAY)


def flags(result) -> dict[str, tuple]:
    return {a.ref: (a.status, a.score, a.note) for a in result.items}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#12 green - signed 4 of 5", ("green", None, "signed 4 of 5")),
        (
            "#12 red 0.3 - vendor slipped, need a decision",
            ("red", 0.3, "vendor slipped, need a decision"),
        ),
        (
            "#12 yellow 70% at risk, waiting for legal",
            ("yellow", 0.7, "at risk, waiting for legal"),
        ),
        ("12: amber", ("yellow", None, "")),
        ("KR 12 G", ("green", None, "")),
        ("KR12 - R - blocked by legal", ("red", None, "blocked by legal")),
        ("#12 🔴 vendor slipped", ("red", None, "vendor slipped")),
        ("#12 🟡", ("yellow", None, "")),
        ("#12 🟢 fine", ("green", None, "fine")),
        ("#12 on track", ("green", None, "")),
        ("#12 at risk: legal is slow", ("yellow", None, "legal is slow")),
        ("#12 off track", ("red", None, "")),
        ("#12 blocked on the vendor", ("red", None, "on the vendor")),
        ("#12 behind by two weeks", ("red", None, "by two weeks")),
        ("#12 GREEN", ("green", None, "")),
        ("#12 0.8 green", ("green", 0.8, "")),
        ("#12 green (0.9)", ("green", 0.9, "")),
        ("- #12 green", ("green", None, "")),
        ("**#12** green", ("green", None, "")),
        ("#12 shipped", ("done", None, "")),
        ("#12 done - all five signed", ("done", None, "all five signed")),
        ("Sign 5 design partners: green, 4 signed", ("green", None, "4 signed")),
        ("sign 5 design - yellow", ("yellow", None, "")),
    ],
)
def test_one_line_per_key_result(line, expected):
    result = read(line)
    assert flags(result) == {"#12": expected}
    assert result.unmatched == []


def test_several_lines_and_note_continuation():
    result = read(
        "#12 green - signed 4 of 5\n"
        "the fifth signs Monday\n"
        "#13 red - QA found a data-loss bug\n\n"
        "we need two more days\n"
        "#14 yellow"
    )
    assert flags(result) == {
        "#12": ("green", None, "signed 4 of 5\nthe fifth signs Monday"),
        "#13": ("red", None, "QA found a data-loss bug\nwe need two more days"),
        "#14": ("yellow", None, ""),
    }


def test_a_time_of_day_at_the_start_of_a_line_is_not_a_reference():
    result = read("#12 green - call at\n12:30 with the vendor, all fine\n13:00 red went well")
    assert flags(result) == {
        "#12": ("green", None, "call at\n12:30 with the vendor, all fine\n13:00 red went well")
    }
    assert result.unmatched == []
    assert flags(read("13: red - slipped")) == {"#13": ("red", None, "slipped")}
    assert flags(read("13) red")) == {"#13": ("red", None, "")}


def test_unmentioned_key_results_stay_missing():
    assert set(flags(read("#12 green"))) == {"#12"}


def test_all_green_fills_only_the_unnamed():
    result = read("#13 red - slipped\nall green")
    assert flags(result) == {
        "#12": ("green", None, ""),
        "#13": ("red", None, "slipped"),
        "#14": ("green", None, ""),
    }


def test_everything_on_track():
    assert {a.status for a in read("Everything on track").items} == {"green"}
    assert len(read("everything green").items) == 3


def test_by_order_when_one_flag_per_line_for_each_key_result():
    result = read("green\nred - vendor slipped\nyellow")
    assert flags(result) == {
        "#12": ("green", None, ""),
        "#13": ("red", None, "vendor slipped"),
        "#14": ("yellow", None, ""),
    }


def test_unnamed_flags_are_not_guessed_when_counts_differ():
    result = read("green\nred")
    assert result.items == []
    assert len(result.unmatched) == 2 and "which key result" in result.unmatched[0]


def test_inline_answers_under_quoted_lines():
    text = (
        "> #12 Sign 5 design partners\n"
        "> Due 15 Dec 2026, due in 26 days.\n"
        "> Last week: [YELLOW] 3 of 5 signed\n"
        "green, signed 4\n"
        "> #13 Ship the beta\n"
        "> Last week: [GREEN]\n"
        "R - QA found a bug\n"
        "fix by Monday\n"
    )
    result = read(text)
    assert flags(result) == {
        "#12": ("green", None, "signed 4"),
        "#13": ("red", None, "QA found a bug\nfix by Monday"),
    }


def test_a_flag_only_in_the_quote_is_never_read():
    text = "Thanks, will answer tomorrow\n\n> #12 Sign 5 design partners\n> Last week: [RED] vendor"
    result = read(text)
    assert result.items == []


def test_drop_needs_and_keeps_a_reason():
    result = read("#13 drop - the partner program was cancelled")
    assert [(c.kind, c.ref, c.value) for c in result.commands] == [
        ("drop", "#13", "the partner program was cancelled")
    ]
    refused = read("#13 drop")
    assert refused.commands == [] and "say why #13 is dropped" in refused.unmatched[0]


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("#12 due 2026-12-15", "2026-12-15"),
        ("#12 new date Dec 15", "2026-12-15"),
        ("#12 red - vendor slipped, new date 15 January", "2027-01-15"),
        ("#12 yellow - moved to 2027-01-10", "2027-01-10"),
    ],
)
def test_due_date_changes(line, due):
    result = read(line)
    assert [(c.kind, c.ref, c.value) for c in result.commands] == [("due", "#12", due)]


def test_due_keeps_the_flag_of_the_same_line():
    result = read("#12 red - vendor slipped, new date 15 January")
    assert flags(result)["#12"][0] == "red"


def test_away_until():
    result = read("away until 2026-12-01")
    assert [(c.kind, c.value) for c in result.commands] == [("away", "2026-12-01")]


def test_unknown_ref_is_reported_not_recorded():
    result = read("#99 green")
    assert result.items == []
    assert "#99 is not one of the key results" in result.unmatched[0]


def test_ref_without_flag_is_reported():
    result = read("#12 still waiting on legal")
    assert result.items == []
    assert "no flag for #12" in result.unmatched[0]


def test_greeting_and_sign_off_are_not_unmatched():
    result = read("Hi team,\n#12 green\nThanks,\nDana")
    assert flags(result) == {"#12": ("green", None, "")}
    assert result.unmatched == []


def test_words_inside_prose_are_not_flags():
    result = read("I agree with the greenfield plan")
    assert result.items == [] and result.unmatched == ["I agree with the greenfield plan"]


def test_score_out_of_range_is_not_a_score():
    assert flags(read("#12 green 150%"))["#12"] == ("green", None, "150%")


def test_latest_line_for_the_same_key_result_wins():
    assert flags(read("#12 green\n#12 red - actually no"))["#12"] == ("red", None, "actually no")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises(text):
    result = read(text)
    assert all(a.ref in {"#12", "#13", "#14"} for a in result.items)


@pytest.mark.parametrize("closing", ["Ann", "Ann Example", "- Ann", "Grüße, Ann", "Thanks, Ann"])
def test_the_senders_signature_is_not_part_of_the_note(closing):
    result = understand(
        f"#12 red - vendor slipped\n{closing}", ENTRIES, TODAY, ("Ann Example", "Ann")
    )
    assert flags(result) == {"#12": ("red", None, "vendor slipped")}


def test_a_line_starting_like_a_sign_off_is_still_a_note():
    result = read("#12 red - vendor slipped\nBest case we ship Monday")
    assert flags(result)["#12"][2] == "vendor slipped\nBest case we ship Monday"
