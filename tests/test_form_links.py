"""The weekly form's links and the status page they open (issue 15, items 1 and 2).

The form's HTML part has a button to the status page, an "All green" button and a link
per flag per key result; its text part has the page's plain, short links. A link only
opens the page with a flag chosen (GET changes nothing); one press records, through the
code that applies a mail reply (done, drop with a reason, a new due date included)."""

from __future__ import annotations

import email
import email.policy
import html
import re
from datetime import date
from urllib.parse import urlsplit

import pytest
from flask import current_app
from sqlalchemy import select

from mailers.form import weekly_form
from okr import addresses, tokens
from okr.composing import form_url
from okr.extensions import db
from okr.models import ChangeSource, CheckIn, DeadlineChange, KRState, MailKind
from okr.replies.html_text import html_to_text
from okr.replies.read import read_text
from okr.services import checkins
from okr.services.forms import items_for
from okr.services.reply_record import form_entries
from tests.conftest import NOW, make_kr, make_person

WEEK = "2026-W47"
HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture
def dana(app):
    person = make_person("dana@example.com", "Dana Scully")
    other = make_person("fox@example.com", "Fox Mulder")
    # Made in this order so that id order and the form's order (objective titles) differ.
    late = make_kr(person, "Ship the beta", objective="Zebra launch")
    early = make_kr(person, "Sign 5 design partners", objective="Alpha customers")
    make_kr(other, "Someone else's key result")
    return person, early, late


def _form(person, kind=MailKind.FORM):
    return weekly_form(
        kind,
        person,
        WEEK,
        items_for([person.id], WEEK, NOW.date()).get(person.id, []),
        today=NOW.date(),
        message_id=addresses.new_message_id(kind.value),
        reply_to=addresses.reply_address(person.id, WEEK),
        thread_root=addresses.thread_id(person.id),
        form_url=form_url(person.id, WEEK),
    )


def _parts(message) -> tuple[str, str]:
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    text = parsed.get_body(("plain",)).get_content().replace("\r\n", "\n")
    return text, parsed.get_body(("html",)).get_content()


def _path(url: str) -> str:
    parts = urlsplit(html.unescape(url))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _check_ins() -> list[CheckIn]:
    db.session.expire_all()
    return db.session.scalars(select(CheckIn).order_by(CheckIn.id)).all()


# --- the email -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [MailKind.FORM, MailKind.REMINDER])
def test_the_html_part_has_a_button_all_green_and_a_link_per_flag(dana, kind):
    person, early, late = dana
    text, page = _parts(_form(person, kind))
    url = form_url(person.id, WEEK)
    assert re.search(rf'<a [^>]*class="button"[^>]*href="{re.escape(url)}"', page) or re.search(
        rf'<a [^>]*href="{re.escape(url)}"[^>]*class="button"', page
    )
    links = {html.unescape(h) for h in HREF.findall(page)}
    assert f"{url}?all=green" in links
    for kr in (early, late):
        for flag in ("green", "yellow", "red"):
            assert f"{url}?flag-{kr.id}={flag}" in links
    assert url not in re.sub(r"<[^>]+>", "", page)  # no bare URL shown as text in the HTML


@pytest.mark.parametrize("kind", [MailKind.FORM, MailKind.REMINDER])
def test_the_text_part_has_short_plain_links(dana, kind):
    person, *_ = dana
    text, _ = _parts(_form(person, kind))
    url = form_url(person.id, WEEK)
    assert f"Set your flags on this page: {url}\n" in text
    assert f"All green in one click: {url}?all=green\n" in text
    assert "](" not in text and "<a " not in text  # plain URLs, no markup
    for line in text.splitlines():
        for found in re.findall(r"https?://\S+", line):
            assert len(found) <= len(url) + len("?all=green")


def test_every_link_of_the_form_acts_for_its_recipient_only(dana, app):
    person, *_ = dana
    message = _form(person)
    assert message.recipients == [person.email] and not message.cc and not message.bcc
    text, page = _parts(message)
    urls = re.findall(r"https?://[^\s\"<>]+", text + html.unescape(page))
    assert len(urls) >= 8
    for url in urls:
        token = urlsplit(url).path.rsplit("/", 1)[-1]
        read = tokens.read(token, app.config["SECRET_KEY"], WEEK, 4)
        assert read.person_id == person.id


def _read(body: str, person):
    understanding = read_text(body, form_entries(person), NOW.date()).understanding
    return (
        [(a.ref, a.status) for a in understanding.items],
        understanding.commands,
        understanding.ambiguous,
    )


def test_the_form_text_pasted_back_unquoted_records_none_of_its_own_lines(dana):
    """A person who pastes the whole form back, links included, and answers one line:
    only that answer is read (the links' lines are the form's, not answers)."""
    person, early, late = dana
    text, page = _parts(_form(person))
    answer = f"{early.ref} yellow - two signed\n\n"
    assert _read(answer + text, person) == ([(early.ref, "yellow")], [], [])
    # The HTML part as a client turns it into text: the links' lines add nothing to what
    # the rest of the pasted form reads as.
    pasted = html_to_text(page)
    labels = ("Set this week:", "Open my status page", "A link opens your status page")
    assert all(label in pasted for label in labels)
    without = "\n".join(line for line in pasted.splitlines() if not line.startswith(labels))
    assert _read(answer + pasted, person) == _read(answer + without, person)
    # A heading joined with its "Due …" line is the form's, never a new date.
    assert _read(answer + pasted, person) == ([(early.ref, "yellow")], [], [])


# --- the status page -------------------------------------------------------------------


def _url(person) -> str:
    return "/status/" + tokens.make(person.id, WEEK, current_app.config["SECRET_KEY"])


def _checked(page: str, kr_id: int) -> str | None:
    found = re.search(rf'name="flag-{kr_id}" value="(\w+)" checked', page)
    return found.group(1) if found else None


def test_a_flag_link_opens_the_page_with_that_flag_chosen_and_records_nothing(client, dana):
    person, early, late = dana
    for _ in range(3):  # scanners open links, sometimes more than once
        response = client.get(f"{_url(person)}?flag-{late.id}=red")
        assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert _checked(page, late.id) == "red" and _checked(page, early.id) is None
    assert "Not recorded yet" in page
    assert _check_ins() == []


def test_all_green_is_one_link_and_one_press(client, dana):
    person, early, late = dana
    page = client.get(f"{_url(person)}?all=green").get_data(as_text=True)
    assert _checked(page, early.id) == "green" and _checked(page, late.id) == "green"
    assert _check_ins() == []
    fields = dict(re.findall(r'name="(flag-\d+)" value="(\w+)" checked', page))
    response = client.post(_url(person), data=fields)
    assert response.status_code == 302
    assert {(c.key_result_id, c.flag.value, c.source_message_id) for c in _check_ins()} == {
        (early.id, "green", "web"),
        (late.id, "green", "web"),
    }


def test_a_link_with_a_made_up_flag_chooses_nothing(client, dana):
    person, early, late = dana
    page = client.get(f"{_url(person)}?flag-{late.id}=purple&all=blue").get_data(as_text=True)
    assert _checked(page, late.id) is None and "Not recorded yet" not in page


def test_the_page_lists_key_results_in_the_order_of_the_email(client, dana):
    person, early, late = dana
    text, _ = _parts(_form(person))
    page = html.unescape(client.get(_url(person)).get_data(as_text=True))
    in_mail = [text.index(early.title), text.index(late.title)]
    on_page = [page.index(early.title), page.index(late.title)]
    assert in_mail[0] < in_mail[1] and on_page[0] < on_page[1]
    assert early.id > late.id  # the order is the form's, not the ids'


def test_the_page_shows_what_a_reply_recorded_and_lets_it_change(client, dana):
    person, early, late = dana
    checkins.record(early, WEEK, "yellow", score=0.4, note="two signed", source="<r@x>")
    db.session.commit()
    page = html.unescape(client.get(_url(person)).get_data(as_text=True))
    assert _checked(page, early.id) == "yellow"
    assert 'value="0.4"' in page and "two signed</textarea>" in page
    assert "from your email reply" in page
    response = client.post(
        _url(person),
        data={
            f"flag-{early.id}": "red",
            f"score-{early.id}": "0.4",
            f"note-{early.id}": "lost one",
        },
    )
    assert response.status_code == 302
    assert [(c.flag.value, c.note) for c in _check_ins()] == [
        ("yellow", "two signed"),
        ("red", "lost one"),
    ]
    after = html.unescape(client.get(response.location).get_data(as_text=True))
    assert "Your status is recorded" in after and "lost one" in after
    assert _checked(after, early.id) == "red" and "from this page" in after


def test_saving_unchanged_fields_adds_no_check_in(client, dana):
    person, early, late = dana
    checkins.record(early, WEEK, "green", author=person, source="web")
    db.session.commit()
    response = client.post(_url(person), data={f"flag-{early.id}": "green"})
    assert response.status_code == 302
    assert len(_check_ins()) == 1
    assert "Nothing changed" in client.get(response.location).get_data(as_text=True)


def test_done_drop_and_a_new_date_are_recorded_as_a_reply_records_them(client, dana, app):
    person, early, late = dana
    other = make_kr(person, "Hire a designer", objective="Alpha customers")
    response = client.post(
        _url(person),
        data={
            f"action-{early.id}": "done",
            f"reason-{early.id}": "five signed",
            f"action-{late.id}": "drop",
            f"reason-{late.id}": "market moved",
            f"flag-{other.id}": "yellow",
            f"action-{other.id}": "due",
            f"due-{other.id}": "2027-01-20",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.expire_all()
    assert (early.state, early.done_note) == (KRState.DONE, "five signed")
    assert (late.state, late.drop_reason) == (KRState.DROPPED, "market moved")
    assert other.due == date(2027, 1, 20)
    change = db.session.scalars(select(DeadlineChange)).one()
    assert change.source is ChangeSource.REPLY and change.author_id == person.id
    page = html.unescape(client.get(response.location).get_data(as_text=True))
    assert "Closed this week" in page and "five signed" in page and "market moved" in page
    assert f"{other.ref} Hire a designer: due date moved later" in page


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"action-A": "drop"}, "say why the key result is dropped"),
        ({"action-A": "due", "due-A": "next week"}, "is not a date; write the new due date as"),
        ({"action-A": "due", "due-A": "9999-12-31"}, "due date"),
        ({"action-A": "explode"}, "is not something the page can do"),
    ],
    ids=["drop-without-reason", "bad-date", "date-out-of-range", "unknown-action"],
)
def test_a_bad_command_records_nothing_and_says_why(client, dana, fields, message):
    person, early, late = dana
    data = {f"flag-{late.id}": "green"}
    data.update({k.replace("A", str(early.id)): v for k, v in fields.items()})
    response = client.post(_url(person), data=data)
    assert response.status_code == 400
    page = html.unescape(response.get_data(as_text=True))
    assert message in page and "Traceback" not in page
    assert _check_ins() == []
    db.session.expire_all()
    assert early.state is KRState.ACTIVE and early.due == date(2026, 12, 15)


def test_an_email_answer_that_came_while_the_page_was_open_is_not_overwritten(client, dana):
    person, early, late = dana
    checkins.record(early, WEEK, "green", author=person, source="web")
    db.session.commit()
    page = client.get(_url(person)).get_data(as_text=True)
    shown = dict(re.findall(r'name="(was-[a-z]+-\d+)" value="([^"]*)"', page))
    assert shown[f"was-flag-{early.id}"] == "green"
    checkins.record(early, WEEK, "red", note="lost the deal", source="<reply@x>")
    db.session.commit()
    data = {**shown, f"flag-{early.id}": "green", f"flag-{late.id}": "yellow"}
    assert client.post(_url(person), data=data).status_code == 302
    assert [(c.key_result_id, c.flag.value) for c in _check_ins()] == [
        (early.id, "green"),
        (early.id, "red"),  # the email's answer stands: the page left early as it showed it
        (late.id, "yellow"),
    ]


_OUTLOOK = (
    "From: Flagpost <status@flagpost.example>\nSent: Thursday, November 19, 2026 4:02 PM\n"
    "To: Dana Scully <dana@example.com>\nSubject: Weekly status\n"
)


def test_answers_typed_inside_the_form_outlook_quoted_unmarked_are_read(dana):
    """Outlook quotes the form under its "From:/Sent:" block without ">": answers typed
    under the items are read, the form's own lines (buttons, links, last week) never."""
    person, early, late = dana
    text, page = _parts(_form(person))
    typed = {early.ref: "[DS] yellow - two signed", late.ref: "[DS] red - the build broke"}
    lines: list[str] = []
    current = None
    for line in text.splitlines():
        lines.append(line)
        current = next((ref for ref in typed if line.startswith(f"{ref} ")), current)
        if line.startswith("Last week:") and current:
            lines.append(typed[current])
    plain = "See inline.\n\n" + _OUTLOOK + "\n" + "\n".join(lines)
    expected = sorted([(early.ref, "yellow"), (late.ref, "red")])
    read = _read(plain, person)
    assert (sorted(read[0]), read[1], read[2]) == (expected, [], [])
    # Outlook's HTML: the header in a bordered div, the answers in paragraphs of their own.
    header = _OUTLOOK.replace("\n", "<br>")
    untouched = (
        f"<p>Nothing yet.</p><div style='border-top:solid 1.0pt'><p>{header}</p></div>{page}"
    )
    assert _read(html_to_text(untouched), person) == ([], [], [])  # never its "Due" as a date
    for ref, answer in typed.items():  # under the item, above its row of flag links
        title = early.title if ref == early.ref else late.title
        links = page.index('<p class="set-flag"', page.index(f"{ref} {title}"))
        page = f"{page[:links]}<p>{html.escape(answer)}</p>{page[links:]}"
    body = (
        "<p>See inline.</p><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p>"
        f"{header}</p></div>{page}"
    )
    read = _read(html_to_text(body), person)
    assert (sorted(read[0]), read[1], read[2]) == (expected, [], [])
