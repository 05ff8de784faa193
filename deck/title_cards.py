"""A note that is one card: its title asks, or its text tells a STAR story under its title.

Obsidian users often keep one note per question (`Tell me about a time you failed.md`)
or per story (`Stories/Conflict with the PM.md`), with no heading that asks: the
question is the note's title (front matter `title:`, its `# ` heading, or its file
name) and the answer its text before any other heading (STAR sub-headings, `##
Situation`, are part of it) and before the first card read from that text (follow-ups
right under the story, `- What would you do differently? — ...`). Such a note is a card
when its title asks or that text tells a STAR story. A story's note may list the questions it
answers under a heading of its own (`## Interview Usage`, `## Use for`): they are the card's
phrasings, each without a short label before it (`BQ: Tell me about...`, `LP：...`), and a title that does not
ask names the story. In a folder, a note that does not
opt in (`deck.study`) gives it only for a whole story, a situation, an action and a
result, or for a title only an interviewer asks (`Tell me about yourself`, `Why should
we hire you`): a general note named "How do you pronounce Nguyen", a diary's `**Tasks:**`
over `**Learnings:**` or a how-to's `**Problem:**` over its fix are no interview questions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.blocks import LIST_TYPES, Block, first_paragraph, source_of, without_rules
from deck.foreign_questions import self_introduction
from deck.heading_marks import article_title
from deck.highlights import inline_tags
from deck.labelled_questions import is_format_heading
from deck.labels import heading_label
from deck.models import Story
from deck.patterns import pattern
from deck.questions import asks, interview_prompt, unquoted
from deck.scan import NoteScan
from deck.section_ends import section_end
from deck.stories import MIN_STORY_SECTIONS, WHOLE_STORY, find_stories
from deck.text import FIRST_PERSON, plain_inline
from deck.topics import names_topic
from deck.unwritten import guide_story


def read_title_card(
    scan: NoteScan, blocks: Sequence[Block], title: str, title_heading: Block | None, named: bool = False
) -> None:
    """Add the card a note's title asks, answered by its text before any heading but its title's; `named`: the title
    is the question the note's front matter names (`question: ...`), which asks to be studied, whatever its words."""
    card_lines = [draft.line - 1 for draft in scan.drafts]
    if title_heading is not None and title_heading.start in card_lines:
        return  # the title heading asks: it is a card already
    top = _top(blocks, title_heading, card_lines) or []
    top = top if find_stories(top) else _through_format(blocks, title_heading, card_lines) or top
    topic = not asks(title) and names_topic(title)  # (`# Greatest weakness`, `# 自己PR`: a classic topic)
    if topic and not find_stories(top):
        top = _before_cards(blocks, title_heading, card_lines)  # (its parts under `## How it showed up`...)
        topic = any(_spoken(block) for block in top)  # (said in sentences; a résumé's lists and skills are none)
    answered = [block for block in top if not _tags_only(block)]  # (a rule after the result ends the story: kept)
    answered = list(without_rules(answered)) if any(block.type != "hr" for block in answered) else []
    if not answered or not title.strip():
        return
    if all(_LINK_LINE.fullmatch(block.content.strip()) for block in answered) and any(
        restates_title(draft.question, title) for draft in scan.drafts
    ):
        return  # `[Source](...)` over `### What's the hardest part...`: the heading's card is the title's
    stories = [story for story in find_stories(answered) if _own_story(story) and not guide_story(story)]
    if not (stories or named or (asks(title) and not article_title(title)) or self_introduction(title) or topic):
        return  # (`Preséntate.md`, `자기 소개.md`, `Greatest weakness.md`: asked all the same)
    answer = source_of(scan.lines, answered)
    if answer.strip():
        line = (title_heading or answered[0]).start + 1
        phrasings = usage_questions(blocks) if stories else []
        context = scan.outline.context_at(line - 1)
        draft = scan.add_answered(line, title, title, answer, answered, context=context, phrasings=phrasings)
        draft.tags = inline_tags(*(block.content for block in top if _tags_only(block)))
        asked = interview_prompt(title) or self_introduction(title)  # (`自我介绍.md`: a title only an interviewer asks)
        draft.studied = named or asked or any(story.sections.keys() >= WHOLE_STORY for story in stories)
        if phrasings and not asks(title):  # `Conflict with the PM.md` over its usage: the title names its story
            draft.stories = [replace(story, title=title) if story.title is None else story for story in draft.stories]


_LINK_LINE = pattern(
    r"(?:(?:source|from|via|link|ref(?:erence)?)s?[ \t]*:[ \t]*)?(?:\[[^\]]*\]\([^)]*\)|<?https?://\S+>?)",
    re.IGNORECASE,
)
"""A line that is only a link, or a source's label and its link: `[Source](https://...)`, `Source: https://...`."""
_WORD = pattern(r"\w+")


def restates_title(text: str, title: str) -> bool:
    """True for a heading saying again a title that asks, without its `?` or with one word mistyped (`### What's the
    most importatnt part of the job` under `title: "What's the most important part of the job?"`)."""
    said, asked = _WORD.findall(text.lower()), _WORD.findall(title.lower())
    if said != asked and (len(said) != len(asked) or len(said) < _FEWEST_RESTATED):
        return False
    return sum(a != b for a, b in zip(said, asked, strict=True)) <= 1 and bool(said) and asks(title)


_FEWEST_RESTATED = 5
"""The fewest words of a title restated with one of them mistyped."""


def _own_story(story: Story) -> bool:
    """True for a story told in the note's own text: untitled (a titled one is a list item's,
    `- Tell me about...` over its sections) and of enough sections with text (a template's
    empty `**Situation:**` lines tell nothing)."""
    told = [text for text in story.sections.values() if text.strip()]
    return (story.title is None or is_format_heading(story.title)) and len(told) >= MIN_STORY_SECTIONS


def leading_tags(blocks: Sequence[Block], title_heading: Block | None) -> list[str]:
    """The tags of the lines of `#tags` alone that open a note (before or right after its `# ` title, rules
    aside): Obsidian's tags of the whole note, which tag every card in it (`#interview` over the note)."""
    tags: list[str] = []
    for block in blocks:
        if block is title_heading or block.type == "hr":
            continue
        if not _tags_only(block):
            break
        tags += inline_tags(block.content)
    return tags


def _tags_only(block: Block) -> bool:
    """True for a paragraph of `#tags` alone (`#interview`, `*Tags: #frugality #cost*`): the note's tags, no answer."""
    words = block.content.strip("*_ ").split() if block.type == "paragraph" else []
    words = words[1:] if words and words[0].lower() == "tags:" else words
    return bool(words) and all(word.startswith("#") and len(word) > 1 for word in words)


def _top(blocks: Sequence[Block], title_heading: Block | None, card_lines: list[int]) -> list[Block]:
    """The blocks before the first heading that is neither the note's `# ` title nor a STAR
    label (`## Situation`), and before the first block holding a card's line."""
    top: list[Block] = []
    for block in blocks:
        if block is title_heading:
            continue
        text = plain_inline(block.content) if block.type == "heading" else ""
        if block.type == "heading" and heading_label(text) is None and not is_format_heading(text):
            break
        if inside := _lines_in(block, card_lines):
            before = [item for item in block.children if item.start < min(inside)]
            if block.type in LIST_TYPES and before:  # a story's items, then follow-ups in the same list
                top.append(Block(block.type, block.start, before[-1].end, children=before))
            break
        top.append(block)
    return top


def _before_cards(blocks: Sequence[Block], title_heading: Block | None, card_lines: list[int]) -> list[Block]:
    """The note's blocks before the first holding a card's line or a heading that asks: the answer of a title naming a
    topic, with its parts under headings of their own (`# Greatest weakness` over `## How it showed up`)."""
    top: list[Block] = []
    for block in blocks:
        if block is title_heading:
            continue
        if _lines_in(block, card_lines) or block.type == "heading" and asks(plain_inline(block.content)):
            break
        top.append(block)
    while top and top[-1].type in ("heading", "hr"):
        top.pop()  # (`### Sample question:` over the next card's question: no part of this answer)
    return top


def _spoken(block: Block) -> bool:
    """True for a paragraph said as an answer: long enough and, in English, in the first person (`I over-commit. I now
    cap...`; not a résumé's `Go, Kotlin, PostgreSQL, Kafka.`, nor a wiki page's `Conflict-free replicated data...`)."""
    if block.type != "paragraph":
        return False
    text = block.content
    if text.isascii() and FIRST_PERSON.search(text) is None:
        return False  # (Chinese and Japanese leave the I out as often as not)
    return len(text.split()) >= _FEWEST_SPOKEN or not text.isascii() and len(text) >= 2 * _FEWEST_SPOKEN


_FEWEST_SPOKEN = 8
"""The fewest words of a paragraph said as an answer (twice as many characters in a script written without spaces)."""


def _through_format(blocks: Sequence[Block], title_heading: Block | None, card_lines: list[int]) -> list[Block]:
    """The note's text through the section of its first heading naming the answer's form (`## STAR Format` after `##
    Details`, or `## Spoken version`) and of those after it at its level naming one too (`## 8-Minute Version`), when
    no heading before it asks or dates a journal's entry and no card is read there; else nothing."""
    own = [block for block in blocks if block is not title_heading]
    at = next((at for at, block in enumerate(own) if _names_form(block)), None)
    if at is None or any(_lines_in(block, card_lines) for block in own[:at]):
        return []
    before = [plain_inline(block.content) for block in own[:at] if block.type == "heading"]
    if any(asks(heading) or _JOURNAL.search(heading) is not None for heading in before):
        return []  # (`## Monday`, `## What went well` over a journal's day: no part of a story)
    end = section_end(own, at)
    while end < len(own) and own[end].level == own[at].level and _names_form(own[end]):
        end = section_end(own, end)  # (`## 2-Minute Version` then `## 8-Minute Version`: both versions answer)
    return own[:end]


_JOURNAL = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bweek\s+\d|\d{4}-\d{2}-\d{2}|\b\d{1,2}/\d{1,2}\b"
    r"|what\s+went\s+(?:well|wrong|badly)|what\s+didn['\u2019]?t|\bstand-?up\b|\b(?:today|yesterday|tomorrow|blockers?)\b"
    r"|^(?:log|done|to-?do|next\s+steps?)$",
    re.IGNORECASE,
)
"""A journal's or a retro's heading: a day, a date, a week, `What went well`, `Standup`, `Blockers`, `Log`."""


def _names_form(block: Block) -> bool:
    """True for a heading naming the answer's form (`## STAR Format`)."""
    if block.type != "heading" or not _may_name_form(block.content):
        return False  # (most headings: no word of a form, read no further)
    return is_format_heading(plain_inline(block.content))


def _may_name_form(text: str) -> bool:
    """False when `text` holds no word of a form (`_FORM_WORD`), looked for as text in ASCII (cheaper than the
    pattern; in ASCII, lower case is what its ignoring of case matches)."""
    if not text.isascii():
        return _FORM_WORD.search(text) is not None
    lowered = text.lower()
    return "format" in lowered or "answer" in lowered or "response" in lowered or "version" in lowered or (
        "story" in lowered or "outline" in lowered
    )


_FORM_WORD = pattern(r"format|answer|response|version|story|outline", re.IGNORECASE)


def _lines_in(block: Block, lines: list[int]) -> list[int]:
    """The `lines` that fall in `block`."""
    return [line for line in lines if block.start <= line < max(block.end, block.start + 1)]


_USAGE = re.compile(
    r"^(?:interview\s+)?(?:usage|uses?\s+(?:for|in\s+interviews)|usable\s+for(?:\s+questions(?:\s+about)?)?"
    r"|questions?\s+(?:it|this(?:\s+story)?)\s+answers|answers\s+(?:these\s+)?questions|fits\s+(?:these\s+)?questions)"
    r"\s*:?$",
    re.IGNORECASE,
)
"""A heading over the questions a story answers: `Interview Usage`, `Use for`, `Usable for questions about`."""


def usage_questions(blocks: Sequence[Block]) -> list[str]:
    """The questions a story's note says it answers: the list under a heading such as `Interview Usage`, `Use for`
    or `Questions it answers`, the items that ask, each without a short label before it (`BQ: Tell me...`)."""
    for position, block in enumerate(blocks[:-1]):
        if block.type != "heading" or _USAGE.match(plain_inline(block.content).strip()) is None:
            continue
        listed = blocks[position + 1]
        if listed.type not in LIST_TYPES:
            return []
        items = [_unlabelled(plain_inline(first_paragraph(item) or "")) for item in listed.children]
        nested = [_nested_questions(item) for item, text in zip(listed.children, items, strict=True) if not asks(text)]
        return [item for item in items if asks(item)] + [question for questions in nested for question in questions]
    return []


def usage_list(blocks: Sequence[Block], index: int) -> bool:
    """True for a list right under a heading over the questions a story answers (`## Interview Usage`): they are the
    story's other wordings, and its other items notes on its use (`- **JD keywords:**`), no cards."""
    heading = blocks[index - 1] if index else None
    if heading is None or heading.type != "heading":
        return False
    return _USAGE.match(plain_inline(heading.content).strip()) is not None


def _nested_questions(item: Block) -> list[str]:
    """The questions listed under an item labelling them (`- **BQs this answers:**` over `- "Tell me about..."`)."""
    label = plain_inline(first_paragraph(item) or "").strip()
    if not label.endswith((":", "\uff1a")) or _QUESTIONS_LABEL.search(label) is None:
        return []
    points = [point for block in item.children[1:] if block.type in LIST_TYPES for point in block.children]
    asked = [unquoted(plain_inline(first_paragraph(point) or "")) for point in points]
    return [question for question in asked if asks(question)]


_QUESTIONS_LABEL = pattern(r"\bBQs?\b|question|prompt|\u95ee\u9898|\u8cea\u554f|\uc9c8\ubb38", re.IGNORECASE)
"""A label over the questions a story answers: `BQs this answers`, `适用 BQ`, `Questions`, `问题`, `質問`, `질문`."""


def _unlabelled(text: str) -> str:
    """An item's question without the short label before it (`BQ: Tell me...`, `适用 BQ：...`) when it asks after it."""
    label, colon, rest = text.replace("\uff1a", ":").partition(":")
    return rest.strip() if colon and len(label.split()) <= 3 and asks(rest.strip()) else text
