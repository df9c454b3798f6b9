"""The one-time sign-in link."""

from __future__ import annotations

from okr.models import Person

from . import Message, build


def signin_link(person: Person, url: str, minutes: int) -> Message:
    return build(
        "signin", to=person.email, context={"person": person, "url": url, "minutes": minutes}
    )
