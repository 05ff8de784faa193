"""The SQLite store: `Store`, `StoreError`, and the one text format times are stored in.

`Store.open` creates and migrates the database (see `scheduler.schema`);
`Store.transaction` wraps writes. Light on purpose: only the standard library, so the
home screen can count due cards at start-up without importing fsrs or pydantic.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING

from scheduler import schema

if TYPE_CHECKING:
    from pathlib import Path

    from scheduler.backups import Backup

BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another starcards process to finish its own."""


class StoreError(Exception):
    """The database cannot be used; the message is one line saying why.

    `damaged` is True when SQLite cannot read the file as a database at all (a backup
    may then help).
    """

    def __init__(self, message: str, *, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


_PLAIN_WORDS = {
    "SQLITE_READONLY": "the database is read-only, so nothing was written",
    "SQLITE_BUSY": "the database is locked by another program, so nothing was written: try again",
    "SQLITE_LOCKED": "the database is locked, so nothing was written: try again",
    "SQLITE_FULL": "the disk is full, so the last change was not written (nothing else is lost)",
    "SQLITE_IOERR": "the database file could not be read or written (nothing committed is lost)",
    "SQLITE_CORRUPT": "the database is damaged: run `starcards doctor`",
    "SQLITE_NOTADB": "the database file is not an SQLite database",
    "SQLITE_CANTOPEN": "the database file cannot be opened",
}


def explain(error: sqlite3.Error) -> str:
    """One line saying what an SQLite error met while using the database means for the user."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, words in _PLAIN_WORDS.items():
        if name.startswith(prefix):
            return f"{words} ({error})"
    return f"database error: {error}"


def format_time(moment: datetime) -> str:
    """`moment` as stored: ISO-8601 UTC with microseconds, so text order is time order.

    The last few times formatted are kept with their text: a rating formats its moment
    for the review and again as the card's last review, the queue the day's end at every
    card (`isoformat` is a good part of a rating's own work). Kept by the object itself,
    held here, so an entry is never another time's.
    """
    kept = _FORMATTED.get(id(moment))
    if kept is not None and kept[0] is moment:
        return kept[1]
    if moment.tzinfo is not UTC:  # most times are UTC already: one check, no conversion
        if moment.tzinfo is None:
            raise ValueError(f"naive datetime {moment.isoformat()}: give a timezone")
        text = moment.astimezone(UTC).isoformat(timespec="microseconds")
    else:  # `isoformat(timespec="microseconds")`'s very text, without its keyword parsing and offset formatting
        text = _UTC_TEXT % (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
                            moment.microsecond)
    if len(_FORMATTED) >= _KEEP:
        _FORMATTED.clear()
    _FORMATTED[id(moment)] = (moment, text)
    return text


_UTC_TEXT = "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00"
"""A UTC time as `format_time` writes it."""

_FORMATTED: dict[int, tuple[datetime, str]] = {}
"""The times last formatted by `format_time`, by object id, each with its text."""

_KEEP = 16
"""How many times `format_time` keeps."""


def parse_time(text: str | None) -> datetime | None:
    """A stored time back as an aware UTC datetime; None stays None."""
    if text is None:
        return None
    return datetime.fromisoformat(text).astimezone(UTC)


class Store:
    """An open starcards database: `conn` for queries, `transaction()` for writes."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        """Wrap an open, migrated connection; use `Store.open` instead."""
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating if need be) and migrate the database at `path` or `":memory:"`."""
        where = str(path)
        conn = _connect(where)
        try:
            _checked_version(conn, where)
            _configure(conn)
            _migrate(conn, where)
            _repair_indexes(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise _store_error(where, error) from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, where)

    def transaction(self) -> Transaction:
        """Run the block as one write transaction: committed on success, else rolled back."""
        return Transaction(self.conn)

    def back_up(self, reason: str, now: datetime) -> Backup:
        """A backup of this database taken now, beside it (see `scheduler.backups`)."""
        from scheduler.backups import take_backup  # noqa: PLC0415 - only when backing up

        return take_backup(self.conn, self.path, reason, now)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        """The store itself, closed when the block ends."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()


class Transaction:
    """A `with` block run as one write transaction on `conn` (`Store.transaction`): the connection inside,
    committed when the block ends, rolled back when it raises. A class rather than a generator: no generator to
    make and stop at every rating."""

    __slots__ = ("_conn",)

    def __init__(self, conn: sqlite3.Connection) -> None:
        """A transaction on `conn`, begun when the block is entered."""
        self._conn = conn

    def __enter__(self) -> sqlite3.Connection:
        """Begin (taking the write lock at once) and give the connection."""
        self._conn.execute("BEGIN IMMEDIATE")
        return self._conn

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Commit, or roll back when the block raised (the error then goes on)."""
        if kind is None:
            self._conn.execute("COMMIT")
        else:
            rollback(self._conn)


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already (it does itself after SQLITE_FULL)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _connect(where: str) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), parents created."""
    try:
        if where != ":memory:":
            _create_private(where)
        conn = sqlite3.connect(where, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"cannot open database {where}: {error}") from None
    conn.row_factory = sqlite3.Row
    return conn


def _create_private(path: str) -> None:
    """Create the database file (and its folder) readable by its owner only, if it is new.

    The database holds every answer's text; SQLite gives its `-wal` and `-shm` files
    the same permissions as the database file. `os.path`, not `pathlib`: opening a store
    imports nothing it does not need.
    """
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    if not os.path.exists(path):
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _configure(conn: sqlite3.Connection) -> None:
    """Set the pragmas: busy timeout, foreign keys, WAL, and FULL sync.

    Run only once the file is known to be ours (or new): WAL mode changes the file.
    FULL makes every committed transaction (every rating) durable across power loss.
    """
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def _migrate(conn: sqlite3.Connection, where: str) -> None:
    """Bring the schema up to date, one transaction per migration, after a backup of the old one."""
    target = len(schema.MIGRATIONS)
    if 0 < _pragma(conn, "user_version") < target and where != ":memory:":
        from scheduler.backups import backup_before  # noqa: PLC0415 - only when migrating

        backup_before(conn, where, "migration")
    while (version := _checked_version(conn, where)) < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _pragma(conn, "user_version") == version:
                schema.MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            rollback(conn)
            raise
        conn.execute("COMMIT")


def _checked_version(conn: sqlite3.Connection, where: str) -> int:
    """The schema version, after checking the file is a starcards database we can read."""
    version = _pragma(conn, "user_version")
    known = len(schema.MIGRATIONS)
    if version > known:
        raise StoreError(
            f"{where} was written by a newer starcards (schema version {version},"
            f" this one knows up to {known}): upgrade starcards"
        )
    foreign = _pragma(conn, "application_id") != schema.APPLICATION_ID
    if (version > 0 and foreign) or (version == 0 and _has_tables(conn)):
        raise StoreError(f"{where} is not a starcards database")
    return version


def _repair_indexes(conn: sqlite3.Connection) -> None:
    """Create any index of the current schema the database lacks (one query when none is missing)."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
    missing = [sql for name, sql in schema.INDEXES.items() if name not in present]
    if missing:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in missing:
                conn.execute(statement)
        except BaseException:
            rollback(conn)
            raise
        conn.execute("COMMIT")


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    """The integer value of `PRAGMA name`."""
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def _has_tables(conn: sqlite3.Connection) -> bool:
    """Whether the database already holds any table."""
    row = conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1")
    return row.fetchone() is not None


def _store_error(where: str, error: sqlite3.DatabaseError) -> StoreError:
    """A one-line `StoreError` for an SQLite error met while opening."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name == "SQLITE_NOTADB":
        return StoreError(f"{where} is not a starcards database (not an SQLite file)", damaged=True)
    return StoreError(f"cannot open database {where}: {explain(error)}", damaged=name.startswith("SQLITE_CORRUPT"))
