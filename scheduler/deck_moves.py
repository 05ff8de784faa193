"""Finding a deck that moved: `moved_deck` matches notes at a new path to a known deck.

A deck is known by its root. When notes are synced from a root no deck has, and a
known deck's root no longer exists (the note was renamed, the folder moved), the notes
are that deck if enough of their cards are its cards: the same key (a folder moved
whole) or the same question (a renamed note changes every key, never a question).
Rewordings are left to the sync that follows, which relinks them by similarity
(`scheduler.identity`); scoring every pair here would cost seconds for large decks that
turn out not to be the same, and comparing keys and questions as they are costs
milliseconds. A deck whose root still exists is never taken: notes
copied elsewhere make a new deck, and the original keeps its history.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deck.models import CardContent


@dataclass(frozen=True)
class MovedDeck:
    """A known deck that the notes at a new root are: its id, old root, and cards matched."""

    id: int
    root: str
    matched: int


def moved_deck(
    conn: sqlite3.Connection, root: str, cards: Sequence[CardContent], root_exists: Callable[[str], bool]
) -> MovedDeck | None:
    """The deck whose old root is gone and whose cards `cards` (read at `root`) are; None if none.

    Of the decks whose root `root_exists` denies, the one matching the most cards wins,
    provided the matched cards are at least half of the deck's present cards and at
    least half of `cards` (`matches_enough`).
    """
    best: MovedDeck | None = None
    for deck_id, old_root in conn.execute("SELECT id, root FROM decks WHERE root != ? ORDER BY id", (root,)):
        if root_exists(old_root):
            continue
        present = conn.execute(
            "SELECT key, question FROM cards WHERE deck_id = ? AND removed_at IS NULL", (deck_id,)
        ).fetchall()
        matched = same_cards([(row[0], row[1]) for row in present], cards)
        if matches_enough(matched, len(present), len(cards)) and (best is None or matched > best.matched):
            best = MovedDeck(deck_id, old_root, matched)
    return best


def same_cards(stored: Sequence[tuple[str, str]], cards: Sequence[CardContent]) -> int:
    """How many of `cards` are stored cards (key, question), one to one: by key, else by the same question."""
    keys = {key for key, _ in stored}
    by_key = {card.key for card in cards if card.key in keys}
    questions = Counter(question for key, question in stored if key not in by_key)
    matched = len(by_key)
    for card in cards:
        if card.key not in keys and questions[card.question] > 0:
            questions[card.question] -= 1
            matched += 1
    return matched


def matches_enough(matched: int, stored: int, read: int) -> bool:
    """Whether `matched` cards make a deck of `stored` cards the same as notes of `read` cards."""
    return matched > 0 and 2 * matched >= max(stored, read)
