"""`starcards doctor`: check every card's cached FSRS state against its review log, and repair it.

A minimal command over `scheduler.replay_check.check_states`; it says what it found in
one line (or JSON). Exit 0 when every cached state matched its log, 1 when some did not
(repaired, unless `--check-only`).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from textual_app.cli.context import with_store
from textual_app.errors import EXIT_OK, EXIT_WARNINGS

if TYPE_CHECKING:
    from scheduler.settings import Settings
    from scheduler.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    """Add `doctor`."""
    parser = commands.add_parser("doctor", help="check the cached schedule against the review log, and repair it")
    parser.add_argument("--check-only", action="store_true", help="report what differs without repairing it")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=doctor)


@with_store
def doctor(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """Replay every card's log; report (and unless `--check-only`, repair) the cached states that differ."""
    from scheduler.replay_check import check_states

    report = check_states(store, settings, repair=not args.check_only)
    if args.json:
        differing = {str(card): list(names) for card, names in report.differing.items()}
        print(json.dumps({"checked": report.checked, "differing": differing, "repaired": report.repaired}))
    else:
        print(report.summary())
    return EXIT_WARNINGS if report.differing else EXIT_OK
