"""A note that is one card: its title asks, or its text tells a STAR story under its title.

Obsidian users often keep one note per question (`Tell me about a time you failed.md`)
or per story (`Stories/Conflict with the PM.md`), with no heading that asks: the
question is the note's title (front matter `title:`, its `# ` heading, or its file
name) and the answer its text before any other heading. Such a note is a card when its
title asks or that text tells a STAR story, and no other card was read from that text. In
a folder, a note that does not opt in (`deck.study`) gives it only for a story: a general
note named "How do you pronounce Nguyen" is no interview question.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import Block, source_of
from deck.highlights import inline_tags
from deck.models import Story
from deck.questions import asks
from deck.scan import NoteScan
from deck.stories import MIN_STORY_SECTIONS, find_stories


def read_title_card(scan: NoteScan, blocks: Sequence[Block], title: str, title_heading: Block | None) -> None:
    """Add the card a note's title asks, answered by its text before any heading but its title's."""
    blocks = _top(blocks, title_heading)
    top = [block for block in blocks if block.type != "hr" and not _tags_only(block)]
    if not top or not title.strip():
        return
    end = max(block.end for block in top)
    if any(draft.line <= end for draft in scan.drafts):
        return
    tells = any(_own_story(story) for story in find_stories(top))
    if not tells and not asks(title):
        return
    answer = source_of(scan.lines, top)
    if answer.strip():
        line = (title_heading or top[0]).start + 1
        draft = scan.add_answered(line, title, title, answer, top, context=[])
        draft.tags = inline_tags(*(block.content for block in blocks if _tags_only(block)))
        draft.studied = tells


def _own_story(story: Story) -> bool:
    """True for a story told in the note's own text: untitled (a titled one is a list item's,
    `- Tell me about...` over its sections) and of enough sections."""
    return story.title is None and len(story.sections) >= MIN_STORY_SECTIONS


def _tags_only(block: Block) -> bool:
    """True for a paragraph of `#tags` alone (`#interview`): the note's tags, no answer."""
    words = block.content.split() if block.type == "paragraph" else []
    return bool(words) and all(word.startswith("#") and len(word) > 1 for word in words)


def _top(blocks: Sequence[Block], title_heading: Block | None) -> list[Block]:
    """The blocks before the first heading that is not the note's `# ` title."""
    top: list[Block] = []
    for block in blocks:
        if block.type == "heading" and block is not title_heading:
            break
        if block is not title_heading:
            top.append(block)
    return top
