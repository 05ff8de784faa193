"""Undo puts a card back byte for byte, even after the settings changed; bury and suspend never touch FSRS."""

from __future__ import annotations

from datetime import timedelta

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.reviews import STATE_COLUMNS, load_state
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, card_ids, deck, utc_session

OLD = Settings(desired_retention=0.9)
NEW = Settings(desired_retention=0.8, relearning_steps=[5, 30], maximum_interval=20)


def _row(store: Store, card_id: int) -> tuple[object, ...]:
    """The card's stored FSRS columns and its suspend/bury caches, as stored."""
    columns = ", ".join((*STATE_COLUMNS, "suspended", "buried_until"))
    return tuple(store.conn.execute(f"SELECT {columns} FROM cards WHERE id = ?", (card_id,)).fetchone())


def _reviewed_under_old_settings(store: Store, clock: FixedClock) -> int:
    """One card taken into review under OLD and reviewed a few times over some weeks; its id."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock, OLD)
    for rating in (Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.GOOD):
        session.rate(rating, 1000)
        clock.set(load_state(store.conn, card_ids(store)["q1"]).due + timedelta(hours=1))  # type: ignore[operator]
    return card_ids(store)["q1"]


def test_rate_then_undo_after_a_settings_change_restores_the_card(store: Store, clock: FixedClock) -> None:
    """Under new settings, rating a card scheduled under old ones and undoing leaves its row as it was."""
    card_id = _reviewed_under_old_settings(store, clock)
    before = _row(store, card_id)
    session = utc_session(store, clock, NEW)
    for rating in Rating:
        assert session.current is not None and session.current.id == card_id
        session.rate(rating, 1000)
        assert _row(store, card_id) != before
        session.undo()
        assert _row(store, card_id) == before


def test_bury_and_suspend_and_their_undo_leave_the_fsrs_state_alone(store: Store, clock: FixedClock) -> None:
    """After a settings change, burying or suspending and undoing it gives back the row as it was."""
    card_id = _reviewed_under_old_settings(store, clock)
    before = _row(store, card_id)
    session = utc_session(store, clock, NEW)
    for action in (session.bury, session.suspend):
        action()
        assert _row(store, card_id)[: len(STATE_COLUMNS)] == before[: len(STATE_COLUMNS)]
        session.undo()
        assert _row(store, card_id) == before
