"""Room in the write-ahead log before a session's ratings need it: `make_wal_room`.

Every rating is committed with `synchronous = FULL`: SQLite appends the rating's pages
(about ten) to the `-wal` file and syncs it. While that file is still growing, which it
does for the first thousand pages after the store is opened (SQLite deletes it when the
last connection closes), each sync must also make the file's new length durable, a second
write to the file system's journal; once the log has room, a rating overwrites pages that
are already there and its sync writes only them. On the benchmark's machine that was a
third of a durable rating (0.53 against 0.38 ms).

`make_wal_room` gives the log that room up front, without changing the database: in a
transaction of its own connection whose page cache holds a few pages, it fills a scratch
table until SQLite has spilled about `ROOM_PAGES` pages into the log, then rolls back.
Spilled pages of a transaction rolled back are not part of the log (nothing is committed,
so nothing reaches the database file or any reader), but the file keeps its length, and
SQLite never shrinks it while the store is open (`journal_size_limit` is -1, the
default). A session runs it in the background after its first rating
(`scheduler.session`); it gives up at once when another connection is writing, and a
failure costs nothing but the room.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from scheduler.backups import Keep

ROOM_PAGES = 1_100
"""Pages of room made: SQLite checkpoints the log at 1,000 pages and then writes it from its start again."""
_SPILL_CACHE_PAGES = 8
"""The scratch connection's page cache: small, so that the pages it fills spill into the log."""
_ROW_BYTES = 3_500
"""A scratch row: one to a 4 KiB page."""


def after_first_rating(db_path: str, now: datetime, keep: Keep) -> None:
    """A session's chores after its first rating, in a thread of their own: the day's backup (if none was taken
    today, `scheduler.backups.daily_backup`), then room in the log."""
    from scheduler.backups import daily_backup  # noqa: PLC0415 - once per session

    daily_backup(db_path, now, keep)
    make_wal_room(db_path)


def make_wal_room(db_path: str) -> bool:
    """Give the write-ahead log of the database at `db_path` room for `ROOM_PAGES` pages; whether it has it now.

    Nothing is committed. False when the log is not in use, the room could not be made
    (another connection was writing, the disk is full), or the path is a memory database."""
    wal = f"{db_path}-wal"
    if db_path == ":memory:" or not os.path.exists(wal):
        return False
    try:
        page = _page_size(db_path)
        if os.path.getsize(wal) >= ROOM_PAGES * (page + 24):
            return True
        _spill(db_path, ROOM_PAGES)
        _sync(wal)
        return os.path.getsize(wal) >= ROOM_PAGES * (page + 24)
    except (OSError, sqlite3.Error):  # (the log gone meanwhile: the store closed, its last connection with it)
        return False


def _page_size(db_path: str) -> int:
    """The database's page size."""
    conn = sqlite3.connect(db_path, timeout=0)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def _spill(db_path: str, pages: int) -> None:
    """Fill a scratch table with `pages` pages in a transaction of a small-cache connection, then roll it back."""
    conn = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        conn.execute(f"PRAGMA cache_size = {_SPILL_CACHE_PAGES}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE starcards_wal_room (filler BLOB)")
            conn.executemany(
                "INSERT INTO starcards_wal_room VALUES (zeroblob(?))", [(_ROW_BYTES,)] * pages
            )
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def _sync(path: str) -> None:
    """Make the log's pages and length durable now, not in the next rating's sync."""
    fd = os.open(path, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
