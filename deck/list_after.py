"""The blocks after a list that answer its last question: a quote right after it, the paragraphs after a lone question,
or the list of the other kind right after one (`deck.list_cards` reads the list's items)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import CODE_TYPES, LIST_TYPES, Block, first_paragraph
from deck.bold_prompts import EMPHASIS_LINE
from deck.callouts import callout_card
from deck.details_cards import asking_summary
from deck.glued_answers import asked_paragraph
from deck.labels import line_label
from deck.list_questions import item_answer_blocks, item_question
from deck.nested_items import REPLY_OPENING
from deck.pair_labels import opens_quoted_pairs
from deck.patterns import pattern
from deck.questions import asks, ends_asking
from deck.stories import MIN_STORY_SECTIONS, find_stories
from deck.text import FIRST_PERSON, plain_inline
from deck.to_prepare import lists_questions
from deck.topics import names_topic

_ANSWER_AFTER = ("paragraph", "blockquote", "html_block", *CODE_TYPES)
"""The blocks that may answer a lone question item from right after its list."""
_BOTH_LISTS = {"bullet_list", "ordered_list"}
"""A list right after a list of the other kind."""
_MOST_UNWRITTEN = 2
"""The most questions left unanswered in a run of numbered questions answered by paragraphs (more: a bank of them)."""


def answer_after(blocks: Sequence[Block], index: int, lines: Sequence[str] = ()) -> list[Block]:
    """The blocks after the list `blocks[index]` that answer its last item.

    A blockquote right after any list (unless the last item asks nothing and another item has no answer: a list of
    points over a quote to say); or, when the last item asks with nothing nested and every other item has its
    answer (or, in a run of numbered questions each answered by the paragraphs after it, asks with none written yet:
    `3. A time you disagreed?` over nothing, then `4. Your proudest project?`), every paragraph, quote or code block up
    to the next list, heading or rule; or the list of the other kind right after lone questions, the last's
    (`1. Why us?`, a blank line, then `- ...` lines; `- What does new do?` over `1. ...`
    steps: to the writer, its answer), with the code, prose and bullets after it up to the
    next heading, rule or question. After questions answered by their nested points, only a list indented (too little to
    nest under `10.`) answers the last: one at the margin is the note's next block (`lines`: the note's, to see that).
    """
    after = blocks[index + 1 : index + 2]
    if after and _announced(blocks[index], after[0], lines):
        return [after[0]]  # `2) **What...?**` over `Here is an example:` over its fence, or points too little in
    if after and {after[0].type, blocks[index].type} == _BOTH_LISTS:
        *others, last = blocks[index].children  # (those before the last left empty, `3.` over `4.`, or answered)
        if not _asks_alone(last) or not all(_asks_alone(item) or item_answer_blocks(item, []) for item in others):
            return []
        if not _indented(lines, after[0]) and not all(map(_asks_alone, others)):
            return []  # (`- Bring a notebook` at the margin after answered questions: no answer of the last)
        if len(blocks[index].children) > 1 and _tasks(after[0]):
            return []  # (`- [ ] practise each out loud` under the questions: a to-do list, no answer)
        asked = plain_inline(first_paragraph(blocks[index].children[-1]) or "")
        if after[0].type == "ordered_list" and not ends_asking(asked):
            return []  # numbered steps answer a bullet that asks with `?`, not a to-do (`- Describe the change`)
        return [after[0], *_answer_run(blocks, index + 2)]
    if not after or after[0].type not in _ANSWER_AFTER:
        return []
    if after[0].type == "blockquote":
        if callout_card(after[0]) is not None or opens_quoted_pairs(after[0]):
            return []
        *others, last = blocks[index].children
        asked = _asks_alone(last) or names_topic(plain_inline(first_paragraph(last) or ""))  # (`- Reason for leaving`)
        if others and not asked and not all(item_answer_blocks(item, []) for item in others):
            return []  # (`- Comfortable with ambiguity` ... over a quote to say: the quote is the list's, no answer)
        story = blocks[index + 2] if index + 2 < len(blocks) else None  # `> Own it.` over the story's list
        if story is not None and _story_list(story, blocks[index].type):
            return [*after, story]
        code = index + 2
        while code < len(blocks) and blocks[code].type in CODE_TYPES:
            code += 1  # (`> Sell yourself.` over the sample answer in a fence: the tip's and the answer's)
        return list(blocks[index + 1 : code])
    *others, last = blocks[index].children
    if not _asks_alone(last):
        return []
    answered = all(item_answer_blocks(item, []) or (found := item_question(item)) and found.glued for item in others)
    if not answered and not _may_skip(blocks, index, others):
        return []
    end = index + 1
    while end < len(blocks) and (blocks[end].type in _ANSWER_AFTER or _section_list(blocks, end, index)):
        if asked_paragraph(blocks[end]) or asking_summary(blocks[end]) is not None:
            break  # (a paragraph asking, or a fold asking in its summary: a card of its own)
        if _bold_title(blocks[end]) and _lists_questions(blocks[end + 1 : end + 2]):
            break  # `**MID**` over its questions: the next group's title, a heading in all but name
        end = _fold_end(blocks, end) or end + 1  # (a `<details>` fold holding a list: to its `</details>`)
    if not answered and not _skipped(blocks, index, end):
        return []  # (a log's questions one a line, then a remark: `Overall it went well.` answers none)
    return list(blocks[index + 1 : end])


def _fold_end(blocks: Sequence[Block], at: int) -> int | None:
    """Past the block closing the `<details>` fold that `blocks[at]` opens and leaves open (its content, a list among
    it, written between blank lines), or None."""
    opened = blocks[at].type == "html_block" and blocks[at].content.lstrip()[:8].lower() == "<details"
    if not opened or "</details>" in blocks[at].content.lower():
        return None
    closing = (end for end in range(at + 1, len(blocks)) if blocks[end].type == "html_block")
    end = next((end for end in closing if "</details>" in blocks[end].content.lower()), None)
    return None if end is None or any(block.type == "heading" for block in blocks[at:end]) else end + 1


def _announced(block: Block, after: Block, lines: Sequence[str]) -> bool:
    """True when the last item of the list `block` asks with its answer's lines under it ending in a colon (`Here is
    an example:`) and `after` is what that colon announces: code, a quote, a list of another kind, or of its own
    indented (too little to nest)."""
    if after.type not in (*CODE_TYPES, "blockquote", *LIST_TYPES) or not _told_on(block.children[-1]):
        return False
    return after.type != block.type or _indented(lines, after)


def _indented(lines: Sequence[str], block: Block) -> bool:
    """True for a block whose first line is indented: a list meant to nest under the item over it (`   - :hover` under
    `10. ...`, too little to nest in CommonMark)."""
    return block.start < len(lines) and lines[block.start][:1] in (" ", "\t")


def _told_on(item: Block) -> bool:
    """True for an item asking with its answer on the lines under its question, which end leading into more (`:`)."""
    found = item_question(item) if len(item.children) == 1 else None
    told = plain_inline(item.children[0].content).rstrip() if found is not None and found.glued else ""
    return told.endswith((":", "\uff1a"))


def _tasks(block: Block) -> bool:
    """True for a to-do list about the questions over it (`- [ ] practise each out loud`, `- [ ] record my answers`):
    task items, one of them about practising; a checklist of other things (`- [ ] a backup finished`) answers."""
    lines = [(first_paragraph(item) or "").lstrip() for item in block.children]
    boxed = all(line.startswith(("[ ]", "[x]", "[X]")) for line in lines)
    return boxed and any(_PRACTICE.match(line[3:].lstrip()) or _ABOUT_THEM.search(line) for line in lines)


_PRACTICE = pattern(
    r"(?:practi[cs]e|rehearse|drill|memori[sz]e|mock|time\s+myself|ask\s+\w+\s+to\s+(?:play|interview|mock|quiz)"
    r"|record\s+(?:myself|my\s+answers?|them|each|a\s+mock)|say\s+(?:them|it|each|the\s+answers?)"
    r"|prepare\s+(?:answers?|stories|them|each)|review\s+(?:them|these|each|all|my\s+answers|the\s+answers)"
    r"|write\s+(?:up|down|out)\s+(?:answers?|stories|them|each)|ensayar|practicar|\u00fcben)\b"
    r"|\u7ec3\u4e60|\u7ec3|\u80cc\u8bf5|\u80cc|\u5f55\u97f3|\u6a21\u62df\u9762\u8bd5|\u7df4\u7fd2|\u9332\u97f3|\uc5f0\uc2b5|\ub179\uc74c",
    re.IGNORECASE,
)
"""How a to-do about the questions over it opens: practise, rehearse, time myself, record myself, say them, review my
answers, ask a friend to play...; `练`, `背`, `录音`, `模拟面试`, `ensayar`, `üben`, `연습` (not `record the
migration id`, `准备回滚脚本`: a checklist's own steps)."""
_ABOUT_THEM = pattern(
    r"\b(?:out\s+loud|aloud|each\s+(?:answer|question|one)|these\s+(?:answers|questions)|all\s+of\s+them|en\s+voz\s+alta"
    r"|cada\s+respuesta)\b|\u6bcf\u9053\u9898|\u6bcf\u4e2a\u95ee\u9898",
    re.IGNORECASE,
)
"""Words of a to-do about the questions anywhere in it: out loud, each answer, these questions, `每道题`."""


def _section_list(blocks: Sequence[Block], at: int, index: int) -> bool:
    """True for a list of the answer after the list `blocks[index]`: under a story's label alone on its line, in that
    answer (`**Action**:` over its steps), its items no questions."""
    label = blocks[at - 1] if at > index + 1 and blocks[at].type in LIST_TYPES else None
    if label is None or label.type != "paragraph" or "\n" in label.content.strip():
        return False
    labelled = line_label(label.content.strip())
    return labelled is not None and not labelled[1] and not lists_questions(blocks[at])


def _may_skip(blocks: Sequence[Block], index: int, others: Sequence[Block]) -> bool:
    """True when the questions before a list's last are one or two asked with nothing written yet, in a run of
    questions (numbered or bullets) each answered by the paragraphs after it (`_goes_on_numbered`)."""
    return len(others) <= _MOST_UNWRITTEN and all(map(_asks_alone, others)) and _goes_on_numbered(blocks, index)


def _skipped(blocks: Sequence[Block], index: int, end: int) -> bool:
    """True when the questions before the last of the list `blocks[index]` were skipped, the paragraphs up to `end`
    the last one's answer: blank lines after each, or (numbered) the run going on after the answer; never a remark
    about them (`(skipped these two)`). Bullets one a line, then a paragraph, are a group of questions and a remark."""
    others = blocks[index].children[:-1]
    numbered = blocks[index].type == "ordered_list"
    left = all(map(_left_empty, others)) or numbered and _run_goes_on(blocks, end)
    told = len(others) == 1 and _told_in_person(blocks[index + 1 : end])  # `- Why us?` `- Why this role?`, `Because...`
    return (left or told) and not _remark(blocks[index + 1 : index + 2])


def _told_in_person(after: Sequence[Block]) -> bool:
    """True for paragraphs that answer as their writer: opening with a reply's word (`Because`, `Yes`) or saying "I",
    and about no interview (`The interviewer pushed back.`)."""
    said = " ".join(block.content for block in after if block.type == "paragraph")
    if not said or _INTERVIEW_WORDS.search(said) is not None:
        return False
    return REPLY_OPENING.match(said) is not None or FIRST_PERSON.search(said) is not None

_INTERVIEW_WORDS = re.compile(
    r"\b(?:interviewers?|rounds?|loops?|these|this\s+(?:last\s+)?group|questions|stories|went|asked|need|prepare|later"
    r"|(?:both|either|neither)\s+of\s+them|no\s+idea|freeze|froze|blank(?:ed)?)\b",
    re.IGNORECASE,
)
"""Words of a remark about the questions over it (`Overall it went well.`, `I still need stories for this group.`)."""


def _remark(after: Sequence[Block]) -> bool:
    """True for a writer's remark about the questions over it, no answer: in brackets, or about "these" (`(skipped
    these two)`, `Still need to think about these two.`)."""
    said = after[0].content.strip() if after and after[0].type == "paragraph" else ""
    return said[:1] == "(" and said[-1:] == ")" or _THESE.search(said) is not None


_THESE = re.compile(r"\bthese\b", re.IGNORECASE)
"""Words of a remark about the questions over it."""


def _run_goes_on(blocks: Sequence[Block], end: int) -> bool:
    """True when a question of the list's kind follows the paragraphs after a list: the run of answered questions goes
    on."""
    return end < len(blocks) and blocks[end].type in LIST_TYPES and _asks_alone(blocks[end].children[0])


def _left_empty(item: Block) -> bool:
    """True for a question item alone with blank lines after it, left for its answer (`3. A time you disagreed?` over
    blank lines, then `4. ...`); questions one a line (`2. Why Stripe?` right over `3. ...`) are a gap only where
    the run goes on after the answer (`_run_goes_on`)."""
    return _asks_alone(item) and item.end > item.children[0].end


def _goes_on_numbered(blocks: Sequence[Block], index: int) -> bool:
    """True when the list `blocks[index]` goes on from one of its kind whose lone question the paragraphs before it
    answer (`1. Why us?` over its paragraph, then `2. ...`; bullets too)."""
    before = index - 1
    while before >= 0 and blocks[before].type in _ANSWER_AFTER and not asked_paragraph(blocks[before]):
        before -= 1
    if before == index - 1 or before < 0 or blocks[index].type not in LIST_TYPES:
        return False
    return blocks[before].type == blocks[index].type and _asks_alone(blocks[before].children[-1])


def _lists_questions(blocks: Sequence[Block]) -> bool:
    """True when `blocks` is one list whose items mostly ask."""
    return len(blocks) == 1 and blocks[0].type in LIST_TYPES and lists_questions(blocks[0])


def _bold_title(block: Block) -> bool:
    """True for a paragraph of one line all in bold that is no label (`**MID**`, not `**Pitfalls:**`)."""
    bold = block.type == "paragraph" and block.content[:2] in ("**", "__") and line_label(block.content) is None
    found = EMPHASIS_LINE.match(block.content) if bold else None
    return found is not None and not found["inner"].rstrip().endswith((":", "\uff1a"))


def _story_list(block: Block, kind: str) -> bool:
    """True for a list of another `kind` than the questions' that tells a story (`- S/T: ...` over `- A: ...`)."""
    stories = find_stories([block]) if block.type in LIST_TYPES and block.type != kind else []
    return any(len(story.sections) >= MIN_STORY_SECTIONS for story in stories)


def _answer_run(blocks: Sequence[Block], start: int) -> list[Block]:
    """The paragraphs, quotes, code blocks and bullet lists from `blocks[start]` that go on an answer: up to a
    heading, a rule, a numbered list, or a paragraph or bullet that asks."""
    end = start
    while end < len(blocks) and (blocks[end].type in _ANSWER_AFTER or blocks[end].type == "bullet_list"):
        if asked_paragraph(blocks[end]) or (blocks[end].type == "bullet_list" and _asks_alone(blocks[end].children[0])):
            break
        end += 1
    return list(blocks[start:end])


def _asks_alone(item: Block) -> bool:
    """True for an item that asks, with nothing nested in it nor written after its question; a task to explain set in
    bold asks too (`1. **Explain the box model in CSS.**` over its points, not nested under it; a plan's `1. **Design a
    rate limiter.**` or a guide's `**Define the problem.**` over theirs is a step)."""
    question = item_question(item) if len(item.children) == 1 else None
    if question is None or question.glued:
        return False
    text = plain_inline(question.source)
    bold = EMPHASIS_LINE.fullmatch(question.source.strip()) is not None
    return asks(text) or bold and _STUDY_TASK.match(text) is not None


_STUDY_TASK = pattern(r"(?i)(?:explain|differentiate|distinguish|contrast)\s+(?:the|a|an|how|why|what|when|between)\b")
"""A task only a question sets: to explain or tell apart (`Explain the box model`), not a plan's or a guide's step."""

