"""A rating right after another trusts the card as it was read for showing, when nothing was written since.

Nothing is read of the card between BEGIN and the writes then; a write in between, from
this connection or another, makes the rating read the card again (and refuse a stale one).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.replay_check import check_states
from scheduler.reviews import StaleCard
from scheduler.schema_events import next_tick
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck, traced, utc_session


def _written(store: Store, action: Callable[[], object]) -> list[str]:
    """The first word of every SQL statement `action` runs from BEGIN to COMMIT."""
    words = [statement.split()[0] for statement in traced(store, action)]
    return words[words.index("BEGIN") : words.index("COMMIT") + 1]


def test_a_rating_after_a_rating_reads_nothing_of_the_card_before_writing(store: Store, clock: FixedClock) -> None:
    """The second rating of a session writes at once: data_version, the review, its hour, the card's state."""
    sync_deck(store, deck(card(1), card(2), card(3)), T0)
    session = utc_session(store, clock)
    first = _written(store, lambda: session.rate(Rating.AGAIN, 1000))
    assert "SELECT" in first, "the first rating reads the card"
    second = _written(store, lambda: session.rate(Rating.GOOD, 1000))
    assert second == ["BEGIN", "PRAGMA", "INSERT", "INSERT", "UPDATE", "COMMIT"]
    assert check_states(store, Settings(), repair=False).differing == {}


def test_a_card_kept_from_showing_orders_its_review_after_its_last(store: Store, clock: FixedClock) -> None:
    """With the clock set back, a rating that trusts the card shown is still ordered after the card's last review."""
    sync_deck(store, deck(card(1)), T0)
    session = utc_session(store, clock)
    clock.set(T0 + timedelta(hours=1))
    session.rate(Rating.AGAIN, 1000)
    assert session.current is not None and session.current.order_time is not None
    clock.set(T0)
    session.rate(Rating.GOOD, 1000)
    first, second = store.conn.execute("SELECT reviewed_at, sort_at FROM reviews ORDER BY id").fetchall()
    assert first["sort_at"] is None and second["sort_at"] == next_tick(first["reviewed_at"])
    assert check_states(store, Settings(), repair=False).differing == {}


@pytest.mark.parametrize("other", ["another connection", "the same connection"])
def test_a_card_rated_elsewhere_after_a_rating_here_is_read_again(tmp_path: Path, clock: FixedClock, other: str) -> None:
    """Another session rates the card shown here after this session's rating: StaleCard, nothing saved.

    On another connection SQLite's data_version tells; on the same one, its count of changes.
    """
    db = tmp_path / "s.db"
    with Store.open(db) as store, Store.open(db) as second:
        sync_deck(store, deck(card(1), card(2), card(3)), T0)
        here = utc_session(store, clock)
        here.rate(Rating.GOOD, 1000)
        there = utc_session(second if other == "another connection" else store, clock)
        assert there.current is not None and here.current is not None and there.current.id == here.current.id
        there.rate(Rating.GOOD, 1000)
        with pytest.raises(StaleCard):
            here.rate(Rating.AGAIN, 1000)
        assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 2
