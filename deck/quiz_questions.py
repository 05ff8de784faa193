"""Headings that label a question (`### Question 2`, `### Pertanyaan 1`, `### 问题`), and the question written under one
over its answer's label, as quizzes, lab reports and course notes number them:

    ### Question 1 (10 points)
    Why does BFS find shortest paths?

    **Answer:** It visits nodes in order of distance.

The heading asks nothing itself; the paragraph under it is what is asked (a question, or a task: `Jelaskan ...!`,
explain), whatever its words, and the label opens its answer, which runs to the section's next heading. Lettered
options between the two (a multiple-choice item) are the question's, which a card cannot show yet: such an item is
left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.answer_labels import answer_label_alone
from deck.blocks import Block
from deck.labelled_questions import Asked
from deck.pair_labels import ANSWER_LABEL, label_rest, names_answer
from deck.questions import ends_asking
from deck.tasks import studies_task
from deck.text import plain_inline

_CJK_QUESTION = "\u9898\u76ee|\u95ee\u9898|\u554f\u984c|\uc9c8\ubb38"
"""A quiz's `Question` in Chinese, Japanese and Korean: 题目, 问题, 問題, 질문."""
_QUESTION_HEADING = re.compile(
    rf"(?:question|pregunta|pergunta|frage|soru|pertanyaan|soal|{_CJK_QUESTION})(?:[ \t]*#?\d{{1,3}})?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*[:\uff1a]|$)",
    re.I,
)
"""A heading labelling a question: `Question`, `Question 2 (10 points)`, `Question: "..."`, `Pregunta:`, `Soru 3`,
`Pertanyaan 1`, `题目`, `問題`, `질문`."""


def question_heading(block: Block) -> bool:
    """True for a heading that labels the question under or after it (`### Question`, `### Question: "..."`,
    `### Pregunta:`): the heading over it titles a worked example, asking nothing itself."""
    return block.type == "heading" and _QUESTION_HEADING.match(plain_inline(block.content).strip()) is not None


def question_under_label(heading: Block, section: Sequence[Block]) -> Asked | None:
    """The question a heading that is a question's label alone (`### Question 2`, not `### Question 2: Locks`) has right
    under it (a paragraph), over its answer's label (in words with the answer after it, or alone over the answer),
    answered from the label to the section's next heading; None for any other section."""
    text = plain_inline(heading.content).strip() if heading.type == "heading" else ""
    titled = _QUESTION_HEADING.match(text) if text else None
    if titled is None or text[titled.end() :].strip() or len(section) < 2 or section[0].type != "paragraph":
        return None  # (`### Question 2: Locks`, titled, is read as its title over the question)
    said = plain_inline(section[0].content).strip()
    if not (_opens_answer(section[1]) or answer_label_alone(section[1]) and len(section) > 2):
        return None
    end = next((at for at in range(2, len(section)) if section[at].type == "heading"), len(section))
    studied = ends_asking(said) or studies_task(said)  # (a survey's `Describe your setup.` is none)
    return Asked(said, section[0].start + 1, section[1:end], studied=studied)


def _opens_answer(block: Block) -> bool:
    """True for a paragraph opened by an answer's label in words with the answer after it, on its line or the next
    (`**Answer:** A stack.`, `**Jawaban:**` over its text)."""
    first, _, more = block.content.partition("\n") if block.type == "paragraph" else ("", "", "")
    found = ANSWER_LABEL.match(first)
    if found is None or not names_answer(first[: found.start("rest")]):
        return False
    return bool(label_rest(found).strip() or more.strip())
