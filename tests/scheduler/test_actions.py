"""Bury, suspend, unsuspend and reset: journalled, honoured by the queue, undoable."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scheduler.actions import bury, reset, suspend, undo_event, unsuspend
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import CardState, Rating, make_fsrs
from scheduler.queue import due_counts, next_card_id
from scheduler.reviews import load_state
from scheduler.settings import Settings
from scheduler.store import Store, StoreError
from tests.scheduler.helpers import IN_UTC, T0, card, card_ids, deck, utc_session

FSRS = make_fsrs(Settings())


def _next(store: Store, at=T0) -> int | None:
    """The card the queue would show at `at` (UTC days)."""
    return next_card_id(store, at, IN_UTC)


def test_a_buried_card_leaves_the_queue_until_its_time(store: Store) -> None:
    """Burying hides the card from counts and picks until `until`, then it is back."""
    sync_deck(store, deck(card(1), card(2)), T0)
    ids = card_ids(store)
    bury(store, ids["q1"], T0, T0 + timedelta(hours=16))
    assert _next(store) == ids["q2"]
    assert due_counts(store, T0, IN_UTC).new == 1
    later = T0 + timedelta(hours=16)
    assert _next(store, later) == ids["q1"]
    assert due_counts(store, later, IN_UTC).new == 2


def test_suspend_until_unsuspended_and_undo_of_each(store: Store) -> None:
    """Suspend removes the card from play; unsuspend and undo of the suspend bring it back."""
    sync_deck(store, deck(card(1)), T0)
    card_id = card_ids(store)["q1"]
    event = suspend(store, card_id, T0)
    assert _next(store, T0 + timedelta(days=400)) is None
    undo_event(store, FSRS, event)
    assert _next(store) == card_id
    suspend(store, card_id, T0)
    back = unsuspend(store, card_id, T0)
    assert _next(store) == card_id
    undo_event(store, FSRS, back)
    assert _next(store) is None, "undoing the unsuspend leaves the card suspended"


def test_reset_restarts_the_state_keeps_the_log_and_undoes(store: Store, clock: FixedClock) -> None:
    """A reset makes the card new again with its reviews kept; undoing it restores the state."""
    sync_deck(store, deck(card(1)), T0)
    card_id = card_ids(store)["q1"]
    session = utc_session(store, clock)
    session.rate(Rating.GOOD, 1000)
    session.rate(Rating.GOOD, 1000)
    before = load_state(store.conn, card_id)
    event = reset(store, FSRS, card_id, T0)
    assert load_state(store.conn, card_id) == CardState()
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 2
    undo_event(store, FSRS, event)
    assert load_state(store.conn, card_id) == before


def test_actions_on_unknown_cards_or_events_are_refused(store: Store) -> None:
    """An unknown card or event id is a StoreError, and nothing is written."""
    with pytest.raises(StoreError):
        suspend(store, 999, T0)
    with pytest.raises(StoreError):
        undo_event(store, FSRS, 999)
    assert store.conn.execute("SELECT COUNT(*) FROM card_events").fetchone()[0] == 0
