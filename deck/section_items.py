"""List items that tell a STAR section (`- **Situation**: ...`): `deck.stories` tells stories of them."""

from __future__ import annotations

from deck.block_text import block_text
from deck.blocks import Block, first_paragraph
from deck.labels import Label, item_label
from deck.text import plain_inline


def item_text(item: Block) -> str:
    """A list item's first paragraph as plain text ("" when it starts with something else)."""
    source = first_paragraph(item)
    return plain_inline(source) if source is not None else ""


def has_nested_content(item: Block) -> bool:
    """True when a list item holds more than its first paragraph."""
    return first_paragraph(item) is None or len(item.children) > 1


def is_section_item(item: Block) -> bool:
    """True when a list item opens with a STAR label: it tells a section, it asks nothing."""
    source = first_paragraph(item)
    return source is not None and item_label(source) is not None


def section_of(item: Block) -> Label | None:
    """The STAR section a list item tells, with its plain text; None if it is not one."""
    source = first_paragraph(item)
    label = item_label(source) if source is not None else None
    if label is None:
        return None
    if len(item.children) == 1:
        return label[0], plain_inline(label[1]).strip(), label[2]  # the label's line alone: most section items
    parts = [plain_inline(label[1])] + [block_text(child) for child in item.children[1:]]
    return label[0], "\n".join(part for part in parts if part).strip(), label[2]
