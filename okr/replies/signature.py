"""Lines that end or surround the answers without being notes: a person's name, a
signature's title and contact lines, remarks about the mail, greetings and farewells.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import grammar
from .phrases import clean, flag_at, fold, is_cjk
from .trim import is_closing

QUOTE_LINE = re.compile(r"^\s*>")  # a quoted line: never part of a signature
_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "das", "bin",
     "al", "ter", "ten", "y", "e", "zu"}
)  # fmt: skip


def _name_like(line: str) -> bool:
    """ "Dana Smith", "Jan de Vries", "田中太郎": a line that is only a person's name."""
    s = line.strip(" -–—/,.()（）")
    if not s or any(c.isdigit() for c in s) or len(s) > 40:
        return False
    if is_cjk(s):  # "渡辺", "(渡辺)", "（王伟）"
        return len(s) <= 5 and " " not in s
    words = s.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or is_closing(s):
        return False
    if flag_at(fold(s), 0, True) is not None:
        return False  # "Yellow", "Done": an answer, not a name
    return all(
        w.lower() in _NAME_PARTICLES or (w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w.'’-]*", w))
        for w in words
    )


def _title_like(line: str) -> bool:
    """A signature's job title or company line: short, capitalised, no sentence."""
    s = line.strip()
    if is_contact(s) or "|" in s and len(s) < 120:
        return True
    words = s.split()
    if not 1 <= len(words) <= 8 or not s[:1].isupper() or s.endswith(("!", "?", ":")):
        return False
    if s.endswith(".") and not re.search(
        r"\b(?:inc|ltd|corp|co|gmbh|b\.v|s\.a|ag|llc)\.$", s, re.I
    ):
        return False
    return not grammar.REF.search(s) and flag_at(fold(s), 0, False) is None


def signature_at(lines: list[str]) -> int:
    """Where a trailing signature block starts (a name, then titles, company, contact
    details, after a blank line), or len(lines). Its lines are neither notes nor errors."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start, i = None, end - 1
    while i >= 0 and lines[i].strip() and not QUOTE_LINE.match(lines[i]):
        line = clean(lines[i])
        if _name_like(line):
            start = i
        elif not _title_like(line):
            break
        i -= 1
    if start is None or i < 0 or lines[i].strip():
        return len(lines)  # not after a blank line: it may be the note going on
    above = next((lines[k] for k in range(i, -1, -1) if lines[k].strip()), "")
    if above.rstrip().endswith(":") or end - start > 8:
        return len(lines)
    return start


@lru_cache(maxsize=512)
def own_names(names: tuple[str, ...]) -> frozenset[str]:
    own = {" ".join(n.lower().split()) for n in names if n.strip()}
    for name in list(own):
        parts = name.split()
        if len(parts) > 1:
            own.add("".join(p[0] for p in parts))
            own.add(".".join(p[0] for p in parts) + ".")
        own.add(parts[0][0] + ".")
    return frozenset(own)


def is_own(line: str, own: frozenset[str]) -> bool:
    return " ".join(line.strip(" -–—,.!").lower().split()) in own or line.lower() in own


def is_dashed_name(line: str) -> bool:
    """ "—Dana", "-- Jan de Vries": a name signed with a dash, never part of a note."""
    s = line.strip()
    return s[:1] in ("-", "–", "—") and s.lstrip("-–— ") != "" and _name_like(s)


def is_contact(line: str) -> bool:
    return bool(grammar.CONTACT.match(line))


def is_remark(line: str) -> bool:
    return bool(grammar.REMARKS.match(line) or grammar.MAIL_ASIDE.match(line))


def is_farewell(line: str) -> bool:
    return bool(grammar.FAREWELLS.match(line))


def greeting(line: str, answered: bool) -> bool:
    """ "Hi team," before the answers (or a short one anywhere), or a sign-off before them
    ("Thanks!" at the top)."""
    if grammar.GREETING.match(line):
        return not answered or len(line.split()) <= 4
    return not answered and is_closing(line)
