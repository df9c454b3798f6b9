"""OKR rules: moved deadlines are kept, drops need a reason, closing is explicit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from okr.errors import InvalidInput
from okr.extensions import db
from okr.models import ChangeSource, DeadlineChange, KeyResult, KRState
from okr.services import okrs
from tests.conftest import NOW, make_kr, make_person


def test_changing_the_due_date_records_each_move(app):
    owner = make_person("dana@example.com")
    kr = make_kr(owner, due=date(2026, 12, 1))
    okrs.change_due(kr, date(2026, 12, 15), ChangeSource.ADMIN, owner)
    okrs.change_due(kr, date(2027, 1, 15), ChangeSource.REPLY, owner)
    okrs.change_due(kr, date(2027, 1, 15), ChangeSource.REPLY, owner)  # same date: no move
    db.session.commit()
    moves = db.session.scalars(db.select(DeadlineChange).order_by(DeadlineChange.id)).all()
    assert [(m.old_due, m.new_due, m.source) for m in moves] == [
        (date(2026, 12, 1), date(2026, 12, 15), ChangeSource.ADMIN),
        (date(2026, 12, 15), date(2027, 1, 15), ChangeSource.REPLY),
    ]
    assert all(m.is_slip for m in moves)
    assert moves[0].changed_at == NOW


def test_pulling_a_date_in_is_recorded_but_is_not_a_slip(app):
    kr = make_kr(make_person("dana@example.com"), due=date(2026, 12, 15))
    okrs.change_due(kr, date(2026, 12, 1), ChangeSource.ADMIN)
    assert kr.deadline_changes[0].is_slip is False


def test_drop_needs_a_reason(app):
    kr = make_kr(make_person("dana@example.com"))
    with pytest.raises(InvalidInput, match="say why"):
        okrs.drop(kr, "   ")
    assert kr.state is KRState.ACTIVE


def test_drop_done_and_reopen(app):
    kr = make_kr(make_person("dana@example.com"))
    okrs.drop(kr, "The partner program was cancelled")
    db.session.commit()
    assert (kr.state, kr.drop_reason, kr.closed_at) == (
        KRState.DROPPED,
        "The partner program was cancelled",
        NOW,
    )
    okrs.reopen(kr)
    okrs.mark_done(kr)
    db.session.commit()
    assert (kr.state, kr.drop_reason) == (KRState.DONE, None)


def test_the_database_refuses_a_drop_without_reason(app):
    kr = make_kr(make_person("dana@example.com"))
    with pytest.raises(IntegrityError):
        db.session.execute(
            db.update(KeyResult).where(KeyResult.id == kr.id).values(state=KRState.DROPPED)
        )
    db.session.rollback()
    assert db.session.get(KeyResult, kr.id).state is KRState.ACTIVE


def test_ref_is_what_replies_use(app):
    kr = make_kr(make_person("dana@example.com"))
    assert kr.ref == f"#{kr.id}"


@pytest.mark.parametrize(
    ("period", "ok"),
    [
        ("2026-Q4", True),
        ("2026-q1", True),
        ("2026-H2", True),
        ("2026", True),
        ("2026-Q5", False),
        ("Q4", False),
        ("", False),
    ],
)
def test_period_format(app, period, ok):
    owner = make_person("dana@example.com")
    if ok:
        assert okrs.create_objective(owner, "Grow", period).period == period.upper()
    else:
        with pytest.raises(InvalidInput, match="is not a period"):
            okrs.create_objective(owner, "Grow", period)
