"""Row 1: the whole process, from start to the first question painted, against a bare Textual app.

Ours is the real command, `starcards review VAULT` (`python -m textual_app`), which
checks the notes for changes, opens the review and paints the first question; the
`STARCARDS_EXIT_AFTER_FIRST_PAINT` hook makes it run headless and exit right after.
The anchor is `benchmarks/bare_textual.py`: the least a Textual program can do.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.build import Built
from benchmarks.measures.common import ROOT, alternate, copy_store, private_env, wall_ms
from benchmarks.report import Goal, Row, median

BARE = ROOT / "benchmarks" / "bare_textual.py"


def first_paint(built: Built, tmp: Path, runs: int) -> Row:
    """Median wall time of both programs, alternated, in fresh processes."""
    db = copy_store(built, tmp / "first-paint")
    env = private_env(tmp, STARCARDS_DB=str(db), STARCARDS_EXIT_AFTER_FIRST_PAINT="1")
    ours_command = [sys.executable, "-m", "textual_app", "review", built.vault]
    bare_command = [sys.executable, str(BARE)]
    ours, bare = alternate(runs, lambda: wall_ms(ours_command, env), lambda: wall_ms(bare_command))
    return Row(
        measure="start → first question painted, whole process (`starcards review`, headless)",
        collection=built.name,
        unit="ms",
        ours=median(ours),
        anchor="bare Textual app painting one Static",
        anchor_value=median(bare),
        goal=Goal("≤ 1.05×", ratio=1.05),
        detail={"ours_ms": ours, "anchor_ms": bare},
    )
