"""Errors that carry a message meant for a person, never a traceback."""

from __future__ import annotations


class InvalidInput(ValueError):
    """Input a person gave that the system refuses; `str()` is the answer to show them."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
