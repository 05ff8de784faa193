"""Blocks inside a heading's section that give cards of their own, and sub-headings that ask on their own: where a
heading's answer ends (`deck.headings`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.bold_prompts import emphasised_question
from deck.callouts import callout_card, story_callout
from deck.details_cards import asking_summary
from deck.glued_answers import asked_paragraph
from deck.labels import heading_label
from deck.list_after import answer_after
from deck.list_cards import asks_item
from deck.patterns import pattern
from deck.qa_pairs import opens_pair
from deck.questions import asks
from deck.tables import is_question_table
from deck.text import SAID_TO_YOU, plain_inline
from deck.to_prepare import lists_questions


def starts_other_cards(section: Sequence[Block], position: int, below_heading: bool, asked: str = "") -> bool:
    """True when `section[position]` starts cards of their own after a heading's answer (`deck.headings`): under a
    sub-heading, a `Q:` pair or a question table; else a list of questions answered (two of them, one answered under
    it, or any under a label of follow-ups), a `Q:` pair, a callout that asks (not one that only tells a story), a
    question table. A question in bold that says the heading's question (`asked`) again is none (a blog's `**What is
    the biggest project you have worked on?**` under `## Tell me about the biggest project...`), nor one about the
    question (`**What is the interviewer looking for?**` after the answer)."""
    block = section[position]
    to_you = block.type == "paragraph" and _asks_you(block, below_heading)  # (`请问你...？` over its answer)
    if to_you and _asked_to_the_end(section, position, below_heading):
        return True  # (and more so to the end: the interviewer's questions)
    if below_heading:
        return opens_pair(section[position]) or is_question_table(section[position])
    bold = emphasised_question(block.content.strip()) if block.type == "paragraph" else None
    if bold is not None and (asked and said_again(asked, plain_inline(bold)) or _ABOUT_ASKING.search(bold)):
        return False  # (the heading's question again, or `**What is the interviewer looking for?**`: the answer's)
    if block.type in LIST_TYPES and len(block.children) > 1 and not follow_up_label(section, position):
        after = answer_after(section, position)  # (one answered on its line among the answer's points is one of them)
        return asks_item(block, after, True, least=2) or asks_item(block, after, True, glued=False)
    return not story_callout(section[position]) and is_card_of_its_own(section, position)


_ABOUT_ASKING = pattern(
    r"(?i)\b(?:what|why|how)\b[^?\n]{0,30}\b(?:interviewers?|they|the\s+panel|hiring\s+managers?|recruiters?)\b"
    r"[^?\n]{0,20}\b(?:looking\s+for|ask(?:s|ing)?|want(?:s|ing)?|assess(?:es|ing)?|test(?:s|ing)?|evaluat\w*)\b"
)
"""A question about the question (`What is the interviewer looking for?`, `Why do they ask this?`): a note on it."""


def _asked_to_the_end(section: Sequence[Block], position: int, below_heading: bool) -> bool:
    """True when what follows `section[position]` up to the end or a sub-heading that asks on its own is questions
    asking you or other cards (not more of a story that quoted a question)."""
    stop = next((at for at in range(position, len(section)) if _heading_asking(section[at])), None)
    return all(_asks_you(each, below_heading) or opens_other_cards(each) for each in section[position + 1 : stop])


def _heading_asking(block: Block) -> bool:
    """True for a sub-heading asking a question of its own: the follow-ups before it end there."""
    return block.type == "heading" and asks_on_its_own(block)


def _asks_you(block: Block, below_heading: bool) -> bool:
    """True for a paragraph asking you over its answer's lines (`What was the hardest problem in your project?` over
    `Order numbers collided...`), or `请问...？` under a sub-heading too; a rule between such is none (a sub-heading
    that asks nothing, `### My notes`, goes on with the answer)."""
    if block.type == "hr":
        return True
    first = block.content.lstrip().partition("\n")[0] if block.type == "paragraph" else ""
    said = "you" in first.lower() or not first.isascii()  # (else the pattern finds nothing: most paragraphs)
    put = said and SAID_TO_YOU.search(first) and (not below_heading or first.startswith("\u8bf7\u95ee"))
    return bool(put) and asked_paragraph(block) and _answered_in_turn(block.content.strip().split("\n")[1:])


def _answered_in_turn(rest: list[str]) -> bool:
    """True for the lines under a question that answer it: the first asks nothing, nor do most, and the last announces
    nothing (not `How soon can you start?` and more to prepare, nor `you might get questions such as:`)."""
    asking = [line.rstrip().endswith(("?", "\uff1f")) for line in rest]
    return not asking[0] and 2 * sum(asking) < len(rest) and not rest[-1].rstrip().endswith((":", "\uff1a"))


def follow_up_label(section: Sequence[Block], position: int) -> bool:
    """True for a list of questions under a label of follow-ups (`**Follow-ups:**`): cards, one answered or not."""
    before = section[position - 1] if position else None
    label = before.content.strip(" \t\n*_") if before is not None and before.type == "paragraph" else ""
    if not label.endswith((":", "\uff1a")) or _FOLLOW_UPS.search(label) is None:
        return False
    if section[position].type not in LIST_TYPES:
        return lists_questions(section[position])  # (no items: a `Q:` pair under the label, say)
    firsts = [plain_inline((first_paragraph(item) or "").partition("\n")[0]) for item in section[position].children]
    return lists_questions(section[position]) or 2 * sum(map(asks, firsts)) >= len(firsts)  # (each over its answer)


_FOLLOW_UPS = re.compile(r"follow|questions|\u8ffd\u95ee|\u8ffd\u554f", re.IGNORECASE)
"""Words of a label over follow-up questions (`**Follow-ups:**`, `**Questions they asked:**`, `**面试官追问**：`)."""


def asks_on_its_own(heading: Block) -> bool:
    """True when a sub-heading asks a question of its own (a STAR label heading does not, nor a question word alone,
    `### What?` over `### Why?` and `### How?`: the parts of its answer)."""
    text = plain_inline(heading.content)
    return asks(text) and heading_label(text) is None and _QUESTION_WORD.fullmatch(text) is None


_QUESTION_WORD = re.compile(r"(?:so\s+)?(?:what|why|how|who|when|where|which)(?:\s+not)?\s*[?\uff1f]", re.IGNORECASE)
"""A question word alone (`What?`, `So what?`, `Why not?`)."""


def is_card_of_its_own(blocks: Sequence[Block], position: int) -> bool:
    """True when `blocks[position]` gives cards of its own inside a heading's section: a
    list of question items that ask or tell stories, a `Q:` pair, a callout that asks, a
    question table."""
    block = blocks[position]
    if block.type in LIST_TYPES:
        return asks_item(block, answer_after(blocks, position), earnest=True)
    return opens_other_cards(block)


def opens_other_cards(block: Block) -> bool:
    """True for a `Q:` pair, a callout that asks, a question table or a `<details>` whose
    summary asks: cards whatever comes before."""
    return (
        opens_pair(block) or callout_card(block) is not None or is_question_table(block)
        or asking_summary(block) is not None
    )


def said_again(asked: str, other: str) -> bool:
    """True when `other` asks `asked` again in other words: most of the words of the shorter that say what it asks
    about (for text in CJK, nearly all pairs of its characters) are the other's."""
    mine, theirs = _words(asked), _words(other)
    shared = len(mine & theirs)
    part = _SHARED_PART if asked.isascii() else _SHARED_CJK
    return shared >= _LEAST_SHARED and shared >= part * min(len(mine), len(theirs))


_LEAST_SHARED = 2
_SHARED_PART = 0.6
_SHARED_CJK = 0.8
_WORD = re.compile(r"[^\W\d_]{4,}")


def _words(text: str) -> set[str]:
    """The words of four letters or more of `text` that say what it asks about, lowercase; in CJK text, the pairs of
    its characters."""
    if text.isascii():
        return {word.lower() for word in _WORD.findall(text)} - _ASKING
    letters = "".join(character for character in text if character.isalnum())
    return {letters[at : at + 2] for at in range(len(letters) - 1)}


_ASKING = frozenset(
    "tell about time what when where which with your yours have been were would could should that this there them"
    " they their does did describe explain give example share walk talk through".split()
)
"""Words any question may use (`Tell me about a time...`, `What did your...`): no sign that two ask the same."""
