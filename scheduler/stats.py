"""Statistics over decks: `compute` gives a frozen `Stats`, whose `as_dict()` is the documented JSON.

Every figure comes from SQL aggregates: what was done from `review_hours` (never the
review log itself), what is due from the `cards_queue` index, the card counts and memory
figures counted in one walk of the `cards_figures` index (see `scheduler.stats_cards`).
Days are local days rolling over at `day_starts_at` (see `scheduler.days`, also for
zones whose offset is not whole hours).

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
  forgetting curve over the local days since the last review, as FSRS is fed them:
  `scheduler.days.recall_moment`) over the cards reviewed at least once and not removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from scheduler import stats_memo
from scheduler import stats_queries as sql
from scheduler.days import LocalDays, local_day, recall_moment
from scheduler.queue import DEFAULT_RULES, due_counts
from scheduler.rules import Rules
from scheduler.stats_cards import CardFigures
from scheduler.stats_figures import Counts, DayCount, Distribution, Due, Today, Window
from scheduler.store import Store, format_time

WINDOWS = (7, 30, 365)
"""The spans, in days, over which retention and recall time are given."""

CALENDAR_DAYS = 365
"""How many days the review calendar covers, today included."""

FORECAST_DAYS = 30
"""How many days the due forecast covers, today included."""

_days_ending = lru_cache(maxsize=16)(LocalDays.ending)
"""`LocalDays.ending`, remembered: a year of days' bounds is worked out once a day, not at every count."""

_days_starting = lru_cache(maxsize=16)(LocalDays.starting)
"""`LocalDays.starting`, remembered likewise."""


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

    def as_dict(self) -> StatsJson:
        """The statistics as the documented JSON object."""
        week, month, year = (self.window(days) for days in WINDOWS)
        return {
            "today": self.today.as_dict(),
            "due": self.due.as_dict(),
            "forecast": [day.as_dict() for day in self.forecast],
            "calendar": [day.as_dict() for day in self.calendar],
            "streak": self.streak,
            "retention": {
                "7": week.retention,
                "30": month.retention,
                "365": year.retention,
                "desired": self.desired_retention,
            },
            "retention_reviews": {"7": week.mature, "30": month.mature, "365": year.mature},
            "average_recall_seconds": {
                "7": week.average_seconds,
                "30": month.average_seconds,
                "365": year.average_seconds,
            },
            "counts": self.counts.as_dict(),
            "distributions": {
                "stability": self.stability.as_dict(),
                "difficulty": self.difficulty.as_dict(),
                "retrievability": self.retrievability.as_dict(),
            },
        }


if TYPE_CHECKING:
    from scheduler.json_types import StatsJson


def compute(store: Store, now: datetime, rules: Rules = DEFAULT_RULES, deck_ids: Sequence[int] | None = None) -> Stats:
    """The statistics of decks `deck_ids` (None: every deck) at `now`, under the decks' `rules`.

    The rules give the local days (their roll-over hour and zone), the desired retention
    shown (one deck's own, else the global one), and the daily limits that decide the
    new cards and reviews today's `due` counts, as the deck list shows them.
    """
    decks = sql.Decks(deck_ids)
    today = local_day(now, rules.day_starts_at, rules.tz)
    year = _days_ending(today, CALENDAR_DAYS, rules.day_starts_at, rules.tz)
    days = sql.day_sums(store.conn, decks, year)
    reviews = [day[0] for day in days]
    reading = recall_moment(now, rules.day_starts_at, rules.tz)  # retrievability over local days, as FSRS is fed
    figures = stats_memo.card_figures(store, decks, reading, rules.parameters(), rules.default.parameters)
    counts, memory = _cards(figures, sql.buried_states(store.conn, decks, now))
    return Stats(
        today=Today(today, days[-1][0], days[-1][1], days[-1][4] / 1000),
        due=_due(store, decks, now, year.starts[-2], rules),
        forecast=_forecast(store, decks, now, _days_starting(today, FORECAST_DAYS, rules.day_starts_at, rules.tz)),
        calendar=tuple(DayCount(day, count) for day, count in zip(year.dates, reviews, strict=True)),
        streak=_streak(store, decks, year, reviews, rules),
        windows=tuple(Window(span, *map(sum, zip(*days[-span:], strict=True))) for span in WINDOWS),
        desired_retention=rules.desired_retention(deck_ids),
        counts=counts,
        stability=memory[0],
        difficulty=memory[1],
        retrievability=memory[2],
    )


def _due(store: Store, decks: sql.Decks, now: datetime, day_start: datetime, rules: Rules) -> Due:
    """Due now and overdue from the index; learning, review and new as the queue counts them today."""
    due_now = sql.due_counts(store.conn, decks, now, (1, 2, 3), [("", format_time(now + timedelta(microseconds=1)))])
    overdue = sql.due_counts(store.conn, decks, now, (2,), [("", format_time(day_start))])
    today = due_counts(store, now, rules, decks.ids)
    return Due(now=due_now[0], overdue=overdue[0], learning=today.learning, review=today.review, new=today.new)


def _forecast(store: Store, decks: sql.Decks, now: datetime, days: LocalDays) -> tuple[DayCount, ...]:
    """Cards falling due on each of `days`; the first day's count also holds every overdue card."""
    edges = ["", *(format_time(moment) for moment in days.starts[1:])]
    counts = sql.due_counts(store.conn, decks, now, (1, 2, 3), list(zip(edges, edges[1:], strict=False)))
    return tuple(DayCount(day, count) for day, count in zip(days.dates, counts, strict=True))


def _streak(
    store: Store,
    decks: sql.Decks,
    year: LocalDays,
    reviews: list[int],
    rules: Rules,
) -> int:
    """Days in a row with reviews up to today, or up to yesterday while today has none yet.

    Reads further back, a year at a time, only while the run reaches the start of what it has.
    """
    days = reviews[:-1] if reviews[-1] == 0 else reviews
    streak = _trailing_run(days)
    first = year.dates[0]
    while streak and streak == len(days):
        earlier = _days_ending(first - timedelta(days=1), CALENDAR_DAYS, rules.day_starts_at, rules.tz)
        days = [day[0] for day in sql.day_sums(store.conn, decks, earlier)]
        streak += _trailing_run(days)
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


def _cards(figures: CardFigures, buried: list[int]) -> tuple[Counts, tuple[Distribution, ...]]:
    """Counts by status, and the stability, difficulty and retrievability histograms.

    From the cards' `figures`, with the cards `buried` now (their states) moved from their
    state to the buried count.
    """
    kinds = dict(zip(sql.KINDS, figures.kinds, strict=True))
    for state in buried:
        kinds[sql.KINDS[state]] -= 1
        kinds["buried"] += 1
    stability, difficulty, recall = figures.totals
    return Counts(**kinds), (
        Distribution.of(sql.STABILITY_EDGES, list(figures.stability), stability),
        Distribution.of(sql.DIFFICULTY_EDGES, list(figures.difficulty), difficulty, closed=10.0),
        Distribution.of(sql.RETRIEVABILITY_EDGES, list(figures.recall), recall, closed=1.0),
    )
