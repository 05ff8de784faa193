"""The reviews over a deck's cap, weakest first, without sorting them all at every card: `WeakestFirst`.

When more reviews are due than the cap lets through, the queue shows the weakest first
(`scheduler.queue_order.WEAKNESS`: elapsed days over stability, highest first). Sorting
a few thousand due cards by it at every card costs milliseconds. `WeakestFirst` sorts
them once, keeping each card's weakness then, and at each later pick asks SQLite for the
exact order among only the cards that could now be on top: a card's weakness grows with
time, never faster than the elapsed days over the smallest stability among them, so a
card that was far enough behind the second one still standing cannot have caught up.
The first pick after a `forget` asks SQLite for the top two only, and the sort waits for
a second pick: a session's first card shows without sorting them all.
The answer is the one the full query would give; the caller forgets the order whenever
the set of cards may have changed otherwise than by its own `drop`.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from scheduler.queue_order import WEAKEST_FIRST, WEAKNESS

MAX_CANDIDATES = 400
"""Beyond this many cards that could be on top, the full query is asked instead."""

_SLACK_DAYS = 1e-6
"""Added to the time passed, for SQLite's julianday rounding to the millisecond."""


class WeakestFirst:
    """The weakest-first order of one review query's cards, as sorted at one moment."""

    def __init__(self) -> None:
        """Nothing sorted yet."""
        self._key: object = None
        self._peeked: object = None
        """The query last asked for its top two only (since the last `forget`): the next pick sorts."""
        self._at: datetime | None = None
        self._order: list[tuple[int, float]] = []
        self._gone: set[int] = set()
        self._fastest: float | None = None

    def forget(self) -> None:
        """Sort again, or ask for the top two only, at the next pick."""
        self._key = self._peeked = None

    def drop(self, card_id: int) -> None:
        """Card `card_id` left the query's cards (rated, it is no longer a review due today)."""
        self._gone.add(card_id)

    def top(self, conn: sqlite3.Connection, query: str, params: dict[str, object], now: datetime) -> list[int]:
        """The first two ids of `query` (`SELECT id FROM cards WHERE ...`, named parameters) weakest first at `now`."""
        key = (query, sorted((name, value) for name, value in params.items() if name != "now"))
        if key != self._key or self._at is None or now < self._at:
            if key != self._peeked:
                self._peeked = key
                return [row[0] for row in conn.execute(f"{query} {WEAKEST_FIRST}", params)]
            self._sort(conn, query, params, now)
            self._key = key
            return [card_id for card_id, _ in self._order[:2]]
        days = (now - self._at).total_seconds() / 86400
        candidates = self._candidates(days)
        if candidates is None:
            return [row[0] for row in conn.execute(f"{query} {WEAKEST_FIRST}", params)]
        if len(candidates) == 2 and self._apart(days):
            return candidates
        marks = ", ".join(f":c{index}" for index in range(len(candidates)))
        values = params | {f"c{index}": card_id for index, card_id in enumerate(candidates)}
        by_id = query.replace(" FROM cards WHERE ", " FROM cards NOT INDEXED WHERE ", 1)  # look the few up by id
        return [row[0] for row in conn.execute(f"{by_id} AND id IN ({marks}) {WEAKEST_FIRST}", values)]

    def _sort(self, conn: sqlite3.Connection, query: str, params: dict[str, object], now: datetime) -> None:
        """Sort the query's cards by weakness at `now`, keeping each one's weakness and the smallest stability."""
        columns = f"SELECT id, {WEAKNESS}, MAX(stability, 0.001)"
        rows = conn.execute(f"{columns}{query.removeprefix('SELECT id')} ORDER BY {WEAKNESS} DESC, due, id", params)
        order, smallest, unknown = [], None, False
        for card_id, weakness, stability in rows:
            order.append((card_id, weakness))
            unknown = unknown or weakness is None
            smallest = stability if smallest is None else min(smallest, stability)
        self._order, self._gone, self._at = order, set(), now
        self._fastest = None if unknown or not smallest else 1 / smallest

    def _gain(self, days: float, weakness: float) -> float:
        """The most a card's weakness can have grown `days` after the sort, with room for rounding near `weakness`."""
        return (days + _SLACK_DAYS) * self._fastest * (1 + 1e-9) + 1e-9 * (1 + abs(weakness))  # type: ignore[operator]

    def _apart(self, days: float) -> bool:
        """Whether the first two cards still standing were far enough apart that the second cannot have caught up.

        Then they are the first two in that order `days` after the sort, as SQLite would
        sort them: the first one's weakness has not fallen, the second's has grown by less
        than the gap (with room for rounding on both sides).
        """
        standing = (entry for entry in self._order if entry[0] not in self._gone)
        (_, first), (_, second) = next(standing), next(standing)
        return first - second > 2 * self._gain(days, max(abs(first), abs(second)))

    def _candidates(self, days: float) -> list[int] | None:
        """The cards still standing that could be among the first two after `days`; None: ask for the full order."""
        if self._fastest is None:
            return None
        while self._order and self._order[0][0] in self._gone:
            self._gone.discard(self._order.pop(0)[0])
        standing = (entry for entry in self._order if entry[0] not in self._gone)
        first_two = [entry for entry, _ in zip(standing, range(2), strict=False)]
        if len(first_two) < 2:
            return [card_id for card_id, _ in first_two]
        second = first_two[1][1]
        floor = second - self._gain(days, second)
        candidates = []
        for card_id, weakness in self._order:
            if weakness < floor:
                return candidates
            if card_id not in self._gone:
                candidates.append(card_id)
                if len(candidates) > MAX_CANDIDATES:
                    return None
        return candidates
