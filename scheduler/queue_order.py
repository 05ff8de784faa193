"""How today's queue orders and narrows its cards: shuffled new cards, the weakest reviews
first under the cap, and a tag filter. SQL fragments and parameters for `scheduler.queue`.

- New cards come in note order, or shuffled when the deck asks: by a hash of the card
  and the local date, so the order is the same all day and different the next.
- Reviews come by due date; when a deck has more due than its cap lets through, they
  come by retrievability instead, lowest first (FSRS's curve falls as elapsed time over
  stability grows, so that ratio, highest first, is the same order), so the cards most
  likely forgotten are the ones shown.
- A tag keeps the cards tagged so, or with a tag nested under it (`work` also takes
  `work/projects`), whatever the case, with or without `#`.
"""

from __future__ import annotations

from datetime import date

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

TAGGED = (
    " AND EXISTS (SELECT 1 FROM json_each(cards.content, '$.tags') AS tag"
    "  WHERE lower(ltrim(tag.value, '#')) = :tag"
    "   OR substr(lower(ltrim(tag.value, '#')), 1, length(:tag) + 1) = :tag || '/')"
)
"""SQL: the card has tag `:tag` (lower case, no `#`) or one nested under it."""


def day_seed(day: date) -> int:
    """The shuffle's seed for local date `day`: a different order each day."""
    return (day.toordinal() * 40503) % 4294967296


def tag_filter(tag: str | None) -> tuple[str, dict[str, object]]:
    """The SQL condition (to append after a WHERE clause) and parameters keeping cards tagged `tag`."""
    if tag is None:
        return "", {}
    return TAGGED, {"tag": tag.strip().lstrip("#").lower()}
