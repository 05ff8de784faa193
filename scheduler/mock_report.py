"""The interview report of a mock (`scheduler.mock`): how each answer went, and the trend.

Time per answer against the target, answers that ran over or were rated Again, stories
told more than once in the same mock (an interviewer notices), questions answered with
none of their stories, questions that ask for a story with none written yet, and how past
mocks compare.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, cast

from deck.story_questions import asks_for_story
from scheduler.store import Store, parse_time
from scheduler.story_map import story_key
from scheduler.vocabulary import Rating

if TYPE_CHECKING:
    from scheduler.json_types import MockAnswerJson, MockReportJson, MockSummaryJson, RatingName


@dataclass(frozen=True)
class MockAnswer:
    """One answer given in a mock."""

    position: int
    card_id: int
    asked: str
    follow_up: str | None
    story: str | None
    rating: Rating
    seconds: float
    over: bool
    """Whether the answer took longer than the mock's target."""
    has_stories: bool = True
    """Whether the card has a story in the notes (as they are now) that could have been told."""

    @property
    def wants_story(self) -> bool:
        """Whether the question asks for a story (`deck.story_questions`) that the notes do not have yet."""
        return not self.has_stories and asks_for_story(self.asked)

    def as_dict(self) -> MockAnswerJson:
        """JSON-ready data."""
        return {
            "position": self.position + 1,
            "card_id": self.card_id,
            "asked": self.asked,
            "follow_up": self.follow_up,
            "story": self.story,
            "rating": cast("RatingName", self.rating.label.lower()),
            "seconds": round(self.seconds, 1),
            "over": self.over,
        }


@dataclass(frozen=True)
class MockSummary:
    """One past mock in a line: for the trend."""

    mock_id: int
    started_at: datetime
    answered: int
    mean_seconds: float
    over: int
    again: int
    no_story: int

    def as_dict(self) -> MockSummaryJson:
        """JSON-ready data."""
        return {
            "mock": self.mock_id,
            "started_at": self.started_at.isoformat(),
            "answered": self.answered,
            "mean_seconds": round(self.mean_seconds, 1),
            "over": self.over,
            "again": self.again,
            "no_story": self.no_story,
        }


@dataclass(frozen=True)
class MockReport:
    """The report of one mock, with the trend of every mock up to it."""

    mock_id: int
    started_at: datetime
    target_seconds: int
    answers: tuple[MockAnswer, ...]
    trend: tuple[MockSummary, ...]
    """Every mock up to and including this one, oldest first."""

    @property
    def over_time(self) -> tuple[MockAnswer, ...]:
        """Answers that ran over the target."""
        return tuple(answer for answer in self.answers if answer.over)

    @property
    def again(self) -> tuple[MockAnswer, ...]:
        """Answers rated Again."""
        return tuple(answer for answer in self.answers if answer.rating == Rating.AGAIN)

    @property
    def no_story(self) -> tuple[MockAnswer, ...]:
        """Answers that told none of the card's stories, though it has some."""
        return tuple(answer for answer in self.answers if answer.story is None and answer.has_stories)

    @property
    def unwritten(self) -> tuple[MockAnswer, ...]:
        """Answers to questions that ask for a story and have none in the notes: one to write."""
        return tuple(answer for answer in self.answers if answer.wants_story)

    @property
    def repeated_stories(self) -> dict[str, tuple[int, ...]]:
        """Stories told more than once in this mock (titles compared as the story map does), with
        the (1-based) questions they answered."""
        told: dict[str, tuple[str, list[int]]] = {}
        for answer in self.answers:
            if answer.story is not None:
                told.setdefault(story_key(answer.story), (answer.story, []))[1].append(answer.position + 1)
        return {story: tuple(positions) for story, positions in told.values() if len(positions) > 1}

    def as_dict(self) -> MockReportJson:
        """JSON-ready data (`starcards mock-report --json`)."""
        return {
            "mock": self.mock_id,
            "started_at": self.started_at.isoformat(),
            "target_seconds": self.target_seconds,
            "answers": [answer.as_dict() for answer in self.answers],
            "over_time": [answer.position + 1 for answer in self.over_time],
            "again": [answer.position + 1 for answer in self.again],
            "repeated_stories": {story: list(positions) for story, positions in self.repeated_stories.items()},
            "no_story": [answer.position + 1 for answer in self.no_story],
            "no_story_written": [answer.position + 1 for answer in self.unwritten],
            "trend": [summary.as_dict() for summary in self.trend],
        }


def mock_report(store: Store, mock_id: int | None = None) -> MockReport | None:
    """The report of mock `mock_id` (None: the latest with an answer); None when there is none."""
    conn = store.conn
    if mock_id is None:
        row = conn.execute("SELECT MAX(mock_id) FROM mock_answers").fetchone()
        mock_id = row[0] if row else None
    head = None if mock_id is None else conn.execute("SELECT * FROM mocks WHERE id = ?", (mock_id,)).fetchone()
    if head is None:
        return None
    answers = tuple(_answer(row, head["target_seconds"]) for row in conn.execute(_ANSWERS, (mock_id,)))
    trend = tuple(summary for summary in mock_history(store) if summary.mock_id <= head["id"])
    return MockReport(head["id"], _time(head["started_at"]), head["target_seconds"], answers, trend)


def mock_history(store: Store) -> list[MockSummary]:
    """Every mock with at least one answer, oldest first, in a line each."""
    return [
        MockSummary(
            mock_id=row["id"],
            started_at=_time(row["started_at"]),
            answered=row["answered"],
            mean_seconds=(row["total_ms"] or 0) / 1000 / max(1, row["answered"]),
            over=row["over"] or 0,
            again=row["again"] or 0,
            no_story=row["no_story"] or 0,
        )
        for row in store.conn.execute(_HISTORY)
    ]


_HAS_STORIES = "coalesce(json_array_length(cards.content, '$.stories'), 0) > 0"
"""SQL: the answer's card (joined as `cards`) has a story in the notes."""

_ANSWERS = (
    f"SELECT mock_answers.*, {_HAS_STORIES} AS has_stories FROM mock_answers"
    " LEFT JOIN cards ON cards.id = mock_answers.card_id WHERE mock_id = ? ORDER BY position"
)

_HISTORY = f"""
SELECT mocks.id, mocks.started_at, COUNT(*) AS answered, SUM(mock_answers.duration_ms) AS total_ms,
  SUM(mock_answers.duration_ms > mocks.target_seconds * 1000) AS over,
  SUM(mock_answers.rating = 1) AS again, SUM(mock_answers.story IS NULL AND {_HAS_STORIES}) AS no_story
FROM mocks JOIN mock_answers ON mock_answers.mock_id = mocks.id LEFT JOIN cards ON cards.id = mock_answers.card_id
GROUP BY mocks.id ORDER BY mocks.id
"""


def _answer(row: sqlite3.Row, target_seconds: int) -> MockAnswer:
    """A row of `mock_answers` as an answer."""
    seconds = row["duration_ms"] / 1000
    return MockAnswer(
        position=row["position"],
        card_id=row["card_id"],
        asked=row["asked"],
        follow_up=row["follow_up"],
        story=row["story"],
        rating=Rating(row["rating"]),
        seconds=seconds,
        over=seconds > target_seconds,
        has_stories=bool(row["has_stories"]),
    )


def _time(text: str) -> datetime:
    """A stored time (always present in these rows)."""
    moment = parse_time(text)
    if moment is None:
        raise ValueError("a mock without a start time")
    return moment
