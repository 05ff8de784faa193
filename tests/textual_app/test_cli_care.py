"""`starcards backup`, `backups`, `restore` and `doctor` as a user runs them."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.textual_app.conftest import NOTE
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE, EXIT_WARNINGS


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database with the practice note synced into it."""
    note = tmp_path / "Practice.md"
    note.write_text(NOTE, encoding="utf-8")
    path = str(tmp_path / "s.db")
    assert main(["--db", path, "sync", str(note)]) == EXIT_OK
    return path


def test_doctor_on_a_healthy_database(db: str, capsys) -> None:
    """All well: exit 0 and a line saying how many cards were checked."""
    capsys.readouterr()
    assert main(["--db", db, "doctor"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "3 cards checked: every cached state matches its review log"


def test_doctor_repairs_a_damaged_cache_and_reports_a_deleted_note(db: str, tmp_path: Path, capsys) -> None:
    """A card cache set wrong by hand is repaired (after a backup); the deleted note is reported; exit 1; JSON too."""
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE cards SET reps = 9, stability = 1.5 WHERE id = 1")
        conn.commit()
    (tmp_path / "Practice.md").unlink()
    capsys.readouterr()
    assert main(["--db", db, "doctor", "--json"]) == EXIT_WARNINGS
    report = json.loads(capsys.readouterr().out)
    kinds = sorted((finding["kind"], finding["repaired"]) for finding in report["findings"])
    assert kinds == [("cache", True), ("note-missing", False)]
    assert main(["--db", db, "backups"]) == EXIT_OK
    assert "doctor" in capsys.readouterr().out
    assert main(["--db", db, "doctor"]) == EXIT_WARNINGS
    assert capsys.readouterr().out.splitlines()[0].startswith("found: Practice: Practice.md is gone")


def test_backup_then_restore_says_what_it_replaces(db: str, capsys) -> None:
    """`backup` names its file; `restore NAME` says what is replaced by what, and keeps the database it replaced."""
    assert main(["--db", db, "backup"]) == EXIT_OK
    name = Path(capsys.readouterr().out.split()[-1]).name
    assert main(["--db", db, "restore", name]) == EXIT_OK
    out = capsys.readouterr().out
    assert "replacing" in out and "3 cards" in out and "kept as" in out
    assert main(["--db", db, "restore", "nope.db"]) == EXIT_UNUSABLE
    assert "no backup called" in capsys.readouterr().err
