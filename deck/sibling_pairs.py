"""Q/A pairs written as sibling items of one list: `- Q: ...` then, at the same depth, `- A: ...`.

    - Q: What is DevOps?
    - A: A culture that joins development and operations.

Each `A:` item right after a `Q:` item with nothing nested in it is read as the rest of that
item, as if written `- Q: ...` over `  A: ...` (which `deck.list_cards` reads): the question
item is answered by it, and the `A:` item is no item of its own. Its bullet (and the spaces
around it) is cut from the note's lines, as the answer's Markdown is cut from them. An `A:`
item over a `B:` item is a quiz's first option, left as it is.
"""

from __future__ import annotations

import re

from deck.blocks import Block, first_paragraph
from deck.labels import lettered
from deck.pair_labels import ANSWER_LABEL, QUESTION_LABEL

CORRECTION = re.compile(r"[ \t]*(?:\*\*|__)?[ \t]*(?:correction|correct(?:ed)?[ \t]+answer|right[ \t]+answer)\b", re.I)
"""A correction's label after an answer (`- **Correction:** ...`, `Correct answer: ...`), the answer's too."""
_BULLET = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]*")
"""A list item's bullet or number, with what is before and after it on its line."""


def nest_answer_items(block: Block, lines: list[str]) -> Block:
    """`block` (a list), or a copy of it with each `A:` item that follows a bare `Q:` item taken into that item;
    `lines` (the note's) lose the taken item's bullet."""
    items = block.children
    if not any(_labelled(item, ANSWER_LABEL) for item in items[1:]):
        return block
    nested: list[Block] = []
    answered = False  # (whether the item before was an answer taken in: a correction after it goes with it)
    for position, item in enumerate(items):
        previous = nested[-1] if nested else None
        taken = previous is not None and _bare_question(previous) and _answers(item, items[position + 1 : position + 2])
        if taken or answered and previous is not None and _labelled(item, CORRECTION):
            lines[item.start] = _BULLET.sub("", lines[item.start], count=1)
            nested[-1] = Block(previous.type, previous.start, item.end, children=[*previous.children, *item.children])
            answered = True
        else:
            nested.append(item)
            answered = False
    return Block(block.type, block.start, block.end, block.level, block.content, nested)


def _answers(item: Block, following: list[Block]) -> bool:
    """True for an `A:` item that is no quiz's first option (an item opened by `B:` follows it)."""
    if not _labelled(item, ANSWER_LABEL):
        return False
    return not lettered([first_paragraph(later) or "" for later in following if not _labelled(later, QUESTION_LABEL)])


def _labelled(item: Block, label: re.Pattern[str]) -> bool:
    """True when a list item's first line opens with the label `label` matches (`QUESTION_LABEL`, `ANSWER_LABEL`)."""
    first = first_paragraph(item)
    return first is not None and label.match(first.partition("\n")[0]) is not None


def _bare_question(item: Block) -> bool:
    """True for a `Q:` item with nothing nested in it and no `A:` line of its own."""
    first = first_paragraph(item)
    if first is None or len(item.children) != 1 or not _labelled(item, QUESTION_LABEL):
        return False
    return not any(ANSWER_LABEL.match(line) for line in first.split("\n")[1:])
