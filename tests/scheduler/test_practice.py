"""Practice mode: weakest first, tag filter, each card once (Again once more), and the schedule untouched."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from deck.models import CardContent
from scheduler.actions import suspend
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.focus import Focus
from scheduler.practice import PracticeSession
from scheduler.reviews import STATE_COLUMNS, record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, UTC, card, card_ids, deck

FSRS = make_fsrs(Settings())


def _tagged(number: int, *tags: str) -> CardContent:
    """Card number `number` with `tags`."""
    return replace(card(number), tags=list(tags))


def _drill(session: PracticeSession, rating: Rating = Rating.GOOD) -> list[str]:
    """The keys a practice session shows, rating each `rating`, to the end."""
    shown = []
    while (current := session.current) is not None:
        shown.append(current.content.key)
        session.rate(rating, 1000)
    return shown


def _practice(store: Store, clock: FixedClock, **kwargs: object) -> PracticeSession:
    """A practice session over every deck, days in UTC."""
    return PracticeSession(store, Settings(), clock, tz=UTC, **kwargs)  # type: ignore[arg-type]


def _schedule(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """The review log, the hourly sums and every card's state columns, as stored."""
    columns = ", ".join(("id", *STATE_COLUMNS, "suspended", "buried_until"))
    return {
        "reviews": [tuple(row) for row in store.conn.execute("SELECT * FROM reviews ORDER BY id")],
        "review_hours": [tuple(row) for row in store.conn.execute("SELECT * FROM review_hours ORDER BY 1, 2")],
        "cards": [tuple(row) for row in store.conn.execute(f"SELECT {columns} FROM cards ORDER BY id")],
    }


def _reviewed(store: Store) -> dict[str, int]:
    """Four cards: q1 new, q2 reviewed long ago (weak), q3 reviewed just now (strong), q4 a day ago."""
    sync_deck(store, deck(card(1), card(2), card(3), card(4)), T0)
    ids = card_ids(store)
    for key, days_ago in (("q2", 300), ("q3", 0), ("q4", 1)):
        record_review(store, FSRS, ids[key], Rating.EASY, T0 - timedelta(days=days_ago), 0)
    return ids


def test_weakest_first_new_cards_before_all(store: Store, clock: FixedClock) -> None:
    """Never-reviewed cards come first, then the lowest predicted recall now; `weakest` keeps the first N."""
    _reviewed(store)
    assert _drill(_practice(store, clock)) == ["q1", "q2", "q4", "q3"]
    assert _drill(_practice(store, clock, weakest=2)) == ["q1", "q2"]


def test_practice_leaves_the_schedule_byte_identical(store: Store, clock: FixedClock) -> None:
    """Practice ratings, Again included, and their undo write only the practice table."""
    _reviewed(store)
    before = _schedule(store)
    session = _practice(store, clock)
    for rating in (Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY, Rating.AGAIN):
        session.rate(rating, 2000)
        clock.advance(minutes=3)
    session.undo()
    assert _schedule(store) == before
    assert [row[0] for row in store.conn.execute("SELECT rating FROM practice ORDER BY id")] == [1, 2, 3, 4]


def test_again_comes_back_once_at_the_end(store: Store, clock: FixedClock) -> None:
    """A card rated Again is shown once more after the others, and not a third time."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = _practice(store, clock)
    assert session.left == 2
    session.rate(Rating.AGAIN, 0)  # q1
    assert session.left == 2
    assert _drill(session, Rating.AGAIN) == ["q2", "q1", "q2"]
    assert (session.done, session.summary().again) == (4, 4)


def test_summary_counts_cards_not_ratings(store: Store, clock: FixedClock) -> None:
    """One card seen twice (Again, then Good) is one card practised, with two ratings."""
    sync_deck(store, deck(card(1)), T0)
    session = _practice(store, clock)
    session.rate(Rating.AGAIN, 0)
    session.rate(Rating.GOOD, 0)
    summary = session.summary()
    assert (summary.card_count, summary.reviewed) == (1, 2)


def test_undo_deletes_the_row_and_shows_the_card_again(store: Store, clock: FixedClock) -> None:
    """Undo removes the last practice row; the card is current again and no longer queued for a second go."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = _practice(store, clock)
    session.rate(Rating.AGAIN, 0)
    assert session.undo().content.key == "q1"
    assert (session.left, session.can_undo) == (2, False)
    assert store.conn.execute("SELECT COUNT(*) FROM practice").fetchone()[0] == 0
    assert _drill(session) == ["q1", "q2"]


@pytest.mark.parametrize(("tag", "expected"), [("work", ["q1", "q3"]), ("#WORK", ["q1", "q3"]), ("Work/Projects", ["q3"]), ("home", [])])
def test_tag_filter(store: Store, clock: FixedClock, tag: str, expected: list[str]) -> None:
    """The tag keeps cards tagged so, whatever the case, with or without `#`, nested tags included."""
    sync_deck(store, deck(_tagged(1, "work"), _tagged(2, "life"), _tagged(3, "Work/projects")), T0)
    assert _drill(_practice(store, clock, focus=Focus(tag=tag))) == expected


def test_removed_and_suspended_cards_are_left_out(store: Store, clock: FixedClock) -> None:
    """Only live cards are practised: not removed from the notes, not suspended; decks can be chosen."""
    sync_deck(store, deck(card(1), card(2), card(3)), T0)
    other, _ = sync_deck(store, deck(card(9), root="/other", name="other"), T0)
    sync_deck(store, deck(card(1), card(2)), T0)
    suspend(store, card_ids(store)["q2"], T0)
    assert sorted(_drill(_practice(store, clock))) == ["q1", "q9"]
    assert _drill(PracticeSession(store, Settings(), clock, [other], tz=UTC)) == ["q9"]


def test_practice_surface(store: Store, clock: FixedClock) -> None:
    """Practice previews no intervals, cannot bury or suspend, and its summary has no next due time."""
    sync_deck(store, deck(card(1)), T0)
    session = _practice(store, clock)
    assert (session.practice, session.intervals()) == (True, {})
    for action in (session.bury, session.suspend):
        with pytest.raises(LookupError):
            action()
    session.rate(Rating.GOOD, 1500)
    assert session.summary().next_due is None and session.summary().seconds == 1.5
    with pytest.raises(LookupError):
        session.rate(Rating.GOOD, 0)


def test_reload_skips_a_card_removed_by_an_edit(store: Store, clock: FixedClock) -> None:
    """After an edit, reload shows the updated card; a card gone from the notes is skipped."""
    sync_deck(store, deck(card(1), card(2)), T0)
    session = _practice(store, clock)
    sync_deck(store, deck(card(1, answer="new"), card(2)), T0)
    assert session.reload().content.answer == "new"  # type: ignore[union-attr]
    sync_deck(store, deck(card(2)), T0)
    assert session.reload().content.key == "q2"  # type: ignore[union-attr]
    assert session.left == 1
