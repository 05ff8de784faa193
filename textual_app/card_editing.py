"""Editing a card's note from the app: hand the terminal to the user's editor, then read the note again.

The app is suspended while the editor runs. Afterwards the deck is synced (only the
notes that changed are parsed), so the card shows what the note now says, with its
history kept by the usual identity rules.
"""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING

from textual.app import SuspendNotSupported

from textual_app.editor import editor_command, note_path

if TYPE_CHECKING:
    from scheduler.browse import CardRow
    from textual_app.app import StarcardsApp


def edit_card(app: StarcardsApp, row: CardRow) -> bool:
    """Open `row`'s note at its line in $VISUAL / $EDITOR, then sync its deck; False if no editor ran."""
    command = editor_command(note_path(row.root, row.file), row.line)
    if command is None:
        app.notify("Set $VISUAL or $EDITOR to open notes from starcards.", severity="warning")
        return False
    try:
        with app.suspend():
            subprocess.run(command, check=False)
    except SuspendNotSupported:
        app.notify("This terminal cannot hand over to an editor.", severity="error")
        return False
    except OSError as error:
        app.notify(f"Could not start the editor {command[0]}: {error}", severity="error", markup=False)
        return False
    resync(app, row.root)
    return True


def resync(app: StarcardsApp, root: str) -> None:
    """Read the deck at `root` again and sync it; a problem is a notice, and the cards stay as they were."""
    from scheduler.decks import known_stamps, sync_deck
    from textual_app.cli import UsageError
    from textual_app.syncing import read_deck

    try:
        content = read_deck(root, known_stamps(app.store, root))
    except UsageError as error:
        app.notify(f"{error}; keeping the cards as last read.", severity="warning", markup=False)
        return
    if not content.cards and not content.skipped:
        app.notify(f"{content.name}: no cards found now; keeping the cards as last read.", severity="warning")
        return
    _deck_id, report = sync_deck(app.store, content, app.clock.now())
    if report.changed:
        app.notify(f"{content.name}: {report}", markup=False, timeout=4)
