"""The card a heading gives (`deck.headings` finds which blocks answer it), and the follow-ups asked in its answer.

An answer opened by its label (`**Answer:** Base62 IDs.`, or a request under a topic over one) may go on to a follow-up
asked and answered the same way: a paragraph that asks (`Follow-up: How do you handle hot keys?`, `**What about
persistence?**`, `Explain eviction.`) right over a paragraph opened by an answer's label in words. Each such pair is a
card of its own, asked under the heading (its breadcrumb, or, under a topic, the topic before it: `Redis: Explain
eviction.`); the heading's answer ends before the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from deck.answer_labels import (
    other_wordings,
    prompt_over_label,
    with_prompt,
    without_answer_label,
    without_translation,
)
from deck.answer_openings import without_separator
from deck.asked_paragraphs import BOLD_LABEL
from deck.blocks import Block, sources_of, without_rules
from deck.card_tags import marked_heading
from deck.choice_questions import option_shown
from deck.heading_marks import answer_labelled, heading_asks
from deck.highlights import split_tags
from deck.labelled_questions import Asked, example_question
from deck.patterns import pattern
from deck.qa_pairs import opens_pair
from deck.questions import asks, ends_asking
from deck.quiz_questions import choices, opens_answer, question_heading, with_choices
from deck.scan import NoteScan
from deck.stock_headings import closes_article
from deck.stories import WHOLE_STORY
from deck.tasks import REQUEST, numbered_task, prompts_alone, sets_task, studies_task
from deck.text import FIRST_PERSON, plain_inline

_FOLLOW_UP_LABEL = pattern(
    r"^[ \t]*(?P<mark>\*\*|__)?[ \t]*(?:follow[- ]?up(?:[ \t]+(?:question|q))?|\u8ffd\u95ee)[ \t]*\d{0,2}[ \t]*"
    r"(?:[:\uff1a][ \t]*(?(mark)(?P=mark))|(?(mark)(?P=mark)[ \t]*[:\uff1a]|(?!)))[ \t]*",
    re.IGNORECASE,
)
"""A follow-up's label before what it asks: `Follow-up:`, `**Follow up question:**`, `**追问**：`."""


@dataclass(frozen=True)
class FollowUp:
    """A follow-up asked in a heading's answer: what it asks (plain), its paragraph, and the blocks answering it (its
    answer's label still opening them)."""

    question: str
    asked: Block
    told: Sequence[Block]


def add_heading_card(scan: NoteScan, heading: Block, asked: Asked, context: list[str]) -> None:
    """Add the card a heading gives: `asked`, answered by the blocks it names; then the follow-ups asked in it."""
    wordings, told = other_wordings(without_separator(scan, without_rules(asked.answer)))  # `OR: ...?` under it
    told = without_translation(told, asked.question)  # (`(왜 우리 회사인가요?)` under `## Why us?`)
    options = choices(told[0]) if len(told) > 1 else []
    options = options if options and opens_answer(told[1], more=len(told) > 2) else []
    told = told[1:] if options else told  # (`A) DFS` over `B) A*` over `**Answer:** B`: asked with the question)
    labelled, (prompt, told) = answer_labelled(told), prompt_over_label(told) if not asked.phrasings else ("", told)
    unlabelled = without_answer_label(scan, told)  # (`Explain...` over its label; labelled: asked to be studied)
    told, later = follow_ups(unlabelled) if prompt or unlabelled is not told else (unlabelled, [])
    if not told:  # `**Example Question**: "..."` with its story not written yet
        scan.warn(asked.line, "question has no answer")
        return
    asked_so = with_choices(with_prompt(asked.question, prompt), options)
    answer, question = sources_of(scan.lines, told), " / ".join([asked_so, *wordings])
    answer = option_shown(answer, options or asked.options)  # (`**Answer:** B` shows `B) Queue`)
    draft = scan.add_answered(asked.line, question, heading.content, answer, told, context, asked.phrasings)
    raw = split_tags(plain_inline(heading.content))[1]
    studied = heading_asks(asked.question, study=True) or marked_heading(heading) or sets_task(raw)
    studied = studied or labelled and (prompts_alone(asked.question) or studies_task(prompt))  # (`Explain ...`)
    closes = closes_article(asked.question) and not any(opens_answer(block, True) for block in told)
    studied = studied and not closes  # (a post's `## What's next?` over its outro; not over `**Answer:** 42`)
    if not (studied or numbered_task(raw)):  # a story heading (`## Attempt 3`) is studied only for a whole story
        draft.studied = any(story.sections.keys() >= WHOLE_STORY for story in draft.stories)
    draft.studied = draft.studied if asked.studied is None else asked.studied
    for found in later:
        asked_again = with_prompt(asked.question, found.question) if prompt else found.question
        within = context if prompt else [*context, asked.question]
        _add_follow_up(scan, found, asked_again, within, draft.studied)


def _add_follow_up(scan: NoteScan, found: FollowUp, question: str, context: list[str], studied: bool) -> None:
    """Add the card of a follow-up asked in a heading's answer, studied as the heading's card is."""
    told = without_answer_label(scan, found.told)
    if not told:
        scan.warn(found.asked.start + 1, "question has no answer")
        return
    answer = sources_of(scan.lines, told)
    draft = scan.add_answered(found.asked.start + 1, question, found.asked.content, answer, told, context)
    draft.studied = studied


def follow_ups(told: Sequence[Block]) -> tuple[Sequence[Block], list[FollowUp]]:
    """A heading's answer, opened by its label, up to its first follow-up, and each follow-up after it (see the
    module's note)."""
    starts = [at for at in range(1, len(told) - 1) if _asks_over_label(told, at)]
    if not starts:
        return told, []
    ends = [_labelled_from(told, at) for at in [*starts[1:], len(told)]]
    later = [FollowUp(_asked(told[at]), told[at], told[at + 1 : end]) for at, end in zip(starts, ends, strict=True)]
    return told[: _labelled_from(told, starts[0])], later


def _labelled_from(told: Sequence[Block], at: int) -> int:
    """Where the follow-up asked at `told[at]` starts: at its label alone over it (`**Follow-up:**`), if any."""
    over = told[at - 1] if 0 < at < len(told) and told[at - 1].type == "paragraph" else None
    return at - 1 if over is not None and BOLD_LABEL.fullmatch(over.content.strip()) else at


def _asks_over_label(told: Sequence[Block], at: int) -> bool:
    """True when `told[at]` asks a follow-up right over a paragraph opened by an answer's label in words (its text on
    the label's line or the next, or the label alone over more)."""
    block = told[at]
    return block.type == "paragraph" and opens_answer(told[at + 1], more=at + 2 < len(told)) and bool(_asked(block))


def _asked(block: Block) -> str:
    """What a paragraph of one line asks as a follow-up, without its label (`Follow-up: ...`, a question in bold);
    `""` when it asks nothing or is the writer's own (`Why did I pick it? ...` is their reasoning)."""
    source = block.content.strip()
    if "\n" in source:
        return ""
    label = _FOLLOW_UP_LABEL.match(source)
    said = plain_inline(source[label.end() :] if label is not None else source).strip()
    if not said or FIRST_PERSON.search(said):
        return ""
    asking = ends_asking(said) or asks(said) or REQUEST.match(said) is not None
    return said if asking else ""


def example_end(section: Sequence[Block]) -> int:
    """Where the answer of a section's labelled question (`**Question:** ...`) ends: at the next paragraph asking anew
    with a label (a story bank's `**Question:**` after a `---`), or a sub-heading numbering or labelling a question of
    its own over its answer's label (`### 4`, `### Question 2`; not a story's `### Situation`), else its end."""
    for position in range(1, len(section)):
        block = section[position]
        if block.type == "paragraph" and (example_question([block]) is not None or opens_pair(block)):
            return position
        if block.type == "heading" and _numbers_answered(section, position):
            return position
    return len(section)


def _numbers_answered(section: Sequence[Block], at: int) -> bool:
    """True for a sub-heading that is a question's number or label alone (`### 4`, `### Question 3`) with an answer's
    label in its own section (`**Answer:** A`): the next question, a card of its own (a year's `### 2016`, a step's
    `### 1` or a question left unanswered is the answer's)."""
    text = plain_inline(section[at].content).strip()
    if not (text.rstrip(".)").isdigit() or question_heading(section[at])):
        return False
    end = next((later for later in range(at + 1, len(section)) if section[later].type == "heading"), len(section))
    return any(opens_answer(block, True) for block in section[at + 1 : end])
