"""The JSON documents the command line builds, as TypedDicts: `check`, `sync`, `due` and `decks` with `--json`.

These are the models the published JSON Schemas are generated from (see
`textual_app.schemas`); the functions that build the documents return them.
Plain `typing` only, so importing this costs nothing at start-up.
"""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict  # pydantic needs it on Python 3.11 to generate the schemas

SectionName = Literal["situation", "task", "action", "result", "takeaways"]
"""A STAR section, as JSON names it."""


class KeyPhraseJson(TypedDict):
    """A highlighted phrase and its CSS colour (null for `==text==`)."""

    text: str
    colour: str | None


class StoryJson(TypedDict):
    """One STAR story: its title (null when untitled), intro, sections told and missing, and the labels the
    author wrote for sections where they are not STAR's own names (`{"task": "Challenge"}`)."""

    title: str | None
    intro: str
    sections: dict[SectionName, str]
    labels: dict[SectionName, str]
    missing_sections: list[SectionName]


class CheckCardJson(TypedDict):
    """One card as `starcards check --json` gives it."""

    id: str
    question: str
    phrasings: list[str]
    file: str
    line: int
    context: list[str]
    question_body: str
    """Markdown shown under the question before its answer: the code or table it asks about; "" for most."""
    answer: str
    stories: list[StoryJson]
    notes: str
    key_phrases: list[KeyPhraseJson]
    tags: list[str]
    plugin_schedule: str | None
    """The spaced-repetition plugin's schedule read for an inline card (`YYYY-MM-DD,interval,ease`), else null."""


class WarningJson(TypedDict):
    """A problem found in a note; `line` is null when it concerns the whole note."""

    file: str
    line: int | None
    message: str


class CheckJson(TypedDict):
    """`starcards check --json`."""

    cards: list[CheckCardJson]
    warnings: list[WarningJson]


class MovedDeckJson(TypedDict):
    """A deck a sync found at a new path (its old path gone, its cards the same): history kept."""

    deck: str
    old_path: str
    new_path: str


class MachinesJson(TypedDict):
    """What the merge with the other machines did: events written to this machine's file, files read,
    events merged by kind, events waiting for cards not here yet, cards replayed, unreadable lines."""

    written: int
    files_read: list[str]
    added: dict[str, int]
    pending: int
    cards: int
    problems: list[str]


class SyncJson(TypedDict):
    """`starcards sync --json`: counts over every path given, the decks found moved, the warnings, and the
    merge with the other machines (`machines`, null when `[sync]` is off)."""

    new: int
    updated: int
    relinked: int
    shifted: int
    removed: int
    unchanged: int
    scheduled: int
    """Cards new to starcards that start from the spaced-repetition plugin's schedule (counted in the others too)."""
    moved: list[MovedDeckJson]
    warnings: list[WarningJson]
    machines: MachinesJson | None


class DeckJson(TypedDict):
    """One deck in `starcards decks --json`: cards not removed, reviews ever made, its notes' warnings as last read."""

    id: int
    name: str
    path: str
    cards: int
    reviews: int
    warnings: int
    path_exists: bool


class DeckDueJson(TypedDict):
    """One deck's cards available today, in `starcards due --json`."""

    deck: str
    new: int
    learning: int
    review: int
    total: int


class DueCountsJson(TypedDict):
    """`starcards due --json`: the cards available today over every deck (or those named), then each deck's."""

    new: int
    learning: int
    review: int
    total: int
    decks: list[DeckDueJson]
