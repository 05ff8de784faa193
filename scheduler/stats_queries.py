"""The SQL behind `scheduler.stats`: aggregates over `review_hours` and the cards table.

Nothing here reads the `reviews` table. What happened is summed by local day from
`review_hours` (kept in step with the log). What falls due is counted inside the
`cards_queue` index alone; the few cards suspended or buried, found through their
`card_events`, are then taken off in Python. The card counts and memory histograms are
`scheduler.stats_cards`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from scheduler import schema_figures as figures
from scheduler.days import LocalDays
from scheduler.store import format_time
from scheduler.vocabulary import PHASE_LABELS

DaySums = tuple[int, int, int, int, int]
"""A day's reviews, Again ratings, review-state reviews, their Again ratings and milliseconds spent."""

STABILITY_EDGES = figures.STABILITY_EDGES
"""Lower bounds (days) of the stability buckets; the last bucket has no upper bound (fixed by the index)."""

DIFFICULTY_EDGES = figures.DIFFICULTY_EDGES
"""Lower bounds of the difficulty buckets, FSRS difficulty running from 1 to 10 (fixed by the index)."""

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
    """(state, due) of the decks' cards, not removed, that are suspended or buried at `now`."""
    held = _held(conn, decks, now, "cards.state, cards.due", "cards.suspended = 1 OR cards.buried_until > :now")
    return [(state, due) for state, due in held]


def _held(conn: sqlite3.Connection, decks: Decks, now: datetime, select: str, held: str) -> sqlite3.Cursor:
    """`select` of the decks' cards, not removed, for which `held` (SQL, `:now` bound) holds.

    For suspended or buried cards: such cards always have `card_events` (only
    `scheduler.actions` suspends or buries), so they are found from the journal, which is
    small, not by reading every card.
    """
    return conn.execute(
        f"SELECT {select} FROM (SELECT DISTINCT card_id FROM card_events) AS events"
        " CROSS JOIN cards ON cards.id = events.card_id"
        f" WHERE {decks.where('cards.deck_id')} AND cards.removed_at IS NULL AND ({held})",
        decks.params | {"now": format_time(now)},
    )


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


def buried_states(conn: sqlite3.Connection, decks: Decks, now: datetime) -> list[int]:
    """The states of the decks' cards buried at `now` (not removed, not suspended), found from the journal."""
    held = _held(conn, decks, now, "cards.state", "cards.suspended = 0 AND cards.buried_until > :now")
    return [state for (state,) in held]


def microseconds(moment: datetime) -> int:
    """`moment` as whole microseconds since 1970, as `scheduler.schema_figures.REVIEWED_US` reads stored times."""
    return (moment - EPOCH) // timedelta(microseconds=1)


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
"""Where Unix time begins."""

