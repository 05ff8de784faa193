"""A paragraph that asks on its first line over the lines answering it, or a question alone over `**Answer:** ...`."""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import Block, dedented
from deck.glued_answers import asked_paragraph
from deck.pair_labels import ANSWER_LABEL, answer_opening, label_rest
from deck.questions import ends_asking, interview_prompt
from deck.scan import NoteScan
from deck.text import plain_inline


def read_asked_paragraph(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of a paragraph whose first line asks over the lines answering it (`asked_paragraph`), or of a
    question alone over a paragraph opened by an answer label (`**Answer:** ...`), its `A:` label (or the `A.` under
    a `Q.`) left out; the index after it, or None. Only an interviewer's prompt asks
    to be studied in a folder: a general note's `Why does this matter?` over its reason is no interview question."""
    block, end = blocks[index], index + 1
    if not asked_paragraph(block):
        following = blocks[end] if end < len(blocks) else None
        opening = answer_opening(following) if following is not None and "\n" not in block.content.strip() else None
        if opening is None or not ends_asking(plain_inline(block.content)):
            return None
        joined = f"{block.content.strip()}\n{opening}"  # as if the answer were written on the question's next line
        block, end = Block("paragraph", block.start, following.end, content=joined), end + 1
    first, _, rest = block.content.strip().partition("\n")
    said = ANSWER_LABEL.match(rest)
    answer = "\n".join(filter(None, (label_rest(said), rest.partition("\n")[2]))) if said is not None else rest
    if first.startswith("Q. ") and answer.startswith("A. "):
        answer = answer[3:]  # `Q. Why here?` over `A. The product.`
    told = [Block("paragraph", block.start + 1, block.end, content=answer)]
    question = plain_inline(first)
    draft = scan.add_answered(block.start + 1, question, first, dedented(answer.split("\n")), told)
    draft.studied = interview_prompt(question)
    return end
