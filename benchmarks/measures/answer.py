"""Row 3: one answer cycle, against Anki's on the same collection.

Ours: the next card, today's counts, the four intervals the buttons show, and the
rating recorded by FSRS and committed (WAL, synchronous=FULL) — `ReviewSession`, as the
review screen drives it, after one untimed rating and the chores it starts in the
background (the day's backup, room in the write-ahead log: `scheduler.wal_room`). Anki:
`get_queued_cards` (next card, counts and the four next states) and `answer_card` (FSRS
step and commit). Each on a throw-away copy, the two sides' cycles alternating so that
both meet the same disk. A second row repeats the measure with `synchronous=OFF` on
both sides: the work without the flush to disk, whose time on a virtual disk varies
from a tenth of a millisecond to several.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.anki_build import missing_note
from benchmarks.build import Built
from benchmarks.measures.common import RATINGS, copy_anki, copy_store
from benchmarks.report import NO_GOAL, Goal, Row, median

Cycle = Callable[[int], bool]
"""One answer cycle: rates with `RATINGS[index]`; False when no card is left."""


def answer_cycle(built: Built, tmp: Path, cycles: int, with_anki: bool, flush_free: bool) -> list[Row]:
    """The durable row of `built`, and with `flush_free` the row without the flush."""
    rows = [_row(built, tmp / "durable", cycles, with_anki, durable=True)]
    if flush_free:
        rows.append(_row(built, tmp / "flush-free", cycles, with_anki, durable=False))
    return rows


def _row(built: Built, tmp: Path, cycles: int, with_anki: bool, durable: bool) -> Row:
    """Median time of up to `cycles` cycles per side, alternated."""
    with _ours(copy_store(built, tmp / built.name), durable) as ours_cycle:
        sides = [ours_cycle]
        anki = _anki(copy_anki(built, tmp / built.name), durable) if with_anki else None
        if anki is not None:
            sides.append(anki.cycle)
        try:
            times = _alternate(sides, cycles)
        finally:
            if anki is not None:
                anki.close()
    what = "durable commit (WAL, synchronous=FULL)" if durable else "no flush (synchronous=OFF, both sides)"
    return Row(
        measure=f"answer cycle: next card + counts + FSRS + {what}",
        collection=built.name,
        unit="ms",
        ours=median(times[0]),
        anchor="Anki get_queued_cards + answer_card",
        anchor_value=median(times[1]) if anki is not None else None,
        goal=Goal("≤ 1.0×", ratio=1.0) if durable else NO_GOAL,
        anchor_note="" if with_anki else missing_note(),
        detail={"cycles": len(times[0])},
    )


def _alternate(sides: list[Cycle], cycles: int) -> list[list[float]]:
    """Milliseconds of each side's cycles, one of each in turn, until `cycles` or a side runs dry."""
    times: list[list[float]] = [[] for _ in sides]
    for index in range(cycles):
        for side, record in zip(sides, times, strict=True):
            start = time.perf_counter()
            if not side(index):
                return times
            record.append((time.perf_counter() - start) * 1000)
    return times


class _ours:  # noqa: N801 - used as a context manager, like open()
    """Our session over a store, as a cycle function."""

    def __init__(self, db: Path, durable: bool) -> None:
        """Open the store (with synchronous=OFF unless `durable`) and start a session."""
        from scheduler.clock import SystemClock
        from scheduler.session import ReviewSession
        from scheduler.settings import Settings
        from scheduler.store import Store

        self.store = Store.open(db)
        if not durable:
            self.store.conn.execute("PRAGMA synchronous = OFF")
        self.session = ReviewSession(self.store, Settings(), SystemClock())
        self._settle()

    def _settle(self) -> None:
        """Rate one card and wait for the chores that first rating starts, untimed.

        A session copies the whole database once a day, in a thread, after its first
        rating (490 MB for the mature collection), then gives the write-ahead log room
        (about 10 ms); timed, these would compete with the cycles measured, which stand
        for every other answer of the session.
        """
        if self.cycle(0):
            self.session.wait_for_backup()

    def __enter__(self) -> Cycle:
        """The cycle function."""
        return self.cycle

    def __exit__(self, *_exc: object) -> None:
        """Close the store."""
        self.store.close()

    def cycle(self, index: int) -> bool:
        """Next card, counts, intervals, rating committed."""
        from scheduler.engine import Rating

        session = self.session
        if session.current is None:
            return False
        _left = session.left
        session.intervals()
        session.rate(Rating(RATINGS[index % len(RATINGS)]), 20_000)
        return True


class _anki:  # noqa: N801
    """Anki's scheduler over a collection, as a cycle function."""

    def __init__(self, path: Path, durable: bool) -> None:
        """Open the collection (with synchronous=OFF unless `durable`)."""
        from anki.collection import Collection

        self.col: Any = Collection(str(path))
        if not durable:
            self.col.db.execute("PRAGMA synchronous = OFF")

    def close(self) -> None:
        """Close the collection."""
        self.col.close()

    def cycle(self, index: int) -> bool:
        """`get_queued_cards` (card, counts, next states), then `answer_card`."""
        from anki.scheduler_pb2 import CardAnswer

        queued = self.col.sched.get_queued_cards(fetch_limit=1)
        if not queued.cards:
            return False
        card = queued.cards[0]
        rating = RATINGS[index % len(RATINGS)]
        new_state = (card.states.again, card.states.hard, card.states.good, card.states.easy)[rating - 1]
        self.col.sched.answer_card(
            CardAnswer(
                card_id=card.card.id, current_state=card.states.current, new_state=new_state,
                rating=rating - 1, answered_at_millis=int(time.time() * 1000), milliseconds_taken=20_000,
            )
        )
        return True
