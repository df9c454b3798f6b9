"""The reply grammar (`grammar.py`) compiled for reading, and the text helpers every
reading step uses: folding case and full-width forms, cleaning a line, phrase lookup at a
position, the flag word at a position, notes without their separators.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from . import blanket_words, grammar
from .grammar import COLOURS, DONE, DROP, Word
from .trim import is_closing

# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------
_FOLD = str.maketrans(
    {
        "＃": "#", "：": ":", "，": ",", "；": ";", "（": "(", "）": ")", "！": "!",
        "’": "'", "‘": "'", "\u00a0": " ", "\u3000": " ", "\t": " ",
        "¡": " ", "¿": " ",  # Spanish opening marks: "¡listo!" reads as "listo!"
        "İ": "i",  # Turkish capital dotted i ("YEŞİL"), whose lower case is two characters
        **{chr(0xFF10 + n): str(n) for n in range(10)},
    }
)  # fmt: skip
_TABS = re.compile(r" *\t[\t ]*")
_INVISIBLE = re.compile("[\ufe0e\ufe0f\u200b\u2060\ufeff]")
_MD_NOISE = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
WORD = re.compile(r"[^\W\d_]+")
# Where a word starts, and every Chinese or Japanese character ("渠道部说是黄色").
WORD_OR_CJK = re.compile(r"(?<!\w)\w|[\u2e80-\u9fff]")
_NOTE_START = re.compile(r"^[\s\-–—:;,.!|/)\]，：；。！）】、]+")
_NOTE_END = frozenset("-–—|/([")  # and white space: what a note never ends with
_TAIL_WINDOW = 200  # characters at the end of a note that a split tail is looked for in
_TAG = re.compile(  # "[Dana] Green", "[KT]: amber"
    r"^\[(?!#|kr\b)[^\[\]\d]{1,30}\](?:\s*:)?\s+(?=\S)", re.IGNORECASE
)
_SPLIT_TAIL = re.compile(
    r"(?:\s*(?:[,;|/&+.，；、]|\b(?:and|but|while|whereas|though|although|however|yet|und|aber"
    r"|et|mais|y|pero|e|mas|ma|però|en|maar|och|men|og|i|ale|oraz|и)(?!\w))"
    # the article of the next reference: "verts, le #14 est rouge"
    r"|\s*(?<!\w)(?:the|der|die|das|le|la|les|el|los|las|o|os|a|as|il|lo|de|het)(?!\w))+\s*$"
)
ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)")
_HEAD_END = re.compile(
    r"^(?:\s*$|\s*[-–—:;,.!?|/)\]…]|\s+\d|\s*\(|\s*[^\w\s]"
    r"|\s+(?:and|but|though|although|however|yet|und|aber|et|mais|y|pero|e|mas|ma|però|en"
    r"|maar|och|men|og|i|ale)\s+(?=#|kr\b)"  # "#213 klaar en #214 rood", "vert mais #13"
    # a reason: "#91 er gul fordi …", "#22 gelb, weil …"
    r"|\s+(?:because|since|as|weil|da|denn|parce que|parce qu'|car|porque|perché|poiché"
    r"|omdat|want|eftersom|för att|fordi|da|bo|ponieważ|gdyż|потому что|так как|бо"
    r"|çünkü)\s)"
)


@lru_cache(maxsize=8192)  # the same lines are folded by several readers
def fold(text: str) -> str:
    """Lower case, full-width forms as ASCII; the same length as `text`, so positions agree."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


# Last week's flag as the form prints it, with an arrow to this week's: "[GREEN] → yellow".
_FORM_FLAG_OVER = re.compile(r"\[(?:green|yellow|red)\]\s*(?:-+>|=>|[→⇒➜➔⟶])\s*", re.I)
# ... and last week's note kept before the arrow: "Last week: [GREEN] 4 of 5 -> green, 5 of 5".
_FORM_NOTE_OVER = re.compile(
    r"^((?:last week|this week)\s*:\s*)?\[(?:green|yellow|red)\][^\[\]→⇒➜➔⟶>]{1,80}?"
    r"\s(?:-+>|=>|[→⇒➜➔⟶])\s*",
    re.I,
)


# A word typed twice in a hurry ("82 flyttad flyttad till 5/2"): once.
_TYPED_TWICE = re.compile(r"\b([^\W\d_]{4,})\s+\1\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def clean(
    line: str, refs: frozenset[str] = frozenset(), acronyms: frozenset[str] = frozenset()
) -> str:
    """A line without decoration: bullets, Markdown emphasis, table bars, an "[Ann]" tag.
    "12. green" keeps its number when #12 is on the form (it names the key result), and
    "ICP: red" its acronym when a title starts with it (not initials, then)."""
    text = _INVISIBLE.sub("", line).replace("\u00a0", " ").strip()
    if text.startswith("|"):  # a Markdown table row: "| #12 | green | signed 4 |"
        text = text.strip("| ")
    if "\t" in text:  # a row pasted from a spreadsheet: "#73<tab>rood<tab>…", as "|"
        text = _TABS.sub(" | ", text)
    text = _SYMBOL_BULLET.sub("", text, count=1)
    bullet = grammar.BULLET.match(text)
    number = bullet.group().strip(" .") if bullet else ""
    keep = (
        bullet is not None
        and number.isdigit()
        and f"#{int(number)}" in refs
        and text[bullet.end() :][:1] != "#"
    )
    if bullet and not keep:
        text = text[bullet.end() :]
    text = _TAG.sub("", text, count=1)
    text = _FORM_FLAG_OVER.sub("", text, count=1)
    text = _FORM_NOTE_OVER.sub(r"\1", text, count=1) if "[" in text else text
    initials = _INITIALS.match(text)
    if initials and initials.group().strip(" :-–—>→=*_") in acronyms:
        initials = None  # "ICP: red" for "ICP licence approved"
    if initials and _flag_follows(fold(text), initials.end()):
        text = text[initials.end() :]  # "DK: green", "DK: actually red" under a quoted item
    text = _TYPED_TWICE.sub(r"\1", text) if " " in text else text  # "flyttad flyttad till"
    return _MD_NOISE.sub("", text).strip()


_ACTUALLY = re.compile(r"(?:actually|correction|i mean)\s*[:,]?\s*")


def _flag_follows(folded: str, at: int) -> bool:
    """A flag, or a word of as last week ("MS: uændret", "SdV: ongewijzigd")."""
    if (lead := _ACTUALLY.match(folded, at)) is not None:
        at = lead.end()
    return flag_at(folded, at, False) is not None or phrase_at(folded, at, _SAME) is not None


def note_text(text: str, split: bool = False) -> str:
    """A note as typed, without the separators around it ("- ", "(...)"; ", and" before a
    further answer on the same line when `split`)."""
    text = _NOTE_START.sub("", text)
    while text and unicodedata.category(text[0]) in ("So", "Sk", "Mn", "Cf"):
        if text[0] in _EMOJI_FIRST:  # "green - 🔴": a flag, for second_thoughts.py to see
            break
        text = _NOTE_START.sub("", text[1:])  # "done 🎉 all five signed": the note
    if split:  # only the end can hold the tail: a long line stays linear
        text = text[:-_TAIL_WINDOW] + _SPLIT_TAIL.sub("", text[-_TAIL_WINDOW:])
    text = _without_end(text) if not text.endswith((".", "!", "?", ")")) else text
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    for opening, closing in (("(", ")"), ("（", "）")):
        inner = text.rstrip(".!。！")
        if text.startswith(opening) and inner.endswith(closing) and text.count(opening) == 1:
            text = inner[1:-1].strip()
    if text and not any(c.isalnum() or c in _EMOJI_FIRST for c in text):
        return ""  # "All green!! 🎉": a note of only symbols says nothing to keep
    return text.strip()


def _without_end(text: str) -> str:
    """The text without separators and space at its end (as a loop: a regex anchored at
    the end is tried from every position, quadratic on a long run of spaces)."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _NOTE_END):
        end -= 1
    return text[:end]


def without_sign_off(note: str) -> str:
    """A sign-off at the end of a note's last line: "vendor slipped. Thanks, Dana"."""
    head, _, last = note.rpartition("\n")
    parts = re.split(r"(?<=[.!?])\s+", last)
    if len(parts) > 1 and is_closing(parts[-1]):
        last = " ".join(parts[:-1])
    return f"{head}\n{last}".strip() if head else last.strip()


# Phrases by their first three characters (the whole phrase when shorter), longest first,
# each group with the shorter phrases its key starts with ("g" under "gre"): the tables
# hold thousands of phrases in fifteen languages, and a lookup tries only those that can
# start at the position. A crowded group ("on ", "vi ", "ça ") is split again by the first
# six characters, each part with the group's phrases shorter than that.
_CROWDED = 16
_LONG_KEY = 6


class Phrases(NamedTuple):
    by_start: dict[str, tuple[str, ...]]
    by_long: dict[str, tuple[str, ...]]  # crowded groups, by six characters
    short_of: dict[str, tuple[str, ...]]  # crowded groups: their phrases under six characters
    firsts: frozenset[str]  # the first characters of all: most positions start none

    def every(self) -> frozenset[str]:
        """Every phrase of the table, once."""
        return frozenset(p for group in self.by_start.values() for p in group)


def phrase_table(phrases: Iterable[str]) -> Phrases:
    """A table of phrases, indexed for `phrase_at` (built once, at import)."""
    grouped: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=len, reverse=True):
        grouped.setdefault(phrase[:3], []).append(phrase)
    short = {key: tuple(group) for key, group in grouped.items() if len(key) < 3}
    by_start = {
        key: (
            tuple(group)
            + (short.get(key[:2], ()) if len(key) > 2 else ())
            + (short.get(key[:1], ()) if len(key) > 1 else ())
        )
        for key, group in grouped.items()
    }
    by_long: dict[str, tuple[str, ...]] = {}
    short_of: dict[str, tuple[str, ...]] = {}
    for key, group in by_start.items():
        if len(group) <= _CROWDED or len(key) < 3:
            continue
        shorter = tuple(p for p in group if len(p) < _LONG_KEY)
        parts: dict[str, list[str]] = {}
        for phrase in group:
            if len(phrase) >= _LONG_KEY:
                parts.setdefault(phrase[:_LONG_KEY], []).append(phrase)
        for long_key, part in parts.items():
            by_long[long_key] = (*part, *(p for p in shorter if long_key.startswith(p)))
        short_of[key] = shorter
    return Phrases(by_start, by_long, short_of, frozenset(key[0] for key in by_start))


def candidates(folded: str, at: int, phrases: Phrases) -> tuple[str, ...]:
    """The phrases that may start at `at`, longest first."""
    if folded[at : at + 1] not in phrases.firsts:
        return ()
    table = phrases.by_start
    key = folded[at : at + 3]
    group = table.get(key)
    if group is None:
        return table.get(folded[at : at + 2]) or table.get(folded[at : at + 1], ())
    if len(group) > _CROWDED and (shorter := phrases.short_of.get(key)) is not None:
        return phrases.by_long.get(folded[at : at + _LONG_KEY]) or shorter  # by six characters
    return group


def phrase_at(folded: str, at: int, phrases: Phrases) -> str | None:
    """The longest phrase `folded` holds at `at`, ending at a word boundary."""
    if folded[at : at + 1] not in phrases.firsts:
        return None  # most positions start no phrase of the table
    for phrase in candidates(folded, at, phrases):  # longest first: the first that fits
        if folded.startswith(phrase, at):
            end = at + len(phrase)
            if (
                not phrase[-1].isalnum()
                or end == len(folded)
                or not folded[end].isalnum()
                or is_cjk(phrase[-1])
            ):
                return phrase
    return None


def skip_space(folded: str, at: int) -> int:
    while at < len(folded) and folded[at] == " ":
        at += 1
    return at


def title_key(text: str) -> str:
    return " ".join(fold(text).replace("–", "-").replace("—", "-").split())


# --------------------------------------------------------------------------------------
# The flag table, compiled once
# --------------------------------------------------------------------------------------
_WORD_PHRASES = phrase_table(p for p, w in grammar.FLAG_WORDS.items() if not w.short)
_SHORT_PHRASES = phrase_table(p for p, w in grammar.FLAG_WORDS.items() if w.short)
EMOJI = {p: w for p, w in grammar.FLAG_WORDS.items() if not any(c.isalnum() for c in p)}
_EMOJI_FIRST = frozenset(p[0] for p in EMOJI)
BLANKETS = phrase_table(blanket_words.BLANKETS)
_SAME = phrase_table(grammar.SAME_WORDS)
# Initials before an inline answer: "DK: green", "AL : vert", "(MK) gelb", "{JPR} rojo",
# "PvD - rood" (the "[DK] green" form is a _TAG); only when a flag word follows.
_INITIALS = re.compile(
    r"^(?:\*\*|__)?(?:[({<]\s*[A-Z][a-z]?[A-Z][A-Z]?\s*[)}>]\s*(?:[:\-–—]\s*)?"
    r"|(?:[A-Z][a-z]?[A-Z][A-Z]?|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?:\*\*|__)?"
    r"(?:\s?:(?:\*\*|__)?\s*|\s[-–—]\s+|\s*(?:->|→|=>)\s*))(?=\S)"
)
_SYMBOL_BULLET = re.compile(r"^(?:[▶►▸➡→⇒⮕◆◇■□●○•◉🔹🔸🔷🔶▪▫➤➜👉]\ufe0f?\s*)+")


@lru_cache(maxsize=8192)  # readers ask again at the same place of the same line
def flag_at(folded: str, at: int, short: bool) -> tuple[str, Word] | None:
    """The flag phrase at `at` (a word ends at a word boundary, not "green-light"), as
    typed: with a filler inside it, "hängt leider fest" is the phrase "hängt fest"."""
    exact = _exact_flag_at(folded, at, short)
    space = folded.find(" ", at, at + _FIRST_WORD_LENGTH)
    if space > at and folded[at:space] in _FIRST_WORDS:  # few words start a phrase: cheap
        filled = _with_fillers(folded, at, at + len(exact[0]) if exact else at)
        if filled is not None:
            return filled
    return exact


# The first words of the phrases of several words, and a run of words after one.
_FIRST_WORDS = frozenset(
    p.split(" ", 1)[0] for p, w in grammar.FLAG_WORDS.items() if " " in p and not w.guess
)
_FIRST_WORD_LENGTH = max(map(len, _FIRST_WORDS)) + 1
_WORD_RUN = re.compile(r"[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){2,6}")


def _with_fillers(folded: str, at: int, beyond: int) -> tuple[str, Word] | None:
    """A phrase of the table with fillers inside it (grammar.FILLERS), ending after
    `beyond`: the words typed, and what the phrase means."""
    run = _WORD_RUN.match(folded, at)
    if run is None:
        return None
    words = run.group().split(" ")
    if words[0] not in _FIRST_WORDS or not any(w in grammar.FILLERS for w in words[1:-1]):
        return None
    for count in range(len(words), 2, -1):
        kept = [words[0], *(w for w in words[1:count] if w not in grammar.FILLERS)]
        if words[count - 1] in grammar.FILLERS or len(kept) == count:
            continue
        word = grammar.FLAG_WORDS.get(" ".join(kept))
        end = at + len(" ".join(words[:count]))
        if word is not None and not word.guess and not word.short and end > beyond:
            return folded[at:end], word
    return None


def _exact_flag_at(folded: str, at: int, short: bool) -> tuple[str, Word] | None:
    for phrases in (_WORD_PHRASES, _SHORT_PHRASES) if short else (_WORD_PHRASES,):
        for phrase in candidates(folded, at, phrases):
            if not folded.startswith(phrase, at):
                continue
            end = at + len(phrase)
            if phrase[-1].isalnum() and not is_cjk(phrase):
                if end < len(folded) and (folded[end].isalnum() or folded[end] in "'’"):
                    continue
                if folded[end : end + 1] == "-" and folded[end + 1 : end + 2].isalpha():
                    continue
            after_word = at > 0 and folded[at - 1].isalnum()
            if phrase[0].isalnum() and after_word and not is_cjk(phrase):
                continue  # "緑か黄色", "#102红色": CJK flags need no space before them
            return phrase, grammar.FLAG_WORDS[phrase]
    return None


def decoration_at(folded: str, at: int) -> str | None:
    """A symbol that is no flag ("🔥", "★"), skipped before a flag word."""
    char = folded[at : at + 1]
    if not char or char in _EMOJI_FIRST or not unicodedata.category(char).startswith("S"):
        return None
    return char


def is_cjk(text: str) -> bool:
    return bool(text) and ord(text[0]) >= 0x2E80


def head_ends(folded: str, at: int) -> bool:
    """Whether the answer's head ends at `at`: the end, punctuation, a score, a bracket."""
    if folded[at : at + 1] == " " and is_cjk(folded[at + 1 : at + 2]):
        return True  # "122还是红色 等材料中": a space ends a phrase in Chinese or Japanese
    return bool(_HEAD_END.match(folded[at:])) or is_cjk(folded[at : at + 1])


def agrees(symbol: Word, word: Word) -> bool:
    """Whether a symbol before a word says the same ("✅ done", "⚠️ at risk", "❌ red")."""
    if word.meaning == symbol.meaning:
        return True
    if word.meaning == DONE:
        return symbol.meaning == "green"
    if word.meaning == DROP:
        return symbol.meaning == "red"
    return False


def one_edit(a: str, b: str) -> bool:
    """Whether `a` is `b` with one letter added, removed, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def letter_then_note(text: str, folded: str, start: int, end: int, word: Word) -> bool:
    """ "13 R need an exec call": a capital R, G or Y after a name, then a note in small
    letters or an acronym ("13 Y QA slow"; "A" is left out: "#13 A lot left" is no yellow,
    nor is "#12 G Suite rollout" green)."""
    note = WORD.match(text, end + 1)
    if not word.short or text[start:end] not in ("R", "G", "Y") or folded[end : end + 1] != " ":
        return False
    typed = note.group() if note else ""
    return typed[:1].islower() or len(typed) > 1 and typed.isupper()


def names_a_thing(text: str, folded: str, start: int, end: int, word: Word) -> bool:
    """A colour word that starts a name or a noun: "Red Hat", "red tape", "Green Energy
    Partners". Only a plain space may separate them ("green - Energy" is an answer)."""
    if word.meaning not in COLOURS or word.guess or not folded[start : start + 1].isalpha():
        return False
    if is_cjk(folded[start : start + 1]):  # "红头文件已经下发", "赤字は解消"
        if _katakana(folded[start : start + 1]) and _katakana(folded[end : end + 1]):
            return True  # "レッドカーペット", "グリーンフィールド": one word in katakana
        return folded.startswith(grammar.CJK_COMPOUNDS, start)
    if folded[end : end + 1] != " ":
        return False
    following = WORD.match(folded, end + 1)
    if following is None:
        return False
    if following.group() in grammar.COMPOUNDS:
        return True
    typed, after = text[start:end], text[end + 1 : following.end()]
    return not typed.isupper() and after[:1].isupper() and not after.isupper()


def _katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fa" or char == "\u30fc"  # letters and the long-vowel mark


_NUMBER = re.compile(r"(?<![\w.,])\d{1,9}(?![\d.,]\d)\s*[:.)\-–]?\s*")


def next_answer(folded: str, at: int) -> int:
    """Where another key result's answer starts after `at` (a reference, or a number with a
    flag right after it: "… No. 13 red"), or the end of the line: a reading that weighs the
    words of a sentence stops there."""
    ref = grammar.REF.search(folded, at)
    stop = ref.start() if ref else len(folded)
    for number in _NUMBER.finditer(folded, at, stop):
        if flag_at(folded, number.end(), False) is not None:
            return number.start()
    return stop
