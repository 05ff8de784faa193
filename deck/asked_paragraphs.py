"""A paragraph that asks on its first line over the lines answering it, or a question alone over `**Answer:** ...`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import CODE_TYPES, LIST_TYPES, Block, dedented, first_paragraph, source_of
from deck.foreign_questions import said_in_cjk
from deck.glued_answers import asked_paragraph
from deck.heading_marks import answer_labelled
from deck.pair_labels import ANSWER_LABEL, QUESTION_LABEL, answer_opening, label_rest, names_answer
from deck.question_paragraphs import STUDY_TITLE
from deck.questions import OPENING_QUOTES, asks, ends_asking, interview_prompt, label_end
from deck.scan import NoteScan
from deck.text import plain_inline


def read_asked_paragraph(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of a paragraph whose first line asks over the lines answering it (`asked_paragraph`), or of a
    question alone over a paragraph opened by an answer label (`**Answer:** ...`), its `A:` label (or the `A.` under
    a `Q.`) left out; the index after it, or None. Only an interviewer's prompt, or a question over an answer's label
    in words under a quiz's heading (`### Question 2: Locks`), asks to be studied in a folder: a general note's `Why
    does this matter?` over its reason is no interview question, nor a FAQ's over `**Answer:**`."""
    block, end = blocks[index], index + 1
    if block.type == "paragraph" and (turns := _in_turn(block.content.strip().split("\n"))):
        for start, stop in turns:  # `Why Postgres?` over its line, `How do you...?` over its line, ...
            _add_turn(scan, block, start, stop)
        return end
    labelled = False  # (the answer's label in words: `_add_asked`)
    if not asked_paragraph(block):
        following = blocks[end] if end < len(blocks) else None
        opening = answer_opening(following) if following is not None and "\n" not in block.content.strip() else None
        if opening is None and following is not None and _quoted_over_box(block, following, scan.lines):
            _add_below(scan, block, following, False)  # `"What do you do if...?"` over its answer in a fence
            return end + 1
        if opening is None or not ends_asking(plain_inline(block.content)):
            return None
        if not opening.strip():  # `**Me:**` (`**Resposta:**`) alone, over the reply
            return _read_below_label(scan, blocks, index)
        joined = f"{block.content.strip()}\n{opening}"  # as if the answer were written on the question's next line
        block, end = Block("paragraph", block.start, following.end, content=joined), end + 1
        labelled = answer_labelled([following]) and quiz_heading(scan, block.start)
    announced = _announced(blocks, end, block)
    _add_asked(scan, block, labelled, announced)
    return end + len(announced)


def quiz_heading(scan: NoteScan, line: int) -> bool:
    """True when the heading over 0-based `line` is a question's label and number (`### Question 2: Locks`, `### Questão
    1`): a quiz's, so a question under it over an answer's label is studied in a folder (a FAQ's, a survey's or a
    decision log's is not)."""
    heading = scan.outline.context_at(line)[-1]
    end = label_end(heading)
    return end is not None and any(character.isdigit() for character in heading[:end])


def _announced(blocks: Sequence[Block], at: int, answer: Block) -> list[Block]:
    """The block at `at` when the `answer` before it ends with a colon and it is code, a list or a quote: what the
    colon announces, the answer's own (`**Answer:** A mock that fails:` over its fence)."""
    last = answer.content.rstrip().rpartition("\n")[2]
    if at >= len(blocks) or not last.endswith((":", "\uff1a")) or _ELSEWHERE.search(last) is not None:
        return []
    if blocks[at].type == "blockquote" and blocks[at].children and blocks[at].children[0].content.startswith("[!"):
        return []  # (a callout of its own, `> [!tip] ...`)
    items = blocks[at].children if blocks[at].type in LIST_TYPES else []
    tasks = bool(items) and (first_paragraph(items[0]) or "").startswith(("[ ]", "[x]", "[X]"))  # (`- [ ] ...`: to-dos)
    return [blocks[at]] if blocks[at].type in (*CODE_TYPES, *LIST_TYPES, "blockquote") and not tasks else []


_ELSEWHERE = re.compile(
    r"\b(?:next|asked|asks|follow(?:ed)?[- ]?ups?|to[- ]?dos?|action\s+items?|related|questions?|problems?|exercises?"
    r"|see\s+also)\b",
    re.IGNORECASE,
)
"""Words of a line announcing what is not its answer: `For the next problem, consider:`, `Then she asked:`, `She
followed up with:`, `Related questions:`."""


def _quoted_over_box(block: Block, following: Block, lines: Sequence[str]) -> bool:
    """True for a question alone on its line, in quotes, right over a fence with no language named: the answer,
    boxed (```` ```python ```` is code the question shows)."""
    said = block.content.strip()
    if following.type != "fence" or "\n" in said or said[:1] not in OPENING_QUOTES:
        return False
    return not lines[following.start].strip().strip("`~").strip() and ends_asking(plain_inline(said))


def _read_below_label(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the question at `blocks[index]` over an answer's label alone (`**Me:**`, `**Resposta:**`),
    answered by the paragraph or list under the label; the index after it, or None. Over the next turn instead (a
    `Q:` label), the question is warned: no reply was written."""
    block, reply = blocks[index], blocks[index + 2] if index + 2 < len(blocks) else None
    if reply is None or reply.type in ("heading", "hr"):
        return None
    if QUESTION_LABEL.match(reply.content) is not None:
        scan.warn(block.start + 1, "question has no answer")
        return index + 2
    labelled = answer_labelled(blocks[index + 1 : index + 2]) and quiz_heading(scan, block.start)  # (not `**Me:**`)
    if reply.type != "paragraph":
        _add_below(scan, block, reply, labelled)
        return index + 3
    turn = index > 0 and blocks[index - 1].type == "paragraph" and _turns(blocks[index - 1].content.strip())
    turn = turn or any(STUDY_TITLE.search(part) for part in scan.outline.context_at(block.start))  # (`# Java quiz`)
    more = _told_on(blocks, index + 3) if turn and names_answer(blocks[index + 1].content) else []  # (not `**Me:**`)
    joined = f"{block.content.strip()}\n{reply.content.strip()}"
    _add_asked(scan, Block("paragraph", block.start, reply.end, content=joined), labelled, more)
    return index + 3 + len(more)


def _told_on(blocks: Sequence[Block], at: int) -> list[Block]:
    """The blocks from `at` that go on with an answer under its label in words (`**Answer:**` alone over paragraphs,
    code, lists), its question asked under a label of its own (`**Follow-up question:**`, a turn of a labelled
    exchange) or under a title of questions to study (`# Python interview prep`; not a study log's): up to a heading, a
    rule, a paragraph that asks, or one opened by a label (the next turn)."""
    end = at
    while end < len(blocks) and blocks[end].type not in ("heading", "hr"):
        block = blocks[end]
        source = block.content.strip() if block.type == "paragraph" else ""
        said, first = plain_inline(source), source.partition("\n")[0]
        if said and (ends_asking(said) or asked_paragraph(block) or _turns(first) or "\n" not in source and asks(said)):
            break
        end += 1
    return list(blocks[at:end])


def _turns(line: str) -> bool:
    """True for a paragraph's first line that opens the next turn: a pair's label (`Q:`, `**Answer:**`) or a bold label
    alone (`**추가 질문:**`, a follow-up's)."""
    return bool(QUESTION_LABEL.match(line) or ANSWER_LABEL.match(line) or BOLD_LABEL.fullmatch(line))


BOLD_LABEL = re.compile(r"(?:\*\*|__)[^*_\n]{1,40}?(?:[:\uff1a](?:\*\*|__)|(?:\*\*|__)[ \t]*[:\uff1a])")
"""A label in bold alone on its line (`**Follow-up:**`)."""


def _add_asked(scan: NoteScan, block: Block, labelled: bool, more: Sequence[Block] = ()) -> None:
    """Add the card of paragraph `block`: its first line asks, the rest answers (an `A:` label left out), with the
    blocks it announces (`more`); studied in a folder when it is an interviewer's prompt or `labelled`: its answer's
    label in words (`**Answer:** ...`) under a quiz's heading (`quiz_heading`)."""
    first, _, rest = block.content.strip().partition("\n")
    said = ANSWER_LABEL.match(rest)
    answer = "\n".join(filter(None, (label_rest(said), rest.partition("\n")[2]))) if said is not None else rest
    if first.startswith("Q. ") and answer.startswith("A. "):
        answer = answer[3:]  # `Q. Why here?` over `A. The product.`
    told = [Block("paragraph", block.start + 1, block.end, content=answer), *more]
    question, shown = plain_inline(first), dedented(answer.split("\n"))
    shown = f"{shown}\n\n{source_of(scan.lines, more)}" if more else shown
    draft = scan.add_answered(block.start + 1, question, first, shown, told)
    draft.studied = interview_prompt(question) or labelled


def _in_turn(lines: list[str]) -> list[tuple[int, int]] | None:
    """Where a paragraph's questions and their answers take turns, a line each at least (`Why Postgres?` over `Our
    data is relational.` over `How do you handle a slow query?` over ...): each question's first line and the line
    after its answer, two questions or more; None for any other paragraph. A question line asks, plain (no label, no
    bold) and not in the first person; no answer's line ends asking. A short title may be typed over the first
    question (`_titles`)."""
    marked = any(line.rstrip().endswith("\uff1f") for line in lines)  # (then `。` ends a statement)
    starts = [at for at, line in enumerate(lines) if _asks_in_turn(line) and not (marked and said_in_cjk(line.strip()))]
    if len(starts) < _FEWEST_TURNS or starts[0] not in (0, 1) or starts[0] and not _titles(lines[0]):
        return None  # (a title typed over them, `Antworten für das Gespräch`, is no part of a turn)
    stops = [*starts[1:], len(lines)]
    if any(stop - start < 2 for start, stop in zip(starts, stops, strict=True)):
        return None  # (two questions in a row: a list of them, or a follow-up)
    answers = [line for start, stop in zip(starts, stops, strict=True) for line in lines[start + 1 : stop]]
    if any(ends_asking(plain_inline(line)) and not (marked and said_in_cjk(line.strip())) for line in answers):
        return None
    return list(zip(starts, stops, strict=True))


def _titles(line: str) -> bool:
    """True for a short line ending in no full stop, question mark or colon: a title over the turns."""
    text = plain_inline(line).strip()
    return 0 < len(text.split()) <= _TITLE_WORDS and text[-1] not in ".?!:\u3002\uff1f\uff1a"


_TITLE_WORDS = 8
_FEWEST_TURNS = 2
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|mine|myself)\b|\u6211(?!\u4eec)")
"""Words of a line its writer says of themselves: an answer's, not a question's (`Is that bad? I think not.`); an
interviewer's "we" asks (`Why should we hire you?`, `我们为什么要录用你？`)."""


def _asks_in_turn(line: str) -> bool:
    """True for a plain line that asks, not in the first person."""
    said = plain_inline(line).strip()
    return line.lstrip()[:1] not in "*_`>#|-" and ends_asking(said) and _FIRST_PERSON.search(said) is None


def _add_turn(scan: NoteScan, block: Block, start: int, stop: int) -> None:
    """Add the card of the question on line `start` of paragraph `block`, answered by its lines up to `stop`."""
    lines = block.content.strip().split("\n")
    answer = lines[start + 1 : stop]
    told = [Block("paragraph", block.start + start + 1, block.start + stop, content="\n".join(answer))]
    question = plain_inline(lines[start])
    draft = scan.add_answered(block.start + start + 1, question, lines[start], dedented(answer), told)
    draft.studied = interview_prompt(question)


def _add_below(scan: NoteScan, block: Block, reply: Block, labelled: bool) -> None:
    """Add the card of the question in paragraph `block`, answered by the block `reply` (a list, a quote) under its
    answer's label alone (`**Resposta:**` over `- Mocks hide bugs...`; studied as `_add_asked` says)."""
    asked = block.content.strip()
    question = plain_inline(asked)
    draft = scan.add_answered(block.start + 1, question, asked, source_of(scan.lines, [reply]), [reply])
    draft.studied = interview_prompt(question) or labelled
