"""What each `starcards` command does: open the store, read notes, print or start the UI."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from textual_app.cli import EXIT_OK, EXIT_UNUSABLE, EXIT_WARNINGS, UsageError

if TYPE_CHECKING:
    from datetime import datetime

    from scheduler.clock import Clock
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.app import PracticeRequest


def run(args: argparse.Namespace) -> int:
    """Dispatch to the command named in `args`."""
    if args.command == "check":
        return check(args.paths, as_json=args.json)
    with open_store(args.db) as store:
        settings = load_settings()
        if args.command == "due":
            return due(store, settings, as_json=args.json)
        if args.command == "review":
            return review(store, settings, args.paths)
        if args.command == "sync":
            return sync(store, args.paths, as_json=args.json)
        if args.command == "practice":
            return practice(store, settings, args.path, tag=args.tag, weakest=args.weakest)
        if args.command in ("stats", "cards"):
            from textual_app import stats_commands

            if args.command == "cards":
                return stats_commands.cards(store, args)
            return stats_commands.stats(store, settings, args.deck, as_json=args.json)
        if args.command == "optimize":
            from textual_app import memory_commands

            return memory_commands.optimize(store, settings, args.deck, reschedule=args.reschedule)
        if args.command == "simulate":
            from textual_app import memory_commands

            return memory_commands.simulate(store, settings, args.deck, as_json=args.json)
        if args.command in ("export", "import"):
            from textual_app import exchange_commands

            if args.command == "export":
                return exchange_commands.export(store, csv_file=args.csv, jsonl_file=args.jsonl, deck=args.deck)
            return exchange_commands.import_file(store, settings, args.file, map_file=args.map, deck=args.deck)
        return home(store, settings)


@contextmanager
def open_store(db: str | None) -> Iterator[Store]:
    """Open the database (`--db`, else `$STARCARDS_DB`, else the user data folder)."""
    from scheduler.locations import default_db_path
    from scheduler.store import Store, StoreError

    try:
        store = Store.open(Path(db).expanduser() if db else default_db_path())
    except StoreError as error:
        raise UsageError(str(error)) from None
    try:
        yield store
    finally:
        store.close()


def load_settings() -> Settings:
    """The user's settings, or a clear error naming what is wrong in the file."""
    from scheduler.locations import config_path
    from scheduler.settings import SettingsError
    from scheduler.settings import load_settings as load

    try:
        settings = load(config_path())
    except SettingsError as error:
        raise UsageError(str(error)) from None
    if settings.keys:
        from textual_app.keymap import binding_ids, keymap_problems

        if problems := keymap_problems(settings.keys, binding_ids()):
            raise UsageError(f"{config_path()}: " + "; ".join(problems))
    return settings


def current_clock() -> Clock:
    """The clock to run on: the machine's, or the moment `$STARCARDS_NOW` names (for trying days ahead)."""
    import os

    from scheduler.clock import clock_from_env

    try:
        return clock_from_env(os.environ)
    except ValueError as error:
        raise UsageError(str(error)) from None


def check(paths: Sequence[str], *, as_json: bool) -> int:
    """Print the cards and warnings the notes yield (every note parsed, nothing stored)."""
    from textual_app.report import check_json, check_text
    from textual_app.syncing import read_deck

    decks = [(raw, read_deck(raw, known={})) for raw in paths]

    print(json.dumps(check_json(decks), indent=2, ensure_ascii=False) if as_json else check_text(decks))
    if not any(content.cards for _raw, content in decks):
        from deck.text import sanitize

        print("starcards: no cards found in " + ", ".join(sanitize(raw) for raw in paths), file=sys.stderr)
        return EXIT_UNUSABLE
    return EXIT_WARNINGS if any(content.warnings for _raw, content in decks) else EXIT_OK


def due(store: Store, settings: Settings, *, as_json: bool) -> int:
    """Print the counts of cards available today over every deck (each under its own limits)."""
    from scheduler.limits import today_counts
    from scheduler.queue import DueCounts

    counts = sum(today_counts(store, settings, current_clock().now()).values(), DueCounts())
    if as_json:
        print(json.dumps({"new": counts.new, "learning": counts.learning, "review": counts.review}))
    else:
        print(f"new {counts.new} · learning {counts.learning} · review {counts.review}")
    return EXIT_OK


def review(store: Store, settings: Settings, paths: Sequence[str]) -> int:
    """Add the notes as decks (or bring them up to date), then review them."""
    from textual_app.syncing import sync_paths

    clock = current_clock()
    synced = sync_paths(store, paths, clock.now())
    notices = [f"{deck.content.name}: {deck.report}" for deck in synced]
    return _run_app(store, settings, clock, review_decks=[deck.deck_id for deck in synced], notices=notices)


def sync(store: Store, paths: Sequence[str], *, as_json: bool) -> int:
    """Index the notes without reviewing: print what changed."""
    from textual_app.report import sync_json, sync_text
    from textual_app.syncing import sync_paths

    synced = sync_paths(store, paths, current_clock().now())
    print(json.dumps(sync_json(synced), indent=2, ensure_ascii=False) if as_json else sync_text(synced))
    return EXIT_OK


def practice(store: Store, settings: Settings, path: str | None, *, tag: str | None, weakest: str | None) -> int:
    """Drill the cards of `path` (every deck without one), weakest first; the schedule is left alone."""
    from textual_app.app import PracticeRequest
    from textual_app.syncing import sync_paths

    count = _positive(weakest, "--weakest") if weakest is not None else None
    clock = current_clock()
    notices, deck_ids = [], None
    if path is not None:
        synced = sync_paths(store, [path], clock.now())
        notices = [f"{deck.content.name}: {deck.report}" for deck in synced]
        deck_ids = [deck.deck_id for deck in synced]
    request = PracticeRequest(deck_ids, tag.removeprefix("#") if tag else None, count)
    _require_practice_cards(store, settings, clock, request)
    return _run_app(store, settings, clock, practice=request, notices=notices)


def _positive(text: str, option: str) -> int:
    """`text` as a whole number above zero, or a UsageError naming `option`."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise UsageError(f"{option} takes a whole number above 0, not {text!r}")
    return value


def _require_practice_cards(store: Store, settings: Settings, clock: Clock, request: PracticeRequest) -> None:
    """A UsageError when the practice asked for would have no card to show."""
    from deck.text import sanitize
    from scheduler.decks import list_decks
    from scheduler.practice import PracticeSession

    if not list_decks(store):
        raise UsageError("no decks yet: give a note or folder, e.g. starcards practice NOTES.md")
    session = PracticeSession(store, settings, clock, request.deck_ids, tag=request.tag, weakest=request.weakest)
    if session.current is None:
        tag = request.tag
        raise UsageError(f"no cards tagged #{sanitize(tag)} to practise" if tag else "no cards to practise")


def home(store: Store, settings: Settings) -> int:
    """Open the deck list; on first run, with the bundled example deck in it."""
    clock = current_clock()
    notices = []
    if ensure_example_deck(store, clock.now()):
        notices.append("This is an example deck. Add your own notes with: starcards review PATH")
    return _run_app(store, settings, clock, notices=notices)


def ensure_example_deck(store: Store, now: datetime) -> bool:
    """Add the example deck that ships with starcards when no deck is known; True if added."""
    from scheduler.decks import list_decks

    if list_decks(store):
        return False
    from deck.examples import example_deck_path
    from deck.loader import load_deck
    from scheduler.decks import sync_deck

    sync_deck(store, load_deck(example_deck_path()), now)
    return True


def _run_app(
    store: Store,
    settings: Settings,
    clock: Clock,
    *,
    notices: Sequence[str],
    review_decks: Sequence[int] | None = None,
    practice: PracticeRequest | None = None,
) -> int:
    """Run the Textual app until it exits (headless when the benchmark hook asks)."""
    import os

    from textual_app.app import EXIT_AFTER_FIRST_PAINT, create_app

    app = create_app(store, settings, clock, review_decks=review_decks, practice=practice, notices=notices)
    app.run(headless=bool(os.environ.get(EXIT_AFTER_FIRST_PAINT)))
    return EXIT_OK
