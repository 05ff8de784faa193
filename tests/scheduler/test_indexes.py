"""Counting and choosing today's cards never scans the cards or reviews table: every query uses an index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.practice import PracticeSession
from scheduler.queue import deck_counts, due_counts, next_card_id
from scheduler.reviews import record_review
from scheduler.rules import DeckRules, Rules, rules_for
from scheduler.session import ReviewSession
from scheduler.settings import DeckSettings, Settings
from scheduler.store import Store
from tests.scheduler.helpers import IN_UTC, T0, UTC, card, deck, traced


def _fill(store: Store) -> list[int]:
    """Three decks of 150 cards, a third of them reviewed; the deck ids."""
    deck_ids = []
    for name in ("a", "b", "c"):
        deck_id, _ = sync_deck(
            store, deck(*(card(n) for n in range(1, 151)), root=f"/{name}", name=name), T0
        )
        deck_ids.append(deck_id)
    fsrs_scheduler = make_fsrs(Settings())
    for (card_id,) in store.conn.execute("SELECT id FROM cards WHERE id % 3 = 0").fetchall():
        record_review(
            store, fsrs_scheduler, card_id, Rating(card_id % 4 + 1), T0 - timedelta(days=3), 0
        )
    return deck_ids


def _plan(store: Store, statement: str) -> list[str]:
    """The query plan lines of `statement`."""
    return [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {statement}")]


LIMITED = Settings(
    new_per_day=0,
    maximum_reviews_per_day=5,
    decks={"b": DeckSettings(interview_date=date(2027, 6, 1), maximum_reviews_per_day=0)},
)
"""Settings that use every limit: reviews a day, an interview date on deck b."""


def _session_work(store: Store, deck_ids: list[int]) -> None:
    """What a session does to find cards and sum up, without rating."""
    session = ReviewSession(store, LIMITED, FixedClock(T0 + timedelta(days=400)), deck_ids, tz=UTC)
    _ = (session.current, session.left, session.summary())


def _practice_work(store: Store, deck_ids: list[int]) -> None:
    """What a practice session does to choose its cards and show the first."""
    _ = PracticeSession(store, LIMITED, FixedClock(T0), deck_ids[:1], tz=UTC).current


@pytest.mark.parametrize("analyze", [False, True], ids=["no-stats", "analyzed"])
def test_due_queries_use_indexes(store: Store, analyze: bool) -> None:
    """deck_counts, due_counts, next_card_id and the session's queries SEARCH cards by index, never SCAN it."""
    deck_ids = _fill(store)
    if analyze:
        store.conn.execute("ANALYZE")
    actions: list[Callable[[], object]] = [
        lambda: deck_counts(store, T0, IN_UTC),
        lambda: due_counts(store, T0, IN_UTC, deck_ids[:2]),
        lambda: next_card_id(store, T0 - timedelta(days=900), Rules(tz=UTC, default=DeckRules(new_per_day=0))),
        lambda: _session_work(store, deck_ids),
        lambda: deck_counts(store, T0 + timedelta(days=2), rules_for(store, LIMITED, tz=UTC)),
        lambda: _practice_work(store, deck_ids),
    ]
    statements = [s for action in actions for s in traced(store, action)]
    card_queries = [
        s for s in statements if " cards" in s and s.lstrip().upper().startswith("SELECT")
    ]
    assert len(card_queries) >= 8
    for statement in card_queries:
        plan = _plan(store, statement)
        assert not [line for line in plan if line.startswith(("SCAN cards", "SCAN reviews"))], (statement, plan)
        assert any(line.startswith("SEARCH cards USING") for line in plan), (statement, plan)


def test_a_cards_latest_order_time_is_one_seek(store: Store) -> None:
    """Loading a card to show reads its latest order time from `reviews_card_order` (schema 12), not its reviews' rows."""
    deck_ids = _fill(store)
    statements = traced(store, lambda: _session_work(store, deck_ids))
    loads = [s for s in statements if "MAX(COALESCE(sort_at, reviewed_at))" in s]
    assert loads
    for statement in loads:
        plan = _plan(store, statement)
        assert any("USING INDEX reviews_card_order" in line for line in plan), (statement, plan)


def test_the_other_side_of_a_two_way_card_is_one_seek(store: Store) -> None:
    """Rating one side of a two-way card finds the other among its note's cards by `cards_file` (schema 13)."""
    sync_deck(store, deck(replace(card(1), pair=1), replace(card(2), pair=1), *(card(n) for n in range(3, 60))), T0)
    session = ReviewSession(store, Settings(), FixedClock(T0), tz=UTC)
    statements = traced(store, lambda: session.rate(Rating.GOOD, 1000))
    [siblings] = [s for s in statements if "AS sibling" in s]
    plan = _plan(store, siblings)
    assert any(line.startswith("SEARCH sibling USING INDEX cards_file") for line in plan), plan


def _row_columns_read(store: Store, statement: str) -> list[int]:
    """The columns of the cards' rows (not of an index) that `statement`'s program reads."""
    root = store.conn.execute("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'cards'").fetchone()[0]
    program = store.conn.execute(f"EXPLAIN {statement}").fetchall()
    tables = {cursor for _, op, cursor, page, *_ in program if op == "OpenRead" and page == root}
    return [column for _, op, cursor, column, *_ in program if op == "Column" and cursor in tables]


def test_the_weakest_reviews_are_found_and_ordered_in_the_queue_index_alone(store: Store) -> None:
    """Over the cap, the first pick (the top two) and the next (every due review sorted) read no card's row: its last
    review and stability are in `cards_queue` (schema 15), not only on its page among the cards' contents."""
    deck_id, _ = sync_deck(store, deck(*(card(n) for n in range(1, 31))), T0)
    fsrs_scheduler = make_fsrs(Settings())
    for card_id in range(1, 21):
        record_review(store, fsrs_scheduler, card_id, Rating.EASY, T0 - timedelta(days=card_id), 0)
    session = ReviewSession(store, LIMITED, FixedClock(T0 + timedelta(days=400)), [deck_id], tz=UTC)
    statements = traced(store, lambda: (session.current, session.rate(Rating.GOOD, 1000), session.current))
    weakest = [s for s in statements if "julianday(last_review)" in s]
    assert len(weakest) >= 2 and any("LIMIT 2" in s for s in weakest) and any("LIMIT 2" not in s for s in weakest)
    for statement in weakest:
        assert _row_columns_read(store, statement) == [], statement
