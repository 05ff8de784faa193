"""Q/A pairs: a question and its answer each opened by a label, as study notes often write them.

    Q: Why do you want to leave your current role?
    A: I want to own a product end to end.

The labels are `Q:` and `A:` (capitals) or `Question:` and `Answer:`, plain or bold (`**Q:**`, `**Q**:`), with a spaced
dash (`Question - ...`), a Dataview field's double colon (`Q::`) or, after `Q`, `A` and their numbers, a full stop (`Q1.
Why us?`). A question may run over several lines until its `A:` line; the answer runs from there to the next `Q:` line,
and, after the last pair of a paragraph, on through the blocks that follow (a STAR list, more paragraphs) up to the next
heading, rule, `Q:` paragraph, callout card, question table, inline card, line all in bold (a heading in all but name; a
bold label ending in a colon, `**Pitfalls to Avoid:**`, is part of the answer, and so is a bold line right under
`**Answer:**` alone), a line asking over its own list or, once the answer has begun, a list of questions answered in
their own items (not one a colon announces); questions closing the run (not announced so) are the next ones to prepare.
An `A:` may also open the paragraph after its question; a line under the question giving it in other words (`Also asked
as: Why this company?`) is another phrasing of it. A labelled question is a card that asks to be studied, whatever its
words. A blockquote that opens with a `Q:` label (`> **Q:** ...` over `> **A:** ...`) holds pairs read as if unquoted. A
paragraph whose first line is a question in bold or italics alone (`**Tell me about a time you failed.**`, `*Why us?*`)
is read the same way, as exported documents write them: the rest answers it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from deck.answer_labels import other_wording, without_answer_label
from deck.answer_openings import unquoted_answer
from deck.blocks import LIST_TYPES, Block, source_of
from deck.bold_prompts import (
    EMPHASIS_LINE,
    announces_answer,
    asked_as_one,
    bold_answer,
    bold_prompt_item,
    bold_within,
    checklist_end,
    cue_over_story,
    emphasised_question,
    emphasised_run,
    prompts_run,
)
from deck.callouts import callout_card
from deck.citations import without_citation
from deck.labels import line_label, quiz_options
from deck.list_after import answer_after
from deck.list_cards import asks_item
from deck.pair_labels import (
    ANSWER_LABEL,
    QUESTION_LABEL,
    answer_below,
    answer_opening,
    answers_under,
    br_lines,
    closed_label,
    label_rest,
    names_problems,
    numbered_unanswered,
    opens_quoted_pairs,
    question_below,
    translation_line,
)
from deck.question_lines import asks_over_list
from deck.questions import asks, ends_asking, interview_prompt
from deck.quick_lines import quick_run
from deck.reveal_folds import closes_fold_before
from deck.scan import NoteScan
from deck.section_ends import section_end
from deck.speakers import filler, names_interviewer, spoken
from deck.tables import is_question_table
from deck.text import QUOTE_MARK, plain_inline

_ENDS = ("heading", "hr")
"""Blocks where an answer that runs on after its paragraph stops."""
_ASIDES = re.compile(r"(?:\s*[(\uff08][^()\uff08\uff09\n]*[)\uff09]\s*)+")
"""Remarks in brackets alone (`（这里我答得不好，太啰嗦）`), written over a reply."""


@dataclass(frozen=True)
class _Pair:
    """A pair in a paragraph: its question, 0-based line, the answer's Markdown there, and whether an `A:` was found."""

    question: str
    line: int
    answer: str
    answered: bool


def opens_pair(block: Block) -> bool:
    """True when `block` is a paragraph whose first line is a `Q:` label or an emphasised question,
    or a blockquote of pairs (`opens_quoted_pairs`)."""
    if block.type == "blockquote":
        return opens_quoted_pairs(block)
    if block.type != "paragraph":
        return False
    first = block.content.partition("\n")[0]
    if (asked := QUESTION_LABEL.match(first)) is not None and not numbered_unanswered(block.content):
        return not (names_interviewer(asked) or names_problems(asked, block.content))  # (`问题：` alone: its own)
    return emphasised_question(first) is not None  # (`**Q1: Why?**` over its answer's list asks in bold)


def pairs_within(block: Block) -> Block | None:
    """The part of a paragraph from its first `Q:` line on, when a line after its first opens with
    `Q:` and an `A:` line follows it, or it is the last (a title or intro typed right over the
    pairs: `Common questions` over `Q: Why a dock?`); else None."""
    if (bold := bold_within(block)) is not None:
        return bold  # (`Good morning..., right?` over `__1. Tell me about yourself__`)
    if "\n" not in block.content or ":" not in block.content:
        return None
    lines = block.content.split("\n")
    for number, line in enumerate(lines[1:], 1):
        if (label := QUESTION_LABEL.match(line)) is not None:
            answered = any(ANSWER_LABEL.match(later) for later in lines[number:])
            if not answered and (number < len(lines) - 1 or not asks(plain_inline(label_rest(label)))):
                return None  # (a `Q:` line last that asks may be answered by the next paragraph)
            return Block("paragraph", block.start + number, block.end, content="\n".join(lines[number:]))
    return None


def read_quoted_pairs(scan: NoteScan, block: Block, inline_fronts: set[int]) -> None:
    """Add the cards of the pairs in the blockquote `block` (`opens_quoted_pairs`), read as if
    unquoted: its lines lose one `>` marker, so that an answer's lists and paragraphs read as written."""
    for number in range(block.start, min(block.end, len(scan.lines))):
        scan.lines[number] = QUOTE_MARK.sub("", scan.lines[number], count=1)
    children = block.children
    index = 0
    while index < len(children):
        opens = children[index].type == "paragraph" and opens_pair(children[index])
        index = read_pairs(scan, children, index, inline_fronts) if opens else index + 1


def answered_pair(blocks: Sequence[Block], index: int) -> bool:
    """True when `blocks[index]` opens with a `Q:` label whose `A:` follows, in the paragraph
    or opening the next one: a pair, even where `Question:` could also name a topic's question."""
    block = blocks[index]
    if block.type != "paragraph" or QUESTION_LABEL.match(block.content.partition("\n")[0]) is None:
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return _pairs(block)[0].answered or (following is not None and answer_opening(following) is not None)


def read_pairs(scan: NoteScan, blocks: Sequence[Block], index: int, inline_fronts: set[int]) -> int:
    """Add the cards of the `Q:` paragraph `blocks[index]`; the index of the next block to read.

    A run of questions in bold, each alone with nothing between them (`**A time you failed.**` over `**A time you
    led.**`), is a checklist of stories to prepare: no warning for each, and an instruction after the last
    (`Answer each one with STAR.`) answers none of them; an answer after the last is its own, or both's for two
    that ask alike (the first warned otherwise)."""
    if (joined := question_below(blocks, index)) is not None:  # `**Question:**` over the question, then its answer
        return read_pairs(scan, [*blocks[:index], joined, *blocks[index + 2 :]], index, inline_fronts) + 1
    lines = blocks[index].content.strip().split("\n")
    if len(lines) > 1 and emphasised_run(lines):  # the same, with no blank lines
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        ends = checklist_end(following)
        if ends or not emphasised_question(lines[-1].strip()):  # (a checklist, its last maybe without its `?`)
            return index + 1 + (ends and following is not None and following.type != "heading")
        start = blocks[index].start  # read as the run of one-line paragraphs it is
        split = [Block("paragraph", start + at, start + at + 1, content=line) for at, line in enumerate(lines)]
        return read_pairs(scan, [*blocks[:index], *split, *blocks[index + 1 :]], index, inline_fronts) - len(split) + 1
    if (run := prompts_run(blocks, index)) > 1:
        last = index + run - 1
        following = blocks[last + 1] if last + 1 < len(blocks) else None
        if checklist_end(following):
            return last + 1 + (following is not None and following.type != "heading")
        other = emphasised_question(blocks[index].content.strip()) if run == 2 else None  # two ways to ask one?
        first, index = blocks[index].start, last
    pairs = _pairs(blocks[index])
    if run == 2 and other is not None and (one := asked_as_one(other, pairs[0].question)) is not None:
        pairs[0] = _Pair(one, first, pairs[0].answer, pairs[0].answered)
    elif run == 2:
        scan.warn(first + 1, "question has no answer")  # (another question, left to prepare)
    end = index + 1
    last = pairs[-1]
    if not last.answered and (below := answer_below(blocks, end)) is not None:
        last = _Pair(last.question, last.line, below[0], True)  # (an aside over the answer's label kept with it)
        end += below[1]
    elif not last.answered and end < len(blocks) and announces_answer(blocks[end]):
        stop = section_end(blocks, end)  # `### Answer` right under it: its section answers it (`#### Situation`...)
        stop = next((at for at in range(end + 1, stop) if opens_pair(blocks[at])), stop)  # (up to the next question)
        for pair in pairs:
            _add(scan, pair, list(blocks[end + 1 : stop]) if pair is last else [])
        return stop
    follow = end + (not last.answered and end < len(blocks) and cue_over_story(blocks, end))  # (which story to tell)
    follow += last.answered and not last.answer and follow < len(blocks) and bold_answer(blocks, follow)  # (`**A:**`)
    goes_on = partial(_continues, inline_fronts=inline_fronts)
    while follow < len(blocks) and goes_on(blocks[follow]) and not quick_run(blocks, follow, goes_on):
        if (last.answer or follow > end) and (_asks_own_questions(blocks, follow) or _asks_next(blocks, follow)):
            break  # (questions answered in their own items, or a line asking over the list that answers it)
        if blocks[follow].type == "html_block" and closes_fold_before(blocks, index, follow):
            break  # (`</details>` of a fold opened before the pairs: what follows it is the note's)
        follow += 1
    while follow > end and (last.answer or follow - 1 > end) and _asks_anew(blocks[follow - 1], blocks[follow - 2]):
        follow -= 1  # (the answer's run closed by the next questions to prepare: theirs, not this answer's)
    for pair in pairs[:-1]:
        _add(scan, pair, [])
    _add(scan, last, list(blocks[end:follow]))
    return follow


def _pairs(block: Block) -> list[_Pair]:
    """The pairs written in one paragraph that opens with `Q:` or an emphasised question."""
    first, _, rest = block.content.partition("\n")
    if QUESTION_LABEL.match(first) is None:
        return [_Pair(emphasised_question(first) or first, block.start, rest.strip(), bool(rest.strip()))]
    pairs: list[_Pair] = []
    question: list[str] = []
    wordings: list[str] = []
    answer: list[str] | None = None
    line = block.start
    closed = False

    def close() -> None:
        if question:
            text = "\n".join(answer or []).strip()
            pairs.append(_Pair(" / ".join([" ".join(question), *wordings]), line, text, answer is not None))

    lines = [line for at, whole in enumerate(block.content.split("\n")) for line in br_lines(at, whole)]
    for number, (offset, text) in enumerate(lines):
        if (asked := QUESTION_LABEL.match(without_citation(text))) is not None:  # (`Q: Why us? — source: Blind`)
            if answer is None and question and spoken(asked) and filler(plain_inline(asked.group("rest"))):
                continue  # `Interviewer: Take your time.` after the question: no new one
            close()
            asked_text, after = closed_label(asked)  # `**Q: Why us?**` ends where its bold does
            question, wordings, line, closed = [asked_text.strip()], [], block.start + offset, after is not None
            closed = closed or spoken(asked) and ends_asking(asked_text)  # (`面试官：...？` over the reply's line)
            said = ANSWER_LABEL.match(after) if after else None  # `**Q: Why?** **A:** Because.`
            answer = [label_rest(said) if said is not None else after] if after else None
        elif answer is None and (said := ANSWER_LABEL.match(text)) is not None:
            quiz = quiz_options([option for _, option in lines[number : number + 2]])  # `A. 80` over `B. 443`
            answer = [text if quiz else label_rest(said)]
        elif answer is None and question and (wording := other_wording(text, labelled=True)) is not None:
            wordings.append(wording)  # `Also asked as: Why this company?` under the question: it, in other words
        elif answer is None and question and translation_line(text, question, loose=True):
            continue  # (its question again, in the note's other language)
        elif answer is None and line_label(text) is not None:  # a STAR story told under the question, no `A:`
            answer = [text]
        elif answer is None and (closed or answers_under(question, text)):
            answer = [text]  # (under a question closed by its bold, or by its `?` over what it says)
        elif answer is not None and _ASIDES.fullmatch("".join(answer)) and (said := ANSWER_LABEL.match(text)):
            answer.append(label_rest(said))  # `（这里我答得不好）` over `我：...`: the reply's label left out
        elif answer is None:
            question.append(text.strip())
        else:
            answer.append(text)
    close()
    return pairs


def _continues(block: Block, inline_fronts: set[int]) -> bool:
    """True when `block` goes on with the answer before it."""
    if block.type in _ENDS or opens_pair(block) or callout_card(block) is not None or is_question_table(block):
        return False
    if bold_prompt_item(block):
        return False  # `- **How you work with teammates**` over its answer: the next prompt
    first = block.content.partition("\n")[0]
    if block.type == "paragraph" and QUESTION_LABEL.match(first) is not None:
        return False  # another label that asks nothing (`**Q2:** Salary expectations`): not this answer's
    emphasis = EMPHASIS_LINE.match(first) if block.type == "paragraph" else None  # the next question or topic,
    if emphasis and (not emphasis["inner"].rstrip().endswith((":", "\uff1a")) or emphasised_question(first)):
        return False  # unless a label of the answer's own part (`**Pitfalls to Avoid:**`)
    return inline_fronts.isdisjoint(range(block.start, max(block.end, block.start + 1)))


def _asks_next(blocks: Sequence[Block], at: int) -> bool:
    """True for a line asking over the list that answers it (`question_lines`), not announced by the block above."""
    return not _announces(blocks[at - 1]) and asks_over_list(blocks, at)


def _announces(block: Block) -> bool:
    """True for a block ending with a colon: what follows is its own (`I ask two questions first:`)."""
    return block.content.rstrip().endswith((":", "\uff1a"))


def _asks_anew(block: Block, before: Block) -> bool:
    """True for a paragraph that asks anew, last in an answer's run: an interviewer's prompt alone, or lines that each
    end asking, not announced by the answer (`I ask two questions first:`)."""
    if block.type != "paragraph" or _announces(before):
        return False
    first, _, more = block.content.strip().partition("\n")
    return interview_prompt(first) if not more else all(ends_asking(line) for line in (first, *more.split("\n")))


def _asks_own_questions(blocks: Sequence[Block], index: int) -> bool:
    """True for a list of questions answered in their own items (cards), unless announced and not each answered so."""
    block, announced = blocks[index], _announces(blocks[index - 1])
    listed = block.type in LIST_TYPES and (not announced or asks_item(block, [], True, len(block.children), False))
    return listed and asks_item(block, answer_after(blocks, index), earnest=True)


def _add(scan: NoteScan, pair: _Pair, after: list[Block]) -> None:
    """Add the draft of one pair, answered by its text and the blocks `after` it."""
    if not pair.answer and not after:  # (`**Answer:**` with nothing under it that is the answer's)
        scan.warn(pair.line + 1, "question has no answer")
        return
    told = [Block("paragraph", pair.line, pair.line + 1, content=pair.answer)] if pair.answer else []
    if after and not pair.answer:
        after = list(without_answer_label(scan, unquoted_answer(scan, after)))  # `**Q1: Why?**` over `- **Ans:** ...`
    answer = "\n\n".join(filter(None, (pair.answer, source_of(scan.lines, after) if after else "")))
    scan.add_answered(pair.line + 1, plain_inline(pair.question), pair.question, answer, [*told, *after])
