"""Questions each alone in a paragraph over the paragraphs answering them, as plain-Markdown and Typora notes write a
list of questions to study:

    What is bytecode, and why use it?

    Bytecode is what the JVM runs; one build runs on every OS.

    Why does Java only pass by value?

    A method gets a copy of the value...

Two such questions or more in one section (between headings), each over its answer, make a card each; the answer
runs to the next question or the section's end. One rhetorical question in an article's prose makes none. Where each
question is set off by more blank lines than its answer's paragraphs, a topic's line set off so (`Oracle JDK vs
OpenJDK`) is one of them too. In a folder deck they are studied under a note title or heading that says it holds
interview questions (`# Interview questions`, `# 面试常见题目`).
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, first_paragraph, source_of
from deck.pair_labels import ANSWER_LABEL, QUESTION_LABEL
from deck.patterns import pattern
from deck.questions import asks, ends_asking, interview_prompt
from deck.scan import NoteScan
from deck.text import plain_inline
from deck.topics import for_them

_LONGEST_QUESTION = 160
"""The longest line a paragraph alone may ask in (characters): longer, it is prose."""
STUDY_TITLE = pattern(
    r"(?i)\binterview\s+(?:questions?|prep|q\s*&\s*a)|\b(?!open\b)[a-z+#]{2,}\s+questions\b(?!\s+(?:from|for|to)\b)"
    r"|\bquiz|\bflash\s?cards?\b|(?:preguntas|perguntas)\s+de\s+entrevista|questions\s+d['\u2019]entretien|interviewfragen|\u9762\u8bd5|\u516b\u80a1|\u9898\u76ee|\u9762\u63a5"
    r"|\uba74\uc811"
)
"""A title or heading saying its note holds questions to study: `Interview questions`, `Java questions`, `Java quiz`,
`面试常见题目` (not `Questions from the floor`, `Open questions`, an interviewer's `Interview debrief`)."""


def read_question_paragraphs(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the question alone in the paragraph at `blocks[index]`, one of two or more in its section
    each over its answer (see the module); the index after its answer, or None."""
    if not (_alone_asking(blocks[index]) or _one_line(blocks[index]) and index and _gap(blocks, index, scan.lines) > 1):
        return None  # (neither a question nor a line set off as they may be)
    start, end = _section(blocks, index)
    key = (id(blocks), start, end)
    asked = scan.asked_alone.get(key)
    if asked is None:
        asked = scan.asked_alone[key] = _questions(blocks, start, end, scan.lines)
    if index not in asked or len(asked) < 2:
        return None
    after = next((at for at in asked if at > index), end)
    after = next((at for at in range(index + 1, after) if blocks[at].type == "hr"), after)  # (`---` over a source)
    told = list(blocks[index + 1 : after])
    if not told:
        return None
    if any(block.type == "paragraph" and ANSWER_LABEL.match(block.content) for block in told[1:]):
        return None  # (`What does this print?` over its code, then `**Answer:** ...`: the code is the question's)
    question = plain_inline(blocks[index].content).strip()
    answer = source_of(scan.lines, told)
    draft = scan.add_answered(blocks[index].start + 1, question, blocks[index].content, answer, told)
    if scan.options.opt_in:
        context = scan.outline.context_at(blocks[index].start)
        draft.studied = any(STUDY_TITLE.search(part) for part in context) and not for_them(context)
    return after


def _section(blocks: Sequence[Block], index: int) -> tuple[int, int]:
    """The blocks between the headings around `blocks[index]`: the first's index and the index after the last."""
    start = next((at + 1 for at in range(index - 1, -1, -1) if blocks[at].type == "heading"), 0)
    end = next((at for at in range(index + 1, len(blocks)) if blocks[at].type == "heading"), len(blocks))
    return start, end


def _questions(blocks: Sequence[Block], start: int, end: int, lines: Sequence[str]) -> list[int]:
    """The indexes of a section's questions alone in their paragraphs, each over its answer (a block that is not one,
    a blank line between), with the short lines set off as the questions are when no other block of their answers is
    set off so and each answer sits closer under its question."""
    asking = {at for at in range(start, end) if _alone_asking(blocks[at]) and not _labelled_over(blocks, at, start)}
    answered = sorted(at for at in asking if at + 1 < end and at + 1 not in asking and _gap(blocks, at + 1, lines))
    later = [at for at in answered if at > start]
    if len(answered) < 2 or not later:
        return answered
    gaps = [_gap(blocks, at, lines) for at in later]
    apart = max(set(gaps), key=gaps.count)  # (the gap most questions are set off by: a follow-up's may be less)
    below = max(_gap(blocks, at + 1, lines) for at in answered)  # (between a question and its answer)
    taken = {*answered, *(at + 1 for at in answered)}
    inside = [at for at in range(answered[0] + 2, end) if at not in taken]
    if apart <= below or any(_gap(blocks, at, lines) >= apart and not _one_line(blocks[at]) for at in inside):
        return answered
    set_off = [
        at for at in inside
        if at + 1 < end and _one_line(blocks[at]) and _gap(blocks, at, lines) >= apart > _gap(blocks, at + 1, lines)
    ]
    return sorted({*answered, *set_off})


def _labelled_over(blocks: Sequence[Block], at: int, start: int) -> bool:
    """True when a list's last item right over `blocks[at]` is a label alone (`* 讲故事：`, `- **Tip:**`): the paragraph
    is that label's text (a tip's), not a question."""
    over = blocks[at - 1] if at > start else None
    if over is None or over.type not in LIST_TYPES or len(over.children[-1].children) != 1:
        return False
    said = plain_inline(first_paragraph(over.children[-1]) or "").strip()
    return "\n" not in said and said.endswith((":", "\uff1a"))


def _gap(blocks: Sequence[Block], at: int, lines: Sequence[str]) -> int:
    """How many blank lines stand right before `blocks[at]`."""
    start = blocks[at].start
    return next((count for count in range(start) if lines[start - 1 - count].strip()), start)


def _alone_asking(block: Block) -> bool:
    """True for a paragraph of one short line that asks (`What is bytecode?`, a prompt, `Tell me about yourself.`) with
    no label of a pair."""
    if not _one_line(block):
        return False
    text = plain_inline(block.content).strip()
    if _TOLD_BEFORE.search(text) is not None:
        return False  # (`We talked for an hour. Why?`: a line of prose)
    return ends_asking(text) or interview_prompt(text) or asks(text)


def _one_line(block: Block) -> bool:
    """True for a paragraph of one line, short, no label of a question's or answer's (those pair elsewhere)."""
    content = block.content.strip() if block.type == "paragraph" else ""
    if not content or "\n" in content or len(content) > _LONGEST_QUESTION:
        return False
    return QUESTION_LABEL.match(content) is None and ANSWER_LABEL.match(content) is None


_TOLD_BEFORE = pattern(r"[a-z]{2}[.!][ \t]+[A-Z]")
"""A sentence ended before a line's question (`We talked for an hour. Why?`; not `e.g. fork()`): a line of prose."""
