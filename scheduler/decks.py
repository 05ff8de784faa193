"""Decks in the store: `sync_deck`, `list_decks`, `remove_deck`, `DeckInfo`, `SyncReport`.

Syncing takes content from the notes in and keeps every card's history.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from scheduler.store import Store, format_time

if TYPE_CHECKING:
    from deck.models import CardContent, DeckContent


@dataclass
class DeckInfo:
    """A deck known to the store."""

    id: int
    name: str
    root: str


@dataclass
class SyncReport:
    """What a sync found: cards new, updated, removed and unchanged."""

    new: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        """How many cards the deck holds after the sync."""
        return self.new + self.updated + self.unchanged

    def __str__(self) -> str:
        """One line, e.g. `18 cards: 2 new, 1 updated, 0 removed`."""
        noun = "card" if self.total == 1 else "cards"
        return (
            f"{self.total} {noun}: {self.new} new, {self.updated} updated, {self.removed} removed"
        )


def sync_deck(store: Store, content: DeckContent, now: datetime) -> tuple[int, SyncReport]:
    """Bring the store's copy of a deck in line with `content`; the deck id and report.

    Cards are matched by (deck, key). Content, file, line and question are refreshed;
    reviews and FSRS state are never touched. Cards gone from the notes are marked
    removed, and a removed card that comes back is restored (counted as updated).
    A key repeated within `content` keeps its first card. One transaction.
    """
    stamp = format_time(now)
    report = SyncReport()
    with store.transaction() as conn:
        deck_id = _upsert_deck(conn, content, stamp)
        existing = _existing_cards(conn, deck_id)
        seen: set[str] = set()
        for card in content.cards:
            if card.key not in seen:
                seen.add(card.key)
                _sync_card(conn, deck_id, card, existing.get(card.key), stamp, report)
        report.removed = _remove_missing(conn, existing, seen, stamp)
    return deck_id, report


def list_decks(store: Store) -> list[DeckInfo]:
    """Every deck in the store, by name."""
    rows = store.conn.execute("SELECT id, name, root FROM decks ORDER BY name COLLATE NOCASE, id")
    return [DeckInfo(id=row["id"], name=row["name"], root=row["root"]) for row in rows]


def remove_deck(store: Store, deck_id: int) -> None:
    """Delete a deck with its cards and their whole review history (explicit request only)."""
    with store.transaction() as conn:
        conn.execute(
            "DELETE FROM reviews WHERE card_id IN (SELECT id FROM cards WHERE deck_id = ?)",
            (deck_id,),
        )
        conn.execute("DELETE FROM cards WHERE deck_id = ?", (deck_id,))
        conn.execute("DELETE FROM decks WHERE id = ?", (deck_id,))


def _upsert_deck(conn: sqlite3.Connection, content: DeckContent, stamp: str) -> int:
    """The id of the deck at `content.root`, added if new, its name refreshed."""
    row = conn.execute(
        "INSERT INTO decks (root, name, added_at) VALUES (?, ?, ?)"
        " ON CONFLICT (root) DO UPDATE SET name = excluded.name RETURNING id",
        (content.root, content.name, stamp),
    ).fetchone()
    return int(row["id"])


def _existing_cards(conn: sqlite3.Connection, deck_id: int) -> dict[str, sqlite3.Row]:
    """The deck's cards in the store, removed ones included, by key."""
    rows = conn.execute(
        "SELECT id, key, file, line, question, content, removed_at FROM cards WHERE deck_id = ?",
        (deck_id,),
    )
    return {row["key"]: row for row in rows}


def _sync_card(
    conn: sqlite3.Connection,
    deck_id: int,
    card: CardContent,
    row: sqlite3.Row | None,
    stamp: str,
    report: SyncReport,
) -> None:
    """Insert, refresh or leave one card, and count what was done in `report`."""
    fields = (card.file, card.line, card.question, card.model_dump_json())
    if row is None:
        conn.execute(
            "INSERT INTO cards (deck_id, key, file, line, question, content, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (deck_id, card.key, *fields, stamp),
        )
        report.new += 1
    elif _same(row, fields):
        report.unchanged += 1
    else:
        conn.execute(
            "UPDATE cards SET file = ?, line = ?, question = ?, content = ?,"
            " removed_at = NULL WHERE id = ?",
            (*fields, row["id"]),
        )
        report.updated += 1


def _same(row: sqlite3.Row, fields: tuple[str, int, str, str]) -> bool:
    """Whether a stored, present card already holds exactly these fields."""
    stored = (row["file"], row["line"], row["question"], row["content"])
    return row["removed_at"] is None and stored == fields


def _remove_missing(
    conn: sqlite3.Connection,
    existing: dict[str, sqlite3.Row],
    seen: set[str],
    stamp: str,
) -> int:
    """Mark removed the present cards whose key the notes no longer hold; how many."""
    gone = [
        (stamp, row["id"])
        for key, row in existing.items()
        if key not in seen and row["removed_at"] is None
    ]
    conn.executemany("UPDATE cards SET removed_at = ? WHERE id = ?", gone)
    return len(gone)
