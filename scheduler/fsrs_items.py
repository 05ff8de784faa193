"""The review log as FSRS training items: `Item`, `LoggedReview`, `deck_log`, `items_from_log`.

FSRS learns from items: a card's reviews up to one review made at least a day after
the one before it (a "long-term" review), with the elapsed time between reviews in
whole local days, the days that roll over at `day_starts_at` (as Anki counts them,
the convention FSRS's default parameters were fitted with): the day recorded with each
review (`reviews.day`, as the scheduler counted it), else the day reckoned from its time. The item asks: given this
history, was the last review a success? Every card gives one item per long-term
review. A card's log starts after its last reset, as the scheduler replays it.

Built for a million reviews: times stay unix milliseconds, days are numbered in bulk
(`scheduler.days.day_numbers`), and a card's items share its one history. Plain
Python only: `scheduler.optimize` turns items into fsrs-rs-python's objects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, tzinfo
from itertools import groupby
from operator import attrgetter
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


class Item(NamedTuple):
    """One FSRS training item: the first `length` (rating, elapsed local days) of a card's history."""

    card_id: int
    at_ms: int
    """When the item's last review was made (unix ms): held-out items are the latest ones."""
    history: tuple[tuple[int, int], ...]
    """The card's whole history, shared by all its items."""
    length: int

    @property
    def reviews(self) -> tuple[tuple[int, int], ...]:
        """The (rating, elapsed days) of the item's reviews, its long-term review last."""
        return self.history[: self.length]


_AT_MS = "(unixepoch(substr(reviews.reviewed_at, 1, 19)) * 1000 + CAST(substr(reviews.reviewed_at, 21, 3) AS INTEGER))"
"""SQL for a stored review time as unix milliseconds (stored times are UTC, six decimals)."""

_LOG = f"SELECT card_id, rating, {_AT_MS}, duration_ms, phase, day FROM reviews ORDER BY reviews.id"
"""Every review that counts (undone ones are not in `reviews`), in the table's own order: read straight through."""

_RESETS = f"""SELECT card_events.card_id, MAX({_AT_MS}) FROM card_events
JOIN review_log AS reviews ON reviews.id = card_events.after_review
WHERE card_events.kind = 'reset' GROUP BY card_events.card_id"""
"""Each reset card's last reset point (unix ms): its reviews made until then no longer count."""


def deck_log(conn: sqlite3.Connection, deck_ids: Sequence[int] | None = None) -> list[LoggedReview]:
    """The reviews (since each card's last reset) of decks `deck_ids` (None: every deck), card by card, oldest first.

    The table is read in its own order and grouped here: much faster for a large log
    than asking SQLite for card order, which reads the rows in random order. A card's
    reviews are put in time order (reviews merged from another machine come later in
    the table); a reset covers the reviews made until the one it was made after.
    """
    resets = dict(conn.execute(_RESETS).fetchall())
    wanted = None
    if deck_ids is not None:
        decks = Decks(deck_ids)
        wanted = {row[0] for row in conn.execute(f"SELECT id FROM cards WHERE {decks.where('deck_id')}", decks.params)}
    log = [
        LoggedReview(card_id, rating, at_ms, duration_ms, phase, day)
        for card_id, rating, at_ms, duration_ms, phase, day in conn.execute(_LOG)
        if (wanted is None or card_id in wanted) and at_ms > resets.get(card_id, -1)
    ]
    log.sort(key=attrgetter("card_id", "at_ms"))
    return log


def items_from_log(
    log: Sequence[LoggedReview], day_starts_at: int = 4, tz: tzinfo | None = None
) -> list[Item]:
    """The training items of `log` (grouped by card, each card's reviews oldest first)."""
    moments = list(map(attrgetter("at_ms"), log))
    days = _days(log, moments, day_starts_at, tz)
    ratings = list(map(attrgetter("rating"), log))
    items: list[Item] = []
    start = 0
    for card_id, run in groupby(map(attrgetter("card_id"), log)):
        end = start + sum(1 for _ in run)
        items.extend(_card_items(card_id, ratings[start:end], days[start:end], moments[start:end]))
        start = end
    return items


def _days(log: Sequence[LoggedReview], moments: list[int], day_starts_at: int, tz: tzinfo | None) -> list[int]:
    """Each review's local day: the one recorded with it (issue 11's `reviews.day`), else reckoned from its time."""
    recorded = list(map(attrgetter("day"), log))
    if None not in recorded:
        return recorded
    reckoned = day_numbers(moments, day_starts_at, tz)
    return [own if own is not None else day for own, day in zip(recorded, reckoned, strict=True)]


def _card_items(card_id: int, ratings: list[int], days: list[int], moments: list[int]) -> Iterator[Item]:
    """One card's items: its history up to each of its long-term reviews."""
    elapsed = [0, *(later - earlier for earlier, later in zip(days, days[1:], strict=False))]
    history = tuple(zip(ratings, elapsed, strict=True))
    for index in range(1, len(history)):
        if elapsed[index] > 0:
            yield Item(card_id, moments[index], history, index + 1)


def logged(reviews: Iterable[tuple[int, int, datetime, int, int | None]]) -> list[LoggedReview]:
    """`LoggedReview`s from (card, rating, aware time, duration ms, phase) tuples."""
    return [
        LoggedReview(card, rating, round(at.timestamp() * 1000), ms, phase) for card, rating, at, ms, phase in reviews
    ]
