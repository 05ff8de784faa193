"""`starcards export`: the decks or their history in another format.

One command with one option per format, so that each format is a flag of the same
command: `--anki FILE.apkg` (the decks, for Anki), `--csv FILE` (the review log in the
FSRS optimizer's schema) and `--jsonl FILE` (everything starcards knows, which `starcards
import` reads back). `-` writes the CSV or JSON Lines to standard output.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from textual_app.cli.context import current_clock, open_store
from textual_app.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from scheduler.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    """Add `export` with its formats and `--deck`."""
    export = commands.add_parser("export", help="the decks for Anki, the review log as CSV, or all as JSON Lines")
    formats = export.add_mutually_exclusive_group(required=True)
    formats.add_argument("--anki", metavar="FILE", help="an Anki package (.apkg): one note per card")
    formats.add_argument("--csv", metavar="FILE", help="the review log in the FSRS optimizer's CSV ('-': stdout)")
    formats.add_argument(
        "--jsonl", metavar="FILE", help="decks, cards, reviews, events, practice and mocks as JSON Lines ('-': stdout)"
    )
    export.add_argument("--deck", action="append", metavar="NAME", help="only this deck (repeat for several)")
    export.set_defaults(handler=export_decks)


def export_decks(args: argparse.Namespace) -> int:
    """Write the decks asked for in the format asked for; say how much went where."""
    with open_store(args.db) as store:
        if args.anki is not None:
            _anki(store, args)
        elif args.csv is not None:
            _csv(store, args)
        else:
            _jsonl(store, args)
    return EXIT_OK


def _anki(store: Store, args: argparse.Namespace) -> None:
    """The decks as an Anki package."""
    from deck.text import sanitize
    from scheduler.anki import AnkiExportError, export_anki
    from textual_app.cli.stats import resolve_decks

    path = Path(args.anki).expanduser()
    try:
        written = export_anki(store, path, current_clock().now(), resolve_decks(store, args.deck))
    except AnkiExportError as error:
        raise UsageError(str(error)) from None
    notes = f"{written.notes} note{'' if written.notes == 1 else 's'}"
    decks = f"{written.decks} Anki deck{'' if written.decks == 1 else 's'}"
    print(f"wrote {notes} in {decks} to {sanitize(str(path))}")


def _csv(store: Store, args: argparse.Namespace) -> None:
    """The review log of the decks asked for, as the FSRS optimizer's CSV."""
    from scheduler.export import write_csv
    from textual_app.cli.stats import resolve_decks

    deck_ids = resolve_decks(store, args.deck)
    with _output(args.csv) as out:
        count = write_csv(store, out, deck_ids)
    print(f"{count} reviews written to {args.csv}", file=sys.stderr)


def _jsonl(store: Store, args: argparse.Namespace) -> None:
    """Everything, as JSON Lines (always every deck: it is what `import` merges back)."""
    from scheduler.export import write_jsonl

    if args.deck:
        raise UsageError("--jsonl writes every deck (import merges it back): leave out --deck")
    with _output(args.jsonl) as out:
        count = write_jsonl(store, out)
    print(f"{count} lines written to {args.jsonl}", file=sys.stderr)


@contextmanager
def _output(file: str) -> Iterator[TextIO]:
    """Standard output for `-`, else the file opened for writing (a usage error if it cannot be)."""
    if file == "-":
        yield sys.stdout
        return
    try:
        handle = Path(file).expanduser().open("w", encoding="utf-8", newline="")
    except OSError as error:
        raise UsageError(f"{file}: cannot write: {error}") from None
    with handle:
        yield handle
