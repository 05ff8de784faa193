"""Schema version 12: the review log's indexes for recording a rating, fewer and to the point.

- `reviews_card_order` replaces `reviews_card` (card, id): each card's counted reviews by
  order time. A rating is ordered after every review of its card already in the log
  (`scheduler.log_order.order_after`), so recording one asks for the card's latest order
  time (`LATEST_ORDER_TIME`); through `reviews_card` that meant reading every past
  review's row of the card (about eleven on a two-year-old collection, each on a page of
  its own), here it is one seek (SQLite's MAX over the last column of an index whose
  first column is fixed). Whatever asked for a card's reviews by `card_id` finds them
  here as it did there (an index entry ends with the row id, so (card, id) was the card
  alone).
- `review_log_origin` keeps to merged rows (`origin` not NULL). Its uniqueness is for
  them only: rows made here have no origin, and NULLs are never equal, so their entries
  only cost each rating a page more to write.

The indexed expression is the one the review part of `LATEST_ORDER_TIME` writes, word
for word (SQLite matches an indexed expression by its text; its other part, the reviews
a card's resets were made after, is one lookup in `card_events_card`), and the condition
the `reviews` view's: undone reviews are not in it. Being part of a migration, the text
is frozen.
"""

from __future__ import annotations

import sqlite3

INDEXES = {
    "reviews_card_order": (
        "CREATE INDEX reviews_card_order ON review_log (card_id, COALESCE(sort_at, reviewed_at)) WHERE undone = 0"
    ),
    "review_log_origin": (
        "CREATE UNIQUE INDEX review_log_origin ON review_log (origin, origin_id) WHERE origin IS NOT NULL"
    ),
}
"""Version 12's indexes by name."""

DROPPED = ("reviews_card", "review_log_origin")
"""The indexes version 12 drops (the second is made again, partial)."""


def migrate_v12(conn: sqlite3.Connection) -> None:
    """Version 12 (see the module docstring)."""
    for name in DROPPED:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    for statement in INDEXES.values():
        conn.execute(statement)
