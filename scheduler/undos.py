"""Undo as an event: `record_undo` marks a review or card event undone and logs who undid it.

A row is never deleted: the `undos` table names the row taken back by its global id (the
machine that made it and its id there) and the row is marked `undone`, so the views
`reviews` and `card_events` no longer show it. The undo travels to other machines like
any event, and an undo that arrives before its row marks the row when it comes
(`scheduler.sync_merge`).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Literal

from scheduler.log_order import machine_id
from scheduler.store import StoreError, format_time

Target = Literal["review", "event"]
"""What an undo takes back: a review (`review_log`) or a card event (`card_event_log`)."""

TABLES: dict[str, str] = {"review": "review_log", "event": "card_event_log"}
"""The table of each kind of undo target."""


def record_undo(conn: sqlite3.Connection, target: Target, row_id: int, when: datetime | None = None) -> None:
    """Undo row `row_id` of `target`'s table (inside the caller's transaction); `StoreError` if it is not live."""
    table = TABLES[target]
    row = conn.execute(
        f"SELECT origin, origin_id FROM {table} WHERE id = ? AND undone = 0", (row_id,)
    ).fetchone()
    if row is None:
        raise StoreError(f"no {target} with id {row_id} to undo")
    origin = row[0] or machine_id(conn)
    number = row_id if row[1] is None else row[1]
    conn.execute(
        "INSERT INTO undos (target, target_origin, target_id, at) VALUES (?, ?, ?, ?)",
        (target, origin, number, format_time(when or datetime.now(UTC))),
    )
    conn.execute(f"UPDATE {table} SET undone = 1 WHERE id = ?", (row_id,))

