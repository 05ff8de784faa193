"""The statistics' card figures kept between looks: `card_figures` counts once, then moves the count on.

Counting every card (`stats_cards.card_figures`) walks the whole `cards_figures` index.
A second look a little later need not: until the store changes, a card's status, memory
buckets, stability and difficulty stay what they were, and its retrievability changes
only where its whole days since the last review do. So the count is kept, with the
moment it was made, and a later look asks SQLite only for the cards whose whole days
differ between the two moments (`stats_cards.moved_cards`: one walk of the index, the
retrievability worked out for those cards only), taking each out of its old
retrievability bucket and into its new one. The kept count is never replaced by a moved
one, so rounding cannot build up over many looks. Every card's retrievability is still worked out by the one
SQL expression, so the buckets are exactly a fresh count's (the means to the last few
bits: the sums are moved, not summed afresh).

The count is made afresh when anything could have changed a card: other decks or FSRS
parameters asked for; a look so far from the count (in a real collection, hours) that
more than one card in `MOVED_SHARE` would move; a look through a connection with a
transaction open (its own writes not yet committed); and any commit since the count, by
any connection, this process's or another's. For a database file that last is what
SQLite's `data_version` says on a connection of the memo's own (`_Watch`), which never
writes, so that every commit, the looking connection's own included, is another's to it:
a screen that opens a new connection for each look still finds the count it made. A
file replaced by another (a restore) is a new file to the memo. An in-memory database
has one connection: its `total_changes` and `data_version` stand in.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from weakref import WeakKeyDictionary

from scheduler import stats_cards
from scheduler import stats_queries as sql
from scheduler.live_queue import data_version
from scheduler.stats_cards import CardFigures
from scheduler.store import Store

MOVED_SHARE = 16
"""A look moves at most one card in this many (and at least `MOVED_LEAST`) before counting afresh
instead: moving a card costs a few times what counting it does."""

MOVED_LEAST = 64
"""The fewest cards a look may move however few are counted."""

@dataclass(frozen=True)
class _Count:
    """A count of the cards: the store's state it was made in, when, and the figures counted."""

    stamp: object
    at: datetime
    figures: CardFigures


class _Watch:
    """The memo of one database file: a connection of its own, which never writes, and the counts kept.

    The connection is asked `data_version`, and counts the cards by status beside the store's (`beside`).
    """

    def __init__(self, path: str, file: tuple[int, int]) -> None:
        """Watch the database at `path`, the file `file` (device, inode)."""
        self.path, self.file = path, file
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.counts: dict[tuple[object, ...], _Count] = {}

    @property
    def beside(self) -> sqlite3.Connection:
        """The connection that counts the cards by status while the store's works out their retrievability."""
        return self.conn

    def stamp(self, _store: Store) -> object:
        """What changes with every commit to the file."""
        return data_version(self.conn)


class _InMemory:
    """The memo of an in-memory database: its one connection's own counters, and the counts kept."""

    def __init__(self) -> None:
        """No count kept yet."""
        self.counts: dict[tuple[object, ...], _Count] = {}
        self.beside = None  # one connection: the walks take turns on it

    @staticmethod
    def stamp(store: Store) -> object:
        """What changes with every write through the connection, committed or not."""
        return store.conn.total_changes, data_version(store.conn)


_watch: _Watch | None = None
"""The memo of the database file looked at last (one at a time: a process has one collection)."""

_in_memory: WeakKeyDictionary[Store, _InMemory] = WeakKeyDictionary()
"""The memo of each open in-memory store (forgotten with the store)."""

_lock = threading.Lock()
"""Looks from different threads take turns at the memo."""

KEPT_MOST = 8
"""The most counts kept per database (one per choice of decks and parameters)."""


def card_figures(
    store: Store,
    decks: sql.Decks,
    now: datetime,
    parameters: Mapping[int, Sequence[float]],
    default: Sequence[float] | None,
) -> CardFigures:
    """`stats_cards.card_figures` of `store` at `now`, from the kept count when it still holds."""
    if store.conn.in_transaction:
        return stats_cards.card_figures(store.conn, decks, now, parameters, default)
    asked = (None if decks.ids is None else tuple(decks.ids), _frozen(parameters), _frozen_weights(default))
    with _lock:
        memo = _memo(store)
        stamp = memo.stamp(store)
        kept = memo.counts.get(asked)
        if kept is not None and kept.stamp == stamp:
            moved = _moved_on(store, kept, decks, now, parameters, default)
            if moved is not None:
                return moved
        figures = stats_cards.card_figures(store.conn, decks, now, parameters, default, memo.beside)
        if len(memo.counts) >= KEPT_MOST:
            memo.counts.clear()
        memo.counts[asked] = _Count(stamp, now, figures)
        return figures


def _memo(store: Store) -> _Watch | _InMemory:
    """The memo of `store`'s database: its file's (a new `_Watch` if the file is new), or the in-memory store's own."""
    global _watch  # noqa: PLW0603 - the one file watched
    if store.path == ":memory:":
        return _in_memory.setdefault(store, _InMemory())
    path = os.path.realpath(store.path)
    status = os.stat(path)
    file = (status.st_dev, status.st_ino)
    if _watch is None or _watch.path != path or _watch.file != file:
        if _watch is not None:
            _watch.conn.close()
        _watch = _Watch(path, file)
    return _watch
def _moved_on(
    store: Store,
    kept: _Count,
    decks: sql.Decks,
    now: datetime,
    parameters: Mapping[int, Sequence[float]],
    default: Sequence[float] | None,
) -> CardFigures | None:
    """The `kept` count's figures moved on to `now`; None if more cards would move than pays."""
    if now == kept.at:
        return kept.figures
    most = max(MOVED_LEAST, kept.figures.cards // MOVED_SHARE)
    moved = stats_cards.moved_cards(store.conn, decks, (kept.at, now), parameters, default, most + 1)
    if len(moved) > most:
        return None
    return kept.figures.moved(moved)


def _frozen_weights(weights: Sequence[float] | None) -> tuple[float, ...] | None:
    """FSRS weights as a comparable value."""
    return None if weights is None else tuple(weights)


def _frozen(parameters: Mapping[int, Sequence[float]]) -> tuple[tuple[int, tuple[float, ...]], ...]:
    """Per-deck FSRS `parameters` as a comparable value."""
    return tuple(sorted((deck_id, tuple(weights)) for deck_id, weights in parameters.items()))
