"""Row 2: keypress to the next question painted, in the real app under Pilot, against one 60 Hz frame.

The app runs headless on a copy of the collection, at 80×24 (the smallest terminal the
app is laid out for) and at 160×50 (a large one: more cells to draw, more answer
shown). For each card, space reveals the
answer and the app is let settle; then the rating key is sent as the terminal driver
would send it, and the clock stops when the screen's compositor next paints with a new
question on it: the rating committed, the next card picked and drawn. (`Pilot.press`
itself is not timed: it waits for the process to go idle in steps of several ms.)
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from benchmarks.build import Built
from benchmarks.measures.common import RATINGS, copy_store
from benchmarks.report import Goal, Row, percentile

FRAME_MS = 1000 / 60
"""One frame at 60 Hz."""

SIZES = ((80, 24), (160, 50))
"""The terminal sizes measured (columns, lines)."""


def keypress(built: Built, tmp: Path, presses: int) -> list[Row]:
    """p50 and p90 of `presses` rating keypresses at each size, each to the next question painted."""
    rows = []
    for size in SIZES:
        times = asyncio.run(_drive(copy_store(built, tmp / f"keypress-{size[0]}"), built.deck_id, presses, size))
        rows += _rows(built, times, size)
    return rows


def _rows(built: Built, times: list[float], size: tuple[int, int]) -> list[Row]:
    """The p50 and p90 rows of one size."""
    rows = []
    for name, share, goal in (("p50", 0.5, Goal("—")), ("p90", 0.9, Goal("p90 ≤ 1 frame", ratio=1.0))):
        rows.append(
            Row(
                measure=f"keypress → next question painted (Pilot, {size[0]}×{size[1]}), {name}",
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


async def _drive(db: Path, deck_id: int, presses: int, size: tuple[int, int]) -> list[float]:
    """Rate up to `presses` cards in the real app; the milliseconds of each rating keypress."""
    from scheduler.clock import SystemClock
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.app import create_app

    times = []
    with Store.open(db) as store:
        app = create_app(store, Settings(), SystemClock(), review_decks=[deck_id])
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for index in range(presses):
                if app.screen.id != "review":
                    break
                await pilot.press("space")
                await pilot.pause()
                times.append(await _timed_press(app, str(RATINGS[index % len(RATINGS)])))
                await pilot.pause()
    return times


async def _timed_press(app: Any, key: str) -> float:
    """Send `key`; milliseconds until the first paint that shows a different question."""
    from textual import events

    screen = app.screen
    before = _question(screen)
    painted = asyncio.Event()
    stamp: list[float] = []
    paint = screen._compositor_refresh

    def paint_and_look() -> None:
        """Paint, then stop the clock if the question on screen is a new one."""
        paint()
        if not stamp and (app.screen is not screen or _question(screen) != before):
            stamp.append(time.perf_counter())
            painted.set()

    screen._compositor_refresh = paint_and_look
    try:
        start = time.perf_counter()
        app._driver.send_message(events.Key(key, key))
        await asyncio.wait_for(painted.wait(), timeout=10)
    finally:
        del screen._compositor_refresh
    return (stamp[0] - start) * 1000


def _question(screen: Any) -> str:
    """The question text the review screen shows."""
    return str(screen.query_one("#question").render())
