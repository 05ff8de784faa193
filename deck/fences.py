"""Fenced code blocks' lines: where one opens, and where the one open closes."""

from __future__ import annotations

from deck.patterns import pattern

FENCE = pattern(r"^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?)*(`{3,}|~{3,})")
"""A fence's line, in a list item or a quote too (`- ```` opens one in Logseq's blocks)."""


def next_fence(line: str, fence: str | None) -> str | None:
    """The marks of the fence open after `line` (`fence`: those open before it, or None): a fence's line opens one, or
    closes the open one with as many of its marks or more."""
    marker = FENCE.match(line)
    if marker is None or fence is not None and (marker.group(1)[0] != fence[0] or len(marker.group(1)) < len(fence)):
        return fence
    return marker.group(1) if fence is None else None
