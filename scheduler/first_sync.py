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
cards in note order, a key repeated keeping its first card. Only for a deck the store
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

from scheduler.decks import insert_rows, record_notes, upsert_deck
from scheduler.seeding import Schedulers, seed_cards
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


@dataclass
class _Taker:
    """The sink of a first sync: stores each note's cards, a repeated key's first only."""

    conn: sqlite3.Connection
    deck_id: int
    stamp: str
    read: int = 0
    keys: set[str] = field(default_factory=set)
    seeding: bool = False
    """Whether cards are seeded from the spaced-repetition plugin's schedules (`scheduled` kept)."""
    scheduled: list[tuple[str, str]] = field(default_factory=list)
    """The cards stored with the spaced-repetition plugin's schedule: key and schedule."""

    def take(self, rows: list[StoredRow]) -> None:
        """Store the cards of one note whose keys are new to the deck."""
        self.read += len(rows)
        fresh = []
        for row in rows:
            if row[0] not in self.keys:
                self.keys.add(row[0])
                fresh.append(row)
                if self.seeding and row[5] is not None:
                    self.scheduled.append((row[0], row[5]))
        if fresh:
            insert_rows(self.conn, self.deck_id, fresh, self.stamp)


def sync_new_deck(
    store: Store, root: str, name: str, read: Reader, now: datetime, root_exists: Callable[[str], bool],
    schedulers: Schedulers | None = None,
) -> tuple[int, SyncReport, DeckContent] | None:
    """Add the deck at `root`, named `name`, storing its cards as `read` hands them over; its id, the
    report and what was read (its `cards` empty: they are in the store). None, with nothing read, when
    the store knows the deck, or `root_exists` denies `root` or a known deck's root. `NoCardsRead`, with
    nothing stored, when the notes give no card. With `schedulers`, cards with the spaced-repetition plugin's
    schedule start from it (`scheduler.seeding.seed_cards`)."""
    if not _new_deck(store.conn, root, root_exists):
        return None
    stamp = format_time(now)
    with store.transaction() as conn:
        if not _new_deck(conn, root, root_exists):
            return None
        deck_id = upsert_deck(conn, root, name, stamp)
        taker = _Taker(conn, deck_id, stamp, seeding=schedulers is not None)
        content = read(taker.take)
        if not taker.read:
            raise NoCardsRead(root)
        scheduled = seed_cards(conn, deck_id, taker.scheduled, schedulers, stamp)
        record_notes(conn, deck_id, content, [])
    return deck_id, SyncReport(new=len(taker.keys), scheduled=scheduled, warnings=len(content.warnings)), content


def _new_deck(conn: sqlite3.Connection, root: str, root_exists: Callable[[str], bool]) -> bool:
    """Whether `root` exists, no deck has it, and every known deck's root still exists (none can be this one,
    moved). A root that does not exist is left to the ordinary sync, which says so before taking the write lock."""
    roots = [row[0] for row in conn.execute("SELECT root FROM decks")]
    return root not in roots and root_exists(root) and all(root_exists(known) for known in roots)
