"""Answers typed inside Outlook's unmarked quoted history.

Outlook quotes the message it answers under a "From:/Sent:/To:/Subject:" block (or
"Von:/Gesendet:", "De :/Envoyé :", ...) without marking its lines with ">", and people
type their answers right there, under each item of the form, often with their initials
("[DS] green - signed", "grün, beim Anwalt (JB)"). Trimming cuts that history whole, so
those answers were lost.

This step looks at the message under the first such block only, and only when it is this
reply's form: it holds a key result's own heading line ("#12 Sign 5 design partners"),
as the form prints it (not in a list, as a confirmation names them), with the form's
"Due …" or "Last week:" lines under it, and the block is not the sender's own mail (their
earlier reply holds last week's answers). The form's lines there (the headings, "Due
...", "Last week: ...", "Set this week: ...") are handed on quoted, so they only say which
key result an answer under them is for and are never read as this week's; the other lines
under an item are the person's, handed on as inline answers are. Older history further
down is never read.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import grammar
from .phrases import clean, fold, title_key
from .remarks import form_fragment, wrapped_last_week
from .results import FormEntry
from .signature import own_names
from .trim import under_header_block

# The form's own lines under an item, besides its heading ("Set this week: Green Yellow
# Red" is its HTML version's row of links, as a mail client turns it into text).
_FORM_ITEM_LINE = re.compile(r"^(?:last week\s*:|set this week\s*:)", re.IGNORECASE)
# "Due 15 Dec 2026, …" as printed; "due 2027-01-29 – …" typed under it is an answer.
_FORM_ITEM_START = re.compile(
    r"^(?:(?:was )?due \d{1,2} \w{3,9}\.? \d{4}\b|last week\s*:|set this week\s*:)", re.I
)
# Where the form's items end: its "Looking back" section, its buttons (HTML) or footer.
_FORM_END = re.compile(
    r"^(?:looking back\s*[:.]?$|these key results ended|this key result ended|"
    r"open my status page|a link opens your status page|prefer clicking\?|"
    r"you get this email because)",
    re.IGNORECASE,
)
# Initials after an answer: "... [DS]", "... (JB)", "... -DS", "... – DS".
_INITIALS_AFTER = re.compile(
    r"\s*(?:[\[(]([A-Z][A-Za-z]?[A-Z])[\])]|(?<=\s)[-–—]\s?([A-Z][A-Za-z]?[A-Z]))\s*$"
)


def with_unmarked_answers(
    body: str, kept: str, entries: list[FormEntry], names: tuple[str, ...] = ()
) -> str:
    """`kept` (the trimmed new text) with the answers typed inside the form that Outlook
    quoted without marks, as inline answers under its quoted items; else `kept`."""
    if not entries:
        return kept
    sender, region = under_header_block(body)
    if not region:
        return kept
    own, sender = own_names(tuple(names)), sender.casefold()
    if any(len(name) > 3 and name in sender for name in own):
        return kept  # the sender's own earlier mail: last week's answers, never this week's
    if below := _below_the_form(region):  # answered under the whole quoted form
        kept = f"{kept}\n\n{below}" if kept.strip() else below
    headings, objectives, refs = _form_keys(tuple(entries))
    titles = frozenset(e.objective.strip() for e in entries)
    if not _may_hold_answers(region, tuple(headings.values()), titles):
        return kept  # the form as it was sent: nothing typed in it (most replies)
    if _kept_whole(kept, entries, headings):
        return kept  # the history was at the top, and trimming kept it whole
    built: list[str] = []
    typed: list[int] = []  # positions in `built` of the lines the person typed
    form_seen = False
    line_before = ""  # the line above
    for line in region:
        plain = line.strip()
        if plain and wrapped_last_week(line_before, plain):
            built.append(f"> {plain}")  # "YELLOW Android crash fixed": last week's, as printed
            line_before = ""
            continue
        line_before = plain
        if not built and not plain.lstrip("*_").startswith(refs):
            continue  # the form's greeting and introduction ("* #12 …" is a list, not it)
        if _FORM_END.match(plain):
            break
        if not plain:
            built.append("")
            continue
        if _FORM_ITEM_START.match(plain):
            form_seen = True  # the form prints these under each heading; a confirmation not
            if not _typed_over(plain):
                built.append(f"> {plain}")  # "Due …", "Last week: [GREEN]", as printed
                continue
        cleaned = clean(line) if plain[:1] in "*_#|-•" else plain  # decorated: rarely
        key = title_key(cleaned)
        if not built and not _names_item(key, headings):
            continue
        if heading := _heading(key, cleaned, headings):
            form_seen = form_seen or key not in headings  # joined with its "Due …" line
            built.append(f"> {heading}")  # the rest of its line, if any, is the form's
        elif key in objectives or _form_line(cleaned):
            if _typed_over(cleaned):
                typed.append(len(built))  # "Last week: [RED] → green": still quoted
            built.append(f"> {plain}")
        else:
            typed.append(len(built))
            built.append(plain)
    if not typed or not form_seen:
        return kept
    _drop_initials_after(built, typed, own)
    return f"{kept}\n\n" + "\n".join(built) if kept.strip() else "\n".join(built)


# The form's last line: what stands under it in the quoted message was typed there.
_FORM_FOOTER = re.compile(r"^you get this email because you own key results\b", re.I)


def _below_the_form(region: list[str]) -> str:
    """What was typed under the form's last line in a message Outlook quoted without
    marks: an answer written below the whole form. (`region` ends before any older message
    or quote: under_header_block stops there.)"""
    at = next((i for i, line in enumerate(region) if _FORM_FOOTER.match(line.strip())), None)
    return "" if at is None else "\n".join(region[at + 1 :]).strip()


# How the form's own lines under an item start, as it prints them.
_PRINTED = ("Due ", "Was due ", "Last week:", "Set this week:", "Prefer clicking?", "You get ")


def _may_hold_answers(
    region: list[str], headings: tuple[str, ...], objectives: frozenset[str]
) -> bool:
    """A quick look before the reading: a line under the first heading that the form does
    not print (or a heading or "Last week:" line with more on it) may be an answer."""
    longest = max(map(len, headings))
    started = False
    for line in region:
        plain = line.strip()
        if not plain:
            continue
        heading = plain.lstrip("*_").startswith(headings)
        if heading and len(plain) > longest + 4:
            return True  # "#12 Title - green", or its "Due …" joined by the HTML part
        if not started:
            started = heading
            continue
        printed = heading or plain.startswith(_PRINTED) or plain.strip("#*_ ") in objectives
        if not printed or (plain.startswith("Last week:") and _typed_over(plain)):
            return True
    return False


@lru_cache(maxsize=64)
def _form_keys(
    entries: tuple[FormEntry, ...],
) -> tuple[dict[str, str], frozenset[str], tuple[str, ...]]:
    """The form's headings (their key to their text), objectives and references."""
    headings = {title_key(f"{e.ref} {e.title}"): f"{e.ref} {e.title}" for e in entries}
    objectives = frozenset(title_key(e.objective) for e in entries if e.objective.strip())
    return headings, objectives, tuple(e.ref for e in entries)


def _kept_whole(kept: str, entries: list[FormEntry], headings: dict[str, str]) -> bool:
    low = kept.casefold()
    if not any(f"{e.ref} {e.title}".casefold() in low for e in entries):
        return False
    return any(title_key(clean(line)) in headings for line in kept.splitlines())


def _names_item(key: str, headings: dict[str, str]) -> bool:
    """A key result's heading as the form prints it, or with an answer typed beside it
    ("#12 Sign 5 design partners - green")."""
    return key in headings or any(
        key.startswith(h) and not key[len(h)].isalnum() for h in headings if len(key) > len(h)
    )


def _heading(key: str, cleaned: str, headings: dict[str, str]) -> str | None:
    """A key result's heading, alone or followed by the form's own lines on the same line
    (its HTML part, turned into text, joins "#12 Title Due 15 Dec 2026, … Last week: …")."""
    if key in headings:
        return headings[key]
    for heading, text in headings.items():
        if key.startswith(f"{heading} ") and _form_rest(cleaned, heading):
            return text
    return None


def joined_heading(cleaned: str, entries: list[FormEntry]) -> str | None:
    """The key result whose heading starts a line that goes on with the form's own lines
    ("#12 Title Due 15 Dec 2026, … Last week: no report", the form's HTML part as text):
    pasted back, it is the form's, and says which key result the lines under it answer."""
    if not cleaned.startswith(tuple(e.ref for e in entries)):
        return None
    low = cleaned.lower()
    if "due " not in low and "last week" not in low and "set this week" not in low:
        return None  # the form's own lines are not on it: an answer
    key = title_key(cleaned)
    for entry in entries:
        heading = title_key(f"{entry.ref} {entry.title}")
        if key.startswith(f"{heading} ") and _form_rest(cleaned, heading):
            return entry.ref
    return None


def _typed_over(cleaned: str) -> bool:
    last = grammar.LAST_WEEK.match(cleaned)
    return last is not None and not grammar.FORM_FLAG.match(last["rest"].strip())


def _form_rest(cleaned: str, heading: str) -> bool:
    """Whether what follows a heading on its line is the form's own text, as printed:
    "Due 15 Dec 2026, …", "Last week: GREEN …" (not "last week: green, this week red")."""
    rest = " ".join(cleaned.split()[len(heading.split()) :])
    if grammar.FORM_LINES.match(fold(rest)) or fold(rest).startswith("set this week"):
        return True
    last = grammar.LAST_WEEK.match(rest)
    return last is not None and grammar.FORM_FLAG.match(last["rest"].strip()) is not None


def _form_line(cleaned: str) -> bool:
    folded = fold(cleaned)
    return bool(
        _FORM_ITEM_LINE.match(folded)
        or grammar.FORM_LINES.match(folded)
        or form_fragment(folded)  # the rest of a form line the client wrapped
        or _printed_last_week(cleaned)
    )


# Last week's flag as the form prints it, inside a line the client wrapped ("… 2026-12-24).
# Last week: RED offer declined, back to"), or with the label cut after "Last" ("week: RED …").
_PRINTED_LAST_WEEK = re.compile(r"(?:^|(?<=\s))(?:last\s+week|^week)\s*:\s*(?P<rest>.*)$", re.I)


def _printed_last_week(cleaned: str) -> bool:
    return any(
        grammar.FORM_FLAG.match(match["rest"].strip())
        for match in _PRINTED_LAST_WEEK.finditer(cleaned)
    )


def _drop_initials_after(built: list[str], typed: list[int], own: frozenset[str]) -> None:
    """Initials after the answers ("green - signed [DS]") are a signature, not the note:
    the sender's own, or the same ones after two or more answers."""
    tags = {i: _INITIALS_AFTER.search(built[i]) for i in typed if not built[i].startswith(">")}
    counts = Counter(m[1] or m[2] for m in tags.values() if m)
    for i, match in tags.items():
        if match is None:
            continue
        tag = match[1] or match[2]
        if counts[tag] >= 2 or tag.lower() in own:
            built[i] = built[i][: match.start()].rstrip(" ,;-–—")
