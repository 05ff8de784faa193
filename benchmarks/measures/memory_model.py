"""Rows for the user's own memory model: fitting FSRS parameters to the whole log, and `simulate`.

Optimize is measured as the command runs it, in a process of its own (`memory_model_apart`:
no earlier measure's objects in the collector's way or heap to grow), on the largest
collection: read the
review log, turn it into FSRS items (elapsed local days), fit once on all but the
latest fifth and score both parameter sets on that fifth. Simulate is
`scheduler.outlook.outlook` for the collection: a simulated year for each desired
retention. Both rows give their CPU time beside the wall time (`detail.cpu_ms`): on a
shared machine the wall time says more about the load than about the code.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.build import Built
from benchmarks.measures.common import copy_store
from benchmarks.report import NO_GOAL, Goal, Row

FIT_GOAL = Goal("≤ 10 s for 1M reviews", at_most=10_000)
"""The issue's goal, judged only on a collection of a million reviews or more."""


def _fit_goal(built: Built) -> Goal:
    """The fitting goal for a collection of a million reviews or more; none for a smaller one."""
    return FIT_GOAL if built.reviews >= 1_000_000 else NO_GOAL


def memory_model_apart(built: Built, tmp: Path) -> list[Row]:
    """`memory_model` in a fresh Python process, as `starcards optimize` and `simulate` run."""
    command = [sys.executable, "-m", "benchmarks.measures.memory_model", "--built", json.dumps(asdict(built)), str(tmp)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return [Row(**{**data, "goal": Goal(**data["goal"])}) for data in json.loads(out)]


def memory_model(built: Built, tmp: Path) -> list[Row]:
    """The optimize and simulate rows for `built` (each timed once: they take seconds)."""
    from scheduler.settings import Settings
    from scheduler.store import Store

    with Store.open(copy_store(built, tmp / "memory")) as store:
        return [_fit_row(built, store, Settings()), _simulate_row(built, store, Settings())]


def _fit_row(built: Built, store: object, settings: object) -> Row:
    """Time `fit_scope` over every deck; the row says how many long-term reviews were fitted."""
    from scheduler.optimize import NotEnoughHistory
    from scheduler.personal import Scope, fit_scope

    started, cpu = time.perf_counter(), time.process_time()
    try:
        fit = fit_scope(store, settings, Scope(None, None), tz=UTC)  # type: ignore[arg-type]
    except NotEnoughHistory as error:
        return Row(
            measure="optimize: read the log, fit FSRS parameters, score on held-out reviews",
            collection=built.name, unit="ms", ours=None, anchor="—", goal=_fit_goal(built),
            ours_note=f"too little history here ({error.have} long-term reviews)",
        )
    ms, cpu_ms = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    return Row(
        measure=f"optimize: read the log, fit FSRS parameters, score on held-out reviews ({built.reviews:,} reviews)",
        collection=built.name, unit="ms", ours=ms, anchor="—", goal=_fit_goal(built),
        detail={
            "cpu_ms": round(cpu_ms), "reviews": built.reviews, "long_term_reviews": fit.reviews,
            "held_out": fit.held_out,
            "log_loss": [fit.current.log_loss, fit.fitted.log_loss],
            "rmse_bins": [fit.current.rmse_bins, fit.fitted.rmse_bins], "kept": fit.better,
        },
    )


def _simulate_row(built: Built, store: object, settings: object) -> Row:
    """Time the outlook: one simulated year for each desired retention."""
    from scheduler.days import local_day
    from scheduler.outlook import outlook

    started, cpu = time.perf_counter(), time.process_time()
    found = outlook(store, settings, None, local_day(datetime.now(UTC)), tz=UTC)  # type: ignore[arg-type]
    ms, cpu_ms = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    return Row(
        measure=f"simulate: a year for each of {len(found.points)} desired retentions",
        collection=built.name, unit="ms", ours=ms, anchor="—",
        detail={"cpu_ms": round(cpu_ms), "cards": found.cards},
    )


def main() -> int:
    """`python -m benchmarks.measures.memory_model`: the two rows on the mature collection alone (built if need be).

    With `--built JSON FOLDER` (as `memory_model_apart` runs it): the rows of that
    collection, measured in FOLDER, as JSON on standard output.
    """
    import tempfile

    if sys.argv[1:2] == ["--built"]:
        rows = memory_model(Built(**json.loads(sys.argv[2])), Path(sys.argv[3]))
        print(json.dumps([asdict(row) for row in rows]))
        return 0

    from benchmarks.build import ensure_built
    from benchmarks.report import figure
    from benchmarks.specs import DEFAULT_CACHE, FULL, mature

    built = ensure_built(mature(FULL), DEFAULT_CACHE)
    with tempfile.TemporaryDirectory(prefix="starcards-bench-") as folder:
        for row in memory_model(built, Path(folder)):
            print(f"{row.measure} [{row.collection}]: {figure(row.ours, row.unit)} {row.detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
