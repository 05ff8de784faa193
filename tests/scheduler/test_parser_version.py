"""A new notes parser re-reads every note of a deck once, even notes that did not change."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from deck.loader import load_deck
from deck.models import PARSER_VERSION
from scheduler import schema
from scheduler.decks import SyncReport, sync_deck
from scheduler.note_stamps import known_stamps
from scheduler.store import Store
from tests.files import age
from tests.scheduler.helpers import T0

NOTE = """## Tell me about a time you led a migration

Context: my second job.

### Situation
The billing service had to move.

### Action
Moved it table by table.

### Result
Done in six weeks.
"""


def _sync(store: Store, folder: Path) -> tuple[list[str], SyncReport]:
    """Load `folder` as the app does (skipping notes known unchanged) and sync it: notes skipped, report."""
    content = load_deck(folder, known=known_stamps(store, str(folder.resolve())))
    return content.skipped, sync_deck(store, content, T0)[1]


def _as_old_parser_stored_it(store: Store) -> None:
    """Make the stored deck look synced by the previous parser: older version, cards without intro."""
    store.conn.execute("UPDATE decks SET parser = ?", (PARSER_VERSION - 1,))
    for card_id, content in store.conn.execute("SELECT id, content FROM cards").fetchall():
        data = json.loads(content)
        del data["notes"]
        for story in data["stories"]:
            del story["intro"]
        store.conn.execute("UPDATE cards SET content = ? WHERE id = ?", (json.dumps(data), card_id))
    store.conn.commit()


def _intros(store: Store) -> list[str]:
    """The intro of every stored story."""
    rows = store.conn.execute("SELECT content FROM cards").fetchall()
    return [story.get("intro") for (content,) in rows for story in json.loads(content)["stories"]]


def test_a_deck_read_by_an_older_parser_is_read_again_whole(store: Store, tmp_path: Path) -> None:
    """Unchanged notes are skipped under the same parser; after a parser change, all are parsed and updated."""
    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.md").write_text(NOTE.replace("migration", "rewrite"), encoding="utf-8")
    age(tmp_path / "a.md", tmp_path / "b.md")
    assert _sync(store, tmp_path)[1] == SyncReport(new=2)
    assert _sync(store, tmp_path) == (["a.md", "b.md"], SyncReport(unchanged=2))
    _as_old_parser_stored_it(store)
    assert _intros(store) == [None, None]
    assert known_stamps(store, str(tmp_path.resolve())) == {}
    assert _sync(store, tmp_path) == ([], SyncReport(updated=2))
    assert _intros(store) == ["Context: my second job."] * 2
    assert store.conn.execute("SELECT parser FROM decks").fetchone()[0] == PARSER_VERSION
    assert _sync(store, tmp_path) == (["a.md", "b.md"], SyncReport(unchanged=2))


def test_decks_from_before_version_5_are_read_again(tmp_path: Path) -> None:
    """A schema-4 database's deck gets parser 0 on upgrade, so its stamps are not trusted."""
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path)
    for migrate in schema.MIGRATIONS[:4]:
        migrate(conn)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO decks VALUES (1, '/vault', 'vault', '2026-03-10T12:00:00+00:00')")
    conn.execute("INSERT INTO notes VALUES (1, 'a.md', 10, 20)")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.conn.execute("SELECT parser FROM decks").fetchone()[0] == 0
        assert known_stamps(store, "/vault") == {}
        store.conn.execute("UPDATE decks SET parser = ?", (PARSER_VERSION,))
        assert known_stamps(store, "/vault") == {"a.md": (10, 20)}
