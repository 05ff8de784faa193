"""Headings that are cards (the context headings give is `deck.outline`'s).

A heading is a card when it asks: its text ends with `?` or starts with an interview
prompt ("Tell me about", "Describe", "Give me an example", "Walk me through", "Talk
about", "A time when", "Imagine", ...). A heading that does not ask is a card too when
what is written directly under it (before any sub-heading that is not a STAR label)
tells at least two STAR sections and holds no question item: the heading then names
the story; so is one that names a classic interview question by its topic (`### Greatest
weakness`, `deck.topics`) over an answer with no question of its own. The note's title
heading is a card only when it asks.

A heading card's answer is everything under it up to the next heading of the same or a higher level,
sub-headings included. Question items there are part of that answer, not cards of their own; inline
cards there still are (see `deck.inline_cards`). Other headings only give context to the cards under them.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.answer_labels import (
    answer_label_alone,
)
from deck.answer_tails import answer_tail
from deck.backlogs import backlog
from deck.blocks import CODE_TYPES, LIST_TYPES, Block
from deck.card_tags import marked_end, marked_heading
from deck.framework_headings import aliased_label, explains_framework, titles_own_story
from deck.heading_cards import add_heading_card, example_end
from deck.heading_marks import (
    answer_labelled,
    heading_asks,
    heading_question,
    numbered_question,
    quoted_task,
    says_answer,
)
from deck.highlights import split_tags
from deck.labelled_questions import (
    Asked,
    answered_below,
    example_question,
    follow_up,
    is_format_heading,
    is_variants_heading,
    variants_after,
)
from deck.labels import heading_label
from deck.list_cards import asks_item
from deck.other_cards import asks_on_its_own, follow_up_label, is_card_of_its_own, opens_other_cards, starts_other_cards
from deck.own_parts import introduces_next, own_part
from deck.pair_labels import answer_heading, labels_question
from deck.qa_pairs import answered_pair, opens_pair
from deck.question_paragraphs import STUDY_TITLE
from deck.questions import asks
from deck.quiz_questions import question_heading, question_under_label, task_under_label, titled_question
from deck.scan import NoteScan, Outline
from deck.section_ends import answer_versions, answers_end, label_headings_end, section_end, topic_lines_end
from deck.stories import MIN_STORY_SECTIONS, WHOLE_STORY, find_stories
from deck.story_prompts import fenced_prompt, fenced_stories, fit_over_stories, listed_variants
from deck.story_titles import entry_of_stories
from deck.tasks import numbered_task, sets_task, sets_task_alone
from deck.text import FIRST_PERSON, SAID_TO_YOU, plain_inline
from deck.title_cards import restates_title
from deck.to_prepare import asks_only, lists_questions
from deck.topics import asked_first, coded_prompt, for_them, groups_questions, names_topic
from deck.unwritten import guide_story, marks_only
from deck.warnings import warn_story_begun


def read_heading(
    scan: NoteScan, blocks: Sequence[Block], index: int, title_heading: Block | None,
    inline_fronts: set[int] | None = None,
) -> int:
    """Read the heading at `blocks[index]`; return the index of the next block to read.

    A heading card covers its whole section, so reading goes on after it. A section of inline cards alone
    (`inline_fronts`: their lines) is their topic: `## TCP vs UDP` over the plugin's cards asks nothing itself.
    """
    heading = blocks[index]
    raw = split_tags(plain_inline(heading.content))[1]
    text = heading_question(raw)
    tagged = marked_heading(heading)  # `## Retry settings #card`: a card, up to the next one marked so
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    listed = following is not None and following.type in LIST_TYPES  # (`## Ask HR?` over what to ask)
    asks_them = listed and for_them([text]) and not (SAID_TO_YOU.search(text) or FIRST_PERSON.search(text))
    ends = section_end(blocks, index)
    asking = heading_asks(text, heading is title_heading, over=blocks[index + 1:ends]) and not asks_them
    asking = tagged or asking or sets_task(raw) or numbered_task(raw) or sets_task_alone(text) or quoted_task(raw, text)
    asking = asking or numbered_question(raw, following)
    if not asking and heading is not title_heading and restates_title(text, scan.outline.title):
        text, asking = scan.outline.title, True  # `### What's the hardest part` under that title: its question
    end = marked_end(blocks, index, ends) if tagged else ends
    if heading is not title_heading and heading_label(text) is None:
        parent = scan.outline.parent_context(heading.start)[-1:] if asking else []
        versions = asking and not (parent and heading_asks(parent[0]))  # (`## Detailed version`; not a follow-up's)
        end = topic_lines_end(blocks, index, label_headings_end(blocks, end, heading.level, versions))
    section = blocks[index + 1 : end]
    said = bool(section) and section[0].type == "heading" and answer_heading(plain_inline(section[0].content))
    asking = asking or said or answer_labelled(section, question_heading(heading))  # (`## Answer`, `**Answer**:`)
    if inline_fronts and _cards_only(section, inline_fronts):
        return index + 1
    inner = next((position for position in range(index + 1, end) if blocks[position].type == "heading"), end)
    if is_variants_heading(text) and (asked := variants_after(blocks, index, inner)):
        scan.guard(asked.line, add_heading_card, scan, heading, asked, scan.outline.parent_context(heading.start))
        if follow_up(blocks, index, inner):
            return inner  # (a follow-up: read next)
        return max(section_end(blocks, inner), index + 1 + _read_to(blocks[index + 1 :], asked))
    quiz = question_heading(heading) and any(
        STUDY_TITLE.search(part) for part in scan.outline.context_at(heading.start)
    )  # (a heading labelling a question, under a title of questions to study)
    asked = question_under_label(heading, section) or titled_question(heading, section, quiz)  # `### Question 1` over
    asked = asked or task_under_label(heading, section)  # (`## Task 2: ...` over the task and `**ANSWER:**`)
    if asked is not None:
        scan.guard(asked.line, add_heading_card, scan, heading, asked, scan.outline.parent_context(heading.start))
        return index + 1 + _read_to(section, asked)
    if (asked := example_question(section)) is not None and not answered_pair(section, 0):
        stop = example_end(section)
        asked = example_question(section[:stop]) or asked
        context = scan.outline.context_at(heading.start)
        scan.guard(asked.line, add_heading_card, scan, heading, asked, context)
        return index + 1 + stop if stop < len(section) else end
    if not asking and (asked := fenced_prompt(section)) is not None:  # `Prompt: ...` opening a fence over its story
        read = 0
        while asked is not None:  # (one card for each such fence)
            scan.guard(asked.line, add_heading_card, scan, heading, asked, scan.outline.context_at(heading.start))
            read += _read_to(section[read:], asked)
            asked = fenced_prompt(section[read:])
        return index + 1 + read
    is_label = heading_label(text) is not None and not (aliased_label(text) and titles_own_story(section))  # (Impact)
    if heading is not title_heading and is_format_heading(text) and not asking:
        return index + 1  # `## STAR Format`: its story is the note's answer (`deck.title_cards`)
    told = not is_label and heading is not title_heading and not asking and not explains_framework(text) and (
        _tells_story(section, text) or entry_of_stories(text, section)  # (`## Mentoring` over `### Story 1`)
    )
    fit = fit_over_stories(section) if not (asking or is_label or heading is title_heading) else None
    variants = listed_variants(section, is_variants_heading(text)) if told and fit is None else None
    if (asked := fit or variants) is not None:  # a story bank's entry, `Questions:` over the story (or its stories)
        context = [*scan.outline.parent_context(heading.start), text]
        scan.guard(asked.line, add_heading_card, scan, heading, asked, context)
        stop = next((position for position, block in enumerate(section) if block.type == "heading"), len(section))
        return index + 1 + _read_to(section, asked) if fit else index + 1 + stop
    if asking and not is_label:
        lines = scan.lines
        theirs = for_them(scan.outline.parent_context(heading.start))  # (under `# Questions to ask them`: no warning)
        if asks_only(text, section, theirs):
            if not theirs:  # (`### Why this company?` over its follow-ups alone, or its translation: no answer yet)
                scan.warn(heading.start + 1, "question has no answer")
            return index + 1 + len(section)
        if all(block.type in ("heading", "hr") or marks_only(lines[block.start : block.end]) for block in section):
            if below := answered_below(blocks, index, end, text):  # `### Question: ...` over `### Answer`
                context = scan.outline.parent_context(heading.start)
                scan.guard(below.line, add_heading_card, scan, heading, below, context)
                return end + 1 + len(below.answer)
            if not theirs and not says_answer(text):  # (`## Notice period? 2 months`: said)
                scan.warn(heading.start + 1, "question has no answer")
            return index + 1
        if _question_bank(section):  # `## Tell me about a time when...` over its themes' questions
            return index + 1
        if _opens_with_pair(section) or groups_questions(text, section):  # `## Batch vs streaming` over `**Q: ...`
            return index + 1
    elif is_label or heading is title_heading or not (told or _topic_answered(text, section, scan.outline)):
        if not is_label and heading is not title_heading:
            warn_story_begun(scan, [*scan.outline.parent_context(heading.start), text], section)
        return index + 1
    section = section[: answers_end(section)] if said else section  # (`## References` after `## Answer`: no part)
    whole, section = section, section[: _answered_part(section, "question" not in text.lower(), text if asking else "")]
    section = section[:-1] if 1 < len(section) < len(whole) and follow_up_label(whole, len(section)) else section
    versions = answer_versions(whole, len(section)) if asking else []  # `### Short version` after a follow-up's
    tail = answer_tail(scan, whole, len(section), inline_fronts) if asking and not versions else []  # (after a callout)
    if asking and not versions and not tail and len(section) == len(whole):
        after = index + 1 + len(whole) < len(blocks) and blocks[index + 1 + len(whole)].type == "heading"
        section = section[: len(section) - introduces_next(section, after)]  # (`Here are five more questions:`)
    asked = Asked(text, heading.start + 1, [*(section[1:] if said else section), *versions, *tail])
    context = scan.outline.parent_context(heading.start)
    opening = None if asking else asked_first(section, strict=not told) or coded_prompt(text, section, scan.outline)
    if opening is not None:  # `## Conflict` over `What do you do when...?`
        told_there = section if opening[1] else section[1:]  # (`> — asked at Stripe` stays with the answer)
        asked, context = Asked(opening[0], section[0].start + 1, told_there), [*context, text]
    scan.guard(heading.start + 1, add_heading_card, scan, heading, asked, context)
    return index + 1 + len(section)


def _cards_only(section: Sequence[Block], inline_fronts: set[int]) -> bool:
    """True when every block of a section but its headings and rules holds an inline card's front."""
    told = [block for block in section if block.type not in ("heading", "hr")]
    return bool(told) and all(not inline_fronts.isdisjoint(range(block.start, block.end)) for block in told)


def _answered_part(section: Sequence[Block], lists: bool = True, asked: str = "") -> int:
    """How many blocks of an asking heading's section answer it.

    All of them, unless the heading is answered first and then a list of questions that are answered themselves (`1.
    Describe a decision...` with its own answer nested) or a `Q:` pair, a callout that asks or a question table
    follows: those are cards of their own, as in a note that lists more questions after a heading's story. A callout
    that only tells a story (its title names it) is one more story of the answer. So is a sub-heading that asks after
    the answer (`### What would you do differently?`). Under a sub-heading that does not ask (`### Result`, a story's
    title), lists and callouts are the answer's; only a `Q:` pair or a question table starts other cards. A list of
    questions right under the heading is its answer's outline, as is one under an answer label alone (`**Answer:**`).
    """
    answered = below_heading = False
    for position, block in enumerate(section):
        if block.type == "heading":
            if answered and asks_on_its_own(block):
                return position
            below_heading = True
            continue
        ends = answered and starts_other_cards(section, position, below_heading, asked)
        if ends or answered and backlog(section, position, lists):
            return position  # (a backlog of questions after the answer, one a line: to prepare, none of its own)
        if answered and labels_question(section, position):
            return position  # `Q2. Unforeseen obstacle` over its notes: the next question's, not yet answered
        answered = answered or block.type != "hr" and not answer_label_alone(block)  # `**Answer:**` over its list
    return len(section)


def _question_bank(section: Sequence[Block]) -> bool:
    """True when a heading's section opens with a sub-heading and its lists are all questions with no answers
    (themes, each over the questions to prepare; a note on how to prepare may follow): it answers nothing."""
    if not section or section[0].type != "heading":
        return False
    following = (section[at + 1].type for at, block in enumerate(section[:-1]) if block.type == "heading")
    if any(kind not in (*LIST_TYPES, "heading") for kind in following):
        return False  # a theme is a heading over its list of questions (`### Situation` over its text is none)
    lists = [block for block in section if block.type in LIST_TYPES]
    others = [block for block in section if block.type not in (*LIST_TYPES, "heading", "hr")]
    banked = bool(lists) and all(lists_questions(block) and not asks_item(block, []) for block in lists)
    return banked and all(block.type == "paragraph" and not asks(plain_inline(block.content)) for block in others)


def _topic_answered(text: str, section: Sequence[Block], outline: Outline) -> bool:
    """True when a heading names an interview question by its topic (`### Greatest weakness`, `deck.topics`) and its
    section answers it: something is written there, and no sub-heading asks or names a topic of its own, no block is a
    card of its own, no list lists questions, and it opens with no `### Question` (`## Why Google` over one)."""
    if coded_prompt(text, section, outline) is not None:
        return True  # `#### HR-01` over `**"A time you disagreed with your manager."**` and its answer
    if not names_topic(text) or all(block.type in ("heading", "hr") for block in section) or _opens_with_pair(section):
        return False
    for position, block in enumerate(section):
        if block.type == "heading" and (asks_on_its_own(block) or names_topic(plain_inline(block.content))):
            return False
        if block.type in LIST_TYPES and lists_questions(block):
            return False
        if block.type != "heading" and is_card_of_its_own(section, position):
            return False
    return True


def _read_to(section: Sequence[Block], asked: Asked) -> int:
    """Where reading goes on in a section whose card's answer is `asked`: after the last of its blocks."""
    last = asked.answer[-1].start if asked.answer else asked.line - 1
    return next((at for at, block in enumerate(section) if block.start > last), len(section))


def _tells_story(section: Sequence[Block], heading: str) -> bool:
    """True when a heading's own part tells a story: two sections of one, or a whole story before questions answered in
    their own items (a list of them first, a bank's legend over them, tells none).

    Its own part ends where a `Q:` pair, a callout that asks, a question table or a list of questions answered in
    their items starts: a story heading may be followed by other cards (`### Story: Outage` over its STAR list, then
    `**Question:**` and `**Answer:**`, or its follow-ups answered under `**Probes:**`).
    """
    own = own_part(section[: next((at for at, block in enumerate(section) if opens_other_cards(block)), None)])
    cards = next((at for at in range(len(own)) if is_card_of_its_own(own, at)), len(own))  # (`**Probes:**` ...)
    fenced = fenced_stories([block for block in own[:cards] if block.type in CODE_TYPES], heading)  # (a whole one)
    told_in = find_stories([block for block in own[:cards] if block.type not in CODE_TYPES]) + fenced
    told = {name for story in told_in if not guide_story(story) for name, text in story.sections.items() if text}
    if cards < len(own):  # a whole story before its follow-ups (a legend of labels over a bank tells none)
        return told >= WHOLE_STORY
    return len(told) >= MIN_STORY_SECTIONS  # (`- Situation` over `- Task` with nothing after them: a reminder)


def _opens_with_pair(section: Sequence[Block]) -> bool:
    """True when a section's first block (a rule aside) opens a `Q:` pair or is a `### Question` heading, or, under
    sub-headings that ask nothing (`### Check Q&A`), opens a pair: no ask."""
    first = next((block for block in section if block.type != "hr"), None)
    if first is None or opens_pair(first) or question_heading(first):
        return first is not None
    if first.type == "heading" and not asks_on_its_own(first):
        first = next((block for block in section if block.type not in ("hr", "heading")), None)
        return first is not None and opens_pair(first)
    return False
