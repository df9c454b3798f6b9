"""The digest mail rendered from digests built by hand, apart from the builder."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, date, datetime

import pytest

from mailers import digest as mail
from okr.digest.model import (
    Digest,
    EarlyWarning,
    GradeRow,
    Headline,
    Item,
    ManagerRecord,
    OpenQuestion,
    QuarterStats,
    RollupRow,
    Warning,
)

WEEK = "2026-W47"


def item(ref: int, status: str, **fields) -> Item:
    values = {
        "kr_id": ref,
        "ref": f"#{ref}",
        "title": f"Key result {ref}",
        "objective": "Win the first customers",
        "owner_id": 100 + ref,
        "owner": "Dana Scully",
        "owner_email": "dana@example.com",
        "chain": ["Bo Boss", "Cy Chief"],
        "level": 3,
        "status": status,
        "due": date(2026, 12, 15),
        "score": None,
        "note": "",
        "updated_at": datetime(2026, 11, 18, 9, 0, tzinfo=UTC),
        "trend": ["green", "green", "yellow", "missing", status, status],
    }
    values.update(fields)
    return Item(**values)


def full_digest(**fields) -> Digest:
    """Every section filled, one story each."""
    values = {
        "manager_id": 1,
        "manager": "Maya Chen",
        "manager_email": "maya@example.com",
        "week": WEEK,
        "depth": 3,
        "headline": Headline(
            counts={
                "red": 3,
                "yellow": 4,
                "green": 20,
                "missing": 2,
                "away": 1,
                "dropped": 1,
                "done": 1,
            },
            change={"red": 1, "yellow": -2, "green": 0},
        ),
        "red": [
            item(
                12,
                "red",
                title="Sign 5 design partners",
                note="vendor slipped, need a decision",
                weeks_in_red=3,
                score=0.3,
                verdict="long_red",
                verdict_text="Red for weeks: look at the plan, not the people.",
                question="Is the plan working? Should we re-scope it or drop it?",
                trend=["green", "green", "yellow", "red", "red", "red"],
            )
        ],
        "no_report": [
            item(
                14,
                "missing",
                title="Hire 4 engineers",
                silent_weeks=3,
                escalated=True,
                verdict="silent",
                question="Is something in the way of reporting? How can I help?",
            ),
        ],
        "away": [item(15, "away", title="Open Lisbon office", away_until=date(2026, 12, 1))],
        "yellow": [item(16, "yellow", title="Cut churn to 2%", note="two big accounts wobble")],
        "warnings": [
            item(
                17,
                "green",
                title="Launch in EMEA",
                warnings=[Warning("slipping", "slipping repeatedly: the due date moved 3 times")],
                verdict="slipping",
                verdict_text="Slipping repeatedly: the due date moved 3 times.",
                question="What would make the next date hold?",
            )
        ],
        "dropped": [item(18, "dropped", title="Print catalogue", drop_reason="nobody reads print")],
        "done": [item(19, "done", title="Ship the beta")],
        "green": [item(20, "green", title="Keep uptime 99.9%", score=0.8)],
        "rollup": [
            RollupRow(2, "Tomás Herrera", {"red": 1, "green": 12, "missing": 1}, 0.92, True),
            RollupRow(3, "Priya Raman", {"red": 2, "yellow": 4, "green": 8}, None, True),
        ],
        "record": ManagerRecord(
            reply_rate_week=0.85,
            reply_rate_4_weeks=0.9,
            old_reds_unasked=["#12"],
            open_questions=[
                OpenQuestion(
                    "#14", "Kenji Watanabe", "Who could help?", datetime(2026, 11, 17, tzinfo=UTC)
                )
            ],
        ),
        "quarter": QuarterStats(
            period="2026-Q4",
            early_warnings=[EarlyWarning("#12", "Sign 5 design partners", "Dana Scully", 21)],
            watermelons=2,
            median_days_warned=14.0,
            grades=[GradeRow("Tomás Herrera", 5, 0.8, "goals may not be aggressive enough")],
        ),
    }
    values.update(fields)
    return Digest(**values)


# --- Rendering ----------------------------------------------------------------------------

TEXT_HEADINGS = [
    "ROLL-UP BY TEAM",
    "RED (",
    "NO REPORT (",
    "AWAY (",
    "YELLOW (",
    "WARNINGS (",
    "DROPPED (",
    "DONE (",
    "GREEN (",
    "YOUR RECORD",
    "QUARTER 2026-Q4",
    "WHAT WE LEARNED THIS QUARTER (0)",
]
HTML_HEADINGS = [
    "Roll-up by team",
    "Red (1)",
    "No report (1)",
    "Away (1)",
    "Yellow (1)",
    "Warnings (1)",
    "Dropped (1)",
    "Done (1)",
    "Green (1)",
    "Your record",
    "Quarter 2026-Q4",
    "What we learned this quarter (0)",
]


@pytest.fixture
def ctx(app):
    with app.test_request_context():
        yield


def _render(digest: Digest) -> tuple[str, str]:
    return mail.render(digest)


def _line_with(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


def test_subject_counts_come_from_the_headline(ctx):
    assert mail.subject(full_digest()) == "Digest week 47: 3 red, 2 no report, 4 yellow, 20 green"
    quiet = full_digest(headline=Headline(counts={"green": 1}, change={}))
    assert mail.subject(quiet) == "Digest week 47: 0 red, 0 no report, 0 yellow, 1 green"


def test_text_sections_come_in_the_models_order(ctx):
    text, _ = _render(full_digest())
    lines = text.splitlines()
    positions = [
        next(i for i, line in enumerate(lines) if line.startswith(h)) for h in TEXT_HEADINGS
    ]
    assert positions == sorted(positions)
    red, silent = (
        next(i for i, x in enumerate(lines) if x.startswith(h)) for h in TEXT_HEADINGS[1:3]
    )
    assert red < silent < lines.index("AWAY (1)")


def test_html_sections_come_in_the_models_order(ctx):
    _, html = _render(full_digest())
    headings = re.findall(r"<h3[^>]*>([^<]*)</h3>", html)
    assert headings == HTML_HEADINGS


def test_headline_counts_and_changes(ctx):
    text, _ = _render(full_digest())
    assert "3 red, 2 no report, 4 yellow, 20 green, 1 away, 1 done, 1 dropped." in text
    assert "Since last week: red +1, yellow -2." in text  # unchanged green is not news
    assert "covering 3 levels of your organisation" in text
    whole = full_digest(depth=None)
    assert "covering your whole organisation" in _render(whole)[0]


def test_how_to_ask_a_question_uses_a_real_ref(ctx):
    text, _ = _render(full_digest())
    assert (
        "reply with #12 and your question; it goes to the owner, "
        "and you get a note of what was sent." in text
    )


def test_red_makes_bad_news_feel_expected_and_safe(ctx):
    text, _ = _render(full_digest())
    assert "Bad news early is good news: a red is a call for help, never a failure." in text
    block = text.split("RED (1)")[1].split("NO REPORT")[0]
    assert "🟩🟩🟨🟥🟥🟥 #12 Sign 5 design partners" in block
    assert (
        "Dana Scully · via Bo Boss → Cy Chief · due 15 Dec 2026 · red for 3 weeks · score 0.30"
        in block
    )
    assert "Note: vendor slipped, need a decision" in block
    assert (
        "Red for weeks: look at the plan, not the people. "
        "Ask: Is the plan working? Should we re-scope it or drop it?" in block
    )
    assert "thank" not in block.lower()  # one verdict: an old red is not "raised early"


def test_a_red_raised_early_says_thank_them_and_nothing_else(ctx):
    digest = full_digest()
    red = digest.red[0]
    red.weeks_in_red, red.raised_early, red.verdict = 1, True, "raised_early"
    red.verdict_text = "Raised early - thank them."
    red.question = "Thanks for raising it early. What would it take, and who could help?"
    block = _render(digest)[0].split("RED (1)")[1].split("NO REPORT")[0]
    assert (
        "Raised early - thank them. Ask: Thanks for raising it early. "
        "What would it take, and who could help?" in block
    )
    assert "Also:" not in block and "Warning" not in block


def test_a_red_shows_its_other_warnings_once_in_its_own_block(ctx):
    digest = full_digest()
    red = digest.red[0]
    red.warnings = [
        Warning("overdue", "overdue: the due date passed 3 days ago and it is not done")
    ]
    text, _ = _render(digest)
    block = text.split("RED (1)")[1].split("NO REPORT")[0]
    assert "Also: overdue: the due date passed 3 days ago" in block
    assert text.count("the due date passed 3 days ago") == 1


def test_no_red_is_said_out_loud(ctx):
    text, html = _render(full_digest(red=[]))
    assert "RED (0)" in text and "Nothing is red this week." in text


def test_no_report_shows_silence_away_and_escalation(ctx):
    text, _ = _render(full_digest())
    block = text.split("NO REPORT (1)")[1].split("AWAY (1)")[0]
    line = _line_with(block, "Dana Scully")
    assert "no report for 3 weeks in a row. Ask: Is something in the way of reporting?" in line
    assert "Escalated: shown beyond your depth setting" in block
    away = text.split("AWAY (1)")[1].split("YELLOW")[0]
    assert "Dana Scully · via Bo Boss → Cy Chief · away until 1 Dec 2026: #15" in away
    assert "no report" not in away  # the away owner is not called silent


def test_away_takes_one_line_per_person(ctx):
    away = [
        item(n, "away", owner_id=7, owner="Aiko Tanaka", away_until=date(2026, 12, 2))
        for n in (54, 55, 56)
    ]
    text, _ = _render(full_digest(away=away))
    block = text.split("AWAY (3)")[1].split("YELLOW")[0].strip()
    assert block == "Aiko Tanaka · via Bo Boss → Cy Chief · away until 2 Dec 2026: #54, #55, #56"


def test_warnings_dropped_done_and_green(ctx):
    text, html = _render(full_digest())
    assert (
        "Slipping repeatedly: the due date moved 3 times. "
        "Ask: What would make the next date hold?" in text
    )
    assert "#17 Launch in EMEA [GREEN]" in text
    assert (
        "DROPPED (1): stopping what no longer matters, and saying why, is the right thing to do."
        in text
    )
    assert "reason: nobody reads print" in _line_with(
        text, "Dana Scully · via Bo Boss → Cy Chief · reason"
    )
    done = _line_with(text, "#19 Ship the beta")
    assert done == "🟩🟩🟨⬜🟦🟦 #19 Ship the beta (Dana Scully · via Bo Boss → Cy Chief)"
    green = _line_with(text, "#20 Keep uptime")
    assert green.endswith("(Dana Scully · via Bo Boss → Cy Chief · score 0.80)")
    assert 'class="flag flag-green"' in html


def test_every_key_result_line_carries_its_trend(ctx):
    digest = full_digest()
    text, html = _render(digest)
    listed = [name for name in Digest.SECTIONS if name != "away"]  # away: a line per person
    for name in listed:
        for item in getattr(digest, name):
            line = _line_with(text, f"{item.ref} {item.title}")
            assert line.startswith(mail.squares(item.trend, False)), line
            assert len(mail.squares(item.trend, False)) == 6
    items = sum(len(getattr(digest, name)) for name in listed)
    legend = len(mail.SQUARES) - 1  # "not yet created" only when a trend has it
    assert html.count('class="trend"') == items + legend
    red = re.search(r'<span class="trend">(.*?)</span></span>', html.split("Red (1)")[1])
    runs = re.findall(r'class="sq sq-(\w+)" style="([^"]*)">(\w+)<', red.group(0))
    assert [(status, letters) for status, _, letters in runs] == [
        ("green", "GG"),
        ("yellow", "Y"),
        ("red", "RRR"),
    ]
    assert all("background: #" in style for _, style, _ in runs)


def test_text_trend_squares_for_every_status(ctx):
    assert mail.squares(list(mail.SQUARES), False) == "🟥🟨🟩⬜🟪🟦⬛➖"
    assert mail.squares(["red", "bogus"], False) == "🟥⬜"
    assert "sq-missing" in mail.squares(["bogus"], True)


def test_rollup_is_aligned_in_text_and_a_table_in_html(ctx):
    text, html = _render(full_digest())
    lines = text.split("ROLL-UP BY TEAM\n\n")[1].split("\nEach team's digest")[0].splitlines()
    assert lines[0].split() == [
        "Team", "Red", "No", "report", "Yellow", "Green", "Away", "Done", "Dropped", "Reported",
    ]  # fmt: skip
    assert lines[1].startswith("Tomás Herrera ") and lines[1].endswith("92%")
    assert lines[2].startswith("Priya Raman ") and lines[2].endswith("–")
    assert len({len(line) for line in lines}) == 1  # right-aligned to the same column
    assert lines[0].index("Red") + len("Red") == lines[1].index(" 1 ") + 2  # numbers align right
    table = html.split("Roll-up by team")[1].split("</table>")[0]
    assert "<table" in table and "<th" in table
    assert 'href="http://flagpost.test/digest/2?week=2026-W47"' in table
    assert ">Tomás Herrera</a><br>" in table
    # A phone shows five columns; the share reported and the rest go under the name.
    assert re.findall(r"<th(?:\s[^>]*)?>([^<]*)", table) == [
        "Team", "Red", "No report", "Yellow", "Green",
    ]  # fmt: skip
    assert "92% reported" in table and "Reported" not in table


def test_rollup_rows_link_to_each_teams_digest(ctx):
    text, _ = _render(full_digest())
    assert (
        "Each team's digest: Tomás Herrera http://flagpost.test/digest/2?week=2026-W47; "
        "Priya Raman http://flagpost.test/digest/3?week=2026-W47" in text
    )


def test_record_and_quarter(ctx):
    text, _ = _render(full_digest())
    assert "reported on 85% of its key results this week, 90% over the last four weeks" in text
    assert "nobody has asked: #12." in text
    assert "#14 to Kenji Watanabe, asked 17 Nov 2026: Who could help?" in text
    assert "median 14 days before the due date. 2 key results were green until they missed." in text
    assert "#12 Sign 5 design partners (Dana Scully): warned 21 days before the due date" in text
    assert "goals may not be aggressive enough" in text
    assert "QUARTER" not in _render(full_digest(quarter=None))[0]


def test_user_text_is_escaped_in_html_and_verbatim_in_text(ctx):
    evil = "<script>alert(1)</script> *bold* [x](http://evil.example) | a"
    digest = full_digest()
    digest.red[0].note = evil
    digest.red[0].title = "<b>Title</b> _x_"
    digest.red[0].owner = "Eve <img src=x>"
    digest.rollup[0].name = "Tom | <i>"
    text, html = _render(digest)
    assert f"Note: {evil}" in text
    assert "<b>Title</b> _x_" in text and "Eve <img src=x>" in text
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *bold* [x](http://evil.example) | a" in html
    assert "&lt;b&gt;Title&lt;/b&gt; _x_" in html
    links = re.findall(r'href="([^"]*)"', html)
    assert links == [
        "http://flagpost.test/digest/2?week=2026-W47",
        "http://flagpost.test/digest/3?week=2026-W47",
        "http://flagpost.test/digest?week=2026-W47",
    ]  # only our own
    assert "Tom | &lt;i&gt;</a><br>" in html


def test_no_line_looks_like_a_delimiter(ctx):
    digest = full_digest()
    digest.red[0].note = "first\n---\n___\n===\nlast"
    digest.dropped[0].drop_reason = "--\n=="
    text, _ = _render(digest)
    for line in text.splitlines():
        assert not re.fullmatch(r"\s*[-_=]+\s*", line), f"delimiter-like line {line!r}"
    assert "Note: first --- ___ === last" in text


def test_html_is_inlined_without_images_or_style_blocks(ctx):
    _, html = _render(full_digest())
    assert 'style="' in html and "<style" not in html and "<img" not in html


def test_an_empty_digest_is_short(ctx):
    empty = full_digest(
        headline=Headline(counts={}, change={}),
        red=[], no_report=[], away=[], yellow=[], warnings=[], dropped=[], done=[], green=[],
        rollup=[],
        record=ManagerRecord(None, None, [], []), quarter=None,
    )  # fmt: skip
    text, _ = _render(empty)
    assert "Nothing is red this week." in text
    for heading in TEXT_HEADINGS[2:9] + ["QUARTER", "ROLL-UP"]:
        assert heading not in text
    assert "reported on – of its key results" in text
    assert "reply with #12 and your question" in text


def test_digest_mail_headers(ctx, app):
    message = mail.digest_mail(
        full_digest(), message_id="<digest.abc@okr.example.com>", reply_to="status+t@x.example"
    )
    assert message.recipients == ["maya@example.com"]
    assert message.msgId == "<digest.abc@okr.example.com>"
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    assert parsed["Message-ID"] == "<digest.abc@okr.example.com>"
    assert len(parsed.get_all("Message-ID")) == 1
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["Reply-To"] == "status+t@x.example"
    assert parsed["Subject"].startswith("Digest week 47: 3 red")
    text = parsed.get_body(preferencelist=("plain",)).get_content()
    assert "🟩🟩🟨🟥🟥🟥 #12 Sign 5 design partners" in text


def test_long_lines_travel_quoted_printable(ctx, app):
    digest = full_digest()
    digest.red[0].note = "word " * 600
    raw = mail.digest_mail(digest, message_id="<d.1@x.example>", reply_to="r@x.example").as_bytes()
    assert all(len(line) < 998 for line in raw.split(b"\r\n"))
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    text = parsed.get_body(preferencelist=("plain",)).get_content()
    assert "Note: " + ("word " * 600).strip() in text


def test_weeks_before_a_key_result_existed(ctx):
    digest = full_digest()
    assert "not yet created" not in _render(digest)[0]
    digest.green[0].trend = ["none", "none", "none", "none", "green", "green"]
    text, html = _render(digest)
    assert "➖ not yet created." in text
    assert _line_with(text, "#20 Keep uptime").startswith("➖➖➖➖🟩🟩 #20")
    assert '<span class="sq sq-none" style="' in html
