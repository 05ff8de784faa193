"""Headings that are the steps of another acronym, not a story's sections.

An answer may walk through a framework of its own in headings of one level: CLEAR's `### Context`, `### Learn`,
`### Expectations`, `### Alternatives`, `### Reconfirm`, `### Impact`. Two of those words name STAR sections
(Context the situation, Impact the result), yet the answer tells no STAR story: most of its headings of that level
name no section, and none its action. At such a level, no heading is a story's label. (A STAR story with details in
headings of their own, `### Stakeholders`, `### Step 1: Audit`, names its action: it is told.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from deck.blocks import Block
from deck.labels import heading_label
from deck.text import plain_inline

_STEPS = 4
"""The fewest headings of one level that may be a framework's steps (STAR's own four are a story)."""


def other_framework_levels(blocks: Sequence[Block]) -> frozenset[int]:
    """The heading levels in `blocks` where, from the first heading that is a label to the last, four headings or
    more are mostly no label, and none of them names an action: those labels are a framework's words, not a story's
    sections."""
    headings = [block for block in blocks if block.type == "heading"]
    if len(headings) < _STEPS:
        return frozenset()
    runs: dict[int, list[bool]] = defaultdict(list)
    acts: set[int] = set()
    for heading in headings:
        label = heading_label(plain_inline(heading.content))
        runs[heading.level].append(label is not None)
        if label is not None and label[0] == "action":
            acts.add(heading.level)
    return frozenset(level for level, run in runs.items() if level not in acts and _steps(run))


def _steps(labelled: list[bool]) -> bool:
    """True when the run between the first label and the last (`labelled`: each heading of a level, whether it is a
    label) is four headings or more, most of them no label."""
    if True not in labelled:
        return False
    first, last = labelled.index(True), len(labelled) - labelled[::-1].index(True)
    run = labelled[first:last]
    return len(run) >= _STEPS and 2 * sum(run) < len(run)
