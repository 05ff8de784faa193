"""What is nested under a list item that asks nothing of it: the inline cards it is the topic of, its own
question asked again in another language, or the steps of a story's section, as `deck.list_cards` reads items."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.labels import heading_label, line_label
from deck.questions import asks, ends_asking
from deck.scan import Outline
from deck.text import plain_inline


def over_inline_cards(item: Block, inline_fronts: set[int]) -> bool:
    """True when half the items nested in a list item or more hold an inline card's front: the item is their topic."""
    if not inline_fronts:
        return False
    nested = [point for block in item.children[1:] if block.type in LIST_TYPES for point in block.children]
    holding = sum(not inline_fronts.isdisjoint(range(point.start, point.end)) for point in nested)
    return bool(nested) and 2 * holding >= len(nested)


def asks_again(question: str, block: Block) -> bool:
    """True for a list of one item, with nothing under it, that asks `question` again in another language: in
    another script or with accents where the question has none (`- What are your hobbies?` over `- 趣味は何ですか？`),
    or the other way round. An answer that is itself a question (`- Yes, why not?`, `- What are the requirements?`)
    is in the question's own language."""
    one = block.type in LIST_TYPES and len(block.children) == 1 and len(block.children[0].children) == 1
    said = plain_inline(first_paragraph(block.children[0]) or "").rstrip() if one else ""
    return said != "" and ends_asking(said) and _lettered_beyond_ascii(said) != _lettered_beyond_ascii(question)


def translated(question: str, said: str) -> bool:
    """True when `said` asks `question` again in another language: it asks, in another script or with accents where
    the question has none, or the other way round (`## 为什么选择我们公司` over `Why did you choose our company?`)."""
    return ends_asking(said) and _lettered_beyond_ascii(said) != _lettered_beyond_ascii(question)


def _lettered_beyond_ascii(text: str) -> bool:
    """True when `text` has a letter outside ASCII (an accent, another script); curly quotes are no letters."""
    return not text.isascii() and any(char.isalpha() and not char.isascii() for char in text)


def in_story_section(outline: Outline, line: int) -> bool:
    """True for the 0-based `line` under a heading of STAR's own name for a section (`#### Action`, `## R`) beside
    headings of two more of STAR's sections: a part of its story. (`### Challenges` under `# Project Questions`, or
    `## Task` and `## Results` beside `## Approach` in a project's write-up, are topics: their items are cards.)"""
    context = outline.context_at(line)
    if len(context) < 2 or not star_named(context[-1]):
        return False
    siblings = (path[-1] for path in outline.paths if len(path) == len(context) and path[:-1] == context[:-1])
    return len({heading_label(name)[0] for name in siblings if star_named(name)}) >= 3  # type: ignore[index]


def under_story_labels(lines: Sequence[str], line: int) -> bool:
    """True for the 0-based `line` of a list item below the labels of two STAR sections or more at the margin, up to the
    heading above it, none of them its result (`**Situation:**`, `**Task:**`, then `**Action:**` over `* **Profiling:**
    Found where...` and its points): a step of the story being told, no question's topic."""
    sections: set[str] = set()
    for above in range(line - 1, max(-1, line - _STORY_LINES), -1):
        text = lines[above]
        if text.startswith("#"):
            break
        label = line_label(text) if text[:1] in "*_" or text[:1].isalpha() else None
        if label is not None:
            sections.add(label[0])
    return len(sections) >= 2 and not sections & {"result", "takeaways"}  # (after a result: the note's next list)


_STORY_LINES = 80
"""How far above a list item its story's labels are looked for."""


def star_named(heading: str) -> bool:
    """True for a heading that is STAR's own name of a section or its letter (`Action`, `S – Situation`, `R`)."""
    label = heading_label(heading)
    return label is not None and label[2] == ""


def legend(words: str, item: Block) -> bool:
    """True for an item of a story's legend: named by a STAR section (`- Action (55%)` over `- what did I do?`, the
    section's prompts), or over the names of a framework's sections alone (`- CAR Method` over `- Challenge`, `-
    Actions`, `- Result`); not a question over them, a template to fill in."""
    if star_named(words):
        return True
    if asks(words):
        return False
    if not all(block.type in LIST_TYPES for block in item.children[1:]):
        return False
    points = [point for block in item.children[1:] for point in block.children]
    names = [plain_inline(first_paragraph(point) or "") for point in points if len(point.children) == 1]
    named = all(heading_label(name) is not None and ":" not in name for name in names)
    return len(points) >= 2 and len(names) == len(points) and named


def translated_only(question: str, section: Sequence[Block], theirs: bool) -> bool:
    """True for a section of one line that asks the heading's question again in another language: no answer. Outside
    questions to ask them, only a plain question (no clause before a comma: `Around 40k, is that in your range?`
    answers; so does a reply's opening, `Yes — up to a week a month?`, or a number the heading has not, `40k a
    month?`) under a heading that asks for no questions (`Do you have any questions for us?`)."""
    one = len(section) == 1 and section[0].type == "paragraph" and "\n" not in section[0].content.strip()
    said = plain_inline(section[0].content).strip() if one else ""
    if not one or not translated(question, said):
        return False
    if theirs:
        return True
    numbered = bool(_numbers(said) - _numbers(question))  # (`Is 40k a month in your range?`: a counter-question)
    replies = REPLY_OPENING.match(said) is not None or numbered
    clause = any(mark in said for mark in ",\uff0c\u3001")
    return not (replies or clause) and _ASKS_FOR_QUESTIONS.search(question) is None


REPLY_OPENING = re.compile(
    r"(?:yes|no|yeah|nope|sure|maybe|probably|depends|because|since|mostly|honestly|(?:around|about|roughly|approximately)"
    r"(?!\s+(?:how|what|when|which|where|who|many|much)\b))\b"
    r"|\u662f\u7684|\u770b\u60c5\u51b5|(?:\u5927\u6982|\u5dee\u4e0d\u591a)(?![^\n]{0,4}(?:\u591a\u4e45|\u591a\u5c11|\u4ec0\u4e48|\u600e\u4e48|\u54ea|\u51e0))",
    re.IGNORECASE,
)
"""How a reply opens, and no question asked again does: yes, no, maybe, because, around...; 是的, 看情况, 大概,
差不多 (not `About how many...`, `大概多久...`, which ask)."""
_CJK_DIGITS = "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341"  # (一 to 十)
_WORD_DIGITS = "one two three four five six seven eight nine ten".split()
_NUMBER = re.compile(rf"\d+|[{_CJK_DIGITS}]|\b(?:{'|'.join(_WORD_DIGITS)})\b", re.IGNORECASE)
_NUMERALS = {
    **{char: str(value) for value, char in enumerate(_CJK_DIGITS, 1)},
    **{word: str(value) for value, word in enumerate(_WORD_DIGITS, 1)},
}
"""Numbers written in Chinese numerals or English words, as digits (`五` and `five` are `5`)."""


def _numbers(text: str) -> set[str]:
    """The numbers in `text`, each as digits."""
    return {_NUMERALS.get(found.lower(), found) for found in _NUMBER.findall(text)}


_ASKS_FOR_QUESTIONS = re.compile(r"questions|\u8cea\u554f|\u95ee\u9898|\u554f\u984c|\uc9c8\ubb38", re.IGNORECASE)
"""A heading asking for the candidate's questions (`Do you have any questions for us?`, `何か質問はありますか？`)."""
