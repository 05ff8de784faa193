"""Where the review's buttons lie on their rows: the places Textual's layout gave the Buttons they replace.

`CardControls` draws the card's action buttons and rating buttons itself; these pure
functions say at which column each starts and how wide it is, by the rules the review's
stylesheet gave those Buttons: a button as wide as its label and a cell either side,
rows centred, and

- in a wide terminal (100 columns and more), the rows padded two columns in, a column
  between buttons and at either end, action buttons a column wider each side and at least
  10 wide, rating buttons at least 16;
- below 100 columns, no padding or gaps, and the four rating buttons sharing the row
  equally up to 18 columns each (Textual's `1fr`, its fractions rounded down).
"""

from __future__ import annotations

from fractions import Fraction

from rich.cells import cell_len

from deck.rows import row


@row
class Placed:
    """One button on its row."""

    x: int
    """Its first column."""
    width: int
    label: str


def action_row(width: int, labels: list[str], *, wide: bool) -> list[Placed]:
    """The action buttons across a row `width` columns wide."""
    if wide:
        return _centred(width, 2, [max(cell_len(label) + 4, 10) for label in labels], labels, gap=1)
    return _centred(width, 0, [cell_len(label) + 2 for label in labels], labels, gap=0)


def rating_row(width: int, labels: list[str], *, wide: bool) -> list[Placed]:
    """The rating buttons across a row `width` columns wide."""
    if wide:
        return _centred(width, 2, [max(cell_len(label) + 2, 16) for label in labels], labels, gap=1)
    if not labels:
        return []
    share = min(Fraction(width, len(labels)), Fraction(18))
    offset = max((width - int(share * len(labels))) // 2, 0)
    placed = []
    for index, label in enumerate(labels):
        start = share * index
        placed.append(Placed(offset + int(start), int(start + share - int(start)), label))
    return placed


def _centred(width: int, padding: int, widths: list[int], labels: list[str], *, gap: int) -> list[Placed]:
    """Buttons of `widths`, `gap` columns apart and at either end, centred between `padding` columns each side."""
    room = width - 2 * padding
    total = sum(widths) + gap * (len(widths) + 1)
    x = padding + max((room - total) // 2, 0) + gap
    placed = []
    for button_width, label in zip(widths, labels, strict=True):
        placed.append(Placed(x, button_width, label))
        x += button_width + gap
    return placed


def centred_label(label: str, width: int) -> tuple[int, str]:
    """Where a button's label starts in it, and the label as it fits (a cell either side kept blank)."""
    room = max(width - 2, 0)
    shown = label if cell_len(label) <= room else label[:room]
    return 1 + (room - cell_len(shown)) // 2, shown
