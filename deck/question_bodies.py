"""Code or a table that belongs to the question, not its answer: what sits between a question and its answer's label.

    **Question:** What does this print?

    ```python
    print([1, 2] * 2)
    ```

    **Answer:** `[1, 2, 1, 2]`: a list repeated.

Under a question pointing at what it shows (`this`, `the following`, `output`, a colon: `points_at_body`), the label
says where the answer starts: the fences and tables before it are what the question asks about, shown with it before
the answer (`CardContent.question_body`). Prose before the label is left where it is (a short answer before the long
one is the answer's), and so is code under a question pointing at nothing (a solution written code first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.blocks import CODE_TYPES, Block
from deck.fences import next_fence
from deck.pair_labels import ANSWER_LABEL, label_rest, names_answer
from deck.patterns import pattern

_FENCES = ("```", "~~~")


def points_at_body(question: str) -> bool:
    """True for a question that points at something shown with it (`What does this print?`, `Explain the following
    code:`, `다음 코드를 설명하세요.`): code or a table right under it is what it asks about, not the answer written
    code first (`How do you detect a cycle?` over the solution, then `**Answer (short):**`)."""
    return question.rstrip().endswith((":", "\uff1a")) or _POINTS_AT.search(question) is not None


_POINTS_AT = re.compile(
    r"(?i)\b(?:this|these|following|below|above|given|snippet|output|outputs|print|prints|printed|return|returns|wrong"
    r"|code|query|program|function|table|result of)\b"
    r"|\u4ee3\u7801|\u7a0b\u5e8f|\u4e0b\u9762|\u4ee5\u4e0b|\u4e0b\u5217|\u8fd9\u6bb5|\u30b3\u30fc\u30c9|\u6b21\u306e|\u3053\u306e"
    r"|\ucf54\ub4dc|\ub2e4\uc74c|\uc774 "
)
"""Words pointing at what is shown: `this`, `the following`, `below`, `output`, `code`, `query`; 代码, 程序, 下面, 以下,
下列, 这段, コード, 次の, この, 코드, 다음, `이 `."""


def split_question_body(answer: str) -> tuple[str, str] | None:
    """`(body, answer)` for an answer (Markdown) that opens with fences or tables, then a line opening with an
    answer's label (`**Answer:**`, `Antwort:`, `**A:**`; not the first of lettered choices, `A: 1` over `B: 2`): the
    code and tables, and the answer after its label; None for any other answer (most: checked by their first
    characters)."""
    if answer.lstrip()[:3] not in _FENCES and answer.lstrip()[:1] != "|":
        return None
    lines = answer.split("\n")
    at = _past_blocks(lines)
    if at >= len(lines):
        return None
    said = ANSWER_LABEL.match(lines[at])
    if said is None or (not names_answer(lines[at][: said.start("rest")]) and _options(lines, at)):
        return None  # (`A. "null"` over `B. "object"`: choices, however far apart)
    rest = "\n".join(filter(None, (label_rest(said), "\n".join(lines[at + 1 :]).strip("\n"))))
    return ("\n".join(lines[:at]).strip("\n"), rest) if rest.strip() else None


def _options(lines: Sequence[str], at: int) -> bool:
    """True when the line labelled by a letter (`A: 1`) is a choice's: `B: 2` follows it, blank lines between or not."""
    following = next((line for line in lines[at + 1 :] if line.strip()), "")
    return _SECOND_OPTION.match(following) is not None


_SECOND_OPTION = pattern(r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?B(?:\*\*)?[:).]")
"""A multiple choice's second option (`B: 2`, `**B)** 2`, `- B. 2`)."""


def _past_blocks(lines: Sequence[str]) -> int:
    """The index of the first line after the fences and tables opening `lines` (and blank lines); past the end when
    a fence is never closed."""
    at, fence = 0, None
    while at < len(lines):
        line = lines[at].strip()
        if fence is None and line[:3] not in _FENCES and line and not line.startswith("|"):
            return at
        fence = next_fence(lines[at], fence)
        at += 1
    return at


def without_body_blocks(told: Sequence[Block]) -> list[Block]:
    """The blocks that tell an answer whose question took its opening code and tables: those left out, and the
    answer's label out of the paragraph it opens (`**A:** One.` tells no story's action)."""
    at = 0
    while at < len(told) and (told[at].type in CODE_TYPES or _table(told[at])):
        at += 1
    rest = list(told[at:])
    said = ANSWER_LABEL.match(rest[0].content) if rest and rest[0].type == "paragraph" else None
    if said is not None:
        text = "\n".join(filter(None, (label_rest(said), rest[0].content.partition("\n")[2])))
        rest[: 1] = [replace(rest[0], content=text)] if text else []
    return rest


def _table(block: Block) -> bool:
    """True for a block of table rows (`| a | b |`), which the block reader leaves a paragraph."""
    return block.type == "paragraph" and block.content.lstrip()[:1] == "|"
