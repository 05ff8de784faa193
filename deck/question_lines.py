"""A question written alone on a plain line (`Why this company?`) over the list that answers it.

Notes typed quickly put the question on a line of its own and the answer as bullets right under it, with no label and
no heading; a list most of whose items ask is no answer but more questions to prepare.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, first_paragraph, source_of
from deck.pair_labels import QUESTION_LABEL
from deck.questions import asks, ends_asking, interview_prompt
from deck.scan import NoteScan
from deck.text import plain_inline


def read_question_line(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of a paragraph that is one line asking (`Why this company?`) over the list right after it, its
    answer (most of whose items ask nothing: a list of questions is none); the index after the list, or None."""
    block, following = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or following.type not in LIST_TYPES or "\n" in block.content.strip():
        return None
    question = plain_inline(block.content)
    if not (ends_asking(question) or interview_prompt(question)) or QUESTION_LABEL.match(block.content):
        return None
    items = [plain_inline(first_paragraph(item) or "") for item in following.children]
    if 2 * sum(map(asks, items)) >= len(items):
        return None
    scan.add_answered(block.start + 1, question, block.content, source_of(scan.lines, [following]), [following])
    return index + 2
