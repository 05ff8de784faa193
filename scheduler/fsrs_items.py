"""The review log as FSRS training items: `Item`, `LoggedReview`, `deck_log`, `items_from_log`.

FSRS learns from items: a card's reviews up to one review made at least a day after
the one before it (a "long-term" review), with the elapsed time between reviews in
whole local days, the days that roll over at `day_starts_at` (as Anki counts them,
the convention FSRS's default parameters were fitted with). The item asks: given this
history, was the last review a success? Every card gives one item per long-term
review. A card's log starts after its last reset, as the scheduler replays it.

Plain Python only: `scheduler.optimize` turns items into fsrs-rs-python's objects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from itertools import groupby

from scheduler.days import local_date
from scheduler.stats_queries import Decks
from scheduler.store import parse_time


@dataclass(frozen=True)
class LoggedReview:
    """One review of the log, as training and export need it."""

    card_id: int
    rating: int
    at: datetime
    duration_ms: int
    phase: int | None
    """The card's `Phase` before the review (None for reviews from before schema 3)."""


@dataclass(frozen=True)
class Item:
    """One FSRS training item: a card's (rating, elapsed local days) up to a long-term review."""

    card_id: int
    at: datetime
    """When the item's last review was made: held-out items are the latest ones."""
    reviews: tuple[tuple[int, int], ...]


_LOG = """
SELECT reviews.card_id, reviews.rating, reviews.reviewed_at, reviews.duration_ms, reviews.phase
FROM reviews JOIN cards ON cards.id = reviews.card_id
LEFT JOIN (SELECT card_id, MAX(after_review) AS after_review FROM card_events
           WHERE kind = 'reset' GROUP BY card_id) AS resets ON resets.card_id = reviews.card_id
WHERE reviews.id > COALESCE(resets.after_review, 0) AND {decks}
ORDER BY reviews.card_id, reviews.id
"""
"""Every card's reviews since its last reset, card by card, oldest first."""


def deck_log(conn: sqlite3.Connection, deck_ids: Sequence[int] | None = None) -> list[LoggedReview]:
    """The reviews (since each card's last reset) of decks `deck_ids` (None: every deck)."""
    decks = Decks(deck_ids)
    rows = conn.execute(_LOG.format(decks=decks.where("cards.deck_id")), decks.params)
    return [
        LoggedReview(card_id, rating, _moment(at), duration_ms, phase)
        for card_id, rating, at, duration_ms, phase in rows
    ]


def items_from_log(
    log: Iterable[LoggedReview], day_starts_at: int = 4, tz: tzinfo | None = None
) -> list[Item]:
    """The training items of `log` (grouped by card, each card's reviews oldest first)."""
    items: list[Item] = []
    for card_id, reviews in groupby(log, key=lambda review: review.card_id):
        items.extend(_card_items(card_id, list(reviews), day_starts_at, tz))
    return items


def _card_items(
    card_id: int, reviews: list[LoggedReview], day_starts_at: int, tz: tzinfo | None
) -> Iterator[Item]:
    """One card's items: its history up to each of its long-term reviews."""
    history = tuple(zip((review.rating for review in reviews), elapsed_days(reviews, day_starts_at, tz), strict=True))
    for index in range(1, len(history)):
        if history[index][1] > 0:
            yield Item(card_id, reviews[index].at, history[: index + 1])


def elapsed_days(reviews: Sequence[LoggedReview], day_starts_at: int = 4, tz: tzinfo | None = None) -> list[int]:
    """Whole local days since the review before, for each review (0 for the first)."""
    days = [local_date(review.at, day_starts_at, tz) for review in reviews]
    return [0] + [(later - earlier).days for earlier, later in zip(days, days[1:], strict=False)]


def _moment(text: str) -> datetime:
    """A stored, non-null time."""
    moment = parse_time(text)
    assert moment is not None
    return moment
