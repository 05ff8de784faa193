"""Review on every machine you own: `sync_machines`, `write_own`, `SyncOutcome`, `sync_status`.

No server: each machine appends its own events to its own file in a folder the user's
file sync already copies (`scheduler.sync_out`), and reads the others' files
(`scheduler.sync_read`), merging their events by global id (`scheduler.sync_merge`) and
replaying the cards touched (`scheduler.sync_replay`). Merging is idempotent and does not
depend on the order files arrive in: every machine holding the same events computes the
same state for every card. A sync writes first, then reads, in one transaction: the
database never holds half a merge, and a crash leaves at worst lines written twice.

Turning sync on exports this machine's whole history into its file (nothing was marked
written yet); turning it off leaves the database as it is, complete.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, cast

from scheduler.log_order import machine_id
from scheduler.sync_out import EVENT_KINDS, append_own, own_file
from scheduler.sync_places import deck_places
from scheduler.sync_read import Chunk, read_new, save_marks
from scheduler.vocabulary import counted

if TYPE_CHECKING:
    from scheduler.settings import Settings
    from scheduler.store import Store
    from scheduler.sync_lines import Event
    from scheduler.sync_merge import Merger


@dataclass
class SyncOutcome:
    """What one sync did: lines written, files read, events added, waiting, problems found."""

    written: int = 0
    files_read: list[str] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EVENT_KINDS, 0))
    pending: int = 0
    cards: int = 0
    """Cards replayed because their log changed."""
    problems: list[str] = field(default_factory=list)
    """Lines that could not be read, as `file:line: why`."""

    def summary(self) -> str:
        """One line for the user."""
        added = sum(self.added.values())
        parts = [
            f"wrote {counted(self.written, 'event')}",
            f"read {counted(len(self.files_read), 'file')}",
            f"merged {counted(added, 'event')}",
        ]
        if self.cards:
            parts.append(f"{counted(self.cards, 'card')} updated")
        if self.pending:
            parts.append(f"{self.pending} waiting for cards this machine does not have yet")
        if self.problems:
            parts.append(f"{counted(len(self.problems), 'unreadable line')}")
        return ", ".join(parts)


def sync_machines(store: Store, settings: Settings, tz: tzinfo | None = None) -> SyncOutcome:
    """Write this machine's new events, then merge the other machines'; `ValueError` when sync is off.

    With nothing new to read and nothing waiting, it stops after writing: a directory
    listing, a stat per file and a few indexed queries.
    """
    vault, folder = settings.sync.paths()
    outcome = SyncOutcome()
    with store.transaction() as conn:
        me = machine_id(conn)
        outcome.written = append_own(conn, vault, folder)
        chunks = read_new(conn, folder, own_file(folder, me).name)
        if not chunks and conn.execute("SELECT 1 FROM sync_pending LIMIT 1").fetchone() is None:
            return outcome
        _merge(conn, settings, vault, chunks, outcome, tz)
    outcome.files_read = [chunk.name for chunk in chunks]
    return outcome


def _merge(
    conn: sqlite3.Connection, settings: Settings, vault: Path, chunks: list[Chunk], outcome: SyncOutcome,
    tz: tzinfo | None,
) -> None:
    """Merge the new lines of `chunks` and the events waiting, replay what they touched, remember the read."""
    from scheduler.sync_merge import Merger  # noqa: PLC0415 - only when there is something to merge
    from scheduler.sync_replay import replay_cards  # noqa: PLC0415

    merger = Merger(conn, deck_places(conn, vault))
    events = _events(chunks, merger, outcome) + _pending(conn)
    conn.execute("DELETE FROM sync_pending")
    merger.apply(events)
    merger.mark_undone_arrivals()
    _keep_pending(conn, merger.pending)
    if merger.touched:
        replay_cards(conn, settings, merger.touched, merger.appended, merger.changed, tz)
    save_marks(conn, chunks)
    outcome.added, outcome.pending, outcome.cards = merger.added, len(merger.pending), len(merger.touched)


def write_own(store: Store, settings: Settings) -> int:
    """Append this machine's new events to its file, reading nothing (as the app quits); how many lines."""
    vault, folder = settings.sync.paths()
    with store.transaction() as conn:
        return append_own(conn, vault, folder)


def _events(chunks: list[Chunk], merger: Merger, outcome: SyncOutcome) -> list[Event]:
    """The events of `chunks`; schedules go straight to `merger`, bad lines to `outcome.problems`."""
    from scheduler.sync_lines import FileHeader, ScheduleLine, SyncLineError, parse_line  # noqa: PLC0415

    events: list[Event] = []
    for chunk in chunks:
        for number, text in chunk.lines:
            try:
                line = parse_line(text)
            except SyncLineError as error:
                outcome.problems.append(f"{chunk.name}:{number}: {error}")
                continue
            if isinstance(line, ScheduleLine):
                merger.schedule(line)
            elif not isinstance(line, FileHeader):
                events.append(line)
    return events


def _pending(conn: sqlite3.Connection) -> list[Event]:
    """The events kept waiting by earlier merges."""
    from scheduler.sync_lines import Event, parse_line  # noqa: PLC0415

    rows = conn.execute("SELECT line FROM sync_pending").fetchall()
    return [cast(Event, parse_line(row[0])) for row in rows]


def _keep_pending(conn: sqlite3.Connection, events: list[Event]) -> None:
    """Keep `events` for the next merge."""
    conn.executemany(
        "INSERT OR IGNORE INTO sync_pending (origin, kind, origin_id, line) VALUES (?, ?, ?, ?)",
        [(event.machine, event.type, event.id, event.model_dump_json()) for event in events],
    )


def sync_status(store: Store, settings: Settings) -> list[str]:
    """What the sync folder holds, for `starcards doctor`: one line per finding."""
    from scheduler.sync_read import sync_files  # noqa: PLC0415

    vault, folder = settings.sync.paths()
    conn = store.conn
    me = machine_id(conn)
    lines = [f"sync: vault {vault}, folder {folder}, this machine {me}"]
    if not folder.is_dir():
        return [*lines, f"sync folder {folder} does not exist yet (the first sync makes it)"]
    for entry in sync_files(folder):
        kind = "this machine's file" if entry.name == own_file(folder, me).name else _kind(entry.name)
        lines.append(f"  {entry.name}: {entry.stat().st_size} bytes, {kind}")
    outside = [root for (root,) in conn.execute("SELECT root FROM decks") if root not in _roots(conn, vault)]
    lines += [f"deck {root} is outside the vault: not synced" for root in outside]
    waiting = conn.execute("SELECT COUNT(*) FROM sync_pending").fetchone()[0]
    if waiting:
        lines.append(f"{waiting} events wait for cards this machine does not have yet (notes not here, deck not added)")
    return lines


def _roots(conn: sqlite3.Connection, vault: Path) -> set[str]:
    """The roots of the decks inside `vault`."""
    inside = set(deck_places(conn, vault).values())
    return {root for deck_id, root in conn.execute("SELECT id, root FROM decks") if deck_id in inside}


def _kind(name: str) -> str:
    """What a sync file other than this machine's is."""
    if ".sync-conflict-" in name:
        return "a Syncthing conflict copy (read; duplicates merge away)"
    if "conflicted copy" in name:
        return "a Dropbox conflicted copy (read; duplicates merge away)"
    return "another machine's file"
