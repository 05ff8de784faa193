"""Editing a card's note from the app: run the editor at the card's line, then re-sync that deck.

A note handed to Obsidian is edited while starcards runs on: it is read once the opener
returns, and again when the terminal has focus back (the app does that), after which
the screen is told with `NoteReread`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from textual.app import SuspendNotSupported
from textual.message import Message

from deck.text import sanitize
from scheduler.note_stamps import note_path
from textual_app.editor_command import EditorRunner, EditorSettingError, choose_editor, editor_command
from textual_app.errors import UsageError

if TYPE_CHECKING:
    from pathlib import Path

    from textual.notifications import SeverityLevel

    from scheduler.cards import ReviewCard
    from scheduler.clock import Clock
    from scheduler.settings import Settings
    from scheduler.store import Store


class EditingHost(Protocol):
    """What editing a note needs from the app: the store, the clock, a way to run the editor, and notices."""

    store: Store
    clock: Clock
    settings: Settings
    run_editor: EditorRunner
    note_in_obsidian: str | None

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a notice."""
        ...


def edit_card(app: EditingHost, card: ReviewCard) -> bool:
    """Open `card`'s note in the user's editor; True once the deck has been read again after it.

    Every failure (no such editor, no terminal to hand over, an unreadable note) is a
    notification, never a traceback.
    """
    root = deck_root(app, card)
    if root is None:
        app.notify(f"Could not find the note of deck {card.deck!r} any more.", severity="error", markup=False)
        return False
    return open_note(app, root, card.content.file, card.content.line)


def open_note(app: EditingHost, root: str, file: str, line: int) -> bool:
    """Open note `file` of the deck at `root` at `line` in the user's editor, then re-sync the deck.

    True once the deck has been read again; every failure is a notification.
    """
    from textual_app.obsidian import OBSIDIAN

    path = note_path(root, file)
    if not path.is_file():
        app.notify(
            f"The note {sanitize(str(path))} is not there any more (moved or deleted?): nothing to open.",
            severity="error",
            markup=False,
        )
        return False
    opened = open_in_obsidian(app, root, path) if app.settings.editor == OBSIDIAN else open_in_editor(app, path, line)
    return opened and resync(app, root)


def open_in_editor(app: EditingHost, path: Path, line: int) -> bool:
    """Run the user's editor on `path` at `line` in the terminal; False (and a notification) if it could not start."""
    try:
        choice = choose_editor(configured=app.settings.editor)
    except EditorSettingError as error:
        app.notify(str(error), severity="error", markup=False)
        return False
    command = editor_command(choice.command, path, line)
    try:
        status = app.run_editor(command)
    except FileNotFoundError:
        app.notify(choice.missing_message(), severity="error", markup=False)
        return False
    except (OSError, SuspendNotSupported) as error:
        app.notify(f"Could not start the editor: {error}", severity="error", markup=False)
        return False
    if choice.fallback_note:  # said after the editor, when the app is on screen again to show it
        app.notify(choice.fallback_note, markup=False, timeout=8)
    _warn_on_failure(app, "The editor", status)
    return True


def open_in_obsidian(app: EditingHost, root: str, path: Path) -> bool:
    """Hand the note at `path` (of the deck at `root`) to Obsidian through the system's opener.

    False (and a notification) if it could not; else the deck is read again when the
    terminal has focus back (see `StarcardsApp.watch_app_focus`).
    """
    from textual_app.obsidian import NotInVault, obsidian_uri, open_uri, opener_command

    try:
        command = opener_command(obsidian_uri(path))
    except NotInVault as error:
        app.notify(f"{error}: set another editor to open it.", severity="error", markup=False)
        return False
    try:
        status = open_uri(command)
    except OSError as error:
        app.notify(f"Could not open Obsidian with {command[0]!r}: {error.strerror}", severity="error", markup=False)
        return False
    _warn_on_failure(app, command[0], status)
    app.note_in_obsidian = root
    return True


class NoteReread(Message):
    """A note edited in Obsidian has been read again: the screen shows its cards anew."""


def _warn_on_failure(app: EditingHost, program: str, status: int) -> None:
    """A warning that `program` exited with a failure `status` (the note is read again all the same)."""
    if status != 0:
        app.notify(f"{program} exited with status {status}; reading the note anyway.", severity="warning", markup=False)


def deck_root(app: EditingHost, card: ReviewCard) -> str | None:
    """The root of the card's deck, as the store knows it; None if the deck is gone."""
    from scheduler.decks import list_decks

    roots = {deck.root for deck in list_decks(app.store)}
    return card.deck_root if card.deck_root in roots else None


def resync(app: EditingHost, root: str) -> bool:
    """Read the deck at `root` again (only changed notes) and sync it; True if that worked."""
    from textual_app.syncing import sync_paths

    try:
        from scheduler.plugin_seeds import schedulers_for

        options, seeding = app.settings.notes.read_options(), schedulers_for(app.settings)
        synced = sync_paths(app.store, [root], app.clock.now(), options, schedulers=seeding)
    except UsageError as error:
        app.notify(f"{error}; keeping the cards as last read.", severity="warning", markup=False)
        return False
    for deck in synced:
        if deck.report.changed:
            app.notify(f"{deck.content.name}: {deck.report}", markup=False, timeout=4)
    return True
