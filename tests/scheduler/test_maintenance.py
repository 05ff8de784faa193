"""Rebuilding the state cache from the review log."""

from __future__ import annotations

from datetime import timedelta

from scheduler.actions import reset
from scheduler.decks import sync_deck
from scheduler.engine import CardState, Rating, make_fsrs, replay
from scheduler.maintenance import rebuild_states
from scheduler.reviews import card_log, load_state, record_review
from scheduler.settings import DeckSettings, Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, card_ids, deck


def _reviewed_store(store: Store) -> list[int]:
    """Three cards, two of them with a few reviews; the card ids."""
    sync_deck(store, deck(card(1), card(2), card(3)), T0)
    ids = [row[0] for row in store.conn.execute("SELECT id FROM cards ORDER BY id")]
    fsrs_scheduler = make_fsrs(Settings())
    for offset, rating in enumerate((Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.EASY)):
        for card_id in ids[:2]:
            record_review(
                store, fsrs_scheduler, card_id, rating, T0 + timedelta(days=3 * offset), 0
            )
    return ids


def test_rebuild_repairs_a_damaged_cache(store: Store) -> None:
    """A corrupted cache is rebuilt to exactly the replayed log, for every card."""
    ids = _reviewed_store(store)
    expected = [load_state(store.conn, card_id) for card_id in ids]
    with store.transaction() as conn:
        conn.execute("UPDATE cards SET stability = 99, due = NULL, reps = 0, state = 2")
    assert rebuild_states(store, Settings()) == 3
    assert [load_state(store.conn, card_id) for card_id in ids] == expected
    assert expected[2] == CardState()


def test_rebuild_applies_new_settings(store: Store) -> None:
    """After a change of retention the cache holds what the log replays to under the new settings."""
    ids = _reviewed_store(store)
    before = load_state(store.conn, ids[0])
    changed = Settings(desired_retention=0.8)
    rebuild_states(store, changed)
    after = load_state(store.conn, ids[0])
    assert after == replay(make_fsrs(changed), ids[0], card_log(store.conn, ids[0]))
    assert after.due != before.due
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 8


def test_rebuild_uses_each_decks_settings(store: Store) -> None:
    """Each deck is replayed with its effective settings: a deck with its own retention and steps, the other with the global ones."""
    sync_deck(store, deck(card(1), root="/a", name="a"), T0)
    sync_deck(store, deck(card(2), root="/b", name="b"), T0)
    ids = card_ids(store)
    for card_id in ids.values():
        for offset, rating in enumerate((Rating.GOOD, Rating.GOOD, Rating.GOOD)):
            record_review(store, make_fsrs(Settings()), card_id, rating, T0 + timedelta(days=5 * offset), 0)
    settings = Settings(desired_retention=0.85, decks={"b": DeckSettings(desired_retention=0.75, learning_steps=[30])})
    rebuild_states(store, settings)
    for key, effective in (("q1", settings.for_deck("a")), ("q2", settings.for_deck("b"))):
        card_id = ids[key]
        assert load_state(store.conn, card_id) == replay(make_fsrs(effective), card_id, card_log(store.conn, card_id))
    assert load_state(store.conn, ids["q1"]).due != load_state(store.conn, ids["q2"]).due


def test_rebuild_honours_a_reset(store: Store) -> None:
    """A reset card is rebuilt from the reviews after its reset only, as the live cache has it."""
    sync_deck(store, deck(card(1)), T0)
    card_id = card_ids(store)["q1"]
    scheduler = make_fsrs(Settings())
    record_review(store, scheduler, card_id, Rating.EASY, T0, 0)
    reset(store, scheduler, card_id, T0 + timedelta(hours=1))
    record_review(store, scheduler, card_id, Rating.AGAIN, T0 + timedelta(hours=2), 0)
    expected = load_state(store.conn, card_id)
    rebuild_states(store, Settings())
    assert load_state(store.conn, card_id) == expected
    assert expected.reps == 1
