"""The `starcards` command line: parse the arguments, run a command, map failures to exit codes.

Exit codes: 0 success; 1 `check` found warnings; 2 unusable input (a missing or
unreadable path, notes with no cards, a bad settings file, an unusable database);
130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXIT_OK = 0
EXIT_WARNINGS = 1
EXIT_UNUSABLE = 2
EXIT_INTERRUPTED = 130

DESCRIPTION = """\
Review the answers to behavioural-interview questions kept in your Markdown notes,
as flashcards scheduled by FSRS. With no command, open the deck list (the bundled
example deck on first run)."""

EPILOG = """\
examples:
  starcards review ~/Notes/"Behavioural Interviews.md"
  starcards review ~/Notes/Interviews/         every .md under the folder
  starcards check notes.md --json              what the notes yield, as JSON
  starcards sync ~/Notes/Interviews/           index notes without reviewing
  starcards due --json                         what is due today
  starcards practice notes.md --weakest 5      drill the 5 weakest cards, schedule untouched
  starcards stats --deck Interviews            forecast, calendar, retention
  starcards cards --sort retrievability        weakest cards first

exit codes: 0 ok, 1 check found warnings, 2 unusable input, 130 interrupted.
The database lives in the user data folder; --db or STARCARDS_DB choose another."""


class UsageError(Exception):
    """Input starcards cannot use: printed as one line, exit code 2."""


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    """`--db PATH`, accepted before or after the command."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the SQLite database to use (default: $STARCARDS_DB, else the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its commands."""
    parser = argparse.ArgumentParser(
        prog="starcards",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    _db_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    review = commands.add_parser("review", help="add notes as decks and review what is due")
    review.add_argument("paths", nargs="+", metavar="PATH", help="a Markdown note or a folder of notes")
    check = commands.add_parser("check", help="show the cards and warnings the notes yield")
    check.add_argument("paths", nargs="+", metavar="PATH", help="a Markdown note or a folder of notes")
    check.add_argument("--json", action="store_true", help="print JSON instead of text")
    sync = commands.add_parser("sync", help="add or update decks from notes without reviewing")
    sync.add_argument("paths", nargs="+", metavar="PATH", help="a Markdown note or a folder of notes")
    sync.add_argument("--json", action="store_true", help="print JSON instead of text")
    due = commands.add_parser("due", help="count the cards available today in every deck")
    due.add_argument("--json", action="store_true", help="print JSON instead of text")
    practice = commands.add_parser("practice", help="drill cards, weakest first, without touching the schedule")
    practice.add_argument("path", nargs="?", metavar="PATH", help="a note or folder (default: every deck)")
    practice.add_argument("--tag", metavar="TAG", help="only cards with this tag")
    practice.add_argument("--weakest", metavar="N", help="only the N cards you are least likely to recall")
    from textual_app import exchange_commands, memory_commands

    added = [*memory_commands.register(commands), *exchange_commands.register(commands)]
    for sub in (review, check, sync, due, practice, *_stats_parsers(commands), *added):
        _db_option(sub, argparse.SUPPRESS)
    return parser


class _VersionAction(argparse.Action):
    """`--version`: looks the version up only when asked (reading package metadata is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        """Print `starcards VERSION` on standard output and exit."""
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _stats_parsers(commands: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:
    """`stats` and `cards`, with their filters."""
    from scheduler.browse import FILTERS, SORTS

    stats = commands.add_parser("stats", help="today, due, forecast, calendar, streak, retention, card counts")
    cards = commands.add_parser("cards", help="list cards with their FSRS state; filter and sort")
    for sub in (stats, cards):
        sub.add_argument("--deck", action="append", metavar="NAME", help="only this deck (repeat for several)")
        sub.add_argument("--json", action="store_true", help="print JSON instead of text")
    cards.add_argument("--tag", metavar="T", help="only cards with this tag")
    cards.add_argument("--state", choices=FILTERS, help="only cards in this state or status")
    cards.add_argument("--search", metavar="TEXT", help="only cards whose question or answer holds TEXT")
    cards.add_argument("--sort", choices=SORTS, default="due", help="order (default: due)")
    cards.add_argument("--limit", type=int, metavar="N", help="at most N cards")
    return [stats, cards]


def _version() -> str:
    """The installed package version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("starcards")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run starcards with `argv` (default: the process arguments); return the exit code."""
    args = build_parser().parse_args(argv)
    from textual_app import commands

    try:
        return commands.run(args)
    except UsageError as error:
        print(f"starcards: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        print("starcards: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK


def _quiet_stdout() -> None:
    """The reader of standard output has gone (`| head`): send what is left nowhere, as `git log | head` does."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
