"""Errors that carry a message meant for a person, never a traceback."""

from __future__ import annotations


class InvalidInput(ValueError):
    """Input a person gave that the system refuses; `str()` is the answer to show them."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class Refused(InvalidInput):
    """A request a person may not make, or not like this; `status` is the HTTP answer the
    web gives it (400 bad input, 403 not theirs, 404 no such thing, 409 done already,
    429 too many)."""

    def __init__(self, message: str, status: int = 400, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.status = status
