"""Reading the other machines' files in the sync folder: `sync_files`, `read_new`, `Chunk`.

Every file named `starcards-*.jsonl`-ish is read except this machine's own: another
machine's log, and the copies file-sync tools make when they see a conflict
(Syncthing's `starcards-X.sync-conflict-….jsonl`, Dropbox's `starcards-X (… conflicted
copy …).jsonl`, iCloud's `starcards-X 2.jsonl`), whose lines are the same events again
and are merged away by their global ids. Each file is read from where the last read
stopped (`sync_files`), and a file whose size and time have not changed is not opened,
so a sync that finds nothing new costs a directory listing and a stat per file. Only
complete lines are taken: a file cut short mid-copy is read up to its last newline and
the rest is taken when it has arrived. A file that shrank (replaced) is read again
from the start.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class FileMark:
    """How far a file was read: its size and time then, the byte offset and lines read."""

    size: int
    mtime_ns: int
    offset: int
    lines: int


@dataclass
class Chunk:
    """The new complete lines of one file, numbered, and the mark to store once they are merged."""

    name: str
    lines: list[tuple[int, str]] = field(default_factory=list)
    mark: FileMark = field(default_factory=lambda: FileMark(0, 0, 0, 0))
    partial: bool = False
    """Whether the file ends in an unfinished line (left for later)."""


def is_sync_file(name: str) -> bool:
    """Whether `name` is a machine's sync file or a sync tool's copy of one."""
    return name.startswith("starcards-") and ".jsonl" in name and not name.endswith((".tmp", ".part"))


def sync_files(folder: Path) -> list[os.DirEntry[str]]:
    """The sync files in `folder`, by name (none when the folder does not exist)."""
    try:
        entries = [entry for entry in os.scandir(folder) if is_sync_file(entry.name) and entry.is_file()]
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(entries, key=lambda entry: entry.name)


def read_new(conn: sqlite3.Connection, folder: Path, own: str) -> list[Chunk]:
    """The new lines of every sync file but `own` (a file name), file by file."""
    rows = conn.execute("SELECT name, size, mtime_ns, offset, lines FROM sync_files")
    marks = {row[0]: FileMark(*row[1:]) for row in rows}
    chunks = []
    for entry in sync_files(folder):
        if entry.name == own:
            continue
        stat = entry.stat()
        mark = marks.get(entry.name)
        if mark is not None and (mark.size, mark.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            continue
        chunks.append(_read(Path(entry.path), stat.st_size, stat.st_mtime_ns, mark))
    return chunks


def _read(path: Path, size: int, mtime_ns: int, mark: FileMark | None) -> Chunk:
    """The complete lines of `path` after `mark` (from the start when it shrank or is new)."""
    start, number = (0, 0) if mark is None or size < mark.offset else (mark.offset, mark.lines)
    with open(path, "rb") as file:
        file.seek(start)
        data = file.read(max(0, size - start))
    end = data.rfind(b"\n") + 1
    chunk = Chunk(path.name, partial=end < len(data))
    for raw in data[:end].split(b"\n")[:-1]:
        number += 1
        text = raw.decode("utf-8", errors="replace").strip()
        if text:
            chunk.lines.append((number, text))
    chunk.mark = FileMark(size if not chunk.partial else -1, mtime_ns, start + end, number)
    return chunk


def save_marks(conn: sqlite3.Connection, chunks: list[Chunk]) -> None:
    """Remember how far each file was read (inside the merge's transaction)."""
    conn.executemany(
        "INSERT INTO sync_files (name, size, mtime_ns, offset, lines) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
        " offset = excluded.offset, lines = excluded.lines",
        [(c.name, c.mark.size, c.mark.mtime_ns, c.mark.offset, c.mark.lines) for c in chunks],
    )
