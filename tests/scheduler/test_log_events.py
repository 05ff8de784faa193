"""The log as events (schema 10): undo is an event, never a deletion (the row stays, marked undone, and the
undo is logged); a card's log replays in its global order, whatever the rows' ids."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scheduler import actions
from scheduler.decks import sync_deck
from scheduler.engine import CardState, Rating, make_fsrs, replay
from scheduler.log_order import machine_id
from scheduler.reviews import card_log, load_state, record_review, undo_review
from scheduler.settings import Settings
from scheduler.store import Store, StoreError
from tests.scheduler.helpers import T0, card, card_ids, deck

FSRS = make_fsrs(Settings())


@pytest.fixture
def store() -> Store:
    """A store with one deck of two cards."""
    with Store.open(":memory:") as opened:
        sync_deck(opened, deck(card(1), card(2)), T0)
        yield opened


def test_an_undone_review_stays_in_the_log_marked_undone(store: Store) -> None:
    """The review row is kept with undone = 1; the `reviews` view, the hourly sums and the state forget it."""
    card_id = card_ids(store)["q1"]
    record_review(store, FSRS, card_id, Rating.GOOD, T0, 1000)
    review_id = record_review(store, FSRS, card_id, Rating.AGAIN, T0 + timedelta(days=2), 1000)
    undo_review(store, FSRS, review_id)
    conn = store.conn
    assert conn.execute("SELECT undone FROM review_log WHERE id = ?", (review_id,)).fetchone()[0] == 1
    assert [row[0] for row in conn.execute("SELECT id FROM reviews")] == [review_id - 1]
    assert conn.execute("SELECT SUM(reviews) FROM review_hours").fetchone()[0] == 1
    undo = conn.execute("SELECT target, target_origin, target_id FROM undos").fetchone()
    assert tuple(undo) == ("review", machine_id(conn), review_id)
    assert load_state(conn, card_id) == replay(FSRS, card_id, card_log(conn, card_id, FSRS))
    assert load_state(conn, card_id).reps == 1


def test_a_review_is_undone_once(store: Store) -> None:
    """Undoing an undone review is refused: it is no longer in the log that counts."""
    review_id = record_review(store, FSRS, card_ids(store)["q1"], Rating.GOOD, T0, 1000)
    undo_review(store, FSRS, review_id)
    with pytest.raises(StoreError):
        undo_review(store, FSRS, review_id)


def test_an_undone_suspend_stays_in_the_journal_marked_undone(store: Store) -> None:
    """Undoing a suspend marks the event undone, logs the undo, and the card is back in the queue."""
    card_id = card_ids(store)["q2"]
    event = actions.suspend(store, card_id, T0)
    actions.undo_event(store, FSRS, event)
    conn = store.conn
    assert conn.execute("SELECT undone FROM card_event_log WHERE id = ?", (event,)).fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM card_events").fetchone()[0] == 0
    assert conn.execute("SELECT suspended FROM cards WHERE id = ?", (card_id,)).fetchone()[0] == 0
    assert conn.execute("SELECT target FROM undos").fetchone()[0] == "event"


def test_a_card_replays_in_time_order_whatever_the_row_order(store: Store) -> None:
    """A review merged later (a higher row id) but made earlier replays in its place in time."""
    card_id = card_ids(store)["q1"]
    times = [T0, T0 + timedelta(days=3), T0 + timedelta(days=1)]
    with store.transaction() as conn:
        for number, when in enumerate(times, start=1):
            conn.execute(
                "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, origin, origin_id, draw)"
                " VALUES (?, 3, ?, 1000, 'other', ?, 0.5)",
                (card_id, when.isoformat(timespec="microseconds"), number),
            )
    assert [logged.when for logged in card_log(store.conn, card_id, FSRS)] == sorted(times)


def test_a_reset_covers_reviews_merged_in_before_it(store: Store) -> None:
    """A reset covers its card's reviews up to the one it was made after, in time: one merged in later counts too."""
    card_id = card_ids(store)["q1"]
    record_review(store, FSRS, card_id, Rating.GOOD, T0 + timedelta(days=2), 1000)
    actions.reset(store, FSRS, card_id, T0 + timedelta(days=3))
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, origin, origin_id)"
            " VALUES (?, 1, ?, 1000, 'other', 1)",
            (card_id, (T0 + timedelta(days=1)).isoformat(timespec="microseconds")),
        )
    assert card_log(store.conn, card_id, FSRS) == []
    assert load_state(store.conn, card_id) == CardState()


def test_a_review_from_a_clock_behind_is_ordered_after_what_the_card_has(store: Store) -> None:
    """A review whose time is before the card's last review (another clock) is ordered just after it: cache = replay."""
    card_id = card_ids(store)["q1"]
    record_review(store, FSRS, card_id, Rating.GOOD, T0 + timedelta(days=5), 1000)
    record_review(store, FSRS, card_id, Rating.AGAIN, T0 + timedelta(days=1), 1000)
    sort_at = store.conn.execute("SELECT sort_at FROM reviews ORDER BY id").fetchall()
    assert [row[0] for row in sort_at] == [None, "2026-03-15T12:00:00.000001+00:00"]
    assert load_state(store.conn, card_id) == replay(FSRS, card_id, card_log(store.conn, card_id, FSRS))
    assert load_state(store.conn, card_id).reps == 2


def test_a_review_from_a_clock_behind_an_undone_reset_review_counts(store: Store) -> None:
    """Rated, reset, that rating undone, then rated with the clock set back: the reset still covers the undone
    review's place in the log, so the new review is ordered after that place and replay counts it (cache = replay)."""
    card_id = card_ids(store)["q1"]
    first = record_review(store, FSRS, card_id, Rating.AGAIN, T0 + timedelta(days=1), 1000)
    actions.reset(store, FSRS, card_id, T0 + timedelta(days=1))
    undo_review(store, FSRS, first)
    record_review(store, FSRS, card_id, Rating.GOOD, T0 + timedelta(days=1) - timedelta(hours=2), 1000)
    assert len(card_log(store.conn, card_id, FSRS)) == 1
    assert load_state(store.conn, card_id) == replay(FSRS, card_id, card_log(store.conn, card_id, FSRS))
