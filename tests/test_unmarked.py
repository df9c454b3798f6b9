"""Answers typed inside Outlook's unmarked quoted history (okr/replies/unmarked.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okr.replies.read import read_text
from okr.replies.trim import new_text
from okr.replies.understand import FormEntry

TODAY = date(2026, 11, 19)
ENTRIES = [
    FormEntry("#12", "Sign 5 design partners"),
    FormEntry("#13", "Ship the beta"),
    FormEntry("#14", "Hire two engineers"),
]
HEADER = (
    "From: Flagpost <status@flagpost.example>\n"
    "Sent: Thursday, November 19, 2026 4:02 PM\n"
    "To: Dana Smith <dana@example.com>\n"
    "Subject: Weekly status, week 47: 3 key results\n"
)


def item(ref_title: str, last: str, *typed: str) -> str:
    return "\n".join([ref_title, "Due 15 Dec 2026, due in 26 days.", f"Last week: {last}", *typed])


def reply(top: str, *items: str, header: str = HEADER) -> str:
    return f"{top}\n\n{header}\nHi Dana Smith,\n\n" + "\n\n".join(items) + "\n"


def flags(body: str, names=("Dana Smith", "Dana")) -> dict[str, tuple]:
    result = read_text(body, ENTRIES, TODAY, names).understanding
    return {a.ref: (a.status, a.note) for a in result.items}


def test_answers_typed_under_the_items_are_read_and_initials_dropped():
    body = reply(
        "Answers inline.",
        item("#12 Sign 5 design partners", "[RED] vendor slipped", "[DS] green - all signed"),
        item("#13 Ship the beta", "[GREEN]", "red, the build fails -DS"),
        item("#14 Hire two engineers", "[YELLOW] 3 of 5", "yellow (one offer out) - DS"),
    )
    assert "#12 Sign 5 design partners" not in new_text(body)  # trimming alone cuts them
    assert flags(body) == {
        "#12": ("green", "all signed"),
        "#13": ("red", "the build fails"),
        "#14": ("yellow", "one offer out"),
    }


def test_a_new_date_typed_under_an_item_is_an_answer_not_the_forms_due_line():
    """ "due 2027-01-29 – …" typed under the form's own "Due 15 Dec 2026, …" line."""
    body = reply(
        "Answers below each item.",
        item("#12 Sign 5 design partners", "[RED]", "green - all signed"),
        item("#13 Ship the beta", "[GREEN]", "due 2027-01-29 – the vendor moved its release"),
    )
    result = read_text(body, ENTRIES, TODAY, ("Dana Smith", "Dana")).understanding
    assert [(c.kind, c.ref, c.value) for c in result.commands] == [("due", "#13", "2027-01-29")]
    assert {a.ref: a.status for a in result.items} == {"#12": "green"}


def test_the_same_initials_after_several_answers_are_a_signature():
    body = reply(
        "Antworten im Text.",
        item("#12 Sign 5 design partners", "[RED]", "grün, beim Anwalt (JB)"),
        item("#13 Ship the beta", "[GREEN]", "rot – Anbieter liefert nicht (JB)"),
        header=HEADER.replace("From:", "Von:").replace("Sent:", "Gesendet:").replace("To:", "An:"),
    )
    assert flags(body) == {
        "#12": ("green", "beim Anwalt"),
        "#13": ("red", "Anbieter liefert nicht"),
    }


def test_the_forms_own_lines_are_never_answers():
    body = reply(
        "#13 green - beta is out",
        item(
            "#12 Sign 5 design partners",
            "[YELLOW] could turn red",
            "Set this week: Green Yellow Red",
        ),
    )
    assert flags(body) == {"#13": ("green", "beta is out")}


def test_a_block_of_someone_else_or_of_another_form_is_not_read():
    other = HEADER.replace("Flagpost <status@flagpost.example>", "Sam Lee <sam@example.com>")
    nested = reply(
        "FYI",
        "#12 green\n#13 red\n\n"
        + HEADER
        + "\n"
        + item("#12 Sign 5 design partners", "[RED]", "SL: yellow"),
        header=other,
    )
    assert flags(nested) == {}
    foreign = reply("FYI", item("#51 Launch the referral programme", "[GREEN]", "SL: red"))
    assert flags(foreign) == {}


def test_the_senders_own_earlier_mail_is_never_this_weeks_answer():
    own = HEADER.replace("Flagpost <status@flagpost.example>", "Dana Smith <dana@example.com>")
    body = reply("#12 yellow", item("#13 Ship the beta", "[GREEN]", "DS: red"), header=own)
    assert flags(body) == {"#12": ("yellow", "")}


def test_an_inline_answer_that_disagrees_with_the_top_is_asked():
    body = reply("#12 red - pulled out", item("#12 Sign 5 design partners", "[RED]", "DS: green"))
    result = read_text(body, ENTRIES, TODAY, ("Dana Smith",)).understanding
    assert result.items == [] and [list(a.refs) for a in result.ambiguous] == [["#12"]]


def test_a_confirmation_in_the_history_is_never_read():
    """Its lines name the key results by heading too ("* #12 Title: green - …"), but it is
    no form: no "Due …" or "Last week:" line under them."""
    confirmation = (
        "Hi Dana Smith,\n\nthank you. This is what we recorded for week 47:\n\n"
        "* #12 Sign 5 design partners: green - signed 4 of 5\n"
        "#13 Ship the beta: yellow\n#14 green - hired one\n"
    )
    body = f"#13 red - QA failed\n\n{HEADER}\n{confirmation}"
    assert flags(body) == {"#13": ("red", "QA failed")}


_PIECES = [
    "",
    "#12 Sign 5 design partners",
    "#12 Sign 5 design partners:",
    "* #13 Ship the beta",
    "Due 15 Dec 2026, due in 26 days.",
    "Last week: [GREEN]",
    "Last week: [RED] → yellow",
    "Set this week: Green Yellow Red",
    "[DS] green - signed (JB)",
    "> quoted",
    "From: Flagpost <status@flagpost.example>",
    "Sent: Thursday, November 19, 2026 4:02 PM",
    "To: Dana Smith <dana@example.com>",
    "Prefer clicking? Set your flags",
    "-- ",
    " ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=30), max_size=40))
def test_any_history_is_read_without_error_and_never_invents_a_flag_from_form_lines(lines):
    body = "\n".join(lines)
    result = read_text(body, ENTRIES, TODAY, ("Dana Smith",)).understanding
    assert all(a.ref in {"#12", "#13", "#14"} for a in result.items)


@pytest.mark.parametrize("body", [">", ">\n>", "> \n\n>"])
def test_a_reply_of_only_quote_marks_reads_nothing(body):
    """Found by the property above: a lone ">" once raised inside the history search."""
    result = read_text(body, ENTRIES, TODAY, ("Dana Smith",)).understanding
    assert result.items == [] and result.commands == [] and result.ambiguous == []


_FORM_ONLY = [p for p in _PIECES if "→" not in p and "[DS]" not in p and not p.endswith(":")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FORM_ONLY), max_size=40))
def test_the_forms_own_lines_in_any_order_record_nothing(lines):
    result = read_text("\n".join(lines), ENTRIES, TODAY, ("Dana Smith",)).understanding
    assert result.items == [] and result.commands == []


def test_last_weeks_line_typed_over_inside_the_history_is_read():
    body = reply("Updated below.", item("#12 Sign 5 design partners", "yellow - one left"))
    assert flags(body) == {"#12": ("yellow", "one left")}
