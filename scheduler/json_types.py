"""The JSON documents the scheduler builds, as TypedDicts: `stats`, `cards`, `readiness`, `stories`, `mock-report`.

These are the models the published JSON Schemas are generated from (see
`textual_app.schemas`); the `as_dict()` methods that build the documents return them.
Plain `typing` only, so importing this costs nothing at start-up.
"""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict  # pydantic needs it on Python 3.11 to generate the schemas


class TodayJson(TypedDict):
    """What was reviewed today: `date` is the local day, `again_rate` null before the first review."""

    date: str
    reviewed: int
    again: int
    again_rate: float | None
    seconds: float


class DueJson(TypedDict):
    """What is waiting: due now, overdue, learning and reviews due today, new cards available."""

    now: int
    overdue: int
    learning: int
    review: int
    new: int


class DayCountJson(TypedDict):
    """A number for one local day (`YYYY-MM-DD`)."""

    date: str
    count: int


class CountsJson(TypedDict):
    """Every card once, by the first that applies: removed, suspended, buried, else its FSRS state."""

    new: int
    learning: int
    review: int
    relearning: int
    suspended: int
    buried: int
    removed: int


BucketJson = TypedDict("BucketJson", {"from": float, "to": float | None, "count": int})
"""How many cards have a value from `from` up to `to` (null: no upper bound)."""


class DistributionJson(TypedDict):
    """A histogram of one memory figure over the cards reviewed at least once."""

    mean: float | None
    count: int
    buckets: list[BucketJson]


WindowsJson = TypedDict("WindowsJson", {"7": float | None, "30": float | None, "365": float | None})
"""A figure over the last 7, 30 and 365 days (null with nothing to measure)."""

RetentionJson = TypedDict(
    "RetentionJson", {"7": float | None, "30": float | None, "365": float | None, "desired": float}
)
"""True retention over the last 7, 30 and 365 days, beside the desired retention."""

ReviewCountsJson = TypedDict("ReviewCountsJson", {"7": int, "30": int, "365": int})
"""How many review-state reviews each retention is measured on."""


class DistributionsJson(TypedDict):
    """The histograms of stability (days), difficulty (1-10) and retrievability now."""

    stability: DistributionJson
    difficulty: DistributionJson
    retrievability: DistributionJson


class StatsJson(TypedDict):
    """`starcards stats --json`."""

    today: TodayJson
    due: DueJson
    forecast: list[DayCountJson]
    calendar: list[DayCountJson]
    streak: int
    retention: RetentionJson
    retention_reviews: ReviewCountsJson
    average_recall_seconds: WindowsJson
    counts: CountsJson
    distributions: DistributionsJson


Status = Literal["active", "suspended", "buried", "removed"]
"""A card's status: removed (gone from the notes), suspended, buried, else active."""

StateName = Literal["new", "learning", "review", "relearning"]
"""A card's FSRS state, by name."""


class CardJson(TypedDict):
    """One card of `starcards cards --json`: `due` UTC (null when new), memory figures null until reviewed."""

    id: int
    deck: str
    question: str
    file: str
    line: int
    status: Status
    state: StateName
    reps: int
    lapses: int
    due: str | None
    stability: float | None
    difficulty: float | None
    retrievability: float | None


class AtRiskJson(TypedDict):
    """A card predicted below the readiness target on the interview day."""

    card_id: int
    question: str
    recall: float


class PlanDayJson(TypedDict):
    """How many reviews the plan makes on one local day (`YYYY-MM-DD`)."""

    date: str
    reviews: int


class ReadinessJson(TypedDict):
    """One deck's readiness for its interview day (`readiness --json`, and each of `stats --json`'s `readiness`)."""

    deck: str
    interview_date: str
    days_left: int
    target: float
    expected_recall: float
    cards: int
    at_risk: list[AtRiskJson]
    plan: list[PlanDayJson]


class StatsReportJson(StatsJson):
    """`starcards stats --json`: the statistics, and the readiness of each chosen deck with an interview date."""

    readiness: list[ReadinessJson]


class StoryQuestionJson(TypedDict):
    """A question in the story map."""

    card_id: int
    deck: str
    question: str
    file: str
    line: int
    tags: list[str]


class StoryEntryJson(TypedDict):
    """A story in the story map, with every question it answers."""

    title: str
    titled: bool
    questions: list[StoryQuestionJson]
    tags: list[str]


class StoryMapJson(TypedDict):
    """`starcards stories --json`: the stories, the questions told with none, the stories leaned on, uncovered tags."""

    stories: list[StoryEntryJson]
    untold: list[StoryQuestionJson]
    leaned_on: list[str]
    uncovered_tags: list[str]


RatingName = Literal["again", "hard", "good", "easy"]
"""A rating, by name."""


class MockAnswerJson(TypedDict):
    """One answer given in a mock interview (`position` from 1)."""

    position: int
    card_id: int
    asked: str
    follow_up: str | None
    story: str | None
    rating: RatingName
    seconds: float
    over: bool


class MockSummaryJson(TypedDict):
    """One past mock interview, in a line of the trend."""

    mock: int
    started_at: str
    answered: int
    mean_seconds: float
    over: int
    again: int
    no_story: int


class MockReportJson(TypedDict):
    """`starcards mock-report --json`: each answer, the answers over time, rated Again or with no story, the trend."""

    mock: int
    started_at: str
    target_seconds: int
    answers: list[MockAnswerJson]
    over_time: list[int]
    again: list[int]
    repeated_stories: dict[str, list[int]]
    no_story: list[int]
    no_story_written: list[int]
    trend: list[MockSummaryJson]
