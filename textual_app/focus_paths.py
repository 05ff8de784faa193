"""A note or folder inside a folder deck, given to a command: read as that deck, its session kept to those notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    from pathlib import PurePath

    from deck.text import sanitize

    nested = [(raw, deck) for raw in raws if (deck := around(deck_root(raw))) is not None]
    if not nested:
        return list(raws), None
    raw, (name, root) = nested[0]
    if len(raws) > 1:
        raise UsageError(
            f"{sanitize(raw)} is part of deck {sanitize(name)!r}: give it alone to review just its notes, or give that"
            f" deck's folder ({sanitize(root)})"
        )
    return [root], PurePath(deck_root(raw)).relative_to(root).as_posix()
