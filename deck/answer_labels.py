"""An answer's `A:` (or `**Answer:**`) label, left out where a question already asks.

Under a question heading (`## Why this team?` over `**Answer:** ...`, or `**Answer**`
alone on the line over it) or a labelled
question item (`- Q: Why this team?` over `A: ...` on its next line or `- A: ...` nested
under it), the label only says what the heading or item says already; the answer shows
without it. Kept: a label with nothing after it (a template's `**Answer:**` stub), and an
`A:` or `**A**:` in an answer telling a STAR story, where it is STAR's action.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.pair_labels import ANSWER_LABEL, QUESTION_LABEL, label_rest
from deck.patterns import pattern
from deck.scan import NoteScan
from deck.stories import MIN_STORY_SECTIONS, find_stories

_OPTION = pattern(r"^[ \t]*(?:\*\*|__)?[B-Z](?:\*\*|__)?[ \t]*[:.)]")
"""A list item opened by a letter after A (`B: Merge sort`, `C) Heapsort`): the options of a quiz or an A/B test."""
_ANSWER_ALONE = pattern(
    r"^[ \t]*(?P<mark>\*\*|__|\*|_)[ \t]*Answer[ \t]*:?[ \t]*(?P=mark)[ \t]*:?[ \t]*$", re.IGNORECASE
)
"""`**Answer**` or `_Answer_` alone on its line: a label over the answer, in bold or italics without a colon."""


def without_answer_label(scan: NoteScan, answer: Sequence[Block], labelled: bool = True) -> Sequence[Block]:
    """`answer` without the answer label opening its first paragraph, which is either its
    first block or, in a list item's answer, the first item of a list opening it (`- A: ...`).
    `labelled`: the question was asked with a `Q:` label, so an `A:` pairs with it.
    The label's line in `scan.lines` loses it too, as the answer is cut from there."""
    return _without_label(scan, answer, answer, labelled)


def _without_label(scan: NoteScan, blocks: Sequence[Block], answer: Sequence[Block], labelled: bool) -> Sequence[Block]:
    """`blocks` (the whole `answer`, or the first item's blocks of a list opening it) without the label."""
    first = blocks[0] if blocks else None
    if first is not None and first.type in LIST_TYPES and first.children and first.children[0].children:
        if lettered([first_paragraph(item) or "" for item in first.children[1:]]):
            return blocks  # `- A: Quicksort` over `- B: Merge sort`: options, lettered
        item = first.children[0]
        if len(first.children) == 1 and len(item.children) > 1 and _label_alone(item.children[0], labelled):
            return [*item.children[1:], *blocks[1:]]  # Logseq's `- A:` over the answer nested in it
        inner = _without_label(scan, item.children, answer, labelled)
        if inner is item.children:
            return blocks
        changed = replace(first, children=[replace(item, children=list(inner)), *first.children[1:]])
        return [changed, *blocks[1:]]
    if first is None or first.type != "paragraph":
        return blocks
    opening, _, more = first.content.partition("\n")
    said = ANSWER_LABEL.match(opening)
    if _ANSWER_ALONE.match(opening) is not None and (more.strip() or len(answer) > 1):
        told = ""
    elif said is None or not drops_label(opening[: said.start("rest")], answer, labelled):
        return blocks
    else:
        told = label_rest(said)
    content = "\n".join(filter(None, (told, more)))
    if not content.strip() and blocks is not answer:
        return blocks  # `- A:` alone: the label is the item's only text
    line = scan.lines[first.start]
    at = line.find(opening.lstrip()[:1])
    scan.lines[first.start] = line[: max(at, 0)] + told
    rest = list(blocks[1:])
    return [Block("paragraph", first.start, first.end, content=content), *rest] if content.strip() else rest


def lettered(lines: Sequence[str]) -> bool:
    """True when one of `lines` opens with a letter after A (`B: Merge sort`, `C) Heapsort`): an
    `A:` before them is a quiz's or an A/B test's first option, no answer label."""
    return any(_OPTION.match(line) for line in lines)


def _label_alone(block: Block, labelled: bool) -> bool:
    """True for a paragraph that is an answer label and nothing else (`A:`, `**Answer:**`), where it pairs."""
    said = ANSWER_LABEL.match(block.content) if block.type == "paragraph" and "\n" not in block.content else None
    if said is None or label_rest(said).strip():
        return False
    return labelled or "nswer" in said.group(0).lower()


def drops_label(label: str, answer: Sequence[Block], labelled: bool = True) -> bool:
    """Whether the answer label `label` opening `answer` is left out (see the module's note)."""
    if len(answer) == 1 and answer[0].type == "paragraph" and not answer[0].content[len(label) :].strip():
        return False
    if "nswer" in label.lower():
        return True
    if not labelled or ":" not in label:
        return False
    return not any(len(story.sections) >= MIN_STORY_SECTIONS for story in find_stories(answer))


def asked_with_label(source: str) -> bool:
    """True when a question's Markdown opens with a `Q:` label (`- Q: Why this team?`)."""
    return QUESTION_LABEL.match(source.partition("\n")[0]) is not None
