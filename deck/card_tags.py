"""Cards marked `#card`, as Obsidian's flashcards-to-Anki plugins write them.

A heading tagged `#card` (`## Retry settings #card`) is a card whatever its words, answered by
what is under it up to the next heading of its level or higher, or the next heading tagged
`#card` (a deeper marked heading is a card of its own, not part of this answer). A line that
ends with `#card` over more lines of its paragraph (`Why ...? #card` over `Because ...`) is a
card answered by those lines; alone in its paragraph, by the blocks after it up to the next
heading, rule or marked line. `#card-reverse` marks a card too (asked one way here).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block, source_of
from deck.highlights import split_tags
from deck.scan import NoteScan
from deck.text import plain_inline

CARD_TAGS = frozenset(("card", "card-reverse", "card/reverse", "reverse-card", "flashcard"))
"""The tags that mark a card (compared without case): Logseq's `#card`, and the singular `#flashcard` some notes
mark each card with (the plural, `#flashcards`, is the study tag a whole note opts in with)."""


def card_marks(text: str) -> bool:
    """True when a note holds `#card` in any case anywhere: only then are its blocks looked at for it."""
    return _may_mark(text)


def marked(text: str) -> bool:
    """True when plain text (a heading's, a line's) carries a `#card` tag."""
    return "#" in text and any(tag.casefold() in CARD_TAGS for tag in split_tags(text)[0])


def marked_heading(block: Block) -> bool:
    """True for a heading tagged `#card`."""
    return block.type == "heading" and _may_mark(block.content) and marked(plain_inline(block.content))


def marked_end(blocks: Sequence[Block], index: int, end: int) -> int:
    """Where the answer of the marked heading at `index` ends: at `end` (its section's end) or the next heading
    tagged `#card` before it."""
    return next((at for at in range(index + 1, end) if marked_heading(blocks[at])), end)


def read_marked_line(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of a paragraph whose first line ends with `#card`; the index of the next block to read, or None
    for any other block."""
    block = blocks[index]
    if block.type != "paragraph" or not _may_mark(block.content):
        return None
    first, _, rest = block.content.strip().partition("\n")
    tags, question = split_tags(plain_inline(first))
    if not any(tag.casefold() in CARD_TAGS for tag in tags) or not first.rstrip().endswith(tuple(_endings(tags))):
        return None
    after: list[Block] = []
    if not rest.strip():
        end = index + 1
        while end < len(blocks) and blocks[end].type not in ("heading", "hr") and _goes_on(blocks[end]):
            end += 1
        after = list(blocks[index + 1 : end])
    told = [Block("paragraph", block.start + 1, block.end, content=rest)] if rest.strip() else after
    answer = rest.strip() or (source_of(scan.lines, after) if after else "")
    if not answer:
        scan.warn(block.start + 1, "question has no answer")
        return index + 1
    scan.add_answered(block.start + 1, question.strip(), first, answer, told)
    return index + 1 + len(after)


def _goes_on(block: Block) -> bool:
    """True for a block that may go on with a marked line's answer: no paragraph opening with a marked line."""
    if block.type != "paragraph" or not _may_mark(block.content):
        return True
    first = block.content.strip().partition("\n")[0]
    return not marked(plain_inline(first))


def _may_mark(text: str) -> bool:
    """False when `text` holds no `#card` or `#flashcard` in any usual case (substring searches: faster than a
    pattern's)."""
    if "#card" in text or "#Card" in text or "#CARD" in text:
        return True
    if "#flashcard" not in text and "#Flashcard" not in text and "#FLASHCARD" not in text:
        return False
    return _SINGULAR.search(text) is not None


_SINGULAR = re.compile(r"#flashcard(?![\w/-])", re.IGNORECASE)
"""`#flashcard` itself, not the study tag `#flashcards` nor a tag nested under it (`#flashcard/...`)."""


def _endings(tags: list[str]) -> list[str]:
    """The ways a line marked with `tags` may end: with one of them."""
    return [f"#{tag}" for tag in tags]
