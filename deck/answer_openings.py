"""What opens an answer and only sets it off: a quote whose first line is an answer's label (`**Q:** Why us?` over `>
**A:** The team.`), the spaced-repetition plugin's `?` line under a heading that asks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block
from deck.pair_labels import ANSWER_LABEL
from deck.scan import NoteScan
from deck.text import without_symbols

_INNER_QUOTE_MARK = re.compile(r"^([ \t]*)>[ \t]?")
"""A quote's `>` at a line's start, after the indent of the list item holding it (kept)."""


def unquoted_answer(scan: NoteScan, answer: Sequence[Block]) -> Sequence[Block]:
    """`answer` opened by a blockquote whose first paragraph opens with an answer's label (`**Q:** Why us?` over `>
    **A:** The team.`) with that quote's blocks in its place, its lines in `scan.lines` losing one `>`: the quote only
    sets the answer off; else `answer`."""
    first = answer[0] if answer else None
    if first is None or first.type != "blockquote" or not first.children:
        return answer
    opening = first.children[0].content.partition("\n")[0]
    if first.children[0].type != "paragraph" or ANSWER_LABEL.match(without_symbols(opening)) is None:
        return answer
    for number in range(first.start, min(first.end, len(scan.lines))):
        scan.lines[number] = _INNER_QUOTE_MARK.sub(r"\1", scan.lines[number], count=1)
    return [*first.children, *answer[1:]]


def without_separator(scan: NoteScan, answer: Sequence[Block]) -> Sequence[Block]:
    """`answer` without the spaced-repetition plugin's `?` line opening it (a heading that asks, then `?` over its
    answer, as the plugin's multi-line card is written under a heading); its line in `scan.lines` is emptied."""
    first = answer[0] if answer else None
    separators = (scan.options.separators.multiline, scan.options.separators.multiline_reversed)
    if first is None or first.type != "paragraph" or first.content.partition("\n")[0].strip() not in separators:
        return answer
    scan.lines[first.start] = ""
    more = first.content.partition("\n")[2]
    rest = list(answer[1:])
    return [Block("paragraph", first.start + 1, first.end, content=more), *rest] if more.strip() else rest
