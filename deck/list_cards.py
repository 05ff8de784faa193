"""Question items, the seed's format: a top-level list item whose first paragraph asks.

A card is an item of a list that is not inside another list item. Its first paragraph
is the question; the answer is what is nested under it or, for the last item of a list
with nothing nested, a blockquote right after the list (kept with its `>` markers, so
it still renders as a quote). Items without an answer (legends, checklists) are not
cards, and warn only when they end with `?`; STAR section items are part of an answer;
an item whose first line is an inline card (`- front::back`) is that inline card instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import Block, first_paragraph, source_of
from deck.labels import item_label
from deck.questions import normalise_question
from deck.scan import CardDraft, NoteScan
from deck.stories import is_section_item, tell_answer
from deck.text import plain_inline


def quote_after(blocks: Sequence[Block], index: int) -> Block | None:
    """The blockquote right after `blocks[index]`, if there is one."""
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return after if after is not None and after.type == "blockquote" else None


def read_list(scan: NoteScan, block: Block, quote: Block | None, inline_fronts: set[int]) -> None:
    """Read each item of a top-level list; a failure is a warning at the item's line."""
    last = len(block.children) - 1
    for position, item in enumerate(block.children):
        answer_quote = quote if position == last else None
        scan.guard(item.start + 1, _read_item, scan, item, answer_quote, inline_fronts)


def asks_item(block: Block, quote: Block | None) -> bool:
    """True when a list holds a question item: one with a question and an answer."""
    last = len(block.children) - 1
    return any(
        _answer_blocks(item, quote if position == last else None)
        and normalise_question(plain_inline(first_paragraph(item) or ""))
        for position, item in enumerate(block.children)
    )


def _answer_blocks(item: Block, quote: Block | None) -> list[Block]:
    """The blocks answering a question item ([] for an item that is no question)."""
    if first_paragraph(item) is None or is_section_item(item):
        return []
    return item.children[1:] or ([quote] if quote is not None else [])


def _read_item(scan: NoteScan, item: Block, quote: Block | None, inline_fronts: set[int]) -> None:
    """Turn one top-level list item into a card draft, a warning, or nothing."""
    first = item.children[0] if item.children else None
    if first is None or first.type != "paragraph" or item_label(first.content) is not None:
        return
    if not inline_fronts.isdisjoint(range(first.start, first.end)):
        return
    question = plain_inline(first.content)
    answer_blocks = item.children[1:] or ([quote] if quote is not None else [])
    if not answer_blocks:
        if question.endswith("?"):
            scan.warn(first.start + 1, "question has no answer")
        return
    if not normalise_question(question):
        scan.warn(first.start + 1, "answer has no question (the item's first line is empty)")
        return
    answer = source_of(scan.lines, answer_blocks)
    stories, notes = tell_answer(answer_blocks)
    scan.drafts.append(
        CardDraft(
            line=first.start + 1,
            question=question,
            sources=(first.content, answer),
            answer=answer,
            context=scan.outline.context_at(first.start),
            stories=stories,
            notes=notes,
        )
    )
