"""The queue's first stage, learning cards due by now, asked of SQLite only when one can be: `learning_due`.

Learning steps are minutes long, so between two cards a learning card is rarely due. The
query for today's learning cards in due order gives, with the first ones due by now, the
moment the next one comes due; a session keeps it (`DayLimits.learning_from`), lowers it
when a rating puts a card in learning (`scheduler.live_queue`), and skips the query
until then.
"""

from __future__ import annotations

import sqlite3

from scheduler.allowance import DayLimits
from scheduler.days import Today
from scheduler.store import format_time, parse_time


def learning_due(
    conn: sqlite3.Connection, query: str, params: dict[str, object], today: Today, limits: DayLimits | None
) -> list[int]:
    """Up to two learning cards due by now, by due date: `query` (`... AND due <= :until ORDER BY due, id LIMIT 2`).

    With `limits` that keep the next learning due time, asked only once that time has
    come, and asked for today's first two (which hold the first two due by now), so that
    the time is kept up to date.
    """
    if limits is None or limits.learning is None:
        return [row[0] for row in conn.execute(query, params | {"until": format_time(today.now)})]
    learning_from = limits.learning_from
    if learning_from is not None and learning_from > today.now:
        return []
    rows = conn.execute(query.replace("SELECT id ", "SELECT id, due ", 1), params | {"until": format_time(today.end)})
    first = rows.fetchall()
    limits.learning_from = parse_time(first[0][1]) if first else today.end
    now = format_time(today.now)
    return [card_id for card_id, due in first if due <= now]
