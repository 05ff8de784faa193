"""Row 2: keypress to the next question painted, through Pilot, against one 60 Hz frame.

The real app on a copy of the collection: for each card, space reveals the answer, then
the timer starts, the rating key is pressed (the rating is committed, the next card
picked and shown), and the screen is repainted at once.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from benchmarks.build import Built
from benchmarks.measures.common import RATINGS, copy_store
from benchmarks.report import Goal, Row, percentile

FRAME_MS = 1000 / 60
"""One frame at 60 Hz."""


def keypress(built: Built, tmp: Path, presses: int) -> list[Row]:
    """p50 and p90 of `presses` rating keypresses, each to the next question painted."""
    times = asyncio.run(_drive(copy_store(built, tmp / "keypress"), built.deck_id, presses))
    rows = []
    for name, share, goal in (("p50", 0.5, Goal("—")), ("p90", 0.9, Goal("p90 ≤ 1 frame", ratio=1.0))):
        rows.append(
            Row(
                measure=f"keypress → next question painted (Pilot), {name}",
                collection=built.name,
                unit="ms",
                ours=percentile(times, share),
                anchor="one 60 Hz frame",
                anchor_value=FRAME_MS,
                goal=goal,
                detail={"presses": len(times)},
            )
        )
    return rows


async def _drive(db: Path, deck_id: int, presses: int) -> list[float]:
    """Rate `presses` cards in the real app; the milliseconds of each rating keypress."""
    from scheduler.clock import SystemClock
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.app import create_app

    times = []
    with Store.open(db) as store:
        app = create_app(store, Settings(), SystemClock(), review_decks=[deck_id])
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            for index in range(presses):
                if app.screen.id != "review":
                    break
                await pilot.press("space")
                await pilot.pause()
                start = time.perf_counter()
                await pilot.press(str(RATINGS[index % len(RATINGS)]))
                app.screen._on_timer_update()
                times.append((time.perf_counter() - start) * 1000)
    return times
