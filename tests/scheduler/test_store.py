"""The store: schema creation, versioning and migration, and refusing files it cannot use."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler import schema
from scheduler.store import Store, StoreError, format_time, parse_time

TABLES = {
    "decks", "cards", "notes", "practice", "review_hours", "mocks", "mock_answers",
    "schedules",
    "note_warnings",
    "review_log", "card_event_log", "machine", "undos", "key_links", "sync_marks", "sync_files", "sync_pending",
    "card_seeds",
}
"""The tables of the current schema."""


def _tables(store: Store) -> set[str]:
    """Names of the tables in the store (SQLite's own excluded)."""
    rows = store.conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return {row[0] for row in rows}


def _pragma(store: Store, name: str) -> object:
    """The value of `PRAGMA name`."""
    return store.conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_creates_the_schema(tmp_path: Path) -> None:
    """Opening a new file creates its parent dirs and every table of the schema."""
    with Store.open(tmp_path / "a" / "b" / "starcards.db") as store:
        assert _tables(store) == TABLES


def test_records_schema_version_and_application_id(tmp_path: Path) -> None:
    """The schema version (15: the queue index holds what orders the weakest reviews) is in user_version; application_id marks
    ours."""
    with Store.open(tmp_path / "s.db") as store:
        assert _pragma(store, "user_version") == 15 == len(schema.MIGRATIONS)
        assert _pragma(store, "application_id") == schema.APPLICATION_ID


def test_pragmas(tmp_path: Path) -> None:
    """A file store runs in WAL mode with synchronous=FULL, foreign keys on and a busy timeout."""
    with Store.open(tmp_path / "s.db") as store:
        assert _pragma(store, "journal_mode") == "wal"
        assert _pragma(store, "synchronous") == 2
        assert _pragma(store, "foreign_keys") == 1
        assert _pragma(store, "busy_timeout") == 5000


def test_memory_store_works() -> None:
    """':memory:' opens a migrated store."""
    with Store.open(":memory:") as store:
        assert _tables(store) == TABLES


def test_reopening_keeps_data(tmp_path: Path) -> None:
    """Opening an up-to-date file migrates nothing and keeps its rows."""
    path = tmp_path / "s.db"
    with Store.open(path) as store, store.transaction() as conn:
        conn.execute("INSERT INTO decks (root, name, added_at) VALUES ('/n', 'n', 'x')")
    with Store.open(path) as store:
        assert [tuple(row) for row in store.conn.execute("SELECT name FROM decks")] == [("n",)]


def test_migrates_an_empty_version_0_database(tmp_path: Path) -> None:
    """An empty SQLite file (user_version 0) is migrated to the current version."""
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with Store.open(path) as store:
        assert _pragma(store, "user_version") == len(schema.MIGRATIONS)
        assert _tables(store) == TABLES


def test_migrations_run_in_order_one_transaction_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each migration commits with its version; a failing one rolls back alone and stops the open."""

    def add_extra(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (id INTEGER)")
        conn.execute("THIS IS NOT SQL")

    path = tmp_path / "m.db"
    released = len(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_extra, broken])
    with pytest.raises(StoreError):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == released + 1
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    conn.close()
    assert "extra" in names and "half_done" not in names


def test_newer_database_is_refused(tmp_path: Path) -> None:
    """A database from a newer starcards (higher user_version) raises StoreError saying so."""
    path = tmp_path / "new.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer starcards .*schema version 99"):
        Store.open(path)


def test_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    """A file that is not an SQLite database raises a one-line StoreError naming it."""
    path = tmp_path / "notes.md"
    path.write_text("# Behavioural interviews\n" * 200)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(caught.value) == f"{path} is not a starcards database (not an SQLite file)"


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    """An SQLite database of another program (tables, but not ours) is not migrated into."""
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="is not a starcards database"):
        Store.open(path)


def test_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    """A path that cannot be opened (here a directory) gives StoreError 'cannot open database'."""
    with pytest.raises(StoreError, match="^cannot open database"):
        Store.open(tmp_path)


def test_transaction_rolls_back_on_error(store: Store) -> None:
    """An exception inside transaction() leaves no trace of the block's writes."""
    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute("INSERT INTO decks (root, name, added_at) VALUES ('/n', 'n', 'x')")
        raise RuntimeError
    assert store.conn.execute("SELECT COUNT(*) FROM decks").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (
            datetime(2026, 11, 25, 18, 46, 31, 123456, tzinfo=UTC),
            "2026-11-25T18:46:31.123456+00:00",
        ),
        (datetime(2026, 11, 25, 18, 46, tzinfo=UTC), "2026-11-25T18:46:00.000000+00:00"),
        (
            datetime(2026, 11, 25, 20, 46, tzinfo=timezone(timedelta(hours=2))),
            "2026-11-25T18:46:00.000000+00:00",
        ),
    ],
)
def test_time_format(moment: datetime, text: str) -> None:
    """Times are stored as ISO-8601 UTC, always with microseconds, and read back as the same instant."""
    assert format_time(moment) == text
    assert parse_time(text) == moment
    assert parse_time(text).tzinfo is UTC  # type: ignore[union-attr]


def test_time_text_sorts_in_time_order() -> None:
    """Because the format is fixed, comparing the texts compares the times."""
    moments = [
        datetime(2026, 1, 1, tzinfo=UTC) + timedelta(microseconds=n * 999_999)
        for n in range(50)
    ]
    texts = [format_time(m) for m in reversed(moments)]
    assert sorted(texts) == [format_time(m) for m in moments]


def test_a_time_formatted_again_gives_its_own_text() -> None:
    """The times `format_time` keeps never give another time's text: asked again in any order, among more times
    than it keeps, each new object (even one that may take a freed one's place in memory) gets its own."""
    start = datetime(2026, 11, 25, 18, 46, tzinfo=UTC)
    moments = [start + timedelta(seconds=n, microseconds=n) for n in range(40)]
    for _ in range(3):
        for index in (*range(40), *range(39, -1, -3)):
            moment = moments[index]
            assert format_time(moment) == moment.isoformat(timespec="microseconds")
    for n in range(200):
        fresh = start + timedelta(minutes=n)  # made, formatted and dropped: its memory is reused
        assert format_time(fresh) == fresh.isoformat(timespec="microseconds")
        plus_two = fresh.astimezone(timezone(timedelta(hours=2)))
        assert format_time(plus_two) == format_time(fresh)


@settings(max_examples=500, deadline=None)
@given(st.datetimes(timezones=st.just(UTC)))
def test_a_utc_time_is_written_as_isoformat_writes_it(moment: datetime) -> None:
    """The UTC text `format_time` builds itself is `isoformat`'s to the character, for any UTC time (years below
    1000 and whole seconds included)."""
    assert format_time(moment) == moment.isoformat(timespec="microseconds")
