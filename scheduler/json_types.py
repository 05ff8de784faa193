"""The JSON documents the scheduler builds, as TypedDicts: `starcards stats --json` and `cards --json`.

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
