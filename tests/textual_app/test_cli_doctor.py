"""`starcards doctor`: says what it found, repairs a damaged cache, exit 0 when all matched and 1 when not."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from deck.loader import load_deck
from scheduler.decks import sync_deck
from scheduler.engine import Rating, make_fsrs
from scheduler.reviews import record_review
from scheduler.settings import Settings
from scheduler.store import Store
from tests.textual_app.conftest import NOTE
from textual_app.cli import main
from textual_app.errors import EXIT_OK, EXIT_WARNINGS


def _reviewed_db(tmp_path: Path) -> Path:
    """A database holding the practice note, one card of it rated once (through the store)."""
    note = tmp_path / "Practice.md"
    note.write_text(NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        sync_deck(store, load_deck(note), datetime(2026, 3, 2, 12, tzinfo=UTC))
        card_id = store.conn.execute("SELECT MIN(id) FROM cards").fetchone()[0]
        record_review(store, make_fsrs(Settings()), card_id, Rating.GOOD, datetime(2026, 3, 2, 12, tzinfo=UTC), 1000)
    return db


def test_doctor_repairs_a_damaged_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A changed stability is found and repaired (exit 1); a second run finds all well (exit 0)."""
    db = _reviewed_db(tmp_path)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE cards SET stability = 42 WHERE stability IS NOT NULL")
    assert main(["--db", str(db), "doctor", "--check-only", "--json"]) == EXIT_WARNINGS
    found = json.loads(capsys.readouterr().out)
    assert found["checked"] == 3 and list(found["differing"].values()) == [["stability"]] and not found["repaired"]
    assert main(["--db", str(db), "doctor"]) == EXIT_WARNINGS
    assert "1 cached states differ from their review log, repaired" in capsys.readouterr().out
    assert main(["--db", str(db), "doctor"]) == EXIT_OK
    assert "3 cards checked: every cached state matches its review log" in capsys.readouterr().out
