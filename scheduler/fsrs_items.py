"""The review log as FSRS training items: `Item`, `LoggedReview`, `deck_log`, `items_from_log`.

FSRS learns from items: a card's reviews up to one review made at least a day after
the one before it (a "long-term" review), with the elapsed time between reviews in
whole local days, the days that roll over at `day_starts_at` (as Anki counts them,
the convention FSRS's default parameters were fitted with). The item asks: given this
history, was the last review a success? Every card gives one item per long-term
review. A card's log starts after its last reset, as the scheduler replays it.

Built for a million reviews: times stay unix milliseconds, days are numbered in bulk
(`scheduler.days.day_numbers`), and a card's items share its one history. Plain
Python only: `scheduler.optimize` turns items into fsrs-rs-python's objects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from itertools import groupby
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

    @property
    def at(self) -> datetime:
        """When, as an aware UTC datetime."""
        return datetime.fromtimestamp(self.at_ms / 1000, UTC)


@dataclass(frozen=True, slots=True)
class Item:
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

_LOG = f"""
SELECT reviews.card_id, reviews.rating, {_AT_MS}, reviews.duration_ms, reviews.phase
FROM reviews JOIN cards ON cards.id = reviews.card_id
LEFT JOIN (SELECT card_id, MAX(after_review) AS after_review FROM card_events
           WHERE kind = 'reset' GROUP BY card_id) AS resets ON resets.card_id = reviews.card_id
WHERE reviews.id > COALESCE(resets.after_review, 0) AND {{decks}}
ORDER BY reviews.card_id, reviews.id
"""
"""Every card's reviews since its last reset, card by card, oldest first."""


def deck_log(conn: sqlite3.Connection, deck_ids: Sequence[int] | None = None) -> list[LoggedReview]:
    """The reviews (since each card's last reset) of decks `deck_ids` (None: every deck)."""
    decks = Decks(deck_ids)
    rows = conn.execute(_LOG.format(decks=decks.where("cards.deck_id")), decks.params)
    return list(map(LoggedReview._make, rows))


def items_from_log(
    log: Sequence[LoggedReview], day_starts_at: int = 4, tz: tzinfo | None = None
) -> list[Item]:
    """The training items of `log` (grouped by card, each card's reviews oldest first)."""
    days = iter(day_numbers((review.at_ms for review in log), day_starts_at, tz))
    items: list[Item] = []
    for card_id, reviews in groupby(log, key=lambda review: review.card_id):
        card = list(reviews)
        items.extend(_card_items(card_id, card, [next(days) for _ in card]))
    return items


def _card_items(card_id: int, reviews: list[LoggedReview], days: list[int]) -> Iterator[Item]:
    """One card's items: its history up to each of its long-term reviews."""
    elapsed = [0, *(later - earlier for earlier, later in zip(days, days[1:], strict=False))]
    history = tuple(zip((review.rating for review in reviews), elapsed, strict=True))
    for index in range(1, len(history)):
        if elapsed[index] > 0:
            yield Item(card_id, reviews[index].at_ms, history, index + 1)


def logged(reviews: Iterable[tuple[int, int, datetime, int, int | None]]) -> list[LoggedReview]:
    """`LoggedReview`s from (card, rating, aware time, duration ms, phase) tuples."""
    return [
        LoggedReview(card, rating, round(at.timestamp() * 1000), ms, phase) for card, rating, at, ms, phase in reviews
    ]
