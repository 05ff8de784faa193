"""A new deck's first sync stores its cards as they are read: the rows `sync_deck` writes, or nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deck.content_json import StoredRow, stored_row
from deck.models import DeckContent, ParseWarning
from scheduler.decks import SyncReport, sync_deck
from scheduler.first_sync import NoCardsRead, Sink, sync_new_deck
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck

TABLES = ("decks", "cards", "notes", "note_warnings", "sqlite_sequence")


def rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a sync writes, in a fixed order."""
    return {
        table: [tuple(row) for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")] for table in TABLES
    }


def notes_deck() -> DeckContent:
    """Three notes: cards (one key repeated, the first to keep), warnings, stamps."""
    content = deck(card(1), card(2, file="m.md"), card(3, file="m.md"), card(2, file="m.md", answer="later"))
    warning = ParseWarning(file="m.md", line=4, message="odd")
    stamps = {"m.md": (10, 20), "n.md": (30, 40), "o.md": (50, 60)}
    return DeckContent(
        name="notes",
        root="/notes",
        files=["m.md", "n.md", "o.md"],
        cards=content.cards,
        warnings=[warning],
        stamps=stamps,
        reading="",
    )


def reader(content: DeckContent, notes: list[list[StoredRow]]) -> Callable[[Sink], DeckContent]:
    """A loader that hands `notes` (each note's cards, as stored) to the sink, then gives `content` without cards."""

    def read(sink: Sink) -> DeckContent:
        """Hand over each note's cards, as the loader with a sink does."""
        for cards in notes:
            sink(cards)
        return DeckContent(
            name=content.name,
            root=content.root,
            files=content.files,
            warnings=content.warnings,
            stamps=content.stamps,
            reading=content.reading,
        )

    return read


def by_note(content: DeckContent) -> list[list[StoredRow]]:
    """The deck's cards as the loader hands them over with `stored`: note by note, in order, as stored rows."""
    notes: list[list[StoredRow]] = []
    for item in map(stored_row, content.cards):
        if notes and notes[-1][0][1] == item[1]:
            notes[-1].append(item)
        else:
            notes.append([item])
    return notes


def present(root: str) -> bool:
    """Every root exists, for these tests."""
    return True


def test_the_rows_of_sync_deck(store: Store) -> None:
    """Deck, cards (a repeated key's first), stamps, warnings, parser, ids: what `sync_deck` writes, and its report."""
    content = notes_deck()
    with Store.open(":memory:") as other:
        expected_id, expected = sync_deck(other, content, T0)
        expected_rows = rows(other)
    done = sync_new_deck(store, content.root, content.name, reader(content, by_note(content)), T0, present)
    assert done is not None
    deck_id, report, read = done
    assert (deck_id, report) == (expected_id, expected) and report == SyncReport(new=3, warnings=1)
    assert rows(store) == expected_rows
    assert read.cards == [] and read.warnings == content.warnings and read.stamps == content.stamps


def test_no_card_stores_nothing(store: Store) -> None:
    """Notes without a card: `NoCardsRead`, and the store as it was (no deck, no id used)."""
    before = rows(store)
    with pytest.raises(NoCardsRead):
        sync_new_deck(store, "/notes", "notes", reader(notes_deck(), []), T0, present)
    assert rows(store) == before


def test_stopped_midway_stores_nothing(store: Store) -> None:
    """A read interrupted after some notes were stored leaves the store as it was."""
    content = notes_deck()

    def read(sink: Sink) -> DeckContent:
        """Hand over the first note, then stop as Ctrl+C would."""
        sink(by_note(content)[0])
        raise KeyboardInterrupt

    before = rows(store)
    with pytest.raises(KeyboardInterrupt):
        sync_new_deck(store, content.root, content.name, read, T0, present)
    assert rows(store) == before


def refuses(store: Store, root: str, root_exists: Callable[[str], bool]) -> bool:
    """Whether `sync_new_deck` leaves the deck at `root` to the ordinary sync, reading nothing."""
    content, read = notes_deck(), []

    def reading(sink: Sink) -> DeckContent:
        """The notes' deck, noting that it was read."""
        read.append(sink)
        return reader(content, by_note(content))(sink)

    done = sync_new_deck(store, root, "x", reading, T0, root_exists)
    return done is None and not read


def test_only_a_new_deck_no_known_deck_could_be(store: Store) -> None:
    """A known deck, a deck whose folder is gone (the notes may be it, moved), a path that does not exist:
    left to the ordinary sync."""
    sync_deck(store, deck(card(1), root="/old"), T0)
    assert refuses(store, "/old", present)
    assert refuses(store, "/new", lambda root: root != "/old")
    assert refuses(store, "/new", lambda root: root != "/new")
    assert not refuses(store, "/new", present)
