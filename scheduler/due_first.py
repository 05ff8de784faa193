"""The reviews due today, earliest first, asked of SQLite a batch at a time: `DueFirst`.

The queue offers two candidates at each card (the second for when the first is the card
just rated). Asking SQLite for them at every card costs a query per card; `DueFirst`
asks for the first `BATCH` once and hands them out, dropping each card as it is rated,
until the batch runs low. The answer is the one the query would give; the caller forgets
the batch whenever the set of cards may have changed otherwise than by its own `drop`
(as it does for `scheduler.weakest_first.WeakestFirst`).
"""

from __future__ import annotations

import sqlite3

from scheduler.queue_order import DUE_ORDER

BATCH = 32
"""How many reviews one query fetches."""


class DueFirst:
    """The due order of one review query's first cards, as fetched, less those rated since."""

    def __init__(self, batch: int = BATCH) -> None:
        """Nothing fetched yet; `batch` ids (at least 2) fetched at a time."""
        self._order = DUE_ORDER.replace("LIMIT 2", f"LIMIT {max(2, batch)}")
        self._batch = max(2, batch)
        self._key: object = None
        self._ids: list[int] = []
        self._more = False
        """Whether the query had cards beyond the batch."""

    def forget(self) -> None:
        """Fetch again at the next pick."""
        self._key = None

    def drop(self, card_id: int) -> None:
        """Card `card_id` left the query's cards (rated, it is no longer a review due today)."""
        if card_id in self._ids:
            self._ids.remove(card_id)

    def top(self, conn: sqlite3.Connection, query: str, params: dict[str, object]) -> list[int]:
        """The first two ids of `query` (`SELECT id FROM cards WHERE ...`, named parameters) by due date.

        `:now` only decides which buried cards are back, which the caller's forgetting covers.
        """
        key = (query, sorted((name, value) for name, value in params.items() if name != "now"))
        if key != self._key or (self._more and len(self._ids) < 2):
            self._ids = [row[0] for row in conn.execute(f"{query} {self._order}", params)]
            self._more, self._key = len(self._ids) == self._batch, key
        return self._ids[:2]
