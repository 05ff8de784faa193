"""The local day: which day a moment is in, days between moments, runs of days and which day an hour counts for."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from scheduler.days import LocalDays, Today, day_bounds, days_between, hour_of, local_day
from tests.scheduler.helpers import T0, UTC

PLUS530 = timezone(timedelta(hours=5, minutes=30))


def test_days_end_with_the_given_date_and_agree_with_day_bounds() -> None:
    """Each day starts where day_bounds says the day holding it starts."""
    days = LocalDays.ending(date(2026, 3, 10), 3, 4, UTC)
    assert days.dates == (date(2026, 3, 8), date(2026, 3, 9), date(2026, 3, 10))
    assert days.starts[-2:] == day_bounds(T0, 4, UTC)


def test_an_hour_counts_for_the_day_it_starts_in() -> None:
    """03:00 UTC is the day before (roll-over at 04:00); hours outside the span count for none."""
    days = LocalDays.ending(date(2026, 3, 10), 2, 4, UTC)
    assert days.day_index(hour_of(datetime(2026, 3, 10, 3, 0, tzinfo=UTC))) == 0
    assert days.day_index(hour_of(datetime(2026, 3, 10, 4, 0, tzinfo=UTC))) == 1
    assert days.day_index(days.end_hour) is None
    assert days.day_index(days.first_hour - 1) is None


def test_half_hour_zone_counts_the_roll_over_hour_for_the_new_day() -> None:
    """At +05:30 the day starts 22:30 UTC; the whole hour 22:00-23:00 UTC counts for the new day (documented)."""
    days = LocalDays.ending(date(2026, 3, 10), 2, 4, PLUS530)
    assert days.starts[1] == datetime(2026, 3, 9, 22, 30, tzinfo=UTC)
    assert days.day_index(hour_of(datetime(2026, 3, 9, 21, 59, tzinfo=UTC))) == 0
    assert days.day_index(hour_of(datetime(2026, 3, 9, 22, 10, tzinfo=UTC))) == 1, "03:40 local, approximated"
    assert days.day_index(hour_of(datetime(2026, 3, 9, 22, 45, tzinfo=UTC))) == 1


def test_local_day_rolls_over_at_the_hour() -> None:
    """02:00 local belongs to the day before when days start at 04:00."""
    assert local_day(datetime(2026, 3, 10, 2, 0, tzinfo=UTC), 4, UTC) == date(2026, 3, 9)
    assert local_day(datetime(2026, 3, 10, 4, 0, tzinfo=UTC), 4, UTC) == date(2026, 3, 10)


@pytest.mark.parametrize(
    ("earlier", "later", "days"),
    [
        ("2026-03-10T23:00", "2026-03-11T05:00", 1),
        ("2026-03-11T03:00", "2026-03-11T05:00", 1),
        ("2026-03-11T05:00", "2026-03-12T03:59", 0),
        ("2026-03-11T05:00", "2026-03-18T04:00", 7),
        ("2026-03-12T05:00", "2026-03-11T05:00", -1),
    ],
)
def test_days_between_counts_local_days_not_24_hour_periods(earlier: str, later: str, days: int) -> None:
    """Days between two moments are the days between their local days, which roll over at 04:00."""
    at = [datetime.fromisoformat(text).replace(tzinfo=UTC) for text in (earlier, later)]
    assert days_between(at[0], at[1], 4, UTC) == days


def test_days_between_follows_the_zone_across_a_dst_change() -> None:
    """Noon to noon across the spring change (23 hours) is one day in Berlin."""
    berlin = ZoneInfo("Europe/Berlin")
    before = datetime(2026, 3, 28, 12, tzinfo=berlin).astimezone(UTC)
    assert days_between(before, before + timedelta(hours=23), 4, berlin) == 1


def test_today_counts_days_until_a_date() -> None:
    """Today's own date is 0 days away, tomorrow 1, yesterday -1; 02:00 is still yesterday."""
    today = Today.of(datetime(2026, 3, 10, 2, 0, tzinfo=UTC), 4, UTC)
    assert today.date == date(2026, 3, 9)
    assert [today.days_until(date(2026, 3, day)) for day in (8, 9, 10)] == [-1, 0, 1]


@pytest.mark.parametrize("zone", ["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"])
def test_day_index_in_sql_agrees_with_python_across_daylight_saving(zone: str) -> None:
    """Every hour of a year, in zones with and without daylight saving, maps to the same day in SQL.

    (The SQL is only ever applied to hours within the days: the query bounds them.)
    """
    days = LocalDays.ending(date(2026, 3, 10), 365, 4, ZoneInfo(zone))
    conn = sqlite3.connect(":memory:")
    rows = conn.execute(
        f"WITH RECURSIVE hours (h) AS (SELECT {days.first_hour} UNION ALL SELECT h + 1 FROM hours"
        f" WHERE h < {days.end_hour - 1}) SELECT h, {days.day_index_sql('h')} FROM hours"
    ).fetchall()
    assert len(rows) == days.end_hour - days.first_hour
    assert [(hour, days.day_index(hour)) for hour, _ in rows] == rows


def test_day_numbers_agree_with_local_day_across_daylight_saving() -> None:
    """Numbering a log in bulk gives each moment the day `local_day` gives it, through a DST change."""
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from scheduler.days import day_numbers, local_day

    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 3, 28, 0, 7, tzinfo=UTC)  # the clocks go forward on 29 March
    moments = [start + timedelta(minutes=37 * step) for step in range(300)]
    numbers = day_numbers((round(moment.timestamp() * 1000) for moment in moments), 4, zone)
    assert numbers == [local_day(moment, 4, zone).toordinal() for moment in moments]
