"""The `starcards` command line: build the parser from the command families, run the handler chosen.

Each family module (`notes`, `practice`, `interview`, `stats`, `decks`, `export`,
`tooling`, `serve`, `doctor`) adds its commands with `register` and sets each one's
handler; with no command, `launch.home` opens the deck list. Failures map to the exit
codes of `textual_app.errors`.
"""

from __future__ import annotations

import gc
import importlib
import sqlite3
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from textual_app.cli import launch
from textual_app.cli.plain_review import plain_review
from textual_app.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_UNUSABLE, UsageError

if TYPE_CHECKING:
    import argparse

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
  starcards mock --questions 6 --minutes 30    a 30-minute mock interview
  starcards stories                            your stories and the questions they answer
  starcards decks                              every deck with its cards and path
  starcards decks move Interviews ~/Vault/Interviews/   the deck's notes moved there
  starcards export --anki stories.apkg         the decks as an Anki package
  starcards export --jsonl all.jsonl           everything, to move or merge (import reads it)
  starcards optimize --deck Interviews         fit FSRS parameters to your own reviews
  starcards simulate                           workload a year for each desired retention
  starcards completion bash                    a bash completion script (README: installing it)
  starcards serve                              the app in a browser, on localhost:8000
  starcards doctor                             check the database, repair what the log can
  starcards backups                            list the automatic backups

exit codes: 0 ok, 1 check found warnings (doctor: found something; optimize: too little
history; decks remove: not confirmed), 2 unusable input or database or no terminal,
130 interrupted, 143 terminated.
The database lives in the user data folder; --db or STARCARDS_DB choose another."""

FAMILIES = (
    "notes", "practice", "interview", "stats", "memory", "decks", "export", "importing", "tooling", "serve", "doctor",
    "database",
)
"""The modules of `textual_app.cli` that add commands, in the order `--help` lists them."""

COMMANDS = {
    "review": "notes", "check": "notes", "sync": "notes", "practice": "practice", "mock": "interview",
    "mock-report": "interview", "stories": "interview", "readiness": "interview", "due": "stats", "stats": "stats",
    "cards": "stats", "optimize": "memory", "simulate": "memory", "decks": "decks", "export": "export",
    "import": "importing", "completion": "tooling", "schema": "tooling", "serve": "serve", "doctor": "doctor",
    "backup": "database", "backups": "database", "restore": "database",
}
"""Each command and the family that adds it: a command line naming one builds only that family's parser
(importing every family and building every parser is a good part of a start-up's first 50 ms)."""


APP_COMMANDS = frozenset({None, "review", "practice", "mock"})
"""The commands that open the app (None: the deck list). They start with Python's cycle collector paused, as the app
does until its first paint (`textual_app.lifecycle`); any other command runs with it on. Without a terminal they are
refused before anything is read or written (`launch.require_terminal`)."""


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    """`--db PATH`, accepted before or after the command."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the SQLite database to use (default: $STARCARDS_DB, else the user data folder)",
    )


def family(name: str) -> ModuleType:
    """The command family module `textual_app.cli.NAME`."""
    return importlib.import_module(f"textual_app.cli.{name}")


def build_parser(families: Sequence[str] = FAMILIES) -> argparse.ArgumentParser:
    """The argument parser with the commands of `families` (default: all); no command means the deck list."""
    import argparse

    from textual_app.cli.version import VersionAction

    parser = argparse.ArgumentParser(
        prog="starcards",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=VersionAction, nargs=0, help="show the version and exit")
    _db_option(parser, None)
    parser.set_defaults(handler=launch.home)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in families:
        family(name).register(commands)
    for sub in _parsers_below(commands):
        _db_option(sub, argparse.SUPPRESS)
    return parser


def _parsers_below(commands: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:
    """Every command's parser, and those of its own actions (`decks rename`), so each takes `--db`."""
    import argparse

    found = []
    for sub in commands.choices.values():
        found.append(sub)
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                found += _parsers_below(action)
    return found


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` names (its first word that is neither an option nor the value of `--db`), if any."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run starcards with `argv` (default: the process arguments); return the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    command = command_named(argv)
    if command not in APP_COMMANDS:
        gc.enable()  # `python -m textual_app` paused it for an app's start
        return _run(argv, command)
    gc.disable()
    try:
        return _run(argv, command)
    finally:
        gc.enable()


def _run(argv: list[str], command: str | None) -> int:
    """Parse `argv` (naming `command`) and run the handler chosen; the exit code."""
    args = plain_review(argv) or build_parser([COMMANDS[command]] if command in COMMANDS else FAMILIES).parse_args(argv)
    try:
        if command in APP_COMMANDS:
            launch.require_paths(args)  # a missing note is said first: no terminal would not help it
            launch.require_terminal(args)
        code = args.handler(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except UsageError as error:
        print(f"starcards: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except sqlite3.Error as error:
        from scheduler.store import explain

        print(f"starcards: {explain(error)}", file=sys.stderr)
        return EXIT_UNUSABLE
    except OverflowError:
        print("starcards: a date out of range: check the dates in the settings and STARCARDS_NOW", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        print("starcards: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _silence_stdout() -> None:
    """The reader of standard output has gone (`starcards cards | head`): send what is left to
    nowhere, so the interpreter's last flush at exit stays quiet too."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
