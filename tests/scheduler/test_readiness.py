"""Readiness for the interview day: predicted recall, the at-risk cards, and a plan that works."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from scheduler.days import day_start
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs, retrievability
from scheduler.readiness import readiness
from scheduler.reviews import load_state, record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import card, deck

START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
INTERVIEW = date(2026, 3, 16)


def interview_settings(target: float = 0.9, retention: float = 0.9) -> Settings:
    """Settings with an interview date and a readiness target."""
    return Settings(interview_date=INTERVIEW, readiness_target=target, desired_retention=retention)


def reviewed_history(store: Store, settings: Settings, count: int, seed: int) -> list[int]:
    """`count` cards, most with a few random reviews over the past weeks; some never reviewed."""
    deck_id, _ = sync_deck(store, deck(*(card(n) for n in range(1, count + 1))), START - timedelta(days=40))
    scheduler, rng = make_fsrs(settings), random.Random(seed)
    ids = [row[0] for row in store.conn.execute("SELECT id FROM cards ORDER BY id")]
    for card_id in ids[: count - 3]:
        when = START - timedelta(days=rng.randint(5, 40), hours=rng.randint(0, 10))
        while when < START:
            record_review(store, scheduler, card_id, Rating(rng.choice([1, 3, 3, 3, 4])), when, 1000)
            when = max(load_state(store.conn, card_id).due or when, when + timedelta(minutes=1))
    return [deck_id]


def test_no_interview_date_means_no_readiness(store: Store) -> None:
    """A deck without an interview date (or whose day has come) has no readiness."""
    deck_id, _ = sync_deck(store, deck(card(1)), START)
    assert readiness(store, Settings(), deck_id, START, tz=UTC) is None
    late = datetime.combine(INTERVIEW, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
    assert readiness(store, interview_settings(), deck_id, late, tz=UTC) is None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_at_risk_cards_are_those_predicted_below_target(store: Store, seed: int) -> None:
    """The at-risk list is exactly the cards whose recall when the day begins is under the target."""
    settings = interview_settings(target=0.85)
    [deck_id] = reviewed_history(store, settings, 25, seed)
    found = readiness(store, settings, deck_id, START, tz=UTC)
    assert found is not None
    start = day_start(INTERVIEW, settings.day_starts_at, UTC)
    scheduler = make_fsrs(settings)
    predicted = {
        card_id: retrievability(load_state(store.conn, card_id), start, scheduler) or 0.0
        for (card_id,) in store.conn.execute("SELECT id FROM cards")
    }
    assert {risk.card_id for risk in found.at_risk} == {cid for cid, r in predicted.items() if r < 0.85}
    assert found.expected == pytest.approx(sum(predicted.values()) / len(predicted))
    assert found.days_left == 14 and len(found.plan) == 14


def test_the_plan_counts_every_card_at_least_once(store: Store) -> None:
    """Every card below the target has a review in the plan; unseen cards are spread over the days."""
    settings = interview_settings()
    [deck_id] = reviewed_history(store, settings, 20, 7)
    found = readiness(store, settings, deck_id, START, tz=UTC)
    assert found is not None
    assert sum(count for _, count in found.plan) >= len(found.at_risk)
    assert found.plan[0][0] == START.date()
    assert all(card_id in {risk.card_id for risk in found.cards} for card_id in found.due_today)


def follow_the_plan(store: Store, settings: Settings, deck_id: int, seed: int) -> None:
    """A learner whose true memory is FSRS's default: each day, reviews what the plan says,
    recalling with the predicted probability, until the interview day begins."""
    rng, scheduler = random.Random(seed), make_fsrs(settings)
    day = START
    while day.date() < INTERVIEW:
        now = day
        for _ in range(20):
            found = readiness(store, settings, deck_id, now, tz=UTC)
            if found is None or not found.due_today:
                break
            for card_id in found.due_today:
                state = load_state(store.conn, card_id)
                recall = retrievability(state, now, scheduler)
                rating = Rating.GOOD if recall is None or rng.random() < recall else Rating.AGAIN
                record_review(store, scheduler, card_id, rating, now, 1000)
            now += timedelta(minutes=15)
        day += timedelta(days=1)


@pytest.mark.parametrize("seed", [11, 12])
def test_a_learner_following_the_plan_is_ready_on_the_day(store: Store, seed: int) -> None:
    """Starting two weeks out with unseen and half-forgotten cards, following the plan reaches
    the readiness target on the day: the deck's expected recall when the day begins, and (but
    for a card forgotten on the last day) every card. Following the ordinary schedule alone,
    with retention 0.85, leaves 6 to 12 of the 30 cards below the target."""
    settings = interview_settings(target=0.9, retention=0.85)
    [deck_id] = reviewed_history(store, settings, 30, seed)
    before = readiness(store, settings, deck_id, START, tz=UTC)
    assert before is not None and before.expected < 0.9
    follow_the_plan(store, settings, deck_id, seed)
    eve = datetime.combine(INTERVIEW - timedelta(days=1), datetime.min.time(), tzinfo=UTC) + timedelta(hours=23)
    after = readiness(store, settings, deck_id, eve, tz=UTC)
    assert after is not None
    assert after.expected >= 0.9
    assert len(after.at_risk) <= 1


@pytest.mark.parametrize(("new_per_day", "first_day"), [(10, 6), (2, 2), (0, 1)])
def test_unseen_cards_enter_the_plan_as_the_queue_introduces_them(
    store: Store, new_per_day: int, first_day: int
) -> None:
    """Six unseen cards, seven days to go: today's plan has as many first reviews as the queue's
    new allowance lets in (`new_per_day`, but at least the unseen cards over the days left)."""
    deck_id, _ = sync_deck(store, deck(*(card(n) for n in range(1, 7))), START)
    settings = Settings(interview_date=date(2026, 3, 9), new_per_day=new_per_day)
    found = readiness(store, settings, deck_id, START, tz=UTC)
    assert found is not None and found.days_left == 7
    assert len(found.due_today) == first_day


def test_an_interview_years_away_has_no_plan_but_a_prediction(store: Store) -> None:
    """Further off than a year: predicted recall and at-risk cards, no plan (and no long simulation)."""
    settings = Settings(interview_date=date(9000, 1, 1))
    [deck_id] = reviewed_history(store, settings, 5, 1)
    found = readiness(store, settings, deck_id, START, tz=UTC)
    assert found is not None and found.plan == () and found.due_today == ()
    assert len(found.at_risk) == 5
