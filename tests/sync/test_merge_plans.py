"""Merging another machine's sync file finds its rows by their global id through an index, never by reading the log.

Schema 12 made `review_log_origin` partial (merged rows only): a merge's lookups by
(origin, origin_id), its duplicate check and its undos naming merged rows must still
be served by it.
"""

from __future__ import annotations

from pathlib import Path

from tests.scheduler.helpers import traced
from tests.sync.machines import DAY, T0, Machine, note

QUESTIONS = ["Tell me about a time you failed?", "Describe a conflict with a colleague?", "When did you lead?"]


def _scans(machine: Machine, statements: list[str]) -> list[str]:
    """The plan lines that read a log table whole, with the statement they belong to."""
    found = []
    for statement in statements:
        if not statement.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")):
            continue
        for row in machine.store.conn.execute(f"EXPLAIN QUERY PLAN {statement}"):
            if row[3].startswith("SCAN") and ("review_log" in row[3] or "card_event_log" in row[3]):
                found.append(f"{row[3]} <- {statement[:160]}")
    return found


def test_a_merge_never_reads_a_log_table_whole(tmp_path: Path) -> None:
    """B merges A's reviews, an undo of one, a suspend, and A's file again: every lookup is a search."""
    folder = tmp_path / "shared"
    a, b = (Machine.make(tmp_path / name, folder, {"Interviews/s.md": note(QUESTIONS)}) for name in ("a", "b"))
    try:
        a.read_notes(), b.read_notes()
        b.rate(QUESTIONS[0], 3, T0 + DAY)
        a.rate(QUESTIONS[0], 3, T0 + DAY)
        a.rate(QUESTIONS[1], 2, T0 + DAY)
        a.undo(a.rate(QUESTIONS[2], 1, T0 + DAY))
        a.suspend(QUESTIONS[2], T0 + DAY)
        a.sync()
        statements = traced(b.store, b.sync)
        assert b.store.conn.execute("SELECT COUNT(*) FROM review_log WHERE origin IS NOT NULL").fetchone()[0] == 3
        a.rate(QUESTIONS[1], 3, T0 + 2 * DAY)
        a.sync()
        statements += traced(b.store, b.sync)
        assert _scans(b, statements) == []
    finally:
        a.store.close()
        b.store.close()
