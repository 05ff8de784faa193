"""What a line opens with, read as markdown-it's block rules read it: a bullet's or a number's
list marker, a `---` rule, and the columns its indentation takes (tab stops of 4).
`deck.line_blocks` asks these at every line it scans.
"""

from __future__ import annotations

import re

_BULLETS, _AFTER_BULLET = ("*", "+", "-"), ("", " ", "\t")
"""A bullet item's marker, and what may follow it: the line's end, a space or a tab."""
_ORDERED = re.compile(r"[0-9]{1,9}[.)](?=[ \t]|\Z)")
_RULE_STRIP = {marker: " \t" + marker for marker in "*-_"}
"""What a rule of each marker is made of: the marker, spaces and tabs."""


def columns(indentation: str) -> int:
    """How many columns leading spaces and tabs take (tab stops of 4)."""
    column = 0
    for char in indentation:
        column += 4 - column % 4 if char == "\t" else 1
    return column


def is_rule_at(text: str, pos: int, marker: str) -> bool:
    """markdown-it's `hr` rule, where indentation allows one: whether `text` from `pos`, where
    `marker` (one of `*-_`) stands, is three or more of it with only spaces and tabs between."""
    return not text[pos:].strip(_RULE_STRIP[marker]) and text.count(marker, pos) >= 3


def bullet_marker(text: str, pos: int) -> int:
    """Where a bullet item's marker (`-`, `*`, `+` then a space, tab or the line's end) ends, or -1."""
    return pos + 1 if text[pos : pos + 1] in _BULLETS and text[pos + 1 : pos + 2] in _AFTER_BULLET else -1


def ordered_marker(text: str, pos: int) -> int:
    """Where a numbered item's marker (1 to 9 digits, then `.` or `)`, then a space, tab or the end) ends, or -1."""
    found = _ORDERED.match(text, pos)
    return -1 if found is None else found.end()
