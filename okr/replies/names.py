"""Naming a key result in a line: references ("#12", "KR 12", lists), bare numbers,
titles and clear prefixes of them, and a quoted item's header.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from . import grammar, new_dates
from .phrases import (
    ELLIPSIS,
    flag_at,
    fold,
    head_ends,
    phrase_at,
    phrase_table,
    skip_space,
    title_key,
)
from .results import FormEntry

_TITLE_WORD = re.compile(r"[^\W_]+")
_ANSWER_LABEL = re.compile(r"(?P<words>[^\W\d_][^:：\n]{0,40}?)\s*(?:[:：]|\s[-–—](?=\s))\s*")
_LABEL_START = re.compile(r"(?P<words>[^:：\n]{2,60}?)\s*[:：]")  # "At-risk: …"
_CLOSING_BRACKET = {"(": ")", "[": "]", '"': '"', "'": "'", "“": "”", "«": "»", "„": "“"}
_JOINERS = phrase_table(grammar.REF_JOINERS)
# A range of references, both with "#": "#12-#14", "#12 to #14", "#12 bis #14".
_RANGE = re.compile(
    r"(?:[-–—]|\s+(?:to|through|thru|until|bis|à|a|al|tot en met|t/m|till|til|do|по|～|~)\s+)"
    r"#\s?(?P<n>\d{1,9})(?!\d)"
)
_RANGE_MAX = 20
# After a bare number, another joined to it: "13 and 14 red", "13, 14: red".
_BARE_MORE = re.compile(
    r"\s*(?:,|&|\+|/|と|和|及|与|跟|、|(?:and|und|et|y|e|en|och|og|i|и|ve)"
    r"(?:\s+(?:the|le|la|el|il|lo|o|a)(?=\s))?)\s*(?P<n>\d{1,9})"  # "El 41 y el 43 van bien"
    r"(?=\s|[:.);]|,(?!\d)|$|[\u3001\u3040-\u30ff\u3400-\u9fff\uff0c\uff1a])"
)
# Articles before a title's words after the number: "#42 el portal sigue atascado".
_ARTICLES = frozenset(
    ("the", "der", "die", "das", "le", "la", "les", "el", "los", "las", "o", "os", "a", "as",
     "il", "lo", "gli", "de", "het", "den", "det")
)  # fmt: skip
# Numbers parted by a space only ("111 113 順調"): one list only when a flag follows.
_BARE_SPACED = re.compile(r" (?P<n>\d{1,9})(?=\s|[\u3040-\u30ff\u3400-\u9fff])")


# Where a title (or the start of one) ends and the answer begins: " - ", ":", "…", ", ",
# " (", and arrows ("Reduce red alerts → yellow").
_HEAD_END = re.compile(r"\s[-–—]\s|:|…|\.\.\.|,\s|\s\(|\s*(?:-+>|=>|[→⇒➜➔⟶])\s*")


def _loose_words(text: str) -> list[str]:
    """A title's words with hyphens as spaces, to compare loosely ("videos" is still not
    "video series": only the form's own words name a key result)."""
    return text.replace("-", " ").split()


# A few words, then ":", a dash or an arrow: "SOC 2 audit - red", "deploys -> a rischio".
_WORDS_THEN_SEPARATOR = re.compile(
    r"(?P<words>[^\W_][\w'’-]*(?: [\w'’-]+){0,4}?)\s*(?::|：|\s[-–—]\s|\s*(?:->|=>|→)\s)\s*"
)
# A few words up to where a clause ends: ",", ":", a dash, a bracket, "which", "som".
_DECIMAL_AFTER = re.compile(r"[.,]\d")
_CLAUSE_MARK = re.compile(r"[,.;:!?](?!\d)")
_WORDS_TO_CLAUSE_END = re.compile(
    r"(?P<words>[^\W_][\w'’-]*(?: [\w'’-]+){0,4}?)"
    r"(?=\s*(?:[,:;：(（]|\s[-–—]\s|$)|\s+(?:which|that|who|som|que|qui|die|der|das|che|dat)\b)"
)
# Words that name nothing on their own: articles, "the … one", prepositions.
_NAMING_FILLERS = frozenset(
    {"the", "a", "an", "of", "for", "to", "on", "in", "at", "our", "my", "and", "one", "le",
     "la", "les", "l", "du", "des", "de", "el", "los", "las", "del", "o", "os", "as", "do",
     "da", "il", "lo", "gli", "i", "der", "die", "das", "den", "dem", "het", "een", "re"}
)  # fmt: skip


def _pair_in(flag_word: str, following: str, title: str) -> bool:
    """Whether a flag word and the word after it stand together in `title` ("red alerts"
    in "Reduce red alerts by half"): then the flag word names the key result."""
    words = _TITLE_WORD.findall(title)
    return any(  # "red-teaming" for "Red team the login flow" too
        a == flag_word and (b == following or _word_in(following, [b]))
        for a, b in zip(words, words[1:], strict=False)
    )


def _word_in(word: str, title_words: list[str]) -> bool:
    """`word` is one of `title_words`, or a form of one ("rotation", "playbooken")."""
    if word in title_words:
        return True
    if len(word) >= 5 and any(len(t) >= 5 and t[:5] == word[:5] for t in title_words):
        return True
    stem = _english_stem(word)  # "hiring" for "Hire two engineers", "shipping" for "Ship"
    return len(stem) >= 3 and any(_english_stem(t) == stem for t in title_words)


_ENDINGS = re.compile(r"(?:ing|ed|s)$")


def _compound_of(word: str, title: str) -> bool:
    """A word that holds a long word of the title, or is held by one: "prisexperimentet" for
    "Greenfield pricing experiment", as Germanic languages join words."""
    return any(
        len(t) >= 6 and t in word or len(word) >= 6 and word in t
        for t in _TITLE_WORD.findall(title)
    )


@lru_cache(maxsize=4096)
def _english_stem(word: str) -> str:
    """A word without its English ending ("hiring", "hired", "hires" and "hire" all give
    "hir"; "shipping" gives "ship"; "SREs" gives "sre"), for words of a title said as
    another form."""
    stem = _ENDINGS.sub("", word) if len(word) > 3 else word
    if len(stem) > 3 and stem.endswith("e"):
        stem = stem[:-1]
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        stem = stem[:-1]  # "shipp" of "shipping"
    return stem


def _loose_prefix(head: str, title: str) -> bool:
    """Whether `head` starts `title` when hyphens and spaces are not told apart."""
    head_words, title_words = _loose_words(head), _loose_words(title)
    return 0 < len(head_words) <= len(title_words) and title_words[: len(head_words)] == head_words


class NameReader:
    """Finds the key results of one form named in a line."""

    if TYPE_CHECKING:  # what the line reader brings (heads.py)

        def connectors(self, folded: str, at: int) -> int: ...

    def __init__(self, entries: list[FormEntry], today: date) -> None:
        self.entries = entries
        self.refs = {e.ref for e in entries}
        self.ref_set = frozenset(self.refs)
        self.today = today
        self.titles = sorted(
            ((title_key(e.title), e.ref) for e in entries if e.title.strip()),
            key=lambda pair: len(pair[0]),
            reverse=True,
        )
        self.title_of = {e.ref: title_key(e.title) for e in entries}
        # "ICP" for "ICP licence approved", "NPS" for "Partner NPS above 40": names, not
        # initials, when one title holds them
        words = [w for e in entries for w in set(e.title.replace(":", " ").split())]
        self.acronyms = frozenset(
            w
            for w in words
            if 2 <= len(w) <= 3 and w.isupper() and w.isalpha() and words.count(w) == 1
        )
        self.longest = max((len(e.title) for e in entries), default=0) + 40
        self.title_words = [(ref, _TITLE_WORD.findall(title)) for title, ref in self.titles]
        # the key results whose titles hold a flag phrase ("At-risk accounts playbook")
        self.flagged_titles = frozenset(
            ref
            for ref, title in self.title_of.items()
            if any(flag_at(title, m.start(), False) for m in re.finditer(r"(?<!\w)\w", title))
        )

    # -- naming --------------------------------------------------------------------------
    def refs_at(self, folded: str, at: int) -> tuple[list[str], int, str | None]:
        """References at `at`: one, or a list joined by "and", ",", "/" ...; with a problem
        for a number that is not on the form."""
        found: list[str] = []
        unknown: list[str] = []
        i = at
        while True:
            match = grammar.REF.match(folded, i)
            if not match:
                break
            ref = f"#{int(match['n'])}"
            (found if ref in self.refs else unknown).append(ref)
            i = match.end()
            if (span := _RANGE.match(folded, i)) and match["n"] and folded[match.start()] == "#":
                first, last = int(match["n"]), int(span["n"])
                if first < last <= first + _RANGE_MAX:  # "#12-#14": the form's refs between
                    found += [r for n in range(first + 1, last + 1) if (r := f"#{n}") in self.refs]
                    i = span.end()
            j = skip_space(folded, i)
            joiner = phrase_at(folded, j, _JOINERS) or ""
            if not joiner and j == i:
                break
            k = skip_space(folded, j + len(joiner))
            if joiner and (article := grammar.LINK_ARTICLE.match(folded, k)):
                k = article.end()  # "#101 y el #103", "#31 et le #32"
            if not grammar.REF.match(folded, k):
                break
            i = k
        if unknown:
            return [], at, f"{unknown[0]} is not one of the key results in this form"
        return found, i, None

    def refs_in(self, line: str) -> set[str]:
        """The key results of this form a line names anywhere ("#14", "KR 14")."""
        found = {f"#{int(m['n'])}" for m in grammar.REF.finditer(fold(line)[:5000])}
        return found & self.refs

    def header(self, inner: str) -> str | None:
        """The key result a quoted item header names ("#12 Sign 5 design partners", or only
        its title, or a confirmation's "#12 Sign 5 design partners: green"). What follows the
        title on a quoted line is never read: it may be an earlier answer."""
        folded = fold(inner)
        refs, end, problem = self.refs_at(folded, 0)
        if len(refs) == 1 and not problem:
            rest = title_key(inner[end:]).strip(" :-")
            title = self.title_of[refs[0]]
            if not rest or title.startswith(rest):
                return refs[0]
            if rest.startswith(title) and not rest[len(title) : len(title) + 1].isalnum():
                return refs[0]
            return None
        key = title_key(inner)
        return next((ref for title, ref in self.titles if key == title), None)

    def bare_ref_at(self, folded: str, at: int) -> tuple[str | None, int]:
        """A bare number starting the answer, an article or "number" before it or not ("Le
        13 est rouge", "Il 13 è rosso"): still only when a closed flag follows it."""
        article = grammar.REF_ARTICLE.match(folded, at)
        match = grammar.BARE_REF.match(folded, article.end() if article else at)
        if not match:
            return None, at
        ref = f"#{int(match['n'])}"
        return (ref, match.end()) if ref in self.refs else (None, at)

    def bare_refs_at(self, folded: str, at: int) -> tuple[list[str], int]:
        """Bare numbers starting the answer, one or a list ("13 and 14 red", "13, 14: red"):
        every one a key result of the form, else none."""
        ref, end = self.bare_ref_at(folded, at)
        if ref is None:
            return [], at
        refs, joined, spaced, after = [ref], [ref], False, end
        while True:  # "13 and 14", "12 13 and 16": joined by a word, a comma or a space
            if more := _BARE_MORE.match(folded, after):
                if f"#{int(more['n'])}" not in self.refs:
                    return [], at
            elif (more := _BARE_SPACED.match(folded, after)) is not None:
                if f"#{int(more['n'])}" not in self.refs:
                    break
                spaced = True
            else:
                break
            joined.append(f"#{int(more['n'])}")
            after = more.end()
            if not spaced:
                refs, end = list(joined), after
        if not spaced:
            return refs, end
        flag = flag_at(folded, k := skip_space(folded, after), False)
        if flag is not None and head_ends(folded, k + len(flag[0])):  # not "13 14 alerts"
            return joined, after
        return refs, end

    def title_at(self, text: str, folded: str, at: int) -> tuple[str | None, int, bool]:
        """(ref, end, whole) for a line starting with a title or a clear prefix of one."""
        key = title_key(text[at : at + self.longest])
        for title, ref in self.titles:
            if key.startswith(title) and (len(key) == len(title) or not key[len(title)].isalnum()):
                return ref, self._position(folded, at, title), True
        head = _HEAD_END.split(key, maxsplit=1)[0].strip()
        if len(head) < 4 and not self._acronym(text[at : at + len(head) + 1], head):
            return None, at, False
        if head.endswith("-"):
            return None, at, False
        hits = [  # a prefix ends at a word's end, or where the title's own colon is
            ref
            for title, ref in self.titles
            if title.startswith(head) and title[len(head) : len(head) + 1] in ("", " ", ":")
        ]
        if not hits:  # "Green light the data…" for "Green-light the data…"
            hits = [ref for title, ref in self.titles if _loose_prefix(head, title)]
        if len(hits) != 1 or flag_at(head, 0, False) and len(head.split()) == 1:
            return None, at, False
        return hits[0], self._position(folded, at, head), False

    def title_words_at(self, text: str, folded: str, at: int) -> tuple[str | None, int]:
        """(ref, where its separator ends) for a line opening with a few words of one title,
        not its start, then a separator: "SOC 2 audit - red" for "Complete the SOC 2 audit",
        "secrets rotation: done" for "Rotate all production secrets", "Telenor: red". Every
        word that says something must be one of that title's words (or share its first five
        letters: "rotation", "rotate"), and of no other title's; else (None, at)."""
        if folded[at : at + 1].isdigit():
            return None, at  # "3 deals closed": a count, or a key result's number
        sep = _WORDS_THEN_SEPARATOR.match(folded, at)
        if sep is not None:
            ref = self._title_of_words(sep["words"], text[at : at + len(sep["words"])])
            if ref:
                return ref, sep.end()
        words = list(islice(_TITLE_WORD.finditer(folded, at), 5))
        for count in range(1, len(words)):  # "Ledger migration on track": the flag follows
            start = words[count].start()
            if folded[words[count - 1].end() : start].strip() or not self._flag_after(
                folded, start
            ):
                continue
            ref = self._title_of_words(folded[at:start], text[at:start])
            if ref:
                return ref, start
            # (a flag word inside the title, "The amber rollout is stuck": read on)
        return None, at

    def title_words_in(self, text: str, folded: str, at: int) -> tuple[str | None, int]:
        """(ref, where the words end) for words of one title up to a clause's end, as an
        exception names a key result: "all fine except the ICP licence, which is blocked",
        "alt grønt undtagen Telenor, som er rød"; else (None, at)."""
        words = _WORDS_TO_CLAUSE_END.match(folded, at)
        if words is not None:
            ref = self._title_of_words(words["words"], text[at : at + len(words["words"])])
            if ref:
                return ref, words.end("words")
        # "nur die Ledger-Migration hängt: gelb": the title's words, then a verb of the clause
        found = list(islice(_TITLE_WORD.finditer(folded, at), 4))
        for count in range(len(found) - 1, 0, -1):
            stop = found[count - 1].end()
            if _DECIMAL_AFTER.match(folded, stop) or _CLAUSE_MARK.search(folded, at, stop):
                continue  # "app 2.0": not "app 2"; a clause ends at a mark, not a decimal
            if ref := self._title_of_words(folded[at:stop], text[at:stop]):
                return ref, stop
        return None, at

    def strong_title_words(self, folded: str, at: int, stop: int, ref: str) -> bool:
        """Whether the words between `at` and `stop` name `ref` by more than its title's
        opening verb ("Open my status page" is no answer for "Open the São Paulo office";
        "Istanbul move", "Stop-ship bugs", "Localisation" are): a word past the first,
        or a first word of seven letters or more."""
        title = next((t for t, r in self.titles if r == ref), "")
        first = next(iter(_TITLE_WORD.findall(title)), "")
        words = [w for w in _TITLE_WORD.findall(folded[at:stop]) if w not in _NAMING_FILLERS]
        return any(not _word_in(w, [first]) or len(first) >= 7 for w in words)

    def answer_label(self, folded: str, at: int) -> tuple[int, str] | None:
        """(where the answer starts, the label's hint) for a line opening with a label of a
        few words and a colon or a dash ("Gelbe Seiten: fertig", "Escritório SP – no prazo"):
        the answer of a key result said in the person's own words. The hint is the key result
        whose title shares a word with the label, or a long word inside a compound ("" for
        none, "?" for several): the only thing that places the answer (decide.py)."""
        label = _ANSWER_LABEL.match(folded, at)
        if label is None or "#" in label["words"] or len(label["words"].split()) > 5:
            return None
        words = _TITLE_WORD.findall(label["words"])
        if not words or any(
            flag_at(folded, m.start(), False)
            for m in _TITLE_WORD.finditer(folded, at, label.end("words"))
        ):
            return None  # "Green light: …", "Red alerts: …": a flag word, not a label
        content = [w for w in words if len(w) >= 4 and w not in _NAMING_FILLERS]
        hits = {
            ref
            for title, ref in self.titles
            if any(
                _word_in(w, _TITLE_WORD.findall(title)) or _compound_of(w, title) for w in content
            )
        }
        return label.end(), ("" if not hits else next(iter(hits)) if len(hits) == 1 else "?")

    def _title_of_words(self, words_text: str, typed: str) -> str | None:
        """The one title holding every word of `words_text` that says something (see
        title_words_at), or None."""
        words = [w for w in _TITLE_WORD.findall(words_text) if w not in _NAMING_FILLERS]
        if not words or len(words) > 4:
            return None
        if (
            all(len(w) <= 3 for w in words)
            and not typed.strip().isupper()
            and not (  # "app 2.0" is no one's initials (a number alone names nothing)
                any(w.isdigit() for w in words) and any(w.isalpha() for w in words)
            )
        ):
            return None  # "icp: red" may be someone's initials; "ICP: red" is the title's
        flagged = [i for i, w in enumerate(words) if flag_at(w, 0, False)]
        if flagged and (flagged[-1] == len(words) - 1 or len(words) < 2):
            return None  # "Green: …", "the alerts are red": a flag, not a title's word
        hits = [
            ref
            for ref, title_words in self.title_words
            if all(_word_in(w, title_words) for w in words)
            and all(_pair_in(words[i], words[i + 1], self.title_of[ref]) for i in flagged)
        ]
        return hits[0] if len(hits) == 1 else None

    def _acronym(self, typed: str, head: str) -> bool:
        """ "ICP: still red" for "ICP licence approved": a short head typed in capitals that
        is the first word of one title, in capitals there too."""
        return typed.strip()[: len(head)] in self.acronyms

    def title_clash(self, text: str, at: int) -> list[str]:
        """The key results whose titles all start with the words at `at`, up to their own
        colon ("Reliability: red" for "Reliability: uptime" and "Reliability: on-call"):
        asked which, never guessed. Empty when the words name one or none."""
        key = title_key(text[at : at + self.longest])
        head = key.split(":", 1)[0].strip()
        if ":" not in key or len(head) < 4:
            return []
        hits = [ref for title, ref in self.titles if title.startswith(head + ":")]
        return sorted(hits, key=lambda ref: int(ref[1:])) if len(hits) > 1 else []

    @staticmethod
    def _position(folded: str, at: int, key: str) -> int:
        """Where the text that `title_key` turned into `key` ends in `folded`."""
        i, n = at, 0
        words = key.split()
        while i < len(folded) and n < len(words):
            i = skip_space(folded, i)
            word = words[n]
            if n and folded[i : i + 1] in "-–—" and not word.startswith("-"):
                i = skip_space(folded, i + 1)  # "green-light" typed for "green light"
            chunk = folded[i : i + len(word)].replace("–", "-").replace("—", "-")
            if chunk != word:
                break
            i += len(word)
            n += 1
        return i

    def skip_title(self, text: str, folded: str, at: int, ref: str) -> int:
        """After "#12", the title copied from the form ("#12 Sign 5 design partners: green",
        "KR 12 (Sign 5 design partners) - red")."""
        i = skip_space(folded, at)
        i = i + 1 if folded[i : i + 1] in (":", "-", "–", "—") else i
        i = skip_space(folded, i)
        bracket = _CLOSING_BRACKET.get(folded[i : i + 1])
        if (label := _LABEL_START.match(folded, i)) and flag_at(
            folded, skip_space(folded, label.end()), False
        ):
            start = title_key(label["words"])
            title = self.title_of.get(ref, "")
            if start and title.startswith(start) and title[len(start) : len(start) + 1] in " :":
                return i + len(label["words"])  # "#91 At-risk: grøn": its title's start
        found, end, whole = self.title_at(text, folded, i + 1 if bracket else i)
        if found != ref or not whole and self._flag_only(folded, i):
            return at
        ellipsis = ELLIPSIS.match(folded, end)
        end = ellipsis.end() if ellipsis else end
        if bracket:
            close = folded.find(bracket, end)
            if close < 0 or folded[end:close].strip():
                return at
            end = close + 1
        return end

    @staticmethod
    def _flag_only(folded: str, at: int) -> bool:
        """Whether the words at `at` up to the answer's end or separator are one flag phrase:
        after "#91", "at risk - sales wants more" is the flag, though the title is
        "At-risk accounts playbook"; the number already named the key result."""
        flag = flag_at(folded, at, False)
        if flag is None:
            return False
        end = at + len(flag[0])
        colon = skip_space(folded, end)
        if folded[colon : colon + 1] in (":", "：") and flag_at(
            folded, skip_space(folded, colon + 1), False
        ):
            return False  # "#91 At-risk: grøn": the title's start, then the flag
        return not folded[end:].strip(" .!") or bool(_HEAD_END.match(folded, end))

    def skip_title_words(self, folded: str, at: int, ref: str) -> int:
        """After "#24", two or more words in a row from the middle of its title holding a flag
        word ("#24 blocked deploys went yellow" for "Cut blocked deploys by half"): they
        name the key result, they are not its flag. Elsewhere: `at`."""
        title = self.title_of.get(ref, "").split()
        first = _TITLE_WORD.match(folded, skip_space(folded, at))
        if first is not None and first.group() in _ARTICLES and first.group() not in title:
            after = self.skip_title_words(folded, first.end(), ref)  # "#42 el portal sigue …"
            return after if after > skip_space(folded, first.end()) else at
        if (own := self._own_flag_then_title(folded, at, ref, title)) is not None:
            return own
        if first is None or first.group() not in title:
            return at
        words = list(islice(_TITLE_WORD.finditer(folded, first.start()), len(title)))
        if len(words) < 2:
            return at
        for start in range(len(title)):
            run = 0
            while (
                run < len(words)
                and start + run < len(title)
                and words[run].group() == title[start + run]
                and (run == 0 or folded[words[run - 1].end() : words[run].start()] == " ")
            ):
                run += 1
            if run >= 2 and any(flag_at(w.group(), 0, False) for w in words[:run]):
                return words[run - 1].end()
        return self._title_words_then_flag(folded, words, title)

    def _own_flag_then_title(self, folded: str, at: int, ref: str, title: list[str]) -> int | None:
        """After "#91", a flag phrase of its own title and more of its words ("#91 At-risk
        playbook green" for "At-risk accounts playbook"): the title's words, never its flag.
        Where they end (the flag after them, or none: asked), else None."""
        if ref not in self.flagged_titles:
            return None
        start = skip_space(folded, at)
        flag = flag_at(folded, start, False)
        if flag is None or flag[0] not in self.title_of.get(ref, ""):
            return None  # (most answers: the flag is no word of the title)
        if not re.search(rf"(?<!\w){re.escape(flag[0])}(?!\w)", " ".join(title)):
            return None
        words = list(
            islice(_TITLE_WORD.finditer(folded, skip_space(folded, start + len(flag[0]))), 4)
        )
        if not words or words[0].start() != skip_space(folded, start + len(flag[0])):
            return None
        if not _word_in(words[0].group(), title) or flag_at(words[0].group(), 0, False):
            return None
        end = self._title_words_then_flag(folded, words, title)
        return end if end > words[0].start() else words[0].end()

    def _flag_after(self, folded: str, at: int) -> bool:
        """A flag at `at`, or after "is", "still", "er": "ledger still red", "the ledger is
        green", "Playbooken er i rute"; or a new date ("Phishing drill przesuwamy na …")."""
        k = self.connectors(folded, at)
        return flag_at(folded, k, False) is not None or new_dates.opens_due(folded, k)

    def _title_words_then_flag(
        self, folded: str, words: list[re.Match[str]], title: list[str]
    ) -> int:
        """After "#92", a few words of its title and then its flag ("#92 Telenor stadig rød",
        "#14 alerts still red"): where the words end, else where they start."""
        end = words[0].start()
        for count, word in enumerate(words[:4], start=1):
            joint = folded[words[count - 2].end() : word.start()] if count > 1 else " "
            compound = joint == "-" and not flag_at(word.group(), 0, False)  # "Telenor-avtalen"
            if not compound and (
                flag_at(word.group(), 0, False) or not _word_in(word.group(), title)
            ):
                break
            if joint not in (" ", "-"):
                break
            if flag_at(folded, self.connectors(folded, word.end()), False) is not None:
                end = word.end()
        return end
