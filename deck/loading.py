"""A deck being loaded: what its notes have given so far, and how a parsed note is taken in.

`deck.loader` walks the notes and reads each one to be parsed (a `NoteJob`); the note is
parsed here or in a worker process (`deck.parallel`), and `Loading.take` adds what it
gave, always in the order of the notes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from deck.models import CardContent, ParseWarning
from deck.options import ReadOptions

Stamp = tuple[int, int]
"""A note's (size in bytes, the later of its mtime and ctime in nanoseconds): changes when it is edited.

ctime counts too: a file copied in with its old mtime kept (by a sync tool), or made
readable again, has a new ctime."""

Progress = Callable[[int, int, int], None]
"""Told after each note: notes looked at so far, notes found in all, cards read so far."""


@dataclass(frozen=True, slots=True)
class NoteJob:
    """A note read and decoded, to be parsed: its relative path, text, and the problems decoding it found."""

    file: str
    text: str
    problems: list[ParseWarning]


@dataclass
class Loading:
    """What loading a deck has gathered so far."""

    known: Mapping[str, Stamp]
    single: bool
    options: ReadOptions
    files: list[str] = field(default_factory=list)
    cards: list[CardContent] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    stamps: dict[str, Stamp] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    sink: Callable[[list[Any]], None] | None = None
    stored: bool = False
    """Whether the sink takes each note's cards as the store keeps them (`deck.notes.parse_job`)."""
    read: int = 0
    """Cards read so far (kept or handed to the sink)."""

    def take(self, job: NoteJob, cards: list[Any], problems_in_note: list[ParseWarning]) -> None:
        """Add what parsing the note of `job` gave: its cards (kept, or handed to the sink, as stored rows
        when `stored`) and warnings."""
        self.files.append(job.file)
        self.read += len(cards)
        if self.sink is None:
            self.cards += cards
        else:
            self.sink(cards)
        if cards or problems_in_note or not self.options.opt_in:
            self.warnings += job.problems  # a folder's note that is no study material says nothing
        self.warnings += problems_in_note


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while notes are parsed (one, or a whole deck's).

    Parsing allocates tens of thousands of short-lived objects (markdown-it's tokens,
    blocks) and keeps every card, none of which hold reference cycles: reference counting
    frees what goes, while the collector would scan them, and every card kept so far,
    over and over for nothing (a sixth of a note's parse; across a deck, a collection
    after each note that scans every card read). Its previous state is restored, whatever
    happens.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
