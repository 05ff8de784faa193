"""`starcards export`: the decks in another program's format (`--anki FILE.apkg` for Anki).

One command with one option per format, so that each format is a flag of the same command.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from textual_app.cli.context import current_clock, open_store
from textual_app.errors import EXIT_OK, UsageError


def register(commands: argparse._SubParsersAction) -> None:
    """Add `export` with its formats and `--deck`."""
    export = commands.add_parser("export", help="write the decks in another program's format (Anki)")
    formats = export.add_mutually_exclusive_group(required=True)
    formats.add_argument("--anki", metavar="FILE", help="an Anki package (.apkg): one note per card")
    export.add_argument("--deck", action="append", metavar="NAME", help="only this deck (repeat for several)")
    export.set_defaults(handler=export_decks)


def export_decks(args: argparse.Namespace) -> int:
    """Write the decks asked for in the format asked for; say how many notes went where."""
    from deck.text import sanitize
    from scheduler.anki import AnkiExportError, export_anki
    from textual_app.cli.stats import resolve_decks

    path = Path(args.anki).expanduser()
    with open_store(args.db) as store:
        try:
            written = export_anki(store, path, current_clock().now(), resolve_decks(store, args.deck))
        except AnkiExportError as error:
            raise UsageError(str(error)) from None
    notes = f"{written.notes} note{'' if written.notes == 1 else 's'}"
    decks = f"{written.decks} Anki deck{'' if written.decks == 1 else 's'}"
    print(f"wrote {notes} in {decks} to {sanitize(str(path))}")
    return EXIT_OK
