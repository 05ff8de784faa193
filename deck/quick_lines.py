"""Quick-fire questions: a question in bold with its short answer on its line, each line its own card.

    **Notice period?** One month.
    **Willing to relocate?** (No, remote only.)

A paragraph opens so when its first line is a question in bold, ending with its `?`, and text after the bold answers
it: no second question, no follow-up, no aside about the question (`**Why us?** *(asked every time)*` asks alone,
`deck.bold_prompts`). Each such line of the paragraph opens the next card; a line of another shape goes on with the
answer before it. In a folder, only an interviewer's prompt asks to be studied, or a line right after a card that
does under the same headings: a general note's `**Why?** Because.`, a standup's `**Blockers?** None.`, is no
interview question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from deck.blocks import Block
from deck.bold_prompts import emphasised_question
from deck.glued_answers import glued_on_line
from deck.questions import asks, interview_prompt
from deck.scan import NoteScan
from deck.text import plain_inline
from deck.unwritten import instructs

_BOLD_ASKED = re.compile(
    r"[ \t]*(?P<mark>\*\*|__)(?P<question>[^*_\n]*?[^\s*_][?\uff1f])(?P=mark)[ \t]*(?P<answer>\S.*)"
)
"""A line opened by a question in bold that ends with its `?`, with text after the bold."""
_BRACKETED = re.compile(r"[*_]{0,2}\((?P<inner>[^()\n]+)\)[*_]{0,2}")
"""An answer in brackets, emphasised or not: `*(One month.)*`."""


def quick_line(line: str) -> tuple[str, str] | None:
    """The question (plain) and the answer (Markdown) of a quick-fire line (above), else None."""
    if "**" not in line[:4] and "__" not in line[:4] or (found := _BOLD_ASKED.match(line)) is None:
        return None
    if emphasised_question(line.strip()) is not None:
        return None  # `**Why us?** *(asked every time)*`: a question alone, its aside left out
    question, answer = plain_inline(found["question"]), found["answer"].rstrip()
    if not asks(question):
        return None
    if (bracketed := _BRACKETED.fullmatch(answer)) is not None and answer[:1] in "*_" and instructs(bracketed[1]):
        return question, answer  # `*(Say what you want next.)*`: a guide's hint, the answer not written yet
    said = bracketed["inner"] if bracketed is not None else answer
    if glued_on_line(f"{question} {plain_inline(said)}") is None:
        return None  # (another question, a follow-up, or what the question asks for: no answer)
    return question, answer if bracketed is None else f"({said})"  # (`*(One month.)*` answers)


def quick_run(blocks: Sequence[Block], index: int, goes_on: Callable[[Block], bool]) -> bool:
    """True when `blocks[index]` is quick-fire lines of their own after an answer: two or more (in one paragraph, or a
    paragraph each), or one the answer would end with (what follows it does not go on with the answer, `goes_on`).
    One such line inside an answer's run goes on with it (`**Why did it work?** Because...` inside a story)."""
    block = blocks[index]
    if block.type != "paragraph" or quick_line(block.content.partition("\n")[0]) is None:
        return False
    if "\n" in block.content.strip():
        return all(quick_line(line) for line in block.content.strip().split("\n"))
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if after is None or not goes_on(after):
        return True
    return after.type == "paragraph" and quick_line(after.content.partition("\n")[0]) is not None


def read_quick_lines(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the cards of the quick-fire paragraph `blocks[index]`; the index after it, or None for another block."""
    block = blocks[index]
    lines = block.content.split("\n") if block.type == "paragraph" else []
    if not lines or quick_line(lines[0]) is None:
        return None
    cards: list[tuple[int, str, str, list[str]]] = []
    for offset, line in enumerate(lines):
        if (found := quick_line(line)) is not None:
            cards.append((offset, line, found[0], [found[1]]))
        else:
            cards[-1][3].append(line)
    for offset, line, question, said in cards:
        answer = "\n".join(said)
        told = [Block("paragraph", block.start + offset, block.start + offset + len(said), content=answer)]
        before = scan.drafts[-1] if scan.drafts else None  # (right after a card that asks to be studied, one too)
        studied = before is not None and before.studied and before.context == scan.outline.context_at(block.start)
        draft = scan.add_answered(block.start + offset + 1, question, line, answer, told)
        draft.studied = studied or interview_prompt(question)
    return index + 1
