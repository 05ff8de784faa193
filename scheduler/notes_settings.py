"""The `[notes]` settings: how notes are read (which notes of a folder deck give cards, inline separators).

They reach the parser as plain values (`deck.options.ReadOptions`): `deck/` never
imports the settings.
"""

from __future__ import annotations

from dataclasses import field
from typing import Annotated

from deck.options import DEFAULT_STUDY_TAGS, ReadOptions, Separators
from deck.records import record
from scheduler.setting_types import Bounds, Frozen

Separator = Annotated[str, Bounds(min_length=1, max_length=10, pattern=r"^\S+$")]
"""An inline-card separator: one to ten characters, no spaces."""
Tag = Annotated[str, Bounds(min_length=1, pattern=r"^#?[\w/-]+$")]
"""A tag, with or without its `#`."""


@record(kw_only=True)
class NotesSettings(Frozen):
    """How notes are read into cards."""

    folder_opt_in: bool = True
    """In a folder deck, take cards only from what asks to be studied (tagged notes, questions, stories)."""
    study_tags: list[Tag] = field(default_factory=lambda: list(DEFAULT_STUDY_TAGS))
    """Tags that opt a note, or the section of a heading, into a folder deck."""
    inline_separator: Separator = "::"
    """Between front and back of a one-line inline card."""
    inline_reversed_separator: Separator = ":::"
    """The same, for a card that is also asked the other way round."""
    multiline_separator: Separator = "?"
    """A line of its own between the front and back of a multi-line card."""
    multiline_reversed_separator: Separator = "??"
    """The same, for a card that is also asked the other way round."""

    def __post_init__(self) -> None:
        """Each pair of separators must differ, or a card could not say which it is (`ValueError`)."""
        if self.inline_separator == self.inline_reversed_separator:
            raise ValueError("inline_separator and inline_reversed_separator must differ")
        if self.multiline_separator == self.multiline_reversed_separator:
            raise ValueError("multiline_separator and multiline_reversed_separator must differ")

    def read_options(self) -> ReadOptions:
        """These settings as the parser takes them."""
        separators = Separators(
            inline=self.inline_separator,
            inline_reversed=self.inline_reversed_separator,
            multiline=self.multiline_separator,
            multiline_reversed=self.multiline_reversed_separator,
        )
        tags = tuple(tag.lstrip("#") for tag in self.study_tags)
        return ReadOptions(opt_in=self.folder_opt_in, study_tags=tags, separators=separators)
