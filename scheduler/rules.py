"""The rules cards are counted and shown under: `DeckRules` for one deck, `Rules` for the decks of a call.

Built once from the settings by `rules_for` and handed down to the queue, the session
and the statistics, which never read the settings themselves. Standard library only:
`rules_for` reads attributes of the settings it is given and never imports them, so the
start-up path (the deck list's counts) stays free of pydantic and py-fsrs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from deck.records import record
from scheduler.days import Today

if TYPE_CHECKING:
    from scheduler.settings import Settings
    from scheduler.store import Store


@record
class DeckRules:
    """One deck's effective rules: its own settings where it overrides them, else the global ones."""

    new_per_day: int = 10
    """Unseen cards introduced per day (raised before `interview_date` if need be)."""
    max_reviews: int | None = None
    """Review-state cards shown per day at most; None for no limit."""
    interview_date: date | None = None
    """Before this local day, every unseen card must be introduced."""
    desired_retention: float = 0.9
    """The probability of recall FSRS aims for."""
    parameters: tuple[float, ...] | None = None
    """The deck's FSRS parameters; None for py-fsrs's defaults."""
    readiness_target: float = 0.9
    """In the last days before the interview, cards predicted below this on the day come forward."""
    shuffle_new: bool = False
    """Whether new cards come shuffled (the same order all day) rather than in note order."""


@record
class Rules:
    """The rules of the decks one queue, session or statistics call covers.

    One day and one learn-ahead window for them all (decks reviewed together agree on
    what "today" is), and each deck's `DeckRules`; a deck not in `decks` has `default`.
    """

    day_starts_at: int = 4
    """The local hour a new day begins."""
    tz: tzinfo | None = None
    """The zone local days are counted in; None for the machine's."""
    learn_ahead: timedelta = timedelta(minutes=20)
    """When nothing else is due, learning cards due within this long are shown."""
    decks: Mapping[int, DeckRules] = field(default_factory=dict)
    """Each deck's rules, by deck id."""
    default: DeckRules = DeckRules()
    """The rules of a deck not in `decks` (the global settings)."""

    def of(self, deck_id: int) -> DeckRules:
        """Deck `deck_id`'s rules."""
        return self.decks.get(deck_id, self.default)

    def today(self, now: datetime) -> Today:
        """The local day holding `now` under these rules."""
        return Today.of(now, self.day_starts_at, self.tz)

    def parameters(self) -> dict[int, tuple[float, ...]]:
        """The FSRS parameters of each deck scheduled with parameters other than the defaults, by deck id."""
        return {deck_id: rules.parameters for deck_id, rules in self.decks.items() if rules.parameters}

    def desired_retention(self, deck_ids: Sequence[int] | None) -> float:
        """The desired retention to show for `deck_ids`: one deck's own, else the global one."""
        if deck_ids is not None and len(deck_ids) == 1:
            return self.of(deck_ids[0]).desired_retention
        return self.default.desired_retention


def deck_rules(settings: Settings) -> DeckRules:
    """The `DeckRules` of `settings` (a deck's effective settings, or the global ones)."""
    return DeckRules(
        new_per_day=settings.new_per_day,
        max_reviews=settings.maximum_reviews_per_day,
        interview_date=settings.interview_date,
        desired_retention=settings.desired_retention,
        parameters=tuple(settings.parameters) if settings.parameters else None,
        readiness_target=settings.readiness_target,
        shuffle_new=settings.shuffle_new_cards,
    )


def rules_for(
    store: Store, settings: Settings, deck_ids: Sequence[int] | None = None, tz: tzinfo | None = None
) -> Rules:
    """The rules of decks `deck_ids` (None: every deck) under `settings`, each deck with its overrides."""
    wanted = None if deck_ids is None else set(deck_ids)
    decks = {
        deck_id: deck_rules(settings.for_deck(name))
        for deck_id, name in store.conn.execute("SELECT id, name FROM decks")
        if wanted is None or deck_id in wanted
    }
    return Rules(
        day_starts_at=settings.day_starts_at,
        tz=tz,
        learn_ahead=timedelta(minutes=settings.learn_ahead_minutes),
        decks=decks,
        default=deck_rules(settings),
    )
