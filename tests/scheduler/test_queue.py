"""Counting today's cards: learning and reviews due today, new cards within the daily allowance."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from scheduler.decks import sync_deck
from scheduler.queue import DueCounts, deck_counts, due_counts, next_card_id
from scheduler.rules import DeckRules, Rules
from scheduler.store import Store, format_time
from tests.scheduler.helpers import IN_UTC, T0, UTC, card, deck

END_OF_TODAY = datetime(2026, 3, 11, 4, 0, tzinfo=UTC)
"""With tz=UTC and the day starting at 04:00, the day holding T0 ends here."""
START_OF_TODAY = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)


def _deck(store: Store, size: int, root: str = "/notes") -> int:
    """Sync a deck of `size` new cards (keys q1..qN) at `root`; its id."""
    deck_id, _ = sync_deck(
        store, deck(*(card(n) for n in range(1, size + 1)), root=root, name=root), T0
    )
    return deck_id


def _put(
    store: Store,
    deck_id: int,
    key: str,
    *,
    state: int = 0,
    due: datetime | None = None,
    introduced: datetime | None = None,
    removed: bool = False,
) -> None:
    """Set a card's cached state columns directly."""
    store.conn.execute(
        "UPDATE cards SET state = ?, due = ?, introduced_at = ?, removed_at = ?"
        " WHERE deck_id = ? AND key = ?",
        (
            state,
            due and format_time(due),
            introduced and format_time(introduced),
            format_time(T0) if removed else None,
            deck_id,
            key,
        ),
    )


def _counts(store: Store, deck_ids: list[int] | None = None, new_per_day: int = 10, day_starts_at: int = 4) -> DueCounts:
    """due_counts at T0 in UTC, by default with 10 new cards a day and the day starting at 04:00."""
    return due_counts(store, T0, Rules(day_starts_at, UTC, default=DeckRules(new_per_day)), deck_ids)


def test_empty_store_has_nothing_due(store: Store) -> None:
    """No decks: nothing due, no per-deck counts."""
    assert _counts(store) == DueCounts(0, 0, 0)
    assert deck_counts(store, T0, IN_UTC) == {}


@pytest.mark.parametrize(("new_per_day", "expected"), [(10, 10), (20, 15), (0, 0)])
def test_new_cards_are_capped_per_day(store: Store, new_per_day: int, expected: int) -> None:
    """New cards available = min(unseen cards, new_per_day)."""
    _deck(store, 15)
    assert _counts(store, new_per_day=new_per_day).new == expected


def test_cards_introduced_today_use_up_the_allowance(store: Store) -> None:
    """Cards first reviewed since the day began count against new_per_day; yesterday's do not."""
    deck_id = _deck(store, 15)
    for key in ("q1", "q2", "q3"):
        _put(store, deck_id, key, state=1, due=T0 + timedelta(days=2), introduced=START_OF_TODAY)
    _put(
        store,
        deck_id,
        "q4",
        state=1,
        due=T0 + timedelta(days=2),
        introduced=START_OF_TODAY - timedelta(seconds=1),
    )
    assert _counts(store).new == 7


def test_allowance_returns_the_next_day(store: Store) -> None:
    """The next local day, the cards introduced today no longer count: the allowance is whole again."""
    deck_id = _deck(store, 15)
    for number in range(1, 11):
        _put(store, deck_id, f"q{number}", state=2, due=T0 + timedelta(days=30), introduced=T0)
    assert _counts(store).new == 0
    assert due_counts(store, T0 + timedelta(days=1), IN_UTC).new == 5


@pytest.mark.parametrize(
    ("state", "due", "field", "expected"),
    [
        (1, T0 - timedelta(hours=1), "learning", 1),
        (3, T0 + timedelta(hours=3), "learning", 1),
        (1, END_OF_TODAY - timedelta(microseconds=1), "learning", 1),
        (1, END_OF_TODAY, "learning", 0),
        (2, T0 - timedelta(days=9), "review", 1),
        (2, END_OF_TODAY - timedelta(microseconds=1), "review", 1),
        (2, END_OF_TODAY, "review", 0),
    ],
)
def test_due_before_the_end_of_today_counts(
    store: Store, state: int, due: datetime, field: str, expected: int
) -> None:
    """Learning, relearning and review cards count when due before the local day ends (04:00 next day)."""
    deck_id = _deck(store, 1)
    _put(store, deck_id, "q1", state=state, due=due, introduced=T0 - timedelta(days=20))
    assert getattr(_counts(store), field) == expected
    assert _counts(store).total == expected


@pytest.mark.parametrize("state", [0, 1, 2, 3])
def test_removed_cards_never_count(store: Store, state: int) -> None:
    """A card removed from the notes is not available, whatever its state."""
    deck_id = _deck(store, 1)
    _put(store, deck_id, "q1", state=state, due=T0 - timedelta(days=1), removed=True)
    assert _counts(store) == DueCounts(0, 0, 0)


def test_limit_applies_per_deck(store: Store) -> None:
    """Each deck has its own new allowance; due_counts sums the decks (as Anki does)."""
    first = _deck(store, 15, "/a")
    second = _deck(store, 4, "/b")
    _put(store, first, "q1", state=2, due=T0, introduced=T0)
    assert deck_counts(store, T0, IN_UTC) == {
        first: DueCounts(new=9, learning=0, review=1),
        second: DueCounts(new=4, learning=0, review=0),
    }
    assert _counts(store) == DueCounts(new=13, learning=0, review=1)


def test_deck_ids_restrict_the_count(store: Store) -> None:
    """Only the decks asked for are counted."""
    _deck(store, 15, "/a")
    second = _deck(store, 4, "/b")
    assert _counts(store, deck_ids=[second]) == DueCounts(new=4)
    assert list(deck_counts(store, T0, IN_UTC, [second])) == [second]
    assert _counts(store, deck_ids=[]) == DueCounts()


def test_day_starts_at_moves_the_boundary(store: Store) -> None:
    """A review due at 05:00 UTC tomorrow counts today if the day starts at 06:00, not if at 04:00."""
    deck_id = _deck(store, 1)
    _put(
        store,
        deck_id,
        "q1",
        state=2,
        due=datetime(2026, 3, 11, 5, tzinfo=UTC),
        introduced=T0 - timedelta(days=5),
    )
    assert _counts(store, day_starts_at=4).review == 0
    assert _counts(store, day_starts_at=6).review == 1


def test_next_card_avoids_the_card_just_rated(store: Store) -> None:
    """The card to avoid is passed over while another is available, and chosen when it is the only one."""
    deck_id = _deck(store, 2)
    _put(store, deck_id, "q1", state=1, due=T0 - timedelta(minutes=2), introduced=T0)
    _put(store, deck_id, "q2", state=1, due=T0 + timedelta(minutes=5), introduced=T0)
    first, second = (row[0] for row in store.conn.execute("SELECT id FROM cards ORDER BY key"))
    assert next_card_id(store, T0, IN_UTC) == first
    assert next_card_id(store, T0, IN_UTC, avoid=first) == second
    _put(store, deck_id, "q2", state=2, due=T0 + timedelta(days=5), introduced=T0)
    assert next_card_id(store, T0, IN_UTC, avoid=first) == first
