"""FSRS parameters as a setting: `Parameters`, `check_parameters`, `default_parameters`.

A deck (or every deck) may be scheduled with its own 21 FSRS-6 parameters, fitted by
`starcards optimize` or pasted from another tool. The allowed range of each one is
py-fsrs's own (`fsrs.scheduler.LOWER_BOUNDS_PARAMETERS` / `UPPER_BOUNDS_PARAMETERS`,
the bounds its optimizer clamps to), read when a value is checked so that loading
settings without parameters never imports py-fsrs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from scheduler.setting_types import Check

PARAMETER_COUNT = 21
"""How many parameters FSRS-6 has."""


def default_parameters() -> tuple[float, ...]:
    """py-fsrs's default parameters (those a deck without its own is scheduled with), without importing py-fsrs."""
    from scheduler.fsrs_maths import DEFAULT_PARAMETERS  # noqa: PLC0415

    return DEFAULT_PARAMETERS


def parameter_problems(values: Sequence[float]) -> list[str]:
    """What is wrong with `values` as FSRS parameters, one message each (empty: usable)."""
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS  # noqa: PLC0415

    if len(values) != PARAMETER_COUNT:
        return [f"should be {PARAMETER_COUNT} numbers, not {len(values)}"]
    bounds = zip(values, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    return [
        f"w[{index}] = {value:g} is outside {low:g}..{high:g}"
        for index, (value, low, high) in enumerate(bounds)
        if not low <= value <= high
    ]


def check_parameters(values: list[float]) -> list[float]:
    """`values` unchanged when they are usable FSRS parameters; `ValueError` saying why not."""
    problems = parameter_problems(values)
    if problems:
        raise ValueError("; ".join(problems))
    return values


Parameters = Annotated[list[float], Check(check_parameters)]
"""A setting holding FSRS parameters: 21 numbers, each within py-fsrs's bounds."""

