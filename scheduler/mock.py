"""Mock interviews: `MockInterview` asks questions one after another, as an interviewer would.

Questions are drawn across the chosen decks, weighted toward the weakest cards (lowest
predicted recall, never-reviewed ones weakest of all) and the least recently rehearsed
(reviewed, practised or asked in a mock), each in a phrasing chosen at random. After each
answer the user says which story they told and rates themselves; a common follow-up may
be asked before the next question. Answers go to `mock_answers`, never to the review
log: a mock never changes the schedule. The report is `scheduler.mock_report`.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from scheduler.engine import CardScheduler, Rating, make_fsrs, retrievability
from scheduler.focus import Focus
from scheduler.practice import live_rows
from scheduler.reviews import state_from_row
from scheduler.settings import Settings
from scheduler.store import Store, format_time, parse_time
from scheduler.story_map import story_label

FOLLOW_UPS: tuple[str, ...] = (
    "What would you do differently?",
    "What was your own part in it?",
    "What did you learn from it?",
    "How did you know it worked?",
    "What was the hardest moment, and why?",
    "What would the others involved say about it?",
)
"""Follow-ups interviewers commonly ask; `Settings.mock_follow_ups` replaces them."""

FOLLOW_UP_CHANCE = 0.5
"""The chance a follow-up is asked after an answer."""

HYPOTHETICAL = re.compile(
    r"\W*(?:(?:what|how|where|when|who|which)\b[^?,]{0,30}?\bwould\s+you\b|(?:if|imagine|suppose)\b"
    r"|what\s+(?:do|should|will)\s+you\s+do\s+(?:if|when)\b)",
    re.IGNORECASE,
)
"""A question about what you would do rather than what you did: `How would you handle…`, `If…`, `Imagine…`."""

NONE_TOLD = None
"""The story recorded when the answer told none of the card's stories."""

_NEVER_DAYS = 60.0
"""How long ago a card never rehearsed counts as rehearsed, for the draw."""


@dataclass(frozen=True)
class MockQuestion:
    """One question of a mock: the card, the phrasing asked, its stories, and the follow-up."""

    card_id: int
    deck: str
    asked: str
    stories: tuple[str, ...]
    """The card's stories by `story_label`, in note order."""
    follow_up: str | None


class MockInterview:
    """A mock interview: `questions` asked in order; each `answer` is committed at once."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        now: datetime,
        deck_ids: Sequence[int] | None = None,
        *,
        questions: int = 5,
        focus: Focus | None = None,
        minutes: float | None = None,
        rng: random.Random | None = None,
    ) -> None:
        """Draw up to `questions` questions (kept by `focus` if given: `scheduler.focus`); `minutes` is the length of
        the whole interview (each answer's target is its share), else the rehearsal target of the
        questions' decks applies (the global one when their decks set different targets)."""
        self._store = store
        self._rng = rng or random.Random()
        self.questions = tuple(_draw(store.conn, settings, now, deck_ids, questions, focus, self._rng))
        share = minutes * 60 / len(self.questions) if minutes and self.questions else None
        self.target_seconds = max(1, round(share)) if share else _rehearsal_target(settings, self.questions)
        self.position = 0
        self.mock_id: int | None = None

    @property
    def current(self) -> MockQuestion | None:
        """The question being asked, or None once every question is answered."""
        return self.questions[self.position] if self.position < len(self.questions) else None

    def answer(self, story: str | None, rating: Rating, duration_ms: int, when: datetime) -> None:
        """Record the answer to the current question (committed at once), then move on.

        `story` is the title of the story told (None: none). `LookupError` when the mock is over.
        """
        question = self.current
        if question is None:
            raise LookupError("the mock interview is over")
        with self._store.transaction() as conn:
            mock_id = self._started(conn, when)
            conn.execute(
                "INSERT INTO mock_answers (mock_id, position, card_id, asked, follow_up, story, rating,"
                " duration_ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    mock_id,
                    self.position,
                    question.card_id,
                    question.asked,
                    question.follow_up,
                    story,
                    int(Rating(rating)),
                    max(0, int(duration_ms)),
                    format_time(when),
                ),
            )
        self.position += 1

    def finish(self, when: datetime) -> int | None:
        """Close the mock (its end time recorded); its id, or None if nothing was answered."""
        if self.mock_id is not None:
            with self._store.transaction() as conn:
                conn.execute("UPDATE mocks SET finished_at = ? WHERE id = ?", (format_time(when), self.mock_id))
        return self.mock_id

    def _started(self, conn: sqlite3.Connection, when: datetime) -> int:
        """The mock's id, its row written with the first answer (an unanswered mock leaves none)."""
        if self.mock_id is None:
            cursor = conn.execute(
                "INSERT INTO mocks (started_at, questions, target_seconds) VALUES (?, ?, ?)",
                (format_time(when), len(self.questions), self.target_seconds),
            )
            self.mock_id = int(cursor.lastrowid or 0)
        return self.mock_id


def _rehearsal_target(settings: Settings, questions: Sequence[MockQuestion]) -> int:
    """The rehearsal target the questions' decks share, else the global one."""
    targets = {settings.for_deck(deck).rehearsal_target_seconds for deck in {q.deck for q in questions}}
    return targets.pop() if len(targets) == 1 else settings.rehearsal_target_seconds


def _draw(
    conn: sqlite3.Connection,
    settings: Settings,
    now: datetime,
    deck_ids: Sequence[int] | None,
    count: int,
    focus: Focus | None,
    rng: random.Random,
) -> list[MockQuestion]:
    """Up to `count` live cards drawn without replacement, weighted by `_weight`."""
    rows = [row for row in live_rows(conn, deck_ids) if focus is None or focus.keeps(row["file"], row["content"])]
    rehearsed = _last_rehearsed(conn)
    follow_ups = FOLLOW_UPS if settings.mock_follow_ups is None else tuple(settings.mock_follow_ups)
    schedulers: dict[str, CardScheduler] = {}
    keyed = []
    for row in rows:
        deck = row["deck_name"]
        if deck not in schedulers:
            schedulers[deck] = make_fsrs(settings.for_deck(deck))
        weight = _weight(schedulers[deck], row, now, rehearsed.get(row["id"]))
        keyed.append((rng.random() ** (1.0 / weight), row))
    keyed.sort(key=lambda pair: -pair[0])
    return [_question(row, rng, follow_ups) for _, row in keyed[: max(0, count)]]


def _weight(scheduler: CardScheduler, row: sqlite3.Row, now: datetime, last: datetime | None) -> float:
    """How strongly a card is drawn: more when weaker (1 - recall) and when rehearsed longer ago."""
    recall = retrievability(state_from_row(row), now, scheduler) or 0.0
    days = _NEVER_DAYS if last is None else max(0.0, (now - last) / timedelta(days=1))
    return 0.25 + (1.0 - recall) + min(days, _NEVER_DAYS) / 30.0


_REHEARSED = """
SELECT card_id, MAX(at) FROM (
  SELECT card_id, reviewed_at AS at FROM reviews
  UNION ALL SELECT card_id, practised_at FROM practice
  UNION ALL SELECT card_id, answered_at FROM mock_answers
) GROUP BY card_id
"""


def _last_rehearsed(conn: sqlite3.Connection) -> dict[int, datetime]:
    """When each card was last reviewed, practised or asked in a mock."""
    found = {}
    for card_id, at in conn.execute(_REHEARSED):
        moment = parse_time(at)
        if moment is not None:
            found[int(card_id)] = moment
    return found


def _question(row: sqlite3.Row, rng: random.Random, follow_ups: Sequence[str]) -> MockQuestion:
    """The card as a mock question: a random phrasing, its stories, and maybe a follow-up.

    An untitled story is named by the phrasing asked. A follow-up asks about the story told,
    so none comes after a card with no story or a hypothetical question (`What would you do
    if…`): there is no "what you would do differently" in a story not lived.
    """
    content = json.loads(row["content"])
    phrasings = list(dict.fromkeys(content.get("phrasings") or [content.get("question", "")]))
    asked = rng.choice(phrasings)
    stories = content.get("stories") or []
    titles = tuple(story_label(story.get("title"), asked) for story in stories)
    chance = rng.random()
    follow_up = None
    if follow_ups and stories and not HYPOTHETICAL.match(asked) and chance < FOLLOW_UP_CHANCE:
        follow_up = rng.choice(follow_ups)
    return MockQuestion(int(row["id"]), row["deck_name"], asked, titles, follow_up)
