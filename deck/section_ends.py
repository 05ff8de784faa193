"""Where a heading's section ends: `section_end`."""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import Block
from deck.outline import folds_after


def section_end(blocks: Sequence[Block], index: int) -> int:
    """The index of the first block after the section of the heading at `index` (the note's end
    for an index past its last block)."""
    if index >= len(blocks):
        return len(blocks)
    level, folded = blocks[index].level, 0
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if block.type == "heading" and block.level <= level and not folded:  # (one in a fold is the fold's answer)
            return position
        folded = folds_after(block, folded)
    return len(blocks)
