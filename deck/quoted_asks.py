"""A note that asks in a quote, its question labelled, and answers under a heading saying Answer: `read_quoted_ask`.

    > **Interviewer:** Is Go pass-by-value or pass-by-reference?

    ## Answer

    Always by value; a slice copies a small header.

A note per question (an Obsidian card note) writes it so. The answer is what the heading holds
before any other heading (but a STAR section's, `### Situation`), quote or rule: a follow-up's
sub-heading (`### Follow-up: ...?`) and the next quoted question are cards of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import Block, source_of
from deck.bold_prompts import announces_answer, emphasised_question
from deck.labels import heading_label
from deck.pair_labels import QUESTION_LABEL, label_rest, opens_quoted_pairs
from deck.scan import NoteScan
from deck.text import plain_inline

_ENDS = ("heading", "blockquote", "hr")
"""The blocks that end the answer under the heading."""


def read_quoted_ask(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the quote at `blocks[index]` that only asks, labelled or in bold (`> **Interviewer:** Is Go
    pass-by-value?`), right over a heading that says "Answer"; the index after its answer, or None."""
    block, after = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
    quoted = block.children[0] if len(block.children) == 1 else None
    if quoted is None or quoted.type != "paragraph" or after is None or not announces_answer(after):
        return None
    question = _asked(quoted.content.strip())
    end = index + 2
    while end < len(blocks) and (blocks[end].type not in _ENDS or _star_heading(blocks[end], after)):
        end += 1
    told = list(blocks[index + 2 : end])
    if question is None or not told or opens_quoted_pairs(block):
        return None
    scan.add_answered(block.start + 1, plain_inline(question), question, source_of(scan.lines, told), told)
    return end


def _star_heading(block: Block, answer: Block) -> bool:
    """True for a heading under the answer's that names a STAR section (`### Situation`): the answer's story goes on."""
    deeper = block.type == "heading" and block.level > answer.level
    return deeper and heading_label(plain_inline(block.content)) is not None


def _asked(text: str) -> str | None:
    """The question of a quote's one line: after its label (`**Q:**`, `**面试官**：`), or in bold; else None."""
    if "\n" in text:
        return None
    found = QUESTION_LABEL.match(text)
    return label_rest(found).strip() or None if found is not None else emphasised_question(text)
