"""How much randomness a secret holds, estimated cautiously, to refuse weak ones in production.

Length alone is no measure: `'a' * 32` and `'password' * 4` are 32 characters. The
estimate counts only characters that could not be guessed from those before them (a run
like `aaaa`, a sequence like `abcd`, `4321` or `qwerty`, a repeat of an earlier part) at
the bits of the alphabet the secret draws on, no more than its distinct characters allow;
a secret made of words is counted by its words instead. It errs low: a secret of 64 random
hex digits is estimated near its real 256 bits, one of English words far below 128.
"""

from __future__ import annotations

import math
import re
import string

MIN_BITS = 128
HOW_TO_MAKE_ONE = "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
WORD_BITS = 13.0  # a word of a diceware list of 7,776 words; most chosen words are weaker
_CHECKED = 1024  # characters looked at; a secret longer than that is long enough anyway
# Neighbours on a keyboard or in counting; either direction (`cba`, `poiuy`) is predictable.
_ROWS = (
    string.ascii_lowercase,
    "0123456789",
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
)
_NEXT = {(row[i], row[i + 1]) for row in _ROWS for i in range(len(row) - 1)} | {
    (row[i + 1], row[i]) for row in _ROWS for i in range(len(row) - 1)
}
_HEX = frozenset(string.hexdigits)
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")


def _hex(secret: str) -> bool:
    """Hex digits in one case, perhaps grouped by other characters (a UUID's dashes)."""
    core = [c for c in secret if c.isalnum()]
    one_case = all(not c.isupper() for c in core) or all(not c.islower() for c in core)
    return bool(core) and set(core) <= _HEX and one_case


def _alphabet(secret: str) -> int:
    """How many characters the secret plausibly draws from: the classes it uses."""
    if _hex(secret):
        return 16
    size = 0
    size += 26 if any(c.islower() for c in secret) else 0
    size += 26 if any(c.isupper() for c in secret) else 0
    size += 10 if any(c.isdigit() for c in secret) else 0
    return size + len({c for c in secret if not c.isalnum()})


def _predictable(secret: str) -> list[bool]:
    """Per character: guessable from the ones before (runs, sequences, repeats)."""
    n = len(secret)
    guessed = [False] * n
    lowered = secret.lower()
    start = 0
    for i in range(1, n + 1):  # chains of 3 or more where each follows the one before
        follows = i < n and (lowered[i] == lowered[i - 1] or (lowered[i - 1], lowered[i]) in _NEXT)
        if not follows:
            if i - start >= 3:
                for j in range(start + 1, i):
                    guessed[j] = True
            start = i
    i = 0
    while i < n:  # a part of 3 or more characters seen before (it may overlap itself)
        length = 0
        while i + length < n and secret.find(secret[i : i + length + 1], 0, i + length) != -1:
            length += 1
        if length >= 3:
            for j in range(i, i + length):
                guessed[j] = True
            i += length
        else:
            i += 1
    return guessed


def _by_characters(secret: str) -> float:
    if not secret:
        return 0.0
    # The grouping characters of a hex secret (a UUID's dashes) carry nothing.
    counted = [c.isalnum() for c in secret] if _hex(secret) else [True] * len(secret)
    distinct = len({c for c, count in zip(secret, counted, strict=True) if count})
    per_character = min(math.log2(max(_alphabet(secret), 2)), math.log2(max(distinct, 2)))
    guessed = _predictable(secret)
    fresh = sum(1 for g, count in zip(guessed, counted, strict=True) if count and not g)
    return fresh * per_character


def _by_words(secret: str) -> float | None:
    """A passphrase (three or more words between separators, most of the secret): its
    words' bits, plus the bits of any part that is not a word. None when the secret is
    not made of words."""
    parts = [part for part in _SEPARATORS.split(secret) if part]
    words = [p for p in parts if _is_word(p)]
    if len(words) < 3 or sum(map(len, words)) < 0.6 * len(secret):
        return None
    return WORD_BITS * len(words) + sum(_by_characters(p) for p in parts if not _is_word(p))


def _is_word(part: str) -> bool:
    """Written like a word: letters, lower case or capitalised, two or more of them."""
    return len(part) >= 2 and part.isalpha() and (part.islower() or part.istitle())


def estimated_bits(secret: str) -> float:
    """A cautious estimate of the randomness in `secret`, in bits."""
    secret = secret[:_CHECKED]
    estimate = _by_characters(secret)
    words = _by_words(secret)
    return estimate if words is None else min(estimate, words)


def weakness(secret: str | None) -> str | None:
    """Why `secret` is too weak to sign sessions and tokens, or None when it is strong."""
    if not secret:
        return "it is empty"
    bits = estimated_bits(secret)
    if bits < MIN_BITS:
        return f"it holds about {bits:.0f} bits of randomness, and {MIN_BITS} are needed"
    return None
