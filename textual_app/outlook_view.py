"""The simulated year of a scope (one deck or all), for `starcards simulate` and the statistics' workload panel."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scheduler.outlook import Outlook
    from scheduler.personal import Scope
    from scheduler.settings import Settings
    from scheduler.store import Store


def scoped_outlook(store: Store, settings: Settings, now: datetime, scope: Scope) -> Outlook:
    """The simulated year of `scope` under its effective settings, from the local day holding `now`."""
    from scheduler.days import local_day
    from scheduler.outlook import outlook

    today = local_day(now, settings.day_starts_at)
    return outlook(store, scope.effective(settings), scope.deck_ids, today)


def outlook_text(store: Store, settings: Settings, now: datetime, deck_id: int | None, width: int = 80) -> str:
    """The simulated year of deck `deck_id` (None: every deck), as the panel shows it, `width` wide."""
    from scheduler.decks import list_decks
    from scheduler.personal import Scope
    from textual_app.outlook_text import outlook_lines

    name = next((deck.name for deck in list_decks(store) if deck.id == deck_id), None)
    scope = Scope(None, None) if name is None else Scope(name, (deck_id,))  # type: ignore[arg-type]
    return "\n".join(outlook_lines(scoped_outlook(store, settings, now, scope), scope.label, width))
