"""The review log as FSRS training items: `Items`, `deck_items`, `items_from_log`, `LoggedReview`, `deck_log`.

FSRS learns from items: a card's reviews up to one review made at least a day after
the one before it (a "long-term" review), with the elapsed time between reviews in
whole local days, the days that roll over at `day_starts_at` (as Anki counts them,
the convention FSRS's default parameters were fitted with): the day recorded with each
review (`reviews.day`, as the scheduler counted it), else the day reckoned from its time. The item asks: given this
history, was the last review a success? Every card gives one item per long-term
review. A review dated on an earlier day than the one before it (a clock set back)
counts 0 days after it. A card's log starts after its last reset, as the scheduler
replays it.

Built for a million reviews: the log is read in one scan of the table and kept as
columns (no object per review or per item), days are numbered in bulk
(`scheduler.days.day_numbers`), and an item is a span of its card's reviews. Plain
Python only: `scheduler.optimize` turns items into fsrs-rs-python's objects.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from itertools import chain, repeat
from operator import itemgetter, sub
from typing import NamedTuple

from scheduler.days import day_numbers
from scheduler.stats_queries import Decks


class LoggedReview(NamedTuple):
    """One review of the log, as training and export need it."""

    card_id: int
    rating: int
    at_ms: int
    """When, in unix milliseconds."""
    duration_ms: int
    phase: int | None
    """The card's `Phase` before the review (None for reviews from before schema 3)."""
    day: int | None = None
    """The local day (`date.toordinal`) recorded with the review; None: reckon it from `at_ms`."""

    @property
    def at(self) -> datetime:
        """When, as an aware UTC datetime."""
        return datetime.fromtimestamp(self.at_ms / 1000, UTC)


@dataclass(frozen=True)
class Items:
    """FSRS training items, oldest first, as columns: item `i` is reviews `starts[i]:ends[i]` of the log.

    The log's reviews are kept card by card, each card's oldest first; an item is a
    span of one card's reviews, from its first to one of its long-term reviews.
    """

    ratings: list[int]
    """Each review's rating (1-4), card by card."""
    elapsed: list[int]
    """Each review's whole local days since the card's previous review (0 for its first)."""
    starts: list[int]
    """Where each item's card begins in the reviews."""
    ends: list[int]
    """Just past each item's long-term review, its last."""
    at_ms: list[int]
    """When each item's last review was made (unix ms): held-out items are the latest ones."""

    def __len__(self) -> int:
        """How many items (long-term reviews)."""
        return len(self.ends)

    def reviews(self, index: int) -> tuple[tuple[int, int], ...]:
        """The (rating, elapsed days) of item `index`'s reviews, its long-term review last."""
        span = slice(self.starts[index], self.ends[index])
        return tuple(zip(self.ratings[span], self.elapsed[span], strict=True))


_AT_MS = "CAST(round((julianday(substr(reviews.reviewed_at, 1, 23)) - 2440587.5) * 86400000) AS INTEGER)"
"""SQL for a stored review time as unix milliseconds, the microseconds cut off (stored times are UTC, six decimals).

SQLite holds a Julian day as whole milliseconds, exactly; its fraction as a float is
within a hundredth of a millisecond of them, which the rounding takes back.
"""

_RESETS = "SELECT card_id, MAX(after_review) AS after FROM card_events WHERE kind = 'reset' GROUP BY card_id"
"""Each reset card's last reset: its reviews up to `after_review` no longer count."""


def _scan(conn: sqlite3.Connection, columns: str, deck_ids: Sequence[int] | None) -> list[tuple]:
    """`card_id` and `columns` of the reviews (since each card's last reset) of decks `deck_ids`, card by card.

    The table is read once in its own order, then grouped by card here (a stable sort,
    so each card's reviews stay in the order they were made): much faster for a large
    log than asking SQLite for card order, which reads the rows in random order.
    """
    decks = Decks(deck_ids)
    of_decks = f" AND +reviews.card_id IN (SELECT id FROM cards WHERE {decks.where('deck_id')})"
    if deck_ids is None:
        of_decks = ""
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples, a tenth cheaper by the million than the connection's rows
    rows = cursor.execute(
        f"WITH resets AS ({_RESETS}) SELECT reviews.card_id, {columns} FROM reviews"
        " LEFT JOIN resets ON resets.card_id = reviews.card_id"
        f" WHERE reviews.id > COALESCE(resets.after, 0){of_decks} ORDER BY reviews.id",
        decks.params,
    ).fetchall()
    rows.sort(key=itemgetter(0))
    return rows


def deck_log(conn: sqlite3.Connection, deck_ids: Sequence[int] | None = None) -> list[LoggedReview]:
    """The reviews (since each card's last reset) of decks `deck_ids` (None: every deck), card by card, oldest first."""
    return list(map(LoggedReview._make, _scan(conn, f"rating, {_AT_MS}, duration_ms, phase, day", deck_ids)))


def deck_items(
    conn: sqlite3.Connection, deck_ids: Sequence[int] | None = None, day_starts_at: int = 4, tz: tzinfo | None = None
) -> Items:
    """The training items of decks `deck_ids` (None: every deck), read in one scan of the log."""
    with _bulk():
        return _items(*_columns(_scan(conn, f"rating, {_AT_MS}, day", deck_ids), (0, 1, 2, 3)), day_starts_at, tz)


def items_from_log(log: Sequence[LoggedReview], day_starts_at: int = 4, tz: tzinfo | None = None) -> Items:
    """The training items of `log` (grouped by card, each card's reviews oldest first)."""
    with _bulk():
        return _items(*_columns(log, (0, 1, 2, 5)), day_starts_at, tz)


def _columns(rows: Sequence[tuple], fields: tuple[int, ...]) -> list[list]:
    """The `fields` of `rows`, a list each."""
    return [list(map(itemgetter(field), rows)) for field in fields]


@contextmanager
def _bulk() -> Iterator[None]:
    """Hold the cyclic garbage collector while millions of tuples and lists are made (none of them cyclic)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _items(
    cards: list[int], ratings: list[int], moments: list[int], recorded: list[int | None],
    day_starts_at: int, tz: tzinfo | None,
) -> Items:
    """The items of a log given as columns (card by card), oldest first."""
    firsts = _card_starts(cards)
    elapsed = _elapsed(_days(recorded, moments, day_starts_at, tz), firsts)
    long_term = sorted([index for index, days in enumerate(elapsed) if days > 0], key=moments.__getitem__)
    card_start = _card_start_of_each(firsts, len(cards))
    return Items(
        ratings, elapsed, [card_start[index] for index in long_term], [index + 1 for index in long_term],
        [moments[index] for index in long_term],
    )


def _card_starts(cards: list[int]) -> list[int]:
    """Where each card's reviews begin in `cards` (grouped by card)."""
    if not cards:
        return []
    return [0, *[index for index in range(1, len(cards)) if cards[index] != cards[index - 1]]]


def _card_start_of_each(firsts: list[int], count: int) -> list[int]:
    """For each of `count` reviews, where its card's reviews begin (`firsts`: where each card begins)."""
    lengths = map(sub, [*firsts[1:], count], firsts)
    return list(chain.from_iterable(map(repeat, firsts, lengths)))


def _days(recorded: list[int | None], moments: list[int], day_starts_at: int, tz: tzinfo | None) -> list[int]:
    """Each review's local day: the one recorded with it (issue 11's `reviews.day`), else reckoned from its time."""
    missing = recorded.count(None)
    if not missing:
        return recorded  # type: ignore[return-value]
    reckoned = day_numbers(moments, day_starts_at, tz)
    if missing == len(recorded):
        return reckoned
    return [own if own is not None else day for own, day in zip(recorded, reckoned, strict=True)]


def _elapsed(days: list[int], firsts: list[int]) -> list[int]:
    """Whole days since the card's previous review: 0 for a card's first, and for one dated before the one before it."""
    elapsed = [0, *map(sub, days[1:], days[:-1])] if days else []
    for first in firsts:
        elapsed[first] = 0
    if elapsed and min(elapsed) < 0:
        elapsed = [max(days, 0) for days in elapsed]
    return elapsed


def logged(reviews: Iterable[tuple[int, int, datetime, int, int | None]]) -> list[LoggedReview]:
    """`LoggedReview`s from (card, rating, aware time, duration ms, phase) tuples."""
    return [
        LoggedReview(card, rating, round(at.timestamp() * 1000), ms, phase) for card, rating, at, ms, phase in reviews
    ]
