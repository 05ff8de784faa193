"""The app's stylesheets: the review screen's is read as the app starts, every other screen's when first shown.

Textual parses each stylesheet the app names before it paints anything (about a
millisecond per forty lines), so the first question would wait for the rules of screens
it does not show. A screen whose rules live in a stylesheet of their own names it in
`STYLESHEET`; the app reads that stylesheet when it shows the screen for the first time
(`read_for`). Its rules are scoped by screen id, so the screens already shown need no
restyle; only the new stylesheet is parsed (Textual keeps the others parsed).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from textual.app import App

Shown = TypeVar("Shown")

HERE = Path(__file__).resolve().parent
"""Where the stylesheets are."""

AT_START = ["starcards.tcss"]
"""The stylesheet read as the app starts: the review screen's (and what every screen shares)."""


def read_for(app: App[object], screen: Shown) -> Shown:
    """Read the stylesheet `screen` names in `STYLESHEET`, unless the app has it already; the screen."""
    name = getattr(screen, "STYLESHEET", None)
    path = HERE / str(name)
    if name and not app.stylesheet.has_source(str(path), ""):
        app.stylesheet.add_source(path.read_text(encoding="utf-8"), read_from=(str(path), ""))
    return screen
