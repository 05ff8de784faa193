"""`until`: let the app run until a condition on its state holds, for tests that must not wait for time."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

MAX_ROUNDS = 1000
"""How many rounds of the app's message loop `until` lets pass before giving up."""


async def until(pilot: Pilot, condition: Callable[[], bool]) -> None:
    """Let the app process its messages (and timers come due) until `condition()` holds.

    Fails after `MAX_ROUNDS` rounds, which a loaded machine never needs for a state the
    app reaches at all; a fixed sleep would instead fail whenever it is slower than usual.
    """
    for _ in range(MAX_ROUNDS):
        if condition():
            return
        await pilot.pause(0.01)
    assert condition(), "the app never reached the state waited for"
