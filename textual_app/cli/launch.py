"""Opening the Textual app from the command line: the deck list with no command, and the runner every command uses."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from textual_app.cli.context import current_clock, with_store
from textual_app.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    import argparse
    from datetime import datetime

    from scheduler.clock import Clock
    from scheduler.focus import Focus
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.notes_check import NotesCheck
    from textual_app.requests import MockRequest, PracticeRequest

NO_TERMINAL = (
    "needs a terminal: standard input and output must be a terminal to open the app "
    "(for scripts: check, sync, due, stats, cards)"
)


@with_store
def home(store: Store, settings: Settings, _args: argparse.Namespace) -> int:
    """Open the deck list; on first run, with the bundled example deck in it."""
    clock = current_clock()
    notices = []
    if ensure_example_deck(store, clock.now()):
        notices.append("This is an example deck. Add your own notes with: starcards review PATH (x removes a deck).")
    return run_app(store, settings, clock, notices=notices)


def ensure_example_deck(store: Store, now: datetime) -> bool:
    """Add the example deck that ships with starcards to a store that never had a deck; True if added.

    A user who removed every deck, the example included, is not given it back.
    """
    from scheduler.deck_admin import had_decks

    if had_decks(store):
        return False
    from deck.examples import example_deck_path
    from deck.loader import load_deck
    from scheduler.decks import sync_deck

    sync_deck(store, load_deck(example_deck_path()), now)
    return True


def run_app(
    store: Store,
    settings: Settings,
    clock: Clock,
    *,
    notices: Sequence[str],
    review_decks: Sequence[int] | None = None,
    review_focus: Focus | None = None,
    practice: PracticeRequest | None = None,
    mock: MockRequest | None = None,
    check: NotesCheck | None = None,
) -> int:
    """Run the Textual app until it exits (headless when the benchmark hook asks); its exit code.

    `check` is the change check of the review's notes, run after the first card is painted.
    The command line has made sure of a terminal first (`require_terminal`). SIGINT and
    SIGTERM end it cleanly (130, 143).
    """
    from textual_app import parsed_styles
    from textual_app.lifecycle import collector_paused

    with collector_paused():
        from textual_app.app import create_app

        headless = runs_headless()
        app = create_app(
            store, settings, clock, review_decks=review_decks, review_focus=review_focus, practice=practice, mock=mock,
            notices=notices, check=check,
        )
        app.leave_on_signals = True
        styles = parsed_styles.recall(app, store.path)
        app.run(headless=headless, size=headless_size() if headless else None)
    parsed_styles.keep(app, styles)
    _write_own_events(store, settings)
    return app.return_code or EXIT_OK


def headless_size() -> tuple[int, int]:
    """The size a headless run is given from the start: the one its driver reports as it starts.

    Without it, Textual takes the size of a console with no terminal (80×25) until that
    report (80×24, or `$COLUMNS`×`$LINES`) arrives, after the first card was already laid
    out: the first paint would wait for a second layout that no terminal run needs (there
    both sizes are the terminal's).
    """
    import shutil

    return tuple(shutil.get_terminal_size())  # type: ignore[return-value]


def _write_own_events(store: Store, settings: Settings) -> None:
    """With `[sync]` on, write this session's events to this machine's sync file as the app ends."""
    if not settings.sync.enabled:
        return
    import sys

    from scheduler.sync import write_own

    try:
        write_own(store, settings)
    except OSError as error:
        print(f"starcards: could not write to the sync folder: {error}", file=sys.stderr)


def require_paths(args: argparse.Namespace) -> None:
    """Raise `UsageError` for a note or folder given to an app command that does not exist, as the reader would."""
    import os

    for raw in _given_paths(args):
        if not os.path.exists(os.path.expanduser(raw)):
            from deck.text import sanitize  # (only to say so: the start-up path loads no parser module)

            raise UsageError(f"no such file or folder: {sanitize(raw)}")


def require_terminal(args: argparse.Namespace | None = None) -> None:
    """A `UsageError` when the app would have no terminal to draw in, where it could never be used (nor quit).

    Asked before a command that opens the app touches the database, so that such a
    command run in a pipe adds no deck and changes nothing. Several paths given, one part of a
    folder deck already, are refused first, as they would be in a terminal (the database only read).
    """
    import os

    if lacks_terminal(os.environ) and not runs_headless():
        if args is not None:
            _refuse_nested(args)
        raise UsageError(NO_TERMINAL)


def _refuse_nested(args: argparse.Namespace) -> None:
    """`textual_app.focus_paths`'s refusal of several paths, one inside a folder deck, the database only read (none
    yet: nothing to say)."""
    from functools import partial

    from scheduler.note_stamps import deck_around_on_disk
    from textual_app.cli.context import database_path
    from textual_app.focus_paths import focus_paths

    focus_paths(_given_paths(args), partial(deck_around_on_disk, database_path(getattr(args, "db", None))))


def _given_paths(args: argparse.Namespace) -> list[str]:
    """The notes or folders an app command was given: `review`'s PATH..., `mock`'s and `practice`'s PATH."""
    return [*(getattr(args, "paths", None) or []), *filter(None, [getattr(args, "path", None)])]


def runs_headless() -> bool:
    """Whether the benchmark hook (`EXIT_AFTER_FIRST_PAINT`) asks for a headless run, which needs no terminal."""
    import os

    from textual_app.app import EXIT_AFTER_FIRST_PAINT

    return bool(os.environ.get(EXIT_AFTER_FIRST_PAINT))


def lacks_terminal(environ: Mapping[str, str]) -> bool:
    """Whether the app would have nowhere to draw: stdin or stdout is no terminal, and no other driver draws it.

    textual-serve (`starcards serve`) runs the app through pipes with its web driver
    named in `$TEXTUAL_DRIVER`; that app draws in the browser and needs no terminal.
    """
    return not environ.get("TEXTUAL_DRIVER") and not (sys.stdin.isatty() and sys.stdout.isatty())


def sync_optional_path(
    store: Store, settings: Settings, clock: Clock, path: str | None, tag: str | None
) -> tuple[list[int] | None, Focus | None, list[str]]:
    """Bring the deck at `path` up to date (progress on a terminal's stderr) before a drill or a mock:
    its deck ids, what the session keeps to (`focus_of`) and the notices to show; every deck and
    no notice when no path is given."""
    paths, focus = focus_of(store, [path] if path is not None else [], tag)
    if not paths:
        return None, focus, []
    from scheduler.plugin_seeds import schedulers_for
    from textual_app.cli.progress import notes_progress
    from textual_app.syncing import sync_notices, sync_paths

    options, seeding = settings.notes.read_options(), schedulers_for(settings)
    with notes_progress() as progress:
        synced = sync_paths(store, paths, clock.now(), options, progress, seeding)
    return [deck.deck_id for deck in synced], focus, sync_notices(synced)


def kept_any(store: Store, deck_ids: Sequence[int], focus: Focus | None) -> bool:
    """Whether a session of the decks kept to `focus` has a card (not removed) to show, now or later."""
    from scheduler.focus import has_cards

    return focus is None or not deck_ids or has_cards(store, deck_ids, focus)


def require_kept(store: Store, deck_ids: Sequence[int], focus: Focus | None, doing: str) -> None:
    """A UsageError when `focus` keeps no card of the decks (`no cards in Daily/list.md to review`): the session
    would open on nothing, or on the time of another note's card."""
    if focus is not None and not kept_any(store, deck_ids, focus):
        from deck.text import sanitize

        opt_in = " (a folder deck takes cards only from what asks to be studied: see `folder_opt_in`)"
        raise UsageError(f"no cards {sanitize(focus.said)} to {doing}" + (opt_in if focus.notes else ""))


def focus_of(store: Store, paths: Sequence[str], tag: str | None) -> tuple[list[str], Focus | None]:
    """The paths an app command syncs, and what its session keeps to: the cards tagged `tag` (`--tag`), those of
    a note or folder inside a folder deck (whose folder is then synced: `textual_app.focus_paths`); None for all."""
    from functools import partial

    from scheduler.focus import Focus
    from scheduler.note_stamps import deck_around
    from textual_app.focus_paths import focus_paths

    paths, notes = focus_paths(paths, partial(deck_around, store))
    return paths, Focus(tag=tag, notes=notes) if tag or notes else None
