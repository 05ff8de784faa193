"""Each deck's daily limits: its own new cards and maximum reviews a day, and the interview-date allowance."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.queue import DueCounts, deck_counts, next_card_id
from scheduler.reviews import record_review
from scheduler.rules import DeckRules, Rules, rules_for
from scheduler.settings import DeckSettings, Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, card_ids, deck, utc_session

FSRS = make_fsrs(Settings())


def _deck(store: Store, name: str, size: int, first: int = 1) -> int:
    """A deck `name` of `size` new cards q{first}..; its id."""
    deck_id, _ = sync_deck(store, deck(*(card(n) for n in range(first, first + size)), root=f"/{name}", name=name), T0)
    return deck_id


def _graduate(store: Store, deck_id: int) -> None:
    """Make every card of the deck a review card due by T0 (Easy, long ago)."""
    for (card_id,) in store.conn.execute("SELECT id FROM cards WHERE deck_id = ?", (deck_id,)).fetchall():
        record_review(store, FSRS, card_id, Rating.EASY, T0 - timedelta(days=200), 0)


def test_limits_come_from_each_decks_settings(store: Store) -> None:
    """rules_for maps deck ids to the deck's effective new cards, review maximum, interview date and retention."""
    first, second = _deck(store, "a", 1), _deck(store, "Interview Stories", 1)
    settings = Settings(
        new_per_day=4,
        decks={"Interview Stories": DeckSettings(new_per_day=1, maximum_reviews_per_day=7, interview_date=date(2026, 5, 1))},
    )
    assert rules_for(store, settings).decks == {
        first: DeckRules(new_per_day=4, max_reviews=200, interview_date=None),
        second: DeckRules(new_per_day=1, max_reviews=7, interview_date=date(2026, 5, 1)),
    }
    assert list(rules_for(store, settings, [second]).decks) == [second]


def test_new_cards_per_deck(store: Store, clock: FixedClock) -> None:
    """Each deck introduces its own number of new cards; the session shows exactly those."""
    first, second = _deck(store, "a", 5), _deck(store, "b", 5, first=10)
    settings = Settings(new_per_day=1, decks={"b": DeckSettings(new_per_day=3)})
    assert deck_counts(store, T0, rules_for(store, settings, tz=UTC)) == {first: DueCounts(new=1), second: DueCounts(new=3)}
    session = utc_session(store, clock, settings)
    shown = []
    while (current := session.current) is not None:
        shown.append(current.deck)
        session.rate(Rating.EASY, 0)
    assert sorted(shown) == ["a", "b", "b", "b"]


def test_maximum_reviews_per_day_per_deck(store: Store, clock: FixedClock) -> None:
    """A deck shows at most its maximum of review cards a day; reviews made today count; another deck is not limited."""
    capped, free = _deck(store, "capped", 5), _deck(store, "free", 3, first=10)
    _graduate(store, capped)
    _graduate(store, free)
    settings = Settings(new_per_day=0, decks={"capped": DeckSettings(maximum_reviews_per_day=2)})
    assert deck_counts(store, T0, rules_for(store, settings, tz=UTC)) == {capped: DueCounts(review=2), free: DueCounts(review=3)}
    session = utc_session(store, clock, settings)
    shown = []
    while (current := session.current) is not None:
        shown.append(current.deck)
        session.rate(Rating.GOOD, 0)
    assert sorted(shown) == ["capped", "capped", "free", "free", "free"]
    assert deck_counts(store, T0, rules_for(store, settings, tz=UTC))[capped] == DueCounts()
    for _ in range(len(shown) - max(i for i, name in enumerate(shown) if name == "capped")):  # to the last capped
        session.undo()
    assert deck_counts(store, T0, rules_for(store, settings, tz=UTC))[capped].review == 1, "an undone review no longer counts"


def test_review_limit_counts_only_todays_review_state_reviews(store: Store) -> None:
    """Reviews of review cards since the day began use the allowance; yesterday's and a new card's first review do not."""
    capped = _deck(store, "capped", 6)
    _graduate(store, capped)
    sync_deck(store, deck(*(card(n) for n in range(1, 8)), root="/capped", name="capped"), T0)
    ids = card_ids(store)
    record_review(store, FSRS, ids["q1"], Rating.GOOD, T0 - timedelta(hours=9), 0)  # 03:00: yesterday
    record_review(store, FSRS, ids["q2"], Rating.GOOD, T0 - timedelta(hours=1), 0)  # today, a review
    record_review(store, FSRS, ids["q7"], Rating.EASY, T0 - timedelta(hours=1), 0)  # today, a new card
    limits = {capped: DeckRules(new_per_day=0, max_reviews=3)}
    assert deck_counts(store, T0, Rules(tz=UTC, decks=limits))[capped].review == 2, "4 due, 3 a day, 1 done today"
    assert next_card_id(store, T0, Rules(tz=UTC, decks={capped: DeckRules(new_per_day=0, max_reviews=1)})) is None
    assert next_card_id(store, T0, Rules(tz=UTC, decks=limits)) is not None
    tomorrow = T0 + timedelta(days=1)
    assert deck_counts(store, tomorrow, Rules(tz=UTC, decks=limits))[capped].review == 3


def _unseen(store: Store) -> int:
    """Cards never reviewed."""
    return int(store.conn.execute("SELECT COUNT(*) FROM cards WHERE reps = 0").fetchone()[0])


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (T0, 5),  # 24 cards over 5 days (10th to 14th): ceil(24 / 5)
        (datetime(2026, 3, 14, 12, tzinfo=UTC), 24),  # the day before: everything
        (datetime(2026, 3, 15, 3, tzinfo=UTC), 24),  # 03:00 still belongs to the 14th
        (datetime(2026, 3, 15, 12, tzinfo=UTC), 2),  # the day itself: back to new_per_day
        (datetime(2026, 3, 20, 12, tzinfo=UTC), 2),  # after it
    ],
)
def test_interview_date_raises_the_new_allowance(store: Store, now: datetime, expected: int) -> None:
    """Before the interview, new cards a day = max(new_per_day, ceil(unseen / days left)); from the day on, new_per_day."""
    deck_id = _deck(store, "a", 24)
    limits = {deck_id: DeckRules(new_per_day=2, interview_date=date(2026, 3, 15))}
    assert deck_counts(store, now, Rules(tz=UTC, decks=limits))[deck_id].new == expected


def test_interview_allowance_holds_through_the_day(store: Store, clock: FixedClock) -> None:
    """Cards introduced today count in the unseen total, so the day's allowance does not shrink as they are seen."""
    _deck(store, "a", 24)
    settings = Settings(new_per_day=2, interview_date=date(2026, 3, 15))
    session = utc_session(store, clock, settings)
    assert session.left == 5
    for _ in range(3):
        session.rate(Rating.EASY, 0)
    assert session.left == 2


@pytest.mark.parametrize("interview", [date(2026, 3, 15), date(2026, 3, 11), date(2026, 3, 31)])
def test_one_session_a_day_sees_every_card_before_the_interview(store: Store, interview: date) -> None:
    """Reviewing everything the queue offers once a day, every card has been seen by the interview day."""
    _deck(store, "a", 40)
    settings = Settings(new_per_day=1, interview_date=interview)
    clock = FixedClock(T0)
    while clock.now().date() < interview:
        session = utc_session(store, clock, settings)
        while session.current is not None:
            session.rate(Rating.GOOD, 0)
        clock.advance(days=1)
    assert _unseen(store) == 0


def test_without_the_date_the_same_days_see_only_new_per_day(store: Store) -> None:
    """The contrast: without an interview date five days introduce five cards."""
    _deck(store, "a", 40)
    clock = FixedClock(T0)
    for _ in range(5):
        session = utc_session(store, clock, Settings(new_per_day=1))
        while session.current is not None:
            session.rate(Rating.GOOD, 0)
        clock.advance(days=1)
    assert _unseen(store) == 35
