"""Properties of the review log: the cached state is always the replayed log, and undo restores it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import CardState, Rating, make_fsrs, replay
from scheduler.reviews import card_log, load_state, record_review, undo_review
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, deck

SETTINGS = Settings()
"""The defaults, fuzz on."""
FSRS = make_fsrs(SETTINGS)

steps = st.lists(
    st.tuples(
        st.sampled_from(list(Rating)),
        st.one_of(
            st.integers(min_value=0, max_value=60 * 60),  # within the hour, in seconds
            st.integers(min_value=0, max_value=400 * 24 * 60 * 60),  # up to 400 days
        ),
    ),
    min_size=1,
    max_size=25,
)
"""Sequences of (rating, seconds since the previous review)."""


def _one_card_store() -> tuple[Store, int]:
    """A fresh store holding one card; the card's id."""
    store = Store.open(":memory:")
    sync_deck(store, deck(card(1)), T0)
    return store, int(store.conn.execute("SELECT id FROM cards").fetchone()[0])


def _replayed(store: Store, card_id: int) -> CardState:
    """The state the card's log replays to."""
    return replay(FSRS, card_id, card_log(store.conn, card_id))


@settings(max_examples=150, deadline=None)
@given(steps)
def test_cache_is_replay_and_undo_restores(history: list[tuple[Rating, int]]) -> None:
    """For any ratings at any times, the cached state equals replay(log); undo restores the state before the last rating."""
    store, card_id = _one_card_store()
    when = T0
    states = [load_state(store.conn, card_id)]
    review_ids = []
    for rating, seconds in history:
        when += timedelta(seconds=seconds)
        review_ids.append(record_review(store, FSRS, card_id, rating, when, 1000))
        states.append(load_state(store.conn, card_id))
        assert states[-1] == _replayed(store, card_id)
    for review_id in reversed(review_ids):
        states.pop()
        undo_review(store, FSRS, review_id)
        assert load_state(store.conn, card_id) == states[-1]
    assert states == [CardState()]
    store.close()


@settings(max_examples=60, deadline=None)
@given(steps)
def test_session_cache_is_replay_and_undo_walks_back(history: list[tuple[Rating, int]]) -> None:
    """Through a session: after each rating the cache is the replayed log; undoing them all walks back every state."""
    store, card_id = _one_card_store()
    clock = FixedClock(T0)
    session = ReviewSession(store, SETTINGS, clock, tz=UTC)
    states = []
    for rating, seconds in history:
        clock.advance(seconds=seconds)
        due = load_state(store.conn, card_id).due
        if session.current is None and due is not None:
            clock.set(max(clock.now(), due))
        assert session.current is not None and session.current.id == card_id
        states.append(load_state(store.conn, card_id))
        session.rate(rating, 1000)
        assert load_state(store.conn, card_id) == _replayed(store, card_id)
    while session.can_undo:
        undone = session.undo()
        assert undone.state == load_state(store.conn, card_id) == states.pop()
    assert states == []
    store.close()


@pytest.mark.parametrize("fuzz", [True, False], ids=["fuzz-on", "fuzz-off"])
@settings(max_examples=60, deadline=None)
@given(history=steps)
def test_previews_equal_what_rating_commits(fuzz: bool, history: list[tuple[Rating, int]]) -> None:
    """Before each rating, the session's preview for that rating is exactly the interval the rating then commits."""
    store, card_id = _one_card_store()
    clock = FixedClock(T0)
    session = ReviewSession(store, Settings(fuzz=fuzz), clock, tz=UTC)
    for rating, seconds in history:
        clock.advance(seconds=seconds)
        due = load_state(store.conn, card_id).due
        if session.current is None and due is not None:
            clock.set(max(clock.now(), due))
        preview = session.intervals()
        session.rate(rating, 1000)
        state = load_state(store.conn, card_id)
        assert state.due == clock.now() + preview[rating]
    store.close()
