"""An exercise laid out as exercise-note templates do: a question callout named alone over the problem, hints, and
the solution in a callout of its own further on.

    > [!question] Exercise 8.1
    > Is every subgroup of an abelian group normal?

    ## Hints
    > [!hint]- Hint 1
    > Compare gH and Hg.

    ## Solution
    > [!success]- Solution
    > Yes. In an abelian group gH = Hg.

The card asks the problem (the callout's body, its title only names it) and is answered by the solution. Between the
two only headings and callouts that are no answer (hints, notes) may stand; the hints are not the answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.callout_parts import ANSWER_KINDS, ASKING_KINDS, body_source, opening
from deck.pair_labels import names_answer
from deck.reveal_folds import only_reveals
from deck.scan import NoteScan
from deck.text import plain_inline

_FARTHEST = 12
"""Blocks at most between the problem and its solution (headings and hints)."""


def read_exercise(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the exercise whose problem is the question callout at `index` (named alone, its body all
    paragraphs) and whose solution is the callout `solution_after` finds; the index after the solution, or None when
    the callout is no such problem (it is read as before)."""
    opened = opening(blocks[index])
    if opened is None or opened[0] not in ASKING_KINDS or not opened[2]:
        return None
    problem = opened[2]
    if any(block.type != "paragraph" for block in problem):
        return None
    at = solution_after(blocks, index + 1)
    shown = opening(blocks[at]) if at is not None else None
    if at is None or shown is None:
        return None
    question = " ".join(plain_inline(block.content) for block in problem).strip()
    solution = shown[2]
    answer = body_source(scan.lines, solution[0].start, blocks[at].end)
    first = problem[0].start
    scan.add_answered(first + 1, question, "\n".join(scan.lines[first : blocks[index].end]), answer, solution)
    return at + 1


def solution_after(blocks: Sequence[Block], start: int) -> int | None:
    """The index of the first callout from `start` that shows a solution (`> [!success]- Solution`, `[!check]`
    untitled, `> [!example]- Answer`), with only headings and other callouts that ask nothing before it; None when
    something else comes first (another problem, the note's text) or nothing within `_FARTHEST` blocks."""
    for at in range(start, min(len(blocks), start + _FARTHEST)):
        block = blocks[at]
        if block.type == "heading":
            continue
        opened = opening(block)
        if opened is None or opened[0] in ASKING_KINDS:
            return None
        kind, title, body = opened
        shown = title and (names_answer(title) or only_reveals(title))  # (`Solution`, `Show answer`, `Lösung`)
        hidden = kind in ANSWER_KINDS and not title and _folded(block)  # (`> [!success]-` alone, opened on demand)
        if body and (shown or hidden) and not _open_tasks(body):
            return at
    return None


def _folded(block: Block) -> bool:
    """True for a callout folded shut (`> [!success]-`): a solution is hidden until asked for, a status note is not."""
    return "]-" in block.children[0].content.partition("\n")[0]


def _open_tasks(body: Sequence[Block]) -> bool:
    """True for a body that is a list of open tasks alone (`- [ ] read 2.3`): things still to do, no solution."""
    return all(block.type in LIST_TYPES for block in body) and all(
        (first_paragraph(item) or "").startswith("[ ]") for block in body for item in block.children
    )
