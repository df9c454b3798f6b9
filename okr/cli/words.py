"""Counts in command output, in words a person reads: "1 key result", "2 key results"."""

from __future__ import annotations


def count(number: int, word: str, plural: str | None = None) -> str:
    """`number` and `word`, plural unless it is one (`plural` for irregular words)."""
    return f"{number} {word if number == 1 else plural or word + 's'}"


def are(number: int) -> str:
    return "is" if number == 1 else "are"
