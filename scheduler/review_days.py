"""Review intervals in days, in order: `ordered_days`.

FSRS gives each passing rating its own interval, and for young cards they often round
to the same number of days: `Hard · 1d  Good · 1d  Easy · 1d` leaves no choice. As Anki
does, the intervals committed (and shown) are kept Hard < Good < Easy after fuzz. Good
is placed first (at least two days when Hard also lands in review, so there is a day
below it), Hard within the days below Good, Easy above Good: where Hard and Good would
meet, Hard gives way, and only a one-day Good is lengthened, so the order changes
FSRS's intervals as little as it can.
"""

from __future__ import annotations

from scheduler.fuzz import fuzz_factor, fuzzed_days
from scheduler.vocabulary import Rating


def ordered_days(
    raw: dict[Rating, int], *, card_id: int, index: int, maximum: int, fuzz: bool, draw: float | None = None
) -> dict[Rating, int]:
    """The review interval of each rating in `raw` (FSRS's days, by rating, for ratings whose card lands in review).

    Fuzzed when `fuzz` with `draw` (a recorded draw) or else review `index` of card `card_id`'s
    draw, never above `maximum`.
    """

    if fuzz and draw is None:  # one draw for the three ratings, looked up once
        draw = fuzz_factor(card_id=card_id, index=index)

    def place(rating: Rating, minimum: int = 1, ceiling: int | None = None) -> int:
        """Rating `rating`'s interval within `minimum`..`ceiling` (and `maximum`)."""
        top = maximum if ceiling is None else max(1, min(ceiling, maximum))
        if not fuzz:
            return min(max(raw[rating], min(minimum, top)), top)
        return fuzzed_days(raw[rating], card_id=card_id, index=index, maximum=top, minimum=minimum, draw=draw)

    days: dict[Rating, int] = {}
    if Rating.AGAIN in raw:
        days[Rating.AGAIN] = place(Rating.AGAIN)
    if Rating.GOOD in raw:
        days[Rating.GOOD] = place(Rating.GOOD, minimum=2 if Rating.HARD in raw else 1)
    if Rating.HARD in raw:
        days[Rating.HARD] = place(Rating.HARD, ceiling=days[Rating.GOOD] - 1 if Rating.GOOD in days else None)
    if Rating.EASY in raw:
        below = days.get(Rating.GOOD, days.get(Rating.HARD, 0))
        days[Rating.EASY] = place(Rating.EASY, minimum=below + 1)
    return days
