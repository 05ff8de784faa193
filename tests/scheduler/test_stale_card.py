"""A rating is computed from the card's state in the database; a preview made from an older state is refused."""

from __future__ import annotations

import pytest

from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.reviews import StaleCard
from tests.scheduler.helpers import T0, deck, qa, utc_session


def test_a_session_whose_card_was_rated_elsewhere_saves_nothing_and_reloads_it(store, clock) -> None:
    """Two sessions show the same card; the second's rating raises StaleCard, writes nothing, and reloads the card."""
    sync_deck(store, deck(qa("Why this job?", "Because.")), T0)
    first, second = utc_session(store, clock), utc_session(store, clock)
    shown = second.current
    assert first.current.id == shown.id
    first.rate(Rating.GOOD, 1000)
    with pytest.raises(StaleCard):
        second.rate(Rating.AGAIN, 1000)
    assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1
    assert second.current.id == shown.id and second.current.state != shown.state
    second.rate(Rating.AGAIN, 1000)
    assert [row[0] for row in store.conn.execute("SELECT rating FROM reviews ORDER BY id")] == [3, 1]
