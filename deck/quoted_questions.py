"""A question quoted alone, answered by what follows the quote:

    > Why are you leaving your job?
    > Tip: keep it positive.

    I have learned all I can on the delivery team.

The quote's first line asks (with `?`, as an interviewer's prompt, or in Chinese, Korean or Japanese:
`> 자기소개`); the paragraphs and lists after it, up to the next quote, heading or rule, answer it. Any
other lines of the quote (a tip, who asked) open the answer. A quote of `Q:` pairs or a callout is read
as such (`deck.qa_pairs`, `deck.callouts`); a quote whose first line does not ask, or that a line ending in a
colon announces (`Prefer:` over an example), is text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import CODE_TYPES, LIST_TYPES, Block, dedented, source_of
from deck.pair_labels import QUESTION_LABEL, opens_quoted_pairs
from deck.questions import asks, interview_prompt, unquoted
from deck.scan import NoteScan
from deck.text import QUOTE_MARK, plain_inline

_ANSWERING = frozenset(("paragraph", *LIST_TYPES, *CODE_TYPES))
"""The blocks after the quote that answer it."""
_SAID_TO_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def read_quoted_question(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the quote at `blocks[index]` if it asks alone (see above); the index after its answer, or
    None when it is no such question."""
    block, before = blocks[index], blocks[index - 1] if index else None
    quoted = block.children[0] if block.type == "blockquote" and len(block.children) == 1 else None
    if quoted is None or quoted.type != "paragraph" or opens_quoted_pairs(block):
        return None
    if before is not None and before.type == "paragraph" and before.content.rstrip().endswith((":", "\uff1a")):
        return None  # `Prefer:` over a quoted example
    first, _, rest = quoted.content.strip().partition("\n")
    question = unquoted(plain_inline(first))
    if QUESTION_LABEL.match(first) is not None or not asks(question):
        return None
    end = index + 1
    while end < len(blocks) and blocks[end].type in _ANSWERING:
        end += 1
    if end == index + 1:
        return None
    said = [QUOTE_MARK.sub("", line, count=1) for line in scan.lines[quoted.start + 1 : block.end]] if rest else []
    answer = "\n\n".join(filter(None, (dedented(said), source_of(scan.lines, blocks[index + 1 : end]))))
    draft = scan.add_answered(block.start + 1, question, first, answer, blocks[index + 1 : end])
    draft.studied = interview_prompt(question) or _SAID_TO_YOU.search(question) is not None or not question.isascii()
    return end
