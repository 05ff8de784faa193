"""A card's context that ends at an answer heading names the question that heading answers.

    ### Question: "Tell me about a time you disagreed with your manager."
    ### Answer
    ...
    #### What if your manager had not agreed?

The follow-up sits under `### Answer`, which tells a reviewer nothing: its context names the
question instead, the one card read between the heading before `### Answer` at its level and
`### Answer` itself. Without such a card (`## Answer` right under the question's own heading),
the answer heading is left out of the context. Only a heading naming one answer counts (`## Good
answers` heads many), and never the note's title.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from deck.labelled_questions import GOOD
from deck.scan import CardDraft, Outline


def named_answers(drafts: Sequence[CardDraft], outline: Outline) -> Sequence[CardDraft]:
    """`drafts` (in line order), each whose context ends at an answer heading given the question it answers."""
    if not any(names_an_answer(title) for path in outline.paths for title in path[1:][-1:]):
        return drafts  # (most notes: no answer heading below the title)
    named = {
        id(draft): [*draft.context[:-1], *([asked] if (asked := _answered(drafts, outline, draft)) else [])]
        for draft in drafts
        if len(draft.context) > 1 and names_an_answer(draft.context[-1])
    }  # (all worked out before any changes: each card is compared with the others as read)
    for draft in drafts:
        draft.context = named.get(id(draft), draft.context)
    return drafts


def _answered(drafts: Sequence[CardDraft], outline: Outline, draft: CardDraft) -> str | None:
    """The question of the card that the answer heading `draft` sits under answers, if one is told."""
    heading = _heading_of(outline, draft)
    if heading is None:
        return None
    sibling = _sibling_before(outline, heading)
    if sibling is None:
        return None
    first, last = outline.starts[sibling] + 1, outline.starts[heading]  # 1-based lines of the sibling's section
    asked = [other for other in drafts if first <= other.line <= last and other.context == draft.context[:-1]]
    return asked[-1].question if len(asked) == 1 else None


def _heading_of(outline: Outline, draft: CardDraft) -> int | None:
    """The outline's position of the answer heading closing `draft`'s context: the last at or before its line."""
    position = bisect.bisect_right(outline.starts, draft.line - 1) - 1
    while position >= 0 and outline.paths[position] != draft.context:
        if len(outline.paths[position]) < len(draft.context):
            return None  # (left the answer heading's section: it is not above the card)
        position -= 1
    return position if position >= 0 else None


def _sibling_before(outline: Outline, heading: int) -> int | None:
    """The position of the heading of the same level right before the one at `heading`, under the same parents."""
    level = outline.levels[heading]
    for position in range(heading - 1, -1, -1):
        if outline.levels[position] <= level:
            same = outline.levels[position] == level and outline.parents[position] == outline.parents[heading]
            return position if same else None
    return None


def names_an_answer(text: str) -> bool:
    """True for a heading's plain text that only names one answer, good or bad (`Answer`, `Good answer:`; not `Good
    answers`, a section of them)."""
    return _ONE_ANSWER.fullmatch(text.strip()) is not None


_ONE_ANSWER = re.compile(
    rf"(?:(?:{GOOD}|bad|weak|poor|wrong|worse)\s+)?(?:answer|respuesta|resposta)(?:\s+(?:buena|mala|boa|ruim))?"
    r"[ \t]*[:\uff1a]?",
    re.IGNORECASE,
)
