"""Schema version 11: `cards_figures`, the index the statistics' card figures are read from.

The index holds, for every card, what its place in the statistics depends on that does
not change with the clock, worked out by SQLite whenever the card's row is written (by a
rating, an undo, a replay, a sync, a suspension, a reset, anything), so it is never out of
step with the row:

- `FIGURE`: the card's status (its state, else 4 suspended, 6 removed) times 100, plus its
  memory bucket: stability bucket (`STABILITY_EDGES`) times 10 plus difficulty bucket
  (`DIFFICULTY_EDGES`), or 99 for a card with no memory to show (`KNOWN` false).
- `REVIEWED_US`: the last review as whole microseconds since 1970 (NULL unless `KNOWN`),
  so that a card's elapsed days at any moment are one subtraction.

A query that writes these expressions exactly as here reads their values from the index
instead of working them out again (SQLite matches indexed expressions by their text), so
the statistics do per card only what depends on the moment: the retrievability.
Being part of a migration, the text here is frozen: changing a bucket edge takes a new
migration with a new index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

STABILITY_EDGES = (0.0, 1.0, 2.0, 4.0, 7.0, 14.0, 30.0, 60.0, 120.0, 365.0)
"""Lower bounds (days) of the stability buckets; the last bucket has no upper bound."""

DIFFICULTY_EDGES = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)
"""Lower bounds of the difficulty buckets (FSRS difficulty runs from 1 to 10)."""

NO_MEMORY = 99
"""The memory bucket of a card without memory figures (new, removed, or never rated)."""

KNOWN = (
    "removed_at IS NULL AND state != 0 AND stability IS NOT NULL AND difficulty IS NOT NULL"
    " AND last_review IS NOT NULL"
)
"""SQL: the card has memory figures to show (reviewed at least once, not removed)."""

STATUS = "CASE WHEN removed_at IS NOT NULL THEN 6 WHEN suspended THEN 4 ELSE state END"
"""SQL: the card's status as the statistics count it, but for burying (which ends with time)."""


def _bucket(value: str, edges: Sequence[float], first: int = 0) -> str:
    """SQL for the index (from `first`) of the bucket of `edges` (lower bounds) that `value` falls in.

    A balanced tree of comparisons, about log2(len(edges)) per card rather than one per
    edge; a value below the first edge counts in the first bucket.
    """
    if len(edges) == 1:
        return str(first)
    middle = len(edges) // 2
    low = _bucket(value, edges[:middle], first)
    high = _bucket(value, edges[middle:], first + middle)
    return f"(CASE WHEN {value} < {edges[middle]!r} THEN {low} ELSE {high} END)"


FIGURE = (
    f"({STATUS}) * 100 + CASE WHEN {KNOWN} THEN {_bucket('stability', STABILITY_EDGES)} * 10"
    f" + min(8, max(0, CAST(difficulty - 1 AS INTEGER))) ELSE {NO_MEMORY} END"
)
"""SQL: status times 100 plus memory bucket (stability bucket times 10 plus difficulty bucket)."""

REVIEWED_US = (
    f"CASE WHEN {KNOWN} THEN CAST(strftime('%s', substr(last_review, 1, 19)) AS INTEGER) * 1000000"
    " + CAST(substr(last_review, 21, 6) AS INTEGER) END"
)
"""SQL: the last review in microseconds since 1970 (stored times are UTC ISO-8601 with six
decimals; the fraction is read as digits, never rounded), NULL unless `KNOWN`.
`strftime('%s')` rather than `unixepoch()`, which SQLite before 3.38 lacks: an index
that cannot be built would keep the database from opening."""

INDEX = f"CREATE INDEX cards_figures ON cards (deck_id, ({FIGURE}), stability, difficulty, ({REVIEWED_US}))"
"""The index: every column the card figures need, so the statistics never read a card's row."""

INDEXES = {"cards_figures": INDEX}
"""Version 11's index by name."""


def migrate_v11(conn: sqlite3.Connection) -> None:
    """Version 11: `cards_figures` replaces `cards_memory` (whose only reader was the statistics)."""
    conn.execute("DROP INDEX IF EXISTS cards_memory")
    conn.execute(INDEX)
