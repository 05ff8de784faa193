"""Where a heading's section ends: `section_end`; past the STAR label headings after it, `label_headings_end`; where
the answers under an answer heading opening a section end, `answers_end`; and the versions of an answer after a
follow-up's card, `answer_versions`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block, closes_section
from deck.highlights import split_tags
from deck.label_names import cjk_name
from deck.labels import heading_label
from deck.outline import folds_after
from deck.patterns import pattern
from deck.questions import asks
from deck.stories import find_stories
from deck.text import plain_inline


def section_end(blocks: Sequence[Block], index: int) -> int:
    """The index of the first block after the section of the heading at `index` (the note's end
    for an index past its last block)."""
    if index >= len(blocks):
        return len(blocks)
    level, folded = blocks[index].level, 0
    for position in range(index + 1, len(blocks)):
        block = blocks[position]
        if block.type == "heading" and block.level <= level and not folded:  # (one in a fold is the fold's answer)
            return position
        if folded or block.type == "html_block":  # (a fold opens in an HTML block alone)
            folded = folds_after(block, folded)
    return len(blocks)


def label_headings_end(blocks: Sequence[Block], end: int, level: int, versions: bool = False) -> int:
    """`end` moved past the STAR label headings of the same `level` that follow it: a question
    heading's story written flat (`## Tell me about...` then `## Situation`, `## Action`; not one label alone in
    Chinese, Japanese or Korean, an everyday word there) is its own; and, when `versions`, past those naming a version
    of the answer (`## Detailed version` over the story)."""
    start, names = end, []
    while end < len(blocks) and blocks[end].type == "heading" and blocks[end].level == level:
        text = split_tags(plain_inline(blocks[end].content))[1]
        label = heading_label(text)
        if label is None and not (versions and names_version(text) and _VERSION_WORD.search(text)):
            break
        names += [label[2]] if label is not None else []
        end = section_end(blocks, end)
    alone = len(names) == 1 and cjk_name(names[0])  # (`## 结果` alone after an answer: the interview's outcome)
    return start if alone and not _tells_story(blocks, start, level) else end


def _tells_story(blocks: Sequence[Block], end: int, level: int) -> bool:
    """True when the section at `level` ending at `end` tells a story (`- 情境：...` over `- 结果：...`): a label
    heading after it, `### 收获`, goes on with it."""
    start = next((at for at in range(end - 1, -1, -1) if closes_section(blocks[at], level)), -1)
    return bool(find_stories(blocks[start + 1 : end]))


_VERSION_WORD = pattern(
    r"version|answer|take|liner|versi[o\u00f3]n|\u7248|fassung|\u30d0\u30fc\u30b8\u30e7\u30f3", re.IGNORECASE
)
"""A version's own word (`## Detailed version`, `## Short take`, `## Versión corta`, `## 短いバージョン`), not a note's
closing `## TL;DR` of it all."""


def answers_end(section: Sequence[Block]) -> int:
    """How many blocks of a section that opens with an answer heading (`## Answer`, `## Ответ`) are its answers':
    all of them, but for a sibling heading of follow-ups or sources (`## Follow-ups`, `## References`) and what
    follows it, a part of its own (`## Example` or `## Code` after `## Answer` goes on with it)."""
    for at in range(section_end(section, 0), len(section)):
        block = section[at]
        sibling = block.type == "heading" and block.level == section[0].level
        if sibling and _BESIDE.fullmatch(plain_inline(block.content)) is not None:
            return at
    return len(section)


_BESIDE = re.compile(
    r"(?:follow[- ]?up|reference|resource|link|source|related(?:\s+question)?|further\s+reading|see\s+also)s?[ \t]*:?",
    re.IGNORECASE,
)
"""Headings beside an answer, no part of it: `## Follow-ups`, `## References`, `## See also`."""


_TOPIC_LINE = re.compile(r"[^\W\d_][^\W_]*(?:[ \t&/-]+[^\W_]+){0,2}")
"""A line of one to three words and nothing else (`Conflict`, `Ownership`): a topic over the heading right under it."""


def topic_lines_end(blocks: Sequence[Block], index: int, end: int) -> int:
    """The end of the section of the heading `blocks[index]`, less a topic line right over the next heading, when one
    stands right over the first heading of this level too: the writer's groups of the stories under them (`Conflict`
    over `## Story 1`, ..., `Ownership` over `## Story 4`), no line of this one's answer. (Without one over the first,
    a short last line is the answer's own: `Negotiable to one`, or a story's leadership principle.)"""
    if end >= len(blocks) or end - 1 <= index + 1 or not _topic_line(blocks[end - 1], blocks[end]):
        return end
    if asks(plain_inline(blocks[index].content)):
        return end  # (under a question, a short last line is its answer's: `Negotiable to one`)
    level = blocks[index].level
    first = next(at for at in range(index + 1) if blocks[at].type == "heading" and blocks[at].level == level)
    return end - 1 if first > 0 and _topic_line(blocks[first - 1], blocks[first]) else end


def _topic_line(block: Block, heading: Block) -> bool:
    """True for a paragraph of a topic line right over `heading`, with no blank line between."""
    if block.type != "paragraph" or heading.type != "heading" or block.end != heading.start:
        return False
    return _TOPIC_LINE.fullmatch(block.content.strip()) is not None and heading_label(block.content.strip()) is None


_VERSION = pattern(
    r"(?:(?:the|my|a)\s+)?(?:short(?:er)?|long(?:er)?|brief|quick|condensed|extended|full|compact|spoken|detailed"
    r"|one[- ]line|\d+[- ]?(?:s|sec(?:ond)?s?|min(?:ute)?s?)|elevator|tl;?dr)"
    r"(?:\s+(?:version|answer|form|take|cut))?(?:\s*\([^()]*\))?\s*:?"
    r"|one[- ]liner|tl;?dr|\u7b80\u77ed\u7248|\u7cbe\u7b80\u7248|[\u77ed\u957f]\u7248|\u4e00\u53e5\u8bdd\u7248"
    r"|kurzfassung|kurzversion|versi[o\u00f3]n\s+corta|\u77ed\u3044\u30d0\u30fc\u30b8\u30e7\u30f3",
    re.IGNORECASE,
)
"""A sub-heading over a version of the answer: `Short Version (30 seconds):`, `Long version`, `Spoken version`, `TL;DR`,
`One-liner`, `简短版`, `Kurzfassung` (not `Summary`, `要約`, `요약`: as often a summary of the whole interview)."""


def names_version(text: str) -> bool:
    """True for a heading naming a version of the answer (`Short version`, `2-Minute Version (~250 words)`, `TL;DR`)."""
    return _VERSION.fullmatch(text.strip()) is not None and not asks(text)


def answer_versions(section: Sequence[Block], cut: int) -> list[Block]:
    """The versions of a question's answer written after the follow-up that ended it (`### If they press: ...?` over
    its reply, then `### Short Version (30 seconds):`): each sub-section at the follow-up's level whose heading names a
    version, asking nothing; the follow-up's card ends where they begin."""
    if cut >= len(section) or section[cut].type != "heading":
        return []
    level, versions = section[cut].level, []
    for at in range(cut + 1, len(section)):
        block = section[at]
        if block.type != "heading" or block.level > level:
            continue
        text = plain_inline(block.content).strip()
        if block.level < level:
            break  # (past the follow-up's parent sub-section)
        if _VERSION.fullmatch(text) is None or asks(text):
            continue
        ends = (later for later in range(at + 1, len(section)) if closes_section(section[later], level))
        versions += section[at : next(ends, len(section))]
    return versions
