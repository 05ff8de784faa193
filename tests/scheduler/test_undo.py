"""Undo in a review session: the log loses the rating and the card gets back its exact state."""

from __future__ import annotations

from dataclasses import fields

import pytest

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import CardState, Rating
from scheduler.reviews import load_state
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, card_ids, current_key, deck, utc_session


def _assert_same_state(actual: CardState, expected: CardState) -> None:
    """Every field of the two states is equal."""
    for field in fields(CardState):
        assert getattr(actual, field.name) == getattr(expected, field.name), field.name


def test_undo_restores_the_card_exactly(store: Store, clock: FixedClock) -> None:
    """Undo deletes the last review and restores the card's state field by field; the card is current again."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock)
    card_id = card_ids(store)["q1"]
    for rating in (Rating.GOOD, Rating.GOOD, Rating.HARD):
        session.rate(rating, 1000)
        clock.set(load_state(store.conn, card_id).due)  # type: ignore[arg-type]
    before = load_state(store.conn, card_id)
    assert current_key(session) == "q1"
    session.rate(Rating.AGAIN, 4000)
    undone = session.undo()
    _assert_same_state(load_state(store.conn, card_id), before)
    assert undone == session.current
    assert (undone.id, undone.state) == (card_id, before)
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 3


def test_repeated_undo_walks_back(store: Store, clock: FixedClock) -> None:
    """Several undos take back the session's ratings newest first, until there is nothing to undo."""
    sync_deck(store, deck(card(1), card(2), card(3)), T0)
    session = utc_session(store, clock)
    for rating in (Rating.EASY, Rating.GOOD, Rating.AGAIN):
        session.rate(rating, 1000)
        clock.advance(seconds=30)
    assert [session.undo().content.key for _ in range(3)] == ["q3", "q2", "q1"]
    assert not session.can_undo
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
    for card_id in card_ids(store).values():
        assert load_state(store.conn, card_id) == CardState()
    with pytest.raises(IndexError):
        session.undo()


def test_undo_only_takes_back_this_session(store: Store, clock: FixedClock) -> None:
    """A new session cannot undo the ratings of an earlier one."""
    sync_deck(store, deck(card(1)), T0)
    utc_session(store, clock).rate(Rating.GOOD, 0)
    assert not utc_session(store, clock).can_undo
