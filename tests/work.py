"""`work`: how many function calls (Python and built-in) a piece of code makes.

A deterministic stand-in for speed in the default test run: a parser that stays linear
makes about twice the calls for twice the input, whatever else the machine is doing.
Speed itself is measured in `benchmarks/`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def work(run: Callable[[], Any]) -> int:
    """The number of calls `run()` makes, counted with `sys.setprofile`."""
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def grows_linearly(make: Callable[[int], Callable[[], Any]], size: int) -> bool:
    """Whether the work of `make(2 * size)()` is at most 2.5 times that of `make(size)()`."""
    small, large = work(make(size)), work(make(2 * size))
    return large <= 2.5 * max(small, 1)
