"""The form's own sections above the key results ("What you depend on, last week",
"Thanks since your last form") name other people's key results and thanks: pasted back
without quotes, they are the form's text, never an answer, never "not understood", and
they take no key result out of a blanket answer."""

from __future__ import annotations

from datetime import date

import pytest

from okr.replies.understand import FormEntry, understand

TODAY = date(2026, 12, 4)
ENTRIES = [
    FormEntry("#3", "Ship the customer dashboard", "A product that sells itself"),
    FormEntry("#4", "Roadmap agreed with Sales", "A product that sells itself"),
]
NEWS = (
    "- #12 Dashboard live on launch day (Sofia Rossi) turned red, was green: load test "
    "failed at 40%. For your #3."
)
THANKS = "- Tomás Herrera thanked you for raising #3 early (Ship the customer dashboard)."


def _form(news_heading: str, thanks_heading: str, items_heading: str) -> str:
    return "\n".join(
        [
            "Hi Priya,",
            "",
            "this is your weekly status for week 49 (30 November to 6 December 2026).",
            "",
            news_heading,
            "",
            NEWS,
            "- #40 Churn under 2% (Ann Lee) silent for 2 weeks. You watch it.",
            "- And 3 more on your status page: https://okr.example.com/status/x",
            "",
            thanks_heading,
            "",
            THANKS,
            "",
            items_heading,
            "",
            "A product that sells itself",
            "",
            "#3 Ship the customer dashboard",
            "Due 24 Dec 2026, due in 19 days.",
            "Last week: [GREEN] all covered.",
            "",
            "#4 Roadmap agreed with Sales",
            "Due 19 Dec 2026, due in 14 days.",
            "Last week: [GREEN] closed the review comments.",
        ]
    )


HEADINGS = [
    ("WHAT YOU DEPEND ON, LAST WEEK", "THANKS SINCE YOUR LAST FORM", "YOUR KEY RESULTS"),
    ("What you depend on, last week", "Thanks since your last form", "Your key results"),
]


@pytest.mark.parametrize("headings", HEADINGS)
def test_a_pasted_form_with_its_sections_leaves_nothing_not_understood(headings):
    result = understand("#4 green - on plan\n\n" + _form(*headings), ENTRIES, TODAY)
    assert {a.ref: a.status for a in result.items} == {"#4": "green"}
    assert result.unmatched == []


@pytest.mark.parametrize("headings", HEADINGS)
def test_a_blanket_over_a_pasted_form_covers_every_key_result(headings):
    result = understand("All green this week.\n\n" + _form(*headings), ENTRIES, TODAY)
    assert {a.ref: a.status for a in result.items} == {"#3": "green", "#4": "green"}
    assert result.unmatched == []


def test_an_answer_typed_under_the_sections_own_key_result_still_counts():
    text = _form(*HEADINGS[0]).replace(
        "Last week: [GREEN] all covered.", "Last week: [GREEN] all covered.\n#3 red - vendor"
    )
    result = understand(text, ENTRIES, TODAY)
    assert {a.ref: (a.status, a.note) for a in result.items} == {"#3": ("red", "vendor")}


def test_the_same_lines_without_the_heading_are_read_as_ever():
    """Only under the form's heading: a person writing about #12 is still answered."""
    result = understand(NEWS.removeprefix("- "), ENTRIES, TODAY)
    assert result.items == [] and result.unmatched  # #12 is not theirs: said, not dropped


def test_a_heading_a_person_writes_is_no_form_section():
    """Without the form's introduction pasted above, "Looking back" is the person's own."""
    result = understand(
        "#3 green\nLooking back:\n#4 lesson attention - I stopped checking the vendor",
        ENTRIES,
        TODAY,
    )
    assert [(c.kind, c.ref) for c in result.commands] == [("lesson", "#4")]
