"""The SQL behind `scheduler.stats`: aggregates over `review_hours` and the cards table.

Nothing here reads the `reviews` table. What happened is summed by local day from
`review_hours` (kept in step with the log). What falls due is counted inside the
`cards_queue` index alone; the few cards suspended or buried, found through their
`card_events`, are then taken off in Python. The card counts and memory histograms are
one grouped pass over the cards, so only a few hundred rows reach Python.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime

from scheduler.days import LocalDays
from scheduler.retrievability import deck_retrievability_sql, ensure_pow
from scheduler.store import format_time
from scheduler.vocabulary import PHASE_LABELS

DaySums = tuple[int, int, int, int, int]
"""A day's reviews, Again ratings, review-state reviews, their Again ratings and milliseconds spent."""

STABILITY_EDGES = (0.0, 1.0, 2.0, 4.0, 7.0, 14.0, 30.0, 60.0, 120.0, 365.0)
"""Lower bounds (days) of the stability buckets; the last bucket has no upper bound."""

DIFFICULTY_EDGES = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)
"""Lower bounds of the difficulty buckets (FSRS difficulty runs from 1 to 10)."""

RETRIEVABILITY_EDGES = tuple(step / 20 for step in range(20))
"""Lower bounds of the retrievability buckets: 0 %, 5 %, ... 95 %."""

KINDS = (*PHASE_LABELS, "suspended", "buried", "removed")
"""Card statuses by the number `card_groups` gives them: the FSRS states, then the others."""


class Decks:
    """The decks a statistic covers, as SQL: `where(column)` restricts to them; none given means every deck."""

    def __init__(self, deck_ids: Sequence[int] | None) -> None:
        """Cover `deck_ids` (None: every deck)."""
        self.ids = None if deck_ids is None else list(deck_ids)
        self.params: dict[str, object] = {} if self.ids is None else {f"d{i}": v for i, v in enumerate(self.ids)}

    def where(self, column: str) -> str:
        """SQL: `column` is one of the decks (always true for every deck)."""
        if self.ids is None:
            return "1"
        return f"{column} IN ({', '.join(':' + name for name in self.params)})"

    def each(self, conn: sqlite3.Connection, column: str) -> str:
        """SQL naming each deck explicitly, so an index on `column` can be searched deck by deck."""
        ids = [row[0] for row in conn.execute("SELECT id FROM decks")] if self.ids is None else self.ids
        return f"{column} IN ({', '.join(str(int(deck_id)) for deck_id in ids)})"


def day_sums(conn: sqlite3.Connection, decks: Decks, days: LocalDays) -> list[DaySums]:
    """`review_hours` of the decks summed per local day of `days`, oldest first."""
    totals: list[DaySums] = [(0, 0, 0, 0, 0)] * len(days.dates)
    rows = conn.execute(
        f"SELECT {days.day_index_sql('hour')} AS day, SUM(reviews), SUM(again), SUM(mature),"
        f" SUM(mature_again), SUM(duration_ms) FROM review_hours"
        f" WHERE {decks.each(conn, 'deck_id')} AND hour >= :first AND hour < :end GROUP BY day",
        {"first": days.first_hour, "end": days.end_hour},
    )
    for day, *sums in rows:
        totals[day] = tuple(sums)  # type: ignore[assignment]
    return totals


def out_of_play(conn: sqlite3.Connection, decks: Decks, now: datetime) -> list[tuple[int, str | None]]:
    """(state, due) of the decks' cards, not removed, that are suspended or buried at `now`.

    Such cards always have `card_events` (only `scheduler.actions` suspends or buries),
    so they are found from the journal, which is small, not by reading every card.
    """
    rows = conn.execute(
        "SELECT cards.state, cards.due FROM (SELECT DISTINCT card_id FROM card_events) AS events"
        " CROSS JOIN cards ON cards.id = events.card_id"
        f" WHERE {decks.where('cards.deck_id')} AND cards.removed_at IS NULL"
        " AND (cards.suspended = 1 OR cards.buried_until > :now)",
        decks.params | {"now": format_time(now)},
    )
    return [(state, due) for state, due in rows]


def due_counts(
    conn: sqlite3.Connection,
    decks: Decks,
    now: datetime,
    states: Sequence[int],
    spans: Sequence[tuple[str, str]],
) -> list[int]:
    """Cards in play in `states` whose due time falls in each [low, high) span (stored-format text)."""
    in_states = f"cards.state IN ({', '.join(str(int(state)) for state in states)})"
    values = ", ".join(f"({index}, :low{index}, :high{index})" for index in range(len(spans)))
    bounds: dict[str, object] = {}
    for index, (low, high) in enumerate(spans):
        bounds |= {f"low{index}": low, f"high{index}": high}
    rows = conn.execute(
        f"WITH spans (i, low, high) AS (VALUES {values})"
        " SELECT spans.i, (SELECT COUNT(*) FROM cards WHERE " + decks.each(conn, "cards.deck_id") + ""
        f" AND {in_states} AND cards.due >= spans.low AND cards.due < spans.high"
        " AND cards.removed_at IS NULL) FROM spans ORDER BY spans.i",
        bounds,
    )
    counts = [count for _index, count in rows]
    for state, due in out_of_play(conn, decks, now):
        for index, (low, high) in enumerate(spans):
            if state in states and due is not None and low <= due < high:
                counts[index] -= 1
    return counts


def _bucket_sql(value: str, edges: Sequence[float]) -> str:
    """SQL for the index of the bucket of `edges` (lower bounds) that `value` falls in."""
    cases = " ".join(f"WHEN {value} < {edge!r} THEN {index - 1}" for index, edge in enumerate(edges) if index)
    return f"(CASE WHEN {value} IS NULL THEN NULL {cases} ELSE {len(edges) - 1} END)"


def card_groups(
    conn: sqlite3.Connection,
    decks: Decks,
    now: datetime,
    parameters: Mapping[int, Sequence[float]] | None = None,
    default: Sequence[float] | None = None,
) -> list[tuple[int, int | None, int | None, int | None, int, float | None, float | None, float | None]]:
    """The decks' cards grouped by status (index into `KINDS`) and memory bucket.

    Each row: status, stability, difficulty and retrievability bucket (None for cards
    never reviewed or removed), the count, and the sums of stability, difficulty and
    retrievability (for the means), each deck's retrievability under its own FSRS
    `parameters` (by deck id; `default`, else py-fsrs's, for the others). One pass over
    the `cards_memory` index, which holds
    every column this needs (the rows themselves are a hundred times larger).
    The four keys are packed into one number, two decimal digits each, because SQLite
    groups by one key much faster than by four.
    """
    ensure_pow(conn)
    kind = (
        "CASE WHEN removed_at IS NOT NULL THEN 6 WHEN suspended THEN 4"
        " WHEN buried_until > :now THEN 5 ELSE state END"
    )
    known = "removed_at IS NULL AND state != 0 AND stability IS NOT NULL AND last_review IS NOT NULL"
    recall = deck_retrievability_sql(
        parameters or {}, default, deck="deck_id", stability="stability", last_review="last_review"
    )
    code = (
        f"kind * 1000000 + ifnull({_bucket_sql('s', STABILITY_EDGES)}, 99) * 10000"
        " + ifnull(min(8, max(0, CAST(d - 1 AS INTEGER))), 99) * 100"
        " + ifnull(min(19, max(0, CAST(r * 20 AS INTEGER))), 99)"
    )
    source = "cards INDEXED BY cards_memory"
    rows = conn.execute(
        f"WITH memory AS (SELECT {kind} AS kind, CASE WHEN {known} THEN stability END AS s,"
        f"   CASE WHEN {known} THEN difficulty END AS d, CASE WHEN {known} THEN {recall} END AS r"
        f"   FROM {source} WHERE {decks.where('deck_id')} LIMIT -1)"
        f" SELECT {code} AS code, COUNT(*), SUM(s), SUM(d), SUM(r) FROM memory GROUP BY code",
        decks.params | {"now": format_time(now)},
    )
    return [(*_unpack(code), count, *sums) for code, count, *sums in rows]


def _unpack(code: int) -> tuple[int, int | None, int | None, int | None]:
    """Status and the three bucket indexes packed by `card_groups` (99 meaning none)."""
    fields = (code // 1000000, code // 10000 % 100, code // 100 % 100, code % 100)
    return fields[0], *(None if field == 99 else field for field in fields[1:])  # type: ignore[return-value]
