"""The fuzz draw a new review records (`review_draw`), and the one a review recorded without a draw replays with."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scheduler.decks import sync_deck
from scheduler.engine import Logged, Rating, make_fsrs, replay
from scheduler.fuzz import fuzz_factor, review_draw
from scheduler.reviews import card_log, load_state, record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, card_ids, deck

FSRS = make_fsrs(Settings())
RATINGS = (Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.EASY, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD)


@pytest.mark.parametrize(
    ("card_id", "index", "drawn"),
    [(1, 0, 0.5907556028102178), (42, 3, 0.9356293142333251), (100200, 17, 0.07492439150893371)],
)
def test_a_review_without_a_draw_replays_with_the_draw_it_was_made_with(card_id: int, index: int, drawn: float) -> None:
    """`fuzz_factor` is the draw every review was made with before `review_draw` (values of that code)."""
    assert fuzz_factor(card_id=card_id, index=index) == drawn


@pytest.mark.parametrize(
    ("card_id", "index", "drawn"),
    [(1, 0, 0.20571876175025827), (42, 3, 0.8844256306695372), (100200, 17, 0.8701525658127066)],
)
def test_a_new_reviews_draw_is_the_same_in_every_process(card_id: int, index: int, drawn: float) -> None:
    """`review_draw` depends on the card and index alone: a preview in one window is what another records."""
    assert review_draw(card_id=card_id, index=index) == drawn


def test_new_reviews_draws_spread_evenly() -> None:
    """Over 5,000 reviews every tenth of [0, 1) gets its share (within a third), and no draw leaves [0, 1)."""
    draws = [review_draw(card_id=card_id, index=index) for card_id in range(1000) for index in range(5)]
    assert all(0.0 <= value < 1.0 for value in draws)
    tenths = [sum(1 for value in draws if low / 10 <= value < (low + 1) / 10) for low in range(10)]
    assert all(333 < count < 667 for count in tenths), tenths


def _rated(store: Store) -> int:
    """A card rated `RATINGS` a week or more apart, so that its review intervals are fuzzed; its id."""
    sync_deck(store, deck(card(1)), T0)
    card_id = card_ids(store)["q1"]
    when = T0
    for rating in RATINGS:
        record_review(store, FSRS, card_id, rating, when, 1000)
        when = max(load_state(store.conn, card_id).due or when, when + timedelta(days=7))
    return card_id


def test_a_rating_records_its_review_draw_and_replays_to_the_cards_state(store: Store) -> None:
    """Each review records `review_draw` of its index; the log replays to the cached state (what doctor checks)."""
    card_id = _rated(store)
    recorded = [row[0] for row in store.conn.execute("SELECT draw FROM reviews WHERE card_id = ? ORDER BY id", (card_id,))]
    assert recorded == [review_draw(card_id=card_id, index=index) for index in range(len(RATINGS))]
    assert replay(FSRS, card_id, card_log(store.conn, card_id, FSRS)) == load_state(store.conn, card_id)


def test_a_log_without_draws_replays_with_the_old_draws(store: Store) -> None:
    """The same reviews recorded without draws (an older export) replay with `fuzz_factor`'s, not `review_draw`'s."""
    card_id = _rated(store)
    log = card_log(store.conn, card_id, FSRS)
    bare = [Logged(entry.rating, entry.when, entry.day, entry.scheduler) for entry in log]
    old = [entry._replace(draw=fuzz_factor(card_id=card_id, index=index)) for index, entry in enumerate(bare)]
    assert _dues(card_id, bare) == _dues(card_id, old)
    assert _dues(card_id, bare) != _dues(card_id, log), "the two draws give different due dates here"


def _dues(card_id: int, log: list[Logged]) -> list[object]:
    """The due date after each review of `log`."""
    return [replay(FSRS, card_id, log[:count]).due for count in range(1, len(log) + 1)]
