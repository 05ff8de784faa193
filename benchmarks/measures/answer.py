"""Row 3: one answer cycle, against Anki's on the same collection.

Ours: the next card, today's counts, the four intervals the buttons show, and the
rating recorded by FSRS and committed (WAL, synchronous=FULL) — `ReviewSession`, as the
review screen drives it. Anki: `get_queued_cards` (next card, counts and the four next
states) and `answer_card` (FSRS step and commit). Each on a throw-away copy.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.anki_build import ANKI_MISSING
from benchmarks.build import Built
from benchmarks.measures.common import RATINGS, copy_anki, copy_store
from benchmarks.report import Goal, Row, median


def answer_cycle(built: Built, tmp: Path, cycles: int, with_anki: bool) -> Row:
    """Median time of `cycles` answer cycles, ours and (when `with_anki`) Anki's."""
    ours = _ours(copy_store(built, tmp / f"answer-{built.name}"), cycles)
    anki = _anki(copy_anki(built, tmp / f"answer-{built.name}"), cycles) if with_anki else None
    return Row(
        measure="answer cycle: next card + counts + FSRS + durable commit",
        collection=built.name,
        unit="ms",
        ours=median(ours),
        anchor="Anki get_queued_cards + answer_card",
        anchor_value=None if anki is None else median(anki),
        goal=Goal("≤ 1.0×", ratio=1.0),
        anchor_note="" if with_anki else ANKI_MISSING,
        detail={"cycles": len(ours), "anki_cycles": 0 if anki is None else len(anki)},
    )


def _ours(db: Path, cycles: int) -> list[float]:
    """Milliseconds of each of our answer cycles."""
    from scheduler.clock import SystemClock
    from scheduler.engine import Rating
    from scheduler.session import ReviewSession
    from scheduler.settings import Settings
    from scheduler.store import Store

    times = []
    with Store.open(db) as store:
        session = ReviewSession(store, Settings(), SystemClock())
        for index in range(cycles):
            start = time.perf_counter()
            if session.current is None:
                break
            _left = session.left
            session.intervals()
            session.rate(Rating(RATINGS[index % len(RATINGS)]), 20_000)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _anki(path: Path, cycles: int) -> list[float]:
    """Milliseconds of each of Anki's answer cycles."""
    from anki.collection import Collection
    from anki.scheduler_pb2 import CardAnswer

    times = []
    col = Collection(str(path))
    try:
        for index in range(cycles):
            start = time.perf_counter()
            queued = col.sched.get_queued_cards(fetch_limit=1)
            if not queued.cards:
                break
            card = queued.cards[0]
            rating = RATINGS[index % len(RATINGS)]
            new_state = (card.states.again, card.states.hard, card.states.good, card.states.easy)[rating - 1]
            col.sched.answer_card(
                CardAnswer(
                    card_id=card.card.id, current_state=card.states.current, new_state=new_state,
                    rating=rating - 1, answered_at_millis=int(time.time() * 1000), milliseconds_taken=20_000,
                )
            )
            times.append((time.perf_counter() - start) * 1000)
    finally:
        col.close()
    return times
