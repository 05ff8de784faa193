"""The deck list's notes cell: the deck's path, cut from the left to fit what the other columns leave."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text

from deck.controls import sanitize

NARROWEST = 12
"""The fewest cells the notes column keeps, however much the other columns take."""
PADDING = 2
"""Cells a table column adds around its text (one on each side)."""


def notes_room(table_width: int, others: Sequence[Sequence[str]]) -> int:
    """Cells left for the notes column in a table `table_width` wide, beside columns holding `others` (each a list of
    its header and cells)."""
    used = sum(max(map(cell_len, column), default=0) + PADDING for column in others)
    return max(NARROWEST, table_width - used - PADDING)


def notes_cell(root: str, warnings: int, room: int) -> Text:
    """The deck's path, dim, cut from the left to fit `room` cells (`…/Prep/Stories.md`: the note's name stays), then
    how many warnings its notes gave (`w` lists them), if any."""
    tail = f" · {warnings} warning{'' if warnings == 1 else 's'} (w)" if warnings else ""
    path = sanitize(short_path(root))
    left = max(1, room - cell_len(tail))
    if cell_len(path) > left:
        path = "\u2026" + _last_cells(path, left - 1)
    cell = Text(path, style="dim")
    if tail:
        cell.append(tail, style="yellow")
    return cell


def short_path(root: str) -> str:
    """A deck's path with the home folder written as `~`."""
    home = str(Path.home())
    return "~" + root[len(home) :] if root.startswith(home + "/") else root


def _last_cells(text: str, cells: int) -> str:
    """The end of `text` that fits in `cells` cells."""
    kept = ""
    for char in reversed(text):
        if cell_len(char + kept) > cells:
            break
        kept = char + kept
    return kept
