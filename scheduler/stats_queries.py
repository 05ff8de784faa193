"""The SQL behind `scheduler.stats`: aggregates over `review_hours` and the indexed cards table.

Nothing here reads the `reviews` table: what happened is summed from `review_hours`
(kept in step with the log), what is due is counted through the `cards_due` index, and
the card-state figures are grouped in SQL so only a few rows reach Python.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from scheduler.retrievability import ensure_pow, retrievability_sql
from scheduler.store import format_time

IN_PLAY = (
    "cards.removed_at IS NULL AND cards.suspended = 0"
    " AND (cards.buried_until IS NULL OR cards.buried_until <= :now)"
)
"""SQL: the card may be shown at `:now` (not removed, suspended or buried), as the queue says."""

HourSums = tuple[int, int, int, int, int, int]
"""A row of `review_hours` summed over decks: hour, reviews, again, mature, mature_again, duration_ms."""

STABILITY_EDGES = (0.0, 1.0, 2.0, 4.0, 7.0, 14.0, 30.0, 60.0, 120.0, 365.0)
"""Lower bounds (days) of the stability buckets; the last bucket has no upper bound."""

DIFFICULTY_EDGES = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)
"""Lower bounds of the difficulty buckets (FSRS difficulty runs from 1 to 10)."""

RETRIEVABILITY_EDGES = tuple(step / 20 for step in range(20))
"""Lower bounds of the retrievability buckets: 0 %, 5 %, ... 95 %."""


def deck_list(conn: sqlite3.Connection, deck_ids: Sequence[int] | None) -> tuple[str, dict[str, object]]:
    """SQL list `(:d0, :d1, ...)` of the decks asked for (None: every deck) and its parameters."""
    ids = [row[0] for row in conn.execute("SELECT id FROM decks")] if deck_ids is None else list(deck_ids)
    names = [f"d{index}" for index in range(len(ids))]
    return "(" + ", ".join(":" + name for name in names) + ")", dict(zip(names, ids, strict=True))


def hour_sums(conn: sqlite3.Connection, decks: str, params: dict[str, object], first: int, end: int) -> list[HourSums]:
    """`review_hours` of the decks for hours `first` <= hour < `end`, summed over decks per hour."""
    rows = conn.execute(
        "SELECT hour, SUM(reviews), SUM(again), SUM(mature), SUM(mature_again), SUM(duration_ms)"
        f" FROM review_hours WHERE deck_id IN {decks} AND hour >= :first AND hour < :end"
        " GROUP BY hour ORDER BY hour",
        params | {"first": first, "end": end},
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]


def due_between(
    conn: sqlite3.Connection, decks: str, params: dict[str, object], now: datetime, bounds: Sequence[datetime]
) -> list[int]:
    """Cards in play, learning or review, falling due in each span `bounds[i]` to `bounds[i + 1]`.

    The first span is open at the start, so it also holds every card overdue.
    """
    edges = ["", *(format_time(moment) for moment in bounds[1:])]
    values = ", ".join(f"({index}, :b{index}, :b{index + 1})" for index in range(len(edges) - 1))
    spans = {f"b{index}": edge for index, edge in enumerate(edges)}
    rows = conn.execute(
        f"WITH spans (i, low, high) AS (VALUES {values})"
        " SELECT spans.i, (SELECT COUNT(*) FROM cards WHERE cards.deck_id IN " + decks + ""
        " AND cards.state IN (1, 2, 3) AND cards.due >= spans.low AND cards.due < spans.high"
        f" AND {IN_PLAY}) FROM spans ORDER BY spans.i",
        params | spans | {"now": format_time(now)},
    )
    return [row[1] for row in rows]


def due_now(
    conn: sqlite3.Connection, decks: str, params: dict[str, object], now: datetime, day_start: datetime
) -> tuple[int, int]:
    """(cards in play due by `now`, review cards in play that fell due before `day_start`)."""
    row = conn.execute(
        f"SELECT (SELECT COUNT(*) FROM cards WHERE cards.deck_id IN {decks}"
        f"   AND cards.state IN (1, 2, 3) AND cards.due <= :now AND {IN_PLAY}),"
        f" (SELECT COUNT(*) FROM cards WHERE cards.deck_id IN {decks}"
        f"   AND cards.state = 2 AND cards.due < :start AND {IN_PLAY})",
        params | {"now": format_time(now), "start": format_time(day_start)},
    ).fetchone()
    return int(row[0]), int(row[1])


def status_counts(conn: sqlite3.Connection, decks: str, params: dict[str, object], now: datetime) -> dict[str, int]:
    """Cards by status, each card once: removed, else suspended, else buried, else its FSRS state."""
    rows = conn.execute(
        "SELECT CASE WHEN removed_at IS NOT NULL THEN 'removed' WHEN suspended THEN 'suspended'"
        " WHEN buried_until > :now THEN 'buried' ELSE state END AS kind, COUNT(*)"
        f" FROM cards WHERE deck_id IN {decks} GROUP BY kind",
        params | {"now": format_time(now)},
    )
    return {str(kind): count for kind, count in rows}


def _bucket_sql(value: str, edges: Sequence[float]) -> str:
    """SQL for the index of the bucket of `edges` (lower bounds) that `value` falls in."""
    cases = " ".join(f"WHEN {value} < {edge!r} THEN {index - 1}" for index, edge in enumerate(edges) if index)
    return f"(CASE {cases} ELSE {len(edges) - 1} END)"


def memory_groups(
    conn: sqlite3.Connection, decks: str, params: dict[str, object], now: datetime
) -> list[tuple[int, int, int, int, float, float, float]]:
    """Reviewed cards (not removed) grouped by stability, difficulty and retrievability bucket.

    Each row: the three bucket indexes, the count, and the sums of stability,
    difficulty and retrievability over the group (for the means).
    """
    ensure_pow(conn)
    recall = retrievability_sql()
    rows = conn.execute(
        f"SELECT {_bucket_sql('s', STABILITY_EDGES)}, {_bucket_sql('d', DIFFICULTY_EDGES)},"
        f" {_bucket_sql('r', RETRIEVABILITY_EDGES)} AS rb, COUNT(*), SUM(s), SUM(d), SUM(r)"
        f" FROM (SELECT cards.stability AS s, cards.difficulty AS d, {recall} AS r FROM cards"
        f"   WHERE cards.deck_id IN {decks} AND cards.removed_at IS NULL AND cards.state != 0"
        "    AND cards.stability IS NOT NULL AND cards.last_review IS NOT NULL)"
        " GROUP BY 1, 2, 3",
        params | {"now": format_time(now)},
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]
