"""The same collection for Anki: the cards as notes, the history as revlog rows, FSRS on.

Read from our built store, so both hold the same cards and the same reviews. Notes go
in through Anki's Python API in bulk; the cards' scheduling state (with the FSRS
memory state in `cards.data`) and the revlog are written with `col.db` in one
transaction. Anki keeps its defaults (200 reviews a day, as starcards) except where
starcards differs: FSRS on, desired retention 0.9, 10 new cards a day.
"""

from __future__ import annotations

import html
import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.build import Built

ANKI_MISSING = "anki not installed (pip install -e '.[bench]')"
"""What an Anki anchor says when the `anki` package is not installed."""
ANKI_SKIPPED = "not measured (--without-anki)"
"""What an Anki anchor says when the run was asked to leave Anki out."""

DECK = "Interview stories"
BATCH = 5000
"""Notes added per `add_notes` call."""
DECAY = 0.1542
"""FSRS-6's default decay, as Anki stores it with each card."""


def anki_available() -> bool:
    """Whether the `anki` package can be imported."""
    try:
        import anki.collection  # noqa: F401
    except ImportError:
        return False
    return True


def missing_note() -> str:
    """Why a run has no Anki figures: not installed, or left out on request."""
    return ANKI_SKIPPED if anki_available() else ANKI_MISSING


def ensure_anki(built: Built, log: Any = print) -> Path:
    """The Anki collection of `built`, built first if the cache has none."""
    path = built.anki
    done = path.with_suffix(".done")
    if done.exists():
        return path
    shutil.rmtree(path.parent, ignore_errors=True)
    path.parent.mkdir(parents=True)
    log(f"building the {built.name} collection for Anki ...")
    _build(built, path)
    done.write_text("")
    return path


def _build(built: Built, path: Path) -> None:
    """Create the collection, add the notes, then write cards' state and the revlog."""
    from anki.collection import Collection

    source = sqlite3.connect(built.db)
    col = Collection(str(path))
    try:
        deck_id = _configure(col, datetime.fromisoformat(built.start))
        ours = _add_notes(col, source, deck_id)
        anki_ids = dict(zip(ours, col.db.list("SELECT id FROM cards ORDER BY nid, ord"), strict=True))
        timing = col._backend.sched_timing_today()
        cards = _card_rows(source, anki_ids, timing.days_elapsed, timing.next_day_at)
        revlog = _revlog_rows(source, anki_ids)
        col.db.transact(lambda: _write(col, cards, revlog))
    finally:
        col.close()
        source.close()


def _configure(col: Any, start: datetime) -> int:
    """FSRS on, the deck and its options; the collection's day 0 at the history's start."""
    col.db.execute("UPDATE col SET crt = ?", int(start.timestamp()) + 4 * 3600)
    col.set_config("fsrs", True)
    deck_id = col.decks.id(DECK)
    col.decks.select(deck_id)
    conf = col.decks.config_dict_for_deck_id(deck_id)
    conf["new"]["perDay"] = 10
    conf["rev"]["perDay"] = 200
    conf["desiredRetention"] = 0.9
    col.decks.save(conf)
    return deck_id


def _add_notes(col: Any, source: sqlite3.Connection, deck_id: int) -> list[int]:
    """A Basic note per card (front: the question, back: the answer); our card ids in order."""
    from anki.collection import AddNoteRequest

    notetype = col.models.by_name("Basic")
    ids: list[int] = []
    rows = source.execute("SELECT id, question, content FROM cards ORDER BY id")
    while batch := rows.fetchmany(BATCH):
        requests = []
        for card_id, question, content in batch:
            note = col.new_note(notetype)
            note["Front"] = html.escape(question)
            note["Back"] = html.escape(json.loads(content)["answer"]).replace("\n", "<br>")
            requests.append(AddNoteRequest(note=note, deck_id=deck_id))
            ids.append(card_id)
        col.add_notes(requests)
    return ids


def _card_rows(source: sqlite3.Connection, anki_ids: dict[int, int], today: int, next_day_at: int) -> list[tuple]:
    """`cards` updates: type, queue, due, ivl, factor, reps, lapses, left, data, for reviewed cards."""
    day_start = next_day_at - 86400
    rows = []
    query = "SELECT id, state, step, stability, difficulty, due, last_review, reps, lapses FROM cards WHERE state > 0"
    for card_id, state, step, stability, difficulty, due, last, reps, lapses in source.execute(query):
        due_at, last_at = _seconds(due), _seconds(last)
        data = json.dumps(
            {"s": round(stability, 3), "d": round(difficulty, 3), "dr": 0.9, "decay": DECAY, "lrt": last_at},
            separators=(",", ":"),
        )
        if state == 2:
            kind, queue, when, left = 2, 2, today + (due_at - day_start) // 86400, 0
            ivl = max(1, round((due_at - last_at) / 86400))
        else:
            kind, queue, when = (1, 1, due_at) if state == 1 else (3, 1, due_at)
            left, ivl = (2 if state == 1 else 1) - (step or 0), 0 if state == 1 else 1
        factor = 0 if state == 1 else 2500
        rows.append((kind, queue, when, ivl, factor, reps, lapses, left, data, anki_ids[card_id]))
    return rows


def _revlog_rows(source: sqlite3.Connection, anki_ids: dict[int, int]) -> list[tuple]:
    """A revlog row per review, in time order, with intervals read off the card's next review."""
    finals = {
        row[0]: row[1:] for row in source.execute("SELECT id, state, due, difficulty FROM cards WHERE state > 0")
    }
    query = "SELECT id, card_id, rating, reviewed_at, duration_ms, phase FROM reviews ORDER BY card_id, id"
    rows, last_id, card, last_ivl = [], 0, None, 0
    log = source.execute(query).fetchall()
    for index, (review_id, card_id, rating, at, ms, phase) in enumerate(log):
        if card_id != card:
            card, last_ivl = card_id, 0
        after = log[index + 1] if index + 1 < len(log) and log[index + 1][1] == card_id else None
        state, due, difficulty = finals[card_id]
        next_at, next_state = (_seconds(after[3]), after[5]) if after else (_seconds(due), state)
        gap = next_at - _seconds(at)
        ivl = max(1, round(gap / 86400)) if next_state == 2 else -gap
        kind = {0: 0, 1: 0, 2: 1, 3: 2}[phase]
        rows.append([review_id, int(_seconds(at, ms=True)), anki_ids[card_id], rating, ivl, last_ivl,
                     round(difficulty * 100), min(ms, 60_000), kind])
        last_ivl = ivl
    rows.sort()
    for row in rows:
        last_id = row[1] = max(row[1], last_id + 1)
    return [tuple(row[1:]) for row in rows]


def _write(col: Any, cards: list[tuple], revlog: list[tuple]) -> None:
    """Write the cards' scheduling state and the revlog (inside `col.db.transact`)."""
    col.db.executemany(
        "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?, lapses = ?, left = ?,"
        " data = ?, usn = -1 WHERE id = ?",
        cards,
    )
    col.db.executemany(
        "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
        revlog,
    )


def _seconds(stored: str, *, ms: bool = False) -> int:
    """A stored ISO time as unix seconds (or milliseconds)."""
    moment = datetime.fromisoformat(stored)
    return int(moment.timestamp() * 1000) if ms else int(moment.timestamp())
