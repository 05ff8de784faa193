"""A later look at the statistics moves the kept card count on instead of counting afresh: same figures.

`scheduler.stats_memo` keeps the last count of the cards and, until the store changes,
works out only the cards whose whole days since their last review changed. Every look
must still show what counting every card afresh with py-fsrs gives.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler import stats_memo
from scheduler.engine import Rating
from scheduler.rules import Rules
from scheduler.stats import compute
from scheduler.store import Store
from tests.scheduler.figures_oracle import assert_same_figures
from tests.scheduler.helpers import T0, UTC
from tests.scheduler.history import cards_store, put, rate

DAY_US = 86_400_000_000

_card = st.fixed_dictionaries({
    "state": st.sampled_from([1, 2, 2, 2, 3]),
    "stability": st.floats(min_value=0.001, max_value=36500),
    "difficulty": st.floats(min_value=1.0, max_value=10.0),
    "reviewed": st.integers(min_value=-900 * DAY_US, max_value=2 * DAY_US),
    "held": st.sampled_from([None, None, None, None, "suspended", "removed"]),
})
"""A card's cached state: last review from 900 days before T0 to 2 days after, sometimes held back."""


def _statements(store: Store, now: datetime) -> list[str]:
    """The statements `compute` runs at `now`."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        compute(store, now, Rules(tz=UTC))
    finally:
        store.conn.set_trace_callback(None)
    return statements


def _counted(statements: list[str]) -> bool:
    """Whether `statements` counted every card afresh (wrote every card's number into one string)."""
    return any("group_concat(" in statement for statement in statements)


def _put_cards(store: Store, cards: list[dict[str, object]]) -> None:
    """A deck holding `cards` (as `_card` draws them), committed."""
    ids = cards_store(store, len(cards))
    with store.transaction():
        for card_id, drawn in zip(ids, cards, strict=True):
            reviewed = T0 + timedelta(microseconds=drawn["reviewed"])  # type: ignore[operator]
            put(store, card_id, state=drawn["state"], stability=drawn["stability"], difficulty=drawn["difficulty"],
                last_review=reviewed, due=reviewed + timedelta(days=3),
                suspended=int(drawn["held"] == "suspended"),
                removed_at=reviewed if drawn["held"] == "removed" else None)


@settings(max_examples=40, deadline=None)
@given(
    cards=st.lists(_card, min_size=1, max_size=30),
    looks=st.lists(st.integers(min_value=-3 * DAY_US, max_value=40 * DAY_US), min_size=1, max_size=6),
)
def test_later_looks_equal_a_fresh_count(cards: list[dict[str, object]], looks: list[int]) -> None:
    """Looks at moments around a first one, each as a fresh count gives, the whole days flipping at the microsecond."""
    with Store.open(":memory:") as store:
        _put_cards(store, cards)
        assert_same_figures(store, T0)
        for offset in looks:
            for flip in (0, 1, -1):
                assert_same_figures(store, T0 + timedelta(microseconds=offset + flip))


def test_a_later_look_works_out_only_the_cards_that_moved(store: Store) -> None:
    """The first look counts every card; a look an hour later moves the kept count on, and is right."""
    ids = cards_store(store, 40)
    with store.transaction():
        for number, card_id in enumerate(ids):
            last = T0 - timedelta(days=number % 9, minutes=37 * number)
            put(store, card_id, state=2, stability=1.0 + number, difficulty=5.0, last_review=last, due=T0)
    assert _counted(_statements(store, T0))
    later = T0 + timedelta(hours=1)
    assert not _counted(_statements(store, later))
    assert_same_figures(store, later)


def test_too_many_moved_cards_count_afresh(store: Store) -> None:
    """More cards moving than `MOVED_LEAST` (for a small collection) makes the look count afresh."""
    ids = cards_store(store, stats_memo.MOVED_LEAST + 2)
    with store.transaction():
        for card_id in ids:
            put(store, card_id, state=2, stability=4.0, difficulty=5.0, last_review=T0, due=T0)
    assert _counted(_statements(store, T0))
    assert _counted(_statements(store, T0 + timedelta(days=1)))
    assert not _counted(_statements(store, T0 + timedelta(days=1, hours=1)))


def test_a_rating_through_this_connection_is_counted(store: Store) -> None:
    """A rating between two looks (even uncommitted writes) makes the next look count afresh."""
    ids = cards_store(store, 3)
    rate(store, ids[0], Rating.GOOD, T0 - timedelta(days=2))
    assert_same_figures(store, T0)
    rate(store, ids[1], Rating.AGAIN, T0)
    assert _counted(_statements(store, T0 + timedelta(seconds=1)))
    assert_same_figures(store, T0 + timedelta(seconds=2))
    put(store, ids[0], stability=900.0)
    assert_same_figures(store, T0 + timedelta(seconds=3))


def test_another_connections_commit_is_counted(tmp_path: Path) -> None:
    """A rating committed by another window between two looks is in the next look."""
    path = tmp_path / "starcards.db"
    with Store.open(path) as mine, Store.open(path) as theirs:
        ids = cards_store(mine, 3)
        rate(mine, ids[0], Rating.GOOD, T0 - timedelta(days=2))
        assert_same_figures(mine, T0)
        rate(theirs, ids[1], Rating.EASY, T0)
        rate(theirs, ids[0], Rating.AGAIN, T0)
        assert _counted(_statements(mine, T0 + timedelta(seconds=1)))
        assert_same_figures(mine, T0 + timedelta(seconds=1))
        assert compute(mine, T0 + timedelta(seconds=1), Rules(tz=UTC)).counts.review == 1


def test_a_new_connection_to_the_same_file_finds_the_count(tmp_path: Path) -> None:
    """The statistics screen opens a connection per look: the second still moves the first's count on."""
    path = tmp_path / "starcards.db"
    with Store.open(path) as first:
        ids = cards_store(first, 3)
        rate(first, ids[0], Rating.GOOD, T0 - timedelta(days=2))
        assert _counted(_statements(first, T0))
    with Store.open(path) as second:
        assert not _counted(_statements(second, T0 + timedelta(hours=2)))
        assert_same_figures(second, T0 + timedelta(hours=2))
        rate(second, ids[1], Rating.GOOD, T0)
    with Store.open(path) as third:
        assert _counted(_statements(third, T0 + timedelta(hours=3)))
        assert_same_figures(third, T0 + timedelta(hours=3))


def test_a_file_put_in_the_place_of_another_is_counted_afresh(tmp_path: Path) -> None:
    """A database file put in the place of another, as restoring over an unreadable one does, is counted afresh."""
    path, other = tmp_path / "starcards.db", tmp_path / "other.db"
    with Store.open(other) as store:
        ids = cards_store(store, 2)
        rate(store, ids[0], Rating.GOOD, T0 - timedelta(days=2))
    with Store.open(path) as store:
        cards_store(store, 5)
        assert_same_figures(store, T0)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    other.replace(path)
    with Store.open(path) as store:
        assert _counted(_statements(store, T0 + timedelta(seconds=1)))
        assert_same_figures(store, T0 + timedelta(seconds=1))


def test_a_look_inside_an_open_transaction_sees_its_writes(tmp_path: Path) -> None:
    """Uncommitted writes of the looking connection are in its look, and the count kept is not theirs."""
    path = tmp_path / "starcards.db"
    with Store.open(path) as store:
        ids = cards_store(store, 3)
        rate(store, ids[0], Rating.GOOD, T0 - timedelta(days=2))
        assert_same_figures(store, T0)
        store.conn.execute("BEGIN")
        put(store, ids[1], state=2, stability=3.0, difficulty=4.0, last_review=T0 - timedelta(days=1), due=T0)
        assert_same_figures(store, T0 + timedelta(seconds=1))
        store.conn.execute("ROLLBACK")
        assert_same_figures(store, T0 + timedelta(seconds=2))
