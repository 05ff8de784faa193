"""Headings that are the steps of another acronym, or the titles of stories, not a story's sections.

An answer may walk through a framework of its own in headings of one level: CLEAR's `### Context`, `### Learn`,
`### Expectations`, `### Alternatives`, `### Reconfirm`, `### Impact`. Two of those words name STAR sections
(Context the situation, Impact the result), yet the answer tells no STAR story: most of its headings of that level
name no section, and none its action. At such a level, no heading is a story's label. (A STAR story with details in
headings of their own, `### Stakeholders`, `### Step 1: Audit`, names its action: it is told.) Nor is a heading that
names a section a label when a whole story is told under it in labels of its own (`### Challenge (took over a
project)` over `- Situation: ...` to `- Result: ...`): it titles that story (`titles_own_story`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, closes_section, first_paragraph
from deck.labels import heading_label, line_label
from deck.patterns import pattern
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


def titles_own_story(section: Sequence[Block]) -> bool:
    """True when the blocks under a heading tell a story in labels of their own, three sections or more and its
    action among them (`- Situation: ...` to `- Result: ...`): the heading titles it, whatever its words (`### Impact`).
    A result's parts under `### Result` (`- **Impact:** ...`, `- **Learning:** ...`) tell no action."""
    lines = [line for block in section if block.type == "paragraph" for line in block.content.split("\n")]
    lines += [first_paragraph(item) or "" for block in section if block.type in LIST_TYPES for item in block.children]
    told = {label[0] for line in lines if (label := line_label(line.strip())) is not None}
    return len(told) >= _OWN_SECTIONS and "action" in told


_OWN_SECTIONS = 3
"""The fewest sections, labelled under a heading, that make it a story's title."""


def story_title_levels(blocks: Sequence[Block]) -> frozenset[int]:
    """The heading levels in `blocks` where a heading naming a section in another word than STAR's own (`### Impact`,
    `### Challenge (...)`) titles a story told under it (`titles_own_story`): at such a level no heading is a label,
    so a `### Lessons learned` after it goes with that story's notes, not a second story."""
    levels: set[int] = set()
    for at, block in enumerate(blocks):
        if block.type != "heading" or block.level in levels or not aliased_label(plain_inline(block.content)):
            continue
        ends = (later for later in range(at + 1, len(blocks)) if closes_section(blocks[later], block.level))
        if titles_own_story(blocks[at + 1 : next(ends, len(blocks))]):
            levels.add(block.level)
    return frozenset(levels)


def aliased_label(text: str) -> bool:
    """True for a heading naming a section in another word than STAR's own (`Impact`, `Challenge`; not `Result`)."""
    label = heading_label(text)
    return label is not None and label[2] != ""


_EXPLAINS = pattern(
    r"(?:the\s+|a\s+)?(?:star|soar|car|par|carl|starl)\+?(?:\s+(?:method|framework|technique|approach))?"
    r"(?:\s+(?:method|framework|technique|approach|components?|elements?|explained|overview|basics|cheat\s*sheet"
    r"|refresher|recap|reminder|primer|definitions?))"
    r"|(?:what\s+is|understanding|how\s+to\s+use)\s+(?:the\s+)?(?:star|soar|car|par|carl|starl)"
    r"(?:\s+(?:method|framework|technique|approach))?\s*\??"
    r"|(?:star|soar|car|par)\+?\s*(?:\u6cd5\u5247?|\u65b9\u6cd5|\u30e1\u30bd\u30c3\u30c9|\u624b\u6cd5|\u539f\u5219|\u6846\u67b6"
    r"|\uae30\ubc95|\ubc29\ubc95)[^?\uff1f:\uff1a\u2014\u2013-]{0,8}",
    re.IGNORECASE,
)
"""A heading naming a story framework itself (`### STAR Method Framework`, `### STAR+ Components`, `## What is the
STAR method?`, `### STAR法で回答を構造化`, `## STAR 法则`, `## STAR 기법`): its labelled lines define the framework's
parts, they tell no story. Not a story's title that names it (`### Using STAR for my Amazon story`, `## PAR model`,
`### STAR breakdown`, `## STAR法で話す：チーム対立` after its colon or dash: trial 59)."""


def explains_framework(text: str) -> bool:
    """True for a heading's text that names a story framework itself (`_EXPLAINS`), not a story told in it."""
    return _EXPLAINS.fullmatch(text.strip(" \t*_:#.")) is not None
