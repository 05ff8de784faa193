"""The app syncs with the other machines: after the first paint, and after a review session (`[sync]` on)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from scheduler.clock import FixedClock
from scheduler.store import Store
from tests.sync.machines import DAY, T0, Machine, note
from textual_app.app import create_app

QUESTIONS = ["Tell me about a failure?", "Describe a conflict?"]


def _pair(tmp_path: Path) -> tuple[Machine, Machine]:
    """Two machines with the same notes and one sync folder."""
    notes = {"Interviews/n.md": note(QUESTIONS)}
    a, b = (Machine.make(tmp_path / name, tmp_path / "shared", notes) for name in ("a", "b"))
    a.read_notes()
    b.read_notes()
    return a, b


def _merged(machine: Machine) -> int:
    """How many reviews from other machines `machine`'s database holds (read on a connection of its own)."""
    with Store.open(machine.store.path) as store:
        return int(store.conn.execute("SELECT COUNT(*) FROM reviews WHERE origin IS NOT NULL").fetchone()[0])


def _written(machine: Machine) -> bool:
    """Whether `machine`'s file in the sync folder holds one of its own reviews."""
    return any(b'"type":"review"' in path.read_bytes() for path in machine.settings.sync.paths()[1].glob("*.jsonl")
               if machine.store.conn.execute("SELECT id FROM machine").fetchone()[0] in path.name)


def _own(machine: Machine) -> int:
    """How many reviews `machine` made itself."""
    return int(machine.store.conn.execute("SELECT COUNT(*) FROM reviews WHERE origin IS NULL").fetchone()[0])


async def _until(pilot: Pilot, done: Callable[[], bool]) -> None:
    """Let the app run until `done()` holds (a worker has finished its work), at most a few hundred turns."""
    for _ in range(500):
        await pilot.app.workers.wait_for_complete()
        if done():
            return
        await pilot.pause()
    raise AssertionError("the app never got there")


async def test_the_app_merges_after_the_first_paint_and_writes_after_a_session(tmp_path: Path) -> None:
    """B's app brings in A's review at start; B's rating reaches A once B's review session ends."""
    a, b = _pair(tmp_path)
    a.rate(QUESTIONS[0], 3, T0)
    a.sync()
    app = create_app(b.store, b.settings, FixedClock(T0 + 2 * DAY), review_decks=[1])
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await _until(pilot, lambda: _merged(b) == 1)
            await pilot.press("a", "3")  # the card A rated changed under the screen: "rate again"
            await pilot.pause()
            await pilot.press("a", "3")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("escape")  # the session's summary, then the deck list
            await _until(pilot, lambda: _merged(a) == 0 and _written(b))
        assert a.sync().added["review"] == _own(b) >= 1
        assert a.log() == b.log()
    finally:
        a.store.close()
        b.store.close()
