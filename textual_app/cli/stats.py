"""`starcards due`, `stats` and `cards`: today's counts, the statistics and the card list.

The statistics and the card list print as Rich tables and charts when stdout is a
terminal, plain text when piped, the documented JSON with `--json`. An unknown
`--deck` is a usage error (exit 2) naming the known decks.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual_app.cli.context import current_clock, with_store
from textual_app.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from scheduler.browse import CardRow
    from scheduler.json_types import CardJson, StatsReportJson
    from scheduler.queue import DueCounts
    from scheduler.settings import Settings
    from scheduler.store import Store
    from textual_app.json_types import DeckDueJson, DueCountsJson


def resolve_decks(store: Store, names: Sequence[str] | None) -> list[int] | None:
    """The ids of the decks named (exactly, else ignoring case); None for no names (every deck)."""
    if not names:
        return None
    from deck.text import sanitize
    from scheduler.decks import list_decks

    decks = list_decks(store)
    ids: list[int] = []
    for name in names:
        found = [deck.id for deck in decks if deck.name == name]
        found = found or [deck.id for deck in decks if deck.name.casefold() == name.casefold()]
        if not found:
            known = ", ".join(sanitize(deck.name) for deck in decks) or "none yet"
            raise UsageError(f"unknown deck {sanitize(name)!r}; known decks: {known}")
        ids += [deck_id for deck_id in found if deck_id not in ids]
    return ids


def deck_title(store: Store, deck_ids: Sequence[int] | None) -> str:
    """`all decks`, or the names of the decks chosen."""
    if deck_ids is None:
        return "all decks"
    from scheduler.decks import list_decks

    return ", ".join(deck.name for deck in list_decks(store) if deck.id in deck_ids)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `due`, `stats` and `cards`, with their filters."""
    from scheduler.browse import FILTERS, SORTS

    due_parser = commands.add_parser("due", help="count the cards available today in every deck")
    due_parser.add_argument("--deck", action="append", metavar="NAME", help="only this deck (repeat for several)")
    due_parser.add_argument("--json", action="store_true", help="print JSON instead of text (with each deck's counts)")
    due_parser.set_defaults(handler=due)
    stats_parser = commands.add_parser("stats", help="today, due, forecast, calendar, streak, retention, card counts")
    stats_parser.set_defaults(handler=stats)
    cards_parser = commands.add_parser("cards", help="list cards with their FSRS state; filter and sort")
    cards_parser.set_defaults(handler=cards)
    for sub in (stats_parser, cards_parser):
        sub.add_argument("--deck", action="append", metavar="NAME", help="only this deck (repeat for several)")
        sub.add_argument("--json", action="store_true", help="print JSON instead of text")
    cards_parser.add_argument("--tag", metavar="T", help="only cards with this tag")
    cards_parser.add_argument(
        "--state", action="append", choices=FILTERS, help="only cards in this state or status (repeat: any of them)"
    )
    cards_parser.add_argument("--search", metavar="TEXT", help="only cards whose question or answer holds TEXT")
    cards_parser.add_argument("--sort", choices=SORTS, default="due", help="order (default: due)")
    cards_parser.add_argument("--limit", type=card_limit, metavar="N", help="at most N cards")


MAX_LIMIT = 1_000_000_000
"""The largest `--limit` accepted: more cards than anyone has, and well inside what SQLite takes."""


def card_limit(text: str) -> int:
    """`--limit`'s value: a whole number from 0 to `MAX_LIMIT`."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"takes a whole number from 0 to {MAX_LIMIT:,}, not {text!r}")
    return value


@with_store
def due(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Print the counts of cards available today (each deck under its own limits): in all, and per deck in JSON."""
    from scheduler.decks import list_decks
    from scheduler.queue import DueCounts, deck_counts
    from scheduler.rules import rules_for

    deck_ids = resolve_decks(store, args.deck)
    per_deck = deck_counts(store, current_clock().now(), rules_for(store, settings), deck_ids)
    counts = sum(per_deck.values(), DueCounts())
    if args.json:
        names = {deck.id: deck.name for deck in list_decks(store)}
        order = sorted(per_deck, key=lambda deck_id: names[deck_id].casefold())
        decks: list[DeckDueJson] = [{"deck": names[deck_id], **_due_figures(per_deck[deck_id])} for deck_id in order]
        document: DueCountsJson = {**_due_figures(counts), "decks": decks}
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(f"new {counts.new} · learning {counts.learning} · review {counts.review}")
    return EXIT_OK


def _due_figures(counts: DueCounts) -> dict[str, int]:
    """`new`, `learning`, `review` and their `total`, for the JSON of `due`."""
    return {"new": counts.new, "learning": counts.learning, "review": counts.review, "total": counts.total}


@with_store
def stats(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Print the statistics of the decks named (default: every deck)."""
    from scheduler.rules import rules_for
    from scheduler.stats import compute

    deck_ids = resolve_decks(store, args.deck)
    figures = compute(store, current_clock().now(), rules_for(store, settings, deck_ids), deck_ids)
    title = f"Statistics for {deck_title(store, deck_ids)} on {figures.today.date:%a %d %b %Y}"
    if args.json:
        from scheduler.readiness import readiness_of_decks

        ready = readiness_of_decks(store, settings, deck_ids, current_clock().now())
        document: StatsReportJson = {**figures.as_dict(), "readiness": [item.as_dict() for item in ready]}
        print(json.dumps(document, indent=2, ensure_ascii=False))
    elif sys.stdout.isatty():
        from rich.console import Console

        from textual_app.stats_rich import stats_rich

        console = Console()
        console.print(stats_rich(figures, title, console.width))
    else:
        from textual_app.stats_text import stats_plain

        print(stats_plain(figures, title))
    return EXIT_OK


@with_store
def cards(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Print the cards matching the filters, in the order asked for."""
    from scheduler.browse import search_cards
    from scheduler.rules import rules_for

    now = current_clock().now()
    rows = search_cards(
        store,
        now,
        text=args.search,
        tag=args.tag,
        deck_ids=resolve_decks(store, args.deck),
        state=args.state,
        sort=args.sort,
        limit=args.limit,
        rules=rules_for(store, settings),
    )
    if args.json:
        print(json.dumps([card_json(row) for row in rows], indent=2, ensure_ascii=False))
    elif sys.stdout.isatty():
        from rich.console import Console

        from textual_app.cards_table import cards_rich

        Console().print(cards_rich(rows, now, settings.day_starts_at))
    else:
        from textual_app.cards_table import cards_plain

        print(cards_plain(rows, now, settings.day_starts_at))
    return EXIT_OK


def card_json(row: CardRow) -> CardJson:
    """A card as `starcards cards --json` lists it: `file` is the note's path on disk (terminal controls removed)."""
    from deck.controls import sanitize
    from scheduler.note_stamps import note_path

    return {**row.as_dict(), "deck": sanitize(row.deck), "file": sanitize(str(note_path(row.root, row.file)))}
