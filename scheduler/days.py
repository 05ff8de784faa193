"""Local days: `local_date`, `day_number`, `days_between`, and `LocalDays` (the run of days
ending today and their bounds, for the statistics).

FSRS sees elapsed time as whole local days between two reviews' days (`days_between`),
the convention its default parameters were fitted with.

A local day runs from `day_starts_at` o'clock to the same hour the next day, in zone
`tz` (None: the machine's zone), as `scheduler.clock.day_bounds` says. `review_hours`
sums the log by whole UTC hours, so a day is read as whole hours: exact in every zone
whose offset is whole hours; in a zone with a :30 or :45 offset, the reviews of the UTC
hour in which the day rolls over all count for the new day (at +05:30 with the day
starting at 04:00, a review at 03:40 local counts for the day starting at 04:00).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo


def local_date(now: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> date:
    """The local date of the day holding `now` (02:00 belongs to the day before when it starts at 4)."""
    return (now.astimezone(tz) - timedelta(hours=day_starts_at)).date()


def day_number(moment: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> int:
    """The local day holding `moment`, as a day number (`date.toordinal`), as the review log stores it."""
    return local_date(moment, day_starts_at, tz).toordinal()


def days_between(earlier: datetime, later: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> int:
    """Whole local days from the day holding `earlier` to the day holding `later` (0: the same day).

    Not 24-hour periods: 21:00 one evening to 08:00 the next morning is one day.
    Negative when `later` falls on an earlier local day (after flying west, say).
    """
    return day_number(later, day_starts_at, tz) - day_number(earlier, day_starts_at, tz)


def day_start(day: date, day_starts_at: int = 4, tz: tzinfo | None = None) -> datetime:
    """The UTC moment local day `day` begins."""
    wall = datetime.combine(day, time(day_starts_at), tzinfo=tz)
    return wall.astimezone(UTC)


def hour_of(moment: datetime) -> int:
    """The UTC hour number (unix time // 3600) holding `moment`, as `review_hours.hour`."""
    return int(moment.timestamp() // 3600)


@dataclass(frozen=True)
class LocalDays:
    """`count` consecutive local days ending with `last`, and where each begins and ends.

    `starts[i]` is the UTC start of `dates[i]`; `starts[count]` is the end of the last day.
    """

    dates: tuple[date, ...]
    starts: tuple[datetime, ...]
    hour_starts: tuple[int, ...]
    """The UTC hour each day, and the end, begins in."""

    @classmethod
    def ending(cls, last: date, count: int, day_starts_at: int = 4, tz: tzinfo | None = None) -> LocalDays:
        """The `count` days up to and including `last`."""
        dates = tuple(last - timedelta(days=back) for back in range(count - 1, -1, -1))
        following = last + timedelta(days=1)
        starts = tuple(day_start(day, day_starts_at, tz) for day in (*dates, following))
        return cls(dates=dates, starts=starts, hour_starts=tuple(hour_of(moment) for moment in starts))

    @classmethod
    def starting(cls, first: date, count: int, day_starts_at: int = 4, tz: tzinfo | None = None) -> LocalDays:
        """The `count` days from `first` on."""
        return cls.ending(first + timedelta(days=count - 1), count, day_starts_at, tz)

    @property
    def first_hour(self) -> int:
        """The UTC hour the first day begins in."""
        return self.hour_starts[0]

    @property
    def end_hour(self) -> int:
        """The first UTC hour past the last day (exclusive bound)."""
        return self.hour_starts[-1]

    def day_index(self, hour: int) -> int | None:
        """Which of the days (0-based) UTC hour `hour` counts for; None when outside them all."""
        index = bisect_right(self.hour_starts, hour) - 1
        return index if 0 <= index < len(self.dates) else None

    def day_index_sql(self, column: str = "hour") -> str:
        """SQL giving, for a UTC hour `column` within the days, the same index as `day_index`.

        Piecewise: runs of 24-hour days divide by 24 from the run's first hour; a day of
        another length (a daylight-saving change) is its own piece.
        """
        pieces, first = [], 0
        for index in range(len(self.dates) + 1):
            if index == len(self.dates) or self._length(index) != 24:
                if first < index:
                    pieces.append(f"WHEN {column} < {self.hour_starts[index]} THEN {first} + ({column} -"
                                  f" {self.hour_starts[first]}) / 24")
                if index < len(self.dates):
                    pieces.append(f"WHEN {column} < {self.hour_starts[index + 1]} THEN {index}")
                first = index + 1
        return f"(CASE {' '.join(pieces)} END)"

    def _length(self, index: int) -> int:
        """How many UTC hours day `index` spans."""
        return self.hour_starts[index + 1] - self.hour_starts[index]
