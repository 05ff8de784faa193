"""A full disk while rating: the rating fails whole, nothing else is lost, and rating works once there is room."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from scheduler.decks import sync_deck
from scheduler.doctor import examine
from scheduler.engine import Rating, make_fsrs
from scheduler.reviews import record_review
from scheduler.settings import Settings
from scheduler.store import Store, explain
from tests.scheduler.helpers import T0, card, card_ids, deck


def test_ratings_on_a_full_disk_fail_whole_and_work_after(tmp_path: Path) -> None:
    """Rating until SQLITE_FULL (simulated with max_page_count): every rating made is kept, the failed one left
    no trace (cache = replayed log, integrity ok); with room again the next rating is saved."""
    fsrs = make_fsrs(Settings())
    with Store.open(tmp_path / "s.db") as store:
        sync_deck(store, deck(card(1), card(2)), T0)
        card_id = card_ids(store)["q1"]
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        made = 0
        with pytest.raises(sqlite3.OperationalError) as full:
            for minute in range(100_000):
                record_review(store, fsrs, card_id, Rating.GOOD, T0 + timedelta(minutes=minute), 1000)
                made += 1
        assert "disk is full" in explain(full.value)
        assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == made
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [f.kind for f in examine(store, Settings(), repair=False).findings] == [
            "note-missing"
        ]  # /notes is not on disk
        store.conn.execute(f"PRAGMA max_page_count = {pages * 1000}")
        record_review(store, fsrs, card_id, Rating.GOOD, T0 + timedelta(days=365), 1000)
        assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == made + 1
