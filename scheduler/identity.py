"""Which stored card each card of the notes is: `StoredCard`, `SyncPlan`, `plan_sync`.

Pure: rows in, a plan out; `scheduler.decks` writes it. A card of the notes is matched
to a stored card (removed ones included) in this order, each stored card used once:

1. the same key: the card is that card (its answer, file or line may have changed);
2. the same normalised question, in any note of the deck (a note renamed or moved,
   a card moved between notes); the closest answer wins;
3. a similar question and answer in the same note (a reworded question), scored by
   `scheduler.similarity`;
4. a similar question and answer in another note, for stored cards present until now
   (a note renamed and edited at once).

Stored cards of notes the loader skipped (unchanged since the last sync) are frozen:
never matched by 2-4, never removed. Present stored cards left unmatched are removed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from scheduler.similarity import THRESHOLD, Sketch, match, sketch, words

if TYPE_CHECKING:
    from deck.models import CardContent


@dataclass(frozen=True)
class StoredCard:
    """A card row as sync needs it."""

    id: int
    key: str
    file: str
    line: int
    question: str
    content: str
    """The card's content as stored: `CardContent` JSON."""
    removed: bool

    @cached_property
    def sketch(self) -> Sketch:
        """What similarity looks at, from the stored question and answer."""
        return sketch(self.question, _stored_answer(self.content))


@dataclass
class SyncPlan:
    """What a sync does: cards kept by key, relinked, new, and stored cards to remove."""

    kept: list[tuple[StoredCard, CardContent]] = field(default_factory=list)
    """(stored, card) pairs with the same key."""
    relinked: list[tuple[StoredCard, CardContent]] = field(default_factory=list)
    """(stored, card) pairs matched by question or similarity: the card's key changed."""
    new: list[CardContent] = field(default_factory=list)
    removed: list[StoredCard] = field(default_factory=list)
    frozen: int = 0
    """Present stored cards of skipped notes: left as they are."""


Pairs = list[tuple[StoredCard, "CardContent"]]
"""(stored, card) pairs."""

T = TypeVar("T")


def plan_sync(stored: Iterable[StoredCard], cards: Sequence[CardContent], skipped: Iterable[str] = ()) -> SyncPlan:
    """The plan that brings `stored` in line with `cards` (see the module docstring).

    A key repeated within `cards` keeps its first card; `skipped` names the notes not
    parsed this time, whose stored cards stay as they are.
    """
    plan = SyncPlan()
    by_key = {row.key: row for row in stored}
    pending = _kept_by_key(_unique(cards), by_key, plan)
    frozen_files = set(skipped)
    matched = {row.id for row, _ in plan.kept}
    loose = sorted(
        (row for row in by_key.values() if row.id not in matched),
        key=lambda row: (row.removed, row.id),
    )
    plan.frozen = sum(1 for row in loose if row.file in frozen_files and not row.removed)
    loose = [row for row in loose if row.file not in frozen_files]
    for phase in (_same_question, _same_note, _other_note):
        if not loose or not pending:
            break  # nothing left to pair (a first sync has no stored card): no need to group the cards
        pairs = phase(loose, pending)
        plan.relinked += pairs
        loose, pending = _without(loose, pending, pairs)
    plan.new = pending
    plan.removed = [row for row in loose if not row.removed]
    return plan


def _unique(cards: Sequence[CardContent]) -> list[CardContent]:
    """`cards` with every key after its first occurrence dropped."""
    seen: set[str] = set()
    unique = []
    for card in cards:
        if card.key not in seen:
            seen.add(card.key)
            unique.append(card)
    return unique


def _kept_by_key(cards: list[CardContent], by_key: dict[str, StoredCard], plan: SyncPlan) -> list[CardContent]:
    """Pair the cards whose key is stored into `plan.kept`; the others."""
    pending = []
    for card in cards:
        row = by_key.get(card.key)
        if row is None:
            pending.append(card)
        else:
            plan.kept.append((row, card))
    return pending


def _same_question(loose: list[StoredCard], pending: list[CardContent]) -> Pairs:
    """Pairs with the same normalised question, in any note; closest answer first."""
    rows_by_question = _grouped(loose, lambda row: _normalised(row.question))
    cards_by_question = _grouped(pending, lambda card: _normalised(card.question))
    pairs: Pairs = []
    for question, cards in cards_by_question.items():
        rows = rows_by_question.get(question, [])
        if len(rows) == len(cards) == 1:
            pairs.append((rows[0], cards[0]))
        else:
            pairs += _assigned(rows, cards, threshold=0.0)
    return pairs


def _same_note(loose: list[StoredCard], pending: list[CardContent]) -> Pairs:
    """Pairs in the same note whose question and answer are similar enough."""
    rows_by_file = _grouped(loose, lambda row: row.file)
    pairs: Pairs = []
    for file, cards in _grouped(pending, lambda card: card.file).items():
        pairs += _assigned(rows_by_file.get(file, []), cards)
    return pairs


def _other_note(loose: list[StoredCard], pending: list[CardContent]) -> Pairs:
    """Pairs across notes, similar enough, of stored cards present until now."""
    rows = [row for row in loose if not row.removed]
    return _assigned(rows, pending, other_note=True)


def _assigned(
    rows: list[StoredCard],
    cards: list[CardContent],
    threshold: float = THRESHOLD,
    *,
    other_note: bool = False,
) -> Pairs:
    """The best one-to-one pairs of `rows` and `cards` reaching `threshold`.

    `other_note`: only pairs whose card is in another note than the stored card.
    """
    if not rows or not cards:
        return []

    def elsewhere(i: int, j: int) -> bool:
        """Whether the pair spans two notes."""
        return rows[i].file != cards[j].file

    sketches = [sketch(card.question, card.answer) for card in cards]
    found = match([row.sketch for row in rows], sketches, threshold, elsewhere if other_note else None)
    return [(rows[i], cards[j]) for i, j in found]


def _without(
    loose: list[StoredCard], pending: list[CardContent], pairs: Pairs
) -> tuple[list[StoredCard], list[CardContent]]:
    """`loose` and `pending` without the members of `pairs`."""
    rows = {row.id for row, _ in pairs}
    cards = {id(card) for _, card in pairs}
    return (
        [row for row in loose if row.id not in rows],
        [card for card in pending if id(card) not in cards],
    )


def _grouped(items: Iterable[T], key: Callable[[T], str]) -> dict[str, list[T]]:
    """`items` grouped by `key`, each group in the items' order."""
    groups: dict[str, list[T]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return groups


def _normalised(question: str) -> str:
    """A question lowercased, punctuation stripped, whitespace collapsed."""
    return " ".join(words(question))


def _stored_answer(content: str) -> str:
    """The answer inside stored `CardContent` JSON; empty if it cannot be read."""
    try:
        answer = json.loads(content).get("answer", "")
    except (ValueError, AttributeError):
        return ""
    return answer if isinstance(answer, str) else ""
