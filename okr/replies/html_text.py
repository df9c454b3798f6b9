"""HTML to text: a reply's HTML body as the plain text a person would have typed.

Paragraphs, line breaks and lists are kept; scripts, styles and the head are dropped;
quoted blocks (blockquote and the quote markup of Gmail, Outlook, Apple Mail,
Thunderbird, Yahoo, Proton) become `> ` lines so the trimming step treats HTML and
plain replies alike. One linear pass, whatever the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
SKIPPED_TAGS = {"script", "style", "title", "template", "head", "noscript", "svg", "object"}
HEAD_TAGS = {"head", "meta", "link", "base", "style", "script", "title", "noscript", "template"}
LINE_TAGS = {
    "address",
    "article",
    "aside",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dt",
    "fieldset",
    "figcaption",
    "footer",
    "form",
    "header",
    "li",
    "main",
    "nav",
    "section",
    "summary",
    "tr",
    "caption",
    "tbody",
    "thead",
    "tfoot",
}
PARAGRAPH_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "pre",
    "blockquote",
    "figure",
    "hr",
}
# Elements whose content is quoted text, by class (any token) or id.
QUOTE_CLASSES = {
    "gmail_quote",
    "gmail_quote_container",
    "yahoo_quoted",
    "moz-cite-prefix",
    "protonmail_quote",
    "zmail_extra",
    "outlookmessageheader",
}
# Signature blocks: a "-- " line is written before them, the usual signature delimiter.
SIGNATURE_CLASSES = {"gmail_signature", "moz-signature"}
SIGNATURE_IDS = {"signature", "applemailsignature", "ms-outlook-mobile-signature"}
# Soft wrappers: a blockquote right inside one does not add a second level of quoting.
SOFT_QUOTE_CLASSES = {"gmail_quote", "gmail_quote_container", "yahoo_quoted", "protonmail_quote"}
# Elements after which everything to the end of the document is quoted (Outlook, Hotmail).
REST_QUOTED_IDS = {
    "divrplyfwdmsg",
    "x_divrplyfwdmsg",
    "appendonsend",
    "olk_src_body_section",
    "stopspelling",
    "zwchr",
}


def _is_outlook_separator(style: str) -> bool:
    """Outlook's reply header block: `border:none;border-top:solid #E1E1E1 1.0pt;padding…`."""
    s = re.sub(r"\s+", "", style.lower())
    if "border-top:solid" in s and ("border:none" in s or "padding:3.0pt" in s):
        return True
    return "border-top-style:solid" in s and "padding-top" in s


MAX_QUOTE_LEVEL = 10  # deeper quotes are written at this depth


@dataclass
class _List:
    """An open list: numbered or not, and the number of its last item."""

    ordered: bool
    counter: int = 0


class _HtmlToText(HTMLParser):
    """A single pass; every step is O(1) amortised, however deep or broken the nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self.current: list[str] = []
        self.current_level = 0
        self.current_pre = False
        self.blank_pending = False
        self.tight = False
        # (tag, role); role: "", skip, quote, soft, soft-used, merged, list, sublist, line
        self.stack: list[tuple[str, str]] = []
        self.open_counts: dict[str, int] = {}
        self.quote_marks: list[int] = []  # stack indexes of quote, soft and merged entries
        self.quote_level = 0
        self.skip = 0
        self.head_skips = 0
        self.pre = 0
        self.rest_quoted = False
        self.lists: list[_List] = []

    def level(self) -> int:
        return min(self.quote_level + (1 if self.rest_quoted else 0), MAX_QUOTE_LEVEL)

    # -- output -----------------------------------------------------------------------------

    def end_line(self, blank_if_empty: bool = False) -> None:
        text = "".join(self.current)
        self.current = []
        if self.current_pre:
            line = text.replace("\xa0", " ").rstrip()
        else:
            line = text.replace("\xa0", " ").strip()
        if line == "--":
            line = "-- "  # the signature delimiter keeps its space
        if not line:
            if blank_if_empty or "\xa0" in text:
                self.blank_pending = True
            return
        self.lines.append((self.current_level, line))

    def paragraph(self) -> None:
        self.end_line()
        if self.lines:
            self.blank_pending = True

    def add(self, text: str, raw: bool = False) -> None:
        if not text:
            return
        if not self.current:
            if not raw:
                text = text.lstrip(" ")
                if not text:
                    return
            if self.blank_pending and self.lines and not self.tight:
                level = min(self.lines[-1][0], self.level())
                self.lines.append((level, ""))
            self.blank_pending = False
            self.tight = False
            self.current_level = self.level()
            self.current_pre = self.pre > 0 or raw
        elif not raw and self.current[-1].endswith(" ") and text.startswith(" "):
            text = text.lstrip(" ")
            if not text:
                return
        self.current.append(text)

    # -- the element stack ------------------------------------------------------------------

    def push(self, tag: str, role: str) -> None:
        self.stack.append((tag, role))
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        if role in ("quote", "soft", "merged"):
            self.quote_marks.append(len(self.stack) - 1)
            if role != "merged":
                self.quote_level += 1
        if role == "skip":
            self.skip += 1
            if tag == "head":
                self.head_skips += 1

    def pop(self) -> tuple[str, str]:
        tag, role = self.stack.pop()
        self.open_counts[tag] -= 1
        if self.quote_marks and self.quote_marks[-1] == len(self.stack):
            self.quote_marks.pop()
            if role in ("quote", "soft", "soft-used"):
                self.quote_level -= 1
        if role == "skip":
            self.skip -= 1
            if tag == "head":
                self.head_skips -= 1
        return tag, role

    # -- parser callbacks -------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self.skip and self.skip == self.head_skips and tag not in HEAD_TAGS:
            self.handle_endtag("head")  # a <head> never closed ends where content starts
        if self.skip:
            if tag not in VOID_TAGS:
                self.push(tag, "skip" if tag in SKIPPED_TAGS else "")
            return
        if tag in SKIPPED_TAGS:
            self.push(tag, "skip")
            return
        attributes = {k.lower(): (v or "") for k, v in attrs}
        classes = set(attributes.get("class", "").lower().split())
        ident = attributes.get("id", "").lower()
        if ident in REST_QUOTED_IDS or (
            tag == "div" and _is_outlook_separator(attributes.get("style", ""))
        ):
            self.end_line()
            if not self.rest_quoted:
                self.paragraph()
                self.rest_quoted = True
        if tag == "br":
            self.end_line(blank_if_empty=True)
            return
        if tag == "img":
            alt = attributes.get("data-emoji") or attributes.get("alt", "")
            if alt and len(alt) <= 8 and not any(c.isascii() for c in alt):
                self.add(alt)  # emoji drawn as images (Gmail, Yahoo): keep the emoji
            return
        if tag in VOID_TAGS:
            if tag == "hr":
                self.paragraph()
            return
        role = ""
        if tag == "blockquote":
            role = self._blockquote_role()
        elif classes & SOFT_QUOTE_CLASSES:
            role = "soft"
        elif classes & QUOTE_CLASSES:
            role = "quote"
        elif tag in ("ul", "ol"):
            role = "list" if not self.lists else "sublist"  # a nested list is no paragraph
            self.lists.append(_List(tag == "ol"))
        elif tag == "p" and "msonormal" in classes:
            role = "line"  # Outlook writes every line as a paragraph with no margin
        elif classes & SIGNATURE_CLASSES or ident in SIGNATURE_IDS:
            role = "line"
            self.end_line()
            if self.lines and self.lines[-1][1].strip() != "--":
                self.add("-- ", raw=True)
                self.end_line()
            self.tight = True  # no blank line between the delimiter and the signature
        if tag in PARAGRAPH_TAGS and role not in ("line", "sublist"):
            self.paragraph()
        elif tag in LINE_TAGS or role:
            self.end_line()
        self.push(tag, role)
        if tag == "pre":
            self.pre += 1
        if tag == "li":
            depth = max(len(self.lists), 1)
            marker = "- "
            if self.lists and self.lists[-1].ordered:
                self.lists[-1].counter += 1
                marker = f"{self.lists[-1].counter}. "
            self.add("  " * min(depth - 1, 10) + marker, raw=True)
        elif tag in ("td", "th") and self.current and self.current[-1].strip():
            self.add(" | ")  # "#12 | done | signed Tuesday": the cells stay apart

    def _blockquote_role(self) -> str:
        """A blockquote right inside Gmail's quote div is the same quote, not a deeper one."""
        if not self.quote_marks:
            return "quote"
        index = self.quote_marks[-1]
        open_tag, role = self.stack[index]
        if role in ("soft", "soft-used"):
            self.stack[index] = (open_tag, "soft-used")
            return "merged"
        return "quote"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in VOID_TAGS:
            if tag == "br":
                self.handle_starttag("br", [])
            return
        if not self.open_counts.get(tag):
            return
        while self.stack:
            open_tag, role = self.pop()
            self._close(open_tag, role)
            if open_tag == tag:
                break

    def _close(self, tag: str, role: str) -> None:
        if self.skip or role == "skip":
            return
        if role in ("list", "sublist") and self.lists:
            self.lists.pop()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in PARAGRAPH_TAGS and role not in ("line", "sublist"):
            self.paragraph()
        elif tag in LINE_TAGS or role:
            self.end_line()

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        if self.pre:
            pieces = data.split("\n")
            for i, piece in enumerate(pieces):
                if i:
                    self.end_line(blank_if_empty=True)
                self.add(piece.replace("\t", "    "), raw=True)
            return
        self.add(re.sub(r"[ \t\n\r\f\v]+", " ", data))

    def result(self) -> str:
        self.end_line()
        out: list[str] = []
        for level, line in self.lines:
            prefix = "> " * level
            out.append((prefix + line) if line else prefix.rstrip())
        return "\n".join(out).strip("\n") + ("\n" if out else "")


def _defuse(html: str) -> str:
    """Remove comments and marked sections, and escape `<` that no `>` follows.

    Python's HTMLParser rescans to the end of the document for every unterminated
    construct, which is quadratic on hostile input; after this pass none is left.
    """
    out: list[str] = []
    last_gt = html.rfind(">")
    i = 0
    while True:
        j = html.find("<", i)
        if j < 0 or j > last_gt:
            out.append(html[i:].replace("<", "&lt;"))
            break
        out.append(html[i:j])
        for opener, closer in (("<!--", "-->"), ("<![", "]>")):
            if html.startswith(opener, j):
                end = html.find(closer, j + len(opener))
                i = len(html) if end < 0 else end + len(closer)  # unclosed: runs to the end
                break
        else:
            out.append("<")
            i = j + 1
            continue
        if i >= len(html):
            break
    return "".join(out)


def html_to_text(html: str) -> str:
    """Readable text from an HTML body: paragraphs, line breaks and lists kept; scripts,
    styles, head and images dropped; quoted blocks as `> ` lines."""
    parser = _HtmlToText()
    try:
        parser.feed(_defuse(html))
        parser.close()
    except Exception:  # noqa: S110 - keep whatever was read before the parser gave up
        pass
    return parser.result()
