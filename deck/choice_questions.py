"""A multiple-choice item as banks write them: the question, its lettered options, then the answer's label.

    ### 1

    Which gas makes up most of the air?

    - A. Nitrogen.
    - B. Oxygen.

    **Answer:** A
    **Source:** Textbook, p. 12

The options are asked with the question, on its line (`...? A. Nitrogen. · B. Oxygen.`), as a quiz's are
(`deck.quiz_questions`); the answer runs from its label to the next heading, rule or item, and an answer that is
only the option's letter (`A`) shows the option (`A. Nitrogen.`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.answer_labels import without_answer_label
from deck.blocks import LIST_TYPES, Block, first_paragraph, source_of
from deck.bold_prompts import emphasised_question
from deck.pair_labels import QUESTION_LABEL
from deck.questions import asks, ends_asking
from deck.quiz_questions import choices, opens_answer, with_choices
from deck.scan import NoteScan
from deck.tasks import REQUEST
from deck.text import plain_inline

_ENDS = frozenset(("heading", "hr"))


def read_choice_question(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the paragraph at `index` over its lettered options and its answer's label in words; the index
    after its answer, or None for any other paragraph (most: no options under them)."""
    at = index + 2
    if at >= len(blocks) or blocks[index].type != "paragraph" or not (options := choices(blocks[index + 1])):
        return None
    said = plain_inline(blocks[index].content).strip()
    if not _asks_or_sets(said) or not opens_answer(blocks[at], more=at + 1 < len(blocks)):
        return None  # (`We considered these options:` over them: a decision's record, no question)
    end = next((later for later in range(at + 1, len(blocks)) if _next_item(blocks, later)), len(blocks))
    told = without_answer_label(scan, blocks[at:end])
    answer = option_shown(source_of(scan.lines, told), options)
    block = blocks[index]
    question = with_choices(said, options)
    scan.add_answered(block.start + 1, question, block.content, answer, told)
    return end


def _next_item(blocks: Sequence[Block], at: int) -> bool:
    """True where an answer's run ends: a heading, a rule, the next item's question over its options, or a paragraph
    opening another question (`Q: ...`, `**What is an isotope?**`, `**Question 2**`, a line that asks)."""
    block = blocks[at]
    if block.type in _ENDS:
        return True
    if block.type in LIST_TYPES:  # (`2. Explain why...` over its answer: the next question, in a list)
        item = block.children[0] if block.children else None
        said = plain_inline(first_paragraph(item) or "") if item is not None and len(item.children) > 1 else ""
        return bool(said) and _asks_or_sets(said)
    if block.type != "paragraph":
        return False
    first = block.content.strip().partition("\n")[0]
    asked = QUESTION_LABEL.match(first) is not None or emphasised_question(first) is not None
    return asked or ends_asking(plain_inline(first)) or (at + 1 < len(blocks) and bool(choices(blocks[at + 1])))


def _asks_or_sets(said: str) -> bool:
    """True for plain text that asks or sets a task (`Which gas...?`, `Explain why...`)."""
    return ends_asking(said) or asks(said) or REQUEST.match(said) is not None


def option_shown(answer: str, options: Sequence[str]) -> str:
    """`answer` with a first line that is only an option's letter (`A`, `**b)**`) as that option in full (of
    `options`, a multiple choice's); any other answer as it is."""
    first, newline, rest = answer.partition("\n")
    letter = _LETTER_ALONE.fullmatch(first.strip())
    if letter is None:
        return answer
    found = next((option for option in options if option.lstrip("(")[:1].upper() == letter["letter"].upper()), None)
    return f"{found}{newline}{rest}" if found is not None else answer


_LETTER_ALONE = re.compile(r"[*_]*\(?(?P<letter>[A-Ha-h])[).]?[*_]*")
"""An answer that is only an option's letter: `A`, `b)`, `**C**`, `(d)`."""
