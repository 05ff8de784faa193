"""The SQL behind `scheduler.stats`: aggregates over `review_hours` and the cards table.

Nothing here reads the `reviews` table. What happened is summed by local day from
`review_hours` (kept in step with the log). What falls due is counted inside the
`cards_queue` index alone; the few cards suspended or buried, found through their
`card_events`, are then taken off in Python. The card counts and memory histograms are
one grouped pass over the cards, so only a few hundred rows reach Python.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from scheduler import schema_figures as figures
from scheduler.days import LocalDays
from scheduler.retrievability import MICROSECONDS_PER_DAY, deck_retrievability_sql, ensure_pow
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


CardCode = tuple[int, int, float | None, float | None, float | None]
"""A `card_codes` row: the packed status and buckets, the count, the sums of stability, difficulty, retrievability."""

CardGroup = tuple[int, int | None, int | None, int | None, int, float | None, float | None, float | None]
"""A `card_groups` row: status, the three bucket indexes (None: no such figure), the count, the three sums."""


def card_groups(
    conn: sqlite3.Connection,
    decks: Decks,
    now: datetime,
    parameters: Mapping[int, Sequence[float]] | None = None,
    default: Sequence[float] | None = None,
) -> list[CardGroup]:
    """The decks' cards grouped by status (index into `KINDS`, burying aside) and memory bucket.

    Each row: status, stability, difficulty and retrievability bucket (None for cards
    without memory figures), the count, and the sums of stability, difficulty and
    retrievability (for the means), each deck's retrievability under its own FSRS
    `parameters` (by deck id; `default`, else py-fsrs's, for the others). Burying ends
    with time, so buried cards count here by their state (see `buried_states`).
    """
    return groups_of(card_codes(conn, decks, now, parameters, default))


def groups_of(codes: Sequence[CardCode]) -> list[CardGroup]:
    """`card_codes` rows unpacked into `card_groups` rows."""
    return [(*_unpack(code), count, *sums) for code, count, *sums in codes]


def card_codes(
    conn: sqlite3.Connection,
    decks: Decks,
    now: datetime,
    parameters: Mapping[int, Sequence[float]] | None = None,
    default: Sequence[float] | None = None,
) -> list[CardCode]:
    """`card_groups` with status and buckets still packed into one number (see `_unpack`).

    One pass over the `cards_figures` index, which holds each card's status and memory
    buckets and its last review in microseconds ready (see `scheduler.schema_figures`):
    per card only the retrievability is worked out. Status, memory bucket and
    retrievability bucket are packed into one number, because SQLite groups by one key
    much faster than by several.
    """
    ensure_pow(conn)
    recall = _recall_sql(parameters, default, ":now_us")
    with _sorting_room(conn):
        return conn.execute(
            f"WITH memory AS (SELECT ({figures.FIGURE}) AS figure, stability, difficulty, {recall} AS r"
            f"   FROM cards INDEXED BY cards_figures WHERE {decks.where('deck_id')} LIMIT -1)"
            f" SELECT figure * 32 + {_code_bucket('r')} AS code,"
            " COUNT(*), SUM(stability), SUM(difficulty), SUM(r) FROM memory GROUP BY code",
            decks.params | {"now_us": microseconds(now)},
        ).fetchall()


def moved_cards(
    conn: sqlite3.Connection,
    decks: Decks,
    moments: tuple[datetime, datetime],
    parameters: Mapping[int, Sequence[float]] | None = None,
    default: Sequence[float] | None = None,
    most: int = -1,
) -> list[tuple[int, int, float, float, float | None, float | None]]:
    """The decks' cards whose whole days since their last review may differ between the two `moments`.

    Only these can have a retrievability at the second moment other than at the first.
    Each row: the card's `card_codes` code at either moment, its stability and difficulty,
    its retrievability at either moment, worked out exactly as `card_codes` does. At
    `most` rows (-1: all). The days are compared as SQLite divides, towards zero, so a
    card reviewed after both moments may come too (its figures then equal at both); any
    card whose days, floored and never negative, differ does come.
    """
    ensure_pow(conn)
    reviewed = f"({figures.REVIEWED_US})"
    then, now = (_recall_sql(parameters, default, moment) for moment in (":then_us", ":now_us"))
    return conn.execute(
        f"WITH moved AS (SELECT ({figures.FIGURE}) AS figure, stability, difficulty, {then} AS r0, {now} AS r1"
        f"   FROM cards INDEXED BY cards_figures WHERE {decks.where('deck_id')}"
        f"   AND (:then_us - {reviewed}) / {MICROSECONDS_PER_DAY} != (:now_us - {reviewed}) / {MICROSECONDS_PER_DAY}"
        " LIMIT :most)"
        f" SELECT figure * 32 + {_code_bucket('r0')}, figure * 32 + {_code_bucket('r1')},"
        " stability, difficulty, r0, r1 FROM moved",
        decks.params | {"then_us": microseconds(moments[0]), "now_us": microseconds(moments[1]), "most": most},
    ).fetchall()


def _elapsed_sql(moment: str) -> str:
    """SQL: whole days from the card's last review (read from `cards_figures`) to `moment` (µs), never negative."""
    reviewed = f"({figures.REVIEWED_US})"
    return f"(CASE WHEN {reviewed} > {moment} THEN 0 ELSE ({moment} - {reviewed}) / {MICROSECONDS_PER_DAY} END)"


def _recall_sql(
    parameters: Mapping[int, Sequence[float]] | None, default: Sequence[float] | None, moment: str
) -> str:
    """SQL: the card's retrievability at `moment` (µs), each deck under its own `parameters`."""
    reviewed = f"({figures.REVIEWED_US})"
    return deck_retrievability_sql(
        parameters or {}, default, deck="deck_id", stability="stability", last_review=reviewed,
        elapsed=_elapsed_sql(moment),
    )


def _code_bucket(recall: str) -> str:
    """SQL: the bucket of `RETRIEVABILITY_EDGES` retrievability `recall` (0 < r <= 1) is in, `NO_RECALL` for NULL.

    `min(19, CAST(r * 20 AS INTEGER))` without a function call: r * 20 reaches 20 only
    where r is 1 (the double below 1, times 20, rounds to just under 20).
    """
    return f"ifnull(CASE WHEN {recall} >= 1.0 THEN 19 ELSE CAST({recall} * 20 AS INTEGER) END, {NO_RECALL})"


SORT_KIB = 16384
"""The page cache (KiB) while grouping the cards: SQLite sorts in memory up to the cache's
size and in temporary files beyond; 16 MiB sorts a quarter of a million cards in memory."""


@contextmanager
def _sorting_room(conn: sqlite3.Connection) -> Iterator[None]:
    """Let the connection's cache grow to `SORT_KIB` for the block, then give it back its size."""
    size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-SORT_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(size)}")


NO_RECALL = 31
"""The retrievability bucket `card_groups` packs for a card without one."""


def microseconds(moment: datetime) -> int:
    """`moment` as whole microseconds since 1970, as `scheduler.schema_figures.REVIEWED_US` reads stored times."""
    return (moment - EPOCH) // timedelta(microseconds=1)


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
"""Where Unix time begins."""


def _unpack(code: int) -> tuple[int, int | None, int | None, int | None]:
    """Status and the three bucket indexes packed by `card_groups` (None: the card has no such figure)."""
    figure, recall = divmod(code, 32)
    kind, memory = divmod(figure, 100)
    if memory == figures.NO_MEMORY:
        return kind, None, None, None
    return kind, memory // 10, memory % 10, None if recall == NO_RECALL else recall
