"""Statistics over decks: `compute` gives a frozen `Stats`, whose `as_dict()` is the documented JSON.

Every figure comes from SQL aggregates: what was done from `review_hours` (never the
review log itself), what is due from the `cards_due` index, the memory figures grouped
in SQL (see `scheduler.stats_queries`). Days are local days rolling over at
`day_starts_at` (see `scheduler.days`, also for zones whose offset is not whole hours).

Definitions:

- today: reviews since the local day began; `seconds` is the recall time summed.
- due: `now` cards (learning or review) due by now; `overdue` review cards due before
  today began; `learning` and `review` due before today ends; `new` the unseen cards
  today's allowance lets in (as the queue counts them). Suspended, buried and removed
  cards are never due.
- forecast: for today and the next 29 days, the cards in play falling due that day;
  today's count includes every overdue card.
- calendar: reviews per local day over the 365 days ending today.
- streak: consecutive days with at least one review, ending today; while today has no
  review yet, ending yesterday (a day is not missed until it is over).
- retention: true retention over the last 7, 30 and 365 days (today included): the
  share of reviews of cards in the review state (`reviews.phase = 2`) not rated Again;
  null without such reviews.
- counts: every card once, by the first that applies: removed, suspended, buried
  (until a later time than now), else its state (new, learning, review, relearning).
- distributions: stability (days), difficulty (1-10) and retrievability now (py-fsrs's
  forgetting curve) over the cards reviewed at least once and not removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from scheduler import stats_queries as sql
from scheduler.days import LocalDays, local_date
from scheduler.queue import due_counts
from scheduler.stats_figures import Counts, DayCount, Distribution, Due, Today, Window
from scheduler.store import Store

WINDOWS = (7, 30, 365)
"""The spans, in days, over which retention and recall time are given."""

CALENDAR_DAYS = 365
"""How many days the review calendar covers, today included."""

FORECAST_DAYS = 30
"""How many days the due forecast covers, today included."""

_STATES = {"0": "new", "1": "learning", "2": "review", "3": "relearning"}


@dataclass(frozen=True)
class Stats:
    """Every statistic of the decks asked for, at one moment."""

    today: Today
    due: Due
    forecast: tuple[DayCount, ...]
    calendar: tuple[DayCount, ...]
    streak: int
    windows: tuple[Window, ...]
    desired_retention: float
    counts: Counts
    stability: Distribution
    difficulty: Distribution
    retrievability: Distribution

    def window(self, days: int) -> Window:
        """The window of the last `days` days (one of `WINDOWS`)."""
        return next(window for window in self.windows if window.days == days)

    def as_dict(self) -> dict[str, object]:
        """The statistics as the documented JSON object."""
        retention: dict[str, float | None] = {str(w.days): w.retention for w in self.windows}
        return {
            "today": self.today.as_dict(),
            "due": self.due.as_dict(),
            "forecast": [day.as_dict() for day in self.forecast],
            "calendar": [day.as_dict() for day in self.calendar],
            "streak": self.streak,
            "retention": retention | {"desired": self.desired_retention},
            "retention_reviews": {str(w.days): w.mature for w in self.windows},
            "average_recall_seconds": {str(w.days): w.average_seconds for w in self.windows},
            "counts": self.counts.as_dict(),
            "distributions": {
                "stability": self.stability.as_dict(),
                "difficulty": self.difficulty.as_dict(),
                "retrievability": self.retrievability.as_dict(),
            },
        }


def compute(
    store: Store,
    now: datetime,
    *,
    deck_ids: Sequence[int] | None = None,
    tz: tzinfo | None = None,
    day_starts_at: int = 4,
    desired_retention: float = 0.9,
    new_per_day: int = 10,
) -> Stats:
    """The statistics of decks `deck_ids` (None: every deck) at `now`, days local to `tz` (None: the machine's)."""
    conn = store.conn
    decks, params = sql.deck_list(conn, deck_ids)
    year = LocalDays.ending(local_date(now, day_starts_at, tz), CALENDAR_DAYS, day_starts_at, tz)
    days = _sum_days(year, sql.hour_sums(conn, decks, params, year.first_hour, year.end_hour))
    reviews = [day[0] for day in days]
    memory = _distributions(sql.memory_groups(conn, decks, params, now))
    return Stats(
        today=Today(year.dates[-1], days[-1][0], days[-1][1], days[-1][4] / 1000),
        due=_due(store, now, deck_ids, tz, day_starts_at, new_per_day),
        forecast=_forecast(store, now, deck_ids, tz, day_starts_at),
        calendar=tuple(DayCount(day, count) for day, count in zip(year.dates, reviews, strict=True)),
        streak=_streak(store, deck_ids, year, reviews, day_starts_at, tz),
        windows=tuple(Window(span, *map(sum, zip(*days[-span:], strict=True))) for span in WINDOWS),
        desired_retention=desired_retention,
        counts=_counts(sql.status_counts(conn, decks, params, now)),
        stability=memory[0],
        difficulty=memory[1],
        retrievability=memory[2],
    )


def _sum_days(days: LocalDays, hours: list[sql.HourSums]) -> list[list[int]]:
    """Per day: reviews, again, mature, mature_again and duration_ms summed from hour rows."""
    totals = [[0, 0, 0, 0, 0] for _ in days.dates]
    for hour, *values in hours:
        index = days.day_index(hour)
        if index is not None:
            totals[index] = [total + value for total, value in zip(totals[index], values, strict=True)]
    return totals


def _due(
    store: Store, now: datetime, deck_ids: Sequence[int] | None, tz: tzinfo | None, day_starts_at: int, new_per_day: int
) -> Due:
    """Due now and overdue from the cards index; learning, review and new as the queue counts today."""
    decks, params = sql.deck_list(store.conn, deck_ids)
    start = LocalDays.ending(local_date(now, day_starts_at, tz), 1, day_starts_at, tz).starts[0]
    due_now, overdue = sql.due_now(store.conn, decks, params, now, start)
    today = due_counts(store, now, new_per_day=new_per_day, day_starts_at=day_starts_at, deck_ids=deck_ids, tz=tz)
    return Due(now=due_now, overdue=overdue, learning=today.learning, review=today.review, new=today.new)


def _forecast(
    store: Store, now: datetime, deck_ids: Sequence[int] | None, tz: tzinfo | None, day_starts_at: int
) -> tuple[DayCount, ...]:
    """Cards falling due on each of the next `FORECAST_DAYS` days; today's count holds the overdue ones."""
    days = LocalDays.starting(local_date(now, day_starts_at, tz), FORECAST_DAYS, day_starts_at, tz)
    decks, params = sql.deck_list(store.conn, deck_ids)
    counts = sql.due_between(store.conn, decks, params, now, days.starts)
    return tuple(DayCount(day, count) for day, count in zip(days.dates, counts, strict=True))


def _streak(
    store: Store,
    deck_ids: Sequence[int] | None,
    year: LocalDays,
    reviews: list[int],
    day_starts_at: int,
    tz: tzinfo | None,
) -> int:
    """Days in a row with reviews up to today, or up to yesterday while today has none yet.

    Reads further back, a year at a time, only while the run reaches the start of what it has.
    """
    days = reviews[:-1] if reviews[-1] == 0 else reviews
    streak = _trailing_run(days)
    first = year.dates[0]
    while streak and streak == len(days):
        earlier = LocalDays.ending(first - timedelta(days=1), CALENDAR_DAYS, day_starts_at, tz)
        decks, params = sql.deck_list(store.conn, deck_ids)
        hours = sql.hour_sums(store.conn, decks, params, earlier.first_hour, earlier.end_hour)
        days = [day[0] for day in _sum_days(earlier, hours)]
        run = _trailing_run(days)
        streak += run
        first = earlier.dates[0]
    return streak


def _trailing_run(counts: list[int]) -> int:
    """How many of the last `counts` are above zero in a row."""
    run = 0
    for count in reversed(counts):
        if count <= 0:
            break
        run += 1
    return run


def _counts(by_kind: dict[str, int]) -> Counts:
    """`Counts` from the status query's kinds (state numbers or status names)."""
    return Counts(**{_STATES.get(kind, kind): count for kind, count in by_kind.items()})


def _distributions(groups: list[tuple[int, int, int, int, float, float, float]]) -> tuple[Distribution, ...]:
    """Stability, difficulty and retrievability histograms from the grouped memory rows."""
    edges = (sql.STABILITY_EDGES, sql.DIFFICULTY_EDGES, sql.RETRIEVABILITY_EDGES)
    counts = [[0] * len(edge) for edge in edges]
    totals = [0.0, 0.0, 0.0]
    for row in groups:
        indexes, count, sums = row[:3], row[3], row[4:]
        for figure, index in enumerate(indexes):
            counts[figure][index] += count
            totals[figure] += sums[figure]
    return (
        Distribution.of(edges[0], counts[0], totals[0]),
        Distribution.of(edges[1], counts[1], totals[1], closed=10.0),
        Distribution.of(edges[2], counts[2], totals[2], closed=1.0),
    )
