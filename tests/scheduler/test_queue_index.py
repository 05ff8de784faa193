"""Schema 4's covering indexes, and review counts capped by the deck's daily limit."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from scheduler import schema, schema_events, schema_order, schema_queue
from scheduler.actions import bury, suspend
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.queue import deck_counts, due_counts
from scheduler.reviews import record_review
from scheduler.rules import DeckRules, Rules
from scheduler.settings import Settings
from scheduler.stats import compute
from scheduler.store import Store
from tests.scheduler.helpers import IN_UTC, T0, UTC, card, deck

LATER = T0 + timedelta(days=30)


def _fill(store: Store) -> int:
    """A deck of 40 cards, 30 of them reviewed a month ago (so due now); one suspended, one buried."""
    deck_id, _ = sync_deck(store, deck(*(card(n) for n in range(1, 41))), T0)
    fsrs_scheduler = make_fsrs(Settings())
    for card_id in range(1, 31):
        record_review(store, fsrs_scheduler, card_id, Rating.EASY if card_id % 5 else Rating.AGAIN, T0, 1000)
    suspend(store, 3, LATER)
    bury(store, 4, LATER, LATER + timedelta(days=1))
    return deck_id


def _v3_copy(path: Path, into: Path) -> Path:
    """A copy of the database at `path` taken back to schema 3 (its indexes and decks as version 3 had them)."""
    conn = sqlite3.connect(path)
    conn.execute(f"VACUUM INTO '{into}'")
    conn.close()
    conn = sqlite3.connect(into)
    conn.execute("DROP VIEW counted_seeds")
    conn.execute("DROP TABLE card_seeds")
    _before_v10(conn)
    conn.execute("DROP INDEX cards_queue")
    conn.execute("DROP INDEX cards_figures")
    conn.execute("DROP INDEX cards_file")
    conn.execute("CREATE INDEX cards_due ON cards (deck_id, state, due) WHERE removed_at IS NULL")
    conn.execute("ALTER TABLE decks DROP COLUMN parser")
    conn.execute("DROP TABLE note_warnings")
    conn.execute("DROP TABLE mock_answers")
    conn.execute("DROP TABLE mocks")
    conn.execute("DROP TABLE schedules")
    conn.execute("ALTER TABLE reviews DROP COLUMN day")
    conn.execute("ALTER TABLE reviews DROP COLUMN schedule_id")
    conn.execute("ALTER TABLE cards DROP COLUMN last_day")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    return into


def _before_v10(conn: sqlite3.Connection) -> None:
    """Take schema 10's log identity out again (and schema 12's index on it): views, new tables and columns, the old
    table names and indexes."""
    for view in ("counted_reviews", "reviews", "card_events"):
        conn.execute(f"DROP VIEW {view}")
    for index in (*schema_events.INDEXES, *schema_order.INDEXES):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    for table in ("undos", "key_links", "machine", "sync_marks", "sync_files", "sync_pending"):
        conn.execute(f"DROP TABLE {table}")
    for table, old in (("review_log", "reviews"), ("card_event_log", "card_events")):
        conn.execute(f"ALTER TABLE {table} RENAME TO {old}")
        for column in ("origin", "origin_id", "undone", *(("draw", "sort_at") if old == "reviews" else ())):
            conn.execute(f"ALTER TABLE {old} DROP COLUMN {column}")
    conn.execute("CREATE INDEX reviews_card ON reviews (card_id, id)")
    conn.execute("CREATE INDEX reviews_time ON reviews (reviewed_at)")
    conn.execute("CREATE INDEX card_events_card ON card_events (card_id, id)")


def test_version_4_counts_what_version_3_counted(tmp_path: Path) -> None:
    """Migrating a schema-3 database to 4 adds the covering indexes and leaves counts and statistics as they were."""
    with Store.open(tmp_path / "new.db") as store:
        _fill(store)
        counts = deck_counts(store, LATER, IN_UTC)
        figures = compute(store, LATER, IN_UTC)
    old = _v3_copy(tmp_path / "new.db", tmp_path / "old.db")
    with Store.open(old) as store:
        indexes = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) == 15
        assert {"cards_queue", "cards_figures"} <= indexes and not {"cards_due", "cards_memory"} & indexes
        queue = store.conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'cards_queue'").fetchone()[0]
        assert queue == schema_queue.INDEXES["cards_queue"]  # version 4's, made again by version 15
        assert deck_counts(store, LATER, IN_UTC) == counts
        assert compute(store, LATER, IN_UTC) == figures
    assert counts and sum(c.review + c.learning for c in counts.values()) == 28


def test_review_count_stops_at_the_daily_limit(store: Store) -> None:
    """With a review limit the count is the limit (or what is due, if fewer); without one, everything due."""
    deck_id = _fill(store)
    due = due_counts(store, LATER, IN_UTC).review
    assert due > 5
    assert due_counts(store, LATER, Rules(tz=UTC, decks={deck_id: DeckRules(max_reviews=5)})).review == 5
    assert due_counts(store, LATER, Rules(tz=UTC, decks={deck_id: DeckRules(max_reviews=500)})).review == due
    assert due_counts(store, LATER, Rules(tz=UTC, decks={deck_id: DeckRules(max_reviews=0)})).review == 0
