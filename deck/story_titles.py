"""Story banks' headings over their stories, read as cards of their own (`entry_of_stories`).

- Numbered story titles under a theme (`## Mentoring` over `### Story 1: Pairing a new hire` and `### Story 2: Reviews
  as teaching`): the theme is the card, its stories (in STAR form or in prose) its answer (`titles_stories`).
- An entry naming the questions its story fits under a label (`**Best for questions like:**` over a list of them),
  its story told before it, in prose too: the questions ask (`deck.story_prompts.listed_variants`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block
from deck.patterns import pattern
from deck.questions import asks
from deck.stories import find_stories
from deck.story_prompts import fits, mostly_ask
from deck.text import plain_inline

_NUMBERED_STORY = pattern(
    r"(?P<word>example|story|stories|histoire|hist[o\u00f3]ria|geschichte|\u6545\u4e8b|\u6848\u4f8b|\u4e8b\u4f8b|\u30a8\u30d4\u30bd\u30fc\u30c9|\uc0ac\ub840"
    r"|\uc5d0\ud53c\uc18c\ub4dc)[ \t]*#?[ \t]*(?:\d{1,2}|[A-C](?![\w'\u2019]))"
    r"[ \t]*(?:[:.)\uff1a\u2013\u2014-][ \t]*)?(?P<rest>\w.*)$",
    re.IGNORECASE,
)
"""A story's title numbered among the theme's stories, its title after the number: `Story 1: ...`, `Story B - ...`,
`案例1：...`, `Example 2: ...` over a STAR story (not `Example 1:` over a problem's input, nor `Case 1: n is even`)."""
_CONTAINER = pattern(r"stor(?:y|ies)|examples|\bbank\b|\bstar\b|\u6545\u4e8b|\u4e8b\u4f8b", re.IGNORECASE)
"""What a heading that only holds stories says (`## My stories`, `## STAR examples`, `## Story bank`): no theme."""


def entry_of_stories(text: str, section: Sequence[Block]) -> bool:
    """True for a heading over numbered stories (`titles_stories`), or for a story bank's entry (`## Story 1: Secure
    login`) naming the questions its story answers under a label (`**Best for questions like:**` over a list of them,
    half of its items asking at least), its story (in prose too) before it: a dashboard's `**Questions it answers:**`
    or a pricing page's `**Best for:**` is no story's."""
    if titles_stories(text, section):
        return True
    if _STORY_ENTRY.match(text) is None:
        return False
    own = section[: next((at for at, block in enumerate(section) if block.type == "heading"), len(section))]
    return any(
        at and block.type == "paragraph" and fits(block) and own[at + 1].type in LIST_TYPES and mostly_ask(own[at + 1])
        for at, block in enumerate(own[:-1])
    )


_STORY_ENTRY = pattern(r"(?:my\s+)?(?:story|stories|example)\b|.*\bstory\b", re.IGNORECASE)
"""A heading naming a story bank's entry: `Story 1: Secure login`, `Example: the outage`, `The migration story`."""


def titles_stories(text: str, section: Sequence[Block]) -> bool:
    """True when a heading that does not ask names a theme its sub-headings tell numbered stories of (`## Mentoring`
    over `### Story 1: ...`, `### Story 2: ...`): every sub-heading at the first level under it titles such a story,
    none of them asks, each has something under it (in STAR sections or in prose, not a product's user stories,
    `As a guest, I want...`), and the heading names no collection of stories itself."""
    levels = [block.level for block in section if block.type == "heading"]
    if not levels or _CONTAINER.search(text):
        return False
    level = min(levels)
    starts = [at for at, block in enumerate(section) if block.type == "heading" and block.level == level]
    if starts[0] != next((at for at, block in enumerate(section) if block.type != "hr"), 0):
        return False  # (something of the theme's own before its first story: its answer, read as before)
    for at, ends in zip(starts, [*starts[1:], len(section)], strict=True):
        found = _NUMBERED_STORY.match(plain_inline(section[at].content).strip())
        rest = found["rest"] if found is not None else ""
        if found is None or asks(rest) or all(block.type in ("heading", "hr") for block in section[at + 1 : ends]):
            return False
        stories = find_stories(section[at:ends]) if found["word"].lower() == "example" else None
        if stories is not None and not any(len(story.sections) >= 2 for story in stories):
            return False  # (`### Example 1:` over a problem's input: a story only when told in STAR sections)
    told = " ".join(block.content for block in section if block.type != "heading")
    return _USER_STORY.search(told) is None  # (`As a guest, I want...`: a product's user stories, no interview's)


_USER_STORY = pattern(r"(?:^|\n)[ \t>*_-]*(?:as\s+an?\s+\w[^,\n]{0,40},?\s+I\s+want|given\s+\w)", re.IGNORECASE)
"""How a product's user story or its acceptance criteria open: `As a guest, I want ...`, `Given a cart ...`."""
