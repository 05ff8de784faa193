"""Loading a deck from disk: one Markdown note, or every note in a folder.

This is the only module of `deck/` that touches the file system. Problems with single
notes of a folder become warnings; input that cannot be a deck at all is a `DeckError`.
Binary files and notes over `MAX_NOTE_BYTES` or `MAX_NOTE_LINES` are skipped with a warning, and a note
whose size and modification time match what the caller already knows is not read again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from deck.decoding import binary_reason, decode_note  # noqa: F401 - decode_note is public here too
from deck.forking import PARALLEL_NOTES, can_fork
from deck.loading import Loading, NoteJob, Progress, Stamp, collector_paused  # noqa: F401 - Progress and Stamp are public here too
from deck.models import DeckContent, ParseWarning
from deck.options import ReadOptions
from deck.templates_folder import template_folders
from deck.text import sanitize

MAX_NOTE_BYTES = 5 * 1024 * 1024
"""Notes larger than this (5 MB) are skipped unread: no one writes interview notes that long."""

MAX_NOTE_LINES = 10_000
MAX_LINE_BYTES = 20_000
"""Notes with more lines, or a longer line, are skipped with a warning: together they cap
what one note costs to parse (seconds at worst; an interview note is a few hundred lines)."""

UNTRUSTED = -1
"""The time of a stamp recorded but not to be trusted: the note is read again at the next sync."""

RACY_NS = 2_000_000_000
"""A note modified less than this long (2 s) before it is read may change again within the
same file-system clock tick, unseen: its stamp is recorded as `UNTRUSTED`."""


class DeckError(Exception):
    """The input cannot be used as a deck; `str(error)` is one line for the user."""


def find_notes(root: Path) -> list[Path]:
    """The notes a deck path holds: the `.md` file itself, or every `.md` under a folder.

    Folders are searched recursively, skipping hidden folders and files (`.obsidian`,
    `.git`, `.trash`, ...) and the vault's template folders (`deck.templates_folder`); the
    result is sorted.
    """
    root = Path(root)
    if root.is_dir():
        return sorted(_walk(root))
    if not root.exists():
        raise DeckError(f"no such file or folder: {root}")
    if not (root.is_file() and _is_note_name(root.name)):
        raise DeckError(f"not a Markdown note: {root}")
    return [root]


def _walk(folder: Path) -> list[Path]:
    """Every note file under `folder`, not looking inside hidden folders."""

    def refuse_root(error: OSError) -> None:
        """Fail on an unreadable deck folder; a subfolder that cannot be read is skipped."""
        if Path(error.filename or "") == folder:
            raise DeckError(f"cannot read {folder}: {error.strerror}")

    notes: list[Path] = []
    templates = template_folders(folder)
    for here, folders, files in os.walk(folder, onerror=refuse_root):
        folders[:] = [name for name in folders if not name.startswith(".") and not _within(here, name, templates)]
        notes += [Path(here, name) for name in files if _is_note_name(name)]
    return [note for note in notes if note.is_file()]


def _within(here: str, name: str, templates: set[str]) -> bool:
    """True when the folder `name` in `here` is one of Obsidian's template folders (absolute paths: `here` is
    relative when the deck was given by a relative path)."""
    return bool(templates) and os.path.abspath(os.path.join(here, name)) in templates


def _is_note_name(name: str) -> bool:
    """True for a visible file name ending in `.md` (any case)."""
    return name.lower().endswith(".md") and not name.startswith(".")


def load_deck(
    path: Path,
    known: Mapping[str, Stamp] | None = None,
    options: ReadOptions | None = None,
    sink: Callable[[list[Any]], None] | None = None,
    progress: Progress | None = None,
    stored: bool = False,
) -> DeckContent:
    """Read the deck at `path` (a note or a folder): every card and warning, in order.

    `options` say how notes are read (`ReadOptions()` by default): the notes of a folder
    take part only with what asks to be studied (when `options.opt_in`); a note named
    on its own is read whole.

    `known` maps a note's relative path to the stamp (size, mtime_ns) it had when the
    caller last read it: a note whose stamp is unchanged is not read, and is listed in
    `skipped` instead of `files`. `stamps` lists every note found, read or not.
    Raises `DeckError` when `path` is missing, not a note or folder, or is a single
    note that cannot be read. A deck without cards is returned as it is.

    With a `sink`, each note's cards are handed to it as soon as the note is parsed, and
    not kept in the result's `cards`: memory then holds a few notes' cards at a time. With
    `stored` too, the sink takes them as the store keeps them (`deck.content_json.StoredRow`).
    `progress`, if given, is called after every note (a plain callback: the caller draws it).
    A large folder's notes are parsed in worker processes where that is safe
    (`deck.parallel`, `deck.forking`): the result, progress and sink are the same.
    """
    path = Path(path).expanduser()
    notes = find_notes(path)
    root = path.resolve()
    single = not root.is_dir()
    options = _options_for(single, options or ReadOptions())
    loading = Loading(known=known or {}, single=single, options=options, sink=sink, stored=stored and sink is not None)
    reads = (partial(_load_one, loading, path, note) for note in notes)
    with collector_paused():
        if not single and len(notes) >= PARALLEL_NOTES and can_fork():
            from deck.parallel import parse_in_parallel  # noqa: PLC0415 - a sync that parses nothing never loads it

            parse_in_parallel(loading, reads, len(notes), progress)
        else:
            _parse_in_turn(loading, reads, len(notes), progress)
    return DeckContent(
        name=_deck_name(path, loading.single), root=str(root), files=loading.files,
        cards=loading.cards, warnings=loading.warnings, stamps=loading.stamps,
        skipped=loading.skipped, reading=reading_key(path, options),
    )


def _parse_in_turn(
    loading: Loading, reads: Iterable[Callable[[], NoteJob | None]], total: int, progress: Progress | None
) -> None:
    """Do each of `reads` (one note's stat and read) and parse what it gives here, one note after the other."""
    for done, read in enumerate(reads, start=1):
        if (job := read()) is not None:
            from deck.notes import parse_job  # noqa: PLC0415 - a sync that parses nothing never loads the parser

            loading.take(job, *parse_job(job.text, job.file, loading.options, loading.stored))
        if progress is not None:
            progress(done, total, loading.read)


def _load_one(loading: Loading, path: Path, note: Path) -> NoteJob | None:
    """Stat one note of the deck at `path`, then skip it, warn about it, or read it to be parsed."""
    file = note.name if loading.single else note.relative_to(path).as_posix()
    if (shown := _undecodable(file)) is not None:
        loading.warnings.append(_skip(shown, "its file name is not valid UTF-8 (rename it to have it read)"))
        return None
    return _load_note(loading, note, file)


def _undecodable(file: str) -> str | None:
    """The name shown for a file name that is not valid UTF-8 (bad bytes as U+FFFD), or None when it is valid."""
    try:
        file.encode("utf-8")
    except UnicodeEncodeError:
        return sanitize(file.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    return None


def reading_key(path: Path, options: ReadOptions | None) -> str:
    """What `DeckContent.reading` is for the deck at `path` read with `options`: "" for the defaults."""
    single = not Path(path).expanduser().is_dir()
    used = _options_for(single, options or ReadOptions())
    return "" if used == _options_for(single, ReadOptions()) else used.fingerprint()


def _options_for(single: bool, options: ReadOptions) -> ReadOptions:
    """The options a deck is read with: a note named on its own is read whole."""
    return replace(options, opt_in=False) if single else options


def _load_note(loading: Loading, note: Path, file: str) -> NoteJob | None:
    """Stat one note, then skip it (unchanged or too large) or read it to be parsed.

    The stamp is taken before the note is read, so a change made while it is read shows
    at the next sync. The stamp of a note modified less than `RACY_NS` ago is recorded as
    not to be trusted (a rewrite of the same size in the same clock tick would look unchanged).
    """
    status = _status(loading, note, file)
    if status is None:
        return None
    stamp = status.st_size, max(status.st_mtime_ns, status.st_ctime_ns)
    racy = time.time_ns() - status.st_mtime_ns < RACY_NS
    loading.stamps[file] = (stamp[0], UNTRUSTED) if racy else stamp
    if loading.known.get(file) == stamp:
        loading.skipped.append(file)
    elif stamp[0] > MAX_NOTE_BYTES:
        megabytes = stamp[0] / 1024 / 1024
        loading.warnings.append(_skip(file, f"larger than 5 MB ({megabytes:.1f} MB)"))
    else:
        return prepare(loading, note, file)
    return None


def prepare(loading: Loading, note: Path, file: str) -> NoteJob | None:
    """Read and decode one note to be parsed; None, with a warning, when it cannot be or must not be."""
    data = _read_bytes(loading, note, file)
    if data is None:
        return None
    why = binary_reason(data) or _too_long(data)
    if why is not None:
        loading.warnings.append(_skip(file, why))
        return None
    text, problems = decode_note(data, file)
    return NoteJob(file, text, problems)


def _too_long(data: bytes) -> str | None:
    """Why a note would cost too much to parse (too many lines, or too long a line), or None.

    A note of fewer bytes than `MAX_NOTE_LINES` has too few for either (most notes): not counted."""
    if len(data) < MAX_NOTE_LINES < MAX_LINE_BYTES:
        return None
    lines = data.count(b"\n") + 1
    if lines > MAX_NOTE_LINES:
        return f"{lines:,} lines, more than {MAX_NOTE_LINES:,} (split it into several notes to have it read)"
    longest = max(map(len, data.split(b"\n")))
    if longest > MAX_LINE_BYTES:
        return f"a line of {longest:,} bytes, more than {MAX_LINE_BYTES:,} (break it up to have the note read)"
    return None


def _read_bytes(loading: Loading, note: Path, file: str) -> bytes | None:
    """The note's bytes, or None with a warning when it cannot be read."""
    try:
        return note.read_bytes()
    except OSError as error:
        _cannot_read(loading, note, file, error)
        return None


def _status(loading: Loading, note: Path, file: str) -> os.stat_result | None:
    """The note's `stat`, or None with a warning when it cannot be read."""
    try:
        return note.stat()
    except OSError as error:
        _cannot_read(loading, note, file, error)
        return None


def _cannot_read(loading: Loading, note: Path, file: str, error: OSError) -> None:
    """Report a note that cannot be read: a DeckError for a one-note deck, else a warning.

    The note's cards are kept as they are (it counts as skipped, with the stamp known
    before, if any), and it is read again at the next sync.
    """
    reason = error.strerror or str(error)
    if loading.single:
        raise DeckError(f"cannot read {note}: {reason}") from error
    loading.warnings.append(ParseWarning(file=file, message=f"cannot read this note: {reason}"))
    loading.stamps.pop(file, None)
    if file in loading.known:
        loading.stamps[file] = (loading.known[file][0], UNTRUSTED)
        loading.skipped.append(file)


def _skip(file: str, why: str) -> ParseWarning:
    """The warning for a note skipped unread or unparsed."""
    return ParseWarning(file=file, message=f"skipped: {why}")


def deck_name(path: Path) -> str:
    """The name of the deck at `path` (`DeckContent.name`), known before any note is read."""
    path = Path(path).expanduser()
    return _deck_name(path, not path.resolve().is_dir())


def _deck_name(path: Path, single: bool) -> str:
    """The folder's name, or the note's file name without `.md`, as the user named it (terminal controls removed)."""
    name = Path(os.path.normpath(path.absolute())).name or str(path.resolve())
    return sanitize(name[:-3] if single and name.lower().endswith(".md") else name)
