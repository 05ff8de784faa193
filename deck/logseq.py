"""Logseq's marks in a note: the property lines it writes under its blocks, its `#card` flashcards, its highlights.

`collapsed:: true`, `id:: <uuid>`, its own flashcards' `card-repeats:: 3` and a user's `tip::
...` are no inline cards and no text of a card; the lines are emptied in place, so line numbers
stay those of the file. A page's own properties at its top (`title::`, `tags::`) are its front
matter (`deck.frontmatter`). A page that marks its flashcards `#card`, as Logseq's own review
asks, has those blocks for cards and no others (`marked_cards`); `^^text^^`, Logseq's highlight,
is a highlight as `==text==` is (`logseq_highlights`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from deck.blocks import LIST_TYPES, Block, first_paragraph
from deck.card_tags import CARD_TAGS, marked
from deck.highlights import inline_tags
from deck.labels import names_a_section
from deck.patterns import pattern
from deck.stories import WHOLE_STORY
from deck.study import has_study_tag
from deck.text import outside_code, plain_inline

if TYPE_CHECKING:
    from deck.scan import CardDraft, NoteScan

_HIGHLIGHT = pattern(r"\^\^(?=\S)(?P<text>[^\n^]*?\S)\^\^")
"""Logseq's highlight, `^^text^^` on one line."""

_LOGSEQ_PROPERTY = pattern(
    r"^[ \t]*(?:collapsed:: (?:true|false)|id:: [0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""A property line Logseq writes under a block by itself: whether it is folded, its id."""
_BLOCK_PROPERTY = pattern(r"^[ \t]+(?P<key>[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*):: [^\n]*$", re.MULTILINE)
"""An indented `key:: value` line, key in lower case (`card-repeats:: 3`, `tip:: ...`): a property
Logseq keeps under a block's first line (its own flashcards' schedule, a user's fields)."""


_BULLET_PROPERTY = pattern(
    r"^(?P<bullet>[ \t]*[-*+])[ \t]+(?P<key>[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*):: [^\n]*"
    r"(?:\n[ \t]+[a-z][a-z0-9_-]*:: [^\n]*)*\n[ \t]+(?![-*+][ \t])[^\s\n][^\n]*$",
    re.MULTILINE,
)
"""A bullet opened by a property, more properties under it, then the block's first line of text
(`- card-repeats:: 3` over `  7. Why...?`), as Logseq writes a block whose properties come first."""


def blank_logseq_properties(md: str) -> str:
    """`md` with the property lines Logseq adds under blocks emptied (`collapsed:: true`, `id::
    <uuid>`, `card-repeats:: 3`: its bookkeeping, no inline cards), every line kept where it was.
    An indented `situation:: ...` stays: a Dataview field naming a STAR section."""
    return outside_code(md, _blank_properties) if ":: " in md else md


def _blank_properties(prose: str) -> str:
    """`prose` with Logseq's property lines emptied; a block whose properties come first (`- id::
    ...` over `  4. Why...?`) has its first line of text moved up onto its bullet."""
    if "- " in prose:
        prose = _BULLET_PROPERTY.sub(_text_up, prose)
    prose = _LOGSEQ_PROPERTY.sub("", prose)
    return _BLOCK_PROPERTY.sub(lambda found: found[0] if names_a_section(found["key"]) else "", prose)


def _text_up(found: re.Match[str]) -> str:
    """The bullet with the block's first line of text on it, the lines between it emptied (their number kept)."""
    if names_a_section(found["key"]):
        return found[0]
    lines = found[0].split("\n")
    return "\n".join([f"{found['bullet']} {lines[-1].strip()}", *[""] * (len(lines) - 1)])


def logseq_highlights(md: str) -> str:
    """`md` with Logseq's `^^highlights^^` written as Obsidian's `==highlights==` (outside code)."""
    return outside_code(md, lambda prose: _HIGHLIGHT.sub(r"==\g<text>==", prose)) if "^^" in md else md


def marked_cards(scan: NoteScan) -> None:
    """In a Logseq page that marks cards `#card` (Logseq's flashcards), keep only the drafts marked so, or with a
    study tag, on their question or in a heading over them (they ask to be studied, as the tag says), and those
    that tell a whole STAR story. Another note, or a page marking none, keeps them all."""
    if not scan.card_marks or not _outline_page(scan.lines):
        return
    marked = [_marked(scan, draft) for draft in scan.drafts]
    if any(marked):
        scan.drafts[:] = [draft for draft, mark in zip(scan.drafts, marked, strict=True) if mark or _tells_story(draft)]
        for draft in scan.drafts:
            draft.studied = True


def _tells_story(draft: CardDraft) -> bool:
    """True when a draft's answer tells a whole STAR story: interview material, marked or not."""
    return any(story.sections.keys() >= WHOLE_STORY for story in draft.stories)


def _outline_page(lines: list[str]) -> bool:
    """True when every line at the left edge opens a block (`- `) or is a page's `key:: value`: a Logseq page."""
    return all(not line or line[0] in " \t-" or ":: " in line for line in lines)


def _marked(scan: NoteScan, draft: CardDraft) -> bool:
    """True when a draft's question, its own tags or a heading over it carry `#card` or a study tag."""
    tags = [*draft.tags, *scan.outline.tags_at(draft.line - 1), *inline_tags(scan.lines[draft.line - 1])]
    return any(tag.casefold() in CARD_TAGS for tag in tags) or has_study_tag(tags, scan.options)


def without_marked_items(item: Block) -> tuple[Block, list[Block]]:
    """A list item marked `#card` without the items marked so in the lists nested in it (each a card of its own, as
    Logseq's review asks them), and those items, each as a list of its own. A nested list is cut into runs of the items
    between them (their lines apart: `deck.blocks.sources_of` shows the outer answer without the inner cards)."""
    kept: list[Block] = []
    cards: list[Block] = []
    for child in item.children:
        if _first_marked(child) is None:
            kept.append(child)
            continue
        run: list[Block] = []
        for nested in [*child.children, None]:
            if nested is not None and not _marked_item(nested):
                run.append(nested)
                continue
            if run:
                kept.append(Block(child.type, run[0].start, run[-1].end, children=run))
            run = []
            if nested is not None:
                cards.append(Block(child.type, nested.start, nested.end, children=[nested]))
    if not cards:
        return item, []
    return replace(item, end=max(block.end for block in kept), children=kept), cards


def _marked_item(item: Block) -> bool:
    """True for a list item whose first paragraph carries `#card`."""
    return marked(plain_inline(first_paragraph(item) or ""))


def _first_marked(block: Block) -> int | None:
    """Where the first item marked `#card` is among a nested list's items, if any."""
    if block.type not in LIST_TYPES:
        return None
    return next((at for at, child in enumerate(block.children) if _marked_item(child)), None)
