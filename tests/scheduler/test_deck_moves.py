"""A deck that moves keeps its history: a renamed note, a moved folder, an explicit move; a copy is a new deck."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from deck.loader import load_deck
from scheduler.deck_moves import matches_enough, same_cards
from scheduler.decks import DeckChangeError, list_decks, sync_deck
from scheduler.note_stamps import known_stamps
from scheduler.store import Store
from tests.scheduler.helpers import T0, VAULT_LATER, history, qa, review_twice

NOTE = """\
- Tell me about a time you failed?
\t- I shipped a migration without a rollback plan and learnt to write one first.
- Why do you want to work here?
\t- The team builds tools I use every day.
- Describe a conflict with a colleague
\t- We disagreed on an API; a prototype settled it.
"""

OTHER = """\
- What is your greatest weakness?
\t- I take on too much; I now say no earlier.
"""


def _sync(store: Store, path: Path, **options: object) -> tuple[int, object]:
    """Read the deck at `path` as the command line does (unchanged notes skipped) and sync it."""
    content = load_deck(path, known=known_stamps(store, str(path.resolve())))
    return sync_deck(store, content, VAULT_LATER, **options)  # type: ignore[arg-type]


def _reviewed(store: Store, path: Path) -> tuple[int, dict[int, object]]:
    """Sync the deck at `path`, review every card twice; the deck id and each card's history."""
    deck_id, _ = sync_deck(store, load_deck(path), T0)
    ids = [row[0] for row in store.conn.execute("SELECT id FROM cards WHERE deck_id = ?", (deck_id,))]
    for card_id in ids:
        review_twice(store, card_id)
    return deck_id, {card_id: history(store, card_id) for card_id in ids}


def _one_note_deck(store: Store, tmp_path: Path) -> tuple[Path, int, dict[int, object]]:
    """The note `Stories.md` (NOTE) as a deck, every card reviewed twice: the note, the deck id, the histories."""
    note = tmp_path / "Stories.md"
    note.write_text(NOTE, encoding="utf-8")
    return note, *_reviewed(store, note)


def _histories(store: Store, deck_id: int) -> dict[int, object]:
    """The history of every present card of the deck, by card id."""
    rows = store.conn.execute("SELECT id FROM cards WHERE deck_id = ? AND removed_at IS NULL", (deck_id,))
    return {row[0]: history(store, row[0]) for row in rows}


def test_renamed_note_keeps_its_deck_and_every_review(store: Store, tmp_path: Path) -> None:
    """A one-note deck whose file is renamed is the same deck: every card and review kept, the move reported."""
    old, deck_id, before = _one_note_deck(store, tmp_path)
    new = old.rename(tmp_path / "Interview stories.md")
    again, report = _sync(store, new, root_exists=os.path.exists)
    assert again == deck_id
    assert report.moved_from == str(old.resolve())
    assert (report.relinked, report.new, report.removed) == (3, 0, 0)
    assert _histories(store, deck_id) == before
    assert [(deck.name, deck.root) for deck in list_decks(store)] == [("Stories", str(new.resolve()))]


def test_moved_folder_keeps_its_deck_and_every_review(store: Store, tmp_path: Path) -> None:
    """A folder deck moved elsewhere is the same deck: its cards keep their keys, ids and reviews."""
    folder = tmp_path / "old" / "Interviews"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text(NOTE, encoding="utf-8")
    (folder / "b.md").write_text(OTHER, encoding="utf-8")
    deck_id, before = _reviewed(store, folder)
    moved = shutil.move(folder, tmp_path / "new")
    again, report = _sync(store, Path(moved), root_exists=os.path.exists)
    assert again == deck_id
    assert (report.moved_from, report.unchanged, report.new) == (str(folder.resolve()), 4, 0)
    assert _histories(store, deck_id) == before


def test_copy_is_a_new_deck_and_the_original_keeps_its_history(store: Store, tmp_path: Path) -> None:
    """Notes copied elsewhere (the original still there) make a new deck; the original is untouched."""
    folder = tmp_path / "Interviews"
    folder.mkdir()
    (folder / "a.md").write_text(NOTE, encoding="utf-8")
    deck_id, before = _reviewed(store, folder)
    copy = Path(shutil.copytree(folder, tmp_path / "Copy"))
    again, report = _sync(store, copy, root_exists=os.path.exists)
    assert again != deck_id and report.moved_from is None and report.new == 3
    assert _histories(store, deck_id) == before


def test_other_notes_at_a_new_path_are_a_new_deck(store: Store, tmp_path: Path) -> None:
    """A deck whose path is gone is not taken by notes whose cards are not its cards."""
    old, deck_id, _ = _one_note_deck(store, tmp_path)
    old.unlink()
    other = tmp_path / "Other.md"
    other.write_text(OTHER, encoding="utf-8")
    again, report = _sync(store, other, root_exists=os.path.exists)
    assert again != deck_id and report.moved_from is None
    assert {deck.root for deck in list_decks(store)} == {str(old.resolve()), str(other.resolve())}


def test_without_root_exists_no_move_is_looked_for(store: Store, tmp_path: Path) -> None:
    """Only a caller that says how to see the disk gets moves found: by default a new root is a new deck."""
    old, deck_id, _ = _one_note_deck(store, tmp_path)
    again, report = _sync(store, old.rename(tmp_path / "New.md"))
    assert again != deck_id and report.moved_from is None


def test_explicit_move_points_the_deck_at_a_new_path(store: Store, tmp_path: Path) -> None:
    """`deck_id` moves that deck to the notes' root, even while the old path exists; history kept."""
    old, deck_id, before = _one_note_deck(store, tmp_path)
    new = tmp_path / "Edited.md"
    new.write_text(NOTE.replace("every day", "every single day"), encoding="utf-8")
    again, report = _sync(store, new, deck_id=deck_id)
    assert again == deck_id and report.moved_from == str(old.resolve())
    assert _histories(store, deck_id) == before


def test_explicit_move_onto_another_decks_path_is_refused(store: Store, tmp_path: Path) -> None:
    """A deck cannot be moved to a path another deck reads: nothing changes."""
    first, second = tmp_path / "One.md", tmp_path / "Two.md"
    first.write_text(NOTE, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    deck_id, _ = _reviewed(store, first)
    sync_deck(store, load_deck(second), T0)
    with pytest.raises(DeckChangeError, match="another deck already reads"):
        _sync(store, second, deck_id=deck_id)
    assert {deck.root for deck in list_decks(store)} == {str(first.resolve()), str(second.resolve())}


@pytest.mark.parametrize(
    ("matched", "stored", "read", "same"),
    [(3, 3, 3, True), (2, 4, 3, True), (1, 4, 4, False), (2, 2, 5, False), (0, 0, 0, False)],
)
def test_matches_enough_takes_half_of_either_side(matched: int, stored: int, read: int, same: bool) -> None:
    """Notes are a moved deck when the matched cards are at least half of the deck's and half of the notes'."""
    assert matches_enough(matched, stored, read) is same


def test_moved_and_reworded_keeps_the_reworded_cards_history_too(store: Store, tmp_path: Path) -> None:
    """A note renamed with one question reworded: found by the other two, the third relinked by similarity."""
    old, deck_id, before = _one_note_deck(store, tmp_path)
    old.unlink()
    new = tmp_path / "Renamed.md"
    new.write_text(NOTE.replace("Tell me about a time you failed?", "Tell me about a time you failed at work?"), "utf-8")
    again, report = _sync(store, new, root_exists=os.path.exists)
    assert (again, report.relinked, report.new) == (deck_id, 3, 0)
    assert _histories(store, deck_id) == before


def test_same_cards_pairs_one_to_one_by_key_then_by_question() -> None:
    """A stored card counts once: by its key, else by its question; a question stored once matches one card."""
    stored = [("k1", "Why here?"), ("k2", "Why you?")]
    cards = [qa("Why here?", "a", file="x.md"), qa("Why you?", "b", file="x.md"), qa("Why you?", "c", file="y.md")]
    assert same_cards(stored, cards) == 2
    assert same_cards([(cards[0].key, "Reworded?")], cards) == 1
