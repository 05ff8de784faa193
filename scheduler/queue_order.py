"""How today's queue orders and narrows its cards: shuffled new cards, the weakest reviews
first under the cap, the cards in play in some decks (narrowed by `scheduler.focus`). SQL fragments and
parameters for `scheduler.queue` (those it asks for at every card made once).

- New cards come in note order, or shuffled when the deck asks: by a hash of the card
  and the local date, so the order is the same all day and different the next.
- Reviews come by due date; when a deck has more due than its cap lets through, they
  come by retrievability instead, lowest first (FSRS's curve falls as elapsed time over
  stability grows, so that ratio, highest first, is the same order), so the cards most
  likely forgotten are the ones shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from types import MappingProxyType

NOTE_ORDER = "ORDER BY file, line LIMIT 2"
"""New cards in the order the notes have them."""

_HASH = "((id * 2654435761) % 4294967296)"
"""A card's id scattered over 32 bits (Knuth's multiplicative hash)."""

SHUFFLED = (
    f"ORDER BY ((({_HASH} | :seed) - ({_HASH} & :seed)) * 2246822519) % 4294967296, id LIMIT 2"
)
"""New cards shuffled: the scattered id XOR the day's seed, scattered again."""

DUE_ORDER = "ORDER BY due, id LIMIT 2"
"""The earliest due first."""

WEAKNESS = "(julianday(:now) - julianday(last_review)) / MAX(stability, 0.001)"
"""How far gone a review card is at `:now`: elapsed days over stability (lower retrievability: higher)."""

WEAKEST_FIRST = f"ORDER BY {WEAKNESS} DESC, due, id LIMIT 2"
"""Lowest retrievability now first (elapsed time over stability, highest first)."""

def day_seed(day: date) -> int:
    """The shuffle's seed for local date `day`: a different order each day."""
    return (day.toordinal() * 40503) % 4294967296


LEARNING_STATES = "(1, 3)"
"""The learning and relearning values of `cards.state`, as an SQL list."""

IN_PLAY = (
    "cards.removed_at IS NULL AND cards.suspended = 0"
    " AND (cards.buried_until IS NULL OR cards.buried_until <= :now)"
)
"""SQL: the card may be shown (not removed, suspended or buried at `:now`)."""


def due_in(decks: Sequence[int], narrowed: str = "") -> str:
    """The start of a query for cards in play in `decks` (narrowed by `narrowed`, a focus's condition), to be followed
    by a state condition."""
    return _due_in_text(tuple(decks), narrowed)


@lru_cache(maxsize=64)
def _due_in_text(decks: tuple[int, ...], narrowed: str) -> str:
    """`due_in`, made once per decks and focus (the queue asks at every card)."""
    where, _ = deck_filter("deck_id", decks)
    return f"SELECT id FROM cards WHERE {where} AND {IN_PLAY}{narrowed} AND state"


def deck_params(decks: Sequence[int]) -> Mapping[str, object]:
    """The parameters of `due_in(decks)` (read-only: merge them with `|`)."""
    return _deck_params(tuple(decks))


@lru_cache(maxsize=64)
def _deck_params(decks: tuple[int, ...]) -> Mapping[str, object]:
    """`deck_params`, made once per decks."""
    return MappingProxyType(deck_filter("deck_id", decks)[1])


def deck_filter(column: str, deck_ids: Sequence[int] | None) -> tuple[str, dict[str, object]]:
    """An SQL condition restricting `column` to `deck_ids` (None: no restriction)."""
    if deck_ids is None:
        return "1", {}
    names = [f"d{index}" for index in range(len(deck_ids))]
    condition = f"{column} IN ({', '.join(':' + name for name in names)})"
    return condition, dict(zip(names, deck_ids, strict=True))
