"""Where a deck is in the vault: `place_of`, `deck_places`, `schedule_refs`.

A deck is known on every machine by its root's place relative to the vault (`/`
separators; `.` for the vault itself), never by its absolute path: the vault at
`/home/a/Notes` and at `C:\\Users\\a\\Notes` hold one deck `Interviews` (or
`Interviews/Behavioural.md` for a one-note deck). Card keys are already relative to their
deck's root (`deck.card_keys.card_key`), so the same notes give the same cards everywhere.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from types import ModuleType


def place_of(root: str, vault: Path | str, paths: ModuleType = os.path) -> str | None:
    """The place of deck root `root` in `vault`, `/`-separated; None when it is not inside the vault.

    `paths` is the path module of the machine the paths are from (`os.path`; `ntpath` or
    `posixpath` to read another system's paths).
    """
    try:
        relative = paths.relpath(paths.abspath(root), paths.abspath(str(vault)))
    except ValueError:  # another drive, on Windows
        return None
    if relative == paths.pardir or relative.startswith(paths.pardir + paths.sep):
        return None
    return relative.replace(paths.sep, "/")


def deck_places(conn: sqlite3.Connection, vault: Path) -> dict[str, int]:
    """Every deck inside `vault` by its place: place -> deck id.

    Deck roots are stored as the loader resolved them, so the vault is resolved too (a
    vault reached through a symbolic link holds the same decks).
    """
    places = {}
    vault = Path(os.path.realpath(vault))
    for deck_id, root in conn.execute("SELECT id, root FROM decks ORDER BY id"):
        place = place_of(root, vault)
        if place is not None:
            places.setdefault(place, deck_id)
    return places


def recipe_ref(recipe: str) -> str:
    """A recipe's short name in sync files: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(recipe.encode()).hexdigest()[:16]


def schedule_refs(conn: sqlite3.Connection) -> dict[str, int]:
    """Every stored recipe's ref -> its id in `schedules`."""
    return {recipe_ref(recipe): schedule_id for schedule_id, recipe in conn.execute("SELECT id, recipe FROM schedules")}
