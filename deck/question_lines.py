"""A question written alone on a plain line (`Why this company?`) over the list that answers it.

Notes typed quickly put the question on a line of its own and the answer as bullets right under it, with no label and
no heading; a list most of whose items ask is no answer but more questions to prepare.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.answer_labels import without_answer_label
from deck.blocks import LIST_TYPES, Block, first_paragraph, source_of
from deck.callouts import answer_callout
from deck.choice_questions import read_choice_question
from deck.pair_labels import QUESTION_LABEL
from deck.questions import asks, ends_asking, interview_prompt
from deck.scan import NoteScan
from deck.text import plain_inline


def read_question_line(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of a paragraph that is one line asking (`Why this company?`) over the list right after it, its
    answer (`asks_over_list`), or over an answer callout (`> [!success]- Answer`), or over its lettered options and
    its answer's label (`deck.choice_questions`); the index after it, or None."""
    if (after := read_choice_question(scan, blocks, index)) is not None:
        return after  # (a multiple choice's question over its options and its answer's label)
    if (shown := _over_answer_callout(scan, blocks, index)) is not None:
        scan.add_answered(blocks[index].start + 1, plain_inline(blocks[index].content), blocks[index].content, *shown)
        return index + 2
    if not asks_over_list(blocks, index):
        return None
    block = blocks[index]
    told = list(without_answer_label(scan, [blocks[index + 1]]))  # (`- 回答 2：...`, `- Answer:` opening the list)
    question = _ASKED_WHEN.sub("", plain_inline(block.content), count=1)  # (`当面试官问你最大的优点是什么？`)
    scan.add_answered(block.start + 1, question, block.content, source_of(scan.lines, told), told)
    return index + 2


_ASKED_WHEN = re.compile(r"^(?:\u5f53|\u5982\u679c)\u9762\u8bd5\u5b98\u95ee(?:\u4f60|\u60a8)(?=[^\s:\uff1a])")
"""`当面试官问你` (when the interviewer asks you) before the question it introduces: no part of it."""


def _over_answer_callout(scan: NoteScan, blocks: Sequence[Block], index: int) -> tuple[str, list[Block]] | None:
    """The answer of the answer callout right under a paragraph of one line that asks (`How do you work under a
    deadline?` over `> [!success]- Answer`), else None."""
    block, following = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or following.type != "blockquote" or block.type != "paragraph":
        return None
    if "\n" in block.content.strip():
        return None
    question = plain_inline(block.content)
    if not (ends_asking(question) or interview_prompt(question)) or QUESTION_LABEL.match(block.content) is not None:
        return None
    if _TOLD_BEFORE.search(question) is not None:
        return None  # `We talked for an hour. Then she asked: why us?`: a story's line, not a question alone
    return answer_callout(scan, following)


_TOLD_BEFORE = re.compile(r"[.!][ \t]+\S|:[ \t]+\S.*[?\uff1f]$")
"""A sentence ended, or a colon opening what was asked, before a line's question."""


def asks_over_list(blocks: Sequence[Block], index: int) -> bool:
    """True for a paragraph of one line that asks, with no pair's label, right over a list most of whose items ask
    nothing (a list of questions is no answer)."""
    block, following = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
    if block.type != "paragraph" or following is None or following.type not in LIST_TYPES:
        return False
    question = plain_inline(block.content)
    if "\n" in block.content.strip() or not (ends_asking(question) or interview_prompt(question)):
        return False
    items = [plain_inline(first_paragraph(item) or "") for item in following.children]
    return QUESTION_LABEL.match(block.content) is None and 2 * sum(map(_asks_again, items)) < len(items)


def _asks_again(item: str) -> bool:
    """True for an item that asks another question: with a `?`, or a prompt written as one (`Describe a time...`; a
    note to self in lower case, `describe how you fixed it`, is the answer's)."""
    return ends_asking(item) or not item[:1].islower() and asks(item)
