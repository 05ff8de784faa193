"""The clock and the local day: FixedClock, and day_bounds around the roll-over hour."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from scheduler.clock import FixedClock, SystemClock, clock_from_env
from scheduler.days import day_bounds
from tests.scheduler.helpers import T0, UTC

PLUS2 = timezone(timedelta(hours=2))
MINUS5 = timezone(timedelta(hours=-5))


def test_fixed_clock_advances_and_sets() -> None:
    """A FixedClock stands still until moved by advance() or set()."""
    clock = FixedClock(T0)
    assert clock.now() == T0
    clock.advance(days=1, minutes=5)
    assert clock.now() == T0 + timedelta(days=1, minutes=5)
    clock.set(datetime(2027, 1, 1, tzinfo=UTC))
    assert clock.now() == datetime(2027, 1, 1, tzinfo=UTC)


def test_fixed_clock_reports_utc() -> None:
    """A clock started in another zone reports the same instant with tzinfo=timezone.utc."""
    clock = FixedClock(datetime(2026, 3, 10, 14, 0, tzinfo=PLUS2))
    assert clock.now() == T0
    assert clock.now().tzinfo is timezone.utc


def test_fixed_clock_refuses_naive_time() -> None:
    """A naive datetime has no instant: FixedClock refuses it."""
    with pytest.raises(ValueError, match="naive"):
        FixedClock(datetime(2026, 3, 10, 12, 0))


def test_system_clock_is_utc() -> None:
    """The system clock tells aware UTC time."""
    assert SystemClock().now().tzinfo is timezone.utc


@pytest.mark.parametrize(
    ("local_now", "starts_at", "start_utc", "end_utc"),
    [
        # +02:00, day starts 04:00 local = 02:00 UTC
        (
            datetime(2026, 3, 10, 3, 59, tzinfo=PLUS2),
            4,
            datetime(2026, 3, 9, 2),
            datetime(2026, 3, 10, 2),
        ),
        (
            datetime(2026, 3, 10, 4, 0, tzinfo=PLUS2),
            4,
            datetime(2026, 3, 10, 2),
            datetime(2026, 3, 11, 2),
        ),
        (
            datetime(2026, 3, 10, 2, 0, tzinfo=PLUS2),
            4,
            datetime(2026, 3, 9, 2),
            datetime(2026, 3, 10, 2),
        ),
        (
            datetime(2026, 3, 10, 23, 59, tzinfo=PLUS2),
            4,
            datetime(2026, 3, 10, 2),
            datetime(2026, 3, 11, 2),
        ),
        # -05:00, day starts at midnight local = 05:00 UTC
        (
            datetime(2026, 3, 10, 23, 30, tzinfo=MINUS5),
            0,
            datetime(2026, 3, 10, 5),
            datetime(2026, 3, 11, 5),
        ),
        (
            datetime(2026, 3, 11, 0, 0, tzinfo=MINUS5),
            0,
            datetime(2026, 3, 11, 5),
            datetime(2026, 3, 12, 5),
        ),
        # UTC, day starts 23:00: 22:59 is still the day that began yesterday
        (
            datetime(2026, 3, 10, 22, 59, tzinfo=UTC),
            23,
            datetime(2026, 3, 9, 23),
            datetime(2026, 3, 10, 23),
        ),
    ],
)
def test_day_bounds_roll_over_at_the_set_hour(
    local_now: datetime, starts_at: int, start_utc: datetime, end_utc: datetime
) -> None:
    """Today runs from `day_starts_at` local to the same hour the next day; earlier belongs to yesterday."""
    tz = local_now.tzinfo
    start, end = day_bounds(local_now.astimezone(UTC), starts_at, tz)
    assert (start, end) == (start_utc.replace(tzinfo=UTC), end_utc.replace(tzinfo=UTC))
    assert start.tzinfo is timezone.utc


def test_day_bounds_follow_a_dst_change() -> None:
    """On the day clocks go forward (Europe/Berlin, 2026-03-29) the local day lasts 23 hours."""
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no tz database on this machine")
    start, end = day_bounds(datetime(2026, 3, 28, 12, tzinfo=UTC), 4, berlin)
    assert start == datetime(2026, 3, 28, 3, tzinfo=UTC)
    assert end == datetime(2026, 3, 29, 2, tzinfo=UTC)


def test_day_bounds_default_to_the_machine_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """tz=None means the machine's zone: with TZ at UTC+05:30, 22:00 UTC is already 03:30 next day local, still before 04:00."""
    monkeypatch.setenv("TZ", "IST-05:30")
    time.tzset()
    try:
        start, end = day_bounds(datetime(2026, 3, 10, 22, 0, tzinfo=UTC), 4)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert start == datetime(2026, 3, 9, 22, 30, tzinfo=UTC)
    assert end == datetime(2026, 3, 10, 22, 30, tzinfo=UTC)


def test_clock_from_env_is_the_system_clock_without_the_variable() -> None:
    """No STARCARDS_NOW (or an empty one): the machine's clock."""
    assert isinstance(clock_from_env({}), SystemClock)
    assert isinstance(clock_from_env({"STARCARDS_NOW": "  "}), SystemClock)


def test_clock_from_env_starts_at_the_given_moment_and_runs() -> None:
    """STARCARDS_NOW with an offset: the clock starts there (to the second) and never runs backwards."""
    clock = clock_from_env({"STARCARDS_NOW": "2026-12-01T09:30:00+00:00"})
    first = clock.now()
    assert abs((first - datetime(2026, 12, 1, 9, 30, tzinfo=UTC)).total_seconds()) < 5
    assert clock.now() >= first
    assert first.tzinfo is UTC


def test_clock_from_env_reads_a_bare_date_as_local_noon() -> None:
    """A date alone is local noon of that day: that day, whatever hour days start at."""
    moment = clock_from_env({"STARCARDS_NOW": "2026-12-01"}).now().astimezone()
    assert (moment.date(), moment.hour) == (datetime(2026, 12, 1).date(), 12)


def test_clock_from_env_refuses_what_is_not_a_time() -> None:
    """A value that is not ISO 8601 is a ValueError naming the variable and the value."""
    with pytest.raises(ValueError, match=r"STARCARDS_NOW='next tuesday' is not an ISO date"):
        clock_from_env({"STARCARDS_NOW": "next tuesday"})
