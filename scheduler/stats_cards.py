"""The statistics' card counts and memory histograms: two walks of the `cards_figures` index, no sort.

Each card's place in the statistics (status, stability and difficulty buckets) is kept
in the index (see `scheduler.schema_figures`), which is ordered by deck and that place:
grouping by them follows the index, so SQLite counts and sums the cards as it walks it,
without sorting them. Only the retrievability is worked out per look, in a second walk:
once per card (an inner select kept apart from the outer one, so that the expression is
not copied into each of its uses), summed, and its bucket written as two digits into one
comma-separated string, whose two-digit numbers Python counts with `str.count`, at C
speed (a count never straddles a comma, so each number is counted whole). Grouping by the retrievability in SQL instead
cost a sort of every card, more than the two walks together. Given a second connection,
the two walks run at once, the first in a thread (a third off the statistics' first look
on two cores); on one connection, one after the other, its page cache widened while
counting (`ROOM_KIB`), so that the second walk finds the pages the first read.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

from scheduler import schema_figures as figures
from scheduler.retrievability import MICROSECONDS_PER_DAY, deck_retrievability_sql, ensure_pow
from scheduler.stats_queries import DIFFICULTY_EDGES, KINDS, RETRIEVABILITY_EDGES, STABILITY_EDGES, Decks, microseconds

NO_RECALL = 31
"""The retrievability bucket written for a card without one."""

Moved = tuple[int, int, float | None, float | None]
"""A `moved_cards` row: the retrievability bucket at either moment, the retrievability at either moment."""


@dataclass(frozen=True)
class CardFigures:
    """Cards by status (by number, as `KINDS`; burying aside), the three histograms' counts and sums.

    `totals` are the sums of stability, difficulty and retrievability over the cards
    counted in each histogram.
    """

    kinds: tuple[int, ...]
    stability: tuple[int, ...]
    difficulty: tuple[int, ...]
    recall: tuple[int, ...]
    totals: tuple[float, float, float]

    @property
    def cards(self) -> int:
        """How many cards were counted."""
        return sum(self.kinds)

    def moved(self, cards: Iterable[Moved]) -> CardFigures:
        """These figures with each of `cards` taken out of its first retrievability bucket and put into its second."""
        recall, total = list(self.recall), self.totals[2]
        for before, after, then, later in cards:
            if before != NO_RECALL:
                recall[before] -= 1
                total -= then  # type: ignore[operator]
            if after != NO_RECALL:
                recall[after] += 1
                total += later  # type: ignore[operator]
        return replace(self, recall=tuple(recall), totals=(*self.totals[:2], total))


def card_figures(
    conn: sqlite3.Connection,
    decks: Decks,
    now: datetime,
    parameters: Mapping[int, Sequence[float]] | None = None,
    default: Sequence[float] | None = None,
    beside: sqlite3.Connection | None = None,
) -> CardFigures:
    """The decks' cards counted at `now`, each deck's retrievability under its own FSRS `parameters`.

    `parameters` by deck id; `default`, else py-fsrs's, for the other decks. `beside`, another
    connection to the same database file (made with `check_same_thread=False`), counts the
    cards by status in a thread of its own while `conn` works out their retrievability: the
    two walks at once, on two cores (SQLite lets go of Python's lock while it steps). Each
    walk reads the database as it stands when the walk begins, as two statements on one
    connection would.
    """
    if beside is None:
        with _index_room(conn):
            by_status = _by_status(conn, decks)
            recall, recalls = _recall_counts(conn, decks, now, parameters, default)
    else:
        counting = _Beside(lambda: _by_status(beside, decks))
        try:
            recall, recalls = _recall_counts(conn, decks, now, parameters, default)
        finally:
            by_status = counting.result()  # (waited for even when this side fails: `beside` is free again after)
    kinds, stability, difficulty, (stabilities, difficulties) = by_status
    return CardFigures(kinds, stability, difficulty, recall, (stabilities, difficulties, recalls))


ByStatus = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[float, float]]
"""Cards by status, by stability bucket and by difficulty bucket, and the stability and difficulty summed."""


def _by_status(conn: sqlite3.Connection, decks: Decks) -> ByStatus:
    """The decks' cards counted by status and memory buckets, in one walk of `cards_figures` that sorts nothing."""
    kinds, stability, difficulty = [0] * len(KINDS), [0] * len(STABILITY_EDGES), [0] * len(DIFFICULTY_EDGES)
    stabilities = difficulties = 0.0
    for figure, count, stability_sum, difficulty_sum in conn.execute(
        f"SELECT ({figures.FIGURE}) AS figure, count(*), total(stability), total(difficulty)"
        f" FROM cards INDEXED BY cards_figures WHERE {decks.where('deck_id')} GROUP BY deck_id, figure",
        decks.params,
    ):
        status, memory = divmod(figure, 100)
        kinds[status] += count
        if memory != figures.NO_MEMORY:
            stability[memory // 10] += count
            difficulty[memory % 10] += count
            stabilities, difficulties = stabilities + stability_sum, difficulties + difficulty_sum
    return tuple(kinds), tuple(stability), tuple(difficulty), (stabilities, difficulties)


class _Beside(threading.Thread):
    """`work()` run in a thread of its own from the moment this is made; `result()` waits for what it gave."""

    def __init__(self, work: Callable[[], ByStatus]) -> None:
        """Start running `work`."""
        super().__init__(name="starcards-stats-beside", daemon=True)
        self._work = work
        self._done: ByStatus | BaseException | None = None
        self.start()

    def run(self) -> None:
        """Run the work, keeping what it gave or raised."""
        try:
            self._done = self._work()
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread, which raises it
            self._done = error

    def result(self) -> ByStatus:
        """What the work gave, once it is done; what it raised is raised here."""
        self.join()
        if isinstance(self._done, BaseException):
            raise self._done
        return self._done  # type: ignore[return-value]


ROOM_KIB = 16384
"""The page cache (KiB) while one connection counts the cards: room for the whole `cards_figures` index of a
quarter of a million cards, so that its second walk finds the pages the first read."""


@contextmanager
def _index_room(conn: sqlite3.Connection) -> Iterator[None]:
    """Let the connection's cache grow to `ROOM_KIB` for the block, then give it back its size."""
    size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-ROOM_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(size)}")


def _recall_counts(
    conn: sqlite3.Connection,
    decks: Decks,
    now: datetime,
    parameters: Mapping[int, Sequence[float]] | None,
    default: Sequence[float] | None,
) -> tuple[tuple[int, ...], float]:
    """How many of the decks' cards are in each retrievability bucket at `now`, and their retrievability summed."""
    ensure_pow(conn)
    digits, total = conn.execute(
        f"WITH card AS (SELECT {_recall_sql(parameters, default, ':now_us')} AS recall"
        f"   FROM cards INDEXED BY cards_figures WHERE {decks.where('deck_id')} LIMIT -1)"
        f" SELECT group_concat({_DIGITS}), total(recall) FROM card",
        decks.params | {"now_us": microseconds(now)},
    ).fetchone()
    digits = digits or ""
    return tuple(digits.count(str(10 + bucket)) for bucket in range(len(RETRIEVABILITY_EDGES))), total


_DIGITS = "CASE WHEN recall < 1.0 THEN 10 + CAST(recall * 20 AS INTEGER) WHEN recall >= 1.0 THEN 29 END"
"""SQL: a card's retrievability bucket (as `_bucket` gives it) plus 10, two digits; NULL for a card without one."""


def moved_cards(
    conn: sqlite3.Connection,
    decks: Decks,
    moments: tuple[datetime, datetime],
    parameters: Mapping[int, Sequence[float]] | None = None,
    default: Sequence[float] | None = None,
    most: int = -1,
) -> list[Moved]:
    """The decks' cards whose whole days since their last review may differ between the two `moments`.

    Only these can have a retrievability at the second moment other than at the first.
    Each row: the card's retrievability bucket and retrievability at either moment,
    worked out exactly as `card_figures` does. At `most` rows (-1: all). The days are
    compared as SQLite divides, towards zero, so a card reviewed after both moments may
    come too (its figures then equal at both); any card whose days, floored and never
    negative, differ does come.
    """
    ensure_pow(conn)
    reviewed = f"({figures.REVIEWED_US})"
    then, now = (_recall_sql(parameters, default, moment) for moment in (":then_us", ":now_us"))
    return conn.execute(
        f"WITH moved AS (SELECT {then} AS r0, {now} AS r1"
        f"   FROM cards INDEXED BY cards_figures WHERE {decks.where('deck_id')}"
        f"   AND (:then_us - {reviewed}) / {MICROSECONDS_PER_DAY} != (:now_us - {reviewed}) / {MICROSECONDS_PER_DAY}"
        " LIMIT :most)"
        f" SELECT {_bucket('r0')}, {_bucket('r1')}, r0, r1 FROM moved",
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


def _bucket(recall: str) -> str:
    """SQL: the bucket of `RETRIEVABILITY_EDGES` retrievability `recall` (0 < r <= 1) is in, `NO_RECALL` for NULL.

    `min(19, CAST(r * 20 AS INTEGER))` without a function call: r * 20 reaches 20 only
    where r is 1 (the double below 1, times 20, rounds to just under 20).
    """
    return (
        f"(CASE WHEN {recall} < 1.0 THEN CAST({recall} * 20 AS INTEGER)"
        f" WHEN {recall} >= 1.0 THEN 19 ELSE {NO_RECALL} END)"
    )
