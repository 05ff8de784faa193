"""`starcards completion` and `starcards schema`: what shells and other programs need to work with starcards."""

from __future__ import annotations

import argparse
import sys

from textual_app.errors import EXIT_OK, UsageError


def register(commands: argparse._SubParsersAction) -> None:
    """Add `completion SHELL` and `schema [NAME]`."""
    from textual_app.completion import SHELLS, VALUES
    from textual_app.schemas import SCHEMAS

    completion = commands.add_parser("completion", help="print a shell completion script (bash, zsh or fish)")
    completion.add_argument("shell", nargs="?", choices=SHELLS, help="the shell to complete in")
    completion.add_argument("--list", choices=VALUES, help=argparse.SUPPRESS)
    completion.set_defaults(handler=completion_command)
    schema = commands.add_parser("schema", help="print the JSON Schema of a command's --json output")
    schema.add_argument("name", nargs="?", choices=list(SCHEMAS), help="the command (default: list the names)")
    schema.set_defaults(handler=schema_command)


def completion_command(args: argparse.Namespace) -> int:
    """Print the completion script for the shell asked for, or (`--list`) deck names or tags, one a line."""
    if args.list:
        from textual_app.cli.context import open_store
        from textual_app.completion import list_values

        with open_store(args.db) as store:
            print("\n".join(list_values(store, args.list)))
        return EXIT_OK
    if args.shell is None:
        raise UsageError("name a shell: starcards completion bash, zsh or fish")
    from textual_app.cli import build_parser
    from textual_app.completion import completion_script

    sys.stdout.write(completion_script(build_parser(), args.shell))  # every command's, not only this family's
    return EXIT_OK


def schema_command(args: argparse.Namespace) -> int:
    """Print the JSON Schema named, or the names there are."""
    from textual_app.schemas import SCHEMAS, shipped

    if args.name is None:
        print("\n".join(SCHEMAS))
    else:
        sys.stdout.write(shipped(args.name))
    return EXIT_OK
