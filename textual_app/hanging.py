"""Wrapping an answer's text so that a list item's wrapped lines stay under its text (a hanging indent).

`Content.wrap` starts every wrapped line at the left edge, so the second line of a long
bullet, or of a nested one, reads as a new paragraph of the parent. Here each line of
the text is wrapped on its own: its indentation and list marker (`- `, `* `, `+ `, `• `,
`1. `, `1) `) stay on its first line, and the lines it wraps onto start under the text
after the marker. A line indented without a marker keeps its indentation the same way.
When the indent would leave less than `NARROWEST` cells for the text, the line wraps as
`Content.wrap` does. Text stays `Content`: key-phrase styles cross the cut untouched. CJK
text may also break between its characters (`textual_app.line_breaks`).
"""

from __future__ import annotations

import re

from textual.content import Content

from textual_app.line_breaks import wrap_words

NARROWEST = 12
"""The fewest cells left for a line's text beside its indent; fewer, and the line wraps at the left edge."""

_LEAD = re.compile(r"[ ]*(?:(?:[-*+•]|\d{1,9}[.)])[ ]+)?")
"""A line's indentation and list marker, with the spaces after the marker (all one cell each)."""


def wrap_hanging(content: Content, width: int) -> list[Content]:
    """The lines of `content` wrapped to `width` cells, each list item's and indented line's
    continuation lines indented as far as its text starts."""
    width = max(1, width)
    lines: list[Content] = []
    for line in content.split("\n", allow_blank=True):
        lines += _wrap_line(line, width)
    return lines


def _wrap_line(line: Content, width: int) -> list[Content]:
    """One line of text wrapped to `width`, with a hanging indent where it is indented or a list item."""
    plain = line.plain
    hang = _LEAD.match(plain).end()  # type: ignore[union-attr] - the pattern matches the empty string
    if hang == 0 or hang == len(plain) or width - hang < NARROWEST or line.cell_length <= width:
        return wrap_words(line, width)
    head, body = line[:hang], wrap_words(line[hang:], width - hang)
    indent = Content(" " * hang)
    return [head + body[0], *(indent + rest for rest in body[1:])]
