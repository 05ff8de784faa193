"""FSRS fed as it was fitted: elapsed time is whole local days between two reviews' days."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from scheduler.days import day_number, days_between
from scheduler.engine import CardScheduler, CardState, Phase, Rating, make_fsrs, replay, review
from scheduler.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = ZoneInfo("Asia/Kolkata")
CARD = 7


def _scheduler(tz: ZoneInfo = BERLIN) -> CardScheduler:
    """The default settings, days reckoned in `tz`."""
    return make_fsrs(Settings(), tz)


def _learnt_tuesday_evening(scheduler: CardScheduler) -> CardState:
    """A new card taken through its learning steps on Tuesday evening: Again, Good, Good."""
    start = datetime(2026, 3, 17, 21, 0, tzinfo=BERLIN)
    reviews = [(Rating.AGAIN, start), (Rating.GOOD, start + timedelta(minutes=1)),
               (Rating.GOOD, start + timedelta(minutes=11))]
    return replay(scheduler, CARD, reviews)


def test_next_morning_review_counts_one_local_day() -> None:
    """The issue's reproduction: due Wednesday 21:11, rated Good Wednesday 08:00 -> stability 2.152, not 0.324."""
    scheduler = _scheduler()
    learnt = _learnt_tuesday_evening(scheduler)
    assert learnt.state == Phase.REVIEW and learnt.stability == pytest.approx(0.2842, abs=1e-4)
    morning = review(scheduler, CARD, learnt, Rating.GOOD, datetime(2026, 3, 18, 8, 0, tzinfo=BERLIN))
    assert morning.stability == pytest.approx(2.1521, abs=1e-4)
    assert morning.difficulty == pytest.approx(6.3798, abs=1e-4)


def test_a_second_review_the_same_local_day_takes_the_same_day_formula() -> None:
    """Rated again before the day rolls over (02:00 belongs to the day before): FSRS-6's short-term stability."""
    scheduler = _scheduler()
    learnt = _learnt_tuesday_evening(scheduler)
    same_night = review(scheduler, CARD, learnt, Rating.GOOD, datetime(2026, 3, 18, 2, 0, tzinfo=BERLIN))
    next_day = review(scheduler, CARD, learnt, Rating.GOOD, datetime(2026, 3, 18, 4, 0, tzinfo=BERLIN))
    params = scheduler.fsrs.parameters
    short_term = learnt.stability * max(1.0, 2.718281828459045 ** (params[17] * params[18]) * learnt.stability ** -params[19])
    assert same_night.stability == pytest.approx(short_term, rel=1e-9)
    assert next_day.stability == pytest.approx(2.1521, abs=1e-4)


def test_learning_steps_stay_in_minutes() -> None:
    """A new card rated Again comes back after one minute, Good after ten."""
    scheduler = _scheduler()
    when = datetime(2026, 3, 17, 21, 0, tzinfo=BERLIN)
    assert review(scheduler, CARD, CardState(), Rating.AGAIN, when).due - when == timedelta(minutes=1)
    assert review(scheduler, CARD, CardState(), Rating.GOOD, when).due - when == timedelta(minutes=10)


def test_the_recorded_day_wins_over_the_clock() -> None:
    """A review replayed with the day it recorded sees that day, whatever zone replays it (time-zone travel)."""
    scheduler = _scheduler()
    learnt = _learnt_tuesday_evening(scheduler)
    when = datetime(2026, 3, 18, 8, 0, tzinfo=BERLIN)
    same_day = review(scheduler, CARD, learnt, Rating.GOOD, when, day=learnt.last_day)
    earlier_day = review(scheduler, CARD, learnt, Rating.GOOD, when, day=(learnt.last_day or 0) - 1)
    memory = (same_day.stability, same_day.difficulty)
    assert memory == (earlier_day.stability, earlier_day.difficulty), "an earlier day counts as the same day"
    assert same_day.stability != pytest.approx(2.1521, abs=1e-3)
    assert earlier_day.last_day == (learnt.last_day or 0) - 1, "the day is kept as recorded"


@pytest.mark.parametrize(
    ("earlier", "later", "tz", "days"),
    [
        # Berlin falls back on 2026-10-25 at 03:00: the night is 25 hours long, still one day.
        (datetime(2026, 10, 24, 21, 0), datetime(2026, 10, 25, 8, 0), BERLIN, 1),
        # Berlin springs forward on 2026-03-29: 23 hours, one day.
        (datetime(2026, 3, 28, 21, 0), datetime(2026, 3, 29, 20, 0), BERLIN, 1),
        # +05:30: 03:50 local still belongs to the day before (day starts at 04:00).
        (datetime(2026, 3, 17, 23, 0), datetime(2026, 3, 18, 3, 50), KOLKATA, 0),
        (datetime(2026, 3, 17, 23, 0), datetime(2026, 3, 18, 4, 0), KOLKATA, 1),
    ],
)
def test_days_between_counts_local_days(earlier: datetime, later: datetime, tz: ZoneInfo, days: int) -> None:
    """Whole local days between two moments' days, across daylight-saving changes and half-hour zones."""
    assert days_between(earlier.replace(tzinfo=tz), later.replace(tzinfo=tz), 4, tz) == days


def test_day_number_is_the_local_date_ordinal() -> None:
    """A day number is the ordinal of the local date the day rule gives."""
    moment = datetime(2026, 3, 18, 3, 0, tzinfo=BERLIN)
    assert day_number(moment, 4, BERLIN) == datetime(2026, 3, 17).toordinal()
