"""Parsing a folder's notes in forked worker processes, every result taken in note order.

`parse_in_parallel` walks the notes as `deck.loader` does (stat, skip, read), sending the
notes to parse in batches to a pool of forked workers (`deck.forking` says when), and
takes back each note's cards and warnings in the order of the notes: the deck is exactly
the one a single process reads, progress is told after every note, and a sink still gets
one note's cards at a time. The pool starts only once `START_JOBS` notes wait to be
parsed (a sync that changed a few notes parses them here); a batch the pool fails to
parse is parsed here instead.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from deck.forking import workers

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from deck.loading import Loading, NoteJob, Progress
    from deck.models import CardContent, ParseWarning
    from deck.options import ReadOptions

    Parsed = tuple[list[CardContent], list[ParseWarning]]

START_JOBS = 48
"""Notes waiting to be parsed before worker processes are started (fewer are parsed here)."""
BATCH = 16
"""Notes a worker parses per task: enough to make sending them cheap, few enough to keep every worker busy."""
AHEAD = 3
"""Batches per worker sent ahead of the note being taken back (bounds the memory held)."""


@dataclass(slots=True)
class _Slot:
    """One note in order: what it said before parsing, the parse it waits for, and its result."""

    warnings: list[ParseWarning]
    job: NoteJob | None
    parsed: Parsed | None = None


@dataclass
class _Run:
    """A folder being read in parallel: the notes in order, the batches sent, the pool once started."""

    loading: Loading
    total: int
    progress: Progress | None
    slots: deque[_Slot]
    waiting: list[_Slot]
    sent: deque[tuple[list[_Slot], Future[list[Parsed]]]]
    workers: int
    pool: ProcessPoolExecutor | None = None
    broken: bool = False
    """Whether the pool broke: the notes still to parse are parsed here."""
    done: int = 0


def parse_in_parallel(
    loading: Loading, reads: Iterable[Callable[[], NoteJob | None]], total: int, progress: Progress | None
) -> None:
    """Do each of `reads` (one note's stat and read, giving what to parse) and parse what they give,
    into `loading`, in order; `progress` is told after every note of the `total`."""
    run = _Run(loading, total, progress, deque(), [], deque(), workers())
    try:
        for read in reads:
            kept, loading.warnings = loading.warnings, []
            slot = _Slot(loading.warnings, read())
            loading.warnings = kept
            run.slots.append(slot)
            if slot.job is not None:
                run.waiting.append(slot)
            _send(run, finished=False)
            _settle(run, finished=False)
        _send(run, finished=True)
        _settle(run, finished=True)
    finally:
        if run.pool is not None:
            run.pool.shutdown(cancel_futures=True)


def _send(run: _Run, finished: bool) -> None:
    """Send full batches of the notes waiting to the pool, starting it when enough wait;
    when `finished`, send the rest too, or parse them here if the pool never started."""
    if run.pool is None and not run.broken and len(run.waiting) >= START_JOBS:
        run.pool = _start_pool(run.workers)
    if run.pool is None:
        if finished or run.broken:
            _parse_here(run.waiting, run.loading)
            run.waiting = []
        return
    while len(run.waiting) >= BATCH or (finished and run.waiting):
        batch, run.waiting = run.waiting[:BATCH], run.waiting[BATCH:]
        texts = [(slot.job.text, slot.job.file) for slot in batch if slot.job is not None]
        try:
            run.sent.append((batch, run.pool.submit(parse_batch, texts, run.loading.options, run.loading.stored)))
        except Exception:  # noqa: BLE001 - a broken pool loses nothing: the rest is parsed here
            _stop_pool(run)
            run.waiting = batch + run.waiting
            _send(run, finished)
            return


def _stop_pool(run: _Run) -> None:
    """Give up the pool (it broke): every note from now on is parsed here."""
    if run.pool is not None:
        run.pool.shutdown(wait=False, cancel_futures=True)
    run.pool, run.broken = None, True


def _settle(run: _Run, finished: bool) -> None:
    """Take back the batches parsed, then every note ready, in order. Waits for the oldest batch
    while too many are out, and for every batch when `finished`."""
    while run.sent and (finished or len(run.sent) > AHEAD * run.workers or run.sent[0][1].done()):
        batch, future = run.sent.popleft()
        try:
            results = future.result()
        except Exception:  # noqa: BLE001 - a broken worker loses nothing: the batch is parsed here
            _parse_here(batch, run.loading)
        else:
            for slot, parsed in zip(batch, results, strict=True):
                slot.parsed = parsed
    while run.slots and (run.slots[0].job is None or run.slots[0].parsed is not None):
        slot = run.slots.popleft()
        run.loading.warnings += slot.warnings
        if slot.job is not None and slot.parsed is not None:
            run.loading.take(slot.job, *slot.parsed)
        run.done += 1
        if run.progress is not None:
            run.progress(run.done, run.total, run.loading.read)


def _parse_here(batch: list[_Slot], loading: Loading) -> None:
    """Parse the notes of `batch` in this process."""
    from deck.notes import parse_job  # noqa: PLC0415 - not on the start-up path

    for slot in batch:
        if slot.job is not None:
            slot.parsed = parse_job(slot.job.text, slot.job.file, loading.options, loading.stored)


def parse_batch(texts: list[tuple[str, str]], options: ReadOptions, stored: bool) -> list[Parsed]:
    """Parse each `(text, file)` of a batch (in a worker process): the cards (as stored when `stored`)
    and warnings of each."""
    from deck.notes import parse_job  # noqa: PLC0415 - loaded already in a forked worker

    return [parse_job(text, file, options, stored) for text, file in texts]


def _start_pool(count: int) -> ProcessPoolExecutor:
    """A pool of `count` forked workers."""
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only for large syncs
    from multiprocessing import get_context  # noqa: PLC0415 - as above

    preload()
    return ProcessPoolExecutor(count, mp_context=get_context("fork"), initializer=_ignore_interrupts)


def preload() -> None:
    """Load, before forking, all the parser imports and builds on first use: every worker then has it at
    no cost, rather than each importing it again (a worker would pay for `deck.emphasis` and markdown-it)."""
    import deck.content_json  # noqa: F401, PLC0415 - only for large syncs
    import deck.emphasis  # noqa: F401, PLC0415 - as above
    import deck.notes  # noqa: F401, PLC0415 - as above
    from deck.validation import card_adapter  # noqa: PLC0415 - as above

    card_adapter()  # pydantic's check of a card, built once here rather than once in every worker


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl+C to the process that started it (no worker prints a traceback)."""
    import signal  # noqa: PLC0415 - in a worker only

    signal.signal(signal.SIGINT, signal.SIG_IGN)
