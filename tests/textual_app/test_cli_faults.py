"""Faults met by the command line: one line on stderr and a documented exit code, never a traceback; nothing lost."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from scheduler import store as store_module
from scheduler.store import Store
from tests.textual_app.conftest import NOTE
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE


@pytest.fixture
def note(tmp_path: Path) -> Path:
    """The practice note written to disk."""
    path = tmp_path / "Practice.md"
    path.write_text(NOTE, encoding="utf-8")
    return path


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    """What the command wrote on stderr, checked to be exactly one `starcards: ` line."""
    err = capsys.readouterr().err
    assert err.startswith("starcards: ") and err.count("\n") == 1, err
    return err


def _open_with(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    """Make every store the command opens run `pragma` first (a way to make SQLite refuse writes)."""
    real = Store.open.__func__  # type: ignore[attr-defined]

    def opened(cls: type[Store], path: Path | str) -> Store:
        store = real(cls, path)
        store.conn.execute(pragma)
        return store

    monkeypatch.setattr(Store, "open", classmethod(opened))


def _reviews(db: Path) -> int:
    """How many cards the database at `db` holds."""
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0]


def test_sync_on_a_read_only_database(tmp_path: Path, note: Path, monkeypatch, capsys) -> None:
    """A database SQLite will not write: one line saying so, exit 2; once writable, the sync works."""
    db = tmp_path / "s.db"
    _open_with(monkeypatch, "PRAGMA query_only = ON")
    assert main(["--db", str(db), "sync", str(note)]) == EXIT_UNUSABLE
    assert "read-only" in one_line(capsys)
    monkeypatch.undo()
    assert main(["--db", str(db), "sync", str(note)]) == EXIT_OK
    assert _reviews(db) == 3


def test_sync_when_the_disk_fills(tmp_path: Path, note: Path, monkeypatch, capsys) -> None:
    """SQLITE_FULL in the middle of a sync: one line, exit 2, the earlier cards intact; with room again it works."""
    db = tmp_path / "s.db"
    assert main(["--db", str(db), "sync", str(note)]) == EXIT_OK
    capsys.readouterr()
    more = tmp_path / "More.md"
    more.write_text(NOTE.replace("Practice", "More") * 40, encoding="utf-8")
    with closing(sqlite3.connect(db)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    _open_with(monkeypatch, f"PRAGMA max_page_count = {pages}")
    assert main(["--db", str(db), "sync", str(more)]) == EXIT_UNUSABLE
    assert "disk is full" in one_line(capsys)
    assert _reviews(db) == 3
    monkeypatch.undo()
    assert main(["--db", str(db), "sync", str(more)]) == EXIT_OK
    assert _reviews(db) > 3


def test_sync_on_a_locked_database(tmp_path: Path, note: Path, monkeypatch, capsys) -> None:
    """Another program holding the write lock: one line saying it is locked, exit 2."""
    db = tmp_path / "s.db"
    Store.open(db).close()
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    with closing(sqlite3.connect(db, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        assert main(["--db", str(db), "sync", str(note)]) == EXIT_UNUSABLE
        other.execute("ROLLBACK")
    assert "locked" in one_line(capsys)


def test_cards_on_a_damaged_database_names_the_newest_backup(tmp_path: Path, note: Path, capsys) -> None:
    """A database SQLite cannot read: one line naming the newest backup and the restore command."""
    db = tmp_path / "s.db"
    assert main(["--db", str(db), "sync", str(note)]) == EXIT_OK
    assert main(["--db", str(db), "backup"]) == EXIT_OK
    capsys.readouterr()
    db.write_bytes(b"\x00garbage" * 4096)
    assert main(["--db", str(db), "cards"]) == EXIT_UNUSABLE
    err = one_line(capsys)
    assert "newest backup: starcards-" in err and "starcards restore starcards-" in err
    name = err.split("starcards restore ")[1].strip()
    assert main(["--db", str(db), "restore", name]) == EXIT_OK
    assert _reviews(db) == 3


@pytest.mark.parametrize(
    "argv",
    [
        ["cards", "--limit", "1000000000000000000000000000000"],
        ["cards", "--limit", "-1"],
    ],
)
def test_out_of_range_limits_are_refused(argv: list[str], capsys) -> None:
    """A limit below 0 or beyond what SQLite holds is refused by the argument parser: exit 2."""
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == EXIT_UNUSABLE
    assert "--limit" in capsys.readouterr().err


def test_a_moment_past_what_dates_hold_is_one_line(monkeypatch, capsys) -> None:
    """STARCARDS_NOW=9999-12-31 (due dates would overflow) is refused in one line."""
    monkeypatch.setenv("STARCARDS_NOW", "9999-12-31")
    assert main(["due"]) == EXIT_UNUSABLE
    assert "STARCARDS_NOW" in one_line(capsys)


def test_an_empty_db_option_is_refused(capsys) -> None:
    """`--db ''` is not silently the default database."""
    assert main(["--db", "", "due"]) == EXIT_UNUSABLE
    assert "--db" in one_line(capsys)


def test_an_empty_database_file_is_said(tmp_path: Path, capsys) -> None:
    """An empty file given as the database becomes a new database, and the user is told."""
    empty = tmp_path / "empty.db"
    empty.touch()
    assert main(["--db", str(empty), "due"]) == EXIT_OK
    assert "was an empty file" in capsys.readouterr().err


def test_settings_for_a_deck_that_does_not_exist_are_warned_about(
    tmp_path: Path, note: Path, monkeypatch, capsys
) -> None:
    """A `[decks."..."]` table naming no deck is a warning on stderr; the command still runs."""
    config = tmp_path / "config.toml"
    config.write_text('[decks."Nope"]\nnew_per_day = 3\n', encoding="utf-8")
    monkeypatch.setenv("STARCARDS_CONFIG", str(config))
    assert main(["--db", str(tmp_path / "s.db"), "sync", str(note)]) == EXIT_OK
    assert 'no deck is called "Nope"' in capsys.readouterr().err


def test_another_programs_sqlite_file_is_left_byte_identical(tmp_path: Path, capsys) -> None:
    """`--db` at a foreign SQLite file: refused in one line, the file not touched (no switch to WAL)."""
    foreign = tmp_path / "theirs.sqlite"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE mine (x)")
        conn.execute("INSERT INTO mine VALUES (1)")
        conn.commit()
    before = foreign.read_bytes()
    assert main(["--db", str(foreign), "due"]) == EXIT_UNUSABLE
    assert "not a starcards database" in one_line(capsys)
    assert foreign.read_bytes() == before
    assert not Path(f"{foreign}-wal").exists()


def test_the_database_is_created_private(tmp_path: Path) -> None:
    """A new database file is readable by its owner only, like the settings file."""
    assert main(["--db", str(tmp_path / "new.db"), "due"]) == EXIT_OK
    assert os.stat(tmp_path / "new.db").st_mode & 0o777 == 0o600


def test_an_interview_date_past_what_dates_hold_is_refused(tmp_path: Path, monkeypatch, capsys) -> None:
    """`interview_date = 9999-12-31` would overflow the plan up to it: the settings file is refused in one line."""
    config = tmp_path / "config.toml"
    config.write_text("interview_date = 9999-12-31\n", encoding="utf-8")
    monkeypatch.setenv("STARCARDS_CONFIG", str(config))
    assert main(["readiness"]) == EXIT_UNUSABLE
    assert "interview_date" in one_line(capsys)
