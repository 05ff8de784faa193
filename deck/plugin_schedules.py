"""The schedules Obsidian's spaced-repetition plugin writes under its cards: `plugin_schedules`,
`without_metadata`, `scheduling_only`.

The plugin keeps an inline card's schedule in an HTML comment on the card's last line or
on the line after it: `<!--SR:!2026-03-01,12,250-->` is the card's next due date, its
interval in days (to a tenth, `31.5`: read to the nearest day) and its ease in hundredths
(250: 2.5). A card both ways holds one entry per side, the forward card's first
(`<!--SR:!2026-03-01,12,250!2026-02-20,4,230-->`); the
plugin's first versions wrote one entry without the `!`. The plugin marks a side not yet
reviewed with the date 2000-01-01: no schedule. starcards reads the schedules and never
writes them (`scheduler.plugin_seeds` turns one into a card's first memory state), and a card's
text never holds them (`without_metadata`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

_COMMENT = re.compile(r"<!--SR:([^<>\n]*)-->")
_BLOCK_ID = re.compile(r"(?<![^ \t])\^[A-Za-z0-9-]+[ \t]*$")
_ENTRY = re.compile(r"[ \t]*(\d{4})-(\d{2})-(\d{2}),(\d{1,5}(?:\.\d+)?),(\d{2,4})[ \t]*")
"""One side's entry: due date, interval in days (the plugin rounds it to a tenth: `31.5`), ease."""
_NOT_YET = date(2000, 1, 1)
"""The plugin's date for a side of a card it has not scheduled yet."""
_LEAST_EASE = 100
"""An ease under 1.0 (100) is no SM-2 ease: the plugin never writes one under 1.3."""


def plugin_schedules(lines: Sequence[str], following: str | None) -> list[str | None]:
    """The plugin's schedule of each side of the card written on `lines`, forward side first.

    Read from the card's last scheduling comment, or from `following` (the line after
    the card) when it holds nothing but one. Each schedule is `YYYY-MM-DD,interval,ease`,
    the interval in whole days; None for a side it has not scheduled or wrote out of shape.
    An empty list when the card has no comment.
    """
    alone = _COMMENT.fullmatch(following.strip()) if following is not None else None
    comment = alone.group(1) if alone else next(filter(None, map(_comment, reversed(lines))), None)
    if comment is None:
        return []
    entries = comment.split("!")[1:] if comment.lstrip().startswith("!") else [comment]
    return [_schedule(_ENTRY.fullmatch(entry)) for entry in entries]


def without_metadata(line: str) -> str:
    """A line without the scheduling comments and the trailing Obsidian block id (` ^abc123`) tools add to it."""
    if "<!--SR:" in line:
        line = _COMMENT.sub("", line)
    line = line.rstrip()
    return _BLOCK_ID.sub("", line).rstrip() if "^" in line else line


def scheduling_only(line: str) -> bool:
    """True for a line holding nothing but scheduling comments."""
    return "<!--SR:" in line and not without_metadata(line).strip()


def _comment(line: str) -> str | None:
    """The text inside the last scheduling comment of `line`, or None."""
    if "<!--SR:" not in line:
        return None
    found = _COMMENT.findall(line)
    return found[-1] if found else None


def _schedule(entry: re.Match[str] | None) -> str | None:
    """One side's entry as `YYYY-MM-DD,interval,ease`, the interval in whole days (at least one); None for a side
    not scheduled yet or one out of shape (each side keeps its place)."""
    if entry is None:
        return None
    year, month, day, ease = (int(entry.group(index)) for index in (1, 2, 3, 5))
    try:
        due = date(year, month, day)
    except ValueError:
        return None
    days = float(entry.group(4))
    if due == _NOT_YET or days <= 0 or ease < _LEAST_EASE:
        return None
    interval = max(1, int(days + 0.5))  # half a day up, as the plugin rounds
    return f"{due.isoformat()},{interval},{ease}"
