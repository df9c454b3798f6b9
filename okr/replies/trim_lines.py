"""What one line of a reply is: an attribution, a history marker, a header field, a mobile
signature, a sign-off. The patterns are built once from `trim_words.VOCABULARY`, have no
nested quantifiers and only see bounded pieces of text.

Apart from `trim.py`, which decides from these kinds what stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .trim_words import DELIMITER_CHARACTERS, VOCABULARY

# --------------------------------------------------------------------------------------
# Patterns built from the vocabulary (bounded, no nested quantifiers).
# --------------------------------------------------------------------------------------
MAX_LINE = 1000  # longer lines are text: no attribution, header or signature is this long
MAX_ATTRIBUTION = 500  # joined length of a (multi-line) attribution


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _is_cjk(word: str) -> bool:
    return bool(word) and ord(word[0]) >= 0x2E80


_attr = VOCABULARY["attribution"]
_openers = [o for lang in _attr.values() for o in lang["open"]]
_verbs = [v for lang in _attr.values() for v in lang["wrote"]]
OPENER = re.compile(
    rf"^(?:(?:{_alternation(o for o in _openers if not _is_cjk(o))})(?!\w)"
    rf"|(?:{_alternation(o for o in _openers if _is_cjk(o))}))"
)
_OPENER_WORD = re.compile(
    rf"(?<!\w)(?:{_alternation(o for o in _openers if not _is_cjk(o))})(?!\w)"
)
_VERB = re.compile(
    rf"(?<!\w)(?:{_alternation(v for v in _verbs if not _is_cjk(v))})(?!\w)"
    rf"|(?:{_alternation(v for v in _verbs if _is_cjk(v))})",
    re.IGNORECASE,
)
# Cheap pre-test on casefolded text (a case-sensitive alternation scans fast).
_VERB_ANYWHERE = re.compile(_alternation(v.casefold() for v in _verbs))
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\d)")
_ADDRESS_AT_END = re.compile(r"<\s?[^<>@\s]{1,100}@[^<>@\s]{1,200}>\s?:?$")
STARTS_WITH_DATE = re.compile(r"^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?!\d)")
_GMAIL_ISO = re.compile(r"^\d{4}-\d\d-\d\d \d\d?:\d\d GMT[+-]\d\d?:?\d\d [^\W\d][\w .'-]{0,80}$")
# Mutt's "* Dana <dana@example.com> [2026-11-26 09:14 +0100]:" (its leading "*" undecorated).
_MUTT = re.compile(r"^[^<>\[\]]{0,100}<[^<>@\s]{1,100}@[^<>@\s]{1,200}>\s?\[([^\[\]]{1,60})\]\s?:$")
_DECORATION = " \t-*_=<"

_fields = VOCABULARY["header_fields"]
_HEADER_FIELD = re.compile(
    rf"^[ \t*]{{0,4}}({_alternation(f for names in _fields.values() for f in names)})"
    r"[ \t*]{0,4}[:：](.*)$",
    re.IGNORECASE,
)
_ROLE = {name.casefold(): role for role, names in _fields.items() for name in names}

_MARKERS = frozenset(m.casefold() for m in VOCABULARY["history_markers"])
_REPLY_ABOVE = tuple(m.casefold() for m in VOCABULARY["reply_above_markers"])

_mobile = VOCABULARY["mobile_signatures"]
_SENT = re.compile(rf"^({_alternation(_mobile['sent_verbs'])})\s(.+)$", re.IGNORECASE)
_DEVICES = frozenset(_mobile["devices"])
_EXCUSES = frozenset(_mobile["excuses"])
_FROM_DEVICE = re.compile(
    rf"^(?:[\w-]{{1,30}} )?(?:{_alternation(_mobile['from_device'])})\s(.{{1,40}})$", re.IGNORECASE
)
_ARTICLES = frozenset(_mobile["articles"])
_APP_VERBS = frozenset(_mobile["app_verbs"])
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{0,200})\]\([^()\s]{0,500}\)")
_CLAUSE_END = re.compile(r"[,;!?<(]|\.(?:\s|$)|\s-\s")
_WORD = re.compile(r"[\w-]+")

_closings = [c.casefold() for words in VOCABULARY["closings"].values() for c in words]
_CLOSING = _alternation(_closings)
_CLOSING_JOIN = r"\s*(?:[&+,、，]|\s(?:and|und|et|e|y|en|och|og|i|a)\s)\s*"
_CLOSINGS = re.compile(rf"^(?:{_CLOSING})(?:{_CLOSING_JOIN}(?:{_CLOSING}))*(?!\w)")
_MULTI_WORD_CLOSING = frozenset(c for c in _closings if " " in c)
_CLOSING_PUNCTUATION = " \t.,!;:~-–—、，。！"

BLANK = " \t\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000"


# --------------------------------------------------------------------------------------
# Line classification
# --------------------------------------------------------------------------------------
def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_blank(line: str) -> bool:
    return not line.strip(BLANK)


def is_delimiter(line: str) -> bool:
    stripped = line.strip(BLANK)
    return bool(stripped) and all(c in DELIMITER_CHARACTERS for c in stripped)


def _has_date(text: str) -> bool:
    return bool(YEAR.search(text) or TIME.search(text) or _NUMERIC_DATE.search(text))


def undecorate(text: str) -> str:
    return text.strip(BLANK).strip(_DECORATION).strip(BLANK)


def is_attribution(text: str) -> bool:
    """Whether ``text`` (one line, or a wrapped one joined by spaces) says who wrote what follows.

    "On <date>, <someone> wrote:" and its translations, "Am <date> schrieb <someone>:",
    "<someone> <address> wrote:", Gmail's "2016-03-03 17:21 GMT+01:00 <someone>". A date or
    an address is required, so "Dana wrote:" in running text is not one.
    """
    s = undecorate(text)
    if not s or len(s) > MAX_ATTRIBUTION:
        return False
    verb = last_verb(s)
    if verb is not None:
        before, after = s[: verb.start()], s[verb.end() :].strip(BLANK)
        if after in ("", ":", "："):  # the verb closes the line
            return _has_date(before) or "@" in before
        if s.endswith((":", "：")) and len(after) <= 120:  # "... schrieb <someone>:"
            return (bool(OPENER.match(s)) or "@" in s) and _has_date(s)
        return False
    if _ADDRESS_AT_END.search(s):  # "2013/7/20 someone <someone@example.com>"
        head = s[: s.rfind("<")]
        if len(head) > 150 or _OPENER_WORD.search(head):  # "On ..." needs its "wrote"
            return False
        return bool(STARTS_WITH_DATE.match(s) or (YEAR.search(head) and TIME.search(head)))
    if (mutt := _MUTT.match(s)) and _has_date(mutt[1]):
        return True
    return bool(_GMAIL_ISO.match(s))


def last_verb(text: str) -> re.Match[str] | None:
    """The last "wrote"-like verb in ``text`` (a substring test first: most lines have none)."""
    if not _VERB_ANYWHERE.search(text.casefold()):
        return None
    matches = list(_VERB.finditer(text))
    return matches[-1] if matches else None


def is_history_marker(line: str) -> bool:
    """Whether a line is "-----Original Message-----", "Begin forwarded message:" or alike."""
    s = line.strip(BLANK).strip(" \t-*_=").strip(BLANK)
    if len(s) > 80:
        return False
    key = s.rstrip(": ").casefold()
    if key in _MARKERS:
        return True
    low = s.casefold()
    return any(marker in low for marker in _REPLY_ABOVE)


def header_role(line: str) -> str | None:
    if len(line) > MAX_LINE:
        return None
    m = _HEADER_FIELD.match(line)
    if not m:
        return None
    role = _ROLE.get(m.group(1).casefold())
    value = m.group(2).strip(BLANK + "*")
    if role == "date" and not any(c.isdigit() for c in value):
        return None
    if not value and role not in ("cc", "reply_to"):
        return None
    return role


def is_mobile_signature(line: str) -> bool:
    """Whether a line is "Sent from my iPhone", "Von meinem iPad gesendet" or alike."""
    if len(line) > 300:
        return False
    s = _MARKDOWN_LINK.sub(r"\1", line).strip(BLANK).strip("()<>[]").strip(BLANK)
    if not s or len(s) > 160:
        return False
    low = s.casefold()
    if len(s.split()) <= 14 and low.startswith(_mobile["prefixes"]):
        return True
    if len(s) <= 40 and low.endswith(_mobile["suffixes"]):  # "iPhoneから送信"
        return any(_is_device(w) for w in _WORD.findall(low)) or any(
            device in low for device in _mobile["cjk_devices"]
        )  # "スマホから送信", "iPhone'umdan gönderildi"
    m = _SENT.match(s)
    if m:
        return _device_clause(m.group(1).casefold(), m.group(2))
    m = _FROM_DEVICE.match(s)
    if m:
        words = [w.casefold() for w in _WORD.findall(m.group(1))]
        return 0 < len(words) <= 4 and any(_is_device(w) for w in words)
    return False


def _is_device(word: str) -> bool:
    return (
        word in _DEVICES
        or word.startswith(("iphone", "ipad", "android", "galaxy"))
        or any(word.startswith(d) or word.endswith(d) for d in ("iphone", "ipad", "android"))
    )


def _device_clause(verb: str, rest: str) -> bool:
    cut = _CLAUSE_END.search(rest)
    first, tail = (rest[: cut.start()], rest[cut.start() :]) if cut else (rest, "")
    words = _WORD.findall(first)
    if not words or len(words) > 7:
        return False
    if any(_is_device(w.casefold()) for w in words):
        return True
    tail_words = {w.casefold() for w in _WORD.findall(tail)}
    if tail_words:
        return bool(tail_words & _EXCUSES)
    named = [w for w in words if w.casefold() not in _ARTICLES]
    return verb in _APP_VERBS and any(w[0].isupper() or w[0].isdigit() for w in named)


# "from" before a place after a sign-off: "Grüße aus Berlin", "Saludos desde Madrid".
_FROM_PLACE = frozenset(
    {"from", "aus", "von", "de", "desde", "da", "dal", "do", "från", "fra", "z", "ze", "van",
     "uit", "из", "з", "从"}
)  # fmt: skip


def is_closing(line: str) -> bool:
    """Whether a line is a sign-off: "Best regards,", "Met vriendelijke groet", "VG Jan",
    "Thanks, Dana", "よろしくお願いします。", "Danke & Gruß".

    A sign-off may be followed by a name: after a comma or a dash, up to three words; without
    one, a single capitalised word ("Mvh Lars"), or any three words after a sign-off of
    several words ("Schöne Grüße aus Berlin"). "Thanks to legal we signed" and "Best case
    we ship Monday" are prose.
    """
    s = line.strip(BLANK).lstrip("-–—*_ ").rstrip(_CLOSING_PUNCTUATION)
    if not s or len(s) > 80 or any(c.isdigit() for c in s):
        return False
    match = _CLOSINGS.match(s.casefold())
    if match is None:
        return False
    rest = s[match.end() :]
    if not rest.strip(_CLOSING_PUNCTUATION):
        return True
    words = rest.strip(_CLOSING_PUNCTUATION).split()
    if rest.lstrip()[:1] in (",", "-", "–", "—", "、", "，", "!") or "\n" in rest:
        return len(words) <= 3
    if match.group(0) in _MULTI_WORD_CLOSING:
        return len(words) <= 3
    if words and words[0].casefold() in _FROM_PLACE:  # "Hälsningar från Stockholm"
        return len(words) <= 3
    return len(words) == 1 and (words[0][:1].isupper() or _is_cjk(words[0]))


def quote_inner(line: str) -> str:
    """The text of a quoted line without its quote markers."""
    return line.lstrip(BLANK + ">").strip(BLANK)
