"""The figures `scheduler.stats.Stats` is made of: today, due, day counts, windows, counts, distributions.

Each is a small frozen dataclass with `as_dict()` giving its part of the documented JSON.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scheduler.json_types import BucketJson, CountsJson, DayCountJson, DistributionJson, DueJson, TodayJson


@dataclass(frozen=True)
class Today:
    """What was reviewed in the local day so far: reviews, how many Again, time spent."""

    date: date
    reviewed: int = 0
    again: int = 0
    seconds: float = 0.0

    @property
    def again_rate(self) -> float | None:
        """Share of today's reviews rated Again; None before the first review."""
        return self.again / self.reviewed if self.reviewed else None

    def as_dict(self) -> TodayJson:
        """`{"date", "reviewed", "again", "again_rate", "seconds"}`."""
        return {
            "date": self.date.isoformat(),
            "reviewed": self.reviewed,
            "again": self.again,
            "again_rate": self.again_rate,
            "seconds": round(self.seconds, 1),
        }


@dataclass(frozen=True)
class Due:
    """What is waiting: due now, overdue from before today, learning and reviews due today, new available."""

    now: int = 0
    overdue: int = 0
    learning: int = 0
    review: int = 0
    new: int = 0

    def as_dict(self) -> DueJson:
        """`{"now", "overdue", "learning", "review", "new"}`."""
        return {
            "now": self.now,
            "overdue": self.overdue,
            "learning": self.learning,
            "review": self.review,
            "new": self.new,
        }


@dataclass(frozen=True)
class DayCount:
    """A number for one local day (reviews done, or cards falling due)."""

    date: date
    count: int

    def as_dict(self) -> DayCountJson:
        """`{"date": "YYYY-MM-DD", "count"}`."""
        return {"date": self.date.isoformat(), "count": self.count}


@dataclass(frozen=True)
class Window:
    """The review log summed over the last `days` local days, today included."""

    days: int
    reviews: int = 0
    again: int = 0
    mature: int = 0
    mature_again: int = 0
    duration_ms: int = 0

    @property
    def retention(self) -> float | None:
        """True retention: share of review-state reviews not rated Again; None without any."""
        return 1 - self.mature_again / self.mature if self.mature else None

    @property
    def average_seconds(self) -> float | None:
        """Average recall time per review, in seconds; None without reviews."""
        return self.duration_ms / self.reviews / 1000 if self.reviews else None


@dataclass(frozen=True)
class Counts:
    """Cards by status, each card counted once: removed, else suspended, else buried, else its state."""

    new: int = 0
    learning: int = 0
    review: int = 0
    relearning: int = 0
    suspended: int = 0
    buried: int = 0
    removed: int = 0

    @property
    def total(self) -> int:
        """Every card, removed ones included."""
        return sum(astuple(self))

    def as_dict(self) -> CountsJson:
        """`{"new", "learning", "review", "relearning", "suspended", "buried", "removed"}`."""
        return {
            "new": self.new,
            "learning": self.learning,
            "review": self.review,
            "relearning": self.relearning,
            "suspended": self.suspended,
            "buried": self.buried,
            "removed": self.removed,
        }


@dataclass(frozen=True)
class Bucket:
    """How many cards have a value from `low` up to (not including) `high`; `high` None: no upper bound."""

    low: float
    high: float | None
    count: int

    def as_dict(self) -> BucketJson:
        """`{"from", "to", "count"}` (`to` null for the last bucket)."""
        return {"from": self.low, "to": self.high, "count": self.count}


@dataclass(frozen=True)
class Distribution:
    """A histogram of one memory figure over the reviewed cards, with its mean."""

    buckets: tuple[Bucket, ...]
    mean: float | None = None

    @property
    def count(self) -> int:
        """How many cards the histogram holds."""
        return sum(bucket.count for bucket in self.buckets)

    @classmethod
    def of(
        cls, edges: tuple[float, ...], counts: list[int], total: float, *, closed: float | None = None
    ) -> Distribution:
        """Buckets from lower bounds `edges` and their `counts`; the mean is `total` over the count.

        `closed` is the upper bound of the last bucket when the figure has one.
        """
        highs = (*edges[1:], closed)
        buckets = tuple(Bucket(low, high, count) for low, high, count in zip(edges, highs, counts, strict=True))
        cards = sum(counts)
        return cls(buckets=buckets, mean=total / cards if cards else None)

    def as_dict(self) -> DistributionJson:
        """`{"mean", "count", "buckets": [{"from", "to", "count"}]}`."""
        return {"mean": self.mean, "count": self.count, "buckets": [bucket.as_dict() for bucket in self.buckets]}
