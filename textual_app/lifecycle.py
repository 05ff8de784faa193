"""The app's life beyond its screens: the collector paused until the first paint, the theme it starts in and
keeps, and the signals that end it.

The app is any Textual `App` with a `settings` attribute (`StarcardsApp`), so this module
needs no import of the app.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while the app starts: the app resumes it after its first paint
    (`resume_collector`), and leaving the block resumes it in any case.

    Importing Textual and building the first screen allocate hundreds of thousands of
    objects that live as long as the app; the collector would walk them again and again
    (about a tenth of the start's CPU time, a full pass among them) to find almost no
    garbage. Memory is still freed as usual by reference counting meanwhile.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def resume_collector() -> None:
    """After the first paint: keep what the start built out of the collector's passes, and collect again.

    Does nothing unless `collector_paused` paused it (an app run by the tests never is).
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def leave_on_signals(app: App[None]) -> None:
    """SIGINT and SIGTERM quit `app` as ctrl+q does (every rating is already saved), with exit codes 130 and 143."""
    import asyncio
    import signal

    from textual_app.errors import EXIT_INTERRUPTED, EXIT_TERMINATED

    loop = asyncio.get_running_loop()
    for number, code in ((signal.SIGINT, EXIT_INTERRUPTED), (signal.SIGTERM, EXIT_TERMINATED)):
        try:
            loop.add_signal_handler(number, partial(app.exit, return_code=code))
        except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover - Windows, or not main thread
            return


def size_classes(app: App[None]) -> set[str]:
    """The classes Textual gives a screen for the app's size (its `HORIZONTAL_BREAKPOINTS` and
    `VERTICAL_BREAKPOINTS`): a screen made with them is not restyled whole when its first resize sets them."""
    width, height = app.size
    return {
        name
        for dimension, breakpoints in ((width, app.HORIZONTAL_BREAKPOINTS), (height, app.VERTICAL_BREAKPOINTS))
        for name in [max((point for point in breakpoints or [] if dimension >= point[0]), default=(0, ""))[1]]
        if name
    }


def apply_theme(app: App[None]) -> None:
    """Start `app` in the theme from its settings (an unknown one is ignored); keep every theme chosen later."""
    theme = app.settings.theme  # type: ignore[attr-defined]
    if theme in app.available_themes:
        app.theme = theme
    app.theme_changed_signal.subscribe(app, partial(_remember_theme, app))


def _remember_theme(app: App[None], _theme: object) -> None:
    """Keep the theme just chosen in the settings file, so the next start uses it."""
    from dataclasses import replace

    from scheduler.locations import config_path
    from scheduler.settings import SettingsError, save_settings

    if app.theme == app.settings.theme:  # type: ignore[attr-defined]
        return
    settings = replace(app.settings, theme=app.theme)  # type: ignore[attr-defined]
    try:
        save_settings(config_path(), settings)
    except SettingsError as error:
        app.notify(f"Could not keep the theme: {error}", severity="warning", markup=False)
        return
    app.settings = settings  # type: ignore[attr-defined]
