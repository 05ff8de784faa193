"""STAR sections under bare letters: `S` alone on a line over the situation's points, then `T`, `A`, `R`.

Quick story drafts write each section's letter alone on a line over its bullets. A letter alone means
a section only where such lines, each right over a list, give at least a situation, an action and a
result in that order: a lone `A` elsewhere (a quiz's option, a grade) is text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from deck.blocks import LIST_TYPES, Block
from deck.labels import Label, item_label, line_label
from deck.models import SECTION_LABELS, Section

_NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result", "L": "Learnings"}
"""The section each letter names."""
_SECTIONS: dict[str, Section] = {"S": "situation", "T": "task", "A": "action", "R": "result"}
"""The section each STAR letter opens."""
_WHOLE = ("S", "A", "R")
"""The letters a story told so needs, in this order."""
_LETTER_SECTIONS: dict[str, Section] = {
    "S": "situation", "T": "task", "A": "action", "R": "result", "L": "takeaways",
}  # fmt: skip
"""A story's letters opening the lines of a paragraph: STAR's, and `L` for learnings."""
_LETTER_DASH = re.compile(
    r"(?P<letter>[STARL])(?:[ \t]+[-\u2013\u2014][ \t]+(?=\S)"
    r"|[-\u2013\u2014](?=I[ \t]|[A-Z][a-z'\u2019])|:[ \t]*(?=\S))"
)
"""A letter and a dash (`R - shipped`, or `S-Two teams` before a capitalised word: `S-curve`
and `A-B tests` are words), or `L:` (learnings) with a colon."""
_LETTER_ANY_DASH = re.compile(r"(?P<letter>[STARL])(?:[ \t]*[-\u2013\u2014][ \t]*(?=[^\s-])|:[ \t]*(?=\S))")
"""A letter and a dash before any word (`S-two teams`): a label when three letters tell a story in order."""
_OTHER_LETTER = re.compile(r"(?![STARL])[A-Z](?:[ \t]+[-\u2013\u2014][ \t]+|:[ \t]*)(?=\S)")
"""A line opened by a capital letter other than STAR's (or L) with a colon or a spaced dash: `C - Category`, `M:`."""
_STORY_ORDER = ("situation", "task", "action", "result", "takeaways")


def lettered_headings(blocks: Sequence[Block]) -> Sequence[Block]:
    """`blocks` with each letter alone on the last line of a paragraph right over a list written as its section's
    label (`S` as `**Situation:**`, a paragraph of its own), and a rule before each `S` but the first (the next
    story, its line before the letter the story's intro), when such letters tell a story; else `blocks` as they are."""
    if not any(block.type == "paragraph" and _ends_in_letter(block.content) for block in blocks):
        return blocks  # (most answers: no line of one letter)
    found = [(at, _letter(block)) for at, block in enumerate(blocks[:-1]) if blocks[at + 1].type in LIST_TYPES]
    letters = [(at, letter) for at, letter in found if letter is not None]
    if len(letters) < len(_WHOLE) or not _in_order([letter for _, letter in letters]):
        return blocks
    changed: list[Block] = []
    lettered = dict(letters)
    for at, block in enumerate(blocks):
        if at not in lettered:
            changed.append(block)
            continue
        head, _, _ = block.content.rstrip().rpartition("\n")
        if lettered[at] == "S" and at != letters[0][0]:
            changed.append(Block("hr", block.start, block.start))  # a second `S` starts the next story
        if head:
            changed.append(replace(block, end=block.end - 1, content=head))
        label = f"**{_NAMES[lettered[at]]}:**"
        changed.append(replace(block, start=block.end - 1, content=label))
    return changed


def _ends_in_letter(text: str) -> bool:
    """True when text ends with a line of one letter that may name a section."""
    text = text.rstrip()
    return text[-1:] in _NAMES and (len(text) == 1 or text[-2] == "\n")


def _letter(block: Block) -> str | None:
    """The STAR letter alone on the last line of a paragraph, else None."""
    if block.type != "paragraph" or len(block.content) > 400:
        return None
    last = block.content.rstrip().rpartition("\n")[2].strip()
    return last if last in _NAMES else None


def _in_order(letters: list[str]) -> bool:
    """True when the letters hold S, then A, then R (a story told whole)."""
    position = 0
    for letter in letters:
        if position < len(_WHOLE) and letter == _WHOLE[position]:
            position += 1
    return position == len(_WHOLE)


_BOLD_LETTER = re.compile(r"(?P<mark>\*\*|__)(?P<letter>[STAR])(?P=mark)[ \t]+(?P<rest>\S.*)", re.DOTALL)
"""A STAR letter in bold, then the text, with no colon or dash (`**A** So, I ...`)."""


def bold_letter(line: str) -> Label | None:
    """The label of a line opened by a STAR letter in bold with no colon (`**A** So, I set up a discussion`): one
    among a list's lettered items (`- **S**: ...`, `- **T**: ...`)."""
    found = _BOLD_LETTER.match(line)
    return (_SECTIONS[found["letter"]], found["rest"].strip(), "") if found is not None else None


def named_letter_headings(blocks: list[Block]) -> list[Block]:
    """`blocks` with each heading of a STAR letter alone (`#### S` over the situation, `#### T`, `#### A`, `#### R`,
    a colon after it or not) written as its section's name, when every heading of one letter is STAR's and in its
    order (the first `S`, each story from an `S`), and they give a situation, an action and a result; else `blocks`
    as they are (a glossary's `## A`, `## B`, ..., a grade sheet's `### S`, `### A`, `### B` tell no story)."""
    headings = ((at, block) for at, block in enumerate(blocks) if block.type == "heading")
    lettered = {at: letter for at, block in headings if (letter := _heading_letter(block))}
    letters = list(lettered.values())
    if len(letters) < len(_WHOLE) or letters[0] != "S" or any(letter not in _NAMES for letter in letters):
        return blocks
    order = list(_NAMES)
    back = any(later != "S" and order.index(later) <= order.index(earlier) for earlier, later in pairwise(letters))
    if back or not _in_order(letters):
        return blocks  # (out of STAR's order: `A` after `R` in one story)
    named = list(blocks)
    for at, letter in lettered.items():
        named[at] = replace(blocks[at], content=_NAMES[letter])
    return named


def _heading_letter(block: Block) -> str:
    """The capital letter a heading is alone (`#### S`, `#### S:`), else ""."""
    letter = block.content.strip().rstrip(":").strip() if len(block.content) < 5 else ""
    return letter if len(letter) == 1 and letter.isupper() else ""


def cell_letter_labels(firsts: Sequence[str]) -> list[Label] | None:
    """The labels of cells each holding one STAR letter (a table's `| S | ... |` rows), when they tell a story in
    order (S, then A, then R), else None."""
    if not firsts or any(first not in _NAMES for first in firsts) or not _in_order(list(firsts)):
        return None
    return [({**_SECTIONS, "L": "takeaways"}[first], "", "") for first in firsts]  # type: ignore[misc]


def letters_once(lines: list[str]) -> list[Label]:
    """The labels of lines opened by STAR's letters (`S: ...`), each section once in STAR's order (not speakers)."""
    labels = [label for label in letter_labels(lines) or [] if label is not None]
    order = [list(SECTION_LABELS).index(label[0]) for label in labels]
    prose = not any(" | " in label[1] or "->" in label[1] for label in labels)  # (`S: A R | T x`: a grammar's rules)
    return labels if prose and order == sorted(set(order)) else []


def story_in_code(code: str) -> bool:
    """True when lines of code open with labels (`SITUATION: ...`, `S: ...`) of a whole story, `_TOLD_WORDS` words a
    label or more: a story kept as plain text, not code nor a reminder (`Situation: context`)."""
    lines = [line for line in code.split("\n") if line[:1].isupper() and ":" in line]
    labels = [label for line in lines if (label := line_label(line))] or letters_once(lines)
    told = {label[0] for label in labels} >= _WHOLE_SECTIONS
    return told and len(code.split()) >= _TOLD_WORDS * len(labels)


_TOLD_WORDS = 8  # (labels included: a template's reminder has fewer)


def lettered_paragraphs(blocks: Sequence[Block]) -> dict[int, Label]:
    """The label of each paragraph's first line (by the paragraph's 0-based line) in a story told one letter a
    paragraph (`S: ...` over a blank line, then `T: ...`, `A: ...`, `R: ...`, `L: ...`): three letters or more, in
    STAR's order, each story opening with its situation or task, each letter saying three words or more (a reading
    log's `T: title`, `A: author` says less). Empty for any other blocks: a paragraph opening with another letter
    (SMART's `M:`, a pair's `Q:`) says they are no story's, and a paragraph telling its letters itself reads them."""
    opened = [block for block in blocks if block.type == "paragraph" and _OPENING_LETTER.match(block.content)]
    if len(opened) < _MIN_LETTERS or any(block.content[:1] not in _LETTER_OPENINGS for block in opened):
        return {}
    lines = [block.content.partition("\n")[0] for block in opened]
    labels = letter_labels(lines)
    if labels is None or None in labels or not all(_says_enough(label[1]) for label in labels):
        return {}
    found = [_STAR.index(label[0]) for label in labels if label[0] in _STAR]
    if len(set(found)) < _MIN_LETTERS or not _each_story_in_order(found):
        return {}
    return {block.start: label for block, label in zip(opened, labels, strict=True)}


def _each_story_in_order(found: list[int]) -> bool:
    """True when the sections found (by their place in STAR) go in order, each story opening with its situation or
    task (`S T A R S T A R`; not `S A T`, another acronym's letters)."""
    starts = [0, *(at for at, (earlier, later) in enumerate(pairwise(found), 1) if later <= earlier)]
    in_order = all(later > earlier or later == 0 and earlier == len(_STAR) - 1 for earlier, later in pairwise(found))
    return in_order and all(found[at] <= 1 for at in starts)


_OPENING_LETTER = re.compile(r"[A-Z][ \t]*(?:[:\uff1a]|[-\u2013][ \t])")
"""A paragraph opening with a capital letter alone as its label: `S: ...`, `M: ...`, `Q - ...`."""
_MIN_WORDS = 3


def _says_enough(text: str) -> bool:
    """True for a letter's text of three words or more (six characters of CJK, written without spaces): a story's
    part, not a log's field (`A: Martin Kleppmann`)."""
    return len(text.split()) >= _MIN_WORDS or not text.isascii() and len(text) >= 2 * _MIN_WORDS


_STAR: tuple[Section, ...] = ("situation", "task", "action", "result")
_LETTER_OPENINGS = frozenset("STARL")
_MIN_LETTERS = 3
_WHOLE_SECTIONS = frozenset(("situation", "action", "result"))
"""The sections of a whole story (`deck.stories.WHOLE_STORY`, which imports this module)."""


def letter_labels(lines: Sequence[str]) -> list[Label | None] | None:
    """The labels of a paragraph's lines opened by STAR's letters alone with a colon or a dash (`S: ...`, `A- ...`, `R -
    ...`; `L` for learnings), when they tell a story: two letters or more, the first the situation or the task. Else
    None: `A: ...` alone answers a question, and a chat log's `S:` is a speaker."""
    labels = [_letter_label(line) if line[:1] in _LETTER_SECTIONS else None for line in lines]
    found = [label[0] for label in labels if label is not None]
    if len(set(found)) >= 2 and found[0] in ("situation", "task"):
        return None if _other_acronym(lines, found) else labels
    loose = [_letter_label(line, _LETTER_ANY_DASH) if line[:1] in _LETTER_SECTIONS else None for line in lines]
    found = [label[0] for label in loose if label is not None]
    in_order = found == sorted(found, key=_STORY_ORDER.index)  # `S-two teams` ... `R-we shipped`: three, in order
    told = len(set(found)) >= 3 and found[0] in ("situation", "task") and in_order
    return loose if told and not _other_acronym(lines, found) else None


def _other_acronym(lines: Sequence[str], found: Sequence[Section]) -> bool:
    """True for lines opened by another acronym's letters: the first is none of STAR's (`C - Category` over `T -`,
    `A -`, `R -`), or one among them is and no action nor result is told (`S:`, `M:`, `L:` sizes; not a story with
    SOAR's `O:` or SMART's `M:` in it)."""
    if lines and _OTHER_LETTER.match(lines[0]) is not None:
        return True
    other = any(_OTHER_LETTER.match(line) is not None for line in lines)
    return other and {"action", "result"}.isdisjoint(found)


def _letter_label(line: str, dash: re.Pattern[str] | None = None) -> Label | None:
    """The label of a line opened by a STAR letter (or `L`) with a colon or a dash, else None."""
    label = item_label(line) if line[:1] in _LETTER_SECTIONS else None
    if label is not None:
        return label
    found = (dash or _LETTER_DASH).match(line)
    return (_LETTER_SECTIONS[found["letter"]], line[found.end() :].strip(), "") if found is not None else None
