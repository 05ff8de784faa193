"""The one home of the local day: which day a moment falls in, when it starts and ends, days between.

A local day runs from `day_starts_at` o'clock to the same hour the next day, in zone
`tz` (None: the machine's zone); with the default of 4, local 02:00 still belongs to
the day before. Everything that asks "which day" asks here: the queue and its
allowances (`Today`), the statistics (`LocalDays`), the session (burying until
tomorrow), the engine (whole local days between reviews) and the screens.

`review_hours` sums the log by whole UTC hours, so `LocalDays` reads a day as whole
hours: exact in every zone whose offset is whole hours; in a zone with a :30 or :45
offset, the reviews of the UTC hour in which the day rolls over all count for the new
day (at +05:30 with the day starting at 04:00, a review at 03:40 local counts for the
day starting at 04:00).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from deck.records import record


def local_day(now: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> date:
    """The local date of the day holding `now` (02:00 belongs to the day before when days start at 4)."""
    return (now.astimezone(tz) - timedelta(hours=day_starts_at)).date()


def day_start(day: date, day_starts_at: int = 4, tz: tzinfo | None = None) -> datetime:
    """The UTC moment local day `day` begins (`day_starts_at` o'clock in zone `tz`)."""
    wall = datetime.combine(day, time(day_starts_at), tzinfo=tz)
    return wall.astimezone(UTC)


def day_bounds(now: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """UTC start and end of the local day holding `now` (a daylight-saving day is 23 or 25 hours long)."""
    day = local_day(now, day_starts_at, tz)
    return day_start(day, day_starts_at, tz), day_start(day + timedelta(days=1), day_starts_at, tz)


def day_number(moment: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> int:
    """The local day holding `moment` as a day number (`date.toordinal`), as the review log records it."""
    return local_day(moment, day_starts_at, tz).toordinal()


def days_between(earlier: datetime, later: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> int:
    """Whole local days from the day holding `earlier` to the day holding `later` (0 on the same day).

    Counted in days, not in 24-hour periods: a review at 23:00 and one at 05:00 the next
    morning are one day apart; 03:00 and 05:00 the same morning are one day apart too
    when the day starts at 04:00. Negative when `later` falls on an earlier day.
    """
    return (local_day(later, day_starts_at, tz) - local_day(earlier, day_starts_at, tz)).days


def recall_moment(moment: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> datetime:
    """When to read the forgetting curve for `moment`, so that it counts local days as the scheduler does.

    The last microsecond of the 24 hours from the start of `moment`'s local day: the whole
    24-hour periods from a review to it are the local days from the review's day to
    `moment`'s (0 for a review that day, 1 for one the day before, at any hour of either).
    So a card's retrievability "now" is what FSRS would be given if it were rated now, and
    it changes when the day rolls over, not 24 hours after each review. Exact except where
    a clock change lies between, for a review within an hour of the day's rollover.
    """
    return day_reading(day_start(local_day(moment, day_starts_at, tz), day_starts_at, tz))


def day_reading(start: datetime) -> datetime:
    """`recall_moment` of the local day that begins at `start` (a `day_start`)."""
    return start + timedelta(days=1, microseconds=-1)


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
"""The day number of 1 January 1970, the first day of unix time."""
QUARTER_HOUR_MS = 900_000
"""Zones change their offset on a quarter hour: one offset look-up serves each quarter hour."""
DAY_MS = 86_400_000
"""A day of unix time in milliseconds."""


class DayShifts(dict[int, int]):
    """For each quarter hour of unix time (`moment_ms // QUARTER_HOUR_MS`), what to add to a moment in it so that
    `// DAY_MS` gives its local day as a `date.toordinal` number: `local_day` for a moment in bulk.

    Each quarter hour's zone offset is looked up once, the first time it is asked for.
    """

    def __init__(self, day_starts_at: int = 4, tz: tzinfo | None = None) -> None:
        """Shifts for days rolling over at `day_starts_at` o'clock in zone `tz` (None: the machine's)."""
        super().__init__()
        self.base, self.tz = _EPOCH_ORDINAL * DAY_MS - day_starts_at * 3_600_000, tz

    def __missing__(self, quarter: int) -> int:
        """Look the quarter hour's offset up, and keep its shift."""
        shift = self[quarter] = _offset_ms(quarter * QUARTER_HOUR_MS, self.tz) + self.base
        return shift


def day_numbers(moments_ms: Iterable[int], day_starts_at: int = 4, tz: tzinfo | None = None) -> list[int]:
    """The local day of each moment (unix milliseconds) as `date.toordinal` numbers: `local_day`, for many at once."""
    shifts = DayShifts(day_starts_at, tz)
    return [(moment + shifts[moment // QUARTER_HOUR_MS]) // DAY_MS for moment in moments_ms]


def _offset_ms(moment_ms: int, tz: tzinfo | None) -> int:
    """Zone `tz`'s offset from UTC at `moment_ms` (None: the machine's zone), in milliseconds."""
    offset = datetime.fromtimestamp(moment_ms / 1000, UTC).astimezone(tz).utcoffset()
    return 0 if offset is None else int(offset.total_seconds() * 1000)


@record
class Today:
    """The local day holding `now`: its UTC bounds and its local date."""

    now: datetime
    start: datetime
    end: datetime
    date: date

    @classmethod
    def of(cls, now: datetime, day_starts_at: int = 4, tz: tzinfo | None = None) -> Today:
        """The day holding `now`, rolling over at `day_starts_at` local time in zone `tz`."""
        start, end = day_bounds(now, day_starts_at, tz)
        return cls(now, start, end, local_day(now, day_starts_at, tz))

    def days_until(self, day: date) -> int:
        """Local days from today to `day`: 0 today, 1 tomorrow, negative once it is past."""
        return (day - self.date).days


def hour_of(moment: datetime) -> int:
    """The UTC hour number (unix time // 3600) holding `moment`, as `review_hours.hour`."""
    return int(moment.timestamp() // 3600)


@record
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
