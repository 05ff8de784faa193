"""Questions still to prepare: a list or paragraphs of other interview questions where an answer would be, or
closing one. They are no part of the answer, and a heading over nothing but them is not answered yet."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block, first_paragraph
from deck.foreign_questions import in_another_language
from deck.nested_items import translated_only
from deck.questions import asks, ends_asking, interview_prompt
from deck.text import SAID_TO_YOU, plain_inline


def lists_questions(block: Block) -> bool:
    """True when half the items of a list or more ask: questions to prepare (`- Tell me about a time...`), no answer."""
    asking = sum(asks(_first_line(item)) for item in block.children)
    return 2 * asking >= len(block.children)


def asks_only(question: str, section: Sequence[Block], theirs: bool) -> bool:
    """True when a question heading's section holds other questions alone, no answer yet:
    - the question asked again in another language (`translated_only`; `theirs` under questions to ask them);
    - lists (rules aside) whose items each end asking, nothing nested in them, one of them the question asked again in
      another language (`### Why This Company?` over `- Tại sao bạn muốn làm việc ở đây?` and follow-ups; in its own
      language, a list of questions may answer: the questions to ask, a checklist for "How do you debug...?");
    - under an interviewer's prompt, a paragraph of three lines or more that each ask, half of them said to "you"
      (`#### Tell me about yourself` over other interview questions, one a line), or paragraphs that each open with
      one (`Tell me about a time...`, `Describe a time...`), none told by the writer (`I`, `my`, `we`)."""
    if translated_only(question, section, theirs):
        return True
    told = [block for block in section if block.type != "hr"]
    if told and all(block.type == "paragraph" for block in told) and interview_prompt(question):
        if len(told) > 1:
            return all(_prompts_only(plain_inline(block.content)) for block in told)
        lines = [plain_inline(line) for line in told[0].content.split("\n") if line.strip()]
        to_you = sum(bool(interview_prompt(line) or SAID_TO_YOU.search(line)) for line in lines)
        return len(lines) >= _MOST_LINES_ASKED and all(map(asks, lines)) and to_you * 2 >= len(lines)
    if not told or not all(block.type in ("bullet_list", "ordered_list") for block in told):
        return False
    asked = [_first_line(item) for block in told for item in block.children if len(item.children) == 1]
    if len(asked) < sum(len(block.children) for block in told) or not all(map(ends_asking, asked)):
        return False
    return any(in_another_language(item, question) for item in asked)


def _prompts_only(text: str) -> bool:
    """True for a paragraph opening with an interviewer's prompt whose every sentence asks or is a prompt (an aside in
    brackets aside), with no colon opening what was said after one and no word of the writer's."""
    said = _ASIDE.sub("", text).strip()
    if not interview_prompt(said) or ":" in said or _TELLER.search(said) is not None:
        return False
    return all(asks(sentence) or interview_prompt(sentence) for sentence in _SENTENCE_END.split(said) if sentence)


_ASIDE = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_TELLER = re.compile(r"\bI\b|\bI['\u2019](?:m|ve|d|ll)\b|\b(?i:my|mine|myself|we|our|ours)\b")
"""The writer's own words in a paragraph (`Tell me about...` speaks to them, so `me` is no sign)."""
_MOST_LINES_ASKED = 3
"""The fewest lines, each asking and half said to "you", of a paragraph of other questions under a question."""


def _first_line(item: Block) -> str:
    """The plain text of a list item's first paragraph."""
    return plain_inline(first_paragraph(item) or "")


_ASKING_WORDS = re.compile(r"\b(?:ask|asks|asking|questions)\b", re.IGNORECASE)  # (of a paragraph over its questions)


def prompts_to_prepare(block: Block, before: Block) -> bool:
    """True for a list closing an answer told in prose (`before`, which neither announces it with a colon nor speaks
    of asking), whose items each ask on one line with nothing nested, half of them or more in words only an
    interviewer uses (`- Give me an example of a time you ...?`): the next questions to prepare, no part of the
    answer."""
    if block.type not in ("bullet_list", "ordered_list") or len(block.children) < 2 or before.type != "paragraph":
        return False
    if before.content.rstrip().endswith((":", "\uff1a")) or any(len(item.children) != 1 for item in block.children):
        return False
    if _ASKING_WORDS.search(before.content) is not None:
        return False  # `Every week I ask them the same questions` over them: the answer's own
    asked = [_first_line(item) for item in block.children]
    return all(map(asks, asked)) and 2 * sum(map(interview_prompt, asked)) >= len(asked)
