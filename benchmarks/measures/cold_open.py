"""Rows 4 and 7: open + counts + first card in a fresh process, and that process's peak memory.

Both sides run `benchmarks.probes` in a new interpreter, alternately; the time runs from
the probe's first line (before starcards or Anki is imported) to the first card in hand.
The operating system's file cache is warm (dropping it needs root): "cold" means a fresh
process, nothing cached in it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.anki_build import missing_note
from benchmarks.build import Built
from benchmarks.measures.common import alternate, copy_anki, copy_store, probe
from benchmarks.report import Goal, Row, median


def cold_open(built: Built, tmp: Path, runs: int, with_anki: bool, memory: bool) -> list[Row]:
    """The open row of `built`, and its memory row when `memory`."""
    db = copy_store(built, tmp / f"open-{built.name}")
    actions = [lambda: probe("ours", db)]
    if with_anki:
        anki = copy_anki(built, tmp / f"open-{built.name}")
        actions.append(lambda: probe("anki", anki))
    results = alternate(runs, *actions)
    ours, theirs = results[0], results[1] if with_anki else []
    note = "" if with_anki else missing_note()
    rows = [
        Row(
            measure="open + counts + first card, fresh process",
            collection=built.name,
            unit="ms",
            ours=median([run["ms"] for run in ours]),
            anchor="Anki: open collection + get_queued_cards + the card's note",
            anchor_value=median([run["ms"] for run in theirs]) if theirs else None,
            goal=Goal("≤ 0.25×", ratio=0.25),
            anchor_note=note,
            detail={"counts": ours[0]["counts"], "anki_counts": theirs[0]["counts"] if theirs else None},
        )
    ]
    if memory:
        rows.append(
            Row(
                measure="peak memory (RSS) of that process",
                collection=built.name,
                unit="MB",
                ours=median([run["peak_mb"] for run in ours]),
                anchor="Anki, same work",
                anchor_value=median([run["peak_mb"] for run in theirs]) if theirs else None,
                goal=Goal("≤ 0.3×", ratio=0.3),
                anchor_note=note,
            )
        )
    return rows
