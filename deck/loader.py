"""Loading a deck from disk: one Markdown note, or every note in a folder.

This is the only module of `deck/` that touches the file system. Problems with single
notes of a folder become warnings; input that cannot be a deck at all is a `DeckError`.
"""

from __future__ import annotations

import os
from pathlib import Path

from deck.models import CardContent, DeckContent, ParseWarning
from deck.notes import parse_note

_BOM = b"\xef\xbb\xbf"


class DeckError(Exception):
    """The input cannot be used as a deck; `str(error)` is one line for the user."""


def find_notes(root: Path) -> list[Path]:
    """The notes a deck path holds: the `.md` file itself, or every `.md` under a folder.

    Folders are searched recursively, skipping hidden folders and files (`.obsidian`,
    `.git`, `.trash`, ...); the result is sorted.
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
    for here, folders, files in os.walk(folder, onerror=refuse_root):
        folders[:] = [name for name in folders if not name.startswith(".")]
        notes += [Path(here, name) for name in files if _is_note_name(name)]
    return [note for note in notes if note.is_file()]


def _is_note_name(name: str) -> bool:
    """True for a visible file name ending in `.md` (any case)."""
    return name.lower().endswith(".md") and not name.startswith(".")


def load_deck(path: Path) -> DeckContent:
    """Read the deck at `path` (a note or a folder): every card and warning, in order.

    Raises `DeckError` when `path` is missing, not a note or folder, or is a single
    note that cannot be read. A deck without cards is returned as it is.
    """
    path = Path(path).expanduser()
    notes = find_notes(path)
    root = path.resolve()
    single = not root.is_dir()
    cards: list[CardContent] = []
    warnings: list[ParseWarning] = []
    files: list[str] = []
    for note in notes:
        file = note.name if single else note.relative_to(path).as_posix()
        text, problems = _read_note(note, file, single)
        if text is not None:
            files.append(file)
            found, problems_in_note = parse_note(text, file)
            cards += found
            problems += problems_in_note
        warnings += problems
    return DeckContent(
        name=_deck_name(path, single), root=str(root), files=files, cards=cards,
        warnings=warnings,
    )


def _deck_name(path: Path, single: bool) -> str:
    """The folder's name, or the note's file name without `.md`, as the user named it."""
    name = Path(os.path.normpath(path.absolute())).name or str(path.resolve())
    return name[:-3] if single and name.lower().endswith(".md") else name


def _read_note(note: Path, file: str, single: bool) -> tuple[str | None, list[ParseWarning]]:
    """A note's text, or None when it cannot be read (a DeckError for a one-note deck)."""
    try:
        data = note.read_bytes()
    except OSError as error:
        if single:
            raise DeckError(f"cannot read {note}: {error.strerror or error}") from error
        reason = error.strerror or str(error)
        return None, [ParseWarning(file=file, message=f"cannot read this note: {reason}")]
    return decode_note(data, file)


def decode_note(data: bytes, file: str) -> tuple[str, list[ParseWarning]]:
    """Decode a note's bytes as UTF-8 (a BOM is dropped); bad bytes become U+FFFD.

    Undecodable bytes give one warning, at the line of the first of them.
    """
    data = data.removeprefix(_BOM)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = "not valid UTF-8: undecodable bytes replaced with \ufffd"
        warning = ParseWarning(file=file, line=line, message=message)
        return data.decode("utf-8", errors="replace"), [warning]
