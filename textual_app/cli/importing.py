"""`starcards import`: a review history into the database.

`import FILE.jsonl` merges what `export --jsonl` wrote without duplicating anything;
`import FILE.csv --map MAP.csv` adds another program's review log (Anki's revlog CSV)
to the cards the map names. A bad file is one line and exit 2, with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from textual_app.cli.context import with_store
from textual_app.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from scheduler.settings import Settings
    from scheduler.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    """Add `import`, with its handler."""
    imported = commands.add_parser("import", help="merge a JSON Lines export, or add an Anki revlog CSV with --map")
    imported.add_argument("file", metavar="FILE", help="a .jsonl export of starcards, or a revlog .csv")
    imported.add_argument("--map", metavar="MAP", help="for a CSV: a CSV of card_id,question naming each card")
    imported.add_argument("--deck", metavar="NAME", help="for a CSV: match questions in this deck only")
    imported.set_defaults(handler=import_command)


@with_store
def import_command(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """`starcards import`."""
    return import_file(store, settings, args.file, map_file=args.map, deck=args.deck)


def import_file(store: Store, settings: Settings, file: str, *, map_file: str | None, deck: str | None) -> int:
    """Merge a JSON Lines export, or add a revlog CSV through its map; print what was added."""
    from scheduler.import_lines import ImportFileError

    try:
        if _is_csv(file):
            print(_import_csv(store, settings, file, map_file, deck))
        else:
            print(_import_jsonl(store, settings, file))
    except ImportFileError as error:
        raise UsageError(str(error)) from None
    return EXIT_OK


def _import_jsonl(store: Store, settings: Settings, file: str) -> str:
    """Merge the export `file`; the report line."""
    from scheduler.import_jsonl import import_jsonl
    from scheduler.import_lines import read_lines

    lines = read_lines(file, _text(file).splitlines())
    return f"{file}: {import_jsonl(store, settings, file, lines)}"


def _import_csv(store: Store, settings: Settings, file: str, map_file: str | None, deck: str | None) -> str:
    """Add the mapped reviews of revlog `file`; the report line."""
    from scheduler.revlog_csv import import_revlog, read_card_map, read_revlog
    from textual_app.cli.stats import resolve_decks

    if map_file is None:
        raise UsageError(f"{file}: a revlog CSV needs --map MAP.csv pairing its card_id with your questions")
    reviews = read_revlog(file, _text(file).splitlines())
    card_map = read_card_map(map_file, _text(map_file).splitlines())
    deck_ids = resolve_decks(store, [deck] if deck else None)
    report, unmapped = import_revlog(store, settings, reviews, card_map, deck_ids)
    return f"{file}: {report}; {unmapped} reviews of cards not in the map or not found skipped"


def _is_csv(file: str) -> bool:
    """Whether `file` is a CSV (by its name; else a JSON Lines export)."""
    return Path(file).suffix.lower() == ".csv"


def _text(file: str) -> str:
    """The text of `file` (`-`: standard input); a usage error when it cannot be read."""
    if file == "-":
        return sys.stdin.read()
    try:
        return Path(file).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{file}: cannot read: {error}") from None
