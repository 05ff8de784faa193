"""Syncing decks: cards new, updated, unchanged, removed and returned; history untouched."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from deck.content_json import card_from_json
from deck.models import ParseWarning
from scheduler.deck_admin import remove_deck
from scheduler.decks import DeckInfo, SyncReport, list_decks, sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.reviews import load_state, record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck

LATER = T0 + timedelta(days=1)


def _row(store: Store, key: str) -> dict[str, Any]:
    """The stored cards row with this key, as a dict."""
    row = store.conn.execute("SELECT * FROM cards WHERE key = ?", (key,)).fetchone()
    return dict(row)


def test_first_sync_adds_deck_and_cards(store: Store) -> None:
    """A first sync adds the deck and every card as new, with content, file, line and question."""
    deck_id, report = sync_deck(store, deck(card(1), card(2)), T0)
    assert report == SyncReport(new=2)
    assert list_decks(store) == [DeckInfo(id=deck_id, name="notes", root="/notes")]
    row = _row(store, "q2")
    assert (row["deck_id"], row["file"], row["line"], row["question"]) == (
        deck_id,
        "n.md",
        2,
        "Question 2?",
    )
    assert card_from_json(row["content"]) == card(2)
    assert (row["state"], row["added_at"], row["removed_at"]) == (
        0,
        "2026-03-10T12:00:00.000000+00:00",
        None,
    )


def test_resync_same_content_is_unchanged(store: Store) -> None:
    """Syncing the same content again changes nothing and keeps the deck id."""
    deck_id, _ = sync_deck(store, deck(card(1), card(2)), T0)
    again_id, report = sync_deck(store, deck(card(1), card(2)), LATER)
    assert (again_id, report) == (deck_id, SyncReport(unchanged=2))


def test_changed_content_is_updated_in_place(store: Store) -> None:
    """A card whose answer or place changed keeps its id and gets the new content, file and line."""
    sync_deck(store, deck(card(1), card(2)), T0)
    before = _row(store, "q1")
    moved = card(1, file="m.md", line=40, answer="New answer")
    _, report = sync_deck(store, deck(moved, card(2)), LATER)
    after = _row(store, "q1")
    assert report == SyncReport(updated=1, unchanged=1)
    assert after["id"] == before["id"]
    assert (after["file"], after["line"]) == ("m.md", 40)
    assert card_from_json(after["content"]).answer == "New answer"


def test_a_card_only_at_another_line_is_shifted_not_updated(store: Store) -> None:
    """Lines added above two cards (one a two-way pair's, its sibling's line moving with it):
    both stored at their new lines, reported as moved within their notes, not as updated."""
    sync_deck(store, deck(card(1), replace(card(2), pair=2)), T0)
    _, report = sync_deck(store, deck(card(1, line=5), replace(card(2, line=6), pair=6)), LATER)
    assert report == SyncReport(shifted=2)
    assert report.changed and str(report) == "2 cards: 0 new, 0 updated, 0 relinked, 0 removed, 2 moved within their notes"
    assert card_from_json(_row(store, "q2")["content"]).pair == 6 and _row(store, "q1")["line"] == 5
    _, report = sync_deck(store, deck(card(1, line=5), replace(card(2, line=7), pair=6)), LATER)
    assert report == SyncReport(updated=1, unchanged=1), "a sibling's line that did not move with it is a change"


def test_missing_card_is_marked_removed(store: Store) -> None:
    """A card gone from the notes is marked removed (with the time), not deleted."""
    sync_deck(store, deck(card(1), card(2)), T0)
    _, report = sync_deck(store, deck(card(2)), LATER)
    assert report == SyncReport(removed=1, unchanged=1)
    assert _row(store, "q1")["removed_at"] == "2026-03-11T12:00:00.000000+00:00"


def test_removed_card_is_not_removed_twice(store: Store) -> None:
    """A card already removed is not counted as removed again on the next sync."""
    sync_deck(store, deck(card(1), card(2)), T0)
    sync_deck(store, deck(card(2)), LATER)
    _, report = sync_deck(store, deck(card(2)), LATER + timedelta(days=1))
    assert report == SyncReport(unchanged=1)
    assert _row(store, "q1")["removed_at"] == "2026-03-11T12:00:00.000000+00:00"


def test_returning_card_is_restored(store: Store) -> None:
    """A removed card that comes back is un-removed with the same id (counted as updated)."""
    sync_deck(store, deck(card(1), card(2)), T0)
    card_id = _row(store, "q1")["id"]
    sync_deck(store, deck(card(2)), LATER)
    _, report = sync_deck(store, deck(card(1), card(2)), LATER + timedelta(days=1))
    assert report == SyncReport(updated=1, unchanged=1)
    assert (_row(store, "q1")["id"], _row(store, "q1")["removed_at"]) == (card_id, None)


def test_sync_never_touches_history(store: Store) -> None:
    """Update, removal and return of a card leave its reviews and FSRS state exactly as they were."""
    sync_deck(store, deck(card(1)), T0)
    card_id = int(_row(store, "q1")["id"])
    record_review(store, make_fsrs(Settings()), card_id, Rating.GOOD, T0, 1500)
    state = load_state(store.conn, card_id)
    reviews = store.conn.execute("SELECT * FROM reviews").fetchall()
    for cards in ([card(1, answer="edited")], [], [card(1)]):
        sync_deck(store, deck(*cards), LATER)
        assert load_state(store.conn, card_id) == state
        assert store.conn.execute("SELECT * FROM reviews").fetchall() == reviews


def test_repeated_key_keeps_first_card(store: Store) -> None:
    """Two cards with one key in the content: the first is kept, the sync does not fail."""
    _, report = sync_deck(store, deck(card(1), card(1, line=99)), T0)
    assert report == SyncReport(new=1)
    assert _row(store, "q1")["line"] == 1


def test_same_key_in_two_decks_is_two_cards(store: Store) -> None:
    """Keys are unique per deck: two decks may hold the same key."""
    first, _ = sync_deck(store, deck(card(1), root="/a", name="a"), T0)
    second, _ = sync_deck(store, deck(card(1), root="/b", name="b"), T0)
    assert first != second
    assert store.conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 2


def test_deck_keeps_its_name(store: Store) -> None:
    """The deck is found by its root and keeps the name it was given (a rename is not undone by a sync)."""
    deck_id, _ = sync_deck(store, deck(card(1), name="old"), T0)
    sync_deck(store, deck(card(1), name="new"), LATER)
    assert list_decks(store) == [DeckInfo(id=deck_id, name="old", root="/notes")]


def test_list_decks_by_name(store: Store) -> None:
    """Decks are listed by name, ignoring case."""
    sync_deck(store, deck(card(1), root="/z", name="zeta"), T0)
    sync_deck(store, deck(card(1), root="/a", name="Alpha"), T0)
    sync_deck(store, deck(card(1), root="/b", name="beta"), T0)
    assert [info.name for info in list_decks(store)] == ["Alpha", "beta", "zeta"]


def test_remove_deck_deletes_cards_and_reviews(store: Store) -> None:
    """Removing a deck deletes it, its cards and their reviews; other decks stay."""
    gone, _ = sync_deck(store, deck(card(1), card(2), root="/a", name="a"), T0)
    kept, _ = sync_deck(store, deck(card(1), root="/b", name="b"), T0)
    for (card_id,) in store.conn.execute("SELECT id FROM cards").fetchall():
        record_review(store, make_fsrs(Settings()), card_id, Rating.GOOD, T0, 0)
    remove_deck(store, gone, T0)
    assert [info.id for info in list_decks(store)] == [kept]
    assert store.conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 1
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("report", "text"),
    [
        (
            SyncReport(new=2, updated=1, relinked=1, removed=0, unchanged=14),
            "18 cards: 2 new, 1 updated, 1 relinked, 0 removed",
        ),
        (SyncReport(new=1), "1 card: 1 new, 0 updated, 0 relinked, 0 removed"),
        (SyncReport(removed=3), "0 cards: 0 new, 0 updated, 0 relinked, 3 removed"),
        (
            SyncReport(unchanged=2, warnings=1),
            "2 cards: 0 new, 0 updated, 0 relinked, 0 removed, 1 warning",
        ),
        (
            SyncReport(unchanged=2, warnings=3),
            "2 cards: 0 new, 0 updated, 0 relinked, 0 removed, 3 warnings",
        ),
        (
            SyncReport(new=3, scheduled=2),
            "3 cards: 3 new, 0 updated, 0 relinked, 0 removed, 2 scheduled as the spaced-repetition plugin had them",
        ),
    ],
)
def test_report_summary(report: SyncReport, text: str) -> None:
    """The report reads as one line: cards in the deck, new, updated, relinked, removed, warnings if any."""
    assert str(report) == text


def test_report_as_dict_for_json() -> None:
    """`as_dict` gives the eight counts `starcards sync --json` prints, by name."""
    report = SyncReport(new=1, updated=2, relinked=3, shifted=7, removed=4, unchanged=5, scheduled=8, warnings=6)
    assert report.as_dict() == {
        "new": 1,
        "updated": 2,
        "relinked": 3,
        "shifted": 7,
        "removed": 4,
        "unchanged": 5,
        "scheduled": 8,
        "warnings": 6,
    }


def test_reports_add_up() -> None:
    """Reports of several decks sum count by count; `SyncReport()` is the zero."""
    first = SyncReport(new=1, updated=2, relinked=3, removed=4, unchanged=5, warnings=6)
    second = SyncReport(new=10, relinked=1, warnings=2)
    assert sum([first, second], SyncReport()) == SyncReport(
        new=11, updated=2, relinked=4, removed=4, unchanged=5, warnings=8
    )


@pytest.mark.parametrize(
    ("report", "changed"),
    [
        (SyncReport(unchanged=5, warnings=2), False),
        (SyncReport(new=1), True),
        (SyncReport(updated=1), True),
        (SyncReport(relinked=1), True),
        (SyncReport(shifted=1), True),
        (SyncReport(removed=1), True),
    ],
)
def test_report_changed(report: SyncReport, changed: bool) -> None:
    """`changed` is true when a card was added, updated, relinked or removed; warnings alone are not a change."""
    assert report.changed is changed


def test_report_counts_warnings(store: Store) -> None:
    """The report's `warnings` is the number of warnings the content carries."""
    problems = [ParseWarning(file="n.md", line=3, message="x"), ParseWarning(file="n.md", message="y")]
    content = replace(deck(card(1)), warnings=problems)
    _, report = sync_deck(store, content, T0)
    assert report == SyncReport(new=1, warnings=2)
