"""What pages read from paths, query strings and forms: page numbers, ids and search text.

A value no page could mean (a page number of twenty digits, an id past what the database
holds, a NUL in a search) is clamped or refused here, before it reaches SQL, so it is
the visitor's 400 or 404 and never our 500.
"""

from __future__ import annotations

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter, Map, ValidationError

from .. import weeks

MAX_PAGE = 100_000  # past the last page a list shows its last page (or nothing)
MAX_ID = 2**31 - 1  # the largest key of an integer column on PostgreSQL
MAX_SEARCH = 200  # characters of a search kept
_DIGITS = 10  # len(str(MAX_ID))


def week(name: str = "week") -> str:
    """The week asked for, or this week; a malformed one is the visitor's error (400)."""
    try:
        return weeks.asked_or_current(request.args.get(name))
    except weeks.BadWeek as error:
        abort(400, str(error))


def page_number(name: str = "page") -> int:
    """The page asked for, clamped to 1..MAX_PAGE; anything not a number is the first."""
    raw = request.args.get(name, "").strip()
    if not (raw.isascii() and raw.isdigit()):
        return 1
    if len(raw) > len(str(MAX_PAGE)):
        return MAX_PAGE
    return min(max(int(raw), 1), MAX_PAGE)


def database_id(raw: str | None) -> int | None:
    """A key as typed into a form field, or None when it cannot be one."""
    value = (raw or "").strip()
    if not (value.isascii() and value.isdigit()) or len(value) > _DIGITS:
        return None
    number = int(value)
    return number if 1 <= number <= MAX_ID else None


def search_text(name: str = "q") -> str:
    """A search as typed, without control characters (PostgreSQL refuses a NUL in a
    string) and at most MAX_SEARCH characters."""
    raw = request.args.get(name, "")
    cleaned = "".join(c if c.isprintable() else " " for c in raw[: MAX_SEARCH * 2])
    return cleaned.strip()[:MAX_SEARCH]


class DatabaseIdConverter(IntegerConverter):
    """`<int:...>` in every route: only keys the database can hold; others are a 404."""

    def __init__(self, map: Map, *args, **kwargs) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)

    def to_python(self, value: str) -> int:
        if not value.isascii() or len(value) > _DIGITS:
            raise ValidationError()
        return super().to_python(value)


def register(app: Flask) -> None:
    """Before any route is added: `int` routes use the bounded converter."""
    app.url_map.converters["int"] = DatabaseIdConverter
