"""Automatic backups: one after the first review of a day, before migrations and reschedules, pruned, restorable."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from scheduler import schema
from scheduler.backups import Backup, kept_backups, list_backups
from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.engine import Rating
from scheduler.maintenance import rebuild_states
from scheduler.restore import describe, restore
from scheduler.settings import BackupSettings, Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, deck, utc_session


def dump(path: Path) -> list[str]:
    """Every schema statement and row of the database at `path`, as SQL text."""
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def test_first_review_of_a_day_takes_a_backup_that_restores_identically(tmp_path: Path) -> None:
    """The day's first rating leaves one daily backup; later ratings that day add none; restoring gives its rows back."""
    db = tmp_path / "s.db"
    clock = FixedClock(T0)
    with Store.open(db) as store:
        sync_deck(store, deck(card(1), card(2), card(3)), T0)
        session = utc_session(store, clock)
        assert list_backups(db) == []
        session.rate(Rating.GOOD, 1000)
        session.wait_for_backup()
        [daily] = list_backups(db)
        assert daily.reason == "daily"
        at_backup = dump(db)
        assert dump(daily.path) == at_backup
        later = utc_session(store, clock)
        later.rate(Rating.AGAIN, 1000)
        later.wait_for_backup()
        assert len(list_backups(db)) == 1
    assert dump(db) != at_backup
    saved = restore(db, daily, T0)
    assert dump(db) == at_backup
    assert saved is not None and saved.reason == "restore" and describe(saved.path).reviews == 2


def test_a_new_day_takes_a_new_backup(tmp_path: Path) -> None:
    """The next day's first rating takes that day's backup."""
    db = tmp_path / "s.db"
    clock = FixedClock(T0)
    with Store.open(db) as store:
        sync_deck(store, deck(card(1), card(2)), T0)
        for day in (0, 1):
            clock.set(T0 + timedelta(days=day))
            session = utc_session(store, clock)
            session.rate(Rating.GOOD, 1000)
            session.wait_for_backup()
    assert [backup.reason for backup in list_backups(db)] == ["daily", "daily"]


def _v5_database(path: Path) -> None:
    """A database at schema version 5, with one deck."""
    with closing(sqlite3.connect(path)) as conn:
        for migrate in schema.MIGRATIONS[:5]:
            migrate(conn)
        conn.execute("PRAGMA user_version = 5")
        conn.execute("INSERT INTO decks (root, name, added_at) VALUES ('/n', 'n', '2026-01-01')")
        conn.commit()


def test_migration_is_preceded_by_a_backup_of_the_old_schema(tmp_path: Path) -> None:
    """Opening a schema-5 database backs it up, unchanged, before migrating it."""
    db = tmp_path / "old.db"
    _v5_database(db)
    before = dump(db)
    Store.open(db).close()
    [backup] = list_backups(db)
    assert backup.reason == "migration"
    assert dump(backup.path) == before
    with closing(sqlite3.connect(backup.path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5


def test_reschedule_is_preceded_by_a_backup(tmp_path: Path) -> None:
    """Rescheduling every card takes a "reschedule" backup first."""
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, deck(card(1)), T0)
        rebuild_states(store, Settings())
    assert [backup.reason for backup in list_backups(db)] == ["reschedule"]


def test_pruning_keeps_the_newest_of_each_day_week_and_month(tmp_path: Path) -> None:
    """Of a backup every day for 400 days, 7 daily, 4 weekly, 6 monthly are kept (overlapping), newest first."""
    backups = [Backup(tmp_path / f"b{day}.db", T0 - timedelta(days=day), "daily") for day in range(400)]
    kept = kept_backups(backups, BackupSettings())
    ages = [(T0 - backup.taken).days for backup in kept]
    assert ages[:7] == list(range(7))
    assert ages == sorted(ages) and len(set(ages)) == len(ages)
    assert max(ages) < 190
    months = {(backup.taken.year, backup.taken.month) for backup in kept}
    assert len(months) == 6
    assert len(kept) <= 7 + 4 + 6


def test_pruning_settings_change_what_is_kept(tmp_path: Path) -> None:
    """With daily = 2 and no weekly or monthly, only the two newest days are kept."""
    backups = [Backup(tmp_path / f"b{day}.db", T0 - timedelta(days=day), "daily") for day in range(30)]
    kept = kept_backups(backups, BackupSettings(daily=2, weekly=0, monthly=0))
    assert [(T0 - backup.taken).days for backup in kept] == [0, 1]


def test_backups_are_private(tmp_path: Path) -> None:
    """The database and its backups can be read by their owner only."""
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, deck(card(1)), T0)
        rebuild_states(store, Settings())
    [backup] = list_backups(db)
    assert db.stat().st_mode & 0o777 == 0o600
    assert backup.path.stat().st_mode & 0o777 == 0o600
