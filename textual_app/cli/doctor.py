"""`starcards doctor [--check-only] [--json]`: check the database, and repair what the review log can.

Over `scheduler.doctor`: SQLite's integrity check, every card's cached FSRS state against
its log replayed as recorded (`scheduler.replay_check`), the suspended and buried flags
against their events, the hourly totals against the log, and the notes cards come from;
with `[sync]` on, what the sync folder holds (`scheduler.sync.sync_status`).
What the log can repair is repaired after a backup, unless `--check-only`. A database
SQLite cannot open is one line naming the newest backup (see `context.open_store`).
Exit 0 when all was well, 1 when something was found.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from textual_app.cli.context import with_store
from textual_app.errors import EXIT_OK, EXIT_WARNINGS

if TYPE_CHECKING:
    from scheduler.doctor import Examination
    from scheduler.settings import Settings
    from scheduler.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    """Add `doctor`."""
    parser = commands.add_parser("doctor", help="check the database, repair what the review log can")
    parser.add_argument("--check-only", action="store_true", help="report what is wrong without repairing it")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=doctor)


@with_store
def doctor(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Check the store; repair (after a backup) what the log can, unless `--check-only`."""
    from scheduler.doctor import examine, examine_and_repair

    found = examine(store, settings, repair=False) if args.check_only else examine_and_repair(store, settings)
    if args.json:
        print(json.dumps(found.as_dict(), indent=2, ensure_ascii=False))
    else:
        _print_findings(found)
    return EXIT_OK if found.healthy else EXIT_WARNINGS


def _print_findings(found: Examination) -> None:
    """Each finding other than a card cache as a line (`repaired: ...` or `found: ...`), then the replay's summary."""
    from deck.controls import sanitize

    for line in found.sync:
        print(sanitize(line))
    others = [finding for finding in found.findings if finding.kind != "cache"]
    for finding in others:
        print(f"{'repaired' if finding.repaired else 'found'}: {sanitize(finding.message)}")
    more = f"; {len(others)} other finding{'' if len(others) == 1 else 's'}" if others else ""
    print(found.replay.summary() + more)
