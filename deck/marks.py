"""Highlights as notes write them: `<mark style=...>text</mark>` and Obsidian's `==text==`.

Found by pairing delimiters in one pass (not by a lazy regex), so that a note full of
unclosed marks still takes linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from deck.patterns import pattern
from deck.rows import row

_MARK_TAG = pattern(r"<mark\b([^<>]*)>|</mark\s*>", re.IGNORECASE)
_EQUALS = pattern(r"==")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


@row
class Highlight:
    """One highlighted stretch of Markdown: where it is, what it holds, its mark's attributes."""

    start: int
    end: int
    inner: str
    attrs: str | None = None
    """The `<mark>` tag's attributes, `""` if it has none; None for an `==` highlight."""


def mark_highlights(md: str) -> list[Highlight]:
    """Every `<mark ...>inner</mark>` in `md`, each closer paired with the nearest opener."""
    found: list[Highlight] = []
    if "<" not in md:
        return found
    opener: re.Match[str] | None = None
    for tag in _MARK_TAG.finditer(md):
        if tag.group(0).startswith("</"):
            if opener is not None:
                inner = md[opener.end() : tag.start()]
                found.append(Highlight(opener.start(), tag.end(), inner, opener.group(1)))
            opener = None
        else:
            opener = tag
    return found


def equals_highlights(md: str) -> list[Highlight]:
    """Every `==inner==` in `md`: on one line, not starting or ending with a space."""
    found: list[Highlight] = []
    if "==" not in md:
        return found
    opener: re.Match[str] | None = None
    for marker in _EQUALS.finditer(md):
        inner = md[opener.end() : marker.start()] if opener is not None else ""
        if opener is not None and _can_highlight(inner):
            found.append(Highlight(opener.start(), marker.end(), inner))
            opener = None
        else:
            opener = marker
    return found


def _can_highlight(inner: str) -> bool:
    """True when `inner` can sit between `==` marks: text on one line, no outer spaces."""
    return bool(inner) and "\n" not in inner and inner == inner.strip()


def all_highlights(md: str) -> list[Highlight]:
    """The `<mark>` and `==` highlights of `md`, in order of where they start."""
    return sorted(mark_highlights(md) + equals_highlights(md), key=lambda found: found.start)


def replace_highlights(md: str, render: Callable[[str], str]) -> str:
    """`md` with each highlight replaced by `render(inner)`: `<mark>` first, then `==`."""
    md = _replace(md, mark_highlights(md), render)
    return _replace(md, equals_highlights(md), render)


def _replace(md: str, spans: list[Highlight], render: Callable[[str], str]) -> str:
    """`md` with the given non-overlapping spans replaced by their rendering."""
    parts: list[str] = []
    position = 0
    for span in spans:
        parts += [md[position : span.start], render(span.inner)]
        position = span.end
    return "".join(parts) + md[position:]


def is_hex(colour: str) -> bool:
    """`#rgb`, `#rrggbb` or `#rrggbbaa`: the only colours taken from notes into styles."""
    digits = colour.removeprefix("#")
    return colour.startswith("#") and len(digits) in (3, 6, 8) and all(c in _HEX_DIGITS for c in digits)
