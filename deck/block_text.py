"""A block of an answer as plain text, as a story's section or its notes show it: paragraphs,
headings and code one per line, list items with their markers, a callout's title over its text."""

from __future__ import annotations

from deck.blocks import CODE_TYPES, LIST_TYPES, Block
from deck.text import CALLOUT_OPENING, callout_title, plain_inline


def block_text(block: Block, depth: int = 0) -> str:
    """The plain text of a block: its paragraphs, headings and code, one per line.

    List items keep their markers (`-`, `1.`), nested ones indented two spaces a level,
    so that a list still reads as a list.
    """
    if block.type in ("paragraph", "heading"):
        return plain_inline(block.content)
    if block.type in CODE_TYPES:
        return block.content.strip()
    if block.type in LIST_TYPES:
        return "\n".join(_item_text(item, depth, block.type, number) for number, item in enumerate(block.children, 1))
    texts = [block_text(child, depth) for child in block.children]
    if block.type == "blockquote" and block.children and block.children[0].type == "paragraph":
        texts[0] = _callout_text(block.children[0].content)
    return "\n".join(text for text in texts if text)


def _callout_text(content: str) -> str:
    """A blockquote's first paragraph as plain text; a callout's `[!warning] Careful` line is its title alone,
    a line of its own over the callout's text."""
    line, _, rest = content.partition("\n")
    opening = CALLOUT_OPENING.match(line.strip())
    if opening is None:
        return plain_inline(content)
    return "\n".join(text for text in (plain_inline(callout_title(opening)), plain_inline(rest)) if text)


def _item_text(item: Block, depth: int, kind: str, number: int) -> str:
    """One list item as plain text: its marker and first line, then what is nested in it."""
    indent = "  " * depth
    marker = f"{number}." if kind == "ordered_list" else "-"
    children = item.children
    if len(children) == 1 and children[0].type == "paragraph":
        return f"{indent}{marker} {plain_inline(children[0].content)}"
    head, lines = "", []
    for position, child in enumerate(item.children):
        part = block_text(child, depth + 1)
        if child.type in LIST_TYPES:
            lines.append(part)
        elif position == 0:
            head, *more = part.split("\n")
            lines += [f"{indent}  {line}" for line in more]
        elif part:
            lines += [f"{indent}  {line}" for line in part.split("\n")]
    return "\n".join([f"{indent}{marker} {head}".rstrip(), *lines])
