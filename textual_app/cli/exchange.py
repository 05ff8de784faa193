"""`starcards export` and `starcards import`: the review history in and out of the database.

`export --csv FILE` writes the FSRS optimizer's CSV; `export --jsonl FILE` everything, as
JSON Lines (`-` for standard output). `import FILE.jsonl` merges such a file back without
duplicating anything; `import FILE.csv --map MAP.csv` adds another program's review log
(Anki's revlog CSV) to the cards the map names. A bad file is one line and exit 2,
with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from textual_app.cli.context import with_store
from textual_app.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from scheduler.settings import Settings
    from scheduler.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    """Add `export` and `import`, with their handlers."""
    export = commands.add_parser("export", help="write the review log as optimizer CSV and/or complete JSON Lines")
    export.add_argument("--csv", metavar="FILE", help="reviews in the FSRS optimizer's CSV schema ('-': stdout)")
    export.add_argument("--jsonl", metavar="FILE", help="decks, cards, reviews and events as JSON Lines ('-': stdout)")
    export.add_argument("--deck", metavar="NAME", help="only this deck's reviews in the CSV")
    export.set_defaults(handler=export_command)
    imported = commands.add_parser("import", help="merge a JSON Lines export, or add an Anki revlog CSV with --map")
    imported.add_argument("file", metavar="FILE", help="a .jsonl export of starcards, or a revlog .csv")
    imported.add_argument("--map", metavar="MAP", help="for a CSV: a CSV of card_id,question naming each card")
    imported.add_argument("--deck", metavar="NAME", help="for a CSV: match questions in this deck only")
    imported.set_defaults(handler=import_command)


@with_store
def export_command(store: Store, _settings: Settings, args: argparse.Namespace) -> int:
    """`starcards export`."""
    return export(store, csv_file=args.csv, jsonl_file=args.jsonl, deck=args.deck)


@with_store
def import_command(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """`starcards import`."""
    return import_file(store, settings, args.file, map_file=args.map, deck=args.deck)


def export(store: Store, *, csv_file: str | None, jsonl_file: str | None, deck: str | None) -> int:
    """Write the files asked for; say what was written on standard error."""
    from scheduler.export import write_csv, write_jsonl
    from textual_app.cli.stats import resolve_decks

    if csv_file is None and jsonl_file is None:
        raise UsageError("export needs --csv FILE or --jsonl FILE (or both)")
    if csv_file is not None:
        deck_ids = resolve_decks(store, [deck] if deck else None)
        with _output(csv_file) as out:
            count = write_csv(store, out, deck_ids)
        print(f"{count} reviews written to {csv_file}", file=sys.stderr)
    if jsonl_file is not None:
        with _output(jsonl_file) as out:
            count = write_jsonl(store, out)
        print(f"{count} lines written to {jsonl_file}", file=sys.stderr)
    return EXIT_OK


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
