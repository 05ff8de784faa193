"""What a review, a drill or a mock keeps to within its decks: a tag, some notes of a folder deck, or both.

`starcards review --tag work` keeps to the cards tagged `work` (or a tag nested under it:
`work/projects`), whatever the case, with or without `#`. `starcards review vault/Amazon.md`,
where `vault` is a deck already, keeps to the cards of that note (a folder inside the deck
keeps to the notes under it): the cards stay the deck's, with their one schedule.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from deck.records import record
from scheduler.queue_order import deck_filter

if TYPE_CHECKING:
    from scheduler.store import Store

TAGGED = (
    " AND EXISTS (SELECT 1 FROM json_each(cards.content, '$.tags') AS tag"
    "  WHERE lower(ltrim(tag.value, '#')) = :tag"
    "   OR substr(lower(ltrim(tag.value, '#')), 1, length(:tag) + 1) = :tag || '/')"
)
"""SQL: the card has tag `:tag` (lower case, no `#`) or one nested under it."""
IN_NOTES = " AND (cards.file = :notes OR substr(cards.file, 1, length(:notes) + 1) = :notes || '/')"
"""SQL: the card is in the note `:notes` (its file relative to the deck's root) or in a note under that folder."""


@record
class Focus:
    """The cards kept to: tagged `tag` (or a tag nested under it), and in `notes` (a note, or a folder of notes,
    relative to its deck's root, `/` between folders); None for either keeps every card."""

    tag: str | None = None
    notes: str | None = None

    def sql(self) -> tuple[str, dict[str, object]]:
        """The SQL condition (to append after a WHERE clause over `cards`) and its parameters."""
        condition, params = "", {}
        if self.tag is not None:
            condition, params["tag"] = TAGGED, self.tag.strip().lstrip("#").lower()
        if self.notes is not None:
            condition, params["notes"] = condition + IN_NOTES, self.notes
        return condition, params

    @property
    def said(self) -> str:
        """The focus in words for a message: `tagged #work`, `in Amazon.md`, `tagged #work in Interviews`."""
        words = [f"tagged #{self.tag.strip().lstrip('#')}"] if self.tag is not None else []
        return " ".join(words + ([f"in {self.notes}"] if self.notes is not None else []))

    def keeps(self, file: str, content: str) -> bool:
        """Whether the card of note `file` (relative to its deck's root) and stored JSON `content` is kept."""
        if self.notes is not None and file != self.notes and not file.startswith(self.notes + "/"):
            return False
        return self.tag is None or has_tag(content, self.tag)


def has_cards(store: Store, deck_ids: Sequence[int], focus: Focus) -> bool:
    """Whether the decks hold a card (not removed) that `focus` keeps: else a session of them would show nothing."""
    condition, params = focus.sql()
    decks, deck_params = deck_filter("deck_id", deck_ids)
    query = f"SELECT 1 FROM cards WHERE {decks} AND removed_at IS NULL{condition} LIMIT 1"
    return store.conn.execute(query, params | deck_params).fetchone() is not None


def focus_sql(focus: Focus | None) -> tuple[str, dict[str, object]]:
    """`focus.sql()`, or no condition for no focus."""
    return focus.sql() if focus is not None else ("", {})


def has_tag(content: str, tag: str) -> bool:
    """Whether a card (its stored JSON content) has `tag` or a tag nested under it."""
    wanted = tag.strip().lstrip("#").casefold()
    for name in json.loads(content).get("tags", []):
        have = str(name).lstrip("#").casefold()
        if have == wanted or have.startswith(wanted + "/"):
            return True
    return False
