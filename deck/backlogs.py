"""Questions still to prepare, written after an answer: no part of it, and no cards.

After the list that answers a heading, a paragraph of lines that each ask (`What's your expected salary?` over `Why do
you want to work here?`; prompts without `?` too, and among four or more one bare topic, `setbacks on projects`) is
the writer's list of what to prepare next, and so is a list of interview prompts after an answer told in prose. Only
links may follow them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block
from deck.foreign_questions import said_in_cjk
from deck.questions import asks
from deck.text import plain_inline
from deck.to_prepare import prompts_to_prepare


def backlog(section: Sequence[Block], position: int, may: bool) -> bool:
    """True for a paragraph of lines that ask after a list answering the heading (each of them; of four or more, all
    but one, a topic among prompts), or a list of interview prompts after a paragraph answering it
    (`prompts_to_prepare`): questions still to prepare. Only links may follow them."""
    if not may or position == 0 or any(not _links_only(block) for block in section[position + 1 :]):
        return False
    block, lines = section[position], section[position].content.strip().split("\n")
    if position == len(section) - 1 and prompts_to_prepare(block, section[position - 1]):
        return True
    if section[position - 1].type not in LIST_TYPES or block.type != "paragraph" or len(lines) < 2:
        return False
    return to_prepare(lines)


def to_prepare(lines: Sequence[str]) -> bool:
    """True for lines that are questions still to prepare: each asks (not a line closed by `。` under one that asks
    with `？`: `出差多少次我都可以安排好。` tells, its `多少` no question), or of four or more, all but one, a bare
    topic among the prompts (`setbacks on projects`: a few words, no sentence, no label, nothing of the writer's; last,
    only in lower case: `Ownership and shipping speed` under three questions answers them)."""
    texts = [plain_inline(line).strip() for line in lines if line.strip()]
    marked = any(text.endswith("\uff1f") for text in texts)  # (then a line closed by `。` tells)
    missing = [at for at, text in enumerate(texts) if not asks(text) or marked and said_in_cjk(text)]
    if not missing:
        return True
    if len(texts) < _LONG_BACKLOG or len(missing) > 1 or not _bare_topic(topic := texts[missing[0]]):
        return False
    return missing[0] < len(texts) - 1 or topic[:1].islower()  # (last and capitalised: it answers the lines above)


def _bare_topic(text: str) -> bool:
    """True for a few words naming a topic: `setbacks on projects` (not `Clarifying questions I ask:`, a sentence)."""
    words = text.split()
    return len(words) <= _TOPIC_WORDS and text[-1:] not in ".:!\uff1a\u3002" and not _WRITER.search(text)


_LONG_BACKLOG = 4
_TOPIC_WORDS = 5
_WRITER = re.compile(r"\b(?:I|I'd|I'm|my|we|our)\b", re.IGNORECASE)
_LINK_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:<?https?://\S+|\[[^\]\n]*\]\(\S+\))[ \t]*")


def _links_only(block: Block) -> bool:
    """True for a paragraph of links alone, one a line (`https://...`, `- [Principles](https://...)`)."""
    text = block.content if block.type == "paragraph" else ""
    return bool(text.strip()) and all(_LINK_LINE.fullmatch(line) for line in text.strip().split("\n"))
