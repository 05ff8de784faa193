"""A note or folder inside a folder deck, given to a command: read as that deck, its session kept to those notes."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from scheduler.note_stamps import deck_root
from textual_app.errors import UsageError


def focus_paths(raws: Sequence[str], around: Callable[[str], tuple[str, str] | None]) -> tuple[list[str], str | None]:
    """The paths to read for the notes at `raws`, and the notes a session of them keeps to (`scheduler.focus`).

    A note or sub-folder of a folder that is a deck already (`vault/Amazon.md`, `vault` a
    deck) is read as that deck, and a session keeps to its notes (`Amazon.md`, relative
    to the deck's root): its cards are the deck's, and a deck of their own would copy
    them, each copy with a schedule of its own. Any other path is read as it is.
    `around(root)` names the deck of a folder around a path's root and that folder
    (`scheduler.note_stamps.deck_around`). Such a path is given alone (else `UsageError`).
    """
    places = [(raw, path) for raw in raws if os.path.lexists(os.path.expanduser(raw)) for path in _places(raw)]
    nested = [(raw, path, deck) for raw, path in places if (deck := around(path)) is not None]  # (a typo: its own)
    if not nested:
        return list(raws), None
    raw, path, (name, root) = nested[0]
    if len(raws) > 1:
        from deck.text import sanitize  # (only to refuse: the start-up path reads no parser module)

        given = any(deck_root(other) == root for other in raws if other is not raw)
        said = f"{sanitize(raw)} is part of deck {sanitize(name)!r}"
        raise UsageError(
            f"{said}, given too: give the deck's folder alone, or this path alone to keep to its notes" if given else
            f"{said} ({sanitize(root)}): give it alone to keep to its notes, or give the deck's folder instead"
        )
    return [root], Path(path).relative_to(root).as_posix()


def _places(raw: str) -> list[str]:
    """Where the notes at `raw` are: their resolved root, and for a symbolic link the link's own place (its
    folder resolved), which is where a folder deck holding it reads it."""
    resolved, absolute = deck_root(raw), Path(os.path.abspath(os.path.expanduser(raw)))
    link = str(absolute.parent.resolve() / absolute.name)
    return [resolved] if link == resolved else [resolved, link]
