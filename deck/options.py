"""How notes are read: which notes of a folder deck ask to be studied, and the inline separators.

Plain values, so that `deck/` needs nothing from the settings that choose them: the
scheduler's settings (`[notes]`) build a `ReadOptions` and hand it to `deck.loader`.
"""

from __future__ import annotations

from deck.records import record

DEFAULT_STUDY_TAGS = ("flashcards", "interview")
"""The tags that opt a note (or a heading's section) into a folder deck by default."""
STUDY_KEY = "starcards"
"""The front-matter key that opts a note in when true (`starcards: true`)."""


@record
class Separators:
    """The separators of inline cards, as Obsidian's spaced-repetition plugin lets users choose them."""

    inline: str = "::"
    """Between front and back on one line."""
    inline_reversed: str = ":::"
    """The same, also giving the card the other way round."""
    multiline: str = "?"
    """A line of its own between a multi-line front and back."""
    multiline_reversed: str = "??"
    """The same, also giving the card the other way round."""


@record
class ReadOptions:
    """How one deck's notes are read."""

    opt_in: bool = True
    """Whether the notes of a folder deck give cards only from what asks to be studied
    (see `deck.study`). A note named on its own is always read whole."""
    study_tags: tuple[str, ...] = DEFAULT_STUDY_TAGS
    """Tags (without `#`, any case, nested tags included) that opt a note or section in."""
    separators: Separators = Separators()

    def fingerprint(self) -> str:
        """A short text that changes whenever these options would read a note differently."""
        tags = ",".join(sorted(tag.casefold() for tag in self.study_tags))
        marks = self.separators
        return "|".join(
            (str(self.opt_in), tags, marks.inline, marks.inline_reversed, marks.multiline, marks.multiline_reversed)
        )


SINGLE_NOTE = ReadOptions(opt_in=False)
"""A note named on its own is read whole, as written."""
