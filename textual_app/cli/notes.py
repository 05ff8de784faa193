"""The commands that read notes: `review` (sync, then review), `check` (parse only) and `sync` (index only, then
the merge with your other machines when `[sync]` is set: `scheduler.sync`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual_app.cli.context import current_clock, load_settings, with_store
from textual_app.cli.launch import focus_of, kept_any, require_kept, run_app
from textual_app.cli.progress import notes_progress
from textual_app.errors import EXIT_OK, EXIT_UNUSABLE, EXIT_WARNINGS, UsageError

if TYPE_CHECKING:
    import argparse

    from deck.options import ReadOptions
    from scheduler.settings import Settings
    from scheduler.store import Store
    from scheduler.sync import SyncOutcome

PATHS_HELP = "a Markdown note or a folder of notes"


def register(commands: argparse._SubParsersAction) -> None:
    """Add `review`, `check` and `sync`."""
    review_parser = commands.add_parser("review", help="add notes as decks and review what is due")
    inside = f"{PATHS_HELP} (one inside a folder deck: just its cards)"
    review_parser.add_argument("paths", nargs="+", metavar="PATH", help=inside)
    review_parser.add_argument("--tag", metavar="TAG", help="only the due cards with this tag (or one nested under it)")
    review_parser.set_defaults(handler=review)
    check_parser = commands.add_parser("check", help="show the cards and warnings the notes yield")
    check_parser.add_argument("paths", nargs="+", metavar="PATH", help=PATHS_HELP)
    check_parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    check_parser.set_defaults(handler=check)
    sync_parser = commands.add_parser(
        "sync",
        help="add or update decks from notes without reviewing; with [sync] set, merge your other machines' reviews",
        epilog="Without PATH, only the merge with your other machines (needs [sync] vault in the settings)."
        " Exit 0 when done, 2 when there is nothing to sync or the sync folder cannot be used.",
    )
    sync_parser.add_argument("paths", nargs="*", metavar="PATH", help=PATHS_HELP)
    sync_parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    sync_parser.set_defaults(handler=sync)


def check(args: argparse.Namespace) -> int:
    """Print the cards and warnings the notes yield (every note parsed, nothing stored).

    The JSON is written as the notes are read (`report.CheckJsonWriter`), so memory stays
    bounded by the largest note, not the vault.
    """
    from textual_app.report import check_text
    from textual_app.syncing import read_deck

    options = load_settings().notes.read_options()
    if args.json:
        return _check_json(args.paths, options)
    decks = [(raw, read_deck(raw, known={}, options=options)) for raw in args.paths]
    print(check_text(decks))
    found = any(content.cards for _raw, content in decks)
    return _check_status(args.paths, found, any(content.warnings for _raw, content in decks))


def _check_json(paths: Sequence[str], options: ReadOptions) -> int:
    """`check --json`: each deck's cards streamed to stdout as its notes are parsed."""
    from textual_app.report import CheckJsonWriter
    from textual_app.syncing import read_deck

    writer = CheckJsonWriter(sys.stdout)
    for raw in paths:
        writer.add_warnings(raw, read_deck(raw, known={}, options=options, sink=writer.sink(raw)))
    writer.finish()
    return _check_status(paths, writer.cards > 0, bool(writer.warnings))


def _check_status(paths: Sequence[str], found_cards: bool, warned: bool) -> int:
    """The exit code of `check` (and the line saying no cards were found)."""
    if not found_cards:
        from deck.text import sanitize

        print("starcards: no cards found in " + ", ".join(sanitize(raw) for raw in paths), file=sys.stderr)
        return EXIT_UNUSABLE
    return EXIT_WARNINGS if warned else EXIT_OK


@with_store
def review(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Add the notes as decks (or bring them up to date), then review them (only cards tagged `--tag`, if given;
    only a note's or a folder's cards when it is part of a folder deck: `textual_app.focus_paths`).

    Decks read before open at once: their notes are checked for changes after the first
    card is painted (`textual_app.notes_check`); but a focus keeping none of their cards yet
    (a note just written) is synced first.
    """
    from textual_app.notes_check import NotesCheck, decks_at

    clock = current_clock()
    options = settings.notes.read_options()
    paths, focus = focus_of(store, args.paths, args.tag)
    if (known := decks_at(store, paths)) is not None and kept_any(store, known, focus):
        check = NotesCheck(store, clock, options, paths, settings)
        return run_app(store, settings, clock, review_decks=known, review_focus=focus, notices=[], check=check)
    from scheduler.plugin_seeds import schedulers_for
    from textual_app.syncing import sync_notices, sync_paths

    with notes_progress() as progress:
        synced = sync_paths(store, paths, clock.now(), options, progress, schedulers_for(settings))
    notices = sync_notices(synced)
    decks = [deck.deck_id for deck in synced]
    require_kept(store, decks, focus, "review")
    return run_app(store, settings, clock, review_decks=decks, review_focus=focus, notices=notices)


@with_store
def sync(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Index the notes without reviewing, then merge the other machines' events when sync is on: print what changed."""
    from scheduler.plugin_seeds import schedulers_for
    from textual_app.report import machines_text, sync_json, sync_text
    from textual_app.syncing import sync_paths

    if not args.paths and not settings.sync.enabled:
        raise UsageError("nothing to sync: give PATH..., or name your vault under [sync] to sync with other machines")
    synced = []
    if args.paths:
        with notes_progress(wanted=not args.json) as progress:
            now, options = current_clock().now(), settings.notes.read_options()
            synced = sync_paths(store, args.paths, now, options, progress, schedulers_for(settings))
    merged = _sync_machines(store, settings) if settings.sync.enabled else None
    if args.json:
        print(json.dumps(sync_json(synced, merged), indent=2, ensure_ascii=False))
    else:
        print("\n".join(filter(None, [sync_text(synced) if args.paths else "", machines_text(merged)])))
    return EXIT_OK


def _sync_machines(store: Store, settings: Settings) -> SyncOutcome:
    """Merge with the other machines through the sync folder; an unusable folder is a `UsageError`."""
    from scheduler.sync import sync_machines

    try:
        return sync_machines(store, settings)
    except OSError as error:
        raise UsageError(f"cannot use the sync folder: {error.strerror or error}: {error.filename or ''}") from None
