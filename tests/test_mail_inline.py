"""The fast inline step (mailers/inline.py) makes the same HTML as Python-Markdown's own,
on every form, reminder and digest of the demo company and on text built to trip each
inline pattern; and a Friday send loads its digests a few managers at a time."""

from __future__ import annotations

import itertools
import random

import markdown
import pytest

from mailers import inline, render
from okr import composing, dispatch
from okr.digest import build as digest_build
from okr.extensions import db
from okr.models import MailKind, OutboxMessage

WEEK = "2026-W47"  # the demo's last week


def _plain(source: str) -> str:
    return markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html").convert(
        source
    )


def _fast(source: str) -> str:
    md = markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html")
    return inline.install(md).convert(source)


def test_every_pattern_of_the_converter_is_known() -> None:
    """A Markdown release that renames or rewrites a pattern is searched as before; this
    says so, so that the table in mailers/inline.py is read again."""
    md = markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html")
    unknown = [
        item.name
        for item in md.inlinePatterns._priority
        if inline.needs(item.name, md.inlinePatterns[item.name]) is None
    ]
    assert unknown == []


def test_an_unknown_pattern_is_always_searched() -> None:
    md = markdown.Markdown()
    escape = md.inlinePatterns["escape"]
    assert inline.needs("escape", escape) == ("\\",)
    assert inline.needs("something-new", escape) is None
    escape.compiled_re = __import__("re").compile(r"\\(.)|~")  # as if a release changed it
    assert inline.needs("escape", escape) is None


PIECES = [
    "plain words", "a\\.b", "`code`", "``a ` b``", "\\\\`x`", "*em*", "**strong**", "_u_",
    "__uu__", "a * b", "snake_case_name", "[link](http://x.example)", "[ref]", "![img](a.png)",
    "<http://auto.example>", "<me@mail.example>", "<span class=\"flag flag-red\">RED</span>",
    "<b>bold</b>", "&amp;", "&#169;", "&nope", "line  \nbreak", "<!-- c -->", "a < b > c",
    "Zoë 王", "| a | b |", "- item", "1. one", "# head", "    code block", "> quote", "",
]  # fmt: skip


def test_same_html_as_python_markdown_on_generated_text() -> None:
    rng = random.Random(13)
    for _ in range(400):
        lines = [" ".join(rng.choices(PIECES, k=rng.randint(1, 6))) for _ in range(5)]
        source = rng.choice(["\n", "\n\n"]).join(lines)
        assert _fast(source) == _plain(source), source
    for a, b in itertools.product(PIECES, repeat=2):
        assert _fast(a + b) == _plain(a + b), a + b


@pytest.fixture
def demo(app, runner) -> None:
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output


def _compose_week(kind: MailKind) -> list[OutboxMessage]:
    ids = dispatch.queue_weekly(kind, dispatch.everyone(kind, WEEK))
    db.session.commit()
    rows = list(db.session.scalars(db.select(OutboxMessage).where(OutboxMessage.id.in_(ids))))
    assert rows
    return rows


@pytest.mark.usefixtures("demo")
def test_same_html_on_every_form_reminder_and_digest_of_the_demo(monkeypatch) -> None:
    sources: list[str] = []
    convert = render._markdown

    def keep(source: str) -> str:
        sources.append(source)
        return convert(source)

    monkeypatch.setattr(render, "_markdown", keep)
    forms = _compose_week(MailKind.FORM)
    reminders = [  # to everyone, answered or not, so that every reminder is composed
        OutboxMessage(
            id=-row.id, kind=MailKind.REMINDER, person_id=row.person_id, week=row.week,
            message_id=row.message_id,
        )
        for row in forms
    ]  # fmt: skip
    for rows in (forms, reminders, _compose_week(MailKind.DIGEST)):
        result = composing.compose(rows)
        assert len(result.outgoing) == len(rows), result.unsendable
    assert len(sources) > 40
    for source in sources:
        assert convert(source) == _plain(source)


@pytest.mark.usefixtures("demo")
def test_a_send_batch_loads_its_digests_a_few_managers_at_a_time(monkeypatch) -> None:
    loads: list[int] = []
    load = digest_build.load_batch

    def counted(org, wk, ids, escalated):
        loads.append(len(ids))
        return load(org, wk, ids, escalated)

    monkeypatch.setattr(digest_build, "load_batch", counted)
    rows = _compose_week(MailKind.DIGEST)
    assert len(rows) > composing.DIGEST_LOAD
    result = composing.compose(rows)
    assert len(result.outgoing) == len(rows)
    assert max(loads) == composing.DIGEST_LOAD
    assert sum(loads) == len(rows)
