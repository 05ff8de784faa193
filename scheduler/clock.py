"""Clocks: the injectable `Clock`, the machine's, a fixed one for tests, a shifted one for trials.

Everything below the UI takes `now` as an argument; the session asks a `Clock` for it,
so tests can drive days forward with a `FixedClock`. Which local day a moment belongs
to is `scheduler.days`'s business.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Something that tells the time, always as an aware UTC datetime."""

    def now(self) -> datetime:
        """The current time, with `tzinfo=datetime.timezone.utc`."""
        ...


def as_utc(moment: datetime) -> datetime:
    """`moment` as an aware datetime whose tzinfo is exactly `timezone.utc`."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: give a timezone")
    return moment.astimezone(UTC)


class SystemClock:
    """The real clock of the machine."""

    def now(self) -> datetime:
        """The current time in UTC."""
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, start: datetime) -> None:
        """Start the clock at `start` (aware; converted to UTC)."""
        self._now = as_utc(start)

    def now(self) -> datetime:
        """The time the clock was last set to."""
        return self._now

    def advance(self, **kwargs: float) -> None:
        """Move the clock forward by `timedelta(**kwargs)`."""
        self._now += timedelta(**kwargs)

    def set(self, moment: datetime) -> None:
        """Set the clock to `moment` (aware; converted to UTC)."""
        self._now = as_utc(moment)


class ShiftedClock:
    """The machine's clock moved to another moment: it starts at `start` and then runs.

    Lets a person try a simulated week for real (`STARCARDS_NOW`): timers still tick,
    while the days are the ones chosen.
    """

    def __init__(self, start: datetime) -> None:
        """Start at `start` (aware) now, and run on from there at the machine's pace."""
        self._offset = as_utc(start) - datetime.now(UTC)

    def now(self) -> datetime:
        """The machine's time plus the shift."""
        return datetime.now(UTC) + self._offset


NOW_VARIABLE = "STARCARDS_NOW"
"""The environment variable that sets the time starcards believes it is (for trials)."""


FIRST_YEAR, LAST_YEAR = 1971, 9800
"""The years `STARCARDS_NOW` may name: a card put away for the longest interval (100 years) stays a valid date."""


def clock_from_env(environ: Mapping[str, str]) -> Clock:
    """The clock to run on: `SystemClock`, or a `ShiftedClock` from `$STARCARDS_NOW`.

    `STARCARDS_NOW` is an ISO-8601 date or date-time (`2026-12-01`, `2026-12-01T09:30`);
    without an offset it is local time. A date alone means noon that day, so it is that
    day whatever hour the day starts at. `ValueError` with a one-line message if it is
    neither, or outside `FIRST_YEAR` to `LAST_YEAR`.
    """
    text = environ.get(NOW_VARIABLE, "").strip()
    if not text:
        return SystemClock()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{NOW_VARIABLE}={text!r} is not an ISO date or date-time (e.g. 2026-12-01T09:30)"
        ) from None
    if "T" not in text.upper() and " " not in text:
        moment = moment.replace(hour=12)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError(f"{NOW_VARIABLE}={text!r} is outside the years {FIRST_YEAR} to {LAST_YEAR}")
    return ShiftedClock(moment)

