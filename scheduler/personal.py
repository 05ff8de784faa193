"""The user's own memory model for one deck or all: `Scope`, `scope_for`, `fit_scope`, `keep_parameters`.

Shared by `starcards optimize` and the settings screen's Optimize action: which
decks' history to fit, with which current parameters, and how the kept parameters
become a setting (the deck's own, or the global one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo

from scheduler.decks import list_decks
from scheduler.optimize import Fit, Progress, fit_parameters, training_items
from scheduler.parameters import default_parameters
from scheduler.settings import DeckSettings, Settings
from scheduler.store import Store


@dataclass(frozen=True)
class Scope:
    """Whose parameters: one deck's (`deck` is its name) or every deck's (`deck` None)."""

    deck: str | None
    deck_ids: tuple[int, ...] | None
    """The decks whose history counts; None: every deck."""

    @property
    def label(self) -> str:
        """How the scope is named to the user (a deck's name without terminal control sequences)."""
        from deck.text import sanitize  # noqa: PLC0415

        return "all decks" if self.deck is None else f'deck "{sanitize(self.deck)}"'

    def effective(self, settings: Settings) -> Settings:
        """The settings in force for the scope: the deck's (`Settings.for_deck`), or the global ones."""
        return settings if self.deck is None else settings.for_deck(self.deck)


def scope_for(store: Store, deck: str | None) -> Scope:
    """The scope of deck `deck` (None: every deck); `KeyError` naming it when there is no such deck."""
    if deck is None:
        return Scope(None, None)
    ids = tuple(info.id for info in list_decks(store) if info.name == deck)
    if not ids:
        raise KeyError(deck)
    return Scope(deck, ids)


def current_parameters(settings: Settings, scope: Scope) -> tuple[float, ...]:
    """The parameters the scope is scheduled with now."""
    effective = scope.effective(settings)
    return tuple(effective.parameters) if effective.parameters else default_parameters()


def fit_scope(
    store: Store, settings: Settings, scope: Scope, *, tz: tzinfo | None = None, progress: Progress | None = None
) -> Fit:
    """Fit the scope's history (elapsed days counted in zone `tz`, None: the machine's)."""
    if progress:
        progress("reading the review history")
    items = training_items(store.conn, scope.deck_ids, settings.day_starts_at, tz)
    return fit_parameters(
        items,
        current_parameters(settings, scope),
        relearning_steps=len(scope.effective(settings).relearning_steps),
        progress=progress,
    )


def keep_parameters(settings: Settings, scope: Scope, parameters: Sequence[float]) -> Settings:
    """`settings` with `parameters` as the scope's own."""
    values = list(parameters)
    if scope.deck is None:
        return replace(settings, parameters=values)
    deck = settings.decks.get(scope.deck, DeckSettings())
    return replace(settings, decks={**settings.decks, scope.deck: replace(deck, parameters=values)})
