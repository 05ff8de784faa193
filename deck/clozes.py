"""Anki's cloze deletions in a note: `{{c1::the words}}` (or `{{c1::the words::a hint}}`), as Anki exports and the
Obsidian-to-Anki plugins write them.

A paragraph holding one or more is a card: it asks the paragraph with each deletion shown as `[...]` (or its hint,
`[a hint]`), and its answer is the paragraph whole, the deleted words as key phrases (`==the words==`). Anki makes a
card for each number; here the paragraph is one card, its deletions recalled together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from deck.blocks import Block
from deck.scan import NoteScan
from deck.text import plain_inline

_CLOZE = re.compile(r"\{\{c\d{1,2}::(?P<words>[^{}\n]*?)(?:::(?P<hint>[^{}\n]*))?\}\}")
"""One deletion: `{{c1::l < r}}`, `{{c2::after moving a pointer::when?}}`."""


def read_cloze(scan: NoteScan, blocks: Sequence[Block], index: int) -> int | None:
    """Add the card of the paragraph at `blocks[index]` when it holds a cloze deletion; the index after it, or None."""
    block = blocks[index]
    if block.type != "paragraph" or "{{c" not in block.content or _CLOZE.search(block.content) is None:
        return None
    source = block.content.strip()
    question = plain_inline(_CLOZE.sub(_gap, source))
    answer = _CLOZE.sub(lambda found: f"=={found['words'].strip()}==", source)
    told = [Block("paragraph", block.start, block.end, content=answer)]
    scan.add_answered(block.start + 1, question, source, answer, told).studied = True
    return index + 1


def _gap(found: re.Match[str]) -> str:
    """A deletion as the question shows it: `[...]`, or its hint in brackets."""
    hint = (found["hint"] or "").strip()
    return f"[{hint}]" if hint else "[...]"
