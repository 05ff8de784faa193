"""Writing this machine's log file in the sync folder: `append_own`, `own_file`.

Only this machine writes its file (`starcards-<machine id>.jsonl`), and only at its end,
so a file-sync tool never sees two writers. Each sync appends what was made here since
the last one: reviews, card events, undos, relinks and seeds (`scheduler.plugin_seeds`) of cards in decks inside the
vault, each table past the last id written (`sync_marks`). The lines are flushed to
disk before the marks move, in the caller's transaction: a crash between the two writes
some lines twice, which readers ignore (every event has a global id). A last line left
unfinished by a crash is closed first, so the next line starts on a line of its own.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from scheduler.log_order import machine_id
from scheduler.sync_places import deck_places, recipe_ref

VERSION = 1
"""The version of the sync file format, in its header (`scheduler.sync_lines` reads it)."""

EVENT_KINDS = ("relink", "seed", "review", "event", "undo")
"""The kinds of event line, in the order a merge applies them (`scheduler.sync_merge`)."""

_QUERIES = {
    "relink": "SELECT id, deck_id, old_key, new_key, at FROM key_links WHERE +origin IS NULL AND id > ? ORDER BY id",
    "seed": (
        "SELECT s.id, cards.deck_id, cards.key, s.at, s.due, s.interval, s.ease, recipe, s.due_at, s.last_at,"
        " s.last_day FROM card_seeds AS s"
        " JOIN cards ON cards.id = s.card_id LEFT JOIN schedules ON schedules.id = s.schedule_id"
        " WHERE +s.origin IS NULL AND s.id > ? ORDER BY s.id"
    ),
    "review": (
        "SELECT review_log.id, cards.deck_id, cards.key, rating, reviewed_at, sort_at, duration_ms, day,"
        " recipe, draw, phase FROM review_log JOIN cards ON cards.id = review_log.card_id"
        " LEFT JOIN schedules ON schedules.id = review_log.schedule_id"
        " WHERE +review_log.origin IS NULL AND review_log.id > ? ORDER BY review_log.id"
    ),
    "event": (
        "SELECT e.id, cards.deck_id, cards.key, kind, at, until, r.origin, r.origin_id, r.id"
        " FROM card_event_log AS e JOIN cards ON cards.id = e.card_id"
        " LEFT JOIN review_log AS r ON r.id = e.after_review"
        " WHERE +e.origin IS NULL AND e.id > ? ORDER BY e.id"
    ),
    "undo": "SELECT id, target, target_origin, target_id, at FROM undos WHERE +origin IS NULL AND id > ? ORDER BY id",
}
"""Per kind of line, this machine's rows after a given id, oldest first. `+origin` keeps SQLite on the id
range: the index on (origin, origin_id) would walk every row made here."""


def own_file(folder: Path, machine: str) -> Path:
    """This machine's file in the sync folder."""
    return folder / f"starcards-{machine}.jsonl"


def append_own(conn: sqlite3.Connection, vault: Path, folder: Path) -> int:
    """Append this machine's new events to its file (inside the caller's transaction); how many lines."""
    me = machine_id(conn)
    places = {deck_id: place for place, deck_id in deck_places(conn, vault).items()}
    lines, marks = [], {}
    for kind, query in _QUERIES.items():
        mark = _mark(conn, kind)
        rows = conn.execute(query, (mark,)).fetchall()
        lines += [line for row in rows for line in _records(kind, row, me, places)]
        if rows:
            marks[kind] = rows[-1][0]
    if lines:
        _append(own_file(folder, me), me, _with_schedules(lines))
    conn.executemany(
        "INSERT INTO sync_marks (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        list(marks.items()),
    )
    return len(lines)


def _records(kind: str, row: tuple, me: str, places: dict[int, str]) -> Iterator[dict[str, object]]:
    """The line(s) of one row; none for a card whose deck is outside the vault."""
    if kind == "undo":
        yield {"type": "undo", "machine": me, "id": row[0], "target": row[1], "of": [row[2], row[3]], "at": row[4]}
        return
    place = places.get(row[1])
    if place is None:
        return
    if kind == "relink":
        yield {"type": "relink", "machine": me, "id": row[0], "deck": place, "old": row[2], "new": row[3], "at": row[4]}
    elif kind == "seed":
        recipe = row[7]
        yield {"type": "seed", "machine": me, "id": row[0], "deck": place, "key": row[2], "at": row[3],
               "due": row[4], "interval": row[5], "ease": row[6], "due_at": row[8], "last_at": row[9],
               "last_day": row[10], "schedule": None if recipe is None else recipe_ref(recipe), "recipe": recipe}
    elif kind == "review":
        recipe = row[8]
        yield {"type": "review", "machine": me, "id": row[0], "deck": place, "key": row[2], "rating": row[3],
               "at": row[4], "order": row[5], "ms": row[6], "day": row[7],
               "schedule": None if recipe is None else recipe_ref(recipe), "draw": row[9], "phase": row[10],
               "recipe": recipe}
    else:
        after = None if row[8] is None else [row[6] or me, row[7] if row[6] else row[8]]
        yield {"type": "event", "machine": me, "id": row[0], "deck": place, "key": row[2], "kind": row[3],
               "at": row[4], "until": row[5], "after": after}


def _with_schedules(lines: list[dict[str, object]]) -> list[dict[str, object]]:
    """`lines` with a `schedule` line before the first review or seed naming each recipe (they drop the recipe)."""
    out, seen = [], set()
    for line in lines:
        recipe = line.pop("recipe", None)
        if recipe is not None and line["schedule"] not in seen:
            seen.add(line["schedule"])
            out.append({"type": "schedule", "ref": line["schedule"], "recipe": recipe})
        out.append(line)
    return out


def _append(path: Path, me: str, lines: list[dict[str, object]]) -> None:
    """Append `lines` to `path` (a header first for a new file) and flush them to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            file.write(as_text({"type": "starcards-sync", "version": VERSION, "machine": me}).encode())
        else:
            file.seek(size - 1)
            if file.read(1) != b"\n":
                file.write(b"\n")
        file.write("".join(as_text(line) for line in lines).encode())
        file.flush()
        os.fsync(file.fileno())


def as_text(record: dict[str, object]) -> str:
    """A line as written: compact JSON, non-ASCII kept, ending in a newline."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _mark(conn: sqlite3.Connection, kind: str) -> int:
    """The last id of `kind` written to this machine's file (0: none)."""
    row = conn.execute("SELECT value FROM sync_marks WHERE name = ?", (kind,)).fetchone()
    return 0 if row is None else int(row[0])
