"""The classes the fourth fresh held-out batch showed (issue 12): a check mark alone is
asked, a slash date that reads as two days is refused with a reason that says so, and a
name the mail client sends ends the answers like the person's own name."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest

from okr.models import Person
from okr.replies.read import read_text
from okr.replies.understand import FormEntry, understand
from okr.services.reply_record import names_of

THURSDAY = date(2026, 11, 19)
ENTRIES = [FormEntry("#12", "Sign 5 design partners"), FormEntry("#13", "Ship the beta")]


@pytest.mark.parametrize("mark", ["✅", "✅️", "✔", "✓", "☑"])
def test_a_check_mark_alone_is_asked_and_the_reason_names_both_readings(mark: str) -> None:
    result = understand(f"#12 {mark}\n#13 green", ENTRIES, THURSDAY)
    assert [(a.ref, a.status) for a in result.items] == [("#13", "green")]
    assert [(a.refs, a.reason) for a in result.ambiguous] == [
        (("#12",), f"{mark[0]} can mean on track or done")
    ]


def test_a_check_mark_with_words_after_it_is_read_by_the_words() -> None:
    result = understand("#12 ✅ on track\n#13 ✅ shipped", ENTRIES, THURSDAY)
    assert [(a.ref, a.status) for a in result.items] == [("#12", "green")]
    assert [(c.kind, c.ref) for c in result.commands] == [("done", "#13")]


@pytest.mark.parametrize(
    ("line", "due"),
    [("#13 new date 18/12/2026", "2026-12-18"), ("#13 pushed to 12/18", "2026-12-18"),
     ("#13 moved to 6/6", "2027-06-06"), ("#13 moved to 18/12/26", "2026-12-18")],
)  # fmt: skip
def test_a_slash_date_that_reads_one_way_is_the_new_date(line: str, due: str) -> None:
    result = understand(line, ENTRIES, THURSDAY)
    assert [(c.kind, c.ref, c.value) for c in result.commands] == [("due", "#13", due)]


def test_a_slash_date_that_reads_as_two_days_is_refused_and_the_answer_says_why() -> None:
    result = understand("#13 moved to 03/04", ENTRIES, THURSDAY)
    assert result.commands == [] and result.items == []
    assert result.unmatched == [
        "#13 moved to 03/04  (03/04 for #13 can be two days: write the month as a word (3 April))"
    ]


def _reply_from(display: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{display} <kenji@example.com>"
    return msg


def test_the_name_the_mail_client_sends_is_one_the_person_signs_with() -> None:
    person = Person(name="Kenji Watanabe", email="kenji@example.com")
    assert names_of(person) == ("Kenji Watanabe", "Kenji")
    assert names_of(person, _reply_from("渡辺 健二")) == (
        "Kenji Watanabe", "Kenji", "渡辺 健二", "渡辺", "渡辺健二"
    )  # fmt: skip
    assert names_of(person, _reply_from("Kenji Watanabe")) == ("Kenji Watanabe", "Kenji")
    assert names_of(person, EmailMessage()) == ("Kenji Watanabe", "Kenji")


@pytest.mark.parametrize("signed", ["東海林", "東海林誠", "東海林 誠"])
def test_a_cjk_name_right_under_the_answer_is_no_part_of_its_note(signed: str) -> None:
    """A rarer family name (common ones are known: test_reply_note_edges.py) is known
    from the name the mail client sends."""
    person = Person(name="Makoto Shoji", email="makoto@example.com")
    names = names_of(person, _reply_from("東海林 誠"))
    result = read_text(f"#12 緑 - 順調です\n{signed}", ENTRIES, THURSDAY, names).understanding
    assert [(a.ref, a.status, a.note) for a in result.items] == [("#12", "green", "順調です")]
    without = read_text(f"#12 緑 - 順調です\n{signed}", ENTRIES, THURSDAY, names_of(person))
    assert without.understanding.items[0].note != "順調です"  # the test can fail


@pytest.mark.parametrize(
    "marker",
    ["----- Mail original -----", "----- Ursprüngliche Mail -----",
     "----- Originalmeddelande -----", "----- Correo original -----"],
)  # fmt: skip
def test_an_answer_typed_into_history_under_a_webmail_marker_is_read(marker: str) -> None:
    body = (
        f'Bonjour,\n\n{marker}\nDe: "Flagpost" <status@okr.example>\n'
        "Envoyé: Jeudi 19 Novembre 2026 09:00:00\nObjet: Weekly status\n\n"
        "> #12 Sign 5 design partners\n> Due 15 Dec 2026, due in 26 days.\n"
        "Cette semaine : vert, 4 signés\n>\n> #13 Ship the beta\n"
        "> Last week: [YELLOW] waiting on QA\n"
    )
    result = read_text(body, ENTRIES, THURSDAY).understanding
    assert [(a.ref, a.status, a.note) for a in result.items] == [("#12", "green", "4 signés")]
    assert result.unmatched == []
