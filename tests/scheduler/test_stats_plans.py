"""Statistics never read the review log: every query plan uses `review_hours` or an index."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scheduler.engine import Rating
from scheduler.stats import compute
from scheduler.store import Store
from tests.scheduler.helpers import IN_UTC, T0, traced
from tests.scheduler.history import cards_store, day, rate


def _fill(store: Store) -> None:
    """Two decks of 120 cards, a third reviewed on days spread over the last year."""
    for name in ("a", "b"):
        ids = cards_store(store, 120, root=f"/{name}", name=name)
        for index, card_id in enumerate(ids[::3]):
            rate(store, card_id, Rating(index % 4 + 1), day(-index * 3, 9))
            rate(store, card_id, Rating.GOOD, day(-index * 3, 9) + timedelta(minutes=10))


def _plans(store: Store, action) -> dict[str, list[str]]:
    """Every statement `action` runs, with its query plan."""
    return {s: [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {s}")] for s in traced(store, action)}


@pytest.mark.parametrize("analyze", [False, True], ids=["no-stats", "analyzed"])
def test_stats_queries_use_review_hours_and_indexes(store: Store, analyze: bool) -> None:
    """No statement touches `reviews`; `review_hours` is searched by key; due counts search `cards_queue`.

    The card counts and memory histograms read every card of the decks by design (they
    describe every card), so they may scan `cards`; nothing may scan `review_hours`.
    """
    _fill(store)
    if analyze:
        store.conn.execute("ANALYZE")
    plans = _plans(store, lambda: compute(store, T0, IN_UTC))
    assert plans, "compute ran no SQL?"
    for statement, plan in plans.items():
        assert "reviews " not in statement.replace("review_hours", ""), statement
        assert not [line for line in plan if line.startswith("SCAN review_hours")], (statement, plan)
        if "cards.due" in statement:
            assert not [line for line in plan if line.startswith("SCAN cards")], (statement, plan)
    lines = [line for plan in plans.values() for line in plan]
    assert any(line.startswith("SEARCH review_hours USING PRIMARY KEY") for line in lines)
    assert any(line.startswith("SEARCH cards USING INDEX cards_queue") for line in lines)
