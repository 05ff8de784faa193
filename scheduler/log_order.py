"""The global order of a card's log, and this database's machine id: `LOG_ORDER`, `machine_id`.

Local row ids differ between machines and say nothing about when a merged row was made, so
replay orders a card's reviews by (time, machine, id on that machine): the same order on
every machine whatever order the rows arrived in (`counted_reviews` gives `machine` and
`number`). A machine's clock may be off: its reviews then sit where its clock put them, on
every machine alike.
"""

from __future__ import annotations

import sqlite3

LOG_ORDER = "reviewed_at, machine, number"
"""SQL `ORDER BY` terms for rows of `counted_reviews`: the global order of a card's reviews."""


def machine_id(conn: sqlite3.Connection) -> str:
    """This database's machine id (`machine` table, made once by schema version 10)."""
    return str(conn.execute("SELECT id FROM machine").fetchone()[0])
