"""A numbered question's label over a task or a scenario, answered in the paragraph after it: `numbered_answered`.

`Q1:` is a question's label, but also a quarter's (`Q3: Revenue up 10%`), so a `Q1:` over
words that do not ask is no pair by itself (`deck.pair_labels.numbered_unanswered`). Over a
paragraph opened by an answer's label it is, when it sets a task (`**Q1:** Explain how DNS
works.` over `**A:** ...`), or when the note's other numbered questions ask and are
answered so (`**Q3:** You deleted a branch by mistake.` among `**Q4:** Why is DNS cached?`
over `**A:** ...`): the two paragraphs are then read as one, as if the answer were typed on
the question's next line. A plan's `Q3: Launch in the EU.` over `A: Dana owns it.` (an
action's owner), a town hall's `**Q1.** Remote policy for 2025.` over `**A:** Staying
hybrid.`, a box score's `Q4: Hawks 21` over `A: 1,240` and a roster's `Q2: Defence.` over
`A. Patel` stay as they are (trials 56 and 58), however many.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block
from deck.pair_labels import ANSWER_LABEL, QUESTION_LABEL, closed_label, numbered_unanswered
from deck.patterns import pattern
from deck.questions import asks
from deck.tasks import opens_with_task
from deck.text import plain_inline

_NUMBERED = pattern(r"[ \t*_]*Q#?\d", re.MULTILINE)
"""A line opened by a numbered question's label."""
_INITIAL = pattern(r"[ \t*_]*A\.[ \t]")
"""An answer's label written `A.`: an initial too (`A. Patel`), never taken for one here."""


def numbered_answered(blocks: Sequence[Block]) -> list[Block]:
    """The top-level `blocks`, a numbered question over a task or a scenario joined to the paragraph after it that
    opens with an answer's label, when it is a pair (see above)."""
    pairs = {at for at in range(len(blocks) - 1) if _over_answer(blocks[at], blocks[at + 1])}
    if not pairs:
        return list(blocks)
    answered = (blocks[at] for at in range(len(blocks) - 1) if _answer_line(blocks[at + 1]))
    asking = any(map(_asks, answered))
    joined, skip = [], set()
    for at, block in enumerate(blocks):
        if at in skip:
            continue
        if at in pairs and (asking or opens_with_task(_asked(block))):
            following = blocks[at + 1]
            content = block.content.rstrip("\n") + "\n" + following.content
            joined.append(Block("paragraph", block.start, following.end, content=content))
            skip.add(at + 1)
        else:
            joined.append(block)
    return joined


def _over_answer(block: Block, following: Block) -> bool:
    """True for a paragraph of one numbered question that does not ask, over a paragraph opened by an answer's
    label."""
    if block.type != "paragraph" or not numbered_unanswered(block.content):
        return False
    return len(_NUMBERED.findall(block.content)) == 1 and _answer_line(following)


def _answer_line(block: Block) -> bool:
    """True for a paragraph whose first line opens with an answer's label (not `A.`, an initial too)."""
    first = block.content.partition("\n")[0]
    return block.type == "paragraph" and ANSWER_LABEL.match(first) is not None and _INITIAL.match(first) is None


def _asked(block: Block) -> str:
    """The words after a paragraph's question label (its first line), plain."""
    found = QUESTION_LABEL.match(block.content.partition("\n")[0])
    return "" if found is None else plain_inline(closed_label(found)[0])


def _asks(block: Block) -> bool:
    """True for a paragraph opened by a numbered question's label over a question that asks."""
    return block.type == "paragraph" and _NUMBERED.match(block.content) is not None and asks(_asked(block))
