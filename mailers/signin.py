"""The one-time sign-in link."""

from __future__ import annotations

from flask_mail import Message

from okr.models import Person

from . import compose


def signin_link(person: Person, url: str, minutes: int) -> Message:
    return compose("signin", person.email, person=person, url=url, minutes=minutes)
