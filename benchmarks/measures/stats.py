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
from benchmarks.report import Goal, Row, median

NOT_BUILT = "scheduler.stats not built yet"
"""What our side says while there is no stats module."""


def stats_screen(built: Built, tmp: Path, runs: int, with_anki: bool) -> Row:
    """Median time of the whole stats computation, ours and Anki's, alternated."""
    actions, names = [], []
    compute = _our_stats()
    store = None
    if compute is not None:
        from scheduler.store import Store

        store = Store.open(copy_store(built, tmp / "stats"))
        actions.append(lambda: _timed(lambda: compute(store, datetime.now(UTC))))
        names.append("ours")
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
    return Row(
        measure="stats screen: every query over the whole review log",
        collection=built.name,
        unit="ms",
        ours=median(results["ours"]) if "ours" in results else None,
        anchor="Anki graphs(search='', days=0)",
        anchor_value=median(results["anki"]) if "anki" in results else None,
        goal=Goal("≤ 0.1×", ratio=0.1),
        ours_note=NOT_BUILT if compute is None else "",
        anchor_note="" if with_anki else missing_note(),
        detail={"reviews": built.reviews},
    )


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
