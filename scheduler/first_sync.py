"""A new deck's first sync, its cards stored while its notes are still being read: `sync_new_deck`.

A first sync spends most of its time parsing, a large folder in worker processes
(`deck.parallel`). Storing every card only after the last note is parsed would leave the
workers idle meanwhile; here the deck's row is written first and each note's cards are
inserted as the loader hands them over, while the workers parse the notes after it. The
workers hand the cards over as the store keeps them (`deck.content_json.StoredRow`, the
content JSON made where the note was parsed), so this process neither rebuilds nor
serialises them. It is still one transaction, which also records the notes' stamps and
warnings: a sync stopped midway (killed, interrupted, a path that is no deck, a folder
without a card) leaves the store as it was.

The rows are those `scheduler.decks.sync_deck` writes for a deck it does not know: the
cards in note order, a key repeated keeping its first card. The cards are numbered here as
the store would number them (never an id a card had), so that a card carrying the
spaced-repetition plugin's schedule is stored once, already in the state its seed starts it
in (`scheduler.seeding.NewSeeds`), not stored new and then updated. Only for a deck the store
does not know, and only when no known deck's folder is gone: such a deck may be the new
one moved, found by its cards (`scheduler.deck_moves`), which needs them all first; the
caller then reads and syncs as before. The write lock is held while the notes are read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from scheduler.decks import record_notes, upsert_deck
from scheduler.reviews import STATE_COLUMNS
from scheduler.seeding import NewSeeds, Schedulers
from scheduler.store import Store, format_time
from scheduler.sync_report import SyncReport

if TYPE_CHECKING:
    from deck.content_json import StoredRow
    from deck.models import DeckContent

Sink = Callable[[list["StoredRow"]], None]
"""Takes one note's cards as the store keeps them: the loader's `sink` with `stored`."""

Reader = Callable[[Sink], "DeckContent"]
"""Reads the deck's notes, handing each note's cards to the sink as stored rows."""


class NoCardsRead(Exception):
    """The notes of a new deck gave no card: nothing was stored."""


_COLUMNS = ("id", "deck_id", "key", "file", "line", "question", "content", "added_at")
_SEEDED = _COLUMNS + STATE_COLUMNS
_INSERT = f"INSERT INTO cards ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
_INSERT_SEEDED = f"INSERT INTO cards ({', '.join(_SEEDED)}) VALUES ({', '.join('?' * len(_SEEDED))})"
"""A new card already in the state its seed starts it in (`scheduler.seeding.NewSeeds`)."""


@dataclass
class _Taker:
    """The sink of a first sync: stores each note's cards, a repeated key's first only, with the ids the store
    would give them (numbered here, so that a seeded card is stored once, in its seed's state)."""

    conn: sqlite3.Connection
    deck_id: int
    stamp: str
    next_id: int
    seeds: NewSeeds | None = None
    """With the spaced-repetition plugin's schedules read: where the cards carrying one are seeded."""
    read: int = 0
    keys: set[str] = field(default_factory=set)

    def take(self, rows: list[StoredRow]) -> None:
        """Store the cards of one note whose keys are new to the deck."""
        self.read += len(rows)
        plain, seeded = [], []
        for row in rows:
            if row[0] in self.keys:
                continue
            self.keys.add(row[0])
            card = (self.next_id, self.deck_id, *row[:5], self.stamp)
            if self.seeds is not None and row[5] is not None:
                seeded.append((*card, *self.seeds.state(self.next_id, row[5])))
            else:
                plain.append(card)
            self.next_id += 1
        insert_cards(self.conn, plain, seeded)


def insert_cards(conn: sqlite3.Connection, plain: list[tuple[object, ...]], seeded: list[tuple[object, ...]]) -> None:
    """Insert new cards: `plain` as new cards, `seeded` with their state as well (`_INSERT_SEEDED`)."""
    conn.executemany(_INSERT, plain)
    conn.executemany(_INSERT_SEEDED, seeded)


def _next_card_id(conn: sqlite3.Connection) -> int:
    """The id the store would give the next card: never one a card had, removed or not (`AUTOINCREMENT`)."""
    given = "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'cards'), 0), COALESCE(MAX(id), 0)"
    return max(conn.execute(given + " FROM cards").fetchone()) + 1


def sync_new_deck(
    store: Store, root: str, name: str, read: Reader, now: datetime, root_exists: Callable[[str], bool],
    schedulers: Schedulers | None = None,
) -> tuple[int, SyncReport, DeckContent] | None:
    """Add the deck at `root`, named `name`, storing its cards as `read` hands them over; its id, the
    report and what was read (its `cards` empty: they are in the store). None, with nothing read, when
    the store knows the deck, or `root_exists` denies `root` or a known deck's root. `NoCardsRead`, with
    nothing stored, when the notes give no card. With `schedulers`, cards with the spaced-repetition plugin's
    schedule start from it (`scheduler.seeding.NewSeeds`: the rows `seed_cards` would leave)."""
    if not _new_deck(store.conn, root, root_exists):
        return None
    stamp = format_time(now)
    with store.transaction() as conn:
        if not _new_deck(conn, root, root_exists):
            return None
        deck_id = upsert_deck(conn, root, name, stamp)
        seeds = None if schedulers is None else NewSeeds(conn, lambda: schedulers(name), stamp)
        taker = _Taker(conn, deck_id, stamp, _next_card_id(conn), seeds)
        content = read(taker.take)
        if not taker.read:
            raise NoCardsRead(root)
        scheduled = 0 if seeds is None else seeds.plant()
        record_notes(conn, deck_id, content, [])
    return deck_id, SyncReport(new=len(taker.keys), scheduled=scheduled, warnings=len(content.warnings)), content


def _new_deck(conn: sqlite3.Connection, root: str, root_exists: Callable[[str], bool]) -> bool:
    """Whether `root` exists, no deck has it, and every known deck's root still exists (none can be this one,
    moved). A root that does not exist is left to the ordinary sync, which says so before taking the write lock."""
    roots = [row[0] for row in conn.execute("SELECT root FROM decks")]
    return root not in roots and root_exists(root) and all(root_exists(known) for known in roots)
