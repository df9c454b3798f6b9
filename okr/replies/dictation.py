"""Replies spoken into a phone: "number 13 yellow still waiting on the vendor period",
"numero 61 verde punto numero 62 giallo". Read as typed: "#13 yellow still waiting on
the vendor.", "#61 verde. #62 giallo".

Only a line that opens with a spoken number ("number 13", "numero 61", "hashtag 12") is
taken for dictation, so "the trial period" in a typed note stays as it is.
"""

from __future__ import annotations

import re

_NUMBER_WORDS = (
    "number", "hashtag", "hash", "nummer", "numéro", "numero", "número", "numer", "номер",
)  # fmt: skip
_SPOKEN_NUMBER = re.compile(
    rf"(?<![\w#])(?:{'|'.join(_NUMBER_WORDS)})\s+(\d{{1,9}})(?!\d)", re.IGNORECASE
)
_OPENS = re.compile(rf"^\s*(?:{'|'.join(_NUMBER_WORDS)})\s+\d", re.IGNORECASE)
# Punctuation said as a word, at the end of the line or before the next spoken number.
_FULL_STOP = (
    "period", "full stop", "punkt", "point", "punto", "ponto", "punt", "точка", "nokta",
    "kropka",
)  # fmt: skip
_COMMA = ("comma", "komma", "virgule", "coma", "vírgula", "virgola", "przecinek", "запятая")
_SAID_STOP = re.compile(
    rf"\s+(?:{'|'.join(_FULL_STOP)})(?=\s*$|\s+(?:{'|'.join(_NUMBER_WORDS)})\s+\d)",
    re.IGNORECASE,
)
_SAID_COMMA = re.compile(
    rf"\s+(?:{'|'.join(_COMMA)})(?=\s*$|\s+(?:{'|'.join(_NUMBER_WORDS)})\s+\d)", re.IGNORECASE
)


def undictated(line: str) -> str:
    """The line as it would have been typed, when it was spoken; else the line."""
    if not _OPENS.match(line):
        return line
    line = _SAID_STOP.sub(".", line)
    line = _SAID_COMMA.sub(",", line)
    return _SPOKEN_NUMBER.sub(r"#\1", line)
