"""The digest's week: its bounds, last week's, its Friday, and the periods it closes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import overload

from .. import clock, weeks
from . import signals as rules


@overload
def aware(moment: datetime) -> datetime: ...
@overload
def aware(moment: datetime | None) -> datetime | None: ...


def aware(moment: datetime | None) -> datetime | None:
    """A database time as an aware UTC datetime."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)  # raw values from an aggregate can skip the decorator


@dataclass(frozen=True)
class Week:
    week: str
    previous: str
    start: datetime
    end: datetime
    previous_start: datetime
    previous_end: datetime
    friday: date
    reference: date  # overdue is judged as of today, or the week's end when looking back
    quarter: str | None  # set in a quarter's last digest week
    periods: tuple[str, ...]  # the periods ending that week

    @classmethod
    def of(cls, week: str) -> Week:
        week = weeks.parse(week)
        previous = weeks.shift(week, -1)
        closing = rules.closing_periods(week)
        return cls(
            week=week,
            previous=previous,
            start=rules.week_start(week),
            end=rules.week_end(week),
            previous_start=rules.week_start(previous),
            previous_end=rules.week_end(previous),
            friday=rules.friday(week),
            reference=min(clock.today(), weeks.sunday(week)),
            quarter=closing[0] if closing else None,
            periods=closing[1] if closing else (),
        )

    def away(self, away_until: date | None) -> bool:
        return away_until is not None and away_until >= self.friday
