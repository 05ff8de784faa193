"""List items that tell a STAR section (`- **Situation**: ...`), and plain items that go on with one
(`goes_on`): `deck.stories` tells stories of them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.block_text import block_text
from deck.blocks import Block, first_paragraph
from deck.labels import Label, item_label
from deck.models import SECTIONS, Section
from deck.questions import asks
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
    if len(item.children) == 1 and not label[1] and source[:1].islower() and ":" not in source:  # type: ignore[index]
        return None  # `1. learning` among `2. planning`: a word of a list (a strength), no label left empty
    if len(item.children) == 1:
        return label[0], plain_inline(label[1]).strip(), label[2]  # the label's line alone: most section items
    parts = [plain_inline(label[1])] + [block_text(child) for child in item.children[1:]]
    return label[0], "\n".join(part for part in parts if part).strip(), label[2]


_NOT_TOLD = re.compile(r"[^\w\s]*(?:\w[\w '\u2019-]{0,24}:\s|\[[ xX]\]|https?://|<https?://|\[[^\]]*\]\([^)]*\)\s*$|[*_])")
"""How an item that tells no part of a story opens: a field (`Tags: ...`, `🏷️ Company: ...`), a task box, a link or
an address alone, emphasis (`*Note:* ...`)."""
_STORY_SO_FAR = ("situation", "task", "action")
"""The sections a plain item goes on with when no labelled item follows it: after a result it is rather notes."""


def goes_on(item: Block, line: str, last: Section, labels: Sequence[Label | None]) -> bool:
    """Whether a plain item after one that tells `last` goes on with it: one paragraph that neither asks nor opens
    as a field, task, link or emphasis does, before a labelled item of a later section (not one told already: it may
    be the next story's title, `- Second story` over `- **S**:`), or before none when `last` is no result."""
    line = " ".join(line.split())  # (a line wrapped by hand is one: `- 💡 *Frugality angle: ...` over `  config...*`)
    if len(item.children) != 1 or asks(line) or _NOT_TOLD.match(line):
        return False
    following = next((label[0] for label in labels if label is not None), None)
    if following is None:
        return last in _STORY_SO_FAR
    return SECTIONS.index(following) > SECTIONS.index(last)


def traits_only(lines: Sequence[str], labels: Sequence[Label | None]) -> bool:
    """True for a list whose every item opens with a field's name and its colon, some of them no STAR label, the
    labels among them telling neither situation, task nor action (`- Ownership: ...`, `- Learning: ...`, `- Impact:
    ...`, `- Growth: ...` under `**Why this story works:**`): the traits a story shows, no story of its own."""
    if len(lines) < 2 or all(labels) or not any(labels):
        return False
    told = {label[0] for label in labels if label is not None}
    return not told & {"situation", "task", "action"} and all(_FIELD.match(plain_inline(line)) for line in lines)


_FIELD = re.compile(r"[^\W\d][\w /&'-]{0,30}[:\uff1a][ \t]")
"""A field's name opening a line, with its colon: `Ownership: ...`, `Bias for action: ...`."""
