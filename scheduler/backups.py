"""Automatic, rotated backups of the database: `take_backup`, `daily_backup`, `list_backups`, `prune`.

Backups are whole copies made with SQLite's online backup API, so a review being
committed meanwhile is neither blocked nor torn. They live in `backups/` beside the
database, named `starcards-YYYYMMDDTHHMMSSffffffZ-REASON.db` (UTC), so that name order is
time order. Kept: the newest of each of the last `Keep.daily` days, `Keep.weekly` weeks
and `Keep.monthly` months that have one, and every backup of the newest day.
Standard library only: a migration takes one while the store is being opened.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

FOLDER = "backups"
"""The folder beside the database that holds its backups."""

REASONS = ("daily", "manual", "migration", "reschedule", "import", "restore", "doctor")
"""Why a backup was taken; the last word of its name."""

_PREFIX = "starcards-"
_STAMP = "%Y%m%dT%H%M%S%fZ"


class Keep(Protocol):
    """How many backups pruning keeps: the newest of each of the last N days, weeks, months.

    `scheduler.settings.BackupSettings` is one (the `[backups]` table of the settings file).
    """

    daily: int
    weekly: int
    monthly: int


@dataclass(frozen=True)
class Backup:
    """One backup file: its path, when it was taken (UTC) and why."""

    path: Path
    taken: datetime
    reason: str

    @property
    def name(self) -> str:
        """The file name, as `starcards restore` takes it."""
        return self.path.name


def backup_folder(db_path: Path | str) -> Path:
    """Where the backups of the database at `db_path` are kept."""
    return Path(db_path).parent / FOLDER


def take_backup(source: sqlite3.Connection, db_path: Path | str, reason: str, now: datetime) -> Backup:
    """Copy the open database `source` into a new backup of `db_path`; the backup.

    Written to a temporary file (readable by its owner only) and renamed into place, so
    a backup that exists is whole. `OSError` or `sqlite3.Error` when it cannot be written.
    """
    folder = backup_folder(db_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{_PREFIX}{now.astimezone(UTC).strftime(_STAMP)}-{reason}.db"
    partial = target.with_suffix(".partial")
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return Backup(target, now.astimezone(UTC), reason)


def backup_before(conn: sqlite3.Connection, db_path: Path | str, reason: str) -> Backup:
    """A backup taken now, before something that rewrites many rows (a migration, a reschedule)."""
    return take_backup(conn, db_path, reason, datetime.now(UTC))


def list_backups(db_path: Path | str) -> list[Backup]:
    """The backups of the database at `db_path`, newest first (none when there is no folder)."""
    try:
        names = os.listdir(backup_folder(db_path))
    except OSError:
        return []
    found = [backup for name in names if (backup := _parse(backup_folder(db_path) / name))]
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def _parse(path: Path) -> Backup | None:
    """The backup a file name describes, or None for any other file."""
    name = path.name
    if not (name.startswith(_PREFIX) and name.endswith(".db")):
        return None
    stamp, _, reason = name[len(_PREFIX) : -3].partition("-")
    try:
        taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return Backup(path, taken, reason)


def daily_backup(db_path: Path | str, now: datetime, keep: Keep) -> Backup | None:
    """Take today's backup of the database at `db_path` if none was taken today (UTC), then prune.

    Opens its own read connection, so any thread may call it. Returns the new backup,
    or None when today's exists or it could not be taken (a full disk must never stop a
    review; the next day of use tries again).
    """
    backups = list_backups(db_path)
    if backups and backups[0].taken.date() >= now.astimezone(UTC).date():
        return None
    if not Path(db_path).is_file():
        return None
    try:
        source = sqlite3.connect(db_path)
        try:
            made = take_backup(source, db_path, "daily", now)
        finally:
            source.close()
    except (OSError, sqlite3.Error):
        return None
    prune(db_path, keep)
    return made


def prune(db_path: Path | str, keep: Keep) -> list[Backup]:
    """Delete the backups `keep` does not hold on to; the ones deleted."""
    backups = list_backups(db_path)
    kept = set(kept_backups(backups, keep))
    gone = [backup for backup in backups if backup not in kept]
    for backup in gone:
        with contextlib.suppress(OSError):
            backup.path.unlink()
    return gone


def kept_backups(backups: Iterable[Backup], keep: Keep) -> list[Backup]:
    """Of `backups` (newest first), those pruning keeps."""
    ordered = list(backups)
    kept = {backup for backup in ordered if ordered and backup.taken.date() == ordered[0].taken.date()}
    for count, period in ((keep.daily, _day), (keep.weekly, _week), (keep.monthly, _month)):
        kept |= set(_newest_per_period(ordered, period, count))
    return [backup for backup in ordered if backup in kept]


def _newest_per_period(ordered: list[Backup], period: Callable[[datetime], Hashable], count: int) -> list[Backup]:
    """The newest backup of each of the `count` latest periods that have one."""
    seen: dict[Hashable, Backup] = {}
    for backup in ordered:
        key = period(backup.taken)
        if key not in seen:
            if len(seen) >= max(0, count):
                break
            seen[key] = backup
    return list(seen.values())


def _day(moment: datetime) -> Hashable:
    """The day a backup falls in."""
    return moment.date()


def _week(moment: datetime) -> Hashable:
    """The ISO week a backup falls in."""
    return moment.isocalendar()[:2]


def _month(moment: datetime) -> Hashable:
    """The month a backup falls in."""
    return (moment.year, moment.month)
