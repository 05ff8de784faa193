"""The rest of a question heading's answer after a card set inside it: `answer_tail`.

A question heading's answer ends where a card of its own starts in its section
(`deck.headings`): a callout that asks, a fold whose summary asks, a list of questions.
When that card is a callout or a fold, it holds its whole answer inside it, and what
follows it under the heading, outside it, is the heading's answer going on:

    ## Why are you leaving?
    I have grown as far as I can in my team.
    > [!question] Would anything make you stay?
    > A move to the platform team.
    I would mention the commute only if asked.

The last line is the heading's (before, it was on no card and no warning said so). The
paragraphs, lists and quotes that are no card (`> [!warning]`) after such a card, up to the
next heading, rule or anything else (a question, a pair, a table, another card, a label of
follow-ups over their cards), join the heading's card.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from deck.blocks import LIST_TYPES, Block
from deck.callouts import callout_card
from deck.details_cards import details_card
from deck.other_cards import follow_up_label, opens_other_cards
from deck.questions import asks
from deck.text import plain_inline

if TYPE_CHECKING:
    from deck.scan import NoteScan


def answer_tail(scan: NoteScan, section: Sequence[Block], cut: int, inline_fronts: set[int] | None) -> list[Block]:
    """The blocks of `section` after `cut` (where the heading's answer stopped at a card of its own) that go on with
    the heading's answer: the prose after each callout or fold that asks, in turn; none after any other card, nor
    from a block holding an inline card's front (`inline_fronts`: their lines) or a `#card` mark on."""
    tail: list[Block] = []
    at = cut
    while at < len(section) and (after := _card_end(section, at, scan.lines)) is not None:
        at = after
        while at < len(section) and _prose(section[at]) and not _marked(scan, section[at], inline_fronts):
            if at + 1 < len(section) and follow_up_label(section, at + 1):
                return tail  # `**Follow-ups:**` over their cards: theirs
            tail.append(section[at])
            at += 1
    return tail


def _marked(scan: NoteScan, block: Block, inline_fronts: set[int] | None) -> bool:
    """True for a block holding an inline card's front or a `#card` mark: a card of its own."""
    if inline_fronts and not inline_fronts.isdisjoint(range(block.start, block.end)):
        return True
    return scan.card_marks and "#card" in block.content


def _card_end(section: Sequence[Block], at: int, lines: Sequence[str]) -> int | None:
    """The index after the card at `section[at]` when it is a callout or a fold holding its own answer, else None."""
    block = section[at]
    if block.type == "blockquote":
        return at + 1 if callout_card(block) is not None else None
    if block.type == "html_block" and (found := details_card(section, at, lines)) is not None:
        return found.after
    return None


def _prose(block: Block) -> bool:
    """True for a paragraph, list or quote (a callout that is no card, `> [!warning]`) that asks nothing and opens no
    card: more of an answer."""
    if block.type == "blockquote":
        return not opens_other_cards(block) and not asks(plain_inline(_quoted_text(block)))
    if block.type not in ("paragraph", *LIST_TYPES) or opens_other_cards(block):
        return False
    if block.type == "paragraph":
        return not asks(plain_inline(block.content))
    return not any(asks(plain_inline(_first_line(item))) for item in block.children)


def _first_line(item: Block) -> str:
    """The first line of a list item's first paragraph ("" when it opens with something else)."""
    first = item.children[0] if item.children else None
    return first.content.partition("\n")[0] if first is not None and first.type == "paragraph" else ""


def _quoted_text(quote: Block) -> str:
    """The first paragraph of a quote, without a callout's opening line."""
    first = quote.children[0] if quote.children else None
    text = first.content if first is not None and first.type == "paragraph" else ""
    return text.partition("\n")[2] if text.lstrip().startswith("[!") else text
