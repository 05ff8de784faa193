"""Deterministic interval fuzz: spreads review due dates without breaking replay.

FSRS and Anki add a little random "fuzz" to review intervals so cards learnt together
do not stay together forever. Their fuzz draws from a global random source, which would
make replaying the review log give different due dates each time. Here the draw of a
new review comes from a hash of the card and the index of the review in its log
(`review_draw`), so a preview and the review itself agree; the review records the draw
it used (`reviews.draw`) and every later replay, on this machine or another where the
card's id and log differ, uses that. A review recorded without a draw (from an older
export) replays with the draw reviews were made with before: a `random.Random` seeded
by the card and index (`fuzz_factor`), which schema 10 also recorded for every review
made before it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

# The fuzz ranges published by FSRS: open-spaced-repetition/py-fsrs,
# fsrs/scheduler.py (FUZZ_RANGES, Scheduler._get_fuzzed_interval), the same table as
# Anki's rslib/src/scheduler/states/fuzz.rs. Each range adds `factor` times the part of
# the interval that falls inside it to a base of one day, e.g. 30 d -> 1 + 0.675 + 1.3
# + 0.5 = +-3.475 d. Intervals under 2.5 days are not fuzzed.
FUZZ_RANGES: tuple[tuple[float, float, float], ...] = (
    (2.5, 7.0, 0.15),
    (7.0, 20.0, 0.10),
    (20.0, math.inf, 0.05),
)
"""(start day, end day, factor) of each fuzz range."""

FUZZ_MIN_DAYS = 2.5
"""Intervals shorter than this many days are left as they are."""


@lru_cache(maxsize=4096)
def fuzz_range(days: int, maximum: int, minimum: int = 1) -> tuple[int, int]:
    """The smallest and largest fuzzed interval, in days, for an interval of `days`.

    Both stay within `minimum`..`maximum` (the minimum gives way to the maximum), so a
    rating's interval can be kept above the lower rating's, as Anki keeps them.
    Remembered: intervals repeat from card to card.
    """
    minimum = min(minimum, maximum)
    days = min(max(days, minimum), maximum)
    if days < FUZZ_MIN_DAYS:
        return days, days
    delta = 1.0
    for start, end, factor in FUZZ_RANGES:
        delta += factor * max(min(float(days), end) - start, 0.0)
    high = min(round(days + delta), maximum)
    low = min(max(2, minimum, round(days - delta)), high)
    return low, high


def fuzzed_days(
    days: int, *, card_id: int, index: int, maximum: int, minimum: int = 1, draw: float | None = None
) -> int:
    """`days` fuzzed for review number `index` (0-based) of card `card_id`, within `minimum`..`maximum`.

    `draw` is the review's recorded draw (`reviews.draw`); None: `fuzz_factor(card_id, index)`.
    The same arguments always give the same answer.
    """
    low, high = fuzz_range(days, maximum, minimum)
    factor = fuzz_factor(card_id=card_id, index=index) if draw is None else draw
    return min(low + math.floor(factor * (high - low + 1)), high)


@lru_cache(maxsize=256)
def fuzz_factor(*, card_id: int, index: int) -> float:
    """The draw of review `index` of card `card_id` for a review recorded without one, in [0, 1).

    The draw every review was made with before `review_draw`: what a replay of a review
    from an older export (no `draw`) uses, and what schema 10 recorded for the reviews
    made before it. One factor per review, shared by the four ratings (as Anki does), so
    the fuzz keeps Hard, Good and Easy in order. Remembered for the last few reviews.
    """
    import random  # noqa: PLC0415 - when an interval is fuzzed, not to show a card

    return random.Random(f"starcards-fuzz:{card_id}:{index}").random()


@lru_cache(maxsize=256)
def review_draw(*, card_id: int, index: int) -> float:
    """The draw a new review, number `index` (0-based) of card `card_id`, is scheduled and recorded with.

    The top 53 bits of a BLAKE2b hash of the card and index, as a fraction in [0, 1)
    that a float holds exactly: a tenth of the work of seeding a `random.Random`
    (`fuzz_factor`), which ran a SHA-512 and filled a Mersenne Twister for one number.
    Shared by the four ratings, so the fuzz keeps Hard, Good and Easy in order.
    Remembered for the last few reviews: the four previews and the rating of a card ask
    for the same draw.
    """
    digest = _blake2b()(b"starcards-draw:%d:%d" % (card_id, index), digest_size=8).digest()
    return (int.from_bytes(digest) >> 11) * _TWO_TO_MINUS_53


_TWO_TO_MINUS_53 = 2.0**-53
"""The weight of the last of the 53 bits a float's fraction holds."""


@lru_cache(maxsize=1)
def _blake2b() -> Callable[..., Any]:
    """BLAKE2b, imported when a card is first previewed: from CPython's `_blake2` where it is (the module
    `hashlib` takes it from), sparing the start of a review `hashlib`'s load of OpenSSL."""
    try:
        from _blake2 import blake2b  # noqa: PLC0415 - CPython's own, what hashlib.blake2b is
    except ImportError:  # another Python
        from hashlib import blake2b  # noqa: PLC0415
    return blake2b
