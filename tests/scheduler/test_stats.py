"""Statistics from a known history: today, calendar, streak, retention, forecast, due and counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from scheduler.actions import bury, reset, suspend
from scheduler.browse import search_cards
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.rules import DeckRules, Rules
from scheduler.stats import CALENDAR_DAYS, FORECAST_DAYS, compute
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, deck
from tests.scheduler.history import FSRS, cards_store, day, mature_review, put, rate


def _stats(store: Store, now=T0, deck_ids=None, **rules):
    """Statistics of `deck_ids` in UTC days starting at 04:00 (unless `rules` say otherwise)."""
    return compute(store, now, Rules(tz=UTC, **rules), deck_ids)


def _reviews_on(store: Store, ids: list[int], offsets: list[int], hour: int = 12) -> None:
    """One Good review on each day `offsets` from T0 (each on its own card)."""
    for card_id, offset in zip(ids, offsets, strict=False):
        rate(store, card_id, Rating.GOOD, day(offset, hour))


def test_today_counts_reviews_since_the_roll_over(store: Store) -> None:
    """Reviews from 04:00 on are today's; one at 03:00 belongs to yesterday."""
    ids = cards_store(store, 4)
    rate(store, ids[0], Rating.GOOD, day(0, 3), 5000)
    rate(store, ids[1], Rating.AGAIN, day(0, 4), 2000)
    rate(store, ids[2], Rating.GOOD, day(0, 11, 59), 3500)
    stats = _stats(store)
    assert (stats.today.date, stats.today.reviewed, stats.today.again, stats.today.seconds) == (
        date(2026, 3, 10), 2, 1, 5.5
    )
    assert stats.today.again_rate == 0.5
    assert [(d.date, d.count) for d in stats.calendar[-2:]] == [(date(2026, 3, 9), 1), (date(2026, 3, 10), 2)]


def test_calendar_covers_a_year_of_local_days(store: Store) -> None:
    """365 days ending today, every day present, counts on the days reviewed."""
    ids = cards_store(store, 5)
    _reviews_on(store, ids, [0, -1, -1, -364, -365])
    calendar = _stats(store).calendar
    assert len(calendar) == CALENDAR_DAYS
    assert calendar[0].date == date(2025, 3, 11) and calendar[-1].date == date(2026, 3, 10)
    assert {d.date: d.count for d in calendar if d.count} == {
        date(2025, 3, 11): 1, date(2026, 3, 9): 2, date(2026, 3, 10): 1
    }


@pytest.mark.parametrize(
    ("offsets", "streak"),
    [
        ([0, -1, -2], 3),
        ([-1, -2, -3], 3),  # today not reviewed yet: yesterday's streak still stands
        ([0, -1, -3, -4], 2),  # broken by the missed day before yesterday
        ([-2, -3], 0),  # yesterday missed: no streak
        ([0], 1),
        ([], 0),
    ],
)
def test_streak_counts_days_in_a_row(store: Store, offsets: list[int], streak: int) -> None:
    """Consecutive days with reviews up to today, or up to yesterday while today has none."""
    ids = cards_store(store, 5)
    _reviews_on(store, ids, offsets)
    assert _stats(store).streak == streak


def test_streak_follows_the_roll_over_hour(store: Store) -> None:
    """A review at 02:00 counts for the day before: it joins yesterday to the day before it."""
    ids = cards_store(store, 3)
    rate(store, ids[0], Rating.GOOD, day(-2, 12))
    rate(store, ids[1], Rating.GOOD, day(0, 2))  # 02:00 today = late on 9 March
    assert _stats(store).streak == 2
    assert _stats(store, day_starts_at=0).streak == 1, "with midnight roll-over 9 March is missed"


def test_streak_longer_than_the_calendar(store: Store) -> None:
    """A streak of 400 days is read back beyond the year the calendar shows."""
    card_id, other = cards_store(store, 2)
    for offset in range(-399, 1):
        rate(store, card_id, Rating.GOOD, day(offset, 10))
    assert _stats(store).streak == 400
    rate(store, other, Rating.GOOD, day(-401, 10))
    assert _stats(store).streak == 400, "the day before the streak began was missed"


def test_retention_over_7_30_365_days_counts_review_state_reviews(store: Store) -> None:
    """True retention: share of review-state reviews not rated Again, per window, beside desired."""
    ids = iter(cards_store(store, 12))
    plan = [(0, Rating.GOOD), (0, Rating.HARD), (0, Rating.AGAIN), (-5, Rating.EASY), (-5, Rating.AGAIN)]
    plan += [(-20, Rating.GOOD)] * 3 + [(-100, Rating.AGAIN), (-100, Rating.GOOD), (-366, Rating.AGAIN)]
    for offset, rating in plan:
        mature_review(store, next(ids), rating, day(offset))
    rate(store, next(ids), Rating.AGAIN, day(0))  # a new card's Again is not a lapse
    stats = _stats(store, default=DeckRules(desired_retention=0.85))
    assert stats.as_dict()["retention"] == pytest.approx({"7": 3 / 5, "30": 6 / 8, "365": 7 / 10, "desired": 0.85})
    assert [stats.window(days).mature for days in (7, 30, 365)] == [5, 8, 10]


def test_retention_is_null_without_review_state_reviews(store: Store) -> None:
    """Only first reviews: nothing to measure retention on, and average time is still known."""
    ids = cards_store(store, 2)
    rate(store, ids[0], Rating.GOOD, day(-1), 4000)
    rate(store, ids[1], Rating.GOOD, day(-1), 2000)
    figures = _stats(store).as_dict()
    assert figures["retention"]["7"] is None
    assert figures["average_recall_seconds"] == {"7": 3.0, "30": 3.0, "365": 3.0}


def test_forecast_counts_cards_by_the_day_they_fall_due(store: Store) -> None:
    """Today holds the overdue cards and those due before tomorrow's roll-over; 30 days in all."""
    ids = cards_store(store, 9)
    dues = [day(-3), day(0, 23), day(1, 3, 59), day(1, 4), day(29, 12), day(30, 5), day(2), day(2), day(0, 13)]
    for card_id, due in zip(ids, dues, strict=True):
        put(store, card_id, state=2, due=due, stability=5.0, difficulty=5.0, last_review=day(-10))
    put(store, ids[8], state=1)
    suspend(store, ids[6], T0)
    put(store, ids[7], removed_at=T0)
    forecast = _stats(store).forecast
    assert len(forecast) == FORECAST_DAYS
    assert forecast[0].date == date(2026, 3, 10) and forecast[-1].date == date(2026, 4, 8)
    assert {i: d.count for i, d in enumerate(forecast) if d.count} == {0: 4, 1: 1, 29: 1}


def test_due_now_overdue_learning_review_and_new(store: Store) -> None:
    """Due counts: now, overdue from before today, learning and reviews due today, new allowed."""
    ids = cards_store(store, 8)
    put(store, ids[0], state=2, due=day(-2))  # overdue, due now
    put(store, ids[1], state=2, due=day(0, 5))  # due now, not overdue
    put(store, ids[2], state=2, due=day(0, 20))  # due later today
    put(store, ids[3], state=1, due=day(0, 11))  # learning, due now
    put(store, ids[4], state=3, due=day(0, 14))  # relearning, later today
    put(store, ids[5], state=2, due=day(-4))
    bury(store, ids[5], T0, day(1, 4))
    due = _stats(store, default=DeckRules(new_per_day=1)).due
    assert due.as_dict() == {"now": 3, "overdue": 1, "learning": 2, "review": 3, "new": 1}


def test_counts_each_card_once_by_status_then_state(store: Store) -> None:
    """New, learning, review, relearning, suspended, buried and removed add up to every card."""
    ids = cards_store(store, 9)
    for card_id, state in zip(ids[:4], (1, 2, 3, 2), strict=True):
        put(store, card_id, state=state, due=day(3))
    suspend(store, ids[3], T0)
    bury(store, ids[4], T0, day(1, 4))
    rate(store, ids[5], Rating.GOOD, day(-1))
    reset(store, FSRS, ids[5], T0)
    sync_deck(store, deck(*(card(n) for n in range(1, 9))), T0)  # q9 gone from the notes
    counts = _stats(store).counts
    assert counts.as_dict() == {
        "new": 3, "learning": 1, "review": 1, "relearning": 1, "suspended": 1, "buried": 1, "removed": 1
    }
    assert counts.total == 9
    assert _stats(store, now=day(1, 5)).counts.buried == 0, "the bury ends at tomorrow's roll-over"


def test_deck_filter_keeps_other_decks_out(store: Store) -> None:
    """Statistics of one deck count only its cards and reviews."""
    first = cards_store(store, 2, root="/a", name="a")
    second = cards_store(store, 3, root="/b", name="b")
    rate(store, first[0], Rating.GOOD, day(0))
    rate(store, second[0], Rating.GOOD, day(0))
    rate(store, second[1], Rating.GOOD, day(0))
    deck_b = store.conn.execute("SELECT deck_id FROM cards WHERE id = ?", (second[0],)).fetchone()[0]
    stats = _stats(store, deck_ids=[deck_b])
    assert (stats.today.reviewed, stats.counts.new, stats.counts.learning) == (2, 1, 2)
    assert _stats(store).today.reviewed == 3


def test_days_follow_the_time_zone(store: Store) -> None:
    """At UTC+2 the day starts at 02:00 UTC: a review at 03:00 UTC is today's."""
    ids = cards_store(store, 1)
    rate(store, ids[0], Rating.GOOD, day(0, 3))
    assert _stats(store).today.reviewed == 0
    plus2 = compute(store, T0, Rules(tz=timezone(timedelta(hours=2))))
    assert plus2.today.reviewed == 1


def test_distributions_of_stability_difficulty_and_retrievability(store: Store) -> None:
    """Reviewed cards fall in buckets by their memory state; new and removed cards do not count."""
    ids = cards_store(store, 5)
    cases = [(0.5, 1.0, day(0, 11)), (3.0, 5.5, day(-1)), (400.0, 10.0, day(-30)), (10.0, 2.0, day(-30))]
    for card_id, (stability, difficulty, last) in zip(ids, cases, strict=False):
        put(store, card_id, state=2, stability=stability, difficulty=difficulty, last_review=last, due=day(5))
    put(store, ids[3], removed_at=T0)
    stats = _stats(store)
    assert [b.count for b in stats.stability.buckets] == [1, 0, 1, 0, 0, 0, 0, 0, 0, 1]
    assert [b.count for b in stats.difficulty.buckets] == [1, 0, 0, 0, 1, 0, 0, 0, 1]
    assert stats.stability.mean == pytest.approx((0.5 + 3.0 + 400.0) / 3)
    assert stats.retrievability.buckets[-1].count == 3, "all three still above 95 %"
    assert stats.as_dict()["distributions"]["difficulty"]["buckets"][-1] == {"from": 9.0, "to": 10.0, "count": 1}


def test_as_dict_holds_every_documented_key(store: Store) -> None:
    """The JSON has the documented keys and sizes."""
    figures = _stats(store).as_dict()
    assert set(figures["today"]) >= {"reviewed", "again", "seconds"}
    assert set(figures["due"]) >= {"now", "overdue", "learning", "new"}
    assert set(figures["retention"]) == {"7", "30", "365", "desired"}
    assert len(figures["forecast"]) == 30 and set(figures["forecast"][0]) == {"date", "count"}
    assert len(figures["calendar"]) == 365
    assert isinstance(figures["streak"], int)
    assert set(figures["distributions"]) == {"stability", "difficulty", "retrievability"}


def test_days_across_the_change_to_summer_time(store: Store) -> None:
    """London, 29 March 2026: the day starts at 04:00 BST = 03:00 UTC; 02:30 UTC is still the 28th."""
    ids = cards_store(store, 3)
    rate(store, ids[0], Rating.GOOD, datetime(2026, 3, 29, 2, 30, tzinfo=UTC))
    rate(store, ids[1], Rating.GOOD, datetime(2026, 3, 29, 3, 30, tzinfo=UTC))
    rate(store, ids[2], Rating.GOOD, datetime(2026, 3, 30, 2, 59, tzinfo=UTC))
    stats = compute(store, datetime(2026, 3, 30, 12, tzinfo=UTC), Rules(tz=ZoneInfo("Europe/London")))
    assert [(d.date.day, d.count) for d in stats.calendar[-3:]] == [(28, 1), (29, 2), (30, 0)]
    assert stats.streak == 2


def test_retrievability_shown_counts_local_days_in_the_statistics_and_the_browser(store: Store) -> None:
    """A card reviewed at 21:00 is a day old at 08:00 the next morning in the histogram and the browser alike,
    and looks later that day keep that figure (FSRS is fed local days; 11 hours are not 0 days)."""
    zone = ZoneInfo("America/New_York")
    rules = Rules(tz=zone)
    (card_id,) = cards_store(store, 1)
    evening = datetime(2026, 3, 10, 21, 0, tzinfo=zone)
    put(store, card_id, state=2, stability=2.0, difficulty=5.0, last_review=evening, due=evening + timedelta(days=2))
    one_day = FSRS.maths.retrievability(1, 2.0)
    for hour in (8, 12, 20):
        morning = datetime(2026, 3, 11, hour, 0, tzinfo=zone)
        assert compute(store, morning, rules).retrievability.mean == one_day, hour
        (row,) = search_cards(store, morning, rules=rules)
        assert row.retrievability == one_day, hour
    assert compute(store, datetime(2026, 3, 11, 3, 0, tzinfo=zone), rules).retrievability.mean == 1.0
