"""The synthetic collections the benchmark measures, and where their builds are cached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SEED = 20260301
"""The one seed every collection derives from: the same seed builds the same collection."""

DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache"
"""Where built collections are kept between runs (ignored by git)."""


@dataclass(frozen=True)
class Spec:
    """A synthetic collection: how many cards, how long it has been studied, how fast."""

    name: str
    """Shown in the results: `1k`, `10k`, `100k`, `mature`."""
    cards: int
    """Cards in the vault (about: notes hold whole groups of questions)."""
    days: int
    """Days of study simulated, ending now."""
    new_per_day: int
    """New cards the learner introduces per day."""
    seed: int = SEED

    def folder(self, cache: Path, today: datetime) -> Path:
        """The cache folder of this collection as built for the day starting at `today`.

        Keyed by day because reviews are simulated up to the start of the day of the
        build: a build from an earlier day would have a day's worth of extra cards due.
        """
        stamp = today.astimezone(UTC).strftime("%Y%m%d%H")
        return cache / f"{self.name}-{self.cards}c-{self.days}d-{self.new_per_day}n-s{self.seed}-{stamp}"

    def vault(self, cache: Path) -> Path:
        """The notes folder, shared by every collection of the same size and seed."""
        return cache / f"vault-{self.cards}c-s{self.seed}"


FULL = (
    Spec("1k", 1_000, 30, 20),
    Spec("10k", 10_000, 30, 20),
    Spec("100k", 100_000, 30, 20),
    Spec("mature", 100_000, 730, 140),
)
"""The collections of a full run: three sizes a month into study, and a mature one of
100,000 cards and about a million reviews over two years."""

QUICK = (
    Spec("tiny", 200, 10, 5),
    Spec("tiny-mature", 600, 90, 8),
)
"""The collections of `--quick`: every row, on tiny sizes."""


def mature(specs: tuple[Spec, ...]) -> Spec:
    """The collection the single-collection rows use: the last (largest, oldest) one."""
    return specs[-1]
