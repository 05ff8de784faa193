"""Looking after decks: sizes, rename, settings that follow a rename, removal with a backup, stored warnings."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from deck.models import DeckContent, ParseWarning
from scheduler.deck_admin import (
    DeckSummary,
    StoredWarning,
    deck_summaries,
    deck_warnings,
    had_decks,
    remove_deck,
    rename_deck,
    renamed_settings,
    warning_counts,
)
from scheduler.decks import DeckChangeError, list_decks, sync_deck
from scheduler.settings import DeckSettings, Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, VAULT_A1, VAULT_B1, VAULT_LATER, VAULT_STAMPS, card, deck, review_twice, vault


def _two_decks(store: Store) -> tuple[int, int]:
    """Decks `a` (two cards, each reviewed twice) and `b` (one card, never reviewed)."""
    first, _ = sync_deck(store, deck(card(1), card(2), root="/a", name="a"), T0)
    second, _ = sync_deck(store, deck(card(3), root="/b", name="b"), T0)
    for (card_id,) in store.conn.execute("SELECT id FROM cards WHERE deck_id = ?", (first,)).fetchall():
        review_twice(store, card_id)
    return first, second


def test_summaries_count_cards_reviews_and_warnings(store: Store) -> None:
    """Each deck lists its present cards, every review of its cards, and its notes' warnings."""
    first, second = _two_decks(store)
    warned = replace(deck(card(3), root="/b", name="b"), warnings=[ParseWarning(file="n.md", message="x")])
    sync_deck(store, warned, VAULT_LATER)
    assert deck_summaries(store) == [
        DeckSummary(id=first, name="a", root="/a", cards=2, reviews=4, warnings=0),
        DeckSummary(id=second, name="b", root="/b", cards=1, reviews=0, warnings=1),
    ]
    assert warning_counts(store) == {second: 1}


def test_rename_changes_the_name_only(store: Store) -> None:
    """A rename keeps the deck's id and root, and returns the old name; spaces around are dropped."""
    first, _ = _two_decks(store)
    assert rename_deck(store, first, "  Interview stories ") == "a"
    assert (first, "Interview stories", "/a") in [(deck.id, deck.name, deck.root) for deck in list_decks(store)]


@pytest.mark.parametrize(("name", "reason"), [("B", "already a deck named"), ("  ", "needs at least one"), ("a\x1b[2J", "control")])
def test_rename_refuses_a_taken_empty_or_unprintable_name(store: Store, name: str, reason: str) -> None:
    """A name another deck has (whatever the case), an empty one, or one with control characters is refused."""
    first, _ = _two_decks(store)
    with pytest.raises(DeckChangeError, match=reason):
        rename_deck(store, first, name)
    assert [deck.name for deck in list_decks(store)] == ["a", "b"]


def test_renamed_settings_carry_the_decks_overrides() -> None:
    """The deck's overrides move to its new name; a deck without overrides needs no new settings."""
    settings = Settings(decks={"a": DeckSettings(new_per_day=3), "b": DeckSettings(new_per_day=5)})
    renamed = renamed_settings(settings, "a", "Stories")
    assert renamed is not None and renamed.decks == {"Stories": DeckSettings(new_per_day=3), "b": DeckSettings(new_per_day=5)}
    assert renamed_settings(settings, "c", "d") is None
    assert renamed_settings(settings, "a", "b").decks == {"b": DeckSettings(new_per_day=3)}  # type: ignore[union-attr]


def test_remove_keeps_a_backup_holding_the_whole_deck(tmp_path: Path) -> None:
    """Removal deletes the deck's cards and reviews; the backup taken first (reason `remove`) still holds them."""
    from scheduler.backups import list_backups

    with Store.open(tmp_path / "starcards.db") as store:
        first, second = _two_decks(store)
        backup = remove_deck(store, first, T0)
        assert [deck.id for deck in list_decks(store)] == [second]
        assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
    assert [(found.path, found.reason) for found in list_backups(tmp_path / "starcards.db")] == [(backup, "remove")]
    with sqlite3.connect(backup) as conn:  # type: ignore[arg-type]
        assert conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 4


def test_failed_backup_removes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the backup cannot be written, the deck stays and the error says nothing was removed."""

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("scheduler.backups.take_backup", refuse)
    with Store.open(tmp_path / "starcards.db") as store:
        first, _ = _two_decks(store)
        with pytest.raises(DeckChangeError, match="nothing was removed"):
            remove_deck(store, first, T0)
        assert len(list_decks(store)) == 2


def test_had_decks_remembers_removed_decks(store: Store) -> None:
    """A store that held a deck, even one since removed, is not new: the example deck is not added again."""
    assert not had_decks(store)
    first, second = _two_decks(store)
    remove_deck(store, first, T0)
    remove_deck(store, second, T0)
    assert list_decks(store) == [] and had_decks(store)


def test_warnings_of_skipped_notes_are_kept_and_of_read_notes_replaced(store: Store) -> None:
    """A sync replaces the warnings of the notes it read and keeps those of the notes it skipped."""
    warn_a, warn_b = ParseWarning(file="a.md", line=3, message="old a"), ParseWarning(file="b.md", message="b")
    first = replace(vault(VAULT_A1, VAULT_B1, stamps=VAULT_STAMPS), warnings=[warn_a, warn_b])
    deck_id, _ = sync_deck(store, first, T0)
    again = vault(VAULT_A1, stamps=VAULT_STAMPS, skipped=("b.md",))
    sync_deck(store, replace(again, warnings=[ParseWarning(file="a.md", line=4, message="new a")]), VAULT_LATER)
    assert deck_warnings(store, deck_id) == [StoredWarning("a.md", 4, "new a"), StoredWarning("b.md", None, "b")]
    sync_deck(store, DeckContent(name="vault", root="/vault", cards=[VAULT_A1], stamps={"a.md": VAULT_STAMPS["a.md"]}), VAULT_LATER)
    assert deck_warnings(store, deck_id) == []


def test_remove_deletes_the_decks_mock_answers_too(store: Store) -> None:
    """A card answered in a mock interview does not stop its deck's removal; other decks' answers stay."""
    first, second = _two_decks(store)
    store.conn.execute("INSERT INTO mocks (started_at, questions, target_seconds) VALUES ('2026-03-10', 2, 120)")
    answers = [(1, position, card_id) for position, (card_id,) in enumerate(store.conn.execute("SELECT id FROM cards"))]
    store.conn.executemany(
        "INSERT INTO mock_answers (mock_id, position, card_id, asked, rating, duration_ms, answered_at)"
        " VALUES (?, ?, ?, 'Q?', 3, 1000, '2026-03-10')",
        answers,
    )
    remove_deck(store, first, T0)
    assert [deck.id for deck in list_decks(store)] == [second]
    assert store.conn.execute("SELECT COUNT(*) FROM mock_answers").fetchone()[0] == 1
