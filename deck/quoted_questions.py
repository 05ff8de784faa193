"""A question quoted alone, answered by what follows the quote:

    > Why are you leaving your job?
    > Tip: keep it positive.

    I have learned all I can on the delivery team.

The quote's first line asks (with `?`, as an interviewer's prompt, or in Chinese, Korean or Japanese:
`> 자기소개`), and the note asks so more than once (a single quote that asks is an epigraph or a passage
quoted); the paragraphs and lists after it, up to the next quote, heading, rule or list of questions answered
in their own items, answer it. In a folder deck, only an interviewer's prompt asks to be studied so. Any
other lines of the quote (a tip, who asked) open the answer. A quote of `Q:` pairs or a callout is read
as such (`deck.qa_pairs`, `deck.callouts`); a quote whose first line does not ask, or that a line ending in a
colon announces (`Prefer:` over an example), is text.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.answer_labels import without_answer_label
from deck.blocks import CODE_TYPES, LIST_TYPES, Block, dedented, first_paragraph, source_of
from deck.pair_labels import QUESTION_LABEL, opens_quoted_pairs
from deck.questions import asks, interview_prompt, unquoted
from deck.scan import NoteScan
from deck.text import QUOTE_MARK, plain_inline

_ANSWERING = frozenset(("paragraph", *LIST_TYPES, *CODE_TYPES))
"""The blocks after the quote that answer it."""


def read_quoted_question(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the quote at `blocks[index]` if it asks alone (see above); the index after its answer, or
    None when it is no such question."""
    block, before = blocks[index], blocks[index - 1] if index else None
    if not asks_alone(block) or opens_quoted_pairs(block) or not _laid_out_so(blocks, index):
        return None
    if before is not None and before.type == "paragraph" and before.content.rstrip().endswith((":", "\uff1a")):
        return None  # `Prefer:` over a quoted example
    quoted = block.children[0]
    first, _, rest = quoted.content.strip().partition("\n")
    question = unquoted(plain_inline(first))
    end = index + 1
    while end < len(blocks) and blocks[end].type in _ANSWERING and not _asks_own_questions(blocks[end]):
        end += 1
    if end == index + 1:
        return None
    said = [QUOTE_MARK.sub("", line, count=1) for line in scan.lines[quoted.start + 1 : block.end]] if rest else []
    told = blocks[index + 1 : end] if said else without_answer_label(scan, blocks[index + 1 : end])  # `**My answer:**`
    answer = "\n\n".join(filter(None, (dedented(said), source_of(scan.lines, told))))
    draft = scan.add_answered(block.start + 1, question, first, answer, told)
    draft.studied = interview_prompt(question)
    return end


def asks_alone(block: Block) -> bool:
    """True for a quote of one paragraph whose first line asks (no `Q:` label: a pair's)."""
    quoted = block.children[0] if block.type == "blockquote" and len(block.children) == 1 else None
    first = quoted.content.strip().partition("\n")[0] if quoted is not None and quoted.type == "paragraph" else ""
    return bool(first) and QUESTION_LABEL.match(first) is None and asks(unquoted(plain_inline(first)))


def _laid_out_so(blocks: Sequence[Block], index: int) -> bool:
    """True when the note asks so more than once: another quote among `blocks` asks alone over what follows it (one
    quote that asks is an epigraph, or a passage quoted)."""
    return any(
        at != index and at + 1 < len(blocks) and blocks[at + 1].type in _ANSWERING and asks_alone(block)
        for at, block in enumerate(blocks)
        if block.type == "blockquote"
    )


def _asks_own_questions(block: Block) -> bool:
    """True for a list of questions answered in their own items (`- Why us?` over its answer): cards of their own."""
    return block.type in LIST_TYPES and any(
        len(item.children) > 1 and asks(plain_inline(first_paragraph(item) or "")) for item in block.children
    )
