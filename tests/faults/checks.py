"""What the fault tests check after a process died: acknowledgements kept, integrity, caches true to the log."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from scheduler.doctor import examine
from scheduler.settings import Settings
from scheduler.store import Store

ROOT = Path(__file__).resolve().parents[2]
"""The repository root: where `python -m tests.faults.worker` runs."""


def start_worker(db: Path, vault: Path, seed: int, steps: int) -> subprocess.Popen[str]:
    """A worker process acting on `db`, its acknowledgements on its stdout."""
    command = [sys.executable, "-m", "tests.faults.worker", str(db), str(vault), str(seed), str(steps)]
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)


@dataclass
class Acknowledged:
    """What workers said they had done: review and event ids that must, or must not, be in the database."""

    reviews: set[int] = field(default_factory=set)
    unrated: set[int] = field(default_factory=set)
    events: set[int] = field(default_factory=set)
    unevented: set[int] = field(default_factory=set)
    undoing: dict[str, set[int]] = field(default_factory=lambda: {"unrate": set(), "unevent": set()})
    """Reviews (`unrate`) and events (`unevent`) an undo was started on, unacknowledged: they may be gone or not."""
    lines: int = 0

    def take(self, line: str) -> None:
        """Record one acknowledgement (or announcement) line."""
        kind, _, number = line.strip().partition(" ")
        if kind == "will":
            undo, row = number.split()
            self.undoing[undo].add(int(row))
            return
        self.lines += 1
        for rows in self.undoing.values():
            rows.clear()
        if kind == "rate":
            self.reviews.add(int(number))
        elif kind == "unrate":
            self.reviews.discard(int(number))
            self.unrated.add(int(number))
        elif kind == "event":
            self.events.add(int(number))
        elif kind == "unevent":
            self.events.discard(int(number))
            self.unevented.add(int(number))

    def read(self, lines: Iterable[str]) -> None:
        """Record every line until `done` or the end of the output."""
        for line in lines:
            if line.strip() == "done":
                return
            self.take(line)


def ids(store: Store, table: str) -> set[int]:
    """Every id in `table`."""
    return {row[0] for row in store.conn.execute(f"SELECT id FROM {table}")}


def check_store(db: Path, acknowledged: Acknowledged, *, exact: bool = False) -> None:
    """Everything acknowledged is there and nothing undone is; integrity ok; every cache is its log replayed.

    `exact`: the workers ended normally, so the database holds exactly what they acknowledged.
    """
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reviews, events = ids(store, "reviews"), ids(store, "card_events")
        assert acknowledged.reviews - acknowledged.undoing["unrate"] <= reviews, (
            f"lost {acknowledged.reviews - reviews}"
        )
        assert not acknowledged.unrated & reviews, "an undone review is back"
        assert acknowledged.events - acknowledged.undoing["unevent"] <= events
        assert not acknowledged.unevented & events, "an undone event is back"
        if exact:
            assert (reviews, events) == (acknowledged.reviews, acknowledged.events)
        found = examine(store, Settings(), repair=False)
        assert [f for f in found.findings if f.kind != "note-missing"] == [], found.findings
