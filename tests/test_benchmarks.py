"""The benchmark's `--quick` run produces every row, well formed (no figure is judged here).

Runs `python -m benchmarks --quick` in a fresh process, into a temporary folder, with or
without `anki` installed; CI installs only the test extra, so there the Anki anchors
must say that anki is not installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.anki_build import ANKI_MISSING, anki_available

ROOT = Path(__file__).resolve().parent.parent

MEASURES = (
    "start → first question painted",
    "keypress → next question painted (Pilot, 80×24), p50",
    "keypress → next question painted (Pilot, 80×24), p90",
    "keypress → next question painted (Pilot, 160×50), p50",
    "keypress → next question painted (Pilot, 160×50), p90",
    "answer cycle: next card + counts + FSRS + durable commit",
    "answer cycle: next card + counts + FSRS + no flush",
    "open + counts + first card, fresh process",
    "stats screen: every query over the whole review log, first look after a rating",
    "stats screen: the same, looked at again",
    "sync of 60 unchanged notes",
    "first sync: read, parse and store every card",
    "floor: the same notes, in memory, parsed in",
    "optimize: read the log, fit FSRS parameters",
    "simulate: a year for each of",
    "peak memory",
    "merge 500 reviews from another machine's sync file",
    "start → first question painted with [sync] on",
)
"""The start of every kind of row the issue asks for."""


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str]:
    """The JSON and Markdown results of one quick run."""
    out = tmp_path_factory.mktemp("bench")
    subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(out), "--cache", str(out / "cache")],
        cwd=ROOT, check=True, capture_output=True, text=True, timeout=300,
    )
    return json.loads((out / "results.json").read_text()), (out / "results.md").read_text()


def test_every_row_is_there(quick: tuple[dict[str, object], str]) -> None:
    """Each measure appears, the open and answer rows once per quick collection."""
    rows = quick[0]["rows"]
    assert isinstance(rows, list)
    for start in MEASURES:
        assert [row for row in rows if row["measure"].startswith(start)], start
    opened = [row["collection"] for row in rows if row["measure"].startswith("open + counts")]
    assert opened == ["tiny", "tiny-mature"]


def test_rows_are_well_formed(quick: tuple[dict[str, object], str]) -> None:
    """Every row has a figure of ours or says why not; an anchor figure or says why not; a consistent ratio."""
    for row in quick[0]["rows"]:
        assert row["unit"] in {"ms", "MB", "cards/s"}
        assert (isinstance(row["ours"], float) and row["ours"] > 0) or row["ours_note"], row
        if row["anchor_value"] is not None and row["ours"] is not None:
            assert row["ratio"] == pytest.approx(row["ours"] / row["anchor_value"], rel=1e-3)
        else:
            assert row["ratio"] is None and row["met"] in (None, True, False)


def test_anki_anchors_are_measured_or_say_anki_is_missing(quick: tuple[dict[str, object], str]) -> None:
    """With anki installed every Anki anchor has a figure; without, each says how to install it."""
    anki_rows = [row for row in quick[0]["rows"] if row["anchor"].startswith("Anki")]
    assert len(anki_rows) >= 5
    for row in anki_rows:
        if anki_available():
            assert isinstance(row["anchor_value"], float) and row["anchor_value"] > 0, row
        else:
            assert row["anchor_value"] is None and row["anchor_note"] == ANKI_MISSING, row


def test_markdown_table_and_machine(quick: tuple[dict[str, object], str]) -> None:
    """The Markdown has the table with one line per row, and the JSON describes the machine."""
    data, markdown = quick
    table = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert table[0].startswith("| measure | collection | starcards | anchor")
    assert len(table) == 1 + len(data["rows"])
    assert {"date", "cpu", "cores", "ram", "os", "python", "sqlite", "textual", "fsrs", "anki"} <= set(data["machine"])
    assert data["quick"] is True
