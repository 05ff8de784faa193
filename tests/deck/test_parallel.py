"""A large folder parsed in worker processes gives exactly the deck one process reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deck import forking, parallel
from deck.loader import load_deck
from deck.models import CardContent, DeckContent
from deck.options import ReadOptions

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="notes are parsed in workers on Linux only")

NOTES = 60


SETTLED_NS = 1_700_000_000 * 10**9
"""The notes' modification time, long past: no load finds them just written (stamps that
loads a moment apart would trust or not, as the clock passed the racy window between them)."""


def write_folder(root: Path) -> Path:
    """A folder of notes of every kind a loader meets, mixed: cards, warnings, binary, too long, no cards."""
    for number in range(NOTES):
        kind = number % 6
        note = root / f"area{number % 4}" / f"note {number:02d}.md"
        note.parent.mkdir(parents=True, exist_ok=True)
        if kind == 0:
            note.write_bytes(b"\x00\x01binary")
        elif kind == 1:
            note.write_text("plain prose, no card\n", encoding="utf-8")
        elif kind == 2:
            note.write_text(f"- Why {number}?\n  - because\n- Why {number}?\n  - again\n", encoding="utf-8")
        elif kind == 3:
            note.write_bytes(f"- Caf\xe9 {number}?\n  - bad byte\n".encode("latin-1"))
        else:
            note.write_text(f"## Tell me about {number}?\n\n### Situation\ns\n\nQ{number}::A{number}\n", encoding="utf-8")
        os.utime(note, ns=(SETTLED_NS, SETTLED_NS))
    return root


def everything(content: DeckContent) -> tuple[object, ...]:
    """All a deck says, in order."""
    return (content.files, content.cards, content.warnings, list(content.stamps.items()), content.skipped)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for a folder of `NOTES` notes, started early, in small batches: every path is taken."""
    monkeypatch.setattr("deck.loader.PARALLEL_NOTES", 10)
    monkeypatch.setattr(parallel, "START_JOBS", 5)
    monkeypatch.setattr(parallel, "BATCH", 3)
    monkeypatch.setattr(forking, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "workers", lambda: 2)


def serial(root: Path, **kwargs: object) -> DeckContent:
    """The deck read in this process only."""
    os.environ[forking.WORKERS_VARIABLE] = "1"
    try:
        return load_deck(root, **kwargs)  # type: ignore[arg-type]
    finally:
        del os.environ[forking.WORKERS_VARIABLE]


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("opt_in", [True, False])
def test_workers_give_the_same_deck(tmp_path: Path, opt_in: bool) -> None:
    """Cards, warnings, files, stamps: the same, in the same order, as one process reads them."""
    root = write_folder(tmp_path / "vault")
    options = ReadOptions(opt_in=opt_in)
    alone = serial(root, options=options)
    assert alone.cards and alone.warnings
    assert everything(load_deck(root, options=options)) == everything(alone)


@pytest.mark.usefixtures("small_batches")
def test_workers_skip_unchanged_notes_in_order(tmp_path: Path) -> None:
    """Notes whose stamps are known are skipped between parsed ones, as one process skips them."""
    root = write_folder(tmp_path / "vault")
    stamps = load_deck(root).stamps
    known = {file: stamp for number, (file, stamp) in enumerate(sorted(stamps.items())) if number % 3}
    assert everything(load_deck(root, known=known)) == everything(serial(root, known=known))


@pytest.mark.usefixtures("small_batches")
def test_progress_after_every_note_and_sink_note_by_note(tmp_path: Path) -> None:
    """Progress counts every note once, in order, with the cards so far; the sink gets each note's cards in order."""
    root = write_folder(tmp_path / "vault")
    told: list[tuple[int, int, int]] = []
    handed: list[list[CardContent]] = []
    content = load_deck(root, sink=handed.append, progress=lambda *args: told.append(args))
    alone = serial(root)
    assert [done for done, _, _ in told] == list(range(1, NOTES + 1))
    assert {total for _, total, _ in told} == {NOTES}
    assert told[-1][2] == len(alone.cards) == sum(map(len, handed))
    assert [card for cards in handed for card in cards] == alone.cards
    assert content.cards == []


def _dies(texts: list[tuple[str, str]], options: ReadOptions) -> list[object]:
    """A worker that dies as it starts parsing."""
    os._exit(3)


@pytest.mark.usefixtures("small_batches")
def test_a_dying_worker_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the workers die, their notes are parsed here: the same deck."""
    root = write_folder(tmp_path / "vault")
    alone = serial(root)
    monkeypatch.setattr(parallel, "parse_batch", _dies)
    assert everything(load_deck(root)) == everything(alone)


def test_workers_only_from_the_main_thread_and_as_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    """The variable caps the workers (1: none); a thread other than the main one parses alone."""
    import threading

    cores = len(os.sched_getaffinity(0))
    monkeypatch.setenv(forking.WORKERS_VARIABLE, "1")
    assert forking.workers() == 1 and not forking.can_fork()
    monkeypatch.setenv(forking.WORKERS_VARIABLE, "nonsense")
    assert forking.workers() == cores
    monkeypatch.delenv(forking.WORKERS_VARIABLE)
    seen: list[int] = []
    thread = threading.Thread(target=lambda: seen.append(forking.workers()))
    thread.start()
    thread.join()
    assert seen == [1]


PARSE_ALL = """
import sys
from pathlib import Path
from deck.parallel import preload
from deck.notes import parse_job
from deck.options import ReadOptions
preload()
before = set(sys.modules)
for note in sorted(Path(sys.argv[1]).rglob("*.md")):
    parse_job(note.read_text(encoding="utf-8"), note.name, ReadOptions(), True)
print(sorted(set(sys.modules) - before))
"""


def test_a_worker_imports_nothing_while_parsing() -> None:
    """What is loaded before forking is all the parser needs: parsing every fixture note (quotes,
    callouts, code, tables, emphasis) in a fresh process imports no further module."""
    fixtures = Path(__file__).parent / "fixtures"
    assert len(list(fixtures.rglob("*.md"))) > 10
    done = subprocess.run(
        [sys.executable, "-c", PARSE_ALL, str(fixtures)], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
