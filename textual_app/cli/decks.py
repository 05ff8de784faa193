"""`starcards decks`: list the decks, rename one, move one to a new path, remove one.

`decks` and `decks list` print every deck (as JSON with `--json`); `rename`, `move` and
`remove` name a deck as the deck list shows it (exactly, else ignoring case), or by its
id when several decks share a name. Exit
codes: 0 done; 1 a removal not confirmed (nothing removed); 2 an unknown or ambiguous
deck, a name or path that cannot be used, or a removal asked for without a terminal to
confirm on and without `--yes`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from textual_app.cli.context import current_clock, with_store
from textual_app.errors import EXIT_DECLINED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from scheduler.deck_admin import DeckSummary
    from scheduler.decks import DeckInfo
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.json_types import DeckJson


NAME_HELP = "the deck's name as the deck list shows it (or its id, from decks --json)"


def register(commands: argparse._SubParsersAction) -> None:
    """Add `decks`, listing by default, with its actions `list`, `rename`, `move` and `remove`."""
    decks_parser = commands.add_parser("decks", help="list, rename, move or remove decks")
    decks_parser.add_argument("--json", action="store_true", help="print the list as JSON")
    decks_parser.set_defaults(handler=listing)
    actions = decks_parser.add_subparsers(dest="deck_action", metavar="[ACTION]", title="actions (default: list)")
    list_parser = actions.add_parser("list", help="every deck with its cards, reviews, warnings and path (the default)")
    list_parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON, not text")
    rename_parser = actions.add_parser("rename", help="give a deck a new name (its settings follow it)")
    rename_parser.add_argument("name", metavar="OLD", help=NAME_HELP)
    rename_parser.add_argument("new_name", metavar="NEW", help="its new name")
    rename_parser.set_defaults(handler=rename)
    move_parser = actions.add_parser("move", help="point a deck at its notes' new path, keeping its history")
    move_parser.add_argument("name", metavar="NAME", help=NAME_HELP)
    move_parser.add_argument("path", metavar="NEWPATH", help="the note or folder the deck now reads")
    move_parser.set_defaults(handler=move)
    remove_parser = actions.add_parser("remove", help="delete a deck and its history (the database is backed up first)")
    remove_parser.add_argument("name", metavar="NAME", help=NAME_HELP)
    remove_parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    remove_parser.set_defaults(handler=remove)


@with_store
def listing(store: Store, _settings: Settings, args: argparse.Namespace) -> int:
    """Print every deck: name, cards, reviews, warnings and path (whether it is still there)."""
    from scheduler.deck_admin import deck_summaries

    decks = deck_summaries(store)
    if args.json:
        print(json.dumps([_deck_json(deck) for deck in decks], indent=2, ensure_ascii=False))
    elif not decks:
        print("no decks yet: add notes with `starcards review PATH`")
    else:
        print("\n".join(_deck_line(deck, max(len(d.name) for d in decks)) for deck in decks))
    return EXIT_OK


def _deck_json(deck: DeckSummary) -> DeckJson:
    """One deck in `decks --json`: its summary and whether its path still exists."""
    return {
        "id": deck.id, "name": deck.name, "path": deck.root, "cards": deck.cards, "reviews": deck.reviews,
        "warnings": deck.warnings, "path_exists": Path(deck.root).exists(),
    }


def _deck_line(deck: DeckSummary, width: int) -> str:
    """`Name   12 cards   40 reviews   1 warning   /path` (the path flagged when it is gone)."""
    from deck.text import sanitize
    from textual_app.stats_text import plural

    cards, reviews = plural(deck.cards, "card"), plural(deck.reviews, "review")
    counts = f"{cards:>10}  {reviews:>12}  {plural(deck.warnings, 'warning'):>12}"
    gone = "" if Path(deck.root).exists() else "  (path not found: `starcards decks move` points it elsewhere)"
    return f"{sanitize(deck.name).ljust(width)}  {counts}  {sanitize(deck.root)}{gone}"


def one_deck(store: Store, name: str) -> DeckInfo:
    """The deck named `name` (exactly, else ignoring case), else whose id `name` is; a UsageError if none or several.

    The id (as `decks --json` gives it) tells apart decks that share a name.
    """
    from deck.text import sanitize
    from scheduler.decks import list_decks
    from textual_app.cli.stats import resolve_decks

    decks = list_decks(store)
    by_id = [deck for deck in decks if name.isdigit() and deck.id == int(name)]
    if by_id and not any(deck.name.casefold() == name.casefold() for deck in decks):
        return by_id[0]
    ids = resolve_decks(store, [name]) or []
    if len(ids) > 1:
        listed = ", ".join(map(str, ids))
        raise UsageError(f"{len(ids)} decks are named {sanitize(name)!r} (ids {listed}): name one by its id instead")
    return next(deck for deck in decks if deck.id == ids[0])


@with_store
def rename(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Rename a deck; its settings overrides move to the new name."""
    from deck.text import sanitize
    from scheduler.deck_admin import rename_with_settings
    from scheduler.decks import DeckChangeError
    from scheduler.locations import config_path
    from scheduler.settings import SettingsError

    deck = one_deck(store, args.name)
    try:
        done = rename_with_settings(store, deck.id, args.new_name, settings, config_path())
    except (DeckChangeError, SettingsError) as error:
        raise UsageError(sanitize(str(error))) from None
    print(f"renamed deck {sanitize(done.old)} to {sanitize(done.new)}")
    if done.settings is not None:
        print(f"its settings moved to [decks.\"{sanitize(done.new)}\"] in {config_path()}")
    if done.backup is not None:
        print(f"the settings file's comments are kept in {done.backup}")
    return EXIT_OK


@with_store
def move(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Point a deck at a new path and sync it there: every card matched keeps its history."""
    from deck.text import sanitize
    from scheduler.plugin_seeds import schedulers_for
    from textual_app.syncing import move_deck, read_deck

    deck = one_deck(store, args.name)
    content = read_deck(args.path, known={}, options=settings.notes.read_options())
    synced = move_deck(store, deck.id, content, current_clock().now(), schedulers_for(settings))
    print(sanitize(synced.moved or f"deck {synced.name} already reads {synced.content.root}"))
    print(f"{sanitize(synced.name)}: {synced.report}")
    return EXIT_OK


@with_store
def remove(store: Store, _settings: Settings, args: argparse.Namespace) -> int:
    """Delete a deck and its history after a confirmation (or `--yes`); the database is backed up first."""
    from deck.text import sanitize
    from scheduler.deck_admin import deck_summaries, remove_deck
    from scheduler.decks import DeckChangeError
    from textual_app.stats_text import plural

    deck = one_deck(store, args.name)
    summary = next(summary for summary in deck_summaries(store) if summary.id == deck.id)
    what = f"deck {sanitize(deck.name)} ({plural(summary.cards, 'card')}, {plural(summary.reviews, 'review')})"
    question = f"Remove {what}? Its cards and their reviews are deleted; the database is backed up first. [y/N] "
    if not args.yes and not _confirmed(question):
        print(f"kept {what}")
        return EXIT_DECLINED
    try:
        backup = remove_deck(store, deck.id, current_clock().now())
    except DeckChangeError as error:
        raise UsageError(str(error)) from None
    print(f"removed {what}")
    if backup is not None:
        print(f"the database as it was is backed up: starcards restore {backup.name}")
    return EXIT_OK


def _confirmed(question: str) -> bool:
    """Ask `question` on the terminal; True for y or yes. A UsageError when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        raise UsageError("not removing without confirmation: run it in a terminal, or add --yes")
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")
