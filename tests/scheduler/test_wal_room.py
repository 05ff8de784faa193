"""Room in the write-ahead log (`scheduler.wal_room`): made without changing the database, kept by later ratings,
never in the way of a writer, and harmless to recovery after a crash."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.store import Store
from scheduler.wal_room import ROOM_PAGES, make_wal_room
from tests.scheduler.helpers import T0, card, deck, utc_session


def _rows(path: Path) -> list[str]:
    """Every schema statement and row of the database at `path`, as SQL text."""
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def _wal(db: Path) -> int:
    """The size of the database's write-ahead log."""
    return os.path.getsize(f"{db}-wal")


def _room(db: Path) -> int:
    """The log's size with room for `ROOM_PAGES` pages of this database."""
    with closing(sqlite3.connect(db)) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    return ROOM_PAGES * (page + 24)


def test_room_is_made_without_changing_the_database(tmp_path: Path) -> None:
    """The log grows to the room asked for; the database's schema and rows are what they were."""
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, deck(card(1), card(2)), T0)
        before = _rows(db)
        assert _wal(db) < _room(db)
        assert make_wal_room(str(db)) is True
        assert _wal(db) >= _room(db)
        assert _rows(db) == before
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_session_makes_room_after_its_first_rating_and_its_ratings_keep_it(tmp_path: Path) -> None:
    """After the first rating's chores, later ratings overwrite the log's room: its size no longer moves."""
    db = tmp_path / "s.db"
    cards = [card(number) for number in range(1, 30)]
    with Store.open(db) as store:
        sync_deck(store, deck(*cards), T0)
        session = utc_session(store, FixedClock(T0))
        session.rate(Rating.GOOD, 1000)
        session.wait_for_backup()
        room = _wal(db)
        assert room >= _room(db)
        for _ in range(12):
            session.rate(Rating.GOOD, 1000)
        assert _wal(db) == room
        assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 13


def test_every_committed_rating_survives_a_crash_after_the_room(tmp_path: Path) -> None:
    """A copy of the files taken while the store is open (as a crash leaves them) reads every rating committed,
    and none of the scratch rows the room was made with."""
    db = tmp_path / "s.db"
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with Store.open(db) as store:
        sync_deck(store, deck(*(card(number) for number in range(1, 8))), T0)
        session = utc_session(store, FixedClock(T0))
        session.rate(Rating.GOOD, 1000)
        session.wait_for_backup()
        for _ in range(3):
            session.rate(Rating.HARD, 1000)
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{db}{suffix}", crashed / f"s.db{suffix}")
    with closing(sqlite3.connect(crashed / "s.db")) as conn:
        assert conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 4
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        assert "starcards_wal_room" not in tables
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_no_room_is_made_while_another_connection_writes(tmp_path: Path) -> None:
    """Another writer's open transaction: no room, no wait, no error; that writer's work is untouched."""
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, deck(card(1)), T0)
        store.conn.execute("BEGIN IMMEDIATE")
        store.conn.execute("UPDATE cards SET suspended = 1")
        assert make_wal_room(str(db)) is False
        store.conn.execute("COMMIT")
        assert store.conn.execute("SELECT suspended FROM cards").fetchone()[0] == 1
        assert _wal(db) < _room(db)


def test_no_room_for_a_memory_database_or_a_missing_log(tmp_path: Path) -> None:
    """Nothing to give room to: False, and no file made."""
    assert make_wal_room(":memory:") is False
    assert make_wal_room(str(tmp_path / "none.db")) is False
    assert list(tmp_path.iterdir()) == []


def test_a_log_gone_while_the_room_is_made_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store closed, and SQLite deleted its log, while the chores' thread made room: False, nothing raised (an
    error there printed a thread's traceback over the screen)."""
    import scheduler.wal_room as wal_room

    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, deck(card(1)), T0)

        def closed_meanwhile(path: str) -> None:
            os.remove(path)

        monkeypatch.setattr(wal_room, "_sync", closed_meanwhile)
        assert make_wal_room(str(db)) is False
