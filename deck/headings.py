"""Headings: the context they give, and the headings that are cards.

A heading is a card when it asks: its text ends with `?` or starts with an interview
prompt ("Tell me about", "Describe", "Give me an example", "Walk me through", "Talk
about", "A time when", "Imagine", ...). A heading that does not ask is a card too when
what is written directly under it (before any sub-heading that is not a STAR label)
tells at least two STAR sections and holds no question item: the heading then names
the story. The note's title heading is a card only when it asks.

A heading card's answer is everything under it up to the next heading of the same or
a higher level, sub-headings included. Question items there are part of that answer,
not cards of their own; inline cards there still are (see `deck.inline_cards`).
Other headings only give context to the cards under them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, source_of
from deck.labels import heading_label
from deck.list_cards import asks_item, quote_after
from deck.questions import clean_question
from deck.scan import CardDraft, NoteScan, Outline
from deck.stories import find_stories, tell_answer
from deck.text import plain_inline

_PROMPT = re.compile(
    r"""^(?:tell\s+(?:me|us)\s+about|describe|give\s+(?:me\s+|us\s+)?an\s+example
        |walk\s+(?:me|us)\s+through|talk\s+(?:me\s+through|about)|a\s+time\s+(?:when|you|that)
        |imagine)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_TAG_WORD = re.compile(r"#[\w/-]+")
MIN_STORY_SECTIONS = 2
"""How many STAR sections make a heading that does not ask a story card."""

def build_outline(blocks: Sequence[Block], title: str, title_heading: Block | None) -> Outline:
    """The context each line is in, from the top-level headings of the note.

    The title heading is left out of the context when its text is the note's title.
    """
    outline = Outline(title=title)
    path: list[tuple[int, str]] = []
    for block in blocks:
        if block.type != "heading":
            continue
        while path and path[-1][0] >= block.level:
            path.pop()
        text = plain_inline(block.content)
        outline.parents.append([title] + [text for _, text in path if text])
        path.append((block.level, "" if block is title_heading and text == title else text))
        outline.starts.append(block.start)
        outline.paths.append([title] + [text for _, text in path if text])
    return outline


def asks(text: str) -> bool:
    """True when a heading's plain text is a question: ends with `?` or starts with a prompt.

    `#tags` at the end do not count: `Why here? #career` asks.
    """
    words = text.split()
    while words and _TAG_WORD.fullmatch(words[-1]):
        words.pop()
    return (bool(words) and words[-1].endswith("?")) or _PROMPT.match(text) is not None


def read_heading(scan: NoteScan, blocks: Sequence[Block], index: int, title_heading: Block | None) -> int:
    """Read the heading at `blocks[index]`; return the index of the next block to read.

    A heading card covers its whole section, so reading goes on after it.
    """
    heading = blocks[index]
    end = section_end(blocks, index)
    text = clean_question(plain_inline(heading.content))
    section = blocks[index + 1 : end]
    is_label = heading_label(text) is not None
    if asks(text) and not is_label:
        if all(block.type in ("heading", "hr") for block in section):
            scan.warn(heading.start + 1, "question has no answer")
            return index + 1
    elif is_label or heading is title_heading or not _tells_story(section):
        return index + 1
    scan.guard(heading.start + 1, _add_card, scan, heading, text, section)
    return end


def section_end(blocks: Sequence[Block], index: int) -> int:
    """The index of the first block after the section of the heading at `index`."""
    level = blocks[index].level
    for position in range(index + 1, len(blocks)):
        if blocks[position].type == "heading" and blocks[position].level <= level:
            return position
    return len(blocks)


def _tells_story(section: Sequence[Block]) -> bool:
    """True when the blocks directly under a heading tell a story and ask no question item."""
    own = _own_part(section)
    for position, block in enumerate(own):
        if block.type in LIST_TYPES and asks_item(block, quote_after(own, position)):
            return False
    told = {name for story in find_stories(own) for name in story.sections}
    return len(told) >= MIN_STORY_SECTIONS


def _own_part(section: Sequence[Block]) -> Sequence[Block]:
    """The blocks of a section up to its first sub-heading that is not a STAR label."""
    for position, block in enumerate(section):
        if block.type == "heading" and heading_label(plain_inline(block.content)) is None:
            return section[:position]
    return section


def _add_card(scan: NoteScan, heading: Block, text: str, section: Sequence[Block]) -> None:
    """Add the card of a heading whose answer is its section."""
    answer = source_of(scan.lines, _without_rules(section))
    stories, notes = tell_answer(section)
    scan.drafts.append(
        CardDraft(
            line=heading.start + 1,
            question=text,
            sources=(heading.content, answer),
            answer=answer,
            context=scan.outline.parent_context(heading.start),
            stories=stories,
            notes=notes,
        )
    )


def _without_rules(section: Sequence[Block]) -> Sequence[Block]:
    """A section without the `---` rules that open or close it: they only separate."""
    first, last = 0, len(section)
    while first < last and section[first].type == "hr":
        first += 1
    while last > first and section[last - 1].type == "hr":
        last -= 1
    return section[first:last] or section
