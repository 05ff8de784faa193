"""Questions a note writes under a label rather than as a heading or item that asks.

- A topic heading whose section opens with `**Example Question**: "Tell me about..."`
  (or `Likely question:`, `Common interview question:`) asks that question; the topic is
  its context.
- A `## Question Variants` heading (or "Questions", "Phrasings", ...) holding a list of
  questions, followed by an `## Answer ...` heading of the same level, is one card: each
  item is a phrasing, the answer is the Answer heading's section. A `#### Question 1` (or
  `Q2`) heading over the question's text, followed by its `#### Answer`, is one card too,
  and so is `## Question` over its question followed by `## Story: Doxygen` over a story. Later answer headings of
  the Answer heading's level (`## What I Got Right`, `## Model Answer`) are part of its answer.

Quotes around a question (`"..."`, curly quotes too) are not part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.highlights import split_tags
from deck.labels import heading_label, lettered
from deck.questions import asks, clean_question, join_phrasings, unquoted
from deck.section_ends import label_headings_end, names_version, section_end
from deck.stories import find_stories
from deck.text import plain_inline, without_symbols

_EXAMPLE = re.compile(
    r"^(?:(?:example|sample|typical|interview|likely|common|possible|expected|behaviou?ral)\s+){0,2}questions?\s*:\s*"
    r"(?P<question>.+)$",
    re.IGNORECASE,
)
"""`Example Question:`, `Likely question:`, `Common interview question:`, `Question:` over the question asked."""
_CJK_QUESTION = "\u9898\u76ee|\u95ee\u9898|\u554f\u984c|\uc9c8\ubb38"  # (a quiz's `Question`: 题目, 问题, 問題, 질문)
_CJK_ANSWER = (  # (答案, `✅ 正确答案`; Japanese 回答例, 解答例, 模範回答; Korean 답변, 정답, 모범 답안, 예시 답변)
    "^(?:[^\\w\\s]+\\s*)?(?:(?:\u6b63\u786e|\u53c2\u8003|\u6807\u51c6)?\u7b54\u6848|(?:\u6a21\u7bc4)?[\u56de\u89e3]\u7b54\u4f8b?"
    "|(?:(?:\ubaa8\ubc94|\uc608\uc2dc)\\s*)?(?:\ub2f5\ubcc0|\ub2f5\uc548)|\uc815\ub2f5)$"
)
_VARIANTS = re.compile(
    r"^(?:(?:common|possible|other|alternative|sample|example)\s+)?(?:(?:question|interview)\s+)?"
    r"(?:questions?|variants?|variations?|phrasings?|q|(?<=question )types?)(?:\s*#?\d{1,3}[.:)]?)?(?:\s*\(.*\))?$"
    rf"|^(?:{_CJK_QUESTION})(?:\s*#?\d{{1,3}})?$",
    re.IGNORECASE,
)
_STORY = re.compile(r"(?:my\s+)?(?:story|example)\b(?:\s*#?\d{1,3})?\s*(?:[:\uff1a\-\u2013\u2014]|$)", re.I)
"""A heading naming the story that answers the question before it: `Story: Doxygen`, `Story 2 - ...`, `Example`."""
GOOD = "my|sample|example|model|good|strong|great|best|better|ideal|suggested"
"""Words that say an answer heading holds an answer to give (`### Good answer`)."""
_KIND = r"short|quick|brief|long|full|detailed|expected|final|concise|senior|junior|\d{1,3}[- ]?(?:sec|min)[a-z]*"
_KINDED = rf"^(?:(?:{GOOD}|{_KIND})[\s-]+)?(?:{_KIND})[\s-]+answer[ \t]*[:\uff1a]?[ \t]*(?:\([^()\n]*\))?[ \t]*$"
"""An answer heading saying which answer it holds, nothing after: `30-Second Answer`, `Strong Senior Answer` (corpus 71;
not `## Quick answers`, a section of them, nor an exam's `### Short answer type questions`, trial 67)."""
_ANSWER = re.compile(
    rf"^(?:(?:{GOOD}|[^\W\d_][\w-]*['\u2019]s)\s+)?answers?\b|{_KINDED}|^your\s+answer\s*:?$|{_CJK_ANSWER}",
    re.IGNORECASE,
)
"""An answer heading over the answer to give (`Answer`, `Good answer`, `Your answer`, `Priya's Answer`; not `Your
answers`, a key)."""
_ANY_ANSWER = re.compile(
    rf"^(?:(?:{GOOD}|bad|weak|poor|wrong|worse|[^\W\d_][\w-]*['\u2019]s)\s+)?(?:answers?|respuestas?|respostas?)\b|{_KINDED}"
    rf"|{_CJK_ANSWER}",
    re.IGNORECASE,
)
"""An answer heading, good or bad: `Answer`, `Bad answer`, `Good answer`, `Coach's answer`, `Respuesta MALA`, `答案`."""
_FORMAT = re.compile(
    r"^(?:(?:star|soar|car|par|carl|starl)(?:\s+method)?\s+(?:format|answer|response|version|story|outline)(?:\s+template)?"
    r"|(?:sample|example|model)\s+(?:answer|response)s?"
    r"|(?:the\s+|my\s+)?(?:story|answer|response)\s*\((?:star|soar|car|par|carl|starl)\))$",
    re.IGNORECASE,
)
"""A heading naming the form of the answer under it (`STAR Format`, `SOAR Answer`, `Example Response`, `The Story
(STAR)`)."""


@dataclass(frozen=True)
class Asked:
    """A question found under a label: its text, its 1-based line, and the blocks that answer it."""

    question: str
    line: int
    answer: Sequence[Block]
    phrasings: tuple[str, ...] = ()
    """Its phrasings when the note lists them one by one (else split from `question`)."""
    studied: bool | None = None
    """Whether it asks to be studied, where its reader knows (a quiz's question under `### Question 2`)."""
    options: tuple[str, ...] = ()
    """A multiple choice's options, asked with the question: a key that is a letter alone shows its option."""


def example_question(section: Sequence[Block]) -> Asked | None:
    """The question a section opens with as `**Example Question**: "..."`, and the rest as its answer; or the same
    after one line of a bold field that says what the topic is (`**Definition:** Leaders are owners.`, as notes of
    Amazon's principles write), no part of the answer."""
    asked = _opening_question(section)
    if asked is None and len(section) > 1 and _field_line(section[0]):
        later = _opening_question(section[1:])  # (only a kind of question: a bare `**Question:**` opens a Q/A pair)
        return later if later is not None and _QUALIFIED.match(plain_inline(section[1].content)) else None
    return asked


def _opening_question(section: Sequence[Block]) -> Asked | None:
    """The question of a section's first paragraph written as `**Example Question**: "..."`, the rest its answer."""
    first = section[0] if section else None
    if first is None or first.type != "paragraph":
        return None
    line, _, rest = first.content.partition("\n")
    if "uestion" not in line and "UESTION" not in line:
        return None
    found = _EXAMPLE.match(plain_inline(line))
    if found is None:
        return None
    answer = list(section[1:])
    if rest.strip():
        answer.insert(0, replace(first, start=first.start + 1, content=rest))
    asked = found.group("question")
    quoted = [phrasing for phrasing in quoted_prompts(asked) or () if asks(phrasing)]
    if len(quoted) > 1:  # `Questions: "Tell me..." / "How...?"`: the phrasings that ask
        return Asked(join_phrasings(quoted), first.start + 1, answer, tuple(quoted))
    return Asked(unquoted(asked), first.start + 1, answer)


_FIELD = re.compile(r"(?:\*\*|__)[^*_:\n]{1,30}:(?:\*\*|__)[ \t]*\S|(?:\*\*|__)[^*_:\n]{1,30}(?:\*\*|__):[ \t]*\S")
"""A line opening with a bold field's name and its colon, then its text: `**Definition:** ...`."""


_QUALIFIED = re.compile(
    r"(?:example|sample|typical|interview|likely|common|possible|expected|behaviou?ral)\s+(?:\w+\s+)?question", re.I
)
"""A question's label naming its kind: `Example Question:`, `Likely interview question:`."""


def _field_line(block: Block) -> bool:
    """True for a paragraph of one line that is a bold field (`**Definition:** Leaders are owners.`), not an answer's
    (`**My answer:** ...`)."""
    if block.type != "paragraph" or "\n" in block.content.strip() or _FIELD.match(block.content) is None:
        return False
    return "answer" not in block.content.partition(":")[0].lower()


_QUOTED = re.compile(r'"([^"\n]+)"|\u201c([^\u201d\n]+)\u201d')
"""One quote on a line, straight or curly: a phrasing."""
_BETWEEN = re.compile(r"(?:[ \t]*(?:[/,;|]|\bor\b)[ \t]*)*", re.IGNORECASE)
"""What may stand between quoted phrasings: slashes, commas, `or`."""


def quoted_prompts(text: str) -> list[str] | None:
    """The questions of a text made only of quotes (`"Tell me..." / "How...?"`), each cleaned; None for any other."""
    if _BETWEEN.fullmatch(_QUOTED.sub("", text)) is None:
        return None
    return [clean_question(first or second) for first, second in _QUOTED.findall(text)]


def is_format_heading(text: str) -> bool:
    """True for a heading that names the form of the answer under it (`## STAR Format`, `## Example
    Response`, `### 💡 STAR Answer`): it asks nothing; its story answers the note's question."""
    return _FORMAT.match(without_symbols(text).strip()) is not None or names_version(text)


def is_variants_heading(text: str) -> bool:
    """True for a heading that lists a question's phrasings: "Question Variants", "Questions"...; or labels one
    question with a colon (`### Question:`, `### Sample question:`; not `## Questions:`)."""
    return _VARIANTS.match(text) is not None or _ONE_QUESTION.fullmatch(text.strip()) is not None


_ONE_QUESTION = re.compile(r"(?:(?:sample|example|interview)\s+)?question(?:\s*#?\d{1,3})?[ \t]*[:\uff1a]", re.I)


def variants_card(blocks: Sequence[Block], index: int, end: int, answer_end: int) -> Asked | None:
    """The card of the variants heading at `blocks[index]` (its section up to `end`), if the
    heading at `end` is an Answer heading of the same level (or one deeper, inside its section),
    whose section runs to `answer_end`; or if STAR's sections follow in headings of its level (`### S - Situation`
    ... `### R - Result`): they are the answer, their headings with them."""
    answer_heading = blocks[end] if end < len(blocks) else None
    if answer_heading is None or answer_heading.type != "heading" or answer_heading.level < blocks[index].level:
        return None
    named = split_tags(plain_inline(answer_heading.content))[1]
    if _ANSWER.match(named) is not None:
        answer = blocks[end + 1 : _later_answers_end(blocks, answer_end, answer_heading.level)]
    elif answer_heading.level == blocks[index].level and heading_label(named) is not None:
        answer = blocks[end : label_headings_end(blocks, end, answer_heading.level)]
        if sum(block.type == "heading" and block.level == answer_heading.level for block in answer) < 2:
            return None  # (one `### Result` after the question is no story told)
    elif answer_heading.level == blocks[index].level and _STORY.match(named):
        answer = blocks[end:answer_end]  # `## Story: Doxygen` over its STAR lines: the story, titled by its heading
        if not find_stories(answer):
            return None
    else:
        return None
    items = [item for block in blocks[index + 1 : end] if block.type in LIST_TYPES for item in block.children]
    if items and lettered([first_paragraph(item) or "" for item in items]):
        return None  # (`- A. 80` over `- B. 443`: a quiz's options, no phrasings of its question)
    phrasings = [clean_question(unquoted(plain_inline(first_paragraph(item) or ""))) for item in items]
    phrasings = [phrasing for phrasing in phrasings if phrasing]
    if not answer:
        return None
    if not items:  # `#### Question 1` over the question's text, then `#### Answer`
        text = next((_said(block) for block in blocks[index + 1 : end] if _said(block) is not None), None)
        question = clean_question(unquoted(plain_inline(" ".join(text.content.split())))) if text else ""
        return Asked(question, text.start + 1, answer) if text is not None and question else None
    typed = "type" in plain_inline(blocks[index].content).lower()  # (`## Question Type` over `- Behavioral`: a tag)
    if not phrasings or typed and not all(map(asks, phrasings)):
        return None
    return Asked(join_phrasings(phrasings), items[0].start + 1, answer, tuple(phrasings))


def _later_answers_end(blocks: Sequence[Block], at: int, level: int) -> int:
    """Where the answer headings of `level` going on from `at` end: `## My Answer` may be followed by `## What I Got
    Right` and `## Model Answer`, all one answer (up to the last answer heading's section, before a heading that
    asks or lists questions)."""
    stop = probe = at
    while probe < len(blocks) and blocks[probe].type == "heading" and blocks[probe].level == level:
        text = plain_inline(blocks[probe].content).strip()
        if asks(clean_question(text)) or is_variants_heading(text) or _NEXT_PART.match(text):
            break  # (`### Questions:` over the follow-ups, or `## Prompt 2`, then their `### Answer:`)
        if _ANY_ANSWER.match(text) is None and _opens_asking(blocks, probe):
            break  # (`## Feedback` over the next question; a `## Model Answer` may open with one)
        probe = section_end(blocks, probe)
        stop = probe if _ANY_ANSWER.match(text) is not None else stop
    return stop


_NEXT_PART = re.compile(r"(?:questions?|follow|(?:round|part|prompt|q)\s*#?\d)", re.IGNORECASE)
"""A heading opening the next part of an interview, not more of an answer: `### Questions:`, `## Round 2`."""


def _opens_asking(blocks: Sequence[Block], at: int) -> bool:
    """True when the section of the heading at `at` opens with a paragraph whose first line asks (the next question)."""
    first = blocks[at + 1] if at + 1 < len(blocks) else None
    return first is not None and first.type == "paragraph" and asks(plain_inline(first.content.partition("\n")[0]))


def answered_below(blocks: Sequence[Block], index: int, end: int, question: str) -> Asked | None:
    """The card of the heading at `blocks[index]`, which asks `question` over nothing (its section ends at `end`),
    when the headings from `end` on, of its level, are its answers' (`### Answer`; `### Bad answer` then `### Good
    answer`, `### Respuesta MALA`): their sections, up to another heading of that level or a deeper one that asks
    (a follow-up of its own)."""
    level = blocks[index].level
    stop = _answers_end(blocks, end, level, follow_ups=False)
    if not any(_answer_heading(block, level) for block in blocks[end + 1 : stop]):  # (one answer: it ends at a
        stop = _answers_end(blocks, end, level, follow_ups=True)  # follow-up that asks; between two, it is theirs)
    answer = blocks[end + 1 : stop]  # (the first answer heading only says "answer"; a later one names its part)
    if stop == end or all(block.type == "heading" for block in answer):
        return None
    return Asked(question, blocks[index].start + 1, answer)


def _answers_end(blocks: Sequence[Block], end: int, level: int, follow_ups: bool) -> int:
    """Where the answer headings of `level` from `end` on end: at another heading of that level or above, or (with
    `follow_ups`) at a deeper one that asks."""
    stop = end
    while stop < len(blocks) and _answer_heading(blocks[stop], level):
        after = range(stop + 1, len(blocks))
        stop = next((at for at in after if _ends_answer(blocks[at], level, follow_ups)), len(blocks))
    return stop


def _answer_heading(block: Block, level: int) -> bool:
    """True for a heading of `level` that names an answer, good or bad (`### Good answer`, `### Respuesta BUENA`)."""
    said = plain_inline(block.content) if block.type == "heading" and block.level == level else ""
    return _ANY_ANSWER.match(said) is not None


def _ends_answer(block: Block, level: int, follow_ups: bool) -> bool:
    """True for a heading that ends an answer heading's section: one of its level or above, or (`follow_ups`) a
    deeper one that asks."""
    if block.type != "heading":
        return False
    return block.level <= level or follow_ups and asks(clean_question(plain_inline(block.content)))


def _said(block: Block) -> Block | None:
    """The paragraph a block says: itself, or a quote's first paragraph (`> Why leave your job?`)."""
    if block.type == "blockquote" and block.children:
        block = block.children[0]
    return block if block.type == "paragraph" else None


def variants_after(blocks: Sequence[Block], index: int, inner: int) -> Asked | None:
    """`variants_card` of the heading at `index` whose first sub-heading is at `inner`; deeper headings that ask
    before its answer heading (`#### What if ...?` between `### Question` and `### Answer`) are left out of it."""
    at = inner
    while follow_up(blocks, index, at):
        at = section_end(blocks, at)
    view = [*blocks[:inner], *blocks[at:]]
    return variants_card(view, index, inner, section_end(view, inner))


def follow_up(blocks: Sequence[Block], index: int, at: int) -> bool:
    """True when the block at `at` is a heading deeper than the one at `index` that asks: a follow-up's own card."""
    block = blocks[at] if at < len(blocks) else None
    deeper = block is not None and block.type == "heading" and block.level > blocks[index].level
    return deeper and asks(clean_question(plain_inline(block.content)))  # type: ignore[union-attr] - checked
