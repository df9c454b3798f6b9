"""Cutting a reply to the weekly form down to the new text the person typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okr.replies import trim
from okr.replies.trim import is_attribution, is_mobile_signature, new_text, split

NEW = "#12 green - signed 4 of 5\n#13 red - vendor slipped"
ADDRESS = "status+abc@okr.example.com"

# The plain-text form as Flagpost sends it, quoted the way mail clients quote it.
FORM = (
    "> Hi Dana,\n"
    ">\n"
    "> this is your weekly status for week 47 (16 to 22 November 2026). Reply to this\n"
    "> email with one line per key result. For example:\n"
    ">\n"
    ">     #12 green - signed 4 of 5\n"
    ">\n"
    "> #12 Sign 5 design partners\n"
    "> Due 15 Dec 2026, due in 26 days.\n"
    "> Last week: [YELLOW] 3 of 5 signed\n"
    ">\n"
    "> #13 Ship the beta\n"
    "> Last week: [GREEN]\n"
    ">\n"
    "> Prefer clicking? Set your flags on this page: https://okr.example.com/status/x\n"
)
UNQUOTED_FORM = "".join(line[2:] + "\n" for line in FORM.splitlines())


def test_gmail_reply_keeps_only_the_new_lines():
    text = (
        f"{NEW}\n\n"
        f"On Thu, Nov 19, 2026 at 4:00 PM Flagpost <{ADDRESS}> wrote:\n"
        "> Hi Dana,\n"
        "> ...\n"
        "> #12 Sign 5 design partners\n"
        "> Last week: [YELLOW] 3 of 5 signed"
    )
    assert new_text(text) == NEW


def test_gmail_attribution_wrapped_over_two_lines():
    text = f"{NEW}\n\nOn Thu, Nov 19, 2026 at 4:00 PM Flagpost <\n{ADDRESS}> wrote:\n\n{FORM}"
    assert new_text(text) == NEW


@pytest.mark.parametrize(
    "attribution",
    [
        pytest.param(f"On 19 Nov 2026, at 16:00, Flagpost <{ADDRESS}> wrote:", id="apple-mail"),
        pytest.param("On 19/11/2026 16:00, Flagpost wrote:", id="thunderbird"),
        pytest.param(
            f"Am Do., 19. Nov. 2026 um 16:00 Uhr schrieb Flagpost <{ADDRESS}>:", id="german"
        ),
        pytest.param(f"Le jeu. 19 nov. 2026 à 16:00, Flagpost <{ADDRESS}> a écrit :", id="french"),
        pytest.param(
            f"El jue, 19 nov 2026 a las 16:00, Flagpost (<{ADDRESS}>) escribió:", id="spanish"
        ),
        pytest.param(f"Op do 19 nov. 2026 om 16:00 schreef Flagpost <{ADDRESS}>:", id="dutch"),
        pytest.param(
            f"Il giorno gio 19 nov 2026 alle ore 16:00 Flagpost <{ADDRESS}> ha scritto:",
            id="italian",
        ),
        pytest.param(
            f"19 Kas 2026 Per, 16:00 tarihinde Flagpost <{ADDRESS}> şunu yazdı:", id="turkish"
        ),
        pytest.param(
            f"2026年11月19日(木) 16:00 に Flagpost <{ADDRESS}> さんは書きました:", id="japanese"
        ),
        pytest.param(f"2026/11/19 16:00、Flagpost <{ADDRESS}>のメール:", id="japanese-apple"),
        pytest.param(f"* Flagpost <{ADDRESS}> [2026-11-19 16:00]:", id="mutt"),
        pytest.param(f"* Flagpost <{ADDRESS}> [19.11.2026 16:00 +0100]:", id="mutt-european"),
    ],
)
def test_attributions(attribution):
    assert is_attribution(attribution)
    assert new_text(f"{NEW}\n\n{attribution}\n\n{FORM}") == NEW


def test_apple_mail_quotes_the_attribution_too():
    text = f"{NEW}\n\n> On 19 Nov 2026, at 16:00, Flagpost <{ADDRESS}> wrote:\n>\n{FORM}"
    assert new_text(text) == NEW


def test_outlook_desktop_top_post_with_header_block():
    text = (
        "#12 green - signed 4 of 5\r\n"
        "#13 red - vendor slipped\r\n"
        "\r\n"
        f"From: Flagpost <{ADDRESS}>\r\n"
        "Sent: Thursday, November 19, 2026 4:00 PM\r\n"
        "To: Dana Scully <dana@example.com>\r\n"
        "Subject: Weekly status, week 47: 2 key results\r\n"
        "\r\n" + UNQUOTED_FORM.replace("\n", "\r\n")
    )
    assert new_text(text) == NEW


def test_outlook_bold_headers_after_a_rule():
    text = (
        f"{NEW}\n\n________________________________\n"
        f"*From:* Flagpost <{ADDRESS}>\n*Sent:* Thursday, 19 November 2026 16:00\n"
        "*To:* Dana Scully\n*Subject:* Weekly status\n\n" + UNQUOTED_FORM
    )
    assert new_text(text) == NEW


def test_original_message_marker():
    text = (
        f"{NEW}\n\n-----Original Message-----\n"
        f"From: Flagpost [mailto:{ADDRESS}]\nSent: Thursday, November 19, 2026 4:00 PM\n"
        "To: Dana\nSubject: Weekly status\n\n" + UNQUOTED_FORM
    )
    kept, elided = split(text)
    assert kept == NEW
    assert elided.startswith("-----Original Message-----")
    assert "Last week: [YELLOW] 3 of 5 signed" in elided


def test_a_header_like_line_in_the_answer_is_not_history():
    text = "#12 green\nTo: finish the contract, Sent: 2 drafts\n#13 red"
    assert new_text(text) == text


def test_iphone_signature_and_quoted_form():
    text = (
        f"{NEW}\n\nSent from my iPhone\n\n"
        f"On 19 Nov 2026, at 16:00, Flagpost <{ADDRESS}> wrote:\n\n{FORM}"
    )
    assert new_text(text) == NEW


@pytest.mark.parametrize(
    "signature",
    [
        "Sent from my Galaxy",
        "Sent from my Samsung Galaxy smartphone.",
        "Get Outlook for Android",
        "Get Outlook for Android<https://aka.ms/AAb9ysg>",
        "Von meinem iPhone gesendet",
        "Envoyé de mon iPhone",
        "Enviado desde mi iPhone",
        "iPhoneから送信",
    ],
)
def test_android_and_other_mobile_signatures(signature):
    assert is_mobile_signature(signature)
    text = (
        f"{NEW}\n\n{signature}\n________________________________\n"
        f"From: Flagpost <{ADDRESS}>\nSent: Thursday, November 19, 2026 4:00:00 PM\n"
        "To: Dana\nSubject: Weekly status\n\n" + UNQUOTED_FORM
    )
    assert new_text(text) == NEW


@pytest.mark.parametrize(
    "line",
    [
        "Sent from my desk, is much easier than my mobile phone.",
        "Sent the contract to 3 partners",
        "Sent with the contract.",
        "From my side all is good",
    ],
)
def test_prose_that_starts_like_a_signature_stays(line):
    assert not is_mobile_signature(line)
    assert new_text(f"{NEW}\n\n{line}") == f"{NEW}\n\n{line}"


def test_a_mobile_signature_mid_text_stays():
    text = "#12 green\nSent from my iPhone\n#13 red"
    assert new_text(text) == text


def test_dash_dash_space_signature():
    assert new_text(f"{NEW}\n\n-- \nDana\nVP Sales, Example Corp\n") == NEW


def test_sign_offs_stay_for_the_reader_to_ignore():
    # Email clients' own golden files keep "Thanks,\nName"; the form reader skips them.
    assert new_text(f"{NEW}\n\nThanks,\nDana") == f"{NEW}\n\nThanks,\nDana"


def test_inline_answers_stay_with_the_quoted_lines():
    answered = FORM.replace(
        "> Last week: [YELLOW] 3 of 5 signed\n",
        "> Last week: [YELLOW] 3 of 5 signed\ngreen - signed 4 of 5\n",
    ).replace("> Last week: [GREEN]\n", "> Last week: [GREEN]\nred - vendor slipped\n")
    text = f"On Thu, Nov 19, 2026 at 4:00 PM Flagpost <{ADDRESS}> wrote:\n{answered}"
    kept = new_text(text)
    assert kept.startswith("> Hi Dana,")
    assert "> #12 Sign 5 design partners\n> Due 15 Dec 2026, due in 26 days." in kept
    assert "> Last week: [YELLOW] 3 of 5 signed\ngreen - signed 4 of 5\n>\n> #13" in kept
    assert kept.endswith("> Last week: [GREEN]\nred - vendor slipped")  # trailing quote cut
    assert "wrote:" not in kept and "Prefer clicking" not in kept


def test_inline_answers_below_a_first_line():
    answered = FORM.replace(
        "> Last week: [YELLOW] 3 of 5 signed\n",
        "> Last week: [YELLOW] 3 of 5 signed\n\ngreen - signed 4 of 5\n\n",
    )
    attribution = f"On Thu, Nov 19, 2026 at 4:00 PM Flagpost <{ADDRESS}> wrote:"
    text = f"Answers inline.\n\n{attribution}\n{answered}"
    kept = new_text(text)
    assert kept.startswith("Answers inline.\n\n> Hi Dana,")
    assert kept.endswith("> Last week: [YELLOW] 3 of 5 signed\n\ngreen - signed 4 of 5")


def test_bottom_posted_answer_under_the_whole_quote():
    text = f"On Thu, Nov 19, 2026 at 4:00 PM Flagpost <{ADDRESS}> wrote:\n{FORM}\n{NEW}\n"
    assert new_text(text) == NEW


def test_a_reply_that_is_only_a_quote_is_returned_as_is():
    assert new_text(FORM) == FORM.rstrip()


def test_a_quote_of_nothing_but_attributions_is_empty():
    text = (
        "> On Thu, Nov 19, 2026 at 4:00 PM Flagpost <a@b.example> wrote:\n>\n"
        ">> On Wed, Nov 18, 2026 at 9:00 AM Dana <d@b.example> wrote:\n>>"
    )
    assert new_text(text) == ""


@pytest.mark.parametrize("text", ["", "\n", "   \n\t\n", "\r\n\r\n"])
def test_empty_input(text):
    assert new_text(text) == ""
    assert split(text) == ("", "")


def test_crlf_and_bare_cr_line_endings():
    assert new_text("#12 green\r\n#13 red\r\n\r\n-- \r\nDana") == "#12 green\n#13 red"
    assert new_text("#12 green\r#13 red\r\r> quoted") == "#12 green\n#13 red"


def test_lists_code_and_spacing_are_kept():
    text = "Notes:\n\n- one\n- two\n\n    indented stays\n\n```\n--\n> not a quote\n```\n\nEnd."
    assert new_text(text) == text


def test_a_rule_line_ends_the_reply():
    # The form must not ask people to type under a "-----" line: it would be cut here.
    assert new_text("#12 green\n-----\n#13 red") == "#12 green"


def test_a_sentence_starting_with_on_is_not_an_attribution():
    text = "On track for the launch.\nOn 12 Dec we review it.\n#12 green"
    assert new_text(text) == text
    assert not is_attribution("Dana wrote:")
    assert not is_attribution("On Monday I wrote the plan")
    assert not is_attribution(f"* Flagpost <{ADDRESS}> [the beta]:")  # Mutt needs a date
    assert not is_attribution("Kemal yazdı:")  # Turkish needs a date or an address too


def test_split_returns_what_was_cut():
    text = f"{NEW}\n\nOn 19/11/2026 16:00, Flagpost wrote:\n{FORM}"
    kept, elided = split(text)
    assert kept == NEW
    assert elided == f"On 19/11/2026 16:00, Flagpost wrote:\n{FORM}".rstrip()


def test_non_string_input_does_not_raise():
    assert new_text(None) == ""  # type: ignore[arg-type]


FRAGMENTS = [
    "",
    " ",
    ">",
    "> quoted",
    ">> deeper",
    "C> supercite",
    "#12 green - signed 4 of 5",
    "On Thu, Nov 19, 2026 at 4:00 PM Flagpost <a@b.example> wrote:",
    "On Thu, Nov 19, 2026 at 4:00 PM Flagpost <",
    "a@b.example> wrote:",
    "wrote:",
    "Am 19.11.2026 um 16:00 schrieb X <a@b.example>:",
    "2016-03-03 17:21 GMT+01:00 Some One",
    "From: X",
    "Sent: Thursday, November 19, 2026",
    "To: Y",
    "Subject: Z",
    "-----Original Message-----",
    "-- ",
    "____",
    "```",
    "Sent from my iPhone",
    "[a](b) Sent from [mail](x) for windows",
    "\r",
    "\u00a0",
    "\u200b",
]
LINES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=60))


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=30), st.sampled_from(["\n", "\r\n", "\r"]))
def test_property_never_raises_and_only_keeps_input_lines(lines, newline):
    text = newline.join(lines)
    kept, _ = trim._split(text)  # the inner function: split() would hide a bug
    assert new_text(text) == kept
    for line in kept.split("\n"):
        if line.strip():
            assert line in text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_property_any_text(text):
    kept = new_text(text)
    assert trim._split(text)[0] == kept
    assert all(line in text for line in kept.split("\n") if line.strip())
