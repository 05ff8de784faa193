"""Where a heading's section ends: `section_end`; past the STAR label headings after it, `label_headings_end`; and
where the answers under an answer heading opening a section end, `answers_end`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block
from deck.highlights import split_tags
from deck.labels import heading_label
from deck.outline import folds_after
from deck.text import plain_inline


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


def label_headings_end(blocks: Sequence[Block], end: int, level: int) -> int:
    """`end` moved past the STAR label headings of the same `level` that follow it: a question
    heading's story written flat (`## Tell me about...` then `## Situation`, `## Action`) is its own."""
    while end < len(blocks) and blocks[end].type == "heading" and blocks[end].level == level:
        if heading_label(split_tags(plain_inline(blocks[end].content))[1]) is None:
            break
        end = section_end(blocks, end)
    return end


def answers_end(section: Sequence[Block]) -> int:
    """How many blocks of a section that opens with an answer heading (`## Answer`, `## Ответ`) are its answers':
    all of them, but for a sibling heading of follow-ups or sources (`## Follow-ups`, `## References`) and what
    follows it, a part of its own (`## Example` or `## Code` after `## Answer` goes on with it)."""
    for at in range(section_end(section, 0), len(section)):
        block = section[at]
        sibling = block.type == "heading" and block.level == section[0].level
        if sibling and _BESIDE.fullmatch(plain_inline(block.content)) is not None:
            return at
    return len(section)


_BESIDE = re.compile(
    r"(?:follow[- ]?up|reference|resource|link|source|related(?:\s+question)?|further\s+reading|see\s+also)s?[ \t]*:?",
    re.IGNORECASE,
)
"""Headings beside an answer, no part of it: `## Follow-ups`, `## References`, `## See also`."""
