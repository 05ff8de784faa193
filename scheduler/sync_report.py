"""What one sync did: `SyncReport`, the counts of cards new, updated, relinked, shifted and removed."""

from __future__ import annotations

from dataclasses import dataclass

COUNTS = ("new", "updated", "relinked", "shifted", "removed", "unchanged", "scheduled", "warnings")
"""The counted fields of a `SyncReport`, in the order they are reported."""


@dataclass(frozen=True)
class SyncReport:
    """What a sync found: cards new, updated, relinked, removed, unchanged; warnings.

    `updated`: same key, content changed (or a removed card returned). `shifted`: same
    key and content, only its line in the note moved (lines added or removed above it).
    `relinked`: a card whose key changed (question reworded, note renamed or moved)
    matched to its stored card, history kept. `warnings`: problems in the notes read.
    `moved_from`: the deck's old root when this sync found the deck moved (its old
    path gone, its cards matching the notes at the new path); else None. `scheduled`: cards
    new to starcards that start from the spaced-repetition plugin's schedule
    (`scheduler.plugin_seeds`), counted among the others too.
    """

    new: int = 0
    updated: int = 0
    relinked: int = 0
    shifted: int = 0
    removed: int = 0
    unchanged: int = 0
    scheduled: int = 0
    warnings: int = 0
    moved_from: str | None = None

    @property
    def total(self) -> int:
        """How many cards the deck holds after the sync."""
        return self.new + self.updated + self.relinked + self.shifted + self.unchanged

    @property
    def changed(self) -> bool:
        """Whether the sync added, changed, relinked, shifted or removed any card, or moved the deck."""
        moved = self.shifted or self.removed or self.moved_from
        return bool(self.new or self.updated or self.relinked or moved or self.scheduled)

    def as_dict(self) -> dict[str, int]:
        """The counts by name, for JSON: new, updated, relinked, shifted, removed, unchanged, scheduled, warnings."""
        return {name: getattr(self, name) for name in COUNTS}

    def __add__(self, other: SyncReport) -> SyncReport:
        """The counts of two syncs together (e.g. of several decks); no move."""
        return SyncReport(**{name: getattr(self, name) + getattr(other, name) for name in COUNTS})

    def __str__(self) -> str:
        """One line, e.g. `18 cards: 2 new, 1 updated, 1 relinked, 0 removed, 3 warnings`
        (`, 4 moved within their notes` after `removed` when cards only shifted, and
        `, 3 scheduled as the spaced-repetition plugin had them` when cards were seeded)."""
        noun = "card" if self.total == 1 else "cards"
        line = (
            f"{self.total} {noun}: {self.new} new, {self.updated} updated,"
            f" {self.relinked} relinked, {self.removed} removed"
        )
        if self.shifted:
            line += f", {self.shifted} moved within {'its note' if self.shifted == 1 else 'their notes'}"
        if self.scheduled:
            them = "it" if self.scheduled == 1 else "them"
            line += f", {self.scheduled} scheduled as the spaced-repetition plugin had {them}"
        if self.warnings:
            line += f", {self.warnings} warning{'' if self.warnings == 1 else 's'}"
        return line

