"""Obsidian callouts that are cards: `> [!question] Tell me about...` with the answer inside.

    > [!question] Tell me about a time you led through ambiguity.
    > **Situation:** ...
    > **Action:** ...

A callout is a blockquote whose first line is `[!type]` (folded `[!faq]-` or `[!faq]+`
too) and a title. It is a card when its title asks (see `deck.questions.asks`), or when
it is a `question`, `faq` or `help` callout with a title, or when its body tells a STAR
story (at least two sections; the title then names the story). Its answer is the body,
without the `>` markers. Other callouts (`[!note]`, `[!tip]`...) are not cards; right
after a question item they still answer it, as any blockquote there does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block, dedented
from deck.questions import asks, clean_question
from deck.scan import NoteScan
from deck.stories import find_stories
from deck.text import CALLOUT_OPENING, plain_inline

_ASKING_KINDS = frozenset(("question", "faq", "help"))
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?")
MIN_STORY_SECTIONS = 2
"""How many STAR sections make a callout whose title does not ask a story card."""


def callout_card(block: Block) -> tuple[str, list[Block]] | None:
    """The question and answer blocks of a callout that is a card, else None."""
    if block.type != "blockquote" or not block.children or block.children[0].type != "paragraph":
        return None
    first = block.children[0]
    line, _, rest = first.content.partition("\n")
    opening = CALLOUT_OPENING.match(line.strip())
    if opening is None:
        return None
    title = clean_question(plain_inline(opening.group("title")))
    body = ([Block("paragraph", first.start + 1, first.end, content=rest)] if rest.strip() else []) + list(
        block.children[1:]
    )
    if not title or not body:
        return None
    if asks(title) or opening.group("kind").lower() in _ASKING_KINDS:
        return title, body
    told = {name for story in find_stories(body) for name in story.sections}
    return (title, body) if len(told) >= MIN_STORY_SECTIONS else None


def read_callout(scan: NoteScan, block: Block) -> bool:
    """Add the card of the callout `block`, if it is one; True when it was."""
    found = callout_card(block)
    if found is None:
        return False
    question, body = found
    scan.add_answered(block.start + 1, question, scan.lines[block.start], _body_source(scan.lines, block), body)
    return True


def _body_source(lines: Sequence[str], block: Block) -> str:
    """The Markdown of a callout's body: its lines after the first, one `>` level removed."""
    return dedented([_QUOTE_MARK.sub("", line, count=1) for line in lines[block.start + 1 : block.end]])
