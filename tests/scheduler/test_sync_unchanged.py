"""A sync that finds every note unchanged: it keeps everything and reports every card unchanged."""

from __future__ import annotations

from dataclasses import replace

from scheduler.decks import SyncReport, sync_deck
from scheduler.note_stamps import has_live_cards_in, known_stamps
from scheduler.store import Store
from tests.scheduler.helpers import T0, VAULT_A1, VAULT_A2, VAULT_B1, VAULT_LATER, VAULT_STAMPS, vault


def _cards(store: Store) -> list[tuple[object, ...]]:
    """Every card row, in id order."""
    return [tuple(row) for row in store.conn.execute("SELECT * FROM cards ORDER BY id")]


def test_all_notes_skipped_reports_every_present_card_unchanged(store: Store) -> None:
    """Every note skipped: the report counts the deck's present cards as unchanged, and no row changes."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    sync_deck(store, vault(VAULT_A1, VAULT_B1, stamps=VAULT_STAMPS), T0)  # VAULT_A2 removed
    before = _cards(store)
    _deck_id, report = sync_deck(store, vault(stamps=VAULT_STAMPS, skipped=("a.md", "b.md")), VAULT_LATER)
    assert report == SyncReport(unchanged=2)
    assert _cards(store) == before
    assert known_stamps(store, "/vault") == VAULT_STAMPS


def test_a_deleted_note_is_still_noticed(store: Store) -> None:
    """The remaining notes skipped but one note gone: that note's cards are removed."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    _deck_id, report = sync_deck(store, vault(stamps={"b.md": VAULT_STAMPS["b.md"]}, skipped=("b.md",)), VAULT_LATER)
    assert report == SyncReport(removed=2, unchanged=1)
    assert known_stamps(store, "/vault") == {"b.md": VAULT_STAMPS["b.md"]}


def test_a_new_note_is_still_read(store: Store) -> None:
    """Every known note skipped but a new one found: its cards are added."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, stamps={"a.md": VAULT_STAMPS["a.md"]}), T0)
    content = vault(VAULT_B1, stamps=VAULT_STAMPS, skipped=("a.md",))
    _deck_id, report = sync_deck(store, content, VAULT_LATER)
    assert report == SyncReport(new=1, unchanged=2)


def test_a_deck_keeps_its_name_and_cards_when_nothing_changed(store: Store) -> None:
    """A deck's name is its own (set when added, changed by a rename): content named otherwise leaves it."""
    sync_deck(store, vault(VAULT_A1, stamps={"a.md": VAULT_STAMPS["a.md"]}), T0)
    other = replace(vault(stamps={"a.md": VAULT_STAMPS["a.md"]}, skipped=("a.md",)), name="Stories")
    _, report = sync_deck(store, other, VAULT_LATER)
    assert store.conn.execute("SELECT name FROM decks").fetchone()[0] == "vault"
    assert report == SyncReport(unchanged=1)


def test_has_live_cards_in_sees_only_present_cards_of_the_named_notes(store: Store) -> None:
    """True when a named note still holds a present card of the deck; removed cards and other notes do not count."""
    sync_deck(store, vault(VAULT_A1, VAULT_A2, VAULT_B1, stamps=VAULT_STAMPS), T0)
    sync_deck(store, vault(VAULT_B1, stamps={"b.md": VAULT_STAMPS["b.md"]}), T0)  # a.md's cards removed
    assert has_live_cards_in(store, "/vault", ["b.md"])
    assert not has_live_cards_in(store, "/vault", ["a.md"])
    assert not has_live_cards_in(store, "/vault", [])
    assert not has_live_cards_in(store, "/elsewhere", ["b.md"])
