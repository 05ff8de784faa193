"""Row 5: every query of the stats screen over the whole log, against Anki's `graphs()`.

Ours is `scheduler.stats.compute` when that module exists; Anki's is the backend call
behind its statistics screen, over the whole collection and all history (`days=0`).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.anki_build import missing_note
from benchmarks.build import Built
from benchmarks.measures.common import alternate, copy_anki, copy_store
from benchmarks.report import NO_GOAL, Goal, Row, median

NOT_BUILT = "scheduler.stats not built yet"
"""What our side says while there is no stats module."""


def stats_screen(built: Built, tmp: Path, runs: int, with_anki: bool) -> list[Row]:
    """Median time of the whole stats computation, ours and Anki's, alternated: ours first
    as a user meets it after a rating (another connection has just committed, so nothing kept
    from an earlier look may be used), then looked at again with nothing written since."""
    actions, names = [], []
    compute = _our_stats()
    store = None
    if compute is not None:
        from scheduler.store import Store

        path = copy_store(built, tmp / "stats")
        store = Store.open(path)
        touch = _committer(path)
        actions += [lambda: (touch(), _timed(lambda: compute(store, datetime.now(UTC))))[1]]
        actions += [lambda: _timed(lambda: compute(store, datetime.now(UTC)))]
        names += ["ours", "again"]
    col = None
    if with_anki:
        from anki.collection import Collection

        col = Collection(str(copy_anki(built, tmp / "stats")))
        actions.append(lambda: _timed(lambda: col._backend.graphs(search="", days=0)))
        names.append("anki")
    try:
        results = dict(zip(names, alternate(runs, *actions), strict=True)) if actions else {}
    finally:
        if store is not None:
            store.close()
        if col is not None:
            col.close()
    anki = median(results["anki"]) if "anki" in results else None
    return [
        _row(built, "stats screen: every query over the whole review log, first look after a rating",
             results.get("ours"), anki, Goal("≤ 0.1×", ratio=0.1), compute is None, with_anki),
        _row(built, "stats screen: the same, looked at again with nothing written since",
             results.get("again"), anki, None, compute is None, with_anki),
    ]  # fmt: skip


def _row(
    built: Built, measure: str, ours: list[float] | None, anki: float | None, goal: Goal | None,
    not_built: bool, with_anki: bool,
) -> Row:  # fmt: skip
    """One statistics row beside Anki's `graphs()`."""
    return Row(
        measure=measure,
        collection=built.name,
        unit="ms",
        ours=median(ours) if ours else None,
        anchor="Anki graphs(search='', days=0)",
        anchor_value=anki,
        goal=goal or NO_GOAL,
        ours_note=NOT_BUILT if not_built else "",
        anchor_note="" if with_anki else missing_note(),
        detail={"reviews": built.reviews},
    )


def _committer(path: Path) -> object:
    """A function committing one small write to the database at `path` from a connection of its
    own, as another window's rating would: the next look must count afresh."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS benchmark_touch (at REAL)")

    def touch() -> None:
        conn.execute("INSERT INTO benchmark_touch VALUES (?)", (time.time(),))

    return touch


def _our_stats() -> object | None:
    """`scheduler.stats.compute`, or None while the module is not there."""
    try:
        from scheduler import stats  # type: ignore[attr-defined]
    except ImportError:
        return None
    return getattr(stats, "compute", None)


def _timed(action: object) -> float:
    """Milliseconds `action()` takes."""
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000
