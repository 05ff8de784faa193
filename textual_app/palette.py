"""The command palette's commands: every key the screen offers now, then the app's places, theme and quit.

Each title is offered once: a command the screen binds itself (the deck list's `q Quit`,
its `, Settings`) is not offered again by the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

PLACES: tuple[tuple[str, str, str], ...] = (
    ("app.show_stats", "Statistics", "Forecast, calendar, retention and card counts"),
    ("app.show_stories", "Story map", "Your stories and the questions they answer"),
    ("app.browse_cards", "Card browser", "Search and sort cards; suspend, reset, edit"),
)
"""The app's screens the palette opens when the current screen has no key for them: action, title, help."""

NOT_OFFERED = frozenset({"help", "command_palette", "app.command_palette"})
"""Actions the palette leaves out of the screen's keys: it offers `Keys` itself, and is the palette."""


def palette_commands(
    app: App[None], screen: Screen[object], inherited: Iterable[SystemCommand]
) -> Iterator[SystemCommand]:
    """The palette's commands for `screen`, each title once; `inherited` are Textual's own (Theme is kept)."""
    seen: set[str] = set()
    for command in _all_commands(app, screen, inherited):
        if command.title not in seen:
            seen.add(command.title)
            yield command


def _all_commands(
    app: App[None], screen: Screen[object], inherited: Iterable[SystemCommand]
) -> Iterator[SystemCommand]:
    """Every command, a title possibly more than once (the screen's own key first)."""
    from textual_app.bound_keys import screen_keys

    entries = screen_keys(screen)
    for entry in entries:
        if entry.enabled and entry.action not in NOT_OFFERED:
            keys = " or ".join(entry.keys)
            run = partial(app.run_action, entry.action, entry.namespace)
            yield SystemCommand(entry.description, f"{entry.tooltip} ({keys})", run)
    yield SystemCommand("Keys", "Show every key you can press here (?)", _app_action(app, "app.help"))
    yield SystemCommand("Settings", "Review settings, globally or per deck", _app_action(app, "app.settings"))
    offered = {entry.action for entry in entries}
    for action, title, help_text in PLACES:
        if action not in offered:
            yield SystemCommand(title, help_text, _app_action(app, action))
    yield from (command for command in inherited if command.title in ("Theme", "Screenshot"))
    yield SystemCommand("Quit", "Quit starcards", _app_action(app, "app.quit"))


def _app_action(app: App[None], action: str) -> Callable[[], object]:
    """The app's method for `app.NAME`, run at once when the command is chosen."""
    return getattr(app, "action_" + action.removeprefix("app."))
