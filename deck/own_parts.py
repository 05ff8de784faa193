"""A heading's own part: the blocks of its section less the sub-sections of sub-headings that are neither STAR labels
nor name the story's form (`### Core Philosophy` is its own part; `### Situation` and `### STAR Answer` are the
heading's), nor a version of its answer after it (`## Detailed version`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block
from deck.labelled_questions import is_format_heading
from deck.labels import heading_label, line_label
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


def introduces_next(section: Sequence[Block], heading_after: bool) -> int:
    """How many blocks at the end of a heading's answer, a heading after it (`heading_after`), introduce that heading,
    no part of the answer: a paragraph of one line and three words or more ending in a colon, rules around it or not
    (`---` then `Here are five more questions from the second round:` before `### 2. What is paging?`); not a label,
    code (`` `jobs:` ``) nor an emoji's code (`:white_check_mark:`, trial 65). 0 when none does."""
    end = len(section) - 1 if section and section[-1].type == "hr" else len(section)
    last = section[end - 1] if end > 1 and heading_after else None
    if last is None or last.type != "paragraph" or "\n" in (raw := last.content.strip()):
        return 0
    if not raw.endswith((":", "\uff1a")) or _SHORTCODE.search(raw) or line_label(raw) or len(raw.split()) < 3:
        return 0
    return len(section) - end + (2 if end > 2 and section[end - 2].type == "hr" else 1)


_SHORTCODE = re.compile(r":[\w+-]+:$")
"""An emoji written as its code at the end of a line (`:warning:`)."""
