"""When weekly mail is due: per person's local time, across daylight saving, with catch-up."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from okr import clock, weeks
from okr.extensions import db
from okr.models import MailKind, MailState, OutboxMessage, Schedule
from okr.services import checkins, schedule
from okr.services.schedule import Slot
from tests.conftest import make_kr, make_person, start_schedules

WEEK = "2026-W47"  # Thursday 19 November 2026
GRACE = timedelta(hours=12)
FORM = Slot(MailKind.FORM, 3, time(16, 0), True)  # the default: Thursday 16:00


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- due_week: pure logic -----------------------------------------------------------------

THURSDAY_16_IN_WEEK_47 = {
    "Europe/Berlin": utc(2026, 11, 19, 15, 0),  # CET, UTC+1
    "America/New_York": utc(2026, 11, 19, 21, 0),  # EST, UTC-5
    "Asia/Kolkata": utc(2026, 11, 19, 10, 30),  # IST, UTC+5:30
    "Pacific/Auckland": utc(2026, 11, 19, 3, 0),  # NZDT, UTC+13
    "UTC": utc(2026, 11, 19, 16, 0),
}


@pytest.mark.parametrize("zone", sorted(THURSDAY_16_IN_WEEK_47))
def test_the_default_slot_is_thursday_16_local(zone):
    start = THURSDAY_16_IN_WEEK_47[zone]
    assert schedule.moment(FORM, WEEK, zone) == start
    assert schedule.due_week(FORM, zone, start - timedelta(minutes=1), GRACE) is None
    assert schedule.due_week(FORM, zone, start, GRACE) == WEEK
    assert schedule.due_week(FORM, zone, start + timedelta(hours=3), GRACE) == WEEK


@pytest.mark.parametrize("zone", sorted(THURSDAY_16_IN_WEEK_47))
def test_a_missed_tick_is_caught_up_within_the_grace_period_only(zone):
    start = THURSDAY_16_IN_WEEK_47[zone]
    assert schedule.due_week(FORM, zone, start + GRACE - timedelta(minutes=1), GRACE) == WEEK
    assert schedule.due_week(FORM, zone, start + GRACE, GRACE) == WEEK
    assert schedule.due_week(FORM, zone, start + GRACE + timedelta(minutes=1), GRACE) is None
    assert schedule.due_week(FORM, zone, start + timedelta(days=3), GRACE) is None
    shorter = timedelta(hours=2)
    assert schedule.due_week(FORM, zone, start + timedelta(hours=3), shorter) is None


# (zone, week before the change, its UTC instant, week after, its UTC instant)
DST_CHANGES = [
    # Europe springs forward on Sunday 29 March 2026: CET (UTC+1) -> CEST (UTC+2)
    ("Europe/Berlin", "2026-W13", utc(2026, 3, 26, 15), "2026-W14", utc(2026, 4, 2, 14)),
    # ... and falls back on Sunday 25 October 2026
    ("Europe/Berlin", "2026-W43", utc(2026, 10, 22, 14), "2026-W44", utc(2026, 10, 29, 15)),
    # The US springs forward on Sunday 8 March 2026: EST (UTC-5) -> EDT (UTC-4)
    ("America/New_York", "2026-W10", utc(2026, 3, 5, 21), "2026-W11", utc(2026, 3, 12, 20)),
    # ... and falls back on Sunday 1 November 2026
    ("America/New_York", "2026-W44", utc(2026, 10, 29, 20), "2026-W45", utc(2026, 11, 5, 21)),
    # New Zealand leaves summer time on Sunday 5 April 2026: NZDT (UTC+13) -> NZST (UTC+12)
    ("Pacific/Auckland", "2026-W14", utc(2026, 4, 2, 3), "2026-W15", utc(2026, 4, 9, 4)),
]


@pytest.mark.parametrize(
    ("zone", "before", "at_before", "after", "at_after"),
    DST_CHANGES,
    ids=[f"{c[0]}-{c[1]}" for c in DST_CHANGES],
)
def test_daylight_saving_moves_the_utc_instant_by_an_hour(zone, before, at_before, after, at_after):
    assert schedule.moment(FORM, before, zone) == at_before
    assert schedule.moment(FORM, after, zone) == at_after
    assert abs((at_after - at_before) - timedelta(weeks=1)) == timedelta(hours=1)
    for week, start in ((before, at_before), (after, at_after)):
        assert schedule.due_week(FORM, zone, start - timedelta(minutes=1), GRACE) is None
        assert schedule.due_week(FORM, zone, start, GRACE) == week
        # The same wall time in the other offset is an hour off: not yet, or already due.
        assert schedule.due_week(FORM, zone, start + GRACE, GRACE) == week


def test_india_has_no_daylight_saving():
    assert schedule.moment(FORM, "2026-W13", "Asia/Kolkata") == utc(2026, 3, 26, 10, 30)
    assert schedule.moment(FORM, "2026-W14", "Asia/Kolkata") == utc(2026, 4, 2, 10, 30)
    assert schedule.moment(FORM, "2026-W44", "Asia/Kolkata") == utc(2026, 10, 29, 10, 30)


def _due_windows(slot: Slot, zone: str, start: datetime, end: datetime) -> Counter:
    """How many 5-minute ticks between start and end find each week due."""
    seen: Counter = Counter()
    now = start
    while now < end:
        week = schedule.due_week(slot, zone, now, GRACE)
        if week:
            seen[week] += 1
        now += timedelta(minutes=5)
    return seen


@pytest.mark.parametrize(
    ("week", "sunday"),
    [("2026-W13", utc(2026, 3, 29)), ("2026-W43", utc(2026, 10, 25))],
    ids=["02:30-does-not-exist", "02:30-happens-twice"],
)
def test_a_slot_on_the_changeover_night_comes_once(week, sunday):
    slot = Slot(MailKind.FORM, 6, time(2, 30), True)  # Sunday 02:30, Europe/Berlin
    start = schedule.moment(slot, week, "Europe/Berlin")
    assert sunday - timedelta(hours=2) < start < sunday + timedelta(hours=3)
    seen = _due_windows(slot, "Europe/Berlin", sunday - timedelta(days=1), sunday + GRACE * 4)
    # Due for exactly the grace period, for that week only: not skipped, not twice.
    assert seen == Counter({week: GRACE // timedelta(minutes=5) + 1})


@pytest.mark.parametrize(
    ("zone", "monday_morning"),
    [
        ("Europe/Berlin", utc(2026, 11, 23, 7, 0)),  # 08:00 CET
        ("America/New_York", utc(2026, 11, 23, 13, 0)),  # 08:00 EST
        ("Asia/Kolkata", utc(2026, 11, 23, 2, 30)),  # 08:00 IST
        ("Pacific/Auckland", utc(2026, 11, 22, 19, 0)),  # 08:00 NZDT
    ],
)
def test_a_sunday_late_slot_is_still_caught_on_monday_morning(zone, monday_morning):
    slot = Slot(MailKind.FORM, 6, time(23, 30), True)
    local_monday = monday_morning.astimezone(ZoneInfo(zone)).date()
    assert weeks.of(local_monday) == "2026-W48"  # the local week has already turned over
    assert schedule.due_week(slot, zone, monday_morning, GRACE) == WEEK
    start = schedule.moment(slot, WEEK, zone)
    assert monday_morning - start == timedelta(hours=8, minutes=30)
    assert schedule.due_week(slot, zone, start + GRACE + timedelta(minutes=1), GRACE) is None


def test_a_disabled_slot_is_never_due():
    off = Slot(MailKind.FORM, 3, time(16, 0), False)
    for zone, start in THURSDAY_16_IN_WEEK_47.items():
        assert schedule.due_week(off, zone, start + timedelta(hours=1), GRACE) is None


def test_set_slot_refuses_bad_input(app):
    from okr.errors import InvalidInput

    with pytest.raises(InvalidInput, match="HH:MM"):
        schedule.set_slot(MailKind.FORM, 3, "4pm")
    with pytest.raises(InvalidInput, match="Monday to Sunday"):
        schedule.set_slot(MailKind.FORM, 7, "16:00")
    slot = schedule.set_slot(MailKind.FORM, 0, "09:15")
    assert slot.describe() == "Monday 09:15" and schedule.get(MailKind.FORM) == slot


# --- `okr tick` with a frozen clock -------------------------------------------------------


@pytest.fixture
def world(smtp_config, app):
    start_schedules(utc(2026, 11, 16, 0, 0))  # running since Monday: missed ticks catch up
    people = {}
    for zone in ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"):
        city = zone.split("/")[1].lower()
        people[city] = make_person(f"{city}@example.com", city.title(), timezone=zone)
        make_kr(people[city], f"Open an office in {city.title()}")
    return people


def _tick(runner, moment: datetime) -> str:
    clock.freeze(moment)
    result = runner.invoke(args=["tick"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.output


def _sent(smtp_server, word: str = "Weekly status") -> list[str]:
    return sorted(r.recipients[0] for r in smtp_server.received if word in r.message["Subject"])


def test_tick_sends_forms_when_each_persons_local_time_comes(world, runner, smtp_server):
    # Thursday 12:00 UTC: 17:30 in Kolkata (1.5 h late), 01:00 Friday in Auckland (9 h late),
    # 13:00 in Berlin (not yet), 07:00 in New York (not yet).
    assert "form: 2" in _tick(runner, utc(2026, 11, 19, 12, 0))
    assert _sent(smtp_server) == ["auckland@example.com", "kolkata@example.com"]
    assert "form: 0" in _tick(runner, utc(2026, 11, 19, 12, 2))  # a second tick: nothing new
    assert len(smtp_server.received) == 2

    assert "form: 1" in _tick(runner, utc(2026, 11, 19, 15, 0))  # 16:00 in Berlin
    assert _sent(smtp_server)[1] == "berlin@example.com"
    assert "form: 0" in _tick(runner, utc(2026, 11, 19, 20, 58))  # 15:58 in New York
    # 16:00 in New York is 10:00 on Friday in Auckland, the time of its reminder; but its
    # form was caught up only 9 hours ago, so the reminder waits for the answer window
    # (12 hours after the form: 13:00 in Auckland, still within the grace period).
    assert "form: 1, reminder: 0" in _tick(runner, utc(2026, 11, 19, 21, 0))
    assert "form: 0, reminder: 0" in _tick(runner, utc(2026, 11, 19, 23, 58))
    assert "reminder: 1" in _tick(runner, utc(2026, 11, 20, 0, 0))
    assert "reminder: 0" in _tick(runner, utc(2026, 11, 20, 0, 2))
    assert _sent(smtp_server, "Reminder") == ["auckland@example.com"]

    assert _sent(smtp_server) == [
        "auckland@example.com",
        "berlin@example.com",
        "kolkata@example.com",
        "new_york@example.com",
    ]
    rows = db.session.scalars(db.select(OutboxMessage)).all()
    assert Counter((r.kind, r.week, r.state) for r in rows) == {
        (MailKind.FORM, WEEK, MailState.SENT): 4,
        (MailKind.REMINDER, WEEK, MailState.SENT): 1,
    }


def test_away_until_is_read_as_the_date_where_the_person_is(world, runner, smtp_server):
    """Both are away until Thursday 19 November. At 12:00 UTC on that Thursday it is already
    Friday 01:00 in Auckland (back: the form goes) and still Thursday in Kolkata (away)."""
    for city in ("auckland", "kolkata"):
        world[city].away_until = date(2026, 11, 19)
    db.session.commit()
    assert "form: 1" in _tick(runner, utc(2026, 11, 19, 12, 0))
    assert _sent(smtp_server) == ["auckland@example.com"]


def test_a_tick_after_the_grace_period_sends_nothing(world, runner, smtp_server, app):
    app.config["SCHEDULE_GRACE_HOURS"] = 2
    # Thursday 12:00 UTC is 9 h after Auckland's slot and 1.5 h after Kolkata's.
    assert "form: 1" in _tick(runner, utc(2026, 11, 19, 12, 0))
    assert _sent(smtp_server) == ["kolkata@example.com"]


def test_a_disabled_schedule_sends_nothing(world, runner, smtp_server):
    schedule.set_slot(MailKind.FORM, 3, "16:00", enabled=False)
    db.session.commit()
    for hour in (12, 15, 21):
        assert "form: 0" in _tick(runner, utc(2026, 11, 19, hour, 5))
    assert smtp_server.received == []
    assert db.session.scalar(db.select(db.func.count(OutboxMessage.id))) == 0


def test_a_moved_schedule_is_followed(world, runner, smtp_server):
    schedule.set_slot(MailKind.FORM, 0, "09:00")  # Monday 09:00
    db.session.commit()
    assert "form: 0" in _tick(runner, utc(2026, 11, 19, 15, 0))  # Thursday: no longer due
    # Monday 03:30 UTC: 09:00 in Kolkata, 16:30 in Auckland; still night in Berlin, New York.
    assert "form: 2" in _tick(runner, utc(2026, 11, 23, 3, 30))
    assert _sent(smtp_server) == ["auckland@example.com", "kolkata@example.com"]
    assert "form: 1" in _tick(runner, utc(2026, 11, 23, 8, 0))  # 09:00 in Berlin
    assert _sent(smtp_server)[1] == "berlin@example.com"
    rows = db.session.scalars(db.select(OutboxMessage)).all()
    assert {r.week for r in rows} == {"2026-W48"}


def test_reminders_go_friday_8_only_to_who_got_the_form_and_misses_something(
    smtp_config, app, runner, smtp_server
):
    done = make_person("done@example.com", timezone="Europe/Berlin")
    half = make_person("half@example.com", timezone="Europe/Berlin")
    failed = make_person("failed@example.com", timezone="Europe/Berlin")
    ny = make_person("ny@example.com", timezone="America/New_York")
    done_krs = [make_kr(done, "A"), make_kr(done, "B")]
    half_krs = [make_kr(half, "C"), make_kr(half, "D")]
    make_kr(failed, "E")
    make_kr(ny, "F")
    assert "form: 3" in _tick(runner, utc(2026, 11, 19, 15, 0))  # Berlin's Thursday 16:00
    assert "form: 1" in _tick(runner, utc(2026, 11, 19, 21, 0))  # New York's
    # The form to failed@ bounced for good (a real 550 is covered in test_weekly_form).
    row = db.session.scalar(
        db.select(OutboxMessage).where(OutboxMessage.recipient == "failed@example.com")
    )
    row.state = MailState.FAILED
    late = make_person("late@example.com", timezone="Europe/Berlin")  # joined after the forms
    make_kr(late, "G")
    for kr in done_krs:
        checkins.record(kr, WEEK, "green", author=done)
    checkins.record(half_krs[0], WEEK, "yellow", author=half)
    db.session.commit()

    assert "reminder: 0" in _tick(runner, utc(2026, 11, 20, 6, 58))  # 07:58 in Berlin
    assert "reminder: 1" in _tick(runner, utc(2026, 11, 20, 7, 0))  # 08:00 in Berlin
    assert _sent(smtp_server, "Reminder") == ["half@example.com"]
    reminder = next(r for r in smtp_server.received if "Reminder" in r.message["Subject"])
    text = reminder.message.get_body(preferencelist=("plain",)).get_content()
    assert half_krs[1].ref in text and half_krs[0].ref not in text
    assert "reminder: 0" in _tick(runner, utc(2026, 11, 20, 7, 2))  # a second tick

    assert "reminder: 1" in _tick(runner, utc(2026, 11, 20, 13, 0))  # 08:00 in New York
    assert _sent(smtp_server, "Reminder") == ["half@example.com", "ny@example.com"]
    assert "reminder: 0" in _tick(runner, utc(2026, 11, 20, 13, 2))


# --- a schedule starts: nothing from before it is caught up ---------------------------------


def test_a_slot_before_the_schedule_started_is_never_due():
    started = Slot(MailKind.FORM, 3, time(16, 0), True, starts_at=utc(2026, 11, 19, 16, 30))
    berlin = THURSDAY_16_IN_WEEK_47["Europe/Berlin"]  # 15:00 UTC, before the start
    new_york = THURSDAY_16_IN_WEEK_47["America/New_York"]  # 21:00 UTC, after it
    assert schedule.due_week(started, "Europe/Berlin", berlin + timedelta(hours=2), GRACE) is None
    assert schedule.due_week(started, "America/New_York", new_york, GRACE) == WEEK
    # The week after, Berlin's slot comes as usual.
    next_week = schedule.moment(started, "2026-W48", "Europe/Berlin")
    assert schedule.due_week(started, "Europe/Berlin", next_week, GRACE) == "2026-W48"


def test_a_first_start_on_friday_sends_no_burst_and_the_next_week_runs(smtp_config, app, runner):
    """A new installation (no schedule yet) whose scheduler first starts on Friday morning:
    Thursday's forms are past (New York's by only 11.5 hours, within the grace period), and
    the digests of the week would say "no report" for everyone. Nothing goes out that
    week; the next Thursday the forms go, and the digests follow on Friday."""
    boss = make_person("boss@example.com", "Bo Boss", timezone="Europe/Berlin")
    for city, zone in (("berlin", "Europe/Berlin"), ("york", "America/New_York")):
        make_kr(make_person(f"{city}@example.com", manager=boss, timezone=zone))
    york_boss = make_person("yboss@example.com", timezone="America/New_York")
    make_kr(make_person("y2@example.com", manager=york_boss, timezone="America/New_York"))
    assert db.session.scalar(db.select(db.func.count()).select_from(Schedule)) == 0

    first = _tick(runner, utc(2026, 11, 20, 8, 30))  # Friday 09:30 in Berlin
    assert "form: 0, reminder: 0, digest: 0" in first
    assert {s.starts_at for s in map(schedule.get, schedule.DEFAULTS)} == {utc(2026, 11, 20, 8, 30)}
    for hour in (9, 14, 16, 20):  # New York's digest slot (16:00 UTC) passes too
        assert "form: 0, reminder: 0, digest: 0" in _tick(runner, utc(2026, 11, 20, hour, 0))
    assert db.session.scalar(db.select(db.func.count(OutboxMessage.id))) == 0

    assert "form: 1" in _tick(runner, utc(2026, 11, 26, 15, 0))  # Thursday 16:00 in Berlin
    assert "form: 2" in _tick(runner, utc(2026, 11, 26, 21, 0))  # and in New York
    # Friday 11:00 in Berlin: Bo's digest covers New York too, and waits for its 11:00.
    assert "digest: 0" in _tick(runner, utc(2026, 11, 27, 10, 0))
    assert "digest: 2" in _tick(runner, utc(2026, 11, 27, 16, 0))  # 11:00 in New York
    sent = Counter(r.kind for r in db.session.scalars(db.select(OutboxMessage)))
    assert sent == {MailKind.FORM: 3, MailKind.REMINDER: 3, MailKind.DIGEST: 2}


def test_a_schedule_moved_to_a_moment_already_past_waits_for_the_next_one(world, runner):
    """Thursday 17:00 UTC: an admin moves the forms to Thursday 10:00. That slot has passed
    everywhere (within the grace period for most zones); it is not caught up."""
    clock.freeze(utc(2026, 11, 19, 17, 0))
    schedule.set_slot(MailKind.FORM, 3, "10:00")
    db.session.commit()
    assert schedule.get(MailKind.FORM).starts_at == utc(2026, 11, 19, 17, 0)
    assert "form: 0" in _tick(runner, utc(2026, 11, 19, 17, 2))
    # Next week: 10:00 in Kolkata, and Auckland's (7.5 hours ago, caught up).
    assert "form: 2" in _tick(runner, utc(2026, 11, 26, 4, 30))
    # Saving it again unchanged does not restart it.
    schedule.set_slot(MailKind.FORM, 3, "10:00")
    db.session.commit()
    assert schedule.get(MailKind.FORM).starts_at == utc(2026, 11, 19, 17, 0)


# --- what follows a form waits for its answer window ----------------------------------------


@pytest.fixture
def berlin(smtp_config, app):
    start_schedules(utc(2026, 11, 16, 0, 0))
    person = make_person("berlin@example.com", "Berta", timezone="Europe/Berlin")
    make_kr(person, "Open an office in Berlin")
    return person


def test_a_reminder_never_follows_a_late_form_within_the_answer_window(berlin, runner, app):
    """The system was down on Thursday afternoon: Berlin's 16:00 form is caught up at 02:00
    UTC on Friday. Its reminder (Friday 10:00, 09:00 UTC) waits until the form has been out
    12 hours (OKR_ANSWER_WINDOW_HOURS), 14:00 UTC, still within the reminder's grace."""
    assert "form: 1" in _tick(runner, utc(2026, 11, 20, 2, 0))
    assert "reminder: 0" in _tick(runner, utc(2026, 11, 20, 9, 0))
    assert "reminder: 0" in _tick(runner, utc(2026, 11, 20, 13, 58))
    assert "reminder: 1" in _tick(runner, utc(2026, 11, 20, 14, 0))
    form, reminder = db.session.scalars(db.select(OutboxMessage).order_by(OutboxMessage.id))
    assert reminder.sent_at - form.sent_at == timedelta(hours=12)


def test_a_reminder_whose_window_ends_after_its_grace_is_skipped(berlin, runner, app):
    app.config["ANSWER_WINDOW_HOURS"] = 20  # 22:00 UTC, past the grace (until 21:00 UTC)
    assert "form: 1" in _tick(runner, utc(2026, 11, 20, 2, 0))
    for hour in (9, 14, 20, 21, 22, 23):
        assert "reminder: 0" in _tick(runner, utc(2026, 11, 20, hour, 0))


def test_a_form_on_time_is_reminded_on_time(berlin, runner):
    assert "form: 1" in _tick(runner, utc(2026, 11, 19, 15, 0))  # Thursday 16:00
    assert "reminder: 1" in _tick(runner, utc(2026, 11, 20, 9, 0))  # Friday 10:00, 18 h on


def test_send_forms_reminders_now_is_the_explicit_way_past_the_window(berlin, runner, smtp_server):
    assert "form: 1" in _tick(runner, utc(2026, 11, 20, 2, 0))
    clock.freeze(utc(2026, 11, 20, 9, 0))
    due = runner.invoke(args=["send-forms", "--reminders"])
    assert "Nothing to send" in due.output
    now = runner.invoke(args=["send-forms", "--reminders", "--now"])
    assert "Sent 1 reminder" in now.output
