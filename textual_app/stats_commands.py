"""`starcards stats` and `starcards cards`: the statistics and the card list as Rich tables, plain text or JSON.

Rich tables and charts when stdout is a terminal, plain text when piped, the documented
JSON with `--json`. An unknown `--deck` is a usage error (exit 2) naming the known decks.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual_app.cli import EXIT_OK, UsageError

if TYPE_CHECKING:
    import argparse

    from scheduler.browse import CardRow
    from scheduler.settings import Settings
    from scheduler.store import Store


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


def stats(store: Store, settings: Settings, names: Sequence[str] | None, *, as_json: bool) -> int:
    """Print the statistics of the decks named (default: every deck)."""
    from textual_app.commands import current_clock
    from textual_app.figures import compute_for

    deck_ids = resolve_decks(store, names)
    figures = compute_for(store, settings, current_clock().now(), deck_ids)
    title = f"Statistics for {deck_title(store, deck_ids)} on {figures.today.date:%a %d %b %Y}"
    if as_json:
        print(json.dumps(figures.as_dict(), indent=2, ensure_ascii=False))
    elif sys.stdout.isatty():
        from rich.console import Console

        from textual_app.stats_rich import stats_rich

        console = Console()
        console.print(stats_rich(figures, title, console.width))
    else:
        from textual_app.stats_text import stats_plain

        print(stats_plain(figures, title))
    return EXIT_OK


def cards(store: Store, args: argparse.Namespace) -> int:
    """Print the cards matching the filters, in the order asked for."""
    from scheduler.browse import search_cards
    from textual_app.commands import current_clock

    rows = search_cards(
        store,
        current_clock().now(),
        text=args.search,
        tag=args.tag,
        deck_ids=resolve_decks(store, args.deck),
        state=args.state,
        sort=args.sort,
        limit=args.limit,
    )
    if args.json:
        print(json.dumps([card_json(row) for row in rows], indent=2, ensure_ascii=False))
    elif sys.stdout.isatty():
        from rich.console import Console

        from textual_app.cards_table import cards_rich

        Console().print(cards_rich(rows))
    else:
        from textual_app.cards_table import cards_plain

        print(cards_plain(rows))
    return EXIT_OK


def card_json(row: CardRow) -> dict[str, object]:
    """A card as `starcards cards --json` lists it: `file` is the note's path on disk (terminal controls removed)."""
    from deck.text import sanitize
    from textual_app.editor import note_path

    return row.as_dict() | {"deck": sanitize(row.deck), "file": sanitize(str(note_path(row.root, row.file)))}
