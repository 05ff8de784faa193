"""Editing a card's note from the app: run the editor at the card's line, then re-sync that deck."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SuspendNotSupported

from textual_app.editor import choose_editor, editor_command, note_path

if TYPE_CHECKING:
    from scheduler.session import ReviewCard
    from textual_app.app import StarcardsApp


def edit_card(app: StarcardsApp, card: ReviewCard) -> bool:
    """Open `card`'s note in the user's editor; True once the deck has been read again after it.

    Every failure (no such editor, no terminal to hand over, an unreadable note) is a
    notification, never a traceback.
    """
    root = deck_root(app, card)
    if root is None:
        app.notify(f"Could not find the note of deck {card.deck!r} any more.", severity="error", markup=False)
        return False
    path = note_path(root, card.content.file)
    choice = choose_editor()
    if choice.fallback_note:
        app.notify(choice.fallback_note, markup=False, timeout=4)
    command = editor_command(choice.command, path, card.content.line)
    try:
        status = app.run_editor(command)
    except FileNotFoundError:
        app.notify(
            f"Could not start the editor {command[0]!r}: no such program. Set $VISUAL or $EDITOR.",
            severity="error",
            markup=False,
        )
        return False
    except (OSError, SuspendNotSupported) as error:
        app.notify(f"Could not start the editor: {error}", severity="error", markup=False)
        return False
    if status != 0:
        app.notify(
            f"The editor exited with status {status}; reading the note anyway.", severity="warning", markup=False
        )
    return resync(app, root)


def deck_root(app: StarcardsApp, card: ReviewCard) -> str | None:
    """The root of the card's deck: the deck of that name whose note holds the card's question.

    Decks are told apart by name; when two share one, the note that has the card's first
    phrasing on the card's line wins.
    """
    from scheduler.decks import list_decks

    roots = [deck.root for deck in list_decks(app.store) if deck.name == card.deck]
    for root in roots:
        if _asks_at_line(note_path(root, card.content.file), card.content.line, card.content.phrasings[0]):
            return root
    return next(iter(roots), None)


def _asks_at_line(path: Path, line: int, phrasing: str) -> bool:
    """Whether line `line` of the note at `path` holds the start of `phrasing`."""
    try:
        with path.open(encoding="utf-8", errors="replace") as note:
            text = next(islice(note, line - 1, None), "")
    except OSError:
        return False
    return phrasing[:20].casefold() in text.casefold()


def resync(app: StarcardsApp, root: str) -> bool:
    """Read the deck at `root` again (only changed notes) and sync it; True if that worked."""
    from textual_app.cli import UsageError
    from textual_app.syncing import sync_paths

    try:
        synced = sync_paths(app.store, [root], app.clock.now())
    except UsageError as error:
        app.notify(f"{error}; keeping the cards as last read.", severity="warning", markup=False)
        return False
    for deck in synced:
        if deck.report.changed:
            app.notify(f"{deck.content.name}: {deck.report}", markup=False, timeout=4)
    return True
