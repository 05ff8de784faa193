"""Siblings: the two cards of a two-way card (`front:::back`, `??`), `siblings_due`.

Answering one side tells the other, so a review keeps them on different days: when a
card is rated, its sibling still to show today is buried until the next day begins, as
Anki buries siblings (the `bury_siblings` setting turns it off).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from scheduler.store import format_time

_SIBLINGS = """
SELECT sibling.id FROM cards AS card JOIN cards AS sibling
  ON sibling.deck_id = card.deck_id AND sibling.file = card.file AND sibling.id <> card.id
  AND json_extract(sibling.content, '$.pair') = json_extract(card.content, '$.pair')
WHERE card.id = :card AND sibling.removed_at IS NULL AND sibling.suspended = 0
  AND (sibling.buried_until IS NULL OR sibling.buried_until < :until)
  AND (sibling.state = 0 OR sibling.due < :until)
ORDER BY sibling.id
"""


def siblings_due(conn: sqlite3.Connection, card_id: int, until: datetime) -> list[int]:
    """Ids of card `card_id`'s siblings that would show before `until` (new, or due by then)."""
    return [row[0] for row in conn.execute(_SIBLINGS, {"card": card_id, "until": format_time(until)})]
