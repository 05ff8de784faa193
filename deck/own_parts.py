"""A heading's own part: the blocks of its section less the sub-sections of sub-headings that are neither STAR labels
nor name the story's form (`### Core Philosophy` is its own part; `### Situation` and `### STAR Answer` are the
heading's), nor a version of its answer after it (`## Detailed version`)."""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import Block
from deck.labelled_questions import is_format_heading
from deck.labels import heading_label
from deck.section_ends import names_version
from deck.text import plain_inline


def own_part(section: Sequence[Block]) -> list[Block]:
    """The blocks of a section less the sub-sections of sub-headings that are not STAR labels.

    `### Core Philosophy` before `### Situation: ...` does not hide the story; a
    `#### Step 1` inside the Action section is part of it, and so is a story under a
    heading naming its form (`### STAR Answer`).
    """
    own: list[Block] = []
    skip_to = 0
    for block in section:
        if block.type == "heading":
            if skip_to and block.level > skip_to:
                continue
            text = plain_inline(block.content)
            if skip_to == block.level and names_version(text):
                continue  # (`## Detailed version` after `## Tell me about...`: that question's answer, no part of this)
            skip_to = 0 if heading_label(text) is not None or is_format_heading(text) else block.level
        if not skip_to:
            own.append(block)
    return own
