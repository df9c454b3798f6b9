"""A manager's thanks for a key result's news: the Thank button by a red on the web digest.

Raising bad news early is what Flagpost asks of owners, so the manager who reads it can
say it was welcome. The thanks is kept (once per manager, key result and week) and shown
on the key result's page, which the owner can open from every form. The same rule as a
question decides who may thank whom: key results of the manager's organisation only.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import orgtree
from ..errors import Refused
from ..extensions import db
from ..models import KeyResult, Person, Thanks


def thank(manager: Person, kr_id: int, week: str) -> tuple[KeyResult, bool]:
    """Keep the manager's thanks for the key result in `week`; (key result, whether it is
    new: a second press the same week keeps the first). The caller commits."""
    kr = db.session.get(KeyResult, kr_id)
    if kr is None:
        raise Refused(f"#{kr_id} is not a key result here.", 404)
    if kr.owner_id not in orgtree.organisation(manager.id):
        raise Refused(f"{kr.ref} is not a key result in your organisation.", 403)
    done = db.session.scalar(
        select(Thanks.id).where(
            Thanks.manager_id == manager.id, Thanks.key_result_id == kr.id, Thanks.week == week
        )
    )
    if done is not None:
        return kr, False
    db.session.add(
        Thanks(manager_id=manager.id, key_result_id=kr.id, owner_id=kr.owner_id, week=week)
    )
    return kr, True


def thanked_in(manager_id: int, week: str) -> set[int]:
    """The key results this manager thanked for in `week` (the digest shows them as such)."""
    return set(
        db.session.scalars(
            select(Thanks.key_result_id).where(Thanks.manager_id == manager_id, Thanks.week == week)
        )
    )


def of_key_result(kr_id: int) -> list[Thanks]:
    """Every thanks for a key result, newest first, with who gave it."""
    return list(
        db.session.scalars(
            select(Thanks)
            .where(Thanks.key_result_id == kr_id)
            .options(selectinload(Thanks.manager))
            .order_by(Thanks.thanked_at.desc(), Thanks.id.desc())
        )
    )
