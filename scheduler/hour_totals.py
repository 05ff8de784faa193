"""The review log summed by deck and UTC hour, kept in step with each rating and undo: `add_hour`, `count_hour`.

`review_hours` holds, per deck and hour (unix time // 3600, `schema.HOUR_OF`), the reviews,
Again ratings, review-state reviews and their Again ratings, and time spent: what the
statistics read instead of the log. A rating adds itself in its own transaction; an
undo takes its review away again.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from scheduler import schema
from scheduler.clock import as_utc
from scheduler.vocabulary import Phase, Rating

_COUNT_HOUR = f"""
INSERT INTO review_hours (deck_id, hour, reviews, again, mature, mature_again, duration_ms)
SELECT cards.deck_id, {schema.HOUR_OF}, :sign, :sign * (reviews.rating = 1),
       :sign * (reviews.phase = 2), :sign * (reviews.phase = 2 AND reviews.rating = 1),
       :sign * reviews.duration_ms
FROM reviews JOIN cards ON cards.id = reviews.card_id WHERE reviews.id = :review
ON CONFLICT (deck_id, hour) DO UPDATE SET
  reviews = reviews + excluded.reviews, again = again + excluded.again,
  mature = mature + excluded.mature, mature_again = mature_again + excluded.mature_again,
  duration_ms = duration_ms + excluded.duration_ms
"""


_DROP_EMPTY_HOUR = f"""
DELETE FROM review_hours WHERE reviews = 0 AND (deck_id, hour) =
  (SELECT cards.deck_id, {schema.HOUR_OF} FROM reviews JOIN cards ON cards.id = reviews.card_id
   WHERE reviews.id = :review)
"""


_ADD_HOUR = """
INSERT INTO review_hours (deck_id, hour, reviews, again, mature, mature_again, duration_ms)
VALUES (?, ?, 1, ?, ?, ?, ?)
ON CONFLICT (deck_id, hour) DO UPDATE SET
  reviews = reviews + 1, again = again + excluded.again, mature = mature + excluded.mature,
  mature_again = mature_again + excluded.mature_again, duration_ms = duration_ms + excluded.duration_ms
"""


def add_hour(conn: sqlite3.Connection, deck_id: int, when: datetime, rating: int, phase: int, duration: int) -> None:
    """Count a review just recorded in `review_hours` (its UTC hour as `schema.HOUR_OF` reckons it)."""
    hour = int(as_utc(when).timestamp()) // 3600
    again, mature = int(rating == Rating.AGAIN), int(phase == Phase.REVIEW)
    conn.execute(_ADD_HOUR, (deck_id, hour, again, mature, again * mature, duration))


def count_hour(conn: sqlite3.Connection, review_id: int, sign: int) -> None:
    """Add (`sign` +1) or take away (-1) review `review_id` in `review_hours`.

    An hour left with no review is deleted, so the table holds exactly the log summed
    and undoing every review leaves it as it was.
    """
    conn.execute(_COUNT_HOUR, {"sign": sign, "review": review_id})
    if sign < 0:
        conn.execute(_DROP_EMPTY_HOUR, {"review": review_id})
