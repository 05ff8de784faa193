"""Row 6: reading notes. A sync of 2,000 unchanged notes, the first (full) sync's speed, and its floor.

The vault is `benchmarks.vault.make_vault`: 2,000 notes in the three shapes, 15,330
cards. The first sync reads, parses and stores every card, as `starcards sync VAULT` does
(`textual_app.syncing.sync_paths`: a new deck's cards are stored while its notes are
parsed, and the 5,328 inline cards that carry the spaced-repetition plugin's schedule
start from it, `scheduler.seeding`); the second finds every note unchanged (size and
mtime) and parses none. These have absolute goals, no anchor.

Beside them, with no goal, the floor under the first sync on this machine: the same notes,
already in memory, parsed in forked processes, one per core (`deck.forking.workers`), each
taking every n-th note and sending back only its count of cards; nothing is read, sent
back or stored. A first sync does all of that too, so it can come near this figure but not
pass it: the row tells a goal missed by the reader's own speed from one missed by the rest.
"""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path

from benchmarks.report import NO_GOAL, Goal, Row, median
from benchmarks.vault import make_vault


def notes(tmp: Path, note_count: int, runs: int) -> list[Row]:
    """The unchanged-sync row and the full-sync speed row."""
    from deck.loader import load_deck
    from scheduler.decks import sync_deck
    from scheduler.note_stamps import known_stamps
    from scheduler.plugin_seeds import schedulers_for
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.syncing import sync_paths

    vault = make_vault(tmp / "vault", note_count)
    root = str(vault.resolve())
    first, again, cards = [], [], 0
    now = datetime.now(UTC)
    for run in range(runs):
        with Store.open(tmp / f"vault{run}.db") as store:
            start = time.perf_counter()
            (synced,) = sync_paths(store, [root], now, schedulers=schedulers_for(Settings()))
            first.append((time.perf_counter() - start) * 1000)
            cards = synced.report.new
            for _ in range(5):
                start = time.perf_counter()
                sync_deck(store, load_deck(vault, known=known_stamps(store, root)), now)
                again.append((time.perf_counter() - start) * 1000)
    label = f"{note_count:,} notes"
    floor, processes = _parse_floor(vault, runs, cards)
    return [
        Row(
            measure=f"sync of {note_count:,} unchanged notes (read stamps, parse none)",
            collection=label,
            unit="ms",
            ours=median(again),
            anchor="—",
            goal=Goal("≤ 0.2 s", at_most=200.0),
        ),
        Row(
            measure=f"first sync: read, parse and store every card ({cards:,} cards)",
            collection=label,
            unit="cards/s",
            ours=cards / statistics.median(first) * 1000,
            anchor="—",
            goal=Goal("≥ 10,000 cards/s", at_least=10_000.0),
            detail={"cards": cards, "first_sync_ms": median(first)},
        ),
        Row(
            measure=f"floor: the same notes, in memory, parsed in {processes} forked processes, nothing stored",
            collection=label,
            unit="cards/s",
            ours=cards / floor * 1000,
            anchor="—",
            goal=NO_GOAL,
            detail={"processes": processes, "parse_ms": floor},
        ),
    ]


_TEXTS: list[tuple[str, str]] = []
"""The notes the floor's processes parse (text and path), set before they are forked."""


def _parse_floor(vault: Path, runs: int, cards: int) -> tuple[float, int]:
    """The median wall time (ms) of parsing every note of `vault`, read beforehand, in one forked process per core
    (pool started and stopped inside the time), and how many processes. Raises if they read other than `cards`."""
    from deck.forking import workers
    from deck.parallel import preload

    preload()
    _TEXTS[:] = [(path.read_text(encoding="utf-8"), path.relative_to(vault).as_posix()) for path in
                 sorted(vault.rglob("*.md"))]
    processes, times = workers(), []
    try:
        for _ in range(runs):
            start = time.perf_counter()
            with ProcessPoolExecutor(processes, mp_context=get_context("fork")) as pool:
                counted = sum(pool.map(_parse_share, range(processes), [processes] * processes))
            times.append((time.perf_counter() - start) * 1000)
            if counted != cards:
                raise RuntimeError(f"the floor's processes read {counted:,} cards, the sync {cards:,}")
    finally:
        _TEXTS.clear()
    return median(times), processes


def _parse_share(index: int, processes: int) -> int:
    """In a forked process: parse every `processes`-th note from the `index`-th, as a sync does; its cards."""
    from deck.notes import parse_job
    from deck.options import ReadOptions

    options = ReadOptions()
    return sum(len(parse_job(text, file, options, True)[0]) for text, file in _TEXTS[index::processes])
