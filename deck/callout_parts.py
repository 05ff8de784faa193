"""A callout's parts, as Obsidian writes them: its kind, its title and its body (`> [!faq]- Why Go?` over `> ...`).

A callout is a blockquote whose first line is `[!kind]`, folded (`[!faq]-`) or not, and a title. `deck.callouts` reads
the cards they make.
"""

from __future__ import annotations

from collections.abc import Sequence

from deck.blocks import Block, dedented
from deck.questions import clean_question
from deck.text import CALLOUT_OPENING, QUOTE_MARK, plain_inline

ASKING_KINDS = frozenset(("question", "faq", "help"))
"""The kinds of callout that ask (`> [!question] ...`)."""
ANSWER_KINDS = frozenset(("success", "check", "done", "answer"))
"""The kinds of callout that hold an answer (a quiz's nested `> > [!success]- Answer`)."""
HINT_KINDS = frozenset(("tip", "hint", "example"))
"""Callouts that answer a question callout right before them (`> [!tip] Strong answer includes`)."""


def opening(block: Block) -> tuple[str, str, list[Block]] | None:
    """A callout's kind (lower case), its title as plain text, and the blocks of its body; None if not a callout."""
    if block.type != "blockquote" or not block.children or block.children[0].type != "paragraph":
        return None
    first = block.children[0]
    line, _, rest = first.content.partition("\n")
    found = CALLOUT_OPENING.match(line.strip())
    if found is None:
        return None
    title = clean_question(plain_inline(found.group("title")))
    body = ([Block("paragraph", first.start + 1, first.end, content=rest)] if rest.strip() else []) + list(
        block.children[1:]
    )
    return found.group("kind").lower(), title, body


def body_source(lines: Sequence[str], start: int, end: int, depth: int = 1) -> str:
    """The Markdown of a callout's answer, source lines `start` to `end`, `depth` levels of `>` removed."""
    for _ in range(depth):
        lines = [QUOTE_MARK.sub("", line, count=1) for line in lines[start:end]]
        start, end = 0, len(lines)
    return dedented(lines)
