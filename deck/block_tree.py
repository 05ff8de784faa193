"""`Block`: one block of a note, in the small tree `deck.blocks` and `deck.line_blocks` build; `---` underlines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DASHES = re.compile(r"[ \t>]*-+[ \t]*")


@dataclass(slots=True, eq=False)
class Block:
    """One block of a note and the blocks it holds."""

    type: str
    """markdown-it's name for it: `heading`, `paragraph`, `bullet_list`, `list_item`, ..."""
    start: int
    """0-based first source line."""
    end: int
    """0-based line after the last source line (trailing blank lines may be included)."""
    level: int = 0
    """1 to 6 for a heading, else 0."""
    content: str = ""
    """The inline source of a paragraph or heading; the text of code or an HTML block."""
    children: list[Block] = field(default_factory=list)


def join_dash_underlines(blocks: list[Block], lines: list[str]) -> None:
    """Turn each paragraph followed right away by a rule of dashes alone into a heading."""
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.children:
            join_dash_underlines(block.children, lines)
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.type == "paragraph" and after is not None and after.type == "hr"
            and after.start == block.end and _DASHES.fullmatch(lines[after.start])
        ):
            blocks[index : index + 2] = [Block("heading", block.start, after.end, 2, block.content)]
