"""Databases made by every earlier schema (1 to 12), as committed in `old_schemas/`, migrate without loss.

Each is migrated to the current schema and compared row by row with what it held; the
columns added since are what the log says (phases replayed, hourly sums), every index of
the current schema is there, and the doctor finds every cache true to the log.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from scheduler import schema
from scheduler.backups import list_backups
from scheduler.doctor import examine
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.old_schemas.make import HERE, LOG_TABLES, columns

VERSIONS = range(1, 13)


def _rows(conn: sqlite3.Connection, table: str, names: list[str]) -> list[tuple[object, ...]]:
    """The rows of `table`, only the columns `names`, sorted."""
    return sorted(tuple(row) for row in conn.execute(f"SELECT {', '.join(names)} FROM {table}"))


def _copy(version: int, tmp_path: Path) -> Path:
    """A copy of the schema-`version` database to migrate."""
    target = tmp_path / f"schema{version}.db"
    shutil.copyfile(HERE / f"schema{version}.db", target)
    return target


@pytest.mark.parametrize("version", VERSIONS)
def test_old_database_migrates_row_for_row(version: int, tmp_path: Path) -> None:
    """Every row and column the old database held is there after migrating, unchanged; caches agree with the log."""
    db = _copy(version, tmp_path)
    with closing(sqlite3.connect(db)) as old:
        before = {table: (names, _rows(old, table, names)) for table in LOG_TABLES if (names := columns(old, table))}
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        for table, (names, rows) in before.items():
            assert _rows(store.conn, table, names) == rows, table
        indexes = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert set(schema.INDEXES) <= indexes
        found = examine(store, Settings(), repair=False)
        assert [finding.kind for finding in found.findings if finding.kind not in ("note-missing", "cache")] == []
        # schema 7 added cards.last_day and left it empty: the only cache field a replay fills in afterwards
        assert {name for names in found.replay.differing.values() for name in names} <= {"last_day"}
        assert store.conn.execute("SELECT COUNT(*) FROM review_log WHERE draw IS NULL").fetchone()[0] == 0
        if version >= 7:
            assert found.healthy or {finding.kind for finding in found.findings} == {"note-missing"}
    assert [backup.reason for backup in list_backups(db)] == ["migration"]


@pytest.mark.parametrize("version", [1, 2])
def test_phases_filled_in_are_those_recorded_later(version: int, tmp_path: Path) -> None:
    """A schema-1 or 2 log gets, by replay, the same review phases a schema-3 database recorded as it went."""
    db = _copy(version, tmp_path)
    with Store.open(db) as store:
        filled = _rows(store.conn, "reviews", ["id", "phase"])
    with closing(sqlite3.connect(HERE / "schema3.db")) as recorded:
        assert filled == _rows(recorded, "reviews", ["id", "phase"])


def test_a_missing_index_is_made_again_on_open(tmp_path: Path) -> None:
    """A schema-4 database that lacks an index (as one benchmark branch made) gets it back when opened."""
    db = _copy(4, tmp_path)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("DROP INDEX cards_memory")
        conn.execute("DROP INDEX cards_queue")
        conn.commit()
    with Store.open(db) as store:
        names = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
    assert {"cards_queue", "cards_figures"} <= names
    assert "cards_memory" not in names, "replaced by cards_figures in schema 11"


def test_old_reviews_keep_the_fuzz_draw_they_were_scheduled_with(tmp_path: Path) -> None:
    """Schema 10 records each old review's fuzz draw: replaying with the draws gives every due date the cache had."""
    from scheduler.replay_check import check_states  # noqa: PLC0415

    with Store.open(_copy(9, tmp_path)) as store:
        with closing(sqlite3.connect(HERE / "schema9.db")) as old:
            dues = _rows(old, "cards", ["id", "due"])
        assert check_states(store, Settings(), repair=False).differing == {}
        assert _rows(store.conn, "cards", ["id", "due"]) == dues
        machine = store.conn.execute("SELECT id FROM machine").fetchall()
        assert len(machine) == 1 and len(machine[0][0]) == 16
