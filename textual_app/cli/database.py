"""The backup commands: `backup`, `backups` and `restore NAME` (`doctor` is `textual_app.cli.doctor`).

`register` adds them to the command line, each with its handler; nothing heavy is
imported until a command runs. `restore` and `backups` work on a database SQLite cannot
open.
"""

from __future__ import annotations

import argparse

from textual_app.cli.context import current_clock, database_path, open_store
from textual_app.errors import EXIT_OK, UsageError


def register(commands: argparse._SubParsersAction) -> None:
    """Add `backup`, `backups` and `restore`."""
    backup_parser = commands.add_parser("backup", help="back up the database now")
    backup_parser.set_defaults(handler=backup)
    list_parser = commands.add_parser("backups", help="list the backups of the database, newest first")
    list_parser.set_defaults(handler=backups)
    restore_parser = commands.add_parser("restore", help="replace the database with a backup (backing it up first)")
    restore_parser.add_argument("name", metavar="NAME", help="a backup's file name, as `starcards backups` lists it")
    restore_parser.set_defaults(handler=restore)


def backup(args: argparse.Namespace) -> int:
    """Take a backup now and say where it is."""
    import sqlite3

    with open_store(args.db) as store:
        try:
            made = store.back_up("manual", current_clock().now())
        except OSError as error:
            raise UsageError(f"cannot write a backup: {error.strerror or error}") from None
        except sqlite3.Error as error:
            raise UsageError(f"cannot write a backup: {error}") from None
    print(f"backed up to {made.path}")
    return EXIT_OK


def backups(args: argparse.Namespace) -> int:
    """List the backups, newest first, with what each holds."""
    from scheduler.backups import backup_folder, list_backups
    from scheduler.restore import describe

    path = database_path(args.db)
    found = list_backups(path)
    if not found:
        print(f"no backups yet in {backup_folder(path)}")
        return EXIT_OK
    print(f"backups in {backup_folder(path)}:")
    for item in found:
        print(f"  {item.name}  {item.reason:<10}  {describe(item.path) or 'unreadable'}")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    """Say what will be replaced, back the current database up, and put the backup in its place."""
    from scheduler.restore import RestoreError, describe, find_backup
    from scheduler.restore import restore as put_back

    path = database_path(args.db)
    try:
        chosen = find_backup(path, args.name)
        print(f"replacing {path} ({describe(path) or 'unreadable'})")
        print(f"     with {chosen.name} ({describe(chosen.path)})")
        saved = put_back(path, chosen, current_clock().now())
    except RestoreError as error:
        raise UsageError(str(error)) from None
    if saved is not None:
        print(f"the database as it was is kept as {saved.path}")
    print("restored")
    return EXIT_OK
