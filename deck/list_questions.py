"""A list item's question: its first paragraph, when it asks, and the answer written with it.

`deck.list_cards` reads question items with it; an item's answer is what is nested under
it, else the blocks after its list (`item_answer_blocks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from deck.answer_labels import asked_with_label
from deck.blocks import LIST_TYPES, Block, as_line_item, first_paragraph, walk
from deck.citations import without_citation
from deck.glued_answers import (
    answer_labelled,
    answered_below,
    broken_pair,
    follow_ups,
    glued_answer,
    glued_on_line,
    goes_on,
    told_sections,
)
from deck.labels import item_label
from deck.pair_labels import answer_heading, names_answer, translation_line
from deck.patterns import pattern
from deck.questions import asks, ends_asking, interview_prompt
from deck.section_items import is_section_item
from deck.stories import MIN_STORY_SECTIONS, WHOLE_STORY, find_stories
from deck.text import plain_inline

_TASK = re.compile(r"\[[ xX/-]\](?:[ \t]|$)")
"""A task item's checkbox (`- [ ] ...`, `- [x] ...`): a to-do, a question only over a STAR story."""
_MARKER = re.compile(r"(?:TODO|DOING|LATER|NOW|WAITING|CANCEL{1,2}ED|DONE)[ \t]+")
"""Logseq's marker of a task (`- TODO polish the resume`, `- LATER Send thank-you notes?`): a to-do, as `- [ ]` is (a
question only over a STAR story); before a question opening with a capital over its answer, or after `DONE`, no part
of the question (`- LATER Why leave?` over why). Before a question in lower case it is a word of the question (`- TODO
app — what was hard?`, `- DONE is better than ...?`)."""


@dataclass(frozen=True)
class ItemQuestion:
    """A question item's question (Markdown) and the answer written with it, if any."""

    source: str
    glued: str = ""
    """Answer text written on the question's own line or the lines right under it."""
    labelled: bool = False
    """Whether that answer opens with an answer's label (`**A:**`, `**Jawaban:**` on the line under the question)."""


def item_question(item: Block) -> ItemQuestion | None:
    """The question of an item and any answer glued to it; None for an item that asks nothing."""
    item = as_line_item(item)
    source = first_paragraph(item)
    if source is None or item_label(source) is not None:
        return None
    if source[:1] in "TDLNWC" and (marker := _MARKER.match(source)) is not None:
        rest = source[marker.end() :]
        asked = ends_asking(plain_inline(rest.partition("\n")[0]))
        if rest[:1].isupper() and (marker[0].startswith("DONE") or asked and len(item.children) > 1):
            source = rest  # `- DONE Why us?`, `- LATER Why leave?` over its answer (`- DONE is better...` a saying)
        elif not asked or rest[:1].isupper():
            return _task_question(item, rest)  # `- TODO polish the resume`, `- LATER Send notes?`: a to-do
    if (task := _TASK.match(source)) is not None:
        return _task_question(item, source[task.end() :])
    first, _, rest = source.partition("\n")
    if first.endswith(("\u2192", "->", "=>")) and (arrow := _ARROW_LAST.search(first)) is not None:
        first = first[: arrow.start()]  # `- Why us? →` over its points: the arrow points at them
        source = "\n".join(filter(None, (first, rest)))
    if rest and first.rstrip(" *_").endswith((":", "\uff1a")) and _labels_answer(plain_inline(first)):
        return None  # `- **Sample answer**:` over its sample, which may be a question to ask them: the answer's
    if (uncited := without_citation(first)) is not first:
        first = uncited  # `Why Acme? — [source: Blind]`: where it was asked, no answer
        source = "\n".join(filter(None, (first, rest)))
    if "<" in first and asked_with_label(first):
        first, rest = broken_pair(first, rest)
    if rest[:1] in "(\uff08" and translation_line(rest.partition("\n")[0], [plain_inline(first)]):
        rest = rest.partition("\n")[2]  # `What are your strengths?` over `(당신의 강점은 무엇인가요?)`
    paired = answer_labelled(first, rest)
    glued = glued_on_line(first) if len(item.children) == 1 and not paired else None
    if glued is None and len(item.children) == 1 and (bold := _BOLD_TOPIC.match(first)) is not None:
        glued = glued_on_line(first[bold.end() :])  # `**Salary**: "What are your expectations?" → ...`
    if glued is not None:
        return ItemQuestion(glued[0], "\n".join(filter(None, (glued[1], rest))))
    if not rest:
        return ItemQuestion(source)
    plain = plain_inline(first)
    if not (ends_asking(plain) or paired or asks(plain)):
        return ItemQuestion(source)
    answer = glued_answer(first, rest)
    if not paired and follow_ups(answer):
        return ItemQuestion(source)  # `- Tell me about your ideal role.` over `What does it have?`: asked on
    if ends_asking(plain) or paired:
        return ItemQuestion(first, answer, bool(paired))  # `- Q: Walk me through your CV` over `A: ...`
    if answered_under(plain, answer):
        return ItemQuestion(first, answer)  # `1. **Tell me about yourself.**` over its answer, in prose
    return ItemQuestion(source)


def _labels_answer(label: str) -> bool:
    """True for a short label saying "answer" (`Sample answer:`, `回答例：`, `My answer:`), no question."""
    label = label.strip()
    return answer_heading(label) or names_answer(label) and len(label.split()) <= _LABEL_WORDS and len(label) <= 16


_LABEL_WORDS = 3
_ARROW_LAST = pattern("(?<=[?\uff1f])[\"\u201d*_]*[ \t]*(?:\u2192|->|=>)$")
"""An arrow after a question ending its line, pointing at the answer under it."""
_BOLD_TOPIC = pattern('(?:\\*\\*|__)[^*_\\n]{1,40}(?:\\*\\*|__)[ \\t]*[:\\uff1a][ \\t]*(?=["\\u201c])')
"""A bold topic and its colon before a quoted question answered on its line (`**Salary**: "...?" → ...`): the
question's topic, no part of what is asked."""


def _task_question(item: Block, source: str) -> ItemQuestion | None:
    """A task item's question (`- [x] Tell me about...?` over a STAR story, or a bold question answered after a dash on
    its line), the checkbox left out; None for a to-do (`- [ ] Book the train`): one that does not ask or tell a
    story."""
    if len(item.children) == 1 and (glued := _studied_on_line(source)) is not None:
        return ItemQuestion(*glued)  # `- [ ] **Why is String immutable?** — It is shared...`: ticked when known
    if not asks(plain_inline(source)):
        return None
    stories = find_stories(item.children[1:])
    return ItemQuestion(source) if any(len(story.sections) >= MIN_STORY_SECTIONS for story in stories) else None


def item_answer_blocks(item: Block, after: list[Block]) -> list[Block]:
    """The blocks answering a question item ([] for an item that is no question)."""
    item = as_line_item(item)
    if first_paragraph(item) is None or is_section_item(item):
        return []
    return item.children[1:] or after


def contents_list(block: Block) -> bool:
    """True for a list of links alone, maybe under topics: a note's contents (`- HR` over `- Questions` over `- [Can
    you travel? How often?](prep.md#travel)`, `- [[Why this company?]]`), whose questions are asked where they lead."""
    leaves = 0
    for item in walk(block.children):
        if item.type != "list_item":
            continue
        said = first_paragraph(item) or ""
        if any(child.type in LIST_TYPES for child in item.children):
            if asks(plain_inline(said)):
                return False  # (`- Tell me about...` over `- [[Its story]]`: a question answered by a link)
        elif _LINK_ALONE.fullmatch(said) is None:
            return False  # (most lists: their first item says something; read no further)
        else:
            leaves += 1
    return leaves >= _FEWEST_CONTENTS


_FEWEST_CONTENTS = 2
"""The fewest links a list of contents holds (one link alone may answer what is asked before it)."""
_LINK_ALONE = pattern(r"[ \t]*(?:\[[^\[\]\n]+\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)|\[\[[^\[\]\n]+\]\])[ \t]*")


def _studied_on_line(first: str) -> tuple[str, str] | None:
    """The question and answer of a checkbox item's line, when the question is in bold and the answer after it is
    said in words (`**Why is String immutable?** — It is shared...`): a card whose box marks it known, no to-do."""
    glued = glued_on_line(first)
    if glued is None or _BOLD_QUESTION.match(glued[0]) is None:
        return None
    return glued if len(plain_inline(glued[1]).split()) >= _FEWEST_STUDIED else None


_BOLD_QUESTION = pattern("(?:\\*\\*|__).+(?:\\*\\*|__)")
"""A question in bold, whole: `**Why is String immutable?**`."""
_FEWEST_STUDIED = 4
"""The fewest words of an answer on a checkbox item's line (`— by Friday` is a to-do's date, no answer)."""


def answered_under(question: str, answer: str) -> bool:
    """True when the lines under a question without `?` answer it: they tell enough of a story (a whole one, or two
    sections under a prompt only an interviewer asks: `- Describe the starter` over `Situation:` and `Result:` lines
    is a recipe's step), or, telling none, answer in prose an interviewer's prompt that ends where a sentence can,
    or any prompt, over a sentence of its own (`answered_below`)."""
    told = told_sections(answer)
    if told:
        return told >= WHOLE_STORY or len(told) >= MIN_STORY_SECTIONS and interview_prompt(question)
    return interview_prompt(question) and not goes_on(question) or answered_below(question, answer)
