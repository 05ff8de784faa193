"""Folded HTML blocks that are cards: `<details>` whose `<summary>` asks, as Notion and
other tools export a toggle.

    <details>
    <summary>Tell me about a time you led without authority.</summary>

    **Situation**: ...
    **Action**: ...

    </details>

The summary is the question when it asks (see `deck.questions.asks`), holds a `?`
(`True or False? ...`), opens with a question word (`What is GKE`) or sets a task
(`Explain ...`, `List ...`); the answer is
everything up to the matching `</details>` (or the end of the blocks read, when it is
never closed), which may end a paragraph (`Answer.\n</b></details>`, as the
devops-exercises question banks write them). A `<details>` whose summary does not ask
("Show answer", a story's title) is no card: it answers or titles what it sits in, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from deck.answer_labels import without_answer_label
from deck.blocks import CODE_TYPES, LIST_TYPES, Block, source_of
from deck.html_tags import remove_html_tags
from deck.questions import asks, clean_question
from deck.reveal_folds import FOLD_CLOSE, FOLD_OPEN, FOLD_OPENING, only_reveals
from deck.scan import NoteScan
from deck.tasks import opens_with_task
from deck.text import plain_inline
from deck.topics import names_topic

_TRAILING_TAGS = re.compile(r"(?:\s*</[a-z]+\s*>)+\s*$", re.IGNORECASE)
"""Closing tags ending what comes before `</details>` (the `</b>` of `</b></details>`)."""
_ASKING_WORD = re.compile(r"(?:what|how|why|when|where|which|who|can|do|does|is|are)\s", re.IGNORECASE)
"""A question's first word: a summary opening with one asks, `?` or not (`What is GKE`)."""
_ASKED_OF_YOU = re.compile(r"(?:how|what|why|when|where|which)\s+(?:(?:do|did|would|can|could|should)\s+)?you\b", re.I)
"""A question asked of you after a scope: `how you build clusters`, `what would you change`."""
_SCOPE = 40
"""The most characters of a scope before a summary's question after a comma (`In rancher, how you build clusters`)."""
_SUMMARY_OPEN = re.compile(r"^\s*<details\b[^<>]*>\s*<summary\b[^<>]*>(?P<summary>.*)$", re.IGNORECASE | re.DOTALL)
"""A fold's opening whose summary goes on past its line (no `</summary>` yet)."""
_SUMMARY_CLOSE = re.compile(r"</summary\s*>", re.IGNORECASE)
_SUMMARY_BLOCKS = 3
"""The most blocks a summary written over several runs on to before its `</summary>`."""
_ITEM_MARK = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
"""A list item's bullet or number, opening a line of a summary."""
_LEADING_TAGS = re.compile(r"^\s*(?:<(?:br|b|strong|i|em|p|div)\b[^<>]*>\s*)+", re.IGNORECASE)
"""Line breaks, emphasis and a wrapper opening the answer right after `</summary>` (`<br><b>`, `<div markdown="1">`):
markup, no text."""
_CLOSING_TAIL = re.compile(r"(?:\s*</[a-z]+\s*>)*\s*</details\s*>(?:\s*</[a-z]+\s*>)*\s*$", re.IGNORECASE)
"""The fold's closing, with the tags around it, ending the answer's last line (`Runs on GCP.</b></details>`)."""


class DetailsCard(NamedTuple):
    """A `<details>` card: its question, its 0-based line, the answer's blocks, and the
    index of the first block after it."""

    question: str
    line: int
    body: list[Block]
    after: int


def asking_summary(block: Block) -> str | None:
    """The question of an HTML block that opens `<details>` with a `<summary>` that asks, else None."""
    if block.type != "html_block" or "summary" not in block.content.lower():
        return None
    opening = FOLD_OPENING.match(block.content)
    if opening is None:
        return None
    question = clean_question(plain_inline(opening.group("summary")))
    return question if _summary_asks(question) else None


def _summary_asks(question: str) -> bool:
    """True when a fold's summary asks: as a question does, with a `?`, a question word (after a scope and a comma
    too: `In rancher, how you build clusters`) or a task's verb."""
    scoped = question.partition(",")[2].lstrip() if "," in question[:_SCOPE] else ""  # (`In our setup, how you...`)
    scoped = scoped if _ASKED_OF_YOU.match(scoped) else ""  # (not `Basically, what we did`)
    return bool(question) and bool(
        asks(question) or "?" in question or opens_with_task(question) or _ASKING_WORD.match(question)
        or scoped and _ASKING_WORD.match(scoped)
        or (len(question.split()) > 1 or not question.isascii()) and names_topic(question)  # (`Greatest weakness`)
    )


def _long_summary(blocks: Sequence[Block], index: int, lines: Sequence[str]) -> tuple[str, int] | None:
    """A summary written over the blocks after its fold's opening (`<summary>Explain each of the following` over
    `* Zone` over `* Region</summary>`): its question, the items after a colon (`...: Zone · Region`), and the index
    of the block after it; None when the summary closes in the opening or asks nothing."""
    started = _SUMMARY_OPEN.match(blocks[index].content)
    if started is None or _SUMMARY_CLOSE.search(blocks[index].content) is not None:
        return None
    parts = [started.group("summary")]
    for at in range(index + 1, min(len(blocks), index + _SUMMARY_BLOCKS + 1)):
        source = "\n".join(lines[blocks[at].start : blocks[at].end])
        closing = _SUMMARY_CLOSE.search(source)
        parts += (source[: closing.start()] if closing is not None else source).split("\n")
        if closing is not None:
            lead, *items = [text for part in parts if (text := plain_inline(_ITEM_MARK.sub("", part)))]
            question = clean_question(lead)
            if not _summary_asks(question):
                return None
            return (f"{question.rstrip(':')}: {' · '.join(items)}" if items else question), at + 1
    return None


def details_card(blocks: Sequence[Block], index: int, lines: Sequence[str]) -> DetailsCard | None:
    """The card that `blocks[index]` opens, when it is a `<details>` whose summary asks (`lines`: the note's)."""
    opener = blocks[index]
    question = asking_summary(opener) if opener.type == "html_block" else None
    question = "" if question is None and _labels_question(opener) else question  # (`<summary>Question 1</summary>`)
    body: list[Block] = []
    if question is not None:
        rest = opener.content[FOLD_OPENING.match(opener.content).end() :]  # type: ignore[union-attr]
        after = index + 1
    elif opener.type == "html_block" and (long := _long_summary(blocks, index, lines)) is not None:
        (question, after), rest = long, ""
    else:
        return None
    depth = 1 + len(FOLD_OPEN.findall(rest)) - len(FOLD_CLOSE.findall(rest))
    inner = _TRAILING_TAGS.sub("", _LEADING_TAGS.sub("", FOLD_CLOSE.split(rest, maxsplit=1)[0])).strip()
    if _has_text(inner):
        body.append(Block("html_block", opener.start, opener.end, content=inner))
    while depth > 0 and after < len(blocks):
        block = blocks[after]
        after += 1
        if block.type in ("html_block", "paragraph"):
            depth += len(FOLD_OPEN.findall(block.content)) - len(FOLD_CLOSE.findall(block.content))
            if depth <= 0:
                body += _before_close(block)
                break
        elif block.type in LIST_TYPES:  # `- Answer` over `</b></details>`: the closing line goes on the last item
            source = "\n".join(lines[block.start : block.end])
            depth += len(FOLD_OPEN.findall(source)) - len(FOLD_CLOSE.findall(source))
        body.append(block)
    return DetailsCard(question, opener.start, body, after)


_QUESTION_SUMMARY = re.compile(r"(?:q|question|problem|exercise)[ \t]*#?\d{0,3}[ \t]*[.:]?", re.IGNORECASE)
"""A fold's summary that only numbers a question (`Question 1`, `Q3`): the question is written inside it."""


def _labels_question(block: Block) -> bool:
    """True for a `<details>` whose summary only numbers its question (`<summary>Question 1</summary>`)."""
    opening = FOLD_OPENING.match(block.content) if block.type == "html_block" else None
    return opening is not None and _QUESTION_SUMMARY.fullmatch(plain_inline(opening.group("summary"))) is not None


def _asked_inside(found: DetailsCard, lines: list[str]) -> DetailsCard | None:
    """The card of a fold numbering its question (`Question 1`): the question written in it before a nested fold
    that reveals the answer (`<summary>Answer</summary>`), that fold the answer; None without such a fold."""
    reveal = next((at for at, block in enumerate(found.body) if at and FOLD_OPENING.match(block.content)), None)
    answer = _revealed(found.body[reveal:], lines) if reveal is not None else None
    if reveal is None or not answer:
        return None
    asked = " ".join(
        " ".join(block.content.split()) if block.type in CODE_TYPES else plain_inline(source_of(lines, [block]))
        for block in found.body[:reveal]
    )  # (a code block's lines asked about: `What does this print?` over `console.log(typeof null);`)
    return DetailsCard(clean_question(asked), found.line, answer, found.after) if asked.strip() else None


def _revealed(body: list[Block], lines: list[str]) -> list[Block] | None:
    """The blocks of a fold that only reveals an answer (`<summary>Answer</summary>`) opening `body`, its tags taken
    off its lines in `lines`; None when `body` opens with no such fold."""
    opening = FOLD_OPENING.match(body[0].content) if body else None
    if opening is None or not only_reveals(opening.group("summary")):
        return None
    opener = body[0]
    inside = _TRAILING_TAGS.sub("", FOLD_CLOSE.split(opener.content[opening.end() :], maxsplit=1)[0]).strip()
    lines[opener.start : opener.end] = [inside, *[""] * (opener.end - opener.start - 1)]
    answer = [Block("paragraph", opener.start, opener.end, content=inside)] if _has_text(inside) else []
    return answer + [block for block in body[1:] if not FOLD_CLOSE.fullmatch(block.content.strip())]


def _has_text(html: str) -> bool:
    """True when HTML holds more than tags (`<br><b>` after a summary holds nothing)."""
    return bool(html) and bool(remove_html_tags(html).strip())


def read_details(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the `<details>` opening at `blocks[index]`, if it is one; the index
    of the block after it, or None when it is no card. A fold that opens with a fold that asks is their group, no
    card: the index of the block after its opening, where they are read (one with an answer of its own first is a
    card, and the folds after it its follow-ups)."""
    found = details_card(blocks, index, scan.lines)
    if found is not None and not found.question:
        found = _asked_inside(found, scan.lines)  # (`<summary>Question 1</summary>` over its question and answer)
    elif found is not None and found.body and found.body[0].start != found.line and (
        revealed := _revealed(found.body, scan.lines)
    ):
        found = DetailsCard(found.question, found.line, revealed, found.after)  # (its answer folded again)
    if found is None:
        return None
    if found.body and asking_summary(found.body[0]) is not None:
        return index + 1  # a group of folds that ask (`<summary>Why this company</summary>` over them): each a card
    if not found.body:
        scan.warn(found.line + 1, "question has no answer")
        return found.after
    told = without_answer_label(scan, found.body) if found.body[0].start != found.line else None
    found = found._replace(body=list(told)) if told else found  # (`**Answer**: ...`: what the summary asks already)
    answer = _answer_source(scan.lines, found)
    scan.add_answered(found.line + 1, found.question, scan.lines[found.line], answer, found.body)
    return found.after


def _answer_source(lines: Sequence[str], found: DetailsCard) -> str:
    """The Markdown of the answer: the body's lines, or the text inside the opening line
    when the whole `<details>` is written on it."""
    inside, later = (found.body[0].content, found.body[1:]) if found.body[0].start == found.line else ("", found.body)
    answer = "\n\n".join(part for part in (inside, source_of(lines, later) if later else "") if part)
    return _CLOSING_TAIL.sub("", answer)


def _before_close(block: Block) -> list[Block]:
    """What a block ending the fold holds before its `</details>` (`<blockquote>...</blockquote>` with the closing
    tag on the next line, one block to CommonMark; `Answer.\n</b></details>`, a paragraph), as a block of its own,
    without the tags closing it; none when only tags are there."""
    if FOLD_OPEN.search(block.content) is not None:
        return []
    inner = _TRAILING_TAGS.sub("", FOLD_CLOSE.split(block.content, maxsplit=1)[0].rstrip())
    if not _has_text(inner):
        return []
    return [Block(block.type, block.start, block.start + inner.count("\n") + 1, content=inner)]


def split_folds(blocks: list[Block]) -> list[Block]:
    """`blocks` with each HTML block that holds several folds one after another (`</details>` then `<details>` on the
    next line, no blank line between, as a blog's list of toggles is written) cut into one block a fold."""
    if not any(block.type == "html_block" and len(FOLD_OPEN.findall(block.content)) > 1 for block in blocks):
        return blocks
    return [part for block in blocks for part in (_folds_of(block) if block.type == "html_block" else [block])]


def _folds_of(block: Block) -> list[Block]:
    """An HTML block cut after each line that closes a fold opened in it, when a fold opens on the next line."""
    lines = block.content.split("\n")
    parts: list[Block] = []
    depth, first = 0, 0
    for offset, line in enumerate(lines):
        depth = max(0, depth + len(FOLD_OPEN.findall(line)) - len(FOLD_CLOSE.findall(line)))
        following = lines[offset + 1] if offset + 1 < len(lines) else ""
        if depth == 0 and FOLD_OPEN.match(following.lstrip()) is not None:
            content = "\n".join(lines[first : offset + 1]) + "\n"
            parts.append(Block("html_block", block.start + first, block.start + offset + 1, content=content))
            first = offset + 1
    if not parts:
        return [block]
    return [*parts, Block("html_block", block.start + first, block.end, content="\n".join(lines[first:]))]

