"""One source, two parts: a Markdown template becomes the text part as it is and the HTML
part through Python-Markdown, nh3 and CSS inlining.

User text (names, titles, notes) is passed through `esc`, which is the identity for the
text part and escapes HTML and Markdown for the HTML part, so a title can never inject
markup; nh3 then removes anything that is not plain formatting anyway.
"""

from __future__ import annotations

import html
import re
import threading
from functools import cache
from typing import Any

import css_inline
import markdown
import nh3
from flask import render_template
from markupsafe import Markup

from . import inline

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")
_ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "hr", "i",
    "li", "ol", "p", "pre", "span", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "class"},
    "span": {"class"},
    "p": {"class"},
    "div": {"class"},
    "table": {"class"},
    "th": {"class"},
    "td": {"class"},
}
_INLINER = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)
_local = threading.local()


def _markdown(source: str) -> str:
    """Markdown to HTML with one converter per thread, reset between documents: building a
    converter (its extensions and patterns) cost as much as converting a form."""
    converter = getattr(_local, "markdown", None)
    if converter is None:
        converter = _local.markdown = inline.install(
            markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html")
        )
    try:
        return converter.reset().convert(source)
    except Exception:
        _local.markdown = None  # never reuse a converter left in an unknown state
        raise


def _escape_for_html(value: Any) -> str:
    text = html.escape(str(value), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text)


def _flag_text(status: str) -> str:
    return f"[{status.upper()}]"


def _flag_html(status: str) -> Markup:
    safe = re.sub(r"[^a-z]", "", status.lower())
    label = html.escape(status.upper())
    return Markup(f'<span class="flag flag-{safe}">{label}</span>')  # noqa: S704 - both parts escaped


def markdown_source(kind: str, **context: Any) -> str:
    """The Markdown the HTML part is made from (user text escaped, flags as spans)."""
    return render_template(
        f"email/{kind}.md", esc=_escape_for_html, flag=_flag_html, html_mode=True, **context
    )


def render_parts(kind: str, *, extra_css: str | None = None, **context: Any) -> tuple[str, str]:
    """Return (text, html) for `templates/email/<kind>.md`.

    `extra_css` adds rules for this kind of mail only; they are inlined like the layout's.
    Tables (`| a | b |`) are Markdown's: `esc` escapes `|`, so user text cannot make one.
    """
    text = render_template(f"email/{kind}.md", esc=str, flag=_flag_text, html_mode=False, **context)
    source = markdown_source(kind, **context)
    body = _markdown(source)
    body = nh3.clean(
        body,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    page = render_template("email/layout.html", body=Markup(body), **context)  # noqa: S704
    inliner = _INLINER if extra_css is None else _inliner_with(extra_css)
    return _normalise(text), inliner.inline(page)


@cache
def _inliner_with(extra_css: str) -> css_inline.CSSInliner:
    return css_inline.CSSInliner(
        keep_style_tags=False, load_remote_stylesheets=False, extra_css=extra_css
    )


def _normalise(text: str) -> str:
    """Blank-line runs collapsed and trailing spaces gone: the text part is read as is."""
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
