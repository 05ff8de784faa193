"""What the store knows of a deck's notes: which deck they are, where each note is, their stamps at the
last sync, the parser that read them, and whether some still hold live cards — what a sync asks before
it reads anything.

Light (the store alone): a review of known decks asks which deck its notes are before the first paint.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from scheduler.store import Store


def deck_root(raw: str) -> str:
    """The root of the deck at `raw` as the store knows it (`DeckContent.root`): the absolute, resolved path."""
    return str(Path(raw).expanduser().resolve())


def note_path(root: str, file: str) -> Path:
    """The note `file` of the deck at `root`: the root itself for a one-note deck, else `root/file`."""
    return Path(root) if is_one_note(root, file) else Path(root) / file


def is_one_note(root: str, file: str) -> bool:
    """Whether the deck at `root`, one of whose notes is `file`, is one note rather than a folder.

    A root that is gone cannot be asked: a one-note deck names its note by the root's
    own file name (`deck.loader.load_deck`), so that name tells it from a folder's note.
    """
    base = Path(root)
    if base.exists():
        return not base.is_dir()
    return base.name == file


def deck_at(store: Store, root: str) -> int | None:
    """The id of the deck whose notes are at `root` (as `deck_root` gives it), or None."""
    row = store.conn.execute("SELECT id FROM decks WHERE root = ?", (root,)).fetchone()
    return None if row is None else int(row["id"])


def deck_around(store: Store, root: str) -> tuple[str, str] | None:
    """The name and root of a deck of a folder that holds `root` (as `deck_root` gives it), when `root` is no
    deck itself: a note or sub-folder already read as part of that deck. None when there is none."""
    return _around(store.conn, root)


def deck_around_on_disk(db: Path, root: str) -> tuple[str, str] | None:
    """`deck_around` in the database file `db`, only read (opened immutable: no journal or lock file is made);
    None when there is no such file or it cannot be read (the command's own opening says why)."""
    if not db.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _around(conn, root)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _around(conn: sqlite3.Connection, root: str) -> tuple[str, str] | None:
    """`deck_around` on a connection."""
    decks = conn.execute("SELECT name, root FROM decks ORDER BY length(root) DESC").fetchall()
    if any(outer == root for _name, outer in decks):
        return None
    for name, outer in decks:
        if root.startswith(outer.rstrip("/") + "/"):
            return str(name), str(outer)
    return None


def deck_inside(store: Store, root: str) -> tuple[str, str] | None:
    """The name and root of a deck of a folder inside the folder `root` (as `deck_root` gives it), when `root` is
    no deck itself: a deck of `root` would copy that deck's cards. None when there is none."""
    decks = store.conn.execute("SELECT name, root FROM decks ORDER BY root").fetchall()
    if any(inner == root for _name, inner in decks):
        return None
    inside = root.rstrip("/") + "/"
    return next(((str(name), str(inner)) for name, inner in decks if inner.startswith(inside)), None)


def known_stamps(store: Store, root: str, reading: str = "") -> dict[str, tuple[int, int]]:
    """The note stamps of the deck at `root` as of its last sync: file -> (size, mtime_ns).

    `root` as `DeckContent.root` has it (the resolved absolute path); empty when the
    deck is unknown, or was last read by another parser or with other reading options
    (`parser_version` of `reading`, `DeckContent.reading`): then every note is read
    again. Give it to the loader so unchanged notes are not parsed again.
    """
    rows = store.conn.execute(
        "SELECT file, size, mtime_ns FROM notes JOIN decks ON decks.id = notes.deck_id"
        " WHERE decks.root = ? AND decks.parser = ?",
        (root, parser_version(reading)),
    )
    return {row["file"]: (row["size"], row["mtime_ns"]) for row in rows}


def parser_version(reading: str = "") -> int | str:
    """The version of the notes parser now in use, `deck.models.PARSER_VERSION`, with the
    reading options when they are not the defaults (`DeckContent.reading`): `"3:..."`.

    Imported when needed, not at the top: counting due cards at start-up reads no notes.
    """
    from deck.models import PARSER_VERSION  # noqa: PLC0415

    return f"{PARSER_VERSION}:{reading}" if reading else PARSER_VERSION


def has_live_cards_in(store: Store, root: str, files: Iterable[str]) -> bool:
    """Whether the deck at `root` holds any card, not removed, in the notes `files`.

    Stops at the first such card.
    """
    names = list(files)
    if not names:
        return False
    marks = ", ".join("?" for _ in names)
    row = store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM cards WHERE deck_id = (SELECT id FROM decks WHERE root = ?)"
        f" AND removed_at IS NULL AND file IN ({marks}))",
        (root, *names),
    ).fetchone()
    return bool(row[0])
