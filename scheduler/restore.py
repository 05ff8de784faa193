"""Putting a backup back: `restore`, and `describe` to say what a database file holds.

The current database is backed up first (as a "restore" backup), then the backup is
copied into it with SQLite's backup API, so other open connections see the restored
data, not a file swapped under them. A current database SQLite cannot read at all is
kept as a file copy beside the backups before the backup's file takes its place.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scheduler.backups import Backup, backup_folder, list_backups, take_backup
from scheduler.vocabulary import counted


class RestoreError(Exception):
    """The backup cannot be restored; the message is one line saying why."""


@dataclass(frozen=True)
class Contents:
    """What a database file holds, in a few figures for the user."""

    decks: int
    cards: int
    reviews: int
    last_review: str | None

    def __str__(self) -> str:
        """E.g. `2 decks, 40 cards, 312 reviews (last 2026-03-10T08:01:22Z)`."""
        last = f" (last {self.last_review[:19]}Z)" if self.last_review else ""
        return f"{counted(self.decks, 'deck')}, {counted(self.cards, 'card')}, {counted(self.reviews, 'review')}{last}"


def describe(path: Path | str) -> Contents | None:
    """What the starcards database at `path` holds, or None when it cannot be read as one."""
    if not Path(path).is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{Path(path).absolute()}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT (SELECT COUNT(*) FROM decks), (SELECT COUNT(*) FROM cards),"
                " (SELECT COUNT(*) FROM reviews), (SELECT MAX(reviewed_at) FROM reviews)"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return Contents(*row)


def find_backup(db_path: Path | str, name: str) -> Backup:
    """The backup of `db_path` called `name` (a file name as `starcards backups` lists it)."""
    for backup in list_backups(db_path):
        if backup.name == name:
            return backup
    raise RestoreError(f"no backup called {name!r} in {backup_folder(db_path)}: `starcards backups` lists them")


def restore(db_path: Path | str, backup: Backup, now: datetime) -> Backup | None:
    """Replace the database at `db_path` with `backup`; the backup taken of it first (None if none was).

    `RestoreError` when the backup is not a database starcards can read.
    """
    if describe(backup.path) is None:
        raise RestoreError(f"{backup.name} is not a readable starcards database")
    try:
        if describe(db_path) is None:
            return _replace_unreadable(Path(db_path), backup, now)
        target = sqlite3.connect(db_path, timeout=5)
        try:
            saved = take_backup(target, db_path, "restore", now)
            source = sqlite3.connect(f"file:{backup.path.absolute()}?mode=ro", uri=True)
            try:
                source.backup(target)
            finally:
                source.close()
        finally:
            target.close()
    except (OSError, sqlite3.Error) as error:
        raise RestoreError(f"cannot restore {backup.name} into {db_path}: {error}") from None
    return saved


def _replace_unreadable(db_path: Path, backup: Backup, now: datetime) -> Backup | None:
    """Keep the unreadable database file (if any) beside the backups, then copy the backup over it."""
    saved = None
    if db_path.exists():
        name = f"unreadable-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}-{db_path.name}"
        shutil.copy2(db_path, backup_folder(db_path) / name)
        saved = Backup(backup_folder(db_path) / name, now, "unreadable")
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup.path, partial)
    os.chmod(partial, 0o600)
    os.replace(partial, db_path)
    return saved
