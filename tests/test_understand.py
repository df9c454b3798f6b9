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


# --- issue 12: never a wrong flag --------------------------------------------------------


def commands(result) -> set[tuple]:
    return {(c.kind, c.ref, c.value) for c in result.commands}


def asked(result) -> set[str]:
    return {ref for one in result.ambiguous for ref in one.refs}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#12 done", {("done", "#12", "")}),
        ("#12 shipped", {("done", "#12", "")}),
        ("#12 done - all five signed", {("done", "#12", "all five signed")}),
        ("#13 finished, live since Monday", {("done", "#13", "live since Monday")}),
        ("#14 cancelled - hiring freeze", {("drop", "#14", "hiring freeze")}),
        ("#14 descoped: moved to next quarter", {("drop", "#14", "moved to next quarter")}),
    ],
)
def test_done_and_drop_are_commands_that_set_no_flag(line, expected):
    result = read(line)
    assert result.items == []
    assert commands(result) == expected


def test_done_with_a_flag_records_both():
    result = read("#12 green, done")
    assert flags(result) == {"#12": ("green", None, "")}
    assert commands(result) == {("done", "#12", "")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "All green except #13 red - vendor slipped again",
            {"#12": "green", "#13": "red", "#14": "green"},
        ),
        (
            "everything on track apart from #13: yellow",
            {"#12": "green", "#13": "yellow", "#14": "green"},
        ),
        ("All good except #12 amber", {"#12": "yellow", "#13": "green", "#14": "green"}),
        ("#12 green, #13 red, #14 yellow", {"#12": "green", "#13": "red", "#14": "yellow"}),
        ("#12 and #13: green", {"#12": "green", "#13": "green"}),
        ("#13 red, everything else green", {"#12": "green", "#13": "red", "#14": "green"}),
        ("Green for #12 and #14, red for #13", {"#12": "green", "#13": "red", "#14": "green"}),
        ("12: green, 13: red", {"#12": "green", "#13": "red"}),
    ],
)
def test_exceptions_and_several_key_results_on_one_line(text, expected):
    result = read(text)
    assert {a.ref: a.status for a in result.items} == expected
    assert all("#1" not in a.note for a in result.items)  # no other answer in a note


def test_the_exception_keeps_its_note_and_the_blanket_gets_none():
    result = read("All green except #13 red - vendor slipped again")
    assert flags(result)["#13"] == ("red", None, "vendor slipped again")
    assert flags(result)["#12"] == ("green", None, "")
    assert result.items[1].source.rule == "all-except"


@pytest.mark.parametrize(
    "text",
    [
        "All green except the recruiting one",
        "All green but recruiting is slow",
        "Everything green except that legal is slow",
        "all green\nall yellow",
    ],
)
def test_a_blanket_that_cannot_be_read_whole_records_nothing_and_asks(text):
    result = read(text)
    assert result.items == []
    assert asked(result) == {"#12", "#13", "#14"}


@pytest.mark.parametrize(
    "text",
    ["All green except #13", "All green except the shipping one", "All green but the beta is slow"],
)
def test_an_exception_without_its_flag_is_asked_and_the_rest_recorded(text):
    result = read(text)
    assert {a.ref: a.status for a in result.items} == {"#12": "green", "#14": "green"}
    assert asked(result) == {"#13"}


def test_an_explicit_answer_overrides_all_green_in_any_order():
    for text in ("All green\n#13 red - vendor", "#13 red - vendor\nall green"):
        assert {a.ref: a.status for a in read(text).items} == {
            "#12": "green", "#13": "red", "#14": "green"
        }  # fmt: skip


def test_two_explicit_answers_that_disagree_record_nothing_and_ask():
    result = read("#12 green - signed 4\n#13 red\n#12 red")
    assert set(flags(result)) == {"#13"}
    assert asked(result) == {"#12"}
    assert "green" in result.ambiguous[0].reason and "red" in result.ambiguous[0].reason


def test_an_inline_answer_and_a_reference_line_that_disagree_are_asked():
    result = read("#12 green\n> #12 Sign 5 design partners\n> Last week: [RED]\nred")
    assert result.items == [] and asked(result) == {"#12"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("#12 green\nCorrection: #12 yellow", "yellow"),
        ("#12 green\nActually #12 is red", "red"),
        ("#12 red, no wait, yellow", "yellow"),
        ("#12 green... actually yellow - legal is slow", "yellow"),
        ("#12 red, make that yellow", "yellow"),
    ],
)
def test_a_correction_marked_as_such_wins(text, status):
    assert {a.ref: a.status for a in read(text).items} == {"#12": status}


@pytest.mark.parametrize(
    "line",
    [
        "#12 yellow - could turn red next week",
        "#12 green - red tape at legal is gone",
        "#12 yellow, trending red",
        "#12 yellow; red if QA fails again",
    ],
)
def test_a_flag_word_inside_a_note_never_becomes_a_flag(line):
    assert read(line).items[0].status == line.split()[1].strip(",;")


@pytest.mark.parametrize(
    "line",
    [
        "#12 not on track",
        "#12 no longer blocked",
        "#12 not done yet",
        "#12 mostly green",
        "#12 orange-red",
        "#12 red/yellow",
        "#12 yellow or red",
        "#12 green-ish",
        "#12 green?",
        "#12 red last week, green soon",
        "#12 green by Friday",
        "#12 ✅ red",
        "#12 red flags: none",
    ],
)
def test_a_word_that_can_mean_two_things_is_asked_not_recorded(line):
    result = read(line)
    assert result.items == [] and result.commands == []
    assert asked(result) == {"#12"} or result.unmatched


@pytest.mark.parametrize(
    "line",
    [
        "#12 red team found two issues",
        "#12 green light from legal",
        "Green Energy Partners signed on Monday",
        "#12 greet the partners on Monday",
        "#12 70% done",
    ],
)
def test_flag_words_in_names_and_prose_are_not_flags(line):
    result = read(line)
    assert result.items == [] and not [c for c in result.commands if c.kind == "done"]


@pytest.mark.parametrize(
    ("line", "status", "word"),
    [
        ("#12 gren", "green", "gren"),
        ("#12 yelow - legal", "yellow", "yelow"),
        ("#12 amebr", "yellow", "amebr"),
        ("#12 ✅ signed 4 of 5", "green", "✅"),
        ("#12 ⚠️ legal is slow", "yellow", "⚠"),
        ("#12 ❌ offer declined", "red", "❌"),
    ],
)
def test_a_guess_is_recorded_and_reported(line, status, word):
    result = read(line)
    assert [(a.ref, a.status, a.guess) for a in result.items] == [("#12", status, word)]
    assert [(g.ref, g.word, g.status) for g in result.guesses] == [("#12", word, status)]


def test_a_word_next_to_a_symbol_is_no_guess():
    result = read("#12 ✅ done - shipped\n#13 ⚠️ at risk")
    assert result.guesses == []
    assert commands(result) == {("done", "#12", "shipped")}
    assert flags(result) == {"#13": ("yellow", None, "")}


TITLED = [
    FormEntry("#21", "Reduce red alerts to under 5 a week"),
    FormEntry("#22", "Green-light the data platform migration"),
    FormEntry("#23", "Done-for-you onboarding for 10 customers"),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reduce red alerts: yellow - two noisy alerts left", ("#21", "yellow")),
        ("REDUCE RED ALERTS: YELLOW", ("#21", "yellow")),
        ("Green-light the data…: red", ("#22", "red")),
        ("green-light the data platform migration - yellow", ("#22", "yellow")),
        ("Done-for-you onboarding: green", ("#23", "green")),
        ("#22 Green-light the data platform migration - red", ("#22", "red")),
    ],
)
def test_titles_that_hold_flag_words(line, expected):
    result = read(line, TITLED)
    assert [(a.ref, a.status) for a in result.items] == [expected]
    assert result.commands == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("#12 green", "ref-line"),
        ("#12 and #13 green", "ref-list"),
        ("Sign 5 design: green", "title-prefix"),
        ("all green", "all"),
        ("all red except #13 green", "all-except"),
        ("> #12 Sign 5 design partners\ngreen", "inline-under-quote"),
        ("> #12 Sign 5 design partners\nLast week: green - typed over", "typed-over-form"),
        ("Green: #12", "flag-first"),
        ("green\nred\nyellow", "by-order"),
    ],
)
def test_every_answer_says_which_line_and_rule_it_came_from(text, rule):
    result = read(text)
    item = next(a for a in result.items if a.ref == "#12")
    assert item.source.rule == rule
    assert item.source.line in text


@pytest.mark.parametrize(
    "closing",
    [c for words in __import__("okr.replies.trim", fromlist=["x"]).VOCABULARY["closings"].values()
     for c in words],
)  # fmt: skip
def test_no_sign_off_of_the_closings_table_ends_up_in_a_note(closing):
    result = read(f"#12 green\n#13 red - vendor slipped\n{closing.capitalize()},\nJan de Vries")
    assert flags(result)["#13"] == ("red", None, "vendor slipped")
    assert result.unmatched == []


def test_the_closings_cover_every_language_of_the_quoted_history():
    from okr.replies.trim import VOCABULARY

    assert set(VOCABULARY["attribution"]) <= set(VOCABULARY["closings"])


def test_a_wrapped_note_goes_on_even_when_its_line_starts_with_a_flag_word():
    result = read(
        "#12 yellow - three of five signed, and the fourth one is waiting on\n"
        "Green Energy Partners before we sign\n#13 red"
    )
    assert flags(result)["#12"][2].endswith("Green Energy Partners before we sign")
    assert flags(result)["#13"] == ("red", None, "")
    assert result.unmatched == []


@pytest.mark.parametrize(
    "remark",
    [
        "One more answer inline below.",
        "Answers inline.",
        "(forwarding since my first reply bounced)",
        "Sorry for the late reply!",
        "Have a great weekend!",
        "CAUTION: This email originated from outside of the organization.",
    ],
)
def test_remarks_about_the_mail_are_neither_notes_nor_errors(remark):
    result = read(f"{remark}\n#12 green - signed 4\n{remark}")
    assert flags(result) == {"#12": ("green", None, "signed 4")}
    assert result.unmatched == []


def test_a_very_long_line_or_reply_is_read_in_bounded_time_without_recursion():
    many = "#12 green " + " ".join("#13 red, #12 x" for _ in range(3000))
    assert read(many).items  # no RecursionError
    result = read("green\n" * 5000)
    assert result.items == [] and len(result.unmatched) <= 21


def test_a_quoted_confirmation_is_never_read_only_its_item_names_the_answer_below():
    text = (
        "> thank you. This is what we recorded for week 47:\n"
        "> * #12 Sign 5 design partners: green - signed 4 of 5\n"
        "red - the partner pulled out\n"
        "> * #13 Ship the beta: red - vendor slipped\n"
    )
    result = read(text)
    assert flags(result) == {"#12": ("red", None, "the partner pulled out")}
    assert result.items[0].source.rule == "inline-under-quote"


def _readme_grammar_rows() -> list[tuple[str, str]]:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("| you write | it means |", 1)[1].split("\n\n", 1)[0]
    rows = []
    for line in table.splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        rows.append((cells[0], cells[1]))
    return rows


def _readme_words() -> list[tuple[str, str]]:
    """(word, meaning) for every flag and done word the README's grammar table lists."""
    import re

    words = []
    for written, meaning in _readme_grammar_rows():
        if meaning == "green / yellow / red":
            for triple in re.findall(r"`([^`]+)`/`([^`]+)`/`([^`]+)`", written):
                words += list(zip(triple, ("green", "yellow", "red"), strict=True))
        elif meaning in ("green", "yellow", "red") or meaning.startswith("done:"):
            kind = "done" if meaning.startswith("done:") else meaning
            words += [(word, kind) for word in re.findall(r"`([^`]+)`", written)]
    return words


@pytest.mark.parametrize(("word", "meaning"), _readme_words())
def test_every_word_the_readme_lists_means_what_it_says(word, meaning):
    result = read(f"#12 {word}")
    if meaning == "done":
        assert commands(result) == {("done", "#12", "")}
    else:
        assert [(a.ref, a.status) for a in result.items] == [("#12", meaning)]


def test_the_readme_lists_enough_words_to_be_checked():
    assert len(_readme_words()) >= 80


def test_every_dependency_watch_and_lesson_line_the_readme_lists_is_a_command_not_a_flag():
    """Issue 17: the grammar rows of what a key result depends on, watching and lessons."""
    import re

    kinds = {"depend", "undepend", "watch", "unwatch", "lesson"}
    examples = [
        example
        for written, _ in _readme_grammar_rows()
        if re.search(r"depends on|watch #|lesson attention", written)
        for example in re.findall(r"`([^`]+)`", written)
        if re.match(r"#\d+ \w|(?:un)?watch #", example) and "green" not in example
    ]
    assert len(examples) >= 8, examples
    for example in examples:
        result = read(example)
        assert result.items == [] and result.unmatched == [], example
        assert {c.kind for c in result.commands} <= kinds and result.commands, example


_TOKENS = [
    "#12", "#13", "#14", "#99", "12:", "KR 13", "all", "everything", "except", "and", ",",
    ";", "-", ":", "/", "(", ")", "green", "yellow", "red", "amber", "G", "R", "done",
    "drop", "blocked", "on track", "at risk", "not", "mostly", "🟢", "✅", "⚠️", "0.7", "70%",
    "7/10", "due", "Dec 15", "Thanks", "Dana", "Hi", "vendor", "slipped", "Red", "Hat",
    "Sign 5 design", "Ship the beta", "is", "->", "?", "...", "| ", "12.", "(12)",
]  # fmt: skip
_lines = st.lists(st.sampled_from(_TOKENS), max_size=9).map(" ".join)
_texts = st.lists(st.tuples(st.booleans(), _lines), max_size=8).map(
    lambda lines: "\n".join(f"> {line}" if quoted else line for quoted, line in lines)
)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_every_answer_comes_from_a_line_of_the_reply_for_a_key_result_of_the_form(text):
    result = read(text)
    lines = [line.strip() for line in text.splitlines()]
    # a line may close the sentence of the line above ("… vendor slipped" / "Red."): then
    # both are the source, joined as one sentence
    pairs = zip(lines, lines[1:], strict=False)
    joined = {f"{a}{glue}{b}" for a, b in pairs for glue in (" ", ". ")}
    for answer in result.items:
        assert answer.ref in {"#12", "#13", "#14"}
        assert answer.status in ("green", "yellow", "red")
        assert answer.source.line in (*lines, *joined)


@settings(max_examples=300, deadline=None)
@given(st.lists(_lines, max_size=8).map(lambda lines: "\n".join(f"> {x}" for x in lines)))
def test_a_reply_of_only_quoted_lines_records_no_flag(text):
    assert read(text).items == []


@settings(max_examples=300, deadline=None)
@given(st.lists(_lines, max_size=6), st.integers(0, 6), st.integers(0, 6))
def test_two_answers_that_disagree_are_never_recorded_wherever_they_stand(lines, a, b):
    lines = list(lines)
    lines.insert(min(a, len(lines)), "#12 green")
    lines.insert(min(b, len(lines)), "#12 red")
    assert "#12" not in {answer.ref for answer in read("\n".join(lines)).items}


def test_a_blanket_leaves_a_key_result_named_only_by_a_command_alone():
    result = read("All green.\n#13 new date 2027-01-20")
    assert flags(result) == {"#12": ("green", None, ""), "#14": ("green", None, "")}
    (due,) = result.commands
    assert (due.kind, due.ref, due.value) == ("due", "#13", "2027-01-20")


def test_a_new_date_named_after_its_verb_says_which_rule_read_it():
    (due,) = read("push #14 to 2027-02-01").commands
    assert (due.kind, due.ref, due.value, due.source.rule) == (
        "due",
        "#14",
        "2027-02-01",
        "due-verb",
    )


@pytest.mark.parametrize(
    "line",
    [
        "#12 grün oder gelb",
        "#12 緑か黄色",
        "#12 绿色或者黄色",
        "#12 peut-être rouge",
        "#12 red, maybe yellow",
    ],
)
def test_alternatives_and_hedges_are_asked_about_in_any_language(line):
    result = read(line)
    assert not result.items and [a.refs for a in result.ambiguous] == [("#12",)]


@pytest.mark.parametrize(
    ("line", "flag"),
    [("#12 vert... non, rouge", "red"), ("#12 rot, nein: gelb", "yellow"),
     ("#12 was yellow, now red", "red"), ("#12 green, no wait, red", "red")],
)  # fmt: skip
def test_the_last_colour_of_a_correction_or_a_transition_wins(line, flag):
    assert read(line).items[0].status == flag


# -- round 3 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chatter",
    [
        "Sorry, late again.",
        "Quick one this week.",
        "See my answers below, one per line.",
        "Thanks, will answer on Monday when I'm back.",
    ],
)
def test_chatter_is_a_remark_neither_note_nor_error(chatter):
    result = read(f"{chatter}\n#12 green")
    assert flags(result) == {"#12": ("green", None, "")}
    assert result.unmatched == [] and result.remarks == [chatter]
    alone = read(chatter)
    assert alone.only_remarks and alone.unmatched == []


@pytest.mark.parametrize(
    "line",
    [
        "The beta went live",
        "Hiring is going OK I guess",
        "gren-ish week",
        "We are late on hiring",
        "Signed the fifth on Tuesday!",
    ],
)
def test_a_line_that_might_be_an_answer_is_still_reported(line):
    result = read(line)
    assert result.items == [] and not result.only_remarks
    assert result.unmatched or result.ambiguous


def test_that_is_all_ends_the_answers_and_stays_out_of_the_note():
    result = read("#13 red - crash on login\n\nThat's all from me, have a good weekend!")
    assert flags(result) == {"#13": ("red", None, "crash on login")}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#13 verschoben auf 2. Februar", "2027-02-02"),
        ("#13 verschoben auf den 2.2.2027", "2027-02-02"),
        ("#13 reporté au 2 février", "2027-02-02"),
        ("#13 aplazado al 2 de febrero", "2027-02-02"),
        ("#13 adiado para 2 de fevereiro", "2027-02-02"),
        ("#13 uitgesteld naar 2 februari", "2027-02-02"),
        ("#13 rinviato al 2 febbraio", "2027-02-02"),
        ("#13 moving the date to 2027-01-13", "2027-01-13"),
    ],
)
def test_new_dates_in_other_languages(line, expected):
    result = read(line)
    assert [(c.kind, c.ref, c.value) for c in result.commands] == [("due", "#13", expected)]
    assert result.items == []


def test_a_blanket_then_a_date_in_prose_gives_the_date_and_no_flag_to_that_key_result():
    result = read("All green. I'm moving #14 to Feb 2.")
    assert {a.ref: a.status for a in result.items} == {"#12": "green", "#13": "green"}
    assert [(c.kind, c.ref, c.value) for c in result.commands] == [("due", "#14", "2027-02-02")]


def test_an_arrow_over_the_forms_own_flag_gives_this_weeks():
    text = (
        "> #12 Sign 5 design partners\n> Last week: [GREEN]\nDeze week: [GREEN] → geel\n"
        "> #13 Ship the beta\nLast week: [GREEN] -> red, QA\n"
    )
    assert flags(read(text)) == {"#12": ("yellow", None, ""), "#13": ("red", None, "QA")}


def test_an_exception_word_after_the_key_result():
    assert {a.ref: a.status for a in read("Hepsi yeşil, #13 hariç: kırmızı").items} == {
        "#12": "green",
        "#13": "red",
        "#14": "green",
    }


def test_exceptions_sharing_one_flag():
    result = read("All green except #13 and #14, both red")
    assert {a.ref: a.status for a in result.items} == {"#12": "green", "#13": "red", "#14": "red"}


def test_titles_before_an_arrow_or_with_a_space_for_a_hyphen():
    entries = [FormEntry("#21", "Reduce red alerts"), FormEntry("#22", "Green-light the data move")]
    result = read("Reduce red alerts → yellow\nGreen light the data move: red", entries)
    assert {a.ref: a.status for a in result.items} == {"#21": "yellow", "#22": "red"}


def test_going_fine_is_green_not_a_qualifier():
    assert flags(read("#12 going fine")) == {"#12": ("green", None, "")}


def test_a_lesson_typed_under_a_quoted_key_result_is_for_it_and_no_flag():
    text = (
        "> #12 Sign 5 design partners\n"
        "lesson courage - I should have said red in October\n"
        "> #13 Ship the beta\n"
        "green\n"
    )
    result = read(text)
    assert commands(result) == {("lesson", "#12", "courage - I should have said red in October")}
    assert flags(result) == {"#13": ("green", None, "")}
    assert result.unmatched == []


def test_a_lesson_without_a_key_result_records_nothing():
    result = read("lesson attention - I stopped checking")
    assert result.commands == [] and result.items == []


# -- Round 4: a key result set apart in prose after a blanket ------------------------------
@pytest.mark.parametrize(
    ("text", "flag", "note"),
    [
        ("All green this week. Actually #13 should be red, the vendor slipped.", "red",
         "the vendor slipped."),
        ("Alles grün, allerdings ist #13 seit gestern rot", "red", ""),
        ("All green. One thing though: #13 is red, QA found a blocker", "red",
         "QA found a blocker"),
        ("All green.\nNur #13 ist gelb, eine Absage.", "yellow", "eine Absage."),
        ("all fine, except that #13 moved to red yesterday", "red", "yesterday"),
    ],
)  # fmt: skip
def test_prose_after_a_blanket_sets_its_key_result_apart(text, flag, note):
    result = read(text)
    assert flags(result) == {
        "#12": ("green", None, ""), "#13": (flag, None, note), "#14": ("green", None, "")
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "All green. Not sure about #13",
        "Everything on track, #13 could turn red if QA slips",
        "All green, only #13 I'd call yellow",
        "All green. Red team exercise on #13 went well",
        "Tout est vert, sauf peut-être #13",
        "All green.\nAber #13 weiß ich noch nicht",
    ],
)
def test_a_set_apart_key_result_whose_colour_is_unclear_is_asked_the_rest_green(text):
    result = read(text)
    assert {a.ref: a.status for a in result.items} == {"#12": "green", "#14": "green"}
    assert "#13" in asked(result) or any("#13" in line for line in result.unmatched)


def test_a_key_result_described_in_brackets_after_an_exception_word_is_the_exception():
    """Issue 12: "salvo el portal de partners (#42), que sigue en rojo" is read; a description
    holding a flag word still leaves the blanket unclear."""
    result = read("All green apart from hiring (#14), which is yellow")
    assert flags(result) == {
        "#12": ("green", None, ""), "#13": ("green", None, ""), "#14": ("yellow", None, "")
    }  # fmt: skip
    assert read("All green except the red alerts work (#14), which is yellow").items == []


def test_two_answers_on_one_line_after_a_bracket_or_a_conjunction():
    assert flags(read("#12 green (4 of 5) #13 yellow (QA)")) == {
        "#12": ("green", None, "4 of 5"), "#13": ("yellow", None, "QA")
    }  # fmt: skip
    result = read("#12 klaar en #13 rood")
    assert flags(result) == {"#13": ("red", None, "")}
    assert commands(result) == {("done", "#12", "")}


@pytest.mark.parametrize(
    ("line", "note"),
    [("#12 feito — assinado", "assinado"), ("#12 DONE 🎉 all five signed", "all five signed"),
     ("#12 chiuso – tre firmati", "tre firmati")],
)  # fmt: skip
def test_a_done_keeps_its_note(line, note):
    assert commands(read(line)) == {("done", "#12", note)}


@pytest.mark.parametrize(
    ("line", "flag"),
    [("#13 went red, then back to green", "green"), ("#13 rot, dann wieder gelb", "yellow"),
     ("#13 rouge, puis jaune", "yellow")],
)  # fmt: skip
def test_the_flag_after_then_is_the_flag_of_now(line, flag):
    assert [(a.ref, a.status) for a in read(line).items] == [("#13", flag)]


def test_a_reference_after_a_dash_stays_in_the_note_unless_it_is_answered_there():
    assert flags(read("#12 green - #13 is the blocker though")) == {
        "#12": ("green", None, "#13 is the blocker though")
    }
    assert {a.ref: a.status for a in read("#12 green — #13 red").items} == {
        "#12": "green", "#13": "red"
    }  # fmt: skip


def test_klar_is_no_done_it_is_german_for_sure():
    result = read("#14 klar, aber noch nicht unterschrieben")
    assert result.items == [] and commands(result) == set()


FLAG_TITLES = [
    FormEntry("#21", "Reduce red alerts to under 5 a week"),
    FormEntry("#24", "Cut blocked deploys by half"),
    FormEntry("#25", "Yellow-belt training for all team leads"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#24 blocked deploys went yellow", {"#24": "yellow"}),
        ("#21 red alerts: yellow", {"#21": "yellow"}),
        ("#21 red alerts down to 4 a week", {}),
        ("All green except #24 cut blocked deploys, which is yellow",
         {"#21": "green", "#24": "yellow", "#25": "green"}),
        ("All green. But #24 blocked deploys went yellow",
         {"#21": "green", "#24": "yellow", "#25": "green"}),
    ],
)  # fmt: skip
def test_words_of_a_title_after_its_reference_are_never_its_flag(text, expected):
    result = read(text, FLAG_TITLES)
    assert {a.ref: a.status for a in result.items} == expected


def test_the_rest_never_covers_a_key_result_named_on_its_line_without_a_flag():
    result = read("#13 matters most, the rest is green")
    assert {a.ref: a.status for a in result.items} == {"#12": "green", "#14": "green"}
    assert asked(result) == {"#13"}


@pytest.mark.parametrize(
    "line",
    ["#12 green, though #13 is red", "#12 grün, aber #13 rot", "#12 vert mais #13 rouge",
     "#12 green - #13 also red"],
)  # fmt: skip
def test_a_contrast_word_before_a_second_answer_ends_the_first_one(line):
    assert flags(read(line)) == {"#12": ("green", None, ""), "#13": ("red", None, "")}


@pytest.mark.parametrize(
    "text",
    [
        # the exception list wrapped by the client, its flag on the next line
        "All green except #12 (red) and #13\n(yellow)",
        "Everything on track apart from #12 (red: the vendor slipped again this week) and\n"
        "#13, which we talked about on Monday - see the notes.",
        # named as another key result's blocker, never answered itself
        "All green. #12 red - blocked by #13",
        "Alles grün, #12 ist rot, wartet auf #13",
    ],
)
def test_a_key_result_named_inside_another_answer_is_asked_never_covered(text):
    result = read(text)
    answers = flags(result)
    assert answers["#12"][0] == "red"
    assert "#13" not in answers
    assert any("#13" in asked.refs for asked in result.ambiguous)
    assert answers["#14"][0] == "green"  # named nowhere: the blanket still answers it


def test_a_wrapped_line_that_moves_another_key_result_is_its_own_answer():
    text = (
        "Everything on track apart from #12 (red: the vendor slipped after Monday) and\n"
        "#13, which I'm pushing to Jan 29 - the second candidate starts then."
    )
    result = read(text)
    answers = flags(result)
    assert answers["#12"][0] == "red"
    assert "#13" not in answers  # a new date only: no flag, and never the blanket's green
    assert {(c.kind, c.ref, c.value) for c in result.commands} == {("due", "#13", "2027-01-29")}
    assert "#13" not in answers["#12"][2]


# -- round 5 ------------------------------------------------------------------------------
def under(item: str, answer: str) -> str:
    """An answer typed under one quoted item of the form."""
    return f"> {item}\n> Last week: [GREEN]\n{answer}\n"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("AL : vert", ("green", None, "")),
        ("[DW] green – all five signed", ("green", None, "all five signed")),
        ("(MK) rot - zwei Absagen", ("red", None, "zwei Absagen")),
        ("{JPR} amarillo", ("yellow", None, "")),
        ("PvD - rood", ("red", None, "")),
        ("ds: green", ("green", None, "")),  # the sender's own initials, in small letters
    ],
)
def test_initials_before_an_inline_answer_are_skipped(answer, expected):
    result = understand(under("#13 Ship the beta", answer), ENTRIES, TODAY, ("Dana Smith", "Dana"))
    assert flags(result) == {"#13": expected}


@pytest.mark.parametrize(
    "answer",
    [
        "DW: Red Hat referred a candidate",  # a colour that starts a name
        "AL : vert la semaine prochaine",  # another week
        "(MK) war gelb, jetzt unklar",
        "[DW] green or yellow, depends on QA",
        "AL : pas encore vert",
        "xy: green",  # small letters that are not the sender's: no initials
    ],
)
def test_initials_never_make_a_near_miss_a_flag(answer):
    result = understand(under("#13 Ship the beta", answer), ENTRIES, TODAY, ("Dana Smith", "Dana"))
    assert flags(result) == {}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#12 Stato: verde.", ("green", None, "")),
        ("#12 Estado: amarillo, falta QA", ("yellow", None, "falta QA")),
        ("#12 Cette semaine : rouge", ("red", None, "")),
        ("#12 Diese Woche: grün – alle fünf", ("green", None, "alle fünf")),
        ("#12 Status atual: verde", ("green", None, "")),
        ("#12 Deze week: geel", ("yellow", None, "")),
        (
            "> #12 Sign 5 design partners\nSituação: vermelho, sem candidatos",
            ("red", None, "sem candidatos"),
        ),
        ("> #12 Sign 5 design partners\n→ grün", ("green", None, "")),
        (
            "> #12 Sign 5 design partners\n-> gelb, Finance prüft noch",
            ("yellow", None, "Finance prüft noch"),
        ),
    ],
)
def test_a_label_or_arrow_before_the_flag_is_skipped(line, expected):
    assert flags(read(line)) == {"#12": expected}


@pytest.mark.parametrize(
    "line",
    [
        "#12 Stato: verde la prossima settimana",
        "#12 Estado: rojo la semana pasada",
        "#12 Diese Woche: rot? eher gelb",
        "#12 Stand: grün nächste Woche",
        "#12 Estado: casi verde",
        "> #12 Sign 5 design partners\nEstado: rojo la semana que viene",
        "> #12 Sign 5 design partners\n-> vielleicht gelb",
        "> #12 Sign 5 design partners\nCette semaine : pas vert du tout",
    ],
)
def test_a_label_before_a_near_miss_gives_no_flag(line):
    assert flags(read(line)) == {}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#12 : 7/10, vert", ("green", 0.7, "")),
        ("#12 : 4/10 jaune", ("yellow", 0.4, "")),
        ("#12 : 0.1 rouge", ("red", 0.1, "")),
        ("#12: 0,9 verde - dos firmados", ("green", 0.9, "dos firmados")),
    ],
)
def test_a_score_before_the_flag_after_a_colon(line, expected):
    assert flags(read(line)) == {"#12": expected}


@pytest.mark.parametrize(
    "line",
    ["#12 : 7/10 contracts reviewed", "#12 : 4/10 – vert ou jaune", "#12: 1 red flag left"],
)
def test_a_score_before_no_flag_is_no_answer(line):
    assert flags(read(line)) == {}


def commands_of(result) -> set[tuple]:
    return {(c.kind, c.ref, c.value) for c in result.commands}


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("#12: alles erledigt", ("done", "#12", "")),
        ("#12 finished last Friday", ("done", "#12", "last Friday")),
        ("#12 concluído ontem", ("done", "#12", "ontem")),
        ("#12 c'est fait : contrat signé", ("done", "#12", "contrat signé")),
        ("#12 laten vallen - geen budget meer", ("drop", "#12", "geen budget meer")),
        ("#12 fallen gelassen – kein Budget", ("drop", "#12", "kein Budget")),
        ("#12 la movemos al 13 de enero", ("due", "#12", "2027-01-13")),
        (
            "> #12 Sign 5 design partners\nAL : abandonné - plus prioritaire",
            ("drop", "#12", "plus prioritaire"),
        ),
    ],
)
def test_done_dropped_and_new_dates_in_everyday_phrasing(line, command):
    result = read(line)
    assert commands_of(result) == {command}
    assert flags(result) == {}


@pytest.mark.parametrize(
    "line",
    [
        "#12 fertig am Freitag",  # may be to come
        "#12 done next week",
        "#12 fast fertig",
        "#12 noch nicht alles erledigt",
        "#12 erledigt bis Freitag",
        "#12 nicht fallen gelassen, läuft weiter",
        "#12 done yesterday? not sure",
    ],
)
def test_done_near_misses_close_nothing(line):
    result = read(line)
    assert commands_of(result) == set()
    assert flags(result) == {}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#12 : toujours en retard, rouge", ("red", None, "")),
        ("#12 delayed, so red", ("red", None, "")),
        ("#12 verspätet, gelb", ("yellow", None, "")),
        ("#12 retrasado: rojo", ("red", None, "")),
        ("#12 red → yellow this week (vendor is back)", ("yellow", None, "vendor is back")),
        ("#12 yellow -> green now, fifth signed", ("green", None, "fifth signed")),
        (
            "> #12 Sign 5 design partners\n"
            "Last week: [GREEN] 4 of 5 signed -> this week green, 5 of 5",
            ("green", None, "5 of 5"),
        ),
    ],
)
def test_a_late_word_then_its_colour_and_an_arrow_to_the_flag_of_now(line, expected):
    assert flags(read(line)) == {"#12": expected}


@pytest.mark.parametrize(
    "line",
    [
        "#12 delayed but green",  # late and green: asked
        "#12 en retard, vert quand même",
        "#12 delayed, maybe red",
        "#12 delayed, red?",
        "#12 delayed - red team is on it",
        "#12 vert → rouge",  # no "now": it may say where it is heading
        "#12 red → yellow next week",
        "#12 yellow → red now?",
        "> #12 Sign 5 design partners\nLast week: [GREEN] 4 of 5 signed -> maybe yellow",
    ],
)
def test_a_late_word_or_an_arrow_without_a_clear_colour_is_asked(line):
    assert flags(read(line)) == {}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Thanks for the reminder! Only #13 changed: now red, QA found a blocker.",
            ("red", None, "QA found a blocker."),
        ),
        ("Danke! Nur #13 hat sich geändert: jetzt gelb.", ("yellow", None, "")),
        ("Merci ! Seul #13 a bougé : maintenant rouge", ("red", None, "")),
        ("Gracias. Solo cambió #13: ahora amarillo", ("yellow", None, "")),
        ("Grazie. È cambiato solo #13: ora giallo, QA lenta.", ("yellow", None, "QA lenta.")),
    ],
)
def test_one_key_result_said_to_have_changed_after_a_remark(line, expected):
    assert flags(read(line)) == {"#13": expected}  # the others stay missing, never green


@pytest.mark.parametrize(
    "line",
    [
        "Thanks! Only #13 changed, not sure to what yet.",
        "Thanks! Only #13 changed: probably yellow.",
        "Thanks! Only #13 changed: last week red",
        "Thanks! Only #13 changed: Red Hat signed",
        "Thanks for the nudge. #13 might change to red next week.",
    ],
)
def test_a_change_without_a_clear_flag_records_nothing(line):
    assert flags(read(line)) == {}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Sorry, late again. 12 green, 13 yellow, 14 red.",
            {"#12": "green", "#13": "yellow", "#14": "red"},
        ),
        ("Apologies for the delay: 12 grün, 13 rot - QA", {"#12": "green", "#13": "red"}),
        ("Désolé pour le retard. 13 jaune, 14 vert", {"#13": "yellow", "#14": "green"}),
        ("Sorry for the delay. 12 green, 13 maybe red", {"#12": "green"}),
    ],
)
def test_numbers_without_hash_after_a_remark(line, expected):
    assert {ref: answer[0] for ref, answer in flags(read(line)).items()} == expected


@pytest.mark.parametrize(
    "line",
    [
        "Sorry, late again. 3 offers out, 2 interviews booked.",
        "Sorry, late. 12 people came to the demo, 13 interviews done.",
        "Sorry, late. 12 green builds, 13 red ones.",
        "Late again: 5 green, 6 red.",  # not key results of the form
        "Sorry, late again. 14 green",  # one number alone may be a count
    ],
)
def test_counts_and_other_numbers_after_a_remark_are_no_answers(line):
    result = read(line)
    assert flags(result) == {} and not result.commands


def test_a_tag_in_brackets_with_a_colon_before_an_inline_answer():
    assert flags(read(under("#12 Sign 5 design partners", "[KT]: amber, one slipped"))) == {
        "#12": ("yellow", None, "one slipped")
    }


def test_done_yesterday_is_done_and_done_yesterday_with_a_question_mark_is_asked():
    assert commands_of(read("#13 shipped yesterday")) == {("done", "#13", "yesterday")}
    for line in ("#13 erledigt gestern? unsicher", "#13 finished last Friday?"):
        result = read(line)
        assert not result.commands and flags(result) == {}
        assert any("#13" in asked.refs for asked in result.ambiguous)


@pytest.mark.parametrize(
    "line", ["#12 red is likely", "#12 slipping, red is likely", "#12 rouge, c'est probable"]
)
def test_a_flag_said_to_be_likely_is_a_guess_and_asked(line):
    assert flags(read(line)) == {}


def test_a_remark_that_starts_with_a_late_word_then_numbers():
    result = read("Late, sorry: 12 done, 13 on track")
    assert commands_of(result) == {("done", "#12", "")}
    assert flags(result) == {"#13": ("green", None, "")}


def test_running_late_then_its_colour():
    assert flags(read("#13 running late – red")) == {"#13": ("red", None, "")}
    assert flags(read("#13 running late")) == {}


@pytest.mark.parametrize(
    "line", ["The rest as last week.", "De rest zoals vorige week.", "Die anderen: unverändert"]
)
def test_the_others_as_last_week_is_answered_never_a_note(line):
    result = read(f"#14 yellow - one offer declined\n{line}")
    assert flags(result) == {"#14": ("yellow", None, "one offer declined")}
    assert any(line in unmatched for unmatched in result.unmatched)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#13 yellow – maybe red next week", ("yellow", None, "maybe red next week")),
        (
            "#13 giallo – forse rosso la prossima settimana",
            ("yellow", None, "forse rosso la prossima settimana"),
        ),
    ],
)
def test_a_hedged_flag_of_next_week_is_a_note(line, expected):
    assert flags(read(line)) == {"#13": expected}


@pytest.mark.parametrize("line", ["#13 yellow, maybe red", "#13 green, probably red by Friday"])
def test_a_hedged_second_flag_of_this_week_is_asked(line):
    assert flags(read(line)) == {}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("<DK> green", "green"),
        ("D.K.: red", "red"),
        ("**DK:** yellow", "yellow"),
        ("DK → grün", "green"),
        ("Answer: green", "green"),
        ("Antwort: gelb", "yellow"),
        ("Réponse : rouge", "red"),
        ("Respuesta: verde", "green"),
    ],
)
def test_more_initials_and_answer_labels_before_an_inline_answer(answer, expected):
    result = read(under("#12 Sign 5 design partners", answer))
    assert {ref: a[0] for ref, a in flags(result).items()} == {"#12": expected}


@pytest.mark.parametrize(
    "answer",
    ["<DK> maybe green", "D.K.: Red Hat signed", "Antwort: vielleicht gelb", "Answer: not sure"],
)
def test_initials_and_answer_labels_before_a_near_miss(answer):
    assert flags(read(under("#12 Sign 5 design partners", answer))) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Nothing new except #14: yellow now",
        "No changes apart from #14, which is now yellow.",
        "Wie letzte Woche, nur #14 ist jetzt gelb.",
        "Thanks for the reminder! The only change is #14: yellow, 19 alerts.",
        "Thanks! Only #14 changed - now yellow",
        "Merci ! Un seul changement : #14 passe au jaune.",
    ],
)
def test_nothing_changed_but_one_key_result(line):
    assert {ref: a[0] for ref, a in flags(read(line)).items()} == {"#14": "yellow"}


@pytest.mark.parametrize(
    "line",
    [
        "Nothing new except #14, which might go red",
        "Nothing new except #14: maybe yellow",
        "Same as last week except #14: red last week",
        "Nothing new except #14: Red Hat pulled out",
        "#14 passe au rouge si QA échoue",
        "#14 rojo si no firman",
        "#14 rosso se il fornitore non firma",
    ],
)
def test_nothing_changed_but_an_unclear_one_and_conditions_record_nothing(line):
    assert flags(read(line)) == {}


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("#12 done since Monday", ("done", "#12", "since Monday")),
        ("#12 terminé hier soir", ("done", "#12", "hier soir")),
        ("#12 wir lassen es fallen – kein Budget", ("drop", "#12", "kein Budget")),
        ("#12 on abandonne – plus de budget", ("drop", "#12", "plus de budget")),
        ("#12 we're dropping it - no budget", ("drop", "#12", "no budget")),
    ],
)
def test_more_done_and_drop_phrasings(line, command):
    assert commands_of(read(line)) == {command}


@pytest.mark.parametrize(
    "line", ["#12 done since Monday?", "#12 not done since Monday", "#12 lo dejamos para enero"]
)
def test_done_and_drop_near_misses_do_nothing(line):
    result = read(line)
    assert not result.commands and flags(result) == {}


@pytest.mark.parametrize(
    "line",
    [
        "DK" + " " * 50_000 + "x",  # initials, the sender's initials, a note's end
        "the rest" + " " * 50_000 + "x",
        "#12 green - note" + " " * 50_000 + "x",
        "#12 green, #13 red" + " " * 50_000 + ",",
    ],
)
def test_a_line_of_many_spaces_is_read_without_quadratic_patterns(line):
    result = understand(under("#12 Sign 5 design partners", line), ENTRIES, TODAY, ("Dana S",))
    assert len(result.items) <= 2  # returns at all: each pattern is linear in the line


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("#12 avslutad – alla fem har skrivit på", ("done", "#12", "alla fem har skrivit på")),
        ("#12 dokončené - všetkých päť", ("done", "#12", "všetkých päť")),
        ("#12 виконано – усі п'ять", ("done", "#12", "усі п'ять")),
        ("#12 完了しました。公開済みです", ("done", "#12", "公開済みです")),
        ("#13 annulleret - ingen budget", ("drop", "#13", "ingen budget")),
        ("#13 delayed to Jan 20", ("due", "#13", "2027-01-20")),
        ("#13 slipping to Jan 27 - vendor late", ("due", "#13", "2027-01-27")),
        ("#13 pushing this out to Feb 3", ("due", "#13", "2027-02-03")),
        ("#13 we'll land it by 2027-02-01", ("due", "#13", "2027-02-01")),
        ("#13 wir schieben es auf den 3. Februar", ("due", "#13", "2027-02-03")),
    ],
)
def test_round6_done_drop_and_dates(line, command):
    assert commands_of(read(line)) == {command}


@pytest.mark.parametrize(
    "line",
    [
        "#13 moving it to Jan 20?",
        "#13 might push to Jan 20",
        "#13 maybe moving it to Feb 14",
        "#13 moving it to Jan 20 or Feb 3",
        "#13 pushing to Jan 12 if legal agrees",
        "#12 まだ完了していない",
        "#12 inte avslutad än",
    ],
)
def test_round6_undecided_dates_and_not_done_record_nothing(line):
    result = read(line)
    assert not result.commands and flags(result) == {} and result.unmatched + result.ambiguous


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("#12 vert, 2,1 %", ("green", None, "2,1 %")),
        ("#12 yellow, 99.7% this month", ("yellow", None, "99.7% this month")),
        ("#12 red, 1/3 deals closed", ("red", None, "1/3 deals closed")),
        ("#12 green, 80%", ("green", 0.8, "")),
        ("#12 red, the rest as last week", ("red", None, "")),
        ("#12 red - vendor slipped; everything else as last week", ("red", None, "vendor slipped")),
    ],
)
def test_round6_metrics_are_notes_and_the_rest_is_no_note(line, expected):
    assert flags(read(line))["#12"] == expected


def test_round6_actually_after_initials_under_a_quoted_item_corrects():
    text = "All green.\n\n" + under("#13 Ship the beta", "DS: actually red - the build broke")
    assert flags(read(text))["#13"] == ("red", None, "the build broke")


def test_round6_new_eta_is_a_date_and_a_remark_after_a_blanket_is_no_note():
    assert commands_of(read("#13 new ETA Jan 20")) == {("due", "#13", "2027-01-20")}
    result = read("All on track, one exception inline.")
    assert flags(result) == {r: ("green", None, "") for r in ("#12", "#13", "#14")}


@pytest.mark.parametrize(
    ("line", "ref", "status"),
    [
        ("On-track deploys: red - three rollbacks", "#62", "red"),
        ("on-track deploys → yellow", "#62", "yellow"),
        ("Q1 launch: green - on schedule", "#63", "green"),
        ("Q1 launch: EU and US: yellow", "#63", "yellow"),
    ],
)
def test_a_title_with_its_own_colon_is_named_by_the_part_before_it(line, ref, status):
    entries = [
        FormEntry("#61", "Move the region to the new cluster"),
        FormEntry("#62", "On-track deploys: 95% without rollback"),
        FormEntry("#63", "Q1 launch: EU and US"),
    ]
    assert {a.ref: a.status for a in read(line, entries).items} == {ref: status}


def test_a_part_before_a_colon_shared_by_two_titles_names_neither_and_asks_which():
    entries = [
        FormEntry("#1", "Reliability: 99.9% uptime"),
        FormEntry("#2", "Reliability: p95 under 200 ms"),
    ]
    result = read("Reliability: red", entries)
    assert result.items == []
    assert result.unmatched == []  # round 7: asked which, naming both
    assert [a.refs for a in result.ambiguous] == [("#1", "#2")]
