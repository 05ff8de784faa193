"""The doctor: finds a damaged card cache and repairs it from the log, reports notes gone from disk."""

from __future__ import annotations

from pathlib import Path

from scheduler.clock import FixedClock
from scheduler.decks import sync_deck
from scheduler.doctor import examine
from scheduler.engine import Rating
from scheduler.reviews import load_state
from scheduler.settings import Settings
from scheduler.store import Store
from tests.scheduler.helpers import T0, card, card_ids, deck, utc_session


def _reviewed_store(store: Store, root: Path) -> dict[str, int]:
    """Two notes' cards in a deck at `root`, the first card rated twice; card ids by key."""
    (root / "a.md").write_text("a", encoding="utf-8")
    (root / "b.md").write_text("b", encoding="utf-8")
    sync_deck(store, deck(card(1, file="a.md"), card(2, file="b.md"), root=str(root)), T0)
    session = utc_session(store, FixedClock(T0))
    session.rate(Rating.GOOD, 1000)
    session.rate(Rating.AGAIN, 1000)
    return card_ids(store)


def test_a_healthy_store_has_no_findings(store: Store, tmp_path: Path) -> None:
    """Nothing is found in a store whose caches follow its log and whose notes are there."""
    _reviewed_store(store, tmp_path)
    found = examine(store, Settings())
    assert found.healthy and found.cards == 2


def test_corrupted_caches_are_found_and_repaired(store: Store, tmp_path: Path) -> None:
    """A card's state, its suspended flag and the hourly totals, damaged by hand, are reported and rebuilt."""
    ids = _reviewed_store(store, tmp_path)
    good = load_state(store.conn, ids["q1"])
    store.conn.execute("UPDATE cards SET stability = 99, reps = 7, suspended = 1 WHERE id = ?", (ids["q1"],))
    store.conn.execute("UPDATE review_hours SET reviews = reviews + 5")
    first = examine(store, Settings())
    assert sorted(finding.kind for finding in first.findings) == ["cache", "events", "hours"]
    assert all(finding.repaired for finding in first.findings)
    assert load_state(store.conn, ids["q1"]) == good
    assert store.conn.execute("SELECT suspended FROM cards WHERE id = ?", (ids["q1"],)).fetchone()[0] == 0
    assert examine(store, Settings()).healthy


def test_looking_only_repairs_nothing(store: Store, tmp_path: Path) -> None:
    """With repair=False the damage is reported, not repaired."""
    ids = _reviewed_store(store, tmp_path)
    store.conn.execute("UPDATE cards SET reps = 7 WHERE id = ?", (ids["q1"],))
    [finding] = examine(store, Settings(), repair=False).findings
    assert (finding.kind, finding.repaired) == ("cache", False)
    assert load_state(store.conn, ids["q1"]).reps == 7


def test_a_deleted_note_is_reported(store: Store, tmp_path: Path) -> None:
    """A note that present cards come from, deleted from disk, is a finding naming the deck and file."""
    _reviewed_store(store, tmp_path)
    (tmp_path / "b.md").unlink()
    [finding] = examine(store, Settings()).findings
    assert finding.kind == "note-missing" and "b.md" in finding.message and not finding.repaired
