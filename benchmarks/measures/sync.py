"""Sync between machines: merging 100,000 reviews from another machine's file, and start-up with sync on.

Merge: a file as another machine writes it (`scheduler.sync_out`'s format) holding 100,000
reviews of the collection's cards, made after its own history, is merged into a copy of
the collection by `scheduler.sync.sync_machines`: read, checked, stored, each touched card
brought up to date, hourly sums redone, one commit. Start-up: `starcards review` to the
first painted question with `[sync]` on and nothing new in the sync folder, against the
same with sync off, alternated.
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.build import Built
from benchmarks.measures.common import alternate, copy_store, private_env, wall_ms
from benchmarks.report import NO_GOAL, Goal, Row, median

FOREIGN = 100_000
"""Reviews in the other machine's file."""


def sync_rows(built: Built, tmp: Path, runs: int, reviews: int = FOREIGN) -> list[Row]:
    """The merge row (of `reviews` foreign reviews) and the start-up row, on `built`."""
    return [merge(built, tmp / "sync-merge", reviews), startup(built, tmp / "sync-startup", runs)]


def merge(built: Built, tmp: Path, reviews: int = FOREIGN) -> Row:
    """Milliseconds to merge `reviews` foreign reviews into a copy of the collection (wall; CPU in the detail)."""
    from scheduler.settings import Settings
    from scheduler.store import Store
    from scheduler.sync import sync_machines
    from scheduler.sync_settings import SyncSettings

    db, folder = copy_store(built, tmp), tmp / "folder"
    settings = Settings(sync=SyncSettings(vault=built.vault, folder=str(folder)))
    with Store.open(db) as store:
        _foreign_file(store, built, folder, reviews)
        wall, cpu = time.perf_counter(), time.process_time()
        outcome = sync_machines(store, settings)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert outcome.added["review"] == reviews, outcome.summary()
    return Row(
        measure=f"merge {reviews:,} reviews from another machine's sync file (read, store, replay, one commit)",
        collection=built.name, unit="ms", ours=wall * 1000, anchor="—", goal=NO_GOAL,
        detail={"cpu_ms": cpu * 1000, "cards_updated": outcome.cards},
    )


def _foreign_file(store: object, built: Built, folder: Path, reviews: int) -> None:
    """Write another machine's file: `reviews` reviews of the deck's cards, after the collection's history."""
    from scheduler.engine import make_fsrs
    from scheduler.recipes import recipe_of
    from scheduler.settings import Settings
    from scheduler.sync_places import recipe_ref

    conn = store.conn  # type: ignore[attr-defined]
    keys = [row[0] for row in conn.execute("SELECT key FROM cards WHERE removed_at IS NULL ORDER BY id")]
    fsrs = make_fsrs(Settings())
    recipe, chance = recipe_of(fsrs), random.Random(7)
    start = datetime.fromisoformat(built.end) + timedelta(hours=1)
    folder.mkdir(parents=True, exist_ok=True)
    lines = [{"type": "starcards-sync", "version": 1, "machine": "bench-other"},
             {"type": "schedule", "ref": recipe_ref(recipe), "recipe": recipe}]
    for number in range(reviews):
        at = start + timedelta(seconds=20 * number)
        lines.append({"type": "review", "machine": "bench-other", "id": number + 1, "deck": ".",
                      "key": keys[number % len(keys)], "rating": chance.choice((1, 3, 3, 3, 4)),
                      "at": at.isoformat(timespec="microseconds"), "ms": 20_000, "day": fsrs.day_of(at),
                      "schedule": recipe_ref(recipe), "draw": chance.random()})
    text = "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in lines)
    (folder / "starcards-bench-other.jsonl").write_text(text, encoding="utf-8")


def startup(built: Built, tmp: Path, runs: int) -> Row:
    """Whole-process first paint with sync on (nothing new: the folder's one file already read) against off."""
    from scheduler.settings import Settings
    from scheduler.store import Store
    from scheduler.sync import sync_machines
    from scheduler.sync_settings import SyncSettings

    db, folder = copy_store(built, tmp), tmp / "folder"
    with Store.open(db) as store:
        _foreign_file(store, built, folder, 100)
        sync_machines(store, Settings(sync=SyncSettings(vault=built.vault, folder=str(folder))))
    config = tmp / "sync-on.toml"
    config.write_text(f"[sync]\nvault = {json.dumps(built.vault)}\nfolder = {json.dumps(str(folder))}\n")
    command = [sys.executable, "-m", "textual_app", "review", built.vault]
    off = private_env(tmp, STARCARDS_DB=str(db), STARCARDS_EXIT_AFTER_FIRST_PAINT="1")
    on = {**off, "STARCARDS_CONFIG": str(config)}
    with_sync, without = alternate(runs, lambda: wall_ms(command, on), lambda: wall_ms(command, off))
    return Row(
        measure="start → first question painted with [sync] on, nothing new (`starcards review`, headless)",
        collection=built.name, unit="ms", ours=median(with_sync), anchor="the same with sync off",
        anchor_value=median(without), goal=Goal("≤ 1.10×", ratio=1.10),
        detail={"on_ms": with_sync, "off_ms": without},
    )
