"""`starcards practice`: drill cards, weakest first, without touching the schedule."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from textual_app.cli.context import current_clock, positive_int, with_store
from textual_app.cli.launch import run_app, sync_optional_path
from textual_app.errors import UsageError

if TYPE_CHECKING:
    from scheduler.clock import Clock
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.requests import PracticeRequest


def register(commands: argparse._SubParsersAction) -> None:
    """Add `practice`."""
    parser = commands.add_parser("practice", help="drill cards, weakest first, without touching the schedule")
    parser.add_argument(
        "path", nargs="?", metavar="PATH", help="a note or folder (default: every deck; in a folder deck: its cards)"
    )
    parser.add_argument("--tag", metavar="TAG", help="only cards with this tag")
    parser.add_argument("--weakest", metavar="N", help="only the N cards you are least likely to recall")
    parser.set_defaults(handler=practice)


@with_store
def practice(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Drill the cards of the path (every deck without one), weakest first; the schedule is left alone."""
    from textual_app.requests import PracticeRequest

    count = positive_int(args.weakest, "--weakest") if args.weakest is not None else None
    clock = current_clock()
    deck_ids, focus, notices = sync_optional_path(store, settings, clock, args.path, args.tag)
    request = PracticeRequest(deck_ids, focus, count)
    _require_practice_cards(store, settings, clock, request)
    return run_app(store, settings, clock, practice=request, notices=notices)


def _require_practice_cards(store: Store, settings: Settings, clock: Clock, request: PracticeRequest) -> None:
    """A UsageError when the practice asked for would have no card to show."""
    from deck.text import sanitize
    from scheduler.decks import list_decks
    from scheduler.practice import PracticeSession

    if not list_decks(store):
        raise UsageError("no decks yet: give a note or folder, e.g. starcards practice NOTES.md")
    session = PracticeSession(store, settings, clock, request.deck_ids, focus=request.focus, weakest=request.weakest)
    if session.current is None:
        kept = f" {request.focus.said}" if request.focus else ""
        raise UsageError(f"no cards{sanitize(kept)} to practise")
