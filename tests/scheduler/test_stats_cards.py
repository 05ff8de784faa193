"""The card counts and memory histograms read from the `cards_figures` index equal a count made card by card.

The index's figures are worked out by SQLite whenever a card's row is written; whatever
wrote it (rating, undo, suspension, burying, reset, notes removed, a replay), the
statistics must be what counting every card afresh with py-fsrs gives.
"""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import fsrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scheduler import actions
from scheduler import stats_queries as sql
from scheduler.days import recall_moment
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.reviews import undo_review
from scheduler.rules import DeckRules, Rules
from scheduler.stats import compute
from scheduler.stats_cards import card_figures
from scheduler.store import Store
from tests.scheduler.figures_oracle import assert_same_figures, fresh_figures
from tests.scheduler.helpers import T0, UTC, card, deck
from tests.scheduler.history import FSRS, cards_store, put, rate


def _step(store: Store, ids: list[int], chance: random.Random, now: datetime, done: dict[str, list[int]]) -> None:
    """One random thing done to a random card at `now`, as a user (or their notes) would."""
    card_id, move = chance.choice(ids), chance.random()
    if move < 0.55:
        done["reviews"].append(rate(store, card_id, Rating(chance.randint(1, 4)), now))
    elif move < 0.65 and done["reviews"]:
        undo_review(store, FSRS, done["reviews"].pop(chance.randrange(len(done["reviews"]))))
    elif move < 0.72:
        done["events"].append(actions.suspend(store, card_id, now))
    elif move < 0.77:
        done["events"].append(actions.unsuspend(store, card_id, now))
    elif move < 0.85:
        done["events"].append(actions.bury(store, card_id, now, now + timedelta(hours=chance.choice([1, 20, 30]))))
    elif move < 0.9:
        done["events"].append(actions.reset(store, FSRS, card_id, now))
    elif done["events"]:
        actions.undo_event(store, FSRS, done["events"].pop(chance.randrange(len(done["events"]))))


@pytest.mark.parametrize("seed", range(4))
def test_figures_equal_a_fresh_count_after_a_random_history(store: Store, seed: int) -> None:
    """Ratings, undos, suspensions, burials, resets and removed notes over two months: same figures throughout."""
    chance = random.Random(seed)
    ids = cards_store(store, 12)
    done: dict[str, list[int]] = {"reviews": [], "events": []}
    now = T0
    for step in range(120):
        now += timedelta(hours=chance.choice([0.01, 3, 11, 26, 75]))
        _step(store, ids, chance, now, done)
        if step % 40 == 39:
            kept = chance.sample(range(1, 13), 9)
            sync_deck(store, deck(*(card(n) for n in sorted(kept))), now)
            assert_same_figures(store, now)
    for later in (timedelta(0), timedelta(hours=7), timedelta(days=3, minutes=1), timedelta(days=40)):
        assert_same_figures(store, now + later)


def _one_card(stability: float, last: datetime) -> tuple[Store, int]:
    """A store with one card in review, of `stability`, last reviewed at `last`."""
    store = Store.open(":memory:")
    (card_id,) = cards_store(store, 1)
    put(store, card_id, state=2, stability=stability, difficulty=5.0, last_review=last, due=last)
    return store, card_id


HOUR = 3_600_000_000
"""An hour in microseconds."""


@settings(max_examples=150, deadline=None)
@example(stability=1.0, elapsed=16 * HOUR - 1, micros=0)  # 03:59:59.999999 the next morning: the same day
@example(stability=1.0, elapsed=16 * HOUR, micros=0)  # 04:00 the next morning: one day
@example(stability=1.0, elapsed=86_400_000_000 - 1, micros=999_999)
@example(stability=3.0, elapsed=-2 * 86_400_000_000, micros=5)
@given(
    stability=st.floats(min_value=0.001, max_value=36500),
    elapsed=st.integers(min_value=-3 * 86_400_000_000, max_value=4000 * 86_400_000_000),
    micros=st.integers(min_value=0, max_value=999_999),
)
def test_retrievability_read_through_the_index_is_py_fsrs(stability: float, elapsed: int, micros: int) -> None:
    """The retrievability summed and bucketed is py-fsrs's, to the last bit, over local days flipping at the
    day's rollover (04:00), to the microsecond."""
    last = T0 + timedelta(microseconds=micros)
    now = last + timedelta(microseconds=elapsed)
    store, _card = _one_card(stability, last)
    with store:
        figures = card_figures(store.conn, sql.Decks(None), recall_moment(now, 4, UTC))
        counts, recall = fresh_figures(store, now)["retrievability"]
    assert figures.totals[2] == recall
    assert list(figures.recall) == counts


def _card_statements(store: Store) -> list[str]:
    """The statements `card_figures` runs over the cards."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        card_figures(store.conn, sql.Decks(None), T0)
    finally:
        store.conn.set_trace_callback(None)
    return [statement for statement in statements if "cards_figures" in statement]


def test_the_card_figures_are_read_from_the_index_not_worked_out(store: Store) -> None:
    """Status, buckets and last review come out of `cards_figures` as stored: no date is parsed per card.

    SQLite uses an indexed expression's stored value only where the query writes it exactly
    as the index does; this fails if the two drift apart.
    """
    cards_store(store, 3)
    for statement in _card_statements(store):
        program = store.conn.execute(f"EXPLAIN {statement}").fetchall()
        called = {row[4] for row in program if row[1] in ("Function", "PureFunc")}
        assert not {name for name in called if str(name).split("(")[0] in ("strftime", "substr")}, called
        plan = [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {statement}")]
        assert any("USING INDEX cards_figures" in line for line in plan), plan


@pytest.mark.parametrize("decks", [None, "first", "both"])
def test_the_card_figures_are_counted_as_the_index_is_walked_never_sorted(store: Store, decks: str | None) -> None:
    """No temporary b-tree, for every deck or some: the grouping follows the index's order."""
    first = cards_store(store, 3, root="/a", name="a")
    cards_store(store, 3, root="/b", name="b")
    ids = [row[0] for row in store.conn.execute("SELECT DISTINCT deck_id FROM cards ORDER BY deck_id")]
    chosen = sql.Decks(None if decks is None else ids[:1] if decks == "first" else ids)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        figures = card_figures(store.conn, chosen, T0)
    finally:
        store.conn.set_trace_callback(None)
    assert figures.cards == (len(first) if decks == "first" else 2 * len(first))
    for statement in [statement for statement in statements if "cards_figures" in statement]:
        plan = [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {statement}", chosen.params)]
        assert not [line for line in plan if "TEMP B-TREE" in line], plan


def test_counting_leaves_the_cache_size_as_it_was(store: Store) -> None:
    """The card figures widen the page cache for their two walks only."""
    store.conn.execute("PRAGMA cache_size = -1234")
    cards_store(store, 2)
    card_figures(store.conn, sql.Decks(None), T0)
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -1234


def test_python_pow_stands_in_for_the_card_figures() -> None:
    """Where SQLite has no `pow`, the card figures come out the same with Python's."""
    store, _card = _one_card(12.5, T0 - timedelta(days=9, hours=3))
    with store:
        built_in = card_figures(store.conn, sql.Decks(None), T0)
        store.conn.create_function("pow", 2, lambda base, power: None if base is None else base**power)
        assert card_figures(store.conn, sql.Decks(None), T0) == built_in


def test_each_deck_forgets_by_its_own_parameters(store: Store) -> None:
    """A deck with its own FSRS parameters has its cards' retrievability from them; other decks from the defaults."""
    first = cards_store(store, 2, root="/a", name="a")
    second = cards_store(store, 2, root="/b", name="b")
    for card_id in (*first, *second):
        put(store, card_id, state=2, stability=6.0, difficulty=4.0, last_review=T0 - timedelta(days=9), due=T0)
    deck_b = store.conn.execute("SELECT deck_id FROM cards WHERE id = ?", (second[0],)).fetchone()[0]
    slower = (*fsrs.Scheduler().parameters[:20], 0.5)
    stats = compute(store, T0, Rules(tz=UTC, decks={deck_b: DeckRules(parameters=slower)}))
    own = fsrs.Scheduler(parameters=slower)
    recall = [
        scheduler.get_card_retrievability(
            fsrs.Card(card_id=1, state=fsrs.State.Review, stability=6.0, difficulty=4.0,
                      last_review=T0 - timedelta(days=9), due=T0), T0)
        for scheduler in (fsrs.Scheduler(), own)
    ]
    assert recall[0] != recall[1]
    assert stats.retrievability.mean == pytest.approx(sum(recall) / 2, rel=1e-12)


_any_card = st.fixed_dictionaries({
    "state": st.integers(min_value=0, max_value=3),
    "stability": st.none() | st.floats(min_value=0.001, max_value=36500),
    "difficulty": st.none() | st.floats(min_value=0.5, max_value=10.5),
    "reviewed": st.none() | st.integers(min_value=-900 * 86_400_000_000, max_value=86_400_000_000),
    "suspended": st.booleans(),
    "buried": st.booleans(),  # as `actions.bury` buries: the journal finds buried cards
    "removed": st.booleans(),
})
"""Any cached card state, however unlikely: memory figures missing in part, every status."""


@settings(max_examples=60, deadline=None)
@given(cards=st.lists(_any_card, min_size=0, max_size=25))
def test_every_status_and_bucket_is_counted_as_a_fresh_count_gives(cards: list[dict[str, object]]) -> None:
    """Counts by status, the three histograms and their means equal a card-by-card count, for any mix of cards."""
    with Store.open(":memory:") as store:
        ids = cards_store(store, len(cards)) if cards else []
        for card_id, drawn in zip(ids, cards, strict=True):
            reviewed = drawn["reviewed"]
            last = None if reviewed is None else T0 + timedelta(microseconds=reviewed)  # type: ignore[arg-type]
            put(store, card_id, state=drawn["state"], stability=drawn["stability"], difficulty=drawn["difficulty"],
                last_review=last,
                suspended=int(drawn["suspended"]),  # type: ignore[arg-type]
                removed_at=T0 if drawn["removed"] else None)
            if drawn["buried"]:
                actions.bury(store, card_id, T0 - timedelta(minutes=1), T0 + timedelta(hours=1))
        assert_same_figures(store, T0)


def _traced(conn: sqlite3.Connection) -> list[str]:
    """The statements `conn` runs from now on."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    return statements


@pytest.mark.parametrize("seed", range(2))
def test_a_second_connection_counts_by_status_beside_and_the_figures_are_the_same(tmp_path: Path, seed: int) -> None:
    """Given `beside`, the walk by status runs on it, the retrievability on the store's own, and the figures are
    those one connection gives, after a random history in a database file."""
    chance, done = random.Random(seed), {"reviews": [], "events": []}
    with Store.open(tmp_path / "starcards.db") as store, closing(sqlite3.connect(store.path, check_same_thread=False)) as beside:
        ids, now = cards_store(store, 12), T0
        for _step_number in range(60):
            now += timedelta(hours=chance.choice([0.01, 3, 26, 75]))
            _step(store, ids, chance, now, done)
        alone = card_figures(store.conn, sql.Decks(None), now)
        mine, theirs = _traced(store.conn), _traced(beside)
        assert card_figures(store.conn, sql.Decks(None), now, beside=beside) == alone
    by_status = [statement for statement in theirs if "GROUP BY deck_id, figure" in statement]
    assert len(by_status) == 1 and not [statement for statement in theirs if "group_concat" in statement]
    assert not [statement for statement in mine if "GROUP BY deck_id, figure" in statement]


def test_what_the_walk_beside_raises_is_raised_to_the_caller(tmp_path: Path) -> None:
    """A walk that fails in its thread fails the count, as it would on the caller's own connection."""
    with Store.open(tmp_path / "starcards.db") as store:
        cards_store(store, 2)
        beside = sqlite3.connect(store.path, check_same_thread=False)
        beside.close()
        with pytest.raises(sqlite3.ProgrammingError):
            card_figures(store.conn, sql.Decks(None), T0, beside=beside)


def test_a_failing_count_waits_for_the_walk_beside_before_it_raises(tmp_path: Path, monkeypatch) -> None:
    """When the store's own walk fails, the walk on `beside` is waited for before the error is raised: the connection
    is free for the next look."""
    from scheduler import stats_cards  # noqa: PLC0415 - only here

    waited: list[bool] = []
    result = stats_cards._Beside.result

    def failing(*_args: object) -> None:
        raise sqlite3.OperationalError("interrupted")

    with Store.open(tmp_path / "starcards.db") as store, closing(sqlite3.connect(store.path, check_same_thread=False)) as beside:
        cards_store(store, 2)
        monkeypatch.setattr(stats_cards, "_recall_counts", failing)
        monkeypatch.setattr(stats_cards._Beside, "result", lambda self: (waited.append(True), result(self))[1])
        with pytest.raises(sqlite3.OperationalError):
            card_figures(store.conn, sql.Decks(None), T0, beside=beside)
    assert waited == [True]
