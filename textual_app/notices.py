"""Notices that belong to one screen: `withdraw` takes them off when the screen closes.

Textual keeps a notice app-wide until it times out, so one posted on the settings screen
("Settings saved…", five seconds) still covered the next screen, the mock interview
opened a moment later. What a screen said about its own work goes with it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App


def withdraw(app: App[Any], messages: Collection[str]) -> None:
    """Take off the notices showing any of `messages` (Textual has no public way to remove one notice: this
    reads its collection of notices, as its own toasts do)."""
    notifications, unnotify = getattr(app, "_notifications", None), getattr(app, "_unnotify", None)
    if notifications is None or unnotify is None:
        return  # a Textual without them: the notices time out as before
    for notification in list(notifications):
        if notification.message in messages:
            unnotify(notification)
