"""`starcards optimize` and `starcards simulate`: the user's own memory model from the command line.

`simulate` prints, for each desired retention, a simulated year's reviews and minutes
a day and cards remembered (a table with bars, or `--json`), the current setting marked.

`optimize` fits FSRS parameters to the review log (one deck's or all), prints how the
current and fitted parameters score on held-out reviews, saves the fitted ones only
when they score better, then offers to reschedule existing cards. Exit codes: 0 done
(whether or not the parameters changed), 1 too little history to fit, 2 unusable input.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from textual_app.cli.context import current_clock, load_settings, with_store
from textual_app.errors import EXIT_OK, EXIT_WARNINGS, UsageError

if TYPE_CHECKING:
    from scheduler.personal import Scope
    from scheduler.settings import Settings
    from scheduler.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    """Add `optimize` and `simulate`, with their handlers."""
    optimize = commands.add_parser("optimize", help="fit FSRS parameters to your own review history")
    optimize.add_argument("--deck", metavar="NAME", help="only this deck's history, for its own parameters")
    optimize.add_argument("--reschedule", action="store_true", help="reschedule existing cards without asking")
    optimize.set_defaults(handler=optimize_command)
    simulate = commands.add_parser("simulate", help="workload and recall over a year for each desired retention")
    simulate.add_argument("--deck", metavar="NAME", help="one deck (default: every deck, global settings)")
    simulate.add_argument("--json", action="store_true", help="print JSON instead of text")
    simulate.set_defaults(handler=simulate_command)


@with_store
def optimize_command(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """`starcards optimize`."""
    return optimize(store, settings, args.deck, reschedule=args.reschedule)


def optimize(store: Store, settings: Settings, deck: str | None, *, reschedule: bool) -> int:
    """Fit, report, keep the parameters when better, and offer to reschedule."""
    from scheduler.optimize import NotEnoughHistory
    from scheduler.personal import fit_scope, keep_parameters
    from textual_app.memory_report import fit_lines

    scope = _scope(store, deck)
    try:
        fit = fit_scope(store, settings, scope, progress=_progress)
    except NotEnoughHistory as error:
        print(f"starcards: not enough history for {scope.label}: {error}", file=sys.stderr)
        return EXIT_WARNINGS
    print("\n".join(fit_lines(fit, scope)))
    if fit.parameters is None:
        return EXIT_OK
    _save(keep_parameters(settings, scope, fit.parameters))
    _offer_reschedule(store, reschedule)
    return EXIT_OK


def _scope(store: Store, deck: str | None) -> Scope:
    """The scope of `--deck` (exact name, else ignoring case); a usage error for an unknown deck."""
    from scheduler.personal import Scope
    from textual_app.cli.stats import deck_title, resolve_decks

    if deck is None:
        return Scope(None, None)
    ids = resolve_decks(store, [deck])
    assert ids is not None
    return Scope(deck_title(store, ids), tuple(ids))


def _progress(step: str) -> None:
    """A progress line on standard error."""
    print(f"… {step}", file=sys.stderr, flush=True)


def _save(settings: Settings) -> None:
    """Write the settings file; a usage error if it cannot be written."""
    from scheduler.locations import config_path
    from scheduler.settings import SettingsError, save_settings

    try:
        backup = save_settings(config_path(), settings)
    except SettingsError as error:
        raise UsageError(str(error)) from None
    print(f"Saved to {config_path()}.")
    if backup is not None:
        print(f"Your earlier file, with its comments, is kept as {backup}.")


def _offer_reschedule(store: Store, yes: bool) -> None:
    """Reschedule existing cards with the saved settings: at once with `yes`, else after asking on a terminal."""
    if not yes and not _confirmed("Reschedule existing cards with the new parameters now? [y/N] "):
        print("Existing cards keep their schedule; reschedule later with --reschedule or in the settings screen.")
        return
    from scheduler.maintenance import rebuild_states
    from scheduler.vocabulary import counted

    count = rebuild_states(store, load_settings())
    print(f"Rescheduled {counted(count, 'card')}.")


def _confirmed(question: str) -> bool:
    """Whether the user answers yes on a terminal (never when standard input is not one)."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False


@with_store
def simulate_command(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    """`starcards simulate`."""
    return simulate(store, settings, args.deck, as_json=args.json)


def simulate(store: Store, settings: Settings, deck: str | None, *, as_json: bool) -> int:
    """Print the simulated year for each desired retention (a table and bars, or JSON)."""
    import json

    from textual_app.outlook_text import outlook_lines
    from textual_app.outlook_view import scoped_outlook

    scope = _scope(store, deck)
    found = scoped_outlook(store, settings, current_clock().now(), scope)
    if as_json:
        print(json.dumps({"scope": scope.deck, **found.as_dict()}, indent=2, ensure_ascii=False))
    else:
        import shutil

        print("\n".join(outlook_lines(found, scope.label, shutil.get_terminal_size().columns)))
    return EXIT_OK
