"""`Block`: one block of a note, in the small tree `deck.blocks` and `deck.line_blocks` build."""

from __future__ import annotations

from dataclasses import dataclass, field


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
