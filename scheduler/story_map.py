"""The story map: which of your stories answer which questions, and where the gaps are.

An interviewer asks several questions and wants a different story for each; a story
that answers many questions is one you lean on, a question that asks for a story and has
none is one you would have to improvise, and a competency tag with no story at all is a
hole in your preparation. `story_map` reads every live card's stored content (lean JSON, no
validation) and groups its stories by title across all decks.

Titled stories are matched by their title, compared without case, emphasis, numbering
("Story 2:") or trailing punctuation. An untitled story belongs to its own card only:
it is named after that card's question.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deck.options import DEFAULT_STUDY_TAGS
from deck.story_questions import asks_for_story
from scheduler.practice import live_rows
from scheduler.store import Store

if TYPE_CHECKING:
    from scheduler.json_types import StoryEntryJson, StoryMapJson, StoryQuestionJson

LEANED_ON = 3
"""A story that answers at least this many questions is one you lean on."""

_NUMBERING = re.compile(r"^(?:story\s*\d+\s*[:.)\-–—]\s*|\d+\s*[.)]\s*)", re.IGNORECASE)
_EMPHASIS = re.compile(r"[*_`~]+")
_SPACES = re.compile(r"\s+")


def story_key(title: str) -> str:
    """The form two titles are compared in: no case, emphasis, numbering or end punctuation."""
    text = _EMPHASIS.sub("", title)
    text = _SPACES.sub(" ", text).strip()
    text = _NUMBERING.sub("", text)
    return text.rstrip(" .:;!-–—").casefold()


def story_label(title: str | None, question: str) -> str:
    """How a story is named: its title, or `untitled: <question>` for an untitled story (which
    belongs to that question alone)."""
    if title and story_key(title):
        return title.strip()
    return f"untitled: {question}"


@dataclass(frozen=True)
class StoryQuestion:
    """One question (card) in the map: enough to list it and open its note."""

    card_id: int
    deck: str
    deck_root: str
    question: str
    file: str
    line: int
    tags: tuple[str, ...] = ()

    def as_dict(self) -> StoryQuestionJson:
        """The question as JSON-ready data."""
        return {
            "card_id": self.card_id,
            "deck": self.deck,
            "question": self.question,
            "file": self.file,
            "line": self.line,
            "tags": list(self.tags),
        }


@dataclass(frozen=True)
class StoryEntry:
    """One story and every question it answers, in deck and note order."""

    title: str
    """The title as first written, or "untitled: <question>" for an untitled story."""
    titled: bool
    questions: tuple[StoryQuestion, ...]

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags of the questions this story answers, sorted, each once."""
        return tuple(sorted({tag for question in self.questions for tag in question.tags}, key=str.casefold))

    def as_dict(self) -> StoryEntryJson:
        """The story as JSON-ready data."""
        return {
            "title": self.title,
            "titled": self.titled,
            "questions": [question.as_dict() for question in self.questions],
            "tags": list(self.tags),
        }


@dataclass(frozen=True)
class StoryMap:
    """Every story with its questions, and what the map says about your preparation."""

    stories: tuple[StoryEntry, ...]
    """Titled stories by title, then untitled ones in note order."""
    untold: tuple[StoryQuestion, ...]
    """Questions whose answer tells no STAR story."""
    uncovered_tags: tuple[str, ...]
    """Tags carried by questions none of which has a story."""
    leaned_on_at: int = LEANED_ON

    @property
    def leaned_on(self) -> tuple[StoryEntry, ...]:
        """Stories answering at least `leaned_on_at` questions, most used first."""
        heavy = [story for story in self.stories if len(story.questions) >= self.leaned_on_at]
        return tuple(sorted(heavy, key=lambda story: -len(story.questions)))

    def as_dict(self) -> StoryMapJson:
        """The map as JSON-ready data (`starcards stories --json`)."""
        return {
            "stories": [story.as_dict() for story in self.stories],
            "untold": [question.as_dict() for question in self.untold],
            "leaned_on": [story.title for story in self.leaned_on],
            "uncovered_tags": list(self.uncovered_tags),
        }


@dataclass
class _Building:
    """The map while it is being gathered."""

    titled: dict[str, tuple[str, list[StoryQuestion]]] = field(default_factory=dict)
    untitled: list[StoryEntry] = field(default_factory=list)
    untold: list[StoryQuestion] = field(default_factory=list)
    tags_with_story: set[str] = field(default_factory=set)
    tags_seen: dict[str, str] = field(default_factory=dict)
    study_tags: tuple[str, ...] = ()


def story_map(
    store: Store,
    deck_ids: Sequence[int] | None = None,
    *,
    leaned_on_at: int = LEANED_ON,
    study_tags: Sequence[str] = DEFAULT_STUDY_TAGS,
) -> StoryMap:
    """The story map of the live (not removed, not suspended) cards of `deck_ids` (all if None).

    A question with no story is a gap only when it asks for one (`deck.story_questions`): `Why us?`
    is answered in words. The `study_tags` (and tags nested under them) opt notes in; they name no
    competency, so they are never gaps.
    """
    building = _Building(study_tags=tuple(tag.lstrip("#").casefold() for tag in study_tags))
    for row in live_rows(store.conn, deck_ids):
        _add_card(building, row)
    stories = sorted(
        (StoryEntry(title, True, tuple(questions)) for title, questions in building.titled.values()),
        key=lambda story: story_key(story.title),
    )
    uncovered = [shown for folded, shown in building.tags_seen.items() if folded not in building.tags_with_story]
    return StoryMap(
        stories=tuple(stories) + tuple(building.untitled),
        untold=tuple(building.untold),
        uncovered_tags=tuple(sorted(uncovered, key=str.casefold)),
        leaned_on_at=leaned_on_at,
    )


def _add_card(building: _Building, row: sqlite3.Row) -> None:
    """Put one card's stories (or its lack of one) into the map."""
    content = json.loads(row["content"])
    question = _question(row, content)
    stories = content.get("stories") or []
    phrasings = content.get("phrasings") or [question.question]
    if not stories and not any(asks_for_story(phrasing) for phrasing in phrasings):
        return  # `Why this company?`: answered in words, no story to prepare
    for tag in question.tags:
        if not _studies(tag.casefold(), building.study_tags):
            building.tags_seen.setdefault(tag.casefold(), tag)
    if not stories:
        building.untold.append(question)
        return
    building.tags_with_story.update(tag.casefold() for tag in question.tags)
    for story in stories:
        _add_story(building, question, story.get("title"))


def _studies(tag: str, study_tags: tuple[str, ...]) -> bool:
    """True for a study tag (folded) or one nested under it (`flashcards/interview`)."""
    return any(tag == study or tag.startswith(f"{study}/") for study in study_tags)


def _add_story(building: _Building, question: StoryQuestion, title: str | None) -> None:
    """File `question` under the story called `title` (its own entry when untitled)."""
    if not title or not story_key(title):
        building.untitled.append(StoryEntry(story_label(None, question.question), False, (question,)))
        return
    shown, questions = building.titled.setdefault(story_key(title), (title.strip(), []))
    if all(known.card_id != question.card_id for known in questions):
        questions.append(question)


def _question(row: sqlite3.Row, content: dict[str, Any]) -> StoryQuestion:
    """The card as a question of the map."""
    phrasings = content.get("phrasings") or [content.get("question", "")]
    tags = tuple(str(tag).lstrip("#") for tag in content.get("tags") or [])
    return StoryQuestion(
        card_id=int(row["id"]),
        deck=row["deck_name"],
        deck_root=row["deck_root"],
        question=str(phrasings[0]),
        file=str(content.get("file", "")),
        line=int(content.get("line", 1)),
        tags=tags,
    )
