"""Which deck a path is: `deck_around` finds the folder deck that already holds a note or sub-folder."""

from __future__ import annotations

from scheduler.decks import sync_deck
from scheduler.note_stamps import deck_around
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck


def test_a_path_inside_a_folder_deck_is_found_in_the_innermost_deck(store: Store) -> None:
    """A note or sub-folder under a deck's root is that deck's (the innermost of nested decks); the deck itself,
    a sibling folder whose name merely starts the same, and a path elsewhere are none."""
    sync_deck(store, deck(card(1), root="/vault/notes", name="notes"), T0)
    sync_deck(store, deck(card(2), root="/vault/notes/Stories", name="Stories"), T0)
    assert deck_around(store, "/vault/notes/a.md") == ("notes", "/vault/notes")
    assert deck_around(store, "/vault/notes/Stories/Big incident.md") == ("Stories", "/vault/notes/Stories")
    assert deck_around(store, "/vault/notes/Work/Sub") == ("notes", "/vault/notes")
    assert deck_around(store, "/vault/notes") is None
    assert deck_around(store, "/vault/notes2/a.md") is None
    assert deck_around(store, "/elsewhere/a.md") is None
