"""Row 6: reading notes. A sync of 2,000 unchanged notes, and the first (full) sync's speed.

The vault is `benchmarks.vault.make_vault`: 2,000 notes in the three shapes, 15,330
cards. The first sync reads, parses and stores every card, as `starcards sync VAULT` does
(`textual_app.syncing.sync_paths`: a new deck's cards are stored while its notes are
parsed, and the 5,328 inline cards that carry the spaced-repetition plugin's schedule
start from it, `scheduler.seeding`); the second finds every note unchanged (size and
mtime) and parses none. These have absolute goals, no anchor.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.report import Goal, Row, median
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
    ]
