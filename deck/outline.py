"""A note's outline: the context each line is in, from its title and the headings above it.

`#tags` in a heading are not part of its text but tags of the cards under it; the title
heading is left out of the context when its text is the note's title; a heading inside a
`<details>` fold is part of the fold's answer, no section of the note.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block
from deck.heading_marks import without_marks
from deck.highlights import split_tags
from deck.scan import Outline
from deck.text import plain_inline


def build_outline(blocks: Sequence[Block], title: str, title_heading: Block | None, folds: bool = True) -> Outline:
    """The context each line is in, from the top-level headings of the note.

    The title heading is left out of the context when its text is the note's title, and so is a heading under no
    other that says the title again (front matter's `title:` over `## Ownership and Decisions`);
    `#tags` in a heading are not part of its text but tags of the cards under it. A heading
    inside a `<details>` fold is part of its answer, no section of the note (`folds`: whether
    the note may hold one).
    """
    outline = Outline(title=title)
    path: list[tuple[int, str, list[str]]] = []
    folded = 0
    for block in blocks:
        if folds and block.type in _FOLDING:  # `Text.\n</details>` closes a fold too, or the last item of a list
            folded = max(0, folded + _folds_opened(_inline_text(block)))
        if block.type != "heading" or folded:  # a heading inside a `<details>` fold is its answer's
            continue
        while path and path[-1][0] >= block.level:
            path.pop()
        tags, text = split_tags(plain_inline(block.content))
        text = without_marks(text)  # (`### Biggest weakness ??? ++++`: the writer's marks)
        parents = [title] + [name for _, name, _ in path if name]
        under = not any(name for _, name, _ in path)  # (`## Title` under no heading but the title's own)
        own = "" if text == title and (block is title_heading or under) else text
        path.append((block.level, own, tags))
        outline.parents.append(parents)
        outline.starts.append(block.start)
        outline.levels.append(block.level)
        outline.paths.append([*parents, own] if own else parents)
        outline.tagged = outline.tagged or bool(tags)
        outline.tags.append([tag for _, _, named in path for tag in named] if outline.tagged else [])
    return outline


_FOLDING = frozenset(("html_block", "paragraph", *LIST_TYPES))
"""Blocks that may open or close a `<details>` fold."""


def _inline_text(block: Block) -> str:
    """The HTML or inline Markdown of a block and of the blocks inside it."""
    return block.content + "".join(_inline_text(child) for child in block.children)


def folds_after(block: Block, folded: int) -> int:
    """How many `<details>` folds are open after `block`, `folded` being open before it. Cheap where none is open:
    only an HTML block is read then (a fold opens in one; it may close in a paragraph or a list)."""
    if block.type not in _FOLDING or not folded and (block.type != "html_block" or "<d" not in block.content.lower()):
        return folded
    return max(0, folded + _folds_opened(_inline_text(block)))


def _folds_opened(html: str) -> int:
    """How many `<details>` folds an HTML block opens, less those it closes."""
    lowered = html.lower()
    return lowered.count("<details") - lowered.count("</details")
