"""The training items built in bulk equal the ones built the obvious way, review by review."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone, tzinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.days import day_number
from scheduler.fsrs_items import LoggedReview, deck_items, deck_log, items_from_log
from scheduler.optimize import HELD_OUT, compute, fit_parameters, score, to_fsrs_items, training_items
from scheduler.parameters import default_parameters
from scheduler.store import Store, format_time, parse_time
from tests.scheduler.learned import learn_deck, learned_store

Direct = list[tuple[int, tuple[tuple[int, int], ...]]]
"""Items as (when the last review was made, the (rating, elapsed days) of the item's reviews)."""


def _direct(log: list[LoggedReview], day_starts_at: int, tz: tzinfo) -> Direct:
    """The items of `log` built review by review: each card's local days, one item per later day, oldest first."""
    by_card: dict[int, list[LoggedReview]] = {}
    for review in log:
        by_card.setdefault(review.card_id, []).append(review)
    items = []
    for card in sorted(by_card):
        reviews = by_card[card]
        days = [day_number(review.at, day_starts_at, tz) if review.day is None else review.day for review in reviews]
        history = [(reviews[0].rating, 0)]
        for index in range(1, len(reviews)):
            history.append((reviews[index].rating, max(0, days[index] - days[index - 1])))
            if history[-1][1] > 0:
                items.append((reviews[index].at_ms, tuple(history)))
    return sorted(items, key=lambda item: item[0])


def _as_direct(items) -> Direct:  # noqa: ANN001
    return [(when, items.reviews(index)) for index, (when, _card, _length, _history) in enumerate(items.spans)]


START_MS = 1_767_225_600_000
"""2026-01-01 00:00 UTC."""

_reviews = st.lists(
    st.tuples(
        st.integers(1, 6),  # card
        st.integers(1, 4),  # rating
        st.integers(0, 200).map(lambda hour: START_MS + hour * 3_600_000 + hour % 3 * 7),  # repeated times: ties
        st.one_of(st.none(), st.integers(739_617, 739_626)),  # a recorded day, sometimes earlier than the last
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(
    _reviews,
    st.integers(0, 23),
    st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30))]),
)
def test_items_equal_the_ones_built_review_by_review(rows: list, day_starts_at: int, tz: tzinfo) -> None:
    """Same items, same reviews, same elapsed days, same order (time, then card, then the card's own order)."""
    log = sorted(
        (LoggedReview(card, rating, at_ms, 1000, None, day) for card, rating, at_ms, day in rows),
        key=lambda review: review.card_id,
    )
    assert _as_direct(items_from_log(log, day_starts_at, tz)) == _direct(log, day_starts_at, tz)


def test_fsrs_items_hold_each_items_reviews() -> None:
    """fsrs-rs-python's items carry exactly the (rating, elapsed days) of ours, a day dated backwards as 0."""
    from fsrs_rs_python import FSRSItem, FSRSReview

    rnd = random.Random(5)
    log = sorted(
        (LoggedReview(rnd.randrange(8), rnd.randrange(1, 5), START_MS + rnd.randrange(400) * 3_600_000, 0, None,
                      rnd.choice([None, 739_620, 739_619])) for _ in range(300)),
        key=lambda review: review.card_id,
    )
    items = items_from_log(log, 4, UTC)
    assert any(days == 0 for index in range(len(items)) for _rating, days in items.reviews(index)[1:])
    converted = to_fsrs_items(items)
    expected = [FSRSItem([FSRSReview(*review) for review in items.reviews(index)]) for index in range(len(items))]
    assert list(map(repr, converted)) == list(map(repr, expected))


def _at_ms(text: str) -> int:
    """A stored time as whole unix milliseconds, the microseconds cut off."""
    return (parse_time(text) - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(milliseconds=1)


@pytest.fixture(scope="module")
def two_decks() -> Store:
    """Decks "Work" and "Other" studied, a card of each reset, review times with random microseconds."""
    store = learned_store(cards=30, days=60)
    other = learn_deck(store, 20, 40, "Other")
    rnd = random.Random(9)
    with store.transaction() as conn:
        for review_id, text in conn.execute("SELECT id, reviewed_at FROM reviews").fetchall():
            moved = parse_time(text) + timedelta(microseconds=rnd.randrange(1_000_000))
            conn.execute("UPDATE review_log SET reviewed_at = ? WHERE id = ?", (format_time(moved), review_id))
        for deck in (1, other):
            card, third = conn.execute(
                "SELECT card_id, id FROM reviews WHERE card_id = (SELECT MIN(id) FROM cards WHERE deck_id = ?)"
                " ORDER BY id LIMIT 1 OFFSET 2", (deck,),
            ).fetchone()
            conn.execute(
                "INSERT INTO card_events (card_id, kind, at, after_review) VALUES (?, 'reset', ?, ?)",
                (card, "2027-01-01T00:00:00.000000+00:00", third),
            )
    return store


@pytest.mark.parametrize("decks", [None, "Other"])
def test_the_log_is_each_cards_reviews_since_its_last_reset(two_decks: Store, decks: str | None) -> None:
    """deck_log reads, card by card, the reviews after the card's last reset, of the decks asked for, times in ms."""
    conn = two_decks.conn
    deck_ids = None if decks is None else [conn.execute("SELECT id FROM decks WHERE name = ?", (decks,)).fetchone()[0]]
    of_deck = "" if deck_ids is None else f"WHERE deck_id = {deck_ids[0]}"
    cards = [row[0] for row in conn.execute(f"SELECT id FROM cards {of_deck} ORDER BY id")]
    direct = []
    for card in cards:
        reset = conn.execute(
            "SELECT COALESCE(MAX(after_review), 0) FROM card_events WHERE card_id = ? AND kind = 'reset'", (card,)
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT rating, reviewed_at, duration_ms, phase, day FROM reviews WHERE card_id = ? AND id > ? ORDER BY id",
            (card, reset),
        )
        direct += [LoggedReview(card, rating, _at_ms(at), ms, phase, day) for rating, at, ms, phase, day in rows]
    assert len(direct) > 100
    assert deck_log(conn, deck_ids) == direct
    assert deck_items(conn, deck_ids, 4, UTC) == items_from_log(direct, 4, UTC)


@pytest.mark.parametrize("decks", [None, "Other"])
def test_items_holding_fsrs_reviews_are_the_ones_built_review_by_review(two_decks: Store, decks: str | None) -> None:
    """`training_items` (fsrs-rs's own reviews, one object per rating and elapsed days) gives the direct items."""
    from fsrs_rs_python import FSRSItem, FSRSReview

    conn = two_decks.conn
    deck_ids = None if decks is None else [conn.execute("SELECT id FROM decks WHERE name = ?", (decks,)).fetchone()[0]]
    items = training_items(conn, deck_ids, 4, UTC)
    direct = _direct(deck_log(conn, deck_ids), 4, UTC)
    assert [when for when, _card, _length, _history in items.spans] == [when for when, _reviews in direct]
    expected = [FSRSItem([FSRSReview(*review) for review in reviews]) for _when, reviews in direct]
    assert list(map(repr, to_fsrs_items(items))) == list(map(repr, expected))
    shared = {id(review) for _when, _card, _length, history in items.spans for review in history}
    assert len(shared) == len({review for _when, reviews in direct for review in reviews})


def test_merged_reviews_take_their_place_in_their_cards_time() -> None:
    """Reviews merged from another machine come last in the table but count where their time puts them."""
    store = learned_store(cards=20, days=40)
    with store.transaction() as conn:
        rows = conn.execute("SELECT card_id, reviewed_at FROM reviews WHERE id % 7 = 0").fetchall()
        for number, (card, text) in enumerate(rows):
            moved = parse_time(text) - timedelta(days=number % 5, hours=1)
            conn.execute(
                "INSERT INTO reviews (card_id, rating, reviewed_at, duration_ms, phase, origin, origin_id)"
                " VALUES (?, ?, ?, 1000, 2, 'other', ?)", (card, 1 + number % 4, format_time(moved), number),
            )
    log = deck_log(store.conn)
    assert [review.at_ms for review in log] != sorted(review.at_ms for review in log)  # cards, then time
    items = deck_items(store.conn, None, 4, UTC)
    assert items == items_from_log(log, 4, UTC)
    assert _as_direct(items) == _direct(log, 4, UTC)


def test_the_fit_is_the_one_the_items_built_review_by_review_give() -> None:
    """Same training and held-out items as the review-by-review construction: same parameters, same scores."""
    from fsrs_rs_python import FSRSItem, FSRSReview

    store = learned_store()
    fit = fit_parameters(training_items(store.conn, None, 4, UTC), default_parameters())
    direct = [FSRSItem([FSRSReview(*review) for review in reviews]) for _at, reviews in _direct(deck_log(store.conn), 4, UTC)]
    cut = len(direct) - round(len(direct) * HELD_OUT)
    trial = compute(direct[:cut])
    assert fit.parameters == trial
    for ours, theirs in ((fit.current, score(default_parameters(), direct[cut:])), (fit.fitted, score(trial, direct[cut:]))):
        assert ours.log_loss == theirs.log_loss
        assert ours.rmse_bins == pytest.approx(theirs.rmse_bins, rel=1e-6)  # fsrs-rs sums bins in parallel
