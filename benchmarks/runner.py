"""The benchmark run: options, the collections, every row in the issue's order, the results.

Full run: collections of 1k, 10k and 100k cards and a mature one (100k cards, about a
million reviews over two years), built once a day and cached. `--quick`: every row on
tiny collections, in well under a minute.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import machine, report
from benchmarks.anki_build import anki_available, ensure_anki, missing_note
from benchmarks.build import Built, ensure_built
from benchmarks.specs import DEFAULT_CACHE, FULL, QUICK, mature

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Effort:
    """How many repetitions each measure makes."""

    process_runs: int
    """Fresh processes per side for the start-up and open rows."""
    presses: int
    """Rating keypresses through Pilot."""
    cycles: int
    """Answer cycles per side."""
    stats_runs: int
    """Stats computations per side."""
    notes: int
    """Notes in the sync vault."""
    note_runs: int
    """First syncs of the vault (each followed by five unchanged ones)."""
    foreign: int
    """Reviews in the other machine's sync file the merge row merges."""


FULL_EFFORT = Effort(process_runs=11, presses=100, cycles=100, stats_runs=5, notes=2000, note_runs=3, foreign=100_000)
QUICK_EFFORT = Effort(process_runs=2, presses=5, cycles=10, stats_runs=1, notes=60, note_runs=1, foreign=500)


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command-line options."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="every row on tiny collections, in under a minute")
    parser.add_argument("--out", type=Path, help="folder for results.md and results.json (default: benchmarks/,"
                        " or the cache folder with --quick)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where built collections are kept")
    parser.add_argument("--without-anki", action="store_true", help="measure no Anki anchor even if anki is installed")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the table and where the results were written."""
    args = parse(argv)
    started = time.perf_counter()
    specs, effort = (QUICK, QUICK_EFFORT) if args.quick else (FULL, FULL_EFFORT)
    with_anki = not args.without_anki and anki_available()
    if not with_anki:
        print(f"Anki anchors: {missing_note()}")
    built = [ensure_built(spec, args.cache, log=_say) for spec in specs]
    if with_anki:
        for collection in built:
            ensure_anki(collection, log=_say)
    compile_bytecode()
    described = machine.describe()
    with tempfile.TemporaryDirectory(prefix="starcards-bench-") as folder:
        rows = measure(built, Path(folder), effort, with_anki)
    out = args.out or (args.cache if args.quick else HERE)
    seconds = time.perf_counter() - started
    md, js = report.write(rows, described, out, args.quick, seconds)
    print("\n" + report.markdown(rows) + "\n")
    print(f"{len(rows)} rows in {seconds:.0f} s; written to {md} and {js}")
    return 0


def compile_bytecode() -> None:
    """Compile this checkout's modules, as installing starcards does, before any fresh process is timed.

    pip compiles a package's modules when it installs them (Textual's and Anki's too); a
    checkout run with `PYTHONDONTWRITEBYTECODE` set would compile all of ours again in
    every fresh process (about a third of a bare Textual start), which no installed
    starcards does.
    """
    import compileall

    for room in ("deck", "scheduler", "textual_app", "benchmarks"):
        compileall.compile_dir(str(HERE.parent / room), quiet=1)


def measure(built: list[Built], tmp: Path, effort: Effort, with_anki: bool) -> list[report.Row]:
    """Every row, in the issue's order (peak memory last)."""
    from benchmarks.measures.answer import answer_cycle
    from benchmarks.measures.cold_open import cold_open
    from benchmarks.measures.keypress import keypress
    from benchmarks.measures.memory_model import memory_model_apart
    from benchmarks.measures.notes import notes
    from benchmarks.measures.startup import first_paint
    from benchmarks.measures.stats import stats_screen
    from benchmarks.measures.sync import sync_rows

    oldest = mature(tuple(built))  # type: ignore[arg-type]
    rows = [_shown(first_paint(oldest, tmp, effort.process_runs))]
    rows += [_shown(row) for row in keypress(oldest, tmp, effort.presses)]
    for collection in built:
        rows += [_shown(row) for row in answer_cycle(collection, tmp, effort.cycles, with_anki, collection is oldest)]
    memory = []
    for collection in built:
        opened = cold_open(collection, tmp, effort.process_runs, with_anki, memory=collection is oldest)
        rows.append(_shown(opened[0]))
        memory += opened[1:]
    rows += [_shown(row) for row in stats_screen(oldest, tmp, effort.stats_runs, with_anki)]
    rows += [_shown(row) for row in notes(tmp / "notes", effort.notes, effort.note_runs)]
    rows += [_shown(row) for row in memory_model_apart(oldest, tmp)]
    rows += [_shown(row) for row in sync_rows(oldest, tmp, effort.process_runs, effort.foreign)]
    return rows + [_shown(row) for row in memory]


def _shown(row: report.Row) -> report.Row:
    """Print a row as soon as it is measured; the row."""
    ratio = "" if row.ratio is None else f" ({row.ratio:.2f}× {row.anchor})"
    ours = report.figure(row.ours, row.unit) if row.ours is not None else row.ours_note
    cpu = f" (CPU {report.figure(row.detail['cpu_ms'], 'ms')})" if "cpu_ms" in row.detail else ""
    print(f"  {row.measure} [{row.collection}]: {ours}{cpu}{ratio}", flush=True)
    return row


def _say(message: str) -> None:
    """Progress on standard error, so standard output stays the results."""
    print(message, file=sys.stderr, flush=True)
