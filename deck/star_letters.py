"""STAR sections under bare letters: `S` alone on a line over the situation's points, then `T`, `A`, `R`.

Quick story drafts write each section's letter alone on a line over its bullets. A letter alone means
a section only where such lines, each right over a list, give at least a situation, an action and a
result in that order: a lone `A` elsewhere (a quiz's option, a grade) is text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from deck.blocks import LIST_TYPES, Block
from deck.labels import Label
from deck.models import Section

_NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result", "L": "Learnings"}
"""The section each letter names."""
_SECTIONS: dict[str, Section] = {"S": "situation", "T": "task", "A": "action", "R": "result"}
"""The section each STAR letter opens."""
_WHOLE = ("S", "A", "R")
"""The letters a story told so needs, in this order."""


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
    """`blocks` with each heading of a STAR letter alone (`#### S` over the situation, `#### T`, `#### A`, `#### R`)
    written as its section's name, when such headings give a situation, an action and a result in that order; else
    `blocks` as they are (a glossary's `## A`, `## B`, ... `## S` tells no story)."""
    lettered = [at for at, block in enumerate(blocks) if block.type == "heading" and block.content.strip() in _NAMES]
    if len(lettered) < len(_WHOLE) or not _in_order([blocks[at].content.strip() for at in lettered]):
        return blocks
    named = list(blocks)
    for at in lettered:
        named[at] = replace(blocks[at], content=_NAMES[blocks[at].content.strip()])
    return named
