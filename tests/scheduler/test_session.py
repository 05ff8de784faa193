"""The review session: which card comes next, ratings committed at once, counts and summary."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Phase, Rating, intervals, make_fsrs, replay
from scheduler.focus import Focus
from scheduler.fuzz import review_draw
from scheduler.next_card import next_offered, starts_a_day
from scheduler.reviews import card_log, load_state, record_review
from scheduler.rules import Rules
from scheduler.settings import Settings
from scheduler.store import Store
from scheduler.surface import SessionSummary
from tests.scheduler.helpers import T0, UTC, card, card_ids, current_key, deck, utc_session
from tests.scheduler.history import put

DEFAULTS = Settings()


def _review(store: Store, key: str, rating: Rating, minutes_ago: float) -> None:
    """Give card `key` a past review `minutes_ago` before T0."""
    record_review(
        store,
        make_fsrs(DEFAULTS),
        card_ids(store)[key],
        rating,
        T0 - timedelta(minutes=minutes_ago),
        0,
    )


def test_new_cards_come_in_note_order(store: Store, clock: FixedClock) -> None:
    """New cards are shown by file, then line, in the order the notes hold them."""
    sync_deck(
        store,
        deck(
            card(1, file="b.md", line=1), card(2, file="a.md", line=5), card(3, file="a.md", line=2)
        ),
        T0,
    )
    session = utc_session(store, clock)
    shown = []
    while session.current is not None and session.current.state.state == Phase.NEW:
        shown.append(session.current.content.key)
        session.rate(Rating.GOOD, 1000)
    assert shown == ["q3", "q2", "q1"]


def test_new_cards_deck_by_deck(store: Store, clock: FixedClock) -> None:
    """New cards come deck by deck (in the order decks were added), each within its own allowance."""
    sync_deck(store, deck(card(1), card(2), root="/a", name="a"), T0)
    sync_deck(store, deck(card(3), card(4), root="/b", name="b"), T0)
    session = utc_session(store, clock, Settings(new_per_day=1))
    assert session.left == 2
    shown = []
    while (current := session.current) is not None:
        shown.append((current.deck, current.content.key))
        session.rate(Rating.EASY, 0)
    assert shown == [("a", "q1"), ("b", "q3")]


def test_queue_order(store: Store, clock: FixedClock) -> None:
    """Learning due now, then reviews due today, then new cards, then learning due within the learn-ahead window."""
    sync_deck(store, deck(card(1), card(2), card(3), card(4)), T0)
    _review(store, "q4", Rating.GOOD, 5)  # learning, due in 5 minutes
    _review(store, "q2", Rating.EASY, 60 * 24 * 12)  # review, due days ago
    _review(store, "q1", Rating.AGAIN, 5)  # learning, due 4 minutes ago
    session = utc_session(store, clock)
    shown = []
    while (key := current_key(session)) is not None:
        shown.append(key)
        session.rate(Rating.EASY, 1000)
    assert shown == ["q1", "q2", "q3", "q4"]


def test_learning_cards_earliest_due_first(store: Store, clock: FixedClock) -> None:
    """Among learning cards due now, the one due earliest comes first."""
    sync_deck(store, deck(card(1), card(2)), T0)
    _review(store, "q1", Rating.AGAIN, 3)  # due 2 minutes ago
    _review(store, "q2", Rating.AGAIN, 9)  # due 8 minutes ago
    assert current_key(utc_session(store, clock)) == "q2"


def test_reviews_earliest_due_first(store: Store, clock: FixedClock) -> None:
    """Among reviews due today, the one due earliest comes first."""
    sync_deck(store, deck(card(1), card(2)), T0)
    _review(store, "q1", Rating.EASY, 60 * 24 * 20)
    _review(store, "q2", Rating.EASY, 60 * 24 * 30)
    assert current_key(utc_session(store, clock)) == "q2"


def test_card_just_rated_waits_while_others_are_available(store: Store, clock: FixedClock) -> None:
    """After Again the card comes back in the session (1 min), but not straight away while another card is available."""
    sync_deck(store, deck(card(1), card(2)), T0)
    _review(store, "q1", Rating.AGAIN, 5)  # learning, due 4 minutes ago
    _review(store, "q2", Rating.GOOD, 5)  # learning, due in 5 minutes
    session = utc_session(store, clock)
    assert current_key(session) == "q1"
    session.rate(Rating.AGAIN, 1000)  # due in 1 minute: first in the learn-ahead window
    assert current_key(session) == "q2"
    session.rate(Rating.GOOD, 1000)
    assert current_key(session) == "q1"
    assert session.current.state.due == T0 + timedelta(minutes=1)  # type: ignore[union-attr]


def test_only_card_left_comes_back_at_once(store: Store, clock: FixedClock) -> None:
    """When the card just rated is the only one left within the learn-ahead window, it is shown again."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock)
    session.rate(Rating.AGAIN, 1000)
    assert current_key(session) == "q1"


def test_card_comes_back_when_time_passes(store: Store, clock: FixedClock) -> None:
    """Without learn-ahead a card rated Again is not shown until it is due; then current finds it."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock, Settings(learn_ahead_minutes=0))
    session.rate(Rating.AGAIN, 1000)
    assert session.current is None
    clock.advance(minutes=1)
    assert current_key(session) == "q1"


def test_new_per_day_limit_across_days(store: Store, clock: FixedClock) -> None:
    """A day introduces at most new_per_day cards; the next local day brings a fresh allowance."""
    sync_deck(store, deck(*(card(n) for n in range(1, 6))), T0)
    session = utc_session(store, clock, Settings(new_per_day=2))
    for _ in range(2):
        session.rate(Rating.EASY, 1000)
    assert (session.current, session.left) == (None, 0)
    clock.advance(days=1)
    assert (current_key(session), session.left) == ("q3", 2)


def test_day_rolls_over_at_day_starts_at(store: Store) -> None:
    """The allowance returns at 04:00 local, not at midnight: 03:59 is still yesterday."""
    sync_deck(store, deck(*(card(n) for n in range(1, 4))), T0)
    clock = FixedClock(T0.replace(hour=23))
    session = utc_session(store, clock, Settings(new_per_day=1))
    session.rate(Rating.EASY, 1000)
    clock.set(T0.replace(day=11, hour=3, minute=59))
    assert session.current is None
    clock.set(T0.replace(day=11, hour=4))
    assert current_key(session) == "q2"


def test_removed_cards_are_not_shown(store: Store, clock: FixedClock) -> None:
    """A card removed from the notes is never shown."""
    sync_deck(store, deck(card(1), card(2)), T0)
    sync_deck(store, deck(card(2)), T0)
    assert current_key(utc_session(store, clock)) == "q2"
    assert utc_session(store, clock).left == 1


def test_session_keeps_to_its_decks(store: Store, clock: FixedClock) -> None:
    """A session over some decks shows and counts only their cards."""
    sync_deck(store, deck(card(1), root="/a", name="a"), T0)
    second, _ = sync_deck(store, deck(card(2), root="/b", name="b"), T0)
    session = utc_session(store, clock, deck_ids=[second])
    assert (current_key(session), session.current.deck, session.left) == ("q2", "b", 1)  # type: ignore[union-attr]


def test_nothing_to_review(store: Store, clock: FixedClock) -> None:
    """With no cards, current is None and rating or previewing is a LookupError."""
    session = utc_session(store, clock)
    assert session.current is None
    with pytest.raises(LookupError):
        session.rate(Rating.GOOD, 0)
    with pytest.raises(LookupError):
        session.intervals()


def test_intervals_preview_the_current_card(store: Store, clock: FixedClock) -> None:
    """intervals() previews the current card at the clock's time: 1m, 5.5m, 10m for a new card, days for Easy."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock)
    preview = session.intervals()
    current = session.current
    assert current is not None
    assert preview == intervals(make_fsrs(DEFAULTS), current.id, current.state, T0,
                                review_draw(card_id=current.id, index=current.state.reps))
    assert [preview[r] for r in (Rating.AGAIN, Rating.HARD, Rating.GOOD)] == [
        timedelta(minutes=1),
        timedelta(minutes=5.5),
        timedelta(minutes=10),
    ]
    session.rate(Rating.EASY, 0)
    assert load_state(store.conn, current.id).due == T0 + preview[Rating.EASY]


def test_rate_commits_before_returning(tmp_path: Path, clock: FixedClock) -> None:
    """Right after rate() another connection sees the review row and the card's new state."""
    path = tmp_path / "starcards.db"
    with Store.open(path) as store:
        sync_deck(store, deck(card(1)), T0)
        session = utc_session(store, clock)
        session.rate(Rating.GOOD, 2500)
        other = sqlite3.connect(path)
        try:
            assert other.execute(
                "SELECT rating, reviewed_at, duration_ms FROM reviews"
            ).fetchall() == [(3, "2026-03-10T12:00:00.000000+00:00", 2500)]
            assert other.execute("SELECT state, step, reps FROM cards").fetchall() == [(1, 1, 1)]
        finally:
            other.close()


def test_done_and_left(store: Store, clock: FixedClock) -> None:
    """Done counts ratings net of undos; left counts learning and reviews due today plus the new allowance."""
    sync_deck(store, deck(card(1), card(2), card(3)), T0)
    session = utc_session(store, clock)
    assert (session.done, session.left) == (0, 3)
    session.rate(Rating.GOOD, 0)  # learning, due again today
    assert (session.done, session.left) == (1, 3)
    session.rate(Rating.EASY, 0)  # review in days
    assert (session.done, session.left) == (2, 2)
    session.undo()
    assert (session.done, session.left) == (1, 3)


def test_summary(store: Store, clock: FixedClock) -> None:
    """The summary counts ratings and Agains, sums durations, and gives the earliest due time after now."""
    sync_deck(store, deck(card(1), card(2), card(3), card(4)), T0)
    session = utc_session(store, clock)
    for rating, duration in [(Rating.AGAIN, 1500), (Rating.EASY, 2000), (Rating.GOOD, 2500)]:
        session.rate(rating, duration)
    assert session.summary() == SessionSummary(
        reviewed=3, again=1, seconds=6.0, next_due=T0 + timedelta(minutes=1), cards=3
    )


def test_summary_without_anything_due_later(store: Store, clock: FixedClock) -> None:
    """With no card at all in play there is no next time; a new card waiting is offered from tomorrow's start."""
    assert utc_session(store, clock).summary() == SessionSummary(0, 0, 0.0, None, cards=0)
    sync_deck(store, deck(card(1)), T0)
    tomorrow = (T0 + timedelta(days=1)).replace(hour=4)
    assert utc_session(store, clock).summary() == SessionSummary(0, 0, 0.0, tomorrow, cards=0)


def test_the_next_review_is_offered_from_the_start_of_its_day(store: Store, clock: FixedClock) -> None:
    """A review card due on Thursday at 21:00 is offered from Thursday 04:00 (the queue takes a day's reviews from
    its start); one due today but over the day's cap, from tomorrow's start; new cards wait for tomorrow once
    today's are introduced."""
    sync_deck(store, deck(card(1), card(2)), T0)
    ids = sorted(card_ids(store).values())
    thursday = (T0 + timedelta(days=2)).replace(hour=21)
    for card_id in ids:
        put(store, card_id, state=2, stability=3.0, difficulty=5.0, last_review=T0, due=thursday)
    rules = Rules(tz=UTC)
    assert next_offered(store, T0, rules) == thursday.replace(hour=4)
    put(store, ids[0], due=T0 - timedelta(hours=1))  # due already, not shown today: over the cap
    assert next_offered(store, T0, rules) == (T0 + timedelta(days=1)).replace(hour=4)
    assert starts_a_day(thursday.replace(hour=4), rules) and not starts_a_day(thursday, rules)


def test_the_next_card_of_a_focused_session_is_one_it_keeps_to(store: Store) -> None:
    """A review kept to one note says when that note's next card comes, not another note's learning card."""
    sync_deck(store, deck(card(1, file="a.md"), card(2, file="b.md")), T0)
    ids = card_ids(store)
    thursday = T0 + timedelta(days=3)
    put(store, ids["q1"], state=2, stability=3.0, difficulty=5.0, last_review=T0, due=thursday)
    put(store, ids["q2"], state=1, stability=1.0, difficulty=5.0, last_review=T0, due=T0 + timedelta(minutes=10))
    rules = Rules(tz=UTC)
    assert next_offered(store, T0, rules) == T0 + timedelta(minutes=10)
    assert next_offered(store, T0, rules, focus=Focus(notes="a.md")) == thursday.replace(hour=4)
    assert next_offered(store, T0, rules, focus=Focus(tag="none")) is None


def test_cached_state_equals_replayed_log(store: Store, clock: FixedClock) -> None:
    """After a session's ratings the cached state is exactly what replaying the log gives."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = utc_session(store, clock)
    for rating in (Rating.AGAIN, Rating.GOOD, Rating.HARD, Rating.GOOD, Rating.EASY, Rating.GOOD):
        if session.current is None:
            break
        session.rate(rating, 0)
        clock.advance(minutes=7)
    for card_id in card_ids(store).values():
        assert load_state(store.conn, card_id) == replay(
            make_fsrs(DEFAULTS), card_id, card_log(store.conn, card_id)
        )
