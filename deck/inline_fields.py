"""Lines that look like inline cards but are fields: `ANKI_DIRECTIVE`, `TRACKER_FIELDS`, `empty_field`, `MARKERS`.

`deck.inline_cards` reads `front::back` lines; these say which of them are something
else: the Obsidian_to_Anki plugin's deck lines, an interview tracker's Dataview fields,
a template's field left empty.
"""

from __future__ import annotations

import re

from deck.questions import asks

MARKERS = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?)?")
"""The list and quote markers (and a task box) before a line's text."""
_FIELD_WORDS = 3
"""The most words of a Dataview field's name (`**Outcome**::`, `Next step::`): left empty, it is a field to fill in."""

ANKI_DIRECTIVE = re.compile(r"[ \t]*(?:TARGET DECK|FILE TAGS)\b[ \t]*:?")
"""The Obsidian_to_Anki plugin's lines naming a note's deck and tags (`TARGET DECK: A::B`, or the path on the
line under `TARGET DECK`): Anki's `::` paths, no cards."""

TRACKER_FIELDS = frozenset(
    "company round date status outcome role position location salary recruiter stage interviewer deadline priority"
    " created updated modified source link url rating score difficulty topic level team".split()
)
"""The one-word Dataview fields of interview and problem trackers (`Company:: Acme`, `Difficulty:: Medium`): a
record's metadata, never a term to learn."""


def empty_field(source: str, name: str) -> bool:
    """True for a Dataview field's name left with no value, as templates have them: a list item's or a bold one
    (`- Round::`, `**Outcome**::`) of a few words that asks nothing."""
    fielded = "**" in source or MARKERS.match(source).end() > 0  # type: ignore[union-attr] - matches the empty string
    return fielded and len(name.split()) <= _FIELD_WORDS and not asks(name)
