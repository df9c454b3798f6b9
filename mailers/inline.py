"""Python-Markdown's inline step, minus the searches that cannot match.

Python-Markdown runs every inline pattern (links, emphasis, code, raw HTML, ...) over
every piece of text in a document, one regular-expression search each, and looks each
pattern up in its registry by position every time. A digest has tens of thousands of
such pieces; most hold none of the characters a pattern starts with, and those searches
were the larger part of composing a mail.

`FastInlineProcessor` skips a pattern when the text holds none of the substrings that
pattern's expression cannot match without, and otherwise hands over to Python-Markdown's
own code, so the HTML is the same byte for byte (tests/test_mail_inline.py compares both
on the mail of the demo company and on generated text). A pattern it does not know, or
whose expression differs from the one its substrings were read from, is always searched.
"""

from __future__ import annotations

from typing import Any

import markdown
from markdown import util
from markdown.treeprocessors import InlineProcessor

# Pattern name -> (its expression as read, the substrings any match contains).
# Read from Markdown 3.x's inlinepatterns.py; the expression is compared at run time,
# so another version's changed pattern is searched as before.
NEEDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "backtick": (r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)", ("`",)),
    "escape": (r"\\(.)", ("\\",)),
    "reference": (r"(?<!\!)\[", ("[",)),
    "link": (r"(?<!\!)\[", ("[",)),
    "image_link": (r"\!\[", ("![",)),
    "image_reference": (r"\!\[", ("![",)),
    "short_reference": (r"(?<!\!)\[", ("[",)),
    "short_image_ref": (r"\!\[", ("![",)),
    "autolink": (r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>", ("<",)),
    "automail": (r"<([^<> !]+@[^@<> ]+)>", ("<",)),
    "linebreak": (r"  \n", ("  \n",)),
    "entity": (r"(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)", ("&",)),
    "em_strong": (r"\*|_", ("*", "_")),
}
HTML_PREFIX = "(<"  # the raw HTML pattern: every alternative starts with "<"


def needs(name: str, pattern: Any) -> tuple[str, ...] | None:
    """The substrings a match of this registered pattern must contain, or None when
    the pattern is not one we read (it is then always searched)."""
    compiled = getattr(pattern, "compiled_re", None)
    if compiled is None:
        return None
    expression = compiled.pattern
    if name == "html" and expression.startswith(HTML_PREFIX):
        return ("<",)
    known = NEEDS.get(name)
    if known is None or known[0] != expression:
        return None
    return known[1]


class FastInlineProcessor(InlineProcessor):
    """InlineProcessor whose pattern loop skips patterns that cannot match."""

    def run(self, tree: Any, ancestors: list[str] | None = None) -> Any:
        registry = self.inlinePatterns
        registry._sort()  # the order Python-Markdown's loop reads them in
        self._fast = [
            (registry[name], needs(name, registry[name]))
            for name in (item.name for item in registry._priority)
        ]
        return super().run(tree, ancestors)

    # Python-Markdown calls its private method by its mangled name; this takes its place.
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        if isinstance(data, util.AtomicString):
            return data
        fast = self._fast
        count = len(fast)
        apply = self._InlineProcessor__applyPattern  # type: ignore[attr-defined]
        start = 0
        while patternIndex < count:
            pattern, required = fast[patternIndex]
            if required is not None and not any(text in data for text in required):
                patternIndex += 1  # as a search that found nothing: from the start
                start = 0
                continue
            data, matched, start = apply(pattern, data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data


def install(md: markdown.Markdown) -> markdown.Markdown:
    """Put the fast inline step in place of Python-Markdown's own, at its priority."""
    md.treeprocessors.register(FastInlineProcessor(md), "inline", 20)
    return md
