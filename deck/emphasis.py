"""Plain text of inline Markdown whose only markup is `*` emphasis, without markdown-it.

A question is most often written in italics or bold (`*Tell me about a time...*`,
`**Why us?**`), and `deck.text.plain_inline` reads thousands of them in a first sync.
`plain_emphasis` gives markdown-it's own plain text for the simplest such text: where
every run of `*` is one or two long and can, by CommonMark's flanking rules (tested as
markdown-it tests them), only open or only close emphasis, the openers and closers
alternating with matching lengths. Such runs pair each with the one before it, and
markdown-it drops them all. Anything else declines (`None`), and markdown-it reads the
text. Held to markdown-it by `tests/deck/test_emphasis.py`.
"""

from __future__ import annotations

import re

from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace

_OTHER_MARKUP = re.compile(r"[\\`_\[\]<>&~!\r\0]")
"""What some other inline rule of markdown-it may read (`!` opens an image only before `[`,
but declining on it costs nothing)."""
_RUNS = re.compile(r"\*+")


def _classes(char: str) -> tuple[bool, bool]:
    """Whether `char` is punctuation, and whether it is whitespace, as markdown-it's `scanDelims` asks."""
    return isMdAsciiPunct(ord(char)) or isPunctChar(char), isWhiteSpace(ord(char))


_ASCII_CLASSES = {chr(code): _classes(chr(code)) for code in range(128)}
"""`_classes` of every ASCII character, worked out once (most text around a `*` is ASCII)."""


def plain_emphasis(source: str) -> str | None:
    """`source` without its emphasis markers, as markdown-it reads it; None when not that simple."""
    if _OTHER_MARKUP.search(source):
        return None
    kept: list[str] = []
    position = 0
    opener = 0  # the length of the run waiting to be closed, 0 when none waits
    for run in _RUNS.finditer(source):
        start, end = run.span()
        opens, closes = _flanks(source, start, end)
        if opens == closes:
            if opens:
                return None  # a run that may open and close: pairing it needs CommonMark's full rules
            continue  # a run that can do neither is text
        if end - start > 2 or opens == bool(opener) or (closes and end - start != opener):
            return None
        opener = 0 if closes else end - start
        kept.append(source[position:start])
        position = end
    if opener:
        return None
    return "".join(kept) + source[position:]


def _flanks(source: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the run of `*` at `source[start:end]` can open, and can close, emphasis (markdown-it's `scanDelims`)."""
    before = source[start - 1] if start > 0 else " "
    after = source[end] if end < len(source) else " "
    before_punct, before_space = _ASCII_CLASSES.get(before) or _classes(before)
    after_punct, after_space = _ASCII_CLASSES.get(after) or _classes(after)
    left = not (after_space or (after_punct and not (before_space or before_punct)))
    right = not (before_space or (before_punct and not (after_space or after_punct)))
    return left, right
