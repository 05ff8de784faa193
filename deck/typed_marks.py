"""Marks typed as a word processor or a web page shows them, written as the Markdown they mean: `•`, `◦` and `·`
bullets as `-` list items, and a heading numbered by hand as a list item (`1. ## Question 1: ...`) as the heading
it is; a line of `=` or `-` alone inside `$$` math (LaTeX's equals sign between two matrices), which Markdown would
take for a heading's underline, is indented as more of the paragraph's text. Every line keeps its number, and code is
left as it is.
"""

from __future__ import annotations

import re

from deck.text import outside_code

_NUMBERED_HEADING = re.compile(r"^[0-9]{1,3}[.)][ \t]+(?=#{1,6}[ \t]+\S)", re.MULTILINE)
"""A number opening a line before a heading's marks, at the margin: `1. ## Question 1`."""
_BULLET = re.compile(r"^([ \t]*)[\u2022\u25e6](?=[ \t])", re.MULTILINE)
_MIDDOT = re.compile(r"^([ \t]{0,3})\u00b7[ \t]+", re.MULTILINE)
"""A Word export's `·` bullet opening a line, the spaces after it (a code span never opens a line with one)."""


def markdown_marks(text: str) -> str:
    """`text` with typed bullets and hand-numbered headings written as Markdown's."""
    if "\u2022" in text or "\u25e6" in text:
        text = outside_code(text, _dash_bullets)
    if "\u00b7" in text:
        text = _MIDDOT.sub(r"\1- ", text)
    if ". #" in text or ") #" in text:
        text = outside_code(text, _numbered_headings)
    if "$$" in text:
        text = outside_code(text, lambda prose: _DISPLAY_MATH.sub(_no_underline, prose))
    return text


_DISPLAY_MATH = re.compile(r"^[ \t]{0,3}\$\$(?:(?!\n[ \t]*\n).)+?\$\$[ \t]*$", re.DOTALL | re.MULTILINE)
"""`$$` math opening a line and closing one, no blank line inside (which would end its paragraph)."""
_UNDERLINE = re.compile(r"(?<=[^\n]\n)[ \t]{0,3}(?=(?:=+|-+)[ \t]*\n)")
"""The start of a line of `=` or `-` alone right under a line of text: a heading's underline to Markdown."""


def _no_underline(math: re.Match[str]) -> str:
    """The `$$` math with each line Markdown would take for an underline indented four spaces."""
    return _UNDERLINE.sub("    ", math.group(0))


def _numbered_headings(md: str) -> str:
    """`md` with a heading numbered by hand as a list item (`1. ## Question 1: ...`, as GitHub shows a heading in an
    item) written as the heading it is."""
    return _NUMBERED_HEADING.sub("", md)


def _dash_bullets(md: str) -> str:
    """`md` with `•` and `◦` bullets written as the `-` Markdown reads as a list item."""
    return _BULLET.sub(r"\1-", md)
