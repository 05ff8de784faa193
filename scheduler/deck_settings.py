"""One deck's overrides of the global settings: `DeckSettings`, and `DECK_FIELDS`, the settings a deck may override.

Part of the settings file (`[decks."Name"]` tables); `scheduler.settings.Settings` holds
them by deck name and applies them in `Settings.for_deck`.
"""

from __future__ import annotations

from dataclasses import fields

from deck.records import record
from scheduler.parameters import Parameters
from scheduler.setting_types import (
    Count,
    Day,
    Days,
    Frozen,
    Minutes,
    Readiness,
    Retention,
    TargetSeconds,
    Threshold,
)


@record(kw_only=True)
class DeckSettings(Frozen):
    """One deck's overrides of the global settings; None means "as the global setting".

    Every scheduling setting may be overridden except `day_starts_at` and
    `learn_ahead_minutes`: there is one day rollover and one learn-ahead window for the
    whole app, so decks reviewed together agree on what "today" is.
    """

    desired_retention: Retention | None = None
    """Probability of recall FSRS aims for when a card of this deck comes back."""
    new_per_day: Count | None = None
    """How many unseen cards this deck introduces per day."""
    maximum_reviews_per_day: Count | None = None
    """How many review-state cards of this deck are shown per day at most."""
    learning_steps: list[Minutes] | None = None
    """Minutes between the first reviews of a new card."""
    relearning_steps: list[Minutes] | None = None
    """Minutes between reviews of a forgotten card."""
    maximum_interval: Days | None = None
    """The longest time, in days, a card may be put away for."""
    rehearsal_target_seconds: TargetSeconds | None = None
    """How long telling one answer should take, in seconds."""
    fuzz: bool | None = None
    """Whether review intervals are spread a little so cards learnt together drift apart."""
    leech_threshold: Threshold | None = None
    """After this many lapses a card is flagged as a leech."""
    interview_date: Day | None = None
    """The day of the interview: before it, every card of the deck is seen at least once."""
    parameters: Parameters | None = None
    """The deck's own FSRS parameters (21 numbers), e.g. fitted by `starcards optimize`."""
    readiness_target: Readiness | None = None
    """The predicted recall on the interview day every card should reach."""
    bury_siblings: bool | None = None
    """Whether rating one card of a two-way card keeps the other until the next day."""
    shuffle_new_cards: bool | None = None
    """Whether new cards come shuffled (the same order all day) instead of in note order."""


DECK_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(DeckSettings))
"""The settings a deck may override."""
