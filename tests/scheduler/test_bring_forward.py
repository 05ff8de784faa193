"""Before an interview, review cards predicted below the readiness target are brought forward."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from scheduler.bring_forward import brought_forward, in_final_days
from scheduler.days import day_bounds, day_start
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs, retrievability
from scheduler.focus import Focus
from scheduler.queue import IN_PLAY
from scheduler.reviews import load_state, record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import card, deck

INTERVIEW = date(2026, 4, 10)
NOW = datetime(2026, 4, 8, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("today", "inside"),
    [(date(2026, 4, 6), False), (date(2026, 4, 7), True), (date(2026, 4, 9), True), (date(2026, 4, 10), False)],
)
def test_the_final_days_are_the_three_before_the_interview(today: date, inside: bool) -> None:
    """Three days before the interview through the day before it; not the day itself."""
    assert in_final_days(INTERVIEW, today) is inside
    assert not in_final_days(None, today)


def test_cards_below_target_on_the_day_come_forward_weakest_first(store: Store) -> None:
    """Exactly the review cards predicted below target, not due today and not reviewed today."""
    deck_id, _ = sync_deck(store, deck(*(card(n) for n in range(1, 9))), NOW - timedelta(days=90))
    scheduler = make_fsrs(Settings())
    for number in range(1, 9):
        first = NOW - timedelta(days=30)
        record_review(store, scheduler, number, Rating.GOOD, first, 1000)
        record_review(store, scheduler, number, Rating.HARD, first + timedelta(days=2), 1000)
        last = NOW - timedelta(days=number - 1, hours=1)
        if load_state(store.conn, number).due <= last:
            record_review(store, scheduler, number, Rating.GOOD, last, 1000)
    start, end = day_bounds(NOW, 4, UTC)
    interview_start = day_start(INTERVIEW, 4, UTC)
    found = brought_forward(
        store.conn, deck_id, interview_start=interview_start, target=0.985, now=NOW,
        day_start=start, day_end=end, in_play=IN_PLAY,
    )
    expected = []
    for number in range(1, 9):
        state = load_state(store.conn, number)
        recall = retrievability(state, interview_start, scheduler)
        if state.due >= end and state.last_review < start and recall < 0.985:
            expected.append((recall, number))
    assert found == [number for _, number in sorted(expected)]
    assert 0 < len(found) < 8


def test_the_queue_shows_brought_forward_cards_only_in_the_final_days(store: Store) -> None:
    """A review card not due but predicted below target comes in the deck's last three days, and counts."""
    from scheduler.queue import deck_counts, next_card_id
    from scheduler.rules import DeckRules, Rules

    deck_id, _ = sync_deck(store, deck(card(1)), NOW - timedelta(days=60))
    scheduler = make_fsrs(Settings())
    record_review(store, scheduler, 1, Rating.GOOD, NOW - timedelta(days=30), 1000)
    record_review(store, scheduler, 1, Rating.HARD, NOW - timedelta(days=28), 1000)
    record_review(store, scheduler, 1, Rating.GOOD, NOW - timedelta(days=5, hours=1), 1000)
    assert load_state(store.conn, 1).due > NOW + timedelta(days=3)

    def rules(interview: date) -> Rules:
        return Rules(tz=UTC, decks={deck_id: DeckRules(interview_date=interview, readiness_target=0.985)})

    near, far = rules(INTERVIEW), rules(INTERVIEW + timedelta(days=10))
    assert next_card_id(store, NOW, near) == 1 and deck_counts(store, NOW, near)[deck_id].review == 1
    assert next_card_id(store, NOW, far) is None and deck_counts(store, NOW, far)[deck_id].review == 0
    record_review(store, scheduler, 1, Rating.GOOD, NOW, 1000)
    assert next_card_id(store, NOW + timedelta(minutes=5), near) is None  # once a day at most


def test_a_tag_keeps_to_its_cards_brought_forward_too(store: Store) -> None:
    """`review --tag x` in the final days: a card brought forward without the tag is neither shown nor counted; one
    with it is."""
    from dataclasses import replace

    from scheduler.queue import deck_counts, next_card_id
    from scheduler.rules import DeckRules, Rules

    tagged = replace(card(2), tags=["x"])
    deck_id, _ = sync_deck(store, deck(card(1), tagged), NOW - timedelta(days=60))
    scheduler = make_fsrs(Settings())
    for card_id in (1, 2):
        record_review(store, scheduler, card_id, Rating.GOOD, NOW - timedelta(days=30), 1000)
        record_review(store, scheduler, card_id, Rating.HARD, NOW - timedelta(days=28), 1000)
        record_review(store, scheduler, card_id, Rating.GOOD, NOW - timedelta(days=5, hours=1), 1000)
    rules = Rules(tz=UTC, decks={deck_id: DeckRules(interview_date=INTERVIEW, readiness_target=0.985)})
    assert deck_counts(store, NOW, rules)[deck_id].review == 2
    assert deck_counts(store, NOW, rules, focus=Focus(tag="x"))[deck_id].review == 1
    assert next_card_id(store, NOW, rules, focus=Focus(tag="x")) == 2
    assert next_card_id(store, NOW, rules, focus=Focus(tag="y")) is None
