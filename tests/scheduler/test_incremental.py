"""Incremental sync for large vaults: note stamps, skipped notes, and the schema 1 -> 2 migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from deck.content_json import content_json
from deck.models import DeckContent
from scheduler import schema
from scheduler.deck_admin import remove_deck
from scheduler.decks import SyncReport, sync_deck
from scheduler.note_stamps import known_stamps
from scheduler.store import Store
from tests.scheduler.helpers import (
    T0,
    VAULT_A1,
    VAULT_A2,
    VAULT_B1,
    VAULT_LATER,
    VAULT_STAMPS,
    history,
    qa,
    review_twice,
    vault,
)


def _rows(store: Store) -> dict[str, dict[str, Any]]:
    """Every stored card row by question, as dicts."""
    return {row["question"]: dict(row) for row in store.conn.execute("SELECT * FROM cards")}


def test_unknown_deck_has_no_stamps(store: Store) -> None:
    """`known_stamps` of a root never synced is empty."""
    assert known_stamps(store, "/vault") == {}


def test_sync_records_the_stamps(store: Store) -> None:
    """After a sync, `known_stamps` gives the deck's stamps, and only that deck's."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    other = DeckContent(name="o", root="/other", cards=[VAULT_A1], stamps={"a.md": (1, 1)})
    sync_deck(store, other, T0)
    assert known_stamps(store, "/vault") == VAULT_STAMPS
    assert known_stamps(store, "/other") == {"a.md": (1, 1)}


def test_stamps_are_replaced(store: Store) -> None:
    """Each sync makes the deck's stamps exactly `content.stamps`: changed ones updated, gone ones forgotten."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    sync_deck(store, vault(VAULT_B1, stamps={"b.md": (201, 3_000)}), VAULT_LATER)
    assert known_stamps(store, "/vault") == {"b.md": (201, 3_000)}


def test_skipped_notes_are_left_untouched(store: Store) -> None:
    """Cards of skipped notes are not in the content, yet stay exactly as they were (counted unchanged)."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    before = _rows(store)
    edited = qa(VAULT_B1.question, "We talked it through.", file="b.md")
    _, report = sync_deck(store, vault(edited, stamps=VAULT_STAMPS, skipped=("a.md",)), VAULT_LATER)
    assert report == SyncReport(updated=1, unchanged=2)
    after = _rows(store)
    assert after[VAULT_A1.question] == before[VAULT_A1.question]
    assert after[VAULT_A2.question] == before[VAULT_A2.question]


def test_nothing_changed_parses_nothing_and_changes_nothing(store: Store) -> None:
    """Every note skipped: no card in the content, every stored card unchanged."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    before = _rows(store)
    _, report = sync_deck(store, vault(stamps=VAULT_STAMPS, skipped=("a.md", "b.md")), VAULT_LATER)
    assert report == SyncReport(unchanged=3)
    assert _rows(store) == before


def test_deleted_note_cards_are_removed_with_history(store: Store) -> None:
    """A note gone from the stamps (not skipped): its cards are removed, their history kept."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    card_id = _rows(store)[VAULT_A1.question]["id"]
    review_twice(store, card_id)
    before = history(store, card_id)
    _, report = sync_deck(store, vault(stamps={"b.md": VAULT_STAMPS["b.md"]}, skipped=("b.md",)), VAULT_LATER)
    assert report == SyncReport(removed=2, unchanged=1)
    assert _rows(store)[VAULT_A1.question]["removed_at"] == "2026-03-11T12:00:00.000000+00:00"
    assert history(store, card_id) == before


def test_renamed_note_among_skipped_ones_keeps_history(store: Store) -> None:
    """A note renamed while the others are skipped: its cards are relinked to the new name."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    card_id = _rows(store)[VAULT_A1.question]["id"]
    review_twice(store, card_id)
    before = history(store, card_id)
    renamed = [qa(card.question, card.answer, file="c.md", line=card.line) for card in (VAULT_A1, VAULT_A2)]
    stamps = {"b.md": VAULT_STAMPS["b.md"], "c.md": VAULT_STAMPS["a.md"]}
    _, report = sync_deck(store, vault(*renamed, stamps=stamps, skipped=("b.md",)), VAULT_LATER)
    assert report == SyncReport(relinked=2, unchanged=1)
    assert (_rows(store)[VAULT_A1.question]["id"], _rows(store)[VAULT_A1.question]["file"]) == (card_id, "c.md")
    assert history(store, card_id) == before


def test_cards_of_skipped_notes_are_never_relinked(store: Store) -> None:
    """A new card with the question of a card in a skipped note is a new card: the skipped one stays put."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    before = _rows(store)[VAULT_A1.question]
    copy = qa(VAULT_A1.question, VAULT_A1.answer, file="b.md", line=9)
    _, report = sync_deck(store, vault(VAULT_B1, copy, stamps=VAULT_STAMPS, skipped=("a.md",)), VAULT_LATER)
    assert report == SyncReport(new=1, unchanged=3)
    assert store.conn.execute("SELECT * FROM cards WHERE id = ?", (before["id"],)).fetchone()["file"] == "a.md"


def test_empty_stamps_mean_everything_was_parsed(store: Store) -> None:
    """Content without stamps (built by hand, or an old loader): nothing counts as skipped."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    content = DeckContent(name="vault", root="/vault", cards=[VAULT_B1], skipped=["a.md"])
    _, report = sync_deck(store, content, VAULT_LATER)
    assert report == SyncReport(removed=2, unchanged=1)
    assert known_stamps(store, "/vault") == {}


def test_remove_deck_forgets_its_stamps(store: Store) -> None:
    """Removing a deck deletes its note stamps too."""
    deck_id, _ = sync_deck(store, vault(VAULT_A1, stamps=VAULT_STAMPS), T0)
    remove_deck(store, deck_id, T0)
    assert known_stamps(store, "/vault") == {}
    assert store.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0


def test_version_1_database_upgrades_in_place(tmp_path: Path) -> None:
    """A schema-1 database opens at the latest version with its decks, cards and reviews intact."""
    path = tmp_path / "v1.db"
    before = _version_1_database(path)
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        after = _dump(store.conn)
        assert {table: [row[: len(before[table][0])] for row in rows] for table, rows in after.items()} == before
        review = store.conn.execute("SELECT phase FROM reviews").fetchone()
        assert review["phase"] == 0, "the first review of a card was of a new card"
        hours = store.conn.execute("SELECT deck_id, reviews, again, mature, duration_ms FROM review_hours")
        assert [tuple(row) for row in hours] == [(1, 1, 0, 0, 1500)]
        assert [row[0] for row in store.conn.execute("SELECT suspended FROM cards")] == [0, 0]
        assert known_stamps(store, "/vault") == {}
        _, report = sync_deck(store, vault(VAULT_A1, VAULT_B1, stamps=VAULT_STAMPS), VAULT_LATER)
        assert report == SyncReport(unchanged=2)
        assert known_stamps(store, "/vault") == VAULT_STAMPS


def _version_1_database(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Write at `path` a schema-1 database holding a deck, two cards and a review; its rows."""
    conn = sqlite3.connect(path)
    schema.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO decks VALUES (1, '/vault', 'vault', '2026-03-10T12:00:00.000000+00:00')")
    for card_id, card in enumerate((VAULT_A1, VAULT_B1), start=1):
        conn.execute(
            "INSERT INTO cards (id, deck_id, key, file, line, question, content, added_at,"
            " state, stability, difficulty, due, last_review, reps, introduced_at)"
            " VALUES (?, 1, ?, ?, ?, ?, ?, ?, 2, 3.2, 5.1, ?, ?, 1, ?)",
            (
                card_id,
                card.key,
                card.file,
                card.line,
                card.question,
                content_json(card),
                "2026-03-10T12:00:00.000000+00:00",
                "2026-03-13T12:00:00.000000+00:00",
                "2026-03-10T12:00:00.000000+00:00",
                "2026-03-10T12:00:00.000000+00:00",
            ),
        )
    conn.execute("INSERT INTO reviews VALUES (1, 1, 3, '2026-03-10T12:00:00.000000+00:00', 1500)")
    conn.commit()
    rows = _dump(conn)
    conn.close()
    return rows


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the decks, cards and reviews tables, in id order."""
    return {
        table: [tuple(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
        for table in ("decks", "cards", "reviews")
    }


def test_live_cards_leave_out_removed_cards_of_the_named_notes(store: Store) -> None:
    """A note whose cards were all removed holds no live card; another note still does."""
    from scheduler.note_stamps import has_live_cards_in
    from tests.scheduler.helpers import card, deck

    sync_deck(store, deck(card(1, file="a.md"), card(2, file="a.md"), card(3, file="b.md")), T0)
    sync_deck(store, deck(card(3, file="b.md")), T0)
    assert not has_live_cards_in(store, "/notes", ["a.md"])
    assert has_live_cards_in(store, "/notes", ["a.md", "b.md"])
    assert not has_live_cards_in(store, "/notes", [])
