"""The card content models: what a note yields, validated by pydantic."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Section = Literal["situation", "task", "action", "result", "takeaways"]
"""One part of a STAR answer. `result` also covers notes that write "Results"."""

PARSER_VERSION = 5
"""Changes whenever the same note would give different cards: stored notes are then read again.

2: stories keep their intro and answers their notes (text outside every STAR section).
3: folder decks opt in; continuation answers, labelled and listed questions, other story
   frameworks, `<details>` titles, list markers in sections, embeds, heading tags.
4: the two cards of a two-way inline card know each other (`CardContent.pair`).
5: Q:/A: pairs, callouts, question tables, bold question lines, `**S** —` labels; a callout inside a
   section reads as its title; a `#tag` in the title heading leaves the breadcrumb; `Q-learning` keeps its Q
   (`tests/deck/test_parser_fingerprint.py` records what this version reads).
"""

SECTIONS: tuple[Section, ...] = ("situation", "task", "action", "result", "takeaways")
"""The STAR sections in the order an answer tells them."""

SECTION_LABELS: dict[Section, str] = {
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "result": "Result",
    "takeaways": "Takeaways",
}
"""How each STAR section is labelled wherever an answer is shown."""


class _Model(BaseModel):
    """Base for the content models: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Story(_Model):
    """One story told in answer to a question, with the STAR sections it has."""

    title: str | None = None
    intro: str = ""
    """Plain text written before the story's first section (after its title), if any."""
    sections: dict[Section, str] = Field(default_factory=dict)

    @property
    def missing_sections(self) -> list[Section]:
        """The STAR sections this story does not tell, in STAR order."""
        return [name for name in SECTIONS if name not in self.sections]


class KeyPhrase(_Model):
    """A phrase the author highlighted, with the highlight colour when one was given."""

    text: str
    colour: str | None = None


class CardContent(_Model):
    """Everything a note says about one card: the question, its answer and where it is."""

    key: str
    """Stable identity within the deck: derived from `file` and the normalised question."""
    file: str
    """The note's path relative to the deck root, with `/` separators."""
    line: int = Field(ge=1)
    """1-based line of the question in the note."""
    context: list[str] = Field(default_factory=list)
    """Note title, then the headings above the card, outermost first."""
    question: str
    """The question as plain text, every phrasing included."""
    phrasings: list[str] = Field(min_length=1)
    """Alternative phrasings of the question, plain text, in note order."""
    answer: str
    """The answer as Markdown, as written in the note (dedented)."""
    stories: list[Story] = Field(default_factory=list)
    notes: str = ""
    """Plain text of a STAR answer that is in none of its stories ("" for other answers)."""
    key_phrases: list[KeyPhrase] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    pair: int | None = None
    """For both cards of a two-way inline card (`front:::back`, `??`), the line of the first:
    siblings, which a review does not show on the same day. None for other cards."""


class ParseWarning(_Model):
    """A problem found in a note: it never stops the rest of the deck from loading."""

    file: str
    line: int | None = None
    message: str

    def __str__(self) -> str:
        """`file:line: message`, the form compilers and linters print."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


class DeckContent(_Model):
    """A deck: one note or a folder of notes, with every card and warning it yields."""

    name: str
    """Shown to the user: the folder name or the note's file name without `.md`."""
    root: str
    """Absolute path of the note or folder the deck was loaded from."""
    files: list[str] = Field(default_factory=list)
    """Notes read, relative to the root (a one-note deck lists the note's name)."""
    cards: list[CardContent] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)
    stamps: dict[str, tuple[int, int]] = Field(default_factory=dict)
    """Every note found, relative path -> (size in bytes, mtime in ns), parsed or not."""
    reading: str = ""
    """How the notes were read when not as by default (`ReadOptions.fingerprint`); "" by default."""
    skipped: list[str] = Field(default_factory=list)
    """Notes not parsed again because their stamp equals the one the caller already knew;
    their cards are not in `cards` (the caller keeps what it had for them)."""
