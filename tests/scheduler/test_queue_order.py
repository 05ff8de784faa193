"""Today's queue: siblings on different days, shuffled new cards, the weakest reviews first under the cap, a tag."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from deck.models import CardContent
from scheduler import actions
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.focus import Focus
from scheduler.session import ReviewSession
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, card_ids, current_key, deck, review_twice, utc_session


def _two_way(number: int, line: int, *, pair: int | None, tags: tuple[str, ...] = ()) -> CardContent:
    """Card `q{number}` at `line`, one side of two-way card `pair` (None: a one-way card)."""
    return replace(card(number, line=line), pair=pair, tags=list(tags))


def _order(session: ReviewSession, store: Store, clock: FixedClock) -> list[str]:
    """The keys the session offers, one after another, each suspended once offered (and then unsuspended)."""
    keys, offered = [], []
    while (current := session.current) is not None:
        keys.append(current.content.key)
        offered.append(current.id)
        session.suspend()
    for card_id in offered:
        actions.unsuspend(store, card_id, clock.now())
    return keys


def test_the_other_side_of_a_two_way_card_waits_until_tomorrow(store: Store, clock: FixedClock) -> None:
    """Rating one side buries the other for the day; the next day it comes; undo brings it back at once."""
    sync_deck(store, deck(_two_way(1, 1, pair=1), _two_way(2, 1, pair=1), _two_way(3, 5, pair=None)), T0)
    session = utc_session(store, clock)
    assert current_key(session) == "q1"
    session.rate(Rating.GOOD, 1000)
    seen = []
    while (current := session.current) is not None:
        seen.append(current.content.key)
        session.rate(Rating.EASY, 1000)
    assert "q2" not in seen and "q3" in seen
    clock.advance(days=1)
    assert "q2" in _order(utc_session(store, clock), store, clock)


def test_undoing_the_rating_unburies_the_sibling(store: Store, clock: FixedClock) -> None:
    """The sibling's burial is taken back with the rating that caused it."""
    sync_deck(store, deck(_two_way(1, 1, pair=1), _two_way(2, 1, pair=1)), T0)
    session = utc_session(store, clock)
    session.rate(Rating.EASY, 1000)
    assert session.current is None
    session.undo()
    session.rate(Rating.AGAIN, 1000)
    session.undo()
    assert store.conn.execute("SELECT COUNT(*) FROM cards WHERE buried_until IS NOT NULL").fetchone()[0] == 0


def test_siblings_may_share_a_day_when_the_setting_is_off(store: Store, clock: FixedClock) -> None:
    """With `bury_siblings = false` both sides come the same day."""
    sync_deck(store, deck(_two_way(1, 1, pair=1), _two_way(2, 1, pair=1)), T0)
    session = utc_session(store, clock, Settings(bury_siblings=False))
    session.rate(Rating.EASY, 1000)
    assert current_key(session) == "q2"


def _new_order(settings: Settings, when: object) -> list[str]:
    """The order twenty new cards come in, in a fresh store at `when`."""
    with Store.open(":memory:") as store:
        sync_deck(store, deck(*(card(n) for n in range(1, 21))), T0)
        clock = FixedClock(when)  # type: ignore[arg-type]
        return _order(ReviewSession(store, settings, clock, tz=UTC), store, clock)


def test_new_cards_come_in_note_order_or_shuffled_the_same_all_day() -> None:
    """Note order by default; shuffled when asked, the same order all day long, another the next day."""
    notes = [f"q{n}" for n in range(1, 21)]
    shuffle = Settings(shuffle_new_cards=True)
    assert _new_order(Settings(), T0) == notes
    morning = _new_order(shuffle, T0 - timedelta(hours=7))
    assert morning == _new_order(shuffle, T0 + timedelta(hours=10))
    assert morning != notes and sorted(morning) == sorted(notes)
    assert _new_order(shuffle, T0 + timedelta(days=1)) != morning


def test_over_the_review_cap_the_weakest_come_first(store: Store, clock: FixedClock) -> None:
    """With more reviews due than the cap, the lowest retrievability comes first; under it, the earliest due."""
    sync_deck(store, deck(*(card(n) for n in range(1, 7))), T0)
    ids = card_ids(store)
    for card_id in ids.values():
        review_twice(store, card_id)
    stabilities = {"q1": 9.0, "q2": 4.0, "q3": 0.5, "q4": 6.0, "q5": 2.0, "q6": 7.0}
    with store.transaction() as conn:  # the same last review; q1 due first, q3 the weakest
        for hours, (key, stability) in enumerate(stabilities.items()):
            due = (T0 + timedelta(days=5, hours=hours)).isoformat(timespec="microseconds")
            conn.execute("UPDATE cards SET stability = ?, due = ? WHERE id = ?", (stability, due, ids[key]))
    clock.set(T0 + timedelta(days=30))
    capped = Settings(maximum_reviews_per_day=2, new_per_day=0)
    assert current_key(utc_session(store, clock, capped)) == "q3"
    assert current_key(utc_session(store, clock, Settings(new_per_day=0))) == "q1"


def test_a_tag_keeps_the_review_to_its_cards(store: Store, clock: FixedClock) -> None:
    """`tag` shows and counts only cards tagged so or with a nested tag, whatever the case and `#`."""
    cards = [_two_way(1, 1, pair=None, tags=("Work",)), _two_way(2, 2, pair=None, tags=("#work/projects",)),
             _two_way(3, 3, pair=None, tags=("home",)), _two_way(4, 4, pair=None, tags=("workshop",))]
    sync_deck(store, deck(*cards), T0)
    session = ReviewSession(store, Settings(), clock, tz=UTC, focus=Focus(tag="#WORK"))
    assert session.left == 2
    assert sorted(_order(session, store, clock)) == ["q1", "q2"]
